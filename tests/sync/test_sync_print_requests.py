"""Requests left with no link (outbox kind ``print_request``) and the platform's issued documents, on
both databases: the sync engine carries a request, the platform's signed answer is kept sealed in the
kiosk's print spool (or the document is mailed), a resend gets the first answer, and a document the
platform issued still verifies after the platform restarts."""

from __future__ import annotations

import base64
import json

import httpx
import pytest
from pg_cluster import DATABASES, both_databases

from kiosk.store import outbox, print_jobs
from sync import sealing
from sync.engine.client import PlatformClient
from sync.engine.engine import SyncEngine
from sync.engine.records import REQUEST_PATH, query_document, seal_id
from sync.platform.server import platform_in_thread
from sync.protocol.documents import PrintRequest, verification_url

ZHANG_SAN = "411502198005123012"
NOBODY = "110101199001011237"
KIND = "social_insurance_certificate"
MATTER = "11411599MB0000102F200030012000001"


@pytest.fixture(params=DATABASES)
def database_url(request: pytest.FixtureRequest) -> str | None:
    return both_databases(request)


def _leave(kiosk_db, creds, id_number: str, delivery: str) -> str:
    key = sealing.public_key_from_raw(creds.seal_public_key)
    return print_jobs.leave_request(kiosk_db, MATTER, KIND, seal_id(id_number, key), delivery)


def test_left_requests_are_answered_printed_here_mailed_or_refused(platform, creds, client, kiosk_db) -> None:
    here = _leave(kiosk_db, creds, ZHANG_SAN, "terminal")
    mailed = _leave(kiosk_db, creds, ZHANG_SAN, "mail")
    nobody = _leave(kiosk_db, creds, NOBODY, "terminal")
    report = SyncEngine(kiosk_db, client).run_once()
    assert report.sent == 3 and report.needs_attention == 0
    assert {i.ref: i.state for i in outbox.small_items(kiosk_db)} == {
        here: "sent",
        mailed: "sent",
        nobody: "sent",
    }

    [waiting] = print_jobs.to_print(kiosk_db)
    assert waiting.id == here and waiting.document_no.startswith("SB")
    assert json.loads(waiting.answer)["document"]["fields"][0]["value"] == "张三"
    assert print_jobs.state_of(kiosk_db, mailed) == print_jobs.MAILING
    assert print_jobs.state_of(kiosk_db, nobody) == print_jobs.REFUSED
    assert [(r[1], r[2], r[3]) for r in platform.storage.record_requests()] == [
        (here, "terminal", "print"),
        (mailed, "mail", "mail"),
        (nobody, "terminal", "no_record"),
    ]  # staff's list: what to post, and to whom only the platform knows


def test_a_resent_request_gets_the_first_answer(platform, creds, client, kiosk_db) -> None:
    key = sealing.public_key_from_raw(creds.seal_public_key)
    body = PrintRequest(
        request_id="a" * 32, kind=KIND, id_sealed=seal_id(ZHANG_SAN, key), delivery="terminal"
    )
    first, again = (
        client.request("POST", REQUEST_PATH, content=body.model_dump_json().encode()).json() for _ in range(2)
    )
    assert first == again and first["outcome"] == "print"  # one document number, not two


def test_an_unsigned_request_gets_nothing(platform, creds) -> None:
    key = sealing.public_key_from_raw(creds.seal_public_key)
    body = PrintRequest(
        request_id="b" * 32, kind=KIND, id_sealed=seal_id(ZHANG_SAN, key), delivery="terminal"
    )
    answer = httpx.post(platform.url + REQUEST_PATH, content=body.model_dump_json())
    assert answer.status_code == 401 and "张三" not in answer.text


def test_an_issued_document_verifies_on_another_platform_process(tmp_path, database_url, creds) -> None:
    """The `platform` fixture's platform issues; a second one started on the same data (a restart, or
    another worker of `serve --workers`) confirms it: issued documents are in the database."""
    client = PlatformClient(creds)
    try:
        answer = query_document(client, KIND, ZHANG_SAN, sealing.public_key_from_raw(creds.seal_public_key))
    finally:
        client.close()
    with platform_in_thread(tmp_path / "platform", database_url=database_url) as restarted:
        url = verification_url(restarted.url, answer.document.number, answer.sha256)
        assert httpx.get(url).json()["valid"] is True
        forged = verification_url(restarted.url, answer.document.number, "0" * 64)
        assert httpx.get(forged).json()["valid"] is False
    assert base64.b64decode(answer.seal_png)[:4] == b"\x89PNG"


def test_a_usb_stick_export_leaves_a_print_request_for_the_network(creds, kiosk_db, tmp_path) -> None:
    from sync.engine.export import export_outbox

    job = _leave(kiosk_db, creds, ZHANG_SAN, "terminal")
    report = export_outbox(kiosk_db, creds, tmp_path / "stick")
    assert report.left_out == 1  # the answer must come back to print: it waits for the link
    assert print_jobs.state_of(kiosk_db, job) == print_jobs.AWAITING


def test_a_mailed_document_waits_for_staff_with_the_address_masked_and_sealed(
    platform, creds, client, kiosk_db
) -> None:
    from sync.engine.lookup import find_by_id_card
    from sync.platform.keys import SealKeyring

    mailed = _leave(kiosk_db, creds, ZHANG_SAN, "mail")
    printed_here = _leave(kiosk_db, creds, ZHANG_SAN, "terminal")
    SyncEngine(kiosk_db, client).run_once()
    (waiting,) = platform.storage.mailings()  # only what is to be posted, not what printed at the terminal
    assert (waiting.request_id, waiting.title, waiting.posted_at) == (mailed, "社会保险参保缴费证明", None)
    assert waiting.address_masked == "河南省信阳市浉河区****" and printed_here != mailed
    for column in (waiting.address_masked, waiting.document_no, waiting.title, waiting.address_sealed):
        assert ZHANG_SAN not in column and "示例路" not in column
    opened = SealKeyring(platform.data_dir).open_sealed(base64.b64decode(waiting.address_sealed))
    assert opened.decode() == "河南省信阳市浉河区示例路1号"
    [case] = find_by_id_card(client, ZHANG_SAN)
    assert (case.kind, case.state, case.acceptance_no) == ("mailed_document", "to-mail", waiting.document_no)

    assert platform.storage.mark_posted(creds.terminal_id, mailed, "2026-12-05", "li")
    assert not platform.storage.mark_posted(creds.terminal_id, mailed, "2026-12-06", "wang")  # once
    [case] = find_by_id_card(client, ZHANG_SAN)
    assert case.state == "mailed" and "2026-12-05 寄出" in case.note
    assert find_by_id_card(client, NOBODY) == []
