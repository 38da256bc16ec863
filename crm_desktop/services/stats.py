"""Counts of what the database holds."""

from crm_desktop.store.db import database_proxy as db

#: Plural table name -> table. Later features add their tables here.
COUNTED_TABLES = {
    "contacts": "contact", "accounts": "account",
    "interactions": "interaction", "followups": "followup",
    "feedback": "feedback", "assessments": "assessment", "goals": "goal", "deals": "deal",
}


def live(table: str) -> int:
    """Live (not trashed) rows of ``table``, from the trigger-kept counters: O(1)."""
    return _count(table, False)


def _count(table: str, trashed: bool) -> int:
    """From the trigger-kept counters: exact, and O(1) at any size."""
    column = "trashed" if trashed else "live"
    row = db.execute_sql(
        f"SELECT {column} FROM record_count WHERE table_name = ?", (table,)
    ).fetchone()
    return row[0]


#: Counted by a query on a small table: imports in effect (not undone).
QUERIED = {
    "imports": "SELECT count(*) FROM import_batch WHERE undone_at IS NULL",
}


def counts() -> dict[str, int]:
    """Live (not trashed) records per table."""
    out = {plural: _count(table, False) for plural, table in COUNTED_TABLES.items()}
    out.update({plural: db.execute_sql(sql).fetchone()[0] for plural, sql in QUERIED.items()})
    return out


def trash_counts() -> dict[str, int]:
    return {plural: _count(table, True) for plural, table in COUNTED_TABLES.items()}
