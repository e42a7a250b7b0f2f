"""Letters on the ID-number pad, through the real app offscreen: a foreigner's older permanent residence
number (three nationality letters, then twelve digits) is typed by touch alone, the letter keys keep the
长辈版 target sizes, and fields that are not ID numbers offer no letters; numbers by kind (a bank
account) open the pad with the keys their check takes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMetaObject
from ui_kit import module_kiosk, press

from kiosk.core.journey.identity import id_number_problem, mrz_check_digit
from kiosk.tools.a11y_measure import Limits, measure
from kiosk.tools.screenshots import find, settle, show_screen

# Nationality, issuing region, birth date YYMMDD, sequence digit, then the MRZ-style check digit.
FOREIGNER15 = "USA4100" + "851120" + "1"
FOREIGNER15 += mrz_check_digit(FOREIGNER15)


@pytest.fixture(scope="module")
def pkiosk(qapp, tmp_path_factory):
    with module_kiosk(tmp_path_factory.mktemp("number-pad-letters")) as app:
        yield app


def open_pad(k, field: str):
    item = find(k, f"field_{field}")
    assert item is not None, field
    item.forceActiveFocus()
    QMetaObject.invokeMethod(item, "openPad")
    settle(k.qt_app, 60)
    assert item.property("padOpen")
    return item


def shown(k, name: str) -> bool:
    item = find(k, name)
    return item is not None and item.isVisible()


def display(k) -> str:
    return str(find(k, "padDisplay").property("text"))


def test_a_foreigner_number_is_typed_by_touch_with_elderly_sized_keys(pkiosk):
    k = pkiosk
    assert id_number_problem(FOREIGNER15) is None  # the form takes it once it can be typed
    show_screen(k, "form-number-pad", "elderly", "zh_CN")  # the 长辈版 form, as a resident sees it
    press(k, "padCancel")
    field = open_pad(k, "subject_id_number")
    assert find(k, "padLetters").isVisible() and find(k, "padLetters").property("text") == "ABC"

    press(k, "padLetters")
    assert shown(k, "padKey_A") and not shown(k, "padKey_1")
    # the letter keys are as large as the digit keys were: the 长辈版 numbers hold with letters shown
    found = measure(k.window, Limits.elderly(k.config.screen), "id pad")
    found = [f for f in found if f.item.startswith("pad")]
    assert not found, found
    key_a = find(k, "padKey_A")
    assert min(key_a.width(), key_a.height()) >= 60 and key_a.width() == find(k, "padBackspace").width()
    press(k, "padLettersNext")
    press(k, "padLettersNext")  # S..Z
    press(k, "padKey_U")
    press(k, "padKey_S")
    press(k, "padLettersBack")
    press(k, "padLettersBack")  # back to A..I
    press(k, "padKey_A")
    # three letters: the pad is back on the digits for the rest of the number
    assert find(k, "padLetters").property("text") == "ABC" and shown(k, "padKey_1")
    for ch in FOREIGNER15[3:]:
        press(k, f"padKey_{ch}")
    assert display(k) == FOREIGNER15
    press(k, "padOk")
    settle(k.qt_app, 40)
    assert field.property("text") == FOREIGNER15
    assert k.journey.journey.values["subject_id_number"] == FOREIGNER15
    assert "subject_id_number" not in k.journey.formErrors

    # opened again, the pad starts on the digits, with what the field holds
    open_pad(k, "subject_id_number")
    assert display(k) == FOREIGNER15 and shown(k, "padKey_1")
    press(k, "padBackspace")
    assert display(k) == FOREIGNER15[:-1]
    press(k, "padCancel")


def test_only_id_number_fields_offer_letters(pkiosk):
    k = pkiosk
    show_screen(k, "form-number-pad", "standard", "zh_CN")  # the phone field's pad
    letters = find(k, "padLetters")
    assert letters is not None and not letters.isVisible()
    assert not find(k, "padKey_X").isEnabled()
    press(k, "padCancel")
    open_pad(k, "subject_id_number")
    assert find(k, "padLetters").isVisible()
    press(k, "padCancel")


def test_a_bank_account_opens_the_digit_pad_and_an_amount_gets_a_decimal_point(pkiosk):
    """Numbers by kind, not by the catalog's field type: the bank account (a text field whose pattern
    is 12 to 19 digits) opens the pad, not the Pinyin keyboard, with digits only and room for 19."""
    from PySide6.QtGui import QGuiApplication

    from kiosk.tools.keyboard_shots import show_screen_with

    k = pkiosk
    show_screen_with(k, "form-bank-account", "standard", "zh_CN")
    account = find(k, "field_bank_account")
    assert account.property("kind") == "digits" and account.property("readOnly")  # takes no Pinyin
    open_pad(k, "bank_account")
    assert not QGuiApplication.inputMethod().isVisible()
    assert not find(k, "padKey_X").isEnabled() and not shown(k, "padLetters")
    for digit in "62170000123456789012":  # one digit more than an account has
        press(k, f"padKey_{digit}")
    assert display(k) == "6217000012345678901"
    press(k, "padOk")
    settle(k.qt_app, 30)
    assert k.journey.journey.values["bank_account"] == "6217000012345678901"
    assert "bank_account" not in k.journey.formErrors

    year = open_pad(k, "enrolment_year")  # a number: the decimal point where the X would be
    press(k, "padKey_dot")
    press(k, "padKey_dot")
    assert display(k) == "0."  # one point, with the nought before it
    press(k, "padCancel")
    settle(k.qt_app, 30)
    assert not year.property("padOpen")
