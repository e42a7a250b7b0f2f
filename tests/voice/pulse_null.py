"""A private PulseAudio with a null sink: a real audio output for Qt Multimedia on a machine without
a sound card. Used by tests/voice and bench/bench_voice.py."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class PulseUnavailable(RuntimeError):
    pass


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
