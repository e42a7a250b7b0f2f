"""Catalog updates verified with TUF before anything is applied.

`CatalogUpdater.check()` returns the catalog document the kiosk should use and whether it may be
out of date. A tampered file, bad signature or rollback is rejected; expired metadata or no link
keeps the last verified catalog in service with `may_be_out_of_date` set, never a dead kiosk.
Applying the document is the caller's job (kiosk.core owns the catalog format).

The catalog also carries the platform's sealing key (`seal-key.json`, a TUF target like the
catalog). It is checked before anything else: a key that does not match its own key id refuses the
whole update, and `adopt_seal_key` makes a verified one the key new applications are sealed to
(enrolment's key is only the bootstrap until then).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import httpx
import sqlite_utils
from pydantic import ValidationError
from tuf.api import exceptions as tuf_errors
from tuf.api.metadata import Metadata, Root  # type: ignore[attr-defined]
from tuf.ngclient.fetcher import FetcherInterface
from tuf.ngclient.updater import Updater

from kiosk.store.connection import transaction
from kiosk.store.settings import get_setting, set_setting
from sync.engine.client import DEFAULT_TIMEOUT, verify_for_pin
from sync.engine.state import (
    KEY_CATALOG_APPLIED,
    KEY_SEAL,
    KEY_SEAL_CATALOG_VERSION,
    KEY_SEAL_ID,
    KEY_TUF_ROOT,
    remember_platform_key,
)
from sync.protocol.models import SealKeyTarget

CatalogStatus = Literal["updated", "unchanged", "stale", "rejected"]
DEFAULT_MAX_AGE_S = 14 * 24 * 3600.0
SEAL_KEY_TARGET = "seal-key.json"


@dataclass(frozen=True)
class SealKey:
    public_key: bytes  # raw X25519
    key_id: str  # hex, as in sealed envelope headers


class _BadSealKey(Exception):
    pass


@dataclass(frozen=True)
class CatalogCheck:
    status: CatalogStatus
    document: bytes | None  # what to use now: the new catalog, or the last verified one
    version: int | None  # TUF targets version the document came with
    verified_at: float | None  # when the platform last confirmed it current
    may_be_out_of_date: bool  # show the "may be out of date" notice
    reason: str = ""
    seal_key: SealKey | None = None  # the platform's current sealing key, from verified metadata only
    root: bytes | None = None  # the newest root verified on the way (a rotation signed offline)


class PinnedFetcher(FetcherInterface):
    """TUF downloads over the same TLS trust as every other platform request: the pinned platform
    certificate when there is one (a self-signed platform certificate is not in the system's CAs).
    Connect and read timeouts on every request, as everywhere in the engine."""

    def __init__(self, tls_pin_pem: str | None = None, timeout_s: float = 20.0) -> None:
        self.timeout = httpx.Timeout(timeout_s, connect=min(timeout_s, 10.0))
        self.verify = verify_for_pin(tls_pin_pem)

    def _fetch(self, url: str) -> Iterator[bytes]:
        client = httpx.Client(timeout=self.timeout, verify=self.verify)
        try:
            response = client.send(client.build_request("GET", url), stream=True)
        except httpx.TimeoutException as exc:
            client.close()
            raise tuf_errors.SlowRetrievalError from exc
        except httpx.HTTPError as exc:
            client.close()
            raise tuf_errors.DownloadError(f"{type(exc).__name__}") from exc
        if response.status_code >= 400:
            response.close()
            client.close()
            raise tuf_errors.DownloadHTTPError(f"HTTP {response.status_code}", response.status_code)
        return self._chunks(client, response)

    @staticmethod
    def _chunks(client: httpx.Client, response: httpx.Response) -> Iterator[bytes]:
        try:
            yield from response.iter_bytes()
        except httpx.TimeoutException as exc:
            raise tuf_errors.SlowRetrievalError from exc
        except httpx.HTTPError as exc:
            raise tuf_errors.DownloadError(f"{type(exc).__name__}") from exc
        finally:
            response.close()
            client.close()


class CatalogUpdater:
    def __init__(
        self,
        state_dir: Path,
        platform_url: str,
        trusted_root: bytes,
        *,
        target_name: str = "catalog.json",
        max_age_s: float = DEFAULT_MAX_AGE_S,
        socket_timeout_s: int = 20,
        clock: Callable[[], float] = time.time,
        tls_pin_pem: str | None = None,
        fetcher: FetcherInterface | None = None,  # another source of the same signed files (a USB stick)
    ) -> None:
        self.tls_pin_pem = tls_pin_pem
        self.fetcher = fetcher
        self.metadata_dir = state_dir / "metadata"
        self.targets_dir = state_dir / "targets"
        for d in (self.metadata_dir, self.targets_dir):
            d.mkdir(parents=True, exist_ok=True)
        self.last_good_file = state_dir / "last_good.json"
        self.last_good_doc = state_dir / "last_good.bin"
        self.base = platform_url.rstrip("/")
        self.trusted_root = trusted_root
        self.target_name = target_name
        self.max_age_s = max_age_s
        self.socket_timeout_s = socket_timeout_s
        self.clock = clock

    def _last_good(self) -> tuple[dict[str, object], bytes] | None:
        if not self.last_good_file.exists() or not self.last_good_doc.exists():
            return None
        record: dict[str, object] = json.loads(self.last_good_file.read_text())
        document = self.last_good_doc.read_bytes()
        if hashlib.sha256(document).hexdigest() != record.get("sha256"):
            return None  # changed on disk since it was verified: do not serve it
        return record, document

    def _save(self, version: int, sha256: str, document: bytes | None) -> None:
        if document is not None:
            _atomic_write(self.last_good_doc, document)
        record = {"version": version, "sha256": sha256, "verified_at": self.clock()}
        _atomic_write(self.last_good_file, json.dumps(record).encode())

    def _fallback(self, status: CatalogStatus, reason: str, *, expired: bool = False) -> CatalogCheck:
        last = self._last_good()
        if last is None:
            return CatalogCheck(status, None, None, None, True, reason)
        record, document = last
        verified_at = float(str(record["verified_at"]))
        old = expired or self.clock() - verified_at > self.max_age_s
        return CatalogCheck(status, document, int(str(record["version"])), verified_at, old, reason)

    def check(self) -> CatalogCheck:
        try:
            updater = Updater(
                str(self.metadata_dir),
                self.base + "/tuf/metadata/",
                str(self.targets_dir),
                self.base + "/tuf/targets/",
                fetcher=self.fetcher or PinnedFetcher(self.tls_pin_pem, self.socket_timeout_s),
                bootstrap=self.trusted_root,
            )
            updater.refresh()
            seal_key = self._seal_key(updater)
            info = updater.get_targetinfo(self.target_name)
            if info is None:
                # a catalog is withdrawn only by a new catalog that says so, never by its absence
                return self._fallback("rejected", "signed metadata lists no catalog")
            version = _targets_version(self.metadata_dir)
            sha256 = info.hashes["sha256"]
            last = self._last_good()
            root = (self.metadata_dir / "root.json").read_bytes()  # what refresh() trusts now
            if last is not None and last[0].get("sha256") == sha256:
                self._save(version, sha256, None)
                return CatalogCheck(
                    "unchanged", last[1], version, self.clock(), False, seal_key=seal_key, root=root
                )
            path = updater.find_cached_target(info) or updater.download_target(info)
            document = Path(path).read_bytes()
            self._save(version, sha256, document)
            return CatalogCheck(
                "updated", document, version, self.clock(), False, seal_key=seal_key, root=root
            )
        except _BadSealKey as exc:
            return self._fallback("rejected", f"seal key refused: {exc}")
        except tuf_errors.ExpiredMetadataError as exc:
            return self._fallback("stale", f"catalog metadata expired: {exc}", expired=True)
        except (tuf_errors.RepositoryError, tuf_errors.DownloadLengthMismatchError) as exc:
            return self._fallback("rejected", f"{type(exc).__name__}: {exc}")
        except (tuf_errors.DownloadError, OSError) as exc:
            return self._fallback("stale", f"platform unreachable: {type(exc).__name__}")

    def _seal_key(self, updater: Updater) -> SealKey | None:
        info = updater.get_targetinfo(SEAL_KEY_TARGET)
        if info is None:
            return None
        path = updater.find_cached_target(info) or updater.download_target(info)
        try:
            target = SealKeyTarget.model_validate_json(Path(path).read_bytes())
            return SealKey(target.verified_raw_key(), target.key_id)
        except (ValidationError, ValueError) as exc:
            raise _BadSealKey(str(exc).splitlines()[0]) from exc


def adopt_seal_key(db: sqlite_utils.Database, check: CatalogCheck) -> bool:
    """Seal new applications to the key of a verified catalog; True when the key changed.

    Only a verified ("updated"/"unchanged") check counts, and never one older than the catalog the
    current key came from. Applications already sealed stay as they are: the platform keeps old keys.
    """
    if check.seal_key is None or check.version is None or check.status not in ("updated", "unchanged"):
        return False
    with transaction(db):
        known = get_setting(db, KEY_SEAL_CATALOG_VERSION)
        if known is not None and int(known) > check.version:
            return False
        encoded = base64.b64encode(check.seal_key.public_key).decode()
        changed = bool(get_setting(db, KEY_SEAL) != encoded)
        set_setting(db, KEY_SEAL, encoded)
        set_setting(db, KEY_SEAL_ID, check.seal_key.key_id)
        set_setting(db, KEY_SEAL_CATALOG_VERSION, check.version)
        remember_platform_key(db, check.seal_key.public_key)
    return changed


def fetch_root(platform_url: str, tls_pin_pem: str | None = None) -> bytes:
    """The platform's TUF root, over the same (pinned) channel enrolment used; the caller checks it
    against the hash in the signed enrolment answer (``client.root_matches``). A root installed with
    the kiosk (``[sync] catalog_root``) takes precedence over it."""
    with httpx.Client(timeout=DEFAULT_TIMEOUT, verify=verify_for_pin(tls_pin_pem)) as http:
        response = http.get(platform_url.rstrip("/") + "/tuf/metadata/root.json")
    response.raise_for_status()
    try:
        Metadata[Root].from_bytes(response.content)
    except (tuf_errors.RepositoryError, ValueError) as exc:
        raise ValueError("the platform's /tuf/metadata/root.json is not TUF root metadata") from exc
    return response.content


def save_root(db: sqlite_utils.Database, root: bytes) -> None:
    with transaction(db):
        set_setting(db, KEY_TUF_ROOT, root.decode())


def trusted_root(db: sqlite_utils.Database, root_file: Path | None = None) -> bytes | None:
    """The root to start from: the newer of the installed one (``[sync] catalog_root``) and the one
    kept in the store (enrolment's, then each newer root a verified check brought, `adopt_root`)."""
    stored_text = get_setting(db, KEY_TUF_ROOT)
    stored = None if stored_text is None else str(stored_text).encode()
    installed = None if root_file is None else root_file.read_bytes()
    if stored is None or installed is None:
        return installed or stored
    return stored if _root_version(stored) > _root_version(installed) else installed


def adopt_root(db: sqlite_utils.Database, check: CatalogCheck) -> bool:
    """Keep the newest verified root as the one to start from, so a kiosk that loses its TUF cache
    does not go back to trusting keys a later root (signed offline) has revoked; True when kept."""
    if check.root is None or check.status not in ("updated", "unchanged"):
        return False
    with transaction(db):
        stored = get_setting(db, KEY_TUF_ROOT)
        if stored is not None and _root_version(str(stored).encode()) >= _root_version(check.root):
            return False
        set_setting(db, KEY_TUF_ROOT, check.root.decode())
    return True


def _root_version(root: bytes) -> int:
    try:
        return int(Metadata[Root].from_bytes(root).signed.version)
    except (tuf_errors.RepositoryError, ValueError):
        return 0


def catalog_to_apply(db: sqlite_utils.Database, check: CatalogCheck) -> bytes | None:
    """The verified document the kiosk has not applied yet (a newer TUF version), else None.

    A catalog imported by hand (`kiosk catalog import`) stays until the platform publishes a newer one."""
    if check.document is None or check.version is None or check.status == "rejected":
        return None
    applied = get_setting(db, KEY_CATALOG_APPLIED)
    return check.document if applied is None or int(applied) < check.version else None


def mark_applied(db: sqlite_utils.Database, check: CatalogCheck) -> None:
    with transaction(db):
        set_setting(db, KEY_CATALOG_APPLIED, check.version)


def _targets_version(metadata_dir: Path) -> int:
    """Version of the targets metadata the updater has just verified and cached."""
    signed = json.loads((metadata_dir / "targets.json").read_bytes())["signed"]
    return int(signed["version"])


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
