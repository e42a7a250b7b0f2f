"""The platform's TLS certificate is pinned: the kiosk talks only to the certificate it was given."""

from __future__ import annotations

import datetime as dt
import ipaddress

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from sync.engine.client import PlatformClient, enrol
from sync.engine.errors import Unreachable
from sync.platform.server import platform_in_thread


def self_signed(directory, name):
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / f"{name}.crt", directory / f"{name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


def test_pinned_certificate_is_trusted_and_any_other_is_refused(tmp_path, monkeypatch):
    monkeypatch.delenv("KIOSK_SYNC_DEV_PLAIN_HTTP")  # https needs no development flag
    real = self_signed(tmp_path, "platform")
    impostor = self_signed(tmp_path, "impostor")
    with platform_in_thread(tmp_path / "platform", tls=real) as platform:
        assert platform.url.startswith("https://127.0.0.1:")
        pin = real[0].read_text()
        creds = enrol(platform.url, platform.enrol_token(), "k", tls_pin_pem=pin)
        client = PlatformClient(creds)
        assert client.request("PUT", "/v1/help-requests/h1", content=b'{"body": {}}').status_code == 201
        client.close()
        with pytest.raises(Unreachable):
            enrol(platform.url, platform.enrol_token(), "k2", tls_pin_pem=impostor[0].read_text())
        assert len(platform.storage.terminals()) == 1

    # the same address now answered by someone holding another certificate
    with platform_in_thread(tmp_path / "evil", tls=impostor) as evil:
        creds_elsewhere = type(creds)(
            evil.url, creds.terminal_id, creds.signing_key, creds.seal_public_key, creds.tls_pin_pem
        )
        client = PlatformClient(creds_elsewhere)
        with pytest.raises(Unreachable):
            client.request("PUT", "/v1/help-requests/h2", content=b'{"body": {}}')
        client.close()
        assert evil.storage.count_small("help-requests") == 0


def test_signed_catalog_comes_over_the_pinned_certificate_only(tmp_path):
    from sync.engine.catalog import CatalogUpdater

    real = self_signed(tmp_path, "platform")
    impostor = self_signed(tmp_path, "impostor")
    with platform_in_thread(tmp_path / "platform", tls=real) as platform:
        document = b'{"version": "2026.11.9"}'
        platform.catalog.publish({"catalog.json": document}, [])
        root = platform.catalog.root_bytes()
        pinned = CatalogUpdater(tmp_path / "tuf", platform.url, root, tls_pin_pem=real[0].read_text())
        first = pinned.check()
        assert (first.status, first.document) == ("updated", document)
        # another certificate on the same address: nothing is fetched, the last good catalog stays
        wrong = CatalogUpdater(tmp_path / "tuf2", platform.url, root, tls_pin_pem=impostor[0].read_text())
        refused = wrong.check()
        assert refused.status == "stale" and refused.document is None and "unreachable" in refused.reason
