"""Only ``kiosk/store/`` issues SQL against the terminal database (kiosk.db).

The scan reads every product module outside ``kiosk/store/`` (in ``kiosk/``, ``sync/`` and
``devices/``) as a syntax tree and flags:

* a string constant (or the literal parts of an f-string) holding an SQL statement that names a
  terminal table: ``SELECT ... FROM t``, ``JOIN t``, ``INSERT INTO t``, ``UPDATE t``,
  ``DELETE FROM t``, ``CREATE TABLE/INDEX ... t``, ``ALTER TABLE t``;
* sqlite-utils access to a terminal table: ``db["t"]`` and ``db.table("t")``.

The terminal tables are read from the migrations themselves, so a table added later is covered
without touching this file. Docstrings are prose, not queries, and are not scanned.
``sync/platform/`` is the platform's own database and is exempt.

Run it by hand to list the offenders: ``python tests/store/test_sql_ownership.py``.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("kiosk", "sync", "devices")
OWNER = ROOT / "kiosk" / "store"
EXEMPT = (ROOT / "sync" / "platform",)

# Modules allowed to hold terminal SQL while their move into kiosk/store is under way (module -> tables);
# each entry must say where the SQL goes. Empty: kiosk/store owns every statement.
PENDING: dict[str, set[str]] = {}


DYNAMIC = "<table chosen at run time>"
_HOLE = " \x00 "
_DYNAMIC_TABLE = re.compile(r"\b(?:FROM|JOIN|INTO|UPDATE)\s+\x00", re.IGNORECASE)


def terminal_tables() -> set[str]:
    """Every table the migrations create, plus their own bookkeeping table."""
    text = (OWNER / "migrations.py").read_text(encoding="utf-8")
    names = set(re.findall(r"CREATE TABLE (?:IF NOT EXISTS )?(\w+)", text))
    return names | {"_migrations"}


def _statement_pattern(tables: set[str]) -> re.Pattern[str]:
    names = "|".join(sorted(map(re.escape, tables), key=len, reverse=True))
    return re.compile(
        r"\b(?:FROM|JOIN|INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM|"
        r"CREATE\s+(?:UNIQUE\s+)?(?:TABLE|INDEX)(?:\s+IF\s+NOT\s+EXISTS)?(?:\s+\w+\s+ON)?|ALTER\s+TABLE)"
        rf"\s+({names})\b",
        re.IGNORECASE,
    )


def _docstring_nodes(tree: ast.AST) -> set[int]:
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _is_sql(text: str) -> bool:
    """Prose mentions "from settings" too; a query also carries one of SQL's statement words."""
    return re.search(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER)\b", text, re.IGNORECASE) is not None


def sql_in_module(path: Path, tables: set[str]) -> list[tuple[int, str]]:
    """(line, table) for every use of a terminal table in the module."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    docstrings = _docstring_nodes(tree)
    pattern = _statement_pattern(tables)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(
                part.value if isinstance(part, ast.Constant) and isinstance(part.value, str) else _HOLE
                for part in node.values
            )
            if _is_sql(text):
                found += [(node.lineno, m.group(1).lower()) for m in pattern.finditer(text)]
                # A table chosen at run time (``FROM {table}``) may be any terminal table.
                found += [(node.lineno, DYNAMIC) for _ in _DYNAMIC_TABLE.finditer(text)]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            if _is_sql(node.value):
                found += [(node.lineno, m.group(1).lower()) for m in pattern.finditer(node.value)]
        elif isinstance(node, ast.Subscript):
            key = node.slice
            if isinstance(key, ast.Constant) and key.value in tables and _looks_like_db(node.value):
                found.append((node.lineno, str(key.value)))
        elif isinstance(node, ast.Call):
            func = node.func
            if (
                isinstance(func, ast.Attribute)
                and func.attr == "table"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value in tables
            ):
                found.append((node.lineno, str(node.args[0].value)))
    # JoinedStr's literal parts are Constants too: keep one finding per line and table.
    return sorted(set(found))


def _looks_like_db(node: ast.expr) -> bool:
    name = node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else ""
    return "db" in name.lower() or name in {"store", "database", "conn"}


def product_modules() -> list[Path]:
    modules: list[Path] = []
    for top in SCANNED:
        for path in sorted((ROOT / top).rglob("*.py")):
            if path.is_relative_to(OWNER) or any(path.is_relative_to(e) for e in EXEMPT):
                continue
            modules.append(path)
    return modules


def offenders() -> dict[str, list[tuple[int, str]]]:
    tables = terminal_tables()
    out: dict[str, list[tuple[int, str]]] = {}
    for path in product_modules():
        rel = path.relative_to(ROOT).as_posix()
        hits = [(line, t) for line, t in sql_in_module(path, tables) if t not in PENDING.get(rel, set())]
        if hits:
            out[rel] = hits
    return out


def test_the_migrations_name_the_terminal_tables() -> None:
    tables = terminal_tables()
    assert {"applications", "materials", "outbox", "catalog_versions", "settings"} <= tables
    assert {"evaluations", "complaints", "help_requests", "audit_log", "device_events"} <= tables


def test_no_module_outside_kiosk_store_issues_terminal_sql() -> None:
    found = offenders()
    assert found == {}, "terminal SQL outside kiosk/store/ (use its repository modules): " + "; ".join(
        f"{path}:{line} {table}" for path, hits in found.items() for line, table in hits
    )


def test_the_scan_sees_every_spelling(tmp_path: Path) -> None:
    """The check would be worthless if it missed a form production code uses."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""SELECT * FROM applications in a docstring is prose."""\n'
        'A = "SELECT id FROM applications WHERE x = ?"\n'
        'B = f"UPDATE outbox SET {cols} WHERE id = ?"\n'
        'C = "INSERT OR IGNORE INTO settings (key) VALUES (?)"\n'
        "D = db['help_requests']\n"
        'E = db.table("complaints")\n'
        'F = "delete from materials where id = ?"\n'
        'G = "the engine reads from outbox rows"\n'
        'H = "SELECT 1 FROM platform_only_table"\n'
        'I = f"SELECT {column} FROM {table} WHERE id = ?"\n',
        encoding="utf-8",
    )
    hits = sql_in_module(sample, terminal_tables())
    assert hits == [
        (2, "applications"),
        (3, "outbox"),
        (4, "settings"),
        (5, "help_requests"),
        (6, "complaints"),
        (7, "materials"),
        (10, DYNAMIC),
    ]


def test_pending_exemptions_name_real_modules() -> None:
    for rel in PENDING:
        assert (ROOT / rel).is_file(), f"PENDING names {rel}, which no longer exists: drop the entry"


def test_pending_exemptions_are_still_needed() -> None:
    tables = terminal_tables()
    for rel, allowed in PENDING.items():
        used = {t for _line, t in sql_in_module(ROOT / rel, tables)}
        assert allowed <= used, f"{rel} no longer holds SQL on {sorted(allowed - used)}: drop it from PENDING"


if __name__ == "__main__":
    for rel, hits in offenders().items():
        for line, table in hits:
            print(f"{rel}:{line}: {table}")
    sys.exit(0)
