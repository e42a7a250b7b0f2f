"""The `kiosk` command: run the app and its subcommands."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk", description="Township government-service kiosk")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="start the kiosk")
    args = parser.parse_args(argv)
    print(f"kiosk {args.command}: not built yet", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
