"""``kiosk-devices``: the diagnostics CLI, also driven by the technician screens.

    kiosk-devices [--json] [--device [KIND=]PORT] [--config FILE] COMMAND ...
    kiosk-devices list | status | selftest [KIND] | probe [--output FILE]
    kiosk-devices idcard read | idcard decode FILE | printer ... | ...   (per-kind commands)

Every kind runs on its emulator unless ``--device`` or the config gives it a real port.
``--json``/``--device``/``--config`` are accepted before or after the command.

For kind packages adding commands: ``devices/<kind>/cli.py`` defines ``register_cli(subparsers)``,
adds one parser named after the kind, and sets ``func=handler`` on each leaf parser, where
``handler(args) -> int`` is the exit code. ``args.json`` says whether to print JSON;
``devices.cli.settings_for(kind, args)`` gives the settings to pass to ``create_driver``.
Setting ``kind_hint=<kind>`` as a default on the kind's parser lets a bare ``--device PORT`` apply.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
import tomllib
from collections.abc import Callable, Sequence
from typing import Any

from devices.base import Health
from devices.manager import KINDS, DeviceManager

_SETTLE_S = 1.5  # drivers that connect in the background get this long before status is reported


def settings_for(kind: str, args: argparse.Namespace) -> dict[str, Any]:
    return dict(load_config(args).get(kind, {}))


#: Reads a configuration file into the drivers' settings (kind -> settings). The kiosk's entry point
#: (``kiosk.devices_cli``) installs one that reads kiosk.toml exactly as the kiosk does (same keys, same
#: validation); devices/ never imports the kiosk, so on its own it reads the file's tables as they are.
SettingsLoader = Callable[[str], dict[str, dict[str, Any]]]
_settings_loader: SettingsLoader | None = None


def _kiosk_settings(path: str) -> dict[str, dict[str, Any]] | None:
    return _settings_loader(path) if _settings_loader is not None else None


def load_config(args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    config: dict[str, dict[str, Any]] = {kind: {} for kind in KINDS}
    path = getattr(args, "config", None)
    if path:
        from_kiosk = _kiosk_settings(path)
        if from_kiosk is not None:
            config.update(from_kiosk)
        else:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
            tables = data.get("devices", data)
            for kind, table in tables.items():
                if isinstance(table, dict):
                    config[str(kind)] = {**config.get(str(kind), {}), **table}
    for spec in getattr(args, "device", None) or []:
        kind, sep, port = spec.partition("=")
        if not sep or kind not in KINDS:
            kind, port = getattr(args, "kind_hint", None) or "", spec
        if kind not in KINDS:
            kinds = ", ".join(KINDS)
            raise SystemExit(f"--device {spec}: say which device it is, as KIND=PORT (kinds: {kinds})")
        # cameras may call it "device", serial kinds "port": give both, each driver takes its own
        config[kind] = {**config[kind], "port": port, "device": port, "emulated": False}
    return config


def _emit(args: argparse.Namespace, data: Any, lines: list[str]) -> None:
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print("\n".join(lines))


def _installed(kind: str) -> str:
    try:
        module = importlib.import_module(f"devices.{kind}")
    except ModuleNotFoundError as exc:
        return "not installed" if exc.name == f"devices.{kind}" else f"cannot load (missing {exc.name})"
    except Exception as exc:
        return f"cannot load ({type(exc).__name__})"
    return "installed" if callable(getattr(module, "create_driver", None)) else "not installed"


def _cmd_list(args: argparse.Namespace) -> int:
    config = load_config(args)
    rows = []
    for kind in config:
        settings = config[kind]
        emulated = bool(settings.get("emulated", not settings.get("port")))
        rows.append({"kind": kind, "driver": _installed(kind),
                     "source": "emulator" if emulated else str(settings.get("port"))})  # fmt: skip
    _emit(args, rows, [f"{r['kind']:<16} {r['driver']:<14} {r['source']}" for r in rows])
    return 0


def _open_manager(config: dict[str, dict[str, Any]]) -> DeviceManager:
    manager = DeviceManager(config)
    manager.open_all()
    deadline = time.monotonic() + _SETTLE_S
    while time.monotonic() < deadline:
        statuses = manager.statuses().values()
        if all(s.health is Health.OK or "not installed" in s.reason for s in statuses):
            break
        time.sleep(0.1)
    return manager


def _cmd_status(args: argparse.Namespace) -> int:
    manager = _open_manager(load_config(args))
    try:
        statuses = {kind: status.as_dict() for kind, status in manager.statuses().items()}
    finally:
        manager.close_all()
    _emit(args, statuses, [f"{k:<16} {v['health']:<9} {v['reason']}" for k, v in statuses.items()])
    return 0


def _cmd_selftest(args: argparse.Namespace) -> int:
    config = load_config(args)
    if args.kind:
        if args.kind not in config:
            print(f"error: unknown device kind {args.kind!r}", file=sys.stderr)
            return 2
        config = {args.kind: config[args.kind]}
    manager = _open_manager(config)
    try:
        results = {kind: result.as_dict() for kind, result in manager.self_test().items()}
    finally:
        manager.close_all()
    lines = []
    for kind, result in results.items():
        lines.append(f"{kind:<16} {'PASS' if result['passed'] else 'FAIL'}  {result['summary']}")
        for step in result["steps"]:
            lines.append(f"    {'ok ' if step['passed'] else 'BAD'} {step['step']}: {step['detail']}")
    _emit(args, results, lines)
    return 0 if all(r["passed"] for r in results.values()) else 1


def _cmd_probe(args: argparse.Namespace) -> int:
    from pathlib import Path

    from devices.probe import probe, suggested_config

    result = probe(Path(args.root))
    block = suggested_config(result)
    if args.output and block:
        Path(args.output).write_text(block, encoding="utf-8")
    if args.json:
        data = {
            "usb_bus_found": result.usb_bus_found,
            "devices": [
                {"usb": d.sysname, "ids": d.ids, "manufacturer": d.manufacturer, "product": d.name,
                 "likely": d.likely, "what": d.known.what if d.known else None,
                 "nodes": [{"path": n.path, "kind": n.kind, "stable": list(n.stable)} for n in d.nodes]}
                for d in result.devices
            ],
            "suggested_config": block,
        }  # fmt: skip
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    lines = result.summary_lines()
    if block:
        written = f" (also written to {args.output})" if args.output else ""
        lines += ["", f"# suggested for kiosk.toml{written}", block]
    elif result.devices:
        lines += ["", "nothing here the kiosk knows how to use: no [devices.*] block to suggest"]
    print("\n".join(lines))
    return 0


def _add_common(parser: argparse.ArgumentParser, top: bool) -> None:
    # below the top level, SUPPRESS keeps a sub-parser from overwriting a value given before the command
    default: Any = argparse.SUPPRESS
    have = parser._option_string_actions
    if "--json" not in have:
        parser.add_argument("--json", action="store_true", default=False if top else default,
                            help="machine-readable output")  # fmt: skip
    if "--device" not in have:
        parser.add_argument("--device", action="append", default=None if top else default,
                            metavar="[KIND=]PORT",
                            help="use a real device instead of the emulator")  # fmt: skip
    if "--config" not in have:
        parser.add_argument("--config", default=None if top else default, metavar="FILE",
                            help="the kiosk's kiosk.toml: its [devices.*] tables")  # fmt: skip


def _add_common_everywhere(parser: argparse.ArgumentParser) -> None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _add_common(sub, top=False)
                _add_common_everywhere(sub)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk-devices", description="Kiosk device diagnostics")
    _add_common(parser, top=True)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("list", help="configured devices and whether their drivers are installed").set_defaults(
        func=_cmd_list
    )
    sub.add_parser("status", help="open every device and report its health").set_defaults(func=_cmd_status)
    selftest = sub.add_parser("selftest", help="run self-tests")
    selftest.add_argument("kind", nargs="?", choices=KINDS)
    selftest.set_defaults(func=_cmd_selftest)
    probe = sub.add_parser("probe", help="list plugged-in USB devices, guess what they are, suggest config")
    probe.add_argument("--output", metavar="FILE", help="also write the suggested [devices.*] block here")
    probe.add_argument("--root", default="/", help="look at another root's /sys and /dev (default /)")
    probe.set_defaults(func=_cmd_probe)
    for kind in KINDS:
        try:
            module = importlib.import_module(f"devices.{kind}.cli")
        except ModuleNotFoundError as exc:
            if exc.name in (f"devices.{kind}", f"devices.{kind}.cli"):
                continue  # that kind has no commands (yet)
            print(f"warning: {kind} commands unavailable: missing {exc.name}", file=sys.stderr)
            continue
        except Exception as exc:  # one broken kind must not take the technician's tool down
            print(f"warning: {kind} commands unavailable: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        register = getattr(module, "register_cli", None)
        if callable(register):
            register(sub)
    _add_common_everywhere(parser)
    return parser


def main(argv: Sequence[str] | None = None, settings_loader: SettingsLoader | None = None) -> int:
    global _settings_loader
    _settings_loader = settings_loader
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "kind_hint") and getattr(args, "command", None) == "selftest":
        args.kind_hint = args.kind
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
