"""Query-and-print on the reference platform: demo records, issued documents and their public check.

``POST /v1/records/query`` (a signed terminal request) carries the matter's document kind and the
resident's ID number sealed to the platform's key; the answer is the document, its SHA-256, the issuing
department's seal image and the base of the public verification URL, signed by the platform identity.
``GET /verify/{number}?h=...`` is public: it says whether that number was issued with that hash and
what kind of document it is, never whose. ``POST /v1/records/request`` is a request a resident left at
a terminal with no link: answered with the document (to print there) or with the promise to mail it;
the first answer to a request id is kept and given again to a resend. A document to mail is kept for
the staff's list (console 待邮寄): its number and title, the address masked, the full address sealed to
the platform's key, and a keyed hash of the ID number so the resident's progress lookup finds it.

The demo records belong to the emulated ID card deck's residents. Issued documents and left requests
are kept in the platform's database, so a restarted platform still confirms what it issued.
"""

from __future__ import annotations

import base64
import datetime
import io
import math
import secrets
from collections.abc import Callable

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from fastapi import Depends, FastAPI, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError

from sync import sealing
from sync.platform.auth import signed_terminal
from sync.platform.errors import ProtocolError
from sync.platform.intake import person_key
from sync.platform.keys import SealKeyring
from sync.platform.storage import IssuedRecord, MailDetails, Storage
from sync.protocol.documents import (
    URL_HASH_HEX,
    DocumentAnswer,
    DocumentField,
    IssuedDocument,
    PrintRequest,
    PrintRequestAnswer,
    RecordQuery,
    Verification,
    document_hash,
)

SOCIAL_INSURANCE = "social_insurance_certificate"
ISSUER = "信阳市社会保险中心"


# The emulated deck's residents and their demo contribution histories: (name, first month, employer).
_DEMO: dict[str, tuple[str, str, str]] = {
    "411502198005123012": ("张三", "2015-01", "信阳市浉河区某商贸有限公司"),
    "411528195001014038": ("李四", "2010-07", "城乡居民养老保险"),
    "411503200109306020": ("王小梅", "2021-09", "信阳市平桥区某科技有限公司"),
}
# The postal address the platform holds for each of them (where a mailed document goes).
_DEMO_ADDRESSES: dict[str, str] = {
    "411502198005123012": "河南省信阳市浉河区示例路1号",
    "411528195001014038": "河南省信阳市新县样例村2组",
    "411503200109306020": "河南省信阳市平桥区旧址路3号",
}


def _mask(id_number: str) -> str:
    return id_number[:4] + "*" * (len(id_number) - 8) + id_number[-4:]


def mask_address(address: str) -> str:
    """Down to the county (区/县) in clear, the rest hidden: enough for staff to sort the post by area."""
    cut = next((i + 1 for i, ch in enumerate(address[:12]) if ch in "区县"), min(6, len(address)))
    return address[:cut] + "****" if cut < len(address) else address


def _months(first: str, today: datetime.date) -> list[str]:
    year, month = (int(x) for x in first.split("-"))
    out: list[str] = []
    last = (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
    while (year, month) <= last and len(out) < 600:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def document_number(today: datetime.date) -> str:
    """ "SB20261206-D1A2B3C4D": the letter after the hyphen keeps the date and the random part from
    reading together as an ID number (digits 20261206-1031290 did, once in 1,600 numbers), which
    every log and audit row would then hide."""
    return f"SB{today:%Y%m%d}-D{secrets.token_hex(4).upper()}"


def social_insurance_certificate(id_number: str, today: datetime.date) -> IssuedDocument | None:
    record = _DEMO.get(id_number)
    if record is None:
        return None
    name, first, employer = record
    months = _months(first, today)
    last_year = months[-12:]
    return IssuedDocument(
        number=document_number(today),
        kind=SOCIAL_INSURANCE,
        title="社会保险参保缴费证明",
        issuer=ISSUER,
        issued_on=today.isoformat(),
        fields=(
            DocumentField(label="姓名", value=name),
            DocumentField(label="公民身份号码", value=_mask(id_number)),
            DocumentField(label="参保单位", value=employer),
            DocumentField(label="参保状态", value="正常参保", key=True),
            DocumentField(label="首次参保年月", value=first),
            DocumentField(label="累计缴费月数", value=f"{len(months)} 个月", key=True),
        ),
        table_header=("缴费年月", "险种", "缴费基数（元）", "缴费状态"),
        table_rows=tuple((m, "企业职工基本养老保险", "3500.00", "已缴") for m in last_year),
        notes=("本证明显示最近十二个月缴费明细。", "本证明可通过扫描二维码核验真伪。"),
    )


def seal_png(issuer: str) -> bytes:
    """The issuing department's electronic seal as the demo platform supplies it (a red ring, a star)."""
    from PIL import Image, ImageDraw, ImageFont  # the platform's seal renderer; Pillow is a dependency

    size = 400
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    red = (200, 20, 20, 220)
    draw.ellipse((10, 10, size - 10, size - 10), outline=red, width=14)
    cx = cy = size / 2
    star = []
    for i in range(10):
        r = 70 if i % 2 == 0 else 28
        angle = -math.pi / 2 + i * math.pi / 5
        star.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    draw.polygon(star, fill=red)
    try:
        font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 36)
        draw.text((cx, cy + 110), issuer[-6:], fill=red, font=font, anchor="mm")
    except OSError:
        pass  # the ring and the star still make the seal; the name is on the page beside it
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


class IssuedRegistry:
    """The documents this platform issued, in its database: the public check reads them from there."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    def add(self, document: IssuedDocument, sha256: str) -> None:
        self.storage.add_issued(
            IssuedRecord(
                document.number, sha256, document.kind, document.title, document.issuer, document.issued_on
            )
        )

    def verify(self, number: str, short_hash: str) -> Verification:
        found = self.storage.issued(number)
        short = short_hash.lower()
        if found is None or len(short) != URL_HASH_HEX or not found.sha256.startswith(short):
            return Verification(valid=False, number=number)
        return Verification(
            valid=True,
            number=number,
            kind=found.kind,
            title=found.title,
            issuer=found.issuer,
            issued_on=found.issued_on,
        )


def mount_records(
    app: FastAPI,
    storage: Storage,
    seal_key: X25519PrivateKey | SealKeyring,
    *,
    signed_json: Callable[[Request, str, int, bytes], Response],
    today: Callable[[], datetime.date] = datetime.date.today,
) -> IssuedRegistry:
    registry = IssuedRegistry(storage)
    app.state.issued_documents = registry

    def open_id(id_sealed: str) -> str:
        envelope = base64.b64decode(id_sealed, validate=True)
        if isinstance(seal_key, SealKeyring):
            return seal_key.open_sealed(envelope).decode()
        return sealing.open_sealed(envelope, seal_key).decode()

    def sealing_key() -> X25519PublicKey:
        current = seal_key.current() if isinstance(seal_key, SealKeyring) else seal_key
        return current.public_key()

    def to_mail(request: Request, document: IssuedDocument, id_number: str) -> MailDetails:
        """What staff need to post it; the full address only sealed, the person only as a keyed hash."""
        address = _DEMO_ADDRESSES.get(id_number, "")
        return MailDetails(
            person_key=person_key(request.app.state.lookup_secret, id_number),
            document_no=document.number,
            title=document.title,
            address_masked=mask_address(address),
            address_sealed=base64.b64encode(sealing.seal(address.encode(), sealing_key())).decode(),
        )

    def issue(request: Request, kind: str, id_number: str) -> DocumentAnswer:
        if kind != SOCIAL_INSURANCE:
            raise ProtocolError(404, "unknown_kind", "no such document kind")
        document = social_insurance_certificate(id_number, today())
        if document is None:
            raise ProtocolError(404, "no_record", "no record for this resident")
        sha = document_hash(document)
        registry.add(document, sha)
        return DocumentAnswer(
            document=document,
            sha256=sha,
            seal_png=base64.b64encode(seal_png(document.issuer)).decode(),
            verify_base=str(request.base_url).rstrip("/"),
        )

    @app.post("/v1/records/query")
    async def query(request: Request, terminal_id: str = Depends(signed_terminal)) -> Response:
        try:
            req = RecordQuery.model_validate_json(await request.body())
            id_number = open_id(req.id_sealed)
        except (ValidationError, ValueError) as exc:
            raise ProtocolError(400, "invalid_request", "malformed record query") from exc
        answer = await run_in_threadpool(issue, request, req.kind, id_number)
        return signed_json(request, terminal_id, 200, answer.model_dump_json().encode())

    @app.post("/v1/records/request")
    async def left_request(request: Request, terminal_id: str = Depends(signed_terminal)) -> Response:
        try:
            req = PrintRequest.model_validate_json(await request.body())
            id_number = open_id(req.id_sealed)
        except (ValidationError, ValueError) as exc:
            raise ProtocolError(400, "invalid_request", "malformed print request") from exc
        mail = None
        try:
            document = await run_in_threadpool(issue, request, req.kind, id_number)
            # mailed: the platform posts the document to the address it holds for the resident
            if req.delivery == "terminal":
                reply = PrintRequestAnswer(outcome="print", answer=document)
            else:
                reply = PrintRequestAnswer(outcome="mail")
                mail = to_mail(request, document.document, id_number)
        except ProtocolError as exc:
            if exc.error != "no_record":
                raise
            reply = PrintRequestAnswer(outcome="no_record")
        _first, body = await run_in_threadpool(
            storage.put_record_request,
            terminal_id,
            req.request_id,
            req.kind,
            req.delivery,
            reply.outcome,
            reply.model_dump_json(),
            mail,
        )
        return signed_json(request, terminal_id, 200, body.encode())

    @app.get("/verify/{number}")
    async def verify(number: str, h: str = "") -> Verification:
        return await run_in_threadpool(registry.verify, number, h)

    return registry
