"""Backups: copies made with SQLite's online backup API (consistent while the app runs),
each checked with ``integrity_check``, readable by the owner only, rotated; and restoring
one, after backing up the current file first.

Backups live in a ``backups`` folder beside the database, named
``<database name>-<UTC time>.sqlite3``, so that they sort by age.
"""

import logging
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from peewee import SqliteDatabase

from crm_desktop.errors import DatabaseFileError, UserError

log = logging.getLogger(__name__)

KEEP = 10  # backups kept per database; older ones are removed
PRIVATE = 0o600


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def make_private(path: Path) -> None:
    """Owner read/write only (POSIX); on other systems the user's folder protects it."""
    if os.name == "posix" and Path(path).exists():
        os.chmod(path, PRIVATE)


def check(path: Path) -> None:
    """Raise DatabaseFileError unless ``path`` is a whole SQLite database."""
    try:
        conn = sqlite3.connect(f"file:{quote(str(Path(path).resolve()))}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseFileError(f"{path}: damaged or not a database ({exc}).") from exc
    if result != "ok":
        raise DatabaseFileError(f"{path}: damaged ({result}).")


def backup(db: SqliteDatabase, db_path: Path, to: Path | None = None,
           keep: int = KEEP) -> Path:
    """Copy the open database to ``to`` (default: a new file in :func:`backup_dir`),
    check the copy, make it private; rotate the folder's backups to the newest ``keep``."""
    db_path = Path(db_path)
    rotate = to is None
    if to is None:
        folder = backup_dir(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        to = folder / f"{db_path.stem}-{stamp}.sqlite3"
    to = Path(to)
    if to.resolve() == db_path.resolve():
        raise UserError(f"{to}: that is the database itself.")
    partial = to.with_name(f".{to.name}.part")
    try:
        partial.unlink(missing_ok=True)
        dest = sqlite3.connect(partial)
        try:
            make_private(partial)
            db.connection().backup(dest)
        finally:
            dest.close()
        check(partial)
        os.replace(partial, to)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"{to}: cannot write the backup ({exc.strerror or exc}).") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if rotate:
        for old in backups(db_path)[keep:]:
            old.unlink(missing_ok=True)
            log.info("removed old backup %s", old)
    return to


def backup_if_due(db: SqliteDatabase, db_path: Path, max_age_hours: float = 24,
                  keep: int = KEEP) -> Path | None:
    """A backup unless the newest is younger than ``max_age_hours`` (the daily one)."""
    newest = backups(db_path)[:1]
    if newest:
        age = datetime.now(UTC).timestamp() - newest[0].stat().st_mtime
        if age < max_age_hours * 3600:
            return None
    return backup(db, db_path, keep=keep)


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
    from crm_desktop.store.db import LATEST_VERSION, inspect_file  # no import cycle

    source = Path(source)
    if not source.is_file():
        raise UserError(f"{source}: no such file.")
    check(source)
    version = inspect_file(source)  # refuses other programs' files and newer versions
    if version == 0:
        raise UserError(f"{source}: an empty database, not a backup.")
    saved = backup(db, db_path)
    src = sqlite3.connect(f"file:{quote(str(source.resolve()))}?mode=ro", uri=True)
    try:
        src.backup(db.connection())
    finally:
        src.close()
    if version < LATEST_VERSION:  # an older backup: bring it up to date
        from crm_desktop.store.db import migrate

        migrate(db)
    return saved
