"""`kiosk ops ...`: the technician's and the fleet's command-line side of unattended operation.

Wire into kiosk/cli.py: ``from kiosk.ops.cli import register_cli; register_cli(sub)``.

    kiosk ops diagnostics DIR [--no-devices] [--no-self-test]   # bundle to DIR (a USB stick)
    kiosk ops tech-card add|remove          # the ID number is read from stdin, never from argv
    kiosk ops tech-pin                      # the PIN from the terminal (or stdin), twice
    kiosk ops tech-qr-trust PUBLIC_KEY      # 32 raw bytes or their base64, from the fleet's signer
    kiosk ops tech-qr-make --key PRIVATE --tech T-0012 [--terminal ID|*] [--hours 8]
    kiosk ops ups [--host 127.0.0.1] [--port 3493] [--ups kiosk]
    kiosk ops crashes
"""

from __future__ import annotations

import argparse
import base64
import binascii
import dataclasses
import getpass
import sys
from pathlib import Path
from typing import Any

from kiosk.config import Config, load_config

KEY_FILE = Path("secrets") / "tech-card.key"


def _config(args: argparse.Namespace) -> Config:
    return load_config(getattr(args, "config", None))


def _db(config: Config) -> Any:
    from kiosk.store import open_store_checked

    db, _ = open_store_checked(config.store_path)
    return db


def _auth(config: Config, db: Any) -> Any:
    from kiosk.ops.tech_auth import TechAuth, load_or_create_key

    return TechAuth(db, load_or_create_key(config.data_dir / KEY_FILE), config.terminal.id)


def _read_secret(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().strip()


def _diagnostics(args: argparse.Namespace) -> int:
    from kiosk.ops.diagnostics import export_bundle

    config = _config(args)
    db = _db(config)
    manager = None
    try:
        if not args.no_devices:
            from devices.manager import DeviceManager

            manager = DeviceManager(dataclasses.asdict(config.devices))
            manager.open_all()
        path = export_bundle(
            args.dir, config=config, db=db, devices=manager, run_self_test=not args.no_self_test
        )
    finally:
        if manager is not None:
            manager.close_all()
        db.conn.close()
    print(path)
    return 0


def _tech_card(args: argparse.Namespace) -> int:
    config = _config(args)
    db = _db(config)
    try:
        auth = _auth(config, db)
        number = _read_secret("technician's ID number: ")
        if args.action == "add":
            print(f"added {auth.add_card(number)}")
        elif auth.remove_card(number):
            print("removed")
        else:
            print("not on the list", file=sys.stderr)
            return 1
    finally:
        db.conn.close()
    return 0


def _tech_pin(args: argparse.Namespace) -> int:
    config = _config(args)
    pin = _read_secret("new technician PIN: ")
    if _read_secret("again: ") != pin:
        print("the two PINs differ; nothing changed", file=sys.stderr)
        return 1
    db = _db(config)
    try:
        _auth(config, db).set_pin(pin)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 1
    finally:
        db.conn.close()
    print("PIN set")
    return 0


def _key_bytes(path: str) -> bytes:
    raw = Path(path).read_bytes()
    if len(raw) == 32:
        return raw
    try:
        decoded = base64.b64decode(raw.strip(), validate=False)
    except (binascii.Error, ValueError):
        decoded = b""
    if len(decoded) != 32:
        raise SystemExit(f"{path}: expected 32 raw bytes or their base64")
    return decoded


def _tech_qr_trust(args: argparse.Namespace) -> int:
    config = _config(args)
    db = _db(config)
    try:
        _auth(config, db).trust_qr_key(_key_bytes(args.public_key))
    finally:
        db.conn.close()
    print("trusted")
    return 0


def _tech_qr_make(args: argparse.Namespace) -> int:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kiosk.ops.tech_auth import make_qr

    key = Ed25519PrivateKey.from_private_bytes(_key_bytes(args.key))
    print(make_qr(key, args.tech, args.terminal, ttl_s=args.hours * 3600))
    return 0


def _ups(args: argparse.Namespace) -> int:
    from kiosk.ops.ups import UpsMonitor, UpsState

    reading = UpsMonitor(args.ups, args.host, args.port).poll()
    print(f"{reading.state.value} flags={' '.join(sorted(reading.flags)) or '-'} charge={reading.charge} "
          f"runtime_s={reading.runtime_s} {reading.reason}".rstrip())  # fmt: skip
    return 0 if reading.state is not UpsState.UNKNOWN else 1


def _crashes(args: argparse.Namespace) -> int:
    from kiosk.ops.crash import crash_count

    config = _config(args)
    db = _db(config)
    try:
        print(crash_count(db))
    finally:
        db.conn.close()
    return 0


def register_cli(sub: Any) -> None:
    ops = sub.add_parser("ops", help="unattended operation: diagnostics, technician access, UPS")
    cmds = ops.add_subparsers(dest="ops_command", required=True)
    diag = cmds.add_parser("diagnostics", help="write a redacted diagnostics bundle to DIR")
    diag.add_argument("dir")
    diag.add_argument("--no-devices", action="store_true", help="do not open the devices")
    diag.add_argument("--no-self-test", action="store_true", help="statuses only, no device self-tests")
    diag.set_defaults(handler=_diagnostics)
    card = cmds.add_parser("tech-card", help="add or remove a technician card (ID number on stdin)")
    card.add_argument("action", choices=("add", "remove"))
    card.set_defaults(handler=_tech_card)
    cmds.add_parser("tech-pin", help="set the technician PIN (6-12 digits)").set_defaults(handler=_tech_pin)
    trust = cmds.add_parser("tech-qr-trust", help="trust a fleet signing key for technician QR codes")
    trust.add_argument("public_key")
    trust.set_defaults(handler=_tech_qr_trust)
    make = cmds.add_parser("tech-qr-make", help="sign a technician QR code (on the fleet's machine)")
    make.add_argument("--key", required=True, help="Ed25519 private key: 32 raw bytes or base64")
    make.add_argument("--tech", required=True, help="technician reference (not a name)")
    make.add_argument("--terminal", default="*", help="terminal id, or * for any")
    make.add_argument("--hours", type=float, default=8.0)
    make.set_defaults(handler=_tech_qr_make)
    ups = cmds.add_parser("ups", help="read the UPS through upsd")
    ups.add_argument("--host", default="127.0.0.1")
    ups.add_argument("--port", type=int, default=3493)
    ups.add_argument("--ups", default="kiosk")
    ups.set_defaults(handler=_ups)
    cmds.add_parser("crashes", help="unclean exits counted so far").set_defaults(handler=_crashes)
