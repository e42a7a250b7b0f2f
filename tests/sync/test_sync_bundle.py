"""kiosk-sync export: the outbox on a USB stick as one bundle nobody but the platform can read, and in
which any changed byte is detected."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import tarfile
import time

import pytest
from sync_kit import make_application

from kiosk.store import outbox
from sync.cli import main as kiosk_sync
from sync.outbox import enqueue_small
from sync.protocol.bundle import BundleError, unpack


def export(kiosk_db, to, capsys) -> bytes:
    db_path = kiosk_db.execute("PRAGMA database_list").fetchone()[2]
    assert kiosk_sync(["--db", db_path, "export", "--to", str(to)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["applications"] == "2" and report["small"] == "1" and report["left_out"] == "0"
    (bundle,) = to.iterdir()
    assert bundle.name.endswith(".bundle") and str(bundle) == report["path"]
    return bundle.read_bytes()


def open_at_platform(platform, data: bytes):
    def terminal_key(terminal_id):
        terminal = platform.storage.terminal(terminal_id)
        return None if terminal is None else terminal.public_key

    return unpack(data, platform.keyring.open_sealed, terminal_key)


def test_export_is_readable_only_by_the_platform_and_leaves_the_queue_alone(
    platform, kiosk_db, creds, tmp_path, capsys
):
    ids = [make_application(kiosk_db, tmp_path / "files", creds, sizes=(9_000, 4_000)) for _ in range(2)]
    kiosk_db.execute(
        "INSERT INTO help_requests (id, screen, created_at) VALUES ('h1', 'home', ?)", [time.time()]
    )
    enqueue_small(kiosk_db, "help", "h1")
    data = export(kiosk_db, tmp_path / "usb", capsys)

    for clear in ("410101199001011234", "ACC-", "410000-001", ids[0]):  # nothing readable on the stick
        assert clear.encode() not in data
    bundle = open_at_platform(platform, data)
    assert bundle.terminal_id == creds.terminal_id
    assert sorted(m.application_id for m in bundle.applications) == sorted(ids)
    assert [(s.kind, s.id) for s in bundle.small] == [("help-requests", "h1")]
    for manifest in bundle.applications:
        personal = platform.keyring.open_sealed(base64.b64decode(manifest.sealed_payload))
        assert b"410101199001011234" in personal
        for ref in manifest.attachments:
            carried = bundle.files[ref.name]
            assert hashlib.sha256(carried).hexdigest() == ref.sha256 and len(carried) == ref.size
            platform.keyring.open_sealed(carried)
    # the items still go over the network when the link comes back
    assert [i.state for i in outbox.items_in(kiosk_db, outbox.PENDING_STATES)] == ["queued"] * 3


def test_any_changed_byte_or_a_strange_signer_is_detected(platform, kiosk_db, creds, tmp_path, capsys):
    for _ in range(2):
        make_application(kiosk_db, tmp_path / "files", creds, sizes=(6_000,))
    kiosk_db.execute(
        "INSERT INTO help_requests (id, screen, created_at) VALUES ('h1', 'home', ?)", [time.time()]
    )
    enqueue_small(kiosk_db, "help", "h1")
    data = export(kiosk_db, tmp_path / "usb", capsys)
    open_at_platform(platform, data)  # untouched, it opens
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        members = [(m.name, m.offset, m.offset_data, m.size) for m in tar]
    assert {name for name, *_ in members} >= {"index.sealed", "index.sig"}
    for _name, header, start, size in members:
        # the first, a middle and the last byte of what it holds, and its name in the header
        for position in (start, start + size // 2, start + size - 1, header):
            changed = bytearray(data)
            changed[position] ^= 0x01
            with pytest.raises(BundleError):
                open_at_platform(platform, bytes(changed))
    with pytest.raises(BundleError, match="does not know"):
        unpack(data, platform.keyring.open_sealed, lambda _t: None)
    with pytest.raises(BundleError, match="signature"):
        unpack(data, platform.keyring.open_sealed, lambda _t: bytes(32))
    with pytest.raises(BundleError):
        open_at_platform(platform, data[: len(data) // 2])
