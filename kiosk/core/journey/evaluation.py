"""好差评: the five-level rating of one service, with the offline dimensions.

Levels (the national 好差评 scale): 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意. Dimensions
rated offline: overall (required), efficiency, service level, attitude (optional, same scale). A bad
rating (不满意 or 非常不满意 overall) needs a reason: at least one reason code or a note; it may leave a
contact phone for the follow-up, which is sealed with the note (personal data). Exactly one rating per
application: the store refuses a second (``already_rated``). Stored and queued for sync.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from kiosk.core.journey.forms import FieldError, check_text, validate_phone
from kiosk.core.journey.ids import new_id
from kiosk.core.journey.messages import JourneyError
from kiosk.core.words import Phrase


class Level(enum.IntEnum):
    VERY_SATISFIED = 5
    SATISFIED = 4
    BASIC = 3
    DISSATISFIED = 2
    VERY_DISSATISFIED = 1

    @property
    def label(self) -> Phrase:
        return LEVEL_LABELS[self]

    @property
    def bad(self) -> bool:
        return self <= Level.DISSATISFIED


#: words: ``rating.level.<value>``, ``rating.dimension.<key>``, ``rating.reason.<key>``
LEVEL_LABELS: dict[Level, Phrase] = {level: Phrase(f"rating.level.{int(level)}") for level in Level}
DIMENSIONS: dict[str, Phrase] = {
    key: Phrase(f"rating.dimension.{key}") for key in ("overall", "efficiency", "service", "attitude")
}
REASONS: dict[str, Phrase] = {
    key: Phrase(f"rating.reason.{key}")
    for key in (
        "slow", "unclear_guide", "too_many_materials", "device_problem", "attitude", "not_solved", "other",
    )
}  # fmt: skip
NOTE_MAX = 300


@dataclass(frozen=True, repr=False)
class Rating:
    """What the resident chose (raw, as the UI collected it)."""

    overall: Any
    dimensions: Mapping[str, Any] = field(default_factory=dict)
    reasons: Sequence[Any] = ()
    note: Any = ""
    contact: Any = ""

    def __repr__(self) -> str:
        return f"Rating(overall={self.overall!r})"


@dataclass(frozen=True, repr=False)
class EvaluationRecord:
    id: str
    application_id: str | None
    level: int
    dimensions: dict[str, int]
    reasons: list[str]
    note: str | None  # sealed with the contact by the store
    contact: str | None
    created_at: float

    def __repr__(self) -> str:
        return f"EvaluationRecord({self.id}, level={self.level})"


class AlreadyRated(Exception):
    pass


class EvaluationStore(Protocol):
    def save_evaluation(self, record: EvaluationRecord) -> None:
        """Store and queue (enqueue_small) in one transaction; AlreadyRated for a second rating."""
        ...

    def has_evaluation(self, application_id: str) -> bool: ...


def _level(value: Any) -> Level | None:
    if isinstance(value, bool):
        return None
    try:
        return Level(int(value)) if isinstance(value, int | Level) else None
    except ValueError:
        return None


def validate_rating(rating: Rating) -> tuple[dict[str, Any] | None, tuple[FieldError, ...]]:
    errors: list[FieldError] = []
    overall = _level(getattr(rating, "overall", None))
    if overall is None:
        errors.append(FieldError("overall", "rating_required"))
    dims: dict[str, int] = {}
    raw_dims = getattr(rating, "dimensions", None) or {}
    if not isinstance(raw_dims, Mapping):
        errors.append(FieldError("dimensions", "invalid_dimension"))
        raw_dims = {}
    for key, value in raw_dims.items():
        level = _level(value)
        if not isinstance(key, str) or key not in DIMENSIONS or level is None:
            errors.append(FieldError(f"dimensions.{str(key)[:32]}", "invalid_dimension"))
        elif key != "overall":
            dims[key] = int(level)
    if overall is not None:
        dims["overall"] = int(overall)
    raw_reasons = getattr(rating, "reasons", ()) or ()
    reasons: list[str] = []
    if isinstance(raw_reasons, str) or not isinstance(raw_reasons, Sequence):
        errors.append(FieldError("reasons", "invalid_choice"))
    else:
        for r in raw_reasons:
            if not isinstance(r, str) or r not in REASONS:
                errors.append(FieldError("reasons", "invalid_choice"))
                break
            if r not in reasons:
                reasons.append(r)
    note, note_errors = check_text(getattr(rating, "note", ""), "note", required=False, max_length=NOTE_MAX)
    errors.extend(note_errors)
    contact_raw = getattr(rating, "contact", "")
    contact = None
    if contact_raw not in (None, ""):
        contact = validate_phone(contact_raw)
        if contact is None:
            errors.append(FieldError("contact", "invalid_phone"))
    if overall is not None and overall.bad and not reasons and not note:
        errors.append(FieldError("reasons", "reason_required"))
    if errors:
        return None, tuple(errors)
    assert overall is not None
    return {
        "level": int(overall),
        "dimensions": dims,
        "reasons": reasons,
        "note": note or None,
        "contact": contact,
    }, ()


def rate(
    store: EvaluationStore, application_id: str | None, rating: Rating, now: dt.datetime
) -> EvaluationRecord:
    """Validate and store one rating. Raises JourneyError (``already_rated`` or the first problem's
    code, with ``.errors`` on the exception for the screen)."""
    clean, errors = validate_rating(rating)
    if clean is None:
        exc = JourneyError(errors[0].code, **errors[0].params)
        exc.errors = errors  # type: ignore[attr-defined]
        raise exc
    if application_id is not None and store.has_evaluation(application_id):
        raise JourneyError("already_rated")
    record = EvaluationRecord(
        id=new_id(),
        application_id=application_id,
        level=clean["level"],
        dimensions=clean["dimensions"],
        reasons=clean["reasons"],
        note=clean["note"],
        contact=clean["contact"],
        created_at=now.timestamp(),
    )
    try:
        store.save_evaluation(record)
    except AlreadyRated as exc:
        raise JourneyError("already_rated") from exc
    return record
