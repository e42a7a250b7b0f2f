"""The 256-byte text block: three card types, 长期, nations, sex, GB 11643 check digit."""

import datetime as dt

import pytest

from devices.base import ProtocolError
from devices.idcard.deck import DECK
from devices.idcard.text import (
    NATIONS,
    CardType,
    Sex,
    build_text_block,
    gb11643_check_char,
    gb11643_ok,
    number_check_ok,
    parse_address_block,
    parse_text_block,
)


def _hand_block(fields: dict[int, tuple[int, str]], mark: str = " ") -> bytes:
    """Lay out a block straight from the offsets in field-notes.md, independent of build_text_block."""
    block = bytearray(" ".encode("utf-16-le") * 128)
    for offset, (length, text) in fields.items():
        raw = text.encode("utf-16-le")
        assert len(raw) <= length
        block[offset : offset + len(raw)] = raw
    block[248:250] = mark.encode("utf-16-le")
    return bytes(block)


RESIDENT = _hand_block(
    {
        0: (30, "张三"),
        30: (2, "1"),
        32: (4, "01"),
        36: (16, "19800512"),
        52: (70, "河南省信阳市浉河区示例路1号"),
        122: (36, "411502198005123012"),
        158: (30, "信阳市公安局浉河分局"),
        188: (16, "20150301"),
        204: (16, "20350301"),
    }
)


def test_resident_card_from_hand_laid_bytes():
    card = parse_text_block(RESIDENT)
    assert card.card_type is CardType.RESIDENT
    assert card.name == "张三"
    assert card.sex is Sex.MALE
    assert (card.nation_code, card.nation) == ("01", "汉")
    assert card.birth_date == dt.date(1980, 5, 12)
    assert card.address == "河南省信阳市浉河区示例路1号"
    assert card.id_number == "411502198005123012"
    assert card.issuing_authority == "信阳市公安局浉河分局"
    assert (card.valid_from, card.valid_to) == (dt.date(2015, 3, 1), dt.date(2035, 3, 1))
    assert card.check_digit_ok is True
    assert not card.valid_for_life


def test_for_life_validity():
    block = _hand_block({30: (2, "2"), 32: (4, "03"), 36: (16, "19500101"), 122: (36, "411528195001014038"),
                         188: (16, "20100601"), 204: (16, "长期")})  # fmt: skip
    card = parse_text_block(block)
    assert card.valid_to is None and card.valid_for_life
    assert card.as_dict()["valid_to"] == "长期"
    assert card.sex is Sex.FEMALE and card.nation == "回"


def test_hmt_residence_permit_J():
    block = _hand_block(
        {0: (30, "陈美玲"), 30: (2, "2"), 36: (16, "19900315"), 52: (70, "香港特别行政区示例道9号"),
         122: (36, "810000199003150023"), 158: (30, "信阳市公安局"), 188: (16, "20210701"),
         204: (16, "20260701"), 220: (18, "H12345678"), 238: (4, "01")},
        mark="J",
    )  # fmt: skip
    card = parse_text_block(block)
    assert card.card_type is CardType.HMT_PERMIT
    assert (card.pass_number, card.issue_count) == ("H12345678", "01")
    assert card.nation_code == "" and card.nation == ""
    assert card.id_number == "810000199003150023" and card.check_digit_ok is True


def test_foreigner_permanent_residence_card_I():
    block = _hand_block(
        {0: (120, "SAMPLE, JOHN TEST"), 120: (2, "1"), 122: (30, "USA410085112019"), 152: (6, "USA"),
         158: (30, "史密斯"), 188: (16, "20200102"), 204: (16, "20300102"), 220: (16, "19851120"),
         236: (4, "10"), 240: (8, "1500")},
        mark="I",
    )  # fmt: skip
    card = parse_text_block(block)
    assert card.card_type is CardType.FOREIGNER
    assert card.english_name == "SAMPLE, JOHN TEST" and card.name == "史密斯"
    assert card.nationality == "USA" and card.id_number == "USA410085112019"
    assert card.birth_date == dt.date(1985, 11, 20)
    assert (card.card_version, card.issuing_authority) == ("10", "1500")
    assert card.check_digit_ok is True  # the 15-character number's ICAO 7-3-1 check digit


def test_foreigner_15_character_number_with_a_wrong_check_digit_is_reported():
    block = _hand_block(
        {0: (120, "SAMPLE, JOHN TEST"), 120: (2, "1"), 122: (30, "USA410085112011"), 152: (6, "USA"),
         188: (16, "20200102"), 204: (16, "20300102"), 220: (16, "19851120")},
        mark="I",
    )  # fmt: skip
    assert parse_text_block(block).check_digit_ok is False


def test_foreigner_permanent_residence_card_2023_Y():
    english = "MACDONALD-SAMPLE, ALEXANDRA JOHANNA ELIZABETH"  # 45 characters: both name fields
    block = _hand_block(
        {0: (30, "麦克唐纳"), 30: (2, "2"), 32: (4, "01"), 36: (16, "19880409"), 52: (70, english[:35]),
         122: (36, "941124198804090026"), 188: (16, "20240301"), 204: (16, "20340301"),
         220: (22, english[35:]), 242: (6, "CAN"), 250: (6, "A1B")},
        mark="Y",
    )  # fmt: skip
    card = parse_text_block(block)
    assert card.card_type is CardType.FOREIGNER_2023
    assert (card.name, card.english_name) == ("麦克唐纳", english)
    assert card.sex is Sex.FEMALE and card.birth_date == dt.date(1988, 4, 9)
    assert (card.id_number, card.check_digit_ok) == ("941124198804090026", True)
    assert (card.valid_from, card.valid_to) == (dt.date(2024, 3, 1), dt.date(2034, 3, 1))
    assert (card.nationality, card.issue_count, card.previous_number_link) == ("CAN", "01", "A1B")
    assert card.masked()["english_name"] == "M" + "*" * 44


def test_2023_english_name_that_fits_the_first_field():
    block = _hand_block(
        {0: (30, "李安娜"), 30: (2, "2"), 36: (16, "19880409"), 52: (70, "LI, ANNA"),
         122: (36, "941124198804090026"), 188: (16, "20240301"), 204: (16, "20340301"), 242: (6, "CAN")},
        mark="Y",
    )  # fmt: skip
    assert parse_text_block(block).english_name == "LI, ANNA"


@pytest.mark.parametrize(
    ("number", "ok"),
    [
        ("932682198501010017", True),  # the National Immigration Administration's published samples
        ("911124198108030024", True),
        ("911124198108030025", False),
        ("USA410085112019", True),
        ("USA410085112018", False),
        ("810000199003150023", True),
        ("USA41008511201", None),
    ],
)
def test_number_check_for_every_card_type(number, ok):
    assert number_check_ok(number) is ok


def test_bad_check_digit_parses_but_is_reported():
    card = parse_text_block(build_text_block(DECK["bad_check_digit"].data))
    assert card.id_number.endswith("5")
    assert card.check_digit_ok is False


@pytest.mark.parametrize(
    ("number", "ok"),
    [
        ("11010519491231002X", True),  # the GB 11643 standard's own example
        ("11010519491231002x", True),
        ("110105194912310021", False),
        ("411502198005123012", True),
        ("411502198005123013", False),
        ("41150219800512301", None),
        ("USA410085112019", None),
    ],
)
def test_gb11643(number, ok):
    assert gb11643_ok(number) is ok


def test_gb11643_check_char_rejects_non_digits():
    with pytest.raises(ValueError):
        gb11643_check_char("4115021980051230A")


def test_nation_table_is_complete():
    assert [int(c) for c in NATIONS] == [*range(1, 57), 97, 98]
    assert NATIONS["56"] == "基诺"


@pytest.mark.parametrize("key", sorted(DECK))
def test_every_deck_card_survives_the_round_trip(key):
    card = DECK[key].data
    block = build_text_block(card)
    assert len(block) == 256
    assert parse_text_block(block) == card


def test_deck_has_all_required_kinds():
    cards = [c.data for c in DECK.values()]
    assert {c.card_type for c in cards} == set(CardType)
    assert any(c.valid_for_life for c in cards)
    assert [c.check_digit_ok for c in cards].count(False) == 1
    assert all(c.check_digit_ok in (True, None) for k, c in ((k, v.data) for k, v in DECK.items())
               if k != "bad_check_digit")  # fmt: skip


def test_repr_and_masked_view_never_show_identity():
    card = parse_text_block(RESIDENT)
    for text in (repr(card), str(card), f"{card}"):
        assert "411502198005123012" not in text and "张三" not in text and "示例路" not in text
    masked = card.masked()
    assert masked["id_number"] == "411*************12"
    assert masked["name"] == "张*"
    assert "示例路" not in masked["address"]
    assert "05-12" not in masked["birth_date"]
    assert "411502198005123012" not in str(masked)
    assert card.as_dict()["id_number"] == "411502198005123012"


@pytest.mark.parametrize(
    ("patch", "reason"),
    [
        ({30: (2, "5")}, "sex"),
        ({32: (4, "77")}, "nation"),
        ({36: (16, "19801345")}, "birth date"),
        ({36: (16, "1980051X")}, "birth date"),
        ({204: (16, "永久")}, "expiry"),
    ],
)
def test_bad_fields_raise_a_typed_error(patch, reason):
    fields = {0: (30, "张三"), 30: (2, "1"), 32: (4, "01"), 36: (16, "19800512"),
              122: (36, "411502198005123012"), 188: (16, "20150301"), 204: (16, "20350301")}  # fmt: skip
    fields.update(patch)
    with pytest.raises(ProtocolError, match=reason):
        parse_text_block(_hand_block(fields))


def test_unknown_card_type_and_wrong_size():
    with pytest.raises(ProtocolError, match="card type"):
        parse_text_block(_hand_block({}, mark="Z"))
    with pytest.raises(ProtocolError, match="256"):
        parse_text_block(RESIDENT[:200])


def test_invalid_ucs2_is_a_protocol_error():
    block = bytearray(RESIDENT)
    block[0:2] = b"\x00\xd8"  # a lone high surrogate
    with pytest.raises(ProtocolError, match="UCS-2"):
        parse_text_block(bytes(block))


def test_appended_address():
    raw = "河南省信阳市平桥区新址路8号".encode("utf-16-le") + " ".encode("utf-16-le") * 21
    assert parse_address_block(raw) == "河南省信阳市平桥区新址路8号"
    with pytest.raises(ProtocolError):
        parse_address_block(raw[:-1])
