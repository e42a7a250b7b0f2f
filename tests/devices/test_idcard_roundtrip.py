"""The production driver against the byte-level SAM emulator over a real pty: commands, faults,
card events, unplug/replug. Nothing is mocked."""

import threading

import pytest

from devices.base import DeviceEvent, DeviceOffline, DeviceRefused, DeviceTimeout, Health, ProtocolError
from devices.idcard import create_driver
from devices.idcard import protocol as p
from devices.idcard.deck import DECK
from devices.idcard.driver import IdCardReader
from devices.idcard.emulator import Fault, SamEmulator
from devices.transport import PtyEmulatorHost

WAIT = 8.0  # generous: this box is shared; nothing here asserts speed


class Events:
    def __init__(self) -> None:
        self.items: list[DeviceEvent] = []
        self._cond = threading.Condition()

    def __call__(self, event: DeviceEvent) -> None:
        with self._cond:
            self.items.append(event)
            self._cond.notify_all()

    def kinds(self) -> list[str]:
        with self._cond:
            return [e.kind for e in self.items if e.kind != "status_changed"]

    def wait_for(self, kind: str, count: int = 1) -> list[DeviceEvent]:
        with self._cond:
            ok = self._cond.wait_for(lambda: sum(e.kind == kind for e in self.items) >= count, WAIT)
            assert ok, f"no {kind} event (got {[e.kind for e in self.items]})"
            return [e for e in self.items if e.kind == kind]

    def wait_health(self, driver: IdCardReader, health: Health) -> None:
        with self._cond:
            ok = self._cond.wait_for(lambda: driver.status().health is health, WAIT)
        assert ok, f"status stayed {driver.status()}"


@pytest.fixture
def rig():
    emulator = SamEmulator()
    host = PtyEmulatorHost(emulator, name="idcard-test")
    events = Events()
    drivers: list[IdCardReader] = []

    def make(poll: bool = False) -> IdCardReader:
        driver = IdCardReader(host.port, on_event=events, answer_timeout=0.3, read_timeout=1.0, poll=poll,
                              poll_interval=0.05)  # fmt: skip
        drivers.append(driver)
        driver.open()
        return driver

    make.drivers = drivers  # type: ignore[attr-defined]
    yield emulator, host, events, make
    for driver in drivers:
        driver.close()
    host.close()


def test_every_command_round_trips(rig):
    emulator, _, _, make = rig
    reader = make()
    assert reader.status().health is Health.OK
    reader.reset()
    assert reader.sam_status() == "operation succeeded"
    assert reader.sam_id() == "05.01-20260101-1234567890-0000000042"
    emulator.insert("zhangsan")
    assert reader.find_card() is True
    assert reader.find_card() is False  # the card must leave the field before the next find succeeds
    assert reader.select_card() is True
    read = reader.read_selected()
    assert read.card == DECK["zhangsan"].data
    assert read.photo.wlt == DECK["zhangsan"].photo and read.fingerprint is None
    with_fp = reader.read_selected(fingerprint=True)
    assert with_fp.fingerprint == DECK["zhangsan"].fingerprint
    assert reader.read_appended_address() is None
    emulator.insert("wangxiaomei")
    newer = reader.read_card()
    assert newer.card.name == "王小梅"
    assert reader.read_appended_address() == "河南省信阳市平桥区新址路8号"
    no_fp = reader.read_card(fingerprint=True)
    assert no_fp.fingerprint == b""  # card without fingerprint data: length 0, still a valid answer
    assert {"reset", "status", "sam_id", "find", "select", "read", "read_fingerprint", "read_address"} <= set(
        emulator.commands_seen
    )


@pytest.mark.parametrize("key", sorted(DECK))
def test_every_deck_card_reads_back(rig, key):
    emulator, _, _, make = rig
    reader = make()
    emulator.insert(key)
    assert reader.read_card().card == DECK[key].data


def test_traffic_log_holds_no_card_bytes(rig):
    emulator, _, _, make = rig
    reader = make()
    emulator.insert("zhangsan")
    reader.read_card(fingerprint=True)
    text = " ".join(r.summary for r in reader.traffic)
    assert "read_fingerprint" in text and "SW3 90" in text
    for secret in ("411502198005123012", "张三", "3431", DECK["zhangsan"].photo[:8].hex()):
        assert secret not in text


def test_no_card(rig):
    _, _, _, make = rig
    reader = make()
    assert reader.find_card() is False
    assert reader.select_card() is False
    with pytest.raises(DeviceRefused) as info:
        reader.read_card()
    assert info.value.code == 0x81


def test_fault_bad_checksum_then_recovers(rig):
    emulator, _, _, make = rig
    reader = make()
    emulator.inject(Fault.BAD_CHECKSUM)
    with pytest.raises(ProtocolError, match="checksum"):
        reader.sam_status()
    assert reader.status().health is Health.DEGRADED
    assert "garbled" in reader.status().reason
    reader.sam_status()
    assert reader.status().health is Health.OK


def test_fault_truncated_frame(rig):
    emulator, _, _, make = rig
    reader = make()
    emulator.insert("zhangsan")
    emulator.inject(Fault.TRUNCATED, command="read")
    with pytest.raises(ProtocolError, match="truncated"):
        reader.read_card()
    assert reader.read_card().card.name == "张三"  # card still selected: a retry reads it


def test_fault_timeout_degrades_then_goes_offline_then_recovers(rig):
    emulator, _, events, make = rig
    reader = make()
    emulator.inject(Fault.TIMEOUT, command="sam_id")
    with pytest.raises(DeviceTimeout):
        reader.sam_id()
    assert reader.status().health is Health.DEGRADED
    assert "missed an answer" in reader.status().reason
    assert reader.sam_id()  # one lost answer is not a dead reader
    assert reader.status().health is Health.OK
    emulator.inject(Fault.TIMEOUT, times=None)  # the SAM goes silent for good
    for _ in range(3):
        with pytest.raises(DeviceTimeout):
            reader.sam_id()
    assert reader.status().health is Health.OFFLINE
    assert "does not answer" in reader.status().reason
    emulator.clear_faults()
    events.wait_health(reader, Health.OK)  # and it notices by itself when the SAM speaks again


def test_fault_no_card(rig):
    emulator, _, _, make = rig
    reader = make()
    emulator.insert("zhangsan")
    emulator.inject(Fault.NO_CARD, times=2)
    with pytest.raises(DeviceRefused, match="no card") as info:
        reader.read_card()
    assert info.value.code == 0x81


def test_fault_read_failure(rig):
    emulator, _, _, make = rig
    reader = make()
    emulator.insert("zhangsan")
    emulator.inject(Fault.READ_FAILURE)
    with pytest.raises(DeviceRefused, match="reading the card failed") as info:
        reader.read_card()
    assert info.value.code == 0x41


def test_fault_authentication_failure(rig):
    emulator, _, _, make = rig
    reader = make()
    emulator.insert("zhangsan")
    emulator.inject(Fault.AUTH_FAILURE, command="read")
    with pytest.raises(DeviceRefused, match="authenticate") as info:
        reader.read_card()
    assert info.value.code == 0x31


def test_fault_sam_unwell_fails_the_self_test_and_degrades(rig):
    emulator, _, _, make = rig
    reader = make()
    emulator.inject(Fault.SAM_FAILURE, times=None)
    result = reader.self_test()
    assert not result.passed and "SAM self-test failed" in result.summary
    assert reader.status().health is Health.DEGRADED
    emulator.clear_faults()
    assert reader.self_test().passed
    assert reader.status().health is Health.OK


def test_emulator_answers_a_bad_host_frame_with_the_documented_codes():
    emulator = SamEmulator()
    bad = bytearray(p.build_command("status"))
    bad[-1] ^= 0x01
    assert p.parse_response(emulator.feed(bytes(bad))).sw3 == 0x10
    assert p.parse_response(emulator.feed(p.build_frame(b"\x77\x01"))).sw3 == 0x21


def test_polling_emits_inserted_once_then_removed(rig):
    emulator, _, events, make = rig
    make(poll=True)
    emulator.insert("lisi_for_life")
    inserted = events.wait_for("card_inserted")[0]
    assert inserted.data["card"].valid_for_life
    assert inserted.data["photo"].wlt == DECK["lisi_for_life"].photo
    # the card stays: several presence probes later there is still exactly one insertion
    for _ in range(3):
        assert emulator.on_next("select").wait(WAIT)
    assert events.kinds() == ["card_inserted"]
    emulator.remove()
    events.wait_for("card_removed")
    emulator.insert("hk_permit")
    second = events.wait_for("card_inserted", count=2)[1]
    assert second.data["card"].pass_number == "H12345678"
    assert events.kinds() == ["card_inserted", "card_removed", "card_inserted"]


def test_polling_retries_a_failed_read_while_the_card_stays(rig):
    emulator, _, events, make = rig
    emulator.inject(Fault.READ_FAILURE)
    make(poll=True)
    emulator.insert("zhangsan")
    assert events.wait_for("card_inserted")[0].data["card"].name == "张三"


def test_polling_gives_up_on_an_unreadable_card_and_still_sees_it_leave(rig):
    emulator, _, events, make = rig
    emulator.inject(Fault.AUTH_FAILURE, times=None, command="read")
    make(poll=True)
    emulator.insert("zhangsan")
    unreadable = events.wait_for("card_unreadable")[0]
    assert "place it again" in unreadable.data["reason"]
    emulator.clear_faults()
    emulator.remove()
    events.wait_for("card_removed")
    assert "card_inserted" not in events.kinds()


def test_unplug_mid_read_goes_offline_and_replug_recovers(rig):
    emulator, host, events, make = rig
    reader = make()
    emulator.insert("zhangsan")
    arrived = emulator.on_next("read")
    emulator.inject(Fault.TIMEOUT, command="read")  # hold the answer so the cable is pulled mid-read
    outcome: list[BaseException] = []
    worker = threading.Thread(target=lambda: _capture(outcome, reader.read_card))
    worker.start()
    assert arrived.wait(WAIT)
    host.unplug()
    worker.join(WAIT)
    assert len(outcome) == 1 and isinstance(outcome[0], DeviceOffline)
    assert "connection lost" in outcome[0].reason
    # The worker starts reopening the port at once; its "cannot open" may already have replaced the
    # read's own reason, and either names the port for the technician.
    status = reader.status()
    assert status.health is Health.OFFLINE and reader.port in status.reason
    host.replug()
    events.wait_health(reader, Health.OK)  # the worker reconnects on its own
    assert reader.read_card().card.name == "张三"


def _capture(out: list[BaseException], fn) -> None:
    try:
        fn()
    except BaseException as exc:
        out.append(exc)


def test_polling_session_keeps_its_data_across_unplug(rig):
    emulator, host, events, make = rig
    reader = make(poll=True)
    emulator.insert("wangxiaomei")
    inserted = events.wait_for("card_inserted")[0]
    host.unplug()
    events.wait_health(reader, Health.OFFLINE)
    assert reader.status().reason
    # the event already delivered still holds the resident's card: nothing was wiped
    assert inserted.data["card"].id_number == "411503200109306020"
    assert reader.current_card is not None and reader.current_card.card.name == "王小梅"
    assert "card_removed" not in events.kinds()
    emulator.remove()  # the resident takes the card while the cable is out
    host.replug()
    events.wait_health(reader, Health.OK)
    events.wait_for("card_removed")
    emulator.insert("foreigner")
    assert events.wait_for("card_inserted", count=2)[1].data["card"].nationality == "USA"


def test_open_on_a_dead_port_reports_offline_and_connects_when_it_appears(rig):
    _, host, events, make = rig
    host.unplug()
    with pytest.raises(DeviceOffline, match="cannot open"):
        make()
    host.replug()
    (reader,) = make.drivers  # open() raised, but the driver exists and keeps trying
    events.wait_health(reader, Health.OK)
    assert reader.sam_status()


def test_create_driver_emulated_exposes_the_emulator():
    events = Events()
    reader = create_driver({"emulated": True, "poll": True}, events)
    try:
        reader.open()
        reader.emulator.insert("foreigner")
        assert events.wait_for("card_inserted")[0].data["card"].card_type == "foreigner_permanent_residence"
        assert reader.self_test().passed
        assert reader.capabilities["photo_decoding"] is False
    finally:
        reader.close()
    assert reader.status().health is Health.OFFLINE


def test_create_driver_real_port_needs_a_port():
    with pytest.raises(ValueError, match="port"):
        create_driver({"emulated": False}, None)
