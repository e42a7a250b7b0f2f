"""Attacks on signed requests: replay, swapped control headers, malformed headers, stale tokens.

A recording transport keeps the exact bytes the kiosk sent, as a party on the path would; the
test then sends them again, or with a header changed, straight to the real platform.
"""

from __future__ import annotations

import base64
import dataclasses

import httpx
import pytest

from sync.engine.client import PlatformClient, enrol
from sync.engine.errors import Rejected, TerminalRejected
from sync.protocol.models import PROTOCOL_HEADER, TUS_VERSION


class Recording(httpx.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.sent: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.sent.append(request)
        return super().handle_request(request)


def resend(request: httpx.Request, **header_changes: str) -> httpx.Response:
    headers = dict(request.headers)
    headers.update({k.lower(): v for k, v in header_changes.items()})
    return httpx.request(request.method, str(request.url), headers=headers, content=request.content)


@pytest.fixture
def recorded(creds):
    transport = Recording()
    client = PlatformClient(creds, transport=transport)
    yield client, transport
    client.close()


def test_a_replayed_request_is_refused(platform, recorded):
    client, transport = recorded
    client.request("PUT", "/v1/help-requests/h1", content=b'{"body": {"kind": "call"}}')
    again = resend(transport.sent[-1])
    assert again.status_code == 401 and again.json()["error"] == "replayed"
    assert platform.storage.count_small("help-requests") == 1


def test_a_request_replayed_to_another_worker_is_refused(platform, recorded):
    """`serve --workers N` runs N processes on one database: a nonce one worker saw must stop the
    same request at any other (here a second app on its own connection to the same database)."""
    from fastapi.testclient import TestClient

    from sync.platform.app import create_app
    from sync.platform.storage import open_storage

    client, transport = recorded
    client.request("PUT", "/v1/help-requests/h2", content=b'{"body": {"kind": "call"}}')
    sent = transport.sent[-1]
    other = open_storage(platform.data_dir, platform.database_url)
    try:
        app = create_app(other, platform.keyring, identity=platform.identity, admin_token="x")
        with TestClient(app) as worker:
            again = worker.request(
                sent.method, sent.url.raw_path.decode(), headers=dict(sent.headers), content=sent.content
            )
    finally:
        other.close()
    assert again.status_code == 401 and again.json()["error"] == "replayed"
    assert platform.storage.count_small("help-requests") == 1


@pytest.mark.parametrize(
    "header, forged",
    [("Upload-Length", "999999999"), ("Upload-Metadata", "application_id ZXZpbA==")],
)
def test_control_headers_cannot_be_changed_in_transit(platform, recorded, header, forged):
    client, transport = recorded
    metadata = "application_id " + base64.b64encode(b"app-1").decode()
    headers = {"Tus-Resumable": TUS_VERSION, "Upload-Length": "1000", "Upload-Metadata": metadata}
    client.request("POST", "/v1/uploads", headers=headers)
    changed = resend(transport.sent[-1], **{header: forged})
    assert changed.status_code == 401 and changed.json()["error"] == "bad_signature"


def test_a_changed_idempotency_key_breaks_the_signature(platform, recorded):
    client, transport = recorded
    with pytest.raises(Rejected):  # an empty manifest: refused, but signed and recorded
        client.request("POST", "/v1/applications", content=b"{}", headers={"Idempotency-Key": "k1"})
    changed = resend(transport.sent[-1], **{"Idempotency-Key": "k2"})
    assert changed.status_code == 401 and changed.json()["error"] == "bad_signature"


@pytest.mark.parametrize(
    "signature_input, signature",
    [
        (None, "sig1=:AAAA:"),
        ('sig1=("@method");created=1;keyid="T-1";alg="ed25519"', "sig1=:AAAA:"),
        (None, "sig1=:A:"),  # not base64 (bad padding)
        (None, "sig1=:" + "=" * 8 + ":"),
    ],
)
def test_malformed_signature_headers_are_a_4xx_not_a_crash(platform, recorded, signature_input, signature):
    client, transport = recorded
    client.request("PUT", "/v1/help-requests/h2", content=b'{"body": {}}')
    sent = transport.sent[-1]
    answer = resend(
        sent,
        **{"Signature-Input": signature_input or sent.headers["signature-input"], "Signature": signature},
    )
    assert 400 <= answer.status_code < 500 and answer.headers.get(PROTOCOL_HEADER)


def test_superscript_digits_in_upload_length_are_a_400(platform, client):
    for length in (b"\xb2", b"1\xb2", b"\xb9\xb2"):  # "²", "1²", "¹²" as a latin-1 header says them
        with pytest.raises(Rejected) as refused:
            client.request(
                "POST", "/v1/uploads", headers={"Tus-Resumable": TUS_VERSION, "Upload-Length": length}
            )
        assert refused.value.status == 400


def test_bad_admin_json_is_a_400(platform):
    for body in (b"{not json", b"[1, 2]", b'"state"'):
        answer = httpx.post(
            f"{platform.url}/admin/cases/C-1/state",
            content=body,
            headers={"Authorization": f"Bearer {platform.admin_token}"},
        )
        assert answer.status_code == 400, body


def test_an_expired_enrolment_token_is_refused(platform):
    stale = platform.enrol_token(ttl_s=-1)
    with pytest.raises(TerminalRejected):
        enrol(platform.url, stale, "k")
    assert platform.storage.terminals() == []
    # with its expiry edited, the token is no longer the one the platform issued
    secret, expires, fingerprint = stale.split(".")
    with pytest.raises(TerminalRejected):
        enrol(platform.url, f"{secret}.{int(expires) + 86400}.{fingerprint}", "k")
    assert dataclasses.is_dataclass(enrol(platform.url, platform.enrol_token(), "k"))
