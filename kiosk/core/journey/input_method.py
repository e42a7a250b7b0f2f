"""Which way of typing a form field offers: the Pinyin keyboard for words, the large pad for anything
made of digits (and the few letters an ID number or a code has), the date picker for dates.

The decision follows what the field's check accepts, so a resident is never offered keys the check will
refuse nor denied one it needs: a ``number`` takes a decimal point (amounts in 元, areas in 亩), a phone
number only digits, an ID number digits, X and the nationality letters of an older foreigner's number.
A ``text`` field whose pattern admits only digits (a bank account, ``^[0-9]{12,19}$``) is typed on the
pad as well, with as many keys as the pattern allows; letters join the pad only when the pattern asks
for capitals (a social security card or 统一社会信用代码). Anything a pattern does not pin down to those
characters stays on the Pinyin keyboard.

API::

    input_method(field) -> InputMethod          # .kind (the UI's JourneyField kind), .max_length
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from kiosk.core.catalog import FieldType, FormField

#: Kinds the UI types on its number pad (kiosk/ui/qml/screens/JourneyField.qml), by the keys each adds
#: to the ten digits: ``number`` a decimal point; ``digits_x`` an X; ``id_number`` X and letters;
#: ``code`` capital letters.
PAD_KINDS = frozenset({"number", "phone", "id_number", "digits", "digits_x", "code"})
#: Kinds with no typing at all: a picker or buttons.
PICKED_KINDS = frozenset({"date", "choice", "multichoice", "group"})

_DIGITS = frozenset(string.digits)
_CAPITALS = frozenset(string.ascii_uppercase)
# The characters a pattern's parts are tried on: enough to tell digits, X, capitals and anything else
# (a lower-case letter, punctuation, a Chinese character) apart.
_PROBES = string.digits + string.ascii_letters + "-./ _中"
_TOKEN = re.compile(
    r"""(?P<cls>\[(?:\\.|[^\]\\])+\])        # a character class
      | (?P<esc>\\.)                        # an escape: \d, \-
      | (?P<rep>\{(?P<lo>\d+)(?:,(?P<hi>\d*))?\}|[?*+])   # how often the part before repeats
      | (?P<lit>[A-Za-z0-9-])               # a plain character
      | (?P<other>.)                        # a group, an alternative, any character: not a pad's
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class InputMethod:
    kind: str
    max_length: int | None = None  # the most characters the pattern (or the field) allows

    @property
    def on_pad(self) -> bool:
        return self.kind in PAD_KINDS

    @property
    def keyboard(self) -> str:
        """``numeric`` (the pad), ``none`` (a picker or buttons) or ``pinyin``."""
        return "numeric" if self.on_pad else "none" if self.kind in PICKED_KINDS else "pinyin"


def input_method(f: FormField) -> InputMethod:
    v = f.validation
    if f.type in (FieldType.TEXT, FieldType.ADDRESS) and v is not None and v.pattern:
        shape = _pattern_shape(v.pattern)
        if shape is not None:
            alphabet, longest = shape
            if v.max_length is not None:
                longest = v.max_length if longest is None else min(longest, v.max_length)
            kind = _pad_for(alphabet)
            if kind is not None:
                return InputMethod(kind, longest)
    if f.type is FieldType.TEXT:
        return InputMethod("text", v.max_length if v else None)
    return InputMethod(f.type.value, v.max_length if v and f.type is FieldType.ADDRESS else None)


def _pad_for(alphabet: frozenset[str]) -> str | None:
    if not alphabet or not alphabet <= _DIGITS | _CAPITALS:
        return None
    if alphabet <= _DIGITS:
        return "digits"
    if alphabet <= _DIGITS | {"X"}:
        return "digits_x"
    return "code"


def _pattern_shape(pattern: str) -> tuple[frozenset[str], int | None] | None:
    """The characters a whole-value pattern admits and its longest match, or None when the pattern is
    more than a run of character classes and plain characters (a group, an alternative, a dot)."""
    body = pattern.removeprefix("^").removesuffix("$")
    alphabet: set[str] = set()
    longest: int | None = 0
    last: frozenset[str] | None = None
    for m in _TOKEN.finditer(body):
        if m["other"] is not None:
            return None
        if m["rep"] is not None:
            if last is None:
                return None
            times = _repeat_max(m)
            if longest is not None:
                longest = None if times is None else longest + times - 1
            last = None
            continue
        part = m[0]
        try:
            admitted = frozenset(ch for ch in _PROBES if re.fullmatch(part, ch))
        except re.error:
            return None
        if not admitted:
            return None
        alphabet |= admitted
        last = admitted
        if longest is not None:
            longest += 1
    return (frozenset(alphabet), longest) if alphabet else None


def _repeat_max(m: re.Match[str]) -> int | None:
    rep = m["rep"]
    if rep == "?":
        return 1
    if rep in ("*", "+"):
        return None
    if m["hi"] is None:
        return int(m["lo"])
    return int(m["hi"]) if m["hi"] else None
