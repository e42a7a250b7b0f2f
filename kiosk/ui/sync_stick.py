"""The technician's sync by USB stick: the outbox out as a bundle, the platform's answers back in.

The stick is the folder `kiosk ops tech-export-dir` configured (a mount point under /media or
/run/media); the technician screen polls it and offers both only while it is there. The work itself
is the command line's (`kiosk-sync export`, `kiosk-sync import-answers`), on the caller's thread
with its own store connection.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kiosk.ops import tech_view
from kiosk.store.connection import open_store
from kiosk.store.settings import get_setting


def stick_state(db: Any, data_dir: Path) -> dict[str, Any]:
    """Whether the stick is in, where, and how many answers for this terminal it carries."""
    from sync.engine.answers import answers_files
    from sync.engine.state import KEY_TERMINAL

    target, note = tech_view.export_target(db, data_dir)
    present = bool(get_setting(db, tech_view.KEY_EXPORT_DIR)) and not note
    terminal = get_setting(db, KEY_TERMINAL)
    answers = len(answers_files(target, str(terminal))) if present and terminal else 0
    return {"present": present, "enrolled": terminal is not None, "path": str(target), "answers": answers}


def export_to_stick(store_path: Path, stick: Path) -> dict[str, Any]:
    from sync.engine.export import export_outbox
    from sync.engine.state import load_credentials

    db = open_store(store_path)
    try:
        report = export_outbox(db, load_credentials(db), stick)
    finally:
        db.conn.close()
    return {"path": str(report.path), "applications": report.applications, "small": report.small}


def import_from_stick(store_path: Path, stick: Path) -> dict[str, Any]:
    from sync.engine.answers import import_answers
    from sync.engine.state import load_credentials

    db = open_store(store_path)
    try:
        report = import_answers(db, load_credentials(db), stick, store_path.parent / "tuf")
    finally:
        db.conn.close()
    return {"acknowledged": report.acknowledged + report.sent, "statuses": report.statuses_applied}
