"""一次性告知单: for a matter done only at a window, everything the resident needs to come once.

The terminal cannot take the application, so it prints what the guide says: the window (place), its
hours and phone, the materials to bring as a checklist (original or copy, how many, the condition of a
conditional one), what is *not* to be brought (materials shared between departments; an application
form filled in at the window), fees, the promised time and how many visits. As plain data
(:class:`~kiosk.core.journey.receipt.ReceiptContent`), printed by the receipt printer like a receipt
and shown on screen the same way. Chinese only, like the receipt: it is handed over at a Chinese
window.
"""

from __future__ import annotations

import datetime as dt

from kiosk.core.catalog import Catalog, Material, MaterialForm, MaterialSupply, Matter, Necessity
from kiosk.core.journey.receipt import HOTLINE, ReceiptContent

TITLE = "一次性告知单"
CHECKLIST_TITLE = "请带齐以下材料"
_FORMS = {MaterialForm.ORIGINAL: "原件", MaterialForm.COPY: "复印件", MaterialForm.ELECTRONIC: "电子件"}


def _item(m: Material) -> str:
    forms = "、".join(_FORMS[f] for f in m.forms if f is not MaterialForm.ELECTRONIC) or "原件"
    copies = f"{m.copies}份" if m.copies > 1 else ""
    text = f"{m.name.zh_CN}（{forms}{copies}）"
    if m.supply is MaterialSupply.TERMINAL:
        text = f"{m.name.zh_CN}（在窗口现场填写）"
    if m.necessity is Necessity.CONDITIONAL and m.condition is not None:
        text += f"，{m.condition.zh_CN}时提交"
    elif m.necessity is Necessity.OPTIONAL:
        text += "，非必要"
    return text


def _limit(matter: Matter) -> str:
    limit = matter.promised_limit
    if limit.on_the_spot:
        return "即办"
    return f"{limit.value}{limit.unit.label.zh_CN}"


def window_notice(
    catalog: Catalog, matter: Matter, printed_at: dt.datetime | None = None, terminal_name: str = ""
) -> ReceiptContent:
    """The 一次性告知单 of ``matter`` (any matter; meant for those not handled at the terminal)."""
    lines: list[tuple[str, str]] = [("办理事项", matter.name.zh_CN)]
    department = catalog.department(matter.accepting_department or matter.department)
    if department is not None:
        lines.append(("受理单位", department.name.zh_CN))
    lines.append(("办理地点", (matter.where_to_go or matter.place).zh_CN))
    lines.append(("办公时间", matter.hours.zh_CN))
    lines.append(("咨询电话", matter.consultation_phone))
    lines.append(("承诺时限", _limit(matter)))
    lines.append(("跑动次数", f"最多跑{matter.visits}次" if matter.visits else "零跑动"))
    lines.append(("收费", "收费，标准见窗口公示" if matter.fees.charged else "不收费"))
    if printed_at is not None:
        lines.append(("打印时间", f"{printed_at:%Y-%m-%d %H:%M}"))
    checklist = tuple(_item(m) for m in matter.materials if m.supply is not MaterialSupply.SHARED)
    emphasis = [
        f"无需提交（部门间共享）：{m.name.zh_CN}"
        for m in matter.materials
        if m.supply is MaterialSupply.SHARED
    ]
    if not checklist:
        emphasis.insert(0, "无需携带材料，带上本人身份证即可")
    footer = ["材料齐全可一次办结，请按清单准备", f"投诉请拨打 {matter.complaint_phone or HOTLINE}"]
    if terminal_name:
        footer.append(terminal_name)
    return ReceiptContent(
        title=TITLE,
        lines=tuple(lines),
        emphasis=tuple(emphasis),
        footer=tuple(footer),
        checklist_title=CHECKLIST_TITLE if checklist else "",
        checklist=checklist,
    )
