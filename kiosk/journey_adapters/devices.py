"""Device data -> journey core data: ID card reads, reader failures, document pages, face frames.

::

    card_data(read_or_card) -> CardData           # CardRead or IdCardData from devices.idcard
    read_failure(exc) -> ReadFailure               # a reader exception -> the resident-facing reason
    scanned_page(capture, quality=90) -> ScannedPage   # devices.camera.document.Capture -> JPEG page
    face_jpeg(frame, quality=90) -> bytes          # a BGR frame (the best face frame) -> JPEG
"""

from __future__ import annotations

from typing import Any

import cv2

from devices.base import DeviceError, DeviceOffline, DeviceTimeout
from devices.camera.document import Capture
from devices.idcard.text import IdCardData
from kiosk.core.journey.identity import CardData, ReadFailure
from kiosk.core.journey.materials import ScannedPage


def card_data(read: Any) -> CardData:
    """From ``devices.idcard.CardRead`` (or its ``.card``, an ``IdCardData``)."""
    card: IdCardData = getattr(read, "card", read)
    return CardData(
        name=card.name,
        id_number=card.id_number,
        sex=card.sex.value,
        birth_date=card.birth_date,
        nation=card.nation,
        address=card.address,
        issuer=card.issuing_authority,
        valid_from=card.valid_from,
        valid_to=card.valid_to,
        card_type=card.card_type.value,
        check_digit_ok=card.check_digit_ok,
    )


def read_failure(exc: BaseException | None, card_removed: bool = False) -> ReadFailure:
    """``card_removed`` when the reader saw the card leave before the read finished."""
    if card_removed:
        return ReadFailure("card_removed")
    if isinstance(exc, DeviceOffline):
        return ReadFailure("reader_offline")
    if isinstance(exc, DeviceTimeout | DeviceError):
        return ReadFailure("card_read_failed")
    return ReadFailure("card_read_failed")


def _jpeg(frame: Any, quality: int) -> bytes:
    ok, buffer = cv2.imencode(".jpg", frame, [int(cv2.IMWRITE_JPEG_QUALITY), int(quality)])
    if not ok:
        raise ValueError("the frame could not be encoded as JPEG")
    return bytes(buffer.tobytes())


def scanned_page(capture: Capture, quality: int = 90) -> ScannedPage:
    """A straightened page as a JPEG with its verdict (the core keeps only verdict "ok")."""
    verdict = str(capture.quality.verdict)
    if capture.page is None:
        return ScannedPage(b"", verdict=verdict)
    height, width = capture.page.shape[:2]
    return ScannedPage(_jpeg(capture.page, quality), "image/jpeg", verdict, int(width), int(height))


def face_jpeg(frame: Any, quality: int = 90) -> bytes:
    return _jpeg(frame, quality)
