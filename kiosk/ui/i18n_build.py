"""Compile the Qt Linguist sources (kiosk/ui/i18n/*.ts) into .qm files beside them.

Run by scripts/bootstrap; ``--update`` first refreshes the .ts files from the QML and Python
sources with pyside6-lupdate (the translator's workflow, as in Vorta).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

I18N_DIR = Path(__file__).with_name("i18n")
UI_DIR = Path(__file__).parent


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run scripts/bootstrap")
    return found


def update() -> None:
    sources = sorted(str(p) for p in UI_DIR.rglob("*.qml")) + sorted(str(p) for p in UI_DIR.rglob("*.py"))
    for ts in sorted(I18N_DIR.glob("*.ts")):
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(ts)], check=True)


def build() -> list[Path]:
    built = []
    for ts in sorted(I18N_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, stdout=subprocess.DEVNULL
        )
        built.append(qm)
    return built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="refresh .ts from sources first")
    args = parser.parse_args()
    if args.update:
        update()
    for qm in build():
        print(qm)


if __name__ == "__main__":
    main()
