"""查询进度 through the real app offscreen on the emulated devices: a submission, then the lookup by ID
card and by the receipt's QR code on the scanner, the detail, a status slip on the emulated printer,
a printer out of paper, and nothing left once the resident leaves. Ends with the store checked."""

from __future__ import annotations

from pathlib import Path

from ui_kit import press, shown, wait_until

from kiosk.tools.screenshots import find

SAMPLES = Path(__file__).resolve().parents[2] / "assets" / "camera" / "document"


def submit(k, qtbot, card: str = "zhangsan") -> str:
    from kiosk.tools.simulate import Walker

    w = Walker(k, lambda pred: qtbot.waitUntil(pred, timeout=15000))
    w.begin("simple", card)
    w.until("simple", "rate")
    acceptance_no = k.journey.receipt["acceptanceNo"]
    qr = k.journey.journey.result.qr_payload
    w.until("simple", "end")
    qtbot.waitUntil(lambda: k.app.screen == "attract")
    k.devices.manager.driver("idcard").emulator.remove()
    return acceptance_no, qr


def test_lookup_by_card_and_by_receipt_qr_with_a_status_slip(dkiosk, qtbot):
    k = dkiosk
    mine, qr = submit(k, qtbot)
    theirs, _ = submit(k, qtbot, "wangxiaomei")
    reader = k.devices.manager.driver("idcard").emulator
    printer = k.devices.manager.driver("printer").emulator
    ctl = k.progress

    # by card: only the resident's own application, with its status in words
    k.app.start()
    press(k, "progressTile")
    assert k.app.screen == "progress"
    reader.insert("zhangsan")
    qtbot.waitUntil(lambda: k.app.screen == "progress-list", timeout=10000)
    rows = ctl.rows
    assert [r["acceptanceNo"] for r in rows] == [mine]
    assert rows[0]["statusText"] == "已提交，等待上传" and rows[0]["promised"]
    assert ctl.applicant == "张*"
    wait_until(k, lambda: "等待上传" in shown(k, f"progressStatus_{mine}").property("text"))
    assert find(k, f"progressRow_{theirs}") is None
    # the platform accepted it meanwhile (the sync engine writes this): the detail shows it
    (app_id,) = k.db.execute("SELECT id FROM applications WHERE acceptance_no = ?", [mine]).fetchone()
    k.db.execute(
        "INSERT INTO sync_case_status (application_id, case_no, state, changed_at, note) "
        "VALUES (?, 'C-2026-9', 'accepted', 0, '')",
        [app_id],
    )
    press(k, f"progressRow_{mine}")
    qtbot.waitUntil(lambda: k.app.screen == "progress-detail")
    wait_until(k, lambda: shown(k, "detailStatus").property("text") == "已受理")
    assert ctl.detail["caseNo"] == "C-2026-9"
    # a status slip through the printer driver
    count = printer.receipt_count
    press(k, "detailPrint")
    qtbot.waitUntil(lambda: ctl.printState == "printed", timeout=15000)
    assert printer.receipt_count == count + 1 and printer.last_receipt_image is not None
    # leaving forgets the list
    press(k, "detailDone")
    assert k.app.screen == "home" and ctl.rows == [] and ctl.applicant == ""
    reader.remove()

    # by the receipt's QR code: that application only, straight to its detail
    press(k, "progressTile")
    k.devices.manager.driver("scanner").emulator.present(qr)
    qtbot.waitUntil(lambda: k.app.screen == "progress-detail", timeout=10000)
    assert ctl.detail["acceptanceNo"] == mine and ctl.how == "qr"
    # printer out of paper: said in words, the statuses stay on the screen
    printer.paper_out = True
    count = printer.receipt_count
    press(k, "detailPrint")
    qtbot.waitUntil(lambda: ctl.printState not in ("", "printed"), timeout=15000)
    assert "缺纸" in ctl.printState and printer.receipt_count == count
    shown(k, "detailSlipState")
    assert k.app.screen == "progress-detail"
    printer.paper_out = False
    press(k, "detailPrint")
    qtbot.waitUntil(lambda: ctl.printState == "printed", timeout=15000)
    # the session's end wipes it
    k.session.finish()
    wait_until(k, lambda: k.app.screen == "attract")
    assert ctl.rows == [] and ctl.detail == {}
    # the store: the two applications untouched and queued; a lookup writes nothing
    assert k.db.execute("SELECT count(*) FROM outbox WHERE kind = 'application'").fetchone() == (2,)
    assert k.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_unknown_qr_and_unreadable_card_are_said_in_words(dkiosk, qtbot):
    from devices.idcard.emulator import Fault

    k = dkiosk
    k.app.start()
    press(k, "progressTile")
    k.devices.manager.driver("scanner").emulator.present("ZWQ1|0001-261126-0001|FORGEDTAG")
    qtbot.waitUntil(lambda: "不是本终端" in k.progress.message, timeout=10000)
    assert k.app.screen == "progress" and k.progress.rows == []
    reader = k.devices.manager.driver("idcard").emulator
    reader.inject(Fault.READ_FAILURE, times=None)
    reader.insert("zhangsan")
    qtbot.waitUntil(lambda: "身份证" in k.progress.message, timeout=15000)
    reader.remove()
    reader.clear_faults()
    reader.insert("zhangsan")
    qtbot.waitUntil(lambda: k.app.screen == "progress-list", timeout=15000)
    shown(k, "progressEmpty")
    assert k.progress.rows == []
    assert k.db.execute("SELECT count(*) FROM applications").fetchone() == (0,)
