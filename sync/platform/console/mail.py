"""待邮寄: documents the platform promised to post, for window staff and supervisors.

A terminal with no link left the resident's request and the platform answered "mail" (see
``sync.platform.records``). Staff see each document, the township of the terminal it was asked at,
the address masked, and when it was asked for; the full address opens only on a staff member's request
(audited, shown once, like a certification's photo). Marking it posted (with the day) is audited and
reaches the resident's progress lookup by ID card as 已寄出.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Callable

POSTED_WITHIN_DAYS = 60  # a posting day further back is a typing slip


def _(text: str) -> str:
    """The console's translation hook, as the templates call it: Chinese is the source text."""
    return text


NO_SUCH = _("没有这份待邮寄的文件。")
BAD_DAY = _("请填写寄出日期（不晚于今天，不早于 60 天前）。")
POSTED = _("已登记寄出，居民在终端“查询进度”中将看到“已寄出”。")


def posted_day(value: str, today: dt.date) -> str:
    """The posting day staff entered, as YYYY-MM-DD; ValueError when it is no date, in the future or
    implausibly old."""
    day = dt.date.fromisoformat(value.strip())
    if not today - dt.timedelta(days=POSTED_WITHIN_DAYS) <= day <= today:
        raise ValueError("posting day out of range")
    return day.isoformat()


def open_address(sealed: str, open_: Callable[[bytes], bytes]) -> str | None:
    """The full address, or None when it cannot be opened (the page says so and still shows)."""
    try:
        return open_(base64.b64decode(sealed, validate=True)).decode()
    except Exception:
        return None
