"""One application through its two phases: tus uploads of its sealed files, then the manifest commit.

Every step leaves the outbox row saying where it got to, so a restart (or a lost answer) resumes
there: upload URLs are stored before the first byte, the offset always comes from the platform
(HEAD), and a commit whose answer was lost is retried with the same Idempotency-Key.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from kiosk.store import applications, outbox
from kiosk.store.connection import transaction
from sync import at_rest, sealing
from sync.engine.client import PlatformClient
from sync.engine.errors import Deferred, NoAnswer, NotPlatform, Rejected, Transient
from sync.engine.state import (
    ACKNOWLEDGED,
    COMMITTING,
    SENT_NO_ANSWER,
    STATUS_SYNCED,
    UPLOADING,
)
from sync.protocol.models import TUS_VERSION, AttachmentRef, Manifest, Receipt

DEFAULT_CHUNK = 256 * 1024
# The platform keeps finding an attachment wrong: stop and let a person look instead of looping.
MAX_REUPLOADS = 3
ProgressFn = Callable[[str, int, int], None]


@dataclass
class WireStats:
    """What actually went over the wire, to measure re-sent bytes after a cut."""

    chunk_bytes_attempted: int = 0
    chunk_bytes_accepted: int = 0


@dataclass(frozen=True)
class Material:
    id: int
    material_code: str
    path: Path
    sha256: str
    size: int

    @property
    def name(self) -> str:
        return f"m{self.id}-{self.material_code}"


class ApplicationUploader:
    def __init__(
        self,
        db: sqlite_utils.Database,
        client: PlatformClient,
        *,
        chunk_size: int = DEFAULT_CHUNK,
        stats: WireStats | None = None,
        on_progress: ProgressFn | None = None,
        may_upload_heavy: Callable[[], bool] = lambda: True,
        throttle: Callable[[int], None] = lambda _n: None,
    ) -> None:
        self.db = db
        self.client = client
        self.chunk_size = chunk_size
        self.stats = stats or WireStats()
        self.on_progress = on_progress
        self.may_upload_heavy = may_upload_heavy
        self.throttle = throttle
        self._enrolment_key = frozenset({at_rest.client_key_id(client.credentials.seal_public_key)})

    # -- outbox row bookkeeping ------------------------------------------------------------------
    def _set(self, outbox_id: int, **values: object) -> None:
        outbox.update(self.db, outbox_id, **values)

    def _materials(self, application_id: str) -> list[Material]:
        return [
            Material(f.id, f.material_code, f.path, f.sha256, f.size)
            for f in applications.stored_files(self.db, application_id)
        ]

    # -- the two phases --------------------------------------------------------------------------
    def process(
        self, outbox_id: int, application_id: str, state: str, upload_urls: str | None, attempts: int = 0
    ) -> str:
        """Advance one application as far as it goes; returns the new state or raises."""
        urls: dict[str, str] = json.loads(upload_urls) if upload_urls else {}
        materials = self._materials(application_id)
        self._check_sealed(application_id, materials)
        if state not in (COMMITTING, SENT_NO_ANSWER) or any(m.name not in urls for m in materials):
            if materials and not self.may_upload_heavy():
                raise Deferred("attachments wait for their upload window")
            self._set(outbox_id, state=UPLOADING)
            self._upload_all(outbox_id, application_id, materials, urls)
            self._set(outbox_id, state=COMMITTING)
        return self._commit(outbox_id, application_id, materials, urls, attempts)

    def _check_sealed(self, application_id: str, materials: list[Material]) -> None:
        """Nothing sealed to a key the platform does not hold ever leaves the kiosk (sync.at_rest)."""
        payload = applications.sealed_payload(self.db, application_id)
        parts = [] if payload is None else [("the payload", payload)]
        for m in materials:
            with open(m.path, "rb") as f:
                parts.append((f"attachment {m.name}", f.read(64)))
        for what, data in parts:
            try:
                at_rest.check_platform_sealed(self.db, data, what, self._enrolment_key)
            except (at_rest.NotPlatformSealed, sealing.SealError) as exc:
                raise Rejected(0, "not_platform_sealed", str(exc)) from exc

    def _upload_all(
        self, outbox_id: int, application_id: str, materials: list[Material], urls: dict[str, str]
    ) -> None:
        total = sum(m.size for m in materials)
        done: dict[str, int] = {}

        def progress(name: str, offset: int) -> None:
            done[name] = offset
            sent = sum(done.values())
            self._set(outbox_id, bytes_sent=sent)
            if self.on_progress is not None:
                self.on_progress(application_id, sent, total)

        for material in materials:
            self._upload_one(outbox_id, material, urls, progress)

    def _create(self, outbox_id: int, material: Material, urls: dict[str, str]) -> str:
        metadata = "name " + base64.b64encode(material.name.encode()).decode()
        response = self.client.request(
            "POST",
            "/v1/uploads",
            headers={
                "Tus-Resumable": TUS_VERSION,
                "Upload-Length": str(material.size),
                "Upload-Metadata": metadata,
            },
        )
        location = str(response.headers.get("location", ""))
        if not location:
            raise Transient("platform created an upload without a Location")
        urls[material.name] = location
        # stored before the first byte is sent, so a restart resumes this upload instead of a new one
        self._set(outbox_id, upload_urls=json.dumps(urls))
        return location

    def _offset(self, url: str) -> int | None:
        """The platform's offset, or None when the upload is gone (expired or unknown)."""
        try:
            response = self.client.request("HEAD", url, headers={"Tus-Resumable": TUS_VERSION})
        except Rejected as exc:
            if exc.status in (404, 410):
                return None
            raise
        return int(response.headers["upload-offset"])

    def _upload_one(
        self,
        outbox_id: int,
        material: Material,
        urls: dict[str, str],
        progress: Callable[[str, int], None],
    ) -> None:
        url = urls.get(material.name)
        offset = None if url is None else self._offset(url)
        if url is None or offset is None:
            url = self._create(outbox_id, material, urls)
            offset = 0
        progress(material.name, offset)
        with open(material.path, "rb") as f:
            while offset < material.size:
                f.seek(offset)
                chunk = f.read(self.chunk_size)
                if not chunk:
                    raise Rejected(
                        0, "file_shrank", f"sealed file of {material.name} is shorter than recorded"
                    )
                if not self.may_upload_heavy():  # a resident sat down: give them the link
                    raise Deferred("upload paused")
                self.throttle(len(chunk))
                self.stats.chunk_bytes_attempted += len(chunk)
                try:
                    response = self.client.request(
                        "PATCH",
                        url,
                        content=chunk,
                        headers={
                            "Tus-Resumable": TUS_VERSION,
                            "Upload-Offset": str(offset),
                            "Content-Type": "application/offset+octet-stream",
                        },
                    )
                except Rejected as exc:
                    if exc.status == 409:  # our idea of the offset was stale: ask again
                        fresh = self._offset(url)
                        if fresh is None:
                            raise Transient("upload vanished; it will be created again") from exc
                        offset = fresh
                        continue
                    raise
                self.stats.chunk_bytes_accepted += len(chunk)
                offset = int(response.headers["upload-offset"])
                progress(material.name, offset)

    def _commit(
        self,
        outbox_id: int,
        application_id: str,
        materials: list[Material],
        urls: dict[str, str],
        attempts: int,
    ) -> str:
        fields = applications.manifest_fields(self.db, application_id)
        if fields is None or fields.sealed_payload is None:
            raise Rejected(0, "missing_payload", "the application has no sealed payload to send")
        manifest = Manifest(
            application_id=application_id,
            acceptance_no=fields.acceptance_no,
            matter_codes=fields.matter_codes,
            catalog_version=fields.catalog_version,
            sealed_payload=base64.b64encode(fields.sealed_payload).decode(),
            attachments=[
                AttachmentRef(name=m.name, upload_url=urls[m.name], sha256=m.sha256, size=m.size)
                for m in materials
            ],
        )
        try:
            response = self.client.request(
                "POST",
                "/v1/applications",
                content=manifest.model_dump_json().encode(),
                headers={"Idempotency-Key": application_id, "Content-Type": "application/json"},
            )
        except (NoAnswer, NotPlatform):
            # it may have been committed: from now on only the same key may be sent, never a new upload
            self._set(outbox_id, state=SENT_NO_ANSWER)
            raise
        except Rejected as exc:
            if exc.error == "attachments_incomplete" and attempts < MAX_REUPLOADS:
                for name in exc.missing:
                    urls.pop(name, None)
                self._set(outbox_id, state=UPLOADING, upload_urls=json.dumps(urls))
                raise Transient("platform lacks some attachments; uploading them again") from exc
            raise
        receipt = Receipt.model_validate_json(response.content)
        return acknowledge(self.db, outbox_id, application_id, receipt.case_no)


def acknowledge(db: sqlite_utils.Database, outbox_id: int, application_id: str, case_no: str) -> str:
    """A verified receipt (the network's answer or a USB bundle's): the platform holds the application."""
    with transaction(db):
        # the status feed may have reported this case while its answer was lost
        seen = applications.record_platform_receipt(db, application_id, case_no, time.time())
        state = STATUS_SYNCED if seen else ACKNOWLEDGED
        outbox.update(db, outbox_id, state=state, last_error=None, next_attempt_at=None)
    return state
