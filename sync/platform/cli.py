"""`kiosk-platform`: serve the reference platform and administer it (tokens, terminals, cases)."""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import os
import secrets
import sys
import threading
import time
from pathlib import Path
from typing import Any

from sync.platform.app import create_app, token_hash
from sync.platform.catalog_repo import CatalogRepository
from sync.platform.console import cli as console_cli
from sync.platform.keys import PlatformIdentity, SealKeyring
from sync.platform.storage import DEFAULT_HEARTBEAT_RETENTION_DAYS, SqlStorage, open_storage
from sync.protocol.models import CASE_STATES


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "keys":  # sign-root runs on an offline machine with no platform data
        return _keys(args)
    args.data.mkdir(parents=True, exist_ok=True)
    if args.command == "serve":
        return _serve(args)
    storage = open_storage(args.data, args.database_url)
    try:
        return _run(args, storage)
    finally:
        storage.close()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk-platform")
    parser.add_argument("--data", type=Path, default=Path("var/platform"), help="platform data directory")
    parser.add_argument(
        "--database-url",
        default=os.environ.get(DATABASE_URL_ENV),
        help="records in this database (postgresql+psycopg://user@host/db); default SQLite in --data. "
        "Uploads, keys and the catalog stay in --data, which every worker must share",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("serve")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8700)
    s.add_argument("--workers", type=int, default=1, help="worker processes (share --data and the database)")
    s.add_argument("--certfile", type=Path, help="serve HTTPS with this certificate chain (PEM)")
    s.add_argument("--keyfile", type=Path, help="the certificate's private key (PEM)")
    console_cli.add_serve_options(s)
    t = sub.add_parser("token", help="issue a one-time enrolment token")
    t.add_argument("--name", required=True)
    r = sub.add_parser("revoke", help="revoke a terminal")
    r.add_argument("terminal_id")
    sub.add_parser("terminals")
    sub.add_parser("cases")
    c = sub.add_parser("case-state", help="move a case to a new state")
    c.add_argument("case_no")
    c.add_argument("state", choices=CASE_STATES)
    c.add_argument("--note", default="")
    o = sub.add_parser("open", help="decrypt a case's payload and attachments for staff")
    o.add_argument("case_no")
    o.add_argument("--out", type=Path, required=True)
    pc = sub.add_parser("publish-catalog", help="sign and publish a catalog file as TUF target")
    pc.add_argument("file", type=Path)
    pc.add_argument("--name", default="catalog.json")
    sub.add_parser("tuf-root", help="print the TUF root kiosks are installed with")
    sub.add_parser("rotate-seal-key", help="new sealing key, published in the signed catalog; old keys kept")
    gc = sub.add_parser("gc", help="delete expired uploads no application uses, and old raw heartbeats")
    gc.add_argument(
        "--heartbeat-days",
        type=int,
        default=DEFAULT_HEARTBEAT_RETENTION_DAYS,
        help="keep raw heartbeats this long; the latest per terminal and the daily rollups stay",
    )
    sub.add_parser("reset-feed", help="invalidate every status cursor (kiosks resync from scratch)")
    im = sub.add_parser("import", help="store a kiosk's USB bundle (kiosk-sync export), each item once")
    im.add_argument("bundle", type=Path)
    ea = sub.add_parser(
        "export-answers", help="write a terminal's receipts and status feed for its USB stick"
    )
    ea.add_argument("--terminal", required=True)
    ea.add_argument("--to", type=Path, required=True)
    _admin_parser(sub)
    _keys_parser(sub)
    console_cli.add_parser(sub)
    return parser


def _keys_parser(sub: Any) -> None:
    """`keys`: the TUF root key offline (sync/platform/root_ceremony.py has the whole ceremony)."""
    from sync.platform.catalog_repo import ONLINE_ROLES

    keys = sub.add_parser("keys", help="TUF keys: the root key on a removable medium, online keys rotated")
    ksub = keys.add_subparsers(dest="keys_command", required=True)
    request = ksub.add_parser("request", help="on the platform: online keys and current root to the medium")
    request.add_argument("--medium", type=Path, required=True, help="the removable medium's folder")
    request.add_argument(
        "--rotate", action="append", default=[], choices=ONLINE_ROLES, help="a new key for this role"
    )
    sign = ksub.add_parser("sign-root", help="offline: the medium's root key signs the next root")
    sign.add_argument(
        "--medium", type=Path, action="append", required=True, help="a key holder's medium (repeat for each)"
    )
    sign.add_argument("--new-root-key", action="store_true", help="new root keys too (old and new sign)")
    sign.add_argument("--threshold", type=int, help="root keys that must sign the next root")
    install = ksub.add_parser("install-root", help="on the platform: install a root signed offline")
    install.add_argument("root", type=Path, help="<medium>/<N>.root.json")
    move = ksub.add_parser("move-root-offline", help="on the platform: move its root key to the medium")
    move.add_argument("--medium", type=Path, required=True)


DATA_ENV = "KIOSK_PLATFORM_DATA"
DATABASE_URL_ENV = "KIOSK_PLATFORM_DATABASE_URL"
ADMIN_TOKEN_ENV = "KIOSK_PLATFORM_ADMIN_TOKEN"  # noqa: S105  # the variable's name, not a token
ROOT_RENEWAL_WARNING = dt.timedelta(days=90)  # time to gather the key holders for a ceremony
CONSOLE_ENV = "KIOSK_PLATFORM_CONSOLE"  # the console's serve options, for each worker


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    if (args.certfile is None) != (args.keyfile is None):
        print("--certfile and --keyfile go together", file=sys.stderr)
        return 2
    admin_token = os.environ.get(ADMIN_TOKEN_ENV) or secrets.token_urlsafe(16)
    print(f"admin token (Authorization: Bearer ...): {admin_token}", file=sys.stderr)
    # Keys, the catalog and the schema are made here, once, before any worker starts: workers then
    # only read them, so two never race to create the same key.
    keyring = SealKeyring(args.data)
    catalog = CatalogRepository(args.data / "tuf")
    catalog.publish_seal_key(keyring.catalog_target())
    for warning in start_warnings(catalog):
        print(f"warning: {warning}", file=sys.stderr)
    PlatformIdentity(args.data)
    storage = open_storage(args.data, args.database_url)
    database_url = storage.database_url
    storage.close()
    os.environ[DATA_ENV] = str(args.data.resolve())
    os.environ[ADMIN_TOKEN_ENV] = admin_token
    if args.database_url:
        os.environ[DATABASE_URL_ENV] = args.database_url
    console = console_cli.serve_settings(args, database_url, args.data / "uploads")
    os.environ[CONSOLE_ENV] = json.dumps(
        {
            "offline_after_min": console.offline_after_min,
            "disk_low_gib": console.disk_low_gib,
            "complaint_limit_hours": console.complaint_limit_hours,
            "secure_cookies": console.secure_cookies,
        }
    )
    # one timestamp signer for the whole platform, in this (the supervising) process
    stop = threading.Event()
    threading.Thread(target=catalog.keep_timestamp_fresh, args=(stop,), daemon=True).start()
    try:
        uvicorn.run(
            "sync.platform.cli:worker_app",
            factory=True,
            host=args.host,
            port=args.port,
            workers=max(1, args.workers),
            access_log=False,
            ssl_certfile=args.certfile,
            ssl_keyfile=args.keyfile,
        )
    finally:
        stop.set()
    return 0


def start_warnings(catalog: CatalogRepository) -> list[str]:
    """What the operator must hear at every start: a TUF root about to expire, a root key online."""
    warnings = []
    expires = catalog.root_expires()
    if expires - dt.datetime.now(dt.UTC) < ROOT_RENEWAL_WARNING:
        warnings.append(
            f"the TUF root expires on {expires:%Y-%m-%d}: kiosks then refuse every catalog; sign the "
            "next one (kiosk-platform keys request, sign-root, install-root)"
        )
    if catalog.key_path("root").exists():
        warnings.append(
            "the TUF root key is on this server: move it to a removable medium "
            "(kiosk-platform keys move-root-offline --medium <folder>; SECURITY.md)"
        )
    return warnings


def worker_app() -> Any:
    """One worker's app (uvicorn imports this in each worker process); configured by `_serve`."""
    from sync.platform.console import ConsoleSettings

    data = Path(os.environ[DATA_ENV])
    storage = open_storage(data, os.environ.get(DATABASE_URL_ENV))
    keyring = SealKeyring(data)
    console = ConsoleSettings(storage.database_url, storage.blob_dir, **json.loads(os.environ[CONSOLE_ENV]))
    return create_app(
        storage,
        keyring,
        identity=PlatformIdentity(data),
        admin_token=os.environ[ADMIN_TOKEN_ENV],
        catalog=CatalogRepository(data / "tuf"),
        console=console,
    )


def _run(args: argparse.Namespace, storage: SqlStorage) -> int:
    if args.command == "token":
        token = PlatformIdentity(args.data).token(secrets.token_urlsafe(24))
        storage.add_enrol_token(token_hash(token), args.name)
        print(token)
    elif args.command == "revoke":
        if not storage.revoke_terminal(args.terminal_id):
            print("no such active terminal", file=sys.stderr)
            return 1
    elif args.command == "terminals":
        for term in storage.terminals():
            print(term.id, term.name, "revoked" if term.revoked else "active", term.last_seen or "-")
    elif args.command == "cases":
        for case in storage.applications():
            print(case.case_no, case.state, case.id, case.terminal_id)
    elif args.command == "case-state":
        from sync.platform import review

        try:
            review.set_state(storage, args.case_no, args.state, args.note)
        except (LookupError, review.WrongKind) as exc:
            print(exc, file=sys.stderr)
            return 1
    elif args.command == "open":
        return _open_case(args, storage)
    elif args.command == "publish-catalog":
        print(CatalogRepository(args.data / "tuf").publish({args.name: args.file.read_bytes()}, []))
    elif args.command == "tuf-root":
        sys.stdout.write(CatalogRepository(args.data / "tuf").root_bytes().decode())
    elif args.command == "rotate-seal-key":
        keyring = SealKeyring(args.data)
        keyring.rotate()
        print(CatalogRepository(args.data / "tuf").publish_seal_key(keyring.catalog_target()))
    elif args.command == "gc":
        print(storage.purge_expired_uploads(time.time()))
        print(storage.purge_heartbeats(time.time() - args.heartbeat_days * 86400.0))
    elif args.command == "reset-feed":
        print(storage.bump_feed_generation())
    elif args.command in ("import", "export-answers"):
        return _bundle(args, storage)
    elif args.command == "admin":
        return _admin(args, storage)
    elif args.command == "staff":
        return console_cli.run(args, storage.database_url)
    return 0


def _keys(args: argparse.Namespace) -> int:
    from sync.platform import root_ceremony as ceremony

    def repo() -> CatalogRepository:
        return CatalogRepository(args.data / "tuf", initialise=False)

    try:
        if args.keys_command == "request":
            print(ceremony.write_request(repo(), args.medium, args.rotate))
        elif args.keys_command == "sign-root":
            signed = ceremony.sign_root(
                *args.medium, new_root_key=args.new_root_key, threshold=args.threshold
            )
            for role, keyids in signed.keyids.items():
                print(f"{role}: {' '.join(keyids)}")
            print(signed.path)
        elif args.keys_command == "install-root":
            print(ceremony.install_root(repo(), args.root))
        else:
            print(ceremony.move_root_offline(repo(), args.medium))
    except (ceremony.CeremonyError, OSError) as exc:
        print(f"kiosk-platform keys: {exc}", file=sys.stderr)
        return 2
    return 0


def _bundle(args: argparse.Namespace, storage: SqlStorage) -> int:
    from sync.platform import bundle_import
    from sync.protocol.bundle import BundleError

    answers_dir = args.data / bundle_import.ANSWERS_DIR
    try:
        if args.command == "import":
            report = bundle_import.import_bundle(
                storage, SealKeyring(args.data), answers_dir, args.bundle.read_bytes()
            )
            print(json.dumps(report.__dict__, indent=2, ensure_ascii=False))
            return 0 if not report.refused else 3
        path = bundle_import.export_answers(
            storage,
            PlatformIdentity(args.data),
            answers_dir,
            args.terminal,
            args.to,
            CatalogRepository(args.data / "tuf"),
        )
    except (BundleError, OSError) as exc:
        print(f"kiosk-platform: {exc}", file=sys.stderr)
        return 2
    print(path)
    return 0


def _admin_parser(sub: Any) -> None:
    """`admin`: staff work on cases: certification review and home-visit scheduling."""
    admin = sub.add_parser("admin", help="staff: review pension certifications, schedule home visits")
    asub = admin.add_subparsers(dest="admin_command", required=True)
    asub.add_parser("certifications", help="certifications waiting for a decision")
    show = asub.add_parser(
        "show", help="write a certification's live face and reference photo for comparison"
    )
    show.add_argument("case_no")
    show.add_argument("--out", type=Path, required=True)
    approve = asub.add_parser("approve", help="the face matches the reference: certified")
    approve.add_argument("case_no")
    reject = asub.add_parser("reject", help="not certified, with a reason the resident is told")
    reject.add_argument("case_no")
    reject.add_argument("--reason", required=True)
    asub.add_parser("home-visits", help="home-visit requests and their state")
    visit = asub.add_parser("schedule-visit", help="agree a visit date (the kiosk shows it)")
    visit.add_argument("case_no")
    visit.add_argument("--date", required=True, help="YYYY-MM-DD")
    visit.add_argument("--note", default="")
    done = asub.add_parser("visit-done", help="the visit took place")
    done.add_argument("case_no")


def _admin(args: argparse.Namespace, storage: SqlStorage) -> int:
    from sync.platform import review

    keyring = SealKeyring(args.data)
    command = args.admin_command
    if command == "certifications":
        for c in review.pending_certifications(storage, keyring):
            assisted = "assisted" if c.assisted else "self"
            print(c.case_no, c.state, c.resident_masked, assisted, f"reference={c.reference}")
        return 0
    if command == "show":
        for path in review.export_photos(storage, storage.blob_dir, keyring, args.case_no, args.out):
            print(path)
        return 0
    if command == "home-visits":
        for v in review.home_visits(storage, keyring):
            print(
                v.case_no,
                v.state,
                v.resident_masked,
                v.matter,
                v.village_address,
                f"call-back-by={v.call_back_by}",
            )
        return 0
    try:
        if command in ("approve", "reject"):
            ok = review.decide(
                storage, args.case_no, review.Decision(command == "approve", getattr(args, "reason", ""))
            )
        elif command == "schedule-visit":
            ok = review.schedule_visit(storage, args.case_no, args.date, args.note)
        else:
            review.check_state_fits(storage, args.case_no, review.VISIT_SCHEDULED)  # a home visit
            ok = review.set_state(storage, args.case_no, "completed", "上门服务已完成")
    except (LookupError, review.WrongKind, ValueError) as exc:
        print(exc, file=sys.stderr)
        return 1
    if not ok:
        print("no such case", file=sys.stderr)
        return 1
    return 0


def _open_case(args: argparse.Namespace, storage: SqlStorage) -> int:
    app = storage.application(args.case_no)
    if app is None:
        print("no such case", file=sys.stderr)
        return 1
    keyring = SealKeyring(args.data)  # an old case may be sealed to a key rotated out since
    manifest = json.loads(app.manifest)
    args.out.mkdir(parents=True, exist_ok=True)
    payload = keyring.open_sealed(base64.b64decode(manifest["sealed_payload"]))
    (args.out / "payload").write_bytes(payload)
    for name, upload_id in storage.attachment_uploads(app.id):
        blob = (storage.blob_dir / upload_id).read_bytes()
        (args.out / Path(name).name).write_bytes(keyring.open_sealed(blob))
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
