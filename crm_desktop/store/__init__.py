"""Persistence: the SQLite file, its schema and migrations, models and search index."""

from crm_desktop.store.db import close_database, database_proxy, open_database

__all__ = ["close_database", "database_proxy", "open_database"]
