"""Keyboard-wedge scanners, read through an exclusive evdev grab.

A wedge scanner "types" each code as key presses. Reading it as keyboard input through the UI
would need focus tricks and would leak codes into whatever field has focus; an exclusive grab
(EVIOCGRAB) takes the device away from the desktop and gives the key events only to us. The key
codes are translated with the US layout (what scanners emulate by default). Scanners set to
"Alt+keypad" output send Chinese as Alt + decimal GBK code on the keypad; that is decoded too.

The ``evdev`` Python module is pinned (built from source by scripts/bootstrap with gcc and the kernel
headers); if it is missing anyway, or the device node is, the driver says so plainly in its status.

Tested here at the key-code-to-text level (:class:`WedgeDecoder`) and for a missing device node: the
build machine has no input devices and no /dev/uinput to make one.
"""

from __future__ import annotations

import importlib
import select
import threading
from typing import Any

from devices.base import (
    Backoff,
    DeviceKind,
    DeviceOffline,
    Driver,
    EventKind,
    EventSink,
    Health,
    SelfTestResult,
)
from devices.scanner.protocol import Scan, ScanError, split_aim, symbology_for

KEY_UP, KEY_DOWN, KEY_REPEAT = 0, 1, 2
EV_KEY = 0x01
KEY_ENTER, KEY_KPENTER, KEY_TAB = 28, 96, 15
KEY_LEFTSHIFT, KEY_RIGHTSHIFT, KEY_CAPSLOCK = 42, 54, 58
KEY_LEFTALT, KEY_RIGHTALT = 56, 100

# Linux input key codes -> (unshifted, shifted) on the US layout.
_US: dict[int, tuple[str, str]] = {
    **{code: (d, s) for code, d, s in zip(range(2, 12), "1234567890", "!@#$%^&*()", strict=True)},
    12: ("-", "_"), 13: ("=", "+"), 15: ("\t", "\t"),
    **{code: (c, c.upper()) for code, c in zip(range(16, 26), "qwertyuiop", strict=True)},
    26: ("[", "{"), 27: ("]", "}"),
    **{code: (c, c.upper()) for code, c in zip(range(30, 39), "asdfghjkl", strict=True)},
    39: (";", ":"), 40: ("'", '"'), 41: ("`", "~"), 43: ("\\", "|"),
    **{code: (c, c.upper()) for code, c in zip(range(44, 51), "zxcvbnm", strict=True)},
    51: (",", "<"), 52: (".", ">"), 53: ("/", "?"), 57: (" ", " "),
    55: ("*", "*"), 74: ("-", "-"), 78: ("+", "+"), 83: (".", "."), 98: ("/", "/"),
}  # fmt: skip
# Keypad digits: KP7 KP8 KP9 / KP4 KP5 KP6 / KP1 KP2 KP3 / KP0
_KEYPAD_DIGITS = {71: "7", 72: "8", 73: "9", 75: "4", 76: "5", 77: "6", 79: "1", 80: "2", 81: "3", 82: "0"}


class WedgeDecoder:
    """Key events in, finished lines out. Feed ``(code, value)`` of EV_KEY events in order."""

    def __init__(self, max_line: int = 8192, tab_ends_scan: bool = False) -> None:
        self.max_line = max_line
        self.tab_ends_scan = tab_ends_scan  # scanners set to a TAB suffix press TAB instead of Enter
        self._chars: list[str] = []
        self._shift: set[int] = set()
        self._caps = False
        self._alt: set[int] = set()
        self._alt_digits = ""
        self._too_long = False

    def feed(self, code: int, value: int) -> str | ScanError | None:
        """Returns the finished line on Enter, a ScanError for an over-long line, else None."""
        if code in (KEY_LEFTSHIFT, KEY_RIGHTSHIFT):
            (self._shift.add if value != KEY_UP else self._shift.discard)(code)
            return None
        if code in (KEY_LEFTALT, KEY_RIGHTALT):
            if value == KEY_UP:
                self._alt.discard(code)
                if not self._alt:
                    self._finish_alt_code()
            else:
                self._alt.add(code)
            return None
        if value == KEY_UP:
            return None
        if code == KEY_CAPSLOCK and value == KEY_DOWN:
            self._caps = not self._caps
            return None
        if code in (KEY_ENTER, KEY_KPENTER) or (code == KEY_TAB and self.tab_ends_scan):
            return self._finish_line()
        if self._alt and code in _KEYPAD_DIGITS:
            self._alt_digits += _KEYPAD_DIGITS[code]
            return None
        pair = _US.get(code) or ((_KEYPAD_DIGITS[code],) * 2 if code in _KEYPAD_DIGITS else None)
        if pair is None:
            return None  # function keys and the like carry no text
        shifted = bool(self._shift)
        if pair[0].isalpha() and self._caps:
            shifted = not shifted
        return self._append(pair[1] if shifted else pair[0])

    def _append(self, char: str) -> ScanError | None:
        if self._too_long:
            return None
        self._chars.append(char)
        if len(self._chars) > self.max_line:
            self._chars.clear()
            self._too_long = True
            return ScanError(f"no Enter after {self.max_line} characters: discarding until the next one")
        return None

    def _finish_alt_code(self) -> None:
        digits, self._alt_digits = self._alt_digits, ""
        if not digits:
            return
        number = int(digits)
        try:
            if number <= 0xFF:
                char = bytes([number]).decode("cp437" if not digits.startswith("0") else "cp1252")
            else:
                char = number.to_bytes(2, "big").decode("gb18030")  # Alt + GBK code, as Chinese scanners send
        except (UnicodeDecodeError, OverflowError):
            char = "\ufffd"
        self._append(char)

    def _finish_line(self) -> str | None:
        text = "".join(self._chars)
        self._chars.clear()
        if self._too_long:
            self._too_long = False
            return None
        return text or None


def scan_from_text(text: str) -> Scan:
    raw = text.encode("utf-8")
    aim, body = split_aim(raw)
    return Scan(body.decode("utf-8"), symbology_for(aim) if aim else "unknown", aim, "keyboard")


def evdev_module() -> Any | None:
    try:
        return importlib.import_module("evdev")
    except ImportError:
        return None


class EvdevScanner(Driver):
    """A wedge scanner at ``device`` (e.g. /dev/input/by-id/usb-...-event-kbd), grabbed exclusively."""

    kind = DeviceKind.SCANNER

    def __init__(
        self,
        device: str,
        name: str | None = None,
        on_event: EventSink | None = None,
        tab_ends_scan: bool = False,
    ) -> None:
        super().__init__(name, on_event)
        self.device_path = device
        self._decoder = WedgeDecoder(tab_ends_scan=tab_ends_scan)
        self._device: Any = None
        self._stop = threading.Event()
        self._reader: threading.Thread | None = None
        self._backoff = Backoff(first=0.2, cap=1.5)

    @property
    def capabilities(self) -> dict[str, Any]:
        return {
            "mode": "keyboard wedge (evdev exclusive grab, US layout, Alt+keypad GBK)",
            "device": self.device_path,
            "evdev_available": evdev_module() is not None,
        }

    def open(self) -> None:
        if evdev_module() is None:
            reason = (
                "keyboard-wedge scanning needs the Python 'evdev' module, which is not installed; "
                "use the scanner in USB-COM (serial) mode or install python3-evdev"
            )
            self._set_status(Health.OFFLINE, reason)
            raise DeviceOffline(reason)
        if self._reader is None:
            self._stop.clear()
            self._reader = threading.Thread(target=self._run, name=f"{self.name}-evdev", daemon=True)
            self._reader.start()

    def close(self) -> None:
        self._stop.set()
        reader, self._reader = self._reader, None
        if reader is not None and reader is not threading.current_thread():
            reader.join(timeout=5)
        self._release()
        self._set_status(Health.OFFLINE, "closed")

    def self_test(self) -> SelfTestResult:
        ok = self._device is not None
        detail = f"grabbed {self.device_path}" if ok else self.status().reason
        return SelfTestResult(ok, detail, (("exclusive grab", ok, detail),))

    def _grab(self) -> None:
        module = evdev_module()
        assert module is not None
        try:
            device = module.InputDevice(self.device_path)
            device.grab()
        except OSError as exc:
            self._set_status(
                Health.OFFLINE, f"cannot grab {self.device_path}: unplugged, wrong path or no permission"
            )
            raise DeviceOffline(str(exc)) from exc
        self._device = device
        self._backoff.reset()
        self._set_status(Health.OK, f"grabbed {self.device_path}")

    def _release(self) -> None:
        device, self._device = self._device, None
        if device is not None:
            try:
                device.ungrab()
                device.close()
            except OSError:
                pass  # unplugged: nothing to release

    def _run(self) -> None:
        while not self._stop.is_set():
            if self._device is None:
                try:
                    self._grab()
                except DeviceOffline:
                    self._stop.wait(self._backoff.next_delay())
                continue
            try:
                ready, _, _ = select.select([self._device.fd], [], [], 0.2)
                events = list(self._device.read()) if ready else []
            except OSError:
                self._release()
                self._set_status(Health.OFFLINE, "wedge scanner unplugged; retrying")
                continue
            for ev in events:
                if ev.type == EV_KEY:
                    self._handle(self._decoder.feed(ev.code, ev.value))

    def _handle(self, result: str | ScanError | None) -> None:
        if result is None:
            return
        if isinstance(result, ScanError):
            self._emit(EventKind.SCAN_ERROR, reason=result.reason)
            return
        scan = scan_from_text(result)
        self.traffic.add("rx", f"code {scan.symbology}, {len(scan.payload)} characters")
        self._emit(EventKind.CODE_SCANNED, **scan.as_dict())
