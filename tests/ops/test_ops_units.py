"""The systemd units are hardened (systemd-analyze security at most 3.0) without shutting the kiosk
out of what it needs, and the X11 fallback offers no way to a console login. That the kiosk and the
platform still work inside their units' system-call sandboxes: tests/ops/test_ops_unit_sandbox.py.

Read from packaging/ as shipped; the packaging test (tests/ops/test_packaging.py) builds the .deb.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
UNITS = ("township-kiosk.service", "township-kiosk-x11.service")
MAX_EXPOSURE = 3.0


def settings(name: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in (PACKAGING / "systemd" / name).read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.lstrip().startswith(("#", "[")):
            key, _, value = line.partition("=")
            found.setdefault(key.strip(), []).append(value.strip())
    return found


@pytest.mark.parametrize("name", UNITS)
def test_the_units_close_what_the_kiosk_does_not_need(name):
    s = settings(name)
    for key, value in {
        "NoNewPrivileges": "yes", "ProtectSystem": "strict", "ProtectHome": "yes", "PrivateTmp": "yes",
        "ProtectKernelTunables": "yes", "ProtectKernelModules": "yes", "ProtectKernelLogs": "yes",
        "ProtectControlGroups": "yes", "RestrictSUIDSGID": "yes", "RestrictNamespaces": "yes",
        "LockPersonality": "yes", "UMask": "0077", "CapabilityBoundingSet": "",
        "SystemCallArchitectures": "native",
    }.items():  # fmt: skip
        assert s.get(key) == [value], key
    assert "@system-service" in s["SystemCallFilter"]
    # what it must keep: the seat's devices (no device allow-list, which ProtectClock would imply),
    # the network to the platform, its state directory and the Wayland/X socket
    for absent in ("PrivateDevices", "DevicePolicy", "DeviceAllow", "ProtectClock", "PrivateNetwork"):
        assert absent not in s, absent
    assert {"AF_INET", "AF_INET6", "AF_UNIX"} <= set(s["RestrictAddressFamilies"][0].split())
    assert s["StateDirectory"] == ["township-kiosk"] and "-/run/user" in s["ReadWritePaths"][0].split()


@pytest.mark.parametrize(
    "unit",
    [*(f"systemd/{name}" for name in UNITS), *(f"platform/kiosk-platform{s}.service" for s in ("", "-gc"))],
)
def test_systemd_analyze_security_scores_at_most_three(unit):
    """The kiosk's units and the platform's (which holds the keys that open every application)."""
    assert shutil.which("systemd-analyze"), "systemd-analyze (systemd) is part of every supported system"
    result = subprocess.run(
        ["systemd-analyze", "security", "--offline=yes", "--no-pager", str(PACKAGING / unit)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    score = re.search(r"Overall exposure level for \S+: (\d+\.\d)", result.stdout)
    assert score, result.stdout + result.stderr
    assert float(score.group(1)) <= MAX_EXPOSURE, result.stdout


def test_the_x11_fallback_offers_no_way_to_a_console():
    session = (PACKAGING / "bin" / "kiosk-session-x11").read_text(encoding="utf-8")
    command = session[session.index("exec xinit") :]
    assert "setxkbmap -option srvrkeys:none || exit 1" in command  # no Ctrl+Alt+F<n>, no zap
    assert "-novtswitch" in command and "-nolisten tcp" in command
    assert "x11-xkb-utils" in (PACKAGING / "debian" / "control.in").read_text(encoding="utf-8")


def test_a_fresh_install_keeps_the_terminals_secrets_as_encrypted_credentials():
    """postinst runs kiosk-credentials on a fresh install only (an upgrade keeps its keys); what the
    script makes, and that the kiosk then reads it, is shown with the real systemd-creds in
    tests/sync/test_sync_signing_credential.py."""
    postinst = (PACKAGING / "debian" / "postinst").read_text(encoding="utf-8")
    fresh = postinst[postinst.index('if [ -z "$2" ]; then') :]
    assert fresh.splitlines()[1].strip().startswith('"$APP/bin/kiosk-credentials"')
    script = (PACKAGING / "bin" / "kiosk-credentials").read_text(encoding="utf-8")
    assert "for name in applicant-token.key at-rest-seal.key terminal-signing.key; do" in script
    assert "WITH_KEY=${3:-auto}" in script  # TPM2-bound where the board has one
    assert 'packaging/bin/kiosk-credentials "$STAGE$APP/bin/kiosk-credentials"' in (
        PACKAGING / "build-deb"
    ).read_text(encoding="utf-8")
    for script_path in (PACKAGING / "debian" / "postinst", PACKAGING / "bin" / "kiosk-credentials"):
        assert subprocess.run(["sh", "-n", str(script_path)]).returncode == 0
