"""One source of resident words: the .ts files, read without Qt; codes everywhere else."""

from __future__ import annotations

import ast
import enum
import importlib
import pkgutil
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

import kiosk.core
from devices.camera.document import Quality, Verdict
from devices.camera.face import FaceQuality, Gate
from devices.camera.liveness import Challenge, FailReason, Progress, State
from kiosk.config import Config, load_config
from kiosk.core import words as words_module
from kiosk.core.journey.messages import JourneyError, Message
from kiosk.core.session import Session
from kiosk.core.words import LOCALES, Phrase, Words, read_ts, translations_dir, words

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")


# -- the words the resident sees are unchanged ---------------------------------------------------


def test_message_text_reads_the_words_with_their_placeholders() -> None:
    expired = Message("card_expired", {"valid_to": "2031-05-01"})
    assert expired.text("zh_CN") == "这张身份证已过有效期（2031-05-01），请使用有效证件或到窗口办理。"
    assert expired.text("en") == (
        "This ID card expired on 2031-05-01. Please use a valid card or go to a service window."
    )
    assert Message("materials_incomplete", {"count": 2}).text("zh_CN") == "还有2份必要材料没有提交。"
    assert (
        Message("not_at_terminal", {"where": "便民服务中心"})
        .text("en")
        .endswith("Please go to: 便民服务中心")
    )
    assert str(JourneyError("signature_missing")) == "Please sign first."


def test_locales_resolve_like_before() -> None:
    assert words("help_called", "en_US") == "Staff have been called; please wait."
    assert words("help_called") == words("help_called", "zh_CN") == "已呼叫工作人员，请稍候。"
    assert words("help_called", "xx") == "已呼叫工作人员，请稍候。"  # unknown language: the default
    assert words("no_such_code", "en") == "no_such_code"  # visible, never an exception
    assert Message("card_expired").text("en").startswith("This ID card expired on {valid_to}")


def test_device_codes_have_the_words_the_devices_used_to_carry() -> None:
    blurred = Quality(Verdict.BLURRED, 10.0, 120.0, 0.5)
    assert words(blurred.code, "zh_CN") == "照片模糊，请拿稳文件不要晃动。"
    assert words(blurred.code, "en") == "The picture is blurred. Please hold the page still."
    dark_face = FaceQuality(Gate.TOO_DARK, ())
    assert words(dark_face.code, "zh_CN") == "光线太暗，请站到亮一点的地方。"
    asked = Progress(State.ACTING, 0, Challenge.BLINK)
    assert (words(asked.code, "zh_CN"), words(asked.code, "en")) == ("请眨一下眼睛。", "Please blink.")
    passed = Progress(State.PASSED, 1, None)
    assert (words(passed.code, "zh_CN"), words(passed.code, "en")) == ("验证通过。", "Done, thank you.")
    failed = Progress(State.FAILED, 0, Challenge.BLINK, FailReason.TIMEOUT)
    assert words(failed.code, "zh_CN") == "没有看到您的动作，请再试一次。"


def test_labels_and_the_guide_words() -> None:
    from kiosk.core.journey.evaluation import Level
    from kiosk.core.journey.progress import STATUS_TEXTS
    from kiosk.core.journey.proxy import RELATIONSHIPS

    assert (
        STATUS_TEXTS["accepted"].text("zh_CN") == "已受理"
        and STATUS_TEXTS["accepted"].text("en") == "Accepted"
    )
    assert RELATIONSHIPS["village_agent"].text("zh_CN") == "村（社区）代办员"
    assert Level.VERY_SATISFIED.label.text("en") == "Very satisfied"
    # a real plural: one form in Chinese, two in English; separators keep their spaces
    assert [words("guide.copies", "en", n=n) for n in (1, 2)] == ["1 copy", "2 copies"]
    assert words("guide.copies", "zh_CN", n=2) == "2份"
    assert words("guide.separator", "en") == "; " and words("guide.step_actor", "zh_CN") == " — "


# -- every code has words in every shipped language ------------------------------------------------


CODE_FIRST = {
    "JourneyError",
    "IdentifyError",
    "MaterialError",
    "SignatureError",
    "Message",
    "msg",
    "words",
    "Phrase",
}
CODE_SECOND = {"FieldError", "PrintOutcome"}


def _python_files(*tops: str) -> Iterator[Path]:
    for top in tops:
        yield from sorted((ROOT / top).rglob("*.py"))


def _literal_codes(tree: ast.AST) -> set[str]:
    """Codes written as literals where a message is made: ``JourneyError("wrong_step")``,
    ``FieldError(path, "required")``, ``words("guide.free", locale)``, ``code="..."``."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        args: list[ast.expr] = []
        if name in CODE_FIRST and node.args:
            args.append(node.args[0])
        if name in CODE_SECOND and len(node.args) > 1:
            args.append(node.args[1])
        if name in CODE_FIRST | CODE_SECOND:
            args += [k.value for k in node.keywords if k.arg in ("code", "problem")]
        for arg in args:
            if isinstance(arg, ast.IfExp):
                args += [arg.body, arg.orelse]
            elif isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.add(arg.value)
    return found


def _codes_in_tables() -> set[str]:
    """Codes held in the core's tables (labels, reasons, read failures) and made by its enums'
    ``message`` properties, found by walking its modules."""
    found: set[str] = set()
    for info in pkgutil.walk_packages(kiosk.core.__path__, "kiosk.core."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            items = value.values() if isinstance(value, dict) else value if isinstance(value, tuple) else ()
            found |= {item.code for item in items if isinstance(item, Phrase)}
            if isinstance(value, enum.EnumMeta) and isinstance(getattr(value, "message", None), property):
                found |= {member.message.code for member in value}  # type: ignore[attr-defined]
    from kiosk.core.journey import face, identity

    found |= set(identity.READ_FAILURES) | set(face._REASONS.values())
    found |= {
        id_problem
        for v in ("1", "11010519491231002X", "110105194912310021", "110105194913310025")
        if (id_problem := identity.id_number_problem(v))
    }
    return found


def _device_codes() -> set[str]:
    codes = {Quality(v, 0.0, 0.0, 0.0).code for v in Verdict} | {FaceQuality(g, ()).code for g in Gate}
    codes |= {Progress(State.ACTING, 0, c).code for c in Challenge}
    codes |= {Progress(State.FAILED, 0, None, r).code for r in FailReason}
    codes.add(Progress(State.PASSED, 0, None).code)
    return codes


def used_codes() -> set[str]:
    literal: set[str] = set()
    for path in _python_files("kiosk", "devices"):
        literal |= _literal_codes(ast.parse(path.read_text(encoding="utf-8")))
    return literal | _codes_in_tables() | _device_codes()


def test_every_code_used_has_words_in_every_shipped_language() -> None:
    codes = used_codes()
    assert len(codes) > 150  # the scan finds the codes at all
    for locale in LOCALES:
        table = read_ts(translations_dir() / f"kiosk_{locale}.ts")
        missing = sorted(c for c in codes if not table.get(c))
        assert not missing, f"kiosk_{locale}.ts has no words (context 'messages') for {missing}"


def test_shipped_languages_have_the_same_codes_and_placeholders() -> None:
    tables = {locale: read_ts(translations_dir() / f"kiosk_{locale}.ts") for locale in LOCALES}
    reference = tables[LOCALES[0]]
    for locale, table in tables.items():
        assert set(table) == set(reference), locale
        for code, template in table.items():
            fields = set(re.findall(r"\{(\w+)\}", str(template)))
            assert fields == set(re.findall(r"\{(\w+)\}", str(reference[code]))), (locale, code)


# -- no zh/en prose left in the core or the devices ------------------------------------------------

# The catalog's vocabulary labels are catalog data (they mirror the national catalogue's terms), and
# the printer's self-test page prints both scripts on purpose to prove the fonts.
NOT_RESIDENT_WORDS = {"kiosk/core/catalog_model.py", "devices/printer/receipt.py"}


def _english(value: object) -> bool:
    """Words rather than data: letters, spaces, punctuation and placeholders (no URLs, no serials)."""
    if not isinstance(value, str) or re.fullmatch(r"[A-Za-z0-9 ,.;:'()!?{}_%-]+", value) is None:
        return False
    return re.search(r"[a-z]{2}", value) is not None


def _chinese(value: object) -> bool:
    return isinstance(value, str) and CJK.search(value) is not None


def _prose_pairs(tree: ast.AST, locale_branches: bool = True) -> list[int]:
    """Lines where Chinese and English words sit side by side, or (``locale_branches``) code
    compares a locale with "zh_CN" or "en" (words picked by hand, two languages baked in)."""
    lines = []
    for node in ast.walk(tree):
        siblings: list[object] = []
        if isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            if {"zh_CN", "en"} <= keys:
                lines.append(node.lineno)
            siblings = [v.value for v in node.values if isinstance(v, ast.Constant)]
        elif isinstance(node, ast.Tuple | ast.List):
            siblings = [e.value for e in node.elts if isinstance(e, ast.Constant)]
        elif isinstance(node, ast.Call):
            siblings = [a.value for a in node.args if isinstance(a, ast.Constant)]
        elif isinstance(node, ast.IfExp):
            siblings = [b.value for b in (node.body, node.orelse) if isinstance(b, ast.Constant)]
        elif isinstance(node, ast.Compare) and locale_branches:
            operands = [node.left, *node.comparators]
            if any(isinstance(o, ast.Constant) and o.value in ("zh_CN", "en") for o in operands):
                lines.append(node.lineno)
        if any(map(_chinese, siblings)) and any(map(_english, siblings)):
            lines.append(getattr(node, "lineno", 0))
    return lines


def test_no_zh_en_prose_table_in_the_core_or_the_devices() -> None:
    found = {}
    for path in _python_files("kiosk/core", "devices"):
        rel = path.relative_to(ROOT).as_posix()
        if rel not in NOT_RESIDENT_WORDS and (
            lines := _prose_pairs(ast.parse(path.read_text(encoding="utf-8")))
        ):
            found[rel] = lines
    assert not found, f"resident words belong in kiosk/ui/i18n/*.ts (context 'messages'): {found}"


def test_no_zh_en_prose_pair_in_the_ui_adapters_ops_or_voice() -> None:
    # The screens' Python picks languages (the switch, the voice), so only the pairs are looked for.
    found = {}
    for path in _python_files("kiosk/ui", "kiosk/journey_adapters", "kiosk/ops", "kiosk/voice"):
        if lines := _prose_pairs(ast.parse(path.read_text(encoding="utf-8")), locale_branches=False):
            found[path.relative_to(ROOT).as_posix()] = lines
    # the log redactor's field-name keywords are in both scripts because logs are
    assert set(found) <= {"kiosk/ops/diagnostics.py"}, found


def test_the_scan_sees_each_kind_of_prose_pair() -> None:
    samples = [
        'T = {"ok": ("好", "Good")}',
        'M = {"zh_CN": "好", "en": "Good"}',
        'x = "好" if zh else "Good"',
        'y = LocalText("好", "Good")',
        'z = sep if locale == "zh_CN" else ", "',
    ]
    for sample in samples:
        assert _prose_pairs(ast.parse(sample)), sample
    data = (
        'L = [("受理号", no), ("Model 型号", "x")]; P = ("https://a.cn/v?id=1", "营业执照", "NO.1-2", "QR")'
    )
    assert not _prose_pairs(ast.parse(data))


# -- a third language: a .ts file and a line in the list -------------------------------------------


@pytest.fixture
def with_french(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for ts in translations_dir().iterdir():
        if ts.name.endswith(".ts"):
            shutil.copy(str(ts), tmp_path / ts.name)
    (tmp_path / "kiosk_fr.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr">\n'
        "<context>\n    <name>messages</name>\n"
        "    <message>\n        <source>card_expired</source>\n"
        "        <translation>Cette carte a expiré le {valid_to}.</translation>\n    </message>\n"
        '    <message numerus="yes">\n        <source>guide.copies</source>\n        <translation>\n'
        "            <numerusform>%n exemplaire</numerusform>\n"
        "            <numerusform>%n exemplaires</numerusform>\n        </translation>\n    </message>\n"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(words_module, "LOCALES", (*LOCALES, "fr"))
    return tmp_path


def test_a_third_language_is_read_and_offered(with_french: Path) -> None:
    french = Words(with_french)
    assert french.locales == ("zh_CN", "en", "fr")
    assert french("card_expired", "fr", valid_to="2031-05-01") == "Cette carte a expiré le 2031-05-01."
    assert french("card_expired", "fr_CA", valid_to="2031-05-01").startswith("Cette carte")
    assert [french("guide.copies", "fr", n=n) for n in (1, 2)] == ["1 exemplaire", "2 exemplaires"]
    assert french("help_called", "fr") == "已呼叫工作人员，请稍候。"  # not yet translated: the default
    assert french("help_called", "en") == "Staff have been called; please wait."
    # the session (the UI's language switch) and the configuration accept it from the same list
    session = Session(Config())
    session.set_locale("fr")
    assert session.locale == "fr"
    config_file = with_french / "kiosk.toml"
    config_file.write_text('locale = "fr"\n', encoding="utf-8")
    assert load_config(config_file, {}).locale == "fr"


def test_without_the_line_the_language_is_not_offered(tmp_path: Path) -> None:
    session = Session(Config())
    with pytest.raises(ValueError, match="unknown locale 'fr'"):
        session.set_locale("fr")
    assert Words(translations_dir()).resolve("fr") == "zh_CN"


def test_numbers_in_device_results_stay_codes() -> None:
    # a device result carries no words at all: as_dict() is what a CLI or the technician screen shows
    report = Quality(Verdict.TOO_DARK, 1.0, 10.0, np.float64(0.5)).as_dict()
    assert report["code"] == "document.too_dark" and not any(map(_chinese, map(str, report.values())))
