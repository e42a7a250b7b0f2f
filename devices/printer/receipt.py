"""A small receipt document and its rendering to ESC/POS bytes for one printer profile.

Rendering happens entirely in memory (:class:`BufferSink`), so the driver can check the printer's
status first and send the whole job in one write, or refuse it without a byte on the wire.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from devices.printer.escpos import Align, BufferSink, CommandRecord, CutMode, EscPos, QrErrorCorrection
from devices.printer.profiles import PrinterProfile
from devices.printer.qr import qr_image


@dataclass(frozen=True)
class Receipt:
    title: str
    lines: Sequence[tuple[str, str]] = ()
    emphasis: Sequence[str] = ()
    qr_payload: str | None = None
    footer: Sequence[str] = ()
    qr_caption: str = ""
    checklist_title: str = ""
    # one box per item (a 一次性告知单's materials), wrapped with a hanging indent
    checklist: Sequence[str] = ()


@dataclass(frozen=True)
class RenderedJob:
    data: bytes
    commands: tuple[CommandRecord, ...] = field(default=())

    def summary(self) -> str:
        """Command names and sizes only: what the traffic log may keep."""
        counts: dict[str, int] = {}
        for c in self.commands:
            counts[c.name] = counts.get(c.name, 0) + 1
        parts = ", ".join(f"{name} x{n}" if n > 1 else name for name, n in counts.items())
        return f"job {len(self.data)} bytes: {parts}"


def display_width(text: str) -> int:
    """Columns in half-width character cells: CJK and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def label_value_lines(label: str, value: str, columns: int) -> list[str]:
    """Label on the left, value flush right; when both don't fit, the value goes on its own line."""
    gap = columns - display_width(label) - display_width(value)
    if gap >= 1:
        return [label + " " * gap + value]
    pad = max(0, columns - display_width(value))
    return [label, " " * pad + value]


CHECKBOX = "□ "


def wrap_columns(text: str, columns: int, indent: int = 0) -> list[str]:
    """``text`` broken into lines of at most ``columns`` cells; lines after the first are indented."""
    lines: list[str] = []
    current, width = "", 0
    for ch in text:
        w = display_width(ch)
        if width + w > columns and current:
            lines.append(current)
            current, width = " " * indent, indent
        current += ch
        width += w
    if current.strip() or not lines:
        lines.append(current)
    return lines


def qr_module_for(profile: PrinterProfile) -> int:
    return 6 if profile.paper_width_dots >= 576 else 4


def render_receipt(receipt: Receipt, profile: PrinterProfile) -> RenderedJob:
    sink = BufferSink()
    p = EscPos(sink, chinese_always=profile.chinese and profile.chinese_mode == "always")
    p.init()
    if profile.code_page is not None:
        p.code_page(profile.code_page)
    if profile.chinese:
        p.chinese(True)
    cols = profile.chars_per_line

    p.align(Align.CENTER)
    p.bold(True)
    p.size(2, 2)
    p.line(receipt.title)
    p.size(1, 1)
    p.bold(False)
    p.align(Align.LEFT)
    p.line("-" * cols)
    for label, value in receipt.lines:
        for text in label_value_lines(label, value, cols):
            p.line(text)
    if receipt.checklist:
        p.line("-" * cols)
        if receipt.checklist_title:
            p.bold(True)
            p.line(receipt.checklist_title)
            p.bold(False)
        for item in receipt.checklist:
            for text in wrap_columns(CHECKBOX + item, cols, display_width(CHECKBOX)):
                p.line(text)
    if receipt.emphasis:
        p.line("-" * cols)
        p.bold(True)
        p.size(1, 2)
        for text in receipt.emphasis:
            p.line(text)
        p.size(1, 1)
        p.bold(False)
    if receipt.qr_payload:
        p.feed(1)
        p.align(Align.CENTER)
        data = receipt.qr_payload.encode("utf-8")
        if profile.native_qr:
            p.qr(data, module_size=qr_module_for(profile), level=QrErrorCorrection.M)
        else:
            p.image(qr_image(data, QrErrorCorrection.M, qr_module_for(profile)), profile.paper_width_dots)
        p.feed_line()
        if receipt.qr_caption:
            p.line(receipt.qr_caption)
        p.align(Align.LEFT)
    if receipt.footer:
        p.feed(1)
        p.align(Align.CENTER)
        for text in receipt.footer:
            p.line(text)
        p.align(Align.LEFT)
    # Feed so the last printed line passes the cutter (about 4 lines on common 80 mm mechanisms).
    p.feed(4)
    if profile.cutter:
        p.cut(CutMode.PARTIAL)
    return RenderedJob(sink.output, tuple(p.commands))


def test_page(profile: PrinterProfile) -> Receipt:
    """The technician's test page: every feature the kiosk relies on, no personal data."""
    return Receipt(
        title="打印机测试页",
        lines=[
            ("型号 Model", profile.model),
            ("纸宽 Width", f"{profile.paper_width_dots} dots"),
            ("每行字数 Columns", str(profile.chars_per_line)),
            ("二维码 QR", "native" if profile.native_qr else "image"),
            ("切刀 Cutter", "yes" if profile.cutter else "no"),
        ],
        emphasis=["中文打印正常 ABC 123"],
        qr_payload="https://kiosk.example/test?打印=测试",
        qr_caption="扫码检查二维码",
        footer=["乡镇便民服务自助终端", "Township service kiosk"],
    )
