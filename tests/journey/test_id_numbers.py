"""ID numbers of every card the reader accepts, wherever a number is asked for: citizen IDs (GB 11643),
Hong Kong/Macao/Taiwan residence permits, foreigner permanent residence cards (15 characters before
2023, 18 since), each with its own check."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.core.journey.identity import (
    IdentifyError,
    birth_date_of,
    id_number_kind,
    id_number_problem,
    identify,
    person_from_entry,
    sex_of,
)

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        ("11010519491231002X", "citizen"),
        ("810000199003150023", "hmt_permit"),
        ("820000199003150025", "hmt_permit"),
        ("830000199003150027", "hmt_permit"),
        ("932682198501010017", "foreigner_2023"),  # published samples of the 2023 card
        ("911124198108030024", "foreigner_2023"),
        ("USA410085112019", "foreigner"),
    ],
)
def test_every_card_types_number_is_accepted(number, kind):
    assert id_number_kind(number) == kind
    assert id_number_problem(number, TODAY) is None
    assert id_number_problem(number.lower(), TODAY) is None  # typed in lower case


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        ("911124198108030025", "id_check_digit"),  # 2023 foreigner number, GB 11643 check
        ("981124198108030024", "invalid_id_number"),  # 9 + a province code that does not exist
        ("810001199003150023", "invalid_id_number"),  # permits use exactly 810000 / 820000 / 830000
        ("810000199003150024", "id_check_digit"),
        ("USA410085112018", "id_check_digit"),  # 15-character foreigner number, 7-3-1 check
        ("USA410085132019", "id_birth_date"),  # month 13
        ("US4410085112019", "invalid_id_number"),
        ("USA41008511201", "invalid_id_number"),
    ],
)
def test_each_card_types_number_gets_its_own_check(number, problem):
    assert id_number_problem(number, TODAY) == problem


def test_birth_date_and_sex_from_the_foreigner_numbers():
    assert birth_date_of("USA410085112019", TODAY) == dt.date(1985, 11, 20)
    assert birth_date_of("CHN410010112017", TODAY) == dt.date(2010, 11, 20)  # 20xx when not in the future
    assert sex_of("USA410085112019") == "male"
    assert birth_date_of("932682198501010017") == dt.date(1985, 1, 1)
    assert sex_of("932682198501010017") == "male"
    assert sex_of("911124198108030024") == "female"


def test_a_foreigner_entered_by_hand_gets_birth_date_and_sex():
    person = person_from_entry("SAMPLE JOHN", "usa410085112019")
    assert (person.id_number, person.sex) == ("USA410085112019", "male")
    assert person.birth_date == dt.date(1985, 11, 20)


def _card(number: str, card_type: str) -> dict[str, object]:
    return {"name": "麦克唐纳", "id_number": number, "card_type": card_type,
            "valid_from": "2024-03-01", "valid_to": "2034-03-01"}  # fmt: skip


def test_a_2023_foreigner_card_is_identified():
    person = identify(_card("941124198804090026", "foreigner_permanent_residence_2023"), TODAY)
    assert person.card_type == "foreigner_permanent_residence_2023"
    assert (person.sex, person.birth_date) == ("female", dt.date(1988, 4, 9))


def test_a_foreigner_card_with_a_broken_number_is_refused_not_waved_through():
    with pytest.raises(IdentifyError) as caught:
        identify(_card("USA410085112018", "foreigner_permanent_residence"), TODAY)
    assert caught.value.code == "card_check_digit"
