"""The county platform's list pages at a county's scale, one staff member at a time, on PostgreSQL.

    .venv/bin/python bench/bench_console_pages.py                       # 10,000 terminals, 1,000,000 cases
    .venv/bin/python bench/bench_console_pages.py --applications 100000 # quicker

1. A throwaway PostgreSQL 15 cluster (tests/sync/pg_cluster.py), 10,000 terminals enrolled with a
   latest heartbeat each and --beats kept raw heartbeats each (their audit-chain heads too), and
   --applications cases generated server-side (the three kinds and six states, the masked summary
   and the deferred materials in clear columns as commit writes them), 2,000 complaints, 200 help calls.
2. The platform serves on 127.0.0.1 (one process: a quiet page, not a loaded one; bench_platform_scale.py
   measures pages under load); a supervisor and a technician sign in to the console.
3. Each list page fetched --rounds times after a warm-up: the console's fleet (100 a page, alerts
   first), fleet filtered by township, applications, certifications and home visits, complaints, help
   calls; the admin fleet page (200 terminals a page) and the pending-certification list.
4. The baseline in the same run: what the admin fleet page spent per row before the platform kept
   each terminal's audit-chain verdict (every kept heartbeat read and judged again, for 200 rows).

Prints one JSON object: p50/p95 per page (goal: p95 <= 200 ms), the process's CPU per page (the
platform's work in this process, and the client's: a figure the other load on the machine does not
inflate the way it does wall time; PostgreSQL's own CPU is not in it) and the baseline's time.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "sync"), str(ROOT / "bench")]

from bench_platform_scale import GENERATE, enrol_terminals  # noqa: E402
from pg_cluster import pg_cluster  # noqa: E402
from sqlalchemy import text  # noqa: E402

from sync.platform.console.security import hash_password  # noqa: E402
from sync.platform.console.store import ConsoleStore, open_engine  # noqa: E402
from sync.platform.review import audit_chain_verdict  # noqa: E402
from sync.platform.server import platform_in_thread  # noqa: E402
from sync.platform.storage import SqlStorage  # noqa: E402

PASSWORD = "bench-password-2026"

BEATS = """
INSERT INTO small_posts (kind, terminal_id, item_id, body, received_at)
SELECT 'heartbeats', 'T-bench' || lpad(t::text, 6, '0'), 'hb-' || b,
       '{"device_health": {"printer": "' || (CASE WHEN t % 97 = 0 THEN 'paper_out' ELSE 'ok' END)
       || '", "idcard": "ok"}, "queue_depth": ' || (t % 7) || ', "oldest_queued_age_s": null, '
       || '"last_sync_at": null, "software_version": "1.0", "catalog_version": "1", '
       || '"disk_free_bytes": ' || (CASE WHEN t % 89 = 0 THEN 1000000 ELSE 20000000000 END) || ', '
       || '"audit_count": ' || (b * 3) || ', "audit_head": "h' || (b * 3) || '", '
       || '"audit_anchor_seq": ' || ((b - 1) * 3) || ', "audit_anchor_hash": "h' || ((b - 1) * 3) || '"}',
       extract(epoch FROM now()) - (:beats - b) * 300
FROM generate_series(0, :terminals - 1) AS t, generate_series(1, :beats) AS b
"""
LATEST = """
UPDATE terminals SET last_seen = extract(epoch FROM now()) - (CASE WHEN s.n % 53 = 0 THEN 7200 ELSE 60 END),
       last_heartbeat = s.body, audit_highest = s.highest
FROM (SELECT DISTINCT ON (terminal_id) terminal_id, body,
             substr(terminal_id, 8)::int AS n, (:beats * 3) AS highest
      FROM small_posts WHERE kind = 'heartbeats' ORDER BY terminal_id, received_at DESC) AS s
WHERE terminals.id = s.terminal_id
"""
HEADS = """
INSERT INTO audit_heads (terminal_id, count, head, received_at)
SELECT 'T-bench' || lpad(t::text, 6, '0'), b * 3, 'h' || (b * 3), extract(epoch FROM now())
FROM generate_series(0, :terminals - 1) AS t, generate_series(1, :beats) AS b
"""
SMALL = """
INSERT INTO small_posts (kind, terminal_id, item_id, body, received_at)
SELECT :kind, 'T-bench' || lpad((i % :terminals)::text, 6, '0'), :kind || '-' || i, :body,
       extract(epoch FROM now()) - i * 30
FROM generate_series(1, :count) AS i
"""


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18] if len(values) >= 20 else max(values, default=0.0)


def summary(values: list[float]) -> dict[str, float | int]:
    ms = [v * 1000 for v in values]
    return {"n": len(ms), "p50_ms": round(statistics.median(ms), 1), "p95_ms": round(p95(ms), 1)}


def fill(storage: SqlStorage, terminals: int, applications: int, beats: int) -> float:
    started = time.perf_counter()
    enrol_terminals(storage, terminals)
    params = {"terminals": terminals, "count": applications, "beats": beats}
    complaint = json.dumps({"category": "fees", "sealed_body": "", "anonymous": True})
    with storage.engine.begin() as c:
        c.execute(text(GENERATE), params)
        c.execute(text(BEATS), params)
        c.execute(text(LATEST), params)
        c.execute(text(HEADS), params)
        c.execute(text(SMALL), {**params, "kind": "complaints", "count": 2000, "body": complaint})
        c.execute(
            text(SMALL), {**params, "kind": "help-requests", "count": 200, "body": '{"screen": "home"}'}
        )
        towns = [
            {"terminal_id": f"T-bench{i:06d}", "township": f"乡镇{i % 300:03d}"} for i in range(terminals)
        ]
        c.execute(text("CREATE TABLE IF NOT EXISTS _bench_towns (terminal_id text, township text)"))
        c.execute(text("INSERT INTO _bench_towns VALUES (:terminal_id, :township)"), towns)
        for table in ("applications", "small_posts", "terminals", "audit_heads"):
            c.execute(text(f"ANALYZE {table}"))
    return time.perf_counter() - started


def signed_in(url: str, username: str) -> httpx.Client:
    http = httpx.Client(base_url=url, follow_redirects=True, timeout=120)
    page = http.get("/console/login").text
    token = re.search(r'name="csrf" value="([^"]+)"', page)
    assert token, "no CSRF field on the login page"
    answer = http.post("/console/login", data={"csrf": token[1], "username": username, "password": PASSWORD})
    assert answer.status_code == 200 and "/console/login" not in str(answer.url), "sign-in failed"
    return http


def timed(http: httpx.Client, path: str, rounds: int) -> dict[str, float | int]:
    answer = http.get(path)  # warm-up (and the console's first index of new cases)
    assert answer.status_code == 200, (path, answer.status_code)
    took = []
    cpu = time.process_time()
    for _ in range(rounds):
        started = time.perf_counter()
        answer = http.get(path)
        took.append(time.perf_counter() - started)
        assert answer.status_code == 200, (path, answer.status_code)
    # the platform's (and this client's) CPU per page: what the page costs, whatever else the machine runs
    cpu_ms = round((time.process_time() - cpu) * 1000 / rounds, 1)
    return summary(took) | {"cpu_ms": cpu_ms, "kib": len(answer.content) // 1024}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--terminals", type=int, default=10_000)
    parser.add_argument("--applications", type=int, default=1_000_000)
    parser.add_argument("--beats", type=int, default=12, help="raw heartbeats kept per terminal (an hour)")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    result: dict[str, object] = {"terminals": args.terminals, "applications": args.applications}
    with pg_cluster(settings={"shared_buffers": "256MB"}) as pg:
        url = pg.new_database()
        work = Path(pg.socket_dir).parent / "platform"
        storage = SqlStorage(url, work / "uploads")
        result["fill_s"] = round(fill(storage, args.terminals, args.applications, args.beats), 1)
        with storage.engine.connect() as c:
            max_seq = int(c.execute(text("SELECT max(seq) FROM applications")).scalar_one())
        storage.close()
        with platform_in_thread(work, database_url=url) as platform:
            store = ConsoleStore(open_engine(url))
            for username, role in (("wang", "supervisor"), ("zhou", "technician")):
                store.add_staff(username, username, role, hash_password(PASSWORD))
            with store.engine.begin() as c:
                # the console's index as it stands when it has kept up with the cases arriving
                c.execute(text("INSERT INTO console_cases SELECT id, case_no, kind FROM applications"))
                c.execute(
                    text(
                        "INSERT INTO console_deferred (application_id, code, case_no, due_date) SELECT id, "
                        "'户口簿', case_no, '2026-12-20' FROM applications WHERE summary LIKE '%户口簿%'"
                    )
                )
                c.execute(
                    text("INSERT INTO console_settings VALUES ('indexed_through_seq', :seq)"),
                    {"seq": str(max_seq)},
                )
            with store.engine.begin() as c:  # each terminal's township, as technicians set them
                c.execute(
                    text("INSERT INTO console_townships SELECT terminal_id, township FROM _bench_towns")
                )
            store.engine.dispose()
            admin = {"Authorization": f"Bearer {platform.admin_token}"}
            pages: dict[str, object] = {}
            with httpx.Client(base_url=platform.url, headers=admin, timeout=120) as http:
                pages["admin_fleet"] = timed(http, "/admin/fleet", args.rounds)
                pages["admin_certifications"] = timed(http, "/admin/certifications", args.rounds)
            tech = signed_in(platform.url, "zhou")
            pages["console_fleet"] = timed(tech, "/console/fleet", args.rounds)
            pages["console_fleet_township"] = timed(tech, "/console/fleet?township=乡镇007", args.rounds)
            tech.close()
            boss = signed_in(platform.url, "wang")
            for page in ("applications", "certifications", "complaints", "help"):
                pages["console_" + page] = timed(boss, "/console/" + page, args.rounds)
            boss.close()
            result["pages"] = pages
            # the baseline: judging every kept heartbeat again for one admin fleet page's 200 rows
            started = time.perf_counter()
            for t in platform.storage.terminals(limit=200):
                audit_chain_verdict(platform.storage.heartbeats(t.id))
            result["baseline_verdicts_200_rows_ms"] = round((time.perf_counter() - started) * 1000, 1)
    result["load_average"] = [round(x, 1) for x in os.getloadavg()]
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
