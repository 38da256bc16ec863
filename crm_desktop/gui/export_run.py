"""Running an export off the GUI thread with a progress dialog and Cancel."""

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from crm_desktop.errors import UserError
from crm_desktop.gui import msgbox
from crm_desktop.gui.progress import Progress, progress_dialog, show_progress
from crm_desktop.gui.tasks import TaskManager
from crm_desktop.text import counted

FILTERS = "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;vCard (*.vcf)"


class ExportRun(QObject):
    """One export: ``finished`` carries the result (or None if cancelled or failed)."""

    finished = Signal(object)

    def __init__(self, parent, tasks: TaskManager, path: str, scope, label: str):
        super().__init__(parent)
        from crm_desktop.exchange.export import ExportCancelled, export  # not at start-up

        self.path = Path(path)
        self._stop = threading.Event()
        self.dialog = progress_dialog(parent, f"Exporting {label} to {self.path.name}…",
                                      "Export", self._stop)
        self._progress = Progress(self)
        self._progress.moved.connect(lambda done, total: show_progress(self.dialog, done, total))
        self._cancelled_type = ExportCancelled
        tasks.read(lambda: export(path, scope, progress=self._progress.moved.emit,
                                  cancelled=self._stop.is_set), self._done, self._failed)

    def cancel(self) -> None:
        self._stop.set()

    def _done(self, result) -> None:
        self.dialog.close()
        parts = ", ".join(counted(n, name.lower().removesuffix("s"), name.lower())
                          for name, n in result.counts.items() if n)
        self.parent().statusBar().showMessage(
            f"Exported {parts or 'nothing'} to {result.path}.", 15000)
        self.finished.emit(result)

    def _failed(self, exc: Exception) -> None:
        self.dialog.close()
        if isinstance(exc, self._cancelled_type):
            self.parent().statusBar().showMessage("Export cancelled: nothing was written.", 8000)
        elif isinstance(exc, UserError):
            msgbox.warning(self.parent(), "Not exported", str(exc))
        else:
            msgbox.error(self.parent(), "Not exported", f"The export failed: {exc}")
        self.finished.emit(None)


def ask_path(parent, name: str) -> str | None:
    """Where to export, with the extension the chosen format needs."""
    path = msgbox.save_file(parent, "Export", name, FILTERS)
    if path and Path(path).suffix.lower() not in (".xlsx", ".csv", ".vcf"):
        path += ".xlsx"
    return path
