"""``kiosk queue list / show``: acceptance numbers, matters, states, ages, sizes — and nothing personal."""

from __future__ import annotations

import json
import subprocess
import sys

from journey_kit import (
    AGENT_ID,
    PRINCIPAL_ID,
    RESIDENT_ID,
    card,
    pick_matter,
    plain_matter,
    scan_required,
    sign_and_submit,
    through_form,
)

from kiosk.core.journey.evaluation import Rating
from kiosk.core.journey.help import HelpDesk
from kiosk.core.journey.proxy import ProxyDetails
from kiosk.queue_cli import main
from kiosk.store.catalog_versions import apply_catalog

PERSONAL = (
    "张三丰",
    "李四",
    "王秀英",
    RESIDENT_ID,
    AGENT_ID,
    PRINCIPAL_ID,
    "13812345678",
    "13900001111",
    "人民路",
)


def _two_applications(catalog, start, store, clock):
    matter = pick_matter(catalog, lambda m: plain_matter(m) and m.proxy_allowed)
    j = start(matter.code)
    j.identify(card())
    through_form(j)
    scan_required(j)
    first = sign_and_submit(j)
    j.print_receipt()
    j.rate(Rating(overall=5))
    clock.advance(90)
    j = start(matter.code)
    j.identify(card(name="李四", id_number=AGENT_ID), proxy=True)
    from journey_kit import page

    assert j.set_proxy(ProxyDetails("王秀英", PRINCIPAL_ID, "13900001111", "spouse", [page("a")])) == ()
    through_form(j)
    scan_required(j)
    second = sign_and_submit(j)
    HelpDesk(store, clock=clock.time).call("materials")
    return matter, first, second


def test_list_and_show(catalog, start, store, db, clock, tmp_path, capsys):
    apply_catalog(db, catalog.to_dict())
    matter, first, second = _two_applications(catalog, start, store, clock)
    path = str(tmp_path / "kiosk.db")

    assert main(["queue", "list", "--json", "--db", path]) == 0
    out = capsys.readouterr().out
    items = json.loads(out)
    assert [it["acceptance_no"] for it in items] == [first.acceptance_no, second.acceptance_no]
    assert items[0]["matters"] == [{"code": matter.code, "name": matter.name.zh_CN}]
    assert {it["state"] for it in items} == {"queued"}
    assert all(it["size_bytes"] > 0 for it in items)
    from kiosk.queue_cli import list_items

    ages = [it["age_s"] for it in list_items(db, now=clock.time())]
    assert ages == [90.0, 0.0]
    for secret in PERSONAL:
        assert secret not in out

    assert main(["queue", "list", "--all", "--db", path]) == 0
    table = capsys.readouterr().out
    assert first.acceptance_no in table and "help" in table and "evaluation" in table
    assert "2 application(s)" in table
    for secret in PERSONAL:
        assert secret not in table

    assert main(["queue", "show", second.acceptance_no, "--db", path]) == 0
    shown = capsys.readouterr().out
    assert "王*英 (proxy application)" in shown and "proxy_authorization" in shown
    for secret in PERSONAL:
        assert secret not in shown
    assert main(["queue", "show", first.acceptance_no, "--json", "--db", path]) == 0
    detail = json.loads(capsys.readouterr().out)
    assert detail["applicant"] == "张*丰" and detail["rating"] == 5 and detail["receipt_printed"]
    assert all(m["file_present"] for m in detail["materials"] if m["disposition"] == "scanned")

    assert main(["queue", "show", "0001-990101-0001", "--db", path]) == 1
    assert main(["queue", "list", "--db", str(tmp_path / "missing.db")]) == 2
    capsys.readouterr()


def test_runs_as_a_module(db, tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.queue_cli", "list", "--db", str(tmp_path / "kiosk.db")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "queue empty" in done.stdout
