"""Protocol errors answered as `ErrorBody` JSON."""

from __future__ import annotations


class ProtocolError(Exception):
    def __init__(
        self,
        status: int,
        error: str,
        detail: str = "",
        *,
        missing: list[str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {error}: {detail}")
        self.status = status
        self.error = error
        self.detail = detail
        self.missing = missing or []
        self.headers = headers or {}
