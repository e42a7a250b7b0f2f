"""A frozen catalog: someone keeps serving yesterday's signed metadata (a compromised platform
front, a caching proxy, a network replaying files). The timestamp lives a day, so the kiosk says
"may be out of date" within a day instead of weeks; the real platform keeps it fresh."""

from __future__ import annotations

import datetime as dt
import json

from tuf.api.metadata import Metadata, Timestamp

from sync.engine.catalog import CatalogUpdater
from sync.platform.catalog_repo import DEFAULT_EXPIRY


def timestamp_expiry(platform) -> dt.datetime:
    raw = (platform.catalog.metadata_dir / "timestamp.json").read_bytes()
    return Metadata[Timestamp].from_bytes(raw).signed.expires


def test_a_frozen_catalog_is_noticed_within_a_day(platform, tmp_path):
    assert DEFAULT_EXPIRY[Timestamp.type] <= dt.timedelta(days=1)
    platform.catalog.publish({"catalog.json": json.dumps({"version": "2026.12.1"}).encode()}, [])
    root = platform.catalog.root_bytes()
    first = CatalogUpdater(tmp_path / "tuf", platform.url, root).check()
    assert first.status == "updated" and not first.may_be_out_of_date
    # the metadata is frozen: a day and more later it is still the same files (simulated by
    # signing them, as the freeze would leave them, already a day old)
    platform.catalog.publish(
        {"catalog.json": json.dumps({"version": "2026.12.2"}).encode()},
        [],
        expiry={Timestamp.type: dt.timedelta(seconds=-1)},
    )
    frozen = CatalogUpdater(tmp_path / "tuf", platform.url, root).check()
    assert frozen.status == "stale" and frozen.may_be_out_of_date and "expired" in frozen.reason


def test_the_platform_keeps_its_timestamp_fresh(platform):
    platform.catalog.publish({}, [], expiry={Timestamp.type: dt.timedelta(hours=2)})
    before = timestamp_expiry(platform)
    assert platform.catalog.refresh_timestamp()  # less than half a day left: re-signed
    after = timestamp_expiry(platform)
    assert after - before > dt.timedelta(hours=20)
    assert not platform.catalog.refresh_timestamp()  # fresh: left alone
