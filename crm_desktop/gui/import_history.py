"""File -> Import history: every import, and Undo for the ones still in effect."""

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QTableWidgetItem

from crm_desktop.exchange import importer
from crm_desktop.gui import msgbox
from crm_desktop.gui.forms.ui_import_history import Ui_ImportHistoryDialog
from crm_desktop.gui.tasks import TaskManager


def _when(stamp: str) -> str:
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class ImportHistoryDialog(QDialog):
    undone = Signal(int)

    def __init__(self, tasks: TaskManager, parent=None):
        super().__init__(parent)
        self.ui = Ui_ImportHistoryDialog()
        self.ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.tasks = tasks
        self.batches: list[importer.Batch] = []
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.undoButton.clicked.connect(self.undo_selected)
        self.ui.historyTable.itemSelectionChanged.connect(self._selection_changed)
        self.ui.historyTable.verticalHeader().hide()
        self._open = True
        self.finished.connect(lambda _r: setattr(self, "_open", False))
        self.refresh()

    def refresh(self) -> None:
        self.tasks.read(importer.history, self._show, key="import-history")

    def _show(self, batches: list[importer.Batch]) -> None:
        if not self._open:  # closed while the history was read: its table may be gone
            return
        self.batches = batches
        table = self.ui.historyTable
        table.setRowCount(len(batches))
        for row, b in enumerate(batches):
            status = f"undone {_when(b.undone_at)}" if b.undone_at else "in effect"
            cells = (_when(b.created_at), b.file_name + (f" ({b.sheet})" if b.sheet
                     and b.sheet != b.file_name.rsplit(".", 1)[0] else ""),
                     f"{b.rows:,}", f"{b.created:,}", f"{b.updated:,}", f"{b.skipped:,}",
                     f"{b.errors:,}", status)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 2 <= col <= 6:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, col, item)
        table.resizeColumnsToContents()
        self._selection_changed()

    def _selected(self) -> importer.Batch | None:
        rows = {i.row() for i in self.ui.historyTable.selectedIndexes()}
        return self.batches[rows.pop()] if len(rows) == 1 else None

    def _selection_changed(self) -> None:
        batch = self._selected()
        self.ui.undoButton.setEnabled(batch is not None and batch.undone_at is None)

    def undo_selected(self) -> None:
        batch = self._selected()
        if batch is None or batch.undone_at is not None:
            return
        if not msgbox.confirm(self, "Undo import", f"Undo the import of {batch.file_name}?"
                              f" {batch.created:,} contacts it added will be removed and"
                              f" {batch.updated:,} it updated get their earlier values back."):
            return
        self.ui.undoButton.setEnabled(False)

        def done(_counts) -> None:
            if self._open:
                self.undone.emit(batch.id)
                self.refresh()

        self.tasks.write(lambda: importer.undo(batch.id), done,
                         lambda exc: msgbox.error(self, "Could not undo", str(exc)))
