"""A full disk at start: the kiosk stays up, out of service, and says so; it does not crash into a
restart loop. The data directory is on a real 1 MiB tmpfs filled to the last block (root only)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from ui_kit import wait_until

from kiosk.config import load_config


@pytest.fixture
def full_disk(tmp_path: Path):
    where = tmp_path / "full-disk"
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    where.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(where)], check=True)
    try:
        with open(where / "filler", "wb", buffering=0) as f:
            try:
                while f.write(b"\0" * 4096):
                    pass
            except OSError:
                pass  # full: what the test wants
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False, capture_output=True)


def test_a_full_disk_at_start_gives_an_out_of_service_screen_not_a_crash(qapp, tmp_path, full_disk, caplog):
    from PySide6.QtCore import QMetaObject

    from kiosk.tools.screenshots import find
    from kiosk.ui.app import build

    toml = tmp_path / "kiosk.toml"
    toml.write_text(f'data_dir = "{full_disk / "data"}"\n[logging]\nconsole = false\n', encoding="utf-8")
    config = load_config(toml)
    k = build(config, keyboard_config_home=tmp_path / "xdg-config")  # opens the store: it cannot
    try:
        assert k.app.outOfService == "disk_full" and k.services is None
        assert any("out of service: the disk is full" in r.getMessage() for r in caplog.records)
        assert "out of service" in k.app.notice
        paused = find(k, "attractPaused")
        wait_until(k, lambda: paused.property("visible"))
        assert "暂停服务" in paused.property("text")
        # a touch starts no session: nothing could be stored
        attract = paused.parentItem().parentItem()
        QMetaObject.invokeMethod(attract, "begin")
        assert k.app.screen == "attract"
        if os.environ.get("KIOSK_TEST_SHOTS"):  # to look at it: a directory for the picture
            k.window.grabWindow().save(str(Path(os.environ["KIOSK_TEST_SHOTS"]) / "out-of-service.png"))
    finally:
        k.close()
