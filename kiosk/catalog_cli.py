"""``kiosk catalog ...``: validate, import and search service catalogs (synthetic ones for benchmarks:
``kiosk-tools generate-catalog``).

Wiring (kiosk/cli.py)::

    from kiosk.catalog_cli import register_cli
    register_cli(sub)              # sub = parser.add_subparsers(...)
    args = parser.parse_args(argv)
    return args.handler(args)      # every catalog subcommand sets ``handler``; it returns the exit code

Also runnable alone: ``python -m kiosk.catalog_cli catalog validate FILE``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kiosk.core.catalog import Catalog
from kiosk.core.catalog_io import (
    DEMO_CATALOG_PATH,
    CatalogError,
    CatalogInvalid,
    load_catalog,
)
from kiosk.store.catalog_versions import apply_catalog, load_active_catalog


def store_path(args: argparse.Namespace) -> Path:
    """--db, else the kiosk's own database: ``<data_dir>/kiosk.db`` of the configuration
    (``kiosk --config FILE``, else $KIOSK_CONFIG, else the defaults)."""
    if args.db is not None:
        return Path(args.db)
    from kiosk.config import load_config

    return load_config(getattr(args, "config", None)).store_path


def register_cli(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``catalog`` command and its subcommands to an argparse subparsers object."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "catalog", help="validate, import and search service catalogs", description=__doc__.splitlines()[0]
    )
    sub = parser.add_subparsers(dest="catalog_command", required=True)

    p = sub.add_parser("validate", help="check a catalog file; print every error (exit 1 if invalid)")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_validate)

    p = sub.add_parser("import", help="validate a catalog file and make it the active catalog")
    p.add_argument("file", type=Path)
    p.add_argument(
        "--db", type=Path, help="kiosk database (default: the configured data directory's kiosk.db)"
    )
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("search", help="search matters and bundles the way the kiosk does")
    p.add_argument("query")
    source = p.add_mutually_exclusive_group()
    source.add_argument(
        "--file", type=Path, help=f"catalog file (default: the demo catalog {DEMO_CATALOG_PATH.name})"
    )
    source.add_argument("--db", type=Path, help="search the active catalog of this database instead")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--locale", default="zh_CN", choices=["zh_CN", "en"])
    p.set_defaults(handler=cmd_search)

    return parser


def _print_invalid(exc: CatalogInvalid) -> None:
    n = len(exc.errors)
    print(f"{exc.source or 'catalog'}: INVALID, {n} error{'s' if n != 1 else ''}", file=sys.stderr)
    for problem in exc.errors:
        print(f"  [{problem.kind}] {problem}", file=sys.stderr)


def cmd_validate(args: argparse.Namespace) -> int:
    try:
        catalog = load_catalog(args.file)
    except CatalogInvalid as exc:
        _print_invalid(exc)
        return 1
    terminal = sum(1 for m in catalog.matters if m.terminal_handling)
    print(
        f"{args.file}: OK, version {catalog.version}: {len(catalog.matters)} matters "
        f"({terminal} at the terminal), {len(catalog.bundles)} bundles, {len(catalog.categories)} categories"
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from kiosk.config import ConfigError
    from kiosk.store import open_store

    try:
        path = store_path(args)
    except ConfigError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 2
    db = open_store(path)
    try:
        result = apply_catalog(db, args.file)
    except CatalogInvalid as exc:
        _print_invalid(exc)
        print("nothing imported; the active catalog is unchanged", file=sys.stderr)
        return 1
    except CatalogError as exc:
        print(f"import failed: {exc}", file=sys.stderr)
        return 1
    finally:
        db.conn.close()
    if result.reactivated and result.previous_version == result.version:
        print(f"catalog version {result.version} is already active (same content): nothing changed")
    else:
        was = f" (was {result.previous_version})" if result.previous_version else ""
        how = "re-activated" if result.reactivated else "imported"
        print(
            f"{how} catalog version {result.version}{was}: {result.matters} matters, {result.bundles} bundles"
        )
    print(f"sha256 {result.sha256}, database {path}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    catalog: Catalog | None
    try:
        if args.db is not None:
            from kiosk.store import open_store

            db = open_store(args.db)
            try:
                catalog = load_active_catalog(db)
            finally:
                db.conn.close()
            if catalog is None:
                print(f"{args.db}: no catalog imported yet", file=sys.stderr)
                return 1
        else:
            catalog = load_catalog(args.file or DEMO_CATALOG_PATH)
    except CatalogInvalid as exc:
        _print_invalid(exc)
        return 1
    except CatalogError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    hits = catalog.search(args.query, limit=args.limit)
    if not hits:
        print("no results")
        return 0
    width = max(len(h.tier.name) for h in hits)
    for h in hits:
        where = ""
        if h.kind == "matter":
            m = catalog.matter(h.code)
            where = "" if m is None or m.terminal_handling else "  [on site]"
        print(f"{h.tier.name:<{width}}  {h.kind:<6}  {h.name.text(args.locale)}  {h.code}{where}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk")
    register_cli(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    result: int = args.handler(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
