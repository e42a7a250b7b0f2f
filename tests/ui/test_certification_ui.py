"""养老金资格认证 and 上门服务 through the real app offscreen on the emulators: the guided liveness
challenge on the emulated face camera, the queued certification, the fallback to a home visit, the
suggestions after a card is read, and every new screen named, large in 长辈版 and free of QML errors."""

from __future__ import annotations

import json
from pathlib import Path

# C extensions loaded here first, on the main thread: loaded first on the device or liveness thread
# while Qt starts up, a dlopen there was seen to deadlock (PIL's freetype, twice in ~20 runs).
import cv2  # noqa: F401
import mediapipe  # noqa: F401
import PIL.Image
import PIL.ImageDraw
import PIL.ImageFont  # noqa: F401
import pytest
import qrcode  # noqa: F401
from ui_kit import qml_warnings

import devices.face_camera
import devices.idcard
import devices.printer
import devices.scanner  # noqa: F401
from kiosk.tools.simulate import walk_certification

CERTIFICATION = "11411599MB0000102F200030004000001"
FACES = Path(__file__).resolve().parents[2] / "assets" / "camera" / "face"


@pytest.fixture
def dkiosk(dkiosk, qtbot):
    """The shared devices-open kiosk (conftest.py), once its face camera is ready too."""
    face = dkiosk.devices.manager.driver("face_camera")
    qtbot.waitUntil(lambda: str(face.status().health) == "ok", timeout=15000)
    return dkiosk


@pytest.fixture
def kiosk(shared_kiosk):
    """The screen checks here need only a clean session: they share the module's kiosk."""
    return shared_kiosk


class QtWalker:
    def __init__(self, k, qtbot):
        from kiosk.tools.simulate import Walker

        self.inner = Walker(
            k, wait=lambda pred, timeout=60.0: qtbot.waitUntil(pred, timeout=int(timeout * 1000))
        )

    def __getattr__(self, name):
        return getattr(self.inner, name)


def rows(k, sql, *args):
    return k.db.execute(sql, list(args)).fetchall()


def test_certification_passes_the_liveness_challenge_and_is_queued(dkiosk, qtbot):
    k = dkiosk
    number = walk_certification(k, QtWalker(k, qtbot), "certification")
    ((app_id, kind, codes, role, face),) = rows(
        k,
        "SELECT id, kind, matter_codes, applicant_role, face_status FROM applications "
        "WHERE acceptance_no = ?",
        number,
    )
    assert kind == "certification" and json.loads(codes) == [CERTIFICATION]
    assert role == "self" and face == "passed"
    ((code, path),) = rows(k, "SELECT material_code, path FROM materials WHERE application_id = ?", app_id)
    assert code == "face_photo" and Path(path).is_file()  # sealed, waiting for the platform
    assert rows(k, "SELECT state FROM outbox WHERE ref = ?", app_id) == [("queued",)]
    assert rows(k, "SELECT count(*) FROM evaluations WHERE application_id = ?", app_id) == [(1,)]
    assert k.app.screen == "attract" and k.cert.cert is None


@pytest.mark.slow  # the face camera replayed in real time once more (one such walk stays fast)
def test_a_family_member_operates_and_the_elders_own_card_and_face_are_used(dkiosk, qtbot, kiosk_config):
    from devices.idcard.deck import DECK

    k = dkiosk
    reader = k.devices.manager.driver("idcard").emulator
    k.devices.manager.driver("face_camera").emulator.show(FACES / "astronaut_portrait.jpg")
    k.cert.step_timeout = 4.0
    k.app.start()
    k.cert.startCertification()
    k.cert.setProxy(True)
    reader.insert("zhangsan")  # the family member's own card
    qtbot.waitUntil(lambda: k.cert.step == "principal" and k.app.screen == "certification-card")
    reader.remove()
    reader.insert("zhangsan")  # their own card again: refused, the elder's is needed
    qtbot.waitUntil(lambda: k.cert.principalRead)
    assert not k.cert.principalFromCard("child") and k.cert.message
    reader.remove()
    reader.insert("lisi_for_life")
    qtbot.waitUntil(lambda: k.cert.principalRead)
    assert k.cert.principalFromCard("child")
    qtbot.waitUntil(lambda: k.app.screen == "certification-consent")
    assert k.cert.info["maskedName"] == "李*" and k.cert.info["helperMaskedName"] == "张*"
    k.cert.consent(True)
    k.cert.startLiveness()
    qtbot.waitUntil(lambda: k.cert.step == "rate" and not k.cert.busy, timeout=60000)
    k.cert.skipRating()
    qtbot.waitUntil(lambda: k.app.screen == "attract")
    ((app_id, role, masked),) = rows(k, "SELECT id, applicant_role, applicant_masked FROM applications")
    assert role == "proxy" and masked == "李*"
    codes = [c for (c,) in rows(k, "SELECT material_code FROM materials WHERE application_id = ?", app_id)]
    assert codes == ["face_photo", "card_photo"]  # the elder's chip photo is the reference face
    # nothing of a face (a JPEG in base64 starts "/9j/") nor the elder's ID number in any log file
    elder_id = DECK["lisi_for_life"].data.id_number
    for path in Path(kiosk_config.logging.dir).rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            assert "/9j/" not in text and elder_id not in text, path


@pytest.mark.slow  # three liveness tries replayed in real time, ~12 CPU-s
def test_three_failed_challenges_lead_to_a_home_visit_request(dkiosk, qtbot):
    k = dkiosk
    number = walk_certification(k, QtWalker(k, qtbot), "certification-fallback")
    ((kind, codes),) = rows(k, "SELECT kind, matter_codes FROM applications WHERE acceptance_no = ?", number)
    assert kind == "home_visit" and json.loads(codes) == [CERTIFICATION]
    assert rows(k, "SELECT count(*) FROM applications WHERE kind = 'certification'") == [(0,)]
    assert rows(k, "SELECT count(*) FROM materials") == [(0,)]  # no face was kept of the failed tries


def test_a_family_member_requests_a_home_visit(dkiosk, qtbot):
    k = dkiosk
    number = walk_certification(k, QtWalker(k, qtbot), "home-visit")
    ((kind, role),) = rows(k, "SELECT kind, applicant_role FROM applications WHERE acceptance_no = ?", number)
    assert kind == "home_visit" and role == "proxy"


def test_a_pensioners_card_brings_suggestions_and_one_starts_the_certification(dkiosk, qtbot):
    from kiosk.core.catalog import MatterKind

    k = dkiosk
    code = next(
        m.code for m in k.catalog.catalog.matters
        if m.terminal_handling and m.kind is MatterKind.APPLICATION and m.form is not None
    )  # fmt: skip
    k.app.start()
    k.journey.start(code)
    k.devices.manager.driver("idcard").emulator.insert("lisi_for_life")
    qtbot.waitUntil(lambda: bool(k.journey.suggestions), timeout=10000)
    assert k.journey.suggestions[0]["code"] == CERTIFICATION
    qtbot.waitUntil(lambda: k.app.screen == "journey-identify")
    assert rows(k, "SELECT count(*) FROM applications") == [(0,)]  # nothing stored about it
    k.journey.startSuggested(0)
    qtbot.waitUntil(lambda: k.cert.step == "consent" and k.app.screen == "certification-consent")
    k.cert.cancel()
    assert k.cert.cert is None


def test_the_guides_start_button_on_a_certification_opens_its_own_journey(dkiosk, qtbot):
    k = dkiosk
    k.app.start()
    k.journey.start(CERTIFICATION)
    qtbot.waitUntil(lambda: k.app.screen == "certification-card")
    assert k.journey.journey is None and k.cert.step == "identify"


@pytest.mark.parametrize("theme", ["standard", "elderly"])
def test_new_screens_named_buttons_large_targets_no_qml_errors(kiosk, theme):
    from PySide6.QtGui import QAccessible
    from test_shell import visible_buttons

    from kiosk.tools.screenshots import SCREENS, show_screen

    with qml_warnings(kiosk) as errors:
        names = [n for n in SCREENS if n.startswith(("certification-", "home-visit-", "suggestions-"))]
        assert len(names) == 11
        for name in names:
            show_screen(kiosk, name, theme, "zh_CN")
            screen = kiosk.app.screen
            assert name.startswith(screen) or screen == "journey-identify", name
            assert kiosk.window.property("currentScreen").property("prompt"), name
            buttons = list(visible_buttons(kiosk))
            assert buttons, name
            for item, iface in buttons:
                assert iface.text(QAccessible.Text.Name), f"{name}: unnamed {item.objectName()}"
                if theme == "elderly":
                    assert item.width() >= 60 and item.height() >= 60, f"{name}: {item.objectName()}"
    assert not errors, errors


@pytest.mark.parametrize(("theme", "locale"), [("elderly", "zh_CN"), ("elderly", "en"), ("standard", "en")])
def test_the_suggestions_intro_stays_in_view_when_the_first_is_focused(kiosk, theme, locale):
    """长辈版's large print fills the page: the intro ("nothing about this is saved") must still be read
    whole when the keypad focuses the first suggestion, not half scrolled away above it."""
    from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt
    from PySide6.QtGui import QKeyEvent
    from test_shell import walk

    from kiosk.tools.screenshots import settle, show_screen

    show_screen(kiosk, "suggestions-after-card", theme, locale)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):  # the keypad's Down, straight to the window
        kiosk.qt_app.sendEvent(kiosk.window, QKeyEvent(kind, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier))
    settle(kiosk.qt_app, 120)
    assert kiosk.window.activeFocusItem().objectName() == "suggestion_0"
    source = "Your card has been read. Based on your age, these may be due. Nothing about this is saved."
    intro_text = QCoreApplication.translate("JourneyIdentify", source)
    assert locale == "en" or intro_text != source  # the translated intro, not a missing translation
    screen = kiosk.window.property("currentScreen")
    (intro,) = [i for i in walk(screen) if i.isVisible() and i.property("text") == intro_text]
    rect = intro.mapRectToScene(QRectF(0, 0, intro.width(), intro.height()))
    for clip in (screen, *[a for a in _ancestors(intro) if a.property("contentY") is not None]):
        view = clip.mapRectToScene(QRectF(0, 0, clip.width(), clip.height()))
        assert view.contains(rect), f"intro at {rect} cut by {clip.objectName() or clip} at {view}"


def _ancestors(item):
    while (item := item.parentItem()) is not None:
        yield item


def test_the_keypad_shows_the_whole_consent_text_before_it_reaches_i_agree(kiosk):
    """In 长辈版 the explanation runs below the fold and plain text takes no focus: Down scrolls it into
    view first (KButton.showMoreBelow), then moves on to the answers under it."""
    from PySide6.QtCore import QEvent, QRectF, Qt
    from PySide6.QtGui import QKeyEvent

    from kiosk.tools.screenshots import find, settle, show_screen

    def down() -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            kiosk.qt_app.sendEvent(
                kiosk.window, QKeyEvent(kind, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
            )
        settle(kiosk.qt_app, 80)

    def seen(item) -> bool:
        rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
        page = next(a for a in _ancestors(item) if a.property("contentY") is not None)
        return page.mapRectToScene(QRectF(0, 0, page.width(), page.height())).contains(rect)

    show_screen(kiosk, "certification-consent", "elderly", "zh_CN")
    screen = kiosk.window.property("currentScreen")
    last = next(i for i in _walk(screen) if i.objectName() == "certAlternatives")
    assert kiosk.window.activeFocusItem().objectName() == "certReadAgain"
    assert not seen(last)  # the premise: 长辈版's large print pushes it below the fold
    presses = 0
    actions = ("certAgree", "certRefuse")  # the row under the text (the arrows move by position)
    while kiosk.window.activeFocusItem().objectName() not in actions:
        assert presses < 6
        down()
        presses += 1
        if kiosk.window.activeFocusItem().objectName() in actions:
            break
        assert kiosk.window.activeFocusItem() is find(kiosk, "certReadAgain")
    assert presses >= 2 and seen(last)


def _walk(item):
    yield item
    for child in item.childItems():
        yield from _walk(child)
