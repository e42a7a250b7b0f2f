"""What every resident flow's controller does the same way: print on a worker thread, draw the
receipt's QR code, preview a camera. One copy each, so a fix reaches every flow."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickImageProvider

from kiosk.core.journey.receipt import PrintOutcome, ReceiptContent

if TYPE_CHECKING:
    from devices.base import DeviceKind
    from devices.camera.driver import CameraDriver
    from devices.printer.driver import ReceiptPrinter
    from kiosk.core.session import Session
    from kiosk.services import KioskServices
    from kiosk.ui.app_controller import AppController
    from kiosk.ui.catalog_controller import CatalogController
    from kiosk.ui.device_bridge import DeviceBridge
    from kiosk.ui.device_router import DeviceRouter

PREVIEW_WIDTH = 480
PRINTER_OFFLINE = "receipt_printer_offline"


@dataclass(frozen=True)
class ControllerContext:
    """What the app hands every resident-facing controller: the shell, the catalog shown, the
    session, the services (store, help desk), the device router, and the devices (None without)."""

    app: AppController
    catalog: CatalogController
    session: Session
    services: KioskServices
    router: DeviceRouter
    devices: DeviceBridge | None = None

    def camera(self, kind: DeviceKind) -> CameraDriver | None:
        return self.devices.camera(kind) if self.devices is not None else None

    def working_camera(self, kind: DeviceKind) -> CameraDriver | None:
        """The camera only while its health is ok: a flow offers its offline path otherwise."""
        camera = self.camera(kind)
        return camera if camera is not None and str(camera.status().health) == "ok" else None

    def printer(self) -> ReceiptPrinter | None:
        return self.devices.printer() if self.devices is not None else None


def print_in_background(
    driver: ReceiptPrinter | None,
    content: ReceiptContent,
    done: Callable[[PrintOutcome], None],
    name: str = "receipt-print",
) -> threading.Thread:
    """Print ``content`` on a worker thread (a printer can take seconds or time out) and hand the
    outcome to ``done`` there: pass a queued signal's ``emit`` so the store is written on the UI thread.
    Without a driver the outcome is "printer offline"."""

    def work() -> None:
        outcome = PrintOutcome(False, PRINTER_OFFLINE)
        if driver is not None:
            from kiosk.journey_adapters.printer import DevicePrinter

            outcome = DevicePrinter(driver).print_receipt(content)
        done(outcome)

    thread = threading.Thread(target=work, name=name, daemon=True)
    thread.start()
    return thread


def write_qr_png(temp_dir: str | Path | None, payload: str, file_name: str) -> Path | None:
    """The receipt's progress QR code as a picture in the session's temporary folder (wiped with the
    session), for the screen when the paper did not come out. None without a session folder."""
    if temp_dir is None:
        return None
    import qrcode

    path = Path(temp_dir) / file_name
    qrcode.make(payload, border=2, box_size=8).save(str(path))
    return path


class CameraPreview(QQuickImageProvider):
    """A camera's newest frame, scaled down, for a live preview (memory only). ``camera_for`` gets
    the image id (``image://<provider>/<id>``) and answers the camera driver, or None for no picture."""

    def __init__(self, camera_for: Callable[[str], CameraDriver | None]) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self.camera_for = camera_for

    def requestImage(self, image_id: str, size: Any, requested: Any) -> QImage:
        import cv2

        camera = self.camera_for(image_id)
        try:
            frame = camera.latest() if camera is not None else None
        except Exception:
            frame = None
        if frame is None:
            return QImage()
        height, width = frame.shape[:2]
        scaled_height = max(1, int(height * PREVIEW_WIDTH / max(1, width)))
        small = cv2.resize(frame, (PREVIEW_WIDTH, scaled_height), interpolation=cv2.INTER_AREA)
        rgb = cv2.cvtColor(small, cv2.COLOR_BGR2RGB)
        h, w = rgb.shape[:2]
        return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
