"""Opening the database file: checks, pragmas, migrations, binding.

The models are bound to :data:`database_proxy`; nothing touches a file until
:func:`open_database` is called at start-up (by the CLI, the GUI or a test).
A file that is not ours, is newer than this code, or is locked by another
writer is refused with a :class:`DatabaseFileError` *before* anything in it is
changed.
"""

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import peewee
from peewee import DatabaseProxy, SqliteDatabase

from crm_desktop.errors import DatabaseFileError
from crm_desktop.store.migrations import LATEST_VERSION, MIGRATIONS

log = logging.getLogger(__name__)

database_proxy = DatabaseProxy()

#: ``PRAGMA application_id`` of our files: "CRMD".
APPLICATION_ID = 0x43524D44
SQLITE_MAGIC = b"SQLite format 3\x00"


def _pragmas(busy_timeout_ms: int) -> list[tuple[str, object]]:
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
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
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
        raise DatabaseFileError(f"{path}: is damaged or not a database ({exc}).") from exc
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


def backup_file(db: SqliteDatabase, path: Path, tag: str) -> Path:
    """Copy the open database with SQLite's online backup API; return the copy's path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{tag}-{stamp}.bak")
    dest = sqlite3.connect(target)
    try:
        _private(target)
        db.connection().backup(dest)
    finally:
        dest.close()
    return target


def _private(path: Path) -> None:
    """Readable by the owner only (POSIX): customers' data is nobody else's business."""
    import os

    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)


def migrate(db: SqliteDatabase, upto: int = LATEST_VERSION) -> int:
    """Apply the migrations from the file's version up to ``upto``, each in one transaction."""
    version = db.execute_sql("PRAGMA user_version").fetchone()[0]
    for index in range(version, upto):
        with db.atomic("IMMEDIATE"):
            for statement in MIGRATIONS[index]:
                db.execute_sql(statement)
            db.execute_sql(f"PRAGMA user_version = {index + 1}")
            db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        log.info("migrated database to schema %d", index + 1)
        version = index + 1
    return version


def open_database(
    path: str | Path,
    *,
    busy_timeout_ms: int = 5000,
    upto: int = LATEST_VERSION,
) -> SqliteDatabase:
    """Check, open, migrate and bind the database at ``path``.

    ``upto`` exists for migration tests; the app always migrates to the latest.
    """
    path = Path(path)
    version = inspect_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseFileError(f"{path}: cannot create its folder ({exc.strerror}).") from exc
    new = not path.exists()
    db = SqliteDatabase(
        str(path),
        pragmas=_pragmas(busy_timeout_ms),
        timeout=busy_timeout_ms / 1000,
        check_same_thread=False,
    )
    try:
        db.connect()
        if new:  # created now: the owner's alone (its -wal and -shm files follow its mode)
            db.execute_sql("PRAGMA user_version")  # makes SQLite create the file
            _private(path)
        if 0 < version < upto:
            saved = backup_file(db, path, f"v{version}")
            log.info("backed up %s to %s before migrating", path, saved)
        migrate(db, upto)
        # Fail now, not at the first save, if another writer holds the file.
        db.execute_sql("BEGIN IMMEDIATE")
        db.execute_sql("ROLLBACK")
    except (sqlite3.OperationalError, peewee.OperationalError) as exc:
        db.close()
        if _is_locked(exc):
            raise _locked_error(path) from exc
        raise DatabaseFileError(f"{path}: cannot be opened ({exc}).") from exc
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        db.close()
        raise DatabaseFileError(f"{path}: is damaged or not a database ({exc}).") from exc
    database_proxy.initialize(db)
    return db


def close_database() -> None:
    db = database_proxy.obj
    if db is not None:
        db.close()
    database_proxy.initialize(None)
