"""Catalog search: Chinese, full pinyin, pinyin initials and English, ranked, in a few milliseconds.

What a villager types at the terminal: 养老, 社保卡 (a colloquial word that is not in any official
name), yanglao, yang lao, yǎng lǎo, yang3lao3, ylbx (initials), pension (the English UI), or a
homophone picked by mistake from the Pinyin keyboard (低宝 for 低保). All of them should find the
matter, the best match first.

Ranking (:class:`MatchTier`, best first)::

    EXACT          the whole name (Chinese, English or its full pinyin), or the matter code
    ALIAS          the whole of a keyword (关键词: 低保 for 最低生活保障, 社保卡, 老年证 ...)
    NAME_PREFIX    the name starts with the query
    NAME_SUBSTRING the name contains the query
    INITIALS       the name's pinyin initials (ylbx) start with / contain the query
    PINYIN         the name's full pinyin starts with / contains the query (also: homophones)
    KEYWORD        a keyword starts with / contains it (in Chinese, pinyin, initials or English)
    TEXT           the summary contains it (for a bundle: its description or trigger)
    WORDS          every space-separated word of the query is found somewhere

Within a tier a prefix beats a substring, then the shorter name wins (it is the more specific
match), then catalog order.

How it stays fast (p95 <= 5 ms over 10,000 matters, see ``bench/bench_search.py``): at load every
matter and bundle gets normalized keys (Chinese without punctuation, pinyin, initials, English,
keywords). The keys of one kind are joined into one string, in ranking order, with a separator;
a query is a handful of ``str.find`` calls (C speed) over these strings, and each tier stops as
soon as it has enough new results. Per query, Python-level work is bounded by ``limit``, not by
the size of the catalog. (SQLite's FTS5 trigram tokenizer is not used: it never matches queries
shorter than 3 characters, i.e. most Chinese queries; see the field notes.)

Polyphonic characters take their reading from the phrase they are in (pypinyin's phrase
dictionary): 长辈 zhangbei but 长期 changqi, 银行 yinhang but 行政 xingzheng, 重度 zhongdu but
重新 chongxin. ü is typed v (lv, nv) or u; both are indexed.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

# The catalog's records, not kiosk.core.catalog: the Catalog builds its index from this module.
from kiosk.core.catalog_model import Bundle, LocalText, Matter

MAX_QUERY = 64
_SEP = "\x00"


class MatchTier(IntEnum):
    EXACT = 0
    ALIAS = 1
    NAME_PREFIX = 2
    NAME_SUBSTRING = 3
    INITIALS = 4
    PINYIN = 5
    KEYWORD = 6
    TEXT = 7
    WORDS = 8


@dataclass(frozen=True)
class SearchHit:
    """One result: a matter or a bundle, and how well it matched (lower tier = better)."""

    kind: str  # "matter" or "bundle"
    code: str
    name: LocalText
    tier: MatchTier
    item: Matter | Bundle


# --------------------------------------------------------------------------- normalization


def normalize(text: str) -> str:
    """Lower case, half-width, no tone marks (ü -> v), letters, digits and CJK only."""
    t = unicodedata.normalize("NFKC", text).lower()
    t = unicodedata.normalize("NFKD", t).replace("u\u0308", "v")
    return "".join(c for c in t if c.isalnum() and not unicodedata.combining(c))


_TONED = re.compile(r"(?:[a-z]+[1-5]?)+")


def normalize_query(query: str) -> str:
    q = normalize(query[: MAX_QUERY * 2])[:MAX_QUERY]
    if q.isascii() and any(c.isdigit() for c in q) and any(c.isalpha() for c in q) and _TONED.fullmatch(q):
        q = re.sub(r"[1-5]", "", q)  # yang3lao3 -> yanglao
    return q


def _is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or "\U00020000" <= c <= "\U0003134f"


@lru_cache(maxsize=65536)
def to_pinyin(text: str) -> str:
    """Full pinyin without tones, phrase-aware for polyphones (银行 -> yinhang)."""
    return normalize("".join(lazy_pinyin(text, errors="default")))


@lru_cache(maxsize=65536)
def to_initials(text: str) -> str:
    """First letter of each syllable (养老保险 -> ylbx); non-Chinese runs kept as they are."""
    return normalize("".join(lazy_pinyin(text, style=Style.FIRST_LETTER, errors="default")))


def _pinyin_variants(text: str) -> list[str]:
    py = to_pinyin(text)
    return [py, py.replace("v", "u")] if "v" in py else [py]


# --------------------------------------------------------------------------- the index


class _Blob:
    """Values of one key kind joined by a separator; each value belongs to one entry (by rank)."""

    __slots__ = ("owners", "starts", "text")

    def __init__(self, pairs: Iterable[tuple[int, str]]) -> None:
        parts: list[str] = []
        starts: list[int] = []
        owners: list[int] = []
        pos = 0
        for owner, value in sorted(pairs, key=lambda p: p[0]):
            if not value:
                continue
            starts.append(pos)
            owners.append(owner)
            parts.append(_SEP + value)
            pos += 1 + len(value)
        starts.append(pos)
        parts.append(_SEP)
        self.text = "".join(parts)
        self.starts = starts
        self.owners = owners

    def scan(self, pattern: str, want: int, skip: set[int]) -> list[int]:
        """Up to ``want`` owners (in rank order) of values containing ``pattern``, not in ``skip``."""
        found: list[int] = []
        if want <= 0 or not pattern:
            return found
        text, starts, owners = self.text, self.starts, self.owners
        last = len(owners)
        local: set[int] = set()
        i = text.find(pattern)
        while i != -1:
            k = bisect_right(starts, i) - 1
            if k >= last:
                break
            owner = owners[k]
            if owner not in skip and owner not in local:
                local.add(owner)
                found.append(owner)
                if len(found) >= want:
                    break
            i = text.find(pattern, starts[k + 1])
        return found

    def all_owners(self, pattern: str) -> set[int]:
        """Every owner of a value containing ``pattern`` (no early stop)."""
        out: set[int] = set()
        text, starts, owners = self.text, self.starts, self.owners
        last = len(owners)
        i = text.find(pattern)
        while i != -1:
            k = bisect_right(starts, i) - 1
            if k >= last:
                break
            out.add(owners[k])
            i = text.find(pattern, starts[k + 1])
        return out


class _Script:
    """One key kind split in two blobs: values written in ASCII (pinyin, English) and the rest."""

    __slots__ = ("latin", "other")

    def __init__(self, pairs: Iterable[tuple[int, str]]) -> None:
        pairs = list(pairs)
        self.latin = _Blob(p for p in pairs if p[1].isascii())
        self.other = _Blob(p for p in pairs if not p[1].isascii())

    def for_query(self, q: str) -> _Blob:
        return self.latin if q.isascii() else self.other


@dataclass(frozen=True)
class _Entry:
    kind: str
    code: str
    name: LocalText
    item: Matter | Bundle


class SearchIndex:
    """Normalized search keys of a catalog's matters and bundles, built once (``Catalog.search_index``)."""

    def __init__(self, *, matters: Sequence[Matter] = (), bundles: Sequence[Bundle] = ()) -> None:
        raw: list[tuple[tuple[int, int, int], _Entry, list[str]]] = []
        for i, m in enumerate(matters):
            order = (len(normalize(m.name.zh_CN)), 0, i)
            raw.append((order, _Entry("matter", m.code, m.name, m), _texts([m.summary])))
        for i, b in enumerate(bundles):
            order = (len(normalize(b.name.zh_CN)), 1, i)
            raw.append((order, _Entry("bundle", b.code, b.name, b), _texts([b.description, b.trigger])))
        raw.sort(key=lambda r: r[0])
        self.entries: list[_Entry] = [r[1] for r in raw]

        zh: list[tuple[int, str]] = []
        en: list[tuple[int, str]] = []
        py: list[tuple[int, str]] = []
        ini: list[tuple[int, str]] = []
        kw: list[tuple[int, str]] = []
        text: list[tuple[int, str]] = []
        self._exact: dict[str, list[int]] = {}
        self._alias: dict[str, list[int]] = {}
        self._names_text: list[str] = []  # per entry: its name keys, for multi-word queries
        self._all_text: list[str] = []  # per entry: every key

        for rank, (_key, entry, extra) in enumerate(raw):
            name_zh = normalize(entry.name.zh_CN)
            name_en = normalize(entry.name.en)
            zh.append((rank, name_zh))
            en.append((rank, name_en))
            pys = _pinyin_variants(entry.name.zh_CN)
            py += [(rank, p) for p in pys]
            ini.append((rank, to_initials(entry.name.zh_CN)))
            for exact in {name_zh, name_en, *pys, entry.code.lower()}:
                if exact:
                    self._exact.setdefault(exact, []).append(rank)
            kw_start = len(kw)
            keywords = entry.item.keywords if isinstance(entry.item, Matter) else ()
            alias_keys: set[str] = set()
            for word in keywords:
                nk = normalize(word)
                if not nk:
                    continue
                kw.append((rank, nk))
                alias_keys.add(nk)
                if any(_is_cjk(c) for c in nk):
                    for p in _pinyin_variants(word):
                        kw.append((rank, p))
                        alias_keys.add(p)
                    kw.append((rank, to_initials(word)))
            for alias in alias_keys:
                self._alias.setdefault(alias, []).append(rank)
            text += [(rank, t) for t in extra]
            names_text = _SEP.join([name_zh, name_en, *pys, ini[-1][1]])
            self._names_text.append(names_text)
            self._all_text.append(_SEP.join([names_text, *(v for _r, v in kw[kw_start:]), *extra]))

        self._zh = _Blob(zh)
        self._en = _Blob(en)
        self._py = _Blob(py)
        self._ini = _Blob(ini)
        # Keys in Latin letters and keys with Chinese apart: a Latin query searches 1-byte strings,
        # which str.find scans several times faster than strings holding CJK characters.
        self._kw = _Script(kw)
        self._text = _Script(text)
        self._all = _Script((r, v) for r, t in enumerate(self._all_text) for v in t.split(_SEP))

    def __len__(self) -> int:
        return len(self.entries)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Ranked hits for ``query``; an empty or meaningless query gives an empty list."""
        if limit <= 0 or not isinstance(query, str):
            return []
        q = normalize_query(query)
        if not q:
            return []
        has_cjk = any(_is_cjk(c) for c in q)
        latin = q.isascii()
        results: list[tuple[int, MatchTier]] = []
        seen: set[int] = set()

        def take(tier: MatchTier, ranks: Iterable[int]) -> bool:
            """Add ``ranks`` (best first) not yet found; True once ``limit`` results are there."""
            for r in sorted(set(ranks) - seen):
                seen.add(r)
                results.append((r, tier))
                if len(results) >= limit:
                    return True
            return False

        def scan(prefix_tier: MatchTier, tier: MatchTier, blobs: Sequence[_Blob], pattern: str) -> bool:
            """Prefix hits (in ``prefix_tier``), then substring hits (in ``tier``), merged over blobs.

            The substring scan runs first: when it finds nothing, no prefix can match either, so a
            query without hits costs one pass per blob. Each blob gives at most ``need`` hits per
            pass, which is enough: the best ``need`` of a union are among the best ``need`` of each
            part."""
            need = limit - len(results)
            subs = [(b, b.scan(pattern, need, seen)) for b in blobs]
            if not any(hits for _b, hits in subs):
                return False
            prefixes: set[int] = set()
            for b, hits in subs:
                if hits:
                    prefixes.update(b.scan(_SEP + pattern, need, seen))
            if take(prefix_tier, sorted(prefixes)[:need]):
                return True
            need = limit - len(results)
            rest = sorted({r for _b, hits in subs for r in hits} - seen)
            return take(tier, rest[:need])

        if take(MatchTier.EXACT, self._exact.get(q, ())):
            return self._hits(results)
        if take(MatchTier.ALIAS, self._alias.get(q, ())):
            return self._hits(results)
        name_blobs = [self._zh] if has_cjk else [self._zh, self._en]
        if scan(MatchTier.NAME_PREFIX, MatchTier.NAME_SUBSTRING, name_blobs, q):
            return self._hits(results)
        if latin:
            if len(q) >= 2 and scan(MatchTier.INITIALS, MatchTier.INITIALS, [self._ini], q):
                return self._hits(results)
            if scan(MatchTier.PINYIN, MatchTier.PINYIN, [self._py], q):
                return self._hits(results)
        elif len(q) >= 2:
            # Chinese (or mixed) input: match by sound too, for a homophone picked by mistake.
            qp = to_pinyin(q)
            if qp and qp != q:
                need = limit - len(results)
                if take(
                    MatchTier.PINYIN, self._kw.latin.scan(_SEP + qp + _SEP, need, seen)
                ):  # sounds like a keyword
                    return self._hits(results)
                if scan(MatchTier.PINYIN, MatchTier.PINYIN, [self._py], qp):
                    return self._hits(results)
        if scan(MatchTier.KEYWORD, MatchTier.KEYWORD, [self._kw.for_query(q)], q):
            return self._hits(results)
        if take(MatchTier.TEXT, self._text.for_query(q).scan(q, limit - len(results), seen)):
            return self._hits(results)

        words = [
            w
            for w in dict.fromkeys(normalize_query(w) for w in query.split())
            if len(w) >= 2 or (w and has_cjk)
        ]
        if len(words) >= 2:
            found = self._with_all_words(words, seen)
            # every word in the names first, then anywhere
            in_names = [r for r in found if all(w in self._names_text[r] for w in words)]
            if not take(MatchTier.WORDS, in_names):
                take(MatchTier.WORDS, found)
        return self._hits(results)

    def _with_all_words(self, words: list[str], skip: set[int]) -> list[int]:
        """Entries whose keys contain every word: the rarest word is scanned (``str.count`` finds it
        at C speed), the others are checked on its few candidates."""
        counts = {w: self._all.for_query(w).text.count(w) for w in words}
        if not all(counts.values()):
            return []
        first, *others = sorted(words, key=lambda w: counts[w])
        candidates = self._all.for_query(first).all_owners(first) - skip
        texts = self._all_text
        return sorted(r for r in candidates if all(w in texts[r] for w in others))

    def _hits(self, results: list[tuple[int, MatchTier]]) -> list[SearchHit]:
        out = []
        for rank, tier in results:
            e = self.entries[rank]
            out.append(SearchHit(e.kind, e.code, e.name, tier, e.item))
        return out


def _texts(values: Iterable[LocalText | None]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v is None:
            continue
        for t in (v.zh_CN, v.en):
            n = normalize(t)
            if n:
                out.append(n)
    return out


def naive_search(names: Sequence[str], query: str, limit: int = 20) -> list[int]:
    """Baseline for the benchmark: a plain substring scan over names (no ranking, no pinyin)."""
    q = query.strip().lower()
    out = []
    for i, n in enumerate(names):
        if q in n.lower():
            out.append(i)
            if len(out) >= limit:
                break
    return out
