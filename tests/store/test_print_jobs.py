"""The print spool (``print_jobs``): a document is sealed with the terminal's spool key before it is
written, survives a restart (the store reopened), opens only in its own row, and is dropped once printed."""

from __future__ import annotations

import pytest
from cryptography.exceptions import InvalidTag

from kiosk.store import keyfiles, print_jobs
from kiosk.store.connection import open_store

KIND = "social_insurance_certificate"

ANSWER = (
    '{"document": {"title": "社会保险参保缴费证明", "fields": [{"label": "姓名", "value": "张三"}]}}'.encode()
)


def _file_bytes(db) -> bytes:
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = db.execute("PRAGMA database_list").fetchone()[2]
    with open(path, "rb") as f:
        return f.read()


def test_a_kept_document_is_sealed_on_disk_and_survives_a_restart(tmp_path, store_copy) -> None:
    path = tmp_path / "kiosk.db"
    db = store_copy(path)
    job = print_jobs.keep_document(
        db, "matter", "social_insurance_certificate", ANSWER, "SB20261206-0000AAAA"
    )
    print_jobs.mark(db, job, print_jobs.TO_PRINT, "paper_out")
    assert "张三".encode() not in _file_bytes(db) and b"social_insurance" in _file_bytes(db)
    assert (keyfiles.keys_dir(db) / print_jobs.SPOOL_KEY).stat().st_mode & 0o077 == 0  # the key: 0600
    db.conn.close()

    reopened = open_store(path)  # the kiosk restarted
    try:
        [waiting] = print_jobs.to_print(reopened)
        assert (waiting.id, waiting.answer, waiting.last_code) == (job, ANSWER, "paper_out")
        print_jobs.mark(reopened, job, print_jobs.PRINTED, "printed")
        assert print_jobs.to_print(reopened) == [] and print_jobs.counts(reopened) == {"printed": 1}
        row = reopened.execute("SELECT answer_sealed FROM print_jobs WHERE id = ?", [job]).fetchone()
        assert row[0] is None  # printed: the document is gone, the codes stay
    finally:
        reopened.conn.close()


def test_a_sealed_document_copied_into_another_row_does_not_open(tmp_path, store_copy) -> None:
    db = store_copy(tmp_path / "kiosk.db")
    first = print_jobs.keep_document(db, "m", KIND, ANSWER, "SB20261206-0000AAAA")
    second = print_jobs.keep_document(db, "m", KIND, b"{}", "SB20261206-0000BBBB")
    for job in (first, second):
        print_jobs.mark(db, job, print_jobs.TO_PRINT, "paper_out")
    db.execute(
        "UPDATE print_jobs SET answer_sealed = (SELECT answer_sealed FROM print_jobs WHERE id = ?)"
        " WHERE id = ?",
        [first, second],
    )
    with pytest.raises(InvalidTag):
        print_jobs.to_print(db)


def test_a_left_request_waits_for_its_answer_then_prints_or_is_mailed(tmp_path, store_copy) -> None:
    db = store_copy(tmp_path / "kiosk.db")
    here = print_jobs.leave_request(db, "m", KIND, "c2VhbGVk", "terminal")
    mailed = print_jobs.leave_request(db, "m", KIND, "c2VhbGVk", "mail")
    with pytest.raises(ValueError):
        print_jobs.leave_request(db, "m", KIND, "c2VhbGVk", "pigeon")
    assert print_jobs.counts(db) == {print_jobs.AWAITING: 2}
    print_jobs.record_answer(db, here, ANSWER, print_jobs.TO_PRINT, "SB20261206-0000CCCC")
    print_jobs.record_answer(db, mailed, None, print_jobs.MAILING)
    print_jobs.record_answer(db, here, b"{}", print_jobs.TO_PRINT, "SB-AGAIN")  # a resend: the first stands
    [waiting] = print_jobs.to_print(db)
    assert (waiting.id, waiting.answer, waiting.document_no) == (here, ANSWER, "SB20261206-0000CCCC")
    assert print_jobs.request_body(db, here) is None  # answered: the sealed ID number is dropped


def test_a_claimed_document_is_printed_by_one_caller_and_a_crash_releases_it(tmp_path, store_copy) -> None:
    path = tmp_path / "kiosk.db"
    db = store_copy(path)
    job = print_jobs.keep_document(db, "m", KIND, ANSWER, "SB20261206-0000DDDD")  # claimed: printing now
    assert print_jobs.to_print(db) == [] and not print_jobs.claim(db, job)  # the spool leaves it alone
    db.conn.close()  # the kiosk stopped mid-print
    reopened = open_store(path)
    try:
        assert print_jobs.release_interrupted(reopened) == 1
        [waiting] = print_jobs.waiting(reopened)
        assert (waiting.id, waiting.state) == (job, print_jobs.TO_PRINT)
        assert print_jobs.claim(reopened, job) and not print_jobs.claim(reopened, job)
    finally:
        reopened.conn.close()
