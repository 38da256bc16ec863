"""What the record tables (interactions, follow-ups, feedback, assessments, goals) share:
whether a record is live, and changing many of them by id in one transaction."""

from collections.abc import Sequence

from crm_desktop.store.db import database_proxy as db
from crm_desktop.store.values import now_iso

CHUNK = 500  # ids per statement: well under SQLite's limit on parameters


def is_live(table: str, record_id: int | None) -> bool:
    """Whether ``table`` holds ``record_id`` outside the trash."""
    return record_id is not None and db.execute_sql(
        f"SELECT 1 FROM {table} WHERE id = ? AND deleted_at IS NULL", (record_id,)
    ).fetchone() is not None


def update_many(table: str, ids: Sequence[int], sets: str, params: Sequence = (),
                only: str = "1", touched: list | None = None) -> int:
    """``UPDATE table SET sets, updated_at = now`` for ``ids`` where ``only`` holds; return
    how many changed. With ``touched``, the records' contact ids are added to it (the
    caller refreshes those contacts' signals in the same transaction)."""
    ids = list(ids)
    total = 0
    with db.atomic():
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            marks = ",".join("?" * len(chunk))
            if touched is not None:
                touched += [r[0] for r in db.execute_sql(
                    f"SELECT contact_id FROM {table} WHERE id IN ({marks})", chunk)]
            total += db.execute_sql(
                f"UPDATE {table} SET {sets}, updated_at = ? WHERE id IN ({marks}) AND {only}",
                [*params, now_iso(), *chunk]).rowcount
    return total


def set_deleted(table: str, ids: Sequence[int], deleted_at: str | None,
                touched: list | None = None) -> int:
    """To the trash (``deleted_at`` a time) or back from it (None); how many moved."""
    only = "deleted_at IS NULL" if deleted_at is not None else "deleted_at IS NOT NULL"
    return update_many(table, ids, "deleted_at = ?", [deleted_at], only, touched)
