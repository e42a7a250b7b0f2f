"""What the platform refuses before it acknowledges (bodies too big or unsigned, envelopes that do not
open), decisions that must fit the case's kind, and staff lists that survive one bad record; on SQLite
and on a real PostgreSQL server."""

from __future__ import annotations

import base64
import json
import select
import socket
import uuid

import httpx
import pytest
from pg_cluster import DATABASES, both_databases

from sync import sealing
from sync.engine.client import Credentials, PlatformClient
from sync.engine.engine import SyncEngine
from sync.engine.errors import Rejected
from sync.platform import review
from sync.platform.cli import main as kiosk_platform
from sync.protocol.models import TUS_VERSION

TUS = {"Tus-Resumable": TUS_VERSION}
MB = 1024 * 1024


@pytest.fixture(params=DATABASES)
def database_url(request):
    return both_databases(request)


def seal(creds: Credentials, plaintext: bytes) -> bytes:
    return sealing.seal(plaintext, sealing.public_key_from_raw(creds.seal_public_key))


def flip_a_bit(envelope: bytes) -> bytes:
    middle = len(envelope) // 2
    return envelope[:middle] + bytes([envelope[middle] ^ 0x01]) + envelope[middle + 1 :]


def upload(client: PlatformClient, data: bytes) -> str:
    url = client.request("POST", "/v1/uploads", headers={**TUS, "Upload-Length": str(len(data))}).headers[
        "location"
    ]
    client.request(
        "PATCH",
        url,
        content=data,
        headers={**TUS, "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"},
    )
    return url


def send_case(
    client: PlatformClient, creds: Credentials, personal: dict | bytes, attachment: bytes | None = None
) -> str:
    """Commit one application with the given payload (JSON or raw bytes); returns the case number."""
    app_id = str(uuid.uuid4())
    plain = personal if isinstance(personal, bytes) else json.dumps(personal, ensure_ascii=False).encode()
    refs = []
    if attachment is not None:
        import hashlib

        refs.append(
            {
                "name": "M01",
                "upload_url": upload(client, attachment),
                "sha256": hashlib.sha256(attachment).hexdigest(),
                "size": len(attachment),
            }
        )
    body = json.dumps(
        {
            "application_id": app_id,
            "acceptance_no": "ACC-" + app_id[:8],
            "matter_codes": ["410000-001"],
            "catalog_version": "1",
            "sealed_payload": base64.b64encode(seal(creds, plain)).decode(),
            "attachments": refs,
        }
    ).encode()
    answer = client.request("POST", "/v1/applications", content=body, headers={"Idempotency-Key": app_id})
    return str(answer.json()["case_no"])


# -- size limits and signatures before the body -----------------------------------------------------
def _attack(port: int, head: bytes, *, chunked: bool, budget: int) -> tuple[bytes, int]:
    """Send `head`, then body bytes until the platform answers or `budget` bytes are out; returns the
    answer's first bytes and how much body was sent before it came."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sock.sendall(head)
    piece = b"\0" * 65536
    frame = f"{len(piece):x}\r\n".encode() + piece + b"\r\n" if chunked else piece
    sent = 0
    try:
        while sent < budget:
            readable, writable, _ = select.select([sock], [sock], [], 5)
            if readable:
                break
            if writable:
                sent += sock.send(frame)
        sock.settimeout(10)
        answer = sock.recv(4096)
    except (BrokenPipeError, ConnectionResetError):
        answer = sock.recv(4096)
    finally:
        sock.close()
    return answer, sent


def test_an_unsigned_512_mb_request_is_answered_from_its_headers(platform):
    head = (
        b"POST /v1/applications HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 536870912\r\n\r\n"
    )
    answer, sent = _attack(platform.port, head, chunked=False, budget=512 * MB)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert sent < 64 * MB  # answered long before the body; a platform reading it all would not be


def test_an_unsigned_chunked_stream_is_refused_before_it_is_read(platform):
    # no declared length to refuse: the signature check (from the headers) must come before the body
    head = (
        b"PATCH /v1/uploads/abc HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
        b"Tus-Resumable: 1.0.0\r\nContent-Type: application/offset+octet-stream\r\n"
        b'Signature-Input: sig1=("@method" "@path" "@query" "content-digest");created=1;keyid="T-x";'
        b'alg="ed25519"\r\nSignature: sig1=:AAAA:\r\nContent-Digest: sha-256=:AAAA:\r\n\r\n'
    )
    answer, sent = _attack(platform.port, head, chunked=True, budget=512 * MB)
    assert answer.startswith(b"HTTP/1.1 401"), answer[:200]
    assert sent < 64 * MB


def test_an_enrolled_terminal_cannot_stream_past_the_chunk_limit(platform, creds):
    # signed correctly, but over the limit: cut off once the limit passes, nothing appended
    client = PlatformClient(creds)
    try:
        url = client.request("POST", "/v1/uploads", headers={**TUS, "Upload-Length": str(200 * MB)}).headers[
            "location"
        ]
        with pytest.raises(Rejected) as refused:
            client.request(
                "PATCH",
                url,
                content=b"\0" * (17 * MB),
                headers={**TUS, "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"},
            )
        assert refused.value.status == 413
        assert platform.storage.upload(url.rsplit("/", 1)[1]).offset == 0
    finally:
        client.close()


# -- open before acknowledging ----------------------------------------------------------------------
def test_a_payload_with_one_flipped_bit_is_refused_and_the_kiosk_keeps_it(
    platform, creds, client, kiosk_db, tmp_path
):
    from sync_kit import make_application

    app_id = make_application(kiosk_db, tmp_path / "files", creds, sizes=(2_000,))
    sealed = kiosk_db.execute("SELECT sealed_payload FROM applications WHERE id = ?", [app_id]).fetchone()[0]
    with kiosk_db.conn:
        kiosk_db.execute(
            "UPDATE applications SET sealed_payload = ? WHERE id = ?", [flip_a_bit(bytes(sealed)), app_id]
        )
    report = SyncEngine(kiosk_db, client).run_once()
    assert report.needs_attention == 1 and report.acknowledged == 0
    assert platform.storage.applications() == []
    state, error = kiosk_db.execute("SELECT state, last_error FROM outbox WHERE ref = ?", [app_id]).fetchone()
    assert state == "needs-attention" and "unopenable" in error
    kept = kiosk_db.execute("SELECT sealed_payload FROM applications WHERE id = ?", [app_id]).fetchone()[0]
    assert kept is not None  # nothing deleted: staff on both sides can still look at it


def test_an_attachment_that_does_not_open_is_refused_by_name(platform, creds, client):
    broken = flip_a_bit(seal(creds, b"scan" * 1000))
    with pytest.raises(Rejected) as refused:
        send_case(client, creds, {"type": "x"}, attachment=broken)
    assert refused.value.status == 422 and refused.value.error == "unopenable"
    assert refused.value.missing == ["M01"]
    assert platform.storage.applications() == []


def test_metadata_is_kept_in_clear_columns_without_personal_data(platform, creds, client):
    case_no = send_case(
        client,
        creds,
        {
            "type": "certification",
            "matters": ["410000-009"],
            "applicant": {"name": "王小明", "id_number": "410101195001011234", "phone": "13800001234"},
            "assisted_by": None,
            "face": {"reference": "card_photo", "attempts": 2},
            "materials": [
                {"code": "户口簿", "disposition": "deferred", "due_date": "2026-12-20", "detail": "王小明的"},
                {"code": "身份证", "disposition": "scanned"},
            ],
        },
    )
    stored = platform.storage.application(case_no)
    assert stored.kind == "certification"
    assert json.loads(stored.summary) == {
        "resident": "王*明",
        "matters": ["410000-009"],
        "assisted": False,
        "reference": "card_photo",
        "attempts": 2,
        "deferred": [["户口簿", "2026-12-20"]],  # 容缺: what is owed by when, for the console's list
    }
    cases = review.certifications(platform.storage)
    assert [c.case_no for c in cases] == [case_no] and cases[0].resident_masked == "王*明"
    assert "410101195001011234" not in stored.summary and "13800001234" not in stored.summary


def test_staff_tools_survive_a_record_that_no_longer_opens(platform, creds, client, tmp_path):
    good = send_case(
        client, creds, {"type": "home_visit", "applicant": {"name": "李四"}, "address": "东村3组"}
    )
    bad = send_case(client, creds, {"type": "home_visit", "applicant": {"name": "赵五"}, "address": "西村"})
    # the stored envelope rots after it was accepted (a bad disk block, a restore gone wrong)
    record = platform.storage.application(bad)
    manifest = json.loads(record.manifest)
    manifest["sealed_payload"] = base64.b64encode(
        flip_a_bit(base64.b64decode(manifest["sealed_payload"]))
    ).decode()
    from sqlalchemy import update

    from sync.platform.schema import applications

    with platform.storage.engine.begin() as c:
        c.execute(
            update(applications).where(applications.c.case_no == bad).values(manifest=json.dumps(manifest))
        )
    visits = {v.case_no: v for v in review.home_visits(platform.storage, platform.keyring)}
    assert visits[good].village_address == "东村3组" and visits[bad].village_address == review.UNREADABLE
    page = httpx.get(
        platform.url + "/admin/fleet", headers={"Authorization": f"Bearer {platform.admin_token}"}
    )
    assert page.status_code == 200 and bad in page.text and good in page.text
    assert kiosk_platform([*platform.cli_args(), "admin", "home-visits"]) == 0


# -- decisions fit the case -------------------------------------------------------------------------
def test_approve_and_reject_apply_only_to_certifications(platform, creds, client, capsys):
    ordinary = send_case(client, creds, {"type": "application", "applicant": {"name": "张三"}})
    certification = send_case(client, creds, {"type": "certification", "applicant": {"name": "钱六"}})
    assert kiosk_platform([*platform.cli_args(), "admin", "approve", ordinary]) == 1
    assert "认证" not in platform.storage.application(ordinary).state
    assert "cannot be set to 'certified'" in capsys.readouterr().err
    assert kiosk_platform([*platform.cli_args(), "admin", "reject", ordinary, "--reason", "x"]) == 1
    assert (
        kiosk_platform(
            [*platform.cli_args(), "admin", "schedule-visit", certification, "--date", "2026-12-24"]
        )
        == 1
    )
    assert kiosk_platform([*platform.cli_args(), "admin", "visit-done", ordinary]) == 1
    assert [e.state for e in platform.storage.case_history(ordinary)] == ["received"]
    assert kiosk_platform([*platform.cli_args(), "admin", "approve", certification]) == 0
    assert platform.storage.application(certification).state == "certified"
    answer = httpx.post(
        f"{platform.url}/admin/cases/{ordinary}/state",
        json={"state": "certification-failed"},
        headers={"Authorization": f"Bearer {platform.admin_token}"},
    )
    assert answer.status_code == 409 and answer.json()["error"] == "wrong_kind"
    assert platform.storage.application(ordinary).state == "received"


# -- heartbeat retention -----------------------------------------------------------------------------
def test_raw_heartbeats_go_but_the_latest_and_the_daily_rollup_stay(platform, creds, client):
    for n, health in enumerate(["ok", "paper_out", "ok"]):
        beat = {
            "device_health": {"printer": health},
            "queue_depth": [3, 9, 1][n],
            "oldest_queued_age_s": None,
            "last_sync_at": None,
            "software_version": "1",
            "catalog_version": None,
        }
        client.request("PUT", f"/v1/heartbeats/hb-{n}", content=json.dumps({"body": beat}).encode())
    [day] = platform.storage.heartbeat_days(creds.terminal_id)
    assert (day.beats, day.max_queue_depth, day.faults) == (3, 9, 1)
    assert kiosk_platform([*platform.cli_args(), "gc", "--heartbeat-days", "0"]) == 0
    assert platform.storage.count_small("heartbeats") == 0
    assert json.loads(platform.storage.terminal(creds.terminal_id).last_heartbeat)["queue_depth"] == 1
    assert platform.storage.heartbeat_days(creds.terminal_id) == [day]


def test_the_fleet_page_is_paged_and_lists_pending_certifications_without_opening_them(
    platform, creds, client
):
    for n in range(250):
        platform.storage.add_enrol_token(f"bench-{n}", "t")
        platform.storage.use_enrol_token(f"bench-{n}", f"T-page{n:03d}", b"k" * 32, f"乡镇{n:03d}")
    admin = {"Authorization": f"Bearer {platform.admin_token}"}
    first = httpx.get(platform.url + "/admin/fleet", headers=admin).text
    second = httpx.get(platform.url + "/admin/fleet?page=2", headers=admin).text
    assert first.count("T-page") == 200 and second.count("T-page") == 50
    assert "251 terminals" in first  # and the test's own kiosk
    pending = send_case(client, creds, {"type": "certification", "applicant": {"name": "钱六"}})
    decided = send_case(client, creds, {"type": "certification", "applicant": {"name": "孙七"}})
    assert kiosk_platform([*platform.cli_args(), "admin", "approve", decided]) == 0
    listed = httpx.get(platform.url + "/admin/certifications", headers=admin).json()["cases"]
    assert [(c["case_no"], c["resident_masked"]) for c in listed] == [(pending, "钱*")]
