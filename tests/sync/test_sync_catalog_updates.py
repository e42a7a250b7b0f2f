"""The running kiosk checks the signed catalog on its own: at start and on "sync now" (and every
[sync] catalog_interval_s). A new version published on the loopback platform is applied without a
restart, shown from the next attract screen (a resident mid-journey keeps their matter), the platform's
sealing key is adopted, and expired metadata shows "may be out of date" over the last good catalog."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from kiosk.config import load_config
from kiosk.core.catalog_io import DEMO_CATALOG_PATH
from kiosk.core.session import State
from kiosk.store.catalog_versions import active_version as active_catalog_version
from kiosk.store.connection import open_store
from kiosk.store.settings import get_setting
from kiosk.tools.simulate import pick
from sync.engine.catalog import fetch_root, save_root
from sync.engine.client import enrol
from sync.engine.state import KEY_SEAL_CATALOG_VERSION, save_credentials

DEMO = json.loads(DEMO_CATALOG_PATH.read_text(encoding="utf-8"))


def catalog_version(version: str, renamed: str | None = None, code: str = "") -> bytes:
    doc = copy.deepcopy(DEMO)
    doc["version"] = version
    if renamed:
        matter = next(m for m in doc["matters"] if m["code"] == code)
        matter["name"]["zh_CN"] = renamed
    return json.dumps(doc, ensure_ascii=False).encode()


@pytest.fixture
def kiosk(qapp, platform, tmp_path, monkeypatch):
    from kiosk.ui.app import build

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    toml = tmp_path / "kiosk.toml"
    toml.write_text(
        f'data_dir = "data"\n[logging]\nconsole = false\n[sync]\nplatform_url = "{platform.url}"\n'
        "interval_s = 3600\ncatalog_interval_s = 3600\n",
        encoding="utf-8",
    )
    config = load_config(toml)
    config.data_dir.mkdir(parents=True)
    db = open_store(config.store_path)
    save_credentials(db, enrol(platform.url, platform.enrol_token(), "青石镇自助终端"))
    save_root(db, fetch_root(platform.url))  # what `kiosk-sync enrol` does
    db.conn.close()
    platform.catalog.publish({"catalog.json": catalog_version("2026.12.1")}, [])
    app = build(config, keyboard_config_home=tmp_path / "xdg-config")
    yield app
    app.close()


def shown_version(k) -> str:
    return k.catalog.catalog.version if k.catalog.catalog is not None else ""


def test_new_catalog_applied_while_running_and_the_resident_keeps_their_matter(kiosk, platform, qtbot, qapp):
    # the check at start: applied, in service on the attract screen, the signed sealing key adopted
    qtbot.waitUntil(lambda: shown_version(kiosk) == "2026.12.1", timeout=30000)
    assert get_setting(kiosk.db, KEY_SEAL_CATALOG_VERSION) is not None
    assert not kiosk.catalog_sync.outOfDate

    _kind, code = pick(kiosk.catalog.catalog, "simple")
    old_name = kiosk.catalog.catalog.matter(code).name
    kiosk.app.start()
    kiosk.journey.start(code)
    assert kiosk.journey.journey is not None

    platform.catalog.publish({"catalog.json": catalog_version("2026.12.2", "改过名字的事项", code)}, [])
    assert kiosk.sync_worker.request_run().wait(30)  # "sync now" checks the catalog too
    qtbot.waitUntil(lambda: active_catalog_version(kiosk.db) == "2026.12.2", timeout=30000)
    qapp.processEvents()  # the worker's news has arrived (posted before the pass ended): no swap mid-session
    assert shown_version(kiosk) == "2026.12.1"
    assert kiosk.journey.journey.matters[0].name == old_name

    kiosk.session.finish()  # the resident leaves: the next one sees the new catalog
    assert kiosk.session.state is State.ATTRACT
    qtbot.waitUntil(lambda: shown_version(kiosk) == "2026.12.2", timeout=30000)
    assert kiosk.catalog.catalog.matter(code).name.zh_CN == "改过名字的事项"


def test_expired_metadata_keeps_the_last_catalog_with_the_out_of_date_notice(kiosk, platform, qtbot):
    from kiosk.tools.screenshots import find

    qtbot.waitUntil(lambda: shown_version(kiosk) == "2026.12.1", timeout=30000)
    platform.catalog.publish(
        {"catalog.json": catalog_version("2026.12.3")}, [], expiry={"timestamp": dt.timedelta(days=-1)}
    )
    assert kiosk.sync_worker.request_run().wait(30)
    qtbot.waitUntil(lambda: kiosk.catalog_sync.outOfDate, timeout=30000)
    assert shown_version(kiosk) == "2026.12.1" and active_catalog_version(kiosk.db) == "2026.12.1"
    kiosk.app.start()
    notice = find(kiosk, "catalogOutOfDate")
    qtbot.waitUntil(lambda: notice.property("visible"), timeout=5000)

    platform.catalog.publish({"catalog.json": catalog_version("2026.12.4")}, [])  # fresh metadata again
    assert kiosk.sync_worker.request_run().wait(30)
    qtbot.waitUntil(lambda: not kiosk.catalog_sync.outOfDate, timeout=30000)
    assert not notice.property("visible")
