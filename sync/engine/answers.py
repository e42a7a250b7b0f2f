"""`kiosk-sync import-answers DIR`: the platform's answers from a USB stick, applied as the network's are.

Only a bundle signed by the platform identity this kiosk enrolled with (`Credentials.platform_key`)
and addressed to this terminal is read; anything else is refused whole and changes nothing. Its
receipts acknowledge applications (`uploader.acknowledge`, so retention may then purge them, exactly
as after a network commit), its small-post list marks those posts sent, and its status page is
applied through `feed.apply_page` when it starts at the cursor the kiosk still holds (a feed the
kiosk has meanwhile read further over the network is not rewound). The platform's TUF repository
rides along: `CatalogUpdater` checks it exactly as online (signatures, versions, expiry) from the
stick instead of the network; a verified catalog's sealing key is adopted at once, and the kiosk
applies the catalog itself at its next check, which serves the last verified one when offline.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils
from tuf.api import exceptions as tuf_errors
from tuf.ngclient.fetcher import FetcherInterface

from kiosk.store import outbox
from kiosk.store.settings import get_setting
from sync.engine import feed
from sync.engine.catalog import CatalogUpdater, adopt_root, adopt_seal_key, trusted_root
from sync.engine.client import Credentials
from sync.engine.engine import SMALL_PATHS
from sync.engine.state import KEY_CURSOR, PENDING_STATES, SENT
from sync.engine.uploader import acknowledge
from sync.protocol.bundle import Answers, BundleError, unpack_answers

SMALL_KINDS_BY_PATH = {path: kind for kind, path in SMALL_PATHS.items()}


@dataclass
class AnswersReport:
    files: int = 0
    acknowledged: int = 0
    sent: int = 0
    statuses_applied: int = 0
    feed_skipped: bool = False  # the kiosk's feed had moved on: the carried page was not applied
    catalog: str = "none"  # CatalogCheck.status of the carried catalog ("none": none carried or no root)
    catalog_reason: str = ""


STICK_URL = "https://usb-stick.invalid"  # never fetched: StickFetcher answers every request from the stick


class StickFetcher(FetcherInterface):
    """TUF's downloads answered from the answers' files; anything not carried is a 404, as online."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.files = files

    def _fetch(self, url: str) -> Iterator[bytes]:
        name = url.removeprefix(STICK_URL + "/tuf/")
        if name not in self.files:
            raise tuf_errors.DownloadHTTPError(f"{name} is not on the stick", 404)
        return iter([self.files[name]])


def answers_files(directory: Path, terminal_id: str) -> list[Path]:
    """This terminal's answers in a folder (a stick's root), oldest first."""
    return sorted(directory.glob(f"answers-{terminal_id}-*.bundle"))


def check_catalog(db: sqlite_utils.Database, tuf_dir: Path, answers: Answers, report: AnswersReport) -> None:
    root = trusted_root(db)
    if not answers.catalog or root is None:
        return
    check = CatalogUpdater(tuf_dir, STICK_URL, root, fetcher=StickFetcher(answers.catalog)).check()
    adopt_root(db, check)
    adopt_seal_key(db, check)
    report.catalog, report.catalog_reason = check.status, check.reason


def apply_answers(db: sqlite_utils.Database, answers: Answers, report: AnswersReport) -> None:
    for receipt in answers.receipts:
        item = outbox.item_for(db, "application", receipt.application_id)
        if item is not None and item.state in PENDING_STATES:
            acknowledge(db, item.id, receipt.application_id, receipt.case_no)
            report.acknowledged += 1
    for path, item_id in answers.small:
        kind = SMALL_KINDS_BY_PATH.get(path)
        item = None if kind is None else outbox.item_for(db, kind, item_id)
        if item is not None and item.state in PENDING_STATES:
            outbox.update(db, item.id, state=SENT, last_error=None, next_attempt_at=None)
            report.sent += 1
    if get_setting(db, KEY_CURSOR) == answers.since_cursor:
        report.statuses_applied += feed.apply_page(db, answers.status)
    else:
        report.feed_skipped = True
    feed.purge_face_photos(db)


def import_answers(
    db: sqlite_utils.Database, credentials: Credentials, directory: Path, tuf_dir: Path | None = None
) -> AnswersReport:
    """Verify every answers file for this terminal in `directory` first, then apply them in order."""
    if not credentials.platform_key:
        raise BundleError("this kiosk does not know the platform's signing key: enrol it again")
    paths = answers_files(directory, credentials.terminal_id)
    if not paths:
        raise BundleError(f"no answers for {credentials.terminal_id} in {directory}")
    verified = []
    for path in paths:
        try:
            verified.append(
                unpack_answers(path.read_bytes(), credentials.platform_key, credentials.terminal_id)
            )
        except BundleError as exc:
            raise BundleError(f"{path.name}: {exc}") from exc
    report = AnswersReport(files=len(verified))
    for answers in verified:
        apply_answers(db, answers, report)
    if tuf_dir is not None:  # the newest answers carry the newest catalog
        check_catalog(db, tuf_dir, verified[-1], report)
    return report
