"""Touches counted at a real window: the kiosk on Xvfb at a floor-standing panel's 1080×1920 (set in
kiosk.toml as a technician does), every touch a click X delivers (xdotool), the signature a drag; then
参保登记 once more with a resident's detours, what the window shows read at each: the step indicator,
the error summary and where its entry leads, the question 结束 asks, the review in words, the card
reminder."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

LINE = re.compile(
    r"^(simplest|pension) \[(standard|长辈版)\] [^:]+: (\d+) touches \((\d+) keys typed, (\d+) scrolls\)",
    re.MULTILINE,
)


@pytest.fixture
def display() -> Iterator[str]:
    """A private X screen of the panel's size; Xvfb writes its number to -displayfd once ready."""
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is not installed (scripts/bootstrap installs it)")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1080x1920x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            pytest.fail("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_touches_at_a_portrait_window_meet_the_goals(display: str, tmp_path: Path) -> None:
    toml = tmp_path / "kiosk.toml"
    toml.write_text(
        f'data_dir = "{tmp_path / "data"}"\n[screen]\nsize = "1080x1920"\norientation = "portrait"\n',
        encoding="utf-8",
    )
    env = {**os.environ, "DISPLAY": display, "KIOSK_CONFIG": str(toml)}
    env.pop("QT_QPA_PLATFORM", None)
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "from kiosk.tools.cli import main; raise SystemExit(main())",
            "simulate",
            "--journey",
            "touches",
            "--window",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=480,  # about 30 CPU-seconds; minutes of wall time on a loaded machine
    )
    assert run.returncode == 0, run.stderr[-3000:]
    counts = {(m[0], m[1]): tuple(int(x) for x in m[2:]) for m in LINE.findall(run.stdout)}
    assert len(counts) == 4, run.stdout
    touches, keys, _ = counts["simplest", "standard"]
    assert keys == 0 and touches <= 12, run.stdout
    touches, keys, _ = counts["pension", "standard"]
    assert keys == 11 and touches <= 25, run.stdout
    for matter in ("simplest", "pension"):
        assert counts[matter, "长辈版"][0] <= counts[matter, "standard"][0] + 3, run.stdout
    # 参保登记 once more with the detours, read off the window
    seen = dict(re.findall(r"^seen at the window, (\w+): (.*)$", run.stdout, re.MULTILINE))
    assert "第2步，共6步" in seen["steps"] and "第6步，共6步" in seen["steps"], seen
    assert "参保身份: 此项必须填写" in seen["errors"] and "缴费档次" in seen["errors"], seen
    assert seen["focus"].startswith("address_residential_address_"), seen  # the first entry's field
    assert seen["leave"] == "要离开这次申请吗？已填写的内容将被清除。", seen
    assert "参保身份：普通城乡居民" in seen["review"] and "缴费档次：每年200元" in seen["review"], seen
    assert "ordinary" not in seen["review"] and "hekou" not in seen["review"], seen
    assert "请取走身份证和回执" in seen["finish"], seen
