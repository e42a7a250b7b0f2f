"""Staff acknowledge a help call in the console and the terminal says so: the running kiosk's sync
worker brings the acknowledgement back through the status feed and the help overlay shows that a
member of staff is on the way (before that, only that staff have been called)."""

from __future__ import annotations

import pytest

from kiosk.config import load_config
from kiosk.store.connection import open_store
from sync.engine.client import enrol
from sync.engine.state import SENT, save_credentials
from sync.platform.console.store import ConsoleStore, open_engine
from sync.platform.server import platform_in_thread

# the test platform is on 127.0.0.1 over plain http: the development flag allows that
pytestmark = pytest.mark.usefixtures("plain_http_on_loopback")


def test_the_overlay_says_staff_are_coming_once_the_console_acknowledges(qapp, tmp_path, qtbot, monkeypatch):
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
        credentials = enrol(platform.url, platform.enrol_token(), "青石镇自助终端")
        save_credentials(db, credentials)
        db.conn.close()
        console = ConsoleStore(open_engine(f"sqlite:///{platform.data_dir / 'platform.db'}"))

        app = build(config, keyboard_config_home=tmp_path / "xdg-config")
        try:
            overlay = app.engine.rootObjects()[0].findChild(object, "helpComing")
            app.app.start()
            app.app.callHelp("home")
            assert app.app.property("helpCalled") and app.app.property("helpComing") == ""
            app.sync_worker.wake()

            def sent() -> bool:
                row = app.db.execute("SELECT state FROM outbox WHERE kind = 'help'").fetchone()
                return row is not None and row[0] == SENT

            qtbot.waitUntil(sent, timeout=20000)
            assert not overlay.property("visible")
            (item_id,) = [c.item_id for c in console.help_calls(since=0)]
            assert console.acknowledge_help(credentials.terminal_id, item_id, "li", "")
            app.sync_worker.wake()
            qtbot.waitUntil(lambda: overlay.property("visible"), timeout=20000)
            assert overlay.property("text") == "工作人员已收到呼叫，正在赶来。"
        finally:
            app.close()
            console.engine.dispose()
