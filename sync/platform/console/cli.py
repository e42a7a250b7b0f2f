"""`kiosk-platform staff ...` and the console's `serve` options."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from sync.platform.console.security import hash_password
from sync.platform.console.settings import ConsoleSettings
from sync.platform.console.store import ROLES, ConsoleStore, open_engine


def add_serve_options(serve: argparse.ArgumentParser) -> None:
    serve.add_argument(
        "--offline-after-min", type=float, default=15.0, help="console: flag a terminal silent this long"
    )
    serve.add_argument(
        "--disk-low-gib", type=float, default=2.0, help="console: flag a terminal with less free disk (GiB)"
    )
    serve.add_argument(
        "--complaint-limit-hours", type=float, default=72.0, help="console: 有诉即办 answer time limit"
    )
    serve.add_argument(
        "--secure-cookies", action="store_true", help="console: session cookie over https only (behind TLS)"
    )


def serve_settings(args: argparse.Namespace, database_url: str, blob_dir: Path) -> ConsoleSettings:
    return ConsoleSettings(
        database_url,
        blob_dir,
        offline_after_min=args.offline_after_min,
        disk_low_gib=args.disk_low_gib,
        complaint_limit_hours=args.complaint_limit_hours,
        secure_cookies=args.secure_cookies,
    )


def add_parser(sub: Any) -> None:
    staff = sub.add_parser("staff", help="console staff accounts")
    ssub = staff.add_subparsers(dest="staff_command", required=True)
    add = ssub.add_parser("add", help="a new staff member (the password is asked for, or read from stdin)")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--name", required=True, help="the name colleagues see")
    add.add_argument("--password-stdin", action="store_true", help="read the password from one stdin line")
    ssub.add_parser("list", help="staff members and their roles")


def run(args: argparse.Namespace, database_url: str) -> int:
    store = ConsoleStore(open_engine(database_url))
    try:
        if args.staff_command == "list":
            for m in store.staff_list():
                print(m.username, m.role, m.display_name)
            return 0
        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = getpass.getpass("password: ")
            if getpass.getpass("again: ") != password:
                print("the passwords differ", file=sys.stderr)
                return 1
        try:
            store.add_staff(args.username, args.name, args.role, hash_password(password))
        except ValueError as exc:
            print(exc, file=sys.stderr)
            return 1
        except IntegrityError:
            print(f"staff member {args.username} exists already", file=sys.stderr)
            return 1
        print(f"added {args.username} ({args.role})")
        return 0
    finally:
        store.engine.dispose()
