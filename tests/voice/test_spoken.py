"""Spoken Mandarin people understand: numbers said by their kind, masked values as 尾号, no "asterisk",
polyphones from the project's dictionary; and every resident-facing Chinese string (every prompt and
label of every screen, every message, every catalog matter name and guide text) goes to espeak-ng as
pinyin syllables only: no Latin word, no digit, nothing read in English."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from pypinyin import Style, lazy_pinyin

from kiosk.assets import DEMO_CATALOG
from kiosk.core.words import translations_dir, ts_file
from kiosk.voice import speakable, to_pinyin
from kiosk.voice.spoken import dictionary, mark, normalize, unmarked

pytestmark = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="espeak-ng missing: scripts/bootstrap"
)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("紧急情况请拨打12345热线。", "紧急情况请拨打幺二三四五热线。"),
        ("请拨打110", "请拨打幺幺零"),
        ("电话13812345678", "电话幺三八幺二三四五六七八"),
        (mark("phone", "0376-6221234"), "零三七六六二二幺二三四"),
        ("受理号：0001-20261206-0007", "受理号：零零零一，二零二六一二零六，零零零七"),
        ("受理号AB12-20261206-0007", "受理号诶必一二，二零二六一二零六，零零零七"),
        ("受理号261206", "受理号二六一二零六"),
        (mark("code", "1234"), "一二三四"),
        ("请于2026-12-06前补交", "请于二零二六年十二月六日前补交"),
        ("2026年12月6日", "二零二六年十二月六日"),
        (mark("date", "2026/1/15"), "二零二六年一月十五日"),
        ("8:30开门", "八点三十分开门"),
        ("14:05", "十四点零五分"),
        ("9:00", "九点整"),
        ("每生每年补助3000元", "每生每年补助三千元"),
        ("¥12.50", "十二元五角"),
        ("1,050.05元", "一千零五十元零五分"),
        (mark("amount", "0.5"), "五角"),
        ("50%", "百分之五十"),
        ("身份证号110101********3012", "身份证号尾号三零一二"),
        ("手机138****1234", "手机尾号幺二三四"),
        (mark("masked", "4115**********301X"), "尾号三零幺艾克斯".replace("幺", "一")),
        ("申请人：张*", "申请人：张某"),
        ("投诉类别 *", "投诉类别 "),
        ("时限：3个工作日", "时限：三个工作日"),
        ("已拍摄2页", "已拍摄两页"),
        ("第2步，共12步", "第二步，共十二步"),
        ("10天", "十天"),
        ("105人", "一百零五人"),
        ("10500", "一零五零零"),
        ("20000", "二零零零零"),
        (mark("count", "20000"), "二万"),
        ("亮度 0–255", "亮度 零到二百五十五"),
        ("−10", "减十"),
        ("周一至周五8:30-17:00", "周一至周五八点三十分到十七点整"),
        ("1月1日-3月31日", "一月一日到三月三十一日"),
        ("将诊断包导出到U盘", "将诊断包导出到优盘"),
        ("扫描QR码", "扫描二维码"),
    ],
)
def test_numbers_are_said_by_their_kind(text, said):
    assert normalize(text) == said


def test_a_marked_value_shows_as_itself_and_a_bad_mark_is_refused():
    assert unmarked("拨打" + mark("hotline", "12345")) == "拨打12345"
    with pytest.raises(ValueError, match="unknown kind"):
        mark("colour", "12")


def test_english_prompts_read_codes_digit_by_digit_and_never_say_asterisk():
    s = speakable("Your ID 110101********3012 is read. Call 12345.", "en")
    assert s.text == "Your ID ending in 3 0 1 2 is read. Call 1 2 3 4 5."
    assert "*" not in speakable("Category *", "en").text


# Polyphones the project reads differently from pypinyin, and some pypinyin reads right (kept right).
POLYPHONES = {
    "还款": "huan2 kuan3",
    "按时还款": "an4 shi2 huan2 kuan3",
    "图书通借通还": "tu2 shu1 tong1 jie4 tong1 huan2",
    "退还": "tui4 huan2",
    "还有": "hai2 you3",
    "银行": "yin2 hang2",
    "行政": "xing2 zheng4",
    "重新": "chong2 xin1",
    "单县": "shan4 xian4",
    "朝阳区": "chao2 yang2 qu1",
    "救助金发放": "jiu4 zhu4 jin1 fa1 fang4",
    "说得慢一点": "shuo1 de5 man4 yi4 dian3",
    "每件投诉都会及时处理": "mei3 jian4 tou2 su4 dou1 hui4 ji2 shi2 chu3 li3",
    "跨省长期居住": "kua4 sheng3 chang2 qi1 ju1 zhu4",
    "长缴多得": "chang2 jiao3 duo1 de2",
    "以户为单位": "yi3 hu4 wei2 dan1 wei4",
    "供养": "gong1 yang3",
}


@pytest.mark.parametrize(("word", "reading"), POLYPHONES.items())
def test_polyphones_read_as_people_say_them(word, reading):
    assert to_pinyin(word) == reading


def test_every_dictionary_phrase_is_needed_and_applied():
    """Each entry corrects pypinyin (an entry it already reads right is dead weight) and is applied."""
    for phrase, reading in dictionary()["phrases"].items():
        plain = " ".join(lazy_pinyin(phrase, style=Style.TONE3, neutral_tone_with_five=True))
        assert plain != reading, f"{phrase}: pypinyin already reads {plain}"
        assert to_pinyin(phrase) == reading
        assert len(reading.split()) == len(phrase), phrase


# -- every resident-facing Chinese string ------------------------------------------------------

SAMPLES = {  # what fills a placeholder, by what the placeholder holds on its screen
    "%n": "3",
    "%1": "2026年12月20日",
    "%2": "12345",
    "%3": "7",
}


def ts_strings() -> Iterator[str]:
    tree = ET.parse(str(ts_file(translations_dir(), "zh_CN")))
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        for text in forms:
            if text:
                filled = re.sub(r"%[1-9]%", "80%", text)  # a percentage (电量 %1%)
                filled = re.sub(r"%[n1-9]", lambda m: SAMPLES.get(m.group(0), "5"), filled)
                yield re.sub(r"\{\w+\}", "6", filled)


def catalog_strings() -> Iterator[str]:
    def walk(node: object) -> Iterator[str]:
        if isinstance(node, dict):
            if isinstance(node.get("zh_CN"), str):
                yield node["zh_CN"]
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    yield from walk(json.loads(DEMO_CATALOG.read_text(encoding="utf-8")))


SYLLABLE = re.compile(r"[a-z]+[1-5]")
PUNCTUATION = re.compile(r"[,.;:!?()\"'\-]+|\.\.\.")


def assert_pinyin_only(texts: list[str]) -> None:
    bad = []
    for text in texts:
        s = speakable(text, "zh")
        said = normalize(text)
        leftovers = re.findall(r"[A-Za-z0-9*＊%]", said)
        tokens = [t for t in s.text.split() if not PUNCTUATION.fullmatch(t)]
        odd = [t for t in tokens if not SYLLABLE.fullmatch(t)]
        if leftovers or odd:
            bad.append((text, said, odd))
    assert not bad, bad[:20]
    # espeak-ng itself: one run over all of them; "(en)" is it switching to English letters.
    lines = "\n".join(speakable(t, "zh").text for t in texts)
    out = subprocess.run(
        ["espeak-ng", "-q", "-x", "-v", "cmn-latn-pinyin", "--stdin"],
        input=lines,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    ).stdout
    assert "(en)" not in out, [t for t in texts if "(en)" in subprocess.run(
        ["espeak-ng", "-q", "-x", "-v", "cmn-latn-pinyin", speakable(t, "zh").text],
        capture_output=True, text=True, timeout=20, check=True).stdout][:10]  # fmt: skip


def test_every_chinese_string_of_the_screens_goes_to_espeak_as_pinyin():
    texts = sorted(set(ts_strings()))
    assert len(texts) > 500
    assert_pinyin_only(texts)


@pytest.mark.slow  # every catalog text through espeak-ng, ~6 CPU-s
def test_every_catalog_name_and_guide_text_goes_to_espeak_as_pinyin():
    texts = sorted(set(catalog_strings()))
    assert len(texts) > 200
    assert_pinyin_only(texts)
