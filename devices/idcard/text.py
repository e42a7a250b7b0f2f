"""The 256-byte text block of a second-generation card (UCS-2LE, space padded), both ways.

Four layouts share the block; byte 248 tells them apart: a space for resident ID cards, ``J`` for
Hong Kong/Macao/Taiwan residence permits, ``I`` for foreigner permanent residence cards issued
before 2023 and ``Y`` for the 2023 version. Offsets are byte offsets into the block, as in GA/T 467
(see field-notes.md). The ``Y`` layout follows the resident card's (the number at 122, dates at
188/204, the mark at 248) with the English name in two parts (35 characters at 52, 11 more at 220),
the nationality at 242 and, at 250, the link to the holder's earlier 15-character number.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field, fields
from typing import Any

from devices.base import ProtocolError
from devices.idcard.protocol import TEXT_LEN

FOR_LIFE = "长期"
TYPE_OFFSET = 248


class CardType(enum.StrEnum):
    RESIDENT = "resident"
    HMT_PERMIT = "hmt_residence_permit"  # 'J'
    FOREIGNER = "foreigner_permanent_residence"  # 'I'
    FOREIGNER_2023 = "foreigner_permanent_residence_2023"  # 'Y'


_TYPE_MARK = {CardType.HMT_PERMIT: "J", CardType.FOREIGNER: "I", CardType.FOREIGNER_2023: "Y"}
_TYPE_BY_MARK = {f"{mark}\x00".encode("latin-1"): kind for kind, mark in _TYPE_MARK.items()}


class Sex(enum.StrEnum):
    UNKNOWN = "unknown"
    MALE = "male"
    FEMALE = "female"
    UNSPECIFIED = "unspecified"


_SEX_BY_CODE = {"0": Sex.UNKNOWN, "1": Sex.MALE, "2": Sex.FEMALE, "9": Sex.UNSPECIFIED}
_CODE_BY_SEX = {v: k for k, v in _SEX_BY_CODE.items()}

# GB 3304 nation codes as printed on the card.
NATIONS: dict[str, str] = {
    "01": "汉", "02": "蒙古", "03": "回", "04": "藏", "05": "维吾尔", "06": "苗", "07": "彝",
    "08": "壮", "09": "布依", "10": "朝鲜", "11": "满", "12": "侗", "13": "瑶", "14": "白",
    "15": "土家", "16": "哈尼", "17": "哈萨克", "18": "傣", "19": "黎", "20": "傈僳", "21": "佤",
    "22": "畲", "23": "高山", "24": "拉祜", "25": "水", "26": "东乡", "27": "纳西", "28": "景颇",
    "29": "柯尔克孜", "30": "土", "31": "达斡尔", "32": "仫佬", "33": "羌", "34": "布朗",
    "35": "撒拉", "36": "毛南", "37": "仡佬", "38": "锡伯", "39": "阿昌", "40": "普米",
    "41": "塔吉克", "42": "怒", "43": "乌孜别克", "44": "俄罗斯", "45": "鄂温克", "46": "德昂",
    "47": "保安", "48": "裕固", "49": "京", "50": "塔塔尔", "51": "独龙", "52": "鄂伦春",
    "53": "赫哲", "54": "门巴", "55": "珞巴", "56": "基诺", "97": "其他", "98": "外国血统中国籍人士",
}  # fmt: skip

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"


def gb11643_check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character of the first 17 digits of a citizen ID number."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError("need exactly 17 digits")
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def gb11643_ok(number: str) -> bool | None:
    """True/False for an 18-character number; None when the number has no GB 11643 check character."""
    if len(number) != 18 or not number[:17].isascii() or not number[:17].isdigit():
        return None
    return gb11643_check_char(number[:17]) == number[17].upper()


def mrz_check_digit(text: str) -> str:
    """ICAO 9303 check digit (weights 7 3 1, A-Z = 10-35): the last character of a 15-character
    foreigner permanent residence number."""
    total = 0
    for i, ch in enumerate(text):
        value = int(ch) if ch.isdigit() else ord(ch.upper()) - ord("A") + 10
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def number_check_ok(number: str) -> bool | None:
    """The card number's own check for every card type: GB 11643 for 18 characters (citizens,
    residence permits, 2023 foreigner cards), ICAO 7-3-1 for the 15-character foreigner number;
    None for a number of neither shape."""
    if len(number) == 15 and number[:3].isascii() and number[:3].isalpha() and number[3:].isdigit():
        return mrz_check_digit(number[:14]) == number[14]
    return gb11643_ok(number)


def mask_text(value: str, keep_head: int, keep_tail: int) -> str:
    if not value:
        return value
    if len(value) <= keep_head + keep_tail:
        return value[:1] + "*" * (len(value) - 1)
    return value[:keep_head] + "*" * (len(value) - keep_head - keep_tail) + value[len(value) - keep_tail :]


@dataclass(frozen=True, repr=False)
class IdCardData:
    """What the card says. Personal data: keep in memory, never log; ``repr`` shows no identity."""

    card_type: CardType
    name: str
    sex: Sex
    birth_date: dt.date
    id_number: str
    valid_from: dt.date
    valid_to: dt.date | None  # None when valid for life (长期)
    nation_code: str = ""
    address: str = ""
    issuing_authority: str = ""
    # 'J' permits
    pass_number: str = ""
    issue_count: str = ""
    # 'I' and 'Y' cards ('Y' keeps its renewal count in issue_count)
    english_name: str = ""
    nationality: str = ""
    card_version: str = ""
    previous_number_link: str = ""  # 'Y': ties the card to the holder's 15-character number
    check_digit_ok: bool | None = field(default=None)

    @property
    def nation(self) -> str:
        return NATIONS.get(self.nation_code, "")

    @property
    def valid_for_life(self) -> bool:
        return self.valid_to is None

    def __repr__(self) -> str:
        return (
            f"IdCardData({self.card_type.value}, sex={self.sex.value}, "
            f"valid_to={'长期' if self.valid_to is None else self.valid_to.isoformat()}, "
            f"check_digit_ok={self.check_digit_ok})"
        )

    __str__ = __repr__

    def as_dict(self) -> dict[str, Any]:
        """Every field, JSON-ready. Contains personal data: for the session only."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, dt.date):
                value = value.isoformat()
            elif isinstance(value, enum.Enum):
                value = value.value
            out[f.name] = value
        out["valid_to"] = FOR_LIFE if self.valid_to is None else out["valid_to"]
        out["valid_for_life"] = self.valid_for_life
        out["nation"] = self.nation
        return out

    def masked(self) -> dict[str, Any]:
        """A view safe to show a technician: identity fields masked, the shape and validity kept."""
        out = self.as_dict()
        out["id_number"] = mask_text(self.id_number, 3, 2)
        out["name"] = mask_text(self.name, 1, 0)
        out["english_name"] = mask_text(self.english_name, 1, 0)
        out["address"] = mask_text(self.address, 6, 0)
        out["pass_number"] = mask_text(self.pass_number, 1, 2)
        out["birth_date"] = self.birth_date.isoformat()[:4] + "-**-**"
        return out


def _raw_field(block: bytes, start: int, length: int, what: str) -> str:
    """The field with its padding: a name continued in a second field may end in a real space."""
    try:
        return block[start : start + length].decode("utf-16-le").replace("\x00", " ")
    except UnicodeDecodeError as exc:
        raise ProtocolError(f"{what} is not valid UCS-2 text") from exc


def _field(block: bytes, start: int, length: int, what: str) -> str:
    try:
        return block[start : start + length].decode("utf-16-le").rstrip(" \x00")
    except UnicodeDecodeError as exc:
        raise ProtocolError(f"{what} is not valid UCS-2 text") from exc


def _date(text: str, what: str) -> dt.date:
    if len(text) != 8 or not text.isascii() or not text.isdigit():
        raise ProtocolError(f"{what} is not a YYYYMMDD date")
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError as exc:
        raise ProtocolError(f"{what} is not a real date") from exc


def _sex(code: str) -> Sex:
    try:
        return _SEX_BY_CODE[code]
    except KeyError:
        raise ProtocolError("sex code is not 0, 1, 2 or 9") from None


def _valid_to(text: str) -> dt.date | None:
    return None if text == FOR_LIFE else _date(text, "expiry date")


def card_type_of(block: bytes) -> CardType:
    mark = block[TYPE_OFFSET : TYPE_OFFSET + 2]
    if mark in _TYPE_BY_MARK:
        return _TYPE_BY_MARK[mark]
    if mark in (b" \x00", b"\x00\x00"):
        return CardType.RESIDENT
    raise ProtocolError(f"unknown card type mark {mark.hex(' ').upper()} at byte {TYPE_OFFSET}")


def parse_text_block(block: bytes) -> IdCardData:
    """Parse the text block; a wrong check digit still parses, with ``check_digit_ok`` False."""
    if len(block) != TEXT_LEN:
        raise ProtocolError(f"text block is {len(block)} bytes, expected {TEXT_LEN}")
    kind = card_type_of(block)
    if kind is CardType.FOREIGNER:
        number = _field(block, 122, 30, "card number")
        english = _field(block, 0, 120, "English name")
        return IdCardData(
            card_type=kind,
            name=_field(block, 158, 30, "Chinese name") or english,
            english_name=english,
            sex=_sex(_field(block, 120, 2, "sex")),
            id_number=number,
            nationality=_field(block, 152, 6, "nationality"),
            valid_from=_date(_field(block, 188, 16, "issue date"), "issue date"),
            valid_to=_valid_to(_field(block, 204, 16, "expiry date")),
            birth_date=_date(_field(block, 220, 16, "birth date"), "birth date"),
            card_version=_field(block, 236, 4, "card version"),
            issuing_authority=_field(block, 240, 8, "authority code"),
            check_digit_ok=number_check_ok(number),
        )
    if kind is CardType.FOREIGNER_2023:
        number = _field(block, 122, 36, "card number")
        english_head = _raw_field(block, 52, 70, "English name")
        english = (english_head + _field(block, 220, 22, "English name")).rstrip()
        return IdCardData(
            card_type=kind,
            name=_field(block, 0, 30, "Chinese name") or english,
            english_name=english,
            sex=_sex(_field(block, 30, 2, "sex")),
            issue_count=_field(block, 32, 4, "renewal count"),
            birth_date=_date(_field(block, 36, 16, "birth date"), "birth date"),
            id_number=number,
            valid_from=_date(_field(block, 188, 16, "issue date"), "issue date"),
            valid_to=_valid_to(_field(block, 204, 16, "expiry date")),
            nationality=_field(block, 242, 6, "nationality"),
            previous_number_link=_field(block, 250, 6, "previous number link"),
            check_digit_ok=number_check_ok(number),
        )
    number = _field(block, 122, 36, "ID number")
    nation_code = _field(block, 32, 4, "nation") if kind is CardType.RESIDENT else ""
    if nation_code and nation_code not in NATIONS:
        raise ProtocolError("nation code is not in the GB 3304 table")
    return IdCardData(
        card_type=kind,
        name=_field(block, 0, 30, "name"),
        sex=_sex(_field(block, 30, 2, "sex")),
        nation_code=nation_code,
        birth_date=_date(_field(block, 36, 16, "birth date"), "birth date"),
        address=_field(block, 52, 70, "address"),
        id_number=number,
        issuing_authority=_field(block, 158, 30, "issuing authority"),
        valid_from=_date(_field(block, 188, 16, "issue date"), "issue date"),
        valid_to=_valid_to(_field(block, 204, 16, "expiry date")),
        pass_number=_field(block, 220, 18, "pass number") if kind is CardType.HMT_PERMIT else "",
        issue_count=_field(block, 238, 4, "issue count") if kind is CardType.HMT_PERMIT else "",
        check_digit_ok=number_check_ok(number),
    )


def parse_address_block(data: bytes) -> str:
    """The appended (newer) address answered by ``read_address``: UCS-2LE, space padded."""
    if len(data) % 2:
        raise ProtocolError("appended address has an odd number of bytes")
    return _field(data, 0, len(data), "appended address")


# -- the other way, for the emulator and tests --------------------------------------------------


def _put(block: bytearray, start: int, length: int, text: str) -> None:
    raw = text.encode("utf-16-le")
    if len(raw) > length:
        raise ValueError(f"{text!r} does not fit in {length} bytes")
    block[start : start + length] = raw + " ".encode("utf-16-le") * ((length - len(raw)) // 2)


def _date_text(value: dt.date | None) -> str:
    return FOR_LIFE if value is None else value.strftime("%Y%m%d")


def build_text_block(card: IdCardData) -> bytes:
    """Lay ``card`` out as the SAM sends it (used by the emulator's deck)."""
    block = bytearray(" ".encode("utf-16-le") * (TEXT_LEN // 2))
    sex = _CODE_BY_SEX[card.sex]
    if card.card_type is CardType.FOREIGNER:
        _put(block, 0, 120, card.english_name)
        _put(block, 120, 2, sex)
        _put(block, 122, 30, card.id_number)
        _put(block, 152, 6, card.nationality)
        _put(block, 158, 30, card.name)
        _put(block, 188, 16, _date_text(card.valid_from))
        _put(block, 204, 16, _date_text(card.valid_to))
        _put(block, 220, 16, _date_text(card.birth_date))
        _put(block, 236, 4, card.card_version)
        _put(block, 240, 8, card.issuing_authority)
    elif card.card_type is CardType.FOREIGNER_2023:
        _put(block, 0, 30, card.name)
        _put(block, 30, 2, sex)
        _put(block, 32, 4, card.issue_count)
        _put(block, 36, 16, _date_text(card.birth_date))
        _put(block, 52, 70, card.english_name[:35])
        _put(block, 122, 36, card.id_number)
        _put(block, 188, 16, _date_text(card.valid_from))
        _put(block, 204, 16, _date_text(card.valid_to))
        _put(block, 220, 22, card.english_name[35:])
        _put(block, 242, 6, card.nationality)
        _put(block, 250, 6, card.previous_number_link)
    else:
        _put(block, 0, 30, card.name)
        _put(block, 30, 2, sex)
        _put(block, 32, 4, card.nation_code)
        _put(block, 36, 16, _date_text(card.birth_date))
        _put(block, 52, 70, card.address)
        _put(block, 122, 36, card.id_number)
        _put(block, 158, 30, card.issuing_authority)
        _put(block, 188, 16, _date_text(card.valid_from))
        _put(block, 204, 16, _date_text(card.valid_to))
        if card.card_type is CardType.HMT_PERMIT:
            _put(block, 220, 18, card.pass_number)
            _put(block, 238, 4, card.issue_count)
    if card.card_type in _TYPE_MARK:
        _put(block, TYPE_OFFSET, 2, _TYPE_MARK[card.card_type])
    return bytes(block)
