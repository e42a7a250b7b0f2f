"""Soak: N simulated resident sessions through the real app, offscreen, without a restart; memory kept.

Builds the app with kiosk.ui.app.build and drives each session the way a resident would, through the
controllers (as kiosk/tools/screenshots.py does): start -> catalog -> matters of a topic -> a guide ->
search (Chinese, pinyin, initials) -> finish (the wipe). Sessions vary the topic, matter and query.
Prints RSS after start (idle), after N sessions, the growth, and the baseline: the RSS of a bare
QGuiApplication + QML window measured in a child process in the same run.

"Idle" is the kiosk at rest after a session: the event loop has run for REST_MS, so the release that
follows a session's wipe (kiosk/memory.py: gc and malloc_trim, 1.5 s after it) has happened, as it
has on a terminal between residents. RSS is split into anonymous memory (heaps, Python objects) and
file-backed pages (libraries, fonts), from /proc/self/smaps_rollup.

Goal: growth <= 10 MB over 1,000 sessions, idle RSS <= 250 MB.
N: SOAK_SESSIONS (default 200, under two minutes on a small box); SOAK_SETTLE_MS per step (default 60);
SOAK_DEVICES=1 also starts the emulated devices, and each session then asks both cameras for a frame
(as the materials preview and the face step do), so idle is read after the cameras have worked and gone
back to standby (devices/camera/driver.py), as between real residents. SOAK_FACE=1 (with devices) also
runs the liveness check's face mesh over 15 face-camera frames in every tenth session and in the
warm-up, so idle is read after a face check as well. SOAK_TECH_QR=1 (with devices) enrols a technician
QR key, so the attract and home screens watch the document camera for a technician's code once a second
(kiosk/ui/tech_controller.py) and that camera never stands by there.
It also counts references to True lost over the run: PySide6 6.12.0 on Python 3.11 lost one per
Signal.emit() and aborted ("bool_dealloc") after about a hundred sessions; it must print 0.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
SESSIONS = int(os.environ.get("SOAK_SESSIONS", "200"))
SETTLE_MS = int(os.environ.get("SOAK_SETTLE_MS", "60"))
REST_MS = 2500  # > kiosk.ui.app.RELEASE_AFTER_WIPE_MS
DEVICES = os.environ.get("SOAK_DEVICES") == "1"
FACE = DEVICES and os.environ.get("SOAK_FACE") == "1"
TECH_QR = DEVICES and os.environ.get("SOAK_TECH_QR") == "1"
QUERIES = ("养老", "yanglao", "ylbx", "户口", "hukou", "低保", "dibao", "结婚", "社保", "营业执照")

BARE = """
import sys, time
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
app = QGuiApplication(sys.argv)
engine = QQmlApplicationEngine()
engine.loadData(QByteArray(b'import QtQuick\\nimport QtQuick.Controls\\nApplicationWindow { width: 1280; '
                b'height: 800; visible: true; Text { anchors.centerIn: parent; text: "Services" } }'))
end = time.monotonic() + 1.5
while time.monotonic() < end:
    app.processEvents()
    time.sleep(0.01)
print(open("/proc/self/status").read().split("VmRSS:")[1].split()[0])
"""


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def rollup_kib() -> tuple[int, int]:
    """(anonymous, file-backed) resident KiB."""
    fields = {}
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines()[1:]:
        name, _, value = line.partition(":")
        fields[name] = int(value.split()[0])
    return fields["Anonymous"], fields["Rss"] - fields["Anonymous"]


def baseline_kib() -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", BARE], env=env, capture_output=True, text=True, timeout=120,
                         check=True)  # fmt: skip
    return int(out.stdout.strip().splitlines()[-1])


def settle(qt_app: object, ms: int) -> None:
    """Run a real event loop for ``ms``: deleteLater() happens there, as inside the app's exec().

    processEvents() alone never runs deferred deletes, so a driver built on it sees every replaced
    screen pile up and reports a leak the running app does not have. (Calling
    sendPostedEvents(None, DeferredDelete) instead crashes PySide6 6.12 after a few thousand calls:
    it releases a reference to None it never took.)"""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


CAMERAS = ("document_camera", "face_camera")


def cameras(kiosk: object) -> list[object]:
    manager = getattr(getattr(kiosk, "devices", None), "manager", None)
    return [manager.driver(kind) for kind in CAMERAS if manager is not None and kind in manager.drivers]


def use_cameras(kiosk: object) -> None:
    """One frame from each camera, as a resident's materials and face steps ask for them."""
    for camera in cameras(kiosk):
        camera.latest()  # type: ignore[attr-defined]


def face_check(kiosk: object) -> None:
    """What a liveness check asks of the face mesh: landmarks on a run of face-camera frames."""
    from devices.camera.landmarks import FaceMesh

    camera = cameras(kiosk)[-1]
    mesh = FaceMesh(tracking=True)
    try:
        seq = None
        for _ in range(15):
            seq, frame = camera.next_frame(timeout=3, after=seq)  # type: ignore[attr-defined]
            mesh.landmarks(frame)
    finally:
        mesh.close()


def one_session(kiosk: object, i: int) -> None:
    k: object = kiosk
    app, catalog, qt = k.app, k.catalog, k.qt_app  # type: ignore[attr-defined]
    cat = catalog.catalog
    categories = [c.code for c in cat.categories if cat.matters_in_category(c.code)]
    topic = categories[i % len(categories)]
    app.start()
    if DEVICES:
        use_cameras(kiosk)
    if FACE and i % 10 == 0:
        face_check(kiosk)
    settle(qt, SETTLE_MS)
    app.go("catalog")
    settle(qt, SETTLE_MS)
    catalog.showList("category", topic)
    app.go("matters")
    settle(qt, SETTLE_MS)
    matters = cat.matters_in_category(topic)
    catalog.openGuide(matters[i % len(matters)].code)
    app.go("guide")
    settle(qt, SETTLE_MS)
    app.go("search")
    catalog.search(QUERIES[i % len(QUERIES)])
    settle(qt, SETTLE_MS)
    app.finish()
    settle(qt, SETTLE_MS)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    base = baseline_kib()
    with tempfile.TemporaryDirectory(prefix="kiosk-soak-") as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        # A private QML disk cache: the shared one is mmapped, and another process recompiling an edited
        # QML file truncates it under us (SIGBUS) - seen here while others worked on the same checkout.
        os.environ["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")
        from kiosk.config import default_config
        from kiosk.tools.screenshots import offscreen_config
        from kiosk.ui.app import build

        config = offscreen_config(default_config(), Path(tmp) / "data")
        kiosk = build(config, keyboard_config_home=Path(tmp) / "config", devices=DEVICES)
        try:
            if kiosk.catalog.catalog is None:
                raise SystemExit("no catalog loaded: run scripts/bootstrap (demo catalog missing?)")
            while DEVICES and len(cameras(kiosk)) < len(CAMERAS):  # the drivers open on a worker thread
                settle(kiosk.qt_app, 100)
            if TECH_QR:
                from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

                auth = kiosk.tech._auth()
                assert auth is not None
                auth.trust_qr_key(Ed25519PrivateKey.generate().public_key().public_bytes_raw())
            # Warm-up: the first sessions load QML components, fonts and caches that stay by design.
            for i in range(5):
                one_session(kiosk, i)
            gc.collect()
            settle(kiosk.qt_app, REST_MS)
            idle = rss_kib()
            idle_anon, idle_file = rollup_kib()
            at_idle = ", ".join(
                f"{c.name} {'capturing' if c.capturing else 'standby'} ({c.frame_count} frames so far)"  # type: ignore[attr-defined]
                for c in cameras(kiosk)
            )
            true_refs = sys.getrefcount(True)
            started = time.monotonic()
            trend: list[tuple[int, int]] = []
            for i in range(SESSIONS):
                one_session(kiosk, i)
                if (i + 1) % max(1, SESSIONS // 10) == 0:
                    settle(kiosk.qt_app, REST_MS)  # sampled at rest, like idle: comparable points
                    trend.append((i + 1, rss_kib()))
                    mb = trend[-1][1] / 1024
                    print(f"soak: {i + 1} sessions, RSS {mb:.1f} MB", file=sys.stderr, flush=True)
            gc.collect()
            settle(kiosk.qt_app, REST_MS)
            after = rss_kib()
            after_anon, after_file = rollup_kib()
            elapsed = time.monotonic() - started
            state = kiosk.session.state.value
            lost = true_refs - sys.getrefcount(True)
        finally:
            kiosk.close()
    sys.stdout.flush()
    growth_mb = (after - idle) / 1024
    # Steady state: the second half of the run (the first sessions still fill caches, e.g. glyphs of
    # characters not drawn before), extrapolated to 1,000 sessions.
    half = [(n, kib) for n, kib in trend if n >= SESSIONS // 2] or [(SESSIONS, after)]
    (n0, r0), (n1, r1) = half[0], (SESSIONS, after)
    per_1000 = (r1 - r0) / 1024 / max(n1 - n0, 1) * 1000
    print(f"baseline: bare QGuiApplication + QML window RSS {base / 1024:.1f} MB")
    extras = (", face checks" if FACE else "") + (", technician QR watch" if TECH_QR else "")
    setting = ", emulated devices" + extras if DEVICES else ""
    print(f"kiosk idle RSS after start (+5 warm-up sessions{setting}): "
          f"{idle / 1024:.1f} MB (goal <= 250 MB: {'met' if idle / 1024 <= 250 else 'NOT met'}; "
          f"{idle / base:.2f}x baseline; anonymous {idle_anon / 1024:.1f} MB, "
          f"files {idle_file / 1024:.1f} MB)")
    if DEVICES:
        print(f"cameras when idle was read: {at_idle}")
    print(f"kiosk RSS after {SESSIONS} sessions: {after / 1024:.1f} MB (anonymous "
          f"{after_anon / 1024:.1f} MB, files {after_file / 1024:.1f} MB); growth {growth_mb:+.1f} MB")
    # Under 500 sessions the half is too short to extrapolate: 1 MB of allocator noise becomes 20 MB.
    verdict = ("met" if per_1000 <= 10 else "NOT met") if n1 - n0 >= 250 else "too few sessions to judge"
    print(f"steady-state growth (sessions {n0}-{n1}): {per_1000:+.1f} MB per 1,000 sessions extrapolated "
          f"(goal <= 10 MB: {verdict})")
    print("RSS trend (sessions: MB): " + ", ".join(f"{n}: {kib / 1024:.1f}" for n, kib in trend))
    print(f"references to True lost over {SESSIONS} sessions: {lost} "
          "(must be 0; PySide6 6.12.0 lost 21 a session)")
    print(f"{SESSIONS} sessions in {elapsed:.1f} s ({elapsed / max(SESSIONS, 1) * 1000:.0f} ms each); "
          f"final session state: {state}")


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # interpreter teardown of PySide objects is not what this measures
