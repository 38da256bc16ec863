"""The import wizard: file -> sheet and header row -> column mapping with a live
preview -> what each row will do -> the import, with progress, Cancel and Undo.

Reading the file and checking the rows run on the reader thread, the import on
the single writer; the window stays responsive. The work itself is in
:mod:`crm_desktop.exchange.importer` (no Qt).
"""

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem, QWizard

from crm_desktop.errors import UserError
from crm_desktop.exchange import importer
from crm_desktop.exchange import values as vl
from crm_desktop.exchange.sources import SUFFIXES
from crm_desktop.gui import msgbox
from crm_desktop.gui.forms.ui_import_wizard import Ui_ImportWizard
from crm_desktop.gui.import_mapping import PREVIEW_COLUMNS, MappingPage
from crm_desktop.gui.import_plan_model import ActionTableModel, problems_by_row
from crm_desktop.gui.tasks import TaskManager, sharing_python

FILE_FILTER = (f"Spreadsheets and CSV ({' '.join('*' + s for s in SUFFIXES)});;All files (*)")
DATE_ORDERS = (("Decide from the dates in the file", None),
               ("Day first (31/12/1990)", vl.DAY_FIRST),
               ("Month first (12/31/1990)", vl.MONTH_FIRST))
POLICIES = (("Update it: fill in and refresh its details", "update"),
            ("Skip the row", "skip"),
            ("Create another contact", "create"))
SHOW = (("All rows", None), ("Problems", "error"), ("New contacts", "create"),
        ("Updates", "update"), ("Merged into an earlier row", "merge"), ("Skipped", "skip"))


class _Progress(QObject):
    """Progress from a worker thread, delivered to the GUI thread by a queued signal."""

    changed = Signal(str, int, int)


def release_later(tasks: TaskManager, plan: importer.Plan) -> None:
    """Free ``plan`` on a worker, a chunk at a time: at once, here, freeing a 100k-row
    plan held the window for 0.23 s (a full sheet's, seconds)."""
    tasks.background(lambda: importer.release(plan), lambda _: None,
                     key=f"release-plan-{id(plan)}")


class ImportWizard(MappingPage, QWizard):
    imported = Signal(int)  # batch id: the lists should refresh
    undone = Signal(int)

    def __init__(self, tasks: TaskManager, parent=None, path: str | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.tasks = tasks
        self.preview: importer.Preview | None = None
        self.plan: importer.Plan | None = None
        self.problems: dict[int, str] = {}  # the plan's, by row (problems_by_row)
        self.batch: int | None = None
        self._cancel = threading.Event()
        self._running = False
        self._inspecting = 0  # tickets: only the newest read or check is shown
        self._plans = 0
        self._combos: list[QComboBox] = []
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)
        ui = self.ui
        self.filePage_id, self.mappingPage_id, self.checkPage_id, self.runPage_id = self.pageIds()
        ui.filePage.registerField("fileReady*", ui.fileReadyEdit)
        ui.checkPage.registerField("planReady*", ui.planReadyEdit)
        ui.runPage.registerField("runDone*", ui.runDoneEdit)
        for text, value in DATE_ORDERS:
            ui.dateOrderCombo.addItem(text, value)
        for text, value in POLICIES:
            ui.duplicateCombo.addItem(text, value)
        for text, value in SHOW:
            ui.showCombo.addItem(text, value)
        self.actions = ActionTableModel(self)
        ui.actionsView.setModel(self.actions)
        ui.actionsView.horizontalHeader().setStretchLastSection(True)
        # columns sized from the rows in view, not 1,000 of them (0.2 s a time)
        ui.actionsView.horizontalHeader().setResizeContentsPrecision(0)
        ui.mappingTable.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        ui.mappingTable.verticalHeader().hide()
        ui.previewTable.setColumnCount(len(PREVIEW_COLUMNS))
        ui.previewTable.setHorizontalHeaderLabels(PREVIEW_COLUMNS)
        ui.previewTable.verticalHeader().hide()
        ui.previewTable.horizontalHeader().setStretchLastSection(True)

        ui.browseButton.clicked.connect(self.browse)
        ui.sheetCombo.activated.connect(lambda _i: self.load(ui.fileEdit.text()))
        ui.headerRowSpin.valueChanged.connect(lambda _v: self.load(ui.fileEdit.text()))
        ui.dateOrderCombo.currentIndexChanged.connect(lambda _i: self.update_preview())
        ui.showCombo.currentIndexChanged.connect(lambda _i: self._show_plan())
        ui.saveProblemsButton.clicked.connect(self.save_problems)
        ui.cancelImportButton.clicked.connect(self.cancel_import)
        ui.undoImportButton.clicked.connect(self.undo_import)
        self.currentIdChanged.connect(self._entered)
        self.finished.connect(self._closed)
        if path:
            self.load(path)

    # --- page 1: the file ---------------------------------------------------------------------
    def browse(self) -> None:
        path = msgbox.open_file(self, "Import contacts", FILE_FILTER)
        if path:
            self.ui.sheetCombo.clear()
            self.ui.headerRowSpin.blockSignals(True)
            self.ui.headerRowSpin.setValue(0)
            self.ui.headerRowSpin.blockSignals(False)
            self.load(path)

    def load(self, path: str) -> None:
        """Read the file (off the GUI thread) and show what was found."""
        if not path:
            return
        ui = self.ui
        ui.fileEdit.setText(path)
        ui.fileReadyEdit.clear()
        ui.fileErrorLabel.clear()
        ui.fileInfoLabel.setText("Reading…")
        sheet = ui.sheetCombo.currentText() or None
        header_row = ui.headerRowSpin.value() or None
        self._inspecting += 1
        ticket = self._inspecting
        self.tasks.read(sharing_python(lambda: importer.inspect(path, sheet, header_row)),
                        lambda preview: self._loaded(preview) if ticket == self._inspecting
                        else None,
                        lambda exc: self._load_failed(exc) if ticket == self._inspecting
                        else None,
                        key="import-inspect")

    def _loaded(self, preview: importer.Preview) -> None:
        self.preview = preview
        self._combos = []  # the mapping page starts again from this file's suggestion
        ui = self.ui
        ui.sheetCombo.blockSignals(True)
        ui.sheetCombo.clear()
        ui.sheetCombo.addItems(preview.source.sheets)
        ui.sheetCombo.setCurrentText(preview.source.sheet)
        ui.sheetCombo.setEnabled(len(preview.source.sheets) > 1)
        ui.sheetCombo.blockSignals(False)
        ui.headerRowSpin.blockSignals(True)
        ui.headerRowSpin.setValue(preview.header_row)
        ui.headerRowSpin.blockSignals(False)
        preset = preview.suggestion.preset
        known = f" It looks like a {preset.name} export." if preset else ""
        ui.fileInfoLabel.setText(
            f"{len(preview.headers)} columns, headers in row {preview.header_row}.{known}")
        rows = [preview.headers, *preview.sample[:8]]
        ui.rawTable.clear()
        ui.rawTable.setRowCount(len(rows))
        ui.rawTable.setColumnCount(len(preview.headers))
        ui.rawTable.setVerticalHeaderLabels(
            [str(preview.header_row)] + ["" for _ in rows[1:]])
        for r, row in enumerate(rows):
            for c in range(len(preview.headers)):
                item = QTableWidgetItem(vl.text(row[c]) if c < len(row) else "")
                if r == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                ui.rawTable.setItem(r, c, item)
        ui.fileReadyEdit.setText("yes")

    def _load_failed(self, exc: Exception) -> None:
        self.preview = None
        self.ui.fileInfoLabel.clear()
        self.ui.rawTable.clear()
        self.ui.rawTable.setRowCount(0)
        message = str(exc) if isinstance(exc, UserError) else f"Could not read the file: {exc!r}"
        self.ui.fileErrorLabel.setText(message)

    # --- page 3: the check ---------------------------------------------------------------------
    def _make_plan(self) -> None:
        ui = self.ui
        ui.planReadyEdit.clear()
        self._let_go_of_plan()
        ui.summaryLabel.setText("Checking every row…")
        ui.checkProgress.setValue(0)
        ui.checkProgress.show()
        options = importer.Options(self.mapping(), ui.duplicateCombo.currentData(),
                                   ui.dateOrderCombo.currentData(),
                                   remember=ui.rememberCheck.isChecked())
        preview = self.preview
        self._cancel.clear()
        self._plans += 1
        ticket = self._plans
        tasks = self.tasks

        def plan() -> tuple[importer.Plan, dict[int, str]]:
            made = importer.make_plan(preview, options, self._progress.changed.emit,
                                      self._cancel.is_set)
            return made, problems_by_row(made)

        self.tasks.read(
            sharing_python(plan),
            lambda result: self._planned(*result) if ticket == self._plans
            else release_later(tasks, result[0]),  # a plan no longer wanted
            lambda exc: self._plan_failed(exc) if ticket == self._plans else None,
            key="import-plan")

    def _planned(self, plan: importer.Plan, problems: dict[int, str]) -> None:
        self.plan, self.problems = plan, problems
        ui = self.ui
        ui.checkProgress.hide()
        counts = plan.counts()
        problems = len({e.row for e in plan.errors})
        lines = [f"<b>{counts['rows']:,}</b> rows: <b>{counts['created']:,}</b> new contacts,"
                 f" <b>{counts['updated']:,}</b> to update, {counts['merged']:,} merged into"
                 f" an earlier row, {counts['skipped']:,} skipped,"
                 f" <b>{problems:,}</b> with problems (left out)."]
        lines += [f"Note: {w}" for w in plan.warnings]
        ui.summaryLabel.setText("<br>".join(lines))
        ui.saveProblemsButton.setEnabled(bool(plan.errors))
        self._show_plan()
        ui.planReadyEdit.setText("yes" if counts["created"] or counts["updated"] else "")
        if not ui.planReadyEdit.text():
            ui.summaryLabel.setText(ui.summaryLabel.text() + "<br>Nothing to import.")

    def _plan_failed(self, exc: Exception) -> None:
        self.ui.checkProgress.hide()
        text = str(exc) if isinstance(exc, UserError) else f"Could not check the rows: {exc!r}"
        self.ui.summaryLabel.setText(text)

    def _show_plan(self) -> None:
        self.actions.set_plan(self.plan, self.ui.showCombo.currentData(), self.problems)
        self.ui.actionsView.resizeColumnsToContents()

    def save_problems(self) -> None:
        if self.plan is None or not self.plan.errors:
            return
        name = f"{Path(self.preview.source.path).stem} - problems.xlsx"
        path = msgbox.save_file(self, "Save rows with problems", name, "Excel (*.xlsx)")
        if not path:
            return
        from crm_desktop.exchange.report import write_error_report

        plan = self.plan
        preview = plan.preview
        self.tasks.read(
            lambda: write_error_report(path, preview.source, preview.header_index,
                                       preview.headers, plan.errors),
            lambda saved: self.ui.summaryLabel.setText(
                self.ui.summaryLabel.text() + f"<br>Saved the problem rows to {saved}."),
            lambda exc: msgbox.error(self, "Could not save", str(exc)))

    # --- page 4: the import ---------------------------------------------------------------------
    def _run(self) -> None:
        ui = self.ui
        self._running = True
        self._cancel.clear()
        ui.cancelImportButton.setEnabled(True)
        ui.undoImportButton.setEnabled(False)
        ui.runStatusLabel.setText("Importing…")
        ui.resultLabel.clear()
        ui.runProgress.setValue(0)
        self._set_closable(False)
        plan = self.plan
        self.tasks.write(
            sharing_python(
                lambda: importer.execute(plan, self._progress.changed.emit, self._cancel.is_set)),
            self._done, self._failed)

    def cancel_import(self) -> None:
        self._cancel.set()
        self.ui.runStatusLabel.setText("Cancelling…")
        self.ui.cancelImportButton.setEnabled(False)

    def _done(self, result: importer.Result) -> None:
        self._running = False
        self.batch = result.batch
        ui = self.ui
        ui.runProgress.setValue(ui.runProgress.maximum())
        ui.runStatusLabel.setText("Done.")
        ui.cancelImportButton.setEnabled(False)
        ui.undoImportButton.setEnabled(True)
        problems = len({e.row for e in result.errors})
        ui.resultLabel.setText(
            f"Imported <b>{result.created:,}</b> new contacts and updated"
            f" <b>{result.updated:,}</b>; {result.skipped:,} rows skipped, {problems:,} with"
            " problems. You can undo this import here or later from File → Import history.")
        ui.runDoneEdit.setText("yes")
        self._set_closable(True)
        self.imported.emit(result.batch)

    def _failed(self, exc: Exception) -> None:
        self._running = False
        ui = self.ui
        cancelled = isinstance(exc, importer.ImportCancelled)
        ui.runStatusLabel.setText("Cancelled." if cancelled else "The import failed.")
        ui.resultLabel.setText(str(exc) if isinstance(exc, UserError) else
                               f"Nothing was changed. The error was: {exc!r}")
        ui.cancelImportButton.setEnabled(False)
        ui.runDoneEdit.setText("yes")
        self._set_closable(True)

    def undo_import(self) -> None:
        if self.batch is None:
            return
        batch = self.batch
        self.ui.undoImportButton.setEnabled(False)
        self.ui.runStatusLabel.setText("Undoing…")

        def undone(counts: dict) -> None:
            self.ui.runStatusLabel.setText("Undone.")
            self.ui.resultLabel.setText(
                f"Removed {counts['removed']:,} contacts and restored {counts['restored']:,}:"
                " the contacts are as they were before the import."
                + (f" {counts['trashed']:,} with calls or follow-ups logged since were moved"
                   " to the trash." if counts.get("trashed") else ""))
            self.batch = None
            self.undone.emit(batch)

        self.tasks.write(lambda: importer.undo(batch), undone,
                         lambda exc: msgbox.error(self, "Could not undo", str(exc)))

    def _show_progress(self, phase: str, done: int, total: int) -> None:
        bar = self.ui.runProgress if self._running else self.ui.checkProgress
        bar.setMaximum(total)  # 0: a step that cannot say how far it is (a busy bar)
        bar.setValue(done)
        if self._running:
            self.ui.runStatusLabel.setText(f"{phase}: {done:,} of {total:,}" if total
                                           else f"{phase}…")

    def _set_closable(self, closable: bool) -> None:
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(closable)

    # --- moving between pages --------------------------------------------------------------
    def _entered(self, page_id: int) -> None:
        if page_id != self.checkPage_id:
            self._cancel.set()  # a check still running is no longer wanted
        if page_id == self.mappingPage_id:
            if self.preview is not None and (
                    not self._combos or len(self._combos) != len(self.preview.headers)):
                self._fill_mapping()
        elif page_id == self.checkPage_id:
            self._make_plan()
        elif page_id == self.runPage_id:
            self._run()

    def validateCurrentPage(self) -> bool:  # noqa: N802
        if self.currentId() == self.mappingPage_id:
            try:
                importer.check_mapping(self.preview, self.mapping())
            except UserError as exc:
                self.ui.mappingErrorLabel.setText(str(exc))
                return False
        return super().validateCurrentPage()

    def _closed(self, _result: int) -> None:
        """Results of reads still running arrive to nobody: the pages may be gone."""
        self._inspecting += 1
        self._plans += 1
        self._cancel.set()
        self._let_go_of_plan()

    def _let_go_of_plan(self) -> None:
        plan, self.plan, self.problems = self.plan, None, {}
        self.actions.set_plan(None, None)
        if plan is not None:
            release_later(self.tasks, plan)

    def reject(self) -> None:
        if self._running:  # the transaction is running: ask it to stop, then close
            self.cancel_import()
            return
        self._cancel.set()  # a check still running
        super().reject()
