"""Every screen's spoken prompt, as the running kiosk builds it (with its real dates, numbers and names
filled in), goes to espeak-ng as Mandarin: after kiosk/voice/spoken.py no digit, Latin letter or "*"
is left, every word is a tone-numbered pinyin syllable, and espeak-ng never switches to English.
(tests/voice/test_spoken.py does the same for every string of the translations and the catalog.)"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from ui_kit import module_kiosk

from kiosk.tools.screenshots import SCREENS, show_screen
from kiosk.voice import speakable
from kiosk.voice.spoken import normalize

pytestmark = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="espeak-ng missing: scripts/bootstrap"
)
SYLLABLE = re.compile(r"[a-z]+[1-5]")
PUNCTUATION = re.compile(r"[,.;:!?()\"'\-]+|\.\.\.")


@pytest.fixture(scope="module")
def pkiosk(qapp, tmp_path_factory):
    with module_kiosk(tmp_path_factory.mktemp("prompts")) as app:
        yield app


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_every_screen_prompt_is_said_in_mandarin(pkiosk):
    prompts: dict[str, str] = {}
    for name in SCREENS:
        show_screen(pkiosk, name, "standard", "zh_CN")
        prompt = str(pkiosk.window.property("prompt") or "").strip()
        if prompt:
            prompts[name] = prompt
    assert len(prompts) > 0.8 * len(SCREENS), sorted(set(SCREENS) - set(prompts))
    bad = {}
    for name, prompt in prompts.items():
        said = speakable(prompt, "zh")
        words = [w for w in said.text.split() if not PUNCTUATION.fullmatch(w)]
        left = re.findall(r"[A-Za-z0-9*＊%]", normalize(prompt))
        odd = [w for w in words if not SYLLABLE.fullmatch(w)]
        if left or odd or not words:
            bad[name] = (prompt, left, odd)
    assert not bad, bad
    out = subprocess.run(
        ["espeak-ng", "-q", "-x", "-v", "cmn-latn-pinyin", "--stdin"],
        input="\n".join(speakable(p, "zh").text for p in prompts.values()),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert "(en)" not in out
