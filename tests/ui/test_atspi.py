"""The real kiosk (`python -m kiosk.cli run`) on Xvfb, read through AT-SPI as a screen reader would:
no actionable element without a name, the attract screen and the services tile pressed through
AT-SPI actions, the home screen's buttons there with their names; then on in the same walk: a guide
(its body text readable, not only its headings), the contrast toggle's checked state, the complaints
screen's chips and anonymous toggle, and its text field activated, which opens the on-screen keyboard
whose keys are buttons a screen reader presses; in Chinese its 手写 panel, whose writing box is a drawing
area; then an application (《就业创业证》申领: nothing to type, no papers) on a card laid on the reader, to
the signature pad: a drawing area named with its instruction, saying it is not signed yet, signed with
the keypad's arrows, then saying it is signed, its 清空 and 继续办理 named and described. The ID card
reader is the project's byte-level SAM emulator behind a pty in this process (kiosk.toml names its port,
as it would a USB reader's); the AT-SPI reader lays a card on it through a FIFO.

The AT-SPI client is Debian's python3-pyatspi under the system python3 (tests/ui/atspi_reader.py),
run inside dbus-run-session; the accessibility bus starts before the kiosk."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).parents[2]
READER = Path(__file__).with_name("atspi_reader.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
ACTIONABLE_ROLES = {
    "push button", "toggle button", "check box", "radio button", "entry", "text", "page tab", "canvas",
}  # fmt: skip
HOME_BUTTONS = ["Services", "Check progress", "Complaints and suggestions", "Call staff", "Home"]
pytestmark = pytest.mark.slow


def _missing() -> str | None:
    for tool in ("Xvfb", "dbus-run-session", "gdbus", "xdotool"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (scripts/bootstrap installs it)"
    if not Path(BUS_LAUNCHER).exists():
        return f"{BUS_LAUNCHER} missing (at-spi2-core; scripts/bootstrap installs it)"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30, check=False
    )
    if probe.returncode != 0:
        return "python3-pyatspi is not installed for /usr/bin/python3 (scripts/bootstrap installs it)"
    return None


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A private X display; Xvfb writes its number to -displayfd once it accepts clients."""
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()  # returns when Xvfb is ready, or "" if it died
        if not number:
            pytest.fail("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


# An app with one named and one unnamed button: shows that the reader does find unnamed controls.
UNNAMED_QML = b"""
import QtQuick
Window {
    width: 400; height: 300; visible: true
    Column {
        Rectangle { width: 100; height: 60; Accessible.role: Accessible.Button; Accessible.name: "Named" }
        Rectangle { width: 100; height: 60; Accessible.role: Accessible.Button }
    }
}
"""
UNNAMED_APP = (
    "import sys\n"
    "from PySide6.QtGui import QGuiApplication\n"
    "from PySide6.QtQml import QQmlApplicationEngine\n"
    "app = QGuiApplication(sys.argv)\n"
    "engine = QQmlApplicationEngine()\n"
    f"engine.loadData({UNNAMED_QML!r})\n"
    "sys.exit(app.exec())\n"
)


@contextlib.contextmanager
def card_reader_on_a_pty(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """(the port a kiosk opens, a FIFO): the SAM emulator behind a pty, taking the card named by each
    line written to the FIFO."""
    from devices.idcard.emulator import SamEmulator
    from devices.transport import PtyEmulatorHost

    drop = tmp_path / "card-drop"
    os.mkfifo(drop)
    with PtyEmulatorHost(SamEmulator(), "idcard") as host:

        def serve() -> None:
            with open(drop, encoding="utf-8") as lines:  # waits for the AT-SPI reader to open it
                for line in lines:
                    host.emulator.insert(line.strip())

        thread = threading.Thread(target=serve, name="card-drop", daemon=True)
        thread.start()
        try:
            yield host.port, drop
        finally:
            with contextlib.suppress(OSError):  # a reader that never wrote: let the thread's open return
                os.close(os.open(drop, os.O_WRONLY | os.O_NONBLOCK))
            thread.join(timeout=5)


def run_reader(
    display: str,
    tmp_path: Path,
    reader_args: list[str],
    app: list[str],
    idcard: tuple[str, Path] | None = None,
) -> dict[str, Any]:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    toml = tmp_path / "kiosk.toml"
    # English so the names the test looks for do not depend on the translation files.
    text = 'data_dir = "data"\nlocale = "en"\n[logging]\nconsole = false\n'
    if idcard is not None:  # the test's emulated reader, named as a technician names a USB reader
        text += f'[devices.idcard]\nemulated = false\nport = "{idcard[0]}"\n'
        reader_args = [*reader_args, "--card-drop", str(idcard[1])]
    toml.write_text(text, encoding="utf-8")
    (tmp_path / "home").mkdir()
    (tmp_path / "xdg-runtime").mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_", "AT_SPI", "XDG_"))}
    env.update(
        DISPLAY=display,
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "xdg-config"),
        XDG_CACHE_HOME=str(tmp_path / "xdg-cache"),
        XDG_DATA_HOME=str(tmp_path / "xdg-data"),
        XDG_RUNTIME_DIR=str(tmp_path / "xdg-runtime"),
        KIOSK_CONFIG=str(toml),
        QT_QPA_PLATFORM="xcb",
        QT_ACCESSIBILITY="1",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_QUICK_CONTROLS_STYLE="Basic",
    )
    cmd = ["dbus-run-session", "--", SYSTEM_PYTHON, str(READER), *reader_args, "--timeout", "40", "--", *app]
    out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=150, check=False)
    lines = out.stdout.strip().splitlines()
    try:
        result: dict[str, Any] = json.loads(lines[-1])
    except (IndexError, json.JSONDecodeError):
        pytest.fail(f"the AT-SPI reader gave no result (exit {out.returncode}): {out.stderr[-2000:]}")
    assert result["ok"], f"{result.get('error')}\napp stderr: {result.get('kiosk_stderr_tail')}"
    return result


def test_reader_finds_an_unnamed_button(xvfb: str, tmp_path: Path) -> None:
    app = [sys.executable, "-c", UNNAMED_APP]
    result = run_reader(xvfb, tmp_path, ["--attract", "Named", "--list-only"], app)
    assert [b["name"] for b in result["attract"]["buttons"]] == ["Named"]
    assert [b["role"] for b in result["attract"]["unnamed"]] == ["push button"]


def _walk_beyond_home() -> tuple[list[str], dict[str, str]]:
    """The steps after the services screen: a category, its first matter's guide, the contrast toggle,
    the complaints screen with its anonymous toggle, and its text field focused (the keyboard opens)."""
    from kiosk.core.catalog_io import load_catalog

    catalog = load_catalog()
    category = catalog.categories[0]
    matter = catalog.matters_in_category(category.code)[0]
    words = {
        "category": category.name.text("en"),
        "matter": matter.name.text("en"),
        "material": matter.materials[0].name.text("en"),
    }
    steps = [
        f"press:{words['category']}", f"wait:{words['matter']}", f"press:{words['matter']}",
        "wait:Guide text", "snap:guide",
        "press:Contrast", "snap:contrast",
        "press:Home", "press:Complaints and suggestions", f"wait:{ANONYMOUS}", "snap:complaints",
        f"press:{ANONYMOUS}", "focus:What happened, or what do you suggest?", "snap:field",
        "press:What happened, or what do you suggest?", "wait:q", "snap:typing",
        # in Chinese the keyboard offers 手写: its writing box is a drawing area, like the signature pad
        "press:中文", "press:具体情况或建议", "wait:手写",
        "press:手写", f"wait:{WRITING_BOX}", "snap:handwriting",
        # an application on a card, to the signature pad
        "press:首页", "press:我要办事", f"press:{SIGN_WALK['category']}", f"press:{SIGN_WALK['matter']}",
        "press:开始办理", "card:zhangsan", "wait:联系电话", "press:继续办理",
        "wait:申请人居民身份证", "press:继续办理", f"wait:{SIGN_PAD}", "snap:sign",
        f"focus:{SIGN_PAD}", "key:Right", "key:Down", "key:Right", "key:Return", "snap:signed",
    ]  # fmt: skip
    return steps, words


#: 《就业创业证》申领: a form the card fills, the card its only paper (kiosk_zh_CN.ts has the words)
SIGN_WALK = {"category": "劳动就业", "matter": "《就业创业证》申领"}
SIGN_PAD = "签名板：请用手指签名，或用方向键画出签名后按确认键"


ANONYMOUS = "Send it anonymously"
WRITING_BOX = "书写框：请用手指在这里写一个汉字"  # kiosk_zh_CN.ts (the field is 具体情况或建议 there)


def _named(snap: list[dict[str, Any]], name: str) -> dict[str, Any]:
    found = [n for n in snap if n["name"].removeprefix("✓ ") == name]
    assert found, f"nothing named {name!r} in {sorted({n['name'] for n in snap})}"
    return found[0]


def test_screen_reader_reads_and_operates_the_kiosk(xvfb: str, tmp_path: Path) -> None:
    steps, words = _walk_beyond_home()
    reader_args = [
        "--attract", "Touch the screen to start",
        "--tile", "Services",
        *[arg for name in HOME_BUTTONS for arg in ("--expect", name)],
        *[arg for step in steps for arg in ("--step", step)],
    ]  # fmt: skip
    # the kiosk alone, as a terminal runs it (the emulator console is a developer's second window)
    kiosk = [sys.executable, "-m", "kiosk.cli", "run", "--no-console"]
    with card_reader_on_a_pty(tmp_path) as idcard:
        result = run_reader(xvfb, tmp_path, reader_args, kiosk, idcard)

    for screen in ("attract", "home", "services"):
        unnamed = result[screen]["unnamed"]
        assert not unnamed, f"{screen}: actionable elements without a name: {unnamed}"
    attract_names = {b["name"] for b in result["attract"]["buttons"]}
    assert "Touch the screen to start" in attract_names
    on_home = {b["name"]: b for b in result["home"]["buttons"]}
    for name in HOME_BUTTONS:
        assert name in on_home, f"home screen: no button named {name!r}; found {sorted(on_home)}"
    assert on_home["Services"]["role"] == "push button"
    assert on_home["Services"]["description"]  # KButton's subtext is its description
    services = {b["name"] for b in result["services"]["buttons"]}
    assert "Services" not in services and "Back" in services  # we left home for the catalog
    assert len(services) >= 5, services

    snaps = result["snaps"]
    for label, snap in snaps.items():
        actionable = [n for n in snap if n["role"] in ACTIONABLE_ROLES or n["actions"]]
        unnamed = [n for n in actionable if not n["name"].strip()]
        assert not unnamed, f"{label}: actionable elements without a name: {unnamed}"
    # the guide's body, not only its headings: its rows are text a screen reader reads
    guide_text = [n["name"] for n in snaps["guide"] if n["role"] in ("label", "static", "text")]
    assert any(words["material"] in t for t in guide_text), guide_text
    assert sum(len(t) >= 20 for t in guide_text) >= 5, guide_text
    # toggles say whether they are on
    assert "checkable" in _named(snaps["guide"], "Contrast")["states"]
    assert "checked" not in _named(snaps["guide"], "Contrast")["states"]
    assert "checked" in _named(snaps["contrast"], "Contrast")["states"]
    chips = [n for n in snaps["complaints"] if "checkable" in n["states"] and n["role"] != "toggle button"]
    assert len(chips) >= 3, chips  # the categories, the anonymous toggle, the voice switch
    assert "checked" not in _named(snaps["complaints"], ANONYMOUS)["states"]
    assert "checked" in _named(snaps["typing"], ANONYMOUS)["states"]
    # the on-screen keyboard's keys are buttons a screen reader can press
    keys = {n["name"] for n in snaps["typing"] if n["role"] == "push button" and "press" in n["actions"]}
    assert {"q", "a", "z"} <= keys, sorted(keys)
    box = _named(snaps["handwriting"], WRITING_BOX)
    assert box["role"] == "canvas", box  # a drawing area, not an image
    # the signature pad: a drawing area with its instruction, saying whether it holds a signature
    pad = _named(snaps["sign"], SIGN_PAD)
    assert pad["role"] == "canvas" and "focusable" in pad["states"], pad
    assert pad["description"].startswith("尚未签名"), pad
    assert _named(snaps["signed"], SIGN_PAD)["description"].startswith("已签名")
    clear, go_on = _named(snaps["sign"], "清空"), _named(snaps["sign"], "继续办理")
    assert clear["role"] == go_on["role"] == "push button" and clear["description"] and go_on["description"]
