"""Log lines go through the real rotating file handler; the file must hold no personal data."""

import dataclasses
import json
import logging

import pytest

from kiosk.config import default_config
from kiosk.logs import REDACTOR, Redactor, mask_id, mask_name, mask_phone, setup_logging, shutdown_logging

ID18 = "410105199001011234"
ID18_X = "41010519900101123X"
ID15 = "410105900101123"
FOREIGNER15 = "USA410085112019"  # foreigner permanent residence number before 2023: nationality + 12 digits
FOREIGNER18 = "911840199001011238"  # the 2023 card: 18 digits, 9 first, the resident ID's layout
MOBILE = "13812345678"
LANDLINE = "0371-65432198"
NAME = "王小明"


@pytest.fixture
def log_file(tmp_path):
    config = default_config({"XDG_DATA_HOME": str(tmp_path), "HOME": str(tmp_path)})
    config = dataclasses.replace(config, logging=dataclasses.replace(config.logging, console=False))
    path = setup_logging(config)
    REDACTOR.register_sensitive(NAME)
    yield path
    REDACTOR.clear()
    shutdown_logging()


def _contents(path):
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def _assert_clean(text):
    for secret in (ID18, ID18_X, ID18_X.lower(), ID15, FOREIGNER15, FOREIGNER18, MOBILE, "65432198", NAME):
        assert secret not in text, secret


def test_message_args_and_extra_fields_are_redacted(log_file):
    log = logging.getLogger("kiosk.test")
    log.info("card read: %s %s, phone %s", NAME, ID18, MOBILE)
    log.warning(f"old card {ID15} and {ID18_X} and {ID18_X.lower()}; office {LANDLINE}")
    log.warning("typed as 410105 19900101 1234, labelled ID410105199001011234, or sfzh=410105900101123")
    log.info(
        "submitted",
        extra={"applicant": NAME, "fields": {"id": ID18, "tel": [MOBILE, "+86 138 1234 5678"]}, "n": 3},
    )
    text = _contents(log_file)
    _assert_clean(text)
    lines = [json.loads(line) for line in text.splitlines()]
    assert "19900101" not in lines[2]["msg"] and "900101" not in lines[2]["msg"]
    assert lines[0]["msg"] == "card read: [redacted] 4101**********1234, phone 138****5678"
    assert "4101*******1123" in lines[1]["msg"]  # the old 15-digit number keeps only its ends
    assert lines[3]["applicant"] == "[redacted]" and lines[3]["n"] == 3
    assert lines[3]["fields"]["id"] == "4101**********1234"
    assert {"ts", "level", "logger", "msg"} <= lines[0].keys() and lines[0]["level"] == "INFO"


def test_foreigner_permanent_residence_numbers_are_redacted(log_file):
    log = logging.getLogger("kiosk.test")
    log.info("card Y read: %s; older card %s", FOREIGNER18, FOREIGNER15)
    log.info("typed as usa410085112019, as USA 410085112019, labelled IDUSA410085112019")
    log.info("submitted", extra={"fields": {"id": FOREIGNER15}})
    text = _contents(log_file)
    _assert_clean(text)
    for secret in ("410085112019", "usa410085112019", "199001011238"):
        assert secret not in text, secret
    first, second, third = (json.loads(line) for line in text.splitlines())
    assert first["msg"] == "card Y read: 9118**********1238; older card USA4*******2019"
    assert second["msg"].count("*******") == 3
    assert third["fields"]["id"] == "USA4*******2019"


def test_exception_tracebacks_are_redacted(log_file):
    log = logging.getLogger("kiosk.test")

    def submit(id_number):
        raise ValueError(f"platform rejected {id_number} for {NAME}, call {MOBILE}")

    try:
        submit(ID18)
    except ValueError:
        log.exception("submit failed")
    text = _contents(log_file)
    _assert_clean(text)
    entry = json.loads(text.splitlines()[-1])
    assert "Traceback" in entry["exc"] and "ValueError: platform rejected 4101**********1234" in entry["exc"]


def test_stack_info_and_child_loggers_are_redacted(log_file):
    logging.getLogger("devices.idcard.driver").error("frame for %s", NAME, stack_info=True)
    logging.getLogger("sync.uploader").info("contact %s", MOBILE)
    _assert_clean(_contents(log_file))


def test_rotated_files_are_redacted_too(tmp_path):
    config = default_config({"XDG_DATA_HOME": str(tmp_path), "HOME": str(tmp_path)})
    small = dataclasses.replace(config.logging, max_bytes=64 * 1024, backups=2, console=False)
    path = setup_logging(dataclasses.replace(config, logging=small))
    REDACTOR.register_sensitive(NAME)
    try:
        for i in range(1500):
            logging.getLogger("kiosk.test").info("resident %s number %s line %d %s", NAME, ID18, i, "x" * 40)
    finally:
        REDACTOR.clear()
        shutdown_logging()
    files = sorted(path.parent.glob("kiosk.log*"))
    assert len(files) == 3  # the live file and two backups
    for file in files:
        text = file.read_text(encoding="utf-8")
        _assert_clean(text)
        assert "4101**********1234" in text


def test_names_are_forgotten_after_clear():
    r = Redactor()
    r.register_many([NAME, "郑州市金水区文化路1号", None, "男"])
    assert r.redact(f"{NAME}住郑州市金水区文化路1号") == "[redacted]住[redacted]"
    assert r.redact("男") == "男"  # one-character values are too common to replace
    assert r.clear() == 2
    assert r.redact(NAME) == NAME


def test_ordinary_numbers_are_left_alone():
    r = Redactor()
    ordinary = (
        "acceptance 0001-20261126-0042",
        "took 1234567 ms",
        "12345 hotline",
        "port 8080",
        "run 20261126 step 123456",  # letters and digits, but not 3 letters + 12 digits
    )
    for text in ordinary:
        assert r.redact(text) == text


def test_display_masks():
    assert mask_name("张三") == "张*"
    assert mask_name("张三丰") == "张*丰"
    assert mask_name("欧阳娜娜") == "欧**娜"
    assert mask_id(ID18) == "4101**********1234"
    assert mask_id(ID15) == "4101*******1123"
    assert mask_phone(MOBILE) == "138****5678"


def test_handlers_installed_by_others_see_redacted_records_too(log_file):
    seen = []

    class Collect(logging.Handler):
        def emit(self, record):
            seen.append(logging.Formatter().format(record))

    foreign = Collect()
    logging.getLogger("some.library").addHandler(foreign)
    try:
        try:
            raise KeyError(ID18)
        except KeyError:
            logging.getLogger("some.library").exception("lookup of %s failed", NAME)
    finally:
        logging.getLogger("some.library").removeHandler(foreign)
    assert len(seen) == 1
    _assert_clean(seen[0])
    assert "KeyError" in seen[0]


@pytest.mark.parametrize(
    "written",
    [
        "１１０１０１１９９００３０７４５１４",  # full-width digits, as an IME types them
        "110.101.19900307.4514",  # dotted
        "1101 0119 9003 0745 14",  # grouped in fours, as read aloud or copied from a card
        "110101-19900307-4514",
        "１３８１２３４５６７８",
        "138.1234.5678",
    ],
)
def test_numbers_written_full_width_dotted_or_grouped_are_redacted(log_file, written):
    logging.getLogger("kiosk.test").warning("number %s at the counter", written)
    shutdown_logging()
    text = log_file.read_text(encoding="utf-8")
    digits = written.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    bare = "".join(c for c in digits if c.isdigit())
    assert "at the counter" in text
    assert bare not in text and written not in text and bare[4:-4] not in text


def test_versions_times_and_counts_are_not_taken_for_numbers():
    line = "catalog 2026.11.1 at 1733475000.5, 1234567 bytes, port 8700"
    assert Redactor().redact(line) == line
