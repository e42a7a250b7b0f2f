"""One bad item never holds up the rest, and a dead link ends a pass quickly instead of item by item."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

from sync_faultproxy import FaultProxy
from sync_kit import make_application

from kiosk.store import outbox
from sync.engine.client import PlatformClient
from sync.engine.engine import EngineOptions, SyncEngine
from sync.outbox import enqueue_small


def queue_help(db, help_id: str) -> None:
    db.execute(
        "INSERT INTO help_requests (id, screen, created_at) VALUES (?, 'home', ?)", [help_id, time.time()]
    )
    enqueue_small(db, "help", help_id)


def test_missing_sealed_file_flags_that_item_and_the_rest_drains(platform, kiosk_db, creds, client, tmp_path):
    broken = make_application(kiosk_db, tmp_path / "files", creds, sizes=(5_000,))
    others = [make_application(kiosk_db, tmp_path / "files", creds, sizes=(3_000,)) for _ in range(3)]
    queue_help(kiosk_db, "h1")
    (path,) = kiosk_db.execute("SELECT path FROM materials WHERE application_id = ?", [broken]).fetchone()
    Path(path).unlink()  # the one item first in the queue

    report = SyncEngine(kiosk_db, client, device_health=lambda: {"printer": "ok"}).run_once()

    assert report.acknowledged == 3 and report.sent == 1 and report.needs_attention == 1
    assert report.stopped_by is None
    flagged = outbox.needs_attention(kiosk_db)
    assert [i.ref for i in flagged] == [broken]
    assert (
        flagged[0].last_error and "unreadable" in flagged[0].last_error and path not in flagged[0].last_error
    )
    assert sorted(a.id for a in platform.storage.applications()) == sorted(others)
    assert platform.storage.count_small("help-requests") == 1
    assert platform.storage.terminal(creds.terminal_id).last_heartbeat is not None
    # and it is not tried first again and again: the next pass has nothing to do with it
    assert SyncEngine(kiosk_db, client).run_once(now=True).needs_attention == 0


def test_an_item_that_keeps_failing_is_put_back_and_the_next_one_goes(platform, kiosk_db, creds, tmp_path):
    make_application(kiosk_db, tmp_path / "files", creds, sizes=(40_000,))
    second = make_application(kiosk_db, tmp_path / "files", creds, sizes=())
    proxy = FaultProxy(platform.port)
    proxy.captive_for = b"POST /v1/uploads"  # only the first item's upload is ever grabbed
    client = PlatformClient(dataclasses.replace(creds, platform_url=proxy.url))
    pauses: list[float] = []
    engine = SyncEngine(kiosk_db, client, EngineOptions(item_retries=2), sleep=pauses.append)
    armed = {"left": 3}  # the first try and both retries

    # the portal grabs every try of the first item's upload: re-armed as each retry starts
    original = client.request

    def request(method, url, **kw):
        if method == "POST" and url == "/v1/uploads" and armed["left"]:
            armed["left"] -= 1
            proxy.captive_for = b"POST /v1/uploads"
        return original(method, url, **kw)

    client.request = request  # type: ignore[method-assign]
    report = engine.run_once()
    client.close()
    proxy.close()
    assert report.retried == 2 and report.rescheduled == 1 and report.acknowledged == 1
    assert report.stopped_by is None and report.needs_attention == 0
    assert pauses == [0.5, 1.0]  # short, growing pauses inside the pass
    assert [a.id for a in platform.storage.applications()] == [second]
    first = outbox.items_in(kiosk_db, outbox.PENDING_STATES)
    assert len(first) == 1 and first[0].attempts == 1 and first[0].next_attempt_at is not None


def test_dead_link_ends_the_pass_after_two_items(platform, kiosk_db, creds, tmp_path):
    for _ in range(5):
        make_application(kiosk_db, tmp_path / "files", creds, sizes=())
    proxy = FaultProxy(platform.port)
    proxy.captive = True  # every request answered by something that is not the platform
    client = PlatformClient(dataclasses.replace(creds, platform_url=proxy.url))
    report = SyncEngine(kiosk_db, client, EngineOptions(item_retries=1), sleep=lambda _s: None).run_once()
    client.close()
    proxy.close()
    assert report.stopped_by == "NotPlatform" and report.rescheduled == 2
    assert proxy.captive_answers == 4  # two items, each tried twice; nothing more hammered the link
    assert outbox.needs_attention(kiosk_db) == []


def test_a_help_request_that_met_a_dead_link_is_tried_again_within_seconds(platform, kiosk_db, creds):
    queue_help(kiosk_db, "h-dead-link")
    kiosk_db.execute("UPDATE outbox SET attempts = 12")  # a long outage already behind it
    proxy = FaultProxy(platform.port)
    proxy.captive = True
    client = PlatformClient(dataclasses.replace(creds, platform_url=proxy.url))
    now = time.time()
    report = SyncEngine(kiosk_db, client, EngineOptions(item_retries=0), clock=lambda: now).run_urgent()
    client.close()
    proxy.close()
    assert report.rescheduled == 1
    (item,) = outbox.items_in(kiosk_db, outbox.PENDING_STATES)
    # a complaint or rating with that history could wait up to half an hour; a person waits for this one
    assert (
        item.next_attempt_at is not None and item.next_attempt_at - now <= EngineOptions().help_backoff_cap_s
    )
