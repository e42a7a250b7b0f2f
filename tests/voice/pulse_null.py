"""A private PulseAudio with a null sink: a real audio output on a machine without a sound card, and
a listener on its monitor. Used by tests/voice and bench/bench_voice.py."""

from __future__ import annotations

import array
import ctypes
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


class PulseUnavailable(RuntimeError):
    pass


_prctl: Callable[..., int] | None
try:
    _prctl = ctypes.CDLL(None).prctl  # looked up here: the forked child only makes the call
except (OSError, AttributeError):
    _prctl = None


def _die_with_parent() -> None:
    """In the child: SIGTERM when the process that started it dies, even by a crash or a kill that
    skips our cleanup (an orphaned server otherwise lives on, seen on this shared machine)."""
    if _prctl is not None:
        _prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG


@contextmanager
def null_sink_pulse(timeout: float = 15.0) -> Iterator[dict[str, str]]:
    """Start ``pulseaudio`` in a temporary runtime dir; yields the environment a client needs.

    Readiness is pulseaudio's own "Daemon startup complete." log line, not a guess.
    """
    exe = shutil.which("pulseaudio")
    if exe is None:
        raise PulseUnavailable("pulseaudio is not installed (scripts/bootstrap installs it)")
    root = Path(tempfile.mkdtemp(prefix="kiosk-pulse-"))
    run_dir, home = root / "run", root / "home"
    run_dir.mkdir(mode=0o700)
    home.mkdir(mode=0o700)
    socket = run_dir / "native"
    env = {**os.environ, "XDG_RUNTIME_DIR": str(run_dir), "HOME": str(home)}
    env.pop("PULSE_SERVER", None)
    proc = subprocess.Popen(
        [
            exe, "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
            "--log-target=stderr", "-v",
            "-L", f"module-native-protocol-unix auth-anonymous=1 socket={socket}",
            "-L", "module-null-sink sink_name=nullsink",
            "-L", "module-always-sink",
        ],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
        preexec_fn=_die_with_parent,
    )  # fmt: skip
    ready = threading.Event()
    log: list[str] = []

    def watch() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            log.append(line)
            if "startup complete" in line.lower():
                ready.set()
        ready.set()  # exited: stop waiting either way

    threading.Thread(target=watch, daemon=True).start()
    try:
        if not ready.wait(timeout) or proc.poll() is not None:
            raise PulseUnavailable("pulseaudio did not start: " + "".join(log[-5:]))
        yield {"PULSE_SERVER": f"unix:{socket}", "XDG_RUNTIME_DIR": str(run_dir)}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        shutil.rmtree(root, ignore_errors=True)


class SinkMonitor:
    """Listens to the null sink's monitor (``parec``): when loud samples arrive and how loud they are.

    ``arm()`` starts a measurement: ``first`` is then the perf_counter time of the first loud 2.5 ms
    block after it (None until one arrives) and ``peak`` the loudest sample since. ``last_loud`` is the
    time of the latest loud block, whenever it was."""

    def __init__(self, threshold: int = 300) -> None:
        exe = shutil.which("parec")
        if exe is None:
            raise PulseUnavailable("parec is missing (pulseaudio-utils): cannot listen to the sink")
        self.threshold = threshold
        self.proc = subprocess.Popen(
            [exe, "-d", "nullsink.monitor", "--raw", "--format=s16le", "--rate=22050", "--channels=1",
             "--latency-msec=5"],
            stdout=subprocess.PIPE,
        )  # fmt: skip
        self._armed = float("inf")
        self.first: float | None = None
        self.peak = 0
        self.last_loud = 0.0
        self.blocks = 0  # blocks read so far: the monitor is live once this moves
        self.blocks_since_arm = 0
        threading.Thread(target=self._read, daemon=True).start()

    def arm(self) -> float:
        self.first, self.peak, self.blocks_since_arm = None, 0, 0
        self._armed = time.perf_counter()
        return self._armed

    def quiet_for(self, seconds: float) -> bool:
        return time.perf_counter() - self.last_loud >= seconds

    def _read(self) -> None:
        assert self.proc.stdout is not None
        while chunk := self.proc.stdout.read(110):  # 2.5 ms of audio
            now = time.perf_counter()
            self.blocks += 1
            loudest = max(map(abs, array.array("h", chunk[: len(chunk) // 2 * 2])), default=0)
            if now >= self._armed:
                self.peak = max(self.peak, loudest)
                self.blocks_since_arm += 1
            if loudest > self.threshold:
                self.last_loud = now
                if self.first is None and now >= self._armed:
                    self.first = now

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=5)
