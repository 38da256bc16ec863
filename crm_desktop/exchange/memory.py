"""Keeping a big import's memory in hand: a full Excel sheet is a million rows, made of
~10 Python objects each. Python's cycle collector is paused while they are made and
kept out of its sight after; memory freed is handed back to the system. No Qt here.
"""

import contextlib
import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_gc_lock = threading.Lock()
_gc_pausers = 0
_gc_was_enabled = True
_long_lived_parked = False  # see park_long_lived


def park_long_lived() -> None:
    """Park all the process has made so far out of the cycle collector's sight, as what
    it keeps for good (a window's start-up: see ``gui.app.park_start_up``)."""
    global _long_lived_parked
    with _gc_lock:
        _long_lived_parked = True
        gc.freeze()


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cycle collector off while an import makes ~10 objects per row: it would
    scan them all again and again (100k rows: 34 -> 23 s here). Reference counting
    still frees what is dropped; collection resumes after the last import ends.

    What the import made is then parked where the collector does not look (gc.freeze):
    its first look would scan every row's objects at once, holding the interpreter and
    so every thread, the window's too (0.3 s at 100k rows, seconds for a full sheet).
    :func:`crm_desktop.exchange.planning.release` lets go of a plan and hands the
    collector back what is parked."""
    global _gc_pausers, _gc_was_enabled
    with _gc_lock:
        _gc_pausers += 1
        if _gc_pausers == 1:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pausers -= 1
            if _gc_pausers == 0 and _gc_was_enabled:
                gc.freeze()
                gc.enable()


def gc_thaw() -> None:
    """Let the cycle collector look again at what the imports parked (their plans gone).

    What :func:`park_long_lived` parked comes back with it (parking is undone for all or
    none): then the collector looks once, now (tens of ms), and what is left is parked
    again, or its full passes would hold the window at random moments from then on."""
    with _gc_lock:
        if _gc_pausers == 0:
            gc.unfreeze()
            if _long_lived_parked:
                gc.collect()
                gc.freeze()


def hand_back(source) -> None:
    """Drop the parsed sheet and hand the freed memory back to the system (glibc keeps
    freed small blocks otherwise, and Python's own allocator would not reuse them)."""
    import ctypes  # not at start-up: the window parks objects through this module

    source.release()
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to do
        ctypes.CDLL("libc.so.6").malloc_trim(0)
