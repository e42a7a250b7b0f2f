"""Sealed files have one owner: a start-up clean-up racing the sync worker's re-sealing deletes nothing
a row names, and nothing deletes or writes a sealed file outside the transaction that makes it safe."""

from __future__ import annotations

import os
import threading
import uuid
from pathlib import Path

import pytest

from kiosk.journey_adapters.store import recover
from kiosk.store.connection import open_store
from sync import at_rest, sealed_files
from sync.engine.client import PlatformClient, enrol
from sync.engine.engine import SyncEngine
from sync.engine.state import save_credentials
from sync.outbox import ApplicationDraft, record_application


def queue_at_rest(db, files_dir) -> str:
    app_id = str(uuid.uuid4())
    key, for_platform = at_rest.sealing_key(db)
    assert not for_platform  # not enrolled yet: the terminal's at-rest key
    draft = ApplicationDraft(app_id, "A-" + app_id[:8], ["410000-001"], "2026.11.1", "张*", "t")
    record_application(db, files_dir, key, draft, "张三".encode(), [("M01", os.urandom(30_000))])
    return app_id


def test_clean_up_during_a_reseal_deletes_nothing_a_row_names(platform, kiosk_db, tmp_path, monkeypatch):
    files = tmp_path / "files"
    app_id = queue_at_rest(kiosk_db, files)
    creds = enrol(platform.url, platform.enrol_token(), "k")
    save_credentials(kiosk_db, creds)
    db_path = kiosk_db.execute("PRAGMA database_list").fetchone()[2]
    cleanups: list[threading.Thread] = []
    reports = []
    original = sealed_files.write_file

    def write_then_clean_up(path: Path, data: bytes) -> None:
        original(path, data)
        if cleanups:
            return

        def clean_up() -> None:  # the UI thread's start-up recovery, on its own connection
            ui_db = open_store(db_path)
            try:
                reports.append(recover(ui_db, files))
            finally:
                ui_db.conn.close()

        cleanups.append(threading.Thread(target=clean_up))
        cleanups[0].start()
        # the clean-up gets every chance to run now, between the write and the commit; with the file
        # written inside the re-seal's transaction it can only wait for that transaction to end
        cleanups[0].join(1.0)

    monkeypatch.setattr(sealed_files, "write_file", write_then_clean_up)
    client = PlatformClient(creds)
    report = SyncEngine(kiosk_db, client).run_once()
    client.close()
    cleanups[0].join(30)
    assert report.resealed == 1 and report.acknowledged == 1 and report.needs_attention == 0
    assert reports and reports[0].orphan_files == 0
    for (path,) in kiosk_db.execute("SELECT path FROM materials WHERE application_id = ?", [app_id]):
        assert Path(path).is_file()  # the freshly re-sealed file survived
    assert platform.storage.application(app_id) is not None


def test_clean_up_during_a_submit_deletes_nothing_a_row_names(kiosk_db, tmp_path, monkeypatch):
    files = tmp_path / "files"
    files.mkdir()
    db_path = kiosk_db.execute("PRAGMA database_list").fetchone()[2]
    cleanups: list[threading.Thread] = []
    original = sealed_files.write_file

    def write_then_clean_up(path: Path, data: bytes) -> None:
        original(path, data)
        if not cleanups:
            ui_db = open_store(db_path)
            cleanups.append(threading.Thread(target=lambda: recover(ui_db, files)))
            cleanups[0].start()
            cleanups[0].join(1.0)

    monkeypatch.setattr(sealed_files, "write_file", write_then_clean_up)
    app_id = queue_at_rest(kiosk_db, files)
    cleanups[0].join(30)
    (path,) = kiosk_db.execute("SELECT path FROM materials WHERE application_id = ?", [app_id]).fetchone()
    assert Path(path).is_file()


def test_sealed_files_refuse_to_write_or_delete_outside_a_transaction(kiosk_db, tmp_path):
    target = tmp_path / "x.sealed"
    with pytest.raises(sealed_files.NotInTransaction):
        sealed_files.write(kiosk_db, target, b"data")
    target.write_bytes(b"data")
    with pytest.raises(sealed_files.NotInTransaction):
        sealed_files.delete_unreferenced(kiosk_db, [target])
    assert target.exists()
