"""Catalog distribution through TUF: verify before applying, refuse tampering and rollback, survive expiry."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import socket

import pytest

from sync.engine.catalog import CatalogUpdater


def catalog(version):
    return json.dumps(
        {"version": f"2026.11.{version}", "matters": ["410000-001"]}, ensure_ascii=False
    ).encode()


@pytest.fixture
def kiosk_catalog(platform, tmp_path):
    return CatalogUpdater(tmp_path / "kiosk-tuf", platform.url, platform.catalog.root_bytes())


def test_new_catalog_is_verified_and_fetched_once(platform, kiosk_catalog):
    platform.catalog.publish({"catalog.json": catalog(1)}, [])
    first = kiosk_catalog.check()
    assert (first.status, first.document, first.may_be_out_of_date) == ("updated", catalog(1), False)
    assert kiosk_catalog.check().status == "unchanged"
    platform.catalog.publish({"catalog.json": catalog(2)}, [])
    second = kiosk_catalog.check()
    assert second.status == "updated" and second.document == catalog(2) and second.version > first.version


def test_tampered_catalog_file_is_rejected_and_last_good_kept(platform, kiosk_catalog):
    platform.catalog.publish({"catalog.json": catalog(1)}, [])
    kiosk_catalog.check()
    platform.catalog.publish({"catalog.json": catalog(2)}, [])
    evil = catalog(2).replace(b"410000-001", b"999999-666")
    (platform.catalog.targets_dir / "catalog.json").write_bytes(evil)
    result = kiosk_catalog.check()
    assert result.status == "rejected" and result.document == catalog(1)
    assert "Mismatch" in result.reason


def test_edited_metadata_is_rejected(platform, kiosk_catalog):
    platform.catalog.publish({"catalog.json": catalog(1)}, [])
    kiosk_catalog.check()
    platform.catalog.publish({"catalog.json": catalog(2)}, [])
    path = platform.catalog.metadata_dir / "timestamp.json"
    md = json.loads(path.read_text())
    md["signed"]["expires"] = "2099-01-01T00:00:00Z"  # a change the timestamp key never signed
    path.write_text(json.dumps(md))
    result = kiosk_catalog.check()
    assert result.status == "rejected" and result.document == catalog(1)


def test_rollback_to_an_older_catalog_is_rejected(platform, kiosk_catalog, tmp_path):
    platform.catalog.publish({"catalog.json": catalog(1)}, [])
    saved = tmp_path / "old-metadata"
    shutil.copytree(platform.catalog.metadata_dir, saved)
    platform.catalog.publish({"catalog.json": catalog(2)}, [])
    assert kiosk_catalog.check().document == catalog(2)
    for name in ("timestamp.json", "snapshot.json", "targets.json"):  # an attacker replays yesterday's files
        shutil.copy(saved / name, platform.catalog.metadata_dir / name)
    (platform.catalog.targets_dir / "catalog.json").write_bytes(catalog(1))
    result = kiosk_catalog.check()
    assert result.status == "rejected" and result.document == catalog(2)
    assert "Version" in result.reason


def test_expired_metadata_keeps_the_last_catalog_with_a_notice(platform, kiosk_catalog):
    platform.catalog.publish({"catalog.json": catalog(1)}, [])
    kiosk_catalog.check()
    platform.catalog.publish({"catalog.json": catalog(2)}, [], expiry={"timestamp": dt.timedelta(days=-1)})
    result = kiosk_catalog.check()
    assert result.status == "stale" and result.document == catalog(1) and result.may_be_out_of_date


def test_offline_kiosk_serves_last_catalog_until_it_is_too_old(platform, tmp_path):
    platform.catalog.publish({"catalog.json": catalog(1)}, [])
    now = [1_800_000_000.0]
    online = CatalogUpdater(tmp_path / "k", platform.url, platform.catalog.root_bytes(), clock=lambda: now[0])
    online.check()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead_port = s.getsockname()[1]  # nothing listens here once closed
    offline = CatalogUpdater(
        tmp_path / "k",
        f"http://127.0.0.1:{dead_port}",
        platform.catalog.root_bytes(),
        max_age_s=7 * 86400,
        clock=lambda: now[0],
    )
    soon = offline.check()
    assert (soon.status, soon.document, soon.may_be_out_of_date) == ("stale", catalog(1), False)
    now[0] += 8 * 86400
    assert offline.check().may_be_out_of_date
    brand_new = CatalogUpdater(
        tmp_path / "new", f"http://127.0.0.1:{dead_port}", platform.catalog.root_bytes()
    )
    nothing = brand_new.check()
    assert nothing.document is None and nothing.may_be_out_of_date


def test_catalog_missing_from_metadata_is_not_taken_as_a_deletion(platform, kiosk_catalog):
    platform.catalog.publish({"catalog.json": catalog(1)}, [])
    kiosk_catalog.check()
    platform.catalog.publish({}, ["catalog.json"])
    result = kiosk_catalog.check()
    assert result.status == "rejected" and result.document == catalog(1)
