"""The deal editor and the pipeline's stage list (dialogs of the pipeline window)."""

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialog, QTableWidgetItem

from crm_desktop.errors import UserError
from crm_desktop.gui.forms.ui_deal_editor import Ui_DealEditorDialog
from crm_desktop.gui.forms.ui_stages_dialog import Ui_StagesDialog
from crm_desktop.services import deals
from crm_desktop.services.deals import DealData

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "SEK", "DKK", "NOK", "PLN", "CAD", "AUD")


class DealEditorDialog(QDialog):
    """A deal's fields; ``saved`` carries the DealData (the caller writes it)."""

    saved = Signal(object)

    def __init__(self, parent, data: DealData, who: str = "", editing: bool = False):
        super().__init__(parent)
        self.ui = ui = Ui_DealEditorDialog()
        ui.setupUi(self)
        self.contact_id = data.contact_id
        self.setWindowTitle("Edit deal" if editing else "New deal")
        ui.withLabel.setText(who or "—")
        for stage in deals.stages():
            ui.stageCombo.addItem(f"{stage.name} ({stage.probability} %)", stage.id)
        ui.stageCombo.setCurrentIndex(max(0, ui.stageCombo.findData(data.stage_id)))
        ui.currencyCombo.addItems(CURRENCIES)
        ui.currencyCombo.setCurrentText(data.currency)
        ui.titleEdit.setText(data.title)
        ui.companyEdit.setText(data.company)
        ui.valueEdit.setText("" if data.value in (None, "") else f"{data.value}")
        ui.probabilitySpin.setValue(-1 if data.probability is None else data.probability)
        ui.closeCheck.toggled.connect(ui.closeDateEdit.setEnabled)
        close = data.expected_close or date.today()
        ui.closeDateEdit.setDate(QDate(close.year, close.month, close.day))
        ui.closeCheck.setChecked(data.expected_close is not None)
        ui.notesEdit.setPlainText(data.notes)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def data(self) -> DealData:
        ui = self.ui
        close = ui.closeDateEdit.date()
        return DealData(
            title=ui.titleEdit.text(), stage_id=ui.stageCombo.currentData(),
            value=ui.valueEdit.text(), currency=ui.currencyCombo.currentText(),
            company=ui.companyEdit.text(), contact_id=self.contact_id,
            expected_close=date(close.year(), close.month(), close.day())
            if ui.closeCheck.isChecked() else None,
            probability=None if ui.probabilitySpin.value() < 0 else ui.probabilitySpin.value(),
            notes=ui.notesEdit.toPlainText())

    def save(self) -> None:
        data = self.data()
        try:
            deals.validate(data)
        except UserError as exc:
            self.ui.errorLabel.setText(str(exc))
            return
        self.saved.emit(data)
        self.accept()


class StagesDialog(QDialog):
    """The pipeline's stages: add, rename, reorder, remove (an unused one)."""

    changed = Signal()

    def __init__(self, tasks, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_StagesDialog()
        ui.setupUi(self)
        self.tasks = tasks
        self.stages: list = []
        for outcome, label in (("open", "open"), ("won", "won"), ("lost", "lost")):
            ui.outcomeCombo.addItem(label, outcome)
        ui.stageTable.verticalHeader().hide()
        ui.stageTable.horizontalHeader().setStretchLastSection(True)
        ui.stageTable.setColumnWidth(0, 220)
        ui.stageTable.itemSelectionChanged.connect(self._selected)
        ui.addButton.clicked.connect(lambda: self._save(None))
        ui.saveButton.clicked.connect(lambda: self._save(self.current()))
        ui.upButton.clicked.connect(lambda: self._move(-1))
        ui.downButton.clicked.connect(lambda: self._move(1))
        ui.removeButton.clicked.connect(self._remove)
        ui.buttonBox.rejected.connect(self.reject)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        def show(stages) -> None:
            self.stages = stages
            table = self.ui.stageTable
            table.setRowCount(len(stages))
            for row, stage in enumerate(stages):
                for column, text in enumerate((stage.name, stage.outcome,
                                               f"{stage.probability} %")):
                    table.setItem(row, column, QTableWidgetItem(text))
                if stage.id == select:
                    table.selectRow(row)
            self._selected()

        self.tasks.read(deals.stages, show, key="stages")

    def current(self) -> int | None:
        rows = {i.row() for i in self.ui.stageTable.selectedItems()}
        return self.stages[rows.pop()].id if rows else None

    def _selected(self) -> None:
        chosen = self.current()
        ui = self.ui
        for button in (ui.saveButton, ui.upButton, ui.downButton, ui.removeButton):
            button.setEnabled(chosen is not None)
        stage = next((s for s in self.stages if s.id == chosen), None)
        if stage is not None:
            ui.nameEdit.setText(stage.name)
            ui.outcomeCombo.setCurrentIndex(ui.outcomeCombo.findData(stage.outcome))
            ui.probabilitySpin.setValue(stage.probability)

    def _write(self, fn, select: int | None = None) -> None:
        def done(result) -> None:
            self.ui.errorLabel.setText("")
            self.reload(result if isinstance(result, int) and select is None else select)
            self.changed.emit()

        self.tasks.write(fn, done, lambda exc: self.ui.errorLabel.setText(str(exc)))

    def _save(self, stage_id: int | None) -> None:
        ui = self.ui
        name, outcome = ui.nameEdit.text(), ui.outcomeCombo.currentData()
        chance = ui.probabilitySpin.value()
        self._write(lambda: deals.save_stage(name, outcome, chance, stage_id))

    def _move(self, step: int) -> None:
        chosen = self.current()
        if chosen is not None:
            self._write(lambda: deals.move_stage(chosen, step), select=chosen)

    def _remove(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self._write(lambda: deals.remove_stage(chosen))
