"""The kiosk's wheel carries its data: built from a copy of the sources, unpacked outside the repository,
and every data lookup (demo catalog, schema, camera samples, chime, example configuration, QML, compiled
translations, the .ts files the core reads resident words from) must resolve inside that installed copy
and open there.

The wheel is built with the virtual environment's own setuptools (``--no-build-isolation``: offline) and
run by a child interpreter whose working directory is outside the repository and whose ``PYTHONPATH``
starts with the unpacked wheel, so the installed copy shadows any checkout or editable install; the
already installed dependencies (PySide6, OpenCV, jsonschema) come from the environment as they would
for ``pip install --no-deps``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SOURCES = ("kiosk", "devices", "sync", "assets", "pyproject.toml", "README.md")

# Run in the child: every lookup, resolved and opened, reported as JSON for the assertions below.
PROBE = r"""
import json, sys
from pathlib import Path

import kiosk.assets as assets
from kiosk.core import catalog_io, words
from devices.camera.setup import ASSETS as CAMERA_SAMPLES
from devices.document_camera import create_driver as document_camera
from kiosk.ui import chime
from kiosk.ui.app import QML_DIR
from kiosk.ui.app_controller import I18N_DIR, SCREENS_DIR
from kiosk.ui.console import controller as console
from kiosk.tools import simulate

catalog = catalog_io.load_catalog()  # the demo catalog, validated against the packaged schema
camera = document_camera({"emulated": True})
paths = {
    "kiosk package": Path(assets.__file__),
    "assets package": assets.ASSETS_DIR,
    "demo catalog": catalog_io.DEMO_CATALOG_PATH,
    "catalog schema": catalog_io.SCHEMA_PATH,
    "document samples (devices)": CAMERA_SAMPLES / "document",
    "face samples (devices)": CAMERA_SAMPLES / "face",
    "document samples (kiosk)": assets.DOCUMENT_SAMPLES,
    "console samples": console.ASSETS,
    "simulate documents": simulate.ASSETS,
    "simulate faces": simulate.FACES,
    "help chime": chime.CHIME_PATH,
    "example configuration": assets.EXAMPLE_CONFIG,
    "main qml": QML_DIR / "Main.qml",
    "screens": SCREENS_DIR,
    "translations": I18N_DIR,
    "resident words (.ts, read without Qt)": Path(str(words.translations_dir())) / "kiosk_zh_CN.ts",
}
print(json.dumps({
    "paths": {name: str(path.resolve()) for name, path in paths.items()},
    "missing": sorted(name for name, path in paths.items() if not path.exists()),
    "matters": len(catalog.matters),
    "camera clips": sorted(camera.source.clips),
    "faces": sorted(p.name for p in (CAMERA_SAMPLES / "face").glob("*.jpg")),
    "qm": sorted(p.name for p in I18N_DIR.glob("*.qm")),
    "chime header": chime.CHIME_PATH.read_bytes()[:4].decode("ascii"),
    "modules outside": sorted(
        name for name, module in sys.modules.items()
        if name.split(".")[0] in ("kiosk", "devices", "sync", "assets")
        and getattr(module, "__file__", None)
        and not Path(module.__file__).resolve().is_relative_to(Path(sys.argv[1]).resolve())
    ),
}))
"""


def _copy_sources(dest: Path) -> None:
    """What the wheel is built from: the packages and the project files, with the compiled translations
    (build products of scripts/bootstrap, made here if this checkout has not made them)."""
    for name in SOURCES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(source, dest / name)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in (dest / "kiosk" / "ui" / "i18n").glob("*.ts"):
        if not ts.with_suffix(".qm").exists():
            subprocess.run([str(lrelease), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                           check=True, capture_output=True, timeout=120)  # fmt: skip


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    _copy_sources(work / "src")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "-w", str(work / "dist"), str(work / "src")],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    (wheel,) = (work / "dist").glob("township_kiosk-*.whl")
    site = work / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    return site


def test_every_data_lookup_resolves_inside_the_installed_wheel(installed: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(installed), "QT_QPA_PLATFORM": "offscreen"}
    probe = subprocess.run([sys.executable, "-c", PROBE, str(installed)], cwd=elsewhere, env=env,
                           capture_output=True, text=True, timeout=300)  # fmt: skip
    assert probe.returncode == 0, probe.stderr[-4000:]
    found = json.loads(probe.stdout.strip().splitlines()[-1])
    assert found["missing"] == []
    assert found["modules outside"] == []
    for name, path in found["paths"].items():
        assert Path(path).is_relative_to(installed.resolve()), f"{name}: {path} is not the installed copy"
        assert not Path(path).is_relative_to(REPO), f"{name}: {path} is in the source tree"
    assert found["matters"] > 0
    assert "form_straight" in found["camera clips"]
    assert "astronaut_portrait.jpg" in found["faces"]
    assert found["qm"] == ["kiosk_en.qm", "kiosk_zh_CN.qm"]
    assert found["chime header"] == "RIFF"


def test_the_wheel_carries_no_tooling_of_the_checkout(installed: Path) -> None:
    """Only data and the three packages: the samples' generator script and the tests stay behind."""
    top = sorted(p.name for p in installed.iterdir() if not p.name.endswith(".dist-info"))
    assert top == ["assets", "devices", "kiosk", "sync"]
    assert not list(installed.rglob("make_samples.py"))
    assert not (installed / "tests").exists()
