"""The Debian package: built by packaging/build-deb, inspected with dpkg-deb, unpacked with dpkg -x, and
its unit's ExecStart started from the scratch root until it says READY=1 on our notify socket."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
APP = "/opt/township-kiosk"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (shutil.which("dpkg-deb") and Path("/usr/bin/python3.11").exists()),
        reason="needs dpkg-deb and Debian's python3.11",
    ),
]


def unit(path: Path) -> dict[str, list[str]]:
    """section.key -> values (systemd allows repeated keys such as Environment=)."""
    out: dict[str, list[str]] = {}
    section = ""
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        key, _, value = line.partition("=")
        out.setdefault(f"{section}.{key}", []).append(value)
    return out


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("deb")
    build = subprocess.run([str(REPO / "packaging" / "build-deb"), "--out", str(out)],
                           capture_output=True, text=True, timeout=900)  # fmt: skip
    assert build.returncode == 0, build.stderr[-4000:]
    path = Path(build.stdout.strip().splitlines()[-1])
    assert path.exists() and path.parent == out
    return path


@pytest.fixture(scope="module")
def root(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg", "-x", str(deb), str(target)], check=True, timeout=300)
    return target


def test_control_fields_and_dependencies(deb: Path) -> None:
    info = subprocess.run(["dpkg-deb", "-I", str(deb)], capture_output=True, text=True, check=True).stdout
    fields = dict(re.findall(r"^ (\w[\w-]*): (.*)$", info, re.M))
    assert fields["Package"] == "township-kiosk"
    assert fields["Architecture"] == subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    assert re.fullmatch(r"\d+\.\d+\.\d+-1", fields["Version"])
    assert int(fields["Installed-Size"]) > 100_000  # KiB: the venv with Qt is really in there
    depends = {d.strip().split(" ")[0] for d in fields["Depends"].split(",")}
    for needed in ("python3.11", "fonts-noto-cjk", "libzbar0", "espeak-ng", "cage", "adduser",
                   "libxcb-cursor0", "libxkbcommon-x11-0", "libwayland-client0", "libegl1"):
        assert needed in depends, needed
    for script in ("postinst", "prerm", "postrm", "conffiles"):
        assert script in info


def test_contents_units_rules_and_entry_point(deb: Path, root: Path) -> None:
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    names = {line.split()[5].removeprefix(".") for line in listing.splitlines()}
    for path in (
        "/lib/systemd/system/township-kiosk.service",
        "/lib/systemd/system/township-kiosk-x11.service",
        "/lib/udev/rules.d/70-township-kiosk.rules",
        "/etc/township-kiosk/kiosk.toml",
        f"{APP}/venv/bin/kiosk",
        f"{APP}/bin/kiosk-session",
        f"{APP}/bin/kiosk-credentials",
        f"{APP}/lib/kiosk_service.py",
        f"{APP}/venv/lib/python3.11/site-packages/kiosk/ops/watchdog.py",
        f"{APP}/venv/lib/python3.11/site-packages/kiosk/ui/i18n/kiosk_en.qm",
        f"{APP}/venv/lib/python3.11/site-packages/assets/catalog/demo-catalog.json",
        f"{APP}/venv/lib/python3.11/site-packages/assets/camera/face/astronaut_portrait.jpg",
        f"{APP}/venv/lib/python3.11/site-packages/assets/sounds/help-chime.wav",
        f"{APP}/kiosk.example.toml",
    ):
        assert path in names, path
    # The data is the wheel's package data, not a link out of site-packages; the terminal carries no
    # platform server (the `platform` extra).
    assert not any(line.startswith("l") and "site-packages/assets" in line for line in listing.splitlines())
    site = root / APP.lstrip("/") / "venv/lib/python3.11/site-packages"
    for platform_only in ("fastapi", "uvicorn", "starlette", "requests", "tuspyserver"):
        assert not (site / platform_only).exists(), platform_only
    entry = (root / APP.lstrip("/") / "venv/bin/kiosk").read_text().splitlines()
    assert entry[0] == f"#!{APP}/venv/bin/python"  # the installed place, not the build's staging dir
    assert "from kiosk.cli import main" in "\n".join(entry)
    assert os.readlink(root / APP.lstrip("/") / "venv/bin/python3.11") == "/usr/bin/python3.11"

    svc = unit(root / "lib/systemd/system/township-kiosk.service")
    assert svc["Service.Type"] == ["notify"] and svc["Service.NotifyAccess"] == ["all"]
    assert svc["Service.Restart"] == ["on-failure"] and svc["Service.User"] == ["kiosk"]
    assert int(svc["Service.WatchdogSec"][0]) > 0
    assert svc["Unit.StartLimitAction"] == ["reboot"] and int(svc["Unit.StartLimitBurst"][0]) > 1
    env = set(svc["Service.Environment"])
    assert {"QT_QPA_PLATFORM=wayland", "QT_WAYLAND_DISABLE_WINDOWDECORATION=1"} <= env
    session = (root / APP.lstrip("/") / "bin/kiosk-session").read_text()
    assert "exec cage -d --" in session and " -s " not in session.split("exec cage")[1]
    x11 = unit(root / "lib/systemd/system/township-kiosk-x11.service")
    assert x11["Service.Type"] == ["notify"] and "township-kiosk.service" in x11["Unit.Conflicts"][0]

    rules = (root / "lib/udev/rules.d/70-township-kiosk.rules").read_text()
    active = [r for r in rules.splitlines() if r.strip() and not r.lstrip().startswith("#")]
    token = re.compile(r'\s*([A-Za-z_]+(?:\{[^}]+\})?)\s*(==|!=|\+=|:=|=)\s*"([^"]*)"\s*(?:,|$)')
    for rule in active:
        pairs, pos = [], 0
        while pos < len(rule):  # the whole line must be KEY op "value" pairs, comma-separated
            m = token.match(rule, pos)
            assert m, f"not udev syntax at {rule[pos:]!r}"
            pairs.append(m.groups())
            pos = m.end()
        assert pairs[0][1] == "==", rule  # every rule matches something before it assigns
    for name in ("kiosk-idcard", "kiosk-scanner", "kiosk-printer"):
        assert f'SYMLINK+="{name}"' in rules
    assert all('GROUP="kiosk"' in r or "RUN+=" in r for r in active)


@pytest.fixture
def notify_socket(tmp_path: Path) -> Iterator[tuple[str, socket.socket]]:
    path = str(tmp_path / "notify.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.settimeout(90)
    yield path, sock
    sock.close()


def test_the_units_execstart_reaches_ready_from_a_scratch_root(
    root: Path, tmp_path: Path, notify_socket: tuple[str, socket.socket]
) -> None:
    path, sock = notify_socket
    svc = unit(root / "lib/systemd/system/township-kiosk.service")
    argv = shlex.split(svc["Service.ExecStart"][0])
    assert argv[0].startswith(APP)
    argv[0] = str(root) + argv[0]  # the same command line, from where dpkg -x put it
    config = tmp_path / "kiosk.toml"
    config.write_text(f'data_dir = "{tmp_path / "data"}"\n[logging]\nconsole = false\n')
    env = {
        "PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
        "QT_QPA_PLATFORM": "offscreen", "NOTIFY_SOCKET": path, "WATCHDOG_USEC": "4000000",
        "KIOSK_CONFIG": str(config), "KIOSK_METRICS_FILE": str(tmp_path / "kiosk.prom"),
    }  # fmt: skip
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    seen: list[str] = []
    try:
        while not any(m.startswith("READY=1") for m in seen):
            seen.append(sock.recv(4096).decode())
        while "WATCHDOG=1" not in seen[seen.index(next(m for m in seen if m.startswith("READY=1"))):]:
            seen.append(sock.recv(4096).decode())
        assert proc.poll() is None
        assert (tmp_path / "data" / "run.marker").exists()
        proc.send_signal(signal.SIGTERM)
        while "STOPPING=1" not in seen:
            seen.append(sock.recv(4096).decode())
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        output = proc.communicate(timeout=30)[0].decode(errors="replace")
    assert not (tmp_path / "data" / "run.marker").exists(), output[-3000:]  # a clean exit
    assert "kiosk_sessions_started_total 0" in (tmp_path / "kiosk.prom").read_text()


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze not installed")
def test_systemd_analyze_verify(root: Path, tmp_path: Path) -> None:
    for name in ("township-kiosk.service", "township-kiosk-x11.service"):
        # verify checks that ExecStart exists: point it into the scratch root.
        text = (root / "lib/systemd/system" / name).read_text().replace(APP, str(root) + APP)
        (tmp_path / name).write_text(text)
        result = subprocess.run(["systemd-analyze", "verify", str(tmp_path / name)],
                                capture_output=True, text=True, cwd=tmp_path, timeout=60)  # fmt: skip
        problems = [line for line in (result.stdout + result.stderr).splitlines() if name in line]
        assert result.returncode == 0 and problems == [], result.stdout + result.stderr
