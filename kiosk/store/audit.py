"""Hash-chained audit log over the ``audit_log`` table: an edited, inserted or deleted row shows.

API::

    append(db, actor, action, detail: dict, at: float | None = None) -> AuditEntry
    verify(db) -> AuditVerdict        # .ok, .count, .first_broken_seq, .reason
    check_no_personal_data(detail)    # raises PersonalDataError; also used for device events
    safe(detail) -> dict              # the detail with every value the check would refuse hashed

Each row's ``hash`` is SHA-256 over the previous row's hash followed by the canonical JSON (sorted keys,
no spaces, UTF-8) of the row's own fields. The first row chains from ``GENESIS``.

``detail`` must carry no personal data: keys such as name / id_number / phone are refused, and so are
string values that look like an ID or phone number or equal a value the session registered with the
Redactor. A canonical UUID is a record's name, never a person's, and is not searched for numbers (its hex
groups read as an ID or phone number to the patterns about 3 times in 1,000). Audit rows are kept for
years and leave the terminal; residents' data must not.

``append`` joins the caller's transaction if one is open (so an application's state change and its audit
row commit together); otherwise it runs its own ``BEGIN IMMEDIATE`` so reading the chain head and
writing the next row cannot interleave with another writer.

Limit: removing rows from the END of the chain, or rewriting it whole, leaves a valid chain; the
platform, which receives the head (count and hash) with each heartbeat and the hash now at the count
it last acknowledged (``head``, ``hash_at``; sync/engine/audit_anchor.py), is what notices that.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.logs import REDACTOR
from kiosk.store.connection import Database, transaction

GENESIS = "0" * 64
_PERSONAL_KEYS = frozenset(
    {
        "name", "fullname", "surname", "givenname", "englishname", "chinesename", "applicantname",
        "idnumber", "idno", "idcard", "idcardnumber", "identity", "citizenid", "passport",
        "cardnumber", "certno", "certificatenumber", "sfz", "sfzh",
        "phone", "phonenumber", "mobile", "mobilephone", "tel", "telephone", "contact",
        "address", "birth", "birthday", "birthdate", "dateofbirth", "sex", "gender", "nation", "ethnicity",
        "photo", "face", "faceimage", "fingerprint", "portrait", "email",
        "姓名", "身份证", "身份证号", "手机", "手机号", "电话", "住址", "地址", "出生日期",
    }
)  # fmt: skip
_PERSONAL_SUFFIXES = ("idnumber", "idcard", "phone", "mobile", "address", "fullname")


#: A canonical (lower-case, hyphenated) UUID: the ids the kiosk gives applications, complaints, help calls.
_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def looks_personal(value: str) -> bool:
    """What the check refuses in a string value: a number shaped like an ID or phone number, or a value
    the session registered with the Redactor; never a canonical UUID."""
    return _UUID_RE.fullmatch(value) is None and REDACTOR.contains_personal_data(value)


def safe(detail: Mapping[str, Any]) -> dict[str, Any]:
    """The detail with every string value the check would refuse replaced by a short hash of it.

    For values that come from outside the kiosk's own vocabulary (a platform's document number, a
    catalog code, an acceptance number): designed not to look like an ID or phone number, one that does
    by chance must not abort what the entry records (a resident's submission, a page already printed).
    The hash is written in letters only, so it cannot itself look like a number."""

    def clean(value: Any) -> Any:
        if isinstance(value, str) and looks_personal(value):
            digest = hashlib.sha256(value.encode()).digest()[:8]
            return "h:" + "".join(_LETTERS[b >> 4] + _LETTERS[b & 15] for b in digest)
        if isinstance(value, Mapping):
            return {str(k): clean(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [clean(v) for v in value]
        return value

    return {str(k): clean(v) for k, v in detail.items()}


_LETTERS = "abcdefghijklmnop"


class AuditError(ValueError):
    """The detail cannot be recorded (not a JSON object of plain values)."""


class PersonalDataError(AuditError):
    """The detail carries, or looks like it carries, personal data."""


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: float
    actor: str
    action: str
    detail: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class AuditVerdict:
    ok: bool
    count: int
    first_broken_seq: int | None = None
    reason: str = ""
    head_hash: str = GENESIS


def _normal_key(key: str) -> str:
    return re.sub(r"[\s_\-.]", "", key).lower()


def check_no_personal_data(detail: Any, path: str = "detail") -> None:
    if isinstance(detail, dict):
        for key, value in detail.items():
            if not isinstance(key, str):
                raise AuditError(f"{path}: keys must be strings, got {key!r}")
            normal = _normal_key(key)
            if normal in _PERSONAL_KEYS or normal.endswith(_PERSONAL_SUFFIXES):
                raise PersonalDataError(f"{path}.{key}: personal data must not be recorded here")
            check_no_personal_data(value, f"{path}.{key}")
    elif isinstance(detail, list | tuple):
        for i, value in enumerate(detail):
            check_no_personal_data(value, f"{path}[{i}]")
    elif isinstance(detail, str):
        # Never echo the value: the message itself may end up in a log.
        if looks_personal(detail):
            raise PersonalDataError(f"{path}: the value looks like an ID number, phone number or name")
    elif detail is not None and not isinstance(detail, bool | int | float):
        raise AuditError(f"{path}: expected JSON values (str, number, bool, null, list, object)")


def canonical(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def row_hash(prev_hash: str, seq: int, at: float, actor: str, action: str, detail_json: str) -> str:
    body = canonical({"seq": seq, "at": at, "actor": actor, "action": action, "detail": detail_json})
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def append(
    db: Database, actor: str, action: str, detail: dict[str, Any], at: float | None = None
) -> AuditEntry:
    if not isinstance(detail, dict):
        raise AuditError("detail must be a dict")
    if not actor or not action:
        raise AuditError("actor and action must be non-empty")
    check_no_personal_data(detail)
    check_no_personal_data({"actor": actor, "action": action}, "entry")
    try:
        detail_json = canonical(detail)
    except ValueError as exc:
        raise AuditError(f"detail is not valid JSON: {exc}") from exc
    when = time.time() if at is None else float(at)
    with transaction(db):
        last = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        digest = row_hash(prev, seq, when, actor, action, detail_json)
        db.execute(
            "INSERT INTO audit_log (seq, at, actor, action, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?)",
            (seq, when, actor, action, detail_json, prev, digest),
        )
    return AuditEntry(seq, when, actor, action, json.loads(detail_json), prev, digest)


def verify(db: Database) -> AuditVerdict:
    prev = GENESIS
    expected_seq = 1
    count = 0
    rows = db.execute("SELECT seq, at, actor, action, detail, prev_hash, hash FROM audit_log ORDER BY seq")
    for seq, at, actor, action, detail_json, prev_hash, digest in rows:
        if seq != expected_seq:
            return AuditVerdict(False, count, seq, f"expected seq {expected_seq}, found {seq} (rows removed)")
        if prev_hash != prev:
            return AuditVerdict(False, count, seq, "prev_hash does not match the previous row's hash")
        if row_hash(prev_hash, seq, at, actor, action, detail_json) != digest:
            return AuditVerdict(False, count, seq, "row content does not match its hash (edited)")
        prev = digest
        expected_seq += 1
        count += 1
    return AuditVerdict(True, count, None, "", prev)


def head(db: Database) -> tuple[int, str]:
    """(number of entries, hash of the last one): the chain's head, cheap to read for each heartbeat."""
    row = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))


def hash_at(db: Database, seq: int) -> str | None:
    """The hash of entry ``seq`` (GENESIS for 0); None when the chain is shorter."""
    if seq == 0:
        return GENESIS
    row = db.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()
    return None if row is None else str(row[0])


def entries(db: Database, limit: int = 100) -> list[AuditEntry]:
    """The newest entries first, for the technician screen."""
    rows = db.execute(
        "SELECT seq, at, actor, action, detail, prev_hash, hash FROM audit_log ORDER BY seq DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [AuditEntry(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6]) for r in rows]
