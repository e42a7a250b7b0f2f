import sqlite3

import pytest

from kiosk.store import open_store
from kiosk.store.connection import connect
from kiosk.store.migrations import (
    MIGRATIONS,
    MigrationError,
    SchemaTooNewError,
    applied,
    migrate,
    run_script,
)
from kiosk.store.settings import (
    SettingTypeError,
    all_settings,
    get_bool,
    get_int,
    get_setting,
    get_str,
    set_setting,
)


def test_store_opens_with_wal_and_every_table(tmp_path):
    db = open_store(tmp_path / "kiosk.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert {
        "settings", "catalog_versions", "applications", "materials", "outbox", "evaluations",
        "complaints", "help_requests", "audit_log", "device_events",
    } <= set(db.table_names())  # fmt: skip


def test_fresh_database_gets_every_migration_once(tmp_path):
    path = tmp_path / "kiosk.db"
    db = open_store(path)
    assert applied(db) == [name for name, _ in MIGRATIONS]
    db.conn.close()
    db = open_store(path)  # a second start applies nothing new
    assert migrate(db) == []
    assert applied(db) == [name for name, _ in MIGRATIONS]


def _old_database(path):
    """A database as release 0.1 (only 0001_initial) left it, with residents' data in it."""
    db = connect(path)
    migrate(db, MIGRATIONS[:1])
    db.execute("INSERT INTO settings (key, value) VALUES ('volume', '7')")
    db.execute(
        "INSERT INTO applications (id, acceptance_no, matter_codes, catalog_version, state, "
        "applicant_masked, applicant_token, created_at, updated_at) "
        "VALUES ('a1', '0001-20261126-0001', '[\"M1\"]', 'v1', 'queued', '张*', 'tok', 1.0, 1.0)"
    )
    db.execute(
        "INSERT INTO device_events (at, device, kind, detail) VALUES (1.0, 'printer', 'paper_low', '{}')"
    )
    db.conn.close()


def test_old_database_is_migrated_forward_keeping_its_data(tmp_path):
    path = tmp_path / "kiosk.db"
    _old_database(path)
    assert len(MIGRATIONS) > 1, "needs a later migration to prove forward migration"

    db = open_store(path)

    assert applied(db) == [name for name, _ in MIGRATIONS]
    row = db.execute(
        "SELECT acceptance_no, state, applicant_masked FROM applications WHERE id='a1'"
    ).fetchone()
    assert row == ("0001-20261126-0001", "queued", "张*")
    assert get_int(db, "volume") == 7
    columns = {c.name for c in db["settings"].columns}
    assert "updated_at" in columns  # added by 0002
    assert db.execute("SELECT count(*) FROM device_events").fetchone()[0] == 1
    indexes = {i.name for i in db["device_events"].indexes}
    assert "device_events_device" in indexes


def test_failing_migration_rolls_back_and_leaves_the_old_version(tmp_path):
    path = tmp_path / "kiosk.db"
    _old_database(path)

    def half_done_then_fails(db):
        run_script(db, "CREATE TABLE half_done (x INTEGER); ALTER TABLE settings ADD COLUMN scratch TEXT;")
        db.execute("UPDATE settings SET value = 'clobbered'")
        raise RuntimeError("disk said no")

    db = connect(path)
    with pytest.raises(MigrationError) as info:
        migrate(db, [*MIGRATIONS[:1], ("0002_broken", half_done_then_fails)])
    assert info.value.name == "0002_broken"
    assert "disk said no" in str(info.value)

    assert applied(db) == [MIGRATIONS[0][0]]
    assert "half_done" not in db.table_names()
    assert "scratch" not in {c.name for c in db["settings"].columns}
    assert db.execute("SELECT value FROM settings WHERE key='volume'").fetchone()[0] == "7"
    assert not db.conn.in_transaction
    # And the real migrations still apply afterwards.
    migrate(db)
    assert applied(db) == [name for name, _ in MIGRATIONS]


def test_migration_that_commits_by_itself_is_refused(tmp_path):
    db = connect(tmp_path / "kiosk.db")

    def commits(db):
        db.conn.execute("CREATE TABLE sneaky (x)")
        db.conn.execute("COMMIT")

    with pytest.raises(MigrationError, match="committed"):
        migrate(db, [("0001_commits", commits)])
    assert "0001_commits" not in applied(db)


def test_database_from_a_newer_release_is_refused(tmp_path):
    path = tmp_path / "kiosk.db"
    db = open_store(path)
    db.execute("INSERT INTO _migrations (name, applied_at) VALUES ('9999_future', 0)")
    db.conn.close()
    with pytest.raises(SchemaTooNewError, match="9999_future"):
        open_store(path)


def test_settings_are_typed(tmp_path):
    db = open_store(tmp_path / "kiosk.db")
    set_setting(db, "volume", 5)
    set_setting(db, "voice", True)
    set_setting(db, "greeting", "欢迎")
    set_setting(db, "volume", 6)
    assert get_int(db, "volume") == 6
    assert get_bool(db, "voice") is True
    assert get_str(db, "greeting") == "欢迎"
    assert get_int(db, "missing", 3) == 3
    assert get_setting(db, "missing") is None
    assert all_settings(db) == {"greeting": "欢迎", "voice": True, "volume": 6}
    with pytest.raises(SettingTypeError, match="volume"):
        get_str(db, "volume")
    with pytest.raises(SettingTypeError):
        get_int(db, "voice")  # a bool is not a number here
    with pytest.raises(ValueError):
        set_setting(db, "bad", object())
    assert db.execute("SELECT updated_at FROM settings WHERE key='volume'").fetchone()[0] > 0


def test_device_events_are_capped_and_refuse_personal_data(tmp_path):
    from kiosk.store.audit import PersonalDataError
    from kiosk.store.device_events import recent, record

    db = open_store(tmp_path / "kiosk.db")
    for i in range(12):
        record(db, "printer" if i % 2 else "idcard", "status", {"n": i}, at=float(i), cap=5)
    events = recent(db, limit=50)
    assert [e.detail["n"] for e in events] == [11, 10, 9, 8, 7]
    assert [e.detail["n"] for e in recent(db, device="printer")] == [11, 9, 7]
    with pytest.raises(PersonalDataError):
        record(db, "idcard", "read", {"id_number": "x"})
    with pytest.raises(PersonalDataError):
        record(db, "idcard", "read", {"text": "card 410105199001011234 read"})
    raw = sqlite3.connect(tmp_path / "kiosk.db")
    assert raw.execute("SELECT count(*) FROM device_events").fetchone()[0] == 5
