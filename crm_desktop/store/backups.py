"""Backups: copies made with SQLite's online backup API (consistent while the app runs),
each checked with ``integrity_check``, readable by the owner only, rotated; and restoring
one, after backing up the current file first.

Backups live in a ``backups`` folder beside the database, named
``<database name>-<UTC time>.sqlite3``, so that they sort by age.
"""

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from peewee import SqliteDatabase

from crm_desktop.errors import DatabaseFileError, UserError
from crm_desktop.store.db import Interrupted, make_private, read_only_uri

log = logging.getLogger(__name__)



CHECK_CACHE_KB = 256_000


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def check(path: Path, stop: Callable[[], bool] | None = None, every: int = 100_000) -> None:
    """Raise DatabaseFileError unless ``path`` is a whole SQLite database (``stop``: as
    for :func:`backup`, asked every ``every`` SQLite instructions)."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            # integrity_check looks every index entry up in its table: with the default
            # 2 MB page cache, 1M contacts took 112 s here, with 256 MB 48 s (taken only
            # as pages are read: a small file gets a small cache).
            conn.execute(f"PRAGMA cache_size = {-CHECK_CACHE_KB}")
            if stop is not None:
                conn.set_progress_handler(stop, every)
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if stop is not None and stop():
            raise Interrupted("the check was stopped") from exc
        raise DatabaseFileError(f"{path}: damaged or not a database ({exc}).") from exc
    if result != "ok":
        raise DatabaseFileError(f"{path}: damaged ({result}).")


def _one_file(conn: sqlite3.Connection) -> None:
    """A copy is one self-contained file: the WAL mode it copied from its source is
    switched off, which also folds any -wal beside it back in."""
    conn.execute("PRAGMA journal_mode = DELETE")


def _remove(path: Path) -> None:
    """A partial copy, with whatever journal SQLite left beside it."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _copy(source: sqlite3.Connection, partial: Path, stop=None, progress=None) -> None:
    """Copy ``source`` into the new file ``partial`` (private, one self-contained file);
    on any failure nothing is left of ``partial``."""
    try:
        partial.unlink(missing_ok=True)
        dest = sqlite3.connect(partial)
        try:
            make_private(partial)
            if progress is None and stop is None:
                source.backup(dest)
            else:
                def step(_status: int, left: int, total: int) -> None:
                    if stop is not None and stop():
                        raise Interrupted("the backup was stopped")
                    if progress is not None:
                        progress(total - left, total)

                source.backup(dest, pages=2048, progress=step)
            _one_file(dest)
        finally:
            dest.close()
    except BaseException:
        _remove(partial)
        raise


def _checked_copy(source: sqlite3.Connection, partial: Path, stop=None, progress=None) -> None:
    """Copy ``source`` into the new file ``partial`` and check it; on any failure
    nothing is left of ``partial``."""
    _copy(source, partial, stop, progress)
    try:
        check(partial, stop)
    except BaseException:
        _remove(partial)
        raise


def backup(db: SqliteDatabase, db_path: Path, to: Path | None = None,
           keep: int | None = None,
           progress: Callable[[int, int], None] | None = None,
           stop: Callable[[], bool] | None = None) -> Path:
    """Copy the open database to ``to`` (default: a new file in :func:`backup_dir`),
    check the copy, make it private; rotate the folder's backups to the newest ``keep``
    (default: the database's ``backup_keep`` setting). ``progress(done, total)`` is told
    how many pages are copied; ``stop()`` is asked now and then, and once it is true (a
    Cancel, the window closing) the backup ends with :class:`Interrupted` and no file."""
    rotate = to is None
    to, partial = _target(Path(db_path), to)
    try:
        _checked_copy(db.connection(), partial, stop, progress)
        os.replace(partial, to)
    except OSError as exc:
        _remove(partial)
        raise _unwritable(to, exc) from exc
    if rotate:
        _rotate(db, Path(db_path), keep)
    return to


def _target(db_path: Path, to: Path | None) -> tuple[Path, Path]:
    """The backup's file (default: a new one in :func:`backup_dir`) and the partial file
    it is written as until it has passed its check."""
    if to is None:
        folder = backup_dir(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        _remove_stale_parts(folder)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        to = folder / f"{db_path.stem}-{stamp}.sqlite3"
    to = Path(to)
    if to.resolve() == db_path.resolve():
        raise UserError(f"{to}: that is the database itself.")
    return to, to.with_name(f".{to.name}.part")


#: A partial copy this old is left over from a process that ended mid-backup (a running
#: backup, in this process or another, writes its partial file all the time).
STALE_PART_S = 24 * 3600


def _remove_stale_parts(folder: Path) -> None:
    now = datetime.now(UTC).timestamp()
    for part in folder.glob(".*.part"):
        try:
            if now - part.stat().st_mtime > STALE_PART_S:
                _remove(part)
                log.info("removed a partial backup left behind: %s", part)
        except OSError:  # gone meanwhile, or not ours to remove
            pass


def _unwritable(to: Path, exc: OSError) -> UserError:
    return UserError(f"{to}: cannot write the backup ({exc.strerror or exc}).")


def _rotate(db: SqliteDatabase, db_path: Path, keep: int | None) -> None:
    """Keep the newest ``keep`` backups (default: the ``backup_keep`` setting)."""
    if keep is None:
        from crm_desktop.store import settings

        keep = settings.get("backup_keep", db)
    for old in backups(db_path)[keep:]:
        old.unlink(missing_ok=True)
        log.info("removed old backup %s", old)


class PendingBackup:
    """A backup copied but still being checked, on its own thread (see
    :func:`start_backup`); :meth:`wait` gives the checked file or raises."""

    def __init__(self, db: SqliteDatabase, db_path: Path, to: Path, partial: Path):
        self._db, self._db_path, self.path, self._partial = db, db_path, to, partial
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._check, name="crm-backup-check",
                                        daemon=True)
        self._thread.start()

    #: How often the check asks whether to stop, in SQLite instructions (about once a
    #: second here): each question takes the interpreter's lock, which the import beside
    #: it holds, and asked 100 times a second the waits made the check half as fast.
    STOP_EVERY = 10_000_000

    def _check(self) -> None:
        try:
            check(self._partial, self._stop.is_set, self.STOP_EVERY)
            os.replace(self._partial, self.path)
        except OSError as exc:
            self._error = _unwritable(self.path, exc)
        except BaseException as exc:  # damaged, or stopped: delivered by wait()
            self._error = exc
        if self._error is not None:
            _remove(self._partial)

    @property
    def checking(self) -> bool:
        return self._thread.is_alive()

    def wait(self, poll: Callable[[], None] | None = None) -> Path:
        """The checked backup, once its check is over; ``poll()`` is called every 0.2 s
        meanwhile (it may raise, to give up waiting: a Cancel)."""
        while self._thread.is_alive():
            self._thread.join(0.2)
            if poll is not None and self._thread.is_alive():
                poll()
        if self._error is not None:
            raise self._error
        _rotate(self._db, self._db_path, None)
        return self.path

    def abandon(self) -> None:
        """Stop a check nobody will wait for; its partial file is removed."""
        self._stop.set()


@contextmanager
def made_first(db: SqliteDatabase, db_path: Path) -> Iterator[PendingBackup]:
    """A backup for a change about to be made (an import): copied on entering, checked
    on its own thread; the caller calls ``wait()`` before it commits. Leaving without
    having waited (a Cancel, an error) stops the check and removes the copy."""
    pending = start_backup(db, db_path)
    try:
        yield pending
    finally:
        pending.abandon()  # nothing if it is checked already


def start_backup(db: SqliteDatabase, db_path: Path) -> PendingBackup:
    """A backup whose copy is made now and whose ``integrity_check`` (a minute at a million
    contacts) runs on its own thread: an import checks it before it commits, and does
    its own work meanwhile."""
    to, partial = _target(Path(db_path), None)
    try:
        _copy(db.connection(), partial)
    except OSError as exc:
        raise _unwritable(to, exc) from exc
    return PendingBackup(db, Path(db_path), to, partial)


def backup_if_due(db: SqliteDatabase, db_path: Path, max_age_hours: float = 24,
                  keep: int | None = None,
                  stop: Callable[[], bool] | None = None) -> Path | None:
    """The daily backup: one unless the newest is younger than ``max_age_hours`` or the
    daily backup is switched off (the ``backup_daily`` setting)."""
    from crm_desktop.store import settings

    if not settings.get("backup_daily", db):
        return None
    return backup_unless_recent(db, db_path, max_age_hours, keep, stop)


def backup_unless_recent(db: SqliteDatabase, db_path: Path, max_age_hours: float,
                         keep: int | None = None,
                         stop: Callable[[], bool] | None = None) -> Path | None:
    """A backup unless the newest is younger than ``max_age_hours``."""
    newest = backups(db_path)[:1]
    if newest:
        age = datetime.now(UTC).timestamp() - newest[0].stat().st_mtime
        if age < max_age_hours * 3600:
            return None
    return backup(db, db_path, keep=keep, stop=stop)


def backups(db_path: Path) -> list[Path]:
    """This database's backups in its backup folder, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{Path(db_path).stem}-*.sqlite3"), reverse=True)


def restore(db: SqliteDatabase, db_path: Path, source: Path) -> Path:
    """Replace the open database's contents with the backup ``source``, in one step
    (SQLite's backup API into the open file). The current contents are backed up first;
    returns that backup. A damaged, foreign or newer file is refused, nothing changed."""
    from crm_desktop.store.db import LATEST_VERSION, inspect_file

    source = Path(source)
    if not source.is_file():
        raise UserError(f"{source}: no such file.")
    check(source)
    version = inspect_file(source)  # refuses other programs' files and newer versions
    if version == 0:
        raise UserError(f"{source}: an empty database, not a backup.")
    saved = backup(db, db_path)
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        src.backup(db.connection())
    finally:
        src.close()
    if version < LATEST_VERSION:  # an older backup: bring it up to date
        from crm_desktop.store.db import migrate

        migrate(db)
    return saved


def newest_good(db_path: Path) -> Path | None:
    """The newest backup of ``db_path`` that passes ``integrity_check`` (None: none)."""
    for candidate in backups(db_path):
        try:
            check(candidate)
        except DatabaseFileError as exc:
            log.warning("backup not usable: %s", exc)
            continue
        return candidate
    return None


def recover(db_path: Path, source: Path) -> Path:
    """Put the backup ``source`` in place of a damaged database that is *not* open.

    The damaged file is never overwritten: it is moved aside (with its -wal and -shm) to
    ``<name>.damaged-<UTC time>``, which is returned, for whoever may try to rescue it.
    Takes the writer lock for the while, so it refuses a file another process has open.
    """
    from crm_desktop.store.lock import DatabaseInUseError, WriterLock

    db_path, source = Path(db_path), Path(source)
    check(source)
    lock = WriterLock(db_path, "CRM Desktop (restoring a backup)")
    if not lock.acquire():
        raise DatabaseInUseError(db_path, lock.holder())
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    partial = db_path.with_name(f".{db_path.name}.restoring")
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            _checked_copy(src, partial)
        finally:
            src.close()
        for suffix in ("", "-wal", "-shm"):  # the damaged file and its journal, together
            old = db_path.with_name(db_path.name + suffix)
            if old.exists():
                os.replace(old, aside.with_name(aside.name + suffix))
        os.replace(partial, db_path)
        log.warning("restored %s from %s; the damaged file is kept as %s",
                    db_path, source, aside)
        return aside
    except OSError as exc:
        _remove(partial)
        raise UserError(f"{db_path}: cannot restore the backup ({exc.strerror or exc}).") from exc
    finally:
        lock.release()
