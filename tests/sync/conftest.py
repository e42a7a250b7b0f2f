"""Fixtures for sync tests: a real platform on 127.0.0.1, a real kiosk store, an enrolled terminal."""

from __future__ import annotations

import pytest

from sync.engine.client import PlatformClient, enrol
from sync.engine.state import save_credentials
from sync.platform.server import platform_in_thread


@pytest.fixture(autouse=True)
def plain_http_on_loopback(monkeypatch):
    """These tests talk to a platform on 127.0.0.1 over plain http: the development flag allows it."""
    monkeypatch.setenv("KIOSK_SYNC_DEV_PLAIN_HTTP", "1")


@pytest.fixture
def platform(tmp_path):
    with platform_in_thread(tmp_path / "platform") as running:
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
