"""Every string the views show has a Chinese translation (English is the source language), and the
words for message codes survive the translator's workflow and read the same through Qt as without."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.config import Config
from kiosk.core import words
from kiosk.core.session import Session
from kiosk.core.words import CONTEXT, LOCALES, Words, read_ts
from kiosk.tools import i18n_build
from kiosk.ui.app_controller import AppController


def test_every_ui_string_is_translated(tmp_path: Path) -> None:
    # lupdate on copies: a qsTr() added to a view without a translation shows up as unfinished.
    for ts in i18n_build.I18N_DIR.glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    i18n_build.update(tmp_path)
    i18n_build.fill(tmp_path / "kiosk_en.ts", None)
    missing = i18n_build.untranslated(tmp_path / "kiosk_zh_CN.ts")
    how = "python -m kiosk.tools.i18n_build --update --zh TABLE.py"
    assert missing == [], f"add zh_CN translations ({how}): {missing}"


def test_fill_uses_the_table_and_keeps_finished_translations(tmp_path: Path) -> None:
    ts = tmp_path / "t.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="zh_CN"><context><name>X</name>'
        "<message><source>Done</source><translation>完成</translation></message>"
        '<message><source>Next</source><translation type="unfinished"></translation></message>'
        '<message><source>Later</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n item(s)</source><translation type="unfinished"/></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    missing = i18n_build.fill(ts, {"Next": "下一步", "Done": "不该覆盖", "%n item(s)": "%n项"})
    assert missing == ["Later"]
    text = ts.read_text(encoding="utf-8")
    assert "完成" in text and "不该覆盖" not in text and "下一步" in text and "%n项" in text
    assert i18n_build.untranslated(ts) == ["Later"]


def test_update_keeps_the_message_words(tmp_path: Path) -> None:
    # The message codes have no qsTr() in any source: lupdate alone would drop them as vanished.
    for ts in i18n_build.I18N_DIR.glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    i18n_build.update(tmp_path)
    i18n_build.fill(tmp_path / "kiosk_en.ts", None)  # the codes are not English: never copied over
    for locale in LOCALES:
        kept = read_ts(tmp_path / f"kiosk_{locale}.ts")
        assert kept == read_ts(i18n_build.I18N_DIR / f"kiosk_{locale}.ts") and len(kept) > 150


def test_an_unfinished_message_code_is_reported_not_filled_with_itself(tmp_path: Path) -> None:
    ts = tmp_path / "kiosk_en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="en"><context><name>messages</name>'
        '<message><source>card_removed</source><translation type="unfinished"></translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    assert i18n_build.fill(ts, None) == [] and i18n_build.untranslated(ts) == ["card_removed"]
    assert read_ts(ts) == {}


def _compiled(ts: Path, out: Path) -> QTranslator:
    qm = out / ts.with_suffix(".qm").name
    subprocess.run(
        [i18n_build._tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


def test_qt_shows_the_same_words_as_the_reader(qapp: object, tmp_path: Path) -> None:
    for locale in LOCALES:
        ts = i18n_build.I18N_DIR / f"kiosk_{locale}.ts"
        translator = _compiled(ts, tmp_path)
        reader = Words(i18n_build.I18N_DIR)
        for code, template in read_ts(ts).items():
            if isinstance(template, tuple):
                for n in (1, 2):
                    form = translator.translate(CONTEXT, code, None, n)  # %n is filled by the caller
                    assert form.replace("%n", str(n)) == reader(code, locale, n=n), (locale, code, n)
            else:
                assert translator.translate(CONTEXT, code) == template, (locale, code)


def test_a_third_language_reaches_qt(qapp: object, tmp_path: Path) -> None:
    ts = tmp_path / "kiosk_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr">\n'
        "<context>\n    <name>messages</name>\n    <message>\n        <source>help_called</source>\n"
        "        <translation>Le personnel arrive.</translation>\n    </message>\n</context>\n</TS>\n",
        encoding="utf-8",
    )
    translator = _compiled(ts, tmp_path)
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate(CONTEXT, "help_called") == "Le personnel arrive."
        assert Words(tmp_path, ("fr",))("help_called", "fr") == "Le personnel arrive."
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_language_button_steps_through_the_list(monkeypatch: pytest.MonkeyPatch) -> None:
    session = Session(Config())
    session.set_locale("en")
    stub = SimpleNamespace(session=session)
    AppController.toggleLocale(stub)  # type: ignore[arg-type]
    assert session.locale == "zh_CN"  # two languages: the other one, as always
    monkeypatch.setattr(words, "LOCALES", (*LOCALES, "fr"))
    for expected in ("en", "fr", "zh_CN"):
        AppController.toggleLocale(stub)  # type: ignore[arg-type]
        assert session.locale == expected


def test_a_new_language_starts_with_every_message_untranslated(tmp_path: Path) -> None:
    shutil.copy(i18n_build.I18N_DIR / "kiosk_en.ts", tmp_path / "kiosk_en.ts")
    started = i18n_build.new_language("fr", tmp_path)
    assert started == tmp_path / "kiosk_fr.ts" and 'language="fr"' in started.read_text(encoding="utf-8")
    english = read_ts(tmp_path / "kiosk_en.ts")
    todo = i18n_build.untranslated(started)
    assert set(english) <= set(todo) and len(todo) > len(english)  # the codes and the view strings
    assert read_ts(started) == {}  # nothing to show yet: the default language's words stand in
    french = Words(tmp_path, ("en", "fr"))
    assert french("help_called", "fr") == "Staff have been called; please wait."
    i18n_build.update(tmp_path)  # the translator's next --update keeps the codes to translate
    assert set(english) <= set(i18n_build.untranslated(started))


def test_rebuilding_never_rewrites_a_translation_a_running_kiosk_has_mapped(
    qapp: object, tmp_path: Path
) -> None:
    """QTranslator reads a .qm through a memory map. Rewritten in place, the file is shorter than the map
    for a moment and a kiosk reading it then dies of SIGBUS (seen when a test run's .deb build ran
    scripts/bootstrap beside other workers' kiosks). A rebuild puts a new file in its place instead: the
    file a kiosk holds keeps every byte it had and is no longer linked."""
    import mmap

    for ts in i18n_build.I18N_DIR.glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    (qm, *_) = [q for q in i18n_build.build(tmp_path) if q.name == "kiosk_zh_CN.qm"]
    translator = QTranslator()
    assert translator.load(str(qm))
    with qm.open("rb") as held:
        mapped = mmap.mmap(held.fileno(), 0, access=mmap.ACCESS_READ)
        before = bytes(mapped)
        i18n_build.build(tmp_path)
        assert os.fstat(held.fileno()).st_nlink == 0, "the .qm a kiosk holds was rewritten in place"
        assert os.fstat(held.fileno()).st_size == len(before) and bytes(mapped) == before
        mapped.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [ts.name for ts in tmp_path.glob("*.ts")]
        + [ts.with_suffix(".qm").name for ts in tmp_path.glob("*.ts")]
    ), "no half-written file is left beside them"
    fresh = QTranslator()
    assert fresh.load(str(qm)) and fresh.translate("ComingScreen", "Call staff") == "呼叫工作人员"


def test_a_damaged_source_fails_the_build_and_keeps_the_last_good_translation(tmp_path: Path) -> None:
    """lrelease refusing a .ts stops the build with its error; the .qm built before stays as it was and
    nothing half-written is left beside it."""
    shutil.copy(i18n_build.I18N_DIR / "kiosk_zh_CN.ts", tmp_path / "kiosk_zh_CN.ts")
    (qm,) = i18n_build.build(tmp_path)
    good = qm.read_bytes()
    (tmp_path / "kiosk_zh_CN.ts").write_text("<TS><context><name>cut off", encoding="utf-8")
    with pytest.raises(subprocess.CalledProcessError):
        i18n_build.build(tmp_path)
    assert qm.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kiosk_zh_CN.qm", "kiosk_zh_CN.ts"]
