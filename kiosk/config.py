"""The kiosk's configuration: one TOML file, every key optional, a default for everything.

API::

    load_config(path: Path | str | None = None, environ: Mapping[str, str] | None = None) -> Config
    default_config(environ=None) -> Config
    ConfigError                      # .path (file), .key (dotted path); message says what was expected

Which file: the explicit ``path`` (the ``--config`` option), else ``$KIOSK_CONFIG``, else no file (all
defaults). A named file that does not exist is an error, not a silent fall-back to defaults.

Data directory: ``data_dir`` from the file (relative paths are relative to the file's directory);
empty or absent means ``$XDG_DATA_HOME/township-kiosk`` (``~/.local/share/township-kiosk`` when
``XDG_DATA_HOME`` is unset). A checkout gets no special ``./var``: one rule, everywhere; developers
point ``KIOSK_CONFIG`` at a file whose ``data_dir = "var"``. ``logging.dir`` empty means
``<data_dir>/logs``. ``Config.data_dir`` and ``Config.logging.dir`` are always resolved, absolute paths.

Unknown keys and bad values raise ``ConfigError`` naming the dotted key, the file and what was expected.
``assets/kiosk.example.toml`` documents every key and loads to exactly the defaults.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from kiosk.core import words

APP_DIR_NAME = "township-kiosk"
LOCALES = words.LOCALES  # the one list of languages lives with the words (kiosk/core/words.py)
# Typographic sizes assume print read at about 400 mm; a kiosk screen further away needs larger pixels
# for the same apparent size.
READING_DISTANCE_MM = 400.0
MIN_WARNING_S = 20

Check = Callable[[Any], bool]


def _check(fn: Check, expect: str) -> dict[str, Any]:
    return {"check": fn, "expect": expect}


def _between(lo: float, hi: float) -> dict[str, Any]:
    return _check(lambda v: lo <= v <= hi, f"a number from {lo:g} to {hi:g}")


def _matches(pattern: str, expect: str) -> dict[str, Any]:
    compiled = re.compile(pattern)
    return _check(lambda v: compiled.fullmatch(v) is not None, expect)


_WINDOW_RE = re.compile(r"([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)")


def _valid_window(value: str) -> bool:
    m = _WINDOW_RE.fullmatch(value)
    return m is not None and not (m.group(3) == "24" and m.group(4) != "00")


@dataclass(frozen=True)
class TerminalConfig:
    id: str = field(
        default="kiosk-dev",
        metadata=_matches(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}", "1-64 of A-Z a-z 0-9 . _ -"),
    )
    name: str = field(
        default="乡镇便民服务中心自助终端", metadata=_check(lambda v: bool(v.strip()), "a non-empty name")
    )
    # Part of every acceptance number (受理号) this terminal issues, so it must be short and unambiguous.
    code: str = field(default="0001", metadata=_matches(r"[0-9A-Z]{2,8}", "2-8 characters of 0-9 A-Z"))


@dataclass(frozen=True)
class SessionConfig:
    idle_timeout_s: float = field(default=90.0, metadata=_between(15, 3600))
    warning_s: float = field(default=30.0, metadata=_between(MIN_WARNING_S, 600))
    elderly_idle_timeout_s: float = field(default=180.0, metadata=_between(15, 7200))
    elderly_warning_s: float = field(default=45.0, metadata=_between(MIN_WARNING_S, 1200))
    # the receipt screen stays this long after printing unless touched (the resident may look away)
    receipt_hold_s: float = field(default=20.0, metadata=_between(20, 600))


_SIZE_RE = re.compile(r"([1-9]\d{2,4})x([1-9]\d{2,4})")


def _valid_size(value: str) -> bool:
    m = _SIZE_RE.fullmatch(value)
    return m is not None and all(640 <= int(n) <= 7680 for n in m.groups())


@dataclass(frozen=True)
class ScreenConfig:
    dpi: float = field(default=96.0, metadata=_between(50, 600))
    viewing_distance_mm: float = field(default=400.0, metadata=_between(200, 2000))
    # The panel's resolution, "WIDTHxHEIGHT" in pixels (either order), and how it is mounted: a
    # floor-standing portrait panel is "1080x1920" or "1920x1080" with orientation = "portrait".
    size: str = field(
        default="1280x800",
        metadata=_check(_valid_size, 'pixels as "WIDTHxHEIGHT", each 640-7680, e.g. "1080x1920"'),
    )
    orientation: Literal["landscape", "portrait"] = "landscape"

    @property
    def window_size(self) -> tuple[int, int]:
        """The window's (width, height): the panel's long side across in landscape, upright in portrait."""
        m = _SIZE_RE.fullmatch(self.size)
        assert m is not None  # checked when loaded
        short, long = sorted(int(n) for n in m.groups())
        return (long, short) if self.orientation == "landscape" else (short, long)

    def pt_to_px(self, pt: float) -> float:
        """Pixels for a type size in points at this screen's density and viewing distance."""
        return pt * self.dpi / 72.0 * (self.viewing_distance_mm / READING_DISTANCE_MM)


_BAUD = _between(1200, 4_000_000)
_DEVICE_PATH = _check(lambda v: v == "" or v.startswith("/"), "empty or an absolute path, e.g. /dev/ttyUSB0")
# Serial ports may also be pyserial URLs (rfc2217://host:port for a serial server in the cabinet).
_SERIAL_PORT = _check(
    lambda v: v == "" or v.startswith("/") or "://" in v, "empty, an absolute path or a pyserial URL"
)
_FOURCC = _matches(r"([ -~]{4})?", 'empty or four characters such as "MJPG" or "YUYV"')


def _printer_models() -> tuple[str, ...]:
    from devices.printer.profiles import PROFILES  # only when a file names a model

    return tuple(sorted(PROFILES))


def _is_printer_model(value: str) -> bool:
    return value in _printer_models()


@dataclass(frozen=True)
class IdCardDeviceConfig:
    emulated: bool = True
    # e.g. /dev/kiosk-idcard; empty with emulated = false: the ports in probe_ports are tried
    port: str = field(default="", metadata=_SERIAL_PORT)
    baud: int = field(default=115200, metadata=_BAUD)
    # Globs tried in order when port is empty, each at the usual SAM baud rates.
    probe_ports: tuple[str, ...] = field(
        default=("/dev/kiosk-idcard", "/dev/ttyUSB*", "/dev/ttyACM*"),
        metadata=_check(lambda v: all(p.startswith("/") for p in v), "a list of absolute paths or globs"),
    )


@dataclass(frozen=True)
class ScannerDeviceConfig:
    emulated: bool = True
    transport: Literal["serial", "hid"] = "serial"
    # serial: /dev/kiosk-scanner, /dev/ttyACM0; hid: /dev/kiosk-scanner-hid, /dev/input/by-id/...-event-kbd
    port: str = field(default="", metadata=_SERIAL_PORT)
    baud: int = field(default=9600, metadata=_BAUD)
    suffix: Literal["auto", "CR", "LF", "CRLF", "TAB", "none"] = "auto"
    # suffix = "none": a scan ends after this much silence between characters.
    gap_ms: int = field(default=60, metadata=_between(10, 2000))
    encoding: Literal["auto", "utf-8", "gbk"] = "auto"


@dataclass(frozen=True)
class PrinterDeviceConfig:
    emulated: bool = True
    transport: Literal["serial", "usblp", "network"] = "serial"
    # serial: /dev/kiosk-printer, /dev/ttyUSB0; usblp: /dev/usb/lp0; network: "192.168.1.50:9100"
    port: str = ""
    baud: int = field(default=9600, metadata=_BAUD)
    model: str = field(
        default="pos80",
        metadata=_check(_is_printer_model, "a printer model preset (see devices/README.md)"),
    )
    # Overrides of the model preset; 0 / "" keep the preset's value.
    paper_mm: int = field(default=0, metadata=_check(lambda v: v in (0, 58, 80), "0, 58 or 80"))
    cutter: Literal["", "yes", "no"] = ""
    code_page: int = field(default=-1, metadata=_between(-1, 255))
    chinese_mode: Literal["", "fs", "always"] = ""
    status_queries: bool = True


@dataclass(frozen=True)
class A4PrinterDeviceConfig:
    # The CUPS server holding the A4 queue, "host:port" (normally "localhost:631"); empty: no A4 printer.
    server: str = field(
        default="", metadata=_matches(r"([A-Za-z0-9.-]+:[0-9]{1,5})?", 'empty or "host:port"')
    )
    # The CUPS queue name (lpstat -p lists them).
    queue: str = field(default="kiosk-a4", metadata=_matches(r"[A-Za-z0-9_.-]{1,127}", "a CUPS queue name"))
    # How long a resident's document may take to come out before the kiosk says it is still waiting.
    job_timeout_s: float = field(default=120.0, metadata=_between(5, 1800))
    # How often documents still waiting in the print spool (paper out, a jam, the platform's answer to a
    # request left with no link) are sent to the printer again.
    retry_s: float = field(default=60.0, metadata=_between(1, 3600))


@dataclass(frozen=True)
class CameraDeviceConfig:
    emulated: bool = True
    # /dev/kiosk-face-camera (udev), /dev/v4l/by-id/usb-...-video-index0 or /dev/videoN;
    # empty: the udev name /dev/kiosk-<kind> (kiosk-document-camera, kiosk-face-camera)
    device: str = field(default="", metadata=_DEVICE_PATH)
    # A bare V4L2 index (-1: not used). Indexes move when cameras are replugged; prefer device.
    camera_index: int = field(default=-1, metadata=_between(-1, 63))
    width: int = field(default=640, metadata=_between(160, 7680))
    height: int = field(default=480, metadata=_between(120, 4320))
    fourcc: str = field(default="MJPG", metadata=_FOURCC)
    rotation: Literal[0, 90, 180, 270] = 0
    # Part of the camera's name as the kernel reports it (v4l2-ctl --info, Card type): another camera
    # at this path is reported at start instead of being used. Empty: not checked.
    expect_name: str = ""


@dataclass(frozen=True)
class DevicesConfig:
    idcard: IdCardDeviceConfig = IdCardDeviceConfig()
    scanner: ScannerDeviceConfig = ScannerDeviceConfig()
    printer: PrinterDeviceConfig = PrinterDeviceConfig()
    a4printer: A4PrinterDeviceConfig = A4PrinterDeviceConfig()
    document_camera: CameraDeviceConfig = CameraDeviceConfig(width=1280, height=960)
    face_camera: CameraDeviceConfig = CameraDeviceConfig()


@dataclass(frozen=True)
class SyncConfig:
    # Empty: no platform configured; everything queues in the outbox until one is.
    platform_url: str = field(
        default="", metadata=_matches(r"(https?://\S+)?", "empty or an http(s):// URL")
    )
    # Local times when uploads may run, "HH:MM-HH:MM"; empty means any time. A window may wrap midnight.
    windows: tuple[str, ...] = field(
        default=(), metadata=_check(lambda v: all(_valid_window(w) for w in v), 'a list of "HH:MM-HH:MM"')
    )
    interval_s: float = field(default=300.0, metadata=_between(5, 86400))
    request_timeout_s: float = field(default=30.0, metadata=_between(1, 600))
    # The urgent lane (help requests, complaints, ratings) looks for work this often, also during a backlog.
    urgent_interval_s: float = field(default=5.0, metadata=_between(1, 600))
    heartbeat_interval_s: float = field(default=900.0, metadata=_between(10, 86400))
    # Cap for attachment bytes per second; 0 means none.
    bandwidth_bytes_per_s: float = field(default=0.0, metadata=_between(0, 1e9))
    # Days after the platform acknowledged an application until its sealed files and payload are purged.
    retention_days: float = field(default=30.0, metadata=_between(0, 3650))
    # Bytes per upload request: also the most a cut can cost; at most the 16 MiB the platform takes
    # in one tus PATCH (sync/platform/limits.py).
    chunk_bytes: int = field(default=262144, metadata=_between(1024, 16 * 1024 * 1024))
    # Seconds between checks for a new signed catalog (TUF) and the platform's sealing key.
    catalog_interval_s: float = field(default=21600.0, metadata=_between(60, 604800))
    # The platform's TUF root.json installed with the kiosk; empty: the one fetched at enrolment.
    catalog_root: str = ""


_HHMM_OR_EMPTY = r"(([01]\d|2[0-3]):[0-5]\d)?"


@dataclass(frozen=True)
class OpsConfig:
    """Unattended operation (kiosk.ui.ops_wiring). The technician's ``ops.*`` settings in the store win."""

    # Prometheus textfile; empty: node-exporter's textfile directory when writable, else <data_dir>/metrics.
    metrics_file: str = ""
    metrics_interval_s: float = field(default=30.0, metadata=_between(5, 3600))
    # Daily restart (only under systemd, which starts the kiosk again); "" = never.
    restart_at: str = field(default="03:30", metadata=_matches(_HHMM_OR_EMPTY, 'empty or "HH:MM"'))
    dim_after_s: float = field(default=300.0, metadata=_between(10, 86400))
    dim_level: float = field(default=0.4, metadata=_between(0.05, 1))
    night_hours: str = field(
        default="22:00-06:30",
        metadata=_check(lambda v: v == "" or _valid_window(v), 'empty or "HH:MM-HH:MM"'),
    )
    night_level: float = field(default=0.15, metadata=_between(0.05, 1))
    # Also dim the panel's own backlight (/sys/class/backlight; the udev rules make it writable).
    backlight: bool = False


@dataclass(frozen=True)
class UpsConfig:
    # The UPS's name in upsd (NUT); empty: no UPS is watched.
    name: str = field(default="", metadata=_matches(r"([A-Za-z0-9._-]{1,64})?", "empty or a NUT UPS name"))
    host: str = "127.0.0.1"
    port: int = field(default=3493, metadata=_between(1, 65535))
    poll_s: float = field(default=5.0, metadata=_between(1, 300))
    # On battery: the resident at the screen gets this long to finish, then the draft is wiped.
    finish_grace_s: float = field(default=180.0, metadata=_between(0, 3600))
    # Shut down cleanly when the UPS says low battery or less runtime than this is left.
    shutdown_runtime_s: float = field(default=120.0, metadata=_between(0, 3600))
    low_runtime_s: float = field(default=300.0, metadata=_between(0, 7200))
    # After the clean exit on a dying battery, ask the system to power off (systemctl poweroff).
    poweroff: bool = True


@dataclass(frozen=True)
class LoggingConfig:
    dir: Path = Path()  # resolved by the loader; "" in the file means <data_dir>/logs
    max_bytes: int = field(default=5 * 1024 * 1024, metadata=_between(64 * 1024, 1024**3))
    backups: int = field(default=5, metadata=_between(1, 100))
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    console: bool = True


@dataclass(frozen=True)
class Config:
    data_dir: Path = Path()  # resolved by the loader
    locale: str = field(
        default=words.DEFAULT_LOCALE,
        metadata=_check(lambda v: v in words.LOCALES, "one of " + ", ".join(map(repr, words.LOCALES))),
    )
    terminal: TerminalConfig = TerminalConfig()
    session: SessionConfig = SessionConfig()
    screen: ScreenConfig = ScreenConfig()
    devices: DevicesConfig = DevicesConfig()
    sync: SyncConfig = SyncConfig()
    ops: OpsConfig = OpsConfig()
    ups: UpsConfig = UpsConfig()
    logging: LoggingConfig = LoggingConfig()
    source: Path | None = field(default=None, compare=False)  # the file it came from, if any

    @property
    def store_path(self) -> Path:
        return self.data_dir / "kiosk.db"


class ConfigError(ValueError):
    def __init__(self, path: Path | None, key: str, message: str) -> None:
        self.path = path
        self.key = key
        where = str(path) if path else "<defaults>"
        super().__init__(f"{where}: {key}: {message}" if key else f"{where}: {message}")


def default_data_dir(environ: Mapping[str, str]) -> Path:
    base = environ.get("XDG_DATA_HOME") or str(Path(environ.get("HOME") or Path.home()) / ".local" / "share")
    return Path(base).expanduser().resolve() / APP_DIR_NAME


def default_config(environ: Mapping[str, str] | None = None) -> Config:
    return _resolve(Config(), {}, None, os.environ if environ is None else environ)


def load_config(path: Path | str | None = None, environ: Mapping[str, str] | None = None) -> Config:
    env = os.environ if environ is None else environ
    if path is None and env.get("KIOSK_CONFIG"):
        path = env["KIOSK_CONFIG"]
    if path is None:
        return default_config(env)
    file = Path(path).expanduser()
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        raise ConfigError(file, "", "config file not found") from None
    except OSError as exc:
        raise ConfigError(file, "", f"cannot read config file: {exc.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(file, "", "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(file, "", f"not valid TOML: {exc}") from None
    config = _build(Config, data, "", file)
    return _resolve(config, data, file, env)


def _resolve(config: Config, data: Mapping[str, Any], file: Path | None, env: Mapping[str, str]) -> Config:
    base = file.parent.resolve() if file else Path.cwd()
    data_dir_text = data.get("data_dir", "")
    data_dir = (base / Path(data_dir_text).expanduser()).resolve() if data_dir_text else default_data_dir(env)
    log_dir_text = data.get("logging", {}).get("dir", "")
    log_dir = (base / Path(log_dir_text).expanduser()).resolve() if log_dir_text else data_dir / "logs"
    return dataclasses.replace(
        config, data_dir=data_dir, logging=dataclasses.replace(config.logging, dir=log_dir), source=file
    )


def _build(cls: type[Any], table: Mapping[str, Any], prefix: str, file: Path) -> Any:
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.name != "source"}
    defaults = cls()
    for key in table:
        if key not in fields:
            known = ", ".join(sorted(fields))
            raise ConfigError(file, prefix + key, f"unknown key (known keys here: {known})")
    values: dict[str, Any] = {}
    for name, f in fields.items():
        dotted = prefix + name
        if name not in table:
            continue
        raw = table[name]
        hint = hints[name]
        if dataclasses.is_dataclass(hint):
            if not isinstance(raw, dict):
                raise ConfigError(file, dotted, f"expected a table [{dotted}], got {raw!r}")
            # A field's own default (e.g. the scanner's baud) stays unless the file overrides it.
            default_sub = getattr(defaults, name)
            built = _build(type(default_sub), raw, dotted + ".", file)
            overridden = {k: getattr(built, k) for k in raw}
            values[name] = dataclasses.replace(default_sub, **overridden)
            continue
        value = _convert(hint, raw, dotted, file)
        check = f.metadata.get("check")
        if check is not None and not check(value):
            raise ConfigError(file, dotted, f"expected {f.metadata['expect']}, got {raw!r}")
        values[name] = value
    config = cls(**values)
    _cross_check(config, prefix, file)
    return config


def _convert(hint: Any, raw: Any, dotted: str, file: Path) -> Any:
    def bad(expect: str) -> ConfigError:
        return ConfigError(file, dotted, f"expected {expect}, got {raw!r}")

    origin = typing.get_origin(hint)
    if hint is bool:
        if not isinstance(raw, bool):
            raise bad("true or false")
        return raw
    if hint is int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise bad("a whole number")
        return raw
    if hint is float:
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise bad("a number")
        return float(raw)
    if hint is str:
        if not isinstance(raw, str):
            raise bad("a string")
        return raw
    if hint is Path:
        if not isinstance(raw, str):
            raise bad("a path string")
        return Path(raw)
    if origin is Literal:
        choices = typing.get_args(hint)
        if isinstance(raw, bool) or raw not in choices or type(raw) is not type(choices[0]):
            raise bad("one of " + ", ".join(repr(c) for c in choices))
        return raw
    if origin is tuple:
        if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
            raise bad("a list of strings")
        return tuple(raw)
    if origin in (types.UnionType, typing.Union):  # pragma: no cover - no optional keys yet
        raise bad("a supported type")
    raise TypeError(f"config field {dotted} has an unsupported type {hint!r}")


def _cross_check(config: Any, prefix: str, file: Path) -> None:
    if isinstance(config, ScannerDeviceConfig) and config.transport == "hid" and "://" in config.port:
        raise ConfigError(file, prefix + "port", f"expected an input device path for a HID scanner, "
                          f"got {config.port!r}")  # fmt: skip
    if isinstance(config, ScannerDeviceConfig) and config.transport == "hid" and config.suffix == "none":
        raise ConfigError(file, prefix + "suffix", 'expected Enter or "TAB" for a HID scanner, got "none"')
    if isinstance(config, CameraDeviceConfig) and config.device and config.camera_index >= 0:
        raise ConfigError(
            file, prefix + "camera_index", "expected -1 when device is set: name the camera one way"
        )
    if isinstance(config, PrinterDeviceConfig) and config.transport != "serial" and config.port:
        if config.transport == "usblp" and not config.port.startswith("/"):
            raise ConfigError(file, prefix + "port", f"expected a device path such as /dev/usb/lp0, "
                              f"got {config.port!r}")  # fmt: skip
        if config.transport == "network" and config.port.startswith("/"):
            raise ConfigError(file, prefix + "port", f'expected "host:9100" for a network printer, '
                              f"got {config.port!r}")  # fmt: skip
    if isinstance(config, SessionConfig):
        if config.elderly_idle_timeout_s < config.idle_timeout_s:
            raise ConfigError(
                file,
                prefix + "elderly_idle_timeout_s",
                f"expected at least idle_timeout_s ({config.idle_timeout_s:g}): 长辈版 gives more time",
            )
        if config.elderly_warning_s < config.warning_s:
            raise ConfigError(
                file,
                prefix + "elderly_warning_s",
                f"expected at least warning_s ({config.warning_s:g}): 长辈版 gives more time",
            )
