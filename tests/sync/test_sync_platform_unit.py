"""The platform's systemd units start the commands and options this checkout's CLI really has, with the
settings the CLI reads from the environment file."""

from __future__ import annotations

import configparser
import shlex
from pathlib import Path

from sync.platform import cli

UNITS = Path(__file__).resolve().parents[2] / "packaging" / "platform"


def exec_start(name: str) -> list[str]:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(UNITS / name)
    return shlex.split(unit["Service"]["ExecStart"])


def test_serve_unit_runs_two_workers_over_tls_on_the_shared_data_directory():
    argv = exec_start("kiosk-platform.service")
    assert argv[0].endswith("/bin/kiosk-platform")
    args = cli.build_parser().parse_args(argv[1:])
    assert args.command == "serve" and args.workers == 2
    assert args.certfile is not None and args.keyfile is not None
    assert str(args.data) == "/var/lib/kiosk-platform"


def test_gc_unit_keeps_two_weeks_of_raw_heartbeats():
    args = cli.build_parser().parse_args(exec_start("kiosk-platform-gc.service")[1:])
    assert args.command == "gc" and args.heartbeat_days == 14


def test_environment_file_names_exactly_what_the_cli_reads():
    lines = (UNITS / "platform.env.example").read_text().splitlines()
    keys = {line.split("=", 1)[0] for line in lines if line and not line.startswith("#")}
    assert keys == {cli.DATABASE_URL_ENV, cli.ADMIN_TOKEN_ENV}
