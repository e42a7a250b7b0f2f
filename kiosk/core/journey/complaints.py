"""有诉即办: a complaint or suggestion, with an optional contact, or anonymous.

Category from :data:`CATEGORIES`, a text (required, at most 1000 characters), and either a contact
phone (optional) or ``anonymous=True`` (then no contact and no identity at all). The text, contact
and — when the resident identified and is not anonymous — their name and ID number are sealed
by the store; only the category and the anonymous flag are stored in clear. Queued like
applications (enqueue_small).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol

from kiosk.core.journey.forms import FieldError, check_text, validate_phone
from kiosk.core.journey.identity import Person
from kiosk.core.journey.ids import new_id
from kiosk.core.journey.messages import JourneyError
from kiosk.core.journey.receipt import HOTLINE, ReceiptContent
from kiosk.core.words import Phrase

#: complaint categories (words: ``complaint.category.<key>``)
CATEGORIES: dict[str, Phrase] = {
    key: Phrase(f"complaint.category.{key}")
    for key in (
        "service_attitude", "efficiency", "materials", "fees", "terminal", "policy", "suggestion", "other",
    )
}  # fmt: skip
TEXT_MAX = 1000


@dataclass(frozen=True, repr=False)
class ComplaintRecord:
    id: str
    category: str
    anonymous: bool
    body: dict[str, Any]  # sealed by the store: text, contact, identity
    created_at: float

    def __repr__(self) -> str:
        return f"ComplaintRecord({self.id}, {self.category}, anonymous={self.anonymous})"


class ComplaintStore(Protocol):
    def save_complaint(self, record: ComplaintRecord) -> None: ...


def validate_complaint(
    category: Any, text: Any, contact: Any = None, anonymous: Any = False
) -> tuple[dict[str, Any] | None, tuple[FieldError, ...]]:
    errors: list[FieldError] = []
    if not isinstance(category, str) or category not in CATEGORIES:
        errors.append(FieldError("category", "invalid_category"))
    clean_text, text_errors = check_text(text, "text", required=True, max_length=TEXT_MAX, min_length=2)
    errors.extend(
        FieldError(e.path, "text_required" if e.code == "required" else e.code, e.params) for e in text_errors
    )
    phone = None
    if contact not in (None, ""):
        if anonymous is True:
            errors.append(FieldError("contact", "contact_or_anonymous"))
        else:
            phone = validate_phone(contact)
            if phone is None:
                errors.append(FieldError("contact", "invalid_phone"))
    if not isinstance(anonymous, bool):
        errors.append(FieldError("anonymous", "invalid_value"))
    if errors:
        return None, tuple(errors)
    return {"category": category, "text": clean_text, "contact": phone, "anonymous": anonymous}, ()


def file_complaint(
    store: ComplaintStore,
    category: Any,
    text: Any,
    *,
    contact: Any = None,
    anonymous: Any = False,
    person: Person | None = None,
    now: dt.datetime,
) -> ComplaintRecord:
    clean, errors = validate_complaint(category, text, contact, anonymous)
    if clean is None:
        exc = JourneyError(errors[0].code, **errors[0].params)
        exc.errors = errors  # type: ignore[attr-defined]
        raise exc
    body: dict[str, Any] = {"text": clean["text"], "contact": clean["contact"]}
    if not clean["anonymous"] and person is not None:
        body["identity"] = {"name": person.name, "id_number": person.id_number}
    record = ComplaintRecord(new_id(), clean["category"], clean["anonymous"], body, now.timestamp())
    store.save_complaint(record)
    return record


def complaint_slip(number: str, category_zh: str, filed_at: dt.datetime, qr_payload: str) -> ReceiptContent:
    """The slip a resident keeps: its QR (or number) finds the staff's answer under 查询进度."""
    return ReceiptContent(
        title="投诉建议回执",
        lines=(("查询号", number), ("类别", category_zh), ("提交时间", f"{filed_at:%Y-%m-%d %H:%M}")),
        emphasis=("答复后，在自助终端“查询进度”扫描此码即可查看",),
        qr_payload=qr_payload,
        qr_caption="扫码查看答复",
        footer=(f"紧急事项请拨打 {HOTLINE}",),
        acceptance_no=number,
    )
