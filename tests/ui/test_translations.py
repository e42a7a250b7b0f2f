"""Every string the views show has a Chinese translation (English is the source language)."""

from __future__ import annotations

import shutil
from pathlib import Path

from kiosk.tools import i18n_build


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
