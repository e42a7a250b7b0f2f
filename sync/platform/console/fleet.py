"""The fleet page's rows and alerts, from each terminal's last heartbeat (no payload is opened).

Alerts: offline longer than the configured minutes, a printer out of paper (the receipt printer or the
A4 one: ``paper_out`` in ``device_health``), a device not ``ok``, less free disk than the configured
GiB (``disk_free_bytes``, which kiosks send from the store's file system), and a broken audit chain
(the verdict the platform keeps on the terminal's row as heartbeats arrive, sync/platform/audit_chain.py).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sync.platform.console.i18n import SOURCE, Words
from sync.platform.storage import Terminal

Say = Callable[..., str]  # a language's ``_``: the Chinese source and its placeholders in, words out
IN_CHINESE: Say = Words(SOURCE).gettext

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
    terminal: Terminal,
    beat: dict[str, Any],
    now: float,
    offline_after_s: float,
    disk_low_bytes: float,
    say: Say,
) -> list[str]:
    out: list[str] = []
    if terminal.revoked:
        return out
    if terminal.last_seen is None:
        out.append(say("离线（从未上线）"))
    elif now - terminal.last_seen > offline_after_s:
        out.append(say("离线（{minutes} 分钟）", minutes=int((now - terminal.last_seen) // 60)))
    health = {str(k): str(v) for k, v in dict(beat.get("device_health") or {}).items()}
    for device, state in sorted(health.items()):
        name = _device_name(device, say)
        if "paper" in state:
            out.append(say("{device}缺纸", device=name))
        elif state != "ok":
            out.append(
                say("{device}故障（{state}）", device=name, state=say(DEVICE_STATES.get(state, state)))
            )
    free = beat.get("disk_free_bytes")
    if isinstance(free, int | float) and free < disk_low_bytes:
        out.append(say("磁盘空间不足"))
    if terminal.audit_chain != "ok":
        out.append(say("审计链断裂"))
    return out


def _device_name(device: str, say: Say) -> str:
    return say(DEVICE_NAMES[device]) if device in DEVICE_NAMES else device


def fleet_rows(
    terminals: list[Terminal],
    townships: dict[str, str],
    offline_after_s: float,
    now: float | None = None,
    disk_low_bytes: float = DISK_LOW_BYTES,
    say: Say = IN_CHINESE,
) -> list[FleetRow]:
    """One row per terminal, those with alerts first; device names and alerts in ``say``'s language."""
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
                [(_device_name(str(k), say), str(v)) for k, v in sorted(health.items())],
                str(beat.get("software_version", "")),
                _alerts(t, beat, now, offline_after_s, disk_low_bytes, say),
            )
        )
    rows.sort(key=lambda r: (not r.alerts, r.township, r.name))
    return rows
