"""`kiosk-tools simulate --journey NAME [--count N]`: whole journeys through the real app, offscreen, on the
emulated devices, as a resident would walk them (the guide's start button, a card on the reader, pages
under the document camera, an e-licence QR under the scanner, a signature, the receipt, a rating).

For demos, training and soak runs. Each journey prints its acceptance number and where the receipt
picture was written. Also used by ``kiosk-tools screenshots`` (:func:`reach`) to show each journey step.

``certification`` (the emulated resident acts out the liveness prompts), ``certification-fallback``
(they never do, like a photo: three failed tries, then a home-visit request) and ``home-visit`` (a
family member asks for one) run in a scratch data directory against a reference platform on
127.0.0.1: the kiosk syncs, the platform's staff decide (approve, schedule), the kiosk syncs again and
the line printed says what the progress lookup then shows (``certified``, ``visit-scheduled``).

``progress`` submits a simple application, then looks it up by ID card and by the receipt's QR code,
printing a status slip each time; ``complaint`` files a complaint with a contact phone.

``all-matters`` walks every matter of the catalog through the journey core on a scratch store
(:mod:`kiosk.tools.matter_walk`): each reaches its receipt or a window-only answer with its 一次性告知单.

``query-print`` and ``query-print-offline`` query 社保参保证明 and print it through a throwaway cupsd
(:mod:`kiosk.tools.query_print_walk`); the PDF out of the virtual printer is checked against the platform.

``touches`` presses the named buttons a resident would, from the card on the reader to the rating
(:mod:`kiosk.tools.touch_walk`), and prints the touches (typing key by key) and the screens of the
simplest matter and 城乡居民基本养老保险参保登记, standard and 长辈版.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.assets import DOCUMENT_SAMPLES, FACE_SAMPLES
from kiosk.config import load_config

ASSETS = DOCUMENT_SAMPLES
JOURNEYS = ("simple", "deferred", "proxy", "bundle", "elicense")
# Walked by :func:`walk_certification`, synced with a reference platform on 127.0.0.1
CERT_JOURNEYS = ("certification", "certification-fallback", "home-visit")
# 查询进度 after a simple submission (by card, by the receipt QR, a status slip each) and 有诉即办
SERVICE_JOURNEYS = ("progress", "complaint")
# every matter of the catalog through the journey core (kiosk.tools.matter_walk), no screens
ALL_MATTERS = "all-matters"
# touches counted on the real screens (kiosk.tools.touch_walk): the simplest matter and 参保登记
TOUCHES = "touches"
# 查询打印 through a reference platform and a throwaway cupsd (kiosk.tools.query_print_walk)
QUERY_PRINT_JOURNEYS = ("query-print", "query-print-offline")
FACES = FACE_SAMPLES
ELDER_CARD = "lisi_for_life"  # born 1950: a pensioner
HELPER_CARD = "zhangsan"

# Values for the patterns the demo catalog's forms use; anything else gets plain text.
_PATTERNS = {
    "^[A-Z][0-9]{9}$": "A123456789",
    "^[0-9A-HJ-NPQRTUWXY]{18}$": "91411523MA4ABCDE12",
    "^[A-Z0-9]{9}$": "A12345678",
    "^[0-9]{12,19}$": "6217000000001234567",
    "^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$": "13812345678",
}


def _principal_id() -> str:
    from kiosk.core.journey.identity import id_check_char

    first = "41152319450303002"
    return first + id_check_char(first)


def value_for(f: Any) -> Any:
    """A valid answer for a form field of the demo catalog (what a careful resident would type)."""
    kind, v = f.type.value, f.validation
    if kind in ("text", "address"):
        if v and v.pattern:
            if v.pattern == "^[0-9]{17}[0-9X][1-7][1-4]$":
                return _principal_id() + "11"
            return _PATTERNS.get(v.pattern, "A123456789")
        text = "青石镇人民路十八号" if kind == "address" else "测试内容"
        while v and v.min_length and len(text) < v.min_length:
            text += text
        return text[: v.max_length if v and v.max_length else 50]
    if kind == "number":
        lo = v.min if v and v.min is not None else 1
        hi = v.max if v and v.max is not None else lo + 10
        return math.ceil(max(lo, min(hi, 2)))
    if kind == "date":
        return "2020-01-15"
    if kind == "choice":
        return f.options[0].value
    if kind == "multichoice":
        return [f.options[0].value]
    if kind == "phone":
        return "13812345678"
    if kind == "id_number":
        return _principal_id()
    n = max(1, v.min_items or 0) if v else 1
    return [{sub.key: value_for(sub) for sub in f.fields} for _ in range(n)]


def signature_strokes() -> list[list[tuple[float, float]]]:
    first = [(40 + i * 10.0, 120 + 40 * math.sin(i / 3)) for i in range(40)]
    second = [(100 + i * 8.0, 80 + 20 * math.cos(i / 2)) for i in range(30)]
    return [first, second]


# --------------------------------------------------------------------------- which matter


def _required(m: Any) -> list[Any]:
    return [x for x in m.materials if x.necessity.value == "required"]


def _plain(m: Any) -> bool:
    return (
        m.terminal_handling
        and m.kind.value == "application"
        and m.face_verification.value == "none"
        and m.form is not None
        and len(m.form.fields) >= 3
        and not any(x.deferrable or x.commitment_allowed for x in m.materials)
        and any(not x.elicense_types for x in _required(m))
    )


def _deferred(m: Any) -> bool:
    return (
        m.terminal_handling
        and m.face_verification.value == "none"
        and m.promised_limit.value > 0
        and any(x.deferrable for x in m.materials)
        and any(x.commitment_allowed for x in m.materials)
    )


def _elicense(m: Any) -> bool:
    return (
        m.terminal_handling
        and m.face_verification.value == "none"
        and any(set(x.elicense_types) - {"resident_id"} for x in _required(m))
    )


def _proxy(m: Any) -> bool:
    return _plain(m) and m.proxy_allowed


def _face(m: Any) -> bool:
    return bool(m.terminal_handling and m.face_verification.value != "none")


def pick(catalog: Any, journey: str) -> tuple[str, str]:
    """("matter" | "bundle", code) for a journey name."""
    if journey == "bundle":
        for b in catalog.bundles:
            members = catalog.matters_of_bundle(b.code)
            if members and all(m.terminal_handling and m.face_verification.value == "none" for m in members):
                return "bundle", b.code
        raise LookupError("no bundle in the catalog can be done wholly at the terminal")
    test = {"simple": _plain, "deferred": _deferred, "elicense": _elicense, "proxy": _proxy, "face": _face}[
        journey
    ]
    for m in catalog.matters:
        if test(m):
            return "matter", m.code
    raise LookupError(f"no matter in the catalog fits the {journey!r} journey")


# --------------------------------------------------------------------------- walking


class Walker:
    """Drives one kiosk the way a resident would. ``wait(pred)`` pumps the Qt event loop."""

    def __init__(self, kiosk: Any, wait: Callable[[Callable[[], bool]], None] | None = None) -> None:
        self.k = kiosk
        self.ctl = kiosk.journey
        self.wait = wait or self._wait

    def _wait(self, pred: Callable[[], bool], timeout: float = 15.0) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.k.qt_app.processEvents()
            if pred():
                return
            time.sleep(0.005)
        raise TimeoutError(f"the journey did not move on (step {self.ctl.step!r}: {self.ctl.message!r})")

    def driver(self, kind: str) -> Any:
        manager = getattr(self.k.devices, "manager", None)
        return manager.driver(kind) if manager is not None else None

    def on_screen(self) -> bool:
        """The step's screen is showing (screens follow steps in the next turn of the event loop)."""
        from kiosk.core.flows import Flow, screen_for

        return self.k.app.screen == screen_for(Flow.APPLICATION, self.ctl.step) if self.ctl.step else True

    @property
    def j(self) -> Any:
        return self.ctl.journey

    def begin(self, journey: str, card: str = "zhangsan") -> None:
        kind, code = pick(self.k.catalog.catalog, journey)
        self.k.app.start()
        if kind == "bundle":
            self.ctl.startBundle(code)
        else:
            self.k.catalog.openGuide(code)
            self.k.app.go("guide")
            self.ctl.start(code)
        if journey == "proxy":
            self.ctl.setProxy(True)
        self.insert_card(card)

    def take_card_and_finish(self) -> None:
        """The finish screen (办理完成): lift the card off the reader, then touch 完成."""
        from kiosk.ui.journey_ending import DONE_SCREEN

        self.wait(lambda: self.k.app.screen in (DONE_SCREEN, "attract"))
        if self.k.app.screen != DONE_SCREEN:
            return
        reader = self.driver("idcard")
        if reader is not None and reader.emulator is not None:
            reader.emulator.remove()
            self.wait(lambda: not self.ctl.cardOnReader)
        self.ctl.finishTouched()

    def insert_card(self, key: str) -> None:
        reader = self.driver("idcard")
        if reader is not None and reader.emulator is not None:
            reader.emulator.insert(key)
            self.wait(lambda: self.ctl.step not in ("", "identify") and self.on_screen())
            return
        from devices.idcard.deck import DECK
        from kiosk.journey_adapters.devices import card_data

        self.ctl.identify(card_data(DECK[key].data))

    def _page(self) -> Any:
        """A page straight from the sample pictures when no camera runs (screenshots)."""
        import cv2

        from devices.camera.document import crop_document
        from kiosk.journey_adapters.devices import scanned_page

        frame: Any = cv2.imread(str(ASSETS / "form_straight.jpg"))
        return scanned_page(crop_document(frame))

    def scan(self, code: str) -> None:
        camera = self.driver("document_camera")
        if camera is not None and camera.emulator is not None:
            camera.emulator.show(ASSETS / "form_straight.jpg")
            self.wait(lambda: self.ctl.scan(code))
        else:
            self.j.materials.add_page(code, self._page())
            self.ctl.materialsChanged.emit()

    def proxy(self) -> None:
        camera = self.driver("document_camera")
        if camera is not None and camera.emulator is not None:
            camera.emulator.show(ASSETS / "form_straight.jpg")
            self.wait(self.ctl.scanAuthorization)
        else:
            self.ctl._authorization.append(self._page())
        if not self.ctl.submitProxy("王秀英", _principal_id(), "13900001111", "child"):
            raise RuntimeError(f"proxy details refused: {self.ctl.formErrors}")

    def face(self) -> None:
        self.ctl.faceConsent(False)  # the alternative path: staff verify

    def form(self) -> None:
        j = self.j
        for f in j.form.fields:
            if f.key not in j.values:
                self.ctl.setField(f.key, value_for(f))
        if not self.ctl.submitForm():
            raise RuntimeError(f"form refused: {self.ctl.formErrors}")

    def materials(self, journey: str) -> None:
        step = self.j.materials
        for c in step.cards:
            if step.handling(c.code) is not None:
                continue
            if journey == "deferred" and c.deferrable and not step.deferred_items():
                self.ctl.defer(c.code)
            elif journey == "deferred" and c.commitment_allowed:
                self.ctl.promise(c.code, signature_strokes(), 600, 240, True)
            elif journey == "elicense" and set(c.elicense_types) - {"resident_id"}:
                self.elicense(c)
            elif c.required:
                self.scan(c.code)

    def elicense(self, card: Any) -> None:
        from kiosk.core.journey.materials import make_elicense_payload

        el_type = next(t for t in card.elicense_types if t != "resident_id")
        payload = make_elicense_payload(el_type, "EL-2026-0042", "ISSUER-REF-42", "豫南县公安局")
        self.ctl.expectQr(card.code)
        scanner = self.driver("scanner")
        if scanner is not None and scanner.emulator is not None:
            scanner.emulator.present(payload)
            self.wait(lambda: self.j.materials.handling(card.code) is not None)
        else:
            self.ctl.elicenseQr(card.code, payload)

    def until(self, journey: str, stop: str = "end") -> None:
        """Walk on from wherever the journey is, up to the step ``stop``."""
        for _ in range(20):
            step = self.ctl.step
            if step == "" and stop == "end":
                self.take_card_and_finish()
                return
            if step == stop or step == "":
                return
            if step == "proxy":
                self.proxy()
            elif step in ("face_consent", "face"):
                self.face()
            elif step == "form":
                self.form()
            elif step == "materials":
                self.materials(journey)
                if stop == "materials":
                    return
                self.ctl.finishMaterials()
            elif step == "sign":
                self.ctl.sign(signature_strokes(), 600, 240)
            elif step == "review":
                self.ctl.submit()
                self.wait(lambda: self.ctl.step == "rate" and not self.ctl.busy)
            elif step == "rate":
                self.ctl.showRating()
                if stop == "rate":
                    return
                self.ctl.rate(5, {"efficiency": 5, "service": 5, "attitude": 5}, [], "", "")
            if self.ctl.step == step and step not in ("rate",):
                raise RuntimeError(f"stuck at {step}: {self.ctl.message}")
        raise RuntimeError("the journey did not end")


def reach(kiosk: Any, step: str, journey: str = "simple") -> None:
    """For screenshots: a journey on the demo card, up to ``step`` and its screen. Without devices
    nothing prints, so "receipt" shows the unprinted receipt and "rate" moves on to the rating."""
    w = Walker(kiosk)
    kind, code = pick(kiosk.catalog.catalog, journey)
    kiosk.app.start()
    if kind == "bundle":
        kiosk.journey.startBundle(code)
    else:
        kiosk.catalog.openGuide(code)
        kiosk.app.go("guide")
        kiosk.journey.start(code)
    if step == "identify":
        return
    if journey == "proxy":
        kiosk.journey.setProxy(True)
    w.insert_card("zhangsan")
    w.until(journey, "rate" if step == "receipt" else step)
    if step == "rate":
        kiosk.journey.showRating()


# --------------------------------------------------------------------------- the command


def _receipt_picture(walker: Walker, out_dir: Path, acceptance_no: str) -> Path | None:
    printer = walker.driver("printer")
    image = printer.emulator.last_receipt_image if printer is not None and printer.emulator else None
    if image is None:
        return None
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"receipt-{acceptance_no}.png"
    image.save(path)
    return path


# --------------------------------------------------------------------------- certification


def _swap_card(walker: Walker, key: str, pred: Callable[[], bool]) -> None:
    reader = walker.driver("idcard")
    reader.emulator.remove()
    reader.emulator.insert(key)
    walker.wait(pred)


def walk_certification(kiosk: Any, walker: Walker, journey: str) -> str:
    """One certification, certification-fallback or home-visit walk on the emulators; returns the
    acceptance number of what was queued. The emulated face camera shows a sample portrait; the
    emulated "resident" acts out the liveness prompts, or (fallback) never does, like a photo."""
    cert = kiosk.cert
    camera = walker.driver("face_camera")
    camera.emulator.show(FACES / "astronaut_portrait.jpg")
    cooperative = journey == "certification"
    cert.cooperative = cooperative
    # The emulated resident acts within a second; a photo never does, so its steps time out soon (the
    # emulated camera's clock counts frames, and each frame costs a face detection).
    cert.step_timeout = 4.0 if cooperative else 0.5
    kiosk.app.start()
    if journey == "home-visit":
        cert.startHomeVisit()
        _swap_card(walker, HELPER_CARD, lambda: cert.step == "visit-resident")
        _swap_card(walker, ELDER_CARD, lambda: cert.step == "visit-details")
        code = next(m.code for m in kiosk.catalog.catalog.matters if m.is_certification)
        if not cert.submitVisit("青石镇东湖村三组12号", "13800001111", code, "child", "卧床"):
            raise RuntimeError(f"home-visit details refused: {cert.errors}")
    else:
        cert.startCertification()
        _swap_card(walker, ELDER_CARD, lambda: cert.step == "consent")
        cert.consent(True)
        walker.wait(lambda: cert.step == "liveness")
        for _ in range(3):
            cert.startLiveness()
            walker.wait(lambda: not cert.busy)
            if cert.step != "liveness":
                break
        if not cooperative:
            if cert.step != "fallback":
                raise RuntimeError(f"expected the fallback, at {cert.step}: {cert.message}")
            cert.chooseHomeVisit()
            walker.wait(lambda: cert.step == "visit-details")
            if not cert.submitVisit("青石镇东湖村三组12号", "13800001111", "", "", "卧床，行动不便"):
                raise RuntimeError(f"home-visit details refused: {cert.errors}")
    walker.wait(lambda: cert.step in ("rate", "visit-receipt") and not cert.busy)
    acceptance_no = str(cert.receipt["acceptanceNo"])
    if cert.step == "rate":
        cert.rate(5)
    else:
        cert.finishVisit()
    walker.wait(lambda: kiosk.app.screen == "attract")
    walker.driver("idcard").emulator.remove()
    return acceptance_no


def reach_certification(kiosk: Any, step: str) -> None:
    """For screenshots (no devices): a certification or home-visit request up to ``step``:
    identify, principal, consent, liveness, fallback, receipt; visit-identify, visit-resident,
    visit-details, visit-receipt. The face check's result is handed over as the worker would."""
    import cv2

    from devices.idcard.deck import DECK
    from kiosk.journey_adapters.devices import card_data, face_jpeg
    from kiosk.journey_adapters.liveness import ChallengeResult

    cert = kiosk.cert
    elder, helper = card_data(DECK[ELDER_CARD].data), card_data(DECK[HELPER_CARD].data)

    def printed() -> None:
        end = time.monotonic() + 10
        while cert.busy and time.monotonic() < end:
            kiosk.qt_app.processEvents()
            time.sleep(0.005)

    kiosk.app.start()
    if step.startswith("visit-"):
        cert.startHomeVisit()
        for card in (helper, elder):
            if step == cert.step:
                return
            cert._card(card)
            kiosk.qt_app.processEvents()
        if step == "visit-receipt":
            cert.submitVisit("青石镇东湖村三组12号", "13800001111", cert.visitReasons[0]["code"], "child", "")
            printed()
        return
    cert.startCertification()
    if step == "identify":
        return
    if step == "principal":
        cert.setProxy(True)
        cert._card(helper)
        return
    cert._card(elder)
    if step == "consent":
        return
    if step == "fallback":
        cert.consent(False)
        return
    cert.cert.consent(True)  # the core itself: no face camera when rendering screenshots
    if step == "liveness":
        cert._busy, cert._challenge_count = True, 2
        cert._on_step_seen(0, "blink", "acting")
        return
    frame = cv2.imread(str(FACES / "astronaut_portrait.jpg"))
    cert._on_finished(ChallengeResult(True, face_jpeg(frame), 0.9, ""))
    printed()


def _platform_decides(platform: Any, journey: str) -> None:
    """Staff on the reference platform: approve certifications, schedule home visits."""
    from sync.platform import review

    keys = platform.keyring
    if journey == "certification":
        for case in review.pending_certifications(platform.storage, keys):
            review.decide(platform.storage, case.case_no, review.Decision(True))
    else:
        for visit in review.home_visits(platform.storage, keys):
            if visit.state == "received":
                review.schedule_visit(platform.storage, visit.case_no, visit.call_back_by, "上午")


def simulate_certification(config: Any, journey: str, count: int) -> list[tuple[str, str]]:
    """The walk, then a sync with a reference platform on 127.0.0.1 (in a scratch data directory: the
    configured store is never enrolled with a platform that vanishes), the platform's decision and a
    second sync: what the progress lookup then says about each acceptance number."""
    import dataclasses

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # the scratch platform below is plain http on 127.0.0.1: the development flag allows exactly that
    os.environ.setdefault("KIOSK_SYNC_DEV_PLAIN_HTTP", "1")
    from kiosk.core.journey.progress import status_code, status_text
    from kiosk.store.connection import open_store
    from kiosk.ui.app import build
    from sync.engine.client import PlatformClient, enrol
    from sync.engine.engine import SyncEngine
    from sync.engine.state import save_credentials
    from sync.platform.server import platform_in_thread

    results = []
    with (
        tempfile.TemporaryDirectory(prefix="kiosk-simulate-") as tmp,
        platform_in_thread(Path(tmp) / "platform") as platform,
    ):
        config = dataclasses.replace(config, data_dir=Path(tmp) / "kiosk")
        config.data_dir.mkdir(parents=True)
        sync_db = open_store(config.store_path)
        creds = enrol(platform.url, platform.enrol_token(), "青石镇自助终端（模拟）")
        save_credentials(sync_db, creds)
        kiosk = build(config, keyboard_config_home=Path(tmp) / "config", devices=True)
        walker = Walker(kiosk)
        client = PlatformClient(creds)
        services = kiosk.services
        assert services is not None  # built without lazy start: open at once
        try:
            walker.wait(lambda: walker.driver("face_camera") is not None)
            walker.wait(lambda: str(walker.driver("face_camera").status().health) == "ok")
            numbers = [walk_certification(kiosk, walker, journey) for _ in range(count)]
            engine = SyncEngine(sync_db, client)
            first = engine.run_once()
            _platform_decides(platform, journey)
            engine.run_once()
            for acceptance_no in numbers:
                status = services.store.application(acceptance_no)
                if status is None:
                    raise RuntimeError(f"{acceptance_no} is not in the store")
                results.append((acceptance_no, status_code(status)))
                print(
                    f"{journey}: {acceptance_no}  sent: {first.acknowledged}  "
                    f"progress: {status_code(status)} ({status_text(status)})",
                    flush=True,
                )
        finally:
            client.close()
            kiosk.close()
            sync_db.conn.close()
    return results


def walk_progress(kiosk: Any, walker: Walker, out_dir: Path) -> tuple[str, Path | None]:
    """A simple submission, then 查询进度 as the resident would: the ID card on the reader (their list,
    the application opened, a status slip), then the receipt's QR code under the scanner (a slip)."""
    walker.begin("simple")
    walker.until("simple", "rate")
    acceptance_no = kiosk.journey.receipt["acceptanceNo"]
    qr = kiosk.journey.journey.result.qr_payload
    walker.until("simple", "end")
    walker.wait(lambda: kiosk.app.screen == "attract")
    reader, scanner, progress = walker.driver("idcard"), walker.driver("scanner"), kiosk.progress
    reader.emulator.remove()

    def slip(name: str) -> Path | None:
        walker.wait(lambda: progress.printState != "" and not progress.printing)
        return _receipt_picture(walker, out_dir, name) if progress.printState == "printed" else None

    kiosk.app.start()
    kiosk.app.go("progress")
    reader.emulator.insert("zhangsan")
    walker.wait(lambda: kiosk.app.screen == "progress-list")
    if acceptance_no not in [r["acceptanceNo"] for r in progress.rows]:
        raise RuntimeError("the lookup by card did not list the application just submitted")
    progress.open(acceptance_no)
    walker.wait(lambda: kiosk.app.screen == "progress-detail")
    progress.printSlip(acceptance_no)
    by_card = slip(f"{acceptance_no}-slip-card")
    kiosk.app.home()
    reader.emulator.remove()
    kiosk.app.go("progress")
    scanner.emulator.present(qr)
    walker.wait(lambda: kiosk.app.screen == "progress-detail")
    status = progress.detail.get("statusText", "")
    progress.printSlip("")
    by_qr = slip(f"{acceptance_no}-slip-qr")
    kiosk.session.finish()
    walker.wait(lambda: kiosk.app.screen == "attract")
    print(
        f"progress: {acceptance_no}  status: {status}  slips: {by_card or '(not printed)'}, "
        f"{by_qr or '(not printed)'}",
        flush=True,
    )
    return acceptance_no, by_qr


def walk_complaint(kiosk: Any, walker: Walker) -> tuple[str, Path | None]:
    """有诉即办 from the home tile: a category, the text, a phone for the answer; stored and queued."""
    kiosk.app.start()
    kiosk.app.go("complaints")
    if not kiosk.complaints.submit("terminal", "屏幕有时没反应，点了好几次才动。", "13700001234", False):
        raise RuntimeError(f"complaint refused: {kiosk.complaints.message}")
    walker.wait(lambda: kiosk.app.screen == "complaints-done")
    from kiosk.store.resident_records import latest_complaint

    row = latest_complaint(kiosk.db)
    if row is None:
        raise RuntimeError("the complaint was not stored")
    kiosk.session.finish()
    walker.wait(lambda: kiosk.app.screen == "attract")
    print(f"complaint: {row[0]}  category: {row[1]}  sync: {row[2]}", flush=True)
    return str(row[0]), None


def simulate(config: Any, journey: str, count: int, out_dir: Path) -> list[tuple[str, Path | None]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.ui.app import build

    results = []
    with tempfile.TemporaryDirectory(prefix="kiosk-simulate-") as tmp:
        kiosk = build(config, keyboard_config_home=Path(tmp) / "config", devices=True)
        walker = Walker(kiosk)
        try:
            walker.wait(lambda: walker.driver("idcard") is not None)
            for _ in range(count):
                if journey == "progress":
                    results.append(walk_progress(kiosk, walker, out_dir))
                    continue
                if journey == "complaint":
                    results.append(walk_complaint(kiosk, walker))
                    continue
                walker.begin(journey)
                walker.until(journey, "rate")
                acceptance_no = walker.ctl.receipt["acceptanceNo"]
                picture = _receipt_picture(walker, out_dir, acceptance_no)
                walker.until(journey, "end")
                walker.wait(lambda: kiosk.app.screen == "attract")
                results.append((acceptance_no, picture))
                print(f"{journey}: {acceptance_no}  receipt: {picture or '(not printed)'}", flush=True)
        finally:
            kiosk.close()
    return results


def cmd_simulate(args: argparse.Namespace) -> int:
    from kiosk.device_settings import all_emulated
    from kiosk.logs import setup_logging

    config = load_config(args.config)
    if not all_emulated(config):
        print(
            "kiosk-tools simulate: runs only on emulated devices (a device port is configured)",
            file=sys.stderr,
        )
        return 2
    setup_logging(config)
    if args.journey == ALL_MATTERS:
        from kiosk.tools.matter_walk import simulate_all_matters

        return simulate_all_matters()
    if args.journey == TOUCHES:
        from kiosk.tools.touch_walk import simulate_touches

        try:
            simulate_touches(config, window=args.window)
        except RuntimeError as exc:
            print(f"kiosk-tools simulate: {exc}", file=sys.stderr)
            return 2
        return 0
    if args.journey in CERT_JOURNEYS:
        simulate_certification(config, args.journey, max(1, args.count))
        return 0
    if args.journey in QUERY_PRINT_JOURNEYS:
        from kiosk.tools.query_print_walk import simulate_query_print

        out = Path(args.out) if args.out else config.data_dir / "simulated-documents"
        simulate_query_print(config, args.journey == "query-print-offline", out)
        return 0
    out_dir = Path(args.out) if args.out else config.data_dir / "simulated-receipts"
    simulate(config, args.journey, max(1, args.count), out_dir)
    return 0


def register_cli(subparsers: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "simulate", help="walk whole resident journeys through the real app offscreen on emulated devices"
    )
    parser.add_argument(
        "--journey",
        choices=(*JOURNEYS, *CERT_JOURNEYS, *SERVICE_JOURNEYS, *QUERY_PRINT_JOURNEYS, ALL_MATTERS, TOUCHES),
        default="simple",
    )
    parser.add_argument("--count", type=int, default=1)
    parser.add_argument(
        "--window",
        action="store_true",
        help="--journey touches: click through X at a real window (on $DISPLAY, e.g. Xvfb) with xdotool",
    )
    parser.add_argument(
        "--out", help="folder for the receipt pictures (default: DATA_DIR/simulated-receipts)"
    )
    parser.set_defaults(handler=cmd_simulate)
    return parser
