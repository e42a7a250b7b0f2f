"""SECURITY.md lists a defence only with the test that attacks it: every test it names must exist,
so a renamed or deleted attack test cannot leave the threat model claiming a defence nobody checks."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = re.compile(r"`(tests/[\w/]+\.py)(?:::(\w+))?`")


def test_every_test_security_md_names_exists():
    named = REFERENCE.findall((ROOT / "SECURITY.md").read_text(encoding="utf-8"))
    assert len(named) >= 20  # the tables are still there
    missing = []
    for path, function in named:
        file = ROOT / path
        if not file.is_file():
            missing.append(path)
            continue
        if function:
            tree = ast.parse(file.read_text(encoding="utf-8"))
            defined = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
            if function not in defined:
                missing.append(f"{path}::{function}")
    assert not missing, missing
