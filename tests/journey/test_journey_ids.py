"""Record ids never look like personal data, so the audit entry that names them keeps the id."""

from __future__ import annotations

import uuid

from kiosk.core.journey import ids
from kiosk.logs import Redactor


def test_ids_that_look_like_phone_numbers_are_drawn_again(monkeypatch):
    phone_shaped = uuid.UUID("00000000-0000-4000-8000-a13812345678")
    fine = uuid.UUID("aaaaaaaa-bbbb-4ccc-8ddd-eeeeffff0000")
    draws = iter([phone_shaped, fine])
    monkeypatch.setattr(ids.uuid, "uuid4", lambda: next(draws))
    assert Redactor().contains_personal_data(str(phone_shaped))  # the case exists
    assert ids.new_id() == str(fine)


def test_many_ids_are_all_clean():
    redactor = Redactor()
    assert not any(redactor.contains_personal_data(ids.new_id()) for _ in range(2000))
