"""Where the kiosk's data files are: the one module that knows, so a checkout and an installed wheel
find them the same way.

The top-level ``assets/`` folder is the ``assets`` package (data only) and ships in the wheel as package
data; it is looked up by package name through :mod:`importlib.resources`, never by climbing from a
source file. (Files that belong to one package, such as ``kiosk.ui``'s QML and translations, are found
beside that package's modules.) Every location is a real directory on disk: Qt, OpenCV and SQLite open
paths, so a zipped install is refused at import rather than failing later.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

ASSETS_PACKAGE = "assets"


def package_dir(package: str) -> Path:
    """The directory an installed (or checked-out) package lives in."""
    root = files(package)
    if not isinstance(root, Path):
        raise RuntimeError(f"package {package!r} must be installed as files on disk, not zipped")
    return root


ASSETS_DIR = package_dir(ASSETS_PACKAGE)
CATALOG_DIR = ASSETS_DIR / "catalog"
CATALOG_SCHEMA = CATALOG_DIR / "catalog.schema.json"
DEMO_CATALOG = CATALOG_DIR / "demo-catalog.json"
CAMERA_SAMPLES = ASSETS_DIR / "camera"
DOCUMENT_SAMPLES = CAMERA_SAMPLES / "document"
FACE_SAMPLES = CAMERA_SAMPLES / "face"
HELP_CHIME = ASSETS_DIR / "sounds" / "help-chime.wav"
EXAMPLE_CONFIG = ASSETS_DIR / "kiosk.example.toml"
