"""A damaged kiosk.db: the queued applications' sealed files survive it and numbers never repeat.

The fault: two applications are queued, then the database file is overwritten with garbage (a
failing SD card). The next start-up moves the damaged file aside and opens a fresh store, which
lists none of those files: they must be quarantined, not deleted, the technician must be told,
and the next acceptance number must be past every one issued before.
"""

from __future__ import annotations

import datetime as dt
import os

from kiosk.config import load_config
from kiosk.core.journey.submit import MaterialRow, SubmissionPackage
from kiosk.journey_adapters.store import default_files_dir, quarantined_files
from kiosk.services import open_services


def package(application_id: str) -> SubmissionPackage:
    return SubmissionPackage(
        application_id=application_id,
        matter_codes=("410000-001",),
        bundle_code=None,
        catalog_version="2026.11.2",
        applicant_masked="李*英",
        subject_id_number="110101199003074514",
        promised_date=dt.date(2026, 12, 31),
        personal={"name": "李秀英"},
        attachments=(("household", os.urandom(2000)),),
        materials=(MaterialRow("household", "scanned", attachment=0, detail={"page": 1}),),
        role="self",
        staff_verification=False,
        staff_reason="",
        face_status="",
        audit={"matter": "410000-001"},
    )


def test_damage_quarantines_sealed_files_and_numbering_continues(tmp_path):
    toml = tmp_path / "kiosk.toml"
    toml.write_text('data_dir = "data"\n[logging]\nconsole = false\n', encoding="utf-8")
    config = load_config(toml)
    services = open_services(config)
    issued = [services.store.submit(package(f"app-{i}")).acceptance_no for i in range(3)]
    files_dir = default_files_dir(config.data_dir)
    sealed = sorted(p.name for p in files_dir.glob("*.sealed"))
    assert len(sealed) == 3
    services.db.conn.close()

    config.store_path.write_bytes(b"\x00" * 8192)  # the card returned zeros: not a database any more
    for companion in ("-wal", "-shm"):
        (config.store_path.parent / (config.store_path.name + companion)).unlink(missing_ok=True)

    after = open_services(config)
    assert after.health.degraded
    # every sealed file is still on disk, set aside for the technician, and none was deleted
    assert after.recovery.orphan_files == 3
    assert sorted(p.name for p in quarantined_files(files_dir)) == sealed
    number = after.store.submit(package("app-after")).acceptance_no
    assert number not in issued and number > max(issued)
    # and numbering keeps climbing in the fresh store too
    assert after.store.submit(package("app-after-2")).acceptance_no > number
    after.db.conn.close()


def test_a_start_after_a_clean_shutdown_quarantines_nothing(tmp_path):
    toml = tmp_path / "kiosk.toml"
    toml.write_text('data_dir = "data"\n[logging]\nconsole = false\n', encoding="utf-8")
    config = load_config(toml)
    services = open_services(config)
    services.store.submit(package("app-1"))
    services.db.conn.close()
    again = open_services(config)
    assert again.recovery.orphan_files == 0 and quarantined_files(default_files_dir(config.data_dir)) == []
    again.db.conn.close()
