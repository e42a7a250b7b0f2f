"""USB ids of the devices township kiosks are built with, and what each probably is.

One table for ``kiosk-devices probe`` and for packaging/udev/70-township-kiosk.rules: every rule there
names a vendor (and product) listed here with the same stable name, and tests/devices/test_probe.py
checks that they agree. A USB-serial bridge chip says nothing certain about the device behind it, so
its ``kind`` is the device the udev rules give that chip to, and ``note`` says so.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KnownUsb:
    vendor: str  # four lower-case hex digits
    product: str | None  # None: any product of this vendor
    kind: str  # idcard, scanner, printer, document_camera, face_camera, or camera (either)
    what: str
    udev_name: str | None = None  # the /dev name packaging/udev gives it
    note: str = ""

    def matches(self, vendor: str, product: str) -> bool:
        return self.vendor == vendor.lower() and (self.product is None or self.product == product.lower())


_BRIDGE = "a USB-serial bridge: the device behind it may be of another kind; check with its self-test"

KNOWN: tuple[KnownUsb, ...] = (
    # USB-serial bridges inside readers, scanners and printers (the udev rules' usual assignment)
    KnownUsb("1a86", "7523", "idcard", "WCH CH340 USB-serial bridge (most SAM ID card readers)",
             "kiosk-idcard", _BRIDGE),
    KnownUsb("10c4", "ea60", "scanner", "Silicon Labs CP210x USB-serial bridge (scanners in USB-COM mode)",
             "kiosk-scanner", _BRIDGE),
    KnownUsb("067b", "2303", "printer", "Prolific PL2303 USB-serial bridge (serial receipt printers)",
             "kiosk-printer", _BRIDGE),
    KnownUsb("0403", "6001", "printer", "FTDI FT232 USB-serial bridge (serial receipt printers)",
             "kiosk-printer", _BRIDGE),
    # Scanners (USB-HID keyboard mode by default; most can switch to USB-COM)
    KnownUsb("1eab", None, "scanner", "Newland scanner", "kiosk-scanner-hid"),
    KnownUsb("0c2e", None, "scanner", "Honeywell (Metrologic) scanner", "kiosk-scanner-hid"),
    KnownUsb("05e0", None, "scanner", "Zebra (Symbol) scanner"),
    KnownUsb("05f9", None, "scanner", "Datalogic scanner"),
    # Receipt printers on the USB printer class (/dev/usb/lpN)
    KnownUsb("0416", None, "printer", "Winbond-based POS printer (many Xprinter / Gprinter models)",
             "kiosk-printer"),
    KnownUsb("0483", "5743", "printer", "STM32-based 58 mm POS printer"),
    KnownUsb("28e9", None, "printer", "GigaDevice-based POS printer (newer Xprinter models)"),
    KnownUsb("04b8", None, "printer", "Epson printer (TM series)"),
    KnownUsb("154f", None, "printer", "SNBC printer (BK-T680 kiosk modules)"),
    # Cameras (UVC)
    KnownUsb("0c45", None, "document_camera", "Sonix UVC camera (common in document cameras)",
             "kiosk-document-camera"),
    KnownUsb("1bcf", None, "face_camera", "Sunplus UVC camera (common face cameras)", "kiosk-face-camera"),
    KnownUsb("05a3", None, "camera", "ARC International UVC camera"),
    KnownUsb("0ac8", None, "camera", "Vimicro UVC camera"),
)  # fmt: skip


def identify_usb(vendor: str, product: str) -> KnownUsb | None:
    """The entry for ``vendor:product``, an exact product match before a vendor-wide one."""
    exact = [k for k in KNOWN if k.product is not None and k.matches(vendor, product)]
    return exact[0] if exact else next((k for k in KNOWN if k.matches(vendor, product)), None)
