"""The resident's session: start on first touch, idle warning, wipe, back to the attract screen. Qt-free.

No threads and no timers: the UI drives it with ``tick()`` (say twice a second) and reports every touch
or key with ``touch()``. Time comes from an injectable clock (or an explicit ``now``), so tests run
without waiting.

States::

    ATTRACT --touch--> ACTIVE --idle_timeout--> WARNING --continue_/touch--> ACTIVE
                          |                        |
                          +--finish/complete-------+--countdown over--> WIPING --> ATTRACT

API::

    session = Session(config, clock=time.monotonic, temp_root=None, keyboard_config_home=None)
    session.touch(now=None); session.tick(now=None) -> State; session.continue_(now=None)
    session.finish(now=None); session.complete(now=None)           # both wipe and return to ATTRACT
    session.countdown(now=None) -> float                           # seconds left while in WARNING
    session.set_mode(Mode.ELDERLY); session.set_theme("high_contrast"); session.set_locale("en")
    session.register_wipe(name, fn) -> unregister; session.add_observer(fn) -> remove
    session.register_sensitive(*values)                            # card fields -> the Redactor
    session.wipe() -> WipeReport; session.temp_dir (Path while a session is open)
    wipe_pinyin_dictionary(config_home: Path | None = None) -> int

Mode (standard / 长辈版 elderly), theme and locale belong to the session and go back to the defaults
when it ends. Elderly mode uses the longer idle and warning times from ``config.session``.

The warning always starts when the idle time is first noticed and lasts the full countdown, even if
``tick`` was late (a frozen UI): a resident is never wiped without having been shown the countdown.

Wipe clears every trace of the resident: each registered callback (controller state, QML models, ...)
is called even if an earlier one raised; the Pinyin learning dictionary and the session's temporary
directory are removed; the Redactor forgets the resident's registered values. Constructing a Session
also removes what a crash may have left (stale session temp dirs, the Pinyin dictionary).
``keyboard_config_home`` defaults to ``$XDG_CONFIG_HOME`` (``~/.config``): tests pass a temporary
folder (or set ``XDG_CONFIG_HOME``) so they do not touch the real one. Failures are logged by
step name and exception type only, never with the exception text (it may quote personal data).
"""

from __future__ import annotations

import enum
import logging
import os
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.config import Config
from kiosk.core import words
from kiosk.logs import REDACTOR, Redactor

log = logging.getLogger(__name__)

THEMES = ("standard", "elderly", "high_contrast")
DEFAULT_THEME = "standard"
SESSION_DIR_PREFIX = "session-"


class State(enum.Enum):
    ATTRACT = "attract"
    ACTIVE = "active"
    WARNING = "warning"
    WIPING = "wiping"


class Mode(enum.Enum):
    STANDARD = "standard"
    ELDERLY = "elderly"


class EndReason(enum.Enum):
    FINISHED = "finished"  # the resident pressed "finish"
    COMPLETED = "completed"  # the matter was submitted / the flow reached its end
    EXPIRED = "expired"  # nobody answered the idle warning


@dataclass(frozen=True)
class WipeReport:
    wiped: tuple[str, ...]
    failed: tuple[tuple[str, str], ...]  # (step name, exception type)

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass(frozen=True)
class SessionEvent:
    kind: str  # "state", "mode", "theme", "locale"
    state: State
    previous: State | None = None
    reason: EndReason | None = None
    mode: Mode = Mode.STANDARD
    theme: str = DEFAULT_THEME
    locale: str = "zh_CN"
    wipe: WipeReport | None = None


Observer = Callable[[SessionEvent], None]
WipeCallback = Callable[[], object]


def default_config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def wipe_pinyin_dictionary(config_home: Path | None = None) -> int:
    """Empty Qt Virtual Keyboard's Pinyin learning dictionary (it remembers what residents typed).

    Returns the number of entries removed; the directory itself stays.
    """
    folder = (config_home or default_config_home()) / "qtvirtualkeyboard" / "pinyin"
    if not folder.is_dir():
        return 0
    removed = 0
    for entry in folder.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
        removed += 1
    return removed


def purge_stale_session_dirs(temp_root: Path) -> int:
    """Remove session temp dirs a crash left behind (run at start-up, before any session)."""
    if not temp_root.is_dir():
        return 0
    stale = [p for p in temp_root.iterdir() if p.is_dir() and p.name.startswith(SESSION_DIR_PREFIX)]
    for path in stale:
        shutil.rmtree(path, ignore_errors=True)
    return len(stale)


@dataclass
class _Wipe:
    name: str
    fn: WipeCallback


@dataclass
class Session:
    config: Config
    clock: Callable[[], float] = time.monotonic
    temp_root: Path | None = None
    keyboard_config_home: Path | None = None
    redactor: Redactor = REDACTOR
    state: State = field(default=State.ATTRACT, init=False)
    mode: Mode = field(default=Mode.STANDARD, init=False)
    theme: str = field(default=DEFAULT_THEME, init=False)
    locale: str = field(default="", init=False)
    session_id: str | None = field(default=None, init=False)
    temp_dir: Path | None = field(default=None, init=False)
    last_activity: float = field(default=0.0, init=False)
    warning_deadline: float | None = field(default=None, init=False)
    last_end: EndReason | None = field(default=None, init=False)
    _wipes: list[_Wipe] = field(default_factory=list, init=False)
    _observers: list[Observer] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        self.locale = self.config.locale
        if self.temp_root is None:
            self.temp_root = self.config.data_dir / "tmp"
        # A crash mid-session skipped the wipe: clear what the last resident may have left.
        purge_stale_session_dirs(self.temp_root)
        try:
            wipe_pinyin_dictionary(self.keyboard_config_home)
        except OSError as exc:
            log.error("start-up wipe of the pinyin dictionary failed: %s", type(exc).__name__)

    # -- timing -------------------------------------------------------------------------------------

    @property
    def idle_timeout_s(self) -> float:
        s = self.config.session
        return s.elderly_idle_timeout_s if self.mode is Mode.ELDERLY else s.idle_timeout_s

    @property
    def warning_s(self) -> float:
        s = self.config.session
        return s.elderly_warning_s if self.mode is Mode.ELDERLY else s.warning_s

    def _now(self, now: float | None) -> float:
        return self.clock() if now is None else now

    def countdown(self, now: float | None = None) -> float:
        if self.state is not State.WARNING or self.warning_deadline is None:
            return 0.0
        return max(0.0, self.warning_deadline - self._now(now))

    # -- inputs from the UI -------------------------------------------------------------------------

    def touch(self, now: float | None = None) -> None:
        """Any touch or key. Starts a session from ATTRACT; during the warning it means "still here"."""
        t = self._now(now)
        if self.state is State.ATTRACT:
            self._start(t)
        elif self.state is State.ACTIVE:
            self.last_activity = t
        elif self.state is State.WARNING:
            self.continue_(t)

    def continue_(self, now: float | None = None) -> None:
        if self.state is State.WARNING:
            self.last_activity = self._now(now)
            self.warning_deadline = None
            self._set_state(State.ACTIVE)
        elif self.state is State.ACTIVE:
            self.last_activity = self._now(now)

    def tick(self, now: float | None = None) -> State:
        t = self._now(now)
        if self.state is State.ACTIVE and t - self.last_activity >= self.idle_timeout_s:
            self.warning_deadline = t + self.warning_s
            self._set_state(State.WARNING)
        elif self.state is State.WARNING and self.warning_deadline is not None and t >= self.warning_deadline:
            self._end(EndReason.EXPIRED)
        return self.state

    def finish(self, now: float | None = None) -> None:
        if self.state in (State.ACTIVE, State.WARNING):
            self._end(EndReason.FINISHED)

    def complete(self, now: float | None = None) -> None:
        if self.state in (State.ACTIVE, State.WARNING):
            self._end(EndReason.COMPLETED)

    def set_mode(self, mode: Mode) -> None:
        if mode is not self.mode:
            self.mode = mode
            self._notify("mode")

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}; expected one of {', '.join(THEMES)}")
        if theme != self.theme:
            self.theme = theme
            self._notify("theme")

    def set_locale(self, locale: str) -> None:
        if locale not in words.LOCALES:
            raise ValueError(f"unknown locale {locale!r}; expected one of {', '.join(words.LOCALES)}")
        if locale != self.locale:
            self.locale = locale
            self._notify("locale")

    def register_sensitive(self, *values: str | None) -> None:
        """The resident's name, ID number, address...: redacted from every log line until the wipe."""
        self.redactor.register_many(values)

    # -- wiring -------------------------------------------------------------------------------------

    def register_wipe(self, name: str, fn: WipeCallback) -> Callable[[], None]:
        entry = _Wipe(name, fn)
        self._wipes.append(entry)

        def unregister() -> None:
            if entry in self._wipes:
                self._wipes.remove(entry)

        return unregister

    def add_observer(self, fn: Observer) -> Callable[[], None]:
        self._observers.append(fn)

        def remove() -> None:
            if fn in self._observers:
                self._observers.remove(fn)

        return remove

    # -- lifecycle ----------------------------------------------------------------------------------

    def _start(self, t: float) -> None:
        self.session_id = uuid.uuid4().hex
        assert self.temp_root is not None
        # A wipe whose temp step failed left its directory: it goes now, before anyone new starts.
        purge_stale_session_dirs(self.temp_root)
        self.temp_dir = self.temp_root / f"{SESSION_DIR_PREFIX}{self.session_id}"
        self.temp_dir.mkdir(parents=True, mode=0o700)
        self.last_activity = t
        self.warning_deadline = None
        self.last_end = None
        self._set_state(State.ACTIVE)

    def _end(self, reason: EndReason) -> None:
        self.last_end = reason
        self._set_state(State.WIPING, reason=reason)
        report = self.wipe()
        self.mode = Mode.STANDARD
        self.theme = DEFAULT_THEME
        self.locale = self.config.locale
        self.session_id = None
        self.warning_deadline = None
        self._set_state(State.ATTRACT, reason=reason, wipe=report)

    def wipe(self) -> WipeReport:
        """Run every wipe step; never stops at a failure. Safe to call in any state."""
        wiped: list[str] = []
        failed: list[tuple[str, str]] = []

        def step(name: str, fn: WipeCallback) -> None:
            try:
                fn()
            except Exception as exc:
                failed.append((name, type(exc).__name__))
                log.error("wipe step %s failed: %s", name, type(exc).__name__)
            else:
                wiped.append(name)

        for entry in list(self._wipes):
            step(entry.name, entry.fn)
        step("pinyin_dictionary", lambda: wipe_pinyin_dictionary(self.keyboard_config_home))
        step("temp_files", self._remove_temp_dir)
        step("redactor", self.redactor.clear)
        return WipeReport(tuple(wiped), tuple(failed))

    def _remove_temp_dir(self) -> None:
        if self.temp_dir is not None:
            if self.temp_dir.exists():
                shutil.rmtree(self.temp_dir)
            self.temp_dir = None

    def _set_state(
        self, state: State, reason: EndReason | None = None, wipe: WipeReport | None = None
    ) -> None:
        previous, self.state = self.state, state
        self._notify("state", previous, reason, wipe)

    def _notify(
        self,
        kind: str,
        previous: State | None = None,
        reason: EndReason | None = None,
        wipe: WipeReport | None = None,
    ) -> None:
        event = SessionEvent(kind, self.state, previous, reason, self.mode, self.theme, self.locale, wipe)
        for fn in list(self._observers):
            try:
                fn(event)
            except Exception as exc:
                log.error("session observer failed: %s", type(exc).__name__)
