"""``kiosk queue ...``: what is waiting to be synced, without a word of personal data.

Wiring (kiosk/cli.py)::

    from kiosk.queue_cli import register_cli
    register_cli(sub)              # adds "queue list" and "queue show"; each sets args.handler

``kiosk queue list [--json] [--all] [--state STATE] [--db PATH]``
    one row per queued application: acceptance number, matters, outbox state, age, size of its sealed
    files, attempts. ``--all`` adds ratings, complaints and help requests (kind, id, state, age).
``kiosk queue show ACCEPTANCE_NO [--json] [--db PATH]``
    one application: the masked applicant (as the receipt shows it), role, matters, dates, the
    journey's flags (staff verification, face status, receipt), the outbox and platform status, and
    each material's disposition, size and hash — never the sealed contents.

The database is ``--db``, else ``$KIOSK_DB``, else the configuration's ``store_path``.
Also runnable alone: ``python -m kiosk.queue_cli list``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kiosk.logs import REDACTOR


def register_cli(subparsers: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "queue", help="inspect the sync queue (no personal data)", description=__doc__.splitlines()[0]
    )
    sub = parser.add_subparsers(dest="queue_command", required=True)

    p = sub.add_parser("list", help="queued applications: acceptance numbers, matters, states, ages, sizes")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--all", action="store_true", help="also ratings, complaints and help requests")
    p.add_argument("--state", help="only items in this outbox state (queued, uploading, acknowledged, ...)")
    p.add_argument("--db", type=Path, help="kiosk database (default: $KIOSK_DB or the configured store)")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="one application, masked")
    p.add_argument("acceptance_no")
    p.add_argument("--json", action="store_true")
    p.add_argument("--db", type=Path, help="kiosk database (default: $KIOSK_DB or the configured store)")
    p.set_defaults(handler=cmd_show)
    return parser


# --------------------------------------------------------------------------- helpers


def _db_path(args: argparse.Namespace) -> Path:
    if getattr(args, "db", None):
        return Path(args.db)
    if os.environ.get("KIOSK_DB"):
        return Path(os.environ["KIOSK_DB"])
    from kiosk.config import load_config

    return load_config(getattr(args, "config", None)).store_path


def _open(args: argparse.Namespace) -> Any:
    path = _db_path(args)
    if not path.is_file():
        raise FileNotFoundError(f"no kiosk database at {path} (use --db)")
    from kiosk.store.connection import open_store

    return open_store(path)


def _catalog_names(db: Any) -> dict[str, str]:
    try:
        from kiosk.store.catalog_versions import load_active_catalog

        catalog = load_active_catalog(db, revalidate=False)
    except Exception:  # an inspection tool must work without a usable catalog
        return {}
    if catalog is None:
        return {}
    return {m.code: m.name.zh_CN for m in catalog.matters}


def human_age(seconds: float) -> str:
    s = max(0, int(seconds))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m"
    if s < 86400:
        return f"{s // 3600}h {s % 3600 // 60}m"
    return f"{s // 86400}d {s % 86400 // 3600}h"


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


def _clean(text: Any) -> Any:
    return REDACTOR.redact(text) if isinstance(text, str) else text


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)])


# --------------------------------------------------------------------------- queries


def list_items(
    db: Any, *, include_small: bool = False, state: str | None = None, now: float | None = None
) -> list[dict[str, Any]]:
    now = time.time() if now is None else now
    names = _catalog_names(db)
    from kiosk.store import applications, outbox

    items: list[dict[str, Any]] = []
    for r in applications.queue_rows(db):
        if state and r.outbox_state != state:
            continue
        items.append(
            {
                "kind": "application",
                "acceptance_no": r.acceptance_no,
                "application_id": r.application_id,
                "matters": [{"code": c, "name": names.get(c, "")} for c in r.matter_codes],
                "bundle": r.bundle_code,
                "journey_state": r.state,
                "state": r.outbox_state or "not-queued",
                "attempts": r.attempts or 0,
                "size_bytes": int(r.bytes_total if r.bytes_total is not None else r.stored_bytes),
                "bytes_sent": r.bytes_sent or 0,
                "age_s": round(now - r.created_at, 1),
                "platform_state": r.platform_state,
            }
        )
    if include_small:
        for item in outbox.small_items(db):
            if state and item.state != state:
                continue
            items.append(
                {
                    "kind": item.kind,
                    "ref": item.ref,
                    "state": item.state,
                    "attempts": item.attempts,
                    "age_s": round(now - item.created_at, 1),
                }
            )
    return items


def show_item(db: Any, acceptance_no: str, now: float | None = None) -> dict[str, Any] | None:
    now = time.time() if now is None else now
    from kiosk.store import applications, outbox, resident_records

    app = applications.clear_columns(db, acceptance_no.strip().upper())
    if app is None:
        return None
    names = _catalog_names(db)
    app_id = app["id"]
    queued = outbox.item_for(db, "application", app_id)
    platform = applications.platform_status(db, app_id)
    materials = [
        {
            "code": m.material_code,
            "disposition": m.disposition,
            "size_bytes": m.size,
            "sha256": m.sha256,
            "due_date": m.due_date,
            "page": m.detail.get("page"),
            "pages": m.detail.get("pages"),
            "elicense_type": m.detail.get("elicense_type"),
            "file_present": bool(m.path) and Path(str(m.path)).is_file(),
        }
        for m in applications.materials_of(db, app_id)
    ]
    rating = resident_records.evaluation_level(db, app_id)
    return {
        "acceptance_no": app["acceptance_no"],
        "application_id": app_id,
        "matters": [{"code": c, "name": names.get(c, "")} for c in json.loads(app["matter_codes"])],
        "bundle": app["bundle_code"],
        "catalog_version": app["catalog_version"],
        "journey_state": app["state"],
        "applicant": app["applicant_masked"],  # masked when it was written (张*三)
        "role": app["applicant_role"],
        "staff_verification": bool(app["staff_verification"]),
        "staff_verification_reason": app["staff_verification_reason"],
        "face_status": app["face_status"],
        "receipt_printed": bool(app["receipt_printed"]),
        "receipt_problem": app["receipt_problem"],
        "promised_date": app["promised_date"],
        "case_no": app["platform_case_no"] or (platform.case_no if platform else None),
        "submitted_at": app["created_at"],
        "age_s": round(now - float(app["created_at"]), 1),
        "outbox": None
        if queued is None
        else {
            "state": queued.state,
            "attempts": queued.attempts,
            "bytes_sent": queued.bytes_sent,
            "bytes_total": queued.bytes_total,
            "last_error": _clean(queued.last_error),
            "next_attempt_at": queued.next_attempt_at,
        },
        "platform": None
        if platform is None
        else {"state": platform.state, "changed_at": platform.changed_at, "note": _clean(platform.note)},
        "materials": materials,
        "rating": rating,
    }


# --------------------------------------------------------------------------- commands


def cmd_list(args: argparse.Namespace) -> int:
    try:
        db = _open(args)
    except FileNotFoundError as exc:
        print(f"kiosk queue: {exc}", file=sys.stderr)
        return 2
    try:
        items = list_items(db, include_small=args.all, state=args.state)
    finally:
        db.conn.close()
    if args.json:
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    if not items:
        print("queue empty")
        return 0
    rows = []
    for it in items:
        if it["kind"] == "application":
            matters = "、".join(m["name"] or m["code"] for m in it["matters"])
            while _width(matters) > 40:
                matters = matters[:-2] + "…"
            rows.append(
                [
                    it["acceptance_no"],
                    matters,
                    it["state"],
                    human_age(it["age_s"]),
                    human_size(it["size_bytes"]),
                    str(it["attempts"]),
                ]
            )
        else:
            rows.append(
                [
                    f"{it['kind']} {it['ref'][:8]}",
                    "",
                    it["state"],
                    human_age(it["age_s"]),
                    "",
                    str(it["attempts"]),
                ]
            )
    print(_table(["ACCEPTANCE NO", "MATTERS", "STATE", "AGE", "SIZE", "TRIES"], rows))
    apps = [it for it in items if it["kind"] == "application"]
    print(f"\n{len(apps)} application(s), {human_size(sum(it['size_bytes'] for it in apps))} sealed")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    try:
        db = _open(args)
    except FileNotFoundError as exc:
        print(f"kiosk queue: {exc}", file=sys.stderr)
        return 2
    try:
        item = show_item(db, args.acceptance_no)
    finally:
        db.conn.close()
    if item is None:
        print(f"kiosk queue: no application {args.acceptance_no}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(item, ensure_ascii=False, indent=2))
        return 0
    outbox = item["outbox"] or {}
    platform = item["platform"] or {}
    pairs = [
        ("acceptance no", item["acceptance_no"]),
        ("application id", item["application_id"]),
        ("applicant", item["applicant"] + (" (proxy application)" if item["role"] == "proxy" else "")),
        ("matters", "; ".join(f"{m['name']} [{m['code']}]" if m["name"] else m["code"]
                              for m in item["matters"])),
        ("bundle", item["bundle"] or "-"),
        ("submitted", time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(item["submitted_at"]))
         + f" ({human_age(item['age_s'])} ago)"),
        ("promised by", item["promised_date"] or "-"),
        ("staff verification",
         (item["staff_verification_reason"] or "yes") if item["staff_verification"] else "no"),
        ("face", item["face_status"] or "-"),
        ("receipt",
         "printed" if item["receipt_printed"] else f"not printed ({item['receipt_problem'] or 'pending'})"),
        ("outbox", f"{outbox.get('state', 'not queued')}, {outbox.get('attempts', 0)} tries, "
         f"{human_size(outbox.get('bytes_sent') or 0)} of {human_size(outbox.get('bytes_total') or 0)} sent"),
        ("last error", outbox.get("last_error") or "-"),
        ("platform", f"{platform.get('state', '-')} {item['case_no'] or ''}".strip()),
        ("rating", str(item["rating"]) if item["rating"] else "-"),
    ]  # fmt: skip
    width = max(len(k) for k, _ in pairs)
    for key, value in pairs:
        print(f"{key.rjust(width)}  {value}")
    rows = [
        [
            m["code"],
            m["disposition"] + (f" {m['page']}/{m['pages']}" if m["page"] else ""),
            human_size(m["size_bytes"]) if m["size_bytes"] else "-",
            (m["sha256"] or "")[:16] or "-",
            m["due_date"] or (m["elicense_type"] or ""),
        ]
        for m in item["materials"]
    ]
    print()
    print(
        _table(["MATERIAL", "DISPOSITION", "SIZE", "SHA-256", "DUE / TYPE"], rows) if rows else "no materials"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk")
    parser.add_argument("--config")
    sub = parser.add_subparsers(dest="command", required=True)
    register_cli(sub)
    args = parser.parse_args(argv)
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] if len(sys.argv) > 1 and sys.argv[1] == "queue" else ["queue", *sys.argv[1:]]))
