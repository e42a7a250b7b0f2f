"""Progress from anywhere: any enrolled terminal finds a resident's cases, and a phone finds one case's
status from the receipt's QR code.

* ``POST /v1/lookup`` (signed by a terminal): ``{"id_number": ...}`` (the resident's card was read: with
  the cases, the documents the platform mails to them, kind ``mailed_document``, ``to-mail`` / ``mailed``) or
  ``{"acceptance_no": ..., "phone_last4": ...}`` (typed), or ``{"application_id": ...}`` (a receipt's
  QR code read at another terminal: the status its public page shows, without staff notes; a complaint
  slip's QR likewise finds the complaint's state and times, kind ``complaint``). The numbers
  are matched as keyed hashes against the columns written at commit; the numbers are never stored.
  Typed guesses are counted per acceptance number in the database (every worker sees the same count):
  after ``MAX_FAILED_GUESSES`` misses in an hour that number answers 429 until the hour passes.
* ``GET /s/{application_id}`` (public, for the QR code): the case's status in words and the date it
  last changed. No name, no notes, no numbers: the id is a random UUID only the receipt carries.
  A complaint slip's QR names the complaint's id the same way: its page says received, assigned or
  answered (and when), never the complaint's text, the reply or who filed it. An item filed while the
  terminal had no link is not found until it has been synced, and the page says so. The pages
  themselves are :mod:`sync.platform.status_view`, in the phone's language.
"""

from __future__ import annotations

import json
import re
import time
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from sync.platform import status_view
from sync.platform.auth import signed_terminal
from sync.platform.errors import ProtocolError
from sync.platform.intake import person_key, phone_key
from sync.platform.storage import Mailing, PostProgress, Storage, StoredApplication
from sync.protocol.status_page import STATUS_PATH

router = APIRouter()
MAX_FAILED_GUESSES = 5
GUESS_WINDOW_S = 3600.0
_UUID = re.compile(r"^[0-9a-fA-F-]{36}$")


class LookupRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id_number: str | None = Field(default=None, pattern=r"^[0-9]{17}[0-9Xx]$")
    acceptance_no: str | None = Field(default=None, min_length=1, max_length=64, pattern=r"^[^\x00-\x1f]+$")
    phone_last4: str | None = Field(default=None, pattern=r"^[0-9]{4}$")
    application_id: str | None = Field(
        default=None, pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
    )


def _case(storage: Storage, app: StoredApplication) -> dict[str, Any]:
    history = storage.case_history(app.case_no)
    last = history[-1] if history else None
    return {
        "case_no": app.case_no,
        "application_id": app.id,
        "acceptance_no": app.acceptance_no,
        "matter_codes": _matter_codes(app),
        "kind": app.kind,
        "state": app.state,
        "changed_at": last.changed_at if last else app.received_at,
        "note": last.note if last else "",
        "received_at": app.received_at,
    }


def _mailed(mailing: Mailing) -> dict[str, Any]:
    """A document the platform mails, as a case of kind ``mailed_document``: ``to-mail`` until staff
    mark it posted, then ``mailed`` (已寄出) with the day they posted it."""
    return {
        "case_no": mailing.document_no,
        "application_id": mailing.request_id,
        "acceptance_no": mailing.document_no,
        "matter_codes": [],
        "kind": "mailed_document",
        "state": "mailed" if mailing.posted_at is not None else "to-mail",
        "changed_at": mailing.posted_at if mailing.posted_at is not None else mailing.received_at,
        "note": f"{mailing.title}，{mailing.posted_on} 寄出" if mailing.posted_on else mailing.title,
        "received_at": mailing.received_at,
    }


def _complaint(item_id: str, progress: PostProgress) -> dict[str, Any]:
    """A complaint slip's QR read at another terminal: what its public page tells (state and times,
    ``answered_at`` once staff replied), never the complaint's text or the reply: those stay for the
    terminal that filed it. The first terminal to post the id owns it (see ``Storage.post_progress``)."""
    state, changed_at = progress.events[-1] if progress.events else ("received", progress.received_at)
    answered = [at for s, at in progress.events if s == "completed"]
    return {
        "case_no": "",
        "application_id": item_id,
        "acceptance_no": progress.number,
        "matter_codes": [],
        "kind": "complaint",
        "state": state,
        "changed_at": changed_at,
        "note": "",
        "received_at": progress.received_at,
        "answered_at": answered[0] if answered else None,
    }


def _matter_codes(app: StoredApplication) -> list[str]:
    try:
        return [str(code) for code in json.loads(app.manifest).get("matter_codes", [])]
    except (ValueError, AttributeError):
        return []


@router.post("/v1/lookup")
async def lookup(request: Request, terminal_id: str = Depends(signed_terminal)) -> JSONResponse:
    try:
        asked = LookupRequest.model_validate_json(await request.body())
    except ValidationError as exc:
        raise ProtocolError(400, "invalid_request", str(exc.errors())[:300]) from exc
    storage: Storage = request.app.state.storage
    secret: bytes = request.app.state.lookup_secret
    if asked.id_number is not None:
        key = person_key(secret, asked.id_number)
        found = await run_in_threadpool(storage.find_cases, person_key=key)
        mailed = [_mailed(m) for m in await run_in_threadpool(storage.mailings_for, key)]
        cases = [await run_in_threadpool(_case, storage, app) for app in found]
        return JSONResponse({"cases": cases + mailed})
    elif asked.acceptance_no is not None and asked.phone_last4 is not None:
        guess_key = "acceptance:" + asked.acceptance_no
        since = time.time() - GUESS_WINDOW_S
        if storage.failed_guesses(guess_key, since) >= MAX_FAILED_GUESSES:
            raise ProtocolError(429, "too_many_guesses", "try again later", headers={"Retry-After": "3600"})
        key = phone_key(secret, asked.acceptance_no, asked.phone_last4)
        found = await run_in_threadpool(storage.find_cases, phone_key=key)
        if not found:
            storage.record_failed_guess(guess_key)
    elif asked.application_id is not None:
        # a receipt's QR code read at another terminal: what its public page shows, so no staff note
        app = await run_in_threadpool(storage.application, asked.application_id)
        found = [] if app is None or app.id != asked.application_id else [app]
        cases = [{**await run_in_threadpool(_case, storage, app), "note": ""} for app in found]
        if not found:
            complaint = await run_in_threadpool(storage.post_progress, "complaints", asked.application_id)
            cases = [] if complaint is None else [_complaint(asked.application_id, complaint)]
        return JSONResponse({"cases": cases})
    else:
        raise ProtocolError(
            400, "invalid_request", "give id_number, acceptance_no with phone_last4, or application_id"
        )
    cases = [await run_in_threadpool(_case, storage, app) for app in found]
    return JSONResponse({"cases": cases})


@router.get(STATUS_PATH + "{application_id}", response_class=HTMLResponse)
def public_status(request: Request, application_id: str) -> HTMLResponse:
    storage: Storage = request.app.state.storage
    words = status_view.words_for(request.headers.get("accept-language"))
    well_formed = _UUID.match(application_id) is not None
    app = storage.application(application_id) if well_formed else None
    if app is None or app.id != application_id:
        complaint = storage.post_progress("complaints", application_id) if well_formed else None
        if complaint is not None:
            return status_view.complaint_page(words, complaint, request.app.state.public_zone)
        return status_view.not_found_page(words)
    changed_at = _case(storage, app)["changed_at"]
    return status_view.case_page(words, app.kind, app.state, changed_at, request.app.state.public_zone)
