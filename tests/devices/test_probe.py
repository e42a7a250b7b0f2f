"""``kiosk-devices probe`` on a machine with no devices, on a fake sysfs/dev tree with the devices a kiosk
has, and the agreement between its USB id list and packaging/udev."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from devices.cli import main
from devices.probe import probe, suggested_config
from devices.usb_ids import KNOWN, identify_usb
from kiosk.config import load_config

RULES = Path(__file__).resolve().parents[2] / "packaging" / "udev" / "70-township-kiosk.rules"


class FakeMachine:
    """A /sys and /dev tree laid out as the kernel and udev lay them out."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.bus = root / "sys" / "bus" / "usb" / "devices"
        self.bus.mkdir(parents=True)
        (root / "dev").mkdir()

    def usb(self, port: str, vendor: str, product: str, name: str, maker: str = "") -> Path:
        real = self.root / "sys" / "devices" / "pci0000:00" / "usb1" / port
        real.mkdir(parents=True)
        attributes = {"idVendor": vendor, "idProduct": product, "product": name, "manufacturer": maker}
        for attr, value in attributes.items():
            (real / attr).write_text(value + "\n")
        (self.bus / port).symlink_to(real)
        (self.bus / f"{port}:1.0").symlink_to(real)  # an interface entry, which probe skips
        return real

    def node(self, dev_path: str, *links: str) -> None:
        node = self.root / dev_path.removeprefix("/")
        node.parent.mkdir(parents=True, exist_ok=True)
        node.write_bytes(b"")
        for link in links:
            path = self.root / link.removeprefix("/")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.symlink_to(node)


@pytest.fixture
def machine(tmp_path: Path) -> FakeMachine:
    m = FakeMachine(tmp_path / "root")
    reader = m.usb("1-1", "1a86", "7523", "USB Serial")
    (reader / "1-1:1.0" / "ttyUSB0" / "tty" / "ttyUSB0").mkdir(parents=True)
    m.node("/dev/ttyUSB0", "/dev/kiosk-idcard", "/dev/serial/by-id/usb-1a86_USB_Serial-if00-port0")
    printer = m.usb("1-2", "0416", "5011", "POS58 Printer", "Xprinter")
    (printer / "1-2:1.0" / "usbmisc" / "lp0").mkdir(parents=True)
    m.node("/dev/usb/lp0", "/dev/kiosk-printer")
    scanner = m.usb("1-3", "1eab", "0d10", "Newland HR20", "Newland")
    (scanner / "1-3:1.0" / "0003:1EAB:0D10.0001" / "input" / "input7" / "event7").mkdir(parents=True)
    m.node("/dev/input/event7", "/dev/kiosk-scanner-hid", "/dev/input/by-id/usb-Newland_HR20-event-kbd")
    camera = m.usb("1-4", "1bcf", "2284", "USB2.0 Face Camera")
    for index, video in ((0, "video0"), (1, "video1")):
        entry = camera / "1-4:1.0" / "video4linux" / video
        entry.mkdir(parents=True)
        (entry / "index").write_text(f"{index}\n")
        (entry / "name").write_text("USB2.0 Face Camera: USB2.0 F\n")
    m.node("/dev/video0", "/dev/kiosk-face-camera", "/dev/v4l/by-id/usb-Sunplus_Face-video-index0")
    m.node("/dev/video1", "/dev/v4l/by-id/usb-Sunplus_Face-video-index1")
    m.usb("1-5", "046d", "c52b", "Unifying Receiver", "Logitech")
    return m


def test_probe_on_a_machine_without_devices_says_so(capsys):
    assert main(["probe"]) == 0
    out = capsys.readouterr().out
    real = probe()
    if not real.usb_bus_found:
        assert "no USB bus found" in out and "emulator" in out
    elif not real.devices:
        assert "no USB devices plugged in" in out


def test_probe_lists_what_is_plugged_in_and_what_it_probably_is(machine, capsys):
    result = probe(machine.root)
    by_ids = {d.ids: d for d in result.devices}
    assert list(by_ids) == ["1a86:7523", "0416:5011", "1eab:0d10", "1bcf:2284", "046d:c52b"]
    assert [d.likely for d in result.devices] == ["idcard", "printer", "scanner", "face_camera", None]
    reader_node = by_ids["1a86:7523"].nodes[0]
    assert (reader_node.path, reader_node.kind) == ("/dev/ttyUSB0", "tty")
    assert reader_node.stable == ("/dev/kiosk-idcard", "/dev/serial/by-id/usb-1a86_USB_Serial-if00-port0")
    camera_nodes = {n.path: n.kind for n in by_ids["1bcf:2284"].nodes}
    assert camera_nodes == {"/dev/video0": "video", "/dev/video1": "metadata"}

    assert main(["probe", "--root", str(machine.root)]) == 0
    out = capsys.readouterr().out
    assert "1eab:0d10  Newland Newland HR20" in out
    assert "metadata /dev/video1" in out
    assert "not a device the kiosk knows" in out  # the mouse receiver


def test_the_suggested_block_loads_as_kiosk_configuration(machine, tmp_path, capsys):
    output = tmp_path / "suggested.toml"
    assert main(["probe", "--root", str(machine.root), "--output", str(output), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["suggested_config"] == output.read_text()
    config = load_config(output, {"HOME": str(tmp_path)})  # validated like a technician's kiosk.toml
    d = config.devices
    assert (d.idcard.emulated, d.idcard.port, d.idcard.baud) == (False, "/dev/kiosk-idcard", 115200)
    assert (d.printer.transport, d.printer.port) == ("usblp", "/dev/kiosk-printer")
    assert (d.scanner.transport, d.scanner.port) == ("hid", "/dev/kiosk-scanner-hid")
    assert (d.face_camera.device, d.face_camera.expect_name) == (
        "/dev/kiosk-face-camera",
        "USB2.0 Face Camera: USB2.0 F",
    )
    assert d.document_camera.emulated  # nothing found for it: it stays on its emulator


def test_nothing_known_plugged_in_suggests_nothing(tmp_path):
    m = FakeMachine(tmp_path / "root")
    m.usb("1-5", "046d", "c52b", "Unifying Receiver", "Logitech")
    assert suggested_config(probe(m.root)) == ""
    assert tomllib.loads(suggested_config(probe(m.root))) == {}


def _rules() -> list[tuple[str, str | None, str]]:
    found = []
    for line in RULES.read_text().splitlines():
        if line.startswith("#") or "idVendor" not in line:
            continue
        vendor = re.search(r'ATTRS\{idVendor\}=="([0-9a-f]{4})"', line)
        product = re.search(r'ATTRS\{idProduct\}=="([0-9a-f]{4})"', line)
        symlink = re.search(r'SYMLINK\+="([^"]+)"', line)
        assert vendor and symlink, line
        found.append((vendor.group(1), product.group(1) if product else None, symlink.group(1)))
    return found


def test_every_udev_rule_names_a_device_the_probe_knows_by_the_same_name():
    rules = _rules()
    assert rules
    for vendor, product, symlink in rules:
        known = identify_usb(vendor, product or "ffff")
        assert known is not None, (vendor, product)
        assert known.udev_name == symlink, (vendor, product, symlink)
        assert known.product == product  # a vendor-wide rule for a vendor-wide entry, exact for exact


def test_every_stable_name_in_the_list_has_its_udev_rule():
    rules = {(v, p, s) for v, p, s in _rules()}
    for known in KNOWN:
        if known.udev_name is not None:
            assert (known.vendor, known.product, known.udev_name) in rules, known
