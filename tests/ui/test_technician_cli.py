"""`kiosk ops tech-*`: provisioning technician access from the command line, against a real store."""

from __future__ import annotations

from pathlib import Path

import pytest

from devices.idcard.deck import DECK
from kiosk.cli import main
from kiosk.config import load_config
from kiosk.ops.cli import DEMO_PIN, KEY_FILE
from kiosk.ops.tech_auth import Status, TechAuth, load_or_create_key
from kiosk.ops.tech_view import export_target
from kiosk.store import audit, open_store_checked

TECH_CARD = DECK["technician"].data.id_number  # made up, like every card of the emulator deck


@pytest.fixture
def toml(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text('data_dir = "data"\n[logging]\nconsole = false\n', encoding="utf-8")
    return path


def ops(toml: Path, *args: str) -> int:
    return main(["--config", str(toml), "ops", *args])


def auth_for(toml: Path) -> TechAuth:
    config = load_config(toml)
    db, _ = open_store_checked(config.store_path)
    return TechAuth(db, load_or_create_key(config.data_dir / KEY_FILE), config.terminal.id)


def test_tech_demo_enrols_the_deck_card_a_pin_and_a_signed_code(toml, capsys):
    assert ops(toml, "tech-demo") == 0
    out = capsys.readouterr().out
    code = next(line for line in out.splitlines() if line.startswith("KT1."))
    assert DEMO_PIN in out
    auth = auth_for(toml)
    assert auth.present_card(TECH_CARD).status is Status.AWAIT_PIN  # the deck's "technician" card
    assert auth.enter_pin(DEMO_PIN).status is Status.ENTERED
    auth.leave()
    assert auth.present_qr(code).status is Status.AWAIT_PIN
    assert ops(toml, "tech-demo") == 0  # again: the same key, a fresh code
    auth.db.conn.close()


def test_tech_demo_refuses_real_devices(tmp_path, capsys):
    toml = tmp_path / "kiosk.toml"
    toml.write_text(
        'data_dir = "data"\n[logging]\nconsole = false\n'
        '[devices.printer]\nemulated = false\nport = "/dev/ttyUSB0"\n',
        encoding="utf-8",
    )
    assert ops(toml, "tech-demo") == 1
    assert "emulated devices only" in capsys.readouterr().err


def test_fleet_key_pair_trust_and_code(toml, tmp_path, capsys):
    keys = tmp_path / "fleet"
    assert ops(toml, "tech-qr-keygen", str(keys)) == 0
    assert (keys / "tech-qr.key").stat().st_mode & 0o777 == 0o600
    assert ops(toml, "tech-qr-trust", str(keys / "tech-qr.pub")) == 0
    capsys.readouterr()
    auth = auth_for(toml)
    make = ["tech-qr-make", "--key", str(keys / "tech-qr.key"), "--tech", "T-0007"]
    assert ops(toml, *make, "--terminal", auth.terminal_id) == 0  # a code opens one terminal, once
    code = capsys.readouterr().out.strip()
    assert auth.present_qr(code).status is Status.AWAIT_PIN
    with pytest.raises(SystemExit):
        ops(toml, "tech-qr-keygen", str(keys))  # never overwrites a private key
    auth.db.conn.close()


def test_deck_card_by_key_and_unknown_keys(toml, capsys):
    assert ops(toml, "tech-card", "add", "--deck", "technician") == 0
    assert "added card:" in capsys.readouterr().out
    with pytest.raises(SystemExit, match="no emulator card"):
        ops(toml, "tech-card", "add", "--deck", "nobody")


def test_export_dir_status_and_unlock(toml, tmp_path, capsys):
    stick = tmp_path / "usb"
    assert ops(toml, "tech-export-dir", str(stick)) == 0
    config = load_config(toml)
    auth = auth_for(toml)
    target, note = export_target(auth.db, config.data_dir)
    assert target == config.data_dir / "diagnostics" and "not found" in note  # not mounted (yet)
    stick.mkdir()
    assert export_target(auth.db, config.data_dir) == (stick, "")

    auth.add_card(TECH_CARD)
    auth.set_pin("135790")
    for _ in range(3):
        auth.present_card(TECH_CARD)
        auth.enter_pin("000000")
    assert auth.locked_for() > 0
    capsys.readouterr()
    assert ops(toml, "tech-status") == 0
    status = capsys.readouterr().out
    assert "technician cards: 1" in status and "PIN set: yes" in status and str(stick) in status
    assert ops(toml, "tech-unlock") == 0
    assert auth.locked_for() == 0
    assert audit.entries(auth.db, 1)[0].action == "tech.lockout_cleared"
    assert auth.present_card(TECH_CARD).status is Status.AWAIT_PIN
    assert ops(toml, "tech-export-dir", "--clear") == 0
    assert export_target(auth.db, config.data_dir)[0] == config.data_dir / "diagnostics"
    auth.db.conn.close()
