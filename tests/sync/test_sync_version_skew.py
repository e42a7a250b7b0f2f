"""Version skew between a kiosk and its platform (sync/protocol/README.md, "Versions"): heartbeat
telemetry is tolerant, so a kiosk upgraded before its platform is still seen, and an older one too;
the signature over it and the envelopes that carry obligations stay strict. A real platform on
127.0.0.1, requests signed by a real enrolled terminal."""

from __future__ import annotations

import json
import logging
import uuid

import httpx
import pytest

from sync.engine.client import PlatformClient
from sync.engine.errors import Rejected, SyncError
from sync.protocol.signatures import content_digest

BEAT = {
    "device_health": {"printer": "ok", "idcard": "ok"},
    "queue_depth": 2,
    "oldest_queued_age_s": 30.0,
    "last_sync_at": 1_700_000_000.0,
    "software_version": "9.0.0",
    "catalog_version": "2026.11.1",
}


def put_beat(client: PlatformClient, body: dict[str, object]) -> httpx.Response:
    content = json.dumps({"body": body}).encode()
    return client.request("PUT", f"/v1/heartbeats/{uuid.uuid4()}", content=content)


def admin_skew(platform) -> dict[str, int]:
    answer = httpx.get(
        platform.url + "/admin/skew", headers={"Authorization": f"Bearer {platform.admin_token}"}
    )
    return dict(answer.json()["unknown_heartbeat_fields"])


def test_a_newer_kiosks_heartbeat_is_accepted_its_new_fields_ignored_named_once_and_counted(
    platform, creds, client, caplog
):
    newer = {**BEAT, "battery_percent": 87, "uplink": {"kind": "4g", "rssi": -71}}
    with caplog.at_level(logging.INFO, logger="sync.platform.skew"):
        assert put_beat(client, newer).status_code == 201
        assert put_beat(client, newer).status_code == 201  # the next beat, a new id
    stored = json.loads(platform.storage.terminal(creds.terminal_id).last_heartbeat)
    assert stored["queue_depth"] == 2 and stored["software_version"] == "9.0.0"
    assert "battery_percent" not in stored and "uplink" not in stored  # not kept: nobody here knows them
    named = [r.getMessage() for r in caplog.records if r.name == "sync.platform.skew"]
    assert (
        len(named) == 2
        and any("'battery_percent'" in m for m in named)
        and any("'uplink'" in m for m in named)
    )
    assert admin_skew(platform) == {"battery_percent": 2, "uplink": 2}


def test_an_older_kiosks_heartbeat_without_the_optional_fields_is_accepted(platform, creds, client):
    oldest = {"device_health": {"printer": "ok"}, "queue_depth": 0, "software_version": "1.0.0"}
    assert put_beat(client, oldest).status_code == 201
    stored = json.loads(platform.storage.terminal(creds.terminal_id).last_heartbeat)
    assert stored == oldest
    assert admin_skew(platform) == {}


def test_a_known_field_of_the_wrong_kind_is_still_refused(platform, creds, client):
    with pytest.raises(Rejected) as refused:
        put_beat(client, {**BEAT, "queue_depth": -1, "battery_percent": 5})
    assert "invalid_body" in str(refused.value)
    assert platform.storage.count_small("heartbeats") == 0


class Tampering(httpx.HTTPTransport):
    """A party on the path that rewrites the heartbeat after the kiosk signed it, and its digest too:
    only the terminal's signature can tell."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.read())
        body["body"]["queue_depth"] = 0  # hide the backlog
        body["body"]["battery_percent"] = 1  # and ride on the tolerance for unknown fields
        content = json.dumps(body).encode()
        headers = {
            **request.headers,
            "content-length": str(len(content)),
            "content-digest": content_digest(content),
        }
        return super().handle_request(
            httpx.Request(request.method, request.url, headers=headers, content=content)
        )


def test_a_tampered_heartbeat_is_still_refused(platform, creds):
    client = PlatformClient(creds, transport=Tampering())
    try:
        with pytest.raises(SyncError) as refused:
            put_beat(client, {**BEAT, "battery_percent": 87})
    finally:
        client.close()
    assert "bad_signature" in str(refused.value), refused.value
    assert platform.storage.count_small("heartbeats") == 0
    assert admin_skew(platform) == {}  # refused before anything was read from it


def test_the_envelope_around_the_telemetry_stays_strict(platform, creds, client):
    content = json.dumps({"body": BEAT, "sent_by": "a newer kiosk"}).encode()
    with pytest.raises(Rejected) as refused:
        client.request("PUT", f"/v1/heartbeats/{uuid.uuid4()}", content=content)
    assert "invalid_body" in str(refused.value)
    assert platform.storage.count_small("heartbeats") == 0
