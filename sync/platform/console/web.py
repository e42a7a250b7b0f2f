"""The console's pages and actions under ``/console``.

Every page asks for a signed-in member whose role allows it; every POST also needs the form's CSRF
token (and, when the browser sends one, a same-origin ``Origin``). Every action, and every refusal,
is written to the console's audit trail. Pages are rendered by Jinja2 with autoescaping, so what
kiosks and staff typed is always shown as text.
"""

import base64
import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs, urlencode, urlsplit

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, pass_context, select_autoescape
from jinja2.runtime import Context
from starlette.concurrency import run_in_threadpool
from starlette.staticfiles import StaticFiles

from sync.platform import review
from sync.platform.console import cases, i18n, mail, security
from sync.platform.console.fleet import DEVICE_STATES, fleet_rows
from sync.platform.console.settings import ConsoleSettings
from sync.platform.console.store import ConsoleStore, StaffMember, open_engine
from sync.platform.keys import SealKeyring
from sync.platform.storage import Storage

HERE = Path(__file__).parent
MAX_FORM_BYTES = 64 * 1024
REPLY_MAX = 2000
HELP_BOARD_KEEPS_S = 3600  # resolved calls stay on the board this long
FLEET_PAGE = 100  # terminals a fleet page shows, those with alerts first: what one can scan
LOGIN_ATTEMPTS = 5  # wrong passwords for one name from one address before sign-in waits
LOGIN_LOCK_S = 900
AUDIT_SHOWN = 200  # the newest entries the audit page lists

NAV = (
    ("help", "呼叫求助", "help.view"),
    ("complaints", "有诉即办", "complaints.view"),
    ("applications", "办件", "applications.view"),
    ("certifications", "认证与上门", "certifications.view"),
    ("mail", "待邮寄", "mail.view"),
    ("fleet", "终端", "fleet.view"),
    ("audit", "操作记录", "audit.view"),
)
ROLE_NAMES = {"window": "窗口工作人员", "supervisor": "主管", "technician": "运维技术员"}
COMPLAINT_CATEGORIES = {
    "service_attitude": "服务态度",
    "efficiency": "办事效率",
    "materials": "材料要求",
    "fees": "收费问题",
    "terminal": "自助终端",
    "policy": "政策问题",
    "suggestion": "意见建议",
    "other": "其他",
}
STATE_NAMES = {
    "received": "已接收",
    "accepted": "已受理",
    "not-accepted": "不予受理（退回）",
    "correction-requested": "需补正材料",
    "processing": "办理中",
    "completed": "已办结",
    "certified": "认证通过",
    "certification-failed": "认证未通过",
    "visit-scheduled": "已安排上门",
}
#: where on the terminal the resident called from, by the screen name's start (longest first)
SCREEN_NAMES = (
    ("journey-materials", "办事：提交材料"),
    ("journey-identify", "办事：刷身份证"),
    ("journey-face", "办事：人脸核验"),
    ("journey-form", "办事：填写表格"),
    ("journey-sign", "办事：签名"),
    ("journey-review", "办事：核对信息"),
    ("journey-receipt", "办事：打印回执"),
    ("journey", "办事"),
    ("certification", "养老金认证"),
    ("home-visit", "上门服务申请"),
    ("progress", "查询进度"),
    ("complaints", "投诉建议"),
    ("search", "搜索事项"),
    ("catalog", "事项目录"),
    ("guide", "办事指南"),
    ("matters", "事项列表"),
    ("home", "首页"),
    ("attract", "待机画面"),
)
#: what window staff may do with an application, and whether the resident must be told why
DECISIONS = {
    "accepted": ("受理", False),
    "correction-requested": ("要求补正材料", True),
    "completed": ("办结", False),
    "not-accepted": ("退回（不予受理）", True),
}
DONE_MESSAGES = {
    "acknowledged": "已响应：终端将显示“工作人员正在赶来”。",
    "resolved": "已标记为解决。",
    "assigned": "已分派。",
    "replied": "答复已发送，居民可在终端“查询进度”中看到。",
    "decided": "已记录，状态将同步到终端。",
    "received": "已登记收到容缺材料。",
    "scheduled": "已安排上门时间。",
    "township": "已保存所属乡镇。",
    "already": "此事项已被处理，页面已刷新。",
    "posted": mail.POSTED,
}


class _Redirect(Exception):
    def __init__(self, location: str) -> None:
        self.location = location


#: words for a page to show: the Chinese source and the values of its placeholders
Message = tuple[str, dict[str, object]]


class _Refused(Exception):
    def __init__(self, status: int, reason: str, **params: object) -> None:
        self.status = status
        self.reason: Message = (reason, params)


class _BadInput(Exception):
    def __init__(self, message: str, **params: object) -> None:
        self.message: Message = (message, params)


@dataclass(frozen=True)
class Staff:
    member: StaffMember
    session: security.Session

    @property
    def username(self) -> str:
        return self.member.username

    @property
    def role(self) -> str:
        return self.member.role


async def form_fields(request: Request) -> dict[str, str]:
    """A urlencoded form, at most MAX_FORM_BYTES; the first value of each field."""
    declared = request.headers.get("content-length", "0")
    if not declared.isdigit() or int(declared) > MAX_FORM_BYTES:
        raise _Refused(413, "表单太大。")
    body = b""
    async for chunk in request.stream():  # a chunked body has no length to check up front
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            raise _Refused(413, "表单太大。")
    try:
        parsed = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=50)
    except (UnicodeDecodeError, ValueError) as exc:
        raise _Refused(400, "表单无法读取。") from exc
    return {k: v[0] for k, v in parsed.items()}


Form = Annotated[dict[str, str], Depends(form_fields)]


def mount_console(
    app: FastAPI, storage: Storage, keys: X25519PrivateKey | SealKeyring, settings: ConsoleSettings
) -> ConsoleStore:
    store = ConsoleStore(open_engine(settings.database_url))
    secret = store.secret()
    open_ = review.opener(keys)
    zone = i18n.zone_named(settings.timezone)
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True))
    env.filters["when"] = pass_context(lambda ctx, ts: _words(ctx).when(ts, zone))
    env.filters["day"] = pass_context(lambda ctx, value: _words(ctx).day(value))
    env.filters["state"] = pass_context(lambda ctx, s: _words(ctx).gettext(STATE_NAMES.get(str(s), str(s))))
    env.globals["role_names"] = ROLE_NAMES
    router = APIRouter(prefix="/console")

    # -- who is asking --------------------------------------------------------------------------
    def signed_in(request: Request) -> Staff:
        session = security.read_session(secret, request.cookies.get(security.SESSION_COOKIE))
        member = store.staff_member(session.username) if session is not None else None
        if (
            session is None
            or member is None
            or member.session_epoch != session.epoch
            or member.role != session.role
        ):
            raise _Redirect("/console/login")
        return Staff(member, session)

    def may(staff: Staff, permission: str, target: str) -> None:
        if not security.allowed(staff.role, permission):
            store.record(staff.username, staff.role, "refused", target, permission)
            raise _Refused(403, "你的角色不能进行此操作。")

    def page_for(permission: str) -> Callable[[Request], Staff]:
        def dependency(request: Request) -> Staff:
            staff = signed_in(request)
            may(staff, permission, request.url.path)
            return staff

        return dependency

    def action_for(permission: str) -> Callable[..., Staff]:
        def dependency(request: Request, fields: Form) -> Staff:
            staff = signed_in(request)
            origin = request.headers.get("origin")
            same_origin = origin is None or urlsplit(origin).netloc == request.headers.get("host", "")
            if not same_origin or not security.csrf_valid(secret, staff.session.nonce, fields.get("csrf")):
                store.record(staff.username, staff.role, "refused.csrf", request.url.path)
                raise _Refused(403, "表单已失效或来源不明，请刷新页面后重试。")
            may(staff, permission, request.url.path)
            return staff

        return dependency

    def render(name: str, request: Request, staff: Staff | None, status: int = 200, **ctx: Any) -> Response:
        nav = [
            (slug, label)
            for slug, label, perm in NAV
            if staff is not None and security.allowed(staff.role, perm)
        ]
        done = DONE_MESSAGES.get(request.query_params.get("done", ""), "")
        # calls nobody has answered yet, on every page of those who answer them
        waiting = 0
        if staff is not None and security.allowed(staff.role, "help.view"):
            waiting = store.waiting_calls()
        words = words_of(request)
        html = env.get_template(name).render(
            words=words,
            _=words.gettext,
            _n=words.ngettext,
            languages=i18n.LANGUAGES,
            switch_back=_here(request),
            staff=staff.member if staff else None,
            csrf=security.csrf_token(secret, staff.session.nonce) if staff else "",
            nav=nav,
            waiting_calls=waiting,
            done=done,
            now=time.time(),
            who={m.username: m.display_name for m in store.staff_list()} if staff else {},
            **ctx,
        )
        return HTMLResponse(html, status_code=status, headers=_PAGE_HEADERS)

    def words_of(request: Request) -> i18n.Words:
        return i18n.words_for(request.cookies.get(i18n.COOKIE), request.headers.get("accept-language"))

    def say(request: Request) -> Callable[..., str]:
        return words_of(request).gettext

    def back(path: str, done: str) -> RedirectResponse:
        return RedirectResponse(f"{path}?{urlencode({'done': done})}", status_code=303)

    # -- the language switch ----------------------------------------------------------------------
    @router.get("/language/{lang}")
    def switch_language(request: Request, lang: str, back_to: str = "/console/") -> Response:
        """Keep the staff member's choice in a cookie and go back to the page they were on (only ever a
        console page: anything else would make this an open redirect)."""
        if lang not in i18n.LANGUAGES:
            raise _Refused(404, "没有这种语言。")
        safe = back_to.startswith("/console/") and "//" not in back_to and "\\" not in back_to
        response = RedirectResponse(back_to if safe else "/console/", status_code=303)
        response.set_cookie(
            i18n.COOKIE,
            lang,
            max_age=i18n.COOKIE_MAX_AGE,
            path="/console",
            httponly=True,
            samesite="lax",
            secure=settings.secure_cookies or request.url.scheme == "https",
        )
        return response

    # -- sign in and out --------------------------------------------------------------------------
    @router.get("/login")
    def login_page(request: Request) -> Response:
        return _login_form(request, None, 200)

    def _login_form(request: Request, error: Message | None, status: int) -> Response:
        nonce = security.issue_nonce()
        response = render(
            "login.html", request, None, status, error=error, login_csrf=security.csrf_token(secret, nonce)
        )
        response.set_cookie(
            security.LOGIN_NONCE_COOKIE,
            nonce,
            max_age=900,
            path="/console",
            httponly=True,
            samesite="strict",
            secure=settings.secure_cookies or request.url.scheme == "https",
        )
        return response

    @router.post("/login")
    def login(request: Request, fields: Form) -> Response:
        nonce = request.cookies.get(security.LOGIN_NONCE_COOKIE)
        if not security.csrf_valid(secret, nonce, fields.get("csrf")):
            return _login_form(request, ("登录页面已过期，请重新输入。", {}), 403)
        username = fields.get("username", "").strip()[:64]
        client = request.client.host if request.client else "-"
        window_start = time.time() - LOGIN_LOCK_S
        if store.failed_logins(username, client, window_start) >= LOGIN_ATTEMPTS:
            store.record(username or "-", "-", "login.throttled", "console", client)
            return _login_form(
                request, ("尝试次数过多，请 {minutes} 分钟后再试。", {"minutes": LOGIN_LOCK_S // 60}), 429
            )
        member = store.staff_member(username)
        ok = security.verify_password(
            fields.get("password", ""), member.password_hash if member else security.dummy_hash()
        )
        if member is None or not ok:
            store.login_failed(username, client)
            store.record(username or "-", "-", "login.failed", "console", client)
            return _login_form(request, ("用户名或密码不正确。", {}), 401)
        store.login_succeeded(username, client)
        store.record(member.username, member.role, "login", "console")
        response = RedirectResponse("/console/", status_code=303)
        response.set_cookie(
            security.SESSION_COOKIE,
            security.issue_session(secret, member.username, member.role, member.session_epoch),
            max_age=security.SESSION_LIFETIME_S,
            path="/console",
            httponly=True,
            samesite="strict",
            secure=settings.secure_cookies or request.url.scheme == "https",
        )
        response.delete_cookie(security.LOGIN_NONCE_COOKIE, path="/console")
        return response

    @router.post("/logout")
    def logout(staff: Annotated[Staff, Depends(action_for("console.signout"))]) -> Response:
        store.end_sessions(staff.username)
        store.record(staff.username, staff.role, "logout", "console")
        response = RedirectResponse("/console/login", status_code=303)
        response.delete_cookie(security.SESSION_COOKIE, path="/console")
        return response

    @router.get("/")
    def home(request: Request) -> Response:
        staff = signed_in(request)
        for slug, _label, perm in NAV:
            if security.allowed(staff.role, perm):
                return RedirectResponse(f"/console/{slug}", status_code=303)
        raise _Refused(403, "你的角色没有可用的页面。")

    # -- fleet ------------------------------------------------------------------------------------
    @router.get("/fleet")
    def fleet(
        request: Request,
        staff: Annotated[Staff, Depends(page_for("fleet.view"))],
        township: str = "",
        page: int = 1,
    ) -> Response:
        offline_s, disk_low = settings.offline_after_min * 60, settings.disk_low_gib * 1024**3
        # alerts first, a page at a time, found in SQL: a county's thousands of rows would be megabytes;
        # the townships read are the page's own (and the filter's list), never the whole fleet's
        found = storage.fleet_page(
            offline_before=time.time() - offline_s,
            disk_low_bytes=disk_low,
            only=store.terminals_in(township) if township else None,
            limit=FLEET_PAGE,
            offset=(max(1, page) - 1) * FLEET_PAGE,
        )
        towns = store.townships_of({t.id for t in found.terminals})
        pages = max(1, -(-found.total // FLEET_PAGE))
        return render(
            "fleet.html",
            request,
            staff,
            rows=fleet_rows(found.terminals, towns, offline_s, disk_low_bytes=disk_low, say=say(request)),
            page=max(1, page),
            pages=pages,
            total=found.total,
            alerting=found.alerting,
            device_states=DEVICE_STATES,
            township=township,
            townships=store.township_names(),
            offline_min=settings.offline_after_min,
            disk_low_gib=settings.disk_low_gib,
            can_edit=security.allowed(staff.role, "fleet.township"),
        )

    @router.post("/fleet/{terminal_id}/township")
    def set_township(
        terminal_id: str,
        fields: Form,
        staff: Annotated[Staff, Depends(action_for("fleet.township"))],
    ) -> Response:
        town = _text(fields, "township", 1, 100, "请填写乡镇名称。")
        if storage.terminal(terminal_id) is None:
            raise _Refused(404, "没有这台终端。")
        store.set_township(terminal_id, town)
        store.record(staff.username, staff.role, "terminal.township", terminal_id, town)
        return back("/console/fleet", "township")

    # -- help calls -------------------------------------------------------------------------------
    @router.get("/help")
    def help_board(request: Request, staff: Annotated[Staff, Depends(page_for("help.view"))]) -> Response:
        calls = store.help_calls(since=time.time() - HELP_BOARD_KEEPS_S)
        return render(
            "help.html",
            request,
            staff,
            calls=calls,
            names={c.terminal_id: c.terminal_name for c in calls if c.terminal_name},
            towns={c.terminal_id: c.township for c in calls},
            screens=[_screen_words(_json_field(c.body, "screen"), say(request)) for c in calls],
        )

    @router.post("/help/{terminal_id}/{item_id}/acknowledge")
    def acknowledge(
        terminal_id: str, item_id: str, staff: Annotated[Staff, Depends(action_for("help.act"))]
    ) -> Response:
        if not store.acknowledge_help(terminal_id, item_id, staff.username, staff.member.display_name):
            return back("/console/help", "already")
        store.record(staff.username, staff.role, "help.acknowledge", f"{terminal_id}/{item_id}")
        return back("/console/help", "acknowledged")

    @router.post("/help/{terminal_id}/{item_id}/resolve")
    def resolve(
        terminal_id: str, item_id: str, staff: Annotated[Staff, Depends(action_for("help.act"))]
    ) -> Response:
        if not store.resolve_help(terminal_id, item_id, staff.username):
            raise _Refused(404, "没有这条呼叫。")
        store.record(staff.username, staff.role, "help.resolve", f"{terminal_id}/{item_id}")
        return back("/console/help", "resolved")

    # -- complaints -------------------------------------------------------------------------------
    limit_s = settings.complaint_limit_hours * 3600

    @router.get("/complaints")
    def complaints(
        request: Request, staff: Annotated[Staff, Depends(page_for("complaints.view"))]
    ) -> Response:
        listed = store.complaints(limit=cases.PAGE)
        return render(
            "complaints.html",
            request,
            staff,
            complaints=listed,
            limit_s=limit_s,
            countdown=_countdown_in(say(request)),
            category=lambda body: say(request)(_category(body)),
            names=storage.terminal_names({c.terminal_id for c in listed}),
            assignees=[m for m in store.staff_list() if m.role in ("window", "supervisor")],
            can_assign=security.allowed(staff.role, "complaints.assign"),
            may_read=lambda c: _may_read(staff, c.assigned_to),
        )

    @router.get("/complaints/{terminal_id}/{item_id}")
    def complaint(
        request: Request,
        terminal_id: str,
        item_id: str,
        staff: Annotated[Staff, Depends(page_for("complaints.view"))],
    ) -> Response:
        found = store.complaint(terminal_id, item_id)
        if found is None:
            raise _Refused(404, "没有这条诉求。")
        if not _may_read(staff, found.assigned_to):  # a resident's words go to whoever handles them
            store.record(staff.username, staff.role, "refused", f"{terminal_id}/{item_id}", "not assigned")
            raise _Refused(403, "这条诉求没有分派给你，分派后才能查看和答复。")
        content = _open_complaint(found.body, open_)
        store.record(staff.username, staff.role, "complaint.open", f"{terminal_id}/{item_id}")
        return render(
            "complaint.html",
            request,
            staff,
            c=found,
            content=content,
            limit_s=limit_s,
            countdown=_countdown_in(say(request)),
            category=say(request)(_category(found.body)),
            can_reply=found.reply is None and _may_reply(staff, found.assigned_to),
            reply_max=REPLY_MAX,
        )

    @router.post("/complaints/{terminal_id}/{item_id}/assign")
    def assign(
        terminal_id: str,
        item_id: str,
        fields: Form,
        staff: Annotated[Staff, Depends(action_for("complaints.assign"))],
    ) -> Response:
        to = store.staff_member(fields.get("to", ""))
        if (
            to is None
            or to.role not in ("window", "supervisor")
            or store.complaint(terminal_id, item_id) is None
        ):
            raise _BadInput("请选择一名工作人员。")
        store.assign_complaint(terminal_id, item_id, to.username)
        store.record(staff.username, staff.role, "complaint.assign", f"{terminal_id}/{item_id}", to.username)
        return back("/console/complaints", "assigned")

    @router.post("/complaints/{terminal_id}/{item_id}/reply")
    def reply(
        terminal_id: str,
        item_id: str,
        fields: Form,
        staff: Annotated[Staff, Depends(action_for("complaints.reply"))],
    ) -> Response:
        found = store.complaint(terminal_id, item_id)
        if found is None:
            raise _Refused(404, "没有这条诉求。")
        if not _may_reply(staff, found.assigned_to):
            store.record(staff.username, staff.role, "refused", f"{terminal_id}/{item_id}", "not assigned")
            raise _Refused(403, "这条诉求没有分派给你。")
        text = _text(fields, "reply", 2, REPLY_MAX, "请填写答复（2 至 {limit} 字）。", limit=REPLY_MAX)
        if not store.reply_complaint(terminal_id, item_id, staff.username, text):
            return back("/console/complaints", "already")
        store.record(staff.username, staff.role, "complaint.reply", f"{terminal_id}/{item_id}")
        return back("/console/complaints", "replied")

    # -- applications -----------------------------------------------------------------------------
    @router.get("/applications")
    def applications(
        request: Request, staff: Annotated[Staff, Depends(page_for("applications.view"))], state: str = ""
    ) -> Response:
        cases.index_new_cases(storage, store, open_)
        listed = storage.applications(
            kind="application", states=(state,) if state else None, limit=cases.PAGE, newest_first=True
        )
        names = storage.terminal_names({a.terminal_id for a in listed})
        today = dt.datetime.now(zone).date().isoformat()
        return render(
            "applications.html",
            request,
            staff,
            apps=listed,
            names=names,
            state=state,
            states=STATE_NAMES,
            matters=lambda manifest: _matters(manifest, say(request)),
            owed=store.deferred_materials(limit=cases.PAGE),  # the earliest due (overdue) first
            today=today,
        )

    @router.get("/applications/{case_no}")
    def application(
        request: Request, case_no: str, staff: Annotated[Staff, Depends(page_for("applications.view"))]
    ) -> Response:
        found = storage.application(case_no)
        if found is None or found.case_no != case_no:
            raise _Refused(404, "没有这个办件。")
        cases.index_new_cases(storage, store, open_)
        today = dt.datetime.now(zone).date().isoformat()
        terminal = storage.terminal(found.terminal_id)
        return render(
            "application.html",
            request,
            staff,
            a=found,
            matters=_matters(found.manifest, say(request)),
            owed=store.deferred_materials(case_no),
            decisions=DECISIONS,
            today=today,
            can_decide=security.allowed(staff.role, "applications.decide"),
            terminal=terminal.name if terminal else found.terminal_id,
        )

    @router.post("/applications/{case_no}/decide")
    def decide(
        case_no: str,
        fields: Form,
        staff: Annotated[Staff, Depends(action_for("applications.decide"))],
    ) -> Response:
        action = fields.get("decision", "")
        if action not in DECISIONS:
            raise _BadInput("请选择一项处理。")
        needs_note = DECISIONS[action][1]
        note = _text(fields, "note", 2 if needs_note else 0, 500, "请写明需要居民做什么（2 至 500 字）。")
        if not storage.set_case_state(case_no, action, note):
            raise _Refused(404, "没有这个办件。")
        store.record(staff.username, staff.role, f"application.{action}", case_no, note)
        return back(f"/console/applications/{case_no}", "decided")

    @router.post("/applications/{case_no}/deferred/{code}/received")
    def deferred_received(
        case_no: str, code: str, staff: Annotated[Staff, Depends(action_for("applications.decide"))]
    ) -> Response:
        if not store.receive_deferred(case_no, code, staff.username):
            return back(f"/console/applications/{case_no}", "already")
        store.record(staff.username, staff.role, "application.deferred_received", case_no, code)
        return back(f"/console/applications/{case_no}", "received")

    # -- certifications and home visits ---------------------------------------------------------
    def certifications_page(request: Request, staff: Staff, photo: tuple[str, str] | None = None) -> Response:
        certs, visits, broken = cases.reviews(storage, store, open_)
        return render(
            "certifications.html",
            request,
            staff,
            certs=certs,
            visits=visits,
            broken=broken,
            photo=photo,
            can_photo=security.allowed(staff.role, "certifications.photo"),
            can_decide=security.allowed(staff.role, "certifications.decide"),
            can_schedule=security.allowed(staff.role, "visits.schedule"),
        )

    @router.get("/certifications")
    def certifications(
        request: Request, staff: Annotated[Staff, Depends(page_for("certifications.view"))]
    ) -> Response:
        return certifications_page(request, staff)

    @router.post("/certifications/{case_no}/photo")
    def open_photo(
        request: Request, case_no: str, staff: Annotated[Staff, Depends(action_for("certifications.photo"))]
    ) -> Response:
        found = storage.application(case_no)
        picture = None if found is None else cases.face_photo(storage, settings.blob_dir, open_, found.id)
        if picture is None:
            raise _Refused(404, "这件认证没有人脸照片。")
        store.record(staff.username, staff.role, "certification.photo.open", case_no)
        return certifications_page(request, staff, (case_no, base64.b64encode(picture).decode()))

    @router.post("/certifications/{case_no}/decide")
    def decide_certification(
        case_no: str,
        fields: Form,
        staff: Annotated[Staff, Depends(action_for("certifications.decide"))],
    ) -> Response:
        passed = fields.get("passed") == "yes"
        reason = _text(fields, "reason", 0 if passed else 2, 500, "未通过时请写明原因（2 至 500 字）。")
        if not review.decide(storage, case_no, review.Decision(passed, reason)):
            raise _Refused(404, "没有这件认证。")
        store.record(staff.username, staff.role, "certification." + ("pass" if passed else "fail"), case_no)
        return back("/console/certifications", "decided")

    @router.post("/visits/{case_no}/schedule")
    def schedule(
        case_no: str,
        fields: Form,
        staff: Annotated[Staff, Depends(action_for("visits.schedule"))],
    ) -> Response:
        day = fields.get("day", "")
        try:
            dt.date.fromisoformat(day)
        except ValueError as exc:
            raise _BadInput("请选择上门日期。") from exc
        note = _text(fields, "note", 0, 200, "备注不超过 200 字。")
        if not review.schedule_visit(storage, case_no, day, note):
            raise _Refused(404, "没有这个上门服务申请。")
        store.record(staff.username, staff.role, "visit.schedule", case_no, day)
        return back("/console/certifications", "scheduled")

    # -- documents to mail ----------------------------------------------------------------------
    def mail_page(request: Request, staff: Staff, shown: tuple[str, str | None] | None = None) -> Response:
        listed = storage.mailings(limit=cases.PAGE)
        return render(
            "mail.html",
            request,
            staff,
            mailings=listed,
            names=storage.terminal_names({m.terminal_id for m in listed}),
            towns=store.townships_of({m.terminal_id for m in listed}),
            shown=shown,
            today=dt.datetime.now(zone).date().isoformat(),
            can_post=security.allowed(staff.role, "mail.post"),
        )

    @router.get("/mail")
    def mailings(request: Request, staff: Annotated[Staff, Depends(page_for("mail.view"))]) -> Response:
        return mail_page(request, staff)

    @router.post("/mail/{terminal_id}/{request_id}/address")
    def show_address(
        request: Request,
        terminal_id: str,
        request_id: str,
        staff: Annotated[Staff, Depends(action_for("mail.address"))],
    ) -> Response:
        found = storage.mailing(terminal_id, request_id)
        if found is None:
            raise _Refused(404, mail.NO_SUCH)
        address = mail.open_address(found.address_sealed, open_)
        store.record(staff.username, staff.role, "mail.address.show", f"{terminal_id}/{request_id}")
        return mail_page(request, staff, (request_id, address))

    @router.post("/mail/{terminal_id}/{request_id}/posted")
    def mark_posted(
        terminal_id: str,
        request_id: str,
        fields: Form,
        staff: Annotated[Staff, Depends(action_for("mail.post"))],
    ) -> Response:
        try:
            day = mail.posted_day(fields.get("day", ""), dt.datetime.now(zone).date())
        except ValueError as exc:
            raise _BadInput(mail.BAD_DAY) from exc
        if storage.mailing(terminal_id, request_id) is None:
            raise _Refused(404, mail.NO_SUCH)
        if not storage.mark_posted(terminal_id, request_id, day, staff.username):
            return back("/console/mail", "already")
        store.record(staff.username, staff.role, "mail.posted", f"{terminal_id}/{request_id}", day)
        return back("/console/mail", "posted")

    # -- audit ------------------------------------------------------------------------------------
    @router.get("/audit")
    def audit(request: Request, staff: Annotated[Staff, Depends(page_for("audit.view"))]) -> Response:
        return render(
            "audit.html", request, staff, entries=store.audit_log(AUDIT_SHOWN), audit_shown=AUDIT_SHOWN
        )

    # -- wiring -----------------------------------------------------------------------------------
    app.mount("/console/static", StaticFiles(directory=HERE / "static"), name="console-static")
    app.include_router(router)

    @app.exception_handler(_Redirect)
    async def redirect(_: Request, exc: _Redirect) -> Response:
        return RedirectResponse(exc.location, status_code=303)

    @app.exception_handler(_Refused)
    async def refused(request: Request, exc: _Refused) -> Response:
        # rendering reads the database: off the event loop, like the pages
        staff = await run_in_threadpool(_signed_in_or_none, request)
        return await run_in_threadpool(render, "refused.html", request, staff, exc.status, reason=exc.reason)

    @app.exception_handler(_BadInput)
    async def bad_input(request: Request, exc: _BadInput) -> Response:
        staff = await run_in_threadpool(_signed_in_or_none, request)
        return await run_in_threadpool(render, "refused.html", request, staff, 400, reason=exc.message)

    def _signed_in_or_none(request: Request) -> Staff | None:
        try:
            return signed_in(request)
        except _Redirect:
            return None

    return store


_PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",  # "no-referrer" makes browsers send Origin: null
    "Cache-Control": "no-store",
}


def _here(request: Request) -> str:
    """Where the language switch comes back to: this page (without the note of what was just done, which
    would show again), or the console's start after a form's POST."""
    if request.method != "GET":
        return "/console/"
    query = urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "done"])
    return request.url.path + (f"?{query}" if query else "")


def _words(ctx: Context) -> i18n.Words:
    words: i18n.Words = ctx["words"]
    return words


def _text(fields: dict[str, str], name: str, least: int, most: int, message: str, **params: object) -> str:
    value = fields.get(name, "").strip()
    if not least <= len(value) <= most:
        raise _BadInput(message, **params)
    return value


def _json_field(body: str, name: str) -> str:
    import json

    try:
        return str(json.loads(body).get(name, ""))
    except (ValueError, AttributeError):
        return ""


def _open_complaint(body: str, open_: Callable[[bytes], bytes]) -> dict[str, Any] | None:
    """The complaint's sealed text and contact, or None when it cannot be opened (the page still shows)."""
    import json

    try:
        sealed = base64.b64decode(json.loads(body)["sealed_body"])
        content: dict[str, Any] = json.loads(open_(sealed))
        return content
    except Exception:
        return None


def _category(body: str) -> str:
    return COMPLAINT_CATEGORIES.get(_json_field(body, "category"), COMPLAINT_CATEGORIES["other"])


def _screen_words(screen: str, say: Callable[..., str]) -> str:
    words = next((w for prefix, w in SCREEN_NAMES if screen.startswith(prefix)), "")
    return say("{where}（{screen}）", where=say(words), screen=screen) if words else screen


def _may_read(staff: Staff, assigned_to: str | None) -> bool:
    return staff.role == "supervisor" or assigned_to == staff.username


def _may_reply(staff: Staff, assigned_to: str | None) -> bool:
    return staff.role == "supervisor" or (staff.role == "window" and assigned_to == staff.username)


def _matters(manifest: str, say: Callable[..., str]) -> str:
    import json

    try:
        return say("、").join(str(m) for m in json.loads(manifest).get("matter_codes", []))
    except (ValueError, AttributeError):
        return ""


def _countdown_in(say: Callable[..., str]) -> Callable[..., tuple[str, bool]]:
    return lambda received_at, limit_s, now=None: _countdown(received_at, limit_s, now, say)


def _countdown(
    received_at: float, limit_s: float, now: float | None, say: Callable[..., str]
) -> tuple[str, bool]:
    """('剩余 1 天 3 小时', False) or ('已超时 5 小时 2 分', True), in ``say``'s language."""
    left = received_at + limit_s - (time.time() if now is None else now)
    hours = int(abs(left) // 3600)
    minutes = int(abs(left) % 3600 // 60)
    if hours >= 24:
        span = say("{days} 天 {hours} 小时", days=hours // 24, hours=hours % 24)
    else:
        span = say("{hours} 小时 {minutes} 分", hours=hours, minutes=minutes)
    return (say("已超时 {span}", span=span), True) if left < 0 else (say("剩余 {span}", span=span), False)
