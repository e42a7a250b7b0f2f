"""Sealed envelopes: personal data and attachments encrypted for the platform before they touch disk.

Layout (all integers big-endian)::

    magic "KSEAL" | version u8 | suite u16 | key_id 8 bytes | wrapped_len u16 | wrapped key
    | nonce 12 bytes | AES-GCM ciphertext+tag

Suite 1 = a random 256-bit data key per envelope, AES-256-GCM over the content, the data key
wrapped with HPKE (RFC 9180: DHKEM X25519, HKDF-SHA256, AES-256-GCM) for the platform's X25519
key. Everything before the ciphertext is authenticated (AES-GCM AAD; the header is also the HPKE
info), so a changed header is detected. The suite number is there so a national-crypto suite
(SM2 key wrap, SM4-GCM, SM3) can be added as suite 2 without breaking stored envelopes.
"""

from __future__ import annotations

import hashlib
import os
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"KSEAL"
VERSION = 1
SUITE_X25519_HPKE_AES256GCM = 1
SUPPORTED_SUITES = frozenset({SUITE_X25519_HPKE_AES256GCM})
_HEADER = struct.Struct(">5sBH8sH")
_NONCE_LEN = 12
_HPKE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


class SealError(ValueError):
    """Base class: an envelope cannot be opened. Nothing is returned in part."""


class NotAnEnvelope(SealError):
    pass


class UnsupportedEnvelope(SealError):
    """A version or suite this build does not know: upgrade rather than guess."""


class WrongKey(SealError):
    pass


class TamperedEnvelope(SealError):
    pass


def key_id(public_key: X25519PublicKey) -> bytes:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).digest()[:8]


@dataclass(frozen=True)
class Header:
    version: int
    suite: int
    key_id: bytes


def seal(plaintext: bytes, recipient: X25519PublicKey) -> bytes:
    data_key = AESGCM.generate_key(bit_length=256)
    header = _HEADER.pack(MAGIC, VERSION, SUITE_X25519_HPKE_AES256GCM, key_id(recipient), 0)[:-2]
    wrapped = _HPKE.encrypt(data_key, recipient, info=header)
    nonce = os.urandom(_NONCE_LEN)
    prefix = header + struct.pack(">H", len(wrapped)) + wrapped + nonce
    return prefix + AESGCM(data_key).encrypt(nonce, plaintext, prefix)


def read_header(envelope: bytes) -> Header:
    if len(envelope) < _HEADER.size or envelope[:5] != MAGIC:
        raise NotAnEnvelope("not a sealed envelope")
    _, version, suite, kid, _ = _HEADER.unpack_from(envelope)
    if version != VERSION:
        raise UnsupportedEnvelope(
            f"sealed envelope version {version} is not supported (this build reads {VERSION})"
        )
    if suite not in SUPPORTED_SUITES:
        raise UnsupportedEnvelope(f"cipher suite {suite} is not supported by this build")
    return Header(version, suite, kid)


def open_sealed(envelope: bytes, private_key: X25519PrivateKey) -> bytes:
    header = read_header(envelope)
    if header.key_id != key_id(private_key.public_key()):
        raise WrongKey("envelope was sealed for a different platform key")
    (wrapped_len,) = struct.unpack_from(">H", envelope, _HEADER.size - 2)
    wrapped_end = _HEADER.size + wrapped_len
    prefix_end = wrapped_end + _NONCE_LEN
    if len(envelope) < prefix_end + 16:
        raise TamperedEnvelope("sealed envelope is truncated")
    wrapped = envelope[_HEADER.size : wrapped_end]
    nonce = envelope[wrapped_end:prefix_end]
    try:
        data_key = _HPKE.decrypt(wrapped, private_key, info=envelope[: _HEADER.size - 2])
        return AESGCM(data_key).decrypt(nonce, envelope[prefix_end:], envelope[:prefix_end])
    except (InvalidTag, ValueError) as exc:
        raise TamperedEnvelope("sealed envelope failed authentication") from exc


def public_key_from_raw(raw: bytes) -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(raw)


def public_key_raw(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
