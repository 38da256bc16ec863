"""Bulk loading: large inserts go faster with secondary indexes built afterwards.

Inserting a million rows into a table with a dozen indexes updates each index
at random places; building an index afterwards is one sort. Used inside the
caller's transaction, so a failure rolls back the dropped indexes too.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from peewee import SqliteDatabase


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
