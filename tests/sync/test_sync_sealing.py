import os
import struct

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync import sealing


@pytest.fixture
def key():
    return X25519PrivateKey.generate()


def test_round_trip_of_empty_and_large_content(key):
    for plaintext in (b"", "张三 410101199001011234".encode(), os.urandom(3 * 1024 * 1024 + 7)):
        envelope = sealing.seal(plaintext, key.public_key())
        assert plaintext[:64] not in envelope or plaintext == b""
        assert sealing.open_sealed(envelope, key) == plaintext


def test_two_seals_of_the_same_data_differ(key):
    assert sealing.seal(b"same", key.public_key()) != sealing.seal(b"same", key.public_key())


@pytest.mark.parametrize("position", [0, 5, 7, 9, 20, 60, -1, -20])
def test_any_flipped_byte_is_detected(key, position):
    envelope = bytearray(sealing.seal(b"personal data " * 10, key.public_key()))
    envelope[position] ^= 0x01
    with pytest.raises(sealing.SealError):
        sealing.open_sealed(bytes(envelope), key)


def test_truncated_envelope_is_detected(key):
    envelope = sealing.seal(b"personal data", key.public_key())
    for cut in (3, 20, len(envelope) - 1):
        with pytest.raises(sealing.SealError):
            sealing.open_sealed(envelope[:cut], key)


def test_unknown_version_and_suite_give_a_clear_error(key):
    envelope = sealing.seal(b"x", key.public_key())
    future_version = envelope[:5] + bytes([2]) + envelope[6:]
    with pytest.raises(sealing.UnsupportedEnvelope, match="version 2"):
        sealing.open_sealed(future_version, key)
    sm_suite = envelope[:6] + struct.pack(">H", 2) + envelope[8:]
    with pytest.raises(sealing.UnsupportedEnvelope, match="suite 2"):
        sealing.open_sealed(sm_suite, key)


def test_other_platform_key_is_refused(key):
    envelope = sealing.seal(b"x", key.public_key())
    with pytest.raises(sealing.WrongKey):
        sealing.open_sealed(envelope, X25519PrivateKey.generate())


def test_plain_bytes_are_not_an_envelope(key):
    with pytest.raises(sealing.NotAnEnvelope):
        sealing.open_sealed(b"%PDF-1.7 hello", key)
