"""Keeping a big import's memory in hand: a full Excel sheet is a million rows, made of
~10 Python objects each. Python's cycle collector is paused while they are made and
kept out of its sight after; memory freed is handed back to the system. No Qt here.
"""

import contextlib
import ctypes
import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_gc_lock = threading.Lock()
_gc_pausers = 0
_gc_was_enabled = True


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
    """Let the cycle collector look again at what the imports parked (their plans gone)."""
    with _gc_lock:
        if _gc_pausers == 0:
            gc.unfreeze()


def hand_back(source) -> None:
    """Drop the parsed sheet and hand the freed memory back to the system (glibc keeps
    freed small blocks otherwise, and Python's own allocator would not reuse them)."""
    source.release()
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to do
        ctypes.CDLL("libc.so.6").malloc_trim(0)
