"""The receipt (回执) as plain data: what the printer prints and what the screen shows.

:func:`application_receipt` builds the acceptance receipt (Chinese): acceptance number, matter(s),
masked applicant (and masked agent for 代办), time, state (queued here or accepted by the platform),
promised completion date ("即办" only once accepted), deferred materials
with their due dates, a note when staff must verify identity, the QR payload for progress lookup
and the 12345 hotline. :func:`status_slip` builds the progress lookup's slip.
``ReceiptContent.lines()`` gives (label, value) rows; the adapter
(``kiosk.journey_adapters.printer``) turns the content into ``devices.printer.Receipt``.

When the printer cannot print (:class:`PrintOutcome` ``printed=False`` with a message code) the
submission stands: the screen shows the same content and its QR code, and the journey records
"not printed" on the application.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from kiosk.core.catalog import LocalText

HOTLINE = "12345"
TITLE = "受理回执"
STATUS_TITLE = "办件进度查询"
#: the receipt says what is true when it prints, in the progress lookup's words (status.accepted,
#: status.queued): an application still waiting for upload is not yet accepted, so not yet "即办"
ACCEPTED = "已受理"
QUEUED = "已提交，等待上传"


@dataclass(frozen=True)
class ReceiptContent:
    title: str
    lines: tuple[tuple[str, str], ...]
    emphasis: tuple[str, ...] = ()
    qr_payload: str | None = None
    qr_caption: str = ""
    footer: tuple[str, ...] = ()
    acceptance_no: str = ""
    checklist_title: str = ""
    checklist: tuple[str, ...] = ()  # items printed each with a box (the 一次性告知单's materials)

    def as_dict(self) -> dict[str, object]:
        return {
            "title": self.title,
            "lines": [list(x) for x in self.lines],
            "emphasis": list(self.emphasis),
            "qr_payload": self.qr_payload,
            "qr_caption": self.qr_caption,
            "footer": list(self.footer),
            "acceptance_no": self.acceptance_no,
            "checklist_title": self.checklist_title,
            "checklist": list(self.checklist),
        }

    def text(self) -> str:
        """Everything as plain text (tests, logs of the layout; contains masked data only)."""
        rows = [self.title, *(f"{k}：{v}" if k else v for k, v in self.lines)]
        rows += [self.checklist_title, *(f"□ {item}" for item in self.checklist), *self.emphasis]
        rows += [self.qr_caption, *self.footer]
        return "\n".join(r for r in rows if r)


@dataclass(frozen=True)
class PrintOutcome:
    printed: bool
    problem: str | None = None  # message code: receipt_paper_out / receipt_printer_offline


class ReceiptPrinterPort(Protocol):
    def print_receipt(self, content: ReceiptContent) -> PrintOutcome:
        """Print; never raises for a printer problem (it answers printed=False with a code)."""
        ...


def _fmt_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _fmt_time(moment: dt.datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M}"


@dataclass(frozen=True)
class DeferredLine:
    name: LocalText
    due_date: dt.date


@dataclass(frozen=True)
class ReceiptInput:
    acceptance_no: str
    matter_names: Sequence[LocalText]
    applicant_masked: str
    submitted_at: dt.datetime
    promised_date: dt.date
    qr_payload: str
    deferred: Sequence[DeferredLine] = ()
    agent_masked: str | None = None
    staff_verification: bool = False
    bundle_name: LocalText | None = None
    terminal_name: str = ""
    elsewhere: Sequence[LocalText] = field(default_factory=tuple)
    accepted: bool = False  # the platform has accepted it; False: queued here, waiting for upload


def application_receipt(data: ReceiptInput) -> ReceiptContent:
    lines: list[tuple[str, str]] = [("受理号", data.acceptance_no)]
    if data.bundle_name is not None:
        lines.append(("一件事", data.bundle_name.zh_CN))
    for i, name in enumerate(data.matter_names):
        lines.append(("办理事项" if i == 0 else "", name.zh_CN))
    lines.append(("申请人", data.applicant_masked))
    if data.agent_masked:
        lines.append(("代办人", data.agent_masked))
    lines.append(("提交时间", _fmt_time(data.submitted_at)))
    lines.append(("办理状态", ACCEPTED if data.accepted else QUEUED))
    if data.promised_date <= data.submitted_at.date():
        lines.append(("承诺办结", "即办" if data.accepted else "上传受理后即办"))
    else:
        lines.append(("承诺办结", _fmt_date(data.promised_date) + "前"))
    emphasis = [f"受理号 {data.acceptance_no}"]
    for item in data.deferred:
        emphasis.append(f"容缺补交：{item.name.zh_CN}，请于{_fmt_date(item.due_date)}前补交")
    if data.staff_verification:
        emphasis.append("请到窗口由工作人员核验身份")
    for name in data.elsewhere:
        emphasis.append(f"另需到窗口办理：{name.zh_CN}")
    footer = ["凭受理号或扫码查询办理进度", f"咨询投诉请拨打 {HOTLINE}"]
    if data.terminal_name:
        footer.append(data.terminal_name)
    return ReceiptContent(
        title=TITLE,
        lines=tuple(lines),
        emphasis=tuple(emphasis),
        qr_payload=data.qr_payload,
        qr_caption="扫码查询办理进度",
        footer=tuple(footer),
        acceptance_no=data.acceptance_no,
    )


@dataclass(frozen=True)
class SlipRow:
    acceptance_no: str
    matter_name: str
    status_text: str
    submitted_at: dt.datetime


def status_slip(
    rows: Sequence[SlipRow], applicant_masked: str, printed_at: dt.datetime, terminal_name: str = ""
) -> ReceiptContent:
    lines: list[tuple[str, str]] = [("申请人", applicant_masked), ("查询时间", _fmt_time(printed_at))]
    emphasis: list[str] = []
    if not rows:
        emphasis.append("没有查到办件记录")
    for row in rows:
        lines.append(("受理号", row.acceptance_no))
        lines.append(("", row.matter_name))
        lines.append(("", f"{row.status_text}（{row.submitted_at:%Y-%m-%d}提交）"))
    footer = [f"咨询投诉请拨打 {HOTLINE}"]
    if terminal_name:
        footer.append(terminal_name)
    return ReceiptContent(
        title=STATUS_TITLE, lines=tuple(lines), emphasis=tuple(emphasis), footer=tuple(footer)
    )
