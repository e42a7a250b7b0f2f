"""The application form the terminal generates (the guide: "在终端填写后自动生成…无需另带").

A material whose ``supply`` is ``terminal`` is never asked for: the terminal makes the page itself,
from the form the resident filled in and the signature they drew, and seals it with the application
like a scanned page. :class:`FormPage` is that page as plain data (title, the rows in words, the
signature PNG, the date); the review screen shows it and a printer can print it. Drawing it is the
job of a :class:`FormPageRenderer` port (``kiosk.journey_adapters.form_page`` draws a PNG with the
terminal's Chinese font), because the core draws no text.

Without a renderer (a test rig, a terminal missing its font) the page is still sealed as data — the
rows and the signature inside the sealed payload — and the material row says ``rendered: false``, so
the office can print it; the resident is never sent back for it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from kiosk.core.catalog import LocalText
from kiosk.core.journey.receipt import ReceiptContent

PAGE_MEDIA_TYPE = "image/png"


@dataclass(frozen=True, repr=False)
class FormPage:
    """One generated application form. ``rows`` are (label, value) in Chinese, values in words."""

    code: str
    title: str
    matter_names: tuple[str, ...]
    rows: tuple[tuple[str, str], ...]
    signature_png: bytes
    signed_on: dt.date

    def __repr__(self) -> str:
        return f"FormPage({self.code}, {len(self.rows)} rows)"

    def as_payload(self) -> dict[str, Any]:
        """For the sealed payload: the page as data (no image), its rows and the signature's hash."""
        return {
            "code": self.code,
            "title": self.title,
            "matters": list(self.matter_names),
            "rows": [list(r) for r in self.rows],
            "signature_sha256": hashlib.sha256(self.signature_png).hexdigest(),
            "signed_on": self.signed_on.isoformat(),
        }


def printable(page: FormPage) -> ReceiptContent:
    """The page for the receipt printer (the resident's own copy): the rows in words; the signature
    itself stays in the sealed page, the slip says it was signed and when."""
    signed = f"{page.signed_on.year}年{page.signed_on.month}月{page.signed_on.day}日"
    lines = tuple(("办理事项" if i == 0 else "", n) for i, n in enumerate(page.matter_names)) + page.rows
    return ReceiptContent(
        title=page.title,
        lines=lines,
        emphasis=(f"申请人已于{signed}在终端签名确认",),
        footer=("本表由自助终端根据申请人填写内容自动生成",),
    )


class FormPageRenderer(Protocol):
    def __call__(self, page: FormPage) -> bytes:
        """The page drawn as a PNG (``PAGE_MEDIA_TYPE``)."""
        ...


@dataclass(frozen=True, repr=False)
class RenderedPage:
    """A generated page as it is sealed: the data, and the drawing when a renderer made one."""

    page: FormPage
    png: bytes | None

    def __repr__(self) -> str:
        return f"RenderedPage({self.page.code}, {len(self.png or b'')} bytes)"

    @property
    def sha256(self) -> str | None:
        return hashlib.sha256(self.png).hexdigest() if self.png else None


def form_page(
    code: str,
    title: LocalText,
    matter_names: Sequence[LocalText],
    review_rows: Sequence[dict[str, Any]],
    signature_png: bytes,
    signed_on: dt.date,
) -> FormPage:
    """The page from the review rows (zh_CN, full values: the form is the resident's own record)."""
    return FormPage(
        code=code,
        title=title.zh_CN,
        matter_names=tuple(n.zh_CN for n in matter_names),
        rows=tuple((str(r["label"]), str(r["value"])) for r in review_rows),
        signature_png=signature_png,
        signed_on=signed_on,
    )
