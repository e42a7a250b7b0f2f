"""有诉即办 through the real app offscreen: from the home tile, a category, the text, a contact or
anonymous; refusals in words; stored sealed, queued for sync with its audit entry in one go."""

from __future__ import annotations

import json

from PySide6.QtCore import QMetaObject

from kiosk.store import audit
from kiosk.ui.journey_controller import dev_private_key
from kiosk.ui.screenshots import find, settle
from sync import sealing


def press(k, name: str) -> None:
    settle(k.qt_app, 30)
    item = find(k, name)
    assert item is not None and item.isVisible(), name
    QMetaObject.invokeMethod(item, "clicked")


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
    settle(k.qt_app, 30)
    assert k.app.screen == "complaints" and "类别" in k.complaints.message
    assert find(k, "complaintError_category").isVisible()
    press(k, "category_terminal")
    find(k, "complaintText").setProperty("text", "屏幕有时没反应，点了好几次才动。")
    find(k, "complaintContact").setProperty("text", "1370000")
    press(k, "complaintSubmit")
    settle(k.qt_app, 30)
    assert "contact" in k.complaints.errors and k.app.screen == "complaints"
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
    settle(k.qt_app, 30)
    assert find(k, "complaintText").property("text") == ""  # a fresh form
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
    settle(k.qt_app, 30)
    assert k.complaints.message == "" and not k.complaints.filed
