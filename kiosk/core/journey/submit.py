"""Durable submit: what the journey hands to the store, through the :class:`Submitter` port.

The core builds a :class:`SubmissionPackage`:

* ``personal`` — everything about the resident (card fields, the principal in a proxy application,
  form values, e-licence numbers, the signature PNG, the face frame if any), JSON that the adapter
  seals whole to the platform key; it is never written in clear;
* ``attachments`` — the scanned pages, ``(material_code, bytes)``, each sealed into its own file;
* ``materials`` — one public row per page or per non-file disposition (code, disposition, due date,
  a detail without personal data);
* flags for the store's clear columns (role, staff verification, face status, promised date) and an
  audit detail without personal data.

The adapter (``kiosk.journey_adapters.store.StoreSubmitter``) takes the next acceptance number,
seals and writes the files (fsynced), writes the application, materials, outbox and audit rows in
one SQLite transaction, and returns a :class:`SubmitResult` only after the commit (WAL with
``synchronous=FULL``: the commit is on disk when it returns).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from kiosk.core.catalog import Matter
from kiosk.core.journey.face import FaceOutcome
from kiosk.core.journey.generated import PAGE_MEDIA_TYPE, RenderedPage
from kiosk.core.journey.identity import Person
from kiosk.core.journey.materials import (
    Deferred,
    Disposition,
    Elicense,
    Generated,
    MaterialsStep,
    PreviousMaterial,
    Promised,
    Reused,
    Scanned,
    Shared,
)
from kiosk.core.journey.proxy import AUTHORIZATION_CODE, Proxy
from kiosk.core.journey.signature import Signature

PAYLOAD_FORMAT = 1


@dataclass(frozen=True)
class MaterialRow:
    """One ``materials`` row. ``attachment`` indexes ``SubmissionPackage.attachments`` (scans)."""

    code: str
    disposition: str
    attachment: int | None = None
    due_date: str | None = None
    detail: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, repr=False)
class SubmissionPackage:
    application_id: str
    matter_codes: tuple[str, ...]
    bundle_code: str | None
    catalog_version: str
    applicant_masked: str
    subject_id_number: str  # for the applicant token: the adapter hashes it and never stores it
    promised_date: dt.date
    personal: Mapping[str, Any]
    attachments: tuple[tuple[str, bytes], ...]
    materials: tuple[MaterialRow, ...]
    role: str  # "self" or "proxy"
    staff_verification: bool
    staff_reason: str | None
    face_status: str
    audit: Mapping[str, Any]

    def __repr__(self) -> str:
        return (
            f"SubmissionPackage({self.application_id}, {list(self.matter_codes)}, "
            f"{len(self.attachments)} attachments, role={self.role})"
        )

    def personal_json(self) -> bytes:
        return json.dumps(self.personal, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()

    @property
    def attachment_bytes(self) -> int:
        return sum(len(data) for _, data in self.attachments)


@dataclass(frozen=True)
class SubmitResult:
    application_id: str
    acceptance_no: str
    submitted_at: dt.datetime
    promised_date: dt.date
    qr_payload: str
    #: what is true when the receipt prints: "queued" (on this terminal, waiting for upload; the
    #: offline-first default) or "accepted" (the platform already accepted it)
    state: str = "queued"


class Submitter(Protocol):
    """The store side of the journey (``kiosk.journey_adapters.store.StoreSubmitter``)."""

    def submit(self, package: SubmissionPackage) -> SubmitResult:
        """Durably queue the application; return only once it is committed and fsynced."""
        ...

    def record_receipt(self, application_id: str, printed: bool, problem: str | None) -> None:
        """Whether the receipt came out of the printer (and if not, why: a message code)."""
        ...

    def previous_materials(self, id_number: str, material_code: str) -> Sequence[PreviousMaterial]:
        """Materials of the same resident's earlier applications that may be reused."""
        ...

    def same_day_application(self, id_number: str, matter_codes: Sequence[str], day: dt.date) -> str | None:
        """The acceptance number of this resident's application for any of these matters on ``day``."""
        ...


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def build_package(
    *,
    application_id: str,
    matters: Sequence[Matter],
    bundle_code: str | None,
    catalog_version: str,
    holder: Person,
    proxy: Proxy | None,
    form_values: Mapping[str, Any],
    form_by_matter: Mapping[str, Mapping[str, Any]],
    materials: MaterialsStep,
    signature: Signature,
    face: FaceOutcome,
    promised_by_matter: Mapping[str, dt.date],
    submitted_at: dt.datetime,
    generated: Sequence[RenderedPage] = (),
) -> SubmissionPackage:
    """``generated``: the pages the terminal made for its ``Generated`` cards (see
    :mod:`kiosk.core.journey.generated`); a drawn page is sealed as a file like a scanned page."""
    subject = proxy.principal if proxy else holder
    attachments: list[tuple[str, bytes]] = []
    rows: list[MaterialRow] = []
    sealed_materials: list[dict[str, Any]] = []
    counts: dict[str, int] = {}

    def scanned_rows(code: str, pages: Sequence[Any], matters_of: Sequence[str]) -> list[dict[str, Any]]:
        out = []
        for i, page in enumerate(pages):
            index = len(attachments)
            attachments.append((code, page.data))
            rows.append(
                MaterialRow(
                    code,
                    "scanned",
                    attachment=index,
                    detail={
                        "page": i + 1,
                        "pages": len(pages),
                        "media_type": page.media_type,
                        "verdict": page.verdict,
                        "matters": list(matters_of),
                    },
                )
            )
            out.append({"attachment": index, "sha256": page.sha256, "media_type": page.media_type})
        return out

    for card in materials.cards:
        h = materials.handling(card.code)
        if h is None:
            continue
        counts[h.disposition.value] = counts.get(h.disposition.value, 0) + 1
        entry: dict[str, Any] = {
            "code": card.code,
            "disposition": h.disposition.value,
            "matters": list(card.matters),
        }
        if isinstance(h, Scanned):
            entry["pages"] = scanned_rows(card.code, h.pages, card.matters)
        elif isinstance(h, Elicense):
            entry["elicense"] = {
                "type": h.type_code,
                "number": h.number,
                "issuer_ref": h.issuer_ref,
                "issuer": h.issuer,
                "source": h.source,
            }
            rows.append(
                MaterialRow(card.code, "elicense", detail={"elicense_type": h.type_code, "source": h.source})
            )
        elif isinstance(h, Reused):
            ref = {"from_application": h.application_id, "from_material": h.material_id, "sha256": h.sha256}
            entry["reused"] = {**ref, "acceptance_no": h.acceptance_no}
            rows.append(MaterialRow(card.code, "reused", detail=ref))
        elif isinstance(h, Deferred):
            entry["due_date"] = h.due_date.isoformat()
            rows.append(
                MaterialRow(
                    card.code,
                    "deferred",
                    due_date=h.due_date.isoformat(),
                    detail={"matters": list(card.matters)},
                )
            )
        elif isinstance(h, Promised):
            entry["commitment"] = {
                "notice": list(h.notice),
                "liability": list(h.liability),
                "signature_png": _b64(h.signature.png),
                "signature_sha256": h.signature.sha256,
            }
            rows.append(MaterialRow(card.code, "promised", detail={"signature_sha256": h.signature.sha256}))
        elif isinstance(h, Generated):
            rendered = next((g for g in generated if g.page.code == card.code), None)
            if rendered is not None:
                entry["generated"] = rendered.page.as_payload()
            if rendered is not None and rendered.png:
                index = len(attachments)
                attachments.append((card.code, rendered.png))
                detail = {
                    "generated": True,
                    "page": 1,
                    "pages": 1,
                    "media_type": PAGE_MEDIA_TYPE,
                    "matters": list(card.matters),
                }
                rows.append(MaterialRow(card.code, "generated", attachment=index, detail=detail))
                sealed_page = {"attachment": index, "sha256": rendered.sha256, "media_type": PAGE_MEDIA_TYPE}
                entry["pages"] = [sealed_page]
            else:
                detail = {"rendered": False, "matters": list(card.matters)}
                rows.append(MaterialRow(card.code, "generated", detail=detail))
        elif isinstance(h, Shared):
            rows.append(
                MaterialRow(card.code, Disposition.SHARED.value, detail={"matters": list(card.matters)})
            )
        sealed_materials.append(entry)

    proxy_payload: dict[str, Any] | None = None
    if proxy is not None:
        proxy_payload = proxy.as_payload()
        proxy_payload["authorization"] = scanned_rows(AUTHORIZATION_CODE, proxy.authorization, [])
        counts["scanned"] = counts.get("scanned", 0) + 1

    promised = max(promised_by_matter.values()) if promised_by_matter else submitted_at.date()
    staff_reason = face.reason.code if face.staff_verification and face.reason else None
    personal: dict[str, Any] = {
        "format": PAYLOAD_FORMAT,
        "application_id": application_id,
        "submitted_at": submitted_at.isoformat(timespec="seconds"),
        "matters": [m.code for m in matters],
        "bundle": bundle_code,
        "catalog_version": catalog_version,
        "role": "proxy" if proxy else "self",
        "applicant": subject.as_payload(),
        "card_holder": holder.as_payload(),
        "proxy": proxy_payload,
        "form": dict(form_values),
        "form_by_matter": {k: dict(v) for k, v in form_by_matter.items()},
        "materials": sealed_materials,
        "signature": {"png": _b64(signature.png), "sha256": signature.sha256},
        "face": {
            "status": face.status.value,
            "subject": face.subject,
            "attempts": face.attempts,
            "score": face.score,
            "image_jpeg": _b64(face.frame) if face.frame else None,
        },
        "staff_verification": {"required": face.staff_verification, "reason": staff_reason},
        "promised_dates": {k: v.isoformat() for k, v in promised_by_matter.items()},
    }
    audit = {
        "application_id": application_id,
        "matters": [m.code for m in matters],
        "bundle": bundle_code,
        "role": "proxy" if proxy else "self",
        "dispositions": counts,
        "attachments": len(attachments),
        "staff_verification": face.staff_verification,
        "face_status": face.status.value,
    }
    return SubmissionPackage(
        application_id=application_id,
        matter_codes=tuple(m.code for m in matters),
        bundle_code=bundle_code,
        catalog_version=catalog_version,
        applicant_masked=subject.masked_name,
        subject_id_number=subject.id_number,
        promised_date=promised,
        personal=personal,
        attachments=tuple(attachments),
        materials=tuple(rows),
        role="proxy" if proxy else "self",
        staff_verification=face.staff_verification,
        staff_reason=staff_reason,
        face_status=face.status.value,
        audit=audit,
    )
