"""The `kiosk` command: run the app and its subcommands."""

from __future__ import annotations

import argparse
import sqlite3
import sys

from kiosk.config import ConfigError, load_config


def _run(args: argparse.Namespace) -> int:
    from kiosk.logs import setup_logging
    from kiosk.ui.app import display_problem

    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    config = load_config(args.config)
    setup_logging(config)
    from kiosk.ui.app import build

    kiosk = build(
        config, kiosk_mode=args.kiosk, qt_args=[sys.argv[0]], lazy=True, devices=True, voice_warm_up=True
    )
    from kiosk.ui.console.controller import start_console

    if not args.no_console:
        start_console(kiosk)  # only when every device is emulated; owned by the kiosk's engine
    from kiosk.ui.ops_wiring import run

    # crash marker, sd_notify READY/WATCHDOG, metrics, quiet-hour restart, dimming, UPS, SIGTERM
    return run(kiosk)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk", description="Township government-service kiosk")
    parser.add_argument(
        "--config", help="TOML configuration file (default: $KIOSK_CONFIG, else built-in defaults)"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="start the kiosk (emulated devices and the demo catalog by default)")
    run.add_argument("--kiosk", action="store_true", help="full-screen and frameless, no way out")
    run.add_argument(
        "--no-console", action="store_true", help="no emulator console window, even on emulated devices"
    )
    run.set_defaults(handler=_run)
    from kiosk.catalog_cli import register_cli as register_catalog
    from kiosk.ops.cli import register_cli as register_ops
    from kiosk.queue_cli import register_cli as register_queue

    register_catalog(sub)
    register_queue(sub)
    register_ops(sub)
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except ConfigError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as exc:
        if args.command == "run":
            raise  # the kiosk itself handles a damaged or full store (moved aside, out of service)
        print(
            f"kiosk: the kiosk database cannot be read ({exc}). It may be damaged: nothing was changed;"
            " `kiosk run` moves a damaged store aside and keeps it.",
            file=sys.stderr,
        )
        return 3


if __name__ == "__main__":
    sys.exit(main())
