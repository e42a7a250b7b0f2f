"""tus 1.0 uploads (core + creation, expiration, termination), written for this platform.

Why not tuspyserver 4.4.3's router: it appends after a crash without truncating to the recorded
offset (uploads complete corrupt and the completion hook still fires), its HEAD can report a stale
offset, it demands `filename`/`filetype` metadata, it keeps its own JSON files outside our storage
interface, and it has no notion of which terminal owns an upload. Fixing all of that meant
replacing most of it; this module is the small part we need, with those properties built in:
a chunk is written only after it arrived whole and matches its Content-Digest, the file is cut to
the recorded offset before each write, and size + SHA-256 are measured when the last byte lands.
"""

from __future__ import annotations

import time
import uuid
from email.utils import formatdate

from fastapi import APIRouter, Depends, Request, Response

from sync.platform.auth import signed_terminal
from sync.platform.errors import ProtocolError
from sync.platform.storage import Storage, Upload, UploadTooLong
from sync.protocol.models import TUS_VERSION

router = APIRouter()
TUS_EXTENSIONS = "creation,expiration,termination"


def _tus_headers(extra: dict[str, str] | None = None) -> dict[str, str]:
    return {"Tus-Resumable": TUS_VERSION, "Cache-Control": "no-store", **(extra or {})}


def _require_tus(request: Request) -> None:
    if request.headers.get("tus-resumable") != TUS_VERSION:
        raise ProtocolError(
            412, "tus_version", "Tus-Resumable 1.0.0 required", headers={"Tus-Version": TUS_VERSION}
        )


def _owned_upload(request: Request, upload_id: str, terminal_id: str) -> Upload:
    storage: Storage = request.app.state.storage
    upload = storage.upload(upload_id)
    if upload is None or upload.terminal_id != terminal_id:
        raise ProtocolError(404, "unknown_upload", headers=_tus_headers())
    if upload.expires_at < time.time() and upload.offset < upload.length:
        raise ProtocolError(410, "upload_expired", headers=_tus_headers())
    return upload


def _int_header(request: Request, name: str) -> int:
    raw = request.headers.get(name)
    if raw is None or not (raw.isascii() and raw.isdigit()):  # "²".isdigit() is True
        raise ProtocolError(
            400, "bad_header", f"{name} must be a non-negative integer", headers=_tus_headers()
        )
    return int(raw)


@router.options("/v1/uploads")
def capabilities(request: Request) -> Response:
    return Response(
        status_code=204,
        headers=_tus_headers(
            {
                "Tus-Version": TUS_VERSION,
                "Tus-Extension": TUS_EXTENSIONS,
                "Tus-Max-Size": str(request.app.state.max_upload_size),
            }
        ),
    )


@router.post("/v1/uploads")
def create(request: Request, terminal_id: str = Depends(signed_terminal)) -> Response:
    _require_tus(request)
    length = _int_header(request, "upload-length")
    if length > request.app.state.max_upload_size:
        raise ProtocolError(413, "too_large", headers=_tus_headers())
    upload_id = uuid.uuid4().hex
    expires = time.time() + request.app.state.upload_expiry_s
    storage: Storage = request.app.state.storage
    storage.create_upload(
        Upload(upload_id, terminal_id, length, 0, request.headers.get("upload-metadata", ""), expires, None)
    )
    return Response(
        status_code=201,
        headers=_tus_headers(
            {"Location": f"/v1/uploads/{upload_id}", "Upload-Expires": formatdate(expires, usegmt=True)}
        ),
    )


@router.head("/v1/uploads/{upload_id}")
def offset(request: Request, upload_id: str, terminal_id: str = Depends(signed_terminal)) -> Response:
    upload = _owned_upload(request, upload_id, terminal_id)
    return Response(
        status_code=200,
        headers=_tus_headers(
            {
                "Upload-Offset": str(upload.offset),
                "Upload-Length": str(upload.length),
                "Upload-Expires": formatdate(upload.expires_at, usegmt=True),
            }
        ),
    )


@router.patch("/v1/uploads/{upload_id}")
async def append(request: Request, upload_id: str, terminal_id: str = Depends(signed_terminal)) -> Response:
    _require_tus(request)
    if request.headers.get("content-type") != "application/offset+octet-stream":
        raise ProtocolError(415, "content_type", "application/offset+octet-stream required")
    body = await request.body()  # whole and digest-checked by signed_terminal before a byte is written
    upload = _owned_upload(request, upload_id, terminal_id)
    claimed = _int_header(request, "upload-offset")
    if claimed != upload.offset:
        raise ProtocolError(
            409,
            "offset_mismatch",
            f"upload is at {upload.offset}",
            headers=_tus_headers({"Upload-Offset": str(upload.offset)}),
        )
    storage: Storage = request.app.state.storage
    try:
        updated = storage.append(upload_id, claimed, body)
    except UploadTooLong as exc:
        raise ProtocolError(413, "too_long", str(exc), headers=_tus_headers()) from exc
    except ValueError as exc:  # another PATCH won the race for this offset
        raise ProtocolError(409, "offset_mismatch", str(exc), headers=_tus_headers()) from exc
    return Response(
        status_code=204,
        headers=_tus_headers(
            {
                "Upload-Offset": str(updated.offset),
                "Upload-Expires": formatdate(updated.expires_at, usegmt=True),
            }
        ),
    )


@router.delete("/v1/uploads/{upload_id}")
def terminate(request: Request, upload_id: str, terminal_id: str = Depends(signed_terminal)) -> Response:
    _require_tus(request)
    _owned_upload(request, upload_id, terminal_id)
    storage: Storage = request.app.state.storage
    storage.delete_upload(upload_id)
    return Response(status_code=204, headers=_tus_headers())
