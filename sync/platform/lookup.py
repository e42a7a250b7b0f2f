"""Progress from anywhere: any enrolled terminal finds a resident's cases, and a phone finds one case's
status from the receipt's QR code.

* ``POST /v1/lookup`` (signed by a terminal): ``{"id_number": ...}`` (the resident's card was read: with
  the cases, the documents the platform mails to them, kind ``mailed_document``, ``to-mail`` / ``mailed``) or
  ``{"acceptance_no": ..., "phone_last4": ...}`` (typed), or ``{"application_id": ...}`` (a receipt's
  QR code read at another terminal: the status its public page shows, without staff notes). The numbers
  are matched as keyed hashes against the columns written at commit; the numbers are never stored.
  Typed guesses are counted per acceptance number in the database (every worker sees the same count):
  after ``MAX_FAILED_GUESSES`` misses in an hour that number answers 429 until the hour passes.
* ``GET /s/{application_id}`` (public, for the QR code): the case's status in words and the date it
  last changed. No name, no notes, no numbers: the id is a random UUID only the receipt carries.
  A complaint slip's QR names the complaint's id the same way: its page says received, assigned or
  answered (and when), never the complaint's text, the reply or who filed it. An item filed while the
  terminal had no link is not found until it has been synced, and the page says so.
"""

from __future__ import annotations

import html
import json
import re
import time
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from sync.platform.auth import signed_terminal
from sync.platform.errors import ProtocolError
from sync.platform.intake import person_key, phone_key
from sync.platform.storage import Mailing, PostProgress, Storage, StoredApplication
from sync.protocol.status_page import STATUS_PATH

router = APIRouter()
MAX_FAILED_GUESSES = 5
GUESS_WINDOW_S = 3600.0
_UUID = re.compile(r"^[0-9a-fA-F-]{36}$")

STATE_WORDS = {
    "received": "部门已收到",
    "accepted": "已受理",
    "not-accepted": "不予受理",
    "correction-requested": "需要补正材料",
    "processing": "办理中",
    "completed": "已办结",
    "certified": "认证通过",
    "certification-failed": "认证未通过",
    "visit-scheduled": "已预约上门",
}
KIND_WORDS = {"application": "政务服务办件", "certification": "养老资格认证", "home_visit": "上门服务"}
#: a complaint's states on the status feed (set by the console) as its public page words them
COMPLAINT_WORDS = {"received": "已收到，等待分派", "processing": "已分派，正在办理", "completed": "已答复"}


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
    well_formed = _UUID.match(application_id) is not None
    app = storage.application(application_id) if well_formed else None
    if app is None or app.id != application_id:
        complaint = storage.post_progress("complaints", application_id) if well_formed else None
        if complaint is not None:
            return _complaint_page(complaint)
        return _page(
            "未找到该办件",
            "<p>没有找到这个二维码对应的办件或投诉建议。终端上传到平台后才能查询，请稍后再试。</p>",
            404,
        )
    case = _case(storage, app)
    when = time.strftime("%Y-%m-%d", time.localtime(case["changed_at"]))
    body = (
        f"<p class='kind'>{html.escape(KIND_WORDS.get(app.kind, '办件'))}</p>"
        f"<p class='state'>{html.escape(STATE_WORDS.get(app.state, app.state))}</p>"
        f"<p class='when'>更新于 {html.escape(when)}</p>"
        "<p class='help'>详情请到任一便民服务终端刷身份证查询，或拨打 12345。</p>"
    )
    return _page("办件进度", body, 200)


def _complaint_page(progress: PostProgress) -> HTMLResponse:
    state, changed_at = progress.events[-1] if progress.events else ("received", progress.received_at)
    answered = [at for s, at in progress.events if s == "completed"]
    body = (
        "<p class='kind'>投诉建议（有诉即办）</p>"
        f"<p class='state'>{html.escape(COMPLAINT_WORDS.get(state, '办理中'))}</p>"
        f"<p class='when'>平台收到于 {_minute(progress.received_at)}</p>"
    )
    if answered:
        body += f"<p class='answered'>答复时间 {_minute(answered[0])}</p>"
        body += "<p class='help'>答复内容请到提交投诉的自助终端“查询进度”扫描此码查看。</p>"
    elif state != "received":
        body += f"<p class='when'>更新于 {_minute(changed_at)}</p>"
    return _page("投诉建议进度", body, 200)


def _minute(at: float) -> str:
    return html.escape(time.strftime("%Y-%m-%d %H:%M", time.localtime(at)))


def _page(title: str, body: str, status: int) -> HTMLResponse:
    page = (
        "<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{html.escape(title)}</title><style>"
        "body{font-family:sans-serif;margin:1.5em;font-size:18px}.state{font-size:2em;font-weight:bold}"
        f"</style></head><body><h1>{html.escape(title)}</h1>{body}</body></html>"
    )
    headers = {"Cache-Control": "no-store", "X-Robots-Tag": "noindex", "Referrer-Policy": "no-referrer"}
    return HTMLResponse(page, status_code=status, headers=headers)
