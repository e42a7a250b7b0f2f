"""Which camera is behind a device path, checked before it is used.

A UVC camera gives the kernel two nodes: ``videoN`` (index 0, pictures) and ``videoN+1`` (index 1,
UVC metadata, no pictures). Counting indexes therefore lands on a metadata node or on the other
camera; both are reported by :func:`node_problem` instead of being used silently. The facts come from
sysfs (``/sys/class/video4linux/videoN/{name,index}``) and, for a real device node, from the
VIDIOC_QUERYCAP ioctl (whether it can capture video at all).
"""

from __future__ import annotations

import fcntl
import os
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

SYSFS = Path("/sys")
VIDIOC_QUERYCAP = 0x80685600  # _IOR('V', 0, struct v4l2_capability), 104 bytes
_CAPABILITY = struct.Struct("<16s32s32sIII12x")
CAP_VIDEO_CAPTURE = 0x00000001
CAP_VIDEO_CAPTURE_MPLANE = 0x00001000
CAP_META_CAPTURE = 0x00800000
CAP_DEVICE_CAPS = 0x80000000


@dataclass(frozen=True)
class NodeFacts:
    path: str  # the path as configured
    node: str  # what it resolves to, e.g. /dev/video2
    name: str | None = None  # the kernel's name for the camera ("card")
    index: int | None = None  # 0 for a camera's picture node, 1 for its metadata node
    captures: bool | None = None  # VIDIOC_QUERYCAP says it captures video (None: not asked)


def parse_capability(raw: bytes) -> tuple[str, bool]:
    """(card name, can capture video) from a ``struct v4l2_capability``."""
    _driver, card, _bus, _version, caps, device_caps = _CAPABILITY.unpack_from(raw)
    effective = device_caps if caps & CAP_DEVICE_CAPS else caps
    captures = bool(effective & (CAP_VIDEO_CAPTURE | CAP_VIDEO_CAPTURE_MPLANE))
    return card.split(b"\0", 1)[0].decode("utf-8", "replace"), captures


def _querycap(node: str) -> tuple[str, bool] | None:
    try:
        if not stat.S_ISCHR(os.stat(node).st_mode):
            return None
        fd = os.open(node, os.O_RDWR | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        buf = bytearray(_CAPABILITY.size)
        fcntl.ioctl(fd, VIDIOC_QUERYCAP, buf)
        return parse_capability(bytes(buf))
    except OSError:
        return None
    finally:
        os.close(fd)


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None


def node_facts(device: str, sysfs: Path = SYSFS) -> NodeFacts:
    node = os.path.realpath(device)
    base = sysfs / "class" / "video4linux" / os.path.basename(node)
    name = _read(base / "name")
    index_text = _read(base / "index")
    index = int(index_text) if index_text is not None and index_text.isdigit() else None
    cap = _querycap(node)
    if cap is not None:
        name = name or cap[0]
    return NodeFacts(device, node, name, index, None if cap is None else cap[1])


def node_problem(device: str, expect_name: str = "", sysfs: Path = SYSFS) -> str | None:
    """Why ``device`` is not the camera wanted, in words for the technician; None when it is (or
    when nothing can be known, e.g. no sysfs entry)."""
    facts = node_facts(device, sysfs)
    shown = device if facts.node == device else f"{device} ({facts.node})"
    if facts.captures is False or (facts.captures is None and facts.index not in (None, 0)):
        return (
            f"{shown} is a metadata node of camera {facts.name or '?'}, not its picture node: "
            "name the camera by /dev/v4l/by-id/...-video-index0 or its udev symlink"
        )
    if expect_name and facts.name is not None and expect_name.casefold() not in facts.name.casefold():
        return f"{shown} is camera {facts.name!r}, not the expected {expect_name!r}: cameras swapped?"
    return None
