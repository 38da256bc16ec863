"""Opening the database file: checks, pragmas, migrations, binding.

The models are bound to :data:`database_proxy`; nothing touches a file until
:func:`open_database` is called at start-up (by the CLI, the GUI or a test).
A file that is not ours, is newer than this code, or is locked by another
writer is refused with a :class:`DatabaseFileError` *before* anything in it is
changed.
"""

import logging
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import peewee
from peewee import DatabaseProxy, SqliteDatabase

from crm_desktop.errors import DamagedDatabaseError, DatabaseFileError
from crm_desktop.store.lock import DatabaseInUseError, WriterLock
from crm_desktop.store.migrations import LATEST_VERSION, MIGRATIONS

log = logging.getLogger(__name__)

database_proxy = DatabaseProxy()

#: ``PRAGMA application_id`` of our files: "CRMD".
APPLICATION_ID = 0x43524D44
SQLITE_MAGIC = b"SQLite format 3\x00"


class CrmDatabase(SqliteDatabase):
    """The app's database: knows whether it may be written, and holds the writer lock."""

    #: Why this process may not write (None: it may). Enforced by ``query_only``.
    read_only: str | None = None
    #: Who holds the writer lock, if that is why (another window of the app, say).
    in_use_by: dict | None = None
    lock: WriterLock | None = None
    path: Path  # the file (``database`` may be a URI)

    def close_all(self) -> None:
        self.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def _pragmas(busy_timeout_ms: int, read_only: bool = False) -> list[tuple[str, object]]:
    if read_only:  # nothing that writes, not even the journal mode (ours are WAL already)
        return [("query_only", 1), ("foreign_keys", 1), ("busy_timeout", busy_timeout_ms),
                ("cache_size", -16_000), ("temp_store", "memory")]
    return [
        ("journal_mode", "wal"),
        ("foreign_keys", 1),
        ("busy_timeout", busy_timeout_ms),
        ("synchronous", "full"),
        ("cache_size", -16_000),  # per connection; the GUI has three (read, write, background)
        ("temp_store", "memory"),
    ]


def _is_locked(exc: Exception) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def _locked_error(path: Path) -> DatabaseFileError:
    return DatabaseFileError(
        f"{path}: the database is locked by another program that is writing to it. "
        "Close the other program (or the other CRM Desktop window) and try again."
    )


def inspect_file(path: Path) -> int:
    """Return the schema version of ``path`` (0 for a new file) or raise.

    Reads the file read-only, so a file we refuse is never modified.
    """
    if path.is_dir():
        raise DatabaseFileError(f"{path}: is a folder, not a database file.")
    if not path.exists() or path.stat().st_size == 0:
        return 0
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseFileError(f"{path}: cannot be read ({exc.strerror}).") from exc
    if header != SQLITE_MAGIC:
        raise DatabaseFileError(
            f"{path}: is not a CRM Desktop database (it is not an SQLite file)."
        )
    uri = read_only_uri(path)
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=1)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if _is_locked(exc):
            raise _locked_error(path) from exc
        raise DamagedDatabaseError(f"{path}: is damaged or not a database ({exc}).") from exc
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables):
        raise DatabaseFileError(
            f"{path}: is an SQLite database of another program, not a CRM Desktop database."
        )
    if version > LATEST_VERSION:
        raise DatabaseFileError(
            f"{path}: was written by a newer version of CRM Desktop (schema {version}; "
            f"this version reads up to {LATEST_VERSION}). Please update CRM Desktop."
        )
    return version


def read_only_uri(path: Path) -> str:
    """A URI that opens ``path`` read-only. On a read-only disk SQLite cannot make the
    shared-memory file a WAL database needs, so there it is read as immutable (nobody can
    change it there anyway)."""
    path = Path(path).resolve()
    immutable = "&immutable=1" if not os.access(path.parent, os.W_OK) else ""
    return f"file:{quote(str(path))}?mode=ro{immutable}"


#: Told how a slow open goes: ``(stage, done, total)``, the stage "backup" (pages copied
#: of the file before a migration), "check" (the copy being checked; no count) or
#: "migrate" (steps of the migration; SQLite's work within a step also ticks it).
OpenProgress = Callable[[str, int, int], None]


def backup_file(db: SqliteDatabase, path: Path, tag: str,
                progress: OpenProgress | None = None) -> Path:
    """A checked copy of the open database beside it (before a migration, say)."""
    from crm_desktop.store.backups import backup  # it needs this module's helpers

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    to = path.with_name(f"{path.name}.{tag}-{stamp}.bak")
    if progress is None:
        return backup(db, path, to)
    copied = [False]

    def step(done: int, total: int) -> None:
        progress("backup", done, total)
        if done >= total:  # the check begins
            copied[0] = True
            progress("check", 0, 0)

    def tick() -> bool:  # asked through the copy, and every 100,000 steps of its check
        if copied[0]:
            progress("check", 0, 0)
        return False  # never stops it

    return backup(db, path, to, progress=step, stop=tick)


PRIVATE = 0o600


def make_private(path: Path, journals: bool = False) -> None:
    """Readable by the owner only (POSIX; elsewhere the user's folder protects it):
    customers' data is nobody else's business. With ``journals``, its -wal and -shm too."""
    if os.name != "posix":
        return
    path = Path(path)
    names = (path.name, f"{path.name}-wal", f"{path.name}-shm") if journals else (path.name,)
    for name in names:
        if (one := path.with_name(name)).exists():
            os.chmod(one, PRIVATE)


def migrate(db: SqliteDatabase, upto: int = LATEST_VERSION,
            progress: OpenProgress | None = None) -> int:
    """Apply the migrations from the file's version up to ``upto``, each in one transaction."""
    version = db.execute_sql("PRAGMA user_version").fetchone()[0]
    first = version
    for index in range(version, upto):
        if progress is not None:  # also while one statement runs long (an index built)
            progress("migrate", index - first, upto - first)
            db.connection().set_progress_handler(
                lambda i=index: progress("migrate", i - first, upto - first), 100_000)
        try:
            with db.atomic("IMMEDIATE"):
                for statement in MIGRATIONS[index]:
                    db.execute_sql(statement)
                db.execute_sql(f"PRAGMA user_version = {index + 1}")
                db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        finally:
            if progress is not None:
                db.connection().set_progress_handler(None, 0)
        log.info("migrated database to schema %d", index + 1)
        version = index + 1
    return version


def open_database(
    path: str | Path,
    *,
    busy_timeout_ms: int = 5000,
    upto: int = LATEST_VERSION,
    writer: str = "CRM Desktop",
    read_only_ok: bool = False,
    check: bool = False,
    progress: OpenProgress | None = None,
) -> CrmDatabase:
    """Check, open, migrate and bind the database at ``path``, as its one writer.

    ``writer`` says who we are to another process that finds the file in use. If another
    process holds the writer lock, or the file cannot be written, this raises, unless
    ``read_only_ok``: then the file is opened read-only and ``db.read_only`` says why.
    With ``check``, SQLite's ``quick_check`` reads the whole file first (seconds for a
    million contacts, so the app runs it in the background instead: :func:`damage`).
    ``upto`` exists for migration tests; the app always migrates to the latest.
    ``progress`` is told how the backup and the migration of an older file go.
    """
    path = Path(path)
    close_database()  # one database per process: its lock is given back first
    version = inspect_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseFileError(f"{path}: cannot create its folder ({exc.strerror}).") from exc
    lock = WriterLock(path, writer)
    reason = _cannot_write(path, lock)
    if reason is not None:
        if not read_only_ok or version == 0:
            raise reason
        if version < upto:
            raise DatabaseFileError(
                f"{reason} It also needs upgrading to this version of CRM Desktop, which"
                " means writing to it, so it cannot be opened read-only either.")
        db = _connect(path, busy_timeout_ms, read_only=True)
        db.in_use_by = reason.holder if isinstance(reason, DatabaseInUseError) else None
        return _bind(db, str(reason))
    new = not path.exists()
    if new:  # the owner's alone from the start: SQLite gives its -wal and -shm its mode
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except OSError as exc:
            lock.release()
            raise DatabaseFileError(f"{path}: cannot be created ({exc.strerror}).") from exc
    db = _connect(path, busy_timeout_ms)
    db.lock = lock
    try:
        db.connect()
        if check and (problem := damage(db)):
            raise DamagedDatabaseError(f"{path}: is damaged ({problem}).")
        if new:
            make_private(path, journals=True)
        if 0 < version < upto:
            saved = backup_file(db, path, f"v{version}", progress)
            log.info("backed up %s to %s before migrating", path, saved)
        migrate(db, upto, progress)
        # Fail now, not at the first save, if another writer holds the file.
        db.execute_sql("BEGIN IMMEDIATE")
        db.execute_sql("ROLLBACK")
    except (sqlite3.OperationalError, peewee.OperationalError) as exc:
        db.close_all()
        if _is_locked(exc):
            raise _locked_error(path) from exc
        raise DatabaseFileError(f"{path}: cannot be opened ({exc}).") from exc
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        db.close_all()
        raise DamagedDatabaseError(f"{path}: is damaged ({exc}).") from exc
    except BaseException:
        db.close_all()
        raise
    return _bind(db, None)


def _cannot_write(path: Path, lock: WriterLock) -> DatabaseFileError | None:
    """Why this process may not write ``path`` (taking its writer lock if it may)."""
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
        what = "file" if path.exists() and not os.access(path, os.W_OK) else "folder"
        return DatabaseFileError(
            f"{path}: the {what} is read-only, so changes could not be saved.")
    try:
        if lock.acquire():
            return None
    except OSError as exc:  # a read-only file system, most likely
        return DatabaseFileError(f"{path}: changes could not be saved here ({exc.strerror}).")
    return DatabaseInUseError(path, lock.holder())


def _connect(path: Path, busy_timeout_ms: int, read_only: bool = False) -> CrmDatabase:
    db = CrmDatabase(
        read_only_uri(path) if read_only else str(path),
        pragmas=_pragmas(busy_timeout_ms, read_only),
        timeout=busy_timeout_ms / 1000,
        check_same_thread=False,
        uri=read_only,
    )
    db.path = path
    return db


def _bind(db: CrmDatabase, read_only: str | None) -> CrmDatabase:
    db.read_only = read_only
    if read_only:
        log.info("opened read-only: %s", read_only)
    database_proxy.initialize(db)
    return db


def explain(exc: BaseException, path: Path | str | None = None) -> DatabaseFileError | None:
    """A clear message for SQLite's errors that are about the file, not about us: a full
    disk, a file that turned read-only, damage. None for anything else (a bug)."""
    chain = []  # peewee's rollback after a failed commit can hide the first error
    while exc is not None and len(chain) < 8:
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__
    chain = [e for e in chain if isinstance(e, sqlite3.Error | peewee.DatabaseError)]
    if not chain:
        return None
    text = " | ".join(str(e) for e in chain).lower()
    exc = chain[-1]
    where = f"{path}: " if path else ""
    if "disk is full" in text or "database or disk is full" in text:
        return DatabaseFileError(
            f"{where}the disk is full, so the change was not saved (everything saved before"
            " it is safe). Free some space and try again.")
    if "readonly" in text or "read-only" in text:
        return DatabaseFileError(
            f"{where}the database cannot be written (read-only), so the change was not saved.")
    if "disk i/o error" in text:
        return DatabaseFileError(
            f"{where}the disk reported an error, so the change was not saved. Check the disk"
            " (or the network drive) and try again.")
    if "malformed" in text or "not a database" in text:
        return DamagedDatabaseError(f"{where}the database is damaged ({exc}).")
    if _is_locked(exc):
        return DatabaseFileError(
            f"{where}another program kept the database busy, so the change was not saved."
            " Try again.")
    return None


class Interrupted(Exception):
    """A long read was stopped on request (the window closed)."""


def damage(db: SqliteDatabase, stop: Callable[[], bool] | None = None) -> str | None:
    """What SQLite's ``quick_check`` finds wrong with the file (None: nothing). It reads the
    whole file; ``stop`` is asked now and then and, once true, raises :class:`Interrupted`."""
    conn = db.connection()
    if stop is not None:
        conn.set_progress_handler(stop, 100_000)
    try:
        rows = [row[0] for row in db.execute_sql("PRAGMA quick_check(5)").fetchall()]
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        if stop is not None and stop():
            raise Interrupted("the check was stopped") from exc
        return str(exc)
    finally:
        if stop is not None:
            conn.set_progress_handler(None, 0)
    return None if rows == ["ok"] else "; ".join(rows)


def close_database() -> None:
    db = database_proxy.obj
    if db is not None:
        if isinstance(db, CrmDatabase):
            db.close_all()
        else:
            db.close()
    database_proxy.initialize(None)
