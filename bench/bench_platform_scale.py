"""The county platform at fleet scale: PostgreSQL, `kiosk-platform serve --workers 2`, on this machine.

    .venv/bin/python bench/bench_platform_scale.py                 # 120 s of load (shortened)
    .venv/bin/python bench/bench_platform_scale.py --duration 600  # the 10-minute run

1. A throwaway PostgreSQL 15 cluster (tests/sync/pg_cluster.py) with fsync on, 10,000 terminals enrolled
   (rows written directly: enrolment is not what is measured), and 1,000,000 applications generated
   server-side (INSERT ... SELECT generate_series) across the three kinds and six states.
2. Open-loop load for --duration: 10,000 terminals' heartbeats at one per 5 minutes each (33.3/s) plus
   --commits application commits per second (default 100; a sealed payload the platform opens, no
   attachments: uploads are measured by bench_sync.py), every request signed by its terminal. Latency
   is measured from the moment a request was due, so a slow platform cannot hide behind a slow sender.
3. List pages while the load runs: the fleet page (every terminal, its latest heartbeat, the newest
   home visits) and the pending-certification list, each fetched every 2 s.
4. The workers' resident memory, sampled every 5 s.

Prints one JSON object; goals: heartbeat and commit p95 <= 300 ms, list pages p95 <= 200 ms, memory
flat (last quarter's mean within 10 % of the second quarter's).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import random
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "sync")]

from pg_cluster import pg_cluster  # noqa: E402

from sync import sealing  # noqa: E402
from sync.platform.keys import SealKeyring  # noqa: E402
from sync.platform.storage import SqlStorage  # noqa: E402
from sync.protocol import signatures  # noqa: E402


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18] if len(values) >= 20 else max(values, default=0.0)


def summary(values: list[float]) -> dict[str, float | int]:
    ms = [v * 1000 for v in values]
    return {"n": len(ms), "p50_ms": round(statistics.median(ms), 1) if ms else 0, "p95_ms": round(p95(ms), 1)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def enrol_terminals(storage: SqlStorage, count: int) -> list[tuple[str, Ed25519PrivateKey]]:
    from sync.platform.schema import terminals

    keys = [(f"T-bench{i:06d}", Ed25519PrivateKey.generate()) for i in range(count)]
    rows = [
        {
            "id": tid,
            "name": f"乡镇{i % 300:03d}-{i:05d}",
            "public_key": key.public_key().public_bytes(
                serialization.Encoding.Raw, serialization.PublicFormat.Raw
            ),
            "enrolled_at": time.time(),
        }
        for i, (tid, key) in enumerate(keys)
    ]
    with storage.engine.begin() as c:
        c.execute(terminals.insert(), rows)
    return keys


# 2 % of the cases with a deferred material (容缺) due later, as the console lists them
GENERATE = """
INSERT INTO applications
       (id, terminal_id, case_no, state, manifest, received_at, kind, summary, acceptance_no)
SELECT md5(i::text || 'bench')::uuid::text, 'T-bench' || lpad((i % :terminals)::text, 6, '0'),
       'HB' || lpad(i::text, 12, '0'),
       (ARRAY['received', 'accepted', 'processing', 'completed', 'correction-requested',
              'not-accepted'])[1 + i % 6],
       '{}', extract(epoch FROM now()) - i,
       (ARRAY['application','application','certification','home_visit'])[1 + i % 4],
       CASE WHEN i % 50 = 0
            THEN '{"resident": "张*", "matters": ["410000-001"], "deferred": [["户口簿", "2026-12-20"]]}'
            ELSE '{"resident": "张*", "matters": ["410000-001"], "deferred": []}' END,
       'ACC-' || i
FROM generate_series(1, :count) AS i
"""


def generate_applications(storage: SqlStorage, count: int, terminals: int) -> float:
    from sqlalchemy import text

    started = time.perf_counter()
    with storage.engine.begin() as c:
        c.execute(text(GENERATE), {"count": count, "terminals": terminals})
    # a county's table grew over years and was vacuumed and checkpointed as it grew; without this the
    # first autovacuum of a million fresh rows and the checkpoint of their WAL land inside the run
    # (measured: a 0.4 s stall when autovacuum scanned the table 70 s in)
    with storage.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        c.execute(text("VACUUM (ANALYZE) applications"))
        c.execute(text("CHECKPOINT"))
    return time.perf_counter() - started


def signed(
    method: str,
    path: str,
    body: bytes,
    tid: str,
    key: Ed25519PrivateKey,
    headers: dict[str, str] | None = None,
) -> dict[str, str]:
    """The request's headers with its signature, as sync.engine.client signs one (a fresh nonce each:
    the platform refuses a nonce it has seen)."""
    digest = signatures.content_digest(body)
    params = signatures.signature_params(int(time.time()), tid, secrets.token_urlsafe(18))
    base = signatures.signature_base(method, path, "", digest, params, headers)
    return {
        **(headers or {}),
        "Content-Digest": digest,
        "Signature-Input": "sig1=" + params,
        "Signature": "sig1=:" + base64.b64encode(key.sign(base)).decode() + ":",
    }


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def workers_of(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    return [int(p) for p in out]


class RawHttp:
    """Keep-alive HTTP/1.1 connections driven with asyncio streams: the load generator shares two cores
    with the platform, and httpx cost it as much CPU per request as the platform spends serving it."""

    def __init__(self, port: int, connections: int) -> None:
        self.port = port
        self.connections = connections
        self.free: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = asyncio.Queue()

    async def open(self) -> None:
        for _ in range(self.connections):
            self.free.put_nowait(await asyncio.open_connection("127.0.0.1", self.port))

    async def request(self, method: str, path: str, body: bytes, headers: dict[str, str]) -> int:
        reader, writer = await self.free.get()
        try:
            head = f"{method} {path} HTTP/1.1\r\nHost: bench\r\nContent-Length: {len(body)}\r\n"
            head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
            writer.write(head.encode() + body)
            answer = await reader.readuntil(b"\r\n\r\n")
            status = int(answer.split(b" ", 2)[1])
            length = 0
            for line in answer.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            await reader.readexactly(length)
        except (OSError, asyncio.IncompleteReadError):
            writer.close()
            self.free.put_nowait(await asyncio.open_connection("127.0.0.1", self.port))
            raise
        self.free.put_nowait((reader, writer))
        return status


async def load(args, port: int, keys, envelopes: list[str], admin: str, server_pid: int) -> dict:
    beats: list[float] = []
    commits: list[float] = []
    fleet: list[float] = []
    certs: list[float] = []
    errors: dict[str, int] = {}
    memory: list[tuple[float, int]] = []
    raw_http = RawHttp(port, args.connections)
    await raw_http.open()

    async def timed(due: float, into: list[float], method: str, path: str, body: bytes, headers) -> None:
        try:
            status = await raw_http.request(method, path, body, headers)
        except (OSError, asyncio.IncompleteReadError) as exc:
            errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
            return
        if status >= 300:
            label = f"{method} {path.split('/')[2]} {status}"
            errors[label] = errors.get(label, 0) + 1
        into.append(time.perf_counter() - due)

    def heartbeat(n: int) -> tuple[str, bytes, dict[str, str]]:
        tid, key = keys[n % len(keys)]
        body = {
            "device_health": {"printer": "ok", "idcard": "ok"},
            "queue_depth": n % 7,
            "oldest_queued_age_s": None,
            "last_sync_at": time.time(),
            "software_version": "0.1.0",
            "catalog_version": "2026.11.1",
        }
        raw = json.dumps({"body": body}).encode()
        path = f"/v1/heartbeats/hb-{n}"
        return path, raw, {**signed("PUT", path, raw, tid, key), "Content-Type": "application/json"}

    def commit(n: int) -> tuple[str, bytes, dict[str, str]]:
        tid, key = keys[(n * 7919) % len(keys)]
        app_id = str(uuid.uuid4())
        raw = json.dumps(
            {
                "application_id": app_id,
                "acceptance_no": f"ACC-B{n}",
                "matter_codes": ["410000-001"],
                "catalog_version": "2026.11.1",
                "sealed_payload": envelopes[n % len(envelopes)],
                "attachments": [],
            }
        ).encode()
        headers = signed("POST", "/v1/applications", raw, tid, key, {"Idempotency-Key": app_id})
        return "/v1/applications", raw, {**headers, "Content-Type": "application/json"}

    async def stream(rate: float, make, into: list[float], method: str) -> None:
        start = time.perf_counter()
        tasks = set()
        n = 0
        while (due := start + n / rate) < start + args.duration:
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            path, raw, headers = make(n)
            task = asyncio.create_task(timed(due, into, method, path, raw, headers))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
            n += 1
        await asyncio.gather(*tasks)

    async def pages() -> None:
        end = time.perf_counter() + args.duration
        auth = {"Authorization": f"Bearer {admin}"}
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
            while time.perf_counter() < end:
                for path, into in (("/admin/fleet", fleet), ("/admin/certifications", certs)):
                    t0 = time.perf_counter()
                    answer = await http.get(path, headers=auth)
                    if answer.status_code == 200:
                        into.append(time.perf_counter() - t0)
                    else:
                        errors[f"{path} {answer.status_code}"] = errors.get(path, 0) + 1
                await asyncio.sleep(2)

    async def sample() -> None:
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < args.duration:
            memory.append((time.perf_counter() - t0, sum(rss_kib(p) for p in workers_of(server_pid))))
            await asyncio.sleep(5)

    cpu_before = sum(cpu_s(p) for p in workers_of(server_pid))
    own_before = time.process_time()
    await asyncio.gather(
        stream(args.terminals / 300.0, heartbeat, beats, "PUT"),
        stream(args.commits, commit, commits, "POST"),
        pages(),
        sample(),
    )
    served = len(beats) + len(commits)
    quarter = max(1, len(memory) // 4)
    second = [m for _, m in memory[quarter : 2 * quarter]] or [0]
    last = [m for _, m in memory[-quarter:]] or [0]
    return {
        "heartbeats": summary(beats),
        "commits": summary(commits),
        "fleet_page": summary(fleet),
        "certification_list": summary(certs),
        "errors": errors,
        "platform_cpu_ms_per_request": round(
            1000 * (sum(cpu_s(p) for p in workers_of(server_pid)) - cpu_before) / max(1, served), 2
        ),
        "generator_cpu_ms_per_request": round(1000 * (time.process_time() - own_before) / max(1, served), 2),
        "workers_rss_mib": {
            "samples": [round(m / 1024) for _, m in memory],
            "second_quarter_mean": round(statistics.mean(second) / 1024, 1),
            "last_quarter_mean": round(statistics.mean(last) / 1024, 1),
        },
    }


def cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--duration", type=float, default=120.0)
    parser.add_argument("--terminals", type=int, default=10_000)
    parser.add_argument("--commits", type=float, default=100.0)
    parser.add_argument("--applications", type=int, default=1_000_000)
    parser.add_argument("--connections", type=int, default=64, help="keep-alive connections of the load")
    args = parser.parse_args()
    durable = {"fsync": "on", "synchronous_commit": "on", "full_page_writes": "on", "shared_buffers": "256MB"}
    with pg_cluster(settings=durable) as pg:
        url = pg.new_database()
        work = Path(pg.socket_dir).parent / "platform"
        storage = SqlStorage(url, work / "uploads")
        keys = enrol_terminals(storage, args.terminals)
        generated_s = generate_applications(storage, args.applications, args.terminals)
        storage.close()
        seal_public = SealKeyring(work).current().public_key()
        envelopes = [
            base64.b64encode(
                sealing.seal(
                    json.dumps({"type": "application", "applicant": {"name": "张三"}}).encode(), seal_public
                )
            ).decode()
            for _ in range(500)
        ]
        port, admin = free_port(), "bench-" + uuid.uuid4().hex
        env = {**os.environ, "KIOSK_PLATFORM_ADMIN_TOKEN": admin, "PYTHONPATH": str(ROOT)}
        serve = [sys.executable, "-m", "sync.platform.cli", "--data", str(work), "--database-url", url]
        server = subprocess.Popen([*serve, "serve", "--port", str(port), "--workers", "2"], env=env)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(base + "/s/none").status_code == 404:
                        break
                except httpx.TransportError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise
                time.sleep(0.2)
            random.seed(1)
            result = asyncio.run(load(args, port, keys, envelopes, admin, server.pid))
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(60)
    result |= {
        "duration_s": args.duration,
        "terminals": args.terminals,
        "commits_per_s": args.commits,
        "applications": args.applications,
        "generate_s": round(generated_s, 1),
    }
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
