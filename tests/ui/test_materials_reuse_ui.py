"""A material already held from the same resident's earlier application: the materials screen offers
"use the copy from <date>", and the second application carries a reference, not a second paper."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from ui_kit import press, shown, wait_until

from kiosk.services import dev_private_key
from kiosk.tools.screenshots import find

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "journey"))
from journey_kit import check_application

SAMPLES = Path(__file__).resolve().parents[2] / "assets" / "camera" / "document"


def test_reuse_the_copy_from_an_earlier_application(dkiosk, qtbot):
    from kiosk.tools.simulate import Walker

    k = dkiosk
    w = Walker(k, lambda pred: qtbot.waitUntil(pred, timeout=15000))
    w.begin("simple")
    w.until("simple", "end")
    qtbot.waitUntil(lambda: k.app.screen == "attract")
    ((first_id, first_no),) = k.db.execute("SELECT id, acceptance_no FROM applications").fetchall()
    scanned = [
        r[0]
        for r in k.db.execute(
            "SELECT DISTINCT material_code FROM materials "
            "WHERE application_id = ? AND disposition = 'scanned'",
            [first_id],
        )
    ]
    k.devices.manager.driver("idcard").emulator.remove()

    # the same resident, the same matter again: the card offers the copy held since then
    w.begin("simple")
    w.until("simple", "materials")
    qtbot.waitUntil(lambda: k.app.screen == "journey-materials")
    code = scanned[0]
    row = next(m for m in k.journey.materials if m["code"] == code)
    today = dt.date.today().isoformat()
    assert row["previous"][0]["acceptanceNo"] == first_no and row["previous"][0]["date"] == today
    button = shown(k, f"reuse_{code}")
    assert today in button.property("text")
    press(k, f"reuse_{code}")
    assert k.journey.journey.materials.handling(code).acceptance_no == first_no
    wait_until(k, lambda: find(k, f"reuse_{code}") is None, what="the reuse offer to go")  # handled
    # the rest as usual, then submit
    step = k.journey.journey.materials
    for c in step.cards:
        if c.required and step.handling(c.code) is None:
            qtbot.waitUntil(lambda c=c: k.journey.scan(c.code), timeout=5000)
    w.until("simple", "end")
    qtbot.waitUntil(lambda: k.app.screen == "attract")
    (second_id,) = k.db.execute("SELECT id FROM applications WHERE id != ?", [first_id]).fetchone()
    payload = check_application(k.db, dev_private_key(k.db), second_id)
    entry = next(x for x in payload["materials"] if x["code"] == code)
    assert entry["reused"]["acceptance_no"] == first_no
    rows = k.db.execute(
        "SELECT disposition, path FROM materials WHERE application_id = ? AND material_code = ?",
        [second_id, code],
    ).fetchall()
    assert rows == [("reused", None)]  # no second paper, no second file
