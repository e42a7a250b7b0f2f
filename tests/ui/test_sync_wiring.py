"""The running kiosk syncs by itself once a platform is configured: a help request made at the
screen reaches the reference platform on 127.0.0.1, with the device health in the heartbeat."""

from __future__ import annotations

from kiosk.config import load_config
from kiosk.store.connection import open_store
from sync.engine.client import enrol
from sync.engine.state import SENT, save_credentials
from sync.platform.server import platform_in_thread


def test_help_request_reaches_the_platform_through_the_running_kiosk(
    qapp, tmp_path, qtbot, monkeypatch, plain_http_on_loopback
):
    from kiosk.ui.app import build

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    with platform_in_thread(tmp_path / "platform") as platform:
        toml = tmp_path / "kiosk.toml"
        toml.write_text(
            f'data_dir = "data"\n[logging]\nconsole = false\n[sync]\nplatform_url = "{platform.url}"\n'
            "interval_s = 5\n",
            encoding="utf-8",
        )
        config = load_config(toml)
        db = open_store(config.store_path)
        save_credentials(db, enrol(platform.url, platform.enrol_token(), "青石镇自助终端"))
        db.conn.close()

        app = build(config, keyboard_config_home=tmp_path / "xdg-config")
        try:
            assert app.sync_worker is not None
            app.app.start()
            app.app.callHelp("home")
            app.sync_worker.wake()

            def sent() -> bool:
                row = app.db.execute("SELECT state FROM outbox WHERE kind = 'help'").fetchone()
                return row is not None and row[0] == SENT

            qtbot.waitUntil(sent, timeout=20000)
        finally:
            app.close()
