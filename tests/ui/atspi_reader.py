#!/usr/bin/python3
"""Read a running kiosk through AT-SPI the way a screen reader does. Runs under Debian's system
python3 (python3-pyatspi is not on PyPI) inside the test's dbus-run-session; tests/ui/test_atspi.py
drives it.

    atspi_reader.py --attract NAME --tile NAME --expect NAME... [--step STEP...] -- kiosk command...

Starts the accessibility bus, then the kiosk (so Qt finds the bus when it starts), finds the kiosk's
application by process id, and: lists every actionable element without a name; presses the attract
screen's button and then the services tile with doAction(0); reports the named buttons each screen
shows. Then the walk goes on as the --step arguments say, in order: ``press:NAME`` (doAction(0) on the
actionable element of that name), ``focus:NAME`` (grabFocus, as a screen reader moves its focus),
``key:Return`` (a keypad key, through the X server), ``wait:NAME`` (until an element of that name
shows), ``card:KEY`` (the deck's card KEY laid on the kiosk's ID card reader: the name written to the
``--card-drop`` FIFO, whose other end the test's emulated reader reads) and ``snap:LABEL`` (every
showing element with its role, name, states and actions, kept under LABEL). Prints one JSON object;
exits 0 when it could read the app (the test judges the findings).
AT-SPI has no blocking "wait for this element": the waits poll with a deadline.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from typing import Any

import pyatspi

ACTIONABLE_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_LINK,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
}
PRESS_ACTIONS = {"press", "click", "toggle", "activate", "jump"}
MAX_NODES = 3000


def wait_for(what: str, fn: Callable[[], Any], timeout: float) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = fn()
        except Exception:  # the tree changes under us while screens load
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.1)


def bus_up() -> bool:
    """Our launcher owns org.a11y.Bus (asking the name itself would make D-Bus start a second one)."""
    out = subprocess.run(
        ["gdbus", "call", "--session", "--dest", "org.freedesktop.DBus",
         "--object-path", "/org/freedesktop/DBus",
         "--method", "org.freedesktop.DBus.NameHasOwner", "org.a11y.Bus"],
        capture_output=True, text=True, timeout=5, check=False,
    )  # fmt: skip
    return out.returncode == 0 and "true" in out.stdout


def focus_window(pid: int, timeout: float) -> None:
    """Give the kiosk's window the X input focus, as the window manager of a real terminal does (the
    test's Xvfb has none): the on-screen keyboard serves only the focused window's fields."""
    found = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(pid)],
        capture_output=True, text=True, timeout=timeout, check=True,
    )  # fmt: skip
    window = found.stdout.split()[0]
    focus = ["xdotool", "windowfocus", "--sync", window]
    subprocess.run(focus, capture_output=True, timeout=timeout, check=True)


def find_app(pid: int) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.get_process_id() == pid:
            return app
    return None


def actions_of(acc: Any) -> list[str]:
    try:
        action = acc.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i).lower() for i in range(action.nActions)]


def walk(root: Any) -> Iterator[Any]:
    """Every showing element under ``root``, depth first."""
    stack, seen = [root], 0
    while stack and seen < MAX_NODES:
        acc = stack.pop()
        seen += 1
        try:
            showing = acc.getState().contains(pyatspi.STATE_SHOWING)
            count = acc.childCount
        except Exception:
            continue
        if acc is not root and not showing:
            continue
        yield acc
        stack.extend(acc[i] for i in reversed(range(count)) if acc[i] is not None)


def is_actionable(acc: Any) -> bool:
    return acc.getRole() in ACTIONABLE_ROLES or bool(PRESS_ACTIONS & set(actions_of(acc)))


def describe(app: Any) -> dict[str, list[dict[str, str]]]:
    buttons: list[dict[str, str]] = []
    unnamed: list[dict[str, str]] = []
    for acc in walk(app):
        if not is_actionable(acc):
            continue
        entry = {"role": acc.getRoleName(), "name": acc.name or "", "description": acc.description or ""}
        (buttons if entry["name"].strip() else unnamed).append(entry)
    return {"buttons": buttons, "unnamed": unnamed}


STATES = {
    "checkable": pyatspi.STATE_CHECKABLE,
    "checked": pyatspi.STATE_CHECKED,
    "focusable": pyatspi.STATE_FOCUSABLE,
    "focused": pyatspi.STATE_FOCUSED,
    "modal": pyatspi.STATE_MODAL,
    "editable": pyatspi.STATE_EDITABLE,
}


def snapshot(app: Any) -> list[dict[str, Any]]:
    """Every showing element: what a screen reader can say of it."""
    nodes = []
    for acc in walk(app):
        if acc is app:
            continue
        states = acc.getState()
        nodes.append({
            "role": acc.getRoleName(),
            "name": acc.name or "",
            "description": acc.description or "",
            "states": sorted(k for k, v in STATES.items() if states.contains(v)),
            "actions": actions_of(acc),
        })  # fmt: skip
    return nodes


KEYSYMS = {"Return": 0xFF0D, "Down": 0xFF54, "Up": 0xFF52, "Right": 0xFF53, "Left": 0xFF51}


def find_any(app: Any, name: str) -> Any:
    for acc in walk(app):
        if (acc.name or "").strip() == name:
            return acc
    return None


def run_step(app: Any, step: str, result: dict[str, Any], timeout: float, card_drop: str = "") -> None:
    kind, _, arg = step.partition(":")
    if kind == "card":
        if not card_drop:
            raise ValueError("card: needs --card-drop")
        with open(card_drop, "w", encoding="utf-8") as drop:
            drop.write(arg + "\n")
    elif kind == "press":
        press(app, arg, timeout)
    elif kind == "focus":
        acc = wait_for(f"an element named {arg!r}", lambda: find_any(app, arg), timeout)
        acc.queryComponent().grabFocus()
    elif kind == "key":  # a key of the keypad, through the X server (XTest), e.g. key:Return
        pyatspi.Registry.generateKeyboardEvent(KEYSYMS[arg], None, pyatspi.KEY_SYM)
    elif kind == "wait":
        wait_for(f"an element named {arg!r}", lambda: find_any(app, arg), timeout)
    elif kind == "snap":
        result.setdefault("snaps", {})[arg] = snapshot(app)
    else:
        raise ValueError(f"unknown step {step!r}")


def find_named(app: Any, name: str) -> Any:
    for acc in walk(app):
        if (acc.name or "").strip() == name and is_actionable(acc):
            return acc
    return None


def press(app: Any, name: str, timeout: float) -> None:
    acc = wait_for(f"a control named {name!r}", lambda: find_named(app, name), timeout)
    acc.queryAction().doAction(0)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--attract", required=True)
    ap.add_argument("--tile", default="")
    ap.add_argument("--list-only", action="store_true", help="describe the first screen, press nothing")
    ap.add_argument("--expect", action="append", default=[], help="a home-screen button that must be there")
    ap.add_argument("--step", action="append", default=[], help="press:, focus:, wait: or snap: (see above)")
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("--card-drop", default="", help="a FIFO the test's emulated ID card reader reads")
    ap.add_argument("command", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    result: dict[str, Any] = {"ok": False}
    bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
    kiosk = None
    errors = tempfile.TemporaryFile()  # a file, not a pipe: a chatty kiosk can never block on it
    try:
        wait_for("the accessibility bus", bus_up, args.timeout)
        kiosk = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        app = wait_for("the kiosk on the AT-SPI desktop", lambda: find_app(kiosk.pid), args.timeout)
        focus_window(kiosk.pid, args.timeout)
        result["app"] = app.name
        wait_for("the attract screen", lambda: find_named(app, args.attract), args.timeout)
        result["attract"] = describe(app)
        if args.list_only:
            result["ok"] = True
            return 0
        press(app, args.attract, args.timeout)
        expected = set(args.expect)
        wait_for(
            "the home screen's buttons",
            lambda: expected <= {b["name"] for b in describe(app)["buttons"]},
            args.timeout,
        )
        result["home"] = describe(app)
        press(app, args.tile, args.timeout)
        wait_for(
            "the services screen",
            lambda: args.tile not in {b["name"] for b in describe(app)["buttons"]},
            args.timeout,
        )
        result["services"] = describe(app)
        for step in args.step:
            result["at"] = step
            run_step(app, step, result, args.timeout, args.card_drop)
        result.pop("at", None)
        result["ok"] = True
    except TimeoutError as exc:
        result["error"] = str(exc)
    finally:
        for proc in (kiosk, bus):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
        errors.seek(0)
        result["kiosk_stderr_tail"] = errors.read().decode("utf-8", "replace")[-2000:]
        print(json.dumps(result, ensure_ascii=False))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
