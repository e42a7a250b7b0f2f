"""`kiosk-tools simulate --journey progress|complaint`: the whole walk on the emulated devices, then the store
and the printed status slips checked."""

from __future__ import annotations

from pathlib import Path

import zxingcpp
from PIL import Image

from kiosk.store.connection import open_store
from kiosk.tools.simulate import simulate


def test_simulate_progress_then_complaint(qapp, kiosk_config, tmp_path: Path, capsys):
    out = tmp_path / "pictures"
    ((acceptance_no, slip),) = simulate(kiosk_config, "progress", 1, out)
    assert slip is not None and slip.is_file()
    assert slip.name == f"receipt-{acceptance_no}-slip-qr.png"
    assert (out / f"receipt-{acceptance_no}-slip-card.png").is_file()
    assert zxingcpp.read_barcodes(Image.open(slip).convert("L")) == []  # a slip, not a receipt
    printed = capsys.readouterr().out
    assert f"progress: {acceptance_no}" in printed and "已提交，等待上传" in printed
    ((complaint_id, _),) = simulate(kiosk_config, "complaint", 1, out)
    assert f"complaint: {complaint_id}" in capsys.readouterr().out
    db = open_store(kiosk_config.store_path)
    try:
        assert db.execute("SELECT acceptance_no FROM applications").fetchall() == [(acceptance_no,)]
        assert db.execute("SELECT kind, state FROM outbox ORDER BY id").fetchall() == [
            ("application", "queued"),
            ("evaluation", "queued"),
            ("complaint", "queued"),
        ]
        assert db.execute("SELECT id, category FROM complaints").fetchall() == [(complaint_id, "terminal")]
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        db.conn.close()
