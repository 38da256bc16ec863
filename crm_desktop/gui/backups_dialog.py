"""File -> Backups: back up now (with progress and Cancel), restore a backup or another
file, open the folder, and the automatic backups' policy (daily or not, how many kept).

Backing up only reads, so it runs on the background thread and works in a read-only
window too; restoring replaces the database's contents through the one writer, after
saving what it holds now as a backup of its own.
"""

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem

from crm_desktop.gui import msgbox
from crm_desktop.gui.forms.ui_backups_dialog import Ui_BackupsDialog
from crm_desktop.gui.tasks import TaskManager
from crm_desktop.store import backups, settings
from crm_desktop.store.db import Interrupted, database_proxy


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,.0f} {unit}" if unit == "bytes" else f"{n:,.1f} {unit}"
        n /= 1024
    return ""


class BackupsDialog(QDialog):
    #: The database's contents were replaced by a backup (the window shows them afresh).
    restored = Signal(object)
    _progressed = Signal(int, int)

    def __init__(self, tasks: TaskManager, db_path: Path, read_only: str | None, parent=None):
        super().__init__(parent)
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        self.tasks, self.db_path, self.read_only = tasks, Path(db_path), read_only
        self._cancel = False
        self.busy = False
        ui = self.ui
        ui.folderLabel.setText(
            f"Backups of {self.db_path.name} are kept in {backups.backup_dir(self.db_path)}."
            " Each one is checked as it is made, and only you can read it.")
        header = ui.backupsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.backupsTable.verticalHeader().hide()
        ui.backupsTable.itemSelectionChanged.connect(self._update_buttons)
        ui.backupNowButton.clicked.connect(self.back_up_now)
        ui.restoreButton.clicked.connect(lambda: self.restore(self.selected()))
        ui.restoreFileButton.clicked.connect(self.restore_file)
        ui.openFolderButton.clicked.connect(self.open_folder)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.buttonBox.rejected.connect(self.reject)
        self._progressed.connect(self._show_progress)
        ui.keepSpin.setValue(settings.get("backup_keep"))
        ui.dailyCheck.setChecked(bool(settings.get("backup_daily")))
        ui.keepSpin.valueChanged.connect(lambda n: self._save_setting("backup_keep", n))
        ui.dailyCheck.toggled.connect(lambda on: self._save_setting("backup_daily", int(on)))
        ui.policyGroup.setEnabled(read_only is None)
        ui.restoreFileButton.setEnabled(read_only is None)
        if read_only:
            ui.statusLabel.setText(f"Backing up works; restoring does not: {read_only}")
        self.reload()

    # --- the list -----------------------------------------------------------------------
    def reload(self) -> None:
        table = self.ui.backupsTable
        found = backups.backups(self.db_path)
        table.setRowCount(len(found))
        for row, path in enumerate(found):
            stat = path.stat()
            taken = datetime.fromtimestamp(stat.st_mtime).strftime("%d %b %Y, %H:%M:%S")
            for column, text in enumerate((taken, _size(stat.st_size), path.name)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                table.setItem(row, column, item)
        self._update_buttons()

    def selected(self) -> Path | None:
        items = self.ui.backupsTable.selectedItems()
        return Path(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def _update_buttons(self) -> None:
        idle = not self.busy
        writable = self.read_only is None
        self.ui.restoreButton.setEnabled(idle and writable and self.selected() is not None)
        self.ui.restoreFileButton.setEnabled(idle and writable)
        self.ui.backupNowButton.setEnabled(idle)

    # --- backing up ---------------------------------------------------------------------
    def back_up_now(self) -> None:
        self._cancel = False
        self._set_busy("Backing up…")
        db = database_proxy.obj

        closing = getattr(self.parent(), "closing", None)

        def stop() -> bool:  # Cancel, or the window closing
            return self._cancel or bool(closing and closing.is_set())

        self.tasks.background(
            lambda: backups.backup(db, self.db_path, progress=self._progressed.emit, stop=stop),
            self._backed_up, key="backup-now", on_error=self._failed, long=True)

    def cancel(self) -> None:
        self._cancel = True
        self.ui.cancelButton.setEnabled(False)

    def _backed_up(self, path: Path) -> None:
        self._set_busy(None)
        self.reload()
        self.ui.statusLabel.setText(f"Backed up and checked: {path.name}.")

    def _failed(self, exc: Exception) -> None:
        self._set_busy(None)
        if isinstance(exc, Interrupted):
            self.ui.statusLabel.setText("Backup cancelled; no file was left behind.")
        else:
            self.ui.statusLabel.setText(f"Not backed up: {exc}")
            msgbox.warning(self, "Backups", f"Not backed up: {exc}")

    def _show_progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, total)
        self.ui.progressBar.setValue(done)
        if done >= total:  # copied: the check of the copy has no steps to show
            self.ui.progressBar.setRange(0, 0)
            self.ui.statusLabel.setText("Checking the copy…")

    def _set_busy(self, what: str | None) -> None:
        self.busy = what is not None
        self.ui.progressBar.setRange(0, 0)
        self.ui.progressBar.setVisible(self.busy)
        self.ui.cancelButton.setVisible(self.busy and what == "Backing up…")
        self.ui.cancelButton.setEnabled(True)
        self.ui.statusLabel.setText(what or "")
        self._update_buttons()

    # --- restoring ----------------------------------------------------------------------
    def restore_file(self) -> None:
        path = msgbox.open_file(self, "Restore from a file", "CRM Desktop databases"
                                " (*.sqlite3 *.sqlite *.db *.bak);;All files (*)")
        if path:
            self.restore(Path(path))

    def restore(self, source: Path | None) -> None:
        if source is None or not msgbox.confirm(self, "Restore a backup", (
                f"Replace everything in {self.db_path.name} with {source.name}? What it holds"
                " now is backed up first, so this too can be taken back.")):
            return
        self._set_busy("Restoring…")
        db = database_proxy.obj

        def done(saved: Path) -> None:
            self._set_busy(None)
            self.reload()
            self.ui.statusLabel.setText(
                f"Restored {source.name}. What the database held before is in {saved.name}.")
            self.restored.emit(source)

        self.tasks.write(lambda: backups.restore(db, self.db_path, source), done, self._failed)

    # --- the rest -----------------------------------------------------------------------
    def open_folder(self) -> None:
        folder = backups.backup_dir(self.db_path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _save_setting(self, key: str, value: int) -> None:
        self.tasks.write(lambda: settings.put(key, value), lambda _: None, self._failed)

    def reject(self) -> None:
        if self.busy:  # a backup or restore is running: Close waits for it (Cancel stops one)
            return
        super().reject()
