"""Each ``[devices.*]`` setting a technician writes in kiosk.toml reaches the driver, and the driver obeys
it against the emulators over the matching transport (pty, the pty opened as a plain usblp-like file,
a loopback socket). Configuration -> kiosk.device_settings -> create_driver, as the kiosk starts."""

from __future__ import annotations

import json
import os
import struct
import termios
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from devices.base import DeviceEvent, DeviceOffline, Health
from devices.camera import v4l2node
from devices.camera.driver import rotate_frame
from devices.document_camera import create_driver as create_document_camera
from devices.face_camera import create_driver as create_face_camera
from devices.idcard import create_driver as create_idcard
from devices.idcard.deck import DECK
from devices.idcard.emulator import SamEmulator
from devices.printer import create_driver as create_printer
from devices.printer.emulator import PrinterEmulator
from devices.printer.profiles import get_profile
from devices.printer.receipt import test_page as printer_test_page
from devices.scanner import create_driver as create_scanner
from devices.scanner.emulator import ScannerEmulator
from devices.transport import PtyEmulatorHost, SocketEmulatorHost
from kiosk.config import ConfigError, load_config
from kiosk.device_settings import manager_settings


class Events:
    def __init__(self) -> None:
        self.items: list[DeviceEvent] = []
        self._cond = threading.Condition()

    def __call__(self, event: DeviceEvent) -> None:
        with self._cond:
            self.items.append(event)
            self._cond.notify_all()

    def wait_for(self, pred: Callable[[DeviceEvent], bool], timeout: float = 5.0) -> DeviceEvent:
        with self._cond:
            assert self._cond.wait_for(lambda: any(pred(e) for e in self.items), timeout), [
                (e.kind, e.data) for e in self.items
            ]
            return next(e for e in self.items if pred(e))


def wait_until(fn: Callable[[], object], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not fn():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.02)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"XDG_DATA_HOME": str(tmp_path / "xdg"), "HOME": str(tmp_path / "home")}


def settings_from(tmp_path: Path, env: dict[str, str], kind: str, toml: str) -> dict[str, Any]:
    """What the device manager hands ``kind``'s driver for a kiosk.toml holding ``toml``."""
    path = tmp_path / "kiosk.toml"
    path.write_text(toml, encoding="utf-8")
    return manager_settings(load_config(path, env))[kind]


# -- scanner --------------------------------------------------------------------------------------------
@pytest.fixture
def scanner_port() -> Iterator[PtyEmulatorHost]:
    with PtyEmulatorHost(ScannerEmulator(), name="scanner") as host:
        yield host


def _open_scanner(settings: dict[str, Any]) -> tuple[Any, Events]:
    events = Events()
    driver = create_scanner(settings, events)
    driver.open()
    return driver, events


@pytest.mark.parametrize(("suffix", "sent"), [("CR", "\r"), ("LF", "\n"), ("CRLF", "\r\n"), ("TAB", "\t")])
def test_serial_scanner_suffix_from_the_file_ends_each_scan(tmp_path, env, scanner_port, suffix, sent):
    toml = f'[devices.scanner]\nemulated = false\nport = "{scanner_port.port}"\nsuffix = "{suffix}"\n'
    driver, events = _open_scanner(settings_from(tmp_path, env, "scanner", toml))
    try:
        scanner_port.emulator.present("A-1", aim=False, suffix=sent)
        scanner_port.emulator.present("B-2", aim=False, suffix=sent)
        events.wait_for(lambda e: e.kind == "code_scanned" and e.data["payload"] == "B-2")
        assert [e.data["payload"] for e in events.items if e.kind == "code_scanned"] == ["A-1", "B-2"]
    finally:
        driver.close()


def test_scanner_without_suffix_ends_a_scan_on_silence(tmp_path, env, scanner_port):
    toml = (
        f'[devices.scanner]\nemulated = false\nport = "{scanner_port.port}"\nsuffix = "none"\ngap_ms = 80\n'
    )
    settings = settings_from(tmp_path, env, "scanner", toml)
    assert settings["gap_s"] == pytest.approx(0.08)
    driver, events = _open_scanner(settings)
    try:
        scanner_port.emulator.present("电子证照 4006381333931", suffix="")
        scan = events.wait_for(lambda e: e.kind == "code_scanned")
        assert (scan.data["payload"], scan.data["symbology"]) == ("电子证照 4006381333931", "QR")
        scanner_port.emulator.present("second", aim=False, suffix="")
        events.wait_for(lambda e: e.kind == "code_scanned" and e.data["payload"] == "second")
    finally:
        driver.close()


def test_scanner_left_on_auto_reports_a_tab_suffix_instead_of_dropping_it_silently(
    tmp_path, env, scanner_port
):
    toml = f'[devices.scanner]\nemulated = false\nport = "{scanner_port.port}"\n'
    driver, events = _open_scanner(settings_from(tmp_path, env, "scanner", toml))
    try:
        scanner_port.emulator.present("123", aim=False, suffix="\t")
        error = events.wait_for(lambda e: e.kind == "scan_error")
        assert 'suffix = "TAB"' in error.data["reason"]
        assert not [e for e in events.items if e.kind == "code_scanned"]
    finally:
        driver.close()


@pytest.mark.parametrize(
    ("encoding", "expected"), [("auto", ("户籍证明", "gb18030")), ("gbk", ("户籍证明", "gb18030"))]
)
def test_scanner_encoding_gbk_payloads(tmp_path, env, scanner_port, encoding, expected):
    toml = f'[devices.scanner]\nemulated = false\nport = "{scanner_port.port}"\nencoding = "{encoding}"\n'
    driver, events = _open_scanner(settings_from(tmp_path, env, "scanner", toml))
    try:
        scanner_port.emulator.present("户籍证明", encoding="gb18030")
        scan = events.wait_for(lambda e: e.kind == "code_scanned")
        assert (scan.data["payload"], scan.data["encoding"]) == expected
    finally:
        driver.close()


def test_scanner_encoding_utf8_only_refuses_gbk(tmp_path, env, scanner_port):
    toml = f'[devices.scanner]\nemulated = false\nport = "{scanner_port.port}"\nencoding = "utf-8"\n'
    driver, events = _open_scanner(settings_from(tmp_path, env, "scanner", toml))
    try:
        scanner_port.emulator.present("户籍证明", encoding="gb18030")
        error = events.wait_for(lambda e: e.kind == "scan_error")
        assert "UTF-8" in error.data["reason"]
    finally:
        driver.close()


def test_hid_scanner_from_the_file_is_the_evdev_driver_on_that_device(tmp_path, env):
    # No /dev/uinput on the build machine (the kernel has no uinput module), so the grab itself is not
    # exercised here; the key translation is tested in test_scanner.py.
    toml = (
        '[devices.scanner]\nemulated = false\ntransport = "hid"\n'
        'port = "/dev/kiosk-scanner-hid"\nsuffix = "TAB"\n'
    )
    driver = create_scanner(settings_from(tmp_path, env, "scanner", toml), None)
    assert type(driver).__name__ == "EvdevScanner"
    assert driver.device_path == "/dev/kiosk-scanner-hid"
    assert driver._decoder.feed(30, 1) is None  # "a"
    assert driver._decoder.feed(15, 1) == "a"  # TAB ends the scan as configured


def _tty_speed(host: PtyEmulatorHost) -> int:
    """The output speed the driver set on the pty, as termios reports it (a real port's baud rate)."""
    fd = os.open(host.pty_path, os.O_RDWR | os.O_NOCTTY)
    try:
        return termios.tcgetattr(fd)[5]
    finally:
        os.close(fd)


def test_scanner_baud_from_the_file_is_set_on_the_port(tmp_path, env, scanner_port):
    toml = f'[devices.scanner]\nemulated = false\nport = "{scanner_port.port}"\nbaud = 115200\n'
    driver, _ = _open_scanner(settings_from(tmp_path, env, "scanner", toml))
    try:
        assert _tty_speed(scanner_port) == termios.B115200
    finally:
        driver.close()


# -- printer --------------------------------------------------------------------------------------------
def _print_and_check(driver: Any, emulator: PrinterEmulator) -> None:
    driver.open()
    try:
        state = driver.print_receipt(printer_test_page(driver.profile))
        assert state.can_print
        wait_until(
            lambda: emulator.receipt_count == 1 or (not driver.profile.cutter and emulator.print_bytes)
        )
        assert not list(emulator.errors)
    finally:
        driver.close()


def test_58mm_preset_from_the_file_prints_32_columns_and_never_cuts(tmp_path, env):
    emulator = PrinterEmulator(get_profile("pos58"))
    with PtyEmulatorHost(emulator, name="printer") as host:
        toml = f'[devices.printer]\nemulated = false\nport = "{host.port}"\nmodel = "xprinter-xp58"\n'
        driver = create_printer(settings_from(tmp_path, env, "printer", toml))
        assert (driver.profile.chars_per_line, driver.profile.paper_width_dots) == (32, 384)
        _print_and_check(driver, emulator)
        assert "cut" not in emulator.commands
        assert emulator.tear_off().width == 384


def test_profile_overrides_from_the_file(tmp_path, env):
    profile = get_profile("pos80")
    emulator = PrinterEmulator(profile)
    with PtyEmulatorHost(emulator, name="printer") as host:
        toml = (
            f'[devices.printer]\nemulated = false\nport = "{host.port}"\nmodel = "pos80"\n'
            'cutter = "no"\ncode_page = 0\n'
        )
        driver = create_printer(settings_from(tmp_path, env, "printer", toml))
        assert not driver.profile.cutter
        emulator.profile = driver.profile  # the real printer has no cutter either
        _print_and_check(driver, emulator)
        assert "cut" not in emulator.commands
        assert emulator.code_page == 0


def test_paper_width_baud_and_chinese_mode_overrides_from_the_file(tmp_path, env):
    emulator = PrinterEmulator(get_profile("pos58"))
    with PtyEmulatorHost(emulator, name="printer") as host:
        toml = (
            f'[devices.printer]\nemulated = false\nport = "{host.port}"\nbaud = 19200\n'
            'model = "gprinter-gp80"\npaper_mm = 58\ncutter = "no"\nchinese_mode = "fs"\n'
        )
        driver = create_printer(settings_from(tmp_path, env, "printer", toml))
        assert (driver.profile.paper_width_dots, driver.profile.chars_per_line) == (384, 32)
        _print_and_check(driver, emulator)
        assert "chinese_on" in emulator.commands and "cut" not in emulator.commands
        assert emulator.tear_off().width == 384
        driver.open()
        try:
            assert _tty_speed(host) == termios.B19200
        finally:
            driver.close()


def test_chinese_mode_always_sends_no_fs_and_and_still_prints_chinese(tmp_path, env):
    emulator = PrinterEmulator(get_profile("epson-tm-t82"))
    with PtyEmulatorHost(emulator, name="printer") as host:
        toml = f'[devices.printer]\nemulated = false\nport = "{host.port}"\nmodel = "epson-tm-t82"\n'
        driver = create_printer(settings_from(tmp_path, env, "printer", toml))
        _print_and_check(driver, emulator)
        assert "chinese_on" not in emulator.commands
        assert driver.render(printer_test_page(driver.profile)).data.find("打印机".encode("gb18030")) >= 0


def test_usblp_printer_is_written_as_a_plain_file_with_status_on_the_back_channel(tmp_path, env):
    emulator = PrinterEmulator(get_profile("gprinter-gp80"))
    with PtyEmulatorHost(emulator, name="usblp") as host:
        toml = (
            f'[devices.printer]\nemulated = false\ntransport = "usblp"\nport = "{host.port}"\n'
            'model = "gprinter-gp80"\n'
        )
        driver = create_printer(settings_from(tmp_path, env, "printer", toml))
        _print_and_check(driver, emulator)
        assert emulator.status_queries >= 4  # DLE EOT 1-4 answered over the same file
        emulator.paper_out = True
        with pytest.raises(Exception, match="paper"):
            driver.open()
            driver.print_receipt(printer_test_page(driver.profile))
        driver.close()


def test_usblp_needs_no_termios_where_serial_fails(tmp_path, env):
    """/dev/null is a character device without termios, like /dev/usb/lp0: pyserial cannot open it."""
    serial_toml = '[devices.printer]\nemulated = false\nport = "/dev/null"\n'
    serial_driver = create_printer(settings_from(tmp_path, env, "printer", serial_toml))
    with pytest.raises(DeviceOffline):
        serial_driver.open()
    serial_driver.close()
    usblp_toml = (
        '[devices.printer]\nemulated = false\ntransport = "usblp"\nport = "/dev/null"\n'
        "status_queries = false\n"
    )
    driver = create_printer(settings_from(tmp_path, env, "printer", usblp_toml))
    driver.open()
    try:
        assert driver.status().health is Health.OK
        assert "not queried" in driver.status().reason
        assert driver.print_receipt(printer_test_page(driver.profile)).can_print
    finally:
        driver.close()


def test_network_printer_from_the_file_over_a_loopback_socket(tmp_path, env):
    emulator = PrinterEmulator(get_profile("snbc-bk-t680"))
    with SocketEmulatorHost(emulator, name="net-printer") as host:
        toml = (
            f'[devices.printer]\nemulated = false\ntransport = "network"\nport = "{host.address}"\n'
            'model = "snbc-bk-t680"\n'
        )
        driver = create_printer(settings_from(tmp_path, env, "printer", toml))
        _print_and_check(driver, emulator)
        assert emulator.receipt_count == 1
        assert "cut" in emulator.commands


@pytest.mark.parametrize("transport", ["usblp", "network"])
def test_usblp_and_network_printers_come_back_after_a_power_cycle(tmp_path, env, transport):
    emulator = PrinterEmulator(get_profile("pos80"))
    host: PtyEmulatorHost | SocketEmulatorHost
    if transport == "usblp":
        host = PtyEmulatorHost(emulator, name="p")
        address = host.port
    else:
        host = SocketEmulatorHost(emulator, name="p")
        address = host.address
    toml = f'[devices.printer]\nemulated = false\ntransport = "{transport}"\nport = "{address}"\n'
    events = Events()
    driver = create_printer(settings_from(tmp_path, env, "printer", toml), events)
    driver.poll_interval = 0.1
    driver.open()
    try:
        assert driver.status().health is Health.OK
        events.items.clear()  # only what follows the power cycle counts
        if isinstance(host, PtyEmulatorHost):
            host.unplug()
        else:
            host.disconnect()
        events.wait_for(lambda e: e.kind == "status_changed" and e.data["health"] == "offline")
        if isinstance(host, PtyEmulatorHost):
            host.replug()
        wait_until(lambda: driver.status().health is Health.OK, timeout=10)
        assert driver.print_receipt(printer_test_page(driver.profile)).can_print
    finally:
        driver.close()
        host.close()


def test_emulated_printer_uses_the_configured_transport(tmp_path, env):
    toml = '[devices.printer]\ntransport = "network"\n'
    driver = create_printer(settings_from(tmp_path, env, "printer", toml))
    assert isinstance(driver.emulator_host, SocketEmulatorHost)
    _print_and_check(driver, driver.emulator)


# -- cameras --------------------------------------------------------------------------------------------
def test_camera_rotation_and_size_from_the_file_apply_to_the_frames(tmp_path, env):
    toml = "[devices.document_camera]\nwidth = 640\nheight = 480\nrotation = 90\n"
    driver = create_document_camera(settings_from(tmp_path, env, "document_camera", toml))
    driver.open()
    try:
        _, frame = driver.next_frame(timeout=5)
        assert frame.shape[:2] == (640, 480)  # 640 wide from the camera, turned upright
        assert driver.self_test().passed
    finally:
        driver.close()


def test_rotation_turns_clockwise() -> None:
    frame = np.zeros((2, 3, 3), np.uint8)
    frame[0, 0] = 255  # top left
    turned = rotate_frame(frame, 90)
    assert turned.shape[:2] == (3, 2)
    assert turned[0, 1].tolist() == [255, 255, 255]  # now top right
    assert rotate_frame(frame, 180)[1, 2].tolist() == [255, 255, 255]


def _fake_v4l(tmp_path: Path, nodes: dict[str, tuple[str, int]]) -> Path:
    """A /dev and /sys tree with ``videoN`` -> (kernel name, index) entries; returns the /dev dir."""
    dev = tmp_path / "dev"
    dev.mkdir()
    for node, (name, index) in nodes.items():
        (dev / node).write_bytes(b"")
        entry = tmp_path / "sys" / "class" / "video4linux" / node
        entry.mkdir(parents=True)
        (entry / "name").write_text(name + "\n")
        (entry / "index").write_text(f"{index}\n")
    return dev


def _camera_settings(tmp_path, env, kind, toml):
    settings = settings_from(tmp_path, env, kind, toml)
    return {**settings, "sysfs": str(tmp_path / "sys")}


def test_a_metadata_node_is_reported_not_used(tmp_path, env):
    dev = _fake_v4l(tmp_path, {"video0": ("HD USB Camera", 0), "video1": ("HD USB Camera", 1)})
    (dev / "kiosk-face-camera").symlink_to(dev / "video1")
    toml = f'[devices.face_camera]\nemulated = false\ndevice = "{dev / "kiosk-face-camera"}"\n'
    driver = create_face_camera(_camera_settings(tmp_path, env, "face_camera", toml))
    with pytest.raises(DeviceOffline, match="metadata node"):
        driver.open()
    driver.close()


def test_the_wrong_camera_is_reported_not_used(tmp_path, env):
    dev = _fake_v4l(tmp_path, {"video2": ("Document Scanner S500", 0)})
    toml = f'[devices.face_camera]\nemulated = false\ndevice = "{dev / "video2"}"\nexpect_name = "Face"\n'
    driver = create_face_camera(_camera_settings(tmp_path, env, "face_camera", toml))
    with pytest.raises(DeviceOffline, match="not the expected 'Face'"):
        driver.open()
    driver.close()


def test_the_right_camera_passes_the_check(tmp_path, env):
    dev = _fake_v4l(tmp_path, {"video2": ("USB2.0 Face Camera", 0)})
    toml = f'[devices.face_camera]\nemulated = false\ndevice = "{dev / "video2"}"\nexpect_name = "face"\n'
    driver = create_face_camera(_camera_settings(tmp_path, env, "face_camera", toml))
    with pytest.raises(DeviceOffline) as caught:
        driver.open()  # the check passes; a plain file is then no camera OpenCV can open
    driver.close()
    assert "metadata" not in caught.value.reason and "expected" not in caught.value.reason


def _v4l2_capability(card: bytes, caps: int, device_caps: int) -> bytes:
    """A ``struct v4l2_capability`` as VIDIOC_QUERYCAP fills it in (104 bytes, little-endian)."""
    raw = struct.pack("<16s32s32sIII12x", b"uvcvideo", card, b"usb-1-2", 0x60800, caps, device_caps)
    assert len(raw) == 104
    return raw


def test_querycap_tells_a_picture_node_from_a_metadata_node():
    every_node = v4l2node.CAP_VIDEO_CAPTURE | v4l2node.CAP_META_CAPTURE | v4l2node.CAP_DEVICE_CAPS
    picture = _v4l2_capability(b"USB2.0 Face Camera", every_node, v4l2node.CAP_VIDEO_CAPTURE)
    metadata = _v4l2_capability(b"USB2.0 Face Camera", every_node, v4l2node.CAP_META_CAPTURE)
    assert v4l2node.parse_capability(picture) == ("USB2.0 Face Camera", True)
    assert v4l2node.parse_capability(metadata) == ("USB2.0 Face Camera", False)
    # an old driver without per-node caps: the device-wide caps decide
    assert v4l2node.parse_capability(_v4l2_capability(b"cam", v4l2node.CAP_VIDEO_CAPTURE, 0))[1] is True


def test_camera_index_and_fourcc_from_the_file(tmp_path, env):
    toml = '[devices.document_camera]\nemulated = false\ncamera_index = 3\nfourcc = "YUYV"\n'
    driver = create_document_camera(settings_from(tmp_path, env, "document_camera", toml))
    assert (driver.source.device, driver.source.node, driver.source.fourcc) == (3, "/dev/video3", "YUYV")
    assert driver.capabilities["source"] == "UVC camera 3 1280x960 YUYV"


def test_camera_device_defaults_to_the_udev_name(tmp_path, env):
    settings = settings_from(tmp_path, env, "face_camera", "[devices.face_camera]\nemulated = false\n")
    assert settings["device"] == "/dev/kiosk-face-camera"
    assert "camera_index" not in settings


# -- ID card reader ---------------------------------------------------------------------------------
def test_idcard_port_and_baud_from_the_file(tmp_path, env):
    emulator = SamEmulator()
    with PtyEmulatorHost(emulator, name="idcard") as host:
        toml = f'[devices.idcard]\nemulated = false\nport = "{host.port}"\nbaud = 57600\n'
        reader = create_idcard({**settings_from(tmp_path, env, "idcard", toml), "poll": False}, None)
        reader.open()
        try:
            assert (reader.port, reader.baudrate) == (host.port, 57600)
            assert _tty_speed(host) == termios.B57600
            emulator.insert(next(iter(DECK)))
            assert reader.read_card().card.name
        finally:
            reader.close()


def test_idcard_probe_finds_the_reader_and_skips_silent_and_configured_ports(tmp_path, env):
    with (
        PtyEmulatorHost(SamEmulator(), name="idcard") as reader_port,
        PtyEmulatorHost(ScannerEmulator(), name="silent") as silent,
        PtyEmulatorHost(SamEmulator(), name="printer-port") as printer_port,
    ):
        toml = (
            f'[devices.idcard]\nemulated = false\nprobe_ports = ["{tmp_path}/absent*", "{silent.port}", '
            f'"{printer_port.port}", "{reader_port.port}"]\n'
            f'[devices.printer]\nemulated = false\nport = "{printer_port.port}"\n'
        )
        reader = create_idcard({**settings_from(tmp_path, env, "idcard", toml), "poll": False}, None)
        reader.open()
        try:
            assert reader.port == reader_port.port
            assert reader.status().health is Health.OK
            report = reader.probe_report
            assert report is not None and report.baudrate == 115200
            assert report.tried == (f"{silent.port}: silent at 115200/57600/38400/19200/9600 baud",)
            assert reader.capabilities["probed"].startswith(f"SAM reader found at {reader_port.port}")
        finally:
            reader.close()


def test_idcard_probe_says_where_it_looked_when_nothing_answers(tmp_path, env):
    with PtyEmulatorHost(ScannerEmulator(), name="silent") as silent:
        toml = f'[devices.idcard]\nemulated = false\nprobe_ports = ["{silent.port}"]\n'
        reader = create_idcard({**settings_from(tmp_path, env, "idcard", toml), "poll": False}, None)
        with pytest.raises(DeviceOffline, match="no ID card reader answered") as caught:
            reader.open()
        reader.close()
        assert f"{silent.port}: silent" in caught.value.reason


def test_a_reader_plugged_in_after_a_failed_probe_is_found_by_a_later_probe(tmp_path, env):
    link = tmp_path / "ttyUSB-reader"
    toml = f'[devices.idcard]\nemulated = false\nprobe_ports = ["{tmp_path}/ttyUSB*"]\n'
    reader = create_idcard({**settings_from(tmp_path, env, "idcard", toml), "poll": False}, None)
    reader.probe_retry = 0.3
    with pytest.raises(DeviceOffline, match="no candidate port exists"):
        reader.open()
    try:
        with PtyEmulatorHost(SamEmulator(), name="late") as host:
            link.symlink_to(host.port)
            wait_until(lambda: reader.status().health is Health.OK, timeout=10)
            assert reader.port == str(link)
    finally:
        reader.close()


def test_a_probed_reader_that_moves_to_another_port_is_found_again(tmp_path, env):
    first, second = tmp_path / "ttyUSB0", tmp_path / "ttyUSB1"
    toml = f'[devices.idcard]\nemulated = false\nprobe_ports = ["{tmp_path}/ttyUSB*"]\n'
    with (
        PtyEmulatorHost(SamEmulator(), name="before") as before,
        PtyEmulatorHost(ScannerEmulator(), name="scanner-now") as scanner,
        PtyEmulatorHost(SamEmulator(), name="after") as after,
    ):
        first.symlink_to(before.port)
        reader = create_idcard(settings_from(tmp_path, env, "idcard", toml), None)  # polling, as in the kiosk
        reader.open()
        try:
            assert reader.port == str(first)
            # Replugged: the reader comes back as ttyUSB1 and the scanner takes ttyUSB0.
            first.unlink()
            first.symlink_to(scanner.port)
            second.symlink_to(after.port)
            before.unplug()
            wait_until(lambda: reader.port == str(second) and reader.status().health is Health.OK, timeout=15)
        finally:
            reader.close()


# -- validation -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        ('[devices.scanner]\ntransport = "usb"\n', "devices.scanner.transport", "'serial', 'hid'"),
        ('[devices.scanner]\nsuffix = "ETX"\n', "devices.scanner.suffix", "'TAB', 'none'"),
        ('[devices.scanner]\ntransport = "hid"\nsuffix = "none"\n', "devices.scanner.suffix", "HID"),
        ('[devices.scanner]\nencoding = "big5"\n', "devices.scanner.encoding", "'gbk'"),
        ("[devices.scanner]\ngap_ms = 5\n", "devices.scanner.gap_ms", "from 10 to 2000"),
        ('[devices.scanner]\nport = "ttyUSB0"\n', "devices.scanner.port", "absolute path"),
        ('[devices.scanner]\ntransport = "hid"\nport = "a://b"\n', "devices.scanner.port", "input device"),
        ('[devices.printer]\ntransport = "lpt"\n', "devices.printer.transport", "'usblp'"),
        ('[devices.printer]\nmodel = "tm-foo"\n', "devices.printer.model", "model preset"),
        ("[devices.printer]\npaper_mm = 76\n", "devices.printer.paper_mm", "58 or 80"),
        ('[devices.printer]\ncutter = "maybe"\n', "devices.printer.cutter", "'yes', 'no'"),
        ("[devices.printer]\ncode_page = 256\n", "devices.printer.code_page", "-1 to 255"),
        (
            '[devices.printer]\ntransport = "network"\nport = "/dev/usb/lp0"\n',
            "devices.printer.port",
            "host:9100",
        ),
        ('[devices.printer]\ntransport = "usblp"\nport = "lp0"\n', "devices.printer.port", "/dev/usb/lp0"),
        ("[devices.face_camera]\nrotation = 45\n", "devices.face_camera.rotation", "0, 90, 180, 270"),
        ("[devices.face_camera]\nrotation = true\n", "devices.face_camera.rotation", "0, 90, 180, 270"),
        ('[devices.face_camera]\nfourcc = "MJPEG"\n', "devices.face_camera.fourcc", "four characters"),
        (
            '[devices.face_camera]\ndevice = "/dev/video0"\ncamera_index = 0\n',
            "devices.face_camera.camera_index",
            "name the camera one way",
        ),
        ('[devices.idcard]\nprobe_ports = ["ttyUSB*"]\n', "devices.idcard.probe_ports", "absolute paths"),
        ("[devices.idcard]\nbaud = 300\n", "devices.idcard.baud", "from 1200"),
    ],
)
def test_bad_device_settings_name_the_key_and_the_file(tmp_path, env, text, key, expected):
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path, env)
    assert caught.value.key == key
    assert caught.value.path == path
    assert str(path) in str(caught.value) and expected in str(caught.value)


@pytest.mark.parametrize(
    "text",
    [
        "[devices.scanner]\ncamera_index = 1\n",
        '[devices.printer]\nsuffix = "CR"\n',
        '[devices.idcard]\nmodel = "x"\n',
    ],
)
def test_keys_of_another_device_are_still_refused(tmp_path, env, text):
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown key"):
        load_config(path, env)


# -- the technician's CLI reads the same file --------------------------------------------------------
def test_kiosk_devices_reads_kiosk_toml_as_the_kiosk_does(tmp_path, capsys):
    from kiosk.devices_cli import main  # the installed kiosk-devices

    path = tmp_path / "kiosk.toml"
    path.write_text('[devices.printer]\nemulated = false\ntransport = "usblp"\nport = "/dev/usb/lp0"\n')
    assert main(["--config", str(path), "--json", "list"]) == 0
    rows = {row["kind"]: row["source"] for row in json.loads(capsys.readouterr().out)}
    assert rows["printer"] == "/dev/usb/lp0" and rows["scanner"] == "emulator"
    path.write_text('[devices.printer]\nmodel = "nope"\n')
    with pytest.raises(SystemExit, match=r"devices\.printer\.model"):
        main(["--config", str(path), "list"])
