"""Navigation, look (theme, 长辈版), language and the call-for-help button. No layout here."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, QTranslator, Signal, Slot
from PySide6.QtQml import QJSValue, QQmlApplicationEngine

from kiosk.config import Config
from kiosk.core import words
from kiosk.core.journey.messages import Message
from kiosk.core.session import Mode, Session, SessionEvent, State
from kiosk.ui.themes import THEMES, tokens

if TYPE_CHECKING:
    from kiosk.services import KioskServices

log = logging.getLogger(__name__)
HELP_POLL_MS = 2000  # how often an open help call looks for the staff's acknowledgement in the store

I18N_DIR = Path(__file__).with_name("i18n")
SCREENS_DIR = Path(__file__).with_name("qml") / "screens"


def screen_file(name: str) -> str:
    """A screen is found by its name: ``journey-face`` is ``JourneyFace.qml`` or ``JourneyFaceScreen.qml``
    under ``qml/screens``, so adding a screen means adding its file, nothing else. "" if there is none."""
    pascal = "".join(part[:1].upper() + part[1:] for part in name.split("-"))
    for candidate in (f"{pascal}Screen.qml", f"{pascal}.qml"):
        if pascal and (SCREENS_DIR / candidate).is_file():
            return f"screens/{candidate}"
    return ""


def screen_names() -> list[str]:
    """Every screen the shell can show (parts of screens, such as JourneyField, are not screens)."""
    names = []
    for path in sorted(SCREENS_DIR.glob("*.qml")):
        stem = path.stem.removesuffix("Screen")
        name = re.sub(r"(?<!^)(?=[A-Z])", "-", stem).lower()
        if screen_file(name) == f"screens/{path.name}" and _is_screen(path):
            names.append(name)
    return names


def _is_screen(path: Path) -> bool:
    # Screens are FocusScope roots with a spoken prompt; parts used inside screens are not.
    text = path.read_text(encoding="utf-8")
    return "property string prompt" in text


class AppController(QObject):
    screenChanged = Signal()
    themeChanged = Signal()
    localeChanged = Signal()
    helpChanged = Signal()
    noticeChanged = Signal()
    outOfServiceChanged = Signal()
    windowWidthChanged = Signal()

    def __init__(
        self,
        config: Config,
        session: Session,
        db: Any,
        engine: QQmlApplicationEngine,
        notice: str = "",
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.config = config
        self.session = session
        self.db = db
        self.services: KioskServices | None = None
        #: the progress QR of the last receipt any flow issued (no personal data): the emulator
        #: console presents it to the scanner as the resident's paper
        self.last_receipt_qr = ""
        #: asked before Back / Home / Finish leave a screen: True when it takes over (a flow with the
        #: resident's input asks them first, then calls ``leave``)
        self.leave_guard: Callable[[str], bool] | None = None
        self.engine = engine
        self._stack: list[tuple[str, str]] = [("attract", "")]
        self._translator: QTranslator | None = None
        self._installed_locale = ""
        self._help_called = False
        self._help_id = ""  # the call on screen; staff acknowledging it on the platform shows here
        self._help_coming = False
        self._help_poll = QTimer(self)
        self._help_poll.setInterval(HELP_POLL_MS)
        self._help_poll.timeout.connect(self._check_help_answered)
        # VoiceController.playSound once the voice output is up (after the first frame): the chime
        self.sound_player: Callable[[str], None] | None = None
        self._notice = notice
        self._out_of_service = ""  # why the terminal cannot serve ("disk_full", "store_unavailable")
        self._window_width = config.screen.window_size[0]
        self._tokens = tokens(session.theme, config.screen)
        self._tokens_js: QJSValue | None = None
        session.add_observer(self._on_session)
        session.register_wipe("navigation", self._reset)
        self._install_translator(session.locale)

    # -- navigation ---------------------------------------------------------------------------
    def _screen(self) -> str:
        return self._stack[-1][0]

    def _screen_arg(self) -> str:
        return self._stack[-1][1]

    def _screen_source(self) -> str:
        return screen_file(self._screen()) or screen_file("coming")

    def _can_go_back(self) -> bool:
        return len(self._stack) > 2

    @Slot(str)
    @Slot(str, str)
    def go(self, screen: str, arg: str = "") -> None:
        if not screen_file(screen):  # anything not built yet shows "coming", never a crash
            screen, arg = "coming", screen
        if self.session.state is State.ATTRACT and screen != "attract":
            self.session.touch()
        self._stack.append((screen, arg))
        self.screenChanged.emit()

    def attach_services(self, services: KioskServices) -> None:
        """The store is open: help calls are recorded from now on; a new resident's first press is new."""
        self.services = services
        self.db = services.db
        self.session.register_wipe("help desk", services.help_desk.reset)

    def replace_screen(self, screen: str, flow_prefixes: tuple[str, ...]) -> bool:
        """A flow moves on: its next step takes the place of its last one, so Back leaves the flow.
        Only while one of the flow's screens (by name prefix) is shown; False (nothing done) otherwise."""
        if not (self._screen().startswith(flow_prefixes) and len(self._stack) > 2):
            return False
        self._stack[-1] = (screen if screen_file(screen) else "coming", "")
        self.screenChanged.emit()
        return True

    @Slot(str)
    def replace(self, screen: str) -> None:
        """The journey moves on: its next step takes the place of the last one (Back leaves it)."""
        if not self.replace_screen(screen, ("journey-",)):
            self._stack.append((screen if screen_file(screen) else "coming", ""))
            self.screenChanged.emit()

    def _guarded(self, action: str) -> bool:
        return self.leave_guard is not None and self.leave_guard(action)

    @Slot(str)
    def leave(self, action: str) -> None:
        """Back / Home / Finish without asking (the resident confirmed they want to leave)."""
        guard, self.leave_guard = self.leave_guard, None
        try:
            {"back": self.back, "home": self.home, "finish": self.finish}.get(action, self.home)()
        finally:
            self.leave_guard = guard

    @Slot()
    def back(self) -> None:
        if self._guarded("back"):
            return
        if len(self._stack) > 2:
            self._stack.pop()
            self.screenChanged.emit()

    @Slot()
    def home(self) -> None:
        if self._guarded("home"):
            return
        self._stack = [("attract", ""), ("home", "")]
        self.screenChanged.emit()

    def root(self, screen: str) -> None:
        """A fresh stack under the attract screen, as home() is for residents (the technician's overview)."""
        self._stack = [("attract", ""), (screen if screen_file(screen) else "coming", "")]
        self.screenChanged.emit()

    @Slot()
    def start(self) -> None:
        """The attract screen was touched: a session begins on the home screen."""
        self.session.touch()
        self.home()

    @Slot()
    def finish(self) -> None:
        if self._guarded("finish"):
            return
        self.session.finish()

    def _reset(self) -> None:
        self._stack = [("attract", "")]
        self._forget_help()
        self.screenChanged.emit()
        self.helpChanged.emit()

    # -- look and language -------------------------------------------------------------------
    def _theme(self) -> str:
        return self.session.theme

    def _theme_tokens(self) -> QJSValue:
        # One JS object per look, made when the look changes: a dict Property is converted into a new
        # JS object on every read, and a screen reads app.t about a thousand times while it is built.
        if self._tokens_js is None:
            self._tokens_js = self.engine.toScriptValue(self._tokens)
        return self._tokens_js

    def release_script_values(self) -> None:
        """Drop the JS values this controller holds before their engine goes: a QJSValue freed after
        its engine is deleted touches freed memory."""
        self._tokens_js = None

    def _elderly(self) -> bool:
        return self.session.mode is Mode.ELDERLY

    @Slot(str)
    def setTheme(self, theme: str) -> None:
        if theme in THEMES:
            self.session.set_theme(theme)

    @Slot()
    def toggleElderly(self) -> None:
        elderly = self.session.mode is not Mode.ELDERLY
        self.session.set_mode(Mode.ELDERLY if elderly else Mode.STANDARD)
        self.session.set_theme("elderly" if elderly else "standard")

    @Slot()
    def toggleHighContrast(self) -> None:
        self.session.set_theme("standard" if self.session.theme == "high_contrast" else "high_contrast")

    def _locale(self) -> str:
        return self.session.locale

    @Slot(str)
    def setLocale(self, locale: str) -> None:
        self.session.set_locale(locale)

    @Slot()
    def toggleLocale(self) -> None:
        """The next of the kiosk's languages (with two: the other one)."""
        here = words.LOCALES.index(self.session.locale) if self.session.locale in words.LOCALES else -1
        self.session.set_locale(words.LOCALES[(here + 1) % len(words.LOCALES)])

    def _install_translator(self, locale: str) -> None:
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        qm = I18N_DIR / f"kiosk_{locale}.qm"
        translator = QTranslator()
        if qm.exists() and translator.load(str(qm)) and app is not None:
            app.installTranslator(translator)
            self._translator = translator
        elif locale != "en":
            log.error("translation %s missing: run scripts/bootstrap", qm.name)
        self._installed_locale = locale
        self.engine.retranslate()

    def _on_session(self, event: SessionEvent) -> None:
        # A session's end resets theme and locale without separate events: compare with what is shown.
        if event.kind in ("theme", "mode", "state"):
            fresh = tokens(self.session.theme, self.config.screen)
            if fresh != self._tokens:
                self._tokens = fresh
                self._tokens_js = None
                self.themeChanged.emit()
        if self.session.locale != self._installed_locale:
            self._install_translator(self.session.locale)
            self.localeChanged.emit()

    # -- help --------------------------------------------------------------------------------
    def _help(self) -> bool:
        return self._help_called

    @Slot(str)
    def callHelp(self, screen: str) -> None:
        """帮办: the help desk records and queues the request (it syncs to the platform; presses on the
        same screen in a burst are one call) and the resident is told staff is coming. The confirmation
        shows even if recording fails: staff nearby still hear the call."""
        try:
            if self.services is None:
                raise RuntimeError("the store is not open yet")
            ticket = self.services.help_desk.call(screen)
            if not ticket.new:
                log.info("help already requested on screen %s", ticket.record.screen)
            self._help_id = ticket.record.id
            self._help_poll.start()
        except Exception:
            log.exception("could not record the help request")
        self._help_called = True
        self.helpChanged.emit()
        self._play_chime()

    def _play_chime(self) -> None:
        # Heard by the resident and by staff across the hall; the overlay's text is spoken by the voice.
        from kiosk.ui.chime import CHIME_PATH, write_chime

        try:
            if not CHIME_PATH.is_file():  # committed; made again only in a tree that lost it
                write_chime(CHIME_PATH)
            if self.sound_player is None:
                raise RuntimeError("the voice output is not started yet")
            self.sound_player(str(CHIME_PATH))
        except Exception as exc:  # no sound output: the call is recorded and shown all the same
            log.error("help chime not played: %s", type(exc).__name__)

    def _check_help_answered(self) -> None:
        """The status feed marks the call answered when staff acknowledge it in the console."""
        from kiosk.store.resident_records import help_answered

        try:
            answered = bool(self._help_id) and help_answered(self.db, self._help_id)
        except Exception as exc:  # a busy store: the next tick asks again
            log.warning("help call state not read: %s", type(exc).__name__)
            return
        if answered:
            self._help_poll.stop()
            self._help_coming = True
            self.helpChanged.emit()

    def _forget_help(self) -> None:
        self._help_poll.stop()
        self._help_called = False
        self._help_coming = False
        self._help_id = ""

    def _help_coming_text(self) -> str:
        return Message("help_coming").text(str(self.session.locale or "zh_CN")) if self._help_coming else ""

    @Slot()
    def dismissHelp(self) -> None:
        self._forget_help()
        self.helpChanged.emit()

    def add_notice(self, text: str) -> None:
        self._notice = "; ".join(n for n in (self._notice, text) if n)
        self.noticeChanged.emit()

    def _notice_text(self) -> str:
        return self._notice

    def set_out_of_service(self, reason: str) -> None:
        """The terminal cannot serve residents (no store): the attract screen says so, no session starts."""
        self._out_of_service = reason
        self.outOfServiceChanged.emit()

    def _out_of_service_reason(self) -> str:
        return self._out_of_service

    def _get_window_width(self) -> int:
        return self._window_width

    def _set_window_width(self, width: int) -> None:
        # Main.qml binds it: for what is laid out outside the window's items (the keyboard's style).
        if width != self._window_width:
            self._window_width = width
            self.windowWidthChanged.emit()

    def _terminal_name(self) -> str:
        return self.config.terminal.name

    if TYPE_CHECKING:  # what Python reads; QML binds to the Properties
        screen: str
        screenArg: str
        locale: str
    else:
        screen = Property(str, _screen, notify=screenChanged)
        screenArg = Property(str, _screen_arg, notify=screenChanged)
        locale = Property(str, _locale, notify=localeChanged)
    screenSource = Property(str, _screen_source, notify=screenChanged)
    canGoBack = Property(bool, _can_go_back, notify=screenChanged)
    theme = Property(str, _theme, notify=themeChanged)
    t = Property(QJSValue, _theme_tokens, notify=themeChanged)
    elderly = Property(bool, _elderly, notify=themeChanged)
    helpCalled = Property(bool, _help, notify=helpChanged)
    helpComing = Property(str, _help_coming_text, notify=helpChanged)  # "" until staff acknowledge
    notice = Property(str, _notice_text, notify=noticeChanged)
    outOfService = Property(str, _out_of_service_reason, notify=outOfServiceChanged)
    terminalName = Property(str, _terminal_name, constant=True)
    windowWidth = Property(int, _get_window_width, _set_window_width, notify=windowWidthChanged)
