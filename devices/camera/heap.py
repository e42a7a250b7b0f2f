"""The process's malloc policy for picture-sized blocks; light (ctypes only), so the device bridge can
set it early, before the QML screens and the catalog fill the heap."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

M_MMAP_THRESHOLD = -3  # glibc mallopt parameters
M_ARENA_MAX = -8
ARENA_LIMIT_BYTES = 256 * 1024
_arena_limit_set = False


def keep_big_buffers_out_of_arenas() -> None:
    """Process-wide, once: malloc serves every block of 256 KiB or more from its own mapping,
    returned to the system when freed. glibc otherwise raises that limit as big blocks are freed
    (up to 32 MB) and then serves picture-sized blocks (decoded clips, resized and grey copies, QR
    work) from the arena of whichever thread asked; a thread's arena keeps its freed top and
    malloc_trim does not shrink it. Measured with the emulated devices in the kiosk: idle RSS about
    5 MB lower (three runs each way, 239 against 244 MB; a thread arena of 20 MB, half of it free,
    no longer stays). Set by the device bridge at start and again (a no-op) when a camera
    opens; a no-op off glibc."""
    global _arena_limit_set
    if _arena_limit_set or not sys.platform.startswith("linux"):
        return
    _arena_limit_set = True
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name)
        libc.mallopt(M_MMAP_THRESHOLD, ARENA_LIMIT_BYTES)
        # One arena for the threads that start from here on (capture, QR watch, the Qt thread pool's
        # workers): each thread arena keeps its own freed memory. Measured with a technician QR key
        # enrolled, so the document camera captures on the attract screen: RSS at rest after 100
        # sessions 253.8 MB with per-thread arenas, 247.0 MB with one (bench/bench_soak.py SOAK_TECH_QR).
        libc.mallopt(M_ARENA_MAX, 1)
    except (OSError, AttributeError, TypeError):  # not glibc (musl has no mallopt of its own)
        pass
