"""Staff sign-in for the console: scrypt password hashes, signed session cookies, CSRF tokens, roles.

A session cookie is ``payload.signature``: the payload names the member, their role, when it was
issued and the member's session epoch (signing out bumps the epoch, ending every copy of the cookie);
the signature is HMAC-SHA256 under a secret kept in the database, so every worker checks it alike.
The cookie is HttpOnly and SameSite=Strict. Each form carries a CSRF token derived from the session
(or, on the sign-in form, from a nonce cookie), checked on every POST before anything happens.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

SESSION_COOKIE = "console_session"
LOGIN_NONCE_COOKIE = "console_login"
SESSION_LIFETIME_S = 8 * 3600
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1

#: what each role may do; a page or action not allowed answers 403 and is audited as refused
PERMISSIONS: dict[str, frozenset[str]] = {
    "fleet.view": frozenset({"technician", "supervisor"}),
    "fleet.township": frozenset({"technician"}),
    "help.view": frozenset({"window", "supervisor"}),
    "help.act": frozenset({"window", "supervisor"}),
    "complaints.view": frozenset({"window", "supervisor"}),
    "complaints.assign": frozenset({"supervisor"}),
    "complaints.reply": frozenset({"window", "supervisor"}),
    "applications.view": frozenset({"window", "supervisor"}),
    "applications.decide": frozenset({"window", "supervisor"}),
    "certifications.view": frozenset({"window", "supervisor"}),
    "certifications.photo": frozenset({"supervisor"}),
    "certifications.decide": frozenset({"supervisor"}),
    "visits.schedule": frozenset({"window", "supervisor"}),
    "mail.view": frozenset({"window", "supervisor"}),
    "mail.address": frozenset({"window", "supervisor"}),
    "mail.post": frozenset({"window", "supervisor"}),
    "audit.view": frozenset({"supervisor"}),
    "console.signout": frozenset({"window", "supervisor", "technician"}),
}


def allowed(role: str, permission: str) -> bool:
    return role in PERMISSIONS.get(permission, frozenset())


def hash_password(password: str) -> str:
    if len(password) < 10:
        raise ValueError("a staff password needs at least 10 characters")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        measured = hashlib.scrypt(
            password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except ValueError:
        return False
    return hmac.compare_digest(measured.hex(), digest)


# A sign-in for an unknown name costs as much as one for a known name: no timing tells names apart.
_DUMMY_HASH = f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${'00' * 16}${'00' * 32}"


def dummy_hash() -> str:
    return _DUMMY_HASH


@dataclass(frozen=True)
class Session:
    username: str
    role: str
    issued_at: float
    epoch: int
    nonce: str


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(secret: bytes, purpose: str, payload: str) -> str:
    return _b64(hmac.new(secret, f"{purpose}|{payload}".encode(), hashlib.sha256).digest())


def issue_session(secret: bytes, username: str, role: str, epoch: int) -> str:
    payload = _b64(
        json.dumps(
            {"u": username, "r": role, "t": time.time(), "e": epoch, "n": secrets.token_hex(8)}
        ).encode()
    )
    return f"{payload}.{_sign(secret, 'session', payload)}"


def read_session(secret: bytes, cookie: str | None, now: float | None = None) -> Session | None:
    """The session a cookie names, or None when it is missing, altered or expired."""
    if not cookie or cookie.count(".") != 1:
        return None
    payload, signature = cookie.split(".")
    if not hmac.compare_digest(signature, _sign(secret, "session", payload)):
        return None
    try:
        data = json.loads(_unb64(payload))
        session = Session(str(data["u"]), str(data["r"]), float(data["t"]), int(data["e"]), str(data["n"]))
    except (ValueError, KeyError, TypeError):
        return None
    if (now if now is not None else time.time()) - session.issued_at > SESSION_LIFETIME_S:
        return None
    return session


def csrf_token(secret: bytes, bound_to: str) -> str:
    """A form token bound to one session (its nonce) or one sign-in attempt (its nonce cookie)."""
    return _sign(secret, "csrf", bound_to)


def csrf_valid(secret: bytes, bound_to: str | None, token: str | None) -> bool:
    if not bound_to or not token:
        return False
    return hmac.compare_digest(token, csrf_token(secret, bound_to))


def issue_nonce() -> str:
    return secrets.token_urlsafe(16)
