"""The resident's words for a message code, read from the Qt Linguist sources without Qt.

There is one source of resident-facing words: the ``.ts`` files in ``kiosk/ui/i18n``. The core and
the devices answer with codes (``card_expired``, ``document.blurred``, ``status.accepted``); the
words for every code are the ``messages`` context of each language's ``.ts`` file, where the source
text *is* the code. Codes rather than English sources, because codes are already the API between the
journey and the screens: an English rewording is then an edit of ``kiosk_en.ts`` like any other
language's, and never orphans the other translations.

The same words are compiled into the ``.qm`` with the views' strings, so a view can ask Qt
(``qsTranslate("messages", code)``); everything else — :meth:`Message.text
<kiosk.core.journey.messages.Message.text>` (which the screens' controllers call), printed slips, the
simulator, CLIs, tests — calls :func:`words`, which parses each ``.ts`` once. tests/ui checks that
both give the same words.

Placeholders are ``str.format`` names (``{count}``, ``{valid_to}``) filled from the parameters. A
message marked ``numerus="yes"`` has one form per plural category of its language and takes the
count as ``n`` (written ``%n`` in the forms, as Qt does).

Adding a language: a ``kiosk_<locale>.ts`` beside the others and its locale in :data:`LOCALES`.
"""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from typing import Any

#: The languages the kiosk offers, the default first. A new language is a .ts file plus a line here.
LOCALES: tuple[str, ...] = ("zh_CN", "en")
DEFAULT_LOCALE = LOCALES[0]
#: The Qt Linguist context that holds the words for message codes.
CONTEXT = "messages"

#: Which numerus form a count takes, for languages whose rule is not the usual one for their number
#: of forms (one form: always it; two: singular for 1 only, as in English).
PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "fr": lambda n: 0 if n in (0, 1) else 1,
}


def _usual_plural(n: int, forms: int) -> int:
    return 0 if forms == 1 or n == 1 else 1


Template = str | tuple[str, ...]  # a plain message, or the numerus forms of a plural one


def translations_dir() -> Traversable:
    """Where the shipped .ts files are, from the installed package (no source tree needed)."""
    return importlib.resources.files("kiosk") / "ui" / "i18n"


def ts_file(directory: Traversable, locale: str) -> Traversable:
    return directory / f"kiosk_{locale}.ts"


def read_ts(source: Traversable, context: str = CONTEXT) -> dict[str, Template]:
    """The finished translations of ``context`` in one .ts file (unfinished ones are left out)."""
    import xml.etree.ElementTree as ET  # only when words are first needed: the kiosk's start-up skips it

    with source.open("rb") as f:
        tree = ET.parse(f)  # noqa: S314 - our own translation sources, shipped with the package
    found: dict[str, Template] = {}
    for ctx in tree.iter("context"):
        if (ctx.findtext("name") or "") != context:
            continue
        for message in ctx.iter("message"):
            code = message.findtext("source") or ""
            translation = message.find("translation")
            if not code or translation is None or translation.get("type"):
                continue  # unfinished, obsolete or vanished: not words to show
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                if any(forms):
                    found[code] = forms
            elif translation.text:
                found[code] = translation.text
    return found


class Words:
    """The words of every listed language, each .ts parsed on first use."""

    def __init__(self, directory: Traversable | None = None, locales: Sequence[str] | None = None) -> None:
        self.directory = directory if directory is not None else translations_dir()
        self.locales = tuple(locales if locales is not None else LOCALES)
        self._tables: dict[str, dict[str, Template]] = {}

    def resolve(self, locale: str) -> str:
        """The listed locale for ``locale``: itself, else its language ("en_US" -> "en"), else the default."""
        if locale in self.locales:
            return locale
        language = locale.replace("-", "_").split("_")[0].lower()
        for listed in self.locales:
            if listed.split("_")[0].lower() == language:
                return listed
        return self.locales[0]

    def table(self, locale: str) -> Mapping[str, Template]:
        locale = self.resolve(locale)
        if locale not in self._tables:
            self._tables[locale] = read_ts(ts_file(self.directory, locale))
        return self._tables[locale]

    def template(self, code: str, locale: str) -> Template | None:
        """The words for ``code`` in ``locale``, else in the default language, else None."""
        found = self.table(locale).get(code)
        if found is None:
            found = self.table(self.locales[0]).get(code)
        return found

    def __call__(self, code: str, locale: str = DEFAULT_LOCALE, /, **params: Any) -> str:
        found = self.template(code, locale)
        if found is None:
            return code  # a code without words shows as itself: visible, and caught by the tests
        if isinstance(found, tuple):
            n = int(params.get("n", 0))
            language = self.resolve(locale).split("_")[0]
            rule = PLURAL_RULES.get(language)
            index = rule(n) if rule is not None else _usual_plural(n, len(found))
            found = found[min(index, len(found) - 1)].replace("%n", str(n))
        try:
            return found.format(**params)
        except (KeyError, IndexError, ValueError):
            return found


@functools.cache
def shipped() -> Words:
    """The words of the shipped .ts files (parsed once per process)."""
    return Words()


def words(code: str, locale: str = DEFAULT_LOCALE, /, **params: Any) -> str:
    """The resident's words for ``code`` in ``locale``, placeholders filled from ``params``."""
    return shipped()(code, locale, **params)


@dataclass(frozen=True)
class Phrase:
    """A fixed label known by its code; ``text(locale)`` as the catalog's texts have, for the screens."""

    code: str

    def text(self, locale: str = DEFAULT_LOCALE) -> str:
        return words(self.code, locale)

    def __str__(self) -> str:
        return self.text()
