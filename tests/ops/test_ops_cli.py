"""`kiosk ops ...` through argparse as kiosk/cli.py will wire it, against a real store in tmp_path."""

from __future__ import annotations

import argparse
import base64
import io
import socket
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from kiosk.config import load_config
from kiosk.ops.cli import KEY_FILE, register_cli
from kiosk.ops.tech_auth import Status, TechAuth
from kiosk.store import open_store


def run(argv: list[str], stdin: str = "", monkeypatch: pytest.MonkeyPatch | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk")
    parser.add_argument("--config")
    register_cli(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    if monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return int(args.handler(args))


def test_ops_commands_end_to_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text('data_dir = "data"\n[terminal]\nid = "kiosk-0042"\n[logging]\nconsole = false\n')
    c = ["--config", str(cfg), "ops"]
    assert run([*c, "tech-card", "add"], "410105199001011234\n", monkeypatch) == 0
    assert run([*c, "tech-pin"], "204816\n204816\n", monkeypatch) == 0
    assert run([*c, "tech-pin"], "204816\n999999\n", monkeypatch) == 1  # mismatch: unchanged
    signer = Ed25519PrivateKey.generate()
    (tmp_path / "priv").write_bytes(signer.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()))
    pub = signer.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    (tmp_path / "pub.b64").write_text(base64.b64encode(pub).decode() + "\n")
    assert run([*c, "tech-qr-trust", str(tmp_path / "pub.b64")]) == 0
    capsys.readouterr()
    make = ["tech-qr-make", "--key", str(tmp_path / "priv"), "--tech", "T-7", "--terminal", "kiosk-0042"]
    assert run([*c, *make]) == 0
    qr = capsys.readouterr().out.strip()

    config = load_config(cfg)
    db = open_store(config.store_path)
    try:
        auth = TechAuth(db, (config.data_dir / KEY_FILE).read_bytes(), "kiosk-0042")
        assert auth.present_qr(qr).status is Status.AWAIT_PIN
        assert auth.enter_pin("204816").status is Status.ENTERED
        assert auth.present_card("410105199001011234").status is Status.AWAIT_PIN
    finally:
        db.conn.close()

    assert run([*c, "diagnostics", str(tmp_path / "usb"), "--no-devices"]) == 0
    bundle = Path(capsys.readouterr().out.strip())
    assert bundle.exists() and bundle.parent == tmp_path / "usb"
    assert run([*c, "crashes"]) == 0
    assert capsys.readouterr().out.strip() == "0"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]
    assert run([*c, "ups", "--port", str(closed_port)]) == 1
    assert capsys.readouterr().out.startswith("unknown")
