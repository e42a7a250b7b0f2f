"""A platform database made before schema versions existed is brought up to date in place, keeping its
records; a second start runs nothing again."""

from __future__ import annotations

import sqlite3

from sqlalchemy import select

from sync.platform.schema import LATEST, schema_version
from sync.platform.storage import SqliteStorage

# the tables as the first platform release created them (no version stamp)
V1 = """
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE enrol_tokens (token_hash TEXT PRIMARY KEY, name TEXT NOT NULL,
    created_at REAL NOT NULL, used_by TEXT);
CREATE TABLE terminals (id TEXT PRIMARY KEY, name TEXT NOT NULL, public_key BLOB NOT NULL,
    enrolled_at REAL NOT NULL, revoked_at REAL, last_seen REAL, last_heartbeat TEXT);
CREATE TABLE uploads (id TEXT PRIMARY KEY, terminal_id TEXT NOT NULL, length INTEGER NOT NULL,
    offset INTEGER NOT NULL, metadata TEXT NOT NULL, expires_at REAL NOT NULL, sha256 TEXT,
    bytes_received INTEGER NOT NULL DEFAULT 0, committed_to TEXT);
CREATE TABLE idempotency (key TEXT PRIMARY KEY, terminal_id TEXT NOT NULL,
    request_hash TEXT NOT NULL, state TEXT NOT NULL, response TEXT, started_at REAL NOT NULL);
CREATE TABLE applications (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL,
    terminal_id TEXT NOT NULL, case_no TEXT UNIQUE, state TEXT NOT NULL, manifest TEXT NOT NULL,
    received_at REAL NOT NULL);
CREATE TABLE attachments (application_id TEXT NOT NULL, name TEXT NOT NULL,
    upload_id TEXT NOT NULL, PRIMARY KEY (application_id, name));
CREATE TABLE case_events (seq INTEGER PRIMARY KEY AUTOINCREMENT, application_id TEXT NOT NULL,
    terminal_id TEXT NOT NULL, case_no TEXT NOT NULL, state TEXT NOT NULL, changed_at REAL NOT NULL,
    note TEXT NOT NULL DEFAULT '');
CREATE INDEX case_events_terminal ON case_events(terminal_id, seq);
CREATE TABLE small_posts (kind TEXT NOT NULL, terminal_id TEXT NOT NULL, item_id TEXT NOT NULL,
    body TEXT NOT NULL, received_at REAL NOT NULL, PRIMARY KEY (kind, terminal_id, item_id));
INSERT INTO applications (id, terminal_id, case_no, state, manifest, received_at)
    VALUES ('a1', 'T-1', 'HN202611010000001', 'accepted', '{"attachments": []}', 1.0);
INSERT INTO terminals (id, name, public_key, enrolled_at, last_heartbeat) VALUES ('T-1', '青石镇', x'00', 1.0,
    '{"device_health": {"printer": "paper_out", "idcard": "ok"}, "disk_free_bytes": 1000}');
INSERT INTO terminals (id, name, public_key, enrolled_at) VALUES ('T-2', '东湖乡', x'00', 1.0);
INSERT INTO small_posts VALUES ('heartbeats', 'T-1', 'h1', '{"audit_count": 8, "audit_head": "h8"}', 10.0);
INSERT INTO small_posts VALUES ('heartbeats', 'T-1', 'h2', '{"audit_count": 5, "audit_head": "h5"}', 20.0);
INSERT INTO small_posts VALUES ('heartbeats', 'T-2', 'h1', '{"audit_count": 3, "audit_head": "x3"}', 10.0);
"""


def test_a_v1_database_is_migrated_in_place_and_keeps_its_cases(tmp_path):
    db = sqlite3.connect(tmp_path / "platform.db")
    db.executescript(V1)
    db.close()
    storage = SqliteStorage(tmp_path)
    try:
        [old] = storage.applications()
        assert (old.case_no, old.state, old.kind) == ("HN202611010000001", "accepted", "application")
        assert storage.heartbeat_days("T-1") == []  # a table the migration added
        # the audit chain's verdict, judged at migration from the heartbeats kept
        assert storage.terminal("T-1").audit_chain == "shrunk: 8 entries, then 5"
        assert storage.terminal("T-2").audit_chain == "ok"
        # and the fleet page's columns, from the latest heartbeat
        page = storage.fleet_page(offline_before=0.0, disk_low_bytes=2000, limit=10)
        assert {t.id for t in page.terminals} == {"T-1", "T-2"} and page.alerting == 2  # T-2: never seen
        page = storage.fleet_page(offline_before=0.0, disk_low_bytes=10, only=["T-1"], limit=10)
        assert page.alerting == 1  # the printer's paper, whatever the disk
        with storage.engine.connect() as c:
            assert c.execute(select(schema_version.c.version)).scalar_one() == LATEST
    finally:
        storage.close()
    again = SqliteStorage(tmp_path)  # stamped: nothing runs twice
    try:
        assert [a.case_no for a in again.applications()] == ["HN202611010000001"]
    finally:
        again.close()


def test_plain_sql_reads_with_question_marks_run_on_either_database(tmp_path, pg):
    from sync.platform.storage import SqlStorage

    for storage in (SqliteStorage(tmp_path / "a"), SqlStorage(pg.new_database(), tmp_path / "b")):
        try:
            storage.add_enrol_token("h", "青石镇")
            assert storage._one("SELECT name FROM enrol_tokens WHERE token_hash = ?", ("h",)) == ("青石镇",)
            assert storage._all(
                "SELECT token_hash FROM enrol_tokens WHERE name = ? AND used_by IS NULL", ("青石镇",)
            ) == [("h",)]
        finally:
            storage.close()
