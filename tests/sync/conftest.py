"""Fixtures for sync tests: a real platform on 127.0.0.1, a real kiosk store, an enrolled terminal."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pg_cluster import DATABASES, PgCluster, pg_cluster

from sync.engine.client import PlatformClient, enrol
from sync.engine.state import save_credentials
from sync.platform.server import platform_in_thread
from sync.platform.storage import SqliteStorage, SqlStorage


@pytest.fixture(autouse=True)
def plain_http_on_loopback(monkeypatch):
    """These tests talk to a platform on 127.0.0.1 over plain http: the development flag allows it."""
    monkeypatch.setenv("KIOSK_SYNC_DEV_PLAIN_HTTP", "1")


@pytest.fixture(scope="session")
def pg() -> Iterator[PgCluster]:
    """A real PostgreSQL server for this test process (one per xdist worker), started on first use."""
    with pg_cluster() as cluster:
        yield cluster


@pytest.fixture
def database_url() -> str | None:
    """The platform's database: SQLite in its data folder unless a module asks for both (see
    `pg_cluster.both_databases`)."""
    return None


@pytest.fixture
def platform(tmp_path, database_url):
    with platform_in_thread(tmp_path / "platform", database_url=database_url) as running:
        yield running


@pytest.fixture
def kiosk_db(tmp_path, store_copy):
    return store_copy(tmp_path / "kiosk" / "kiosk.db")


@pytest.fixture
def creds(platform, kiosk_db):
    credentials = enrol(platform.url, platform.enrol_token(), "乡镇便民服务站 1")
    save_credentials(kiosk_db, credentials)
    return credentials


@pytest.fixture
def client(creds):
    c = PlatformClient(creds)
    yield c
    c.close()


@pytest.fixture(params=DATABASES)
def storage(request: pytest.FixtureRequest, tmp_path) -> Iterator[SqliteStorage | SqlStorage]:
    """The platform's storage on each database the platform runs on (a module may define its own)."""
    if request.param == "sqlite":
        made: SqliteStorage | SqlStorage = SqliteStorage(tmp_path)
    else:
        made = SqlStorage(request.getfixturevalue("pg").new_database(), tmp_path / "uploads")
    yield made
    made.close()
