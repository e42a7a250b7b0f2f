"""Address entry without typing what the terminal already knows.

An address field offers, as one choice list: "同户籍地址" (the address on the ID card just read, when
there is one), each village or community of the township (the catalog's ``villages``), and "other"
(the resident types it). Choosing a village fills its full address; the resident may add the rest
(组, house number) after it. Typing is then only for an address the terminal cannot offer.

API::

    address_choices(villages, person, locale) -> list[dict]     # value, label, address
    address_value(choice, villages, person, detail="") -> str | None   # None: "other", or unknown
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kiosk.core.catalog import Village
from kiosk.core.journey.identity import Person
from kiosk.core.words import Phrase

SAME_AS_CARD = "same_as_card"
OTHER = "other"
VILLAGE_PREFIX = "village:"
#: the choices' words (``address.<code>`` in the .ts files' messages context)
LABELS = {SAME_AS_CARD: Phrase("address.same_as_card"), OTHER: Phrase("address.other")}


def address_choices(
    villages: Sequence[Village], person: Person | None, locale: str = "zh_CN"
) -> list[dict[str, Any]]:
    """The choice list of an address field, in the order the screen shows it."""
    rows: list[dict[str, Any]] = []
    if person is not None and person.address:
        rows.append(
            {"value": SAME_AS_CARD, "label": LABELS[SAME_AS_CARD].text(locale), "address": person.address}
        )
    for v in villages:
        rows.append(
            {"value": VILLAGE_PREFIX + v.code, "label": v.name.text(locale), "address": v.address.zh_CN}
        )
    rows.append({"value": OTHER, "label": LABELS[OTHER].text(locale), "address": ""})
    return rows


def address_value(
    choice: str, villages: Sequence[Village], person: Person | None, detail: str = ""
) -> str | None:
    """The address a choice stands for, with ``detail`` (组, house number) appended; None for
    ``other`` or a choice not on the list (the resident types the address instead)."""
    base: str | None = None
    if choice == SAME_AS_CARD and person is not None and person.address:
        base = person.address
    elif choice.startswith(VILLAGE_PREFIX):
        code = choice[len(VILLAGE_PREFIX) :]
        base = next((v.address.zh_CN for v in villages if v.code == code), None)
    if base is None:
        return None
    return base + detail.strip() if isinstance(detail, str) else base
