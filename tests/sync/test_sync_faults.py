"""The engine and platform under network and platform faults, through a loopback fault proxy."""

from __future__ import annotations

import dataclasses
import hashlib
import random
import sqlite3
import time

import httpx
import pytest
from sync_faultproxy import FaultProxy
from sync_kit import make_application

from sync.engine.client import Credentials, PlatformClient
from sync.engine.engine import EngineOptions, SyncEngine
from sync.platform.server import platform_in_thread

CHUNK = 16 * 1024
FAST_TIMEOUT = httpx.Timeout(connect=2.0, read=2.0, write=2.0, pool=2.0)


class Clock:
    """Engine scheduling clock the test moves forward, so backoff never makes the test wait."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def skip(self) -> None:
        self.now += 7 * 24 * 3600


@pytest.fixture
def proxy(platform):
    p = FaultProxy(platform.port)
    yield p
    p.close()


def proxied(creds: Credentials, proxy: FaultProxy) -> PlatformClient:
    return PlatformClient(
        dataclasses.replace(creds, platform_url=proxy.url),
        timeout=FAST_TIMEOUT,
    )


def states(db):
    return [s for (s,) in db.execute("SELECT state FROM outbox ORDER BY id").fetchall()]


def test_cut_mid_upload_is_retried_in_the_pass_from_the_offset(platform, kiosk_db, creds, proxy, tmp_path):
    app_id = make_application(kiosk_db, tmp_path / "files", creds, sizes=(200_000,))
    size = kiosk_db.execute("SELECT size FROM materials").fetchone()[0]
    client = proxied(creds, proxy)
    pauses: list[float] = []
    engine = SyncEngine(kiosk_db, client, EngineOptions(chunk_size=CHUNK), clock=Clock(), sleep=pauses.append)
    proxy.cut_upstream_after = 90_000  # well into the upload, mid-chunk
    report = engine.run_once()
    client.close()
    # the same pass noticed the cut, waited a moment and went on from the platform's offset
    assert report.acknowledged == 1 and report.retried == 1 and report.stopped_by is None
    assert pauses and max(pauses) <= EngineOptions().retry_cap_s
    resent = engine.stats.chunk_bytes_attempted - size
    assert 0 < resent <= CHUNK
    uploads = dict(platform.storage.attachment_uploads(app_id))
    local = hashlib.sha256(open(kiosk_db.execute("SELECT path FROM materials").fetchone()[0], "rb").read())
    assert platform.storage.blob_sha256(next(iter(uploads.values()))) == (size, local.hexdigest())
    assert len(list(platform.storage.blob_dir.iterdir())) == 1  # resumed, not started again


def test_cut_between_passes_resumes_from_the_offset(platform, kiosk_db, creds, proxy, tmp_path):
    make_application(kiosk_db, tmp_path / "files", creds, sizes=(200_000,))
    size = kiosk_db.execute("SELECT size FROM materials").fetchone()[0]
    client = proxied(creds, proxy)
    clock = Clock()
    engine = SyncEngine(kiosk_db, client, EngineOptions(chunk_size=CHUNK, item_retries=0), clock=clock)
    proxy.cut_upstream_after = 90_000
    first = engine.run_once()
    assert first.rescheduled == 1 and states(kiosk_db) == ["uploading"]
    clock.skip()
    assert engine.run_once().acknowledged == 1
    client.close()
    assert 0 < engine.stats.chunk_bytes_attempted - size <= CHUNK
    assert len(list(platform.storage.blob_dir.iterdir())) == 1


def test_answer_lost_after_commit_gives_no_duplicate(platform, kiosk_db, creds, proxy, tmp_path):
    make_application(kiosk_db, tmp_path / "files", creds)
    client = proxied(creds, proxy)
    clock = Clock()
    engine = SyncEngine(kiosk_db, client, EngineOptions(item_retries=0), clock=clock)
    proxy.drop_response_to = b"POST /v1/applications"
    engine.run_once()
    assert states(kiosk_db) == ["sent-no-answer"]
    assert len(platform.storage.applications()) == 1  # it did arrive
    clock.skip()
    assert engine.run_once().acknowledged == 1
    # and within one pass: the commit is sent again with the same key at once
    make_application(kiosk_db, tmp_path / "files", creds)
    proxy.drop_response_to = b"POST /v1/applications"
    report = SyncEngine(kiosk_db, client, clock=clock, sleep=lambda _s: None).run_once()
    client.close()
    assert report.acknowledged == 1 and report.retried == 1
    assert len(platform.storage.applications()) == 2
    for case_no, app_id in kiosk_db.execute("SELECT platform_case_no, id FROM applications").fetchall():
        assert case_no == platform.storage.application(app_id).case_no


def test_captive_portal_200_is_never_taken_for_success(platform, kiosk_db, creds, proxy, tmp_path):
    make_application(kiosk_db, tmp_path / "files", creds)
    client = proxied(creds, proxy)
    clock = Clock()
    engine = SyncEngine(kiosk_db, client, EngineOptions(item_retries=0), clock=clock)
    proxy.captive = True
    report = engine.run_once()  # one item failing is not yet a dead link: the heartbeat finds the portal
    assert report.stopped_by == "NotPlatform" and report.acknowledged == 0
    assert states(kiosk_db) == ["uploading"]
    proxy.captive = False
    proxy.captive_for = b"POST /v1/applications"  # the portal grabs just the commit
    clock.skip()
    assert engine.run_once().rescheduled == 1  # the rest of the pass went through: the link is up
    assert states(kiosk_db) == ["sent-no-answer"] and platform.storage.applications() == []
    clock.skip()
    assert engine.run_once().acknowledged == 1
    client.close()
    assert len(platform.storage.applications()) == 1


def test_stalled_link_times_out_instead_of_hanging(platform, kiosk_db, creds, proxy, tmp_path):
    make_application(kiosk_db, tmp_path / "files", creds)
    client = PlatformClient(
        dataclasses.replace(creds, platform_url=proxy.url),
        timeout=httpx.Timeout(connect=1.0, read=0.3, write=0.3, pool=1.0),
    )
    clock = Clock()
    engine = SyncEngine(kiosk_db, client, EngineOptions(item_retries=1), clock=clock, sleep=lambda _s: None)
    proxy.running.clear()
    report = engine.run_once()
    proxy.running.set()
    assert report.stopped_by in ("NoAnswer", "Unreachable") and report.acknowledged == 0
    clock.skip()
    assert engine.run_once().acknowledged == 1
    client.close()


class FlakyStorage:
    """The platform's storage failing now and then, as a full disk or a locked database would."""

    def __init__(self, inner, rng: random.Random, probability: float) -> None:
        self.inner = inner
        self.rng = rng
        self.probability = probability
        self.failures = 0

    def __getattr__(self, name):
        method = getattr(self.inner, name)
        if name not in ("append", "finish_commit", "create_upload", "put_small"):
            return method

        def flaky(*args, **kwargs):
            if self.rng.random() < self.probability:
                self.failures += 1
                raise sqlite3.OperationalError("database or disk is full")
            return method(*args, **kwargs)

        return flaky


def test_platform_5xx_is_retried_without_loss(tmp_path, kiosk_db):
    flaky: list[FlakyStorage] = []

    def wrap(storage):
        flaky.append(FlakyStorage(storage, random.Random(3), 1.0))
        return flaky[0]

    with platform_in_thread(tmp_path / "platform", wrap_storage=wrap) as platform:
        from sync.engine.client import enrol

        creds = enrol(platform.url, platform.enrol_token(), "k")
        make_application(kiosk_db, tmp_path / "files", creds)
        client = PlatformClient(creds, timeout=FAST_TIMEOUT)
        clock = Clock()
        engine = SyncEngine(kiosk_db, client, clock=clock)
        report = engine.run_once()
        assert report.rescheduled == 1 and report.acknowledged == 0 and "507" in report.errors[0]
        assert flaky[0].failures >= 1
        flaky[0].probability = 0.0
        clock.skip()
        assert engine.run_once().acknowledged == 1
        client.close()
        assert len(platform.storage.applications()) == 1


def run_until_drained(engine, clock, db, max_rounds):
    for rounds in range(1, max_rounds + 1):
        engine.run_once()
        pending = db.execute(
            "SELECT count(*) FROM outbox WHERE state NOT IN ('acknowledged', 'status-synced')"
        ).fetchone()[0]
        if pending == 0:
            return rounds
        clock.skip()
    return None


def random_faults_run(tmp_path, kiosk_db, count, seed):
    rng = random.Random(seed)
    # Link and platform faults are the experiment here, not power cuts (the journey's kill -9 tests
    # cover those): fewer fsyncs on both sides keep hundreds of applications to seconds.
    kiosk_db.execute("PRAGMA synchronous=NORMAL")
    flaky: list[FlakyStorage] = []

    def wrap(storage):
        flaky.append(FlakyStorage(storage, random.Random(seed), 0.03))
        return flaky[0]

    with platform_in_thread(tmp_path / "platform", wrap_storage=wrap, durable=False) as platform:
        from sync.engine.client import enrol

        creds = enrol(platform.url, platform.enrol_token(), "k")
        ids = [
            make_application(
                kiosk_db,
                tmp_path / "files",
                creds,
                sizes=[rng.randrange(1, 40_000) for _ in range(rng.randrange(0, 3))],
            )
            for _ in range(count)
        ]
        proxy = FaultProxy(platform.port, seed=seed)
        proxy.random_cut_probability = 0.03
        proxy.random_lost_answer_probability = 0.03
        client = proxied(creds, proxy)
        clock = Clock()
        # no real pauses: the in-pass retries are counted, not waited for (the clock is the test's too)
        engine = SyncEngine(
            kiosk_db, client, EngineOptions(chunk_size=8 * 1024), clock=clock, sleep=lambda _s: None
        )
        rounds = run_until_drained(engine, clock, kiosk_db, max_rounds=count * 3)
        client.close()
        proxy.close()

        stored = platform.storage.applications()
        assert rounds is not None
        assert sorted(a.id for a in stored) == sorted(ids)  # exactly these, none twice (ids are unique keys)
        assert len(stored) == count
        for app_id in ids:
            uploads = dict(platform.storage.attachment_uploads(app_id))
            local = kiosk_db.execute(
                "SELECT id, material_code, path, sha256, size FROM materials WHERE application_id = ?",
                [app_id],
            ).fetchall()
            assert len(uploads) == len(local)
            for material_id, code, path, sha, size in local:
                assert hashlib.sha256(open(path, "rb").read()).hexdigest() == sha
                assert platform.storage.blob_sha256(uploads[f"m{material_id}-{code}"]) == (size, sha)
        return {
            "rounds": rounds,
            "cuts": proxy.cuts,
            "lost_answers": proxy.lost_answers,
            "platform_failures": flaky[0].failures,
            "resent_bytes": engine.stats.chunk_bytes_attempted
            - kiosk_db.execute("SELECT coalesce(sum(size), 0) FROM materials").fetchone()[0],
        }


# 300 applications meet each fault dozens of times (seed 1000: about 140 cut connections, 50 lost answers,
# 37 platform failures) in about 12 CPU-seconds; without the commit's Idempotency-Key the run never
# drains. Marked slow so its file starts first in a parallel run and the fast set leaves it out; the time
# limit allows for a loaded machine.
@pytest.mark.slow
@pytest.mark.timeout(900)
def test_300_applications_through_random_faults_arrive_exactly_once(tmp_path, kiosk_db):
    faults = random_faults_run(tmp_path, kiosk_db, 300, seed=1000)
    print("random-fault run:", faults)
    assert faults["cuts"] > 0 and faults["lost_answers"] > 0 and faults["platform_failures"] > 0


def test_slow_link_is_slow_but_correct(platform, kiosk_db, creds, proxy, tmp_path):
    app_id = make_application(kiosk_db, tmp_path / "files", creds, sizes=(60_000,))
    proxy.delay_s = 0.02  # every segment each way waits: well under the read timeout
    client = proxied(creds, proxy)
    engine = SyncEngine(kiosk_db, client, EngineOptions(chunk_size=CHUNK))
    assert engine.run_once().acknowledged == 1
    client.close()
    assert platform.storage.application(app_id) is not None


def test_case_reported_by_the_feed_before_its_lost_answer_is_replayed(
    platform, kiosk_db, creds, proxy, tmp_path
):
    make_application(kiosk_db, tmp_path / "files", creds)
    make_application(kiosk_db, tmp_path / "files", creds, sizes=())
    client = proxied(creds, proxy)
    clock = Clock()
    engine = SyncEngine(kiosk_db, client, EngineOptions(item_retries=0), clock=clock)
    proxy.drop_response_to = b"POST /v1/applications"
    engine.run_once()  # first commit's answer lost; the pass stops
    first_state = states(kiosk_db)[0]
    # the second application goes through and the feed reports both cases
    kiosk_db.execute(
        "UPDATE outbox SET next_attempt_at = ? WHERE state = 'sent-no-answer'", [clock.now + 10**7]
    )
    clock.skip()
    engine.run_once()
    kiosk_db.execute("UPDATE outbox SET next_attempt_at = NULL")
    clock.skip()
    engine.run_once()
    client.close()
    assert first_state == "sent-no-answer"
    assert states(kiosk_db) == ["status-synced", "status-synced"]
    assert len(platform.storage.applications()) == 2
