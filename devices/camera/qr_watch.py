"""Watch a camera for QR codes held up to it and report each one once.

Runs on its own thread (never the UI's), decodes the newest frame with :func:`devices.camera.qr.decode`
at most every ``interval`` seconds (four looks a second are plenty for a code held up by hand, and a
terminal watching all day should not decode fifteen frames a second) and emits a ``code_scanned``
DeviceEvent. A code still in view is not reported again until it has been
out of view for ``repeat_after`` seconds, so a resident holding a phone still does not pay twice.
Payloads can carry personal data: the traffic ring records only their length.
"""

from __future__ import annotations

import threading
import time

from devices.base import DeviceError, DeviceEvent, EventKind, EventSink
from devices.camera import qr
from devices.camera.driver import CameraDriver


class QrWatcher:
    def __init__(
        self,
        driver: CameraDriver,
        on_event: EventSink,
        repeat_after: float = 3.0,
        budget_ms: float = qr.DEFAULT_BUDGET_MS,
        interval: float = 0.25,
    ) -> None:
        self.driver = driver
        self._on_event = on_event
        self.repeat_after = repeat_after
        self.budget_ms = budget_ms
        self.interval = interval
        self._last_seen: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name=f"{self.driver.name}-qr", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=5)
        self._last_seen.clear()

    def _run(self) -> None:
        seq: int | None = None
        while not self._stop.is_set():
            try:
                seq, frame = self.driver.next_frame(timeout=1.0, after=seq)
            except DeviceError:
                continue  # the driver is offline or slow; it recovers by itself
            now = time.monotonic()
            for text in qr.decode(frame, self.budget_ms):
                last = self._last_seen.get(text)
                self._last_seen[text] = now
                if last is None or now - last > self.repeat_after:
                    self.driver.traffic.add("rx", f"QR code read ({len(text)} characters)")
                    data = {"text": text, "via": "camera"}
                    self._on_event(DeviceEvent(self.driver.name, EventKind.CODE_SCANNED, data))
            # Forget codes long out of view so the map cannot grow without bound.
            self._last_seen = {t: s for t, s in self._last_seen.items() if now - s <= self.repeat_after}
            self._stop.wait(self.interval)
