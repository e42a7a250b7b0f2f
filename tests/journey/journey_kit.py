"""Helpers for the journey tests: cards, valid form values for any schema, pages, signatures, checks."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk.core.catalog import Catalog, FieldType, FormField, Matter, Necessity
from kiosk.core.journey.identity import CardData, id_check_char
from kiosk.core.journey.materials import ScannedPage
from kiosk.store import audit
from sync import sealing

TODAY = dt.date(2026, 11, 26)  # a Thursday


def id_number(first17: str = "41152319800101123") -> str:
    return first17 + id_check_char(first17)


AGENT_ID = id_number("41152319900202567")
PRINCIPAL_ID = id_number("41152319450303002")
RESIDENT_ID = id_number()


def card(**overrides: Any) -> CardData:
    values: dict[str, Any] = {
        "name": "张三丰",
        "id_number": RESIDENT_ID,
        "sex": "male",
        "birth_date": dt.date(1980, 1, 1),
        "nation": "汉",
        "address": "河南省豫南县青石镇人民路18号",
        "issuer": "豫南县公安局",
        "valid_from": dt.date(2016, 5, 1),
        "valid_to": dt.date(2036, 5, 1),
        "check_digit_ok": True,
    }
    values.update(overrides)
    return CardData(**values)


# Values for the patterns the demo catalog uses; anything else gets generic text.
PATTERN_VALUES = {
    "^[A-Z][0-9]{9}$": "A123456789",
    "^[0-9A-HJ-NPQRTUWXY]{18}$": "91411523MA4ABCDE12",
    "^[A-Z0-9]{9}$": "A12345678",
    "^[0-9]{17}[0-9X][1-7][1-4]$": RESIDENT_ID + "11",
    "^[0-9]{12,19}$": "6217000000001234567",
    "^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$": "13812345678",
}


def value_for(f: FormField) -> Any:
    v = f.validation
    if f.type is FieldType.TEXT or f.type is FieldType.ADDRESS:
        if v and v.pattern:
            return PATTERN_VALUES[v.pattern]
        text = "青石镇人民路十八号" if f.type is FieldType.ADDRESS else "测试内容"
        lo = v.min_length if v and v.min_length else 0
        while len(text) < lo:
            text += text
        hi = v.max_length if v and v.max_length else 50
        return text[:hi]
    if f.type is FieldType.NUMBER:
        lo = v.min if v and v.min is not None else 1
        hi = v.max if v and v.max is not None else lo + 10
        return math.ceil(max(lo, min(hi, 2)))
    if f.type is FieldType.DATE:
        return "2020-01-15"
    if f.type is FieldType.CHOICE:
        return f.options[0].value
    if f.type is FieldType.MULTICHOICE:
        return [f.options[0].value]
    if f.type is FieldType.PHONE:
        return "13812345678"
    if f.type is FieldType.ID_NUMBER:
        return PRINCIPAL_ID
    if f.type is FieldType.GROUP:
        n = max(1, v.min_items or 0) if v else 1
        return [{sub.key: value_for(sub) for sub in f.fields} for _ in range(n)]
    raise AssertionError(f.type)


def fill(journey: Any) -> None:
    """Every field without a value gets a valid one (prefilled values are kept)."""
    current = journey.values
    for f in journey.form.fields:
        if f.key not in current:
            assert journey.set_field(f.key, value_for(f)) == (), f.key


def page(seed: str = "page", size: int = 2000) -> ScannedPage:
    body = hashlib.sha256(seed.encode()).digest() * (size // 32 + 1)
    return ScannedPage(b"\xff\xd8" + body[:size], "image/jpeg", "ok", 1240, 1754)


def strokes(width: int = 600, height: int = 240) -> list[list[tuple[float, float]]]:
    """A wavy two-stroke signature across most of the pad."""
    first = [(40 + i * 10.0, height / 2 + 40 * math.sin(i / 3)) for i in range(40)]
    second = [(100 + i * 8.0, height / 3 + 20 * math.cos(i / 2)) for i in range(30)]
    return [first, second]


def scan_required(journey: Any, skip: tuple[str, ...] = ()) -> None:
    """Every required card not yet handled is scanned (two pages for the first one)."""
    step = journey.materials
    for i, c in enumerate(step.cards):
        if c.required and step.handling(c.code) is None and c.code not in skip:
            pages = [page(c.code + "-1"), page(c.code + "-2")] if i == 0 else [page(c.code)]
            step.scan(c.code, pages)


def pick_matter(catalog: Catalog, predicate: Any) -> Matter:
    for m in catalog.matters:
        if predicate(m):
            return m
    raise AssertionError("no matter in the demo catalog has these properties")


def plain_matter(m: Matter) -> bool:
    return (
        m.terminal_handling
        and m.kind.value == "application"
        and m.face_verification.value == "none"
        and m.form is not None
        and len(m.form.fields) >= 3
        and not any(x.deferrable or x.commitment_allowed for x in m.materials)
        and any(x.necessity is Necessity.REQUIRED and not x.elicense_types for x in m.materials)
    )


# --------------------------------------------------------------------------- checks on the store


def open_payload(db: Any, private_key: X25519PrivateKey, application_id: str) -> dict[str, Any]:
    row = db.execute("SELECT sealed_payload FROM applications WHERE id = ?", [application_id]).fetchone()
    return json.loads(sealing.open_sealed(bytes(row[0]), private_key))


def check_application(db: Any, private_key: X25519PrivateKey, application_id: str) -> dict[str, Any]:
    """The application is queued whole: rows, sealed files intact, outbox row, audit chain ok."""
    app = db.execute(
        "SELECT acceptance_no, state, applicant_masked, promised_date FROM applications WHERE id = ?",
        [application_id],
    ).fetchone()
    assert app is not None and app[1] == "submitted"
    outbox = db.execute(
        "SELECT state, bytes_total FROM outbox WHERE kind = 'application' AND ref = ?", [application_id]
    ).fetchone()
    assert outbox is not None and outbox[0] == "queued"
    total = 0
    for path, sha, size in db.execute(
        "SELECT path, sha256, size FROM materials WHERE application_id = ? AND path IS NOT NULL",
        [application_id],
    ).fetchall():
        data = Path(path).read_bytes()
        assert hashlib.sha256(data).hexdigest() == sha and len(data) == size
        sealing.open_sealed(data, private_key)  # decrypts: not tampered
        total += size
    assert outbox[1] == total
    verdict = audit.verify(db)
    assert verdict.ok, verdict.reason
    entries = [e for e in audit.entries(db, 1000) if e.action == "application.submitted"]
    assert any(e.detail.get("application_id") == application_id for e in entries)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return open_payload(db, private_key, application_id)


def no_clear_text(db: Any, *secrets: str) -> None:
    """None of ``secrets`` appears anywhere in the database file's tables (clear columns)."""
    for table in (
        "applications",
        "materials",
        "outbox",
        "audit_log",
        "evaluations",
        "complaints",
        "help_requests",
    ):
        for row in db.execute(f"SELECT * FROM {table}").fetchall():
            text = " ".join(str(v) for v in row if not isinstance(v, bytes))
            for s in secrets:
                assert s not in text, f"{table} holds personal data in clear"


def through_form(journey: Any) -> None:
    """GUIDE -> (FORM filled and accepted) -> MATERIALS."""
    journey.accept_guide()
    if journey.step.value == "form":
        fill(journey)
        result = journey.submit_form()
        assert result.ok, result.errors


def sign_and_submit(journey: Any) -> Any:
    journey.finish_materials()
    journey.sign(strokes())
    return journey.submit()


def wait_for_receipt(emulator: Any, count: int = 1, timeout: float = 5.0) -> Path:
    """The emulator has cut ``count`` receipts; the last one's picture exists on disk."""
    with emulator.receipt_done:
        assert emulator.receipt_done.wait_for(lambda: emulator.receipt_count >= count, timeout)
    png = emulator.last_receipt_png
    assert png is not None and Path(png).is_file()
    return Path(png)
