"""Form values in the resident's words: what the review screen, the generated application form and
the printed pages show.

A resident checks what they submit only if they can read it: a choice shows its label ("河口村", not
``hekou``), a date reads as a date, a group shows each row. Every row comes in the locale asked for.
A value the screen masks by default (phone, ID number, a name) carries both the masked and the full
words: the screen shows ``masked`` and may reveal ``value`` when the resident
asks (the full value is theirs, on their own screen; it never goes to a log).

API::

    value_words(field, value, locale) -> str
    review_rows(fields, values, locale) -> list[dict]     # key, label, value, masked, revealable, text
    error_summary(fields, errors, locale) -> list[dict]   # key, path, label, text: one row per error
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from kiosk.core.catalog import FieldType, FormField
from kiosk.core.journey.forms import FieldError
from kiosk.logs import mask_id, mask_name, mask_phone

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MASKED_TYPES = (FieldType.PHONE, FieldType.ID_NUMBER)


def _english(locale: str) -> bool:
    return locale.lower().startswith("en")


def _date_words(value: str, locale: str) -> str:
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return value
    if _english(locale):
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{day.year}年{day.month}月{day.day}日"


def _option_words(f: FormField, value: Any, locale: str) -> str:
    for option in f.options:
        if option.value == value:
            return option.label.text(locale)
    return str(value)


def value_words(f: FormField, value: Any, locale: str = "zh_CN") -> str:
    """``value`` (as validated) of field ``f`` in words; "" when there is none."""
    if value is None or value == "" or value == []:
        return ""
    separator = ", " if _english(locale) else "、"
    if f.type is FieldType.CHOICE:
        return _option_words(f, value, locale)
    if f.type is FieldType.MULTICHOICE:
        items = value if isinstance(value, list | tuple) else [value]
        return separator.join(_option_words(f, v, locale) for v in items)
    if f.type is FieldType.DATE and isinstance(value, str):
        return _date_words(value, locale)
    if f.type is FieldType.GROUP and isinstance(value, list | tuple):
        colon = ": " if _english(locale) else "："
        rows = []
        for row in value:
            if not isinstance(row, Mapping):
                continue
            parts = [
                f"{sub.label.text(locale)}{colon}{value_words(sub, row.get(sub.key), locale)}"
                for sub in f.fields
                if row.get(sub.key) not in (None, "", [])
            ]
            rows.append(separator.join(parts))
        return ("; " if _english(locale) else "；").join(rows)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _masked(f: FormField, words: str) -> str:
    """What identifies the resident is masked as the receipt masks it: numbers, and names."""
    if not words:
        return words
    if f.type is FieldType.TEXT and "name" in f.key:
        return mask_name(words)
    if f.type not in _MASKED_TYPES:
        return words
    return mask_phone(words) if f.type is FieldType.PHONE else mask_id(words)


def review_rows(
    fields: Sequence[FormField], values: Mapping[str, Any], locale: str = "zh_CN"
) -> list[dict[str, Any]]:
    """One row per field, in form order: ``value`` in words (full), ``masked`` (what the screen shows
    first; equal to ``value`` unless the type is masked), ``revealable``, ``raw`` (the stored value,
    for going back to edit) and ``text`` ("所在村（社区）：河口村")."""
    colon = ": " if _english(locale) else "："
    rows = []
    for f in fields:
        raw = values.get(f.key)
        words = value_words(f, raw, locale)
        masked = _masked(f, words)
        label = f.label.text(locale)
        rows.append(
            {
                "key": f.key,
                "label": label,
                "type": f.type.value,
                "value": words,
                "masked": masked,
                "revealable": masked != words,
                "raw": raw,
                "empty": words == "",
                "text": f"{label}{colon}{masked}",
            }
        )
    return rows


_ROW = re.compile(r"^(?P<key>[^\[.]+)(?:\[(?P<row>\d+)\](?:\.(?P<sub>.+))?)?$")


def error_summary(
    fields: Sequence[FormField], errors: Sequence[FieldError], locale: str = "zh_CN"
) -> list[dict[str, Any]]:
    """What to fix, one row per error in form order: ``key`` (the field to scroll to and focus),
    ``path`` (with the row of a group), ``label`` in words ("家庭成员 第2行 出生日期") and ``text``
    (the message). Errors on unknown fields are left out: nothing on screen to go to."""
    by_key = {f.key: (i, f) for i, f in enumerate(fields)}
    rows: list[tuple[int, dict[str, Any]]] = []
    for error in errors:
        m = _ROW.match(error.path)
        found = by_key.get(m["key"]) if m else None
        if m is None or found is None:
            continue
        index, f = found
        label = f.label.text(locale)
        if m["row"] is not None:
            number = int(m["row"]) + 1
            label += f" row {number}" if _english(locale) else f" 第{number}行"
            sub = next((s for s in f.fields if s.key == m["sub"]), None)
            if sub is not None:
                label += f" {sub.label.text(locale)}"
        rows.append((index, {"key": f.key, "path": error.path, "label": label, "text": error.text(locale)}))
    rows.sort(key=lambda r: r[0])
    return [row for _, row in rows]
