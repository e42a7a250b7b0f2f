"""Catalog search: Chinese, pinyin, initials, spaces and tones, English, ranking, polyphones, junk."""

from __future__ import annotations

import dataclasses
import time

import pytest

from kiosk.core.catalog import Catalog, LocalText, Matter
from kiosk.core.catalog_io import load_catalog
from kiosk.core.search import MatchTier, SearchIndex, normalize, normalize_query
from kiosk.tools.catalog_gen import generate


@pytest.fixture(scope="module")
def demo() -> Catalog:
    return load_catalog()


def names(hits) -> list[str]:
    return [h.name.zh_CN for h in hits]


def first(catalog: Catalog, query: str) -> str:
    hits = catalog.search(query)
    assert hits, query
    return hits[0].name.zh_CN


def index_of_names(demo: Catalog, *entries: tuple[str, str, tuple[str, ...]]) -> SearchIndex:
    """A small index of matters with the given (zh name, en name, keywords), cloned from a demo matter."""
    template = demo.matters[0]
    matters = [
        dataclasses.replace(template, code=f"T{i:05d}", name=LocalText(zh, en), keywords=kws, summary=None)
        for i, (zh, en, kws) in enumerate(entries)
    ]
    return SearchIndex(matters=matters)


# --------------------------------------------------------------------------- normalization


def test_normalize_strips_case_width_tones_spaces_and_punctuation():
    assert normalize("Yǎng Lǎo") == "yanglao"
    assert normalize("ＹＡＮＧ　ＬＡＯ") == "yanglao"
    assert normalize("lǜ sè") == "lvse"
    assert normalize("《就业创业证》申领") == "就业创业证申领"
    assert normalize_query("yang3 lao3") == "yanglao"
    assert normalize_query("  ") == ""
    assert normalize_query("411599") == "411599"  # digits alone are not tones
    assert len(normalize_query("养" * 500)) == 64


# --------------------------------------------------------------------------- Chinese


def test_chinese_substring(demo: Catalog):
    hits = demo.search("养老")
    assert len(hits) >= 5
    top = names(hits)[:5]
    assert all("养老" in n for n in top)
    assert "城乡居民基本养老保险参保登记" in top


def test_two_character_queries_work(demo: Catalog):
    # the case SQLite's trigram tokenizer gets wrong
    for query, expected in [
        ("户口", "死亡人员户口注销"),
        ("残疾", "残疾人证新办"),
        ("救助", "临时救助申请"),
        ("认证", "领取养老金人员待遇资格认证"),
    ]:
        assert expected in names(demo.search(query)), query


def test_colloquial_keywords(demo: Catalog):
    assert first(demo, "低保") == "最低生活保障审核确认"
    assert first(demo, "社保卡").startswith("社会保障卡")
    assert first(demo, "老年证") == "老年人优待证办理"
    assert first(demo, "五保") == "特困人员救助供养认定"
    assert first(demo, "上户口") == "出生登记（新生儿落户）"
    hits = demo.search("社保卡")
    assert hits[0].tier is MatchTier.ALIAS


def test_single_character_query(demo: Catalog):
    hits = demo.search("证", limit=50)
    assert hits and all(h.tier <= MatchTier.TEXT for h in hits)
    assert "居住证申领" in names(hits)[:10]


# --------------------------------------------------------------------------- pinyin


def test_full_pinyin_with_spaces_case_and_tones(demo: Catalog):
    expected = names(demo.search("yanglao"))
    assert expected and all("养老" in n for n in expected[:5])
    for variant in [
        "yang lao",
        "YangLao",
        "yǎng lǎo",
        "yang3 lao3",
        "yang3lao3",
        " Yang  Lao ",
        "ｙａｎｇｌａｏ",
    ]:
        # with spaces, words found apart (供养 ... 老年人) may follow, in the last tier
        hits = [h for h in demo.search(variant) if h.tier is not MatchTier.WORDS]
        assert names(hits) == expected, variant
    assert all(h.tier is MatchTier.PINYIN for h in demo.search("yanglao")[:5])


def test_pinyin_finds_keywords_and_prefixes(demo: Catalog):
    assert first(demo, "dibao") == "最低生活保障审核确认"
    assert first(demo, "gaoling") == "高龄津贴申领"
    assert first(demo, "shebaoka").startswith("社会保障卡")
    assert "居民身份证申领、换领、补领" in names(demo.search("shenfenzheng"))[:3]


def test_initials(demo: Catalog):
    hits = demo.search("ylbx")
    assert hits and all(h.tier is MatchTier.INITIALS for h in hits)
    assert "城乡居民基本养老保险参保登记" in names(hits)
    assert first(demo, "gljt") == "高龄津贴申领"
    assert first(demo, "CXJM").startswith("城乡居民")


def test_mixed_chinese_and_pinyin(demo: Catalog):
    assert any("养老" in n for n in names(demo.search("养lao"))[:3])


def test_homophone_picked_by_mistake(demo: Catalog):
    # 低宝 sounds like 低保: a wrong candidate chosen on the Pinyin keyboard
    assert first(demo, "低宝") == "最低生活保障审核确认"


# --------------------------------------------------------------------------- English


def test_english_words(demo: Catalog):
    hits = demo.search("pension")
    assert len(hits) >= 3
    assert all("pension" in (h.name.en.lower() + " ".join(getattr(h.item, "keywords", ()))) for h in hits[:3])
    assert first(demo, "Disability card") == "残疾人证新办"
    assert first(demo, "residence permit") == "居住证申领"
    assert first(demo, "LEGAL AID") == "法律援助申请"


def test_english_words_in_any_order(demo: Catalog):
    hits = demo.search("card social security")
    assert hits and hits[0].tier is MatchTier.WORDS and "社会保障卡" in hits[0].name.zh_CN


# --------------------------------------------------------------------------- bundles and codes


def test_bundles_are_found(demo: Catalog):
    hits = demo.search("新生儿")
    bundles = [h for h in hits if h.kind == "bundle"]
    assert bundles and bundles[0].code == "newborn"
    assert {h.code for h in demo.search("一件事") if h.kind == "bundle"} == {b.code for b in demo.bundles}
    assert any(h.kind == "bundle" and h.code == "after_death" for h in demo.search("shenhou"))


def test_exact_code(demo: Catalog):
    m = demo.matters[7]
    hits = demo.search(m.code.lower())
    assert hits[0].code == m.code and hits[0].tier is MatchTier.EXACT


# --------------------------------------------------------------------------- ranking


def test_ranking_order_of_tiers(demo: Catalog):
    idx = index_of_names(
        demo,
        ("城乡居民高龄津贴补发", "Back pay", ()),  # substring
        ("高龄津贴申领", "Old-age allowance claim", ()),  # prefix
        ("高龄津贴", "Old-age allowance", ()),  # exact
        ("长寿补助", "Longevity grant", ("高龄津贴",)),  # alias (whole keyword)
        ("老人补贴", "Elderly subsidy", ("高龄津贴领取",)),  # keyword prefix
    )
    hits = idx.search("高龄津贴")
    assert names(hits) == ["高龄津贴", "长寿补助", "高龄津贴申领", "城乡居民高龄津贴补发", "老人补贴"]
    assert [h.tier for h in hits] == [
        MatchTier.EXACT,
        MatchTier.ALIAS,
        MatchTier.NAME_PREFIX,
        MatchTier.NAME_SUBSTRING,
        MatchTier.KEYWORD,
    ]


def test_initials_rank_above_pinyin(demo: Catalog):
    # "nb": the initials of 南北 (n-b), and inside the full pinyin of 安保 (anbao)
    idx = index_of_names(demo, ("安保服务", "Security service", ()), ("南北通办", "North-south service", ()))
    hits = idx.search("nb")
    assert names(hits) == ["南北通办", "安保服务"]
    assert [h.tier for h in hits] == [MatchTier.INITIALS, MatchTier.PINYIN]


def test_shorter_name_first_within_a_tier(demo: Catalog):
    idx = index_of_names(
        demo, ("城乡居民基本养老保险参保登记", "a", ()), ("养老保险参保登记", "b", ()), ("城乡养老", "c", ())
    )
    assert names(idx.search("养老")) == ["养老保险参保登记", "城乡养老", "城乡居民基本养老保险参保登记"]


def test_no_duplicates_and_limit(demo: Catalog):
    hits = demo.search("申请", limit=7)
    assert len(hits) == 7
    assert len({(h.kind, h.code) for h in hits}) == 7
    assert demo.search("申请", limit=0) == []
    tiers = [h.tier for h in demo.search("社会保障卡", limit=50)]
    assert tiers == sorted(tiers)


# --------------------------------------------------------------------------- polyphones


def test_polyphonic_characters_follow_the_phrase(demo: Catalog):
    idx = index_of_names(
        demo,
        ("长辈关爱服务", "Care for elders", ()),
        ("长期护理保险", "Long-term care insurance", ()),
        ("银行卡绑定", "Bank card binding", ()),
        ("行政复议申请", "Administrative review", ()),
        ("重度残疾人护理补贴", "Severe disability care subsidy", ()),
        ("重新申领", "Apply again", ()),
        ("绿色通道", "Green channel", ()),
    )

    def found(query: str) -> list[str]:
        return names(idx.search(query))

    assert found("zhangbei") == ["长辈关爱服务"]
    assert found("changqi") == ["长期护理保险"]
    assert "长辈关爱服务" not in found("changbei")
    assert found("yinhang") == ["银行卡绑定"]
    assert found("xingzheng") == ["行政复议申请"]
    assert "银行卡绑定" not in found("yinxing")
    assert found("zhongdu") == ["重度残疾人护理补贴"]
    assert found("chongxin") == ["重新申领"]
    assert found("lvse") == ["绿色通道"] and found("luse") == ["绿色通道"] and found("lǜsè") == ["绿色通道"]
    assert found("zbga") == ["长辈关爱服务"]


# --------------------------------------------------------------------------- junk


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "!!!",
        "？？",
        "😀",
        "'; DROP TABLE matters; --",
        "\x00\x01",
        "qqqqzzzzxxxx",
        "a" * 10_000,
        "养" * 1000,
    ],
)
def test_empty_and_garbage_queries_never_fail(demo: Catalog, query: str):
    hits = demo.search(query)
    assert isinstance(hits, list)
    if query.strip(" !？😀\x00\x01") == "" or query.startswith("qqqq"):
        assert hits == []


def test_non_string_query_gives_nothing(demo: Catalog):
    assert demo.search(None) == []  # type: ignore[arg-type]


def test_search_is_fast_on_a_large_catalog():
    catalog = Catalog.from_dict(generate(3000, seed=5))
    _ = catalog.search_index
    queries = ["养老", "yanglao", "ylbx", "社保卡", "证", "pension", "补贴", "dengji", "qqqq", "card lost"]
    started = time.perf_counter()
    for _ in range(10):
        for q in queries:
            catalog.search(q)
    per_query = (time.perf_counter() - started) / (10 * len(queries))
    assert per_query < 0.02  # generous bound for slow CI; the benchmark measures the real figure


def test_search_hits_carry_the_item(demo: Catalog):
    hit = demo.search("高龄津贴")[0]
    assert hit.kind == "matter" and isinstance(hit.item, Matter) and hit.item.code == hit.code


def test_index_is_built_once_even_from_several_threads():
    import threading

    from kiosk.core.catalog_io import DEMO_CATALOG_PATH, read_document

    catalog = Catalog.from_dict(read_document(DEMO_CATALOG_PATH))
    got: list[int] = []
    threads = [threading.Thread(target=lambda: got.append(id(catalog.search_index))) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(got)) == 1 and len(got) == 6
