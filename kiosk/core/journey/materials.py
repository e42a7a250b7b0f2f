"""Hand in materials: one card per material the guide lists, and nothing else.

A bundle (一件事) shows each material once: materials with the same code (or, failing that, the
same Chinese name) in several member matters become one card. Such a card is required if any
member requires it; it accepts an e-licence type only if every member accepts it; it may be
deferred (容缺) or replaced by a commitment (告知承诺) only if every member allows that; and a
deferred due date must fall on or before the earliest promised completion date among its matters.

Each card is handled one way (a :data:`Handling`):

* :class:`Scanned` — pages from the document camera, each with its SHA-256 and quality verdict
  (only verdict ``ok`` is kept; the UI offers a retake);
* :class:`Elicense` — an e-licence (免证办): type (one the material accepts), number, issuer
  reference; from its QR code (:func:`parse_elicense_payload`) or, for the resident's own ID card
  material, from the card just read;
* :class:`Reused` — a copy held from an earlier application of the same resident;
* :class:`Deferred` — 容缺: handed in later, by a due date (default: the latest allowed);
* :class:`Promised` — 告知承诺: the notice and liability texts shown, confirmed, and signed.

Two kinds of card are never asked for (policy: no material outside the guide, and the guide says
who brings each one — ``Material.supply``): a card the terminal generates (the application form the
guide says is "在终端填写后自动生成") is :class:`Generated` from the start — the journey renders the
page from the form and the signature when it submits; a card obtained by 部门间共享 is
:class:`Shared` from the start and shows "无需提交（部门间共享）". Neither can be scanned or cleared.

``MaterialsStep.missing()`` lists required cards not yet handled; refusals are
:class:`MaterialError` with a message code (``unknown_material``, ``page_quality``,
``elicense_not_accepted``, ``not_deferrable``, ``due_date_too_late``, ...).
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kiosk.core.catalog import Commitment, LocalText, Material, MaterialSupply, Matter, Necessity
from kiosk.core.journey.identity import Person
from kiosk.core.journey.messages import JourneyError
from kiosk.core.journey.signature import Signature
from kiosk.logs import mask_id

MAX_PAGES = 30
MAX_PAGE_BYTES = 20 * 1024 * 1024
ELICENSE_PREFIX = "ELIC1"
CARD_READ_TYPE = "resident_id"
CARD_READ_REF = "terminal-card-read"


class MaterialError(JourneyError):
    pass


class Disposition(enum.StrEnum):
    SCANNED = "scanned"
    ELICENSE = "elicense"
    REUSED = "reused"
    DEFERRED = "deferred"
    PROMISED = "promised"
    GENERATED = "generated"
    SHARED = "department_sharing"


@dataclass(frozen=True, repr=False)
class ScannedPage:
    """One page as the document camera delivered it (already cropped and encoded)."""

    data: bytes
    media_type: str = "image/jpeg"
    verdict: str = "ok"
    width: int = 0
    height: int = 0
    sha256: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sha256", hashlib.sha256(self.data).hexdigest())

    def __repr__(self) -> str:
        return f"ScannedPage({self.media_type}, {len(self.data)} bytes, {self.verdict})"


@dataclass(frozen=True)
class Scanned:
    pages: tuple[ScannedPage, ...]
    disposition = Disposition.SCANNED


@dataclass(frozen=True, repr=False)
class Elicense:
    type_code: str
    number: str
    issuer_ref: str
    issuer: str = ""
    source: str = "qr"  # "qr" or "card_reader"
    disposition = Disposition.ELICENSE

    def __repr__(self) -> str:
        return f"Elicense({self.type_code}, {mask_id(self.number)}, source={self.source})"


@dataclass(frozen=True)
class Reused:
    """A material held from an earlier application of the same resident (no new paper)."""

    application_id: str
    material_id: int
    acceptance_no: str
    sha256: str
    disposition = Disposition.REUSED


@dataclass(frozen=True)
class Deferred:
    due_date: dt.date
    disposition = Disposition.DEFERRED


@dataclass(frozen=True, repr=False)
class Promised:
    notice: tuple[str, ...]
    liability: tuple[str, ...]
    signature: Signature
    disposition = Disposition.PROMISED

    def __repr__(self) -> str:
        return f"Promised({self.signature!r})"


@dataclass(frozen=True)
class Generated:
    """Made by the terminal from the form and the signature (the page is rendered on submit)."""

    disposition = Disposition.GENERATED


@dataclass(frozen=True)
class Shared:
    """Obtained by the office through 部门间共享: nothing to hand in."""

    disposition = Disposition.SHARED


Handling = Scanned | Elicense | Reused | Deferred | Promised | Generated | Shared
_NOT_ASKED: dict[MaterialSupply, Handling] = {
    MaterialSupply.TERMINAL: Generated(),
    MaterialSupply.SHARED: Shared(),
}


@dataclass(frozen=True)
class PreviousMaterial:
    """What the store offers for reuse (from the same applicant's earlier applications)."""

    application_id: str
    material_id: int
    acceptance_no: str
    material_code: str
    sha256: str
    submitted_at: float = 0.0


@dataclass(frozen=True)
class ElicenseScan:
    type_code: str
    number: str
    issuer_ref: str
    issuer: str = ""

    def __repr__(self) -> str:
        return f"ElicenseScan({self.type_code}, {mask_id(self.number)})"


def make_elicense_payload(type_code: str, number: str, issuer_ref: str, issuer: str = "") -> str:
    """The QR text of an e-licence as this kiosk reads it (the emulator console shows these)."""
    parts = [type_code, number, issuer_ref, issuer]
    return "|".join([ELICENSE_PREFIX, *(urllib.parse.quote(p, safe="") for p in parts)])


def parse_elicense_payload(text: object) -> ElicenseScan | None:
    """``ELIC1|type|number|issuer_ref[|issuer]`` (fields percent-encoded), or None."""
    if not isinstance(text, str) or len(text) > 2000:
        return None
    parts = text.strip().split("|")
    if len(parts) not in (4, 5) or parts[0] != ELICENSE_PREFIX:
        return None
    try:
        fields = [urllib.parse.unquote(p, errors="strict") for p in parts[1:]]
    except UnicodeDecodeError:
        return None
    type_code, number, issuer_ref = fields[0], fields[1], fields[2]
    issuer = fields[3] if len(fields) > 3 else ""
    if not (type_code and number and issuer_ref) or any(len(f) > 200 for f in fields):
        return None
    if any((ch.isspace() and ch != " ") or ord(ch) < 32 for f in fields for ch in f):
        return None
    return ElicenseScan(type_code, number, issuer_ref, issuer)


@dataclass(frozen=True)
class MaterialCard:
    code: str
    name: LocalText
    necessity: Necessity
    sources: tuple[tuple[str, Material], ...]  # (matter code, the material as that matter lists it)
    elicense_types: tuple[str, ...]
    deferrable: bool
    commitment_allowed: bool
    commitments: tuple[Commitment, ...]
    latest_due: dt.date | None  # earliest promised completion among its matters
    supply: MaterialSupply = MaterialSupply.RESIDENT

    @property
    def asked(self) -> bool:
        """Whether the resident hands this material in (not generated here, not shared)."""
        return self.supply is MaterialSupply.RESIDENT

    @property
    def matters(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.sources)

    @property
    def required(self) -> bool:
        return self.necessity is Necessity.REQUIRED

    @property
    def material(self) -> Material:
        return self.sources[0][1]


_NECESSITY_RANK = {Necessity.REQUIRED: 0, Necessity.CONDITIONAL: 1, Necessity.OPTIONAL: 2}


def build_cards(matters: Sequence[Matter], promised: dict[str, dt.date]) -> tuple[MaterialCard, ...]:
    """One card per distinct material of ``matters`` (by code, then by Chinese name), in order."""
    groups: list[list[tuple[Matter, Material]]] = []
    by_code: dict[str, int] = {}
    by_name: dict[str, int] = {}
    for matter in matters:
        for material in matter.materials:
            i = by_code.get(material.code)
            if i is None:
                i = by_name.get(material.name.zh_CN)
            if i is None:
                i = len(groups)
                groups.append([])
                by_code[material.code] = i
                by_name[material.name.zh_CN] = i
            groups[i].append((matter, material))
    cards = []
    for group in groups:
        first = group[0][1]
        types = [t for t in first.elicense_types if all(t in m.elicense_types for _, m in group)]
        commitments: list[Commitment] = []
        for matter, _m in group:
            if matter.commitment is not None and matter.commitment not in commitments:
                commitments.append(matter.commitment)
        commitment_allowed = all(m.commitment_allowed and mt.commitment is not None for mt, m in group)
        dues = [promised[mt.code] for mt, _ in group if mt.code in promised]
        cards.append(
            MaterialCard(
                code=first.code,
                name=first.name,
                necessity=min((m.necessity for _, m in group), key=_NECESSITY_RANK.__getitem__),
                sources=tuple((mt.code, m) for mt, m in group),
                elicense_types=tuple(types),
                deferrable=all(m.deferrable for _, m in group),
                commitment_allowed=commitment_allowed,
                commitments=tuple(commitments),
                latest_due=min(dues) if dues else None,
                supply=_common_supply([m for _, m in group]),
            )
        )
    return tuple(cards)


def _common_supply(materials: Sequence[Material]) -> MaterialSupply:
    """A bundle's card is generated or shared only if every member matter says so."""
    supplies = {m.supply for m in materials}
    return supplies.pop() if len(supplies) == 1 else MaterialSupply.RESIDENT


class MaterialsStep:
    """The materials screen's state. Holds scans in memory only; :meth:`wipe` drops them."""

    def __init__(
        self,
        cards: Sequence[MaterialCard],
        today: dt.date,
        *,
        previous: Callable[[str], Sequence[PreviousMaterial]] | None = None,
        card_read_allowed: bool = True,
    ) -> None:
        self.cards: tuple[MaterialCard, ...] = tuple(cards)
        self.today = today
        self._by_code = {c.code: c for c in self.cards}
        self._handling: dict[str, Handling] = {
            c.code: _NOT_ASKED[c.supply] for c in self.cards if c.supply in _NOT_ASKED
        }
        self._previous = previous
        self.card_read_allowed = card_read_allowed

    # -- lookups ------------------------------------------------------------------------------------
    def card(self, code: str) -> MaterialCard:
        card = self._by_code.get(code) if isinstance(code, str) else None
        if card is None:
            raise MaterialError("unknown_material")
        return card

    def _asked(self, code: str) -> MaterialCard:
        """The card, if the resident hands it in: a generated or shared one is refused."""
        card = self.card(code)
        if not card.asked:
            raise MaterialError("material_not_asked")
        return card

    def handling(self, code: str) -> Handling | None:
        return self._handling.get(code)

    @property
    def handled(self) -> dict[str, Handling]:
        return dict(self._handling)

    def missing(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.cards if c.required and c.code not in self._handling)

    @property
    def complete(self) -> bool:
        return not self.missing()

    def deferred_items(self) -> list[tuple[MaterialCard, dt.date]]:
        return [(c, h.due_date) for c in self.cards if isinstance(h := self._handling.get(c.code), Deferred)]

    def previous_for(self, code: str) -> tuple[PreviousMaterial, ...]:
        self.card(code)
        if self._previous is None:
            return ()
        return tuple(p for p in self._previous(code) if p.material_code == code)

    # -- scanning -----------------------------------------------------------------------------------
    def _check_page(self, page: object) -> ScannedPage:
        if not isinstance(page, ScannedPage) or not page.data:
            raise MaterialError("no_pages")
        if page.verdict != "ok" or len(page.data) > MAX_PAGE_BYTES:
            raise MaterialError("page_quality")
        return page

    def scan(self, code: str, pages: Sequence[ScannedPage]) -> Scanned:
        self._asked(code)
        if not isinstance(pages, Sequence) or not pages:
            raise MaterialError("no_pages")
        if len(pages) > MAX_PAGES:
            raise MaterialError("too_many_pages", max=MAX_PAGES)
        checked = tuple(self._check_page(p) for p in pages)
        handling = Scanned(checked)
        self._handling[code] = handling
        return handling

    def add_page(self, code: str, page: ScannedPage) -> int:
        """Add one page to a multi-page material; returns the page count."""
        self._asked(code)
        current = self._handling.get(code)
        pages = current.pages if isinstance(current, Scanned) else ()
        if len(pages) >= MAX_PAGES:
            raise MaterialError("too_many_pages", max=MAX_PAGES)
        self._handling[code] = Scanned((*pages, self._check_page(page)))
        return len(pages) + 1

    def replace_page(self, code: str, index: int, page: ScannedPage) -> None:
        """Retake: page ``index`` (0-based) is replaced."""
        current = self._handling.get(code)
        if not isinstance(current, Scanned) or not 0 <= index < len(current.pages):
            raise MaterialError("no_pages")
        pages = list(current.pages)
        pages[index] = self._check_page(page)
        self._handling[code] = Scanned(tuple(pages))

    def remove_page(self, code: str, index: int) -> int:
        current = self._handling.get(code)
        if not isinstance(current, Scanned) or not 0 <= index < len(current.pages):
            raise MaterialError("no_pages")
        pages = current.pages[:index] + current.pages[index + 1 :]
        if pages:
            self._handling[code] = Scanned(pages)
        else:
            del self._handling[code]
        return len(pages)

    # -- e-licences, reuse --------------------------------------------------------------------------
    def use_elicense(
        self, code: str, type_code: str, number: str, issuer_ref: str, issuer: str = ""
    ) -> Elicense:
        card = self._asked(code)
        if not isinstance(type_code, str) or type_code not in card.elicense_types:
            raise MaterialError("elicense_not_accepted")
        if not all(isinstance(x, str) and x.strip() and len(x) <= 200 for x in (number, issuer_ref)):
            raise MaterialError("elicense_invalid")
        handling = Elicense(
            type_code, number.strip(), issuer_ref.strip(), issuer if isinstance(issuer, str) else ""
        )
        self._handling[code] = handling
        return handling

    def use_elicense_qr(self, code: str, payload: object) -> Elicense:
        scan = parse_elicense_payload(payload)
        if scan is None:
            raise MaterialError("elicense_invalid")
        return self.use_elicense(code, scan.type_code, scan.number, scan.issuer_ref, scan.issuer)

    def use_card_read(self, code: str, person: Person) -> Elicense:
        """The ID card just read stands for the ID card material (no photocopy): own card only."""
        card = self._asked(code)
        if not self.card_read_allowed or not person.from_card:
            raise MaterialError("card_read_not_usable")
        if CARD_READ_TYPE not in card.elicense_types:
            raise MaterialError("elicense_not_accepted")
        handling = Elicense(CARD_READ_TYPE, person.id_number, CARD_READ_REF, person.issuer, "card_reader")
        self._handling[code] = handling
        return handling

    def reuse(self, code: str, previous: PreviousMaterial) -> Reused:
        self._asked(code)
        offered = {(p.application_id, p.material_id) for p in self.previous_for(code)}
        if (
            not isinstance(previous, PreviousMaterial)
            or (previous.application_id, previous.material_id) not in offered
        ):
            raise MaterialError("reuse_not_found")
        handling = Reused(
            previous.application_id, previous.material_id, previous.acceptance_no, previous.sha256
        )
        self._handling[code] = handling
        return handling

    # -- 容缺, 告知承诺 -------------------------------------------------------------------------------
    def defer(self, code: str, due_date: dt.date | None = None) -> Deferred:
        card = self._asked(code)
        if not card.deferrable or card.latest_due is None or card.latest_due <= self.today:
            raise MaterialError("not_deferrable")
        due = card.latest_due if due_date is None else due_date
        if not isinstance(due, dt.date) or isinstance(due, dt.datetime):
            raise MaterialError("invalid_date")
        if due <= self.today:
            raise MaterialError("due_date_past")
        if due > card.latest_due:
            raise MaterialError("due_date_too_late", latest=card.latest_due.isoformat())
        handling = Deferred(due)
        self._handling[code] = handling
        return handling

    def promise(self, code: str, signature: Signature, confirmed: bool) -> Promised:
        card = self._asked(code)
        if not card.commitment_allowed or not card.commitments:
            raise MaterialError("commitment_not_allowed")
        if confirmed is not True:
            raise MaterialError("commitment_not_confirmed")
        if not isinstance(signature, Signature):
            raise MaterialError("signature_empty")
        handling = Promised(
            tuple(c.notice.zh_CN for c in card.commitments),
            tuple(c.liability.zh_CN for c in card.commitments),
            signature,
        )
        self._handling[code] = handling
        return handling

    def clear(self, code: str) -> None:
        self._asked(code)
        self._handling.pop(code, None)

    @property
    def generated_cards(self) -> tuple[MaterialCard, ...]:
        """The cards the terminal makes from the form and the signature (rendered on submit)."""
        return tuple(c for c in self.cards if c.supply is MaterialSupply.TERMINAL)

    def wipe(self) -> None:
        self._handling.clear()
        self._previous = None

    # -- summaries ----------------------------------------------------------------------------------
    def summary(self, locale: str = "zh_CN") -> list[dict[str, Any]]:
        """Rows for the materials and review screens (no personal data beyond masked numbers)."""
        rows = []
        for c in self.cards:
            h = self._handling.get(c.code)
            row: dict[str, Any] = {
                "code": c.code,
                "name": c.name.text(locale),
                "necessity": c.necessity.value,
                "required": c.required,
                "elicense_types": list(c.elicense_types),
                "deferrable": c.deferrable and c.latest_due is not None and c.latest_due > self.today,
                "commitment_allowed": c.commitment_allowed,
                "asked": c.asked,
                "supply": c.supply.value,
                "supply_text": "" if c.asked else c.supply.label.text(locale),
                "latest_due": c.latest_due.isoformat() if c.latest_due else None,
                "disposition": h.disposition.value if h else None,
                "pages": len(h.pages) if isinstance(h, Scanned) else 0,
                "due_date": h.due_date.isoformat() if isinstance(h, Deferred) else None,
                "elicense_type": h.type_code if isinstance(h, Elicense) else None,
                "elicense_number": mask_id(h.number) if isinstance(h, Elicense) else None,
            }
            rows.append(row)
        return rows
