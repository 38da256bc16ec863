"""The database's own settings: a few keys with defaults, kept in the file they govern
(so a backup policy travels with the database, not with one computer's profile)."""

from peewee import Database

from crm_desktop.store.db import database_proxy

DEFAULTS = {
    "backup_keep": 10,  # backups kept in the backups folder; older ones are removed
    "backup_daily": 1,  # a backup once a day while the app is in use
}
LIMITS = {"backup_keep": (1, 1000), "backup_daily": (0, 1)}


def get(key: str, db: Database | None = None) -> int:
    """The value of ``key`` in ``db`` (default: the open database), or its default."""
    row = (db or database_proxy).execute_sql(
        "SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    try:
        return int(row[0]) if row else DEFAULTS[key]
    except ValueError:
        return DEFAULTS[key]


def put(key: str, value: int) -> None:
    from crm_desktop.errors import UserError

    low, high = LIMITS[key]
    if not low <= int(value) <= high:
        raise UserError(f"{key} must be between {low} and {high}, not {value}.")
    database_proxy.execute_sql("INSERT INTO setting (key, value) VALUES (?, ?)"
                   " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, str(value)))
