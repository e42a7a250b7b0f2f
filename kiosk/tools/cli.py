"""The `kiosk-tools` command: development and measurement tooling, apart from the `kiosk` command a
terminal runs (which never imports kiosk.tools).

    kiosk-tools screenshots DIR [--theme T] [--locale L] [--geometry WxH] [--measure]
    kiosk-tools screenshots DIR --keyboard [--screen S] [--theme T] [--locale L] [--geometry WxH]
    kiosk-tools simulate --journey NAME [--count N] [--out DIR]
    kiosk-tools generate-catalog COUNT [--seed S] [-o FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kiosk.config import ConfigError, load_config


def cmd_screenshots(args: argparse.Namespace) -> int:
    from kiosk.tools.screenshots import geometries_for, parse_geometry, render_all

    config = load_config(args.config)
    try:
        geometries = [parse_geometry(g) for g in args.geometry or ()] or geometries_for(config)
    except ValueError as exc:
        print(f"kiosk-tools: --geometry: {exc}", file=sys.stderr)
        return 2
    if args.keyboard:
        return _keyboard_screenshots(args, config, [parse_geometry(g) for g in args.geometry or ()])
    findings: list[Any] = []
    written = render_all(
        config,
        Path(args.dir),
        themes=args.theme,
        locales=args.locale,
        geometries=geometries,
        findings=findings if args.measure else None,
    )
    for path in written:
        print(path)
    if args.measure:
        for finding in findings:
            print(finding)
        print(f"measure: {len(findings)} finding(s) (fit in every look; the 长辈版 numbers in 长辈版)")
        from kiosk.tools import focus_ring_measure
        from kiosk.ui.themes import THEMES

        rings = focus_ring_measure.measure_offscreen(config, args.theme or THEMES)
        for finding in rings:
            print(finding)
        print(f"focus ring measure: {len(rings)} finding(s)")
        return 1 if findings or rings else 0
    return 0


def _keyboard_screenshots(args: argparse.Namespace, config: Any, geometries: list[tuple[int, int]]) -> int:
    from kiosk.tools.keyboard_shots import KEYBOARD_SCREENS, render_keyboards

    unknown = sorted(set(args.screen or ()) - set(KEYBOARD_SCREENS))
    if unknown:
        print(f"kiosk-tools: --screen: unknown {unknown}; one of {sorted(KEYBOARD_SCREENS)}", file=sys.stderr)
        return 2
    findings: list[str] = []
    written = render_keyboards(
        config,
        Path(args.dir),
        themes=args.theme,
        locales=args.locale,
        screens=args.screen,
        geometries=geometries or ((1080, 1920), (1920, 1080)),
        findings=findings,
    )
    for path in written:
        print(path)
    for finding in findings:
        print(finding)
    print(f"keyboard pictures: {len(written)}; {len(findings)} finding(s)")
    return 1 if findings else 0


def cmd_generate_catalog(args: argparse.Namespace) -> int:
    from kiosk.tools.catalog_gen import generate

    text = json.dumps(generate(args.count, args.seed), ensure_ascii=False, indent=1)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")
        print(f"wrote {args.count} synthetic matters to {args.output}")
    else:
        sys.stdout.write(text + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk-tools", description="Township kiosk development tooling")
    parser.add_argument(
        "--config", help="TOML configuration file (default: $KIOSK_CONFIG, else built-in defaults)"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    shots = sub.add_parser(
        "screenshots", help="render every screen, theme and language to PNG files offscreen"
    )
    shots.add_argument("dir")
    shots.add_argument("--theme", action="append", help="only this theme (repeatable)")
    shots.add_argument("--locale", action="append", help="only this locale (repeatable)")
    shots.add_argument(
        "--geometry",
        action="append",
        help='only this window size, e.g. "1080x1920" (repeatable; default: the configured [screen] '
        "size and 1080x1920, 1920x1080, 1280x800)",
    )
    shots.add_argument(
        "--measure",
        action="store_true",
        help="also measure every picture: text that does not fit its box in every look, in 长辈版 text "
        "size, targets, contrast and spacing, and every screen's focus ring in each theme (3:1); exit 1 "
        "on findings",
    )
    shots.add_argument(
        "--keyboard",
        action="store_true",
        help="instead: every text field of every screen with its keyboard, 手写 panel or number pad open "
        "(default sizes 1080x1920 and 1920x1080); reports a field under the keyboard, a pad out of the "
        "window or overlapping candidates, and exits 1 on any",
    )
    shots.add_argument("--screen", action="append", help="with --keyboard: only this screen (repeatable)")
    shots.set_defaults(handler=cmd_screenshots)
    gen = sub.add_parser("generate-catalog", help="write a synthetic catalog (for benchmarks and load tests)")
    gen.add_argument("count", type=int)
    gen.add_argument("--seed", type=int, default=0)
    gen.add_argument("-o", "--output", type=Path, help="output file (default: standard output)")
    gen.set_defaults(handler=cmd_generate_catalog)
    from kiosk.tools.simulate import register_cli as register_simulate

    register_simulate(sub)
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except ConfigError as exc:
        print(f"kiosk-tools: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
