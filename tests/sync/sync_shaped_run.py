"""Run inside a shaped namespace (see sync_shaped_link): N applications through platform + engine.

Prints one JSON line: how many the platform holds, whether every hash matched, duplicates, passes,
and the link's TCP handshake time (one RTT) to the platform.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from kiosk.store.connection import open_store
from sync.engine.client import PlatformClient, enrol
from sync.engine.engine import EngineOptions, SyncEngine
from sync.engine.state import save_credentials
from sync.outbox import ApplicationDraft, record_application
from sync.platform.server import platform_in_thread

sys.path.insert(0, str(Path(__file__).parent))
import sync_shaped_link


def main(count: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="shaped-") as tmp:
        return run(Path(tmp), count)


def run(work: Path, count: int) -> dict[str, object]:
    with platform_in_thread(work / "platform") as platform:
        rtt_ms = sync_shaped_link.tcp_connect_rtt_ms(platform.port, samples=3)
        creds = enrol(platform.url, platform.enrol_token(), "shaped")
        db = open_store(work / "kiosk.db")
        save_credentials(db, creds)
        key = X25519PublicKey.from_public_bytes(creds.seal_public_key)
        for i in range(count):
            app_id = str(uuid.uuid4())
            draft = ApplicationDraft(app_id, f"A-{i}", ["410000-001"], "1", "张*", "t")
            record_application(db, work / "files", key, draft, b"personal", [("M01", os.urandom(40_000 + i))])
        clock = [time.time()]
        client = PlatformClient(creds)
        engine = SyncEngine(db, client, EngineOptions(chunk_size=64 * 1024), clock=lambda: clock[0])
        passes = 0
        while (
            passes < 50
            and db.execute(
                "SELECT count(*) FROM outbox WHERE state NOT IN ('acknowledged', 'status-synced')"
            ).fetchone()[0]
        ):
            engine.run_once()
            passes += 1
            clock[0] += 3600
        client.close()
        stored = platform.storage.applications()
        hashes_match = all(
            platform.storage.blob_sha256(upload_id)[1]  # type: ignore[index]
            == hashlib.sha256(Path(path).read_bytes()).hexdigest()
            for app in stored
            for (_name, upload_id), (path,) in zip(
                platform.storage.attachment_uploads(app.id),
                db.execute("SELECT path FROM materials WHERE application_id = ?", [app.id]).fetchall(),
                strict=True,
            )
        )
        return {
            "stored": len(stored),
            "distinct": len({a.id for a in stored}),
            "hashes_match": hashes_match,
            "passes": passes,
            "rtt_ms": rtt_ms,
        }


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]))))
