"""What every test directory shares.

- One private PulseAudio with a null sink per test process (each xdist worker is one), started before
  any test touches Qt Multimedia: Qt picks its audio backend once per process, and a player made before
  the server existed can deadlock in stop() once one appears. Every UI test builds the voice controller.
- A golden migrated store: the schema is migrated once per process into a template file, and tests that
  want a fresh store get a copy of it (``store_copy``) instead of running every migration again.
- One cache folder per test process (``XDG_CACHE_HOME``): Qt keeps compiled QML there and maps those
  files into memory; two workers sharing the folder could rewrite a file the other has mapped, which is
  a SIGBUS. Tests that build their own app still set their own. Beyond that, the disk cache is off in
  tests (``QML_DISABLE_DISK_CACHE``): a process builds many apps, some with their own cache folder, and
  full runs still lost a worker to SIGBUS while a screen loaded; with no cache files there is nothing
  mapped to be rewritten. The terminal keeps its cache (one app per process).
- Skips are allowed only when ``tests/skip_allowlist.txt`` names their reason: scripts/bootstrap
  installs every tool the tests use, so any other skip is a broken setup and fails the run.
"""

from __future__ import annotations

import gc
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "voice"))

from pulse_null import null_sink_pulse

from kiosk.store.connection import Database, open_store
from kiosk.ui.app import set_qt_environment

SKIP_ALLOWLIST = Path(__file__).with_name("skip_allowlist.txt")


os.environ["QML_DISABLE_DISK_CACHE"] = "1"  # before any QML engine exists (see the docstring)
set_qt_environment()  # before pytest-qt's qapp exists, as `kiosk run` sets it before its own
# Qt's messages reach stderr (pyproject.toml: --no-qt-log); one about Qt's own combo-box popup type
# ("PopupList ... overrides a member") comes from Qt's style, not from the kiosk's QML.
os.environ.setdefault("QT_LOGGING_RULES", "qt.qml.propertyCache.append=false")


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    saved = os.environ.get("XDG_CACHE_HOME")
    folder = tmp_path_factory.mktemp("xdg-cache")
    os.environ["XDG_CACHE_HOME"] = str(folder)
    yield folder
    if saved is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = saved


@pytest.fixture(scope="session", autouse=True)
def pulse() -> Iterator[dict[str, str]]:
    if shutil.which("pulseaudio") is None:
        pytest.fail("pulseaudio missing: run scripts/bootstrap")
    with null_sink_pulse() as env:
        saved = {k: os.environ.get(k) for k in env}
        os.environ.update(env)
        yield env
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


# ---- the golden migrated store ----


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store file with every migration applied, checkpointed so the one file holds it all."""
    path = tmp_path_factory.mktemp("golden-store") / "kiosk.db"
    db = open_store(path)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path


def place_store(template: Path, path: Path) -> Path:
    """Copy the migrated template to ``path`` (the file a test or the app will open)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, path)
    return path


@pytest.fixture
def store_copy(migrated_template: Path) -> Iterator[Callable[[Path], Database]]:
    """``store_copy(path)`` opens a fresh, fully migrated store at ``path`` (a copy of the template)."""
    opened: list[Database] = []

    def make(path: Path) -> Database:
        db = open_store(place_store(migrated_template, path))
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.conn.close()


@pytest.fixture
def plain_http_on_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test platform on 127.0.0.1 over plain http: only with the development flag is that allowed."""
    monkeypatch.setenv("KIOSK_SYNC_DEV_PLAIN_HTTP", "1")


# ---- skips outside the allowlist fail the run ----


def _allowed_skips() -> list[str]:
    reasons = []
    for line in SKIP_ALLOWLIST.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            reason, _, why = line.partition(" | ")
            assert why.strip(), f"{SKIP_ALLOWLIST.name}: say why {reason!r} may skip"
            reasons.append(reason.strip())
    return reasons


_unlisted_skips: list[tuple[str, str]] = []


def _skip_reason(report: pytest.TestReport) -> str:
    longrepr = report.longrepr
    reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
    return reason.removeprefix("Skipped: ")


#: Directories whose files build kiosks, platforms or browsers: after the slow files, before the rest.
HEAVY_DIRECTORIES = ("ui", "sync")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Files with a slow test go first, then the heavy directories' files, then the rest. The xdist
    workers take whole files in collection order (pyproject.toml: --no-loadscope-reorder; by default
    xdist sorts files by their number of tests, which put the one-test system runs last), so a long file
    collected last ran alone at the end while the other worker sat idle; started first, the short files
    fill in around it. The order inside a file is kept, and every worker sorts alike."""
    slow_files = {item.path for item in items if item.get_closest_marker("slow") is not None}
    tests = Path(__file__).parent

    def weight(item: pytest.Item) -> tuple[bool, bool]:
        directory = item.path.relative_to(tests).parts[0] if item.path.is_relative_to(tests) else ""
        return item.path not in slow_files, directory not in HEAVY_DIRECTORIES

    items.sort(key=weight)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Once every test module is imported, what exists now (pytest's items, the modules, Qt's type
    objects, the catalogs and pinyin tables they load) is kept out of every later garbage collection.
    The kiosk runs a full collection after each session's wipe (``kiosk.memory.release``) and the UI
    tests end hundreds of sessions; in a test process each one walked this long-lived heap as well
    (about a third of the UI tests' CPU). New objects, the apps' included, are collected as before."""
    gc.collect()
    gc.freeze()


def pytest_unconfigure(config: pytest.Config) -> None:
    """Nothing stays frozen into the interpreter's shutdown: like any program's, its last collections
    see every object. (Left frozen, the cycles of extension modules imported during the run, such as
    zxingcpp's, were never freed and nanobind reported them as leaks at exit.)"""
    gc.unfreeze()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    # Under xdist the controller sees every worker's reports here too.
    if report.skipped and not hasattr(report, "wasxfail"):
        reason = _skip_reason(report)
        if not any(reason.startswith(allowed) for allowed in _allowed_skips()):
            _unlisted_skips.append((report.nodeid, reason))


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _unlisted_skips and not hasattr(session.config, "workerinput") and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _unlisted_skips:
        return
    terminalreporter.section("skips not in tests/skip_allowlist.txt (the run fails)", sep="=", red=True)
    for nodeid, reason in _unlisted_skips:
        terminalreporter.line(f"{nodeid}: {reason}")
    terminalreporter.line(
        "A tool the tests use is missing or broken: run scripts/bootstrap. "
        "A skip that is right on some machines goes in tests/skip_allowlist.txt with why."
    )
