"""Compile the Qt Linguist sources (kiosk/ui/i18n/*.ts) into .qm files beside them.

Run by scripts/bootstrap; ``--update`` first refreshes the .ts files from the QML and Python
sources with pyside6-lupdate (the translator's workflow, as in Vorta). English is the source
language, so ``--update`` also fills kiosk_en.ts from the sources; ``--zh TABLE.py`` merges
Chinese translations (a module defining ``ZH = {"English source": "中文"}``) into kiosk_zh_CN.ts,
and ``--check`` lists messages still untranslated (tests/ui/test_translations.py runs it).
``--new-language LOCALE`` starts another language's .ts from the English one.

The ``messages`` context (the words for the core's and the devices' message codes, see
``kiosk/core/words.py``) has no ``qsTr()`` in any source, so lupdate would drop it as vanished:
``--update`` keeps it as written, and never fills it from its sources, which are codes, not English.
"""

from __future__ import annotations

import argparse
import os
import re
import runpy
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from kiosk.core.words import CONTEXT as MESSAGES_CONTEXT

UI_DIR = Path(__file__).resolve().parents[1] / "ui"
I18N_DIR = UI_DIR / "i18n"


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run scripts/bootstrap")
    return found


_MESSAGES_BLOCK = re.compile(rf"<context>\s*<name>{MESSAGES_CONTEXT}</name>.*?</context>\n", re.DOTALL)


def update(i18n_dir: Path = I18N_DIR) -> None:
    sources = sorted(str(p) for p in UI_DIR.rglob("*.qml")) + sorted(str(p) for p in UI_DIR.rglob("*.py"))
    for ts in sorted(i18n_dir.glob("*.ts")):
        kept = _MESSAGES_BLOCK.search(ts.read_text(encoding="utf-8"))
        command = [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", *sources, "-ts", str(ts)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        if kept:
            text = _MESSAGES_BLOCK.sub("", ts.read_text(encoding="utf-8"))
            ts.write_text(text.replace("</TS>", kept.group(0) + "</TS>"), encoding="utf-8")


def _english_plurals(source: str) -> list[str]:
    # "%n matter(s)" -> "%n matter", "%n matters"
    return [re.sub(r"\((\w+)\)", "", source), re.sub(r"\((\w+)\)", r"\1", source)]


def fill(ts: Path, table: dict[str, str] | None) -> list[str]:
    """Fill unfinished messages of ``ts`` from ``table`` (None: the English source itself).

    Finished translations are kept. Returns the sources still untranslated."""
    tree = ET.parse(ts)  # noqa: S314 - our own translation sources
    missing = []
    changed = False
    messages = [
        m
        for context in tree.iter("context")
        if table is not None or context.findtext("name") != MESSAGES_CONTEXT
        for m in context.iter("message")
    ]
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        if translation.get("type") != "unfinished":
            continue
        value = source if table is None else table.get(source)
        if value is None:
            missing.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if message.get("numerus") == "yes":
            for form in _english_plurals(value) if table is None else [value]:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        del translation.attrib["type"]
        changed = True
    if changed:  # otherwise keep lupdate's own formatting: no churn in the diff
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def new_language(locale: str, i18n_dir: Path = I18N_DIR) -> Path:
    """Start ``kiosk_<locale>.ts`` from kiosk_en.ts: the same messages (view strings and message
    codes), every translation empty and unfinished, for a translator to fill in Qt Linguist."""
    target = i18n_dir / f"kiosk_{locale}.ts"
    if target.exists():
        raise SystemExit(f"{target.name} exists already")
    tree = ET.parse(i18n_dir / "kiosk_en.ts")  # noqa: S314 - our own translation sources
    tree.getroot().set("language", locale)
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.clear()
        translation.set("type", "unfinished")
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return target


def untranslated(ts: Path) -> list[str]:
    tree = ET.parse(ts)  # noqa: S314 - our own translation sources
    return [
        m.findtext("source") or ""
        for m in tree.iter("message")
        if (t := m.find("translation")) is not None and t.get("type") == "unfinished"
    ]


def build(i18n_dir: Path = I18N_DIR) -> list[Path]:
    """Each .qm is written beside its final name and then put in its place, never rewritten where it
    is: a running kiosk's QTranslator reads its .qm through a memory map, and lrelease rewriting that
    file shortened it under the map for a moment, which ended the kiosk with SIGBUS (a test run's
    .deb build runs scripts/bootstrap while other workers' kiosks are on screen)."""
    built = []
    for ts in sorted(i18n_dir.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        fresh = qm.with_name(f".{qm.name}.{os.getpid()}.new")
        try:
            subprocess.run(
                [_tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)], check=True, stdout=subprocess.DEVNULL
            )
            os.replace(fresh, qm)
        finally:
            fresh.unlink(missing_ok=True)
        built.append(qm)
    return built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="refresh .ts from sources first")
    parser.add_argument("--zh", type=Path, action="append", default=[], help="merge a ZH table module")
    parser.add_argument("--check", action="store_true", help="list untranslated messages and fail")
    parser.add_argument("--new-language", metavar="LOCALE", help="start kiosk_LOCALE.ts from kiosk_en.ts")
    args = parser.parse_args()
    if args.new_language:
        print(new_language(args.new_language))
        print(f"then add {args.new_language!r} to LOCALES in kiosk/core/words.py")
        return
    if args.update:
        update()
        fill(I18N_DIR / "kiosk_en.ts", None)
    for table_file in args.zh:
        table = runpy.run_path(str(table_file))["ZH"]
        fill(I18N_DIR / "kiosk_zh_CN.ts", table)
    if args.update:
        update()  # once more, so the files keep lupdate's own formatting
    if args.check:
        missing = {ts.name: untranslated(ts) for ts in sorted(I18N_DIR.glob("*.ts"))}
        for name, sources in missing.items():
            for source in sources:
                print(f"{name}: untranslated: {source}")
        if any(missing.values()):
            raise SystemExit(1)
        return
    for qm in build():
        print(qm)


if __name__ == "__main__":
    main()
