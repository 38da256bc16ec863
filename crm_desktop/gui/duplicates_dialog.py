"""Activity -> Find duplicates: likely twins, best first, merged field by field in the
merge dialog, or dismissed as different; and the merge history, where a merge is undone.

Finding runs on the background thread (it can be stopped); merging and undoing go
through the one writer. A merge is also on Edit -> Undo (the window's undo history).
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem
from shiboken6 import isValid

from crm_desktop.gui import msgbox
from crm_desktop.gui.forms.ui_duplicates_dialog import Ui_DuplicatesDialog
from crm_desktop.gui.forms.ui_merge_dialog import Ui_MergeDialog
from crm_desktop.gui.rows_model import RowsModel
from crm_desktop.gui.tasks import TaskManager
from crm_desktop.services import duplicates, merging
from crm_desktop.services.duplicates import Group
from crm_desktop.text import counted

SHOWN = 2000  # groups listed at most (best first); merging them brings up the next
CONTACT_ROWS = (("Name", ("first_name", "last_name")), ("Job title", ("job_title",)),
                ("Company", ("company",)), ("Street", ("street",)), ("City", ("city",)),
                ("Region", ("region",)), ("Postal code", ("postal_code",)),
                ("Country", ("country",)), ("Status", ("status",)), ("Source", ("source",)),
                ("Birthday", ("birthday_year", "birthday_month", "birthday_day")),
                ("Notes", ("notes",)))
ACCOUNT_ROWS = (("Name", ("name",)), ("Industry", ("industry",)), ("Website", ("website",)),
                ("Phone", ("phone",)), ("Street", ("street",)), ("City", ("city",)),
                ("Region", ("region",)), ("Postal code", ("postal_code",)),
                ("Country", ("country",)), ("Tags", ("tags",)), ("Notes", ("notes",)))
UNITED = (("E-mails", "emails"), ("Phones", "phones"), ("Tags", "tags"))


def _text(data, names: tuple[str, ...]) -> str:
    if names[0] == "birthday_year":
        year, month, day = (getattr(data, n) for n in names)
        return "" if month is None else f"{day:02d}/{month:02d}" + (f"/{year}" if year else "")
    value = " ".join(str(getattr(data, n) or "") for n in names).strip()
    return " ".join(value.split()) if "\n" in value else value


class MergeDialog(QDialog):
    """The records side by side; one ticked value per row; which record is kept."""

    def __init__(self, kind: str, records: list, parent=None):
        super().__init__(parent)
        self.ui = Ui_MergeDialog()
        self.ui.setupUi(self)
        self.kind, self.records = kind, records  # most recently changed first
        noun = "contacts" if kind == "contact" else "companies"
        self.setWindowTitle(f"Merge {len(records)} {noun}")
        self.rows = CONTACT_ROWS if kind == "contact" else ACCOUNT_ROWS
        united = UNITED if kind == "contact" else ()
        table = self.ui.fieldTable
        table.setColumnCount(len(records))
        table.setRowCount(len(self.rows) + len(united))
        table.setHorizontalHeaderLabels([f"#{rid} · changed {stamp[:10]}"
                                         for rid, stamp, _ in records])
        table.setVerticalHeaderLabels([label for label, _ in self.rows] +
                                      [f"{label} (all kept)" for label, _ in united])
        default = merging.default_choice(kind, records)
        differ = QFont(table.font())
        differ.setBold(True)
        for row, (_label, names) in enumerate(self.rows):
            if len({_text(d, names) for _, _, d in records}) > 1:  # where choosing matters
                table.verticalHeaderItem(row).setFont(differ)
            wanted = tuple(default[n] for n in names)
            ticked = next((c for c, (_, _, d) in enumerate(records)
                           if tuple(getattr(d, n) for n in names) == wanted), 0)
            for column, (_, _, data) in enumerate(records):
                item = QTableWidgetItem(_text(data, names))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if column == ticked
                                   else Qt.CheckState.Unchecked)
                table.setItem(row, column, item)
        for offset, (_label, attr) in enumerate(united):
            for column, (_, _, data) in enumerate(records):
                value = getattr(data, attr)
                text = value if isinstance(value, str) else ", ".join(v for _, v in value)
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setForeground(table.palette().placeholderText())
                table.setItem(len(self.rows) + offset, column, item)
        table.itemClicked.connect(self._tick)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for rid, _stamp, data in sorted(records):  # the oldest first: kept by default
            name = _text(data, self.rows[0][1]) or f"#{rid}"
            self.ui.survivorCombo.addItem(f"#{rid} {name}", rid)
        self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.Ok).setText("&Merge")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _tick(self, item: QTableWidgetItem) -> None:
        """One value per row: the one clicked."""
        row = item.row()
        if row >= len(self.rows):
            return
        table = self.ui.fieldTable
        table.blockSignals(True)
        for column in range(table.columnCount()):
            table.item(row, column).setCheckState(
                Qt.CheckState.Checked if column == item.column() else Qt.CheckState.Unchecked)
        table.blockSignals(False)

    def chosen(self) -> dict[str, object]:
        out: dict[str, object] = {}
        table = self.ui.fieldTable
        for row, (_label, names) in enumerate(self.rows):
            column = next(c for c in range(table.columnCount())
                          if table.item(row, c).checkState() == Qt.CheckState.Checked)
            data = self.records[column][2]
            out.update({n: getattr(data, n) for n in names})
        return out

    def survivor(self) -> int:
        return self.ui.survivorCombo.currentData()


class GroupTableModel(RowsModel):
    """The groups found, best first (2,000 groups of table items held the window for
    0.13 s when a search ended)."""

    HEADERS = ("Score", "Records", "Why")

    def cell(self, group: Group, column: int, role):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return str(group.score)
            if column == 1:
                return "  |  ".join(group.names[i] or f"#{i}" for i in group.ids)
            return "; ".join(group.reasons)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return Qt.AlignmentFlag.AlignCenter
        return None


class DuplicatesDialog(QDialog):
    merged = Signal()  # records changed: the window refreshes

    def __init__(self, tasks: TaskManager, window):
        super().__init__(window)
        self.ui = Ui_DuplicatesDialog()
        self.ui.setupUi(self)
        self.tasks, self.window = tasks, window
        self.group_model = GroupTableModel(self)
        ui = self.ui
        ui.groupTable.setModel(self.group_model)
        self.searching = False
        self._stop = False
        ui.kindCombo.addItem("Contacts", "contact")
        ui.kindCombo.addItem("Companies", "account")
        for table in (ui.groupTable, ui.historyTable):
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
            table.horizontalHeader().setSectionResizeMode(
                0, QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setResizeContentsPrecision(0)  # from the rows in view
        ui.groupTable.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Interactive)
        ui.groupTable.setColumnWidth(1, 420)
        self._again = False
        ui.findButton.clicked.connect(self.find)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.groupTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.groupTable.doubleClicked.connect(lambda _: self.merge_selected())
        ui.mergeButton.clicked.connect(self.merge_selected)
        ui.dismissButton.clicked.connect(self.dismiss_selected)
        ui.historyTable.itemSelectionChanged.connect(self._update_buttons)
        ui.undoMergeButton.clicked.connect(self.undo_selected)
        ui.buttonBox.rejected.connect(self.reject)
        read_only = window.read_only is not None
        ui.mergeButton.setToolTip("Read-only: " + window.read_only if read_only else "")
        self.load_history()
        self.find()

    @property
    def kind(self) -> str:
        return self.ui.kindCombo.currentData()

    # --- finding ------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        if self.searching:  # stop the search for the other kind, then look for this one
            self._stop = self._again = True
        else:
            self.find()

    def find(self) -> None:
        if self.searching:  # the button reads Stop while it searches
            self._stop = True
            return
        self.searching, self._stop = True, False
        ui = self.ui
        ui.findButton.setText("&Stop")
        ui.progressBar.show()
        ui.statusLabel.setText("Looking…")
        kind = self.kind
        self.tasks.background(lambda: duplicates.find(kind, stop=lambda: self._stop),
                              self._while_open(lambda groups: self._found(kind, groups)),
                              key="duplicates", on_error=self._while_open(self._find_failed))

    def _found(self, kind: str, groups: list[Group]) -> None:
        self._searched()
        if kind != self.kind:  # the kind was changed meanwhile: looked again
            return
        self.group_model.set_rows(groups[:SHOWN])
        shown = f" (the best {SHOWN:,} are listed)" if len(groups) > SHOWN else ""
        noun = "contacts" if kind == "contact" else "companies"
        self.ui.statusLabel.setText(
            f"{counted(len(groups), 'group')} of {noun} look alike{shown}." if groups
            else f"No {noun} look alike.")
        self._update_buttons()

    def _find_failed(self, exc: Exception) -> None:
        self._searched()
        if isinstance(exc, InterruptedError):
            self.ui.statusLabel.setText("Stopped.")
        else:
            self.ui.statusLabel.setText(f"Could not look: {exc}")

    def _searched(self) -> None:
        self.searching = False
        self.ui.findButton.setText("&Find")
        self.ui.progressBar.hide()
        if self._again:
            self._again = False
            self.find()

    @property
    def groups(self) -> list[Group]:
        return self.group_model.rows

    def selected_group(self) -> Group | None:
        rows = self.ui.groupTable.selectionModel().selectedRows()
        return self.groups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        writable = self.window.read_only is None
        group = self.selected_group() is not None
        self.ui.mergeButton.setEnabled(writable and group)
        self.ui.dismissButton.setEnabled(writable and group)
        rows = {i.row() for i in self.ui.historyTable.selectedItems()}
        undoable = bool(rows) and self.history[rows.pop()]["undone_at"] is None
        self.ui.undoMergeButton.setEnabled(writable and undoable)

    def _drop(self, group: Group) -> None:
        self.group_model.remove(self.groups.index(group))
        self._update_buttons()

    # --- merging and dismissing ---------------------------------------------------------
    def merge_selected(self) -> MergeDialog | None:
        group = self.selected_group()
        if group is None or self.window.read_only:
            return None
        kind = group.kind
        try:
            records = merging.candidates(kind, group.ids)
        except Exception as exc:  # merged or deleted meanwhile
            msgbox.warning(self, "Merge", str(exc))
            self._drop(group)
            return None
        dialog = MergeDialog(kind, records, self)
        dialog.accepted.connect(lambda: self._merge(group, dialog))
        dialog.open()
        return dialog

    def _merge(self, group: Group, dialog: MergeDialog) -> None:
        survivor, chosen = dialog.survivor(), dialog.chosen()
        others = [i for i in group.ids if i != survivor]
        editor = self.window.editor

        def done(_batch) -> None:
            self._drop(group)
            self.ui.statusLabel.setText(f"Merged {counted(len(group.ids), group.kind)}."
                                        " Edit → Undo takes it back.")
            self.load_history()
            self.merged.emit()

        self.tasks.write(lambda: editor.merge(group.kind, survivor, others, chosen),
                         self._while_open(done, changed=True),
                         self._while_open(self._write_failed))

    def dismiss_selected(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        self.tasks.write(lambda: duplicates.dismiss(group.kind, group.ids),
                         self._while_open(lambda _: self._drop(group)),
                         self._while_open(self._write_failed))

    def _write_failed(self, exc: Exception) -> None:
        msgbox.warning(self, "Not saved", str(exc))

    def _while_open(self, fn: Callable[[Any], None], changed: bool = False):
        """``fn`` for a result that may arrive after the dialog is gone (deleted when
        closed, or with its window); then, if records ``changed``, the window follows."""
        window = self.window

        def deliver(value) -> None:
            if isValid(self):
                fn(value)
            elif changed and isValid(window):
                window._merged()

        return deliver

    # --- history ------------------------------------------------------------------------
    history: list[dict] = []

    def load_history(self) -> None:
        self.tasks.read(merging.history, self._while_open(self._show_history))

    def _show_history(self, history: list[dict]) -> None:
        self.history = history
        table = self.ui.historyTable
        table.setRowCount(len(history))
        for row, entry in enumerate(history):
            status = "undone " + merging.when(entry["undone_at"]) if entry["undone_at"] else ""
            for column, text in enumerate((merging.when(entry["merged_at"]), entry["label"],
                                           status)):
                item = QTableWidgetItem(text)
                if entry["undone_at"]:
                    font = QFont(item.font())
                    font.setStrikeOut(column == 1)
                    item.setFont(font)
                table.setItem(row, column, item)
        self._update_buttons()

    def undo_selected(self) -> None:
        rows = {i.row() for i in self.ui.historyTable.selectedItems()}
        if not rows:
            return
        entry = self.history[rows.pop()]

        def done(label: str) -> None:
            self.ui.statusLabel.setText(f"Undone: {label}.")
            self.load_history()
            self.merged.emit()

        self.tasks.write(lambda: merging.undo(entry["id"]), self._while_open(done, changed=True),
                         self._while_open(self._write_failed))
