"""The kiosk as a systemd service: exactly `kiosk run --kiosk --no-console`.

Installed as /opt/township-kiosk/lib/kiosk_service.py and started by bin/kiosk-session. The unattended
wiring (crash marker, READY=1, WATCHDOG=1 from the UI event loop, metrics textfile, quiet-hour restart
with exit code 75, dimming, UPS, clean exit on SIGTERM) lives in the app itself: kiosk.ui.ops_wiring.
``--windowed`` leaves out ``--kiosk`` (for trying the unit's command on a desktop).
"""

from __future__ import annotations

import sys

from kiosk.cli import main as kiosk_main


def main(argv: list[str]) -> int:
    windowed = "--windowed" in argv
    return kiosk_main(["run", "--no-console", *([] if windowed else ["--kiosk"])])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
