"""kiosk.memory's lean imports change memory only: pypinyin reads every phrase as before (the compact
table equals its own), sqlite-utils works without numpy while everyone else still gets numpy. Each
case runs in a fresh interpreter: the lean variants apply only before the first import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from kiosk.core.catalog_io import DEMO_CATALOG_PATH

READINGS = """
import json, sys
{setup}
from pypinyin import Style, lazy_pinyin
texts = json.loads(sys.stdin.read())
print(json.dumps([lazy_pinyin(t, style=Style.TONE3, neutral_tone_with_five=True) for t in texts]))
"""


def python(code: str, stdin: str = "") -> str:
    out = subprocess.run(
        [sys.executable, "-c", code], input=stdin, capture_output=True, text=True, timeout=120, check=True
    )
    return out.stdout


def catalog_texts() -> list[str]:
    texts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str) and any("\u4e00" <= c <= "\u9fff" for c in value):
            texts.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(json.loads(Path(DEMO_CATALOG_PATH).read_text("utf-8")))
    return [*texts, "长辈 长期 银行 行政 重度 重新 女儿 一丁点儿"]


def test_compact_phrase_table_equals_pypinyins_own() -> None:
    out = python(
        "import json, kiosk.memory as m; m.install()\n"
        "import pypinyin.constants as c, pypinyin.phrases_dict as p\n"
        "stock = json.load(open(p.__spec__.origin, encoding='utf-8'))\n"
        "print(c.PHRASES_DICT == stock, len(stock), c.PHRASES_DICT is p.phrases_dict)"
    )
    equal, count, same_dict = out.split()
    assert equal == "True" and int(count) > 40000
    assert same_dict == "True"  # and no second copy


def test_every_catalog_text_reads_the_same_with_the_compact_table() -> None:
    texts = json.dumps(catalog_texts(), ensure_ascii=False)
    stock = python(READINGS.format(setup=""), texts)
    lean = python(READINGS.format(setup="import kiosk.memory as m; m.install()"), texts)
    assert lean == stock
    assert len(json.loads(stock)) > 50


def test_sqlite_utils_goes_without_numpy_and_the_store_still_works(tmp_path: Path) -> None:
    out = python(
        "import sys, kiosk.memory as m; m.install()\n"
        "from kiosk.store import open_store_checked\n"
        "import sqlite_utils.db\n"
        f"db, health = open_store_checked({str(tmp_path / 'kiosk.db')!r})\n"
        "print(sqlite_utils.db.np is None, 'numpy' in sys.modules, health.ok)\n"
        "import numpy\n"
        "print(numpy.zeros(3).sum() == 0)\n"
        "m.release()"
    )
    assert out.split() == ["True", "False", "True", "True"]
