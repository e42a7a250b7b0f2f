"""The platform's side of the protocol, spoken to over real HTTP on 127.0.0.1."""

from __future__ import annotations

import base64
import hashlib
import json
import uuid

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from pg_cluster import DATABASES, both_databases

from sync import sealing
from sync.engine.client import Credentials, PlatformClient, enrol, new_signing_key
from sync.engine.errors import NotPlatform, PlatformBusy, Rejected, TerminalRejected
from sync.protocol.models import PROTOCOL_HEADER, TUS_VERSION

TUS = {"Tus-Resumable": TUS_VERSION}


@pytest.fixture(params=DATABASES)
def database_url(request):
    return both_databases(request)


def sealed_for(creds: Credentials, plaintext: bytes) -> bytes:
    """An attachment as a kiosk sends it: the platform opens every one before it acknowledges."""
    return sealing.seal(plaintext, sealing.public_key_from_raw(creds.seal_public_key))


def upload(client: PlatformClient, data: bytes) -> str:
    created = client.request("POST", "/v1/uploads", headers={**TUS, "Upload-Length": str(len(data))})
    url = created.headers["location"]
    client.request(
        "PATCH",
        url,
        content=data,
        headers={**TUS, "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"},
    )
    return url


def manifest(application_id: str, url: str, data: bytes, creds: Credentials) -> bytes:
    sealed = sealing.seal(b"personal", sealing.public_key_from_raw(creds.seal_public_key))
    return json.dumps(
        {
            "application_id": application_id,
            "acceptance_no": "ACC-1",
            "matter_codes": ["410000-001"],
            "catalog_version": "1",
            "sealed_payload": base64.b64encode(sealed).decode(),
            "attachments": [
                {
                    "name": "a",
                    "upload_url": url,
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "size": len(data),
                }
            ],
        }
    ).encode()


def commit(client: PlatformClient, application_id: str, body: bytes) -> httpx.Response:
    return client.request(
        "POST", "/v1/applications", content=body, headers={"Idempotency-Key": application_id}
    )


def test_every_response_carries_the_protocol_header_even_errors(platform):
    ok = httpx.options(platform.url + "/v1/uploads")
    missing = httpx.get(platform.url + "/v1/status")
    assert (
        ok.headers[PROTOCOL_HEADER] == "1"
        and ok.headers["Tus-Extension"] == "creation,expiration,termination"
    )
    assert missing.status_code == 401 and missing.headers[PROTOCOL_HEADER] == "1"


def test_enrolment_token_works_once(platform):
    token = platform.enrol_token()
    enrol(platform.url, token, "a")
    with pytest.raises(TerminalRejected):
        enrol(platform.url, token, "b")


def test_unknown_and_revoked_terminals_get_401_and_nothing_is_stored(platform, creds, client):
    stranger = PlatformClient(
        Credentials(platform.url, "T-unknown", new_signing_key(), creds.seal_public_key)
    )
    with pytest.raises(TerminalRejected):
        stranger.request("POST", "/v1/uploads", headers={**TUS, "Upload-Length": "10"})
    impostor = PlatformClient(
        Credentials(platform.url, creds.terminal_id, new_signing_key(), creds.seal_public_key)
    )
    with pytest.raises(TerminalRejected):
        impostor.request("PUT", "/v1/help-requests/h1", content=b'{"body": {}}')
    assert platform.storage.count_small("help-requests") == 0

    client.request("PUT", "/v1/help-requests/h0", content=b'{"body": {"screen": "home"}}')
    assert platform.storage.revoke_terminal(creds.terminal_id)
    with pytest.raises(TerminalRejected):
        client.request("PUT", "/v1/help-requests/h2", content=b'{"body": {"screen": "home"}}')
    assert platform.storage.count_small("help-requests") == 1


def test_body_swapped_after_signing_is_refused(platform, creds, client):
    request = client._http.build_request("PUT", "/v1/help-requests/x", content=b'{"body": {}}')
    signed = PlatformClient(creds)
    # sign one body, send another: the Content-Digest no longer matches
    original = signed._http.build_request
    signed._http.build_request = lambda *a, **k: request  # type: ignore[method-assign]
    try:
        with pytest.raises(TerminalRejected):
            signed.request("PUT", "/v1/help-requests/x", content=b'{"body": {"evil": 1}}')
    finally:
        signed._http.build_request = original  # type: ignore[method-assign]
    assert platform.storage.count_small("help-requests") == 0


def test_tus_offset_rules(client):
    created = client.request("POST", "/v1/uploads", headers={**TUS, "Upload-Length": "10"})
    url = created.headers["location"]
    patch = {**TUS, "Content-Type": "application/offset+octet-stream"}
    client.request("PATCH", url, content=b"01234", headers={**patch, "Upload-Offset": "0"})
    with pytest.raises(Rejected) as wrong:
        client.request("PATCH", url, content=b"56789", headers={**patch, "Upload-Offset": "3"})
    assert wrong.value.status == 409
    assert client.request("HEAD", url, headers=TUS).headers["upload-offset"] == "5"
    with pytest.raises(Rejected) as too_long:
        client.request("PATCH", url, content=b"56789X", headers={**patch, "Upload-Offset": "5"})
    assert too_long.value.status == 413
    done = client.request("PATCH", url, content=b"56789", headers={**patch, "Upload-Offset": "5"})
    assert done.headers["upload-offset"] == "10"
    client.request("DELETE", url, headers=TUS)
    with pytest.raises(Rejected) as gone:
        client.request("HEAD", url, headers=TUS)
    assert gone.value.status == 404


def test_stray_bytes_past_the_offset_are_cut_before_appending(platform, client):
    url = client.request("POST", "/v1/uploads", headers={**TUS, "Upload-Length": "8"}).headers["location"]
    patch = {**TUS, "Content-Type": "application/offset+octet-stream"}
    client.request("PATCH", url, content=b"abcd", headers={**patch, "Upload-Offset": "0"})
    upload_id = url.rsplit("/", 1)[1]
    with open(platform.storage.blob_dir / upload_id, "ab") as f:  # as a crash mid-write would leave it
        f.write(b"GARBAGE")
    client.request("PATCH", url, content=b"efgh", headers={**patch, "Upload-Offset": "4"})
    assert platform.storage.blob_sha256(upload_id) == (8, hashlib.sha256(b"abcdefgh").hexdigest())


def test_commit_replay_mismatch_and_in_flight(platform, creds, client):
    data = sealed_for(creds, b"attachment bytes" * 100)
    url = upload(client, data)
    app_id = str(uuid.uuid4())
    body = manifest(app_id, url, data, creds)
    first = commit(client, app_id, body)
    assert first.status_code == 201
    replay = commit(client, app_id, body)
    assert replay.json() == first.json()
    with pytest.raises(Rejected) as reused:
        commit(client, app_id, body.replace(b"ACC-1", b"ACC-2"))
    assert reused.value.status == 422
    assert len(platform.storage.applications()) == 1

    other_id = str(uuid.uuid4())
    other = manifest(other_id, upload(client, data), data, creds)
    # make the key look in flight exactly as a concurrent commit would
    platform.storage.begin_commit(other_id, creds.terminal_id, _canonical_hash(other))
    with pytest.raises(PlatformBusy) as busy:
        commit(client, other_id, other)
    assert busy.value.retry_after == 1
    assert [a.id for a in platform.storage.applications()] == [app_id]


def _canonical_hash(body: bytes) -> str:
    from sync.protocol.models import Manifest

    return hashlib.sha256(Manifest.model_validate_json(body).model_dump_json().encode()).hexdigest()


def test_commit_refused_until_every_attachment_is_whole_and_matches(platform, creds, client):
    data = sealed_for(creds, b"x" * 1000)
    half = len(data) // 2
    created = client.request("POST", "/v1/uploads", headers={**TUS, "Upload-Length": str(len(data))})
    url = created.headers["location"]
    client.request(
        "PATCH",
        url,
        content=data[:half],
        headers={**TUS, "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"},
    )
    app_id = str(uuid.uuid4())
    with pytest.raises(Rejected) as partial:
        commit(client, app_id, manifest(app_id, url, data, creds))
    assert partial.value.error == "attachments_incomplete" and partial.value.missing == ["a"]
    client.request(
        "PATCH",
        url,
        content=b"y" * (len(data) - half),  # whole now, but not the bytes the kiosk hashed
        headers={**TUS, "Upload-Offset": str(half), "Content-Type": "application/offset+octet-stream"},
    )
    with pytest.raises(Rejected) as mismatch:
        commit(client, app_id, manifest(app_id, url, data, creds))
    assert mismatch.value.missing == ["a"]
    assert platform.storage.applications() == []
    good = upload(client, data)
    assert commit(client, app_id, manifest(app_id, good, data, creds)).status_code == 201


def test_unsealed_payload_is_refused(platform, creds, client):
    data = b"d"
    url = upload(client, data)
    app_id = str(uuid.uuid4())
    body = json.loads(manifest(app_id, url, data, creds))
    body["sealed_payload"] = base64.b64encode("张三 410101199001011234".encode()).decode()
    with pytest.raises(Rejected) as refused:
        commit(client, app_id, json.dumps(body).encode())
    assert refused.value.error == "not_sealed"
    assert platform.storage.applications() == []


def test_payload_sealed_to_a_key_the_platform_never_held_is_refused(platform, creds, client):
    data = b"d"
    url = upload(client, data)
    app_id = str(uuid.uuid4())
    body = json.loads(manifest(app_id, url, data, creds))
    stranger = X25519PrivateKey.generate().public_key()
    body["sealed_payload"] = base64.b64encode(sealing.seal(b"personal", stranger)).decode()
    with pytest.raises(Rejected) as refused:
        commit(client, app_id, json.dumps(body).encode())
    assert refused.value.error == "unknown_seal_key"
    assert platform.storage.applications() == []


def test_small_posts_are_idempotent(platform, client):
    body = b'{"body": {"level": 5}}'
    assert client.request("PUT", "/v1/evaluations/e1", content=body).status_code == 201
    assert client.request("PUT", "/v1/evaluations/e1", content=body).status_code == 200
    with pytest.raises(Rejected) as reused:
        client.request("PUT", "/v1/evaluations/e1", content=b'{"body": {"level": 1}}')
    assert reused.value.status == 422
    assert platform.storage.count_small("evaluations") == 1


def test_status_feed_pages_and_410_after_reset(platform, creds, client):
    data = sealed_for(creds, b"z")
    case_nos = []
    for _ in range(3):
        app_id = str(uuid.uuid4())
        case_nos.append(
            commit(client, app_id, manifest(app_id, upload(client, data), data, creds)).json()["case_no"]
        )
    assert platform.storage.set_case_state(case_nos[0], "accepted", "材料齐全")
    first = client.request("GET", "/v1/status", params={"limit": "2"}).json()
    assert [i["state"] for i in first["items"]] == ["received", "received"] and first["more"]
    rest = client.request("GET", "/v1/status", params={"limit": "2", "cursor": first["cursor"]}).json()
    assert [i["state"] for i in rest["items"]] == ["received", "accepted"]
    platform.storage.bump_feed_generation()
    with pytest.raises(Rejected) as gone:
        client.request("GET", "/v1/status", params={"cursor": rest["cursor"]})
    assert gone.value.status == 410


def test_captive_portal_answer_is_not_success():
    from sync.engine.client import check

    with pytest.raises(NotPlatform):
        check(httpx.Response(200, text="<html>Welcome to the free wifi</html>"))


def test_fleet_page_needs_the_admin_token_and_shows_heartbeats(platform, client):
    beat = {
        "body": {
            "device_health": {"printer": "paper low"},
            "queue_depth": 3,
            "oldest_queued_age_s": 12.0,
            "last_sync_at": None,
            "software_version": "0.1.0",
            "catalog_version": None,
        }
    }
    client.request("PUT", "/v1/heartbeats/hb1", content=json.dumps(beat).encode())
    assert httpx.get(platform.url + "/admin/fleet").status_code == 401
    page = httpx.get(
        platform.url + "/admin/fleet", headers={"Authorization": f"Bearer {platform.admin_token}"}
    )
    assert "paper low" in page.text and "乡镇便民服务站 1" in page.text


def test_expired_uploads_are_refused_and_collected_but_committed_ones_stay(platform, creds, client):
    import time

    data = sealed_for(creds, b"q" * 10)
    committed_url = upload(client, data)
    app_id = str(uuid.uuid4())
    commit(client, app_id, manifest(app_id, committed_url, data, creds))
    stale = client.request("POST", "/v1/uploads", headers={**TUS, "Upload-Length": "10"}).headers["location"]
    far_future = time.time() + 10 * 365 * 86400
    assert platform.storage.purge_expired_uploads(far_future) == 1
    with pytest.raises(Rejected) as gone:
        client.request("HEAD", stale, headers=TUS)
    assert gone.value.status == 404
    committed_id = committed_url.rsplit("/", 1)[1]
    assert platform.storage.blob_sha256(committed_id) == (len(data), hashlib.sha256(data).hexdigest())


def test_staff_move_cases_by_api_and_open_them_with_the_private_key(platform, creds, client, tmp_path):
    from sync.platform.cli import main as kiosk_platform

    data = sealing.seal("户口簿扫描件".encode(), sealing.public_key_from_raw(creds.seal_public_key))
    app_id = str(uuid.uuid4())
    case_no = commit(client, app_id, manifest(app_id, upload(client, data), data, creds)).json()["case_no"]
    admin = {"Authorization": f"Bearer {platform.admin_token}"}
    moved = httpx.post(
        f"{platform.url}/admin/cases/{case_no}/state", json={"state": "accepted"}, headers=admin
    )
    assert moved.status_code == 200 and platform.storage.application(case_no).state == "accepted"
    bad = httpx.post(f"{platform.url}/admin/cases/{case_no}/state", json={"state": "lost"}, headers=admin)
    assert bad.status_code == 400
    assert (
        httpx.post(f"{platform.url}/admin/cases/{case_no}/state", json={"state": "accepted"}).status_code
        == 401
    )

    out = tmp_path / "opened"
    assert kiosk_platform([*platform.cli_args(), "open", case_no, "--out", str(out)]) == 0
    assert (out / "payload").read_bytes() == b"personal"
    assert (out / "a").read_text() == "户口簿扫描件"
