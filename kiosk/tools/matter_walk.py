"""`kiosk-tools simulate --journey all-matters`: every matter of the catalog walked as a resident would,
through the journey core, a scratch store and the emulated receipt printer (no screens).

A matter handled here must reach its receipt with only what a resident brings: the card on the reader
where the guide accepts it, otherwise one of their own pages under the camera (a sample document
picture) — never a page the terminal generates or the office obtains by 部门间共享. A matter handled
elsewhere must end in a clear window-only answer, and its 一次性告知单 is printed. The certification has
its own walk (``--journey certification``). One line per matter; the exit status says whether all
passed.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.core.catalog import Catalog, Matter, MatterKind
from kiosk.core.journey.identity import CardData, id_check_char
from kiosk.core.journey.journey import Journey, JourneyServices, Step
from kiosk.core.journey.materials import ScannedPage
from kiosk.core.journey.messages import JourneyError
from kiosk.core.journey.window_notice import window_notice

_FIRST17 = "41152319800101123"
RESIDENT = CardData(
    name="张三丰",
    id_number=_FIRST17 + id_check_char(_FIRST17),
    sex="male",
    birth_date=dt.date(1980, 1, 1),
    nation="汉",
    address="河南省信阳市豫南县青石镇人民路18号",
    issuer="豫南县公安局",
    valid_from=dt.date(2016, 5, 1),
    valid_to=dt.date(2036, 5, 1),
    check_digit_ok=True,
)


@dataclass(frozen=True)
class WalkResult:
    code: str
    name: str
    outcome: str  # "receipt", "window" or "failed"
    detail: str  # the acceptance number, where to go, or what went wrong (a message code)
    scanned: int = 0  # pages the resident put under the camera
    card_reads: int = 0
    printed: bool = False  # the receipt came out of the printer


def walk_matter(
    catalog: Catalog,
    services: JourneyServices,
    matter: Matter,
    resident_page: Callable[[str], ScannedPage],
    fill_value: Callable[[Any], Any],
    strokes: list[list[tuple[float, float]]],
) -> tuple[WalkResult, Journey | None]:
    """Walk one matter; the journey is returned at RATE (or None for a window-only matter)."""
    name = matter.name.zh_CN
    try:
        j = Journey(catalog, services, matter_code=matter.code)
    except JourneyError as exc:
        if exc.code != "not_at_terminal":
            return WalkResult(matter.code, name, "failed", exc.code), None
        return WalkResult(matter.code, name, "window", str(exc.params.get("where", ""))), None
    scanned = reads = 0
    try:
        j.identify(RESIDENT)
        if j.step is Step.FACE_CONSENT:
            j.face_consent(False)
        j.accept_guide()
        if j.step is Step.FORM:
            for f in j.form.fields if j.form else ():
                if f.key not in j.values:
                    j.set_field(f.key, fill_value(f))
            result = j.submit_form()
            if not result.ok:
                return WalkResult(matter.code, name, "failed", result.errors[0].code), j
        step = j.materials
        assert step is not None
        for c in step.cards:
            if c.asked and c.required and step.handling(c.code) is None:
                if "resident_id" in c.elicense_types and j.holder is not None:
                    step.use_card_read(c.code, j.holder)
                    reads += 1
                else:
                    step.scan(c.code, [resident_page(c.code)])
                    scanned += 1
        j.finish_materials()
        j.sign(strokes)
        submitted = j.submit()
        printed = j.print_receipt().printed
    except JourneyError as exc:
        return WalkResult(matter.code, name, "failed", exc.code), j
    return WalkResult(matter.code, name, "receipt", submitted.acceptance_no, scanned, reads, printed), j


def simulate_all_matters() -> int:
    """The walk on a scratch store with the emulated printer (never the configured store); prints one
    line per matter and answers the exit status."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from devices.printer import create_driver
    from kiosk.assets import DOCUMENT_SAMPLES
    from kiosk.core.catalog_io import load_catalog
    from kiosk.journey_adapters.calendar import package_calendar
    from kiosk.journey_adapters.form_page import render_form_page
    from kiosk.journey_adapters.printer import DevicePrinter
    from kiosk.journey_adapters.store import JourneyStore
    from kiosk.store.connection import open_store
    from kiosk.tools.simulate import signature_strokes, value_for

    catalog = load_catalog()
    sample = next(iter(sorted(Path(str(DOCUMENT_SAMPLES)).glob("*.jpg")))).read_bytes()
    failed = 0
    with tempfile.TemporaryDirectory(prefix="kiosk-all-matters-") as tmp:
        db = open_store(Path(tmp) / "kiosk.db")
        store = JourneyStore(db, Path(tmp) / "sealed", X25519PrivateKey.generate().public_key(), "0001")
        driver = create_driver({"emulated": True, "model": "pos80", "output_dir": str(Path(tmp) / "paper")})
        driver.open()
        printer = DevicePrinter(driver)
        services = JourneyServices(
            submitter=store,
            printer=printer,
            evaluations=store,
            calendar=package_calendar(),
            terminal_name="青石镇便民服务中心（模拟）",
            form_renderer=render_form_page,
        )
        try:
            for matter in catalog.matters:
                if matter.kind is MatterKind.CERTIFICATION:
                    print(f"certification  {matter.name.zh_CN}: --journey certification", flush=True)
                    continue
                result, j = walk_matter(
                    catalog,
                    services,
                    matter,
                    lambda code: ScannedPage(sample, "image/jpeg", "ok"),
                    value_for,
                    signature_strokes(),
                )
                if result.outcome == "window":
                    printed = printer.print_receipt(window_notice(catalog, matter)).printed
                    detail = f"{result.detail}  一次性告知单: {'printed' if printed else 'not printed'}"
                elif result.outcome == "receipt":
                    detail = (
                        f"{result.detail}  pages scanned: {result.scanned}, card reads: {result.card_reads}"
                    )
                else:
                    failed += 1
                    detail = result.detail
                if j is not None:
                    j.wipe()
                print(f"{result.outcome:<13}  {result.name}: {detail}", flush=True)
        finally:
            driver.close()
            db.conn.close()
    print(f"all-matters: {len(catalog.matters)} matters, {failed} failed", flush=True)
    return 1 if failed else 0
