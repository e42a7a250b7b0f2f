"""The public status page ``/s/<id>`` a resident's phone opens from a receipt's QR code, in the phone's
language (its ``Accept-Language``: Chinese or English, from the console's catalog).

Status words and a day only: no name, no notes, no numbers. Every word is a Chinese literal here that
the page passes through the language's ``_`` (tests/sync/console/test_console_i18n.py reads this file).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from fastapi.responses import HTMLResponse

from sync.platform.console.i18n import Words, from_accept_language
from sync.platform.storage import PostProgress

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


def words_for(accept_language: str | None) -> Words:
    return Words(from_accept_language(accept_language or ""))


def case_page(words: Words, kind: str, state: str, changed_at: float, zone: dt.tzinfo) -> HTMLResponse:
    _ = words.gettext
    changed = dt.datetime.fromtimestamp(changed_at, zone).date()
    paragraphs = (
        ("kind", _(KIND_WORDS.get(kind, "办件"))),
        ("state", _(STATE_WORDS.get(state, state))),
        ("when", _("更新于 {day}", day=words.day(changed))),
        ("help", _("详情请到任一便民服务终端刷身份证查询，或拨打 12345。")),
    )
    return _page(words, _("办件进度"), paragraphs, 200)


def complaint_page(words: Words, progress: PostProgress, zone: dt.tzinfo) -> HTMLResponse:
    """Received, assigned or answered, and when (in ``zone``, the console's: the times staff read):
    never what the resident or staff wrote."""
    _ = words.gettext
    state, changed_at = progress.events[-1] if progress.events else ("received", progress.received_at)
    answered = [at for s, at in progress.events if s == "completed"]
    paragraphs = [
        ("kind", _("投诉建议（有诉即办）")),
        ("state", _(COMPLAINT_WORDS.get(state, "办理中"))),
        ("when", _("平台收到于 {when}", when=words.when(progress.received_at, zone))),
    ]
    if answered:
        paragraphs.append(("answered", _("答复时间 {when}", when=words.when(answered[0], zone))))
        paragraphs.append(("help", _("答复内容请到提交投诉的自助终端“查询进度”扫描此码查看。")))
    elif state != "received":
        paragraphs.append(("when", _("更新于 {when}", when=words.when(changed_at, zone))))
    return _page(words, _("投诉建议进度"), paragraphs, 200)


def not_found_page(words: Words) -> HTMLResponse:
    _ = words.gettext
    missing = _("没有找到这个二维码对应的办件或投诉建议。终端上传到平台后才能查询，请稍后再试。")
    return _page(words, _("未找到该办件"), (("", missing),), 404)


def _page(words: Words, title: str, paragraphs: Sequence[tuple[str, str]], status: int) -> HTMLResponse:
    body = "".join(
        f"<p class='{cls}'>{html.escape(text)}</p>" if cls else f"<p>{html.escape(text)}</p>"
        for cls, text in paragraphs
    )
    page = (
        f"<!doctype html><html lang='{words.lang}'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{html.escape(title)}</title><style>"
        "body{font-family:sans-serif;margin:1.5em;font-size:18px;overflow-wrap:break-word}"
        ".state{font-size:2em;font-weight:bold}"
        f"</style></head><body><h1>{html.escape(title)}</h1>{body}</body></html>"
    )
    headers = {
        "Cache-Control": "no-store",
        "X-Robots-Tag": "noindex",
        "Referrer-Policy": "no-referrer",
        "Content-Language": words.lang,
        "Vary": "Accept-Language",
    }
    return HTMLResponse(page, status_code=status, headers=headers)
