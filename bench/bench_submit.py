"""Durable submit of an application with 5 MB of scanned material, against a raw write + fsync of the
same bytes, measured in the same run on the same disk.

  submit     Journey.submit() through the store adapter: the next acceptance number, every page sealed
             (HPKE + AES-256-GCM) and written to its own file with fsync (file and directory), the
             personal data sealed into the row, application + materials + outbox + audit rows in one
             SQLite transaction committed with WAL and synchronous=FULL
  raw        the baseline: the same page bytes written to the same number of files in the same
             directory, each fsynced, then one fsync of the directory
  seal       sealing the 5 MB in memory only (how much of the submit is cryptography)

Rounds alternate raw and submit so drift hits both; each prints the median. Goal: submit <= 3x raw.

Run: .venv/bin/python bench/bench_submit.py [--rounds N] [--mb 5] [--pages 5] [--dir DIR] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk.core.catalog import Catalog, Necessity
from kiosk.core.catalog_io import load_catalog
from kiosk.core.journey.identity import CardData, id_check_char
from kiosk.core.journey.journey import Journey, JourneyServices, Step
from kiosk.core.journey.materials import ScannedPage
from kiosk.core.journey.signature import render_signature
from kiosk.journey_adapters.store import JourneyStore
from kiosk.store.connection import open_store
from sync import sealing

GOAL = 3.0


def _card() -> CardData:
    first17 = "41152319800101123"
    return CardData(
        name="张三丰",
        id_number=first17 + id_check_char(first17),
        sex="male",
        birth_date=dt.date(1980, 1, 1),
        address="河南省豫南县青石镇人民路18号",
        valid_from=dt.date(2016, 5, 1),
        valid_to=dt.date(2036, 5, 1),
    )


def _simple_field(f: Any) -> bool:
    from kiosk.core.catalog import FieldType

    if not f.required:
        return True
    pattern = f.validation.pattern if f.validation else None
    return f.type is not FieldType.GROUP and (not pattern or f.type is FieldType.PHONE)


def _matter(catalog: Catalog) -> str:
    """A matter handled here, without a face step, whose required fields this bench can fill."""
    for m in catalog.matters:
        if (
            m.terminal_handling
            and m.kind.value == "application"
            and m.face_verification.value == "none"
            and all(_simple_field(f) for f in (m.form.fields if m.form else ()))
            and any(x.necessity is Necessity.REQUIRED for x in m.materials)
        ):
            return m.code
    raise SystemExit("no suitable matter in the demo catalog")


def _values(journey: Journey) -> None:
    from kiosk.core.catalog import FieldType

    assert journey.form is not None
    for f in journey.form.fields:
        if f.key in journey.values:
            continue
        v = f.validation
        value: Any
        if f.type is FieldType.CHOICE:
            value = f.options[0].value
        elif f.type is FieldType.MULTICHOICE:
            value = [f.options[0].value]
        elif f.type is FieldType.NUMBER:
            value = int(v.min) if v and v.min is not None else 1
        elif f.type is FieldType.DATE:
            value = "2020-01-15"
        elif f.type is FieldType.PHONE:
            value = "13812345678"
        elif f.type is FieldType.GROUP:
            continue
        elif f.type is FieldType.ID_NUMBER:
            value = _card().id_number
        elif v and v.pattern:
            continue
        else:
            value = "测试内容青石镇"
        journey.set_field(f.key, value)


def _ready_journey(
    catalog: Catalog, code: str, services: JourneyServices, pages: list[ScannedPage]
) -> Journey:
    j = Journey(catalog, services, matter_code=code)
    j.identify(_card())
    j.accept_guide()
    if j.step is Step.FORM:
        _values(j)
        result = j.submit_form()
        if not result.ok:
            raise SystemExit(f"bench form did not validate: {[e.as_dict() for e in result.errors]}")
    assert j.materials is not None
    required = [c for c in j.materials.cards if c.required]
    j.materials.scan(required[0].code, pages)  # the 5 MB material
    for c in required[1:]:
        j.materials.scan(c.code, [ScannedPage(os.urandom(1000))])
    j.finish_materials()
    strokes = [[(40 + i * 10.0, 120 + (i % 7) * 9.0) for i in range(45)]]
    j.sign(strokes)
    return j


def _raw(directory: Path, pages: list[ScannedPage], tag: int) -> None:
    for i, page in enumerate(pages):
        with open(directory / f"raw-{tag}-{i}.bin", "wb") as f:
            f.write(page.data)
            f.flush()
            os.fsync(f.fileno())
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def run(rounds: int, megabytes: float, page_count: int, base: Path) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="bench-submit-", dir=base))
    try:
        catalog = load_catalog()
        code = _matter(catalog)
        private = X25519PrivateKey.generate()
        db = open_store(work / "kiosk.db")
        store = JourneyStore(db, work / "sealed", private.public_key(), "0001")
        services = JourneyServices(submitter=store, evaluations=store)
        raw_dir = work / "raw"
        raw_dir.mkdir()
        size = int(megabytes * 1024 * 1024 / page_count)
        render_signature([[(40 + i * 10.0, 120.0 + i % 5) for i in range(45)]])  # warm Pillow
        submit_ms: list[float] = []
        raw_ms: list[float] = []
        seal_ms: list[float] = []
        for r in range(rounds + 1):  # round 0 warms caches and the database
            pages = [ScannedPage(os.urandom(size)) for _ in range(page_count)]
            journey = _ready_journey(catalog, code, services, pages)
            t = time.perf_counter()
            _raw(raw_dir, pages, r)
            raw = (time.perf_counter() - t) * 1000
            t = time.perf_counter()
            journey.submit()
            submit = (time.perf_counter() - t) * 1000
            t = time.perf_counter()
            for page in pages:
                sealing.seal(page.data, private.public_key())
            seal = (time.perf_counter() - t) * 1000
            if r:
                raw_ms.append(raw)
                submit_ms.append(submit)
                seal_ms.append(seal)
        db.conn.close()
        total = size * page_count
        result: dict[str, Any] = {
            "bytes": total,
            "pages": page_count,
            "rounds": rounds,
            "dir": str(base),
            "raw_ms": round(statistics.median(raw_ms), 2),
            "submit_ms": round(statistics.median(submit_ms), 2),
            "seal_only_ms": round(statistics.median(seal_ms), 2),
        }
        result["ratio"] = round(result["submit_ms"] / result["raw_ms"], 2)
        result["goal"] = GOAL
        result["ok"] = result["ratio"] <= GOAL
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--mb", type=float, default=5.0, help="scanned material per application (MB)")
    parser.add_argument("--pages", type=int, default=5, help="pages the material is split into")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()), help="where to write")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.rounds, args.mb, args.pages, args.dir)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    mb = result["bytes"] / 1024 / 1024
    where = f"{result['pages']} pages, {result['rounds']} rounds, in {result['dir']}"
    print(f"durable submit of {mb:.1f} MB in {where}")
    print(f"  raw write + fsync     {result['raw_ms']:8.1f} ms  (median)")
    print(f"  journey submit        {result['submit_ms']:8.1f} ms  (seal, write, fsync, one transaction)")
    print(f"  of which sealing      {result['seal_only_ms']:8.1f} ms  (in memory)")
    verdict = "ok" if result["ok"] else "ABOVE GOAL"
    print(f"ratio {result['ratio']:.2f}x (goal <= {GOAL:g}x): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
