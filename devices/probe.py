"""``kiosk-devices probe``: what is plugged in, what it probably is, and a ``[devices.*]`` block for it.

Reads sysfs directly (``/sys/bus/usb/devices``) rather than through pyudev: the same facts, no extra
dependency, and it works where no udev daemon runs (containers, a rescue system). For each USB device
it lists the device nodes the kernel made (serial ports, video nodes, input event nodes, usblp
printers), the stable names pointing at them (``/dev/kiosk-*`` from packaging/udev, ``/dev/*/by-id``)
and the likely kind from :mod:`devices.usb_ids`. Nothing is opened and nothing is sent to a device.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from devices.usb_ids import KnownUsb, identify_usb

# Where stable names live, best first: the kiosk's own udev names, then the kernel's by-id links.
_STABLE_DIRS = ("", "serial/by-id", "v4l/by-id", "input/by-id")
_KIOSK_PREFIX = "kiosk-"


@dataclass(frozen=True)
class DeviceNode:
    path: str  # /dev/ttyUSB0, /dev/video2, /dev/input/event5, /dev/usb/lp0
    kind: str  # tty, video, metadata, input, usblp
    stable: tuple[str, ...] = ()  # symlinks pointing at it, kiosk names first
    name: str = ""  # the kernel's name for a video node (what a camera's expect_name is matched with)

    @property
    def best(self) -> str:
        return self.stable[0] if self.stable else self.path


@dataclass(frozen=True)
class UsbDevice:
    sysname: str  # e.g. 1-2.3
    vendor: str
    product: str
    manufacturer: str = ""
    name: str = ""
    nodes: tuple[DeviceNode, ...] = ()
    known: KnownUsb | None = None

    @property
    def ids(self) -> str:
        return f"{self.vendor}:{self.product}"

    @property
    def likely(self) -> str | None:
        """The kiosk device kind this probably is (None: not one the kiosk knows)."""
        if self.known is None:
            return None
        if self.known.kind != "camera":
            return self.known.kind
        return "camera"


@dataclass
class ProbeResult:
    devices: list[UsbDevice] = field(default_factory=list)
    usb_bus_found: bool = True

    def summary_lines(self) -> list[str]:
        if not self.usb_bus_found:
            return ["no USB bus found (no /sys/bus/usb): nothing is plugged in that the kiosk could use;",
                    "every device stays on its emulator"]  # fmt: skip
        if not self.devices:
            return ["no USB devices plugged in: every device stays on its emulator"]
        lines = []
        for dev in self.devices:
            label = dev.known.what if dev.known else "not a device the kiosk knows"
            product = " ".join(p for p in (dev.manufacturer, dev.name) if p) or "?"
            lines.append(f"{dev.ids}  {product}  (USB {dev.sysname})")
            lines.append(f"    likely: {label}")
            if dev.known is not None and dev.known.note:
                lines.append(f"    note: {dev.known.note}")
            for node in dev.nodes:
                names = f" = {', '.join(node.stable)}" if node.stable else ""
                lines.append(f"    {node.kind:<8} {node.path}{names}")
        return lines


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


def _stable_names(dev_root: Path, node: str) -> tuple[str, ...]:
    target = os.path.realpath(dev_root / node.removeprefix("/dev/"))
    kiosk: list[str] = []
    others: list[str] = []
    for sub in _STABLE_DIRS:
        folder = dev_root / sub
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if not entry.is_symlink() or os.path.realpath(entry) != target:
                continue
            shown = "/dev/" + str(entry.relative_to(dev_root))
            (kiosk if entry.name.startswith(_KIOSK_PREFIX) else others).append(shown)
    return tuple(kiosk + others)


def _nodes(device_dir: Path, dev_root: Path) -> tuple[DeviceNode, ...]:
    """Device nodes below a USB device in sysfs: its interfaces' tty, video4linux, input, usbmisc."""
    found: list[DeviceNode] = []
    for sub, kind in (("tty", "tty"), ("video4linux", "video"), ("usbmisc", "usblp")):
        for entry in sorted(device_dir.glob(f"*/{sub}/*")) + sorted(device_dir.glob(f"*/*/{sub}/*")):
            name = entry.name
            node_kind = kind
            if kind == "video" and _read(entry / "index") not in ("", "0"):
                node_kind = "metadata"  # a UVC metadata node: never the camera's pictures
            path = f"/dev/usb/{name}" if kind == "usblp" else f"/dev/{name}"
            label = _read(entry / "name") if kind == "video" else ""
            found.append(DeviceNode(path, node_kind, _stable_names(dev_root, path), label))
    events = [*device_dir.glob("*/*/input/input*/event*"), *device_dir.glob("*/input/input*/event*")]
    for entry in sorted(events):
        path = f"/dev/input/{entry.name}"
        found.append(DeviceNode(path, "input", _stable_names(dev_root, path)))
    unique: dict[str, DeviceNode] = {}
    for node in found:
        unique.setdefault(node.path, node)
    return tuple(unique.values())


def probe(root: Path = Path("/")) -> ProbeResult:
    """Walk ``root``/sys and ``root``/dev (a test passes a fake tree)."""
    bus = root / "sys" / "bus" / "usb" / "devices"
    if not bus.is_dir():
        return ProbeResult(usb_bus_found=False)
    result = ProbeResult()
    for entry in sorted(bus.iterdir()):
        if ":" in entry.name or entry.name.startswith("usb"):
            continue  # interfaces and root hubs
        device_dir = entry.resolve()
        vendor, product = _read(device_dir / "idVendor"), _read(device_dir / "idProduct")
        if not vendor:
            continue
        result.devices.append(
            UsbDevice(
                sysname=entry.name,
                vendor=vendor.lower(),
                product=product.lower(),
                manufacturer=_read(device_dir / "manufacturer"),
                name=_read(device_dir / "product"),
                nodes=_nodes(device_dir, root / "dev"),
                known=identify_usb(vendor, product),
            )
        )
    return result


def _block(kind: str, lines: list[str]) -> list[str]:
    return [f"[devices.{kind}]", "emulated = false", *lines, ""]


def suggested_config(result: ProbeResult) -> str:
    """A ``[devices.*]`` block for kiosk.toml covering what was found (empty when nothing was)."""
    out: list[str] = []
    done: set[str] = set()
    cameras: list[UsbDevice] = []
    for dev in result.devices:
        kind = dev.likely
        if kind is None:
            continue
        if kind in ("document_camera", "face_camera", "camera"):
            cameras.append(dev)
            continue
        if kind in done:
            continue
        tty = next((n for n in dev.nodes if n.kind == "tty"), None)
        lp = next((n for n in dev.nodes if n.kind == "usblp"), None)
        event = next((n for n in dev.nodes if n.kind == "input"), None)
        note = f"# {dev.ids} {dev.known.what if dev.known else ''}".rstrip()
        if kind == "idcard" and tty is not None:
            out += _block(kind, [note, f'port = "{tty.best}"', "baud = 115200"])
        elif kind == "scanner" and tty is not None:
            out += _block(kind, [note, 'transport = "serial"', f'port = "{tty.best}"'])
        elif kind == "scanner" and event is not None:
            out += _block(kind, [note, 'transport = "hid"', f'port = "{event.best}"'])
        elif kind == "printer" and lp is not None:
            out += _block(kind, [note, 'transport = "usblp"', f'port = "{lp.best}"', 'model = "pos80"'])
        elif kind == "printer" and tty is not None:
            out += _block(kind, [note, 'transport = "serial"', f'port = "{tty.best}"', 'model = "pos80"'])
        else:
            continue
        done.add(kind)
    slots = ["document_camera", "face_camera"]
    for dev in sorted(cameras, key=lambda d: d.likely != "document_camera"):
        video = next((n for n in dev.nodes if n.kind == "video"), None)
        if video is None or not slots:
            continue
        kind = dev.likely if dev.likely in slots else slots[0]
        slots.remove(kind)
        lines = [f"# {dev.ids} {dev.known.what if dev.known else ''}".rstrip(), f'device = "{video.best}"']
        if video.name:
            lines.append(f'expect_name = "{video.name}"')
        out += _block(kind, lines)
    return "\n".join(out)
