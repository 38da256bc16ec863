"""A damaged database: say so, and offer the newest good backup in its place.

The damaged file is never written over: :func:`~crm_desktop.store.backups.recover` moves
it aside, for whoever may try to rescue what it holds.
"""

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop.gui import msgbox
from crm_desktop.store import backups

TITLE = "The database is damaged"


def taken(path: Path) -> str:
    """When a backup was taken, in local time."""
    return datetime.fromtimestamp(path.stat().st_mtime).strftime("%d %b %Y, %H:%M")


def pick_backup(parent: QWidget | None, db_path: Path, problem: str,
                dont: str = "Not now") -> Path | None:
    """Say what is wrong and offer the newest good backup; the one the user accepted.
    ``dont`` names the other answer (at start-up it means quitting)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        good = backups.newest_good(db_path)  # each candidate is checked whole
    finally:
        QApplication.restoreOverrideCursor()
    if good is None:
        msgbox.error(parent, TITLE, (
            f"{problem}\n\nNo good backup of it was found in {backups.backup_dir(db_path)}."
            " The file has not been changed; keep a copy of it for whoever can try to rescue"
            " it."))
        return None
    if msgbox.choose(parent, TITLE, (
            f"{problem}\n\nThe newest good backup was taken on {taken(good)}. Put it in its"
            " place? What was saved after that is not in it. The damaged file is kept beside"
            " it, untouched."), "Restore the backup", dont):
        return good
    return None


def recovered(parent: QWidget | None, source: Path, aside: Path) -> None:
    msgbox.about(parent, "Backup restored", (
        f"The backup of {taken(source)} is back in place. The damaged file is kept as"
        f" {aside}."))
