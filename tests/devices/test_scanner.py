"""Serial scanner line protocol, the driver over a real pty, and the evdev key translation."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.base import DeviceEvent, DeviceOffline, Health
from devices.scanner import create_driver
from devices.scanner.driver import SerialScanner
from devices.scanner.emulator import ScannerEmulator
from devices.scanner.evdev import EvdevScanner, WedgeDecoder
from devices.scanner.protocol import LineParser, Scan, ScanError

CHINESE = "电子营业执照：河南省信阳市某某镇便民服务中心 https://zwfw.example.cn/q?id=7"


def _scans(items: list[Scan | ScanError]) -> list[tuple[str, str]]:
    return [(i.payload, i.symbology) for i in items if isinstance(i, Scan)]


# -- line protocol --------------------------------------------------------------------------------
@pytest.mark.parametrize("suffix", ["\r", "\r\n", "\n"])
def test_each_terminator_ends_exactly_one_scan(suffix: str) -> None:
    parser = LineParser()
    data = ScannerEmulator.frame("123", aim=False, suffix=suffix) * 2
    assert _scans(parser.feed(data)) == [("123", "unknown"), ("123", "unknown")]


def test_crlf_split_across_reads_is_one_terminator() -> None:
    parser = LineParser()
    assert _scans(parser.feed(b"ABC\r")) == [("ABC", "unknown")]
    assert parser.feed(b"\nDEF\r\n") == [Scan("DEF", "unknown")]


@pytest.mark.parametrize(
    ("prefix", "symbology"),
    [(b"]Q1", "QR"), (b"]C0", "Code 128"), (b"]E0", "EAN-13"), (b"]E4", "EAN-8"), (b"]d2", "GS1 DataMatrix")],
)
def test_aim_prefix_is_stripped_and_names_the_symbology(prefix: bytes, symbology: str) -> None:
    (scan,) = LineParser().feed(prefix + b"4006381333931\r\n")
    assert isinstance(scan, Scan)
    assert (scan.payload, scan.symbology, scan.aim) == ("4006381333931", symbology, prefix.decode())


def test_chinese_utf8_payload_byte_by_byte() -> None:
    parser = LineParser()
    out: list[Scan | ScanError] = []
    for b in ScannerEmulator.frame(CHINESE):
        out += parser.feed(bytes([b]))
    assert out == [Scan(CHINESE, "QR", "]Q1", "utf-8")]


def test_gbk_scanner_output_is_decoded_and_labelled() -> None:
    (scan,) = LineParser().feed(ScannerEmulator.frame("户籍证明", encoding="gb18030"))
    assert isinstance(scan, Scan)
    assert (scan.payload, scan.encoding) == ("户籍证明", "gb18030")
    (strict,) = LineParser(fallback_encoding=None).feed(ScannerEmulator.frame("户籍证明", encoding="gb18030"))
    assert isinstance(strict, ScanError) and "UTF-8" in strict.reason


def test_too_long_line_is_a_typed_error_and_the_next_scan_is_clean() -> None:
    parser = LineParser(max_line=64)
    out = parser.feed(b"x" * 200)
    assert len(out) == 1 and isinstance(out[0], ScanError) and "no line end after 64" in out[0].reason
    assert parser.feed(b"yyy\r\n]Q1GOOD\r\n") == [Scan("GOOD", "QR", "]Q1")]  # rest of the long line dropped


def test_garbage_with_controls_is_rejected_without_losing_the_next_scan() -> None:
    parser = LineParser()
    out = parser.feed(b"\x00\x13\xfe\x07abc\r\n]Q1OK\r\n")
    assert isinstance(out[0], ScanError) and "control characters" in out[0].reason
    assert out[1:] == [Scan("OK", "QR", "]Q1")]


def test_idle_drops_a_partial_line() -> None:
    parser = LineParser()
    assert parser.feed(b"\xff\xfe half a code") == []
    err = parser.idle()
    assert isinstance(err, ScanError) and "incomplete" in err.reason
    assert parser.feed(b"NEXT\r") == [Scan("NEXT", "unknown")]
    assert parser.idle() is None


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400), st.integers(min_value=1, max_value=50))
def test_random_bytes_give_scans_or_typed_errors_and_resync(data: bytes, split: int) -> None:
    parser = LineParser(max_line=128)
    for i in range(0, len(data), split):
        assert all(isinstance(x, Scan | ScanError) for x in parser.feed(data[i : i + split]))
    parser.idle()
    assert parser.feed(b"]Q1\xe4\xb8\xad\r\n") == [Scan("中", "QR", "]Q1")]


# -- driver over a pty ----------------------------------------------------------------------------
class Events:
    def __init__(self) -> None:
        self.items: list[tuple[DeviceEvent, threading.Thread]] = []
        self._cond = threading.Condition()

    def __call__(self, event: DeviceEvent) -> None:
        with self._cond:
            self.items.append((event, threading.current_thread()))
            self._cond.notify_all()

    def wait_for(
        self, pred: Callable[[DeviceEvent], bool], after: int = 0, timeout: float = 8.0
    ) -> DeviceEvent:
        with self._cond:
            found: list[DeviceEvent] = []

            def match() -> bool:
                found[:] = [e for e, _ in self.items[after:] if pred(e)]
                return bool(found)

            assert self._cond.wait_for(match, timeout), [e.kind for e, _ in self.items]
            return found[0]

    def __len__(self) -> int:
        with self._cond:
            return len(self.items)


def _scanned(e: DeviceEvent) -> bool:
    return e.kind == "code_scanned"


@pytest.fixture
def rig() -> Iterator[tuple[SerialScanner, ScannerEmulator, Events]]:
    events = Events()
    driver = create_driver({"max_line": 256}, events)
    assert isinstance(driver, SerialScanner)
    driver.open()
    yield driver, driver.emulator, events
    driver.close()


def test_scan_arrives_as_event_off_the_calling_thread(
    rig: tuple[SerialScanner, ScannerEmulator, Events],
) -> None:
    driver, emu, events = rig
    assert driver.status().health is Health.OK
    emu.present(CHINESE)
    event = events.wait_for(_scanned)
    assert event.data == {"payload": CHINESE, "symbology": "QR", "aim": "]Q1", "encoding": "utf-8"}
    thread = next(t for e, t in events.items if e is event)
    assert thread is not threading.current_thread()
    assert thread.name.endswith("-reader")
    log = " ".join(r.summary for r in driver.traffic)
    assert "code QR" in log and "营业执照" not in log and "zwfw" not in log  # sizes, not payloads


def test_garbage_then_good_scan(rig: tuple[SerialScanner, ScannerEmulator, Events]) -> None:
    _, emu, events = rig
    emu.send_garbage(600, seed=3)  # longer than max_line, no terminator
    events.wait_for(lambda e: e.kind == "scan_error")
    # The partial line is dropped after the line goes quiet; only then is the next code clean.
    events.wait_for(lambda e: e.kind == "scan_error" and "incomplete" in e.data["reason"])
    n = len(events)
    emu.present("6901234567892", symbology="EAN-13", suffix="\r")
    assert events.wait_for(_scanned, after=n).data["payload"] == "6901234567892"


def test_unplug_replug_recovers_and_scans_again(rig: tuple[SerialScanner, ScannerEmulator, Events]) -> None:
    driver, emu, events = rig
    host = driver.emulator_host
    host.unplug()
    events.wait_for(lambda e: e.kind == "status_changed" and e.data["health"] == "offline")
    assert driver.status().health is Health.OFFLINE
    n = len(events)
    host.replug()
    events.wait_for(lambda e: e.kind == "status_changed" and e.data["health"] == "ok", after=n, timeout=5.0)
    emu.present("BACK AGAIN", symbology="Code 128")
    assert events.wait_for(_scanned, after=n).data["payload"] == "BACK AGAIN"
    assert driver.self_test().passed


def test_missing_port_is_offline_with_a_reason() -> None:
    driver = create_driver({"emulated": False, "port": "/nonexistent/ttyUSB9"})
    with pytest.raises(DeviceOffline):
        driver.open()
    try:
        assert driver.status().health is Health.OFFLINE
        assert "cannot open scanner port" in driver.status().reason
        assert not driver.self_test().passed
    finally:
        driver.close()


def test_cli_listen_on_the_emulator(capsys: pytest.CaptureFixture[str]) -> None:
    from devices.cli import main

    assert main(["scanner", "listen", "--count", "2", "--json", "--timeout", "20"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [c["symbology"] for c in out["codes"]] == ["QR", "EAN-13"]
    assert "户籍证明" in out["codes"][0]["payload"]


# -- keyboard wedge (evdev) -----------------------------------------------------------------------
# No input device exists on this machine, so only the key-code-to-text translation is tested.
SHIFT, ENTER, KP_ENTER, ALT, CAPS = 42, 28, 96, 56, 58


def _type(decoder: WedgeDecoder, keys: list[tuple[int, int]]) -> list[str | ScanError]:
    out = []
    for code, value in keys:
        r = decoder.feed(code, value)
        if r is not None:
            out.append(r)
    return out


def _press(code: int) -> list[tuple[int, int]]:
    return [(code, 1), (code, 0)]


def test_wedge_us_layout_with_shift_and_enter() -> None:
    # "Ab1!" + Enter: shift+a, b, 1, shift+1
    keys = [(SHIFT, 1), *_press(30), (SHIFT, 0), *_press(48), *_press(2), (SHIFT, 1), *_press(2), (SHIFT, 0)]
    keys += _press(ENTER)
    assert _type(WedgeDecoder(), keys) == ["Ab1!"]


def test_wedge_url_characters_and_keypad_enter() -> None:
    # "h:/?=" then keypad Enter
    keys = [
        *_press(35),
        (SHIFT, 1),
        *_press(39),
        (SHIFT, 0),
        *_press(53),
        (SHIFT, 1),
        *_press(53),
        (SHIFT, 0),
    ]
    keys += [*_press(13), *_press(KP_ENTER)]
    assert _type(WedgeDecoder(), keys) == ["h:/?="]


def test_wedge_caps_lock_and_key_repeat() -> None:
    keys = [
        *_press(CAPS),
        *_press(30),
        (SHIFT, 1),
        *_press(30),
        (SHIFT, 0),
        *_press(CAPS),
        (31, 1),
        (31, 2),
        (31, 0),
    ]
    assert _type(WedgeDecoder(), [*keys, *_press(ENTER)]) == ["Aass"]


def test_wedge_alt_keypad_gbk_gives_chinese() -> None:
    # 中 is GBK 0xD6D0 = 54992: Alt held, keypad 5 4 9 9 2, Alt released
    keypad = {"5": 76, "4": 75, "9": 73, "2": 80}
    keys = [(ALT, 1)] + [k for d in "54992" for k in _press(keypad[d])] + [(ALT, 0), *_press(ENTER)]
    assert _type(WedgeDecoder(), keys) == ["中"]


def test_wedge_overlong_line_is_typed_error_then_resyncs() -> None:
    decoder = WedgeDecoder(max_line=5)
    out = _type(
        decoder, [k for _ in range(8) for k in _press(30)] + _press(ENTER) + _press(48) + _press(ENTER)
    )
    assert isinstance(out[0], ScanError) and out[1:] == ["b"]


def test_wedge_driver_without_evdev_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    # evdev is pinned and installed; a terminal whose install lost it must still say what is wrong.
    import devices.scanner.evdev as wedge

    monkeypatch.setattr(wedge, "evdev_module", lambda: None)
    driver = create_driver({"mode": "evdev", "device": "/dev/input/event0"})
    assert isinstance(driver, EvdevScanner)
    with pytest.raises(DeviceOffline, match="evdev"):
        driver.open()
    assert "evdev" in driver.status().reason and driver.status().health is Health.OFFLINE
    driver.close()
