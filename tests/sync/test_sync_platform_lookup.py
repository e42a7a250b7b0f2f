"""Progress from anywhere: another terminal finds a resident's cases by ID card or by acceptance number +
the phone's last 4 digits; the receipt's QR URL opens a public page with the status only."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from zoneinfo import ZoneInfo

import httpx
import pytest
from pg_cluster import DATABASES, both_databases
from test_sync_platform_intake import send_case

from sync.engine.client import PlatformClient, enrol
from sync.engine.errors import PlatformBusy
from sync.engine.lookup import find_by_acceptance_no, find_by_id_card, find_by_receipt_qr
from sync.platform.lookup import MAX_FAILED_GUESSES
from sync.protocol.status_page import application_id_from, status_url

ID = "410101195001011234"
PHONE = "13800005678"


@pytest.fixture(params=DATABASES)
def database_url(request):
    return both_databases(request)


@pytest.fixture
def other_terminal(platform):
    """A second kiosk in another township: not the one that took the application."""
    client = PlatformClient(enrol(platform.url, platform.enrol_token(), "另一个乡镇"))
    yield client
    client.close()


def ask(client: PlatformClient, body: dict) -> list[dict]:
    if "id_number" in body:
        found = find_by_id_card(client, body["id_number"])
    else:
        found = find_by_acceptance_no(client, body["acceptance_no"], body["phone_last4"])
    return [dataclasses.asdict(case) for case in found]


def a_case(client, creds, platform, name="孙七") -> tuple[str, str]:
    personal = {"type": "application", "applicant": {"name": name, "id_number": ID, "phone": PHONE}}
    case_no = send_case(client, creds, personal)
    stored = platform.storage.application(case_no)
    return case_no, json.loads(stored.manifest)["acceptance_no"]


def test_another_terminal_finds_the_case_by_id_card_with_the_latest_note(
    platform, creds, client, other_terminal
):
    case_no, _ = a_case(client, creds, platform)
    platform.storage.set_case_state(case_no, "correction-requested", "请补交户口簿首页")
    [found] = ask(other_terminal, {"id_number": ID})
    assert found["case_no"] == case_no and found["state"] == "correction-requested"
    assert found["note"] == "请补交户口簿首页"
    assert ask(other_terminal, {"id_number": "410101195001019999"}) == []
    # the number itself is nowhere in the platform's records
    assert ID not in platform.storage.application(case_no).summary


def test_typed_acceptance_number_needs_the_right_last_four_digits(platform, creds, client, other_terminal):
    case_no, acceptance_no = a_case(client, creds, platform)
    [found] = ask(other_terminal, {"acceptance_no": acceptance_no, "phone_last4": PHONE[-4:]})
    assert (found["case_no"], found["acceptance_no"]) == (case_no, acceptance_no)
    assert ask(other_terminal, {"acceptance_no": acceptance_no, "phone_last4": "0000"}) == []


def test_guessing_the_last_four_digits_is_stopped(platform, creds, client, other_terminal):
    _, acceptance_no = a_case(client, creds, platform)
    for guess in range(MAX_FAILED_GUESSES):
        assert ask(other_terminal, {"acceptance_no": acceptance_no, "phone_last4": f"{guess:04d}"}) == []
    with pytest.raises(PlatformBusy, match="429 too_many_guesses"):  # even the right digits, for an hour
        ask(other_terminal, {"acceptance_no": acceptance_no, "phone_last4": PHONE[-4:]})


def test_an_unsigned_lookup_is_refused(platform):
    answer = httpx.post(platform.url + "/v1/lookup", json={"id_number": ID})
    assert answer.status_code == 401


def test_the_receipt_qr_opens_a_status_page_with_no_personal_data(platform, creds, client):
    case_no, acceptance_no = a_case(client, creds, platform, name="周八")
    app_id = platform.storage.application(case_no).id
    platform.storage.set_case_state(case_no, "processing", "周八的材料已转民政办")
    page = httpx.get(status_url(platform.url, app_id))
    assert page.status_code == 200 and "办理中" in page.text
    for private in ("周八", "周*", ID, PHONE, PHONE[-4:], "民政办", case_no, acceptance_no):
        assert private not in page.text
    assert page.headers["cache-control"] == "no-store"
    assert httpx.get(status_url(platform.url, str(uuid.uuid4()))).status_code == 404
    assert httpx.get(platform.url + "/s/" + case_no).status_code == 404  # case numbers are guessable


def test_a_receipt_qr_read_at_another_terminal_finds_the_status_but_no_staff_note(
    platform, creds, client, other_terminal
):
    case_no, acceptance_no = a_case(client, creds, platform, name="吴九")
    app_id = platform.storage.application(case_no).id
    platform.storage.set_case_state(case_no, "correction-requested", "吴九请补交户口簿")
    read = application_id_from(status_url(platform.url, app_id))  # what the scanner hands the kiosk
    [found] = [dataclasses.asdict(c) for c in find_by_receipt_qr(other_terminal, str(read))]
    assert (found["acceptance_no"], found["state"]) == (acceptance_no, "correction-requested")
    assert found["note"] == ""  # the staff's words go only to a resident who proves who they are
    assert find_by_receipt_qr(other_terminal, str(uuid.uuid4())) == []


@pytest.mark.parametrize(
    "payload",
    [
        "https://platform.example/s/not-a-uuid",
        "javascript:alert(1)//s/" + "0" * 8 + "-0000-0000-0000-" + "0" * 12,
        "https://platform.example/s/" + "c9b95529-817c-4cde-92a1-d733993107eb" + "?x=1",
        "ZWQ1|HK01-261206-0001|AAAA",
        "https://platform.example/s/" + "2f4ee900-01cb-4c08-a30f-cbc89b98b801" + "/more",
        None,
    ],
)
def test_only_a_status_page_url_names_an_application(payload):
    assert application_id_from(payload) is None


def complaint_post(client: PlatformClient, item_id: str, number: str = "HK01-261206-0009") -> None:
    body = {"category": "fees", "sealed_body": "c2VhbGVk", "anonymous": True, "created_at": 1.0}
    body["acceptance_no"] = number  # the slip's number, as the kiosk posts it
    client.request("PUT", f"/v1/complaints/{item_id}", content=json.dumps({"body": body}).encode())


def slip_read_at(terminal: PlatformClient, item_id: str) -> tuple[str, str, float | None]:
    """A complaint slip's QR read at a terminal's 查询进度: (number, state, answered at)."""
    [found] = find_by_receipt_qr(terminal, str(application_id_from(status_url("https://p.example", item_id))))
    assert (found.kind, found.note, found.application_id) == ("complaint", "", item_id)
    return found.acceptance_no, found.state, found.answered_at


def test_a_complaint_slips_page_tells_its_progress_to_its_own_terminals_complaint_only(
    platform, creds, client, other_terminal
):
    from sync.platform.console.store import ConsoleStore, open_engine

    item_id = str(uuid.uuid4())
    url = status_url(platform.url, item_id)
    assert httpx.get(url).status_code == 404  # filed with no link: not there until it is synced
    assert find_by_receipt_qr(other_terminal, item_id) == []  # filed with no link: not found yet
    complaint_post(client, item_id)
    assert "已收到，等待分派" in httpx.get(url).text
    assert slip_read_at(other_terminal, item_id) == ("HK01-261206-0009", "received", None)
    complaint_post(other_terminal, item_id, "HK02-261206-0001")  # another terminal reusing the id
    console = ConsoleStore(
        open_engine(platform.database_url or f"sqlite:///{platform.data_dir / 'platform.db'}")
    )
    try:
        (other_id,) = {t.id for t in platform.storage.terminals()} - {creds.terminal_id}
        console.reply_complaint(other_id, item_id, "li", "答复另一台终端的诉求")
        assert "已收到，等待分派" in httpx.get(url).text  # the first terminal's slip: no one else's answer
        # read at either terminal, the slip is the first terminal's complaint: never the other's answer
        for terminal in (other_terminal, client):
            assert slip_read_at(terminal, item_id) == ("HK01-261206-0009", "received", None)
        console.assign_complaint(creds.terminal_id, item_id, "li")
        assert "已分派，正在办理" in httpx.get(url).text
        assert slip_read_at(other_terminal, item_id)[1] == "processing"
        console.reply_complaint(creds.terminal_id, item_id, "li", "已增开窗口")
    finally:
        console.engine.dispose()
    number, state, answered_at = slip_read_at(other_terminal, item_id)
    assert (number, state) == ("HK01-261206-0009", "completed") and answered_at is not None
    answer = other_terminal.request(
        "POST", "/v1/lookup", content=json.dumps({"application_id": item_id}).encode()
    ).text
    assert "已增开窗口" not in answer and "c2VhbGVk" not in answer and "fees" not in answer
    page = httpx.get(url)
    assert page.status_code == 200 and "已答复" in page.text and "答复时间" in page.text
    # in China's time, as staff read it, whatever zone the platform's machine runs in (UTC here)
    received = platform.storage.post_progress("complaints", item_id).received_at
    shanghai = dt.datetime.fromtimestamp(received, ZoneInfo("Asia/Shanghai")).strftime("%Y-%m-%d %H:%M")
    assert f"平台收到于 {shanghai}" in page.text
    assert "已增开窗口" not in page.text and "c2VhbGVk" not in page.text and "fees" not in page.text


@pytest.mark.parametrize("number", ["A\nB", "x" * 65, "", "\u202eHK01"])
def test_a_slip_number_that_is_no_number_is_left_out_and_the_complaint_still_found(
    platform, creds, client, number
):
    """A post's number is what a terminal says; nonsense (a line break, an overlong or empty string, a
    bidi override) is not shown to anyone, and the complaint itself is kept and found."""
    item_id = str(uuid.uuid4())
    complaint_post(client, item_id, number)
    progress = platform.storage.post_progress("complaints", item_id)
    assert progress is not None and progress.number == ""
    assert "已收到，等待分派" in httpx.get(status_url(platform.url, item_id)).text
