"""Screen change to its spoken prompt reaching the audio output, cache cold and warm.
Goals: <= 150 ms cold, <= 20 ms warm.

"Screen changed" is the moment ``VoiceController.speak(prompt)`` is called (what Main.qml does on a
new screen). End points, on a private PulseAudio null sink (a real output, no sound card):
  started - the controller's ``started`` signal: the prompt's first samples were written into the
            output stream (kiosk.voice.output, one stream kept open) and the UI thread heard of it;
  sink    - the first non-silent sample arrives on the null sink's monitor (``parec``): the audio
            really reached the output.
A null sink mixes what it receives at once, so "sink" is when the samples reached PulseAudio's mixer;
a sound card then adds its own buffer (the stream asks for 50 ms: kiosk.voice.output.BUFFER_MS).
Rounds are separated by 0.4 s of silence so a stopped prompt's tail never counts as the next one.
The very first playback in a process waits for the stream to open (and a null sink finishes the
long block it idled in first): measured apart, in fresh processes, with and without the warm-up.
Cold: a prompt never spoken before (synthesized by espeak-ng on the worker thread). Warm: the same
prompt again (a cache hit goes to the output from inside the ``speak`` call). Baseline, measured in
the same run: the very same WAV file played by Qt Multimedia's QMediaPlayer (setSource + play, the
way the kiosk played prompts before), started = PlayingState.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtMultimedia import QMediaPlayer

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "voice"))

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "15"))
PROMPTS = [
    "欢迎使用。请触摸屏幕开始。",
    "首页。请选择我要办事，或查询办件进度。",
    "我要办事。请按主题、一件事或部门选择。",
    "请选择一个事项，查看办事指南。",
    "搜索。请输入事项名称的汉字或拼音，然后选择结果。",
]


def p50(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else values[0]


def main() -> None:
    from pulse_null import null_sink_pulse

    if len(sys.argv) > 1 and sys.argv[1] in ("--first-play", "--first-play-cold"):
        run(first_play=sys.argv[1] == "--first-play")
        return
    with null_sink_pulse() as env:
        os.environ.update(env)
        # The first playback of a process opens the PulseAudio stream: measured in fresh processes,
        # without and with the controller's warm-up (a moment of silence played when it is built).
        first = {}
        for flag in ("--first-play-cold", "--first-play"):
            out = subprocess.run(
                [sys.executable, __file__, flag], capture_output=True, text=True, timeout=120, check=True
            )
            first[flag] = [float(x) * 1000 for x in out.stdout.split()[-2:]]
        run()
        cold, warm = first["--first-play-cold"], first["--first-play"]
        print(
            f"  first playback of a process: without warm-up started {cold[0]:.1f} ms, sink {cold[1]:.1f} ms;"
            f" after the controller's warm-up started {warm[0]:.1f} ms, sink {warm[1]:.1f} ms"
        )


_PLAYER_QML = b"import QtMultimedia\nMediaPlayer { audioOutput: AudioOutput {} }\n"


def qt_player(parent: QObject) -> QMediaPlayer:
    """A QMediaPlayer made by a QML engine (a Python-made one can deadlock in stop())."""
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QMediaPlayer  # before create(): PySide6 then wraps it as one
    from PySide6.QtQml import QQmlComponent, QQmlEngine

    engine = QQmlEngine(parent)
    component = QQmlComponent(engine)
    component.setData(_PLAYER_QML, QUrl())
    player = component.create()
    if not isinstance(player, QMediaPlayer):
        raise SystemExit(f"Qt Multimedia QML is unavailable: {component.errorString()}")
    player.setParent(parent)
    return player


def run(first_play: bool | None = None) -> None:
    """The whole bench; with ``first_play`` set, only the first playback (with or without warm-up)."""
    from pulse_null import SinkMonitor
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, QUrl
    from PySide6.QtGui import QGuiApplication

    from kiosk.config import load_config
    from kiosk.core.session import Session
    from kiosk.logs import Redactor
    from kiosk.ui.voice import VoiceController
    from kiosk.voice import DEFAULT_RATE, speakable

    qt_app = QGuiApplication.instance() or QGuiApplication(["bench"])  # noqa: F841 - must exist
    tmp = Path(tempfile.mkdtemp())
    (tmp / "kiosk.toml").write_text('data_dir = "data"\n[logging]\nconsole = false\n', encoding="utf-8")
    config = load_config(tmp / "kiosk.toml")
    session = Session(config, keyboard_config_home=tmp / "cfg", redactor=Redactor())
    session.touch()
    voice = VoiceController(session, config, tmp / "voice-cache", warm_up=first_play is not False)
    voice.setProperty("enabled", True)
    started_at: list[float] = []
    voice.started.connect(lambda: started_at.append(time.perf_counter()))

    # QEventLoop.processEvents, not QCoreApplication.processEvents: the static one in PySide6 6.12
    # on Python 3.11 drops a reference to None per call, and a busy loop soon kills the process
    # ("Fatal Python error: none_dealloc").
    loop = QEventLoop()

    def wait(cond: Callable[[], bool], timeout_s: float = 5.0) -> None:
        timer = QElapsedTimer()
        timer.start()
        while not cond():
            loop.processEvents()
            if timer.elapsed() > timeout_s * 1000:
                raise TimeoutError("playback did not start")

    monitor = SinkMonitor()
    wait(lambda: monitor.blocks > 0)

    def idle(seconds: float) -> None:
        until = time.perf_counter() + seconds
        while time.perf_counter() < until:
            loop.processEvents()

    def measure(start: Callable[[], None], started: Callable[[], bool] | None = None) -> tuple[float, float]:
        voice.stop()
        wait(lambda: monitor.quiet_for(0.4), timeout_s=10)
        started_at.clear()
        t0 = monitor.arm()
        start()
        wait(started or (lambda: bool(started_at)))
        t_started = (started_at[0] if started_at else time.perf_counter()) - t0
        wait(lambda: monitor.first is not None)
        assert monitor.first is not None
        return t_started, monitor.first - t0

    if first_play is not None:  # a child process: only the first playback of the process
        if first_play:
            idle(3.0)  # let the warm-up finish, as the attract screen's time on show does in service
        started, sink = measure(lambda: voice.speak("您好。"))
        print(f"{started} {sink}")
        voice.close()
        monitor.close()
        return

    holder = QObject()
    player = qt_player(holder)
    playing = player.PlaybackState.PlayingState

    def qt_play(path: Path) -> None:
        player.stop()
        player.setSource(QUrl.fromLocalFile(str(path)))
        player.play()

    def qt_started() -> bool:
        return bool(player.playbackState() == playing)

    with wave.open(str(tmp / "silence.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(22050)
        w.writeframes(bytes(2 * 22050 // 5))
    qt_play(tmp / "silence.wav")  # Qt's first stream of a process is not what the baseline measures
    idle(3.0)  # the warm-up
    player.stop()
    results: dict[str, list[tuple[float, float]]] = {"baseline": [], "cold": [], "warm": []}
    synth_ms: list[float] = []
    for i in range(ROUNDS):
        text = f"{PROMPTS[i % len(PROMPTS)]}第{i + 1}遍。"  # new text: nothing cached
        before = voice.cache.synth_count
        results["cold"].append(measure(partial(voice.speak, text)))
        assert voice.cache.synth_count == before + 1, "cold round did not synthesize"
        path = voice.cache.lookup(text)
        assert path is not None
        results["warm"].append(measure(partial(voice.speak, text)))
        assert voice.cache.synth_count == before + 1, "warm round synthesized"
        results["baseline"].append(measure(partial(qt_play, path), qt_started))
        player.stop()
        t0 = time.perf_counter()
        voice.cache.synthesizer.synthesize(speakable(text), DEFAULT_RATE, tmp / "probe.wav")
        synth_ms.append((time.perf_counter() - t0) * 1000)
    streams = voice.output.streams_opened
    voice.close()
    monitor.close()

    print(f"bench_voice: {ROUNDS} rounds, synthesizer {voice.cache.synthesizer.name}, PulseAudio null sink")
    print(f"  synthesis alone: p50 {p50(synth_ms):.1f} ms, p95 {p95(synth_ms):.1f} ms")
    print("  cold rounds at the sink (ms): " + ", ".join(f"{r[1] * 1000:.0f}" for r in results["cold"]))
    print(f"  audio streams the voice output opened over the run: {streams}")
    base = [p50([r[k] for r in results["baseline"]]) * 1000 for k in range(2)]
    for name in ("baseline", "cold", "warm"):
        cols = []
        for k, label in enumerate(("started", "sink")):
            ms = [r[k] * 1000 for r in results[name]]
            cols.append(
                f"{label} p50 {p50(ms):6.1f} p95 {p95(ms):6.1f} ms (x{p50(ms) / max(base[k], 0.01):.2f})"
            )
        print(f"  {name:8s} " + " | ".join(cols))
    for k, label in ((0, "started"), (1, "sink")):
        cold = p95([r[k] * 1000 for r in results["cold"]])
        warm = p95([r[k] * 1000 for r in results["warm"]])
        print(
            f"  goals ({label}): cold p95 {cold:.1f} ms <= 150 {'met' if cold <= 150 else 'MISSED'};"
            f" warm p95 {warm:.1f} ms <= 20 {'met' if warm <= 20 else 'MISSED'}"
        )


if __name__ == "__main__":
    main()
