"""QSettings for UI state only (geometry, splitters, columns). Business data lives in SQLite."""

from PySide6.QtCore import QSettings

from crm_desktop.paths import config_dir


def app_settings() -> QSettings:
    return QSettings(str(config_dir() / "crm-desktop.ini"), QSettings.Format.IniFormat)
