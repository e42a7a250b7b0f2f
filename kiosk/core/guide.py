"""The standardized service guide (办事指南) of a matter, as rows a view can lay out.

Every implementation-list element appears (policy clauses 1-5: the same guide everywhere, and nothing
asked that the guide does not list). Sections and row keys are stable identifiers; the view turns
them into translated headings, and the values come from the catalog in the session's language. The
guide's own words and separators (``guide.*``) are message codes like any other (:mod:`kiosk.core.words`).
"""

from __future__ import annotations

from typing import Any

from kiosk.core.catalog import Catalog, LocalText, Material, Matter, TimeLimit
from kiosk.core.words import words

Row = dict[str, Any]


def time_limit_text(limit: TimeLimit | None, locale: str) -> str:
    if limit is None:
        return ""
    if limit.on_the_spot:
        return words("guide.on_the_spot", locale)
    return words("guide.time_limit", locale, value=limit.value, unit=limit.unit.label.text(locale))


def _join(values: Any, locale: str, separator: str = "guide.separator") -> str:
    """Values joined by the words of ``separator`` (a message code: each language has its own)."""
    parts = [v.text(locale) if isinstance(v, LocalText) else str(v) for v in values if v is not None]
    return words(separator, locale).join(p for p in parts if p)


def _row(key: str, value: str, title: str = "") -> Row:
    return {"key": key, "title": title, "value": value}


def material_detail(material: Material, catalog: Catalog, locale: str) -> str:
    bits = [material.necessity.label.text(locale)]
    if material.condition:
        bits.append(material.condition.text(locale))
    bits.append(_join([f.label for f in material.forms], locale, "guide.forms_separator"))
    bits.append(words("guide.copies", locale, n=material.copies))
    if material.paper_size:
        bits.append(material.paper_size)
    bits.append(material.source.label.text(locale))
    if material.elicense_types:
        names = [
            t.name.text(locale) for code in material.elicense_types if (t := catalog.elicense_type(code))
        ]
        bits.append(words("guide.elicense_accepted", locale, names="、".join(names)))
    if material.deferrable:
        bits.append(words("guide.deferrable", locale))
    if material.commitment_allowed:
        bits.append(words("guide.commitment_allowed", locale))
    if material.acceptance_standard:
        bits.append(material.acceptance_standard.text(locale))
    if material.notes:
        bits.append(material.notes.text(locale))
    return " · ".join(b for b in bits if b)


def guide_sections(matter: Matter, catalog: Catalog, locale: str) -> list[dict[str, Any]]:
    """The whole guide: a list of ``{"key": section, "rows": [{"key", "title", "value"}]}``."""
    dept = catalog.department(matter.department)
    accepting = catalog.department(matter.accepting_department) if matter.accepting_department else None
    basic: list[Row] = [
        _row("type", matter.type.label.text(locale)),
        _row("implementing_body", dept.name.text(locale) if dept else matter.department),
    ]
    if accepting:
        basic.append(_row("accepting_body", accepting.name.text(locale)))
    basic += [
        _row("service_object", _join([o.label for o in matter.service_objects], locale, "guide.enumeration")),
        _row("case_type", matter.case_type.label.text(locale)),
        _row("handling_forms", _join([f.label for f in matter.handling_forms], locale, "guide.enumeration")),
        _row(
            "terminal",
            words("guide.at_terminal", locale)
            if matter.terminal_handling
            else matter.where_to_go.text(locale)
            if matter.where_to_go
            else words("guide.at_window", locale),
        ),
        _row("face", matter.face_verification.label.text(locale)),
        _row("tongban", matter.tongban_scope.label.text(locale)),
        _row("basic_code", matter.basic_code),
        _row("implementation_code", matter.code),
        _row("version", matter.version),
    ]
    if matter.quantity_limit:
        basic.append(_row("quantity_limit", matter.quantity_limit.text(locale)))

    limits = [_row("promised_limit", time_limit_text(matter.promised_limit, locale))]
    if matter.statutory_limit:
        limits.append(_row("statutory_limit", time_limit_text(matter.statutory_limit, locale)))
    limits.append(
        _row(
            "visits",
            words("guide.visits", locale, visits=matter.visits)
            if matter.visits
            else words("guide.no_visit", locale),
        )
    )

    if matter.fees.charged:
        fee_rows = [
            _row(
                "fee_item",
                words("guide.fee_amount", locale, amount=f"{i.amount:g}")
                if i.amount is not None
                else (i.standard.text(locale) if i.standard else ""),
                i.name.text(locale),
            )
            for i in matter.fees.items
        ]
        fee_rows += [_row("fee_basis", b.text(locale)) for b in matter.fees.basis]
    else:
        fee_rows = [_row("fee", words("guide.free", locale))]

    process = [
        _row(
            "step",
            _join([s.description, s.actor], locale, "guide.step_actor")
            + (f"（{time_limit_text(s.time_limit, locale)}）" if s.time_limit else ""),
            f"{n}. {s.name.text(locale)}",
        )
        for n, s in enumerate(matter.process, 1)
    ]
    special = [
        _row(
            "special",
            _join([p.description], locale)
            + (f"（{time_limit_text(p.time_limit, locale)}）" if p.time_limit else ""),
            p.name.text(locale),
        )
        for p in matter.special_procedures
    ]
    materials = [
        _row("material", material_detail(m, catalog, locale), f"{n}. {m.name.text(locale)}")
        for n, m in enumerate(matter.materials, 1)
    ]
    contact = [
        _row("place", matter.place.text(locale)),
        _row("hours", matter.hours.text(locale)),
        _row("consultation_phone", matter.consultation_phone),
        _row("complaint_phone", matter.complaint_phone),
    ]
    sections: list[dict[str, Any]] = []

    def add(key: str, rows: list[Row]) -> None:
        if rows:
            sections.append({"key": key, "rows": rows})

    if matter.summary:
        add("summary", [_row("summary", matter.summary.text(locale))])
    # Residents look first for "can I apply" and "what do I bring"; codes and law come last.
    add(
        "conditions",
        [_row("condition", f"{n}. {c.text(locale)}") for n, c in enumerate(matter.conditions, 1)],
    )
    add("materials", materials or [_row("no_materials", words("guide.no_materials", locale))])
    add("limits", limits)
    add("fees", fee_rows)
    add("process", process)
    add("special", special)
    if matter.result:
        add(
            "result",
            [
                _row("result", matter.result.name.text(locale)),
                _row("delivery", matter.result.delivery.text(locale)),
            ],
        )
    if matter.commitment:
        add(
            "commitment",
            [
                _row("notice", matter.commitment.notice.text(locale)),
                _row("liability", matter.commitment.liability.text(locale)),
            ],
        )
    add("contact", contact)
    add("basic", basic)
    add("legal_basis", [_row("law", b.text(locale)) for b in matter.legal_basis])
    return sections
