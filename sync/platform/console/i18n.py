"""The console's words in the language a staff member chose, keyed by the zh_CN source text.

Templates and code write the Chinese and ask for it through one helper, a request's ``Words``:
``{{ _("办件") }}`` in a template, ``words.gettext("办件")`` in code that words something for a page (the
console's ``say(request)``); a message made before there is a page to show it keeps its Chinese and its
values, and the page translates it. Numbers and names go in through placeholders, never by gluing
translated fragments: ``_("第 {page}/{pages} 页：", page=2, pages=9)``; where English needs a plural,
``_n("（{n} 个呼叫）", n, n=n)`` picks the entry's ``one`` or ``other`` form.

Each other language has one catalog, ``locales/<lang>.toml``: the Chinese source as the (quoted) key,
the translation as the value, or a table ``{ one = "...", other = "..." }`` for a plural. A source with
no entry falls back to the Chinese (the page still works); tests/sync/console/test_console_i18n.py lists
every source string in the templates and code that has no English entry, so a new page cannot forget.

The language comes from the ``console_lang`` cookie the switch on every page sets, else from the
browser's ``Accept-Language`` (a first visit, and the public status page a resident's phone opens).
"""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

LOCALES = Path(__file__).parent / "locales"
SOURCE = "zh-CN"  # the language the templates and code are written in
LANGUAGES = {"zh-CN": "中文", "en": "English"}  # each named in itself, for the switch
COOKIE = "console_lang"
COOKIE_MAX_AGE = 365 * 24 * 3600
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

Entry = str | Mapping[str, str]


class CatalogError(ValueError):
    """A catalog file that cannot be used: named with the file and the entry."""


@functools.cache
def catalog(lang: str) -> Mapping[str, Entry]:
    """The translations of one language (empty for the source language), read once per process."""
    if lang == SOURCE:
        return {}
    path = LOCALES / f"{lang}.toml"
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CatalogError(f"{path}: {exc}") from exc
    for source, entry in data.items():
        plural = isinstance(entry, dict) and set(entry) == {"one", "other"}
        if not isinstance(entry, str) and not (plural and all(isinstance(v, str) for v in entry.values())):
            raise CatalogError(f"{path}: {source!r} must be text or {{ one = ..., other = ... }}")
    return data


def choose(cookie: str | None, accept_language: str | None) -> str:
    """The cookie's language when it names one we have, else the browser's best, else the source."""
    if cookie in LANGUAGES:
        return cookie
    return from_accept_language(accept_language or "")


def from_accept_language(header: str) -> str:
    """The best of our languages by the header's q-values (``en-GB,en;q=0.9,zh;q=0.5`` -> ``en``)."""
    best, best_q = SOURCE, 0.0
    for order, part in enumerate(header.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                continue
        lang = _ours(tag.strip().lower())
        q -= order * 1e-6  # equal weights: the first listed wins
        if lang is not None and q > best_q:
            best, best_q = lang, q
    return best


def _ours(tag: str) -> str | None:
    if tag == "zh" or tag.startswith("zh-"):
        return "zh-CN"
    if tag == "en" or tag.startswith("en-"):
        return "en"
    return None


@dataclass(frozen=True)
class Words:
    """One request's language: the ``_``/``_n`` helpers and date formats pages are rendered with."""

    lang: str

    def gettext(self, source: str, /, context: str = "", **params: object) -> str:
        """The source in this language. ``context`` tells apart one Chinese word that English says two
        ways (``终端``: a column's "Terminal", the menu's "Terminals"): the entry ``"nav|终端"``, if
        there is one, is used before the plain ``"终端"``."""
        words = catalog(self.lang)
        entry = words.get(f"{context}|{source}") if context else None
        entry = entry if entry is not None else words.get(source, source)
        text = entry if isinstance(entry, str) else entry["other"]
        return text.format(**params) if params else text

    def ngettext(self, source: str, n: int, /, **params: object) -> str:
        entry = catalog(self.lang).get(source, source)
        if isinstance(entry, str):
            text = entry
        else:
            text = entry["one"] if n == 1 else entry["other"]
        return text.format(**params)

    def when(self, ts: float | None, zone: dt.tzinfo | None = None) -> str:
        """A moment to the minute (in ``zone``, else the platform's local time):
        ``2026-12-06 16:34`` / ``6 Dec 2026 16:34``."""
        if ts is None:
            return ""
        moment = dt.datetime.fromtimestamp(float(ts), zone)
        if self.lang == "en":
            # no-break spaces: a narrow column breaks between the day and the time, not inside the day
            return f"{moment.day}\u00a0{_MONTHS[moment.month - 1]}\u00a0{moment.year} {moment:%H:%M}"
        return moment.strftime("%Y-%m-%d %H:%M")

    def day(self, value: str | dt.date) -> str:
        """A calendar day (an ISO date, as due dates are kept): ``2026-12-06`` / ``6 Dec 2026``."""
        try:
            day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
        except ValueError:
            return str(value)
        if self.lang == "en":
            return f"{day.day}\u00a0{_MONTHS[day.month - 1]}\u00a0{day.year}"
        return day.isoformat()


def words_for(cookie: str | None, accept_language: str | None) -> Words:
    return Words(choose(cookie, accept_language))


#: the time zone residents and staff read times in, unless the platform's settings name another
DEFAULT_ZONE = "Asia/Shanghai"


def zone_named(name: str) -> dt.tzinfo:
    """The zone ``name`` (an IANA name); UTC when this machine has no such zone."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC
