"""Technician entry, Qt-free: a technician card or a signed technician QR code, then a PIN.

API::

    auth = TechAuth(db, card_key=load_or_create_key(path), terminal_id="kiosk-0001", clock=time.time)
    auth.add_card(id_number) / auth.remove_card(id_number)      # the card list, keyed hashes only
    auth.trust_qr_key(public_key_raw) ; auth.set_pin("204816")
    auth.present_card(id_number) -> Step     # or auth.present_qr(text) -> Step
    auth.enter_pin(pin) -> Step              # Step.status: AWAIT_PIN / ENTERED / REJECTED / LOCKED
    auth.action("printer.test_page", {...})  # audited, only while in technician mode
    auth.leave() -> Leave(wipe=True)         # the UI wipes exactly as at a session end
    make_qr(private_key, tech_id, terminal, ttl_s) -> str      # for the fleet's signing tool and tests
                                                               # (ttl_s at most MAX_QR_LIFETIME_S)

Card: an ID number on the configured list, compared as HMAC-SHA256 under a per-terminal key kept in a
0600 file outside the database, so a copied database alone does not give the list away. QR: ``KT1.``
+ base64url(JSON payload) + ``.`` + base64url(Ed25519 signature over the payload bytes); the payload
holds ``tech`` (a technician reference, not a name), ``terminal`` (this terminal's id: a code for
every terminal, ``*``, is refused), ``exp`` (Unix time, at most ``MAX_QR_LIFETIME_S`` ahead) and
``nonce``: each code is taken once (the used nonces are kept until they expire), so a photographed
code is worthless. PIN: scrypt (n=2**14, r=8, p=1) with a random salt.

Lockout: each wrong PIN counts; from the third, entry is refused for 30 s, doubling each time up to
an hour. A rejected QR code does not count: anyone can hold a printed fake ``KT1.`` code to the
scanner, and that must not lock the technicians out (it is audited). The count and deadline live in
the settings table, so a restart does not reset them; a correct entry resets them. Every step goes
to the audit chain with the technician reference, never the ID number.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import hmac
import json
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.store import audit
from kiosk.store import settings as store_settings
from kiosk.store.connection import Database, transaction

KEY_CARDS = "ops.tech.card_hashes"
KEY_QR_KEYS = "ops.tech.qr_public_keys"
KEY_PIN = "ops.tech.pin"
KEY_LOCK = "ops.tech.lockout"
KEY_QR_USED = "ops.tech.qr_used"  # nonce -> expiry of every code taken, until it expires
MAX_QR_LIFETIME_S = 30 * 60.0
QR_PREFIX = "KT1."
FREE_FAILURES = 2
BASE_DELAY_S = 30.0
MAX_DELAY_S = 3600.0
SCRYPT = {"n": 2**14, "r": 8, "p": 1}
PENDING_TTL_S = 120.0  # a card or QR must be followed by the PIN within this time


class Status(enum.Enum):
    AWAIT_PIN = "await_pin"
    ENTERED = "entered"
    REJECTED = "rejected"
    LOCKED = "locked"


@dataclass(frozen=True)
class Step:
    status: Status
    reason: str = ""
    retry_after_s: float = 0.0
    tech_ref: str = ""


@dataclass(frozen=True)
class Leave:
    wipe: bool
    tech_ref: str


def load_or_create_key(path: Path) -> bytes:
    """The per-terminal card-hash key: 32 random bytes in a file only its owner can read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(key)
        f.flush()
        os.fsync(f.fileno())
    return key


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def make_qr(key: Ed25519PrivateKey, tech: str, terminal: str, ttl_s: float, now: float | None = None) -> str:
    if not 0 < ttl_s <= MAX_QR_LIFETIME_S:
        raise ValueError(f"a technician code lives at most {MAX_QR_LIFETIME_S / 60:.0f} minutes")
    payload = json.dumps(
        {"v": 1, "tech": tech, "terminal": terminal, "exp": (time.time() if now is None else now) + ttl_s,
         "nonce": secrets.token_urlsafe(12)},
        separators=(",", ":"), sort_keys=True,
    ).encode()  # fmt: skip
    return QR_PREFIX + _b64(payload) + "." + _b64(key.sign(payload))


def _pin_hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=32)


@dataclass
class TechAuth:
    db: Database
    card_key: bytes
    terminal_id: str
    clock: Callable[[], float] = time.time
    pending: str | None = field(default=None, init=False)  # tech ref waiting for its PIN
    pending_at: float = field(default=0.0, init=False)
    active: str | None = field(default=None, init=False)  # tech ref in technician mode

    # -- configuration ------------------------------------------------------------------------------

    def card_hash(self, id_number: str) -> str:
        normal = id_number.strip().upper().encode()
        return hmac.new(self.card_key, normal, hashlib.sha256).hexdigest()

    def add_card(self, id_number: str) -> str:
        digest = self.card_hash(id_number)
        cards = set(store_settings.get_setting(self.db, KEY_CARDS, []))
        store_settings.set_setting(self.db, KEY_CARDS, sorted(cards | {digest}))
        ref = "card:" + digest[:8]
        self._audit("system", "tech.card_added", {"tech_ref": ref})
        return ref

    def remove_card(self, id_number: str) -> bool:
        digest = self.card_hash(id_number)
        cards = set(store_settings.get_setting(self.db, KEY_CARDS, []))
        if digest not in cards:
            return False
        store_settings.set_setting(self.db, KEY_CARDS, sorted(cards - {digest}))
        self._audit("system", "tech.card_removed", {"tech_ref": "card:" + digest[:8]})
        return True

    def trust_qr_key(self, public_raw: bytes) -> None:
        Ed25519PublicKey.from_public_bytes(public_raw)  # refuse garbage now, not at the first scan
        keys = set(store_settings.get_setting(self.db, KEY_QR_KEYS, []))
        store_settings.set_setting(self.db, KEY_QR_KEYS, sorted(keys | {_b64(public_raw)}))

    def set_pin(self, pin: str) -> None:
        if not (pin.isdigit() and 6 <= len(pin) <= 12):
            raise ValueError("the technician PIN must be 6 to 12 digits")
        salt = secrets.token_bytes(16)
        digest = _pin_hash(pin, salt, **SCRYPT)
        store_settings.set_setting(self.db, KEY_PIN, {"salt": _b64(salt), "hash": _b64(digest), **SCRYPT})
        self._audit("system", "tech.pin_changed", {})

    # -- lockout ------------------------------------------------------------------------------------

    def _lock(self) -> dict[str, float]:
        value = store_settings.get_setting(self.db, KEY_LOCK, {})
        return {"failures": float(value.get("failures", 0)), "until": float(value.get("until", 0.0))}

    def locked_for(self) -> float:
        return max(0.0, self._lock()["until"] - self.clock())

    def clear_lockout(self) -> None:
        """From the command line (someone with the terminal's shell): wrong PINs forgiven, audited."""
        with transaction(self.db):
            store_settings.set_setting(self.db, KEY_LOCK, {"failures": 0, "until": 0.0})
            self._audit("system", "tech.lockout_cleared", {})

    def _fail(self, ref: str, action: str, reason: str) -> Step:
        with transaction(self.db):
            lock = self._lock()
            failures = int(lock["failures"]) + 1
            delay = 0.0
            if failures > FREE_FAILURES:
                delay = min(MAX_DELAY_S, BASE_DELAY_S * 2 ** (failures - FREE_FAILURES - 1))
            until = self.clock() + delay if delay else lock["until"]
            store_settings.set_setting(self.db, KEY_LOCK, {"failures": failures, "until": until})
            self._audit(ref or "unknown", action, {"reason": reason, "failures": failures, "delay_s": delay})
        self.pending = None
        if delay:
            return Step(Status.LOCKED, reason, delay, ref)
        return Step(Status.REJECTED, reason, 0.0, ref)

    def _refuse_if_locked(self, ref: str) -> Step | None:
        left = self.locked_for()
        if left > 0:
            self._audit(ref or "unknown", "tech.entry_refused_locked", {"retry_after_s": round(left, 1)})
            return Step(Status.LOCKED, "locked out", left, ref)
        return None

    # -- entry --------------------------------------------------------------------------------------

    def present_card(self, id_number: str) -> Step:
        digest = self.card_hash(id_number)
        ref = "card:" + digest[:8]
        cards = store_settings.get_setting(self.db, KEY_CARDS, [])
        if not any(hmac.compare_digest(digest, c) for c in cards):
            # A resident's own card by mistake is no attack: audited, not counted.
            self._audit("unknown", "tech.card_unknown", {})
            return Step(Status.REJECTED, "card not on the technician list")
        return self._await_pin(ref)

    def present_qr(self, text: str) -> Step:
        try:
            payload = self._verify_qr(text)
        except ValueError as exc:
            locked = self._refuse_if_locked("")
            if locked:
                return locked
            # not counted towards the lockout: a stranger's fake code must not lock technicians out
            self._audit("unknown", "tech.qr_rejected", {"reason": str(exc)})
            self.pending = None
            return Step(Status.REJECTED, str(exc))
        return self._await_pin("qr:" + str(payload["tech"])[:32])

    def _take_nonce(self, nonce: str, expires: float) -> None:
        """Mark a code used; raises if it was used before. Expired entries are dropped."""
        with transaction(self.db):
            now = self.clock()
            used = {
                n: float(e) for n, e in dict(store_settings.get_setting(self.db, KEY_QR_USED, {})).items()
                if float(e) > now
            }
            if nonce in used:
                raise ValueError("code already used")
            used[nonce] = expires
            store_settings.set_setting(self.db, KEY_QR_USED, used)

    def _verify_qr(self, text: str) -> dict[str, Any]:
        if not text.startswith(QR_PREFIX) or text.count(".") != 2:
            raise ValueError("not a technician code")
        body, _, sig = text[len(QR_PREFIX):].partition(".")
        try:
            payload_bytes, signature = _unb64(body), _unb64(sig)
        except (binascii.Error, ValueError):
            raise ValueError("not a technician code") from None
        for raw in store_settings.get_setting(self.db, KEY_QR_KEYS, []):
            try:
                Ed25519PublicKey.from_public_bytes(_unb64(raw)).verify(signature, payload_bytes)
                break
            except InvalidSignature:
                continue
        else:
            raise ValueError("signature not from a trusted key")
        payload = json.loads(payload_bytes)
        if not isinstance(payload, dict) or not isinstance(payload.get("tech"), str):
            raise ValueError("malformed payload")
        if payload.get("terminal") != self.terminal_id:
            raise ValueError("code issued for another terminal")
        if not isinstance(payload.get("exp"), int | float) or payload["exp"] <= self.clock():
            raise ValueError("code expired")
        if payload["exp"] > self.clock() + MAX_QR_LIFETIME_S:
            raise ValueError("code lives longer than a technician code may")
        if not isinstance(payload.get("nonce"), str) or not payload["nonce"]:
            raise ValueError("code without a nonce")
        self._take_nonce(payload["nonce"], float(payload["exp"]))
        return payload

    def _await_pin(self, ref: str) -> Step:
        locked = self._refuse_if_locked(ref)
        if locked:
            return locked
        self.pending, self.pending_at = ref, self.clock()
        self._audit(ref, "tech.credential_accepted", {})
        return Step(Status.AWAIT_PIN, "", 0.0, ref)

    def enter_pin(self, pin: str) -> Step:
        ref = self.pending
        if ref is None or self.clock() - self.pending_at > PENDING_TTL_S:
            self.pending = None
            return Step(Status.REJECTED, "present a technician card or code first")
        locked = self._refuse_if_locked(ref)
        if locked:
            self.pending = None
            return locked
        stored = store_settings.get_setting(self.db, KEY_PIN)
        if not stored:
            return self._fail(ref, "tech.pin_rejected", "no technician PIN set on this terminal")
        digest = _pin_hash(pin, _unb64(stored["salt"]), stored["n"], stored["r"], stored["p"])
        if not hmac.compare_digest(digest, _unb64(stored["hash"])):
            return self._fail(ref, "tech.pin_rejected", "wrong PIN")
        with transaction(self.db):
            store_settings.set_setting(self.db, KEY_LOCK, {"failures": 0, "until": 0.0})
            self._audit(ref, "tech.entered", {})
        self.pending, self.active = None, ref
        return Step(Status.ENTERED, "", 0.0, ref)

    # -- in technician mode -------------------------------------------------------------------------

    def action(self, name: str, detail: dict[str, Any] | None = None) -> None:
        if self.active is None:
            raise PermissionError("not in technician mode")
        self._audit(self.active, "tech.action", {"action": name, **(detail or {})})

    def leave(self) -> Leave:
        ref = self.active or ""
        if self.active is not None:
            self._audit(self.active, "tech.left", {})
        self.active = self.pending = None
        return Leave(wipe=True, tech_ref=ref)

    def _audit(self, actor: str, action: str, detail: dict[str, Any]) -> None:
        actor_name = actor if actor in ("system", "unknown") else f"technician {actor}"
        audit.append(self.db, actor_name, action, detail, at=self.clock())
