"""The form's number pad and date picker through the real app offscreen: phone, ID and number fields
open a large pad (X only for ID numbers) instead of the Pinyin keyboard, date fields a year/month/day
picker; both by touch and by keypad, every key named; the values reach the sealed application."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMetaObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest
from ui_kit import shown, wait_until

from kiosk.services import dev_private_key
from kiosk.tools.screenshots import find, settle

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "journey"))
from journey_kit import PRINCIPAL_ID, check_application

SAMPLES = Path(__file__).resolve().parents[2] / "assets" / "camera" / "document"


@pytest.fixture
def dkiosk(qapp, qtbot, kiosk_config, tmp_path: Path):
    from kiosk.tools.screenshots import reset
    from kiosk.ui.app import build

    app = build(kiosk_config, keyboard_config_home=tmp_path / "xdg-config", devices=True)
    app.window.show()
    assert QTest.qWaitForWindowExposed(app.window)
    qtbot.waitUntil(lambda: app.devices.manager is not None, timeout=15000)
    app.devices.manager.driver("document_camera").emulator.show(SAMPLES / "form_straight.jpg")
    yield app
    reset(app)
    app.close()


def press(k, name: str) -> None:
    QMetaObject.invokeMethod(shown(k, name), "clicked")


def key(k, code: Qt.Key) -> None:
    # Straight to the window, as the keypad's evdev keys arrive (QTest.keyClick blocks here).
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        k.qt_app.sendEvent(k.window, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier))
    settle(k.qt_app, 20)


def touch(k, item) -> None:
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
    point = QPoint(round(centre.x()), round(centre.y()))
    QTest.mouseClick(k.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    settle(k.qt_app, 40)


def shown_whole(k, item) -> bool:
    rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    parent = item.parentItem()
    while parent is not None:
        if parent.clip() and not parent.mapRectToScene(
            QRectF(0, 0, parent.width(), parent.height())
        ).contains(rect):
            return False
        parent = parent.parentItem()
    return True


def named(item) -> str:
    QAccessible.setActive(True)
    iface = QAccessible.queryAccessibleInterface(item)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def digits(k, text: str) -> None:
    for ch in text:
        key(k, Qt.Key.Key_X if ch == "X" else getattr(Qt.Key, f"Key_{ch}"))


def test_number_pad_and_date_picker_fill_the_form(dkiosk, qtbot):
    from kiosk.tools.simulate import Walker

    k = dkiosk
    w = Walker(k, lambda pred: qtbot.waitUntil(pred, timeout=15000))
    w.begin("elicense")
    qtbot.waitUntil(lambda: k.app.screen == "journey-form")
    shown(k, "field_applicant_phone")
    values = lambda: k.journey.journey.values  # noqa: E731

    # phone, by touch: the pad opens, the Pinyin keyboard does not
    phone = find(k, "field_applicant_phone")
    touch(k, phone)
    assert phone.property("padOpen")
    assert not QGuiApplication.inputMethod().isVisible()
    assert not find(k, "padKey_X").isEnabled()  # X is only for ID numbers
    for ch in "138123456789":
        press(k, f"padKey_{ch}")
    press(k, "padBackspace")
    assert find(k, "padDisplay").property("text") == "13812345678"
    press(k, "padOk")
    wait_until(k, lambda: not phone.property("padOpen") and phone.property("text") == "13812345678")
    assert values()["applicant_phone"] == "13812345678"
    assert phone.hasActiveFocus()  # focus comes back to the field

    # cancel changes nothing
    touch(k, phone)
    press(k, "padKey_9")
    press(k, "padCancel")
    wait_until(k, lambda: not phone.property("padOpen"))
    assert phone.property("text") == "13812345678"

    # ID number, by keypad: a digit on the focused field opens the pad with it typed; X allowed
    id_field = find(k, "field_subject_id_number")
    id_field.forceActiveFocus()
    digits(k, PRINCIPAL_ID[:-1] + "7")
    key(k, Qt.Key.Key_Backspace)
    digits(k, PRINCIPAL_ID[-1])
    assert find(k, "padKey_X").isEnabled()
    assert find(k, "padDisplay").property("text") == PRINCIPAL_ID
    press(k, "padOk")
    wait_until(k, lambda: values().get("subject_id_number") == PRINCIPAL_ID)
    assert "subject_id_number" not in k.journey.formErrors

    # a number
    year_field = find(k, "field_enrolment_year")
    year_field.forceActiveFocus()
    key(k, Qt.Key.Key_Return)
    assert year_field.property("padOpen")
    digits(k, "2025")
    press(k, "padOk")
    wait_until(k, lambda: str(values().get("enrolment_year")) == "2025")

    # a date, by keypad: Return opens the picker on today with OK focused; ten years back twice,
    # one month on, then Return takes it
    date_field = find(k, "field_subject_birth_date")
    date_field.forceActiveFocus()
    key(k, Qt.Key.Key_Return)
    assert date_field.property("padOpen")
    assert not QGuiApplication.inputMethod().isVisible()
    today = dt.date.today()
    assert find(k, "date_year_value").property("text") == str(today.year)
    for name in ("date_year_up", "date_year_down", "date_year_down10", "date_month_up", "date_day_up"):
        assert named(find(k, name)), name
    assert find(k, "date_year_up").height() >= 44
    press(k, "date_year_down10")
    press(k, "date_year_down10")
    press(k, "date_month_up")
    assert find(k, "dateOk").hasActiveFocus()
    key(k, Qt.Key.Key_Return)
    year, month = today.year - 20, today.month % 12 + 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    expected = dt.date(year, month, min(today.day, last)).isoformat()
    wait_until(k, lambda: date_field.property("text") == expected)
    assert date_field.property("text") == expected and values()["subject_birth_date"] == expected
    assert "subject_birth_date" not in k.journey.formErrors

    # every pad key has a name a screen reader can say
    phone.forceActiveFocus()  # back in sight: the form follows the focus, and the date field had it
    wait_until(k, lambda: shown_whole(k, phone), what="the phone field in sight")
    touch(k, phone)
    for name in ("padKey_1", "padKey_0", "padBackspace", "padOk", "padCancel"):
        assert named(find(k, name)), name
    assert named(find(k, "padBackspace")) != "⌫"
    press(k, "padCancel")

    # on to the end: the sealed application carries what the pads typed
    w.until("elicense", "rate")
    (app_id,) = k.db.execute("SELECT id FROM applications").fetchone()
    payload = check_application(k.db, dev_private_key(k.db), app_id)
    form = payload["form"] if "form" in payload else payload
    text = str(form)
    assert "13812345678" in text and expected in text and PRINCIPAL_ID in text
