"""Chinese prompt text -> the words a listener expects, before it becomes pinyin (kiosk/voice/text.py).

espeak-ng reads digits as numbers of its own making ("12345" became 十二千三百四十五) and "*" as
"asterisk", so every digit, letter and symbol becomes Chinese characters here, by the kind of number:

* phone numbers and hotlines digit by digit, 1 as 幺 (138 1234 5678, 12345);
* acceptance numbers, codes and any number of 5 digits or more digit by digit (1 as 一);
* dates with 年月日 (the year digit by digit), times with 点/分, amounts with 元/角/分, percentages;
* masked values (110101********3012, 138****1234) as 尾号 and the digits after the mask;
* other numbers as counts (3个工作日 -> 三个工作日, 2个 -> 两个).

Where the text alone cannot tell a number's kind, the code that builds the prompt says it with
:func:`mark` (``mark("phone", number)``); marked spans are read as marked and never guessed at.
Latin words and letters are said with the Chinese words of kiosk/voice/pronunciations.toml, which
also holds the phrases pypinyin reads wrongly (还款 huan2). Nothing here is logged: prompts may
carry personal data.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable
from pathlib import Path

DICTIONARY = Path(__file__).resolve().parent / "pronunciations.toml"
KINDS = ("phone", "hotline", "code", "count", "amount", "date", "time", "masked")
_OPEN, _CLOSE = "\u27ea", "\u27eb"  # ⟪kind:value⟫
_MARK_RE = re.compile(_OPEN + r"(\w+):([^" + _CLOSE + r"]*)" + _CLOSE)

DIGITS = "零一二三四五六七八九"
PHONE_DIGITS = "零幺二三四五六七八九"
_UNITS = ["", "十", "百", "千"]
_MEASURES = set("个位项人天页次份张本件名种周岁户元分秒条家间")
HOTLINES = (
    "12345", "12315", "12333", "12348", "12319", "12320", "12369", "12343", "12351", "12338",
    "12339", "12350", "12366", "12356", "12358", "12365", "12306", "110", "119", "120", "122",
)  # fmt: skip


def mark(kind: str, value: object) -> str:
    """``value`` to be read as ``kind`` (one of :data:`KINDS`) wherever it sits in a prompt."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of number {kind!r}; expected one of {', '.join(KINDS)}")
    text = str(value)
    if _CLOSE in text or _OPEN in text:
        raise ValueError("a marked value cannot contain a mark")
    return f"{_OPEN}{kind}:{text}{_CLOSE}"


def unmarked(text: str) -> str:
    """The text as shown on a screen: marks removed, values kept."""
    return _MARK_RE.sub(lambda m: m.group(2), text)


@functools.cache
def dictionary() -> dict[str, dict[str, str]]:
    with DICTIONARY.open("rb") as f:
        data = tomllib.load(f)
    return {section: dict(data.get(section, {})) for section in ("phrases", "words", "letters")}


# -- numbers -----------------------------------------------------------------------------------


def digits(text: str, phone: bool = False) -> str:
    table = PHONE_DIGITS if phone else DIGITS
    out = []
    for ch in text:
        if ch.isdigit():
            out.append(table[int(ch)])
        elif ch.isascii() and ch.isalpha():
            out.append(letter(ch))
    return "".join(out)


def _below_10000(n: int) -> str:
    out: list[str] = []
    zero = False
    for power in (3, 2, 1, 0):
        d = n // 10**power % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(DIGITS[d] + _UNITS[power])
    return "".join(out)


def cardinal(n: int) -> str:
    """A count in words: 10 -> 十, 15 -> 十五, 105 -> 一百零五, 30000 -> 三万."""
    if n == 0:
        return "零"
    if n < 0:
        return "负" + cardinal(-n)
    groups: list[int] = []
    out: list[str] = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            continue
        if out and g < 1000:
            out.append("零")
        out.append(_below_10000(g) + ("", "万", "亿", "万亿")[i])
    words = "".join(out)
    if words.startswith("一十"):  # 十五, not 一十五
        words = words[1:]
    return words


def decimal(text: str) -> str:
    whole, _, frac = text.partition(".")
    said = cardinal(int(whole or "0"))
    return said + ("点" + digits(frac) if frac else "")


def amount(text: str) -> str:
    value = text.replace(",", "")
    whole, _, frac = value.partition(".")
    frac = (frac + "00")[:2]
    said = cardinal(int(whole or "0")) + "元" if int(whole or "0") or frac == "00" else ""
    if frac[0] != "0":
        said += DIGITS[int(frac[0])] + "角"
    if frac[1] != "0":
        said += ("零" if frac[0] == "0" and said else "") + DIGITS[int(frac[1])] + "分"
    return said


def date(year: str, month: str, day: str | None) -> str:
    said = digits(year) + "年" + cardinal(int(month)) + "月"
    return said + (cardinal(int(day)) + "日" if day else "")


def clock(hour: str, minute: str) -> str:
    h, m = int(hour), int(minute)
    if m == 0:
        return cardinal(h) + "点整"
    return cardinal(h) + "点" + ("零" if m < 10 else "") + cardinal(m) + "分"


def masked(text: str) -> str:
    tail = re.search(r"[0-9Xx]+$", text)
    phone = re.match(r"1[3-9]\d\*", text) is not None
    return "尾号" + digits(tail.group(0), phone=phone) if tail else ""


def letter(ch: str) -> str:
    return dictionary()["letters"].get(ch.upper(), "")


def _read_as(kind: str, value: str) -> str:
    if kind in ("phone", "hotline"):
        return digits(value, phone=True)
    if kind == "code":
        return digits(value)
    if kind == "masked":
        return masked(value)
    if kind == "amount":
        return amount(value.lstrip("¥￥"))
    if kind == "time":
        hour, _, minute = value.partition(":")
        return clock(hour, minute[:2] or "0")
    if kind == "date":
        parts = re.findall(r"\d+", value)
        return date(*parts[:3]) if len(parts) >= 3 else digits(value)
    number = re.sub(r"[^\d.]", "", value)
    return decimal(number) if number else ""


# -- the text ----------------------------------------------------------------------------------

_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]
_NUM = r"(?<!\d)(?<!\d\.)"  # not inside a longer number or after a decimal point
_END = r"(?!\d|\.\d)"
_RULES: list[_Rule] = [
    # A name with its given name hidden: 张* -> 张某
    (re.compile(r"([\u4e00-\u9fff])\*+"), lambda m: m.group(1) + "某"),
    (re.compile(r"[0-9A-Za-z]*\*{2,}[0-9Xx]*"), lambda m: masked(m.group(0))),
    (re.compile(r"\*+"), lambda m: ""),  # a required field's star, a lone asterisk: never read out
    (
        re.compile(r"(?<![0-9A-Za-z])[0-9A-Z]{2,8}-\d{8}-\d{4}(?![0-9A-Za-z])"),
        lambda m: "，".join(digits(p) for p in m.group(0).split("-")),
    ),
    (
        re.compile(_NUM + r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?" + _END),
        lambda m: date(m.group(1), m.group(2), m.group(3)),
    ),
    (re.compile(_NUM + r"(\d{4})\s*年\s*(\d{1,2})\s*月"), lambda m: date(m.group(1), m.group(2), None)),
    (re.compile(_NUM + r"(\d{4})(?=\s*年)"), lambda m: digits(m.group(1))),
    (
        re.compile(r"〔(\d{4})〕"),
        lambda m: "〔" + digits(m.group(1)) + "〕",
    ),  # a document's year: 国发〔2014〕8号
    (re.compile(_NUM + r"(\d{1,2}):(\d{2})(?::\d{2})?" + _END), lambda m: clock(m.group(1), m.group(2))),
    (re.compile(r"[¥￥]\s*(\d[\d,]*(?:\.\d+)?)"), lambda m: amount(m.group(1))),
    (re.compile(_NUM + r"(\d[\d,]*(?:\.\d+)?)\s*元"), lambda m: amount(m.group(1))),
    (re.compile(_NUM + r"(\d+(?:\.\d+)?)\s*%"), lambda m: "百分之" + decimal(m.group(1))),
    (re.compile(_NUM + r"1[3-9]\d{9}" + _END), lambda m: digits(m.group(0), phone=True)),
    (re.compile(_NUM + r"0\d{2,3}-\d{7,8}" + _END), lambda m: digits(m.group(0), phone=True)),
    (re.compile(_NUM + "(?:" + "|".join(HOTLINES) + ")" + _END), lambda m: digits(m.group(0), phone=True)),
    (
        re.compile(_NUM + r"(\d+)\s*[–—~～-]\s*(\d+)" + _END),
        lambda m: _number(m.group(1)) + "到" + _number(m.group(2)),
    ),
    # A minus sign stands alone (a "−10" button); a hyphen inside a word or code is not one.
    (
        re.compile(r"(?<![0-9A-Za-z\u4e00-\u9fff])[−-](\d+(?:\.\d+)?)" + _END),
        lambda m: "减" + decimal(m.group(1)),
    ),
    (re.compile(r"\+(\d+(?:\.\d+)?)" + _END), lambda m: "加" + decimal(m.group(1))),
    (re.compile(_NUM + r"\d+\.\d+" + _END), lambda m: decimal(m.group(0))),
    (re.compile(r"\d+"), lambda m: _number(m.group(0))),
]


def _number(text: str) -> str:
    """A number of unknown kind: long ones and leading zeros are codes, the rest counts."""
    if len(text) >= 5 or (len(text) > 1 and text.startswith("0")):
        return digits(text)
    return cardinal(int(text))


def _two_before_measures(text: str) -> str:
    """二 before a measure word is 两 (两个, 两天), not at the start of a larger number (十二个)."""
    return re.sub(
        r"(?<![第一二三四五六七八九十百千万零])二(?=[" + "".join(sorted(_MEASURES)) + "])", "两", text
    )


def _latin(text: str) -> str:
    words = dictionary()["words"]
    for word in sorted(words, key=len, reverse=True):
        text = re.sub(r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])", words[word], text)
    return re.sub(r"[A-Za-z]", lambda m: letter(m.group(0)), text)


_SYMBOLS = str.maketrans(
    {"#": "号", "&": "和", "@": "", "/": "、", "_": " ", "\\": " ", "|": " ", "=": "等于", "×": "乘", "%": ""}
)


def normalize(text: str) -> str:
    """Chinese prompt text with every number, letter and symbol said in Chinese characters."""
    out = _MARK_RE.sub(lambda m: _read_as(m.group(1), m.group(2)), text)
    for pattern, said in _RULES:
        out = pattern.sub(said, out)
    # A span between two times or dates already said in words: 八点三十分-十七点整 -> ...到...
    out = re.sub(r"(?<=[点整分日月])\s*[–—~～-]\s*(?=[零一二三四五六七八九十])", "到", out)
    out = _two_before_measures(out)
    out = _latin(out)
    return out.translate(_SYMBOLS)


def normalize_en(text: str) -> str:
    """English prompt text: marks read by kind in English, masked values as "ending in", no asterisks."""

    def spaced(value: str) -> str:
        return " ".join(ch for ch in value if ch.isalnum())

    def read(kind: str, value: str) -> str:
        if kind in ("phone", "hotline", "code"):
            return spaced(value)
        if kind == "masked":
            return _en_masked(value)
        return value

    out = _MARK_RE.sub(lambda m: read(m.group(1), m.group(2)), text)
    out = re.sub(r"[0-9A-Za-z]*\*{2,}[0-9Xx]*", lambda m: _en_masked(m.group(0)), out)
    out = re.sub(_NUM + "(?:" + "|".join(HOTLINES) + ")" + _END, lambda m: spaced(m.group(0)), out)
    out = re.sub(_NUM + r"1[3-9]\d{9}" + _END, lambda m: spaced(m.group(0)), out)
    return out.replace("*", "")


def _en_masked(value: str) -> str:
    tail = re.search(r"[0-9Xx]+$", value)
    return "ending in " + " ".join(tail.group(0)) if tail else ""
