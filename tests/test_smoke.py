from kiosk.store import open_store


def test_store_opens_with_wal_and_every_table(tmp_path):
    db = open_store(tmp_path / "kiosk.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {"applications", "outbox", "audit_log", "catalog_versions"} <= set(db.table_names())
