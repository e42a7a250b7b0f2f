"""`kiosk ops ...`: the technician's and the fleet's command-line side of unattended operation.

Wire into kiosk/cli.py: ``from kiosk.ops.cli import register_cli; register_cli(sub)``.

    kiosk ops diagnostics DIR [--no-devices] [--no-self-test]   # bundle to DIR (a USB stick)
    kiosk ops tech-card add|remove          # the ID number is read from stdin, never from argv
    kiosk ops tech-pin                      # the PIN from the terminal (or stdin), twice
    kiosk ops tech-qr-trust PUBLIC_KEY      # 32 raw bytes or their base64, from the fleet's signer
    kiosk ops tech-qr-make --key PRIVATE --tech T-0012 --terminal ID [--minutes 15]  # single use
    kiosk ops tech-qr-keygen DIR            # a fleet signing key pair: DIR/tech-qr.key (0600), .pub
    kiosk ops tech-card add --deck technician   # emulators: enrol a card of the emulator deck
    kiosk ops tech-export-dir PATH|--clear  # where the technician screen exports (the USB stick)
    kiosk ops tech-status                   # cards, PIN, trusted keys, lock-out, export path
    kiosk ops tech-unlock                   # end a PIN lock-out (audited)
    kiosk ops tech-demo                     # emulated devices only: demo card, PIN and a signed code
    kiosk ops ups [--host 127.0.0.1] [--port 3493] [--ups kiosk]
    kiosk ops crashes
"""

from __future__ import annotations

import argparse
import base64
import binascii
import dataclasses
import getpass
import os
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
        number = _deck_number(args.deck) if args.deck else _read_secret("technician's ID number: ")
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


def _deck_number(key: str) -> str:
    """The ID number of an emulator deck card (made-up people): for demos on emulated devices."""
    from devices.idcard.deck import DECK

    if key not in DECK:
        raise SystemExit(f"no emulator card {key!r}; the deck has {', '.join(sorted(DECK))}")
    return DECK[key].data.id_number


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
    print(make_qr(key, args.tech, args.terminal, ttl_s=args.minutes * 60))
    return 0


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def _new_qr_key(directory: Path) -> tuple[Path, Path]:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    private_path, public_path = directory / "tech-qr.key", directory / "tech-qr.pub"
    if private_path.exists():
        raise SystemExit(f"{private_path} exists; not overwritten")
    _write_private(private_path, base64.b64encode(private) + b"\n")
    public_path.write_bytes(base64.b64encode(public) + b"\n")
    return private_path, public_path


def _tech_qr_keygen(args: argparse.Namespace) -> int:
    private_path, public_path = _new_qr_key(Path(args.dir))
    print(f"private key (keep it on the fleet's machine): {private_path}")
    print(f"public key (kiosk ops tech-qr-trust on each terminal): {public_path}")
    return 0


def _tech_export_dir(args: argparse.Namespace) -> int:
    from kiosk.ops.tech_view import KEY_EXPORT_DIR
    from kiosk.store import settings as store_settings

    if not args.clear and not args.path:
        raise SystemExit("give the USB stick's mount path, or --clear")
    config = _config(args)
    db = _db(config)
    try:
        value = None if args.clear else str(Path(args.path).expanduser().resolve())
        store_settings.set_setting(db, KEY_EXPORT_DIR, value)
    finally:
        db.conn.close()
    print(f"diagnostics export: {value or config.data_dir / 'diagnostics'}")
    return 0


def _tech_status(args: argparse.Namespace) -> int:
    from kiosk.ops.tech_auth import KEY_CARDS, KEY_PIN, KEY_QR_KEYS
    from kiosk.ops.tech_view import export_target
    from kiosk.store import settings as store_settings

    config = _config(args)
    db = _db(config)
    try:
        auth = _auth(config, db)
        target, note = export_target(db, config.data_dir)
        print(f"technician cards: {len(store_settings.get_setting(db, KEY_CARDS, []))}")
        print(f"PIN set: {'yes' if store_settings.get_setting(db, KEY_PIN) else 'no'}")
        print(f"trusted QR signing keys: {len(store_settings.get_setting(db, KEY_QR_KEYS, []))}")
        print(f"locked out for: {auth.locked_for():.0f} s")
        print(f"diagnostics export: {target}" + (f" ({note})" if note else ""))
    finally:
        db.conn.close()
    return 0


def _tech_unlock(args: argparse.Namespace) -> int:
    config = _config(args)
    db = _db(config)
    try:
        _auth(config, db).clear_lockout()
    finally:
        db.conn.close()
    print("lock-out cleared")
    return 0


DEMO_PIN = "204816"


def _tech_demo(args: argparse.Namespace) -> int:
    """Everything a newcomer needs to try technician mode on the emulators, in one step."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kiosk.device_settings import all_emulated
    from kiosk.ops.tech_auth import make_qr

    config = _config(args)
    if not all_emulated(config):
        print("tech-demo is for emulated devices only; use tech-card, tech-pin and tech-qr-* instead",
              file=sys.stderr)  # fmt: skip
        return 1
    keys = config.data_dir / "secrets" / "tech-qr-demo"
    if not (keys / "tech-qr.key").exists():
        _new_qr_key(keys)
    private = Ed25519PrivateKey.from_private_bytes(_key_bytes(str(keys / "tech-qr.key")))
    db = _db(config)
    try:
        auth = _auth(config, db)
        ref = auth.add_card(_deck_number("technician"))
        auth.set_pin(DEMO_PIN)
        auth.trust_qr_key(_key_bytes(str(keys / "tech-qr.pub")))
    finally:
        db.conn.close()
    code = make_qr(private, "T-DEMO", config.terminal.id, ttl_s=30 * 60)
    print(f"technician card: the emulator console's card 'technician' ({ref})")
    print(f"technician PIN: {DEMO_PIN}")
    print("technician code (paste into the console's scanner field; once, within 30 minutes):")
    print(code)
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
    card.add_argument("--deck", metavar="KEY", help="emulators: the card KEY of the emulator deck")
    card.set_defaults(handler=_tech_card)
    cmds.add_parser("tech-pin", help="set the technician PIN (6-12 digits)").set_defaults(handler=_tech_pin)
    trust = cmds.add_parser("tech-qr-trust", help="trust a fleet signing key for technician QR codes")
    trust.add_argument("public_key")
    trust.set_defaults(handler=_tech_qr_trust)
    make = cmds.add_parser("tech-qr-make", help="sign a technician QR code (on the fleet's machine)")
    make.add_argument("--key", required=True, help="Ed25519 private key: 32 raw bytes or base64")
    make.add_argument("--tech", required=True, help="technician reference (not a name)")
    make.add_argument("--terminal", required=True, help="the id of the terminal the code opens")
    make.add_argument("--minutes", type=float, default=15.0, help="at most 30; the code works once")
    make.set_defaults(handler=_tech_qr_make)
    keygen = cmds.add_parser("tech-qr-keygen", help="make a fleet signing key pair for technician QR codes")
    keygen.add_argument("dir")
    keygen.set_defaults(handler=_tech_qr_keygen)
    export = cmds.add_parser("tech-export-dir", help="where the technician screen exports diagnostics")
    export.add_argument("path", nargs="?", help="the USB stick's mount path")
    export.add_argument("--clear", action="store_true", help="back to <data_dir>/diagnostics")
    export.set_defaults(handler=_tech_export_dir)
    cmds.add_parser("tech-status", help="technician access as configured").set_defaults(handler=_tech_status)
    cmds.add_parser("tech-unlock", help="end a technician PIN lock-out").set_defaults(handler=_tech_unlock)
    cmds.add_parser("tech-demo", help="emulators only: demo technician card, PIN and code").set_defaults(
        handler=_tech_demo
    )
    ups = cmds.add_parser("ups", help="read the UPS through upsd")
    ups.add_argument("--host", default="127.0.0.1")
    ups.add_argument("--port", type=int, default=3493)
    ups.add_argument("--ups", default="kiosk")
    ups.set_defaults(handler=_ups)
    cmds.add_parser("crashes", help="unclean exits counted so far").set_defaults(handler=_crashes)
