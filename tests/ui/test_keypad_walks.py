"""Every resident journey `kiosk-tools simulate` knows, walked with the tactile keypad alone (arrows, Enter,
Back), in 长辈版, on the emulated devices: from the attract screen to the
rating and back. On the way every pressed control must show the focus ring in the rendered pixels, and
moving the focus must make the voice say the control's name.

Typing with the keypad on the on-screen keyboard is covered by test_keyboard_keypad.py; here the values
the resident would type into the form (those not read from the card) are set as typed text; device
events (a card on the reader, a page under the camera, a QR code under the scanner) come from the
emulators."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QImage, QKeyEvent
from ui_kit import module_kiosk

from kiosk.core.journey.materials import make_elicense_payload
from kiosk.tools.screenshots import settle
from kiosk.tools.simulate import pick, value_for

SAMPLES = Path(__file__).resolve().parents[2] / "assets" / "camera" / "document"
K = Qt.Key


@pytest.fixture(scope="module")
def kk(qapp, tmp_path_factory):
    """One kiosk on the emulated devices for every walk (each walk ends back on the attract screen)."""
    with module_kiosk(tmp_path_factory.mktemp("keypad"), devices=True) as app:
        app.finish_start()
        walker = Keypad(app)
        walker.wait(lambda: app.devices.manager is not None and app.voice is not None, 20)
        app.devices.manager.driver("document_camera").emulator.show(SAMPLES / "form_straight.jpg")
        yield walker


class Keypad:
    """Presses keys on the kiosk window and checks the focus ring and the spoken focus."""

    def __init__(self, kiosk: Any) -> None:
        self.k = kiosk
        self.spoken_checks = 0

    def wait(self, pred, timeout: float = 10.0) -> None:
        import time

        end = time.monotonic() + timeout
        while not pred():
            if time.monotonic() > end:
                raise AssertionError(
                    f"timed out on {self.k.app.screen} (step {self.k.journey.step!r}, "
                    f"message {self.k.journey.message!r}, focus {self.name()!r})"
                )
            self.k.qt_app.processEvents()
            settle(self.k.qt_app, 10)

    def key(self, code: Any) -> None:
        # Straight to the window, as the keypad's evdev keys arrive (QTest.keyClick blocks here).
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            self.k.qt_app.sendEvent(self.k.window, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier))
        settle(self.k.qt_app, 25)

    def focused(self) -> Any:
        return self.k.window.activeFocusItem()

    def name(self) -> str:
        item = self.focused()
        return item.objectName() if item is not None else ""

    def screen(self, name: str) -> None:
        self.wait(lambda: self.k.app.screen == name and self.focused() is not None)
        settle(self.k.qt_app, 40)

    def to(self, target: str, back: bool = False, limit: int = 90) -> Any:
        """Move the focus with the arrow keys until ``target`` has it."""
        moved, changes, checked, trail = 0, 0, False, []
        while self.name() != target:
            trail.append(self.name() or str(self.focused()))
            assert moved < limit, f"{target} not reached by keypad on {self.k.app.screen}: {trail[-12:]}"
            item = self.focused()
            self.key(self.arrow_towards(target, back))
            moved += 1
            changes += self.focused() is not item
            # the first focus change after a screen's prompt waits for the prompt: check a later one
            if changes >= 2 and self.focused() is not item and not checked and self.k.voice.enabled:
                self.check_spoken()
                checked = True
        return self.focused()

    def arrow_towards(self, target: str, back: bool) -> Any:
        """The arrow a resident who sees the screen presses: towards the target when it is drawn (the
        arrows move by position), else on through the screen (Down, or Up when going back)."""
        from PySide6.QtCore import QPointF, QRectF

        from kiosk.tools.screenshots import find

        goal, here = find(self.k, target), self.focused()
        if goal is None or not goal.isVisible() or here is None:
            return K.Key_Up if back else K.Key_Down
        a = here.mapToScene(QPointF(here.width() / 2, here.height() / 2))
        b = goal.mapToScene(QPointF(goal.width() / 2, goal.height() / 2))
        page = _page(goal)
        if page is not None and not _within(here, page):
            # scrolled out of sight: head for where its page shows it, then on inside the page
            view = page.mapRectToScene(QRectF(0, 0, page.width(), page.height()))
            b = QPointF(b.x(), min(max(b.y(), view.top() + 1), view.bottom() - 1))
        if abs(b.y() - a.y()) > max(here.height(), goal.height()) / 2:
            return K.Key_Down if b.y() > a.y() else K.Key_Up
        return K.Key_Right if b.x() > a.x() else K.Key_Left

    def press(self, target: str, back: bool = False) -> None:
        item = self.to(target, back)
        self.check_ring(item)
        self.key(K.Key_Return)

    def check_ring(self, item: Any) -> None:
        """The focus ring is drawn: the theme's focus colour along the control's edge, in the pixels."""
        settle(self.k.qt_app, 20)
        image = self.k.window.grabWindow().convertToFormat(QImage.Format.Format_RGB888)
        h, w, stride = image.height(), image.width(), image.bytesPerLine()
        px = np.frombuffer(image.constBits(), np.uint8, stride * h).reshape(h, stride)[:, : w * 3]
        px = px.reshape(h, w, 3).astype(int)
        from PySide6.QtCore import QRectF

        r = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
        x0, y0 = max(0, round(r.x())), max(0, round(r.y()))
        x1, y1 = min(w, round(r.x() + r.width())), min(h, round(r.y() + r.height()))
        assert x1 - x0 > 8 and y1 - y0 > 8, f"{item.objectName()} is not on screen: {r}"
        focus = self.k.app.t.property("focus").toString().lstrip("#")
        colour = np.array([int(focus[i : i + 2], 16) for i in (0, 2, 4)])
        band = 3
        mid = (y0 + y1) // 2
        edges = [px[mid - 4 : mid + 4, x0 : x0 + band], px[mid - 4 : mid + 4, x1 - band : x1]]
        midx = (x0 + x1) // 2
        edges += [px[y0 : y0 + band, midx - 4 : midx + 4], px[y1 - band : y1, midx - 4 : midx + 4]]
        hits = [np.mean(np.abs(e - colour).sum(axis=-1) < 60) for e in edges]
        assert min(hits) > 0.5, f"no focus ring on {item.objectName()} ({self.k.app.screen}): {hits}"

    def check_spoken(self) -> None:
        """The voice says the focused control's name (speakFocus, from Main.qml's focus hook)."""
        item = self.focused()
        iface = QAccessible.queryAccessibleInterface(item) if item is not None else None
        text = iface.text(QAccessible.Text.Name).strip() if iface is not None else ""
        assert text, f"focused control without a name on {self.k.app.screen}: {self.name()!r}"
        voice = self.k.voice

        def playing() -> bool:
            path = voice.cache.lookup(text, locale=voice.session.locale)
            return path is not None and voice.property("speaking") and _now_playing(voice) == path

        self.wait(playing, 5)
        self.spoken_checks += 1


def _page(item: Any) -> Any:
    """The scrolled page (a Flickable, or a list) that holds ``item``, if any."""
    parent = item.parentItem()
    while parent is not None and parent.property("contentY") is None:
        parent = parent.parentItem()
    return parent


def _within(item: Any, page: Any) -> bool:
    parent = item.parentItem()
    while parent is not None and parent is not page:
        parent = parent.parentItem()
    return parent is page


def _now_playing(voice: Any) -> Path | None:
    """The WAV the voice output is playing (the controller's own record of it)."""
    if hasattr(voice, "now_playing"):
        return voice.now_playing
    player = getattr(voice, "player", None)  # the Qt Multimedia version of the controller
    return Path(player.source().toLocalFile()) if player is not None else None


def drive(kp: Keypad, journey: str) -> None:
    k = kp.k
    kind, code = pick(k.catalog.catalog, journey)
    cat = k.catalog.catalog
    applications = k.db.execute("SELECT count(*) FROM applications").fetchone()[0]

    kp.screen("attract")
    kp.key(K.Key_Return)
    kp.screen("home")
    kp.press("elderlyTile")  # 长辈版: large print and voice on
    kp.wait(lambda: k.app.elderly and k.voice.enabled)
    kp.press("servicesTile")
    kp.screen("catalog")
    if kind == "bundle":
        kp.press("tab_bundles")
        kp.press(f"bundle_{code}")
        kp.screen("matters")
        kp.press("startBundle")
    else:
        kp.press(f"category_{cat.matter(code).category}")
        kp.screen("matters")
        kp.press(f"matter_{code}")
        kp.screen("guide")
        if journey == "simple":  # the keypad's Back key leaves the guide; the list keeps its place
            kp.key(K.Key_Back)
            kp.screen("matters")
            kp.press(f"matter_{code}")
            kp.screen("guide")
        kp.press("startApplication")
    kp.screen("journey-identify")
    if journey == "proxy":
        kp.press("identifyFamily")
        kp.wait(lambda: k.journey.wantsProxy)
    reader = k.devices.manager.driver("idcard").emulator
    reader.insert("zhangsan")
    kp.wait(lambda: k.journey.step not in ("", "identify"))
    reader.remove()
    if journey == "proxy":
        proxy_step(kp)
    form_step(kp)
    materials_step(kp, journey)
    kp.screen("journey-sign")
    kp.to("signPad", back=True)
    for arrow in [K.Key_Right] * 10 + [K.Key_Down] * 2 + [K.Key_Right] * 4:
        kp.key(arrow)
    kp.key(K.Key_Return)  # ends the stroke and moves on to Continue
    kp.press("signContinue")
    kp.screen("journey-review")
    kp.press("reviewSubmit")
    kp.wait(lambda: k.journey.step == "rate" and not k.journey.busy, 20)
    kp.screen("journey-receipt")  # it stays until touched
    kp.press("receiptContinue")
    kp.screen("journey-rate")
    kp.press("level_5")  # a good level is sent at once
    kp.screen("journey-done")
    k.devices.manager.driver("idcard").emulator.remove()
    kp.wait(lambda: not k.journey.cardOnReader, 20)
    kp.press("doneFinish")
    kp.screen("attract")
    assert k.db.execute("SELECT count(*) FROM applications").fetchone()[0] == applications + 1


def proxy_step(kp: Keypad) -> None:
    """长辈版's family path: the helper's card was read; now the elderly resident's card, then a
    relationship button. Nothing typed."""
    k = kp.k
    kp.screen("journey-proxy")
    reader = k.devices.manager.driver("idcard").emulator
    reader.insert("lisi_for_life")  # a 长期 (for-life) card: an older resident
    kp.wait(lambda: bool(k.journey.principalCard))
    reader.remove()
    kp.wait(lambda: kp.name().startswith("family_"))
    kp.press("family_child")
    kp.press("proxyContinue")
    kp.wait(lambda: k.journey.step == "form")


def form_step(kp: Keypad) -> None:
    k = kp.k
    kp.screen("journey-form")
    j = k.journey.journey
    for f in j.form.fields:
        if f.key not in j.values:
            k.journey.setField(f.key, value_for(f))  # typed
    kp.press("formContinue")
    kp.screen("journey-materials")


def materials_step(kp: Keypad, journey: str) -> None:
    k = kp.k
    step = k.journey.journey.materials
    for c in step.cards:
        if step.handling(c.code) is not None:
            continue
        if journey == "deferred" and c.deferrable and not step.deferred_items():
            kp.press(f"defer_{c.code}")
        elif journey == "deferred" and c.commitment_allowed:
            kp.press(f"promise_{c.code}")
            kp.to(f"commitPad_{c.code}")
            for arrow in [K.Key_Right] * 10 + [K.Key_Down] + [K.Key_Right] * 3:
                kp.key(arrow)
            kp.key(K.Key_Return)
            kp.press(f"commitConfirm_{c.code}")
        elif journey == "elicense" and set(c.elicense_types) - {"resident_id"}:
            kp.press(f"elicense_{c.code}")
            el_type = next(t for t in c.elicense_types if t != "resident_id")
            payload = make_elicense_payload(el_type, "EL-2026-0042", "ISSUER-REF-42", "豫南县公安局")
            k.devices.manager.driver("scanner").emulator.present(payload)
        elif c.required:
            kp.press(f"scan_{c.code}")
        else:
            continue
        kp.wait(lambda c=c: step.handling(c.code) is not None)
    assert step.complete, k.journey.message
    kp.press("materialsContinue")


# The simple walk stays in the fast set; the others walk longer flows the same way (4-8 CPU-s each).
LONGER_WALK = pytest.mark.slow


@pytest.mark.parametrize(
    "journey",
    [
        "simple",
        pytest.param("deferred", marks=LONGER_WALK),
        pytest.param("proxy", marks=LONGER_WALK),
        pytest.param("bundle", marks=LONGER_WALK),
        pytest.param("elicense", marks=LONGER_WALK),
    ],
)
def test_journey_by_keypad_alone(kk, journey):
    from kiosk.tools.screenshots import reset

    reset(kk.k)  # a failed walk before this one leaves nothing behind
    drive(kk, journey)
    assert kk.spoken_checks > 0


def _says(kp: Keypad, text: str, timeout: float = 10) -> None:
    """The voice is playing ``text`` (as synthesized for the session's language)."""
    voice = kp.k.voice

    def playing() -> bool:
        path = voice.cache.lookup(text, locale=voice.session.locale)
        return path is not None and _now_playing(voice) == path

    kp.wait(playing, timeout)


def test_elderly_mode_gives_more_time_and_speaks_the_idle_warning(kk):
    from PySide6.QtCore import QCoreApplication

    from kiosk.tools.screenshots import find, reset

    k, session = kk.k, kk.k.session
    reset(k)
    kk.key(K.Key_Return)
    kk.screen("home")
    standard = (session.idle_timeout_s, session.warning_s)
    kk.press("elderlyTile")
    kk.wait(lambda: k.app.elderly and k.voice.enabled)
    assert session.idle_timeout_s > standard[0] and session.warning_s >= standard[1]
    assert session.warning_s >= 20  # WCAG 2.2.1

    session.last_activity -= session.idle_timeout_s + 0.1  # as if nobody had touched it since
    session.tick()
    kk.wait(lambda: find(k, "idleWarning").isVisible())
    _says(kk, QCoreApplication.translate("Main", "Are you still there? Touch the screen to continue."))
    kk.key(K.Key_Down)  # any key of the keypad is "still here"
    kk.wait(lambda: session.state.value == "active" and not find(k, "idleWarning").isVisible())


def test_call_staff_confirmation_is_spoken_and_reachable_by_keypad(kk):
    from PySide6.QtCore import QCoreApplication

    from kiosk.tools.screenshots import find, reset

    k = kk.k
    reset(k)
    kk.key(K.Key_Return)
    kk.screen("home")
    kk.press("elderlyTile")
    kk.wait(lambda: k.voice.enabled)
    kk.press("helpTile")
    kk.wait(lambda: find(k, "helpOverlay").isVisible())
    # after the chime (if any), the confirmation is said
    _says(kk, QCoreApplication.translate("Main", "Staff have been called. Please stay at the terminal."))
    kk.press("helpOk")
    kk.wait(lambda: not find(k, "helpOverlay").isVisible())


def test_a_refused_step_is_spoken_not_only_shown(kk):
    """The helper's own card a second time at the family step: the refusal is said aloud."""
    from kiosk.tools.screenshots import reset

    k = kk.k
    reset(k)
    _, code = pick(k.catalog.catalog, "proxy")
    k.app.start()
    k.app.toggleElderly()
    k.catalog.openGuide(code)
    k.app.go("guide")
    k.journey.start(code)
    k.journey.setProxy(True)
    reader = k.devices.manager.driver("idcard").emulator
    reader.insert("zhangsan")
    kk.screen("journey-proxy")
    reader.remove()
    reader.insert("zhangsan")
    kk.wait(lambda: k.journey.message != "")
    reader.remove()
    _says(kk, k.journey.message)


@pytest.mark.slow  # the face camera replayed in real time once more (one such walk stays fast)
def test_pension_certification_by_keypad_alone(kk):
    """资格认证 from the home tile: the pensioner's card, consent, the liveness check acted out
    by the emulated resident in front of the emulated face camera, the rating."""
    from kiosk.tools.screenshots import reset
    from kiosk.tools.simulate import ELDER_CARD, FACES

    k = kk.k
    reset(k)
    cert = k.cert
    k.devices.manager.driver("face_camera").emulator.show(FACES / "astronaut_portrait.jpg")
    cert.cooperative, cert.step_timeout = True, 4.0  # the emulated resident follows the prompts
    kk.key(K.Key_Return)
    kk.screen("home")
    kk.press("elderlyTile")
    kk.wait(lambda: k.voice.enabled)
    kk.press("certificationTile")
    kk.wait(lambda: k.app.screen.startswith("certification-"))
    reader = k.devices.manager.driver("idcard").emulator
    reader.insert(ELDER_CARD)
    kk.wait(lambda: cert.step == "consent")
    reader.remove()
    kk.screen("certification-consent")
    assert kk.name() == "certReadAgain"  # never on "I agree": consent is walked to
    kk.press("certAgree")
    kk.wait(lambda: cert.step == "liveness")
    kk.screen("certification-liveness")
    for _ in range(3):
        kk.press("certStart")
        kk.wait(lambda: not cert.busy, 30)
        if cert.step != "liveness":
            break
    kk.wait(lambda: cert.step == "rate" and not cert.busy, 20)
    kk.screen("certification-receipt")
    kk.press("certRate5")
    kk.screen("attract")


def test_an_enter_on_arriving_at_the_certification_consent_agrees_to_nothing(kk):
    """Consent is an explicit act: the keypad starts on "read it to me again", so an Enter pressed out of
    habit reads the explanation again and records no consent; "I agree" is walked to."""
    from kiosk.tools.screenshots import reset
    from kiosk.tools.simulate import ELDER_CARD

    k = kk.k
    reset(k)
    cert = k.cert
    kk.key(K.Key_Return)
    kk.screen("home")
    kk.press("elderlyTile")
    kk.wait(lambda: k.voice.enabled)
    kk.press("certificationTile")
    kk.wait(lambda: k.app.screen.startswith("certification-"))
    reader = k.devices.manager.driver("idcard").emulator
    reader.insert(ELDER_CARD)
    kk.wait(lambda: cert.step == "consent")
    reader.remove()
    kk.screen("certification-consent")
    assert kk.name() == "certReadAgain"
    kk.check_ring(kk.focused())
    kk.key(K.Key_Return)
    _says(kk, k.window.property("currentScreen").property("readAloud"))
    assert cert.step == "consent" and k.app.screen == "certification-consent"
    assert cert.cert.consented is None
    kk.to("certAgree")
    kk.key(K.Key_Return)
    kk.wait(lambda: cert.step == "liveness")
    assert cert.cert.consented is True
    reset(k)


def test_home_visit_request_by_keypad_alone(kk):
    """上门服务 from the home tile: the helper's card, the elderly resident's card, the address and
    phone typed, the reason and relationship chosen by keypad, the receipt."""
    from kiosk.tools.screenshots import find, reset
    from kiosk.tools.simulate import ELDER_CARD, HELPER_CARD

    k = kk.k
    reset(k)
    cert = k.cert
    kk.key(K.Key_Return)
    kk.screen("home")
    kk.press("elderlyTile")
    kk.wait(lambda: k.voice.enabled)
    kk.press("homeVisitTile")
    kk.wait(lambda: k.app.screen.startswith("home-visit-"))
    reader = k.devices.manager.driver("idcard").emulator
    reader.insert(HELPER_CARD)
    kk.wait(lambda: cert.step == "visit-resident")
    reader.remove()
    reader.insert(ELDER_CARD)
    kk.wait(lambda: cert.step == "visit-details")
    reader.remove()
    kk.screen("home-visit-details")
    find(k, "visitAddress").setProperty("text", "青石镇东湖村三组12号")  # typed
    find(k, "visitPhone").setProperty("text", "13800001111")  # typed
    kk.press("visitReason_0")
    if cert.info.get("relationship", "") == "":
        kk.press("visitRelationship_child")
    kk.press("visitSubmit")
    kk.wait(lambda: cert.step == "visit-receipt" and not cert.busy, 20)
    kk.screen("home-visit-receipt")
    kk.press("visitFinish")
    kk.screen("attract")
