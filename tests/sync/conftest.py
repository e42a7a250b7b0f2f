"""Fixtures for sync tests: a real platform on 127.0.0.1, a real kiosk store, an enrolled terminal."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from pg_cluster import PgCluster, pg_cluster

from sync.engine.client import PlatformClient, enrol
from sync.engine.state import save_credentials
from sync.outbox import ApplicationDraft, record_application
from sync.platform.server import platform_in_thread


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


def make_application(db, files_dir, creds, *, sizes=(40_000, 7_000), seed=None):
    """Queue one application with attachments of the given plaintext sizes; returns its id."""
    application_id = str(uuid.uuid4())
    attachments = [(f"M{i:02d}", os.urandom(size)) for i, size in enumerate(sizes)]
    draft = ApplicationDraft(
        application_id=application_id,
        acceptance_no=f"ACC-{application_id[:8]}",
        matter_codes=["410000-001"],
        catalog_version="2026.11.1",
        applicant_masked="张*",
        applicant_token="tok-" + application_id[:8],
    )
    key = X25519PublicKey.from_public_bytes(creds.seal_public_key)
    record_application(db, files_dir, key, draft, "张三 410101199001011234".encode(), attachments)
    return application_id
