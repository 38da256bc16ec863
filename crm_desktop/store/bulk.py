"""Bulk loading: large inserts go faster with secondary indexes built afterwards.

Inserting a million rows into a table with a dozen indexes updates each index
at random places; building an index afterwards is one sort. Used inside the
caller's transaction, so a failure rolls back the dropped indexes too.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from peewee import OperationalError, SqliteDatabase

# FTS5 gathers new terms in memory and writes a segment each time this much is
# pending (1 MB by default); a bigger buffer means fewer, larger segments to merge.
FTS_BULK_HASH = 64 * 1024 * 1024
FTS_DEFAULT_HASH = 1024 * 1024


@contextmanager
def big_cache(db: SqliteDatabase, megabytes: int = 1000) -> Iterator[None]:
    """A page cache of ``megabytes`` for one bulk job, given back after. Inserting into
    a large table updates its indexes at random places; with the usual 16 MB those
    pages are read and written again and again (100k rows into 1M contacts: 692 s)."""
    previous = db.execute_sql("PRAGMA cache_size").fetchone()[0]
    db.execute_sql(f"PRAGMA cache_size = {-1000 * int(megabytes)}")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA cache_size = {int(previous)}")
        db.execute_sql("PRAGMA shrink_memory")


@contextmanager
def indexes_deferred(db: SqliteDatabase, tables: Sequence[str]) -> Iterator[None]:
    """Drop the explicit indexes of ``tables`` now and recreate them on exit."""
    marks = ",".join("?" * len(tables))
    saved = db.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({marks}) ORDER BY name",
        list(tables),
    ).fetchall()
    for name, _ in saved:
        db.execute_sql(f'DROP INDEX "{name}"')
    yield  # on an exception the caller's rollback brings the indexes back
    for _, sql in saved:
        db.execute_sql(sql)


@contextmanager
def triggers_suspended(db: SqliteDatabase, names: Sequence[str]) -> Iterator[None]:
    """Drop the triggers ``names`` now and recreate them on exit.

    The caller does what the triggers would have done, in the same transaction."""
    marks = ",".join("?" * len(names))
    saved = db.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
        list(names),
    ).fetchall()
    if len(saved) != len(names):
        raise LookupError(f"no such triggers: {sorted(set(names) - {n for n, _ in saved})}")
    for name, _ in saved:
        db.execute_sql(f'DROP TRIGGER "{name}"')
    yield
    for _, sql in saved:
        db.execute_sql(sql)


@contextmanager
def fts_bulk(db: SqliteDatabase, table: str) -> Iterator[None]:
    """Let the FTS5 table ``table`` buffer more in memory while it is bulk filled.

    SQLite before 3.40 has no 'hashsize' setting; there this changes nothing."""
    setting = f"INSERT INTO {table} ({table}, rank) VALUES ('hashsize', ?)"
    try:
        db.execute_sql(setting, [FTS_BULK_HASH])
    except OperationalError:
        yield
        return
    yield
    db.execute_sql(setting, [FTS_DEFAULT_HASH])
