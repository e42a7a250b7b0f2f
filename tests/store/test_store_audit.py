import itertools
import sqlite3

import pytest

from kiosk.logs import REDACTOR
from kiosk.store import audit, open_store
from kiosk.store.audit import GENESIS, AuditError, PersonalDataError


@pytest.fixture
def db(tmp_path):
    db = open_store(tmp_path / "kiosk.db")
    yield db
    db.conn.close()


def _fill(db, n=5):
    for i in range(n):
        detail = {"application": f"app-{i}", "matter": "M1"}
        audit.append(db, "system", "application.queued", detail, at=100.0 + i)


def test_chain_verifies_and_links(db):
    _fill(db)
    verdict = audit.verify(db)
    assert verdict.ok and verdict.count == 5 and verdict.first_broken_seq is None
    rows = db.execute("SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq").fetchall()
    assert rows[0][1] == GENESIS
    for earlier, later in itertools.pairwise(rows):
        assert later[1] == earlier[2]
    assert verdict.head_hash == rows[-1][2]


def test_empty_log_verifies(db):
    assert audit.verify(db).ok and audit.verify(db).count == 0


@pytest.mark.parametrize(
    ("sql", "why"),
    [
        ('UPDATE audit_log SET detail = \'{"application":"app-2"}\' WHERE seq = 3', "edited"),
        ("UPDATE audit_log SET actor = 'technician' WHERE seq = 3", "edited"),
        ("UPDATE audit_log SET at = 999 WHERE seq = 3", "edited"),
        ("DELETE FROM audit_log WHERE seq = 3", "removed"),
    ],
)
def test_tampering_is_found_at_the_first_broken_row(db, sql, why):
    _fill(db)
    db.execute(sql)
    verdict = audit.verify(db)
    assert not verdict.ok
    assert verdict.first_broken_seq in (3, 4)
    assert why in verdict.reason


def test_recomputing_one_hash_still_breaks_the_next_link(db):
    _fill(db)
    db.execute("UPDATE audit_log SET action = 'application.cancelled' WHERE seq = 2")
    row = db.execute(
        "SELECT seq, at, actor, action, detail, prev_hash FROM audit_log WHERE seq = 2"
    ).fetchone()
    forged = audit.row_hash(row[5], row[0], row[1], row[2], row[3], row[4])
    db.execute("UPDATE audit_log SET hash = ? WHERE seq = 2", (forged,))
    verdict = audit.verify(db)
    assert not verdict.ok and verdict.first_broken_seq == 3


@pytest.mark.parametrize(
    "detail",
    [
        {"name": "张三"},
        {"id_number": "x"},
        {"ID-Number": "x"},
        {"applicant": {"phone": "x"}},
        {"items": [{"Mobile": "x"}]},
        {"姓名": "x"},
        {"note": "证件 410105199001011234"},
        {"note": "call 13812345678"},
    ],
)
def test_personal_data_is_refused_and_nothing_is_written(db, detail):
    with pytest.raises(PersonalDataError) as info:
        audit.append(db, "system", "application.queued", detail)
    assert "410105199001011234" not in str(info.value) and "13812345678" not in str(info.value)
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0


def test_registered_name_is_refused_as_a_value(db):
    REDACTOR.register_sensitive("王小明")
    try:
        with pytest.raises(PersonalDataError):
            audit.append(db, "system", "note", {"text": "申请人王小明"})
    finally:
        REDACTOR.clear()


#: Canonical UUIDs whose hex groups the number patterns take for an ID or phone number (uuid4 gives
#: about 3 in 1,000): the ids of applications, complaints and help calls.
LOOKALIKE_UUIDS = (
    "d1641477-2112-4540-a159-5a81e450fe29",
    "7ce03f58-4059-4602-b32b-d06869067090",
    "5ae71a1f-18b8-4d4c-a6cd-0926223116ee",
)


@pytest.mark.parametrize("record_id", LOOKALIKE_UUIDS)
def test_a_uuid_that_reads_as_a_number_is_a_records_name_and_is_kept(db, record_id):
    assert REDACTOR.contains_personal_data(record_id)  # the case itself
    audit.append(db, "sync", "sync.purge", {"application_id": record_id, "files": 2})
    [detail] = [row[0] for row in db.execute("SELECT detail FROM audit_log")]
    assert record_id in detail and audit.verify(db).ok


@pytest.mark.parametrize(
    "value",
    [
        "{d1641477-2112-4540-a159-5a81e450fe29}",
        "D1641477-2112-4540-A159-5A81E450FE29",
        "证件 410105199001011234",
    ],
)
def test_only_the_canonical_uuid_form_is_spared_the_number_check(db, value):
    with pytest.raises(PersonalDataError):
        audit.append(db, "system", "note", {"ref": value})


def test_safe_hashes_what_the_check_refuses_in_letters_and_keeps_the_rest(db):
    mobiles = [f"x{n}" for n in range(13_000_000_000, 13_000_000_300)]
    lookalikes = ["SB20261206-1031290B", "13812345678", "410105199001011234", *mobiles]
    detail = audit.safe({"matter": "M-1", "id": LOOKALIKE_UUIDS[0], "docs": lookalikes, "n": 3})
    assert detail["matter"] == "M-1" and detail["id"] == LOOKALIKE_UUIDS[0] and detail["n"] == 3
    hashed = detail["docs"]
    assert all(h.startswith("h:") and not any(c.isdigit() for c in h) for h in hashed)
    assert len(set(hashed)) == len(lookalikes)  # distinct values stay distinct
    audit.append(db, "resident", "document_printed", detail)  # nothing in it is refused
    assert "13812345678" not in db.execute("SELECT detail FROM audit_log").fetchone()[0]


def test_non_json_detail_is_refused(db):
    with pytest.raises(AuditError):
        audit.append(db, "system", "x", {"when": object()})
    with pytest.raises(AuditError):
        audit.append(db, "system", "x", {"ratio": float("nan")})


def test_append_joins_the_callers_transaction(db):
    _fill(db, 1)
    db.conn.execute("BEGIN IMMEDIATE")
    audit.append(db, "system", "application.submitted", {"application": "app-9"})
    assert db.conn.in_transaction  # append did not commit the caller's work
    db.conn.execute("ROLLBACK")
    assert audit.verify(db).count == 1  # rolled back together with the caller's work

    db.conn.execute("BEGIN IMMEDIATE")
    audit.append(db, "system", "application.submitted", {"application": "app-9"})
    db.conn.execute("COMMIT")
    assert audit.verify(db).count == 2


def test_chain_survives_reopen_and_other_connections(tmp_path):
    path = tmp_path / "kiosk.db"
    first = open_store(path)
    second = open_store(path)
    for i in range(6):
        audit.append(first if i % 2 else second, "system", "tick", {"i": i})
    first.conn.close()
    second.conn.close()
    reopened = open_store(path)
    assert audit.verify(reopened).count == 6 and audit.verify(reopened).ok
    raw = sqlite3.connect(path).execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert raw == 6
