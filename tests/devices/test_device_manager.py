"""DeviceManager over the real idcard driver and emulator; missing kinds become placeholders."""

import json
import os
import threading

import pytest

from devices.base import DeviceEvent, Health
from devices.manager import DeviceManager, redact

WAIT = 8.0


class Sink:
    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.events: list[DeviceEvent] = []
        self.threads: set[str] = set()
        self.cond = threading.Condition()

    def __call__(self, event: DeviceEvent) -> None:
        with self.cond:
            self.events.append(event)
            self.threads.add(threading.current_thread().name)
            self.cond.notify_all()
        if self.fail:
            raise RuntimeError("a subscriber bug")

    def wait_for(self, kind: str) -> DeviceEvent:
        with self.cond:
            assert self.cond.wait_for(lambda: any(e.kind == kind for e in self.events), WAIT)
            return next(e for e in self.events if e.kind == kind)


@pytest.fixture
def manager():
    mgr = DeviceManager({"idcard": {"emulated": True}, "no_such_kind": {}})
    yield mgr
    mgr.close_all()


def test_missing_kind_is_an_offline_placeholder(manager):
    statuses = manager.open_all()
    assert statuses["idcard"].health is Health.OK
    assert statuses["no_such_kind"].health is Health.OFFLINE
    assert statuses["no_such_kind"].reason == "driver not installed"
    results = manager.self_test()
    assert results["idcard"].passed and not results["no_such_kind"].passed
    assert manager.self_test("idcard")["idcard"].passed
    with pytest.raises(KeyError):
        manager.self_test("printerz")


def test_misconfigured_kind_says_so():
    mgr = DeviceManager({"idcard": {"emulated": False}})
    try:
        status = mgr.open_all()["idcard"]
        assert status.health is Health.OFFLINE and "configuration problem" in status.reason
    finally:
        mgr.close_all()


def test_events_fan_out_off_the_caller_thread_and_survive_a_failing_subscriber(manager):
    broken, good = Sink(fail=True), Sink()
    manager.subscribe(broken)
    unsubscribe = manager.subscribe(good)
    manager.open_all()
    manager.driver("idcard").emulator.insert("zhangsan")
    inserted = good.wait_for("card_inserted")
    broken.wait_for("card_inserted")
    assert inserted.data["card"].name == "张三"
    assert good.threads == {"device-events"}  # neither the UI (test) thread nor the driver's worker
    unsubscribe()
    manager.driver("idcard").emulator.remove()
    broken.wait_for("card_removed")
    assert "card_removed" not in [e.kind for e in good.events]


def test_diagnostics_are_redacted_and_json_ready(manager):
    manager.open_all()
    reader = manager.driver("idcard")
    reader.emulator.insert("zhangsan")
    reader.read_card(fingerprint=True)
    diag = manager.diagnostics()
    text = json.dumps(diag, ensure_ascii=False)
    assert "411502198005123012" not in text and "张三" not in text and "示例路" not in text
    idcard = diag["devices"]["idcard"]
    assert idcard["status"]["health"] == "ok"
    assert idcard["capabilities"]["photo_decoding"] is False
    assert 0 < len(idcard["traffic"]) <= manager.traffic_tail
    assert any("read_fingerprint" in r["summary"] for r in idcard["traffic"])
    assert diag["devices"]["no_such_kind"]["status"]["reason"] == "driver not installed"


def test_redact_catches_id_like_numbers_only():
    assert redact("id 411502198005123012 read") == "id [id redacted] read"
    assert redact("x 11010519491231002X y") == "x [id redacted] y"
    assert redact("card 941124198804090026 ok") == "card [id redacted] ok"  # 2023 foreigner card
    assert redact("card USA410085112019 ok") == "card [id redacted] ok"  # foreigner card before 2023
    assert redact("sam 05.01-20260101-1234567890-0000000042") == "sam 05.01-20260101-1234567890-0000000042"
    assert redact("1295 bytes") == "1295 bytes"


def test_close_all_releases_the_emulator_pty(manager):
    manager.open_all()
    host = manager.driver("idcard").emulator_host
    port = host.port
    assert os.path.exists(port)
    manager.close_all()
    assert not os.path.exists(port)
    assert manager.statuses()["idcard"].health is Health.OFFLINE
