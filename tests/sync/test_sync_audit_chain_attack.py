"""The audit chain cannot be shortened or rewritten behind the platform's back.

The attacker has kiosk.db: it deletes the newest audit entries (the chain stays valid, only
shorter), or rewrites an old entry and recomputes every hash after it (the kiosk's own check
passes). Each heartbeat carries the chain's head and the hash at the count the platform last
took; the platform's fleet page and log say what happened.
"""

from __future__ import annotations

import logging

import pytest
from pg_cluster import DATABASES, both_databases

from kiosk.store import audit
from sync.engine.engine import SyncEngine
from sync.platform.console.fleet import fleet_rows
from sync.platform.review import audit_chain_verdict


@pytest.fixture(params=DATABASES)
def database_url(request):
    return both_databases(request)


def beat(db, client):
    SyncEngine(db, client).run_once(now=True)  # "sync now" sends a heartbeat whatever the interval


def verdict(platform, creds):
    """The verdict the platform kept as heartbeats arrived: the same as judging all of them again."""
    kept = platform.storage.terminal(creds.terminal_id).audit_chain
    assert kept == audit_chain_verdict(platform.storage.heartbeats(creds.terminal_id))
    return kept


def write_entries(db, n, start=0):
    for i in range(start, start + n):
        audit.append(db, "journey", "application.submitted", {"n": i})


def test_a_growing_chain_is_ok_and_a_shortened_one_is_noticed(platform, kiosk_db, creds, client, caplog):
    write_entries(kiosk_db, 5)
    beat(kiosk_db, client)
    write_entries(kiosk_db, 3, start=5)
    beat(kiosk_db, client)
    assert verdict(platform, creds) == "ok"

    # remove the newest entries: what is left still verifies on the kiosk
    count, _ = audit.head(kiosk_db)
    kiosk_db.execute("DELETE FROM audit_log WHERE seq > ?", [count - 4])
    assert audit.verify(kiosk_db).ok
    with caplog.at_level(logging.WARNING, logger="sync.platform.app"):
        beat(kiosk_db, client)
    assert verdict(platform, creds).startswith("shrunk")
    assert any("audit chain shrunk" in r.getMessage() for r in caplog.records)
    from sync.platform.app import render_fleet

    assert "shrunk" in render_fleet(platform.storage)
    [row] = fleet_rows([platform.storage.terminal(creds.terminal_id)], {}, 900)
    assert "审计链断裂" in row.alerts
    write_entries(kiosk_db, 10, start=50)  # growing again does not clear the break
    beat(kiosk_db, client)
    assert verdict(platform, creds).startswith("shrunk")


def test_a_rewritten_chain_is_noticed_though_it_verifies_on_the_kiosk(platform, kiosk_db, creds, client):
    write_entries(kiosk_db, 6)
    beat(kiosk_db, client)
    # rewrite entry 2 and recompute every hash after it, then add entries so it is not shorter
    rows = kiosk_db.execute("SELECT seq, at, actor, action, detail FROM audit_log ORDER BY seq").fetchall()
    kiosk_db.execute("DELETE FROM audit_log")
    prev = audit.GENESIS
    for seq, at, actor, action, detail in rows:
        if seq == 2:
            detail = audit.canonical({"n": "nothing happened here"})
        digest = audit.row_hash(prev, seq, at, actor, action, detail)
        kiosk_db.execute(
            "INSERT INTO audit_log (seq, at, actor, action, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?)",
            (seq, at, actor, action, detail, prev, digest),
        )
        prev = digest
    write_entries(kiosk_db, 2, start=100)
    assert audit.verify(kiosk_db).ok  # the kiosk alone cannot tell
    beat(kiosk_db, client)
    assert verdict(platform, creds).startswith("forked")


def test_heartbeats_from_a_kiosk_without_the_chain_head_are_not_an_alarm():
    assert audit_chain_verdict(['{"queue_depth": 0}', '{"queue_depth": 1}']) == "ok"
