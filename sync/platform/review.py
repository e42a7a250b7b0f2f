"""Pension certification review and home-visit scheduling on the reference platform.

A kiosk queues a certification (and a home-visit request) as an ordinary application; what it is
lies inside the sealed payload (``type``), which only the platform can open. This module opens it
with the platform's keys and:

* decides certifications through a :class:`CertificationMatcher`: something that compares the live
  face with the reference photo (the principal's card chip photo, or the identity registry's) and
  answers passed / failed, or ``None`` when a person has to look. The reference implementation,
  :class:`StaffReview`, always leaves it to staff, who decide with ``kiosk-platform admin approve``
  / ``admin reject --reason``; a vendor face-comparison service would implement the same protocol.
* lists home-visit requests with their state; staff schedule them (``admin schedule-visit``).

Every decision is a case state change, so it reaches the kiosk through the status feed like any
other: ``certified`` / ``certification-failed`` (the reason as the note), ``visit-scheduled``
(the date as the note), ``completed``.
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync import sealing
from sync.platform.keys import SealKeyring
from sync.platform.storage import Storage, StoredApplication

log = logging.getLogger(__name__)

CERTIFIED = "certified"
CERTIFICATION_FAILED = "certification-failed"
VISIT_SCHEDULED = "visit-scheduled"
PENDING_STATES = ("received", "accepted", "processing")
FACE_PHOTO = "face_photo"
CARD_PHOTO = "card_photo"

Opener = Callable[[bytes], bytes]


def opener(keys: X25519PrivateKey | SealKeyring) -> Opener:
    if isinstance(keys, SealKeyring):
        return keys.open_sealed
    return lambda envelope: sealing.open_sealed(envelope, keys)


def payload(app: StoredApplication, open_: Opener) -> dict[str, Any]:
    manifest = json.loads(app.manifest)
    data: dict[str, Any] = json.loads(open_(base64.b64decode(manifest["sealed_payload"])))
    return data


def summary(app: StoredApplication) -> dict[str, Any]:
    """The masked summary stored at commit: what lists show without opening anything."""
    try:
        data = json.loads(app.summary)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


FLEET_PAGE_VISITS = 200  # the newest; the CLI lists them all


class WrongKind(ValueError):
    """A decision that does not apply to this case's kind (approving a death-benefit application)."""


# Which case states a staff decision may set, by the kind of case: a certification is certified or
# not, a home visit is scheduled; the ordinary states apply to every kind.
ORDINARY_STATES = ("received", "accepted", "not-accepted", "correction-requested", "processing", "completed")
KIND_STATES = {
    "certification": (*ORDINARY_STATES, CERTIFIED, CERTIFICATION_FAILED),
    "home_visit": (*ORDINARY_STATES, VISIT_SCHEDULED),
    "application": ORDINARY_STATES,
}
KIND_WORDS = {"certification": "养老认证", "home_visit": "上门服务", "application": "办件"}


def check_state_fits(storage: Storage, case_no: str, state: str) -> None:
    """LookupError for an unknown case; WrongKind when `state` is not one this kind of case takes."""
    app = storage.application(case_no)
    if app is None or app.case_no != case_no:
        raise LookupError(f"no case {case_no}")
    allowed = KIND_STATES.get(app.kind, ORDINARY_STATES)
    if state not in allowed:
        raise WrongKind(
            f"{case_no} is a {KIND_WORDS.get(app.kind, app.kind)} ({app.kind}) case: "
            f"it cannot be set to {state!r} (allowed: {', '.join(allowed)})"
        )


def set_state(storage: Storage, case_no: str, state: str, note: str) -> bool:
    """Every staff state change goes through here: the state must fit the case's kind."""
    check_state_fits(storage, case_no, state)
    return storage.set_case_state(case_no, state, note)


@dataclass(frozen=True)
class CertificationCase:
    case_no: str
    application_id: str
    state: str
    received_at: float
    resident_masked: str
    assisted: bool
    reference: str  # "card_photo" or "registry"
    attempts: int


@dataclass(frozen=True)
class Decision:
    passed: bool
    reason: str = ""


class CertificationMatcher(Protocol):
    def decide(self, case: CertificationCase, face_jpeg: bytes, card_photo: bytes | None) -> Decision | None:
        """Passed or failed; None: a person must look (the case stays pending for staff)."""
        ...


class StaffReview:
    """The reference matcher: no automatic comparison; staff decide with the admin CLI."""

    def decide(self, case: CertificationCase, face_jpeg: bytes, card_photo: bytes | None) -> Decision | None:
        return None


def certifications(
    storage: Storage,
    keys: X25519PrivateKey | SealKeyring | None = None,
    *,
    states: tuple[str, ...] | None = None,
    newest: int | None = None,
) -> list[CertificationCase]:
    """From the columns written at commit: nothing is decrypted, so no one record can break the list.
    `newest`: only that many, the latest first (a page)."""
    out = []
    found = storage.applications(
        kind="certification", states=states, limit=newest, newest_first=newest is not None
    )
    for app in found:
        info = summary(app)
        out.append(
            CertificationCase(
                app.case_no,
                app.id,
                app.state,
                app.received_at,
                str(info.get("resident", "")),
                bool(info.get("assisted", False)),
                str(info.get("reference", "registry")),
                int(info.get("attempts", 0) or 0),
            )
        )
    return out


def pending_certifications(
    storage: Storage, keys: X25519PrivateKey | SealKeyring | None = None
) -> list[CertificationCase]:
    return certifications(storage, states=PENDING_STATES)


def _photos(storage: Storage, blob_dir: Path, case: CertificationCase, open_: Opener) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for name, upload_id in storage.attachment_uploads(case.application_id):
        for code in (FACE_PHOTO, CARD_PHOTO):
            if name.endswith("-" + code):
                out[code] = open_(storage.blob_path(upload_id).read_bytes())
    return out


def export_photos(
    storage: Storage, blob_dir: Path, keys: X25519PrivateKey | SealKeyring, case_no: str, out_dir: Path
) -> list[Path]:
    """The live face and the reference card photo of a certification, for staff to compare."""
    case = next((c for c in certifications(storage, keys) if c.case_no == case_no), None)
    if case is None:
        raise LookupError(f"no certification {case_no}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for code, data in _photos(storage, blob_dir, case, opener(keys)).items():
        path = out_dir / (f"{case_no}-{code}." + ("jpg" if code == FACE_PHOTO else "wlt"))
        path.write_bytes(data)
        written.append(path)
    return written


def decide(storage: Storage, case_no: str, decision: Decision) -> bool:
    """Record a decision as the case's new state; the status feed carries it to the kiosk."""
    if not decision.passed and not decision.reason.strip():
        raise ValueError("a rejected certification needs a reason the resident can act on")
    state = CERTIFIED if decision.passed else CERTIFICATION_FAILED
    note = decision.reason.strip() or "认证通过"
    return set_state(storage, case_no, state, note)


def run_matcher(
    storage: Storage, blob_dir: Path, keys: X25519PrivateKey | SealKeyring, matcher: CertificationMatcher
) -> int:
    """Offer every pending certification to the matcher; returns how many it decided."""
    open_ = opener(keys)
    decided = 0
    for case in pending_certifications(storage, keys):
        try:
            photos = _photos(storage, blob_dir, case, open_)
        except (OSError, sealing.SealError):
            log.warning("certification %s: photos do not open; left for staff", case.case_no)
            continue
        face = photos.get(FACE_PHOTO)
        if face is None:
            continue
        decision = matcher.decide(case, face, photos.get(CARD_PHOTO))
        if decision is not None and decide(storage, case.case_no, decision):
            decided += 1
    return decided


@dataclass(frozen=True)
class HomeVisit:
    case_no: str
    state: str
    received_at: float
    resident_masked: str
    matter: str
    village_address: str  # the address as given; staff need it to go there
    call_back_by: str


UNREADABLE = "(无法打开)"


def home_visits(
    storage: Storage, keys: X25519PrivateKey | SealKeyring | None = None, *, newest: int | None = None
) -> list[HomeVisit]:
    """Home-visit requests from the stored summaries. With `keys`, each address is opened for staff
    who go there; a record that will not open shows as unreadable and the rest still list.
    `newest`: only that many, the latest first (a page)."""
    open_ = None if keys is None else opener(keys)
    out = []
    for app in storage.applications(kind="home_visit", limit=newest, newest_first=newest is not None):
        info = summary(app)
        address = ""
        if open_ is not None:
            try:
                address = str(payload(app, open_).get("address", ""))
            except (ValueError, KeyError, sealing.SealError):
                log.warning("home visit %s: payload does not open", app.case_no)
                address = UNREADABLE
        out.append(
            HomeVisit(
                app.case_no,
                app.state,
                app.received_at,
                str(info.get("resident", "")),
                str((info.get("matters") or [""])[0]),
                address,
                str(info.get("call_back_by", "")),
            )
        )
    return out


def schedule_visit(storage: Storage, case_no: str, day: str, note: str = "") -> bool:
    text = f"上门时间：{day}" + (f"；{note}" if note else "")
    return set_state(storage, case_no, VISIT_SCHEDULED, text)


def render_home_visits(storage: Storage, keys: X25519PrivateKey | SealKeyring) -> str:
    """The fleet page's home-visit table (masked names; staff open the address in the CLI)."""
    import html
    import time

    rows = []
    for v in home_visits(storage, newest=FLEET_PAGE_VISITS):
        when = time.strftime("%Y-%m-%d %H:%M", time.gmtime(v.received_at))
        cells = [v.case_no, v.state, when, v.resident_masked, v.matter, v.call_back_by]
        rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
    head = "".join(
        f"<th>{h}</th>" for h in ("Case", "State", "Received (UTC)", "Resident", "Matter", "Call back by")
    )
    return f"<h1>Home visits</h1><table border='1'><tr>{head}</tr>{''.join(rows)}</table>"


def audit_chain_verdict(heartbeats: list[str]) -> str:
    """What a series of heartbeat bodies says about a terminal's audit chain (sync.platform.audit_chain,
    one beat after another): "ok", or how it was tampered with."""
    from sync.platform.audit_chain import OK, judge

    heads: dict[int, str] = {}
    verdict, highest = OK, -1
    for raw in heartbeats:
        step = judge(verdict, highest, json.loads(raw), heads.get)
        verdict, highest = step.verdict, step.highest
        if step.head is not None:
            heads.setdefault(*step.head)
    return verdict
