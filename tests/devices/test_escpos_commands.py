"""Exact bytes of every ESC/POS command the kiosk emits (Epson ESC/POS reference values)."""

from __future__ import annotations

import pytest
from PIL import Image

from devices.printer.escpos import (
    Align,
    BufferSink,
    CutMode,
    EscPos,
    QrErrorCorrection,
    StatusQuery,
    raster_blocks,
)


@pytest.fixture
def printer() -> tuple[EscPos, BufferSink]:
    sink = BufferSink()
    return EscPos(sink), sink


def test_init_and_chinese_mode(printer: tuple[EscPos, BufferSink]) -> None:
    p, sink = printer
    p.init()
    p.chinese(True)
    p.chinese(False)
    assert sink.output == b"\x1b\x40" + b"\x1c\x26" + b"\x1c\x2e"


def test_chinese_text_is_gb18030_and_switches_mode_on(printer: tuple[EscPos, BufferSink]) -> None:
    p, sink = printer
    p.text("办事")
    assert sink.output == b"\x1c\x26" + "办事".encode("gb18030")
    assert sink.output.endswith(b"\xb0\xec\xca\xc2")
    assert p.chinese_mode


def test_ascii_text_outside_chinese_mode(printer: tuple[EscPos, BufferSink]) -> None:
    p, sink = printer
    p.line("No. 12")
    assert sink.output == b"No. 12\n"


def test_rare_character_needs_four_byte_gb18030(printer: tuple[EscPos, BufferSink]) -> None:
    p, sink = printer
    p.chinese(True)
    p.text("𠀀")  # outside GB2312/GBK: only GB18030 four-byte form exists
    assert sink.output[2:] == b"\x95\x32\x82\x36"


def test_size_bold_align_feed(printer: tuple[EscPos, BufferSink]) -> None:
    p, sink = printer
    p.size(2, 3)
    p.bold(True)
    p.bold(False)
    p.align(Align.CENTER)
    p.align(Align.RIGHT)
    p.feed(3)
    assert sink.output == (
        b"\x1d\x21\x12"
        + b"\x1b\x45\x01"
        + b"\x1b\x45\x00"
        + b"\x1b\x61\x01"
        + b"\x1b\x61\x02"
        + b"\x1b\x64\x03"
    )


@pytest.mark.parametrize(("w", "h"), [(0, 1), (9, 1), (1, 0)])
def test_size_out_of_range_is_refused(printer: tuple[EscPos, BufferSink], w: int, h: int) -> None:
    p, sink = printer
    with pytest.raises(ValueError, match="character size"):
        p.size(w, h)
    assert sink.output == b""


def test_qr_functions_165_to_181(printer: tuple[EscPos, BufferSink]) -> None:
    p, sink = printer
    p.qr("AB", module_size=6, level=QrErrorCorrection.M)
    assert sink.output == (
        b"\x1d\x28\x6b\x04\x00\x31\x41\x32\x00"  # fn 165: model 2
        b"\x1d\x28\x6b\x03\x00\x31\x43\x06"  # fn 167: module 6 dots
        b"\x1d\x28\x6b\x03\x00\x31\x45\x31"  # fn 169: level M
        b"\x1d\x28\x6b\x05\x00\x31\x50\x30AB"  # fn 180: store, pL = len + 3
        b"\x1d\x28\x6b\x03\x00\x31\x51\x30"  # fn 181: print
    )


def test_qr_store_length_uses_both_bytes(printer: tuple[EscPos, BufferSink]) -> None:
    p, sink = printer
    p.qr_store(b"x" * 300)
    assert sink.output[:8] == b"\x1d\x28\x6b" + bytes([(303) & 0xFF, 303 >> 8]) + b"\x31\x50\x30"
    assert len(sink.output) == 8 + 300


def test_qr_chinese_payload_is_utf8(printer: tuple[EscPos, BufferSink]) -> None:
    p, sink = printer
    p.qr("证明")
    assert "证明".encode() in sink.output


def test_qr_rejects_empty_and_bad_module(printer: tuple[EscPos, BufferSink]) -> None:
    p, _ = printer
    with pytest.raises(ValueError):
        p.qr_store(b"")
    with pytest.raises(ValueError):
        p.qr_module_size(17)


def test_raster_image_header_and_bits(printer: tuple[EscPos, BufferSink]) -> None:
    p, sink = printer
    img = Image.new("L", (10, 2), 255)
    img.putpixel((0, 0), 0)  # top-left black
    img.putpixel((9, 1), 0)  # bottom-right black (in the padded second byte)
    p.image(img, max_width=576)
    # GS v 0 m=0, 2 bytes per row (10 dots padded to 16), 2 rows
    assert sink.output[:8] == b"\x1d\x76\x30\x00\x02\x00\x02\x00"
    assert sink.output[8:] == bytes([0b1000_0000, 0b0000_0000, 0b0000_0000, 0b0100_0000])


def test_raster_scales_down_to_paper_width() -> None:
    blocks = raster_blocks(Image.new("L", (1000, 100), 0), max_width=384)
    width_bytes, rows, data = blocks[0]
    assert width_bytes == 48
    assert rows == 38
    assert len(data) == width_bytes * rows
    assert set(data) == {0xFF}  # black stays black after dithering


def test_grey_is_dithered_not_thresholded() -> None:
    ((_, _, data),) = raster_blocks(Image.new("L", (64, 64), 128), max_width=576)
    ones = sum(bin(b).count("1") for b in data)
    assert 0.35 < ones / (64 * 64) < 0.65


def test_cut_full_and_partial(printer: tuple[EscPos, BufferSink]) -> None:
    p, sink = printer
    p.cut(CutMode.FULL)
    p.cut(CutMode.PARTIAL)
    assert sink.output == b"\x1d\x56\x00\x1d\x56\x01"


def test_realtime_status_queries(printer: tuple[EscPos, BufferSink]) -> None:
    p, sink = printer
    for n in StatusQuery:
        p.query_status(n)
    assert sink.output == b"\x10\x04\x01\x10\x04\x02\x10\x04\x03\x10\x04\x04"


def test_command_log_has_names_and_sizes_not_text(printer: tuple[EscPos, BufferSink]) -> None:
    p, _ = printer
    p.line("张三 410102199001011234")
    names = [c.name for c in p.commands]
    assert names == ["chinese_on", "text", "lf"]
    assert all("张" not in c.name and "4101" not in c.name for c in p.commands)
    assert p.commands[1].size == len("张三 410102199001011234".encode("gb18030"))
