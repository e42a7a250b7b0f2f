"""The kiosk's commands on a damaged database or a hostile catalog file: a clear message and an exit
code, never a traceback, and nothing changed."""

from __future__ import annotations

import pytest

from kiosk.cli import main


@pytest.fixture
def damaged_db(tmp_path):
    path = tmp_path / "kiosk.db"
    path.write_bytes(b"\x13\x37" * 4096)  # not a database any more
    return path


@pytest.mark.parametrize(
    "argv",
    [["queue", "list"], ["queue", "list", "--all", "--json"], ["queue", "show", "0001-20261206-0001"]],
)
def test_queue_commands_on_a_damaged_database_say_so(damaged_db, capsys, argv):
    before = damaged_db.read_bytes()
    assert main([*argv, "--db", str(damaged_db)]) == 3
    err = capsys.readouterr().err
    assert "cannot be read" in err and "Traceback" not in err
    assert damaged_db.read_bytes() == before  # a read-only command leaves the evidence as it was


def test_catalog_import_into_a_damaged_database_says_so(damaged_db, capsys):
    from kiosk.core.catalog_io import DEMO_CATALOG_PATH

    assert main(["catalog", "import", "--db", str(damaged_db), str(DEMO_CATALOG_PATH)]) == 3
    assert "cannot be read" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["validate", "import"])
def test_a_deeply_nested_catalog_is_refused_in_words(tmp_path, capsys, command):
    deep = tmp_path / "deep.json"
    deep.write_text('{"matters": ' + "[" * 200_000 + "]" * 200_000 + "}", encoding="utf-8")
    extra = ["--db", str(tmp_path / "kiosk.db")] if command == "import" else []
    assert main(["catalog", command, *extra, str(deep)]) != 0
    out = capsys.readouterr()
    assert "nested too deeply" in out.out + out.err and "Traceback" not in out.out + out.err
    if command == "import":
        import sqlite3

        rows = sqlite3.connect(tmp_path / "kiosk.db").execute("SELECT count(*) FROM catalog_versions")
        assert rows.fetchone() == (0,)
