"""Resident-facing messages as stable codes plus parameters; the words live in Qt Linguist.

Every check in the journey answers with :class:`Message` (``code`` + ``params``), never with prose
built on the spot. The words for each code are in the ``messages`` context of the .ts files
(``kiosk/ui/i18n``): the UI can translate the code through Qt, and :meth:`Message.text` reads the
same files without Qt (:mod:`kiosk.core.words`). Codes are part of the API: renaming one is a
breaking change for the screens and the translations.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kiosk.core.words import DEFAULT_LOCALE, words


@dataclass(frozen=True)
class Message:
    """A code the UI translates and its parameters."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, locale: str = DEFAULT_LOCALE) -> str:
        """The words for ``locale`` with the parameters filled in (the code itself if it has none)."""
        return words(self.code, locale, **self.params)

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "params": dict(self.params)}


def msg(code: str, **params: Any) -> Message:
    return Message(code, params)


class JourneyError(Exception):
    """A resident-facing refusal: ``message.code`` says what; ``str()`` is the English text.

    The text never quotes personal data: parameters are dates, counts and names of places.
    """

    def __init__(self, code: str, **params: Any) -> None:
        self.message = Message(code, params)
        super().__init__(self.message.text("en"))

    @property
    def code(self) -> str:
        return self.message.code

    @property
    def params(self) -> Mapping[str, Any]:
        return self.message.params
