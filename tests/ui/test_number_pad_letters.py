"""Letters on the ID-number pad, through the real app offscreen: a foreigner's older permanent residence
number (three nationality letters, then twelve digits) is typed by touch alone, the letter keys keep the
长辈版 target sizes, and fields that are not ID numbers offer no letters."""

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
