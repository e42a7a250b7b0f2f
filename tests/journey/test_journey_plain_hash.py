"""A disk thief holding a likely document (a known form, a leaked ID card scan) cannot confirm it was
submitted here by hashing it: the scans' plaintext SHA-256 is only inside the sealed payload."""

from __future__ import annotations

import json
import re

from journey_kit import card, pick_matter, plain_matter, scan_required, sign_and_submit, through_form

from sync import sealing


def test_a_scans_plaintext_hash_is_only_inside_the_sealed_payload(
    catalog, start, db, tmp_path, platform_private
):
    j = start(pick_matter(catalog, plain_matter).code)
    j.identify(card())
    through_form(j)
    scan_required(j)
    result = sign_and_submit(j)
    (payload,) = db.execute(
        "SELECT sealed_payload FROM applications WHERE id = ?", [result.application_id]
    ).fetchone()
    personal = json.loads(sealing.open_sealed(bytes(payload), platform_private))
    hashes = set(re.findall(r'"sha256": "([0-9a-f]{64})"', json.dumps(personal)))
    assert hashes  # the platform still gets them, sealed, to check the files
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = (tmp_path / "kiosk.db").read_bytes()
    for digest in hashes:
        assert digest.encode() not in raw
