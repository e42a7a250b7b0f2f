import dataclasses
import tomllib
from pathlib import Path

import pytest

from kiosk.config import Config, ConfigError, default_config, load_config

EXAMPLE = Path(__file__).resolve().parents[2] / "assets" / "kiosk.example.toml"


def _keys(value, prefix=""):
    """Dotted leaf keys of a TOML table or of a config dataclass."""
    items = (
        {f.name: getattr(value, f.name) for f in dataclasses.fields(value) if f.name != "source"}
        if dataclasses.is_dataclass(value)
        else value
    )
    keys = set()
    for key, item in items.items():
        if isinstance(item, dict) or dataclasses.is_dataclass(item):
            keys |= _keys(item, f"{prefix}{key}.")
        else:
            keys.add(prefix + key)
    return keys


@pytest.fixture
def env(tmp_path):
    return {"XDG_DATA_HOME": str(tmp_path / "xdg-data"), "HOME": str(tmp_path / "home")}


def _write(tmp_path, text):
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults(env, tmp_path):
    config = load_config(None, env)
    assert config == default_config(env)
    assert config.data_dir == tmp_path / "xdg-data" / "township-kiosk"
    assert config.logging.dir == config.data_dir / "logs"
    assert config.store_path == config.data_dir / "kiosk.db"
    assert config.locale == "zh_CN"
    assert config.session.warning_s >= 20
    assert config.session.elderly_idle_timeout_s > config.session.idle_timeout_s
    assert config.session.elderly_warning_s > config.session.warning_s
    assert all(
        getattr(config.devices, kind).emulated
        for kind in ("idcard", "scanner", "printer", "document_camera", "face_camera")
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.locale = "en"


def test_without_xdg_data_home_the_default_is_under_home(tmp_path):
    config = load_config(None, {"HOME": str(tmp_path)})
    assert config.data_dir == tmp_path / ".local" / "share" / "township-kiosk"


def test_example_file_loads_to_exactly_the_defaults_and_names_every_key(env):
    assert load_config(EXAMPLE, env) == default_config(env)
    example_keys = _keys(tomllib.loads(EXAMPLE.read_text(encoding="utf-8")))
    assert example_keys == _keys(Config())


def test_kiosk_config_variable_is_used_and_explicit_path_wins(env, tmp_path):
    via_env = _write(tmp_path, 'locale = "en"\n')
    explicit = tmp_path / "other.toml"
    explicit.write_text('[terminal]\ncode = "4107"\n', encoding="utf-8")
    assert load_config(None, {**env, "KIOSK_CONFIG": str(via_env)}).locale == "en"
    chosen = load_config(explicit, {**env, "KIOSK_CONFIG": str(via_env)})
    assert chosen.locale == "zh_CN" and chosen.terminal.code == "4107"
    assert chosen.source == explicit


def test_values_from_the_file(env, tmp_path):
    path = _write(
        tmp_path,
        """
        data_dir = "var"
        locale = "en"
        [terminal]
        id = "xinyang-pingqiao-01"
        [session]
        idle_timeout_s = 60
        [devices.idcard]
        emulated = false
        port = "/dev/ttyUSB0"
        [devices.face_camera]
        camera_index = 2
        [sync]
        platform_url = "https://zwfw.example.cn/kiosk"
        windows = ["12:00-13:30", "18:00-07:00"]
        [logging]
        dir = "/var/log/kiosk"
        level = "DEBUG"
        """,
    )
    config = load_config(path, env)
    assert config.data_dir == tmp_path / "var"  # relative to the file
    assert config.logging.dir == Path("/var/log/kiosk")
    assert config.session.idle_timeout_s == 60.0 and isinstance(config.session.idle_timeout_s, float)
    assert config.devices.idcard == dataclasses.replace(
        default_config(env).devices.idcard, emulated=False, port="/dev/ttyUSB0"
    )
    assert config.devices.scanner.baud == 9600  # a section's own default survives a neighbour's override
    assert config.devices.face_camera.camera_index == 2
    assert config.sync.windows == ("12:00-13:30", "18:00-07:00")


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        ('locale = "fr"\n', "locale", "one of 'zh_CN', 'en'"),
        ("[session]\nwarning_s = 10\n", "session.warning_s", "from 20"),
        ('[session]\nidle_timeout_s = "90"\n', "session.idle_timeout_s", "a number"),
        ("[session]\nidle_timeout_s = true\n", "session.idle_timeout_s", "a number"),
        ("[session]\nidle_timeout_s = 200\n", "session.elderly_idle_timeout_s", "at least idle_timeout_s"),
        ("[devices.idcard]\nemulated = 1\n", "devices.idcard.emulated", "true or false"),
        ("[devices.printer]\nbaud = 9600.5\n", "devices.printer.baud", "a whole number"),
        ('[terminal]\ncode = "41-07"\n', "terminal.code", "2-8 characters"),
        ('[sync]\nwindows = ["noon"]\n', "sync.windows", "HH:MM-HH:MM"),
        ('[sync]\nplatform_url = "ftp://x"\n', "sync.platform_url", "http(s)://"),
        ('[logging]\nlevel = "LOUD"\n', "logging.level", "one of"),
        ("devices = 3\n", "devices", "a table [devices]"),
    ],
)
def test_bad_values_name_the_key_the_file_and_what_was_expected(env, tmp_path, text, key, expected):
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path, env)
    message = str(info.value)
    assert info.value.key == key and info.value.path == path
    assert str(path) in message and f": {key}: " in message and expected in message


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("colour = 1\n", "colour"),
        ("[session]\nidle_timeout = 60\n", "session.idle_timeout"),
        ("[devices.fax]\nemulated = true\n", "devices.fax"),
        ("[devices.idcard]\ncamera_index = 0\n", "devices.idcard.camera_index"),
    ],
)
def test_unknown_keys_are_refused(env, tmp_path, text, key):
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError, match="unknown key") as info:
        load_config(path, env)
    assert info.value.key == key and str(path) in str(info.value)


def test_broken_or_missing_files(env, tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.toml", env)
    with pytest.raises(ConfigError, match="not valid TOML") as info:
        load_config(_write(tmp_path, "locale = \n"), env)
    assert str(tmp_path / "kiosk.toml") in str(info.value)


def test_points_to_pixels():
    screen = default_config({"HOME": "/nonexistent"}).screen
    assert screen.pt_to_px(18) == pytest.approx(24.0)  # 96 dpi at reading distance
    farther = dataclasses.replace(screen, viewing_distance_mm=600)
    assert farther.pt_to_px(18) == pytest.approx(36.0)


@pytest.mark.parametrize(
    ("size", "orientation", "window"),
    [
        ("1080x1920", "portrait", (1080, 1920)),
        ("1920x1080", "portrait", (1080, 1920)),  # a landscape panel mounted upright
        ("1920x1080", "landscape", (1920, 1080)),
        ("1080x1920", "landscape", (1920, 1080)),
    ],
)
def test_screen_size_and_orientation_from_the_file(env, tmp_path, size, orientation, window):
    path = _write(tmp_path, f'[screen]\nsize = "{size}"\norientation = "{orientation}"\n')
    assert load_config(path, env).screen.window_size == window


def test_default_screen_is_the_1280x800_landscape_window(env):
    assert default_config(env).screen.window_size == (1280, 800)


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ('size = "1080*1920"', "screen.size"),
        ('size = "108x1920"', "screen.size"),
        ("size = 1080", "screen.size"),
        ('orientation = "upright"', "screen.orientation"),
    ],
)
def test_bad_screen_geometry_names_the_key(env, tmp_path, line, key):
    with pytest.raises(ConfigError) as info:
        load_config(_write(tmp_path, f"[screen]\n{line}\n"), env)
    assert info.value.key == key and "kiosk.toml" in str(info.value)


def test_an_upload_chunk_larger_than_the_platform_takes_is_refused_in_the_file(tmp_path):
    """The platform answers 413 to a tus PATCH over 16 MiB: a kiosk.toml asking for more would make
    every upload fail, so the file is refused at start with the key named."""
    path = tmp_path / "kiosk.toml"
    path.write_text("[sync]\nchunk_bytes = 33554432\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert "chunk_bytes" in str(info.value)
    path.write_text("[sync]\nchunk_bytes = 16777216\n", encoding="utf-8")
    assert load_config(path).sync.chunk_bytes == 16 * 1024 * 1024
