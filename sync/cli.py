"""`kiosk-sync`: enrol this kiosk, show the queue, run one pass, or run as a daemon."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import httpx

from kiosk.store import outbox
from kiosk.store.connection import open_store
from kiosk.store.settings import get_setting
from sync.engine.catalog import fetch_root, save_root
from sync.engine.client import PlatformClient, enrol, root_matches
from sync.engine.config import SyncConfigError, options_from_settings
from sync.engine.engine import SyncEngine
from sync.engine.errors import SyncError
from sync.engine.state import KEY_CURSOR, KEY_LAST_SUCCESS, KEY_TERMINAL, load_credentials, save_credentials
from sync.engine.worker import run_forever

DEFAULT_DB = Path("var/kiosk.db")


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
        "terminal_id": terminal,
        "last_success_at": get_setting(db, KEY_LAST_SUCCESS),
        "has_status_cursor": get_setting(db, KEY_CURSOR) is not None,
        "outbox": counts,
        "in_progress": progress,
        "needs_attention": attention,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk-sync")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help="the kiosk's SQLite store")
    sub = parser.add_subparsers(dest="command", required=True)
    e = sub.add_parser("enrol", help="enrol this kiosk with a one-time token")
    e.add_argument("--url", required=True)
    e.add_argument("--token", required=True)
    e.add_argument("--name", required=True)
    e.add_argument("--pin", type=Path, help="PEM of the platform's certificate: the only one trusted")
    sub.add_parser("status", help="queue states, progress and items needing attention (JSON)")
    sub.add_parser("run-once", help="one sync pass, then exit")
    d = sub.add_parser("daemon", help="sync in the background until interrupted")
    d.add_argument("--interval", type=float, default=60.0)
    args = parser.parse_args(argv)

    try:
        if args.command == "enrol":
            db = open_store(args.db)
            pin = args.pin.read_text() if args.pin else None
            creds = enrol(args.url, args.token, args.name, tls_pin_pem=pin)
            save_credentials(db, creds)
            print(f"enrolled as {creds.terminal_id}")
            try:
                root = fetch_root(args.url, pin)
                if not root_matches(root, creds):
                    raise ValueError("the TUF root fetched is not the one the platform's signed answer names")
                save_root(db, root)
            except (httpx.HTTPError, ValueError) as exc:  # the kiosk still syncs; catalogs wait for a root
                print(f"kiosk-sync: no TUF root ({type(exc).__name__}): catalog updates off until one is set")
        elif args.command == "status":
            print(json.dumps(_status(args.db), indent=2, ensure_ascii=False))
        elif args.command == "run-once":
            db = open_store(args.db)
            client = PlatformClient(load_credentials(db))
            try:
                report = SyncEngine(db, client, options_from_settings(db)).run_once()
            finally:
                client.close()
            print(json.dumps(report.__dict__, indent=2, ensure_ascii=False))
            return 0 if report.stopped_by is None else 3
        else:
            run_forever(args.db, args.interval)
    except (SyncError, SyncConfigError) as exc:
        print(f"kiosk-sync: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
