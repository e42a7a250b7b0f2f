"""Contracts of the store's repositories where the tree once had a second implementation.

Settings and transactions: sync writes its settings through ``kiosk.store`` (so ``updated_at`` is
stamped like every other setting), and a COMMIT that fails leaves no transaction open behind it.
Applications: one insert path writes the whole row, so a submit never patches the row afterwards.
"""

from __future__ import annotations

import base64
import sqlite3
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk.store import applications, outbox, resident_records
from kiosk.store.applications import NewMaterial
from kiosk.store.connection import open_store, transaction
from kiosk.store.settings import get_setting, set_setting
from sync import sealing
from sync.engine.client import Credentials
from sync.engine.state import KEY_TERMINAL, KEY_URL, load_credentials, save_credentials
from sync.outbox import ApplicationDraft, OutboxError, enqueue_small, record_application


@pytest.fixture
def db(tmp_path: Path):
    store = open_store(tmp_path / "kiosk.db")
    yield store
    store.conn.close()


def credentials() -> Credentials:
    seal = X25519PrivateKey.generate().public_key()
    return Credentials(
        "https://platform.example", "T-0001", b"k" * 32, sealing.public_key_raw(seal), None, b"i" * 32
    )


def test_sync_settings_are_stamped_like_every_other_setting(db) -> None:
    before = time.time()
    save_credentials(db, credentials())
    rows = dict(db.execute("SELECT key, updated_at FROM settings").fetchall())
    assert rows[KEY_URL] is not None and rows[KEY_URL] >= before
    assert rows[KEY_TERMINAL] >= before
    assert get_setting(db, KEY_TERMINAL) == "T-0001"
    assert load_credentials(db).terminal_id == "T-0001"


def test_a_setting_written_by_the_kiosk_reads_the_same_in_sync(db) -> None:
    set_setting(db, KEY_URL, "https://p.example")
    set_setting(db, KEY_TERMINAL, "T-9")
    set_setting(db, "sync.signing_key", base64.b64encode(b"s" * 32).decode())
    set_setting(db, "sync.seal_public_key", base64.b64encode(b"p" * 32).decode())
    set_setting(db, "sync.platform_identity_key", base64.b64encode(b"i" * 32).decode())
    assert load_credentials(db).platform_url == "https://p.example"
    # the older kiosk's signing key moved out of the database into its key file
    assert get_setting(db, "sync.signing_key") is None
    assert load_credentials(db).signing_key == b"s" * 32


def test_a_failed_commit_rolls_back_and_leaves_no_transaction_open(db) -> None:
    # A deferred foreign key is checked at COMMIT: the one way to make COMMIT itself fail on demand.
    db.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    db.execute(
        "CREATE TABLE child (id INTEGER PRIMARY KEY, "
        "parent INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)"
    )
    with pytest.raises(sqlite3.IntegrityError), transaction(db):
        set_setting(db, "probe", 1)
        db.execute("INSERT INTO child (parent) VALUES (42)")
    assert not db.conn.in_transaction
    assert get_setting(db, "probe") is None
    with transaction(db):  # a fresh transaction, not one joined to the failed one
        set_setting(db, "probe", 2)
    assert get_setting(db, "probe") == 2


def test_a_transaction_joins_an_open_one_and_rolls_back_whole(db) -> None:
    with pytest.raises(RuntimeError), transaction(db):
        set_setting(db, "outer", 1)
        with transaction(db):
            set_setting(db, "inner", 1)
        raise RuntimeError("abort")
    assert get_setting(db, "outer") is None and get_setting(db, "inner") is None


def _draft(**overrides: object) -> ApplicationDraft:
    values: dict[str, object] = {
        "application_id": "app-1",
        "acceptance_no": "0001-20261206-0001",
        "matter_codes": ["M1"],
        "catalog_version": "2026.12.1",
        "applicant_masked": "张*三",
        "applicant_token": "tok",
        "kind": "certification",
        "promised_date": "2026-12-20",
        "applicant_role": "proxy",
        "staff_verification": True,
        "staff_verification_reason": "face_mismatch",
        "face_status": "failed",
        "created_at": 1_700_000_000.0,
        "attachment_details": ({"page": 1, "pages": 2}, None),
        "other_materials": (NewMaterial("M-EL", "elicense", detail={"elicense_type": "hukou"}),),
    }
    values.update(overrides)
    return ApplicationDraft(**values)  # type: ignore[arg-type]


def test_an_application_is_written_whole_by_one_insert(db, tmp_path: Path) -> None:
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    key = X25519PrivateKey.generate()
    record_application(
        db,
        tmp_path / "sealed",
        key.public_key(),
        _draft(),
        b'{"name":"x"}',
        [("P1", b"a" * 10), ("P2", b"b" * 5)],
    )
    db.conn.set_trace_callback(None)
    writes = [
        s for s in statements if "applications" in s and s.lstrip().upper().startswith(("INSERT", "UPDATE"))
    ]
    assert len(writes) == 1 and writes[0].lstrip().upper().startswith("INSERT")
    row = applications.clear_columns(db, "0001-20261206-0001")
    assert row is not None
    assert (row["applicant_role"], row["staff_verification"], row["face_status"]) == ("proxy", 1, "failed")
    assert (row["promised_date"], row["created_at"]) == ("2026-12-20", 1_700_000_000.0)
    assert applications.kind_of(db, "app-1") == "certification"
    materials = applications.materials_of(db, "app-1")
    assert [(m.material_code, m.disposition, m.detail) for m in materials] == [
        ("P1", "scanned", {"page": 1, "pages": 2}),
        ("P2", "scanned", {}),
        ("M-EL", "elicense", {"elicense_type": "hukou"}),
    ]
    assert materials[1].path is not None and materials[2].path is None
    queued = outbox.item_for(db, "application", "app-1")
    assert queued is not None and queued.state == outbox.QUEUED
    assert queued.bytes_total == sum(f.size for f in applications.stored_files(db, "app-1"))


def test_a_bad_application_writes_nothing(db, tmp_path: Path) -> None:
    key = X25519PrivateKey.generate().public_key()
    pages = [("P1", b"x"), ("P2", b"y")]
    with pytest.raises(OutboxError, match="details"):
        record_application(db, tmp_path / "sealed", key, _draft(attachment_details=({},)), b"{}", pages)
    with pytest.raises(OutboxError, match="kind"):
        record_application(
            db, tmp_path / "sealed", key, _draft(kind="parcel", attachment_details=()), b"{}", pages
        )
    assert db.execute("SELECT count(*) FROM applications").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
    assert not (tmp_path / "sealed").exists()  # refused before any file was written


def test_help_requests_are_stored_and_queued_through_the_store(db) -> None:
    """What ``JourneyStore.save_help`` needs: the row, its outbox item, the body sync sends."""
    with transaction(db):
        resident_records.insert_help(db, "h-1", "matter-form", 1_700_000_000.0)
        enqueue_small(db, "help", "h-1")
        enqueue_small(db, "help", "h-1")  # twice is harmless
    assert resident_records.post_body(db, "help", "h-1") == {
        "screen": "matter-form",
        "created_at": 1_700_000_000.0,
    }
    assert [(i.kind, i.ref, i.state) for i in outbox.small_items(db)] == [("help", "h-1", outbox.QUEUED)]
    with pytest.raises(OutboxError):
        enqueue_small(db, "help", "no-such-row")


def test_outbox_update_refuses_unknown_columns(db) -> None:
    with pytest.raises(ValueError, match="updatable"):
        outbox.update(db, 1, kind="complaint")


def test_same_matters_since_finds_the_applicants_latest_overlapping_application(db, tmp_path: Path) -> None:
    key = X25519PrivateKey.generate().public_key()
    rows = [
        ("a1", "0001-20261206-0001", ["M1", "M2"], "tok", "application", 1_000.0),
        ("a2", "0001-20261206-0002", ["M1"], "tok", "application", 2_000.0),
        ("a3", "0001-20261206-0003", ["M1"], "other", "application", 3_000.0),
        ("a4", "0001-20261206-0004", ["M3"], "tok", "certification", 4_000.0),
    ]
    for app_id, no, codes, token, kind, at in rows:
        draft = _draft(
            application_id=app_id,
            acceptance_no=no,
            matter_codes=codes,
            applicant_token=token,
            kind=kind,
            created_at=at,
            attachment_details=(),
            other_materials=(),
        )
        record_application(db, tmp_path / "sealed", key, draft, b"{}", [])
    assert applications.same_matters_since(db, "tok", ["M1"], 0.0) == "0001-20261206-0002"
    assert applications.same_matters_since(db, "tok", ["M2", "M9"], 0.0) == "0001-20261206-0001"
    assert applications.same_matters_since(db, "tok", ["M1"], 2_500.0) is None  # not since then
    assert applications.same_matters_since(db, "tok", ["M3"], 0.0) is None  # a certification is no duplicate
    assert applications.same_matters_since(db, "nobody", ["M1"], 0.0) is None
