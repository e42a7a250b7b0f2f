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
        from kiosk.core.catalog_io import load_active_catalog

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
    rows = db.execute(
        "SELECT a.acceptance_no, a.id, a.matter_codes, a.bundle_code, a.state, o.state, o.attempts, "
        "o.bytes_total, o.bytes_sent, a.created_at, s.state, "
        "(SELECT COALESCE(sum(size), 0) FROM materials m "
        "WHERE m.application_id = a.id AND m.path IS NOT NULL) "
        "FROM applications a LEFT JOIN outbox o ON o.kind = 'application' AND o.ref = a.id "
        "LEFT JOIN sync_case_status s ON s.application_id = a.id ORDER BY a.created_at, a.acceptance_no"
    ).fetchall()
    items: list[dict[str, Any]] = []
    for r in rows:
        if state and r[5] != state:
            continue
        codes = json.loads(r[2])
        items.append(
            {
                "kind": "application",
                "acceptance_no": r[0],
                "application_id": r[1],
                "matters": [{"code": c, "name": names.get(c, "")} for c in codes],
                "bundle": r[3],
                "journey_state": r[4],
                "state": r[5] or "not-queued",
                "attempts": r[6] or 0,
                "size_bytes": int(r[7] if r[7] is not None else r[11]),
                "bytes_sent": r[8] or 0,
                "age_s": round(now - float(r[9]), 1),
                "platform_state": r[10],
            }
        )
    if include_small:
        for kind, ref, st, attempts, created in db.execute(
            "SELECT kind, ref, state, attempts, created_at FROM outbox "
            "WHERE kind != 'application' ORDER BY created_at"
        ).fetchall():
            if state and st != state:
                continue
            items.append(
                {
                    "kind": kind,
                    "ref": ref,
                    "state": st,
                    "attempts": attempts,
                    "age_s": round(now - float(created), 1),
                }
            )
    return items


def show_item(db: Any, acceptance_no: str, now: float | None = None) -> dict[str, Any] | None:
    now = time.time() if now is None else now
    row = db.execute(
        "SELECT id, acceptance_no, matter_codes, bundle_code, catalog_version, state, applicant_masked, "
        "applicant_role, staff_verification, staff_verification_reason, face_status, receipt_printed, "
        "receipt_problem, promised_date, platform_case_no, created_at, updated_at "
        "FROM applications WHERE acceptance_no = ?",
        [acceptance_no.strip().upper()],
    ).fetchone()
    if row is None:
        return None
    names = _catalog_names(db)
    app_id = row[0]
    outbox = db.execute(
        "SELECT state, attempts, bytes_sent, bytes_total, last_error, next_attempt_at, updated_at "
        "FROM outbox WHERE kind = 'application' AND ref = ?",
        [app_id],
    ).fetchone()
    platform = db.execute(
        "SELECT case_no, state, changed_at, note FROM sync_case_status WHERE application_id = ?", [app_id]
    ).fetchone()
    materials = []
    for code, disposition, size, sha, due, detail, path in db.execute(
        "SELECT material_code, disposition, size, sha256, due_date, detail, path FROM materials "
        "WHERE application_id = ? ORDER BY id",
        [app_id],
    ).fetchall():
        info = json.loads(detail) if detail else {}
        materials.append(
            {
                "code": code,
                "disposition": disposition,
                "size_bytes": size,
                "sha256": sha,
                "due_date": due,
                "page": info.get("page"),
                "pages": info.get("pages"),
                "elicense_type": info.get("elicense_type"),
                "file_present": bool(path) and Path(path).is_file(),
            }
        )
    evaluation = db.execute("SELECT level FROM evaluations WHERE application_id = ?", [app_id]).fetchone()
    return {
        "acceptance_no": row[1],
        "application_id": app_id,
        "matters": [{"code": c, "name": names.get(c, "")} for c in json.loads(row[2])],
        "bundle": row[3],
        "catalog_version": row[4],
        "journey_state": row[5],
        "applicant": row[6],  # masked when it was written (张*三)
        "role": row[7],
        "staff_verification": bool(row[8]),
        "staff_verification_reason": row[9],
        "face_status": row[10],
        "receipt_printed": bool(row[11]),
        "receipt_problem": row[12],
        "promised_date": row[13],
        "case_no": row[14] or (platform[0] if platform else None),
        "submitted_at": row[15],
        "age_s": round(now - float(row[15]), 1),
        "outbox": None
        if outbox is None
        else {
            "state": outbox[0],
            "attempts": outbox[1],
            "bytes_sent": outbox[2],
            "bytes_total": outbox[3],
            "last_error": _clean(outbox[4]),
            "next_attempt_at": outbox[5],
        },
        "platform": None
        if platform is None
        else {"state": platform[1], "changed_at": platform[2], "note": _clean(platform[3])},
        "materials": materials,
        "rating": evaluation[0] if evaluation else None,
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
