"""Virtual cards for the emulator. Every person here is made up (张三, 李四, ...).

ID numbers carry correct check characters (GB 11643; ICAO 7-3-1 for the 15-character foreigner
number), except ``bad_check_digit`` whose last
character is deliberately wrong so the app's handling of a damaged or forged card can be tested.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace

from devices.idcard.protocol import FINGERPRINT_LEN, PHOTO_LEN
from devices.idcard.text import CardType, IdCardData, Sex, number_check_ok


@dataclass(frozen=True, repr=False)
class VirtualCard:
    key: str
    data: IdCardData
    photo: bytes
    fingerprint: bytes | None = None
    appended_address: str | None = None

    def __repr__(self) -> str:
        return f"VirtualCard({self.key})"


def _filler(key: str, size: int, label: str) -> bytes:
    """Deterministic stand-in bytes; real WLT/fingerprint data cannot be made up meaningfully."""
    out = b""
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(f"{label}:{key}:{counter}".encode()).digest()
        counter += 1
    return out[:size]


def _card(
    key: str, data: IdCardData, *, fingerprint: bool = False, appended: str | None = None
) -> VirtualCard:
    data = replace(data, check_digit_ok=number_check_ok(data.id_number))
    return VirtualCard(
        key=key,
        data=data,
        photo=_filler(key, PHOTO_LEN, "wlt"),
        fingerprint=_filler(key, FINGERPRINT_LEN, "fp") if fingerprint else None,
        appended_address=appended,
    )


DECK: dict[str, VirtualCard] = {
    c.key: c
    for c in (
        _card(
            "zhangsan",
            IdCardData(
                card_type=CardType.RESIDENT,
                name="张三",
                sex=Sex.MALE,
                nation_code="01",
                birth_date=dt.date(1980, 5, 12),
                address="河南省信阳市浉河区示例路1号",
                id_number="411502198005123012",
                issuing_authority="信阳市公安局浉河分局",
                valid_from=dt.date(2015, 3, 1),
                valid_to=dt.date(2035, 3, 1),
            ),
            fingerprint=True,
        ),
        _card(
            "lisi_for_life",
            IdCardData(
                card_type=CardType.RESIDENT,
                name="李四",
                sex=Sex.MALE,
                nation_code="03",
                birth_date=dt.date(1950, 1, 1),
                address="河南省信阳市新县样例村2组",
                id_number="411528195001014038",
                issuing_authority="新县公安局",
                valid_from=dt.date(2010, 6, 1),
                valid_to=None,
            ),
        ),
        _card(
            "wangxiaomei",
            IdCardData(
                card_type=CardType.RESIDENT,
                name="王小梅",
                sex=Sex.FEMALE,
                nation_code="08",
                birth_date=dt.date(2001, 9, 30),
                address="河南省信阳市平桥区旧址路3号",
                id_number="411503200109306020",
                issuing_authority="信阳市公安局平桥分局",
                valid_from=dt.date(2019, 10, 8),
                valid_to=dt.date(2029, 10, 8),
            ),
            appended="河南省信阳市平桥区新址路8号",
        ),
        _card(
            "hk_permit",
            IdCardData(
                card_type=CardType.HMT_PERMIT,
                name="陈美玲",
                sex=Sex.FEMALE,
                birth_date=dt.date(1990, 3, 15),
                address="香港特别行政区示例道9号",
                id_number="810000199003150023",
                issuing_authority="信阳市公安局",
                valid_from=dt.date(2021, 7, 1),
                valid_to=dt.date(2026, 7, 1),
                pass_number="H12345678",  # noqa: S106 - a travel-permit number, not a secret
                issue_count="01",
            ),
        ),
        _card(
            "foreigner",
            IdCardData(
                card_type=CardType.FOREIGNER,
                name="史密斯",
                english_name="SAMPLE, JOHN TEST",
                sex=Sex.MALE,
                birth_date=dt.date(1985, 11, 20),
                id_number="USA410085112019",
                nationality="USA",
                issuing_authority="1500",
                card_version="10",
                valid_from=dt.date(2020, 1, 2),
                valid_to=dt.date(2030, 1, 2),
            ),
        ),
        _card(
            # The 2023 card: an 18-character number (9, province 41, nationality 124 = Canada).
            "foreigner_2023",
            IdCardData(
                card_type=CardType.FOREIGNER_2023,
                name="麦克唐纳",
                english_name="MACDONALD-SAMPLE, ALEXANDRA JOHANNA ELIZABETH",
                sex=Sex.FEMALE,
                birth_date=dt.date(1988, 4, 9),
                id_number="941124198804090026",
                nationality="CAN",
                issue_count="00",
                previous_number_link="",
                valid_from=dt.date(2024, 3, 1),
                valid_to=dt.date(2034, 3, 1),
            ),
        ),
        _card(
            # The demo technician: `kiosk ops tech-card add --deck technician` puts it on the list.
            "technician",
            IdCardData(
                card_type=CardType.RESIDENT,
                name="赵工",
                sex=Sex.FEMALE,
                nation_code="01",
                birth_date=dt.date(1985, 1, 1),
                address="河南省信阳市浉河区运维路5号",
                id_number="411502198501011001",
                issuing_authority="信阳市公安局浉河分局",
                valid_from=dt.date(2016, 2, 1),
                valid_to=dt.date(2036, 2, 1),
            ),
        ),
        _card(
            "bad_check_digit",
            IdCardData(
                card_type=CardType.RESIDENT,
                name="王二",
                sex=Sex.MALE,
                nation_code="01",
                birth_date=dt.date(1977, 11, 8),
                address="河南省信阳市浉河区测试街4号",
                id_number="411502197711082015",  # correct check character would be 4
                issuing_authority="信阳市公安局浉河分局",
                valid_from=dt.date(2012, 4, 1),
                valid_to=dt.date(2032, 4, 1),
            ),
        ),
    )
}
