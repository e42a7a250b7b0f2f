"""Helpers the sync tests import by name (``from sync_kit import ...``): a module of its own, because
``conftest`` names a different module depending on which folder's conftest pytest loaded last."""

from __future__ import annotations

import os
import uuid

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from sync.outbox import ApplicationDraft, record_application


def make_application(db, files_dir, creds, *, sizes=(40_000, 7_000), seed=None):
    """Queue one application with attachments of the given plaintext sizes; returns its id."""
    application_id = str(uuid.uuid4())
    attachments = [(f"M{i:02d}", os.urandom(size)) for i, size in enumerate(sizes)]
    draft = ApplicationDraft(
        application_id=application_id,
        acceptance_no=f"ACC-{application_id[:8]}",
        matter_codes=["410000-001"],
        catalog_version="2026.11.1",
        applicant_masked="张*",
        applicant_token="tok-" + application_id[:8],
    )
    key = X25519PublicKey.from_public_bytes(creds.seal_public_key)
    record_application(db, files_dir, key, draft, "张三 410101199001011234".encode(), attachments)
    return application_id


def wait_until(condition, timeout: float = 30.0, what: str = "condition"):
    """Poll until `condition()` is truthy (returned); fail naming `what` after `timeout` seconds."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(0.05)


def write_kiosk_toml(directory, sync_lines: str):
    """A kiosk.toml as a technician would edit it: only the [sync] keys given, the rest defaults."""
    from kiosk.config import load_config

    path = directory / "kiosk.toml"
    path.write_text(f'data_dir = "data"\n\n[sync]\n{sync_lines}\n', encoding="utf-8")
    return load_config(path)
