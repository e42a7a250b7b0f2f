import dataclasses

import pytest

from kiosk.config import default_config
from kiosk.core.session import (
    EndReason,
    Mode,
    Session,
    State,
    wipe_pinyin_dictionary,
)
from kiosk.logs import Redactor


class FakeClock:
    """Time the test moves by hand; the session itself never sleeps or starts threads."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture
def config(tmp_path):
    return default_config({"XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)})


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def make_session(config, clock, tmp_path):
    def make(**kwargs):
        kwargs.setdefault("keyboard_config_home", tmp_path / "xdg-config")
        kwargs.setdefault("redactor", Redactor())
        return Session(config, clock, **kwargs)

    return make


@pytest.fixture
def session(make_session):
    return make_session()


def _events(session):
    seen = []
    session.add_observer(seen.append)
    return seen


def test_first_touch_starts_a_session(session, clock):
    seen = _events(session)
    assert session.state is State.ATTRACT and session.temp_dir is None
    session.tick()
    assert session.state is State.ATTRACT  # idle in attract is not a session
    session.touch()
    assert session.state is State.ACTIVE
    assert session.temp_dir is not None and session.temp_dir.is_dir()
    assert [(e.kind, e.previous, e.state) for e in seen] == [("state", State.ATTRACT, State.ACTIVE)]


def test_idle_leads_to_a_warning_with_a_countdown_of_at_least_20_s(session, clock, config):
    session.touch()
    clock.advance(config.session.idle_timeout_s - 1)
    assert session.tick() is State.ACTIVE
    session.touch()  # every touch resets the idle timer
    clock.advance(config.session.idle_timeout_s - 1)
    assert session.tick() is State.ACTIVE
    clock.advance(1)
    assert session.tick() is State.WARNING
    assert session.countdown() == config.session.warning_s >= 20
    clock.advance(5)
    assert session.countdown() == config.session.warning_s - 5


def test_continue_returns_to_the_session_with_everything_kept(session, clock, config):
    session.touch()
    session.set_locale("en")
    temp = session.temp_dir
    clock.advance(config.session.idle_timeout_s)
    session.tick()
    session.continue_()
    assert session.state is State.ACTIVE and session.temp_dir == temp and session.locale == "en"
    clock.advance(config.session.idle_timeout_s - 1)
    assert session.tick() is State.ACTIVE  # the idle timer restarted at "continue"


def test_a_touch_during_the_warning_counts_as_continue(session, clock, config):
    session.touch()
    clock.advance(config.session.idle_timeout_s)
    session.tick()
    session.touch()
    assert session.state is State.ACTIVE


def test_expiry_wipes_and_returns_to_attract(session, clock, config):
    seen = _events(session)
    wiped = []
    session.register_wipe("controller", lambda: wiped.append("controller"))
    session.touch()
    temp = session.temp_dir
    (temp / "scan-1.jpg").write_bytes(b"\xff\xd8 resident's scan")
    clock.advance(config.session.idle_timeout_s)
    session.tick()
    clock.advance(config.session.warning_s - 0.5)
    assert session.tick() is State.WARNING
    clock.advance(0.5)
    assert session.tick() is State.ATTRACT

    assert wiped == ["controller"]
    assert not temp.exists() and session.temp_dir is None
    assert session.last_end is EndReason.EXPIRED
    states = [(e.previous, e.state) for e in seen if e.kind == "state"]
    assert states[-2:] == [(State.WARNING, State.WIPING), (State.WIPING, State.ATTRACT)]
    assert seen[-1].reason is EndReason.EXPIRED and seen[-1].wipe.ok
    assert "controller" in seen[-1].wipe.wiped and "temp_files" in seen[-1].wipe.wiped


def test_a_late_tick_still_shows_the_whole_countdown(session, clock, config):
    """A UI that froze for longer than idle + warning must not wipe without showing the warning."""
    session.touch()
    clock.advance(config.session.idle_timeout_s + config.session.warning_s + 60)
    assert session.tick() is State.WARNING
    assert session.countdown() == config.session.warning_s


@pytest.mark.parametrize("end", ["finish", "complete"])
def test_finish_and_complete_end_the_session(session, end):
    wiped = []
    session.register_wipe("models", lambda: wiped.append(1))
    session.touch()
    getattr(session, end)()
    assert session.state is State.ATTRACT and wiped == [1]
    assert session.last_end is (EndReason.FINISHED if end == "finish" else EndReason.COMPLETED)
    session.touch()  # the next resident gets a new session
    assert session.state is State.ACTIVE


def test_elderly_mode_gives_longer_times(session, clock, config):
    session.touch()
    session.set_mode(Mode.ELDERLY)
    assert session.idle_timeout_s == config.session.elderly_idle_timeout_s > config.session.idle_timeout_s
    clock.advance(config.session.idle_timeout_s)
    assert session.tick() is State.ACTIVE  # the standard timeout has passed; 长辈版 waits longer
    clock.advance(config.session.elderly_idle_timeout_s - config.session.idle_timeout_s)
    assert session.tick() is State.WARNING
    assert session.countdown() == config.session.elderly_warning_s > config.session.warning_s
    clock.advance(config.session.warning_s)
    assert session.tick() is State.WARNING  # the standard countdown would have expired


def test_configured_times_are_used(config, clock, tmp_path):
    quick = dataclasses.replace(config, session=dataclasses.replace(config.session, idle_timeout_s=20))
    session = Session(quick, clock, keyboard_config_home=tmp_path, redactor=Redactor())
    session.touch()
    clock.advance(20)
    assert session.tick() is State.WARNING


def test_mode_theme_and_locale_reset_at_the_end(session, config):
    seen = _events(session)
    session.touch()
    session.set_mode(Mode.ELDERLY)
    session.set_theme("high_contrast")
    session.set_locale("en")
    assert [e.kind for e in seen[-3:]] == ["mode", "theme", "locale"]
    session.finish()
    assert (session.mode, session.theme, session.locale) == (Mode.STANDARD, "standard", config.locale)
    last = seen[-1]
    assert (last.state, last.mode, last.theme) == (State.ATTRACT, Mode.STANDARD, "standard")
    assert last.locale == "zh_CN"
    with pytest.raises(ValueError):
        session.set_theme("neon")
    with pytest.raises(ValueError):
        session.set_locale("fr")


def test_every_wipe_callback_runs_even_when_one_raises(session, caplog):
    calls = []

    def broken():
        calls.append("broken")
        raise RuntimeError("model for 王小明 410105199001011234 is stuck")

    session.register_wipe("first", lambda: calls.append("first"))
    session.register_wipe("broken", broken)
    session.register_wipe("last", lambda: calls.append("last"))
    session.touch()
    temp = session.temp_dir
    session.redactor.register_sensitive("王小明")
    session.finish()

    assert calls == ["first", "broken", "last"]
    assert not temp.exists()
    assert session.redactor.registered_count == 0
    report = session.wipe()  # a second wipe is harmless
    assert report.failed == (("broken", "RuntimeError"),)
    logged = caplog.text
    assert "broken" in logged and "RuntimeError" in logged
    assert "王小明" not in logged and "410105199001011234" not in logged


def test_unregistered_wipe_callback_is_not_called(session):
    calls = []
    unregister = session.register_wipe("gone", lambda: calls.append(1))
    unregister()
    session.touch()
    session.finish()
    assert calls == []


def test_pinyin_learning_dictionary_is_emptied(make_session, tmp_path):
    pinyin = tmp_path / "xdg-config" / "qtvirtualkeyboard" / "pinyin"
    pinyin.mkdir(parents=True)
    (pinyin / "usr_dict.dat").write_bytes(b"zhang san feng")
    (pinyin / "sub").mkdir()
    (pinyin / "sub" / "x").write_bytes(b"x")
    other = tmp_path / "xdg-config" / "qtvirtualkeyboard" / "other-setting"
    other.write_text("keep")
    session = make_session()
    session.touch()
    session.finish()
    assert pinyin.is_dir() and list(pinyin.iterdir()) == []
    assert other.read_text() == "keep"
    assert wipe_pinyin_dictionary(tmp_path / "nowhere") == 0


def test_redactor_values_are_cleared_on_wipe(session):
    session.touch()
    session.register_sensitive("李四", "410105199001011234", None)
    assert session.redactor.redact("申请人李四") == "申请人[redacted]"
    session.finish()
    assert session.redactor.redact("申请人李四") == "申请人李四"


def test_traces_left_by_a_crash_are_removed_at_start(tmp_path, make_session):
    first = make_session()
    first.touch()
    leftover = first.temp_dir
    (leftover / "scan.jpg").write_bytes(b"scan")
    pinyin = tmp_path / "xdg-config" / "qtvirtualkeyboard" / "pinyin"
    pinyin.mkdir(parents=True)
    (pinyin / "usr_dict.dat").write_bytes(b"wang xiao ming")
    # The process died here: no wipe ran. The next start cleans up before anyone new arrives.
    make_session()
    assert not leftover.exists()
    assert list(pinyin.iterdir()) == []


def test_observer_failure_does_not_break_the_session(session):
    def bad(event):
        raise RuntimeError("ui gone")

    session.add_observer(bad)
    session.touch()
    session.finish()
    assert session.state is State.ATTRACT
