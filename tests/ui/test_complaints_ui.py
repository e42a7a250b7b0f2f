"""有诉即办 through the real app offscreen: from the home tile, a category, the text, a contact or
anonymous; refusals in words; stored sealed, queued for sync with its audit entry in one go."""

from __future__ import annotations

import json

from ui_kit import press, shown, wait_until

from kiosk.services import dev_private_key
from kiosk.store import audit
from kiosk.tools.screenshots import find, settle
from sync import sealing


def opened(k, complaint_id: str) -> dict:
    (sealed,) = k.db.execute("SELECT sealed_body FROM complaints WHERE id = ?", [complaint_id]).fetchone()
    return json.loads(sealing.open_sealed(bytes(sealed), dev_private_key(k.db)))


def test_complaint_with_a_contact_then_an_anonymous_one(kiosk, qtbot):
    k = kiosk
    k.app.start()
    press(k, "complaintsTile")
    assert k.app.screen == "complaints"
    # nothing chosen, nothing written: refused in words, nothing stored
    press(k, "complaintSubmit")
    wait_until(k, lambda: "类别" in k.complaints.message)
    assert k.app.screen == "complaints"
    assert find(k, "complaintError_category").isVisible()
    press(k, "category_terminal")
    find(k, "complaintText").setProperty("text", "屏幕有时没反应，点了好几次才动。")
    find(k, "complaintContact").setProperty("text", "1370000")
    press(k, "complaintSubmit")
    wait_until(k, lambda: "contact" in k.complaints.errors)
    assert k.app.screen == "complaints"
    assert k.db.execute("SELECT count(*) FROM complaints").fetchone() == (0,)
    find(k, "complaintContact").setProperty("text", "13700001234")
    press(k, "complaintSubmit")
    qtbot.waitUntil(lambda: k.app.screen == "complaints-done")
    (cid, category, anonymous) = k.db.execute("SELECT id, category, anonymous FROM complaints").fetchone()
    assert (category, anonymous) == ("terminal", 0)
    body = opened(k, cid)
    assert body["text"].startswith("屏幕有时没反应") and body["contact"] == "13700001234"
    # a second one, anonymous: no contact goes with it
    press(k, "complaintDone")
    press(k, "complaintsTile")
    wait_until(k, lambda: k.app.screen == "complaints")
    assert shown(k, "complaintText").property("text") == ""  # a fresh form
    press(k, "category_suggestion")
    find(k, "complaintText").setProperty("text", "希望周末也开放。")
    press(k, "complaintAnonymous")
    press(k, "complaintSubmit")
    qtbot.waitUntil(lambda: k.app.screen == "complaints-done")
    (aid,) = k.db.execute("SELECT id FROM complaints WHERE anonymous = 1").fetchone()
    assert opened(k, aid) == {"text": "希望周末也开放。", "contact": None}
    # queued for sync, each with its audit entry, the chain intact; the clear columns hold no phone
    queued = [r[0] for r in k.db.execute("SELECT ref FROM outbox WHERE kind = 'complaint' ORDER BY id")]
    assert queued == [cid, aid]
    stored = [e.detail["complaint_id"] for e in audit.entries(k.db, 100) if e.action == "complaint.stored"]
    assert sorted(stored) == sorted([cid, aid])
    assert audit.verify(k.db).ok
    for row in k.db.execute("SELECT * FROM complaints").fetchall():
        assert "13700001234" not in " ".join(str(v) for v in row if not isinstance(v, bytes))
    k.session.finish()
    wait_until(k, lambda: k.complaints.message == "" and not k.complaints.filed)


def test_the_complaint_form_by_keypad(kiosk, qtbot):
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    def key(code):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            kiosk.qt_app.sendEvent(kiosk.window, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier))
        settle(kiosk.qt_app, 20)

    k = kiosk
    k.app.start()
    k.app.go("complaints")
    wait_until(k, lambda: shown(k, "category_service_attitude").hasActiveFocus())
    key(Qt.Key.Key_Return)
    text = find(k, "complaintText")
    for _ in range(12):
        if text.hasActiveFocus():
            break
        key(Qt.Key.Key_Down)
    assert text.hasActiveFocus()
    text.setProperty("text", "窗口排队太久。")
    text.setProperty("cursorPosition", len("窗口排队太久。"))
    key(Qt.Key.Key_Down)  # out of the text at its end
    assert find(k, "complaintAnonymous").hasActiveFocus()
    key(Qt.Key.Key_Return)
    for _ in range(6):  # the arrows move by position: down to the action row, then right to Send
        if find(k, "complaintSubmit").hasActiveFocus():
            break
        key(Qt.Key.Key_Right if find(k, "complaintCancel").hasActiveFocus() else Qt.Key.Key_Down)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: k.app.screen == "complaints-done")
    assert k.db.execute("SELECT category, anonymous FROM complaints").fetchall() == [("service_attitude", 1)]
    assert k.db.execute("SELECT count(*) FROM outbox WHERE kind = 'complaint'").fetchone() == (1,)
