"""``kiosk-devices idcard read`` and ``kiosk-devices idcard decode FILE``.

Identity fields are masked unless ``--reveal``: the output of a diagnostics tool ends up in
tickets and screenshots.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from devices.base import DeviceError, DeviceRefused, ProtocolError
from devices.idcard import protocol as p
from devices.idcard.text import IdCardData, mask_text, parse_address_block, parse_text_block

EXIT_OK, EXIT_FAIL = 0, 1


def register_cli(subparsers: Any) -> None:
    idcard = subparsers.add_parser("idcard", help="ID card reader (GA/T 467 SAM)")
    idcard.set_defaults(kind_hint="idcard")
    commands = idcard.add_subparsers(dest="idcard_command", required=True)

    read = commands.add_parser("read", help="read the card on the reader")
    read.add_argument("--reveal", action="store_true", help="show the ID number, name and address unmasked")
    read.add_argument("--fingerprint", action="store_true", help="also read the fingerprint block")
    read.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for a card (default 10)")
    read.add_argument("--card", default="zhangsan", help="emulator only: which virtual card to place")
    read.set_defaults(func=_read)

    decode = commands.add_parser("decode", help="decode a frame given as hex in FILE")
    decode.add_argument("file", type=Path)
    decode.add_argument("--reveal", action="store_true", help="show the ID number, name and address unmasked")
    decode.set_defaults(func=_decode)


def _card_view(card: IdCardData, reveal: bool) -> dict[str, Any]:
    return card.as_dict() if reveal else card.masked()


def _print(args: argparse.Namespace, data: dict[str, Any]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for key, value in data.items():
        if isinstance(value, dict):
            print(f"{key}:")
            for sub, item in value.items():
                print(f"  {sub}: {item}")
        else:
            print(f"{key}: {value}")


def _fail(args: argparse.Namespace, reason: str) -> int:
    print(f"error: {reason}", file=sys.stderr)
    if getattr(args, "json", False):
        print(json.dumps({"ok": False, "error": reason}, ensure_ascii=False))
    return EXIT_FAIL


# -- decode -------------------------------------------------------------------------------------


def decode_frame(raw: bytes, reveal: bool = False) -> dict[str, Any]:
    """Describe one frame. Raises ProtocolError for anything malformed."""
    if not p.is_response(raw):
        command = p.parse_command(raw)
        return {
            "frame": "command",
            "command": command.name,
            "code": f"{command.cmd:02X} {command.para:02X}",
            "meaning": command.spec.meaning if command.spec else "not a GA/T 467 command",
            "data_bytes": len(command.data),
        }
    response = p.parse_response(raw)
    out: dict[str, Any] = {
        "frame": "answer",
        "sw": f"{response.sw1:02X} {response.sw2:02X} {response.sw3:02X}",
        "status": response.meaning,
        "outcome": response.outcome.value if response.outcome else "undocumented",
        "data_bytes": len(response.data),
    }
    data = response.data
    if not response.ok or not data:
        return out
    if len(data) == 16:
        out["sam_id"] = p.format_sam_id(data)
    elif len(data) > 4 and data[:4] == b"\x01\x00\x04\x00":
        with_fp = len(data) != 4 + p.TEXT_LEN + p.PHOTO_LEN
        payload = p.parse_card_payload(data, with_fingerprint=with_fp)
        out["card"] = _card_view(parse_text_block(payload.text), reveal)
        out["photo_bytes"] = len(payload.photo)
        out["fingerprint_bytes"] = None if payload.fingerprint is None else len(payload.fingerprint)
    elif len(data) % 2 == 0 and len(data) not in (4, 8):
        address = parse_address_block(data)
        out["appended_address"] = address if reveal else mask_text(address, 6, 0)
    return out


def _decode(args: argparse.Namespace) -> int:
    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return _fail(args, f"cannot read {args.file}: {exc}")
    hexdigits = "".join("".join(line.split("#", 1)[0].split()) for line in text.splitlines())
    try:
        raw = bytes.fromhex(hexdigits)
    except ValueError:
        return _fail(args, "malformed frame: the file does not hold hex digits")
    try:
        described = decode_frame(raw, args.reveal)
    except ProtocolError as exc:
        return _fail(args, f"malformed frame: {exc.reason}")
    refusal = answer_refusal(described)
    if refusal is not None:
        # The frame is well-formed but says the reader failed: a script must not take it for a read.
        print(f"error: {refusal}", file=sys.stderr)
        as_json = getattr(args, "json", False)
        _print(args, {**described, "ok": False, "error": refusal} if as_json else described)
        return EXIT_FAIL
    _print(args, described)
    return EXIT_OK


def answer_refusal(described: dict[str, Any]) -> str | None:
    """For an answer frame whose status is a failure ("no card", "read failed", ...), that status in
    words; None for commands, successes and "nothing of this kind" (91, e.g. no appended address)."""
    if described.get("frame") != "answer" or described.get("outcome") in ("ok", "empty"):
        return None
    return f"the reader answered {described['status']} (SW {described['sw']}): no card data in this frame"


# -- read ---------------------------------------------------------------------------------------


def _read(args: argparse.Namespace) -> int:
    from devices.cli import settings_for  # late: devices.cli imports this module
    from devices.idcard import create_driver

    settings = {**settings_for("idcard", args), "poll": False}
    try:
        reader = create_driver(settings, None)
    except ValueError as exc:
        return _fail(args, str(exc))
    emulator = getattr(reader, "emulator", None)
    try:
        reader.open()
        if emulator is not None:
            emulator.insert(args.card)
        read = _wait_for_card(reader, args.timeout, args.fingerprint)
        address = reader.read_appended_address()
    except KeyError as exc:
        return _fail(args, str(exc.args[0]))
    except DeviceError as exc:
        return _fail(args, exc.reason)
    finally:
        reader.close()
    out: dict[str, Any] = {
        "card": _card_view(read.card, args.reveal),
        "appended_address": address if args.reveal or address is None else mask_text(address, 6, 0),
        "photo_bytes": len(read.photo.wlt),
        "photo_decodable": reader.photo_decoder.can_decode,
        "fingerprint_bytes": None if read.fingerprint is None else len(read.fingerprint),
    }
    _print(args, out)
    return EXIT_OK


def _wait_for_card(reader: Any, timeout: float, fingerprint: bool) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        try:
            return reader.read_card(fingerprint=fingerprint)
        except DeviceRefused as exc:
            if exc.code not in (0x80, 0x81) or time.monotonic() >= deadline:
                raise
        time.sleep(0.3)  # a person is placing a card: human pace, not a busy loop
