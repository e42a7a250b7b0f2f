"""The staff console's own records, and its two narrow doors into the platform's tables.

Portable SQL through SQLAlchemy Core (the same statements run on SQLite and PostgreSQL): staff
accounts, the audit trail, what staff did with help calls and complaints, the one-time index of each
case's kind and deferred (容缺) materials, and the township each terminal serves.

The doors into the platform's own tables: help calls and complaints are read from ``small_posts``
(where the kiosks' posts land), and a staff answer is written into ``case_events``, the status feed
every terminal polls, so a help call's acknowledgement and a complaint's reply travel to the kiosk
the way case decisions do (the item's id stands where an application id would).
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    case,
    create_engine,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from sync.platform import schema

ROLES = ("window", "supervisor", "technician")

console_meta = MetaData()
settings = Table(
    "console_settings", console_meta, Column("key", String(64), primary_key=True), Column("value", Text)
)
staff = Table(
    "console_staff",
    console_meta,
    Column("username", String(64), primary_key=True),
    Column("display_name", String(200), nullable=False),
    Column("role", String(20), nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("session_epoch", Integer, nullable=False, default=0),
    Column("created_at", Float, nullable=False),
)
audit = Table(
    "console_audit",
    console_meta,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", Float, nullable=False, index=True),
    Column("actor", String(64), nullable=False),
    Column("role", String(20), nullable=False),
    Column("action", String(64), nullable=False),
    Column("target", String(200), nullable=False),
    Column("detail", Text, nullable=False, default=""),
)
help_handling = Table(
    "console_help",
    console_meta,
    Column("terminal_id", String(64), primary_key=True),
    Column("item_id", String(64), primary_key=True),
    Column("acknowledged_by", String(64)),
    Column("acknowledged_at", Float),
    Column("resolved_by", String(64)),
    Column("resolved_at", Float),
)
complaint_handling = Table(
    "console_complaints",
    console_meta,
    Column("terminal_id", String(64), primary_key=True),
    Column("item_id", String(64), primary_key=True),
    Column("assigned_to", String(64)),
    Column("assigned_at", Float),
    Column("reply", Text),
    Column("replied_by", String(64)),
    Column("replied_at", Float),
)
case_index = Table(
    "console_cases",
    console_meta,
    Column("application_id", String(64), primary_key=True),
    Column("case_no", String(64), nullable=False),
    Column("kind", String(32), nullable=False, index=True),
)
deferred = Table(
    "console_deferred",
    console_meta,
    Column("application_id", String(64), primary_key=True),
    Column("code", String(64), primary_key=True),
    Column("case_no", String(64), nullable=False),
    Column("due_date", String(10), nullable=False, index=True),
    Column("received_by", String(64)),
    Column("received_at", Float),
)
townships = Table(
    "console_townships",
    console_meta,
    Column("terminal_id", String(64), primary_key=True),
    Column("township", String(100), nullable=False),
)

login_failures = Table(
    "console_login_failures",
    console_meta,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False, index=True),
    Column("client", String(64), nullable=False),
    Column("at", Float, nullable=False),
)

# The platform's tables, described (never created) here: only the columns the console touches.
_platform_meta = MetaData()
small_posts = Table(
    "small_posts",
    _platform_meta,
    Column("kind", Text),
    Column("terminal_id", Text),
    Column("item_id", Text),
    Column("body", Text),
    Column("received_at", Float),
)
platform_terminals = Table("terminals", _platform_meta, Column("id", Text), Column("name", Text))
case_events = Table(
    "case_events",
    _platform_meta,
    Column("application_id", Text),
    Column("terminal_id", Text),
    Column("case_no", Text),
    Column("state", Text),
    Column("changed_at", Float),
    Column("note", Text),
)


@dataclass(frozen=True)
class StaffMember:
    username: str
    display_name: str
    role: str
    password_hash: str
    session_epoch: int


@dataclass(frozen=True)
class HelpCall:
    terminal_id: str
    item_id: str
    body: str
    received_at: float
    acknowledged_by: str | None
    acknowledged_at: float | None
    resolved_by: str | None
    resolved_at: float | None
    terminal_name: str = ""
    township: str = ""


@dataclass(frozen=True)
class Complaint:
    terminal_id: str
    item_id: str
    body: str
    received_at: float
    assigned_to: str | None
    reply: str | None
    replied_by: str | None
    replied_at: float | None


@dataclass(frozen=True)
class DeferredMaterial:
    application_id: str
    case_no: str
    code: str
    due_date: str
    received_by: str | None


@dataclass(frozen=True)
class AuditEntry:
    at: float
    actor: str
    role: str
    action: str
    target: str
    detail: str


def open_engine(url: str) -> Engine:
    """SQLite waits for the platform's own writer instead of failing at once (they share the file)."""
    if url.startswith("sqlite"):
        return create_engine(url, connect_args={"timeout": 10, "check_same_thread": False})
    return create_engine(url, pool_pre_ping=True)


class ConsoleStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        with engine.begin() as c:
            if engine.dialect.name == "postgresql":
                # the platform's migration lock: `serve --workers N` starts N of these at once, and two
                # CREATE TABLEs of one name collide in PostgreSQL's catalog (one worker then failed to start)
                c.execute(select(func.pg_advisory_xact_lock(schema.MIGRATION_LOCK)))
            console_meta.create_all(c)

    # -- the signing secret, shared by every worker through the database ----------------------------
    def secret(self) -> bytes:
        with self.engine.begin() as c:
            row = c.execute(select(settings.c.value).where(settings.c.key == "cookie_secret")).first()
            if row is not None:
                return bytes.fromhex(str(row[0]))
        try:
            with self.engine.begin() as c:
                c.execute(insert(settings).values(key="cookie_secret", value=secrets.token_hex(32)))
        except IntegrityError:
            pass  # another worker made it first: use theirs
        return self.secret()

    # -- staff ------------------------------------------------------------------------------------
    def add_staff(self, username: str, display_name: str, role: str, password_hash: str) -> None:
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        with self.engine.begin() as c:
            c.execute(
                insert(staff).values(
                    username=username,
                    display_name=display_name,
                    role=role,
                    password_hash=password_hash,
                    session_epoch=0,
                    created_at=time.time(),
                )
            )

    def staff_member(self, username: str) -> StaffMember | None:
        with self.engine.connect() as c:
            row = c.execute(select(staff).where(staff.c.username == username)).first()
        if row is None:
            return None
        return StaffMember(
            row.username, row.display_name, row.role, row.password_hash, int(row.session_epoch)
        )

    def staff_list(self) -> list[StaffMember]:
        with self.engine.connect() as c:
            rows = c.execute(select(staff).order_by(staff.c.username)).all()
        return [
            StaffMember(r.username, r.display_name, r.role, r.password_hash, r.session_epoch) for r in rows
        ]

    def end_sessions(self, username: str) -> None:
        """Signing out ends every session of this member: cookies carry the epoch they were issued in."""
        with self.engine.begin() as c:
            c.execute(
                update(staff)
                .where(staff.c.username == username)
                .values(session_epoch=staff.c.session_epoch + 1)
            )

    # -- sign-in failures: guessing a password is slowed per name and client address ---------------
    def failed_logins(self, username: str, client: str, since: float) -> int:
        f = login_failures
        query = (
            select(func.count())
            .select_from(f)
            .where(f.c.username == username, f.c.client == client, f.c.at >= since)
        )
        with self.engine.connect() as c:
            return int(c.execute(query).scalar_one())

    def login_failed(self, username: str, client: str) -> None:
        with self.engine.begin() as c:
            c.execute(insert(login_failures).values(username=username, client=client, at=time.time()))

    def login_succeeded(self, username: str, client: str) -> None:
        f = login_failures
        with self.engine.begin() as c:
            c.execute(f.delete().where(f.c.username == username, f.c.client == client))

    # -- audit ------------------------------------------------------------------------------------
    def record(self, actor: str, role: str, action: str, target: str, detail: str = "") -> None:
        with self.engine.begin() as c:
            c.execute(
                insert(audit).values(
                    at=time.time(), actor=actor, role=role, action=action, target=target, detail=detail
                )
            )

    def audit_log(self, limit: int = 200) -> list[AuditEntry]:
        with self.engine.connect() as c:
            rows = c.execute(select(audit).order_by(audit.c.id.desc()).limit(limit)).all()
        return [AuditEntry(r.at, r.actor, r.role, r.action, r.target, r.detail) for r in rows]

    # -- the status feed --------------------------------------------------------------------------
    def _feed(self, c: Any, terminal_id: str, item_id: str, state: str, note: str) -> None:
        c.execute(
            insert(case_events).values(
                application_id=item_id,
                terminal_id=terminal_id,
                case_no=item_id,
                state=state,
                changed_at=time.time(),
                note=note,
            )
        )

    # -- help calls -------------------------------------------------------------------------------
    def waiting_calls(self) -> int:
        """Calls nobody has acknowledged yet (the badge every page shows those who answer them)."""
        h = help_handling
        query = (
            select(func.count())
            .select_from(
                small_posts.outerjoin(
                    h,
                    and_(h.c.terminal_id == small_posts.c.terminal_id, h.c.item_id == small_posts.c.item_id),
                )
            )
            .where(small_posts.c.kind == "help-requests", h.c.acknowledged_at.is_(None))
            .where(h.c.resolved_at.is_(None))
        )
        with self.engine.connect() as c:
            return int(c.execute(query).scalar_one())

    def help_calls(self, since: float) -> list[HelpCall]:
        """Open calls, and those resolved after `since` (the board keeps them in view for a while)."""
        h, t = help_handling, platform_terminals
        # the terminal's name and township in the same query: the board shows them on every row
        query = (
            select(
                small_posts,
                h.c.acknowledged_by,
                h.c.acknowledged_at,
                h.c.resolved_by,
                h.c.resolved_at,
                t.c.name,
                townships.c.township,
            )
            .select_from(
                small_posts.outerjoin(
                    h,
                    and_(h.c.terminal_id == small_posts.c.terminal_id, h.c.item_id == small_posts.c.item_id),
                )
                .outerjoin(t, t.c.id == small_posts.c.terminal_id)
                .outerjoin(townships, townships.c.terminal_id == small_posts.c.terminal_id)
            )
            .where(small_posts.c.kind == "help-requests")
            .where((h.c.resolved_at.is_(None)) | (h.c.resolved_at >= since))
            .order_by(small_posts.c.received_at.desc())
        )
        with self.engine.connect() as c:
            rows = c.execute(query).all()
        return [
            HelpCall(
                r.terminal_id,
                r.item_id,
                r.body,
                r.received_at,
                r.acknowledged_by,
                r.acknowledged_at,
                r.resolved_by,
                r.resolved_at,
                r.name or "",
                r.township or "",
            )
            for r in rows
        ]

    def _help_exists(self, c: Any, terminal_id: str, item_id: str) -> bool:
        found = c.execute(
            select(func.count())
            .select_from(small_posts)
            .where(small_posts.c.kind == "help-requests")
            .where(small_posts.c.terminal_id == terminal_id)
            .where(small_posts.c.item_id == item_id)
        ).scalar_one()
        return bool(found)

    def acknowledge_help(self, terminal_id: str, item_id: str, who: str, note: str) -> bool:
        """First acknowledgement wins; it goes to the terminal as ``accepted`` with `note`."""
        with self.engine.begin() as c:
            if not self._help_exists(c, terminal_id, item_id):
                return False
            done = c.execute(
                select(help_handling.c.acknowledged_at)
                .where(help_handling.c.terminal_id == terminal_id)
                .where(help_handling.c.item_id == item_id)
            ).first()
            if done is not None:
                return False
            c.execute(
                insert(help_handling).values(
                    terminal_id=terminal_id, item_id=item_id, acknowledged_by=who, acknowledged_at=time.time()
                )
            )
            self._feed(c, terminal_id, item_id, "accepted", note)
        return True

    def resolve_help(self, terminal_id: str, item_id: str, who: str) -> bool:
        with self.engine.begin() as c:
            if not self._help_exists(c, terminal_id, item_id):
                return False
            now = time.time()
            changed = c.execute(
                update(help_handling)
                .where(help_handling.c.terminal_id == terminal_id)
                .where(help_handling.c.item_id == item_id)
                .where(help_handling.c.resolved_at.is_(None))
                .values(resolved_by=who, resolved_at=now)
            ).rowcount
            if not changed:
                c.execute(
                    insert(help_handling).values(
                        terminal_id=terminal_id,
                        item_id=item_id,
                        acknowledged_by=who,
                        acknowledged_at=now,
                        resolved_by=who,
                        resolved_at=now,
                    )
                )
            self._feed(c, terminal_id, item_id, "completed", "")
        return True

    # -- complaints -------------------------------------------------------------------------------
    def _complaint_query(self) -> Any:
        h = complaint_handling
        return (
            select(small_posts, h.c.assigned_to, h.c.reply, h.c.replied_by, h.c.replied_at)
            .select_from(
                small_posts.outerjoin(
                    h,
                    and_(h.c.terminal_id == small_posts.c.terminal_id, h.c.item_id == small_posts.c.item_id),
                )
            )
            .where(small_posts.c.kind == "complaints")
        )

    @staticmethod
    def _complaint(r: Any) -> Complaint:
        return Complaint(
            r.terminal_id,
            r.item_id,
            r.body,
            r.received_at,
            r.assigned_to,
            r.reply,
            r.replied_by,
            r.replied_at,
        )

    def complaints(self, limit: int | None = None) -> list[Complaint]:
        """Unanswered first, the longest waiting at the top, then the answered, the latest first."""
        waiting = complaint_handling.c.reply.is_(None)
        query = self._complaint_query().order_by(
            case((waiting, 0), else_=1),
            case((waiting, small_posts.c.received_at), else_=-small_posts.c.received_at),
        )
        with self.engine.connect() as c:
            rows = c.execute(query if limit is None else query.limit(limit)).all()
        return [self._complaint(r) for r in rows]

    def complaint(self, terminal_id: str, item_id: str) -> Complaint | None:
        query = self._complaint_query().where(
            small_posts.c.terminal_id == terminal_id, small_posts.c.item_id == item_id
        )
        with self.engine.connect() as c:
            row = c.execute(query).first()
        return None if row is None else self._complaint(row)

    def _complaint_row(self, c: Any, terminal_id: str, item_id: str) -> None:
        h = complaint_handling
        exists = c.execute(
            select(h.c.item_id).where(h.c.terminal_id == terminal_id, h.c.item_id == item_id)
        ).first()
        if exists is None:
            c.execute(insert(h).values(terminal_id=terminal_id, item_id=item_id))

    def assign_complaint(self, terminal_id: str, item_id: str, to: str) -> bool:
        with self.engine.begin() as c:
            self._complaint_row(c, terminal_id, item_id)
            h = complaint_handling
            c.execute(
                update(h)
                .where(h.c.terminal_id == terminal_id, h.c.item_id == item_id)
                .values(assigned_to=to, assigned_at=time.time())
            )
            self._feed(c, terminal_id, item_id, "processing", "")
        return True

    def reply_complaint(self, terminal_id: str, item_id: str, who: str, reply: str) -> bool:
        """The reply goes to the terminal as the complaint's ``completed`` note; one reply per complaint."""
        with self.engine.begin() as c:
            self._complaint_row(c, terminal_id, item_id)
            h = complaint_handling
            changed = c.execute(
                update(h)
                .where(h.c.terminal_id == terminal_id, h.c.item_id == item_id, h.c.replied_at.is_(None))
                .values(reply=reply, replied_by=who, replied_at=time.time())
            ).rowcount
            if not changed:
                return False
            self._feed(c, terminal_id, item_id, "completed", reply)
        return True

    # -- cases: kinds and deferred materials, read once from each payload ----------------------------
    def indexed_through(self) -> int:
        """The arrival order (applications.seq) up to which every case has been indexed."""
        with self.engine.connect() as c:
            row = c.execute(select(settings.c.value).where(settings.c.key == "indexed_through_seq")).first()
        return 0 if row is None else int(row[0])

    def set_indexed_through(self, seq: int) -> None:
        """Moved forward only: two workers indexing at once both end at the larger mark."""
        with self.engine.begin() as c:
            row = c.execute(select(settings.c.value).where(settings.c.key == "indexed_through_seq")).first()
            if row is None:
                try:
                    with c.begin_nested():
                        c.execute(insert(settings).values(key="indexed_through_seq", value=str(seq)))
                    return
                except IntegrityError:
                    row = c.execute(
                        select(settings.c.value).where(settings.c.key == "indexed_through_seq")
                    ).first()
            if row is not None and int(row[0]) < seq:
                c.execute(
                    update(settings).where(settings.c.key == "indexed_through_seq").values(value=str(seq))
                )

    def indexed_ids(self) -> set[str]:
        with self.engine.connect() as c:
            return {str(r[0]) for r in c.execute(select(case_index.c.application_id)).all()}

    def index_case(self, application_id: str, case_no: str, kind: str, owed: list[tuple[str, str]]) -> None:
        try:
            with self.engine.begin() as c:
                c.execute(
                    insert(case_index).values(application_id=application_id, case_no=case_no, kind=kind)
                )
                for code, due in owed:
                    c.execute(
                        insert(deferred).values(
                            application_id=application_id, code=code, case_no=case_no, due_date=due
                        )
                    )
        except IntegrityError:
            pass  # another worker indexed it at the same moment

    def case_kinds(self) -> dict[str, str]:
        with self.engine.connect() as c:
            return {str(r[0]): str(r[1]) for r in c.execute(select(case_index.c.case_no, case_index.c.kind))}

    def deferred_materials(
        self, case_no: str | None = None, limit: int | None = None
    ) -> list[DeferredMaterial]:
        query = select(deferred).order_by(deferred.c.due_date, deferred.c.case_no)
        if case_no is not None:
            query = query.where(deferred.c.case_no == case_no)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as c:
            rows = c.execute(query).all()
        return [
            DeferredMaterial(r.application_id, r.case_no, r.code, r.due_date, r.received_by) for r in rows
        ]

    def receive_deferred(self, case_no: str, code: str, who: str) -> bool:
        with self.engine.begin() as c:
            return bool(
                c.execute(
                    update(deferred)
                    .where(deferred.c.case_no == case_no, deferred.c.code == code)
                    .where(deferred.c.received_at.is_(None))
                    .values(received_by=who, received_at=time.time())
                ).rowcount
            )

    # -- townships --------------------------------------------------------------------------------
    def townships(self) -> dict[str, str]:
        with self.engine.connect() as c:
            return {str(r[0]): str(r[1]) for r in c.execute(select(townships)).all()}

    def townships_of(self, ids: set[str]) -> dict[str, str]:
        """The townships of these terminals only: a page names the few it shows, not the county's fleet."""
        if not ids:
            return {}
        with self.engine.connect() as c:
            rows = c.execute(select(townships).where(townships.c.terminal_id.in_(sorted(ids)))).all()
        return {str(r[0]): str(r[1]) for r in rows}

    def township_names(self) -> list[str]:
        with self.engine.connect() as c:
            rows = c.execute(select(townships.c.township).distinct().order_by(townships.c.township)).all()
        return [str(r[0]) for r in rows]

    def terminals_in(self, township: str) -> list[str]:
        with self.engine.connect() as c:
            rows = c.execute(select(townships.c.terminal_id).where(townships.c.township == township)).all()
        return [str(r[0]) for r in rows]

    def set_township(self, terminal_id: str, township: str) -> None:
        with self.engine.begin() as c:
            changed = c.execute(
                update(townships).where(townships.c.terminal_id == terminal_id).values(township=township)
            ).rowcount
            if not changed:
                c.execute(insert(townships).values(terminal_id=terminal_id, township=township))
