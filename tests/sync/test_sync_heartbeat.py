"""The heartbeat carries the crash count kiosk.ops.crash keeps; the platform stores it and the fleet
page shows it (real platform on 127.0.0.1, real kiosk store, a real stale run marker)."""

from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path

import httpx

from kiosk.config import load_config
from kiosk.ops import crash
from sync.engine.engine import SyncEngine
from sync.platform.console.fleet import fleet_rows


def test_crash_count_reaches_the_fleet_page(platform, kiosk_db, creds, client, tmp_path):
    toml = tmp_path / "kiosk.toml"
    toml.write_text(f'data_dir = "{tmp_path / "data"}"\n[logging]\nconsole = false\n', encoding="utf-8")
    config = load_config(toml)
    for _ in range(2):  # two runs that never reached a clean exit
        crash.start_run(config, kiosk_db, temp_root=tmp_path / "tmp", keyboard_config_home=tmp_path / "kb")
    report = crash.start_run(
        config, kiosk_db, temp_root=tmp_path / "tmp", keyboard_config_home=tmp_path / "kb"
    )
    assert report.crash_count == 2

    SyncEngine(kiosk_db, client).run_once(now=True)

    beat = json.loads(platform.storage.terminal(creds.terminal_id).last_heartbeat)
    assert beat["crash_count"] == 2 and beat["last_crash_at"] == report.last_crash_at
    page = httpx.get(
        platform.url + "/admin/fleet", headers={"Authorization": f"Bearer {platform.admin_token}"}
    ).text
    assert "<th>Crashes</th>" in page
    row = next(r for r in page.split("<tr>") if creds.terminal_id in r)
    assert re.findall(r"<td>([^<]*)</td>", row)[-1] == "2"


def test_free_disk_and_paper_out_reach_the_fleet_alerts(platform, kiosk_db, creds, client):
    # what the kiosk's device bridge reports (devices.base.DeviceStatus.reported) with both rolls empty
    health = {"printer": "paper_out", "a4printer": "paper_out", "idcard": "ok"}
    SyncEngine(kiosk_db, client, device_health=lambda: health).run_once(now=True)

    terminal = platform.storage.terminal(creds.terminal_id)
    beat = json.loads(terminal.last_heartbeat)
    usage = shutil.disk_usage(Path(kiosk_db.execute("PRAGMA database_list").fetchone()[2]).parent)
    assert beat["disk_total_bytes"] == usage.total
    assert abs(beat["disk_free_bytes"] - usage.free) < 256 * 1024**2  # other tests write meanwhile
    now = time.time()
    [row] = fleet_rows([terminal], {}, 900, now=now, disk_low_bytes=beat["disk_free_bytes"] + 1)
    assert row.alerts == ["A4打印机缺纸", "小票打印机缺纸", "磁盘空间不足"]
    [row] = fleet_rows([terminal], {}, 900, now=now, disk_low_bytes=beat["disk_free_bytes"] // 2)
    assert "磁盘空间不足" not in row.alerts
