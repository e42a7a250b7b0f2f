"""Progress from anywhere, the kiosk's half: ask the platform for a resident's cases, whichever terminal
took them. By the ID card just read, or by a typed acceptance number with the last 4 digits of the
phone given on the application. The numbers travel only inside this signed request over the pinned
channel; the platform matches keyed hashes and answers status, never personal data it holds."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sync.engine.client import PlatformClient


@dataclass(frozen=True)
class RemoteCase:
    case_no: str
    application_id: str
    kind: str  # application / certification / home_visit
    state: str  # a CaseState
    changed_at: float
    note: str  # staff's words to the resident with the latest change
    received_at: float
    acceptance_no: str  # the 受理号 on the resident's receipt
    matter_codes: tuple[str, ...]
    answered_at: float | None = None  # a complaint (kind "complaint"): when staff replied, if they have


def find_by_id_card(client: PlatformClient, id_number: str) -> list[RemoteCase]:
    return _ask(client, {"id_number": id_number})


def find_by_acceptance_no(client: PlatformClient, acceptance_no: str, phone_last4: str) -> list[RemoteCase]:
    """Empty when the number and digits do not match; PlatformBusy (429) after repeated misses."""
    return _ask(client, {"acceptance_no": acceptance_no, "phone_last4": phone_last4})


def find_by_receipt_qr(client: PlatformClient, application_id: str) -> list[RemoteCase]:
    """The one case a receipt's status-page QR names, or the complaint a complaint slip's QR names
    (status only: the platform sends no staff note, and no complaint text or reply)."""
    return _ask(client, {"application_id": application_id})


def _ask(client: PlatformClient, body: dict[str, str]) -> list[RemoteCase]:
    answer = client.request(
        "POST", "/v1/lookup", content=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    return [
        RemoteCase(
            str(c["case_no"]),
            str(c["application_id"]),
            str(c["kind"]),
            str(c["state"]),
            float(c["changed_at"]),
            str(c.get("note", "")),
            float(c["received_at"]),
            str(c.get("acceptance_no", "")),
            tuple(str(m) for m in c.get("matter_codes", [])),
            None if c.get("answered_at") is None else float(c["answered_at"]),
        )
        for c in answer.json()["cases"]
    ]
