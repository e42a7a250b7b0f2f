"""Signed requests' nonces on either database: a replay is refused, expired nonces are swept (at most once
a second per process, not inside every request's own commit), and a set-once setting keeps the first
value every process sees, even when a process asks again with another."""

from __future__ import annotations

import time

from sqlalchemy import func, select

from sync.platform import storage as storage_module
from sync.platform.schema import request_nonces
from sync.platform.storage import SqlStorage


def _nonces(storage: SqlStorage) -> int:
    with storage.engine.connect() as c:
        return int(c.execute(select(func.count()).select_from(request_nonces)).scalar_one())


def test_a_replayed_nonce_is_refused_and_expired_ones_are_swept_once_a_second(storage, monkeypatch):
    monkeypatch.setattr(storage_module, "NONCE_SWEEP_INTERVAL_S", 3600.0)  # no second sweep by the clock
    now = time.time()
    assert storage.first_nonce("T-1", "n-old", now - 1)  # already expired when the next sweep runs
    assert not storage.first_nonce("T-1", "n-old", now + 600)  # the replay
    assert storage.first_nonce("T-2", "n-old", now + 600)  # another terminal's nonce is its own
    assert _nonces(storage) == 2  # swept before n-old was stored: nothing had expired then

    assert storage.first_nonce("T-1", "n-new", now + 600)
    assert _nonces(storage) == 3, "a sweep ran again within the interval"

    monkeypatch.setattr(storage_module, "NONCE_SWEEP_INTERVAL_S", 0.0)
    assert storage.first_nonce("T-1", "n-newer", now + 600)
    assert _nonces(storage) == 3  # n-old (T-1) swept, n-newer stored


def test_a_set_once_setting_keeps_its_first_value_across_processes(storage, tmp_path):
    assert storage.set_setting_once("lookup_secret", "first") == "first"
    assert storage.set_setting_once("lookup_secret", "second") == "first"
    other = SqlStorage(storage.database_url, tmp_path / "other-uploads")  # another worker's process
    try:
        assert other.set_setting_once("lookup_secret", "third") == "first"
    finally:
        other.close()
    assert storage.setting("lookup_secret") == "first"
