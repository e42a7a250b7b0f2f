"""`kiosk-sync`: enrol this kiosk, show the queue, run one pass, run as a daemon, or carry by USB stick.

The database is the kiosk's own, found by the same rules as `kiosk` (`--config`, else $KIOSK_CONFIG,
else the built-in data folder); `--db` names one directly. A database that does not exist is never
made silently (an empty queue read from the wrong place looks like "everything sent"):
`--create-db` says a new one is meant, also for `enrol`, whose one-time token would otherwise be
spent on a throwaway file. Only one process syncs a database at a time (sync.engine.lock).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import httpx

from kiosk.config import Config, ConfigError, load_config
from kiosk.store import outbox
from kiosk.store.connection import open_store
from kiosk.store.settings import get_setting
from sync.engine.answers import import_answers
from sync.engine.catalog import fetch_root, save_root
from sync.engine.client import PlatformClient, enrol, root_matches
from sync.engine.config import options_from_config, request_timeout
from sync.engine.engine import SyncEngine
from sync.engine.errors import SyncError
from sync.engine.export import export_outbox
from sync.engine.lock import SyncLock, SyncLockHeld
from sync.engine.state import (
    KEY_CURSOR,
    KEY_LAST_SUCCESS,
    KEY_TERMINAL,
    load_credentials,
    provisioned_signing_key,
    save_credentials,
)
from sync.engine.worker import run_forever
from sync.protocol.bundle import BundleError

INSTALLED_CONFIG = Path("/etc/township-kiosk/kiosk.toml")


class NoDatabase(Exception):
    """The database the command would use does not exist, and making one was not asked for."""


def _database(args: argparse.Namespace, config: Config) -> Path:
    path = Path(args.db) if args.db else config.store_path
    if path.exists() or args.create_db:
        return path
    where = "--db" if args.db else f"the configuration, {config.source or 'built-in defaults'},"
    hint = ""
    if not args.db and not args.config and INSTALLED_CONFIG.exists():
        hint = f"; the installed kiosk's is --config {INSTALLED_CONFIG}"
    raise NoDatabase(
        f"no kiosk database at {path} (as {where} says){hint}. Nothing was created; "
        "add --create-db only if a new, empty database is really meant"
    )


def _status(db_path: Path) -> dict[str, object]:
    db = open_store(db_path)
    counts = {f"{c.kind}:{c.state}": c.count for c in outbox.state_counts(db)}
    attention = [
        {"id": i.id, "kind": i.kind, "ref": i.ref, "reason": i.last_error} for i in outbox.needs_attention(db)
    ]
    progress = [
        {"ref": i.ref, "state": i.state, "bytes_sent": i.bytes_sent, "bytes_total": i.bytes_total}
        for i in outbox.items_in(db, outbox.PENDING_STATES)
        if i.kind == "application"
    ]
    terminal = get_setting(db, KEY_TERMINAL)
    return {
        "database": str(db_path.resolve()),
        "terminal_id": terminal,
        "last_success_at": get_setting(db, KEY_LAST_SUCCESS),
        "has_status_cursor": get_setting(db, KEY_CURSOR) is not None,
        "outbox": counts,
        "in_progress": progress,
        "needs_attention": attention,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk-sync")
    parser.add_argument(
        "--config", help="the kiosk's TOML configuration (default: $KIOSK_CONFIG, else built-in defaults)"
    )
    parser.add_argument("--db", type=Path, help="the kiosk's SQLite store (default: the configuration's)")
    parser.add_argument(
        "--create-db", action="store_true", help="make the database if it does not exist (never silently)"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    e = sub.add_parser("enrol", help="enrol this kiosk with a one-time token")
    e.add_argument("--url", required=True)
    e.add_argument("--token", required=True)
    e.add_argument("--name", required=True)
    e.add_argument("--pin", type=Path, help="PEM of the platform's certificate: the only one trusted")
    sub.add_parser("status", help="queue states, progress and items needing attention (JSON)")
    sub.add_parser("run-once", help="one sync pass, then exit")
    sub.add_parser("daemon", help="sync in the background until interrupted (the [sync] settings apply)")
    x = sub.add_parser("export", help="write the outbox to DIR as one signed, sealed bundle (a USB stick)")
    x.add_argument("--to", type=Path, required=True)
    a = sub.add_parser("import-answers", help="apply the platform's signed answers from DIR (a USB stick)")
    a.add_argument("dir", type=Path)
    args = parser.parse_args(argv)

    try:
        config = load_config(args.config)
        db_path = _database(args, config)
        if args.command == "enrol":
            db = open_store(db_path)
            pin = args.pin.read_text() if args.pin else None
            creds = enrol(
                args.url, args.token, args.name, tls_pin_pem=pin, signing_key=provisioned_signing_key()
            )
            save_credentials(db, creds)
            print(f"enrolled as {creds.terminal_id} ({db_path})")
            try:
                root = fetch_root(args.url, pin)
                if not root_matches(root, creds):
                    raise ValueError("the TUF root fetched is not the one the platform's signed answer names")
                save_root(db, root)
            except (httpx.HTTPError, ValueError) as exc:  # the kiosk still syncs; catalogs wait for a root
                print(f"kiosk-sync: no TUF root ({type(exc).__name__}): catalog updates off until one is set")
        elif args.command == "status":
            print(json.dumps(_status(db_path), indent=2, ensure_ascii=False))
        elif args.command == "run-once":
            with SyncLock(db_path, "kiosk-sync run-once"):
                db = open_store(db_path)
                client = PlatformClient(load_credentials(db), timeout=request_timeout(config.sync))
                try:
                    report = SyncEngine(db, client, options_from_config(config.sync)).run_once()
                finally:
                    client.close()
            print(json.dumps(report.__dict__, indent=2, ensure_ascii=False))
            return 0 if report.stopped_by is None else 3
        elif args.command == "export":
            db = open_store(db_path)
            exported = export_outbox(db, load_credentials(db), args.to)
            print(json.dumps({k: str(v) for k, v in exported.__dict__.items()}, indent=2, ensure_ascii=False))
        elif args.command == "import-answers":
            db = open_store(db_path)
            applied = import_answers(db, load_credentials(db), args.dir, db_path.parent / "tuf")
            print(json.dumps(applied.__dict__, indent=2, ensure_ascii=False))
        else:
            with SyncLock(db_path, "kiosk-sync daemon"):
                pass  # refuse at once if another process syncs it; the worker then holds it for good
            run_forever(db_path, config.sync)
    except (SyncError, ConfigError, NoDatabase, SyncLockHeld, BundleError) as exc:
        print(f"kiosk-sync: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
