"""The camera commands of the diagnostics CLI, run through argparse as the technician would."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from devices.camera.cli import main, register_cli
from devices.camera.qr_corpus import qr_image
from devices.camera.setup import ASSETS

ROOT = Path(__file__).resolve().parents[2]


def write(path: Path, image: np.ndarray) -> str:
    assert cv2.imwrite(str(path), image)
    return str(path)


def test_qr_decode_prints_each_payload_on_its_own_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pair = np.hstack([cv2.resize(qr_image(p), (300, 300)) for p in ("豫事办 预约号 A017", "NO.42")])
    image = write(tmp_path / "codes.png", pair)
    assert main(["qr", "decode", image]) == 0
    assert sorted(capsys.readouterr().out.splitlines()) == sorted(["豫事办 预约号 A017", "NO.42"])
    assert main(["qr", "decode", image, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert sorted(data["payloads"]) == sorted(["豫事办 预约号 A017", "NO.42"]) and data["decoder"]


def test_qr_decode_exits_1_when_none(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    image = write(tmp_path / "blank.png", np.full((200, 200, 3), 255, np.uint8))
    assert main(["qr", "decode", image]) == 1
    out = capsys.readouterr()
    assert out.out == "" and "no QR code" in out.err


def test_unreadable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"not a picture")
    assert main(["qr", "decode", str(junk)]) == 2
    assert main(["face", "check", str(tmp_path / "missing.jpg")]) == 2
    assert "error:" in capsys.readouterr().err


def test_face_check_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["face", "check", str(ASSETS / "face" / "grace_hopper_portrait.jpg")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["faces_found"] == 1 and data["verdict"] == "ok"
    assert set(data["boxes"][0]) == {"x", "y", "w", "h", "score"}
    assert main(["face", "check", str(ASSETS / "document" / "form_angled.jpg")]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["faces_found"] == 0 and data["verdict"] == "no_face" and data["code"] == "face.no_face"
    assert "message" not in data  # a code, never the resident's words: those are the kiosk's


def test_document_crop_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "page.png"
    assert main(["document", "crop", str(ASSETS / "document" / "form_angled.jpg"), str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == "ok" and data["written"] == str(out) and len(data["corners"]) == 4
    page = cv2.imread(str(out))
    assert page is not None and page.shape[0] > page.shape[1]
    nothing = tmp_path / "none.png"
    assert main(["document", "crop", str(ASSETS / "face" / "grace_hopper.jpg"), str(nothing)]) == 1
    assert not nothing.exists()
    assert "page_not_found" in capsys.readouterr().out


def test_parent_json_flag_is_kept() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    register_cli(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["--json", "qr", "decode", "x.png"])
    assert args.json is True and callable(args.func)


def test_runs_as_a_module() -> None:
    # A real process, as the technician screen would run it.
    done = subprocess.run(
        [sys.executable, "-m", "devices.camera.cli", "face", "check", str(ASSETS / "face" / "astronaut.jpg")],
        capture_output=True, text=True, cwd=ROOT, timeout=60, check=False,
    )
    data = json.loads(done.stdout)
    assert data["faces_found"] == 1 and data["verdict"] == "too_small"
    assert done.returncode == 1


def test_wired_into_kiosk_devices(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from devices.cli import main as kiosk_devices

    image = write(tmp_path / "code.png", cv2.resize(qr_image("营业执照"), (300, 300)))
    assert kiosk_devices(["--json", "qr", "decode", image]) == 0
    assert json.loads(capsys.readouterr().out)["payloads"] == ["营业执照"]
    assert kiosk_devices(["qr", "decode", image]) == 0
    assert capsys.readouterr().out == "营业执照\n"
