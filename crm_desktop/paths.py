"""Where the app keeps its files. Overridable for tests and portable use."""

import os
from pathlib import Path

from crm_desktop import APP_ID

DB_ENV = "CRM_DESKTOP_DB"
CONFIG_ENV = "CRM_DESKTOP_CONFIG_DIR"


def _dirs():
    from platformdirs import PlatformDirs

    return PlatformDirs(APP_ID, appauthor=False)


def default_db_path() -> Path:
    """``$CRM_DESKTOP_DB`` or ``crm.sqlite3`` in the per-user data directory."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return Path(_dirs().user_data_dir) / "crm.sqlite3"


def resolve_db_path(cli_value: str | None) -> Path:
    """``--db`` wins over the variable, which wins over the default."""
    return Path(cli_value).expanduser() if cli_value else default_db_path()


def config_dir() -> Path:
    env = os.environ.get(CONFIG_ENV)
    return Path(env).expanduser() if env else Path(_dirs().user_config_dir)


def log_dir() -> Path:
    env = os.environ.get(CONFIG_ENV)
    return Path(env).expanduser() / "logs" if env else Path(_dirs().user_log_dir)
