"""A real full disk on the platform: its storage on a 2 MiB tmpfs (root only; mount needs it)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import time
from pathlib import Path

import pytest
from sync_kit import make_application

from sync.engine.client import PlatformClient, enrol
from sync.engine.engine import SyncEngine
from sync.engine.errors import PlatformBusy
from sync.engine.state import save_credentials
from sync.platform.server import platform_in_thread
from sync.protocol.models import TUS_VERSION


def _mount_tmpfs(where: Path, size: str) -> str | None:
    """None when mounted, else why not."""
    if os.geteuid() != 0:
        return "mounting a small tmpfs needs root"
    where.mkdir(parents=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    return None if done.returncode == 0 else f"mount refused here: {done.stderr.strip()}"


@pytest.fixture
def small_disk(tmp_path):
    where = tmp_path / "small-disk"
    why_not = _mount_tmpfs(where, "2m")
    if why_not is not None:
        pytest.skip(why_not)
    yield where
    subprocess.run(["umount", "-l", str(where)], check=False, capture_output=True)


def test_upload_that_does_not_fit_stays_queued_and_completes_after_space_is_freed(
    small_disk, kiosk_db, tmp_path
):
    filler = small_disk / "filler"
    with platform_in_thread(small_disk / "platform") as platform:
        creds = enrol(platform.url, platform.enrol_token(), "k")
        save_credentials(kiosk_db, creds)
        # leave ~700 KiB free; the application needs ~1.2 MiB
        free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
        filler.write_bytes(b"\0" * (free - 700 * 1024))
        app_id = make_application(kiosk_db, tmp_path / "files", creds, sizes=(900_000, 300_000))
        now = [time.time()]
        client = PlatformClient(creds)
        engine = SyncEngine(kiosk_db, client, clock=lambda: now[0])

        report = engine.run_once()
        assert report.acknowledged == 0 and report.rescheduled == 1
        assert "507" in report.errors[0]
        state, next_attempt = kiosk_db.execute(
            "SELECT state, next_attempt_at FROM outbox WHERE ref = ?", [app_id]
        ).fetchone()
        assert state == "uploading"  # still queued for a later pass, not needs-attention
        assert next_attempt >= now[0] + 600  # the platform's Retry-After for a full disk was honoured
        assert platform.storage.application(app_id) is None

        # the answer itself: 507 stamped as the platform's (else it would be NotPlatform), with Retry-After
        upload_urls = json.loads(
            kiosk_db.execute("SELECT upload_urls FROM outbox WHERE ref = ?", [app_id]).fetchone()[0]
        )
        url = next(iter(upload_urls.values()))  # stored before the first byte: the resume point survived
        head = client.request("HEAD", url, headers={"Tus-Resumable": TUS_VERSION}).headers
        offset = head["upload-offset"]
        rest = int(head["upload-length"]) - int(offset)
        assert rest > os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize  # cannot fit
        with pytest.raises(PlatformBusy) as refused:
            client.request(
                "PATCH",
                url,
                content=os.urandom(rest),
                headers={
                    "Tus-Resumable": TUS_VERSION,
                    "Upload-Offset": offset,
                    "Content-Type": "application/offset+octet-stream",
                },
            )
        assert "507 insufficient_storage" in str(refused.value) and refused.value.retry_after == 600
        # the failed write gave its space back and left the offset where it was
        assert (
            client.request("HEAD", url, headers={"Tus-Resumable": TUS_VERSION}).headers["upload-offset"]
            == offset
        )

        filler.unlink()
        now[0] += 601
        assert engine.run_once().acknowledged == 1
        client.close()

        stored = platform.storage.application(app_id)
        assert stored is not None
        for (name, upload_id), (path, sha, size) in zip(
            platform.storage.attachment_uploads(app_id),
            kiosk_db.execute(
                "SELECT path, sha256, size FROM materials WHERE application_id = ? ORDER BY id", [app_id]
            ).fetchall(),
            strict=True,
        ):
            assert hashlib.sha256(Path(path).read_bytes()).hexdigest() == sha
            assert platform.storage.blob_sha256(upload_id) == (size, sha), name
        assert len(platform.storage.applications()) == 1
