"""One form (一表申请): built from a matter's schema, or from a bundle's member forms with the shared
fields asked once; prefilled from the ID card; every field type validated.

API::

    form = ApplicationForm.for_matter(matter)
    form = ApplicationForm.for_matters(matters, shared_fields)        # a bundle's terminal members
    form.fields / form.field(key) / form.specs (with the matters asking each field)
    form.prefill(person) -> dict                                      # values from the card (or principal)
    form.validate(values, today=None) -> ValidationResult             # .ok, .values (normalized), .errors
    form.validate_field(key, value, today=None) -> tuple[FieldError, ...]
    form.split(values) -> {matter_code: {key: value}}                 # what each member matter receives
    form.describe(locale) -> list[dict]                               # plain rows for a QML model

Messages are stable codes with parameters (:class:`FieldError`: ``path``, ``code``, ``params``), e.g.
``("applicant_phone", "invalid_phone", {})`` or ``("children[1].birth_date", "invalid_date", {})``;
``FieldError.text(locale)`` gives the words for its code. Any input at all — wrong types, huge
strings, control characters, lone surrogates, NaN — yields errors, never an exception.

Bundles: fields are taken in member order; a key listed in the bundle's ``shared_fields`` appears
once (where it first appears), with ``required`` if any member requires it, choice options narrowed
to those every member accepts (all of them when no option is common), the tightest length limits,
and every member's pattern checked. A key that two members use without declaring it shared is kept
once per member, namespaced ``<matter_code>/<key>``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kiosk.core.catalog import ChoiceOption, FieldType, FormField, LocalText, Matter, Validation
from kiosk.core.journey.identity import Person, id_number_problem, normalize_id_number
from kiosk.core.journey.input_method import input_method
from kiosk.core.journey.messages import Message

DEFAULT_MAX_TEXT = 500
DEFAULT_MAX_ADDRESS = 200
DEFAULT_MAX_ROWS = 50
MIN_DATE = dt.date(1900, 1, 1)
MAX_DATE = dt.date(2100, 12, 31)
MOBILE = re.compile(r"1[3-9][0-9]{9}")
LANDLINE = re.compile(r"0[0-9]{2,3}-?[0-9]{7,8}")
NAMESPACE_SEP = "/"


@dataclass(frozen=True)
class FieldError:
    path: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> Message:
        return Message(self.code, self.params)

    def text(self, locale: str = "zh_CN") -> str:
        return self.message.text(locale)

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "code": self.code, "params": dict(self.params)}


@dataclass(frozen=True)
class ValidationResult:
    values: dict[str, Any]
    errors: tuple[FieldError, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors

    def errors_for(self, path: str) -> tuple[FieldError, ...]:
        return tuple(e for e in self.errors if e.path == path or e.path.startswith(path + "["))

    def by_path(self) -> dict[str, list[FieldError]]:
        out: dict[str, list[FieldError]] = {}
        for e in self.errors:
            out.setdefault(e.path, []).append(e)
        return out


@dataclass(frozen=True)
class FieldSpec:
    """One field of the combined form: the (merged) definition and the matters that ask for it."""

    field: FormField
    matters: tuple[str, ...]
    source_key: str  # the key in the member forms (differs from field.key when namespaced)
    extra_patterns: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return self.field.key

    @property
    def shared(self) -> bool:
        return len(self.matters) > 1


# --------------------------------------------------------------------------- building


def _merge(a: FormField, b: FormField) -> tuple[FormField, tuple[str, ...]]:
    """``a`` merged with another member's definition ``b`` of the same shared key."""
    va, vb = a.validation or Validation(), b.validation or Validation()
    options: tuple[ChoiceOption, ...] = va.options
    if va.options or vb.options:
        b_values = {o.value for o in vb.options}
        common = tuple(o for o in va.options if o.value in b_values)
        if common:
            options = common
        else:  # nothing in common: offer everything rather than an impossible field
            seen = {o.value for o in va.options}
            options = va.options + tuple(o for o in vb.options if o.value not in seen)

    def tight(x: float | int | None, y: float | int | None, pick: Any) -> Any:
        if x is None:
            return y
        if y is None:
            return x
        return pick(x, y)

    merged = Validation(
        min=tight(va.min, vb.min, max),
        max=tight(va.max, vb.max, min),
        min_length=tight(va.min_length, vb.min_length, max),
        max_length=tight(va.max_length, vb.max_length, min),
        pattern=va.pattern or vb.pattern,
        options=options,
        min_items=tight(va.min_items, vb.min_items, max),
        max_items=tight(va.max_items, vb.max_items, min),
    )
    extra = (vb.pattern,) if vb.pattern and va.pattern and vb.pattern != va.pattern else ()
    result = dataclasses.replace(
        a,
        required=a.required or b.required,
        validation=merged,
        help=a.help or b.help,
        prefill=a.prefill or b.prefill,
    )
    return result, extra


class ApplicationForm:
    def __init__(self, specs: Sequence[FieldSpec]) -> None:
        self.specs: tuple[FieldSpec, ...] = tuple(specs)
        self._by_key = {s.key: s for s in self.specs}

    @classmethod
    def for_matter(cls, matter: Matter) -> ApplicationForm:
        return cls.for_matters([matter], ())

    @classmethod
    def for_matters(cls, matters: Sequence[Matter], shared_fields: Iterable[str]) -> ApplicationForm:
        shared = set(shared_fields)
        specs: list[FieldSpec] = []
        index: dict[str, int] = {}
        owners: dict[str, list[str]] = {}
        # keys used by several members without being declared shared get namespaced
        counts: dict[str, int] = {}
        for m in matters:
            for f in m.form.fields if m.form else ():
                counts[f.key] = counts.get(f.key, 0) + 1
        for m in matters:
            for f in m.form.fields if m.form else ():
                if f.key in shared and f.key in index:
                    i = index[f.key]
                    merged, extra = _merge(specs[i].field, f)
                    owners[f.key].append(m.code)
                    specs[i] = FieldSpec(merged, tuple(owners[f.key]), f.key, specs[i].extra_patterns + extra)
                    continue
                key = f.key
                if f.key not in shared and counts[f.key] > 1:
                    key = f"{m.code}{NAMESPACE_SEP}{f.key}"
                index[key] = len(specs)
                owners[key] = [m.code]
                specs.append(FieldSpec(dataclasses.replace(f, key=key), (m.code,), f.key))
        return cls(specs)

    # -- lookups ------------------------------------------------------------------------------------
    @property
    def fields(self) -> tuple[FormField, ...]:
        return tuple(s.field for s in self.specs)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(s.key for s in self.specs)

    def field(self, key: str) -> FormField | None:
        spec = self._by_key.get(key)
        return spec.field if spec else None

    def spec(self, key: str) -> FieldSpec | None:
        return self._by_key.get(key)

    def __len__(self) -> int:
        return len(self.specs)

    # -- prefill ------------------------------------------------------------------------------------
    def prefill(self, person: Person | None) -> dict[str, Any]:
        """Values the card (or the principal's details) provide, for fields that declare a source."""
        if person is None:
            return {}
        out: dict[str, Any] = {}
        for spec in self.specs:
            f = spec.field
            if not f.prefill:
                continue
            value = person.prefill(f.prefill)
            if value is None:
                continue
            if f.type in (FieldType.CHOICE, FieldType.MULTICHOICE):
                if value not in {o.value for o in f.options}:
                    continue
                if f.type is FieldType.MULTICHOICE:
                    out[f.key] = [value]
                    continue
            out[f.key] = value
        return out

    # -- validation ---------------------------------------------------------------------------------
    def validate(self, values: Any, today: dt.date | None = None) -> ValidationResult:
        errors: list[FieldError] = []
        clean: dict[str, Any] = {}
        if not isinstance(values, Mapping):
            values = {}
            errors.append(FieldError("", "invalid_value"))
        for key in values:
            if not isinstance(key, str) or key not in self._by_key:
                errors.append(FieldError(_safe_path(key), "unknown_field"))
        for spec in self.specs:
            value = values.get(spec.key)
            normalized, field_errors = _check(spec.field, value, spec.key, today, spec.extra_patterns)
            errors.extend(field_errors)
            if normalized is not None and not field_errors:
                clean[spec.key] = normalized
        return ValidationResult(clean, tuple(errors))

    def validate_field(self, key: str, value: Any, today: dt.date | None = None) -> tuple[FieldError, ...]:
        spec = self._by_key.get(key) if isinstance(key, str) else None
        if spec is None:
            return (FieldError(_safe_path(key), "unknown_field"),)
        return tuple(_check(spec.field, value, spec.key, today, spec.extra_patterns)[1])

    # -- per-matter values --------------------------------------------------------------------------
    def split(self, values: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for spec in self.specs:
            for code in spec.matters:
                bucket = out.setdefault(code, {})
                if spec.key in values:
                    bucket[spec.source_key] = values[spec.key]
        return out

    def describe(self, locale: str = "zh_CN") -> list[dict[str, Any]]:
        return [_describe(s.field, locale, s.matters) for s in self.specs]


def _describe(f: FormField, locale: str, matters: tuple[str, ...] = ()) -> dict[str, Any]:
    v = f.validation
    method = input_method(f)
    return {
        "key": f.key,
        "label": f.label.text(locale),
        "type": f.type.value,
        "required": f.required,
        "help": f.help.text(locale) if f.help else "",
        "options": [{"value": o.value, "label": o.label.text(locale)} for o in f.options],
        "prefill": f.prefill or "",
        "min": v.min if v else None,
        "max": v.max if v else None,
        "min_length": v.min_length if v else None,
        "max_length": v.max_length if v else None,
        "min_items": v.min_items if v else None,
        "max_items": v.max_items if v else None,
        "matters": list(matters),
        "fields": [_describe(sub, locale) for sub in f.fields],
        # what the UI offers for typing (kiosk.core.journey.input_method): the kind of pad or keyboard
        "input": method.kind,
        "input_max": method.max_length,
        "keyboard": method.keyboard,
    }


# --------------------------------------------------------------------------- field checks


def _safe_path(key: Any) -> str:
    text = key if isinstance(key, str) else repr(key)
    return text[:64]


def _empty(value: Any) -> bool:
    return (
        value is None
        or (isinstance(value, str) and not value.strip())
        or (isinstance(value, list | tuple) and len(value) == 0)
    )


def _clean_text(value: Any) -> str | None:
    """NFC text without control characters, or None when the value cannot be text."""
    if not isinstance(value, str):
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return None
    text = unicodedata.normalize("NFC", value).strip()
    if any(unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") for ch in text):
        return None
    return text


def _check(
    f: FormField, value: Any, path: str, today: dt.date | None, extra_patterns: tuple[str, ...] = ()
) -> tuple[Any, list[FieldError]]:
    """(normalized value or None when absent, errors)."""
    if _empty(value):
        if f.required:
            return None, [FieldError(path, "required")]
        return None, []
    try:
        checker = _CHECKERS[f.type]
    except KeyError:
        return None, [FieldError(path, "invalid_value")]
    return checker(f, value, path, today, extra_patterns)


def _text_like(
    f: FormField, value: Any, path: str, default_max: int, extra_patterns: tuple[str, ...]
) -> tuple[Any, list[FieldError]]:
    if isinstance(value, str) and len(value) > 20 * default_max:
        return None, [FieldError(path, "too_long", {"max": _limit(f, "max_length", default_max)})]
    text = _clean_text(value)
    if text is None:
        code = "invalid_characters" if isinstance(value, str) else "invalid_value"
        return None, [FieldError(path, code)]
    v = f.validation
    lo = v.min_length if v and v.min_length is not None else None
    hi = _limit(f, "max_length", default_max)
    if lo is not None and len(text) < lo:
        return None, [FieldError(path, "too_short", {"min": lo})]
    if len(text) > hi:
        return None, [FieldError(path, "too_long", {"max": hi})]
    for pattern in ((v.pattern,) if v and v.pattern else ()) + extra_patterns:
        if not _fullmatch(pattern, text):
            return None, [FieldError(path, "pattern_mismatch")]
    return text, []


def _limit(f: FormField, attr: str, default: int) -> int:
    v = f.validation
    value = getattr(v, attr) if v else None
    return int(value) if value is not None else default


def _fullmatch(pattern: str, text: str) -> bool:
    try:
        return re.fullmatch(pattern, text) is not None
    except re.error:
        return True  # a broken catalog pattern must not block residents; catalog import checks it


def _text(
    f: FormField, value: Any, path: str, today: dt.date | None, extra: tuple[str, ...]
) -> tuple[Any, list[FieldError]]:
    return _text_like(f, value, path, DEFAULT_MAX_TEXT, extra)


def _address(
    f: FormField, value: Any, path: str, today: dt.date | None, extra: tuple[str, ...]
) -> tuple[Any, list[FieldError]]:
    text, errors = _text_like(f, value, path, DEFAULT_MAX_ADDRESS, extra)
    if errors:
        return None, errors
    if len(text) < 2:
        return None, [FieldError(path, "too_short", {"min": 2})]
    return text, []


def _number(
    f: FormField, value: Any, path: str, today: dt.date | None, extra: tuple[str, ...]
) -> tuple[Any, list[FieldError]]:
    number: float | int
    if isinstance(value, bool):
        return None, [FieldError(path, "not_a_number")]
    if isinstance(value, int | float):
        number = value
    elif isinstance(value, str) and len(value) <= 40:
        text = unicodedata.normalize("NFKC", value).strip().replace(",", "")
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text):
            return None, [FieldError(path, "not_a_number")]
        number = float(text) if "." in text else int(text)
    else:
        return None, [FieldError(path, "not_a_number")]
    if isinstance(number, float):
        if not math.isfinite(number):
            return None, [FieldError(path, "not_a_number")]
        if number.is_integer() and abs(number) < 1e15:
            number = int(number)
    if abs(number) >= 1e15:
        return None, [
            FieldError(
                path, "number_too_large", {"max": _fmt(f.validation.max if f.validation else None, 1e15)}
            )
        ]
    v = f.validation
    if v and v.min is not None and number < v.min:
        return None, [FieldError(path, "number_too_small", {"min": _fmt(v.min)})]
    if v and v.max is not None and number > v.max:
        return None, [FieldError(path, "number_too_large", {"max": _fmt(v.max)})]
    return number, []


def _fmt(value: float | None, default: float = 0) -> str:
    x = default if value is None else value
    return str(int(x)) if float(x).is_integer() else str(x)


def _date(
    f: FormField, value: Any, path: str, today: dt.date | None, extra: tuple[str, ...]
) -> tuple[Any, list[FieldError]]:
    day: dt.date | None = None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str) and len(value) <= 20:
        text = unicodedata.normalize("NFKC", value).strip().replace("/", "-").replace(".", "-")
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
        if m:
            try:
                day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                day = None
    if day is None:
        return None, [FieldError(path, "invalid_date")]
    if not MIN_DATE <= day <= MAX_DATE:
        return None, [
            FieldError(path, "date_out_of_range", {"min": MIN_DATE.isoformat(), "max": MAX_DATE.isoformat()})
        ]
    return day.isoformat(), []


def _choice(
    f: FormField, value: Any, path: str, today: dt.date | None, extra: tuple[str, ...]
) -> tuple[Any, list[FieldError]]:
    if not isinstance(value, str) or value not in {o.value for o in f.options}:
        return None, [FieldError(path, "invalid_choice")]
    return value, []


def _multichoice(
    f: FormField, value: Any, path: str, today: dt.date | None, extra: tuple[str, ...]
) -> tuple[Any, list[FieldError]]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple) or len(value) > 1000:
        return None, [FieldError(path, "invalid_choice")]
    allowed = [o.value for o in f.options]
    if any(not isinstance(x, str) or x not in allowed for x in value):
        return None, [FieldError(path, "invalid_choice")]
    if len(set(value)) != len(value):
        return None, [FieldError(path, "duplicate_choice")]
    v = f.validation
    lo = v.min_items if v and v.min_items is not None else (1 if f.required else 0)
    if len(value) < lo:
        return None, [FieldError(path, "too_few_choices", {"min": lo})]
    if v and v.max_items is not None and len(value) > v.max_items:
        return None, [FieldError(path, "too_many_choices", {"max": v.max_items})]
    return sorted(value, key=allowed.index), []


def _phone(
    f: FormField, value: Any, path: str, today: dt.date | None, extra: tuple[str, ...]
) -> tuple[Any, list[FieldError]]:
    if not isinstance(value, str) or len(value) > 40:
        return None, [FieldError(path, "invalid_phone")]
    text = re.sub(r"[\s()]", "", unicodedata.normalize("NFKC", value))
    text = re.sub(r"^(\+86|0086)-?", "", text)
    if MOBILE.fullmatch(text.replace("-", "")):
        text = text.replace("-", "")
    elif not LANDLINE.fullmatch(text):
        return None, [FieldError(path, "invalid_phone")]
    v = f.validation
    for pattern in ((v.pattern,) if v and v.pattern else ()) + extra:
        if not _fullmatch(pattern, text):
            return None, [FieldError(path, "invalid_phone")]
    return text, []


def _id_number(
    f: FormField, value: Any, path: str, today: dt.date | None, extra: tuple[str, ...]
) -> tuple[Any, list[FieldError]]:
    if not isinstance(value, str) or len(value) > 40:
        return None, [FieldError(path, "invalid_id_number")]
    problem = id_number_problem(value, today)
    if problem is not None:
        return None, [FieldError(path, problem)]
    return normalize_id_number(value), []


def _group(
    f: FormField, value: Any, path: str, today: dt.date | None, extra: tuple[str, ...]
) -> tuple[Any, list[FieldError]]:
    if not isinstance(value, list | tuple):
        return None, [FieldError(path, "invalid_value")]
    v = f.validation
    lo = v.min_items if v and v.min_items is not None else 0
    if f.required:
        lo = max(lo, 1)
    hi = v.max_items if v and v.max_items is not None else DEFAULT_MAX_ROWS
    if len(value) < lo:
        return None, [FieldError(path, "too_few_items", {"min": lo})]
    if len(value) > hi:
        return None, [FieldError(path, "too_many_items", {"max": hi})]
    errors: list[FieldError] = []
    rows: list[dict[str, Any]] = []
    subkeys = {sub.key for sub in f.fields}
    for i, row in enumerate(value):
        row_path = f"{path}[{i}]"
        if not isinstance(row, Mapping):
            errors.append(FieldError(row_path, "invalid_value"))
            continue
        for key in row:
            if not isinstance(key, str) or key not in subkeys:
                errors.append(FieldError(f"{row_path}.{_safe_path(key)}", "unknown_field"))
        clean_row: dict[str, Any] = {}
        for sub in f.fields:
            normalized, sub_errors = _check(sub, row.get(sub.key), f"{row_path}.{sub.key}", today)
            errors.extend(sub_errors)
            if normalized is not None:
                clean_row[sub.key] = normalized
        rows.append(clean_row)
    if errors:
        return None, errors
    return rows, []


_CHECKERS = {
    FieldType.TEXT: _text,
    FieldType.ADDRESS: _address,
    FieldType.NUMBER: _number,
    FieldType.DATE: _date,
    FieldType.CHOICE: _choice,
    FieldType.MULTICHOICE: _multichoice,
    FieldType.PHONE: _phone,
    FieldType.ID_NUMBER: _id_number,
    FieldType.GROUP: _group,
}


def validate_phone(value: Any) -> str | None:
    """A normalized phone number, or None: for contact fields outside catalog forms."""
    phone_field = FormField(key="phone", label=LocalText("phone"), type=FieldType.PHONE, required=True)
    normalized, errors = _check(phone_field, value, "phone", None)
    return None if errors else normalized


def check_text(
    value: Any, path: str, *, required: bool, max_length: int, min_length: int | None = None
) -> tuple[str | None, list[FieldError]]:
    """The text checks of a form field, for free text outside catalog forms (complaints, reasons)."""
    text_field = FormField(
        key=path,
        label=LocalText(path),
        type=FieldType.TEXT,
        required=required,
        validation=Validation(max_length=max_length, min_length=min_length),
    )
    normalized, errors = _check(text_field, value, path, None)
    return normalized, errors
