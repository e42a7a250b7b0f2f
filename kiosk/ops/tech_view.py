"""What the technician screens show, Qt-free: plain dicts and lists built from the store, the device
manager, the log files and the sync settings, already redacted.

API::

    device_rows(manager) -> [{"kind", "health", "reason"}]
    self_test_view(result) -> {"passed", "summary", "steps": [{"step", "passed", "detail"}]}
    traffic_lines(manager, kind, limit=40) -> ["12:00:01 rx 4 bytes", ...]      # redacted
    card_view(card) -> {"maskedName", "maskedNumber", "type", "validTo", "checkDigitOk"}
    scan_view(data) -> {"text", "symbology", "length", "via"}                  # ID/phone numbers masked
    camera_figures(frame) -> {"focus", "brightness", "width", "height", "verdict"}
    sync_view(db, config, now=None, windows=None) -> {...}                     # queue depth, ages, window
    storage_view(config, db) -> {...}                                          # free disk, sizes
    integrity_view(path) -> {"ok", "result"}                                   # slow: off the UI thread
    versions_view(db) -> {...}
    system_view(db, ops=None) -> {"crashes", "lastCrashAgeS", "ups": {...}}       # ops: OpsWiring
    recent_errors(log_dir, limit=30) -> [{"at", "level", "logger", "message"}] # redacted
    export_target(db, data_dir) -> (Path, note)                                # USB stick or data_dir

Nothing here returns a resident's ID number, phone number or name: card and scan views mask them,
traffic and log lines go through the diagnostics tokenizer as well as the log layer's redaction.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kiosk.config import Config
from kiosk.logs import mask_id, mask_name, mask_phone, replace_numbers

KEY_EXPORT_DIR = "ops.tech.export_dir"  # the USB stick's mount point, set by `kiosk ops tech-export-dir`
LOG_LEVELS = ("ERROR", "CRITICAL", "WARNING")


def device_rows(manager: Any) -> list[dict[str, Any]]:
    if manager is None:
        return []
    return [
        {"kind": kind, "health": str(status.health), "reason": status.reason}
        for kind, status in manager.statuses().items()
    ]


def self_test_view(result: Any) -> dict[str, Any]:
    return {
        "passed": bool(result.passed),
        "summary": str(result.summary),
        "steps": [{"step": s, "passed": bool(p), "detail": str(d)} for s, p, d in result.steps],
    }


def _mask_numbers(text: str) -> str:
    def mask(kind: str, number: str) -> str:
        return mask_id(number) if kind == "ID" else mask_phone(number)

    return replace_numbers(text, mask)


def traffic_lines(manager: Any, kind: str, limit: int = 40) -> list[str]:
    """The newest raw-traffic summaries of one device, oldest first. Drivers log summaries that are
    already redacted; the manager's ID-number catch and the tokenizer run again as second lines."""
    from devices.manager import redact
    from kiosk.ops.diagnostics import Tokenizer

    if manager is None or kind not in manager.drivers:
        return []
    tokens = Tokenizer()
    out = []
    for record in manager.driver(kind).traffic.snapshot()[-limit:]:
        clock = dt.datetime.fromtimestamp(record.at).strftime("%H:%M:%S")
        out.append(f"{clock} {record.direction} {tokens.text(redact(record.summary))}")
    return out


def card_view(card: Any) -> dict[str, Any]:
    """An ``IdCardData`` for the test read: enough to see the reader works, nothing to copy down."""
    valid_to = getattr(card, "valid_to", None)
    card_type = getattr(card, "card_type", "")
    return {
        "maskedName": mask_name(str(getattr(card, "name", "") or "")),
        "maskedNumber": mask_id(str(getattr(card, "id_number", "") or "")),
        "type": str(getattr(card_type, "value", card_type)),
        "validTo": valid_to.isoformat() if valid_to is not None else "",
        "checkDigitOk": getattr(card, "check_digit_ok", None) is not False,
    }


def scan_view(data: dict[str, Any]) -> dict[str, Any]:
    text = str(data.get("payload", data.get("text", "")))
    return {
        "text": _mask_numbers(text),
        "symbology": str(data.get("symbology", "QR" if data.get("via") == "camera" else "")),
        "length": len(text),
        "via": str(data.get("via", "scanner")),
    }


def camera_figures(frame: Any) -> dict[str, Any]:
    """Focus (variance of the Laplacian: higher is sharper) and brightness (mean grey, 0-255)."""
    from devices.camera.document import DARK_MEAN, SHARPNESS_MIN, sharpness

    grey_mean = float(frame.mean())
    focus = sharpness(frame)
    verdict = "dark" if grey_mean < DARK_MEAN else "blurred" if focus < SHARPNESS_MIN else "ok"
    return {
        "focus": round(focus, 1),
        "focusMin": float(SHARPNESS_MIN),
        "brightness": round(grey_mean, 1),
        "width": int(frame.shape[1]),
        "height": int(frame.shape[0]),
        "verdict": verdict,
    }


def _window_now(windows: Iterable[str], now: dt.datetime) -> tuple[bool, str]:
    from sync.engine.schedule import Window

    parsed = []
    for text in windows:
        try:
            parsed.append((text, Window.parse(text)))
        except ValueError:
            continue
    if not parsed:
        return True, ""
    current = next((text for text, w in parsed if w.contains(now.time())), "")
    return bool(current), current


def sync_view(
    db: Any, config: Config, now: float | None = None, windows: list[str] | None = None
) -> dict[str, Any]:
    from kiosk.store import settings as store_settings

    t = time.time() if now is None else now
    out: dict[str, Any] = {
        "platformConfigured": bool(config.sync.platform_url),
        "enrolled": False,
        "pending": 0,
        "attention": 0,
        "oldestAgeS": -1.0,
        "lastSuccessAgeS": -1.0,
        "windows": [],
        "inWindow": True,
        "currentWindow": "",
        # the [sync] values the worker runs with (read from the same Config it was built from)
        "intervalS": config.sync.interval_s,
        "requestTimeoutS": config.sync.request_timeout_s,
        "bandwidthBytesPerS": config.sync.bandwidth_bytes_per_s,
        "retentionDays": config.sync.retention_days,
        "heartbeatIntervalS": config.sync.heartbeat_interval_s,
    }
    if db is None:
        return out
    from kiosk.store import outbox

    pending, oldest = outbox.pending_summary(db)
    attention = outbox.pending_summary(db, (outbox.NEEDS_ATTENTION,))[0]
    last = store_settings.get_setting(db, "sync.last_success_at")
    if windows is None:  # kiosk.toml is the one source: the engine applies exactly these
        windows = list(config.sync.windows)
    in_window, current = _window_now(windows or [], dt.datetime.fromtimestamp(t))
    out.update(
        enrolled=store_settings.get_setting(db, "sync.terminal_id") is not None,
        pending=int(pending),
        attention=int(attention),
        oldestAgeS=-1.0 if oldest is None else round(max(0.0, t - float(oldest)), 1),
        lastSuccessAgeS=-1.0 if last is None else round(max(0.0, t - float(last)), 1),
        windows=list(windows or []),
        inWindow=in_window,
        currentWindow=current,
    )
    return out


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def storage_view(config: Config, db: Any = None) -> dict[str, Any]:
    path = config.store_path
    disk = shutil.disk_usage(config.data_dir) if config.data_dir.exists() else None
    return {
        "path": str(path),
        "dbBytes": _size(path),
        "walBytes": _size(Path(str(path) + "-wal")),
        "freeBytes": -1 if disk is None else disk.free,
        "totalBytes": -1 if disk is None else disk.total,
    }


def integrity_view(path: Path) -> dict[str, Any]:
    """``PRAGMA integrity_check`` on a read-only connection of its own (any thread may call it)."""
    from kiosk.store import integrity

    try:
        problem = integrity.check(path)
    except Exception as exc:  # a check that cannot run is a finding too
        return {"ok": False, "result": f"check could not run: {type(exc).__name__}"}
    return {"ok": problem is None, "result": problem or "ok"}


def versions_view(db: Any) -> dict[str, Any]:
    from kiosk.ops.diagnostics import _versions

    versions = _versions(db)
    return {k: ("" if v is None else str(v)) for k, v in versions.items()}


def system_view(db: Any, ops: Any = None, now: float | None = None) -> dict[str, Any]:
    """Unclean exits and the UPS, from the store and ``kiosk.ui.ops_wiring.OpsWiring`` when it runs."""
    from kiosk.ops.crash import crash_count

    t = time.time() if now is None else now
    report = getattr(ops, "crash_report", None)
    last = getattr(report, "last_crash_at", None)
    monitor = getattr(ops, "monitor", None)
    reading = getattr(monitor, "last", None)
    ups: dict[str, Any] = {"configured": monitor is not None}
    if reading is not None:
        ups.update(
            state=str(getattr(reading.state, "value", reading.state)),
            charge=-1.0 if reading.charge is None else float(reading.charge),
            runtimeS=-1.0 if reading.runtime_s is None else float(reading.runtime_s),
            reason=str(reading.reason),
        )
    return {
        "crashes": crash_count(db) if db is not None else 0,
        "lastCrashAgeS": -1.0 if last is None else round(max(0.0, t - float(last)), 1),
        "ups": ups,
    }


def _log_files(log_dir: Path) -> list[Path]:
    if not log_dir.is_dir():
        return []
    return sorted(log_dir.glob("*.log*"), key=lambda p: p.stat().st_mtime, reverse=True)


def recent_errors(log_dir: Path, limit: int = 30, tail_bytes: int = 512 * 1024) -> list[dict[str, str]]:
    """The newest WARNING-and-worse log records, newest first, redacted a second time."""
    from kiosk.ops.diagnostics import Tokenizer

    tokens = Tokenizer()
    found: list[dict[str, str]] = []
    for path in _log_files(log_dir):
        size = _size(path)
        with open(path, "rb") as f:
            if size > tail_bytes:
                f.seek(size - tail_bytes)
                f.readline()
            lines = f.read().decode("utf-8", "replace").splitlines()
        for line in reversed(lines):
            record = _parse(line)
            if record is None or record.get("level") not in LOG_LEVELS:
                continue
            message = str(record.get("message") or record.get("msg") or "")
            exc = str(record.get("exc") or "").strip()
            if exc:
                message += " | " + exc.splitlines()[-1]
            found.append({
                "at": str(record.get("time") or record.get("ts") or record.get("asctime") or ""),
                "level": str(record.get("level")),
                "logger": str(record.get("logger") or record.get("name") or ""),
                "message": tokens.text(message)[:400],
            })  # fmt: skip
            if len(found) >= limit:
                return found
        tail_bytes -= size
        if tail_bytes <= 0:
            break
    return found


def _parse(line: str) -> dict[str, Any] | None:
    line = line.strip()
    if not line.startswith("{"):
        return None
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if not isinstance(record, dict):
        return None
    level = record.get("level") or record.get("levelname")
    record["level"] = str(level).upper() if level else ""
    return record


def export_target(db: Any, data_dir: Path) -> tuple[Path, str]:
    """Where "export" writes: the configured USB stick when it is mounted, else under data_dir.

    The note says why the default was taken ("" when the stick was used or none is configured)."""
    from kiosk.store import settings as store_settings

    default = data_dir / "diagnostics"
    configured = store_settings.get_setting(db, KEY_EXPORT_DIR) if db is not None else None
    if not configured:
        return default, ""
    stick = Path(str(configured))
    if stick.is_dir() and (stick.is_mount() or _writable(stick)):
        return stick, ""
    return default, f"USB stick not found at {stick}"


def _writable(path: Path) -> bool:
    probe = path / f".kiosk-probe-{time.time_ns()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        return False
    return True
