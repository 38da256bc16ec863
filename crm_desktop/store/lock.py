"""One writer per database file: an OS lock on a small file beside it.

The process that writes a database (the app's window, or a CLI import) holds
``<database>.lock``. The operating system drops the lock when the process ends,
however it ends (a kill -9 or a power cut leaves nothing stale to clean up).
Another process that finds it held either opens the file read-only or refuses,
saying who holds it. SQLite alone would keep the file whole with two writers; the
lock keeps the *app* honest (its undo history and lists assume nobody else writes).
"""

import json
import os
import sys
from pathlib import Path

from crm_desktop.errors import DatabaseFileError


def lock_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


class DatabaseInUseError(DatabaseFileError):
    """Another process holds the database's writer lock; ``holder`` says which one."""

    def __init__(self, db_path: Path, holder: dict):
        self.holder = holder
        who = holder.get("what") or "another program"
        pid = f" (process {holder['pid']})" if holder.get("pid") else ""
        super().__init__(
            f"{db_path}: in use by {who}{pid}, which is writing to it. Close it, or wait"
            " until it has finished, and try again."
        )


class WriterLock:
    """The exclusive lock on ``<database>.lock``; :meth:`acquire` never waits."""

    def __init__(self, db_path: Path, what: str):
        self.path = lock_path(db_path)
        self.what = what  # who we are, for the message another process shows
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock if it is free and write who holds it; False if it is held."""
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps({"pid": os.getpid(), "what": self.what}).encode())
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)  # closing drops the lock; the file stays (removing it would race)

    def holder(self) -> dict:
        """Who holds the lock, as it wrote itself down ({} if unknown)."""
        try:
            return json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return {}


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
