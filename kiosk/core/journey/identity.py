"""Identify: from what the ID card reader read to an :class:`Applicant`, or a typed refusal.

The core never sees the device types: the adapter (``kiosk.journey_adapters.idcard``) turns the
reader's ``IdCardData`` into :class:`CardData` (or a plain mapping shaped like ``IdCardData.as_dict()``)
and a reader exception into :class:`ReadFailure`. :func:`identify` then checks, in this order:
the read itself (failed, card removed too early, reader offline), completeness, the number's format
and check digit for its card type (computed here, whatever the reader claims), not-yet-valid and
expired (``valid_to`` is the last valid day; ``None`` / 长期 never expires). Each refusal is an
:class:`IdentifyError` whose ``code`` is the resident-facing reason (its words: ``kiosk.core.words``);
every one of them may be retried.

Personal data: :class:`Person` keeps the card's fields in memory only; its ``repr`` shows none of
them; ``masked_name`` (张*三) is what a screen shows before the resident is sure it is their card.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kiosk.core.journey.messages import JourneyError
from kiosk.logs import mask_id, mask_name

FOR_LIFE = "长期"
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_ID18_SHAPE = re.compile(r"[1-9][0-9]{16}[0-9X]")
# Foreigner permanent residence card numbers. Before 2023: nationality (ISO 3166 alpha-3), the
# issuing region (4 digits), birth date YYMMDD, a sequence digit (odd: male) and a check digit
# computed as in passport machine-readable zones (weights 7 3 1). Since 2023: 18 characters, "9",
# province (2 digits), nationality (ISO 3166 numeric), birth date YYYYMMDD, sequence (odd 3rd
# digit: male) and a GB 11643 check character, the same scheme as citizens' numbers.
_FOREIGNER15_SHAPE = re.compile(r"[A-Z]{3}[0-9]{12}")
_FOREIGNER18_PROVINCE = re.compile(r"9(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5])")
# Hong Kong, Macao and Taiwan residents' residence permits: 18 characters, GB 11643, with the region
# code 810000, 820000 or 830000 in place of a mainland address code.
_PERMIT_REGIONS = ("810000", "820000", "830000")

READ_FAILURES = ("card_read_failed", "card_removed", "reader_offline")


# --------------------------------------------------------------------------- GB 11643


def normalize_id_number(value: str) -> str:
    """Full-width digits and a lowercase x become their plain forms; spaces and dashes go."""
    text = unicodedata.normalize("NFKC", value)
    return re.sub(r"[\s\-]", "", text).upper()


def id_check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character of the first 17 digits (GB 11643-1999)."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError("need exactly 17 digits")
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def mrz_check_digit(text: str) -> str:
    """The ICAO 9303 check digit (weights 7 3 1; A-Z count 10-35) of ``text``."""
    total = 0
    for i, ch in enumerate(text):
        value = int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def id_number_kind(number: str) -> str | None:
    """Which document ``number`` (normalized) has the shape of: ``citizen``, ``hmt_permit``,
    ``foreigner_2023``, ``foreigner`` (15 characters), or None. Says nothing about its check digit."""
    if _FOREIGNER15_SHAPE.fullmatch(number):
        return "foreigner"
    if not _ID18_SHAPE.fullmatch(number):
        return None
    if number[0] == "9":
        return "foreigner_2023" if _FOREIGNER18_PROVINCE.match(number) else None
    if number[0] == "8":
        return "hmt_permit" if number[:6] in _PERMIT_REGIONS else None
    return "citizen"


def id_number_problem(value: object, today: dt.date | None = None) -> str | None:
    """None when ``value`` is a valid number of any card the reader accepts (citizen ID, Hong Kong/
    Macao/Taiwan residence permit, foreigner permanent residence card old or 2023), else a message
    code: ``invalid_id_number`` (shape), ``id_birth_date`` (no such date, or in the future),
    ``id_check_digit``."""
    if not isinstance(value, str):
        return "invalid_id_number"
    number = normalize_id_number(value)
    kind = id_number_kind(number)
    if kind is None:
        return "invalid_id_number"
    born = birth_date_of(number, today)
    if born is None or (today is not None and born > today):
        return "id_birth_date"
    if kind == "foreigner":
        ok = mrz_check_digit(number[:14]) == number[14]
    else:
        ok = id_check_char(number[:17]) == number[17]
    return None if ok else "id_check_digit"


def id_number_ok(value: object) -> bool:
    return id_number_problem(value) is None


def birth_date_of(number: str, today: dt.date | None = None) -> dt.date | None:
    """The birth date encoded in an ID number (None when it is not a real date). A 15-character
    foreigner number has a two-digit year: the latest century that is not in the future."""
    try:
        if len(number) == 15:
            yy, month, day = int(number[7:9]), int(number[9:11]), int(number[11:13])
            latest = (today or dt.date.today()).year
            year = 2000 + yy if 2000 + yy <= latest else 1900 + yy
            return dt.date(year, month, day)
        born = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None
    return born if born.year >= 1880 else None


def sex_of(number: str) -> str:
    """ "male" or "female" from the sequence digit (odd: male): the 17th character of an
    18-character number, the 14th of a 15-character foreigner number."""
    digit = number[13] if len(number) == 15 else number[16]
    return "male" if int(digit) % 2 == 1 else "female"


# --------------------------------------------------------------------------- card data


@dataclass(frozen=True, repr=False)
class CardData:
    """What the reader read, in core terms. ``valid_to`` None means valid for life (长期)."""

    name: str
    id_number: str
    sex: str = ""  # "male" / "female" / other reader values
    birth_date: dt.date | None = None
    nation: str = ""
    address: str = ""
    issuer: str = ""
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    card_type: str = "resident"
    check_digit_ok: bool | None = None  # what the reader concluded; checked again here

    def __repr__(self) -> str:
        return f"CardData({self.card_type}, valid_to={'长期' if self.valid_to is None else self.valid_to})"

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> CardData:
        """Build from a mapping shaped like ``IdCardData.as_dict()`` (dates as ISO text, 长期).

        Raises :class:`IdentifyError` ``card_data_incomplete`` when it cannot be understood.
        """
        try:
            name = str(data.get("name") or "").strip()
            number = normalize_id_number(str(data.get("id_number") or ""))
            valid_to_raw = data.get("valid_to")
            for_life = bool(data.get("valid_for_life")) or valid_to_raw in (None, "", FOR_LIFE)
            return cls(
                name=name,
                id_number=number,
                sex=str(data.get("sex") or ""),
                birth_date=_date_or_none(data.get("birth_date")),
                nation=str(data.get("nation") or ""),
                address=str(data.get("address") or ""),
                issuer=str(data.get("issuing_authority") or data.get("issuer") or ""),
                valid_from=_date_or_none(data.get("valid_from")),
                valid_to=None if for_life else _date_or_none(valid_to_raw, strict=True),
                card_type=str(data.get("card_type") or "resident"),
                check_digit_ok=data.get("check_digit_ok")
                if isinstance(data.get("check_digit_ok"), bool)
                else None,
            )
        except (TypeError, ValueError, AttributeError) as exc:
            raise IdentifyError("card_data_incomplete") from exc


def _date_or_none(value: Any, strict: bool = False) -> dt.date | None:
    if value is None or value == "":
        if strict:
            raise ValueError("missing date")
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@dataclass(frozen=True)
class ReadFailure:
    """The reader did not deliver a card: ``kind`` is one of ``READ_FAILURES``."""

    kind: str = "card_read_failed"


class IdentifyError(JourneyError):
    """The card cannot identify the resident. ``retry`` is always possible (a clear message, never a
    stuck screen)."""

    retry = True


# --------------------------------------------------------------------------- persons


@dataclass(frozen=True, repr=False)
class Person:
    """Someone the application is about: the card holder, or a principal entered by hand (代办).

    ``from_card`` tells which. Everything here is personal data: memory only, never logged.
    """

    name: str
    id_number: str
    sex: str = ""
    birth_date: dt.date | None = None
    nation: str = ""
    address: str = ""
    issuer: str = ""
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    card_type: str = "resident"
    from_card: bool = True
    phone: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"Person({'card' if self.from_card else 'entered'}, {self.masked_name})"

    @property
    def masked_name(self) -> str:
        return mask_name(self.name)

    @property
    def masked_id(self) -> str:
        return mask_id(self.id_number)

    @property
    def valid_for_life(self) -> bool:
        return self.from_card and self.valid_to is None

    def sensitive_values(self) -> tuple[str, ...]:
        """What the session registers with the Redactor (names, numbers, address)."""
        return tuple(v for v in (self.name, self.id_number, self.address, self.phone) if v)

    def prefill(self, source: str) -> str | None:
        """The value a form field's ``prefill`` source asks for (see ``kiosk.core.catalog``)."""
        if source == "idcard.name":
            return self.name or None
        if source == "idcard.id_number":
            return self.id_number or None
        if source == "idcard.sex":
            return self.sex if self.sex in ("male", "female") else None
        if source == "idcard.birth_date":
            return self.birth_date.isoformat() if self.birth_date else None
        if source == "idcard.nation":
            return self.nation or None
        if source == "idcard.address":
            return self.address or None
        if source == "idcard.issuer":
            return self.issuer or None
        if source == "idcard.valid_from":
            return self.valid_from.isoformat() if self.valid_from else None
        if source == "idcard.valid_to":
            if not self.from_card:
                return None
            return FOR_LIFE if self.valid_to is None else self.valid_to.isoformat()
        return None

    def as_payload(self) -> dict[str, Any]:
        """The JSON the sealed application carries (only ever sealed, never stored in clear)."""
        return {
            "name": self.name,
            "id_number": self.id_number,
            "sex": self.sex,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "nation": self.nation,
            "address": self.address,
            "issuer": self.issuer,
            "valid_from": self.valid_from.isoformat() if self.valid_from else None,
            "valid_to": (FOR_LIFE if self.valid_to is None else self.valid_to.isoformat())
            if self.from_card
            else None,
            "card_type": self.card_type,
            "source": "card" if self.from_card else "entered",
            "phone": self.phone or None,
        }


Applicant = Person


def identify(card: CardData | Mapping[str, Any] | ReadFailure | None, today: dt.date) -> Person:
    """The card holder, or :class:`IdentifyError` with the reason code (see module docstring)."""
    if card is None:
        raise IdentifyError("card_read_failed")
    if isinstance(card, ReadFailure):
        raise IdentifyError(card.kind if card.kind in READ_FAILURES else "card_read_failed")
    data = card if isinstance(card, CardData) else CardData.from_mapping(card)
    number = normalize_id_number(data.id_number)
    if not data.name.strip() or not number:
        raise IdentifyError("card_data_incomplete")
    problem = id_number_problem(number)
    if problem is not None or data.check_digit_ok is False:
        raise IdentifyError("card_check_digit")
    if data.valid_from is not None and data.valid_from > today:
        raise IdentifyError("card_not_yet_valid")
    if data.valid_to is not None and data.valid_to < today:
        raise IdentifyError("card_expired", valid_to=data.valid_to.isoformat())
    birth = data.birth_date or birth_date_of(number, today)
    sex = data.sex if data.sex in ("male", "female") else sex_of(number)
    return Person(
        name=data.name.strip(),
        id_number=number,
        sex=sex,
        birth_date=birth,
        nation=data.nation,
        address=data.address.strip(),
        issuer=data.issuer,
        valid_from=data.valid_from,
        valid_to=data.valid_to,
        card_type=data.card_type,
        from_card=True,
    )


def person_from_entry(name: str, id_number: str, phone: str = "") -> Person:
    """A principal entered by hand: sex and birth date come from the (already validated) ID number."""
    number = normalize_id_number(id_number)
    return Person(
        name=name.strip(),
        id_number=number,
        sex=sex_of(number),
        birth_date=birth_date_of(number),
        from_card=False,
        valid_to=None,
        phone=phone,
    )
