"""My CRM style: the seven-question self-assessment (kept and charted over time, with
strengths and areas to improve) and the SMART action plan with its progress."""

from datetime import date, timedelta

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QMargins, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableWidgetItem,
)

from crm_desktop.errors import ValidationError
from crm_desktop.gui import msgbox
from crm_desktop.gui.forms.ui_crm_style_dialog import Ui_CrmStyleDialog
from crm_desktop.gui.forms.ui_goal_editor import Ui_GoalEditorDialog
from crm_desktop.gui.tasks import TaskManager
from crm_desktop.services import crm_style
from crm_desktop.services.crm_style import AREAS, MEASURES, RATINGS, Answer, GoalData
from crm_desktop.text import counted

_COLORS = ("#2563eb", "#16a34a", "#d97706", "#dc2626", "#7c3aed", "#0891b2", "#db2777")
_LATE = QBrush(QColor("#b91c1c"))
_DONE = QBrush(QColor("#15803d"))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class GoalEditorDialog(QDialog):
    saved = Signal(object)  # checked GoalData

    def __init__(self, parent, data: GoalData | None = None, suggested_area: str | None = None):
        super().__init__(parent)
        self.ui = Ui_GoalEditorDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.areaCombo.addItem("—", None)
        for area, (name, _question) in AREAS.items():
            ui.areaCombo.addItem(name, area)
        for measure, (label, _sql) in MEASURES.items():
            ui.measureCombo.addItem(label, measure)
        today = date.today()
        data = data or GoalData("", "feedback", 3, today, today + timedelta(days=30),
                                suggested_area)
        ui.titleEdit.setText(data.title)
        ui.areaCombo.setCurrentIndex(max(0, ui.areaCombo.findData(data.area)))
        ui.targetSpin.setValue(data.target)
        ui.measureCombo.setCurrentIndex(max(0, ui.measureCombo.findData(data.measure)))
        ui.startEdit.setDate(_qdate(data.starts_on))
        ui.dueEdit.setDate(_qdate(data.due_on))
        ui.howEdit.setPlainText(data.how)
        ui.buttonBox.accepted.connect(self._save)
        ui.buttonBox.rejected.connect(self.reject)
        self.setWindowTitle("Edit goal" if data.title else "New goal")
        ui.titleEdit.setFocus()

    def data(self) -> GoalData:
        ui = self.ui
        return GoalData(ui.titleEdit.text(), ui.measureCombo.currentData(), ui.targetSpin.value(),
                        ui.startEdit.date().toPython(), ui.dueEdit.date().toPython(),
                        ui.areaCombo.currentData(), ui.howEdit.toPlainText())

    def _save(self) -> None:
        try:
            clean = crm_style.validate_goal(self.data())
        except ValidationError as exc:
            self.ui.errorLabel.setText(str(exc))
            self.ui.errorLabel.setStyleSheet("color: #b91c1c")
            return
        self.saved.emit(clean)
        self.accept()


class CrmStyleDialog(QDialog):
    changed = Signal()  # after each save lands

    def __init__(self, tasks: TaskManager, parent=None):
        super().__init__(parent)
        self.ui = Ui_CrmStyleDialog()
        self.ui.setupUi(self)
        self.tasks = tasks
        self.goals: list[crm_style.GoalProgress] = []
        self.ratings: dict[str, QComboBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        grid = self.ui.questionsGrid
        for row, (area, (name, question)) in enumerate(AREAS.items()):
            label = QLabel(f"<b>{name}</b><br><span style='color:#4b5563'>{question}</span>")
            label.setWordWrap(True)
            combo = QComboBox()
            combo.setObjectName(f"rating_{area}")
            combo.addItem("—", None)
            for value, text in RATINGS.items():
                combo.addItem(text, value)
            note = QLineEdit()
            note.setObjectName(f"note_{area}")
            note.setPlaceholderText("An example, or what would help")
            grid.addWidget(label, 2 * row, 0, 1, 2)
            grid.addWidget(combo, 2 * row + 1, 0)
            grid.addWidget(note, 2 * row + 1, 1)
            self.ratings[area], self.notes[area] = combo, note
        self.chart = QChart()
        self.chart.setTitle("Your ratings over time")
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        view = QChartView(self.chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.ui.historyChartLayout.addWidget(view)
        ui = self.ui
        ui.saveAssessmentButton.clicked.connect(self.save_assessment)
        ui.newGoalButton.clicked.connect(lambda: self.new_goal())
        ui.editGoalButton.clicked.connect(self.edit_goal)
        ui.tickButton.clicked.connect(lambda: self.tick(1))
        ui.untickButton.clicked.connect(lambda: self.tick(-1))
        ui.deleteGoalButton.clicked.connect(self.delete_goal)
        ui.goalTable.itemSelectionChanged.connect(self._update_buttons)
        ui.goalTable.itemDoubleClicked.connect(lambda *_: self.edit_goal())
        ui.buttonBox.rejected.connect(self.reject)
        self.refresh()

    # --- reading -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.history = crm_style.assessments()
        self.goals = crm_style.progress()
        self._show_assessments()
        self._show_goals()

    def _show_assessments(self) -> None:
        history, ui = self.history, self.ui
        latest = history[-1] if history else None
        if latest is None:
            ui.resultsLabel.setText("No assessment yet: rate the seven areas on the left and"
                                    " save. Take it again every few months to see your trend.")
        else:
            names = lambda areas: ", ".join(AREAS[a][0] for a in areas)  # noqa: E731
            ui.resultsLabel.setText(
                f"<b>Latest:</b> {latest.taken_on:%d %B %Y}, average {latest.average:.1f} of 5"
                f"<br><b style='color:#15803d'>Strengths:</b> {names(latest.strengths())}"
                f"<br><b style='color:#b45309'>To improve:</b> {names(latest.to_improve())}"
                " – set a goal for it in the action plan.")
            for area, answer in latest.answers.items():  # start from the last answers
                self.ratings[area].setCurrentIndex(answer.rating)
        table = ui.historyTable
        table.setColumnCount(1 + len(history))
        table.setHorizontalHeaderLabels(["Area", *(f"{h.taken_on:%Y-%m-%d}" for h in history)])
        table.setRowCount(len(AREAS))
        for row, (area, (name, _q)) in enumerate(AREAS.items()):
            table.setItem(row, 0, QTableWidgetItem(name))
            for col, h in enumerate(history, start=1):
                answer = h.answers.get(area)
                item = QTableWidgetItem(str(answer.rating) if answer else "")
                if answer and answer.note:
                    item.setToolTip(answer.note)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, col, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._chart_history()

    def _chart_history(self) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        if not self.history:
            return
        x = QBarCategoryAxis()
        x.append([f"{h.taken_on:%Y-%m-%d}" for h in self.history])
        y = QValueAxis()
        y.setRange(1, 5)
        y.setTickCount(5)
        y.setLabelFormat("%.0f")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for color, (area, (name, _q)) in zip(_COLORS, AREAS.items(), strict=True):
            series = QLineSeries()
            series.setName(name)
            series.setColor(QColor(color))
            series.setPointsVisible(True)
            for i, h in enumerate(self.history):
                if area in h.answers:
                    series.append(i, h.answers[area].rating)
            chart.addSeries(series)
            series.attachAxis(x)
            series.attachAxis(y)

    def _show_goals(self) -> None:
        today = date.today()
        table, goals = self.ui.goalTable, self.goals
        headers = ["Goal", "Area", "Progress", "Counts", "From", "Due", "Status"]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(goals))
        for row, g in enumerate(goals):
            status = g.status(today)
            texts = [g.title, AREAS[g.area][0] if g.area else "", "",
                     MEASURES[g.measure][0], f"{g.starts_on:%Y-%m-%d}", f"{g.due_on:%Y-%m-%d}",
                     "✔ Achieved" if status == "complete" else status.capitalize()]
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if g.how:
                    item.setToolTip(g.how)
                if status == "overdue":
                    item.setForeground(_LATE)
                elif status == "complete":
                    item.setForeground(_DONE)
                table.setItem(row, col, item)
            bar = QProgressBar()
            bar.setRange(0, g.target)
            bar.setValue(min(g.done, g.target))
            bar.setFormat(f"{g.done:,} of {g.target:,}")
            table.setCellWidget(row, 2, bar)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, 160)
        done = [g for g in goals if g.complete]
        late = [g for g in goals if g.overdue(today)]
        parts = [f"{counted(len(goals), 'goal')}"]
        if done:
            parts.append(f"<b style='color:#15803d'>✔ {len(done):,} achieved – well done!</b>")
        if late:
            parts.append(f"<b style='color:#b91c1c'>{len(late):,} overdue</b>")
        if not goals:
            parts = ["No goals yet. A good goal is Specific, Measurable, Achievable, Relevant"
                     " and Time-bound: \"Ask 3 customers for feedback this month\"."]
        self.ui.planLabel.setText(" · ".join(parts))
        self.ui.tabs.setTabText(1, f"Action plan ({len(goals) - len(done)} open)")
        self._update_buttons()

    # --- actions -------------------------------------------------------------------------
    def save_assessment(self) -> None:
        answers = {}
        for area, combo in self.ratings.items():
            if combo.currentData() is None:
                self.ui.assessmentErrorLabel.setText(f"Rate “{AREAS[area][0]}” too.")
                self.ui.assessmentErrorLabel.setStyleSheet("color: #b91c1c")
                combo.setFocus()
                return
            answers[area] = Answer(combo.currentData(), self.notes[area].text())
        self.ui.assessmentErrorLabel.setText("")
        self._write(lambda: crm_style.take_assessment(answers), "Assessment saved.")

    def selected_goal(self) -> crm_style.GoalProgress | None:
        rows = self.ui.goalTable.selectionModel().selectedRows()
        return self.goals[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        goal = self.selected_goal()
        self.ui.editGoalButton.setEnabled(goal is not None)
        self.ui.deleteGoalButton.setEnabled(goal is not None)
        manual = goal is not None and goal.measure == "manual"
        self.ui.tickButton.setEnabled(manual)
        self.ui.untickButton.setEnabled(manual and goal.done > 0)

    def new_goal(self) -> GoalEditorDialog:
        latest = self.history[-1] if self.history else None
        area = latest.to_improve(1)[0] if latest else None
        dialog = GoalEditorDialog(self, suggested_area=area)
        dialog.saved.connect(lambda data: self._write(
            lambda: crm_style.create_goal(data), f"Goal added: {data.title}."))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_goal(self) -> GoalEditorDialog | None:
        goal = self.selected_goal()
        if goal is None:
            return None
        dialog = GoalEditorDialog(self, crm_style.get_goal(goal.id))
        dialog.saved.connect(lambda data: self._write(
            lambda: crm_style.update_goal(goal.id, data), "Goal saved."))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def tick(self, by: int) -> None:
        goal = self.selected_goal()
        if goal is not None and goal.measure == "manual":
            self._write(lambda: crm_style.tick(goal.id, by), "")

    def delete_goal(self) -> None:
        goal = self.selected_goal()
        if goal is not None and msgbox.confirm(self, "Delete goal", f"Delete “{goal.title}”?"):
            self._write(lambda: crm_style.trash_goals([goal.id]), "Goal deleted.")

    def _write(self, fn, message: str) -> None:
        selected = self.selected_goal()

        def done(_result) -> None:
            self.refresh()
            if selected is not None:
                for row, g in enumerate(self.goals):
                    if g.id == selected.id:
                        self.ui.goalTable.selectRow(row)
                        if g.complete and not selected.complete:
                            msgbox.about(self, "Goal achieved", f"You did it: “{g.title}”"
                                         f" – {g.done:,} of {g.target:,}. Well done!")
            self.changed.emit()

        self.tasks.write(fn, done, lambda exc: msgbox.error(self, "Not saved", str(exc)))
