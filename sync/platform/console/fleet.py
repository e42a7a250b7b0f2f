"""The fleet page's rows and alerts, from each terminal's last heartbeat (no payload is opened).

Alerts: offline longer than the configured minutes, a printer out of paper (the receipt printer or the
A4 one: ``paper_out`` in ``device_health``), a device not ``ok``, less free disk than the configured
GiB (``disk_free_bytes``, which kiosks send from the store's file system), and a broken audit chain
(the verdict the platform keeps on the terminal's row as heartbeats arrive, sync/platform/audit_chain.py).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from sync.platform.storage import Terminal

DISK_LOW_BYTES = 2 * 1024**3
DEVICE_NAMES = {
    "idcard": "身份证阅读器",
    "scanner": "扫码器",
    "printer": "小票打印机",
    "a4printer": "A4打印机",
    "camera": "高拍仪",
    "face_camera": "人脸摄像头",
    "docscanner": "高拍仪",
}

DEVICE_STATES = {
    "ok": "正常",
    "degraded": "异常",
    "offline": "离线",
    "paper_out": "缺纸",
    "paper_near_end": "纸将用完",
}


@dataclass(frozen=True)
class FleetRow:
    terminal_id: str
    name: str
    township: str
    revoked: bool
    last_seen: float | None
    queue_depth: str
    devices: list[tuple[str, str]]
    software: str
    alerts: list[str]


def _alerts(
    terminal: Terminal, beat: dict[str, Any], now: float, offline_after_s: float, disk_low_bytes: float
) -> list[str]:
    out: list[str] = []
    if terminal.revoked:
        return out
    if terminal.last_seen is None or now - terminal.last_seen > offline_after_s:
        minutes = (
            "从未上线" if terminal.last_seen is None else f"{int((now - terminal.last_seen) // 60)} 分钟"
        )
        out.append(f"离线（{minutes}）")
    health = {str(k): str(v) for k, v in dict(beat.get("device_health") or {}).items()}
    for device, state in sorted(health.items()):
        name = DEVICE_NAMES.get(device, device)
        if "paper" in state:
            out.append(f"{name}缺纸")
        elif state != "ok":
            out.append(f"{name}故障（{DEVICE_STATES.get(state, state)}）")
    free = beat.get("disk_free_bytes")
    if isinstance(free, int | float) and free < disk_low_bytes:
        out.append("磁盘空间不足")
    if terminal.audit_chain != "ok":
        out.append("审计链断裂")
    return out


def fleet_rows(
    terminals: list[Terminal],
    townships: dict[str, str],
    offline_after_s: float,
    now: float | None = None,
    disk_low_bytes: float = DISK_LOW_BYTES,
) -> list[FleetRow]:
    now = time.time() if now is None else now
    rows = []
    for t in terminals:
        try:
            beat: dict[str, Any] = json.loads(t.last_heartbeat) if t.last_heartbeat else {}
        except ValueError:
            beat = {}  # one bad heartbeat must not take the page down
        health = dict(beat.get("device_health") or {})
        rows.append(
            FleetRow(
                t.id,
                t.name,
                townships.get(t.id, ""),
                t.revoked,
                t.last_seen,
                str(beat.get("queue_depth", "")),
                [(DEVICE_NAMES.get(str(k), str(k)), str(v)) for k, v in sorted(health.items())],
                str(beat.get("software_version", "")),
                _alerts(t, beat, now, offline_after_s, disk_low_bytes),
            )
        )
    rows.sort(key=lambda r: (not r.alerts, r.township, r.name))
    return rows
