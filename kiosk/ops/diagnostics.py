"""Diagnostics bundle for a technician's USB stick or for upload: everything support needs, no resident.

API::

    path = export_bundle(out_dir, config=config, db=db, devices=manager, known_values=(), now=None)
    Tokenizer(key=None, known=()).text(s) / .value(obj)       # the consistent redaction on its own

The bundle (``kiosk-diag-<terminal>-<UTC>.tar.gz``) holds ``manifest.json``, ``config.json`` (no secrets:
settings whose names say key/pin/token/... are withheld, URLs lose their user info and query),
``versions.json`` (app, catalog, Python, Qt, OS), ``devices.json`` (statuses, self-test results, the
manager's redacted diagnostics with the traffic tail), ``queue.json`` (counts by kind and state, ages;
no references), ``store.json`` (integrity check, sizes, audit-chain verdict, crash count, free disk),
``events.json`` (recent device events and audit entries) and ``logs/`` (the newest log lines).

Personal data is replaced CONSISTENTLY: the same ID number, phone number or name becomes the same token
everywhere in one bundle (``ID#…``, ``PHONE#…``, ``NAME#…``: HMAC-SHA256 under a random key made for
this bundle and then forgotten), so support can see "the same card failed three times" without ever
seeing the card. Found by pattern (ID numbers, mobile and landline numbers, as ``kiosk.logs`` does), by
JSON key (name / id_number / phone / address ... as the audit log refuses them), by label in free text
(姓名：…, name=…, 申请人 …), and by value (``known_values`` plus what the session registered with the
Redactor). A name written with none of these around it cannot be recognised: the log layer redacts at
write time, this is the second line.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import hmac
import importlib.metadata
import io
import json
import os
import platform
import re
import secrets
import shutil
import sys
import tarfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from kiosk import __version__
from kiosk.config import Config
from kiosk.journey_adapters.store import default_files_dir, quarantined_files
from kiosk.logs import REDACTOR, TOKEN_RE, replace_numbers
from kiosk.store import applications, audit, catalog_versions, device_events, integrity, outbox, print_jobs
from kiosk.store import settings as store_settings
from kiosk.store.audit import _PERSONAL_KEYS, _PERSONAL_SUFFIXES, _normal_key

_SECRET_NAME = re.compile(r"key|pin|secret|token|passw|pem|hash|signing|seal|credential|lockout", re.I)
# A labelled name in free text: 姓名：张三 / name=Zhang San / "applicant": "李四" / 申请人 王五
_NAME_LABEL = re.compile(
    r"""(?P<label>姓名|申请人|联系人|持卡人|户主|\b(?:full_?name|name|applicant|holder|contact)\b)"""
    r"""(?P<sep>["']?\s*[:=：]\s*["']?|\s+)"""
    r"""(?!(?:NAME|PII|ID|PHONE)\#)"""  # already a token: the known values ran first
    r"""(?P<value>[\u4e00-\u9fff·]{2,6}|[A-Z][a-z]+(?:\ [A-Z][a-z]+){0,2}(?![\w\#]))""",
    re.IGNORECASE,
)
_ADDRESS_LABEL = re.compile(
    r"""(?P<label>住址|地址|\baddress\b)(?P<sep>["']?\s*[:=：]\s*["']?|\s+)"""
    r"""(?!(?:NAME|PII|ID|PHONE)\#)(?P<value>[^\s"',;，。]{2,60})""",
    re.IGNORECASE,
)
MAX_LOG_BYTES = 2 * 1024 * 1024


def _kind_for_key(normal: str) -> str:
    if "id" in normal or "card" in normal or "cert" in normal or "sfz" in normal or "身份证" in normal:
        return "ID"
    if any(k in normal for k in ("phone", "mobile", "tel", "手机", "电话", "contact")):
        return "PHONE"
    return "NAME" if "name" in normal or "姓名" in normal else "PII"


def _is_personal_key(key: str) -> bool:
    normal = _normal_key(key)
    return normal in _PERSONAL_KEYS or normal.endswith(_PERSONAL_SUFFIXES)


class Tokenizer:
    def __init__(self, key: bytes | None = None, known: Iterable[str] = ()) -> None:
        self._key = key or secrets.token_bytes(32)
        self._values: set[str] = set()
        self._known: re.Pattern[str] | None = None
        self.tokens: set[str] = set()
        self.learn(known)

    def learn(self, values: Iterable[str]) -> None:
        """Names to replace wherever they occur, labelled or not."""
        self._values |= {v.strip() for v in values if v and len(v.strip()) >= 2}
        ordered = sorted(self._values, key=len, reverse=True)
        self._known = re.compile("|".join(re.escape(v) for v in ordered)) if ordered else None

    def harvest(self, obj: Any, key: str | None = None) -> None:
        """First pass: a name seen once under a name key or label is then replaced everywhere."""
        if isinstance(obj, dict):
            for k, v in obj.items():
                self.harvest(v, str(k))
        elif isinstance(obj, list | tuple):
            for v in obj:
                self.harvest(v, key)
        elif isinstance(obj, str):
            found = [m.group("value") for m in _NAME_LABEL.finditer(obj)]
            named = key is not None and _is_personal_key(key)
            if named and _kind_for_key(_normal_key(str(key))) in ("NAME", "PII"):
                found.append(obj)
            stripped = obj.strip()
            if stripped.startswith("{"):
                try:
                    self.harvest(json.loads(stripped))
                except ValueError:
                    pass
            # Already masked or redacted values carry nothing left to hide.
            self.learn(v for v in found if "*" not in v and "redacted" not in v and "#" not in v)

    def token(self, kind: str, value: str) -> str:
        if kind == "ID":
            normal = re.sub(r"[\s-]", "", value).upper()
        elif kind == "PHONE":
            normal = re.sub(r"\D", "", value)
            normal = re.sub(r"^(?:0086|86)(?=1[3-9]\d{9}$)", "", normal)
        else:
            normal = value.strip()
        digest = hmac.new(self._key, f"{kind}:{normal}".encode(), hashlib.sha256).hexdigest()[:10]
        token = f"{kind}#{digest}"
        self.tokens.add(token)
        return token

    def text(self, text: str) -> str:
        if self._known is not None:
            text = self._known.sub(lambda m: self.token("NAME", m.group(0)), text)
        text = _NAME_LABEL.sub(
            lambda m: m.group("label") + m.group("sep") + self.token("NAME", m.group("value")), text
        )
        text = _ADDRESS_LABEL.sub(
            lambda m: m.group("label") + m.group("sep") + self.token("PII", m.group("value")), text
        )
        # a token's digest may be all digits: it is never taken for a number again (keep=TOKEN_RE)
        text = replace_numbers(
            text, lambda kind, n: self.token("ID" if kind == "ID" else "PHONE", n), keep=TOKEN_RE
        )
        # Values the live session registered (the Redactor does not hand them out): "[redacted]".
        return REDACTOR.redact(text, keep=TOKEN_RE) if REDACTOR.registered_count else text

    def value(self, obj: Any, key: str | None = None) -> Any:
        if isinstance(obj, dict):
            return {self.text(str(k)): self.value(v, str(k)) for k, v in obj.items()}
        if isinstance(obj, list | tuple | set | frozenset):
            return [self.value(v, key) for v in obj]
        if isinstance(obj, str):
            if key is not None and _is_personal_key(key) and obj:
                return self.token(_kind_for_key(_normal_key(key)), obj)
            return self.text(obj)
        if obj is None or isinstance(obj, bool | int | float):
            return obj
        return self.text(repr(obj))

    def line(self, raw: str) -> str:
        """A log line: JSON lines are walked (keys say what a value is), anything else is text."""
        stripped = raw.strip()
        if stripped.startswith("{"):
            try:
                parsed = json.loads(stripped)
            except ValueError:
                parsed = None
            if isinstance(parsed, dict):
                return json.dumps(self.value(parsed), ensure_ascii=False)
        return self.text(raw.rstrip("\n"))


def _plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {str(k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_plain(v) for v in obj]
    if isinstance(obj, Path):
        return str(obj)
    if hasattr(obj, "as_dict"):
        return _plain(obj.as_dict())
    return obj


def _clean_url(url: str) -> str:
    if not url:
        return url
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _config_section(config: Config, db: Any) -> dict[str, Any]:
    plain = _plain(config)
    plain["sync"]["platform_url"] = _clean_url(config.sync.platform_url)
    settings: dict[str, Any] = {}
    if db is not None:
        for key, value in store_settings.all_settings(db).items():
            if _SECRET_NAME.search(key):
                settings[key] = "[withheld]"
            elif isinstance(value, str) and value.startswith(("http://", "https://")):
                settings[key] = _clean_url(value)
            else:
                settings[key] = value
    return {"config": plain, "settings": settings}


def _dist_version(*names: str) -> str | None:
    for name in names:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return None


def _os_release() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    return platform.system()


def _versions(db: Any) -> dict[str, Any]:
    catalog = None
    if db is not None:
        catalog = catalog_versions.active_version(db)
    return {
        "app": __version__,
        "catalog": catalog,
        "python": sys.version.split()[0],
        # PySide6 wheels bundle the Qt of the same version; reading metadata avoids loading Qt here.
        "qt": _dist_version("PySide6-Essentials", "PySide6"),
        "os": _os_release(),
        "kernel": platform.release(),
        "machine": platform.machine(),
    }


def _queue(db: Any, now: float) -> dict[str, Any]:
    if db is None:
        return {}
    rows = [(c.kind, c.state, c.count, c.oldest_created_at, c.max_attempts) for c in outbox.state_counts(db)]
    last = store_settings.get_setting(db, "sync.last_success_at")
    return {
        "by_kind_state": [
            {"kind": k, "state": s, "count": n, "oldest_age_s": None if o is None else round(now - o, 1),
             "max_attempts": a}
            for k, s, n, o, a in rows
        ],
        "applications_by_state": applications.count_by_state(db),
        "print_spool_by_state": print_jobs.counts(db),  # documents waiting for the A4 printer, left requests
        "last_sync_success_age_s": None if last is None else round(now - float(last), 1),
    }  # fmt: skip


def _store(config: Config, db: Any) -> dict[str, Any]:
    path = config.store_path
    size = {s: (Path(str(path) + s).stat().st_size if Path(str(path) + s).exists() else 0)
            for s in ("", "-wal")}  # fmt: skip
    verdict = audit.verify(db) if db is not None else None
    disk = shutil.disk_usage(config.data_dir) if config.data_dir.exists() else None
    return {
        "path": str(path),
        "integrity": integrity.check(path) or "ok",
        "size_bytes": size[""],
        "wal_bytes": size["-wal"],
        "damaged_copies": [p.name for p in integrity.damaged_copies(path)],
        "quarantined_sealed_files": len(quarantined_files(default_files_dir(config.data_dir))),
        "audit_chain": None if verdict is None else dataclasses.asdict(verdict),
        "crash_count": None if db is None else store_settings.get_setting(db, "ops.crash_count", 0),
        "disk_free_bytes": None if disk is None else disk.free,
        "disk_total_bytes": None if disk is None else disk.total,
    }


def _devices(devices: Any, run_self_test: bool) -> dict[str, Any]:
    if devices is None:
        return {}
    # Traffic first: the self-test's own exchanges would push what happened before out of the tail.
    out: dict[str, Any] = {"statuses": _plain(devices.statuses())}
    out["diagnostics"] = _plain(devices.diagnostics())
    if run_self_test:
        out["self_test"] = _plain(devices.self_test())
    return out


def _events(db: Any) -> dict[str, Any]:
    if db is None:
        return {}
    return {
        "device_events": [dataclasses.asdict(e) for e in device_events.recent(db, 200)],
        "audit_tail": [dataclasses.asdict(e) for e in audit.entries(db, 200)],
    }


def _log_lines(log_dir: Path, budget: int) -> dict[str, list[str]]:
    """Newest files first (kiosk.log, kiosk.log.1, ...), the tail of each until the budget is used."""
    if not log_dir.is_dir():
        return {}
    files = sorted(log_dir.glob("*.log*"), key=lambda p: p.stat().st_mtime, reverse=True)
    out: dict[str, list[str]] = {}
    for path in files:
        if budget <= 0:
            break
        size = path.stat().st_size
        with open(path, "rb") as f:
            if size > budget:
                f.seek(size - budget)
                f.readline()  # start at a whole line
            data = f.read()
        budget -= len(data)
        out[path.name] = data.decode("utf-8", "replace").splitlines()
    return out


def export_bundle(
    out_dir: Path | str,
    *,
    config: Config,
    db: Any = None,
    devices: Any = None,
    known_values: Iterable[str] = (),
    run_self_test: bool = True,
    now: float | None = None,
    max_log_bytes: int = MAX_LOG_BYTES,
) -> Path:
    t = time.time() if now is None else now
    tok = Tokenizer(known=known_values)
    stamp = dt.datetime.fromtimestamp(t, dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    name = f"kiosk-diag-{config.terminal.id}-{stamp}"
    members: dict[str, bytes] = {}

    sections = {
        "config.json": _plain(_config_section(config, db)),
        "versions.json": _versions(db),
        "devices.json": _plain(_devices(devices, run_self_test)),
        "queue.json": _queue(db, t),
        "store.json": _store(config, db),
        "events.json": _plain(_events(db)),
    }
    logs = _log_lines(config.logging.dir, max_log_bytes)
    tok.harvest([sections, logs])
    for member, obj in sections.items():
        members[member] = json.dumps(tok.value(obj), ensure_ascii=False, indent=2).encode()
    for file, lines in logs.items():
        members[f"logs/{file}"] = ("\n".join(tok.line(line) for line in lines) + "\n").encode()

    def put_json(member: str, obj: Any) -> None:
        members[member] = json.dumps(tok.value(_plain(obj)), ensure_ascii=False, indent=2).encode()

    put_json("manifest.json", {
        "terminal": config.terminal.id, "created_at": t, "files": sorted(members),
        "redaction": "ID#/PHONE#/NAME#/PII# tokens: HMAC-SHA256 under a key made for this bundle only",
        "tokens_used": len(tok.tokens),
    })  # fmt: skip

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{name}.tar.gz"
    tmp = out / f".{name}.tar.gz.tmp"
    with open(tmp, "wb") as raw:
        with tarfile.open(fileobj=raw, mode="w:gz") as tar:
            for member, data in sorted(members.items()):
                info = tarfile.TarInfo(f"{name}/{member}")
                info.size, info.mtime, info.mode = len(data), int(t), 0o644
                tar.addfile(info, io.BytesIO(data))
        raw.flush()
        os.fsync(raw.fileno())  # a USB stick pulled right after "done" must hold the whole file
    os.replace(tmp, target)
    return target
