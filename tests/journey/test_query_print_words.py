"""Every outcome of query-and-print reaches the resident in words, in every language."""

from __future__ import annotations

import pytest

from devices.a4printer import A4Code
from kiosk.core.words import LOCALES, words
from kiosk.journey_adapters.query_print import fetch_message, print_message

PRINT_OUTCOMES = ["printed", "no_printer", *(str(c) for c in A4Code)]
FETCH_OUTCOMES = [
    "no_link",
    "no_record",
    "refused",
    "request_terminal",
    "request_mail",
    "delivery_unavailable",
    "request_unavailable",
]


@pytest.mark.parametrize("locale", LOCALES)
def test_each_print_and_query_outcome_has_words(locale: str) -> None:
    codes = [print_message(c) for c in PRINT_OUTCOMES] + [fetch_message(c) for c in FETCH_OUTCOMES]
    for code in codes:
        text = words(code, locale)
        assert text and text != code, f"{code} has no {locale} words"
    # the words say the document is kept whenever the printer holds it back
    kept = "保留" if locale == "zh_CN" else "kept"
    for code in (A4Code.PAPER_OUT, A4Code.JAM, A4Code.OFFLINE, A4Code.NOT_ACCEPTING):
        assert kept in words(print_message(str(code)), locale)
