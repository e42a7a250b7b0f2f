"""有诉即办 answered: a complaint filed at the screen gets a numbered slip on the emulated printer;
the staff's reply arrives on the status feed, and scanning the slip under 查询进度 shows it."""

from __future__ import annotations

import time

from ui_kit import press, shown, wait_until

from kiosk.tools.screenshots import find
from sync.engine.feed import apply_page
from sync.protocol.models import StatusItem, StatusPage

REPLY = "已于本周增开一个综合窗口，感谢您的建议。"


def test_a_complaint_slip_finds_the_staff_reply_under_progress(dkiosk, qtbot):
    k = dkiosk
    printer = k.devices.manager.driver("printer").emulator
    k.app.start()
    press(k, "complaintsTile")
    press(k, "category_efficiency")
    find(k, "complaintText").setProperty("text", "窗口排队太久，希望增加一个窗口。")
    press(k, "complaintSubmit")
    qtbot.waitUntil(lambda: k.app.screen == "complaints-done", timeout=10000)
    (complaint_id, number) = k.db.execute("SELECT id, acceptance_no FROM complaints").fetchone()
    wait_until(k, lambda: number in shown(k, "complaintSlipNumber").property("text"))

    count = printer.receipt_count
    press(k, "complaintPrintSlip")
    qtbot.waitUntil(lambda: "已打印" in k.complaints.printState, timeout=15000)
    assert printer.receipt_count == count + 1 and printer.last_receipt_image is not None
    wait_until(k, lambda: shown(k, "complaintSlipState").property("text") == k.complaints.printState)

    # before any answer: the slip finds the complaint, sent or waiting, with no note
    (qr,) = [k.services.store.complaint_slip(complaint_id)[1]]
    press(k, "complaintDone")
    press(k, "progressTile")
    k.devices.manager.driver("scanner").emulator.present(qr)
    qtbot.waitUntil(lambda: k.app.screen == "progress-detail", timeout=10000)
    assert k.progress.detail["kindText"] == "投诉建议" and k.progress.detail["note"] == ""

    # staff reply in the console; the sync engine applies the feed page
    page = StatusPage(
        items=[StatusItem(application_id=complaint_id, case_no=complaint_id, state="completed",
                          changed_at=time.time(), note=REPLY)],
        cursor="c1", more=False,
    )  # fmt: skip
    assert apply_page(k.db, page) == 1
    k.app.home()
    press(k, "progressTile")
    k.devices.manager.driver("scanner").emulator.present(qr)
    qtbot.waitUntil(lambda: k.app.screen == "progress-detail", timeout=10000)
    wait_until(k, lambda: shown(k, "detailStatus").property("text") == "已办结")
    assert k.progress.detail["note"] == REPLY and k.progress.detail["advice"] == ""
    assert k.progress.detail["acceptanceNo"] == number
