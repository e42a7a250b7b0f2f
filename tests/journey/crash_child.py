"""Child process of the kill -9 test: recover, then submit applications in a loop until killed.

    python crash_child.py

runs as a zygote: it imports the kiosk and loads the catalog once, then for each line
"OUT DB FILES_DIR PUBLIC_KEY_HEX MAX_SUBMITS" read from stdin forks a child, prints "forked <pid>" and
reads the next line. The test kills each child with SIGKILL: a process of its own, killed like any
other, without paying the interpreter's start and the imports again for every kill. The child writes to
the file (a FIFO) OUT: "recovered <orphans> <temps> <drafts>", "ready", then
"submitted <acceptance_no> <application_id>" after each submit returned (the moment the resident's
screen would say "submitted"). Every other journey is abandoned half-way (a resident walking off), so
kills also land mid-journey.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from journey_kit import card, pick_matter, plain_matter, scan_required, strokes, through_form

from kiosk.core.catalog import Catalog
from kiosk.core.catalog_io import load_catalog
from kiosk.core.journey.journey import Journey, JourneyServices
from kiosk.core.journey.materials import ScannedPage
from kiosk.journey_adapters.store import JourneyStore, recover
from kiosk.store.connection import open_store
from sync import sealing


def run(db_path: str, files_dir: Path, key_hex: str, limit: int, catalog: Catalog) -> None:
    db = open_store(db_path)
    report = recover(db, files_dir)
    print(f"recovered {report.orphan_files} {report.temp_files} {report.draft_rows}", flush=True)
    store = JourneyStore(db, files_dir, sealing.public_key_from_raw(bytes.fromhex(key_hex)), "0001")
    matter = pick_matter(catalog, plain_matter)
    services = JourneyServices(submitter=store, evaluations=store)
    print("ready", flush=True)
    for i in range(limit):
        j = Journey(catalog, services, matter_code=matter.code)
        j.identify(card())
        through_form(j)
        if i % 2 == 1:
            j.wipe()  # walked away in the middle: nothing may reach the queue
            continue
        # large pages keep the process inside seal + write + fsync long enough for kills to land there
        pages = [ScannedPage(os.urandom(1_500_000), "image/jpeg", "ok", 2480, 3508) for _ in range(2)]
        j.materials.scan(j.materials.cards[0].code, pages)
        scan_required(j)
        j.finish_materials()
        j.sign(strokes())
        print("submitting", flush=True)
        result = j.submit()
        print(f"submitted {result.acceptance_no} {result.application_id}", flush=True)
        j.skip_receipt()
        j.skip_rating()


def _reap(_signum: int, _frame: object) -> None:
    with contextlib.suppress(ChildProcessError):
        while os.waitpid(-1, os.WNOHANG)[0]:
            pass


def main() -> None:
    catalog = load_catalog()
    signal.signal(signal.SIGCHLD, _reap)  # as they die, so the test sees them gone
    print("loaded", flush=True)
    for line in sys.stdin:
        out, db_path, files_dir, key_hex, limit = line.split()
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            fifo = os.open(out, os.O_WRONLY)
            os.dup2(fifo, sys.stdout.fileno())
            os.close(fifo)
            status = 0
            try:
                run(db_path, Path(files_dir), key_hex, int(limit), catalog)
            except BaseException:
                traceback.print_exc()
                status = 1
            finally:
                sys.stdout.flush()
                os._exit(status)  # not the zygote's loop: this process ends here
        print(f"forked {pid}", flush=True)


if __name__ == "__main__":
    main()
