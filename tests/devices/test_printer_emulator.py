"""The emulator reads our bytes back: a Chinese receipt with a QR becomes a PNG whose QR decodes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from PIL import Image

from devices.base import Health, ProtocolError
from devices.printer.emulator import PrinterEmulator
from devices.printer.escpos import BufferSink, EscPos, QrErrorCorrection, StatusQuery, status_query
from devices.printer.profiles import get_profile
from devices.printer.receipt import Receipt, display_width, label_value_lines, render_receipt
from devices.printer.status import decode_status

PAYLOAD = "https://zwfw.example.cn/q?bj=41152320261126001&事项=户籍证明"

RECEIPT = Receipt(
    title="办事回执",
    lines=[("事项", "户籍证明"), ("受理号", "41152320261126001"), ("办理地点", "XX镇便民服务中心 2号窗口")],
    emphasis=["请于3个工作日后领取"],
    qr_payload=PAYLOAD,
    qr_caption="扫码查询进度",
    footer=["谢谢您的评价"],
)


def _decode(img: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(img.convert("L"))]


def _ink(img: Image.Image) -> float:
    return float((np.asarray(img.convert("L")) < 128).mean())


@pytest.mark.parametrize("model", ["pos80", "pos58", "pos80-noqr"])
def test_chinese_receipt_round_trips_to_png_with_decodable_qr(tmp_path: Path, model: str) -> None:
    profile = get_profile(model)
    emu = PrinterEmulator(profile, tmp_path)
    emu.feed(render_receipt(RECEIPT, profile).data)
    if not profile.cutter:
        emu.tear_off()
    assert list(emu.errors) == []
    png = emu.last_receipt_png
    assert png is not None and png.exists()
    with Image.open(png) as img:
        assert img.width == profile.paper_width_dots
        assert img.height > 300
        assert 0.02 < _ink(img) < 0.5  # text and a QR were drawn, not a blank or black page
        assert _decode(img) == [PAYLOAD]


def test_chinese_text_is_drawn_with_a_cjk_font(tmp_path: Path) -> None:
    """'办' drawn as .notdef would equal '事' drawn as .notdef; real glyphs differ."""
    profile = get_profile("pos80")
    pictures = []
    for word in ("办", "事"):
        emu = PrinterEmulator(profile)
        sink = BufferSink()
        p = EscPos(sink)
        p.init()
        p.line(word)
        p.cut()
        emu.feed(sink.output)
        page = emu.last_receipt_image
        assert page is not None
        pictures.append(page.tobytes())
        assert _ink(page) > 0.001
    assert pictures[0] != pictures[1]


def test_each_cut_is_one_receipt_and_split_writes_are_reassembled(tmp_path: Path) -> None:
    profile = get_profile("pos80")
    emu = PrinterEmulator(profile, tmp_path)
    data = render_receipt(RECEIPT, profile).data * 2
    for i in range(0, len(data), 7):  # a pty read can cut a command or a GB18030 character anywhere
        emu.feed(data[i : i + 7])
    assert list(emu.errors) == []
    assert emu.receipt_count == 2
    assert [p.name for p in emu.receipt_paths] == ["receipt-0001.png", "receipt-0002.png"]
    assert all(_decode(Image.open(p)) == [PAYLOAD] for p in emu.receipt_paths)


def test_raster_image_is_drawn_dot_for_dot() -> None:
    profile = get_profile("pos58")
    emu = PrinterEmulator(profile)
    sink = BufferSink()
    p = EscPos(sink)
    square = Image.new("L", (80, 40), 255)
    square.paste(0, (0, 0, 40, 40))  # left half black
    p.image(square, profile.paper_width_dots)
    p.cut()
    emu.feed(sink.output)
    page = emu.last_receipt_image
    assert page is not None and page.size == (384, 40)
    pixels = np.asarray(page.convert("L"))
    assert (pixels[:, :40] == 0).all() and (pixels[:, 40:] == 255).all()


def _status(emu: PrinterEmulator) -> bytes:
    return emu.feed(b"".join(status_query(n) for n in StatusQuery))


def test_idle_printer_answers_fixed_pattern() -> None:
    emu = PrinterEmulator()
    assert _status(emu) == b"\x12\x12\x12\x12"
    state = decode_status(*_status(emu))
    assert state.can_print and state.health is Health.OK


def test_paper_out_bits() -> None:
    emu = PrinterEmulator()
    emu.paper_out = True
    answer = _status(emu)
    assert answer[0] & 0x08  # offline
    assert answer[1] & 0x20  # stopped by paper end
    assert answer[3] & 0x60 == 0x60  # paper end sensor
    state = decode_status(*answer)
    assert state.paper_end and not state.can_print and state.health is Health.OFFLINE
    assert "paper roll is empty" in state.reason


def test_cover_open_bits() -> None:
    emu = PrinterEmulator()
    emu.cover_open = True
    answer = _status(emu)
    assert answer[0] & 0x08 and answer[1] & 0x04
    state = decode_status(*answer)
    assert state.cover_open and not state.paper_end and not state.can_print
    assert "cover is open" in state.reason


def test_paper_near_end_is_degraded_but_prints() -> None:
    emu = PrinterEmulator()
    emu.paper_near_end = True
    answer = _status(emu)
    assert answer[3] & 0x0C == 0x0C and answer[3] & 0x60 == 0
    assert answer[0] & 0x08 == 0
    state = decode_status(*answer)
    assert state.can_print and state.health is Health.DEGRADED
    assert "nearly empty" in state.reason


def test_cutter_and_unrecoverable_error_bits() -> None:
    emu = PrinterEmulator()
    emu.cutter_error = True
    answer = _status(emu)
    assert answer[2] & 0x08 and not answer[2] & 0x20 and answer[1] & 0x40
    assert decode_status(*answer).cutter_error
    emu.cutter_error, emu.unrecoverable_error = False, True
    state = decode_status(*_status(emu))
    assert state.unrecoverable_error and not state.cutter_error and not state.can_print


@pytest.mark.parametrize("bad", [0x00, 0xFF, 0x13, 0x92])
def test_status_byte_outside_fixed_pattern_is_protocol_error(bad: int) -> None:
    with pytest.raises(ProtocolError, match="not a DLE EOT answer"):
        decode_status(0x12, bad, 0x12, 0x12)


def test_garbage_is_logged_as_typed_error_and_printing_continues() -> None:
    emu = PrinterEmulator()
    sink = BufferSink()
    p = EscPos(sink)
    p.init()
    p.line("OK")
    p.cut()
    emu.feed(b"\x1b\x99\x1d\x28\x6b\x03\x00\x30\x41\x00\x07\xff\xfe" + sink.output)
    kinds = [str(e) for e in emu.errors]
    assert any("ESC 0x99" in k for k in kinds)
    assert any("not QR" in k for k in kinds)
    assert all(isinstance(e, ProtocolError) for e in emu.errors)
    assert emu.last_receipt_image is not None
    assert _status(emu) == b"\x12\x12\x12\x12"


def test_invalid_gb18030_in_chinese_mode_is_reported() -> None:
    emu = PrinterEmulator()
    emu.feed(b"\x1c\x26\x81\x0a\x1d\x56\x00")
    assert any("GB18030" in str(e) for e in emu.errors)
    assert emu.last_receipt_image is not None


def test_truncated_command_at_end_of_stream_is_reported() -> None:
    emu = PrinterEmulator()
    emu.feed(b"\x1d\x28\x6b\x10\x00\x31\x50")
    assert list(emu.errors) == []  # still waiting: the rest may be on the wire
    emu.end_of_stream()
    assert any("truncated" in str(e) for e in emu.errors)


def test_qr_too_large_for_any_symbol_is_reported_not_drawn() -> None:
    emu = PrinterEmulator()
    sink = BufferSink()
    p = EscPos(sink)
    p.qr_error_correction(QrErrorCorrection.H)
    p.qr_store(bytes(range(256)) * 8)  # 2048 binary bytes: more than a level-H version 40 holds (1273)
    p.qr_print()
    p.cut()
    emu.feed(sink.output)
    assert any("QR not printed" in str(e) for e in emu.errors)
    assert emu.last_receipt_image is None  # nothing was drawn, so the cut made no receipt


def test_cut_on_a_model_without_cutter_is_flagged() -> None:
    emu = PrinterEmulator(get_profile("pos58"))
    emu.feed(b"\x1b\x40OK\n\x1d\x56\x01")
    assert any("without a cutter" in str(e) for e in emu.errors)


def test_init_discards_an_unfinished_line() -> None:
    emu = PrinterEmulator()
    emu.feed(b"LOST\x1b\x40KEPT\n\x1d\x56\x00")
    fresh = PrinterEmulator()
    fresh.feed(b"KEPT\n\x1d\x56\x00")
    a, b = emu.last_receipt_image, fresh.last_receipt_image
    assert a is not None and b is not None and a.tobytes() == b.tobytes()


def test_label_value_layout_counts_chinese_as_two_columns() -> None:
    assert display_width("受理号 A1") == 9
    (line,) = label_value_lines("事项", "户籍证明", 16)
    assert line == "事项" + " " * 4 + "户籍证明" and display_width(line) == 16
    label, value = label_value_lines("办理地点", "某某镇便民服务中心2号窗口", 32)
    assert label == "办理地点" and display_width(value) == 32 and value.endswith("窗口")


@pytest.mark.parametrize("latin_only", [False, True])
def test_missing_cjk_font_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, latin_only: bool
) -> None:
    """A machine without CJK fonts cannot exist here, so fc-match and the known paths are replaced.
    A real Latin-only font (DejaVu) must be rejected too: it would draw Chinese as empty boxes."""
    from devices.printer import fonts

    candidate = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not latin_only:
        candidate = tmp_path / "empty.ttf"
        candidate.write_bytes(b"")
    elif not candidate.exists():
        pytest.skip("DejaVu Sans is not installed")
    monkeypatch.setenv(fonts.FONT_ENV, str(candidate))
    monkeypatch.setattr(fonts, "_fc_match", lambda: None)
    monkeypatch.setattr(fonts, "_KNOWN", ())
    fonts.find_cjk_font.cache_clear()
    try:
        with pytest.raises(fonts.CjkFontMissing, match="fonts-noto-cjk"):
            fonts.find_cjk_font()
    finally:
        fonts.find_cjk_font.cache_clear()
