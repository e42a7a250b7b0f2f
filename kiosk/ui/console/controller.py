"""The emulator console: a second window beside the kiosk when every device is emulated, so a newcomer
can play the resident's hands (a card on the reader, a code under the scanner, pages under the camera)
and the technician's (paper, cover, cables). Built only by `kiosk run`; never with real devices."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices

from devices.base import DeviceKind, Driver
from kiosk.assets import CAMERA_SAMPLES
from kiosk.ui.device_bridge import DeviceBridge

log = logging.getLogger(__name__)

ASSETS = CAMERA_SAMPLES
CONSOLE_QML = Path(__file__).with_name("Console.qml")
RESIDENT_MODES = {
    "follows": "the resident follows the face check's prompts by itself",
    "hand": "the resident acts only when you press Blink or Turn",
    "photo": "a photo is held up to the face camera: it never moves",
}
ACTION_WORDS = {"blink": "blink", "turn_left": "turn left", "turn_right": "turn right"}


class ConsoleController(QObject):
    changed = Signal()

    def __init__(self, kiosk: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.kiosk = kiosk
        self._note = ""
        self._hands: Any = None  # kiosk.ui.console.resident.ConsoleHands, once "by hand" is chosen
        self._resident = "follows"
        if kiosk.devices is not None:
            kiosk.devices.statusesChanged.connect(self.changed)
            kiosk.devices.ready.connect(self.changed)
        cert = getattr(kiosk, "cert", None)
        if cert is not None:
            cert.livenessChanged.connect(self.changed)  # what the kiosk asks the resident to do now

    def _driver(self, kind: str) -> Driver | None:
        devices: DeviceBridge | None = self.kiosk.devices
        if devices is None or kind not in set(DeviceKind):
            return None
        return devices.driver(DeviceKind(kind))

    def _emulator(self, kind: str) -> Any:
        return getattr(self._driver(kind), "emulator", None)

    def _say(self, text: str) -> None:
        self._note = text
        self.changed.emit()

    # -- lists ---------------------------------------------------------------------------------------
    def _deck(self) -> list[str]:
        from devices.idcard.deck import DECK

        return sorted(DECK)

    def _pictures(self, folder: str) -> list[str]:
        return sorted(p.name for p in (ASSETS / folder).glob("*.jpg"))

    def _documents(self) -> list[str]:
        return self._pictures("document")

    def _faces(self) -> list[str]:
        return self._pictures("face")

    def _elicense_types(self) -> list[str]:
        catalog = self.kiosk.catalog.catalog
        return [t.code for t in catalog.elicense_types] if catalog is not None else []

    def _statuses(self) -> list[dict[str, Any]]:
        rows = list(self.kiosk.devices.statuses) if self.kiosk.devices is not None else []
        for row in rows:
            row["plugged"] = self._plugged(row["kind"])
        return rows

    def _plugged(self, kind: str) -> bool:
        driver = self._driver(kind)
        host = getattr(driver, "emulator_host", None) or getattr(driver, "emulator", None)
        return bool(getattr(host, "plugged", True))

    def _printer_state(self) -> dict[str, bool]:
        printer = self._emulator(DeviceKind.PRINTER)
        if printer is None:
            return {"paper": False, "cover": False}
        return {"paper": not printer.paper_out, "cover": bool(printer.cover_open)}

    def _note_text(self) -> str:
        return self._note

    # -- the resident's hands ------------------------------------------------------------------------
    @Slot(str)
    def insertCard(self, key: str) -> None:
        reader = self._emulator(DeviceKind.IDCARD)
        if reader is None:
            self._say("ID card reader not ready")
            return
        reader.insert(key)
        self._say(f"card {key} on the reader")

    @Slot()
    def removeCard(self) -> None:
        reader = self._emulator(DeviceKind.IDCARD)
        if reader is not None:
            reader.remove()
            self._say("card removed")

    @Slot(str)
    def presentCode(self, text: str) -> None:
        scanner = self._emulator(DeviceKind.SCANNER)
        if scanner is None or not text:
            self._say("scanner not ready" if scanner is None else "nothing to present")
            return
        try:
            scanner.present(text)
        except Exception as exc:  # unplugged: the port is gone
            self._say(f"scanner: {type(exc).__name__}")
            return
        self._say("code presented to the scanner")

    @Slot(str, str)
    def presentElicense(self, type_code: str, number: str) -> None:
        from kiosk.core.journey.materials import make_elicense_payload

        self.presentCode(
            make_elicense_payload(type_code, number or "EL-DEMO-0001", "DEMO-ISSUER-REF", "示例签发机关")
        )

    @Slot()
    def presentReceipt(self) -> None:
        payload = self.kiosk.app.last_receipt_qr
        if not payload:
            self._say("no receipt yet: submit an application first")
            return
        self.presentCode(payload)

    @Slot(str, str)
    def showPicture(self, kind: str, name: str) -> None:
        camera = self._emulator(kind)
        folder = "document" if kind == DeviceKind.DOCUMENT_CAMERA else "face"
        if camera is None:
            self._say(f"{kind} not ready")
            return
        camera.show(ASSETS / folder / name)
        self._say(f"{kind} shows {name}")

    # -- the resident in front of the face camera -----------------------------------------------------
    @Slot(str)
    def setResident(self, mode: str) -> None:
        """Who stands in front of the emulated face camera during the liveness check: "follows" (acts
        out every prompt by itself), "hand" (acts only when a button below is pressed) or "photo" (a
        picture held up: never moves, the check fails)."""
        cert = getattr(self.kiosk, "cert", None)
        if cert is None or mode not in RESIDENT_MODES:
            self._say("no certification on this kiosk" if cert is None else f"unknown resident {mode!r}")
            return
        self._resident = mode
        cert.cooperative = mode != "photo"
        cert.acting_resident = None
        if mode == "hand":
            from kiosk.ui.console.resident import ConsoleHands, HandActedResident

            hands = self._hands = self._hands or ConsoleHands()
            hands.clear()
            cert.acting_resident = lambda mesh: HandActedResident(mesh, hands)
        self._say(RESIDENT_MODES[mode])

    @Slot(str)
    def act(self, action: str) -> None:
        """The resident blinks or turns their head ("blink", "turn_left", "turn_right"), by hand."""
        from devices.camera.liveness import Challenge

        if self._resident != "hand" or self._hands is None:
            self._say('choose "acts when you press" first')
            return
        try:
            move = Challenge(action)
        except ValueError:
            self._say(f"the resident cannot {action!r}")
            return
        self._hands.act(move)
        cert = self.kiosk.cert
        if not cert.busy:
            self._say(f"{ACTION_WORDS[move]}: start the face check on the kiosk first, it is not watching")
        else:
            self._say(f"{ACTION_WORDS[move]} (done when the kiosk looks for it)")

    def _resident_mode(self) -> str:
        return self._resident

    def _asked(self) -> str:
        """What the kiosk's liveness check asks for now, in words (empty when it is not running)."""
        from devices.camera.liveness import Challenge, Progress, State
        from kiosk.core.words import words

        cert = getattr(self.kiosk, "cert", None)
        if cert is None or not cert.busy or not cert.challenge:
            return ""
        try:
            challenge = Challenge(cert.challenge)
        except ValueError:
            return ""
        step = f"step {cert.challengeIndex + 1} of {cert.challengeCount}"
        asked = Progress(State.ACTING, cert.challengeIndex, challenge).code
        return f"The kiosk asks: {words(asked, 'en')} ({step})"

    # -- the technician's hands ----------------------------------------------------------------------
    @Slot(bool)
    def setPaper(self, loaded: bool) -> None:
        printer = self._emulator(DeviceKind.PRINTER)
        if printer is not None:
            printer.paper_out = not loaded
            self._say("paper loaded" if loaded else "paper out")

    @Slot(bool)
    def setCover(self, open_: bool) -> None:
        printer = self._emulator(DeviceKind.PRINTER)
        if printer is not None:
            printer.cover_open = bool(open_)
            self._say("cover open" if open_ else "cover closed")

    @Slot(str, bool)
    def setPlugged(self, kind: str, plugged: bool) -> None:
        driver = self._driver(kind)
        target = getattr(driver, "emulator_host", None) or getattr(driver, "emulator", None)
        action = getattr(target, "replug" if plugged else "unplug", None)
        if not callable(action):
            self._say(f"{kind} cannot be unplugged")
            return
        action()
        self._say(f"{kind} {'plugged in' if plugged else 'unplugged'}")

    @Slot()
    def openLastReceipt(self) -> None:
        printer = self._emulator(DeviceKind.PRINTER)
        image = printer.last_receipt_image if printer is not None else None
        if image is None:
            self._say("nothing printed yet")
            return
        out = self.kiosk.config.data_dir / "emulator" / "last-receipt.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        image.save(out)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
        self._say(f"receipt picture: {out}")

    deck = Property(list, _deck, constant=True)
    documents = Property(list, _documents, constant=True)
    faces = Property(list, _faces, constant=True)
    elicenseTypes = Property(list, _elicense_types, notify=changed)
    statuses = Property(list, _statuses, notify=changed)
    printer = Property(dict, _printer_state, notify=changed)
    note = Property(str, _note_text, notify=changed)
    resident = Property(str, _resident_mode, notify=changed)
    asked = Property(str, _asked, notify=changed)


def start_console(kiosk: Any) -> Any:
    """Open the console window beside the kiosk (only when every device is emulated)."""
    from PySide6.QtQml import QQmlApplicationEngine

    from kiosk.device_settings import all_emulated

    if kiosk.devices is None or not all_emulated(kiosk.config):
        return None
    engine = QQmlApplicationEngine(kiosk.engine)
    console = ConsoleController(kiosk, parent=engine)
    engine.rootContext().setContextProperty("console", console)
    engine.load(str(CONSOLE_QML))
    if not engine.rootObjects():
        log.error("the emulator console failed to load")
        return None
    return engine
