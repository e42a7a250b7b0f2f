"""The platform's web application: enrolment, commits, status feed, small posts, fleet page."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import errno
import functools
import hashlib
import html
import json
import logging
import secrets
import sqlite3
import time
import uuid
from collections.abc import Callable
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from fastapi import Depends, FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync import sealing
from sync.platform import lookup, review, tus
from sync.platform.auth import signed_terminal
from sync.platform.catalog_repo import CatalogRepository
from sync.platform.console import ConsoleSettings, mount_console
from sync.platform.console.i18n import DEFAULT_ZONE, zone_named
from sync.platform.errors import ProtocolError
from sync.platform.intake import LOOKUP_SECRET_SETTING, open_application
from sync.platform.keys import PlatformIdentity, SealKeyring, token_expiry
from sync.platform.limits import DEFAULT_MAX_CHUNK, BodyLimit
from sync.platform.records import mount_records
from sync.platform.skew import UnknownFields
from sync.platform.storage import Storage
from sync.protocol import signatures
from sync.protocol.models import (
    CASE_STATES,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    SERVER_TIME_HEADER,
    SMALL_KINDS,
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    Heartbeat,
    Manifest,
    SmallPost,
    StatusItem,
    StatusPage,
)

log = logging.getLogger(__name__)
DEFAULT_MAX_UPLOAD = 200 * 1024 * 1024
DEFAULT_UPLOAD_EXPIRY_S = 7 * 24 * 3600.0


class ProtocolHeaders:
    """Stamp every response, errors included, so a kiosk can tell the platform from a captive portal."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def stamped(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *_protocol_headers()]
            await send(message)

        try:
            await self.app(scope, receive, stamped)
        except ClientDisconnect:
            return  # the link dropped mid-request: nothing was stored and nobody is listening
        except Exception as exc:
            # A platform fault (disk full, database locked) is still the platform speaking: answer a
            # stamped 5xx so the kiosk backs off and retries rather than suspecting a captive portal.
            # A full disk gets 507 and a long Retry-After: it will not clear in seconds.
            log.exception("request failed")
            if started:
                raise
            full = is_disk_full(exc)
            body = ErrorBody(error="insufficient_storage" if full else "server_error").model_dump_json()
            headers = [(b"content-type", b"application/json"), *_protocol_headers()]
            if full:
                headers.append((b"retry-after", str(DISK_FULL_RETRY_AFTER_S).encode()))
            await send({"type": "http.response.start", "status": 507 if full else 500, "headers": headers})
            await send({"type": "http.response.body", "body": body.encode()})


DISK_FULL_RETRY_AFTER_S = 600


def is_disk_full(exc: BaseException) -> bool:
    """ENOSPC/EDQUOT from a file write, or SQLite's SQLITE_FULL, anywhere in the exception's chain."""
    seen: BaseException | None = exc
    for _ in range(10):  # a cause chain is short; bounded in case of a cycle
        if seen is None:
            return False
        if isinstance(seen, OSError) and seen.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if getattr(seen, "sqlstate", None) in ("53100", "53000"):  # PostgreSQL: disk full, out of space
            return True
        if isinstance(seen, sqlite3.Error) and (
            getattr(seen, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "disk is full" in str(seen)
        ):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _protocol_headers() -> list[tuple[bytes, bytes]]:
    return [
        (PROTOCOL_HEADER.lower().encode(), PROTOCOL_VERSION.encode()),
        (SERVER_TIME_HEADER.lower().encode(), str(int(time.time())).encode()),
    ]


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _json(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(body, status_code=status, headers=headers)


def _target(request: Request) -> str:
    """The request's path and query as sent: what a signed answer is bound to."""
    query = request.scope.get("query_string", b"")
    path: bytes = request.scope.get("raw_path") or request.url.path.encode()
    return (path + (b"?" + query if query else b"")).decode("latin-1")


def _signed_json(
    identity: PlatformIdentity,
    request: Request,
    terminal_id: str,
    status: int,
    content: bytes,
    headers: dict[str, str] | None = None,
) -> Response:
    statement = signatures.answer_statement(terminal_id, request.method, _target(request), content)
    signed = {signatures.PLATFORM_SIGNATURE_HEADER: base64.b64encode(identity.sign(statement)).decode()}
    return Response(content, status, {**(headers or {}), **signed}, media_type="application/json")


def create_app(
    storage: Storage,
    seal_key: X25519PrivateKey | SealKeyring,
    *,
    identity: PlatformIdentity,
    admin_token: str,
    max_upload_size: int = DEFAULT_MAX_UPLOAD,
    upload_expiry_s: float = DEFAULT_UPLOAD_EXPIRY_S,
    catalog: CatalogRepository | None = None,
    console: ConsoleSettings | None = None,
    max_chunk_size: int = DEFAULT_MAX_CHUNK,
) -> FastAPI:
    app = FastAPI(title="kiosk-platform", openapi_url=None, docs_url=None, redoc_url=None)
    app.add_middleware(BodyLimit, max_chunk=max_chunk_size)
    app.add_middleware(ProtocolHeaders)  # outermost: stamps BodyLimit's 413 too
    app.state.storage = storage
    app.state.max_upload_size = max_upload_size
    app.state.upload_expiry_s = upload_expiry_s

    def current_seal_key() -> X25519PrivateKey:
        return seal_key.current() if isinstance(seal_key, SealKeyring) else seal_key

    # keys the lookup hashes; in the database so every worker (and a restart) uses the same one
    lookup_secret = bytes.fromhex(storage.set_setting_once(LOOKUP_SECRET_SETTING, secrets.token_hex(32)))

    @app.exception_handler(ProtocolError)
    async def protocol_error(_: Request, exc: ProtocolError) -> JSONResponse:
        body = ErrorBody(error=exc.error, detail=exc.detail, missing=exc.missing)
        return _json(exc.status, body.model_dump(), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return _json(400, ErrorBody(error="invalid_request", detail=str(exc.errors())[:500]).model_dump())

    app.state.lookup_secret = lookup_secret
    # the public status pages tell times in the zone staff read them in (a phone may be anywhere)
    app.state.public_zone = zone_named(console.timezone if console is not None else DEFAULT_ZONE)
    unknown_fields = app.state.unknown_fields = UnknownFields()
    app.include_router(tus.router)
    app.include_router(lookup.router)
    if console is not None:
        mount_console(app, storage, seal_key, console)
    mount_records(app, storage, seal_key, signed_json=functools.partial(_signed_json, identity))
    if catalog is not None:
        # public and unauthenticated on purpose: TUF signatures, not the channel, make the catalog trustworthy
        app.mount("/tuf/metadata", StaticFiles(directory=catalog.metadata_dir), name="tuf-metadata")
        app.mount("/tuf/targets", StaticFiles(directory=catalog.targets_dir), name="tuf-targets")

    @app.post("/v1/enrol", status_code=201)
    async def enrol(request: Request) -> EnrolResponse:
        try:
            req = EnrolRequest.model_validate_json(await request.body())
            public_key = base64.b64decode(req.public_key, validate=True)
        except (ValidationError, binascii.Error) as exc:
            raise ProtocolError(400, "invalid_request", "malformed enrolment request") from exc
        if len(public_key) != 32:
            raise ProtocolError(400, "invalid_request", "public_key must be 32 raw Ed25519 bytes")
        expires = token_expiry(req.token)
        if expires is None or expires < time.time():
            raise ProtocolError(401, "bad_token", "enrolment token malformed or expired: issue a new one")
        terminal_id = "T-" + uuid.uuid4().hex[:16]
        if not storage.use_enrol_token(token_hash(req.token), terminal_id, public_key, req.name):
            raise ProtocolError(401, "bad_token", "enrolment token unknown or already used")
        # the bootstrap key; the kiosk takes the current one from each verified catalog after this
        seal_public = current_seal_key().public_key()
        seal_b64 = base64.b64encode(sealing.public_key_raw(seal_public)).decode()
        seal_id = sealing.key_id(seal_public).hex()
        root_sha = hashlib.sha256(catalog.root_bytes()).hexdigest() if catalog is not None else ""
        statement = signatures.enrolment_statement(terminal_id, req.public_key, seal_b64, seal_id, root_sha)
        return EnrolResponse(
            terminal_id=terminal_id,
            seal_public_key=seal_b64,
            seal_key_id=seal_id,
            platform_key=base64.b64encode(identity.public_raw).decode(),
            tuf_root_sha256=root_sha,
            signature=base64.b64encode(identity.sign(statement)).decode(),
        )

    @app.post("/v1/applications")
    async def commit(request: Request, terminal_id: str = Depends(signed_terminal)) -> Response:
        key = request.headers.get("idempotency-key", "")
        try:
            manifest = Manifest.model_validate_json(await request.body())
        except ValidationError as exc:
            raise ProtocolError(400, "invalid_manifest", str(exc.errors())[:500]) from exc
        if key != manifest.application_id:
            raise ProtocolError(400, "idempotency_key", "Idempotency-Key must be the application id")
        receipt, replayed = await run_in_threadpool(commit_manifest, storage, seal_key, terminal_id, manifest)
        headers = {"Idempotent-Replayed": "true"} if replayed else None
        return _signed_json(identity, request, terminal_id, 201, receipt.encode(), headers)

    @app.get("/v1/status")
    def status(
        request: Request,
        cursor: str | None = None,
        limit: int = 100,
        terminal_id: str = Depends(signed_terminal),
    ) -> Response:
        page = status_page(storage, terminal_id, cursor, max(1, min(limit, 500)))
        return _signed_json(identity, request, terminal_id, 200, page.model_dump_json().encode())

    @app.put("/v1/{kind}/{item_id}")
    async def small(
        request: Request, kind: str, item_id: str, terminal_id: str = Depends(signed_terminal)
    ) -> Response:
        if kind not in SMALL_KINDS:
            raise ProtocolError(404, "unknown_kind")
        if not 1 <= len(item_id) <= 64:
            raise ProtocolError(400, "invalid_id")
        try:
            post = SmallPost.model_validate_json(await request.body())
            body = post.body
            if kind == "heartbeats":
                Heartbeat.model_validate(body)
                # version skew: a newer kiosk's extra telemetry is ignored (not stored), named and counted
                unknown = Heartbeat.unknown_fields(body)
                if unknown:
                    unknown_fields.note(kind, unknown)
                    body = {name: value for name, value in body.items() if name not in unknown}
        except ValidationError as exc:
            raise ProtocolError(400, "invalid_body", str(exc.errors())[:500]) from exc
        result = await run_in_threadpool(store_small, storage, kind, terminal_id, item_id, body)
        if kind == "heartbeats" and result == "created":
            terminal = await run_in_threadpool(storage.terminal, terminal_id)  # judged as it was stored
            if terminal is not None and terminal.audit_chain != "ok":
                log.warning("terminal %s: audit chain %s", terminal_id, terminal.audit_chain)
        return _json(201 if result == "created" else 200, {"kind": kind, "id": item_id})

    def _admin(request: Request) -> None:
        if request.headers.get("authorization") != f"Bearer {admin_token}":
            raise ProtocolError(401, "admin_only")

    @app.post("/admin/cases/{case_no}/state", dependencies=[Depends(_admin)])
    async def move_case(request: Request, case_no: str) -> Response:
        try:
            body = json.loads(await request.body() or b"{}")
        except ValueError as exc:
            raise ProtocolError(400, "invalid_json", "the body must be a JSON object") from exc
        state = body.get("state") if isinstance(body, dict) else None
        if state not in CASE_STATES:
            raise ProtocolError(400, "invalid_state", f"state must be one of {', '.join(CASE_STATES)}")
        try:
            review.set_state(storage, case_no, state, str(body.get("note", "")))
        except LookupError as exc:
            raise ProtocolError(404, "unknown_case") from exc
        except review.WrongKind as exc:
            raise ProtocolError(409, "wrong_kind", str(exc)) from exc
        return _json(200, {"case_no": case_no, "state": state})

    @app.get("/admin/skew", dependencies=[Depends(_admin)])
    def skew() -> JSONResponse:
        """Telemetry fields newer kiosks sent that this platform ignored, with how often (this process)."""
        return _json(200, {"unknown_heartbeat_fields": unknown_fields.counts()})

    @app.get("/admin/certifications", dependencies=[Depends(_admin)])
    def pending_certifications(limit: int = 100) -> JSONResponse:
        """The newest pending certifications, masked, from stored columns (nothing is decrypted)."""
        cases = review.certifications(storage, states=review.PENDING_STATES, newest=max(1, min(limit, 500)))
        return _json(200, {"cases": [dataclasses.asdict(c) for c in cases]})

    @app.get("/admin/fleet", dependencies=[Depends(_admin)])
    def fleet(page: int = 1) -> HTMLResponse:
        from sync.platform.review import render_home_visits

        html_page = render_fleet(storage, max(1, page))
        return HTMLResponse(html_page.replace("</html>", render_home_visits(storage, seal_key) + "</html>"))

    return app


def manifest_hash(manifest: Manifest) -> str:
    """What one Idempotency-Key stands for: the manifest without where its attachments were uploaded.

    The same application reaches the platform over the network (tus URLs) and on a USB bundle
    (``bundle:files/...``); both must count as the same commit, never as a reused key."""
    content = manifest.model_dump()
    for ref in content["attachments"]:
        ref.pop("upload_url")
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()


def commit_manifest(
    storage: Storage,
    seal_key: X25519PrivateKey | SealKeyring,
    terminal_id: str,
    manifest: Manifest,
    stage: Callable[[Manifest], Manifest] = lambda m: m,
) -> tuple[str, bool]:
    """Store one application once: (the receipt's JSON, whether it was already stored).

    `stage` runs only for a new commit and returns the manifest to store, its upload URLs naming
    uploads the platform holds (the network's are already there; a bundle's are stored by it)."""
    key = manifest.application_id
    state, saved = storage.begin_commit(key, terminal_id, manifest_hash(manifest))
    if state == "mismatch":
        # stored before upload URLs were left out of the hash: the same manifest is still the same commit
        legacy = hashlib.sha256(manifest.model_dump_json().encode()).hexdigest()
        state, saved = storage.begin_commit(key, terminal_id, legacy)
    if state == "mismatch":
        raise ProtocolError(422, "key_reused", "this Idempotency-Key was used with a different manifest")
    if state == "in_flight":
        raise ProtocolError(
            409, "in_flight", "this application is being committed", headers={"Retry-After": "1"}
        )
    if state == "replay":
        assert saved is not None
        return saved, True
    finished = False
    try:
        staged = stage(manifest)
        upload_ids = _verify_attachments(storage, terminal_id, staged)
        current = seal_key.current if isinstance(seal_key, SealKeyring) else lambda: seal_key
        _verify_sealed(staged.sealed_payload, current, seal_key)
        # opened before it is acknowledged: a payload or attachment that does not open is refused (4xx)
        lookup_secret = bytes.fromhex(storage.set_setting_once(LOOKUP_SECRET_SETTING, secrets.token_hex(32)))
        meta = open_application(staged, review.opener(seal_key), storage.blob_path, upload_ids, lookup_secret)
        case_no, received_at = storage.finish_commit(
            key, terminal_id, staged.model_dump_json(), upload_ids, meta
        )
        finished = True
    finally:
        if not finished:
            storage.abort_commit(key)
    return json.dumps({"application_id": key, "case_no": case_no, "received_at": received_at}), False


def store_small(storage: Storage, kind: str, terminal_id: str, item_id: str, body: dict[str, Any]) -> str:
    """Store a small post once under its id ("created" or "same"); another body under it is refused."""
    result = storage.put_small(kind, terminal_id, item_id, json.dumps(body, sort_keys=True))
    if result == "mismatch":
        raise ProtocolError(422, "key_reused", "this id was used with a different body")
    return result


def status_page(storage: Storage, terminal_id: str, cursor: str | None, limit: int) -> StatusPage:
    """The terminal's case events after `cursor` (410 resync when the feed was reset since)."""
    generation = storage.feed_generation()
    after = _decode_cursor(cursor, generation)
    events = storage.case_events(terminal_id, after, limit)
    last = events[-1].seq if events else after
    return StatusPage(
        items=[
            StatusItem(
                application_id=e.application_id,
                case_no=e.case_no,
                state=e.state,  # type: ignore[arg-type]  # storage only holds CASE_STATES
                changed_at=e.changed_at,
                note=e.note,
            )
            for e in events
        ],
        cursor=_encode_cursor(generation, last),
        more=len(events) == limit,
    )


def _verify_attachments(storage: Storage, terminal_id: str, manifest: Manifest) -> list[str]:
    """Every attachment present, whole, and hashing to what the kiosk says, or nothing is committed."""
    missing: list[str] = []
    upload_ids: list[str] = []
    for ref in manifest.attachments:
        upload_id = ref.upload_url.rstrip("/").rsplit("/", 1)[-1]
        upload_ids.append(upload_id)
        upload = storage.upload(upload_id)
        measured = storage.blob_sha256(upload_id) if upload is not None else None
        if (
            upload is None
            or upload.terminal_id != terminal_id
            or upload.offset != upload.length
            or measured != (ref.size, ref.sha256)
        ):
            missing.append(ref.name)
    if len(set(upload_ids)) != len(upload_ids):
        raise ProtocolError(400, "invalid_manifest", "two attachments name the same upload")
    if missing:
        raise ProtocolError(400, "attachments_incomplete", "upload these again", missing=missing)
    return upload_ids


def _verify_sealed(
    payload_b64: str,
    current: Callable[[], X25519PrivateKey],
    keys: X25519PrivateKey | SealKeyring,
) -> None:
    try:
        header = sealing.read_header(base64.b64decode(payload_b64, validate=True))
    except (binascii.Error, sealing.SealError) as exc:
        raise ProtocolError(400, "not_sealed", "sealed_payload must be a sealed envelope") from exc
    # sealed to a key this platform never held (or lost): accepting it would store unreadable data
    held = (
        keys.private_for(header.key_id) is not None
        if isinstance(keys, SealKeyring)
        else header.key_id == sealing.key_id(current().public_key())
    )
    if not held:
        raise ProtocolError(400, "unknown_seal_key", f"no platform key {header.key_id.hex()}")


def _encode_cursor(generation: int, seq: int) -> str:
    return base64.urlsafe_b64encode(json.dumps([generation, seq]).encode()).decode()


def _decode_cursor(cursor: str | None, generation: int) -> int:
    if not cursor:
        return 0
    try:
        cursor_generation, seq = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        valid = cursor_generation == generation and isinstance(seq, int)
    except (ValueError, TypeError, binascii.Error):
        valid = False
    if not valid:
        raise ProtocolError(410, "resync", "cursor no longer valid: start again without one")
    return int(seq)


FLEET_COLUMNS = (
    "Terminal",
    "Id",
    "State",
    "Last seen (UTC)",
    "Queue",
    "Device health",
    "Software",
    "Audit chain",
    "Crashes",
)


FLEET_PAGE_SIZE = 200


def render_fleet(storage: Storage, page: int = 1) -> str:
    """One page of terminals (by name): a county's thousands would not fit one page or one second."""
    rows = []
    for t in storage.terminals(limit=FLEET_PAGE_SIZE, offset=(page - 1) * FLEET_PAGE_SIZE):
        beat: dict[str, Any] = json.loads(t.last_heartbeat) if t.last_heartbeat else {}
        health = ", ".join(f"{k}: {v}" for k, v in dict(beat.get("device_health", {})).items())
        seen = time.strftime("%Y-%m-%d %H:%M", time.gmtime(t.last_seen)) if t.last_seen else "never"
        cells = [
            t.name,
            t.id,
            "revoked" if t.revoked else "active",
            seen,
            str(beat.get("queue_depth", "")),
            health,
            str(beat.get("software_version", "")),
            t.audit_chain,
            str(beat.get("crash_count", "")),
        ]
        rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
    head = "".join(f"<th>{h}</th>" for h in FLEET_COLUMNS)
    return (
        "<!doctype html><html lang='zh-CN'><meta charset='utf-8'><title>Fleet</title>"
        f"<h1>Terminals</h1><p>{_pages(storage.count_terminals(), page)}</p>"
        f"<table border='1'><tr>{head}</tr>{''.join(rows)}</table></html>"
    )


def _pages(total: int, page: int) -> str:
    last = max(1, -(-total // FLEET_PAGE_SIZE))
    links = [f"<a href='?page={n}'>{n}</a>" if n != page else f"<b>{n}</b>" for n in range(1, last + 1)]
    return f"{total} terminals · page " + " ".join(links)
