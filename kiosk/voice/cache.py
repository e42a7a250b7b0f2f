"""Spoken prompts as WAV files, cached on disk by (text, language, voice, rate).

The cache directory only ever holds catalog and UI prompts. A prompt that contains personal data (a
resident's name, an ID or phone number: whatever the session's Redactor recognises) is synthesized
into a private directory instead (the session's temp dir, removed by the wipe) and never reused.

Pre-rendering (``prerender``) writes a manifest per catalog version and language, so ``prune`` can
drop prompts no kept version uses. File names are hashes: no prompt text appears in a path or a log.
"""

from __future__ import annotations

import array
import hashlib
import json
import logging
import os
import shutil
import sys
import tempfile
import threading
import wave
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from kiosk.logs import REDACTOR
from kiosk.voice.synth import DEFAULT_RATE, SynthesisError, Synthesizer
from kiosk.voice.text import speakable

log = logging.getLogger(__name__)

# Bump when the text conversion or the audio treatment changes, so old renderings are not served.
FORMAT = "v2"  # v2: the synthesizer's silent lead-in is trimmed
# Below this a sample is silence (1 % of full scale); this much is kept before the first sound so its
# attack is not clipped.
SILENCE_LEVEL = 328
KEEP_BEFORE_MS = 2
MANIFEST_PREFIX = "manifest-"


def cache_key(text: str, language: str, voice: str, rate: int) -> str:
    raw = json.dumps([FORMAT, text, language, voice, int(rate)], ensure_ascii=False)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Rendered:
    path: Path
    key: str
    language: str
    cached: bool  # True: a shared cache file; False: a private (personal) one
    synthesized: bool  # False when an existing file was reused


def trim_lead_in(path: Path) -> None:
    """Drop the silence espeak-ng puts before the first sound (13-14 ms of a typical prompt): it would
    be heard as that much more delay after every screen change (bench/bench_voice.py)."""
    with wave.open(str(path), "rb") as w:
        params = w.getparams()
        frames = w.readframes(w.getnframes())
    if params.sampwidth != 2:
        return
    samples = array.array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()
    first = next((i for i, v in enumerate(samples) if abs(v) > SILENCE_LEVEL), 0)
    first -= first % params.nchannels
    start = max(0, first - params.framerate * KEEP_BEFORE_MS // 1000 * params.nchannels)
    if start == 0:
        return
    with wave.open(str(path), "wb") as w:
        w.setparams(params)
        w.writeframes(frames[start * 2 :])


class PromptCache:
    def __init__(
        self,
        cache_dir: Path,
        synthesizer: Synthesizer,
        is_personal: Callable[[str], bool] = REDACTOR.contains_personal_data,
        private_dir: Callable[[], Path | None] = lambda: None,
    ) -> None:
        self.cache_dir = Path(cache_dir)
        self.cache_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.synthesizer = synthesizer
        self.is_personal = is_personal
        self._private_dir = private_dir
        self._fallback_private: Path | None = None
        self._lock = threading.Lock()
        self.synth_count = 0  # how many times the synthesizer ran (tests and the bench read it)

    # -- paths --------------------------------------------------------------------------------------

    def cache_path(self, key: str) -> Path:
        return self.cache_dir / key[:2] / f"{key}.wav"

    def private_dir(self) -> Path:
        """Where personal prompts go: the session's temp dir, else one of our own that
        ``forget_private`` removes."""
        d = self._private_dir()
        if d is not None:
            target = d / "voice"
        else:
            with self._lock:
                if self._fallback_private is None or not self._fallback_private.exists():
                    self._fallback_private = Path(tempfile.mkdtemp(prefix="kiosk-voice-"))
                target = self._fallback_private
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        return target

    def forget_private(self) -> None:
        with self._lock:
            d, self._fallback_private = self._fallback_private, None
        if d is not None:
            shutil.rmtree(d, ignore_errors=True)

    # -- rendering ----------------------------------------------------------------------------------

    def lookup(
        self, text: str, language: str | None = None, rate: int = DEFAULT_RATE, locale: str = "zh_CN"
    ) -> Path | None:
        """The cached file for this prompt if it exists, without synthesizing (cheap: one stat)."""
        s = speakable(text, language, locale)
        if not s.text or self.is_personal(text):
            return None
        path = self.cache_path(cache_key(s.text, s.language, s.voice, rate))
        return path if path.exists() else None

    def render(
        self, text: str, language: str | None = None, rate: int = DEFAULT_RATE, locale: str = "zh_CN"
    ) -> Rendered:
        s = speakable(text, language, locale)
        if not s.text:
            raise SynthesisError("nothing to say")
        key = cache_key(s.text, s.language, s.voice, rate)
        if self.is_personal(text):
            folder, cached = self.private_dir(), False
            path = folder / f"{os.urandom(8).hex()}.wav"  # never reused: nothing to find it by
        else:
            path, cached = self.cache_path(key), True
            if path.exists():
                return Rendered(path, key, s.language, cached=True, synthesized=False)
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Write beside the target and rename: a reader never sees half a file, two writers never clash.
        fd, tmp_name = tempfile.mkstemp(suffix=".wav.part", dir=path.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            self.synthesizer.synthesize(s, rate, tmp)
            trim_lead_in(tmp)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        with self._lock:
            self.synth_count += 1
        return Rendered(path, key, s.language, cached=cached, synthesized=True)

    # -- pre-rendering per catalog version ----------------------------------------------------------

    def manifest_path(self, version: str, language: str) -> Path:
        safe = "".join(c if c.isalnum() or c in "._-" else "_" for c in version)
        return self.cache_dir / f"{MANIFEST_PREFIX}{safe}-{language}.json"

    def prerender(
        self,
        prompts: Iterable[str],
        version: str,
        language: str,
        rate: int = DEFAULT_RATE,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> int:
        """Render every non-personal prompt not yet cached; returns how many were synthesized.

        Blocking: run it on a worker thread. Stops early (without a manifest) when ``cancelled()``.
        """
        keys: list[str] = []
        made = 0
        for text in dict.fromkeys(p.strip() for p in prompts):
            if cancelled():
                return made
            if not text or self.is_personal(text):
                continue
            try:
                # The language names the manifest; each prompt is still read by its content
                # (a Chinese screen's "English" button is English).
                r = self.render(text, None, rate, locale="en" if language == "en" else "zh_CN")
            except (SynthesisError, OSError, ValueError) as exc:
                log.warning("prompt not pre-rendered: %s", type(exc).__name__)
                continue
            keys.append(r.key)
            made += r.synthesized
        manifest = self.manifest_path(version, language)
        tmp = manifest.with_suffix(".part")
        tmp.write_text(json.dumps({"version": version, "language": language, "keys": keys}), "utf-8")
        os.replace(tmp, manifest)
        return made

    def prune(self, keep: Iterable[tuple[str, str]]) -> int:
        """Delete cached prompts no kept (version, language) manifest lists; other manifests go too."""
        kept_manifests = {self.manifest_path(v, lang) for v, lang in keep}
        wanted: set[str] = set()
        for m in self.cache_dir.glob(f"{MANIFEST_PREFIX}*.json"):
            if m in kept_manifests:
                wanted.update(json.loads(m.read_text("utf-8")).get("keys", []))
            else:
                m.unlink()
        removed = 0
        for f in self.cache_dir.glob("*/*.wav"):
            if f.stem not in wanted:
                f.unlink()
                removed += 1
        return removed
