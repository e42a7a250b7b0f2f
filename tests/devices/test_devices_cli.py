"""kiosk-devices: decode frame files (masked vs --reveal, malformed exits non-zero), status/selftest."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from devices.cli import main
from devices.idcard import protocol as p
from devices.idcard.emulator import SamEmulator
from devices.manager import KINDS

VECTORS = Path(__file__).resolve().parents[1] / "vectors" / "idcard-sam-frames.txt"


def _read_answer(card_key: str, command: str = "read") -> bytes:
    """The exact bytes the SAM emulator puts on the wire for a read of ``card_key``."""
    sam = SamEmulator()
    sam.insert(card_key)
    sam.feed(p.build_command("find"))
    sam.feed(p.build_command("select"))
    return sam.feed(p.build_command(command))


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def _hexfile(tmp_path: Path, raw: bytes, name: str = "frame.hex") -> Path:
    path = tmp_path / name
    hexed = raw.hex().upper()
    # split over lines and spaces the way people paste captures
    path.write_text("# captured\n" + "\n".join(hexed[i : i + 64] for i in range(0, len(hexed), 64)) + "\n")
    return path


def test_decode_masks_the_id_number_by_default(tmp_path, capsys):
    frame = _hexfile(tmp_path, _read_answer("zhangsan"))
    code, out, _ = _run(capsys, "idcard", "decode", str(frame), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["sw"] == "00 00 90" and data["photo_bytes"] == 1024
    card = data["card"]
    assert card["id_number"] == "411*************12"
    assert "411502198005123012" not in out and "张三" not in out
    assert card["valid_to"] == "2035-03-01" and card["nation"] == "汉" and card["check_digit_ok"] is True


def test_decode_reveal_shows_the_fields(tmp_path, capsys):
    frame = _hexfile(tmp_path, _read_answer("lisi_for_life"))
    code, out, _ = _run(capsys, "--json", "idcard", "decode", str(frame), "--reveal")
    assert code == 0
    card = json.loads(out)["card"]
    assert card["id_number"] == "411528195001014038"
    assert card["name"] == "李四" and card["valid_to"] == "长期"


def test_decode_reports_a_bad_check_digit_and_a_fingerprint_read(tmp_path, capsys):
    bad = _hexfile(tmp_path, _read_answer("bad_check_digit"))
    _, out, _ = _run(capsys, "idcard", "decode", str(bad), "--json")
    assert json.loads(out)["card"]["check_digit_ok"] is False
    fp = _hexfile(tmp_path, _read_answer("zhangsan", "read_fingerprint"), "fp.hex")
    _, out, _ = _run(capsys, "idcard", "decode", str(fp), "--json")
    assert json.loads(out)["fingerprint_bytes"] == 1024


def test_decode_plain_text_output(tmp_path, capsys):
    code, out, _ = _run(capsys, "idcard", "decode", str(_hexfile(tmp_path, _read_answer("foreigner"))))
    assert code == 0
    assert "card_type: foreigner_permanent_residence" in out and "nationality: USA" in out


VECTOR_LINES = [ln for ln in VECTORS.read_text().splitlines() if ln[:2] == "AA"]


@pytest.mark.parametrize("line", VECTOR_LINES, ids=lambda ln: ln.split(" ", 1)[1])
def test_decode_every_captured_vector(tmp_path, capsys, line):
    hexpart, label = line.split(" ", 1)
    path = tmp_path / "v.hex"
    path.write_text(hexpart)
    code, out, err = _run(capsys, "idcard", "decode", str(path), "--json")
    data = json.loads(out)
    refused = data["frame"] == "answer" and data["outcome"] not in ("ok", "empty")
    assert code == (1 if refused else 0), err
    assert refused == ("no card" in label or "fail" in label)
    if data["frame"] == "command":
        assert data["code"] in label
    else:
        assert data["sw"].endswith(label.split("(")[-1][:2]) or "SW 00 00 90" in label


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("AAAAAA96690003200123", "checksum"),
        ("AAAAAA966900032001", "truncated"),
        ("AAAAAA966900", "truncated"),
        ("not hex at all", "hex digits"),
        ("AAAAAA9669000400009094FF", "stray"),
    ],
)
def test_decode_malformed_exits_non_zero_with_the_reason(tmp_path, capsys, content, reason):
    path = tmp_path / "bad.hex"
    path.write_text(content)
    code, out, err = _run(capsys, "idcard", "decode", str(path), "--json")
    assert code != 0
    assert reason in err
    assert json.loads(out)["ok"] is False and reason in json.loads(out)["error"]


@pytest.mark.parametrize(
    ("sw3", "words"), [(0x80, "no card"), (0x41, "read"), (0x81, "select")]
)
def test_decode_of_an_answer_without_card_data_exits_non_zero_with_the_status_in_words(
    tmp_path, capsys, sw3, words
):
    frame = p.build_response(sw3)
    code, out, err = _run(capsys, "idcard", "decode", str(_hexfile(tmp_path, frame)))
    assert code == 1
    meaning = p.STATUS_CODES[sw3].meaning
    assert words in meaning
    assert f"error: the reader answered {meaning} (SW 00 00 {sw3:02X})" in err
    assert f"status: {meaning}" in out  # the frame is still described
    code, out, _ = _run(capsys, "idcard", "decode", str(_hexfile(tmp_path, frame)), "--json")
    assert code == 1 and json.loads(out)["ok"] is False


def test_decode_of_a_successful_answer_without_data_exits_zero(tmp_path, capsys):
    for frame in (p.build_response(0x90), p.build_response(0x91)):
        code, _, err = _run(capsys, "idcard", "decode", str(_hexfile(tmp_path, frame)))
        assert code == 0, err


def test_decode_truncated_read_answer_says_so(tmp_path, capsys):
    raw = _read_answer("zhangsan")[:700]
    code, _, err = _run(capsys, "idcard", "decode", str(_hexfile(tmp_path, raw)))
    assert code != 0 and "truncated" in err


def test_decode_missing_file(tmp_path, capsys):
    code, _, err = _run(capsys, "idcard", "decode", str(tmp_path / "nope.hex"))
    assert code != 0 and "cannot read" in err


def test_status_json_lists_every_kind(capsys):
    code, out, _ = _run(capsys, "status", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == set(KINDS)
    assert data["idcard"]["health"] == "ok"
    assert all(v["health"] in ("ok", "degraded", "offline") and v["reason"] for v in data.values())


def test_selftest_idcard_json(capsys):
    code, out, _ = _run(capsys, "--json", "selftest", "idcard")
    assert code == 0
    result = json.loads(out)["idcard"]
    assert result["passed"] is True
    assert any(s["step"] == "SAM id" and s["detail"].startswith("05.01-") for s in result["steps"])


def test_selftest_on_a_real_port_that_is_not_there_fails(tmp_path, capsys):
    code, out, _ = _run(capsys, "selftest", "idcard", "--device", str(tmp_path / "ttyUSB9"), "--json")
    assert code == 1
    result = json.loads(out)["idcard"]
    assert result["passed"] is False and "cannot open" in result["summary"]


def test_idcard_read_masked_then_revealed(capsys):
    code, out, _ = _run(capsys, "idcard", "read", "--json", "--card", "wangxiaomei")
    assert code == 0
    data = json.loads(out)
    assert data["card"]["id_number"] == "411*************20"
    assert "新址路" not in data["appended_address"]
    assert data["photo_decodable"] is False
    code, out, _ = _run(capsys, "idcard", "read", "--json", "--card", "wangxiaomei", "--reveal")
    data = json.loads(out)
    assert data["card"]["id_number"] == "411503200109306020"
    assert data["appended_address"] == "河南省信阳市平桥区新址路8号"


def test_idcard_read_unknown_virtual_card(capsys):
    code, _, err = _run(capsys, "idcard", "read", "--card", "nobody")
    assert code == 1 and "no virtual card" in err


def test_idcard_read_on_a_missing_real_port(tmp_path, capsys):
    code, _, err = _run(capsys, "idcard", "read", "--device", str(tmp_path / "ttyUSB9"), "--timeout", "0")
    assert code == 1 and "cannot open" in err


def test_device_without_kind_is_refused_where_it_is_ambiguous(tmp_path, capsys):
    with pytest.raises(SystemExit, match="KIND=PORT"):
        main(["--device", "/dev/ttyUSB0", "status"])


def test_list(capsys):
    code, out, _ = _run(capsys, "list", "--json", "--device", "idcard=/dev/ttyS3")
    rows = {r["kind"]: r for r in json.loads(out)}
    assert code == 0 and rows["idcard"] == {"kind": "idcard", "driver": "installed", "source": "/dev/ttyS3"}


def test_console_script_entry_point(tmp_path):
    path = tmp_path / "bad.hex"
    path.write_text("AAAAAA96690003200123")
    exe = Path(sys.executable).with_name("kiosk-devices")
    done = subprocess.run([str(exe), "idcard", "decode", str(path)], capture_output=True, text=True,
                          timeout=60)  # fmt: skip
    assert done.returncode == 1 and "checksum mismatch" in done.stderr


def test_selftest_all_kinds_json_exit_code_follows_results(capsys):
    code, out, _ = _run(capsys, "selftest", "--json")
    results = json.loads(out)
    assert set(results) == set(KINDS)
    assert results["idcard"]["passed"] is True
    assert all(isinstance(r["passed"], bool) and r["summary"] for r in results.values())
    assert code == (0 if all(r["passed"] for r in results.values()) else 1)
