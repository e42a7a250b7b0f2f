"""Structured, rotating, redacting logs: no ID number, phone number or resident's name reaches a log file.

API::

    setup_logging(config) -> Path          # JSON lines file (rotating) + console; returns the log file
    shutdown_logging()                     # remove the handlers setup_logging installed
    REDACTOR                               # the process-wide Redactor every installed handler uses
    REDACTOR.register_sensitive(value)     # the session registers the resident's name and card fields
    REDACTOR.clear()                       # the session wipe calls this
    REDACTOR.redact(text) -> str
    mask_name("张三丰") -> "张*丰"; mask_id("410105199001011234") -> "4101**********1234";
    mask_phone("13812345678") -> "138****5678"   # for display: the UI shows masked values

Every record is redacted twice over: as it is made (a record factory: message with its args,
exception text, stack text), and by ``RedactingFilter`` on every installed handler (the same, plus
every ``extra=`` field, which logging attaches after the factory ran). ID numbers (18 characters
with a check digit or X, the old 15-digit ones, and the foreigner numbers: 3 letters and 12 digits,
or the 2023 card's 18 digits starting with 9) and mainland mobile and landline numbers are found
by pattern, also in full-width digits and grouped or dotted (``replace_numbers``, shared with the
diagnostics bundle and the technician screens); names cannot be, so the session registers them
and they are replaced wherever they occur.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import re
import sys
import threading
import traceback
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.config import Config

_DATE = r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
# Digit boundaries only: "ID410105..." or "sfzh=410105..." must still be caught. Groups may be
# written apart ("410105 19900101 1234"), as people copy them from forms.
_SEP = r"[ -]?"
ID18_RE = re.compile(
    r"(?<!\d)[1-9]\d{5}" + _SEP + r"(?:18|19|20)\d{2}" + _DATE + _SEP + r"\d{3}[0-9Xx](?!\d)"
)
ID15_RE = re.compile(r"(?<!\d)[1-9]\d{5}" + _SEP + r"\d{2}" + _DATE + _SEP + r"\d{3}(?!\d)")
# The foreigner permanent residence number before 2023: nationality (3 letters), then 12 digits. (The
# 2023 card's 18-digit number starts with 9 and has the resident ID's layout, so ID18_RE finds it.)
FOREIGNER15_RE = re.compile(r"[A-Za-z]{3}" + _SEP + r"\d{12}(?!\d)")
MOBILE_RE = re.compile(r"(?<!\d)(?:(?:\+|00)?86[- ]?)?1[3-9]\d[-. ]?\d{4}[-. ]?\d{4}(?!\d)")
LANDLINE_RE = re.compile(r"(?<!\d)(?:\(0[1-9]\d{1,2}\)|0[1-9]\d{1,2})[- ]?[2-9]\d{6,7}(?!\d)")
# An ID number written in any grouping ("1101 0119 9003 0745 14", "110.101.19900307.4514"): a run of
# 15 to 18 digits with single separators anywhere; it counts only if, without them, it is an ID number.
_GROUPED_ID_RE = re.compile(r"(?<!\d)\d(?:[-. ]?\d){13,16}[-. ]?[\dXx](?!\d)")
_GROUP_SEPARATORS = re.compile(r"[-. ]")
# The shape of an acceptance number (kiosk/core/journey/numbers.py: code-yymmdd-sequence): its middle
# group of six digits never splits an ID number's eight-digit birth date, so it is not one.
_ACCEPTANCE_SHAPE = re.compile(r"\d{2,8}-\d{6}-\d{4,}")
# Full-width digits, letters X and the ideographic space become their ASCII forms, one character for
# one, so a match in the translated text has the same span in the original.
_FULLWIDTH = str.maketrans("０１２３４５６７８９Ｘｘ\u3000", "0123456789Xx ")
# A diagnostics token ("PHONE#0755123456"): its digits are not a number to find again.
TOKEN_RE = re.compile(r"(?:NAME|PII|ID|PHONE)#[0-9a-f]{10}")
REDACTED = "[redacted]"
_MIN_SENSITIVE_LEN = 2


def mask_name(name: str) -> str:
    """Keep the first and (for three or more characters) the last character: 张三 -> 张*, 张三丰 -> 张*丰."""
    name = name.strip()
    if len(name) <= 1:
        return "*" * len(name)
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def mask_id(number: str) -> str:
    """410105199001011234 -> 4101**********1234; shorter card numbers keep a quarter at each end."""
    number = number.strip()
    keep = 4 if len(number) >= 15 else len(number) // 4
    if keep == 0:
        return "*" * len(number)
    return number[:keep] + "*" * (len(number) - 2 * keep) + number[-keep:]


def mask_phone(number: str) -> str:
    digits = re.sub(r"\D", "", number)
    if len(digits) < 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def _mask_landline(text: str) -> str:
    return "*" * (len(text) - 2) + text[-2:]


_NUMBER_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ID", ID18_RE),
    ("ID", ID15_RE),
    ("ID", FOREIGNER15_RE),
    ("ID", _GROUPED_ID_RE),
    ("MOBILE", MOBILE_RE),
    ("LANDLINE", LANDLINE_RE),
)


def _is_grouped_id(found: str) -> bool:
    if _ACCEPTANCE_SHAPE.fullmatch(found):
        return False
    bare = _GROUP_SEPARATORS.sub("", found)
    return bool(ID18_RE.fullmatch(bare) or ID15_RE.fullmatch(bare))


def replace_numbers(
    text: str, replace: Callable[[str, str], str], *, keep: re.Pattern[str] | None = None
) -> str:
    """Every ID, mobile and landline number in ``text`` replaced by ``replace(kind, number)``
    (kind "ID", "MOBILE" or "LANDLINE"; the number in ASCII digits), whether written in full-width
    digits, grouped or dotted. Text matching ``keep`` (tokens already made) is left as it is."""
    if keep is not None:
        parts = keep.split(text)
        kept = keep.findall(text)
        done = [replace_numbers(p, replace) for p in parts]
        return "".join(p + (kept[i] if i < len(kept) else "") for i, p in enumerate(done))
    for kind, pattern in _NUMBER_PATTERNS:
        plain = text.translate(_FULLWIDTH)
        out: list[str] = []
        last = 0
        for m in pattern.finditer(plain):
            if pattern is _GROUPED_ID_RE and not _is_grouped_id(m.group(0)):
                continue
            number = _GROUP_SEPARATORS.sub("", m.group(0)) if pattern is _GROUPED_ID_RE else m.group(0)
            out += [text[last : m.start()], replace(kind, number)]
            last = m.end()
        text = "".join(out) + text[last:] if out else text
    return text


def _mask_number(kind: str, number: str) -> str:
    if kind == "ID":
        return mask_id(number)
    return mask_phone(number) if kind == "MOBILE" else _mask_landline(number)


class Redactor:
    """Pattern redaction plus the values the session registered. Thread-safe: workers log too."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: set[str] = set()
        self._values_re: re.Pattern[str] | None = None

    def register_sensitive(self, value: str | None) -> None:
        """Replace ``value`` wherever it occurs until ``clear()``. One-character values are ignored."""
        if value is None:
            return
        value = value.strip()
        if len(value) < _MIN_SENSITIVE_LEN:
            return
        with self._lock:
            self._values.add(value)
            ordered = sorted(self._values, key=len, reverse=True)
            self._values_re = re.compile("|".join(re.escape(v) for v in ordered))

    def register_many(self, values: Iterable[str | None]) -> None:
        for value in values:
            self.register_sensitive(value)

    def clear(self) -> int:
        """Forget every registered value; returns how many there were."""
        with self._lock:
            count = len(self._values)
            self._values.clear()
            self._values_re = None
        return count

    @property
    def registered_count(self) -> int:
        with self._lock:
            return len(self._values)

    def redact(self, text: str, *, keep: re.Pattern[str] | None = None) -> str:
        """``keep``: text left as it is (the diagnostics bundle's tokens)."""
        with self._lock:
            values_re = self._values_re
        if values_re is not None:
            text = values_re.sub(REDACTED, text)
        return replace_numbers(text, _mask_number, keep=keep)

    def redact_value(self, value: Any) -> Any:
        """Redact strings inside JSON-like values; anything else becomes its redacted ``repr``."""
        if value is None or isinstance(value, bool | int | float):
            return value
        if isinstance(value, str):
            return self.redact(value)
        if isinstance(value, dict):
            return {self.redact(str(k)): self.redact_value(v) for k, v in value.items()}
        if isinstance(value, list | tuple | set | frozenset):
            return [self.redact_value(v) for v in value]
        return self.redact(repr(value))

    def contains_personal_data(self, text: str) -> bool:
        return self.redact(text) != text


REDACTOR = Redactor()

# Attributes every LogRecord has; anything else on a record came from ``extra=``.
_STANDARD_ATTRS = frozenset(
    vars(logging.LogRecord("", 0, "", 0, "", None, None)).keys() | {"message", "asctime", "taskName"}
)


class RedactingFilter(logging.Filter):
    """Rewrites the record in place so every handler after it only sees redacted text."""

    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self.redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        r = self.redactor
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} % {record.args!r}"
        record.msg = r.redact(message)
        record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            record.exc_info = None  # a later formatter must not re-render the unredacted exception
        if record.exc_text:
            record.exc_text = r.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = r.redact(record.stack_info)
        for key, value in list(vars(record).items()):
            if key not in _STANDARD_ATTRS:
                setattr(record, key, r.redact_value(value))
        return True


class JsonLinesFormatter(logging.Formatter):
    """One JSON object per line: ts (UTC ISO 8601), level, logger, msg, then extras, exc, stack."""

    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self.redactor = redactor

    def format(self, record: logging.LogRecord) -> str:
        r = self.redactor
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": r.redact(record.getMessage()),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRS and key not in entry:
                entry[key] = r.redact_value(value)
        if record.exc_info and record.exc_info[0] is not None and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exc"] = r.redact(record.exc_text)
        if record.stack_info:
            entry["stack"] = r.redact(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=lambda v: r.redact(repr(v)))


_installed: list[logging.Handler] = []
_previous_factory: Callable[..., logging.LogRecord] | None = None


def _install_record_factory(redacting: RedactingFilter) -> None:
    """Redact message, args and exception as each record is made, so handlers installed by others
    (a test's capture, a library's) never see the clear text either. Extras arrive after the factory,
    which is why the handlers carry the filter as well."""
    global _previous_factory
    base = logging.getLogRecordFactory()
    _previous_factory = base

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = base(*args, **kwargs)
        redacting.filter(record)
        return record

    logging.setLogRecordFactory(factory)


class _LogFileHandler(logging.handlers.RotatingFileHandler):
    """The log file; when it cannot be written (a full disk) each record goes to stderr (the journal)
    as one line, instead of a traceback per record."""

    def handleError(self, record: logging.LogRecord) -> None:
        problem = sys.exc_info()[1]
        try:
            sys.stderr.write(f"kiosk (log file not written: {problem}): {record.getMessage()}\n")
        except Exception:  # noqa: S110 (stderr itself gone: nothing left to tell)
            pass


def setup_logging(config: Config, redactor: Redactor = REDACTOR, console: bool | None = None) -> Path:
    """Install the rotating JSON-lines file handler and a console handler on the root logger.

    Idempotent: calling it again replaces the handlers it installed before. Returns the log file path.
    """
    shutdown_logging()
    settings = config.logging
    settings.dir.mkdir(parents=True, exist_ok=True)
    log_file = settings.dir / "kiosk.log"
    redacting = RedactingFilter(redactor)
    file_handler = _LogFileHandler(
        log_file, maxBytes=settings.max_bytes, backupCount=settings.backups, encoding="utf-8"
    )
    file_handler.setFormatter(JsonLinesFormatter(redactor))
    handlers: list[logging.Handler] = [file_handler]
    if settings.console if console is None else console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handlers.append(stream)
    root = logging.getLogger()
    for handler in handlers:
        handler.addFilter(redacting)
        root.addHandler(handler)
        _installed.append(handler)
    root.setLevel(settings.level)
    _install_record_factory(redacting)
    logging.captureWarnings(True)
    return log_file


def shutdown_logging() -> None:
    global _previous_factory
    if _previous_factory is not None:
        logging.setLogRecordFactory(_previous_factory)
        _previous_factory = None
    root = logging.getLogger()
    while _installed:
        handler = _installed.pop()
        root.removeHandler(handler)
        handler.close()
