import logging
import shutil
import sqlite3
from datetime import UTC, datetime

import pytest

from kiosk.store import audit
from kiosk.store.integrity import StoreStatus, damaged_copies, open_store_checked

NOW = datetime(2026, 11, 26, 2, 0, 0, tzinfo=UTC)


def _store_with_applications(path, rows=400):
    """A real kiosk database with queued applications, closed cleanly (WAL checkpointed)."""
    db, health = open_store_checked(path)
    assert health.ok
    db.conn.execute("BEGIN")
    for i in range(rows):
        db.execute(
            "INSERT INTO applications (id, acceptance_no, matter_codes, catalog_version, state, "
            "applicant_masked, applicant_token, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (f"app-{i}", f"0001-{i:06d}", '["M1"]', "v1", "queued", "张*", f"token-{i}" * 8, 1.0, 1.0),
        )
    db.conn.execute("COMMIT")
    db.conn.close()
    return path.read_bytes()


def _assert_recovered(path, health, original_bytes, why):
    assert health.status is StoreStatus.RECOVERED_FROM_DAMAGE
    assert health.degraded
    assert why in health.reason
    assert health.moved_to == path.with_name("kiosk.db.damaged-20261126T020000Z")
    assert health.moved_to.read_bytes() == original_bytes  # kept, byte for byte
    assert damaged_copies(path) == [health.moved_to]
    assert str(health.moved_to) in health.describe()


def _assert_fresh_store(db):
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM applications").fetchone()[0] == 0
    # The fresh store remembers what happened, for the technician and the platform.
    entries = audit.entries(db)
    assert [e.action for e in entries] == ["store.recovered_from_damage"]
    assert entries[0].detail["moved_to"] == "kiosk.db.damaged-20261126T020000Z"
    assert audit.verify(db).ok


def test_healthy_database_is_left_untouched(tmp_path):
    path = tmp_path / "kiosk.db"
    _store_with_applications(path)
    db, health = open_store_checked(path, now=NOW)
    assert health.ok and health.status is StoreStatus.OK and health.moved_to is None
    assert db.execute("SELECT count(*) FROM applications").fetchone()[0] == 400
    assert damaged_copies(path) == []


def test_missing_database_is_created(tmp_path):
    db, health = open_store_checked(tmp_path / "sub" / "kiosk.db")
    assert health.ok
    assert "applications" in db.table_names()


def test_garbage_pages_are_moved_aside_and_kept(tmp_path, caplog):
    path = tmp_path / "kiosk.db"
    _store_with_applications(path)
    with open(path, "r+b") as f:
        f.seek(4096 * 3)
        f.write(bytes(range(256)) * 64)  # overwrite four pages in the middle
    damaged = path.read_bytes()

    with caplog.at_level(logging.ERROR, logger="kiosk.store.integrity"):
        db, health = open_store_checked(path, now=NOW)

    _assert_recovered(path, health, damaged, "malformed")
    _assert_fresh_store(db)
    assert any("damaged" in r.getMessage() and "kiosk.db.damaged-" in r.getMessage() for r in caplog.records)


def test_truncated_database_is_moved_aside(tmp_path):
    path = tmp_path / "kiosk.db"
    original = _store_with_applications(path)
    path.write_bytes(original[: len(original) // 2])
    db, health = open_store_checked(path, now=NOW)
    _assert_recovered(path, health, original[: len(original) // 2], "malformed")
    _assert_fresh_store(db)


def test_file_that_is_not_a_database_is_moved_aside(tmp_path):
    path = tmp_path / "kiosk.db"
    garbage = b"this is not SQLite at all\n" * 200
    path.write_bytes(garbage)
    db, health = open_store_checked(path, now=NOW)
    _assert_recovered(path, health, garbage, "file is not a database")
    _assert_fresh_store(db)


def test_integrity_check_findings_are_damage_too(tmp_path):
    """A file SQLite can read but whose index disagrees with its table."""
    path = tmp_path / "kiosk.db"
    _store_with_applications(path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE decoy (token TEXT)")
    conn.execute("CREATE INDEX decoy_token ON decoy(token)")
    conn.execute("INSERT INTO decoy VALUES ('x')")
    conn.commit()
    # Point the applications index at the decoy's index pages: rows now miss from the index.
    (decoy_root,) = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name='decoy_token'").fetchone()
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_schema SET rootpage=? WHERE name='applications_applicant'", (decoy_root,))
    conn.commit()
    conn.close()
    damaged = path.read_bytes()

    db, health = open_store_checked(path, now=NOW)

    _assert_recovered(path, health, damaged, "integrity_check")
    _assert_fresh_store(db)


def test_wal_and_shm_travel_with_the_damaged_file(tmp_path):
    path = tmp_path / "kiosk.db"
    path.write_bytes(b"\x00" * 8192)  # zeroed header: not a database
    wal = tmp_path / "kiosk.db-wal"
    wal.write_bytes(b"pending frames")
    (tmp_path / "kiosk.db-shm").write_bytes(b"\x00" * 32768)

    db, health = open_store_checked(path, now=NOW)

    assert health.degraded
    assert (tmp_path / "kiosk.db.damaged-20261126T020000Z-wal").read_bytes() == b"pending frames"
    assert (tmp_path / "kiosk.db.damaged-20261126T020000Z-shm").exists()
    # The fresh database did not adopt the old WAL.
    _assert_fresh_store(db)


def test_two_recoveries_in_the_same_second_keep_both_copies(tmp_path):
    path = tmp_path / "kiosk.db"
    path.write_bytes(b"first garbage" * 100)
    db, first = open_store_checked(path, now=NOW)
    db.conn.close()
    path.write_bytes(b"second garbage" * 100)
    db, second = open_store_checked(path, now=NOW)
    assert first.moved_to != second.moved_to
    assert first.moved_to.read_bytes() == b"first garbage" * 100
    assert second.moved_to.read_bytes() == b"second garbage" * 100
    assert len(damaged_copies(path)) == 2


def test_an_unopenable_path_is_not_mistaken_for_damage(tmp_path):
    """Only damage moves a file aside: any other error is raised and everything stays put."""
    path = tmp_path / "kiosk.db"
    path.mkdir()  # something that is not a file sits where the database should be
    (path / "keep.txt").write_text("keep")
    with pytest.raises(sqlite3.OperationalError) as info:
        open_store_checked(path, now=NOW)
    assert info.value.sqlite_errorname not in ("SQLITE_CORRUPT", "SQLITE_NOTADB")
    assert damaged_copies(path) == []
    assert (path / "keep.txt").read_text() == "keep"


def test_uncheckpointed_wal_after_a_power_cut_is_kept(tmp_path):
    """Committed rows that live only in the -wal (the process died before a checkpoint) survive."""
    live = tmp_path / "live"
    live.mkdir()
    db, _ = open_store_checked(live / "kiosk.db")
    db.execute("PRAGMA wal_autocheckpoint=0")
    db.execute(
        "INSERT INTO applications (id, acceptance_no, matter_codes, catalog_version, state, "
        "applicant_masked, applicant_token, created_at, updated_at) "
        "VALUES ('a1', '0001-1', '[]', 'v1', 'queued', '张*', 't', 1.0, 1.0)"
    )
    assert (live / "kiosk.db-wal").stat().st_size > 0
    # Snapshot the files as a power cut would leave them: the connection never closed.
    cut = tmp_path / "cut"
    cut.mkdir()
    for name in ("kiosk.db", "kiosk.db-wal", "kiosk.db-shm"):
        shutil.copyfile(live / name, cut / name)
    db.conn.close()

    reopened, health = open_store_checked(cut / "kiosk.db", now=NOW)
    assert health.ok
    assert reopened.execute("SELECT state FROM applications WHERE id='a1'").fetchone() == ("queued",)
    assert damaged_copies(cut / "kiosk.db") == []
