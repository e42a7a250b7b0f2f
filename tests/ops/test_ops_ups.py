"""UPS monitoring against NUT's real upsd and dummy-ups driver, run as a private instance in tmp_path."""

from __future__ import annotations

import os
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.ops.ups import (
    Action,
    NutClient,
    NutError,
    PowerPolicy,
    UpsMonitor,
    UpsReading,
    UpsState,
    _unquote,
)

NUT_DIR = Path("/lib/nut")
UPSD = NUT_DIR / "upsd"  # /usr/sbin/upsd is a wrapper that reads /etc/nut/nut.conf
DUMMY = NUT_DIR / "dummy-ups"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (UPSD.exists() and DUMMY.exists()),
        reason="nut-server not installed (scripts/bootstrap installs it)",
    ),
]


def wait_until(fn: Callable[[], object], timeout: float = 30.0, what: str = "") -> object:
    expired = threading.Event()
    pause = threading.Event()
    timer = threading.Timer(timeout, expired.set)
    timer.start()
    try:
        while not expired.is_set():
            value = fn()
            if value:
                return value
            pause.wait(0.05)
    finally:
        timer.cancel()
    raise AssertionError(f"timed out waiting for {what or fn}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Nut:
    root: Path
    port: int
    procs: list[subprocess.Popen[bytes]]

    def write_dev(self, text: str) -> None:
        """A new .dev file for dummy-ups. It notices a change by the file's modification time in whole
        seconds, so two writes within one second looked like one (the second state never came): each
        write gets a modification second of its own."""
        path = self.root / "kiosk.dev"
        previous = int(path.stat().st_mtime) if path.exists() else 0
        tmp = self.root / "kiosk.dev.tmp"
        tmp.write_text(text)
        stamp = max(int(time.time()), previous + 1)
        os.utime(tmp, (stamp, stamp))
        os.replace(tmp, path)

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
                proc.wait(timeout=10)


def start_nut(root: Path, port_file: str) -> Nut:
    """``root`` already holds the .dev or .seq file; writes the configs beside it and starts both."""
    (root / "state").mkdir()
    port = free_port()
    (root / "ups.conf").write_text(
        f'[kiosk]\n  driver = dummy-ups\n  port = {port_file}\n  pollinterval = 1\n  desc = "test"\n'
    )
    (root / "upsd.conf").write_text(f"LISTEN 127.0.0.1 {port}\n")
    (root / "upsd.users").write_text("")
    for name in ("ups.conf", "upsd.conf", "upsd.users"):
        (root / name).chmod(0o600)
    env = {**os.environ, "NUT_CONFPATH": str(root), "NUT_STATEPATH": str(root / "state")}
    user = ["-u", "root"] if os.geteuid() == 0 else []
    nut = Nut(root, port, [])
    with open(root / "driver.log", "wb") as log:
        nut.procs.append(subprocess.Popen([str(DUMMY), "-a", "kiosk", "-F", *user], cwd=root, env=env,
                                          stdout=log, stderr=subprocess.STDOUT))  # fmt: skip
    driver = nut.procs[0]
    wait_until(lambda: any((root / "state").glob("dummy-ups-kiosk*")) or driver.poll() is not None,
               what="the dummy-ups socket")  # fmt: skip
    assert driver.poll() is None, (root / "driver.log").read_text()
    with open(root / "upsd.log", "wb") as log:
        nut.procs.append(subprocess.Popen([str(UPSD), "-F", *user], cwd=root, env=env, stdout=log,
                                          stderr=subprocess.STDOUT))  # fmt: skip
    upsd = nut.procs[1]

    def answering() -> bool:
        assert upsd.poll() is None, (root / "upsd.log").read_text()
        try:
            with NutClient("127.0.0.1", port, timeout=2) as c:
                return c.get_var("kiosk", "ups.status") not in ("", "WAIT")  # WAIT: driver not read yet
        except (OSError, NutError):
            return False

    wait_until(answering, what="upsd to answer")
    return nut


@pytest.fixture
def nut_dev(tmp_path: Path) -> Iterator[Nut]:
    root = tmp_path / "nut"
    root.mkdir()
    (root / "kiosk.dev").write_text(
        'ups.status: OL\nbattery.charge: 100\nbattery.runtime: 1800\nups.mfr: "Dummy Power Co"\n'
    )
    nut = start_nut(root, "kiosk.dev")
    yield nut
    nut.stop()


def test_client_monitor_and_policy_against_a_live_dev_file(nut_dev: Nut) -> None:
    with NutClient("127.0.0.1", nut_dev.port) as nut:
        values = nut.list_var("kiosk")
        assert values["ups.status"] == "OL"
        assert values["battery.runtime"] == "1800"
        assert values["driver.name"] == "dummy-ups"
        assert nut.get_var("kiosk", "ups.mfr") == values["ups.mfr"]
        assert values["ups.mfr"] == "Dummy Power Co"
        with pytest.raises(NutError) as err:
            nut.get_var("kiosk", "no.such.var")
        assert err.value.code == "VAR-NOT-SUPPORTED"
        with pytest.raises(NutError) as err:
            nut.get_var("nosuchups", "ups.status")
        assert err.value.code == "UNKNOWN-UPS"
    assert _unquote('"a \\"b\\" \\\\c"') == 'a "b" \\c'  # upsd's escapes, as in net-protocol.txt

    monitor = UpsMonitor("kiosk", port=nut_dev.port, low_runtime_s=300)
    policy = PowerPolicy(finish_grace_s=600, shutdown_runtime_s=120)
    assert monitor.poll().state is UpsState.ONLINE
    assert policy.update(monitor.last, "active", now=0) == []

    nut_dev.write_dev("ups.status: OB DISCHRG\nbattery.charge: 80\nbattery.runtime: 900\n")
    reading = wait_until(lambda: (r := monitor.poll()).state is UpsState.ON_BATTERY and r, what="OB")
    assert isinstance(reading, UpsReading) and reading.runtime_s == 900 and reading.charge == 80
    # A resident is at the screen: no new sessions, flush, but let them finish.
    assert policy.update(reading, "active", now=10) == [Action.STOP_NEW_SESSIONS, Action.FLUSH]
    assert not policy.accepting_sessions
    assert policy.update(reading, "active", now=20) == []

    nut_dev.write_dev("ups.status: OL CHRG\nbattery.charge: 82\nbattery.runtime: 950\n")
    reading = wait_until(lambda: (r := monitor.poll()).state is UpsState.ONLINE and r, what="OL")
    assert policy.update(reading, "active", now=30) == [Action.RESUME_SESSIONS]
    assert policy.accepting_sessions

    nut_dev.write_dev("ups.status: OB DISCHRG LB\nbattery.charge: 9\nbattery.runtime: 400\n")
    reading = wait_until(lambda: (r := monitor.poll()).state is UpsState.LOW_BATTERY and r, what="LB")
    assert policy.update(reading, "warning", now=40) == [
        Action.STOP_NEW_SESSIONS, Action.FLUSH, Action.WIPE_SESSION, Action.SHUTDOWN
    ]  # fmt: skip
    # Once asked for, the shutdown is not repeated or taken back.
    assert policy.update(UpsReading(UpsState.ONLINE), "attract", now=50) == []

    nut_dev.stop()
    assert monitor.poll().state is UpsState.UNKNOWN


def test_replaying_a_seq_file_through_the_poller_thread(tmp_path: Path) -> None:
    root = tmp_path / "nut"
    root.mkdir()
    # dummy-ups replays this in a loop, one step per TIMER: outage, mains back, outage to low battery.
    (root / "kiosk.seq").write_text(
        "ups.status: OL\nbattery.charge: 100\nbattery.runtime: 1800\nTIMER 1\n"
        "ups.status: OB DISCHRG\nbattery.charge: 60\nbattery.runtime: 700\nTIMER 1\n"
        "ups.status: OL CHRG\nbattery.charge: 62\nbattery.runtime: 750\nTIMER 1\n"
        "ups.status: OB DISCHRG LB\nbattery.charge: 8\nbattery.runtime: 90\nTIMER 1\n"
    )
    nut = start_nut(root, "kiosk.seq")
    seen: list[UpsState] = []
    acted: list[Action] = []
    changed = threading.Condition()
    policy = PowerPolicy(finish_grace_s=3600, shutdown_runtime_s=60)

    def on_change(reading: UpsReading) -> None:
        with changed:
            # The loop may be anywhere when polling starts: begin at its first step (runtime 1800 s).
            if seen or reading.runtime_s == 1800:
                seen.append(reading.state)
                acted.extend(policy.update(reading, "attract"))
            changed.notify_all()

    monitor = UpsMonitor("kiosk", port=nut.port, low_runtime_s=300)
    try:
        monitor.start(interval_s=0.2, on_change=on_change)
        with changed:
            assert changed.wait_for(lambda: UpsState.LOW_BATTERY in seen, timeout=40), seen
    finally:
        monitor.stop()
        nut.stop()
    assert seen == [UpsState.ONLINE, UpsState.ON_BATTERY, UpsState.ONLINE, UpsState.LOW_BATTERY]
    assert acted == [
        Action.STOP_NEW_SESSIONS, Action.FLUSH, Action.RESUME_SESSIONS,
        Action.STOP_NEW_SESSIONS, Action.FLUSH, Action.SHUTDOWN,
    ]  # fmt: skip


def test_flush_checkpoints_the_wal_and_poweroff_asks_systemctl(tmp_path: Path) -> None:
    from kiosk.ops.ups import flush, request_poweroff
    from kiosk.store import open_store

    db = open_store(tmp_path / "k.db")
    try:
        db.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
        assert (tmp_path / "k.db-wal").stat().st_size > 0
        flush(db)
        assert (tmp_path / "k.db-wal").stat().st_size == 0
    finally:
        db.conn.close()
    # systemctl poweroff cannot run here: the command line is what is checked.
    calls: list[list[str]] = []
    assert request_poweroff(lambda argv, **_: calls.append(argv) or subprocess.CompletedProcess(argv, 0))
    assert calls == [["systemctl", "poweroff"]]
