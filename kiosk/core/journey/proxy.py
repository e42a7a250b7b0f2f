"""代办: a family member or agent applies for someone else (the principal).

The agent identifies with their own ID card (:func:`identity.identify`); they then enter the
principal's name, ID number (GB 11643 check digit), phone and their relationship, and hand in the
authorization (授权委托书, scanned). The application is the principal's: the form is prefilled
from the principal's details, the applicant token and the masked name on the receipt are the
principal's, and a face check, if the matter has one, is the principal's face. The authorization is
asked for only where the matter's guide lists it (:func:`lists_authorization`). The sealed
application records both persons and the relationship.

长辈版's family path (a family member helping an elderly resident at the terminal): after the helper's own
card, the elderly resident's card is read from the reader (``ProxyDetails.principal_card``) instead of
typing their details; the relationship must be a family one (:data:`FAMILY`), their phone is optional and
the letter of authorization is optional: the principal's card presented at the terminal is the recorded
basis (``basis: "principal_card"``; ``"authorization"`` for the typed path).

Refusal codes: ``proxy_not_allowed`` (the matter must be done in person), ``principal_is_agent``,
``invalid_relationship``, ``authorization_missing`` and the form field codes for name, ID number
and phone (as :class:`~kiosk.core.journey.forms.FieldError` with paths ``principal_name``,
``principal_id_number``, ``principal_phone``, ``relationship``, ``authorization``; ``principal_card``
in the family path).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from kiosk.core.catalog import Matter
from kiosk.core.journey.forms import FieldError, check_text, validate_phone
from kiosk.core.journey.identity import Person, id_number_problem, normalize_id_number, person_from_entry
from kiosk.core.journey.materials import MAX_PAGES, ScannedPage
from kiosk.core.words import Phrase

AUTHORIZATION_CODE = "proxy_authorization"
#: how a guide names the letter of authorization when it lists one under another code
AUTHORIZATION_WORDS = ("授权委托书", "委托书")
#: the relationships an agent may have to the principal (words: ``relationship.<key>``)
RELATIONSHIPS: dict[str, Phrase] = {
    key: Phrase(f"relationship.{key}")
    for key in (
        "spouse", "parent", "child", "sibling", "grandparent", "grandchild", "other_relative",
        "village_agent", "other",
    )
}  # fmt: skip

#: relationships the family path offers (a village agent or other trustee uses the typed path and a letter)
FAMILY = ("child", "spouse", "grandchild", "sibling", "parent", "grandparent", "other_relative")


@dataclass(frozen=True, repr=False)
class ProxyDetails:
    """What the agent enters about the principal (raw, as typed)."""

    principal_name: Any
    principal_id_number: Any
    principal_phone: Any
    relationship: Any
    authorization: Sequence[ScannedPage] = ()
    principal_card: Person | None = None  # the family path: read from the reader, not typed

    def __repr__(self) -> str:
        return f"ProxyDetails(relationship={self.relationship!r}, card={self.principal_card is not None})"


@dataclass(frozen=True, repr=False)
class Proxy:
    """A validated proxy application: who applies (agent) for whom (principal)."""

    agent: Person
    principal: Person
    relationship: str
    authorization: tuple[ScannedPage, ...]
    basis: str = "authorization"  # or "principal_card": the family path, the principal's card was read

    def __repr__(self) -> str:
        return f"Proxy({self.agent.masked_name} for {self.principal.masked_name}, {self.relationship})"

    def as_payload(self) -> dict[str, Any]:
        return {
            "agent": self.agent.as_payload(),
            "principal": self.principal.as_payload(),
            "relationship": self.relationship,
            "authorization_pages": [p.sha256 for p in self.authorization],
            "basis": self.basis,
        }


def lists_authorization(matter: Matter) -> bool:
    """Whether the matter's guide lists the proxy's letter of authorization (授权委托书) as a material:
    by its code, or by the words of its name. Policy: no material outside the guide (clauses 5, 18, 25),
    so a matter that does not list it never asks for it."""
    return any(
        m.code == AUTHORIZATION_CODE or any(word in m.name.zh_CN for word in AUTHORIZATION_WORDS)
        for m in matter.materials
    )


def validate_proxy(
    details: ProxyDetails,
    agent: Person,
    today: dt.date | None = None,
    *,
    authorization_listed: bool = True,
) -> tuple[Proxy | None, tuple[FieldError, ...]]:
    """``authorization_listed``: the matter's guide lists the 授权委托书 (:func:`lists_authorization`);
    only then must the typed path hand it in. Pages given anyway are checked and kept."""
    card = getattr(details, "principal_card", None)
    if isinstance(card, Person):
        return _validate_family(details, card, agent)
    errors: list[FieldError] = []
    name, name_errors = check_text(
        getattr(details, "principal_name", None), "principal_name", required=True, max_length=50, min_length=2
    )
    errors.extend(name_errors)
    number_raw = getattr(details, "principal_id_number", None)
    problem = id_number_problem(number_raw, today) if number_raw not in (None, "") else "required"
    if problem is not None:
        errors.append(FieldError("principal_id_number", problem))
    elif normalize_id_number(str(number_raw)) == agent.id_number:
        errors.append(FieldError("principal_id_number", "principal_is_agent"))
    phone_raw = getattr(details, "principal_phone", None)
    phone = validate_phone(phone_raw)
    if phone is None:
        errors.append(
            FieldError("principal_phone", "required" if phone_raw in (None, "") else "invalid_phone")
        )
    relationship = getattr(details, "relationship", None)
    if not isinstance(relationship, str) or relationship not in RELATIONSHIPS:
        errors.append(FieldError("relationship", "invalid_relationship"))
    pages = getattr(details, "authorization", ()) or ()
    if not isinstance(pages, Sequence) or isinstance(pages, str | bytes):
        errors.append(FieldError("authorization", "page_quality"))
    elif not pages and authorization_listed:
        errors.append(FieldError("authorization", "authorization_missing"))
    elif _bad_pages(pages):
        errors.append(FieldError("authorization", "page_quality"))
    if errors:
        return None, tuple(errors)
    assert isinstance(name, str) and isinstance(relationship, str) and phone is not None
    principal = person_from_entry(name, str(number_raw), phone)
    return Proxy(agent, principal, relationship, tuple(pages)), ()


def _bad_pages(pages: Sequence[Any]) -> bool:
    return len(pages) > MAX_PAGES or any(
        not isinstance(p, ScannedPage) or p.verdict != "ok" or not p.data for p in pages
    )


def _validate_family(
    details: ProxyDetails, card: Person, agent: Person
) -> tuple[Proxy | None, tuple[FieldError, ...]]:
    """The family path: the principal is who the card says (already checked by identity.identify)."""
    errors: list[FieldError] = []
    if card.id_number == agent.id_number:
        errors.append(FieldError("principal_card", "principal_is_agent"))
    phone_raw = getattr(details, "principal_phone", None)
    phone = validate_phone(phone_raw) if phone_raw not in (None, "") else ""
    if phone is None:
        errors.append(FieldError("principal_phone", "invalid_phone"))
    relationship = getattr(details, "relationship", None)
    if not isinstance(relationship, str) or relationship not in FAMILY:
        errors.append(FieldError("relationship", "invalid_relationship"))
    pages = getattr(details, "authorization", ()) or ()
    if isinstance(pages, str | bytes) or not isinstance(pages, Sequence) or _bad_pages(pages):
        errors.append(FieldError("authorization", "page_quality"))
    if errors:
        return None, tuple(errors)
    assert isinstance(relationship, str) and phone is not None
    principal = replace(card, phone=phone)
    return Proxy(agent, principal, relationship, tuple(pages), basis="principal_card"), ()
