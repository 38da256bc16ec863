"""QSettings for UI state only (geometry, splitters, columns). Business data lives in SQLite."""

from PySide6.QtCore import QByteArray, QSettings

from crm_desktop.paths import config_dir


def app_settings() -> QSettings:
    return QSettings(str(config_dir() / "crm-desktop.ini"), QSettings.Format.IniFormat)


def restore_state(window, group: str, parts: dict) -> None:
    """Window geometry and toolbars (unless ``window`` is None), plus the state of
    splitters and headers in ``parts``."""
    settings = app_settings()
    whole = () if window is None else (
        ("geometry", window.restoreGeometry), ("windowState", window.restoreState))
    for key, restore in (*whole, *((key, part.restoreState) for key, part in parts.items())):
        value = settings.value(f"{group}/{key}")
        if isinstance(value, QByteArray) and not value.isEmpty():
            restore(value)


def save_state(window, group: str, parts: dict) -> None:
    settings = app_settings()
    settings.setValue(f"{group}/geometry", window.saveGeometry())
    settings.setValue(f"{group}/windowState", window.saveState())
    for key, part in parts.items():
        settings.setValue(f"{group}/{key}", part.saveState())
    settings.sync()
