"""The ``print_jobs`` table (migration 0140): documents this terminal still has to print, and the
requests residents left while the platform could not be reached (查询打印).

Owner of ``print_jobs``. A document is written here *before* it goes to the A4 printer, so neither a
paper-out nor a restart loses it; once printed its sealed content is dropped and only the codes stay.
The document (the platform's signed answer, JSON) is sealed with the terminal's spool key, an AES-GCM
key kept as a key file beside the store (``kiosk.store.keyfiles``), never in the database; the row's
id is the associated data, so a sealed document moved to another row does not open.

States::

    request left (no link) ─► awaiting-answer ─► to-print ⇄ printing ─► printed
              (outbox kind print_request)  │         │ ▲ ├─► with-cups (a paused queue holds it: CUPS
                                           │         └─┘ │    prints it on resume, from its own spool)
                                           │  kept, last_code says why (paper_out ...)
                                           ├─► mailing   (the platform posts it to the resident)
                                           └─► refused   (the platform holds no record)
    printed on the spot ──────────────────────────────────► printing ─► printed / with-cups / to-print

``printing`` is a claim: one printer call at a time holds a document, so the spool's retry and the
resident's own Print never send the same one twice. A claim a crash interrupted is released at the
next start (:func:`release_interrupted`): the document may then come out twice, never not at all.

API::

    keep_document(db, matter_code, kind, answer, document_no, origin="on_the_spot") -> job id (printing)
    claim(db, job_id) -> bool                                               # to-print -> printing
    release_interrupted(db) -> int                                          # at start: printing -> to-print
    waiting(db) -> list[Waiting]                                            # not printed yet, no content
    leave_request(db, matter_code, kind, id_sealed, delivery) -> job id     # + outbox, one transaction
    request_body(db, job_id) -> dict | None                                 # what the engine sends
    record_answer(db, job_id, answer=None, state=TO_PRINT)                  # the platform answered
    to_print(db) -> list[WaitingDocument]                                   # oldest first, opened
    mark(db, job_id, state, code)                                           # printed, or kept and why
    counts(db) -> dict[str, int]                                            # per state
"""

from __future__ import annotations

import os
import time
import uuid
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.store import keyfiles, outbox
from kiosk.store.connection import Database, transaction

OUTBOX_KIND = "print_request"
SPOOL_KEY = "print-spool.key"

AWAITING = "awaiting-answer"
TO_PRINT = "to-print"
PRINTING = "printing"
PRINTED = "printed"
WITH_CUPS = "with-cups"
MAILING = "mailing"
REFUSED = "refused"
STATES = (AWAITING, TO_PRINT, PRINTING, PRINTED, WITH_CUPS, MAILING, REFUSED)

ON_THE_SPOT = "on_the_spot"
REQUEST = "request"
DELIVERIES = ("terminal", "mail")
_NONCE = 12


@dataclass(frozen=True)
class WaitingDocument:
    id: str
    matter_code: str
    document_kind: str
    origin: str
    document_no: str
    last_code: str | None
    answer: bytes = field(repr=False)  # the platform's signed answer, opened (memory only)


def _key(db: Database) -> AESGCM:
    return AESGCM(keyfiles.secret(db, SPOOL_KEY, lambda: AESGCM.generate_key(bit_length=256)))


def _seal(db: Database, job_id: str, plain: bytes) -> bytes:
    nonce = os.urandom(_NONCE)
    return nonce + _key(db).encrypt(nonce, plain, job_id.encode())


def _open(db: Database, job_id: str, sealed: bytes) -> bytes:
    return _key(db).decrypt(sealed[:_NONCE], sealed[_NONCE:], job_id.encode())


def keep_document(
    db: Database, matter_code: str, kind: str, answer: bytes, document_no: str, origin: str = ON_THE_SPOT
) -> str:
    """Keep a document about to be printed (sealed, claimed for the caller's printing); returns its id."""
    job_id = uuid.uuid4().hex
    now = time.time()
    sealed = _seal(db, job_id, answer)
    with transaction(db):
        db.execute(
            "INSERT INTO print_jobs (id, matter_code, document_kind, origin, delivery, state, answer_sealed,"
            " document_no, created_at, updated_at) VALUES (?, ?, ?, ?, 'terminal', ?, ?, ?, ?, ?)",
            [job_id, matter_code, kind, origin, PRINTING, sealed, document_no, now, now],
        )
    return job_id


def leave_request(db: Database, matter_code: str, kind: str, id_sealed: str, delivery: str) -> str:
    """A resident's request for when the platform answers; ``id_sealed`` is already sealed to it."""
    if delivery not in DELIVERIES:
        raise ValueError(f"delivery must be one of {DELIVERIES}")
    job_id = uuid.uuid4().hex
    now = time.time()
    with transaction(db):
        db.execute(
            "INSERT INTO print_jobs (id, matter_code, document_kind, origin, delivery, state, id_sealed,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [job_id, matter_code, kind, REQUEST, delivery, AWAITING, id_sealed, now, now],
        )
        outbox.enqueue(db, OUTBOX_KIND, job_id)
    return job_id


def request_body(db: Database, job_id: str) -> dict[str, str] | None:
    """The request as the sync engine sends it (no clear personal data), None if no such request."""
    row = db.execute(
        "SELECT document_kind, delivery, id_sealed FROM print_jobs WHERE id = ? AND origin = ?",
        [job_id, REQUEST],
    ).fetchone()
    if row is None or row[2] is None:
        return None
    return {"kind": str(row[0]), "delivery": str(row[1]), "id_sealed": str(row[2])}


def record_answer(
    db: Database, job_id: str, answer: bytes | None = None, state: str = TO_PRINT, document_no: str = ""
) -> None:
    """The platform answered a left request: the document to print here (sealed now), or that it
    mails it, or that it has no record. The sealed ID number is no longer needed and is dropped."""
    if state not in (TO_PRINT, MAILING, REFUSED) or (state == TO_PRINT) != (answer is not None):
        raise ValueError("a document to print comes with its answer; mailing and refused come without")
    sealed = None if answer is None else _seal(db, job_id, answer)
    with transaction(db):
        db.execute(
            "UPDATE print_jobs SET state = ?, answer_sealed = ?, document_no = ?, id_sealed = NULL,"
            " updated_at = ? WHERE id = ? AND state = ?",
            [state, sealed, document_no or None, time.time(), job_id, AWAITING],
        )


def to_print(db: Database) -> list[WaitingDocument]:
    rows = db.execute(
        "SELECT id, matter_code, document_kind, origin, document_no, last_code, answer_sealed"
        " FROM print_jobs WHERE state = ? ORDER BY created_at",
        [TO_PRINT],
    ).fetchall()
    return [
        WaitingDocument(
            str(r[0]),
            str(r[1]),
            str(r[2]),
            str(r[3]),
            str(r[4] or ""),
            r[5],
            _open(db, str(r[0]), bytes(r[6])),
        )
        for r in rows
    ]


def claim(db: Database, job_id: str) -> bool:
    """Take a waiting document for one printer call; False if someone else holds it or it is done."""
    with transaction(db):
        cursor = db.execute(
            "UPDATE print_jobs SET state = ?, updated_at = ? WHERE id = ? AND state = ?",
            [PRINTING, time.time(), job_id, TO_PRINT],
        )
    return cursor.rowcount == 1


def release_interrupted(db: Database) -> int:
    """At start: documents a crash left claimed wait to print again."""
    with transaction(db):
        cursor = db.execute(
            "UPDATE print_jobs SET state = ?, updated_at = ? WHERE state = ?",
            [TO_PRINT, time.time(), PRINTING],
        )
    return int(cursor.rowcount)


@dataclass(frozen=True)
class Waiting:
    id: str
    document_no: str
    state: str
    last_code: str | None


def waiting(db: Database) -> list[Waiting]:
    """Documents not printed yet (to print, or being printed), oldest first, without their content."""
    rows = db.execute(
        "SELECT id, document_no, state, last_code FROM print_jobs WHERE state IN (?, ?) ORDER BY created_at",
        [TO_PRINT, PRINTING],
    ).fetchall()
    return [Waiting(str(r[0]), str(r[1] or ""), str(r[2]), r[3]) for r in rows]


def mark(db: Database, job_id: str, state: str, code: str) -> None:
    """Printed or handed to CUPS (the sealed document is dropped), or still to print with the
    printer's reason."""
    if state not in (TO_PRINT, PRINTED, WITH_CUPS):
        raise ValueError("a job is marked printed, with CUPS or kept to print")
    with transaction(db):
        if state != TO_PRINT:
            db.execute(
                "UPDATE print_jobs SET state = ?, last_code = ?, answer_sealed = NULL, updated_at = ?"
                " WHERE id = ?",
                [state, code, time.time(), job_id],
            )
        else:
            db.execute(
                "UPDATE print_jobs SET state = ?, last_code = ?, updated_at = ? WHERE id = ?",
                [TO_PRINT, code, time.time(), job_id],
            )


def state_of(db: Database, job_id: str) -> str | None:
    row = db.execute("SELECT state FROM print_jobs WHERE id = ?", [job_id]).fetchone()
    return None if row is None else str(row[0])


def counts(db: Database) -> dict[str, int]:
    rows = db.execute("SELECT state, count(*) FROM print_jobs GROUP BY state").fetchall()
    return {str(r[0]): int(r[1]) for r in rows}
