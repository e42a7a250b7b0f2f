"""The fleet page finds the terminals with an alert in SQL, from the columns each heartbeat writes: a
page of a county's thousands lists those first, counts them, and filters to a township's terminals,
on either database, without reading a heartbeat."""

from __future__ import annotations

import json
import time

GIB = 1024**3


def _beat(**extra) -> str:
    body = {"device_health": {"printer": "ok", "idcard": "ok"}, "queue_depth": 0, "disk_free_bytes": 50 * GIB}
    return json.dumps(body | extra)


def _terminal(storage, n: int, beat: str | None) -> str:
    tid = f"T-{n:03d}"
    storage.add_enrol_token(f"h{n}", "x")
    assert storage.use_enrol_token(f"h{n}", tid, b"k" * 32, f"乡镇站 {n:03d}")
    if beat is not None:
        storage.touch_terminal(tid)
        assert storage.put_small("heartbeats", tid, f"b{n}", beat) == "created"
    return tid


def test_terminals_with_alerts_come_first_and_are_counted(storage):
    quiet = [_terminal(storage, n, _beat()) for n in range(6)]
    paper = _terminal(storage, 10, _beat(device_health={"printer": "paper_out", "idcard": "ok"}))
    disk = _terminal(storage, 11, _beat(disk_free_bytes=GIB // 2))
    never = _terminal(storage, 12, None)  # enrolled, never heard from
    now = time.time()

    page = storage.fleet_page(offline_before=now - 900, disk_low_bytes=2 * GIB, limit=4)
    assert [t.id for t in page.terminals] == [paper, disk, never, quiet[0]]
    assert (page.total, page.alerting) == (9, 3)
    second = storage.fleet_page(offline_before=now - 900, disk_low_bytes=2 * GIB, limit=4, offset=4)
    assert [t.id for t in second.terminals] == quiet[1:5]

    # a lower threshold: half a GiB free is no alert; a silence longer than the limit is
    page = storage.fleet_page(offline_before=now + 1, disk_low_bytes=GIB // 4, limit=20)
    assert page.alerting == 9  # every terminal has been silent since before "now + 1"
    page = storage.fleet_page(offline_before=now - 900, disk_low_bytes=GIB // 4, limit=20)
    assert page.alerting == 2 and disk not in [t.id for t in page.terminals[:2]]

    # the paper is back: the next heartbeat clears the alert
    storage.put_small("heartbeats", paper, "b-next", _beat())
    page = storage.fleet_page(offline_before=now - 900, disk_low_bytes=2 * GIB, limit=20)
    assert page.alerting == 2 and page.terminals[0].id == disk

    only = storage.fleet_page(
        offline_before=now - 900, disk_low_bytes=2 * GIB, only=[quiet[3], never], limit=20
    )
    assert [t.id for t in only.terminals] == [never, quiet[3]] and (only.total, only.alerting) == (2, 1)
