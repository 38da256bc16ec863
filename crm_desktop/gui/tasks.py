"""Background work: one reader thread and one writer thread for database jobs.

All writes go through the single writer, so they are serialized; reads run
beside them (SQLite's WAL lets readers and one writer work at once). Results
and errors come back to the GUI thread through a queued signal, so callbacks
may touch widgets; a method of a widget deleted meanwhile is not called. Owned
by the application, not by a widget.
"""

import logging
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from crm_desktop.store.db import database_proxy, explain

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class TaskManager(QObject):
    _finished = Signal(object)  # (counted, callback, result-or-exception)
    busy_changed = Signal(bool)
    #: A read's result is painted after it is delivered: long jobs that yield to the
    #: lists (:attr:`lists_busy`) wait this much longer.
    SETTLE_S = 0.15

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._reader = ThreadPoolExecutor(1, thread_name_prefix="crm-reader")
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="crm-writer")
        # Slow reads that nothing waits for (e.g. page fences): never ahead of a search.
        self._background = ThreadPoolExecutor(1, thread_name_prefix="crm-background")
        # Long jobs that give way to the lists (the file check, a backup): on their own
        # thread, so that the background reads a new sort needs do not queue behind them.
        self._long = ThreadPoolExecutor(1, thread_name_prefix="crm-long")
        self._running_background = 0  # background jobs (not long ones) running now
        self._count_lock = threading.Lock()
        self._latest: dict[str, int] = {}
        self._pending = 0
        self._delivered_at = 0.0  # time.monotonic() of the last read's result
        self._closed = False
        self._finished.connect(self._deliver)
        #: Why nothing may be written (the database is open read-only), or None.
        self.read_only: str | None = None

    def connect_reader(self) -> None:
        """Open the reader's database connection now, as the window is being built: its
        first list read opened it (pragmas and all), each step waiting for the
        interpreter while this thread ran Python: 10-15 ms of the start at 1M contacts."""

        def connect() -> None:
            db = database_proxy.obj
            try:
                if db is not None:
                    db.connect(reuse_if_open=True)
            except Exception:  # the first read opens it again and reports what is wrong
                log.debug("reader connection not opened ahead", exc_info=True)

        self._reader.submit(connect)

    def read(self, fn: Callable[[], Any], on_done: Callback, on_error: Callback | None = None,
             *, key: str | None = None) -> None:
        """Run ``fn`` on the reader. With ``key``, only the newest job of that key runs:
        one queued behind a newer one is skipped (typing fast never builds a backlog)."""
        ticket = None
        if key is not None:
            ticket = self._latest[key] = self._latest.get(key, 0) + 1
        self._submit(self._reader, fn, on_done, on_error, key, ticket)

    def drop(self, key: str) -> None:
        """Jobs of ``key`` not started yet are skipped (what they were for is gone)."""
        self._latest[key] = self._latest.get(key, 0) + 1

    def background(self, fn: Callable[[], Any], on_done: Callback, *, key: str,
                   on_error: Callback | None = None, long: bool = False) -> None:
        """Run a slow read on its own thread (a backup, say: never in the way of a search);
        only the newest job of ``key`` runs. ``long``: a job of seconds or minutes that
        gives way to the lists (asks :attr:`lists_busy`), on a thread of its own."""
        ticket = self._latest[key] = self._latest.get(key, 0) + 1
        if long:
            self._submit(self._long, fn, on_done, on_error, key, ticket, count=False)
            return

        def tracked():
            with self._count_lock:
                self._running_background += 1
            try:
                return fn()
            finally:
                with self._count_lock:
                    self._running_background -= 1

        self._submit(self._background, tracked, on_done, on_error, key, ticket, count=False)

    def write(self, fn: Callable[[], Any], on_done: Callback,
              on_error: Callback | None = None) -> None:
        """Run ``fn`` on the single writer thread (or refuse at once, saying why, while
        :attr:`read_only` is set)."""
        if self.read_only:
            from crm_desktop.errors import UserError

            self._finished.emit((False, on_error or _log_error,
                                 UserError(f"Not saved: {self.read_only}")))
            return
        self._submit(self._writer, fn, on_done, on_error, None, None)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    @property
    def lists_busy(self) -> bool:
        """The lists want the machine: a read is running, or its result came within
        SETTLE_S and is likely being painted, or a background read for them (page
        fences, sort ranks) is running. Long jobs wait meanwhile. Safe from any thread."""
        return (self._pending > 0 or self._running_background > 0
                or time.monotonic() - self._delivered_at < self.SETTLE_S)

    def _submit(self, pool, fn, on_done, on_error, key, ticket, count: bool = True) -> None:
        if self._closed:  # a late result asking for more work while the app closes
            log.debug("task manager closed; not running %r", fn)
            return
        if count:
            self._pending += 1
            if self._pending == 1:
                self.busy_changed.emit(True)

        def job() -> None:
            if key is not None and self._latest.get(key) != ticket:
                self._finished.emit((count, None, None))  # superseded: just account for it
                return
            try:
                result = fn()
            except Exception as exc:  # delivered to on_error (or logged) in the GUI thread
                # A full disk or a damaged file is the user's to know, in words: not a bug.
                db = database_proxy.obj
                clear = explain(exc, getattr(db, "path", None))
                if clear is not None:
                    log.warning("%s (%r)", clear, exc)
                self._finished.emit((count, on_error or _log_error, clear or exc))
            else:
                self._finished.emit((count, on_done, result))

        pool.submit(job)

    def _deliver(self, outcome: tuple) -> None:
        counted, callback, value = outcome
        if counted:
            self._delivered_at = time.monotonic()
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)
        if callback is None:
            return
        owner = getattr(callback, "__self__", None)
        if isinstance(owner, QObject) and not isValid(owner):
            # A dialog's result, arriving after the dialog was closed and deleted: it
            # would raise on the first widget it touched.
            log.debug("not delivered to a deleted %s: %r", type(owner).__name__, callback)
            return
        callback(value)

    def close_connections(self) -> None:
        """Wait for the running jobs, then close each thread's database connection (before
        the file is replaced under them)."""
        from concurrent.futures import wait

        db = database_proxy.obj
        if db is not None:
            wait([pool.submit(db.close) for pool in (self._reader, self._writer,
                                                      self._background, self._long)])

    def shutdown(self) -> None:
        """Wait for running jobs (a write is never cut off) and stop the threads."""
        self._closed = True
        self._reader.shutdown(wait=True, cancel_futures=True)
        self._background.shutdown(wait=True, cancel_futures=True)
        self._long.shutdown(wait=True, cancel_futures=True)
        self._writer.shutdown(wait=True)


#: The interpreter's switch interval while a job runs long Python code (see
#: :func:`sharing_python`), and how many such jobs run.
SHARED_SWITCH_S = 0.001
_sharing_lock = threading.Lock()
_sharing = [0, 0.005]  # jobs running, the interval before the first


def sharing_python(fn: Callable[[], Any]) -> Callable[[], Any]:
    """``fn`` (to run on a worker) with the window's thread given the interpreter more
    often while it runs. A job that runs Python for seconds (an import's check of 100,000
    rows) holds the interpreter lock for up to the switch interval (5 ms) each time the
    window's thread asks for it, which it does at every call into Python: painting the
    wizard stood still 0.11-0.36 s at a time. With 1 ms, nothing over 0.1 s (four runs).
    Only while such a job runs: a search (C code) keeps the usual interval."""
    def run():
        with _sharing_lock:
            if _sharing[0] == 0:
                _sharing[1] = sys.getswitchinterval()
                sys.setswitchinterval(SHARED_SWITCH_S)
            _sharing[0] += 1
        try:
            return fn()
        finally:
            with _sharing_lock:
                _sharing[0] -= 1
                if _sharing[0] == 0:
                    sys.setswitchinterval(_sharing[1])

    return run


def _log_error(exc: BaseException) -> None:
    log.error("background job failed", exc_info=exc)
