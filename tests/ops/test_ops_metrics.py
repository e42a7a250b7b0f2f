"""Metrics file: parsed back with a strict little parser of the Prometheus text format (0.0.4)."""

from __future__ import annotations

import logging
import math
import re
from pathlib import Path

import pytest

from devices.base import DeviceStatus, Health
from kiosk.config import default_config
from kiosk.core.session import Session
from kiosk.ops.metrics import MetricsWriter, OpsCounters, collect, render, write_textfile
from kiosk.store import open_store
from kiosk.store.settings import set_setting

_NAME = r"[a-zA-Z_:][a-zA-Z0-9_:]*"
_SAMPLE = re.compile(rf"^({_NAME})(?:\{{(.*)\}})? (\S+)$")
_LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(,|$)')


def parse(text: str) -> dict[str, dict]:
    """name -> {"type", "help", "samples": {frozenset(labels): value}}; raises on anything malformed."""
    assert text.endswith("\n")
    families: dict[str, dict] = {}
    for line in text.splitlines():
        if line.startswith("# HELP "):
            name, _, help_text = line[7:].partition(" ")
            families.setdefault(name, {"samples": {}})["help"] = help_text
        elif line.startswith("# TYPE "):
            name, kind = line[7:].split(" ")
            assert kind in ("counter", "gauge", "untyped", "summary", "histogram")
            fam = families.setdefault(name, {"samples": {}})
            assert not fam["samples"], f"TYPE after samples for {name}"
            fam["type"] = kind
        else:
            m = _SAMPLE.match(line)
            assert m, f"bad sample line: {line!r}"
            name, label_text, value = m.groups()
            assert name in families and "type" in families[name], f"sample before TYPE: {name}"
            labels = []
            rest = label_text or ""
            while rest:
                lm = _LABEL.match(rest)
                assert lm, f"bad labels in {line!r}"
                labels.append((lm.group(1), lm.group(2)))
                rest = rest[lm.end():]
            key = frozenset(labels)
            assert key not in families[name]["samples"], f"duplicate sample {line!r}"
            families[name]["samples"][key] = float(value)
    return families


def _one(families: dict, name: str, **labels: str) -> float:
    return families[name]["samples"][frozenset(labels.items())]


@pytest.fixture
def db(tmp_path: Path):
    store = open_store(tmp_path / "kiosk.db")
    yield store
    store.conn.close()


def _outbox(db, ref: str, state: str, created_at: float) -> None:
    db.execute(
        "INSERT INTO outbox (kind, ref, state, created_at, updated_at) VALUES ('application', ?, ?, ?, ?)",
        (ref, state, created_at, created_at),
    )


def test_metrics_from_a_real_store_session_and_devices(db, tmp_path: Path) -> None:
    now = 1_000_000.0
    _outbox(db, "a", "queued", now - 3600)
    _outbox(db, "b", "queued", now - 60)
    _outbox(db, "c", "uploading", now - 120)
    _outbox(db, "d", "status-synced", now - 99999)  # done: not pending, not the oldest
    set_setting(db, "sync.last_success_at", now - 42)
    set_setting(db, "ops.crash_count", 3)

    counters = OpsCounters()
    config = default_config({"HOME": str(tmp_path)})
    clock = [0.0]
    session = Session(config, clock=lambda: clock[0], temp_root=tmp_path / "tmp",
                      keyboard_config_home=tmp_path / "cfg")  # fmt: skip
    session.add_observer(counters.on_session_event)
    for end in ("finish", "complete", "expire"):
        session.touch()
        if end == "finish":
            session.finish()
        elif end == "complete":
            session.complete()
        else:
            clock[0] += 1000
            session.tick()
            clock[0] += 1000
            session.tick()
    handler = counters.error_handler()
    logger = logging.getLogger("test.metrics")
    logger.addHandler(handler)
    try:
        logger.error("printer jammed")
        logger.warning("not an error")
    finally:
        logger.removeHandler(handler)

    statuses = {
        "idcard": DeviceStatus(Health.OK),
        "printer": DeviceStatus(Health.DEGRADED, "paper low"),
        "scanner": DeviceStatus(Health.OFFLINE, "unplugged"),
    }
    path = tmp_path / "textfile" / "kiosk.prom"
    writer = MetricsWriter(path, lambda: db, lambda: statuses, counters)
    assert writer.write(now=now)
    f = parse(path.read_text())

    assert f["kiosk_device_health"]["type"] == "gauge"
    assert _one(f, "kiosk_device_health", device="printer", health="degraded") == 1
    assert _one(f, "kiosk_device_health", device="printer", health="ok") == 0
    assert _one(f, "kiosk_device_health", device="scanner", health="offline") == 1
    assert _one(f, "kiosk_outbox_items", state="queued") == 2
    assert _one(f, "kiosk_outbox_items", state="uploading") == 1
    assert _one(f, "kiosk_outbox_items", state="status-synced") == 1
    assert _one(f, "kiosk_outbox_pending") == 3
    assert _one(f, "kiosk_outbox_oldest_pending_age_seconds") == 3600
    assert _one(f, "kiosk_sync_last_success_age_seconds") == 42
    assert f["kiosk_sessions_started_total"]["type"] == "counter"
    assert _one(f, "kiosk_sessions_started_total") == 3
    for reason in ("finished", "completed", "expired"):
        assert _one(f, "kiosk_sessions_ended_total", reason=reason) == 1
    assert _one(f, "kiosk_errors_total") == 1
    assert _one(f, "kiosk_crashes_total") == 3
    assert [p.name for p in path.parent.iterdir()] == ["kiosk.prom"]  # no temp file left behind


def test_never_synced_is_nan_and_labels_are_escaped(db) -> None:
    text = render(collect(db, {'odd"kind\\': "ok"}, OpsCounters(), now=10.0))
    f = parse(text)
    assert math.isnan(_one(f, "kiosk_sync_last_success_age_seconds"))
    assert _one(f, "kiosk_device_health", device='odd\\"kind\\\\', health="ok") == 1
    assert _one(f, "kiosk_outbox_oldest_pending_age_seconds") == 0


def test_atomic_replace_keeps_the_old_file_whole_until_the_rename(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.prom"
    write_textfile(path, "a 1\n")
    inode = path.stat().st_ino
    write_textfile(path, "a 2\n")
    assert path.read_text() == "a 2\n"
    assert path.stat().st_ino != inode  # replaced by rename, never rewritten in place


def test_writer_reports_failure_instead_of_raising(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    writer = MetricsWriter(blocker / "kiosk.prom", lambda: None, dict, OpsCounters())
    assert not writer.write()
