"""`kiosk-platform import BUNDLE` and `export-answers`: a station with no link at all, by USB stick.

Import verifies the terminal's signature (the key it enrolled with; a revoked terminal is refused),
opens the sealed index and stores every item through the same functions the HTTP endpoints use
(`app.commit_manifest`, `app.store_small`): an item carried twice, or carried and also sent over the
network, is stored once, because one idempotency key stands for a manifest whatever its upload URLs.
An item the platform refuses (a payload sealed to a key it never held, a file that does not match
its hash) is reported and left out; the rest of the bundle is still stored.

What the terminal should hear back (receipts for everything stored, its small posts, the feed
cursor its bundle carried) is kept in ``<data>/answers/<terminal>.json`` until `export-answers`
writes it, with the status feed since that cursor, as one bundle signed by the platform's identity.
"""

from __future__ import annotations

import base64
import json
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sync.platform.app import commit_manifest, status_page, store_small
from sync.platform.catalog_repo import CatalogRepository
from sync.platform.errors import ProtocolError
from sync.platform.keys import PlatformIdentity, SealKeyring
from sync.platform.storage import Storage, Upload
from sync.protocol.bundle import (
    URL_PREFIX,
    Answers,
    Bundle,
    BundleError,
    answers_name,
    pack_answers,
    unpack,
)
from sync.protocol.models import SMALL_KINDS, Manifest, Receipt, SmallPost

ANSWERS_DIR = "answers"
FEED_LIMIT = 100_000  # one page: the stick carries the whole feed since the cursor


@dataclass
class ImportReport:
    terminal_id: str
    stored: int = 0  # new applications
    already_stored: int = 0  # carried before, or already sent over the network
    small: int = 0
    refused: list[str] = field(default_factory=list)  # "<id>: <reason>"


def _terminal_key(storage: Storage, terminal_id: str) -> bytes | None:
    terminal = storage.terminal(terminal_id)
    return None if terminal is None or terminal.revoked else terminal.public_key


def _stage_files(
    storage: Storage, terminal_id: str, bundle: Bundle, created: list[str]
) -> Callable[[Manifest], Manifest]:
    """A stage for `commit_manifest`: each carried file becomes a whole upload of this terminal."""

    def stage(manifest: Manifest) -> Manifest:
        refs = []
        for ref in manifest.attachments:
            data = bundle.files[ref.upload_url.removeprefix(URL_PREFIX)]
            upload_id = uuid.uuid4().hex
            metadata = "name " + base64.b64encode(ref.name.encode()).decode()
            storage.create_upload(
                Upload(upload_id, terminal_id, len(data), 0, metadata, time.time() + 3600, None)
            )
            created.append(upload_id)
            if data:
                storage.append(upload_id, 0, data)
            refs.append(ref.model_copy(update={"upload_url": f"/v1/uploads/{upload_id}"}))
        return manifest.model_copy(update={"attachments": refs})

    return stage


def import_bundle(storage: Storage, keyring: SealKeyring, answers_dir: Path, data: bytes) -> ImportReport:
    """Store what a bundle carries; raises BundleError (nothing stored) if it cannot be trusted."""
    bundle = unpack(data, keyring.open_sealed, lambda t: _terminal_key(storage, t))
    terminal_id = bundle.terminal_id
    report = ImportReport(terminal_id)
    receipts: list[Receipt] = []
    for manifest in bundle.applications:
        created: list[str] = []
        try:
            receipt, replayed = commit_manifest(
                storage, keyring, terminal_id, manifest, _stage_files(storage, terminal_id, bundle, created)
            )
        except ProtocolError as exc:
            for upload_id in created:  # a refused commit keeps none of its files
                storage.delete_upload(upload_id)
            report.refused.append(f"{manifest.application_id}: {exc.error} {exc.detail or ''}".strip())
            continue
        receipts.append(Receipt.model_validate_json(receipt))
        if replayed:
            report.already_stored += 1
        else:
            report.stored += 1
    small: list[tuple[str, str]] = []
    for item in bundle.small:
        try:
            if item.kind not in SMALL_KINDS or item.kind == "heartbeats" or not 1 <= len(item.id) <= 64:
                raise ProtocolError(400, "unknown_kind", item.kind)
            store_small(storage, item.kind, terminal_id, item.id, SmallPost(body=item.body).body)
        except ProtocolError as exc:
            report.refused.append(f"{item.kind}/{item.id}: {exc.error}")
            continue
        small.append((item.kind, item.id))
        report.small += 1
    _remember(answers_dir, terminal_id, receipts, small, bundle.status_cursor)
    return report


def _pending_path(answers_dir: Path, terminal_id: str) -> Path:
    if not terminal_id.replace("-", "").isalnum():
        raise BundleError(f"not a terminal id: {terminal_id!r}")
    return answers_dir / f"{terminal_id}.json"


def _remember(
    answers_dir: Path,
    terminal_id: str,
    receipts: list[Receipt],
    small: list[tuple[str, str]],
    cursor: str | None,
) -> None:
    """Add to what is due back to the terminal; the newest bundle's cursor is the one its kiosk holds."""
    answers_dir.mkdir(parents=True, exist_ok=True)
    path = _pending_path(answers_dir, terminal_id)
    due = json.loads(path.read_text()) if path.exists() else {"receipts": {}, "small": []}
    for r in receipts:
        due["receipts"][r.application_id] = r.model_dump()
    due["small"] = sorted({tuple(s) for s in due["small"]} | set(small))
    due["since_cursor"] = cursor
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(due))
    os.replace(tmp, path)


def catalog_files(catalog: CatalogRepository) -> dict[str, bytes]:
    """The TUF repository as the kiosk would fetch it, the timestamp re-signed if half spent."""
    catalog.refresh_timestamp()
    files = {}
    for kind, folder in (("metadata", catalog.metadata_dir), ("targets", catalog.targets_dir)):
        for path in sorted(folder.iterdir()):
            if path.is_file():
                files[f"{kind}/{path.name}"] = path.read_bytes()
    return files


def export_answers(
    storage: Storage,
    identity: PlatformIdentity,
    answers_dir: Path,
    terminal_id: str,
    to_dir: Path,
    catalog: CatalogRepository | None = None,
) -> Path:
    """Write the terminal's answers (and the signed catalog) as one bundle in `to_dir`; returns its path."""
    if storage.terminal(terminal_id) is None:
        raise BundleError(f"no terminal {terminal_id} is enrolled here")
    path = _pending_path(answers_dir, terminal_id)
    due = json.loads(path.read_text()) if path.exists() else {"receipts": {}, "small": []}
    cursor = due.get("since_cursor")
    try:
        page = status_page(storage, terminal_id, cursor, FEED_LIMIT)
    except ProtocolError:  # the feed was reset since: the whole feed, as the network's 410 would lead to
        cursor, page = None, status_page(storage, terminal_id, None, FEED_LIMIT)
    now = time.time()
    answers = Answers(
        terminal_id=terminal_id,
        created_at=now,
        receipts=[Receipt.model_validate(r) for r in due["receipts"].values()],
        small=[(str(k), str(i)) for k, i in due["small"]],
        since_cursor=cursor,
        status=page,
        catalog={} if catalog is None else catalog_files(catalog),
    )
    to_dir.mkdir(parents=True, exist_ok=True)
    out = to_dir / answers_name(terminal_id, now)
    tmp = out.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        f.write(pack_answers(answers, identity.sign))
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, out)  # a stick pulled out mid-write leaves a .tmp, never half an answer
    return out
