"""Customer satisfaction: CSAT and NPS by month and by category (charts with the numbers
beside them), and the unhappy customers nobody has followed up yet."""

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem

from crm_desktop.gui.activity_editors import FollowupEditorDialog
from crm_desktop.gui.forms.ui_satisfaction_dialog import Ui_SatisfactionDialog
from crm_desktop.gui.rows_model import RowsModel
from crm_desktop.gui.tasks import TaskManager
from crm_desktop.services import feedback
from crm_desktop.services.editing import Editor
from crm_desktop.services.followups import FollowupData

MONTHS = 24  # the trend shows this many months back


def _fmt(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _fill(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def new_chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    return chart, view


class UnhappyModel(RowsModel):
    """Unhappy customers without a follow-up (up to 500: as table items, with their
    columns sized to all of them, they held the window 0.25 s at the full demo)."""

    HEADERS = ("Contact", "Company", "Given", "CSAT", "NPS", "Category", "Comment")

    def cell(self, u: feedback.Unhappy, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return u.name
            if column == 1:
                return u.company
            if column == 2:
                return f"{u.given_at.astimezone():%Y-%m-%d}"
            if column == 3:
                return _fmt(u.csat, 0)
            if column == 4:
                return _fmt(u.nps, 0)
            if column == 5:
                return u.category
            return " ".join(u.comment.split())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class SatisfactionDialog(QDialog):
    open_contact = Signal(int)
    loaded = Signal()

    def __init__(self, tasks: TaskManager, editor: Editor,
                 write: Callable[[Callable[[], object], str], None], parent=None):
        super().__init__(parent)
        self.ui = Ui_SatisfactionDialog()
        self.ui.setupUi(self)
        self.tasks, self.editor, self._write = tasks, editor, write
        self.months: list[feedback.Month] = []
        self.categories: list[feedback.CategoryScore] = []
        self.unhappy: list[feedback.Unhappy] = []
        self._open = True
        self.trend_chart, view = new_chart("CSAT and NPS by month")
        self.ui.trendChartLayout.addWidget(view)
        self.category_chart, view = new_chart("By category")
        self.ui.categoryChartLayout.addWidget(view)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.finished.connect(self._closed)
        self.ui.planFollowupButton.clicked.connect(self.plan_followup)
        self.ui.openContactButton.clicked.connect(self._open_selected)
        self.unhappy_model = UnhappyModel(self)
        table = self.ui.unhappyTable
        table.setModel(self.unhappy_model)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setResizeContentsPrecision(0)  # sized from the rows in view
        table.horizontalHeader().setStretchLastSection(True)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(lambda *_: self._open_selected())
        self._update_buttons()
        self.refresh()

    def _closed(self) -> None:
        self._open = False

    def refresh(self) -> None:
        since = date.today().replace(day=1) - timedelta(days=31 * (MONTHS - 1))

        def work():
            return (feedback.monthly(since=since.replace(day=1)), feedback.by_category(),
                    feedback.unhappy_without_followup())

        self.tasks.read(work, self._show, key="satisfaction")

    def _show(self, result) -> None:
        if not self._open:  # closed while reading
            return
        self.months, self.categories, self.unhappy = result
        self._show_summary()
        self._show_months()
        self._show_categories()
        self._show_unhappy()
        self.loaded.emit()

    def _show_summary(self) -> None:
        answers = sum(m.answers for m in self.months)
        if not answers:
            self.ui.summaryLabel.setText(
                f"No feedback in the last {MONTHS} months yet. Record some from a contact's"
                " timeline (Activity → Record feedback).")
            return
        months = self.months
        csat_n = sum(m.csat_answers for m in months)
        csat = sum((m.csat or 0) * m.csat_answers for m in months) / csat_n if csat_n else None
        nps_n = sum(m.nps_answers for m in months)
        net = sum(m.promoters for m in months) - sum(m.detractors for m in months)
        nps = 100 * net / nps_n if nps_n else None
        self.ui.summaryLabel.setText(
            f"<b>Last {MONTHS} months:</b> {answers:,} answers · average CSAT"
            f" <b>{_fmt(csat, 2)}</b> of 5 ({csat_n:,}) · NPS <b>{_fmt(nps, 0)}</b> ({nps_n:,}"
            f" answers) · <b>{len(self.unhappy):,}</b> unhappy customers without a follow-up")

    def _show_months(self) -> None:
        rows = [[m.month, f"{m.answers:,}", _fmt(m.csat, 2), f"{m.csat_answers:,}",
                 _fmt(m.nps, 0), f"{m.promoters:,}", f"{m.detractors:,}"] for m in self.months]
        _fill(self.ui.monthTable, ["Month", "Answers", "CSAT", "CSAT n", "NPS", "Promoters",
                                   "Detractors"], rows)
        chart = self.trend_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        if not self.months:
            return
        months = [m.month for m in self.months]
        nps_bars = QBarSet("NPS (promoters − detractors)")
        nps_bars.setColor(QColor("#93c5fd"))
        for m in self.months:
            nps_bars.append(m.nps if m.nps is not None else 0)
        bars = QBarSeries()
        bars.append(nps_bars)
        csat = QLineSeries()
        csat.setName("CSAT (1–5)")
        csat.setPen(QPen(QColor("#b45309"), 2.5))
        csat.setPointsVisible(True)
        for i, m in enumerate(self.months):
            if m.csat is not None:
                csat.append(i, m.csat)
        chart.addSeries(bars)
        chart.addSeries(csat)
        x = QBarCategoryAxis()
        x.append(months)
        x.setLabelsAngle(-90 if len(months) > 8 else 0)
        x.setTruncateLabels(False)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        nps_axis = QValueAxis()
        nps_axis.setRange(-100, 100)
        nps_axis.setTitleText("NPS")
        nps_axis.setLabelFormat("%d")
        chart.addAxis(nps_axis, Qt.AlignmentFlag.AlignLeft)
        csat_axis = QValueAxis()
        csat_axis.setRange(1, 5)
        csat_axis.setTickCount(5)
        csat_axis.setTitleText("CSAT")
        csat_axis.setLabelFormat("%.0f")
        chart.addAxis(csat_axis, Qt.AlignmentFlag.AlignRight)
        bars.attachAxis(x)
        bars.attachAxis(nps_axis)
        csat.attachAxis(x)
        csat.attachAxis(csat_axis)

    def _show_categories(self) -> None:
        rows = [[c.category, f"{c.answers:,}", _fmt(c.csat, 2), _fmt(c.nps, 0)]
                for c in self.categories]
        _fill(self.ui.categoryTable, ["Category", "Answers", "CSAT", "NPS"], rows)
        chart = self.category_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        if not self.categories:
            return
        shown = list(reversed(self.categories[:12]))  # the most answered at the top
        csat = QBarSet("Average CSAT (1–5)")
        csat.setColor(QColor("#f59e0b"))
        for c in shown:
            csat.append(c.csat or 0)
        series = QHorizontalBarSeries()
        series.append(csat)
        chart.addSeries(series)
        y = QBarCategoryAxis()
        y.append([c.category for c in shown])
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        x = QValueAxis()
        x.setRange(0, 5)
        x.setTickCount(6)
        x.setLabelFormat("%.0f")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(y)
        series.attachAxis(x)

    def _show_unhappy(self) -> None:
        self.unhappy_model.set_rows(self.unhappy)
        self.ui.tabs.setTabText(2, f"Unhappy, no follow-up yet ({len(self.unhappy):,})")
        self._update_buttons()

    def selected_unhappy(self) -> feedback.Unhappy | None:
        rows = self.ui.unhappyTable.selectionModel().selectedRows()
        return self.unhappy[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected_unhappy() is not None
        self.ui.planFollowupButton.setEnabled(chosen)
        self.ui.openContactButton.setEnabled(chosen)

    def _open_selected(self) -> None:
        chosen = self.selected_unhappy()
        if chosen is not None:
            self.open_contact.emit(chosen.contact_id)

    def plan_followup(self) -> FollowupEditorDialog | None:
        chosen = self.selected_unhappy()
        if chosen is None:
            return None
        scores = ", ".join(s for s in (f"CSAT {chosen.csat}/5" if chosen.csat else "",
                                       f"NPS {chosen.nps}" if chosen.nps is not None else "")
                           if s)
        note = f"Call back about their feedback ({chosen.category}, {scores})"
        data = FollowupData(date.today() + timedelta(days=1), None, note, chosen.contact_id)
        dialog = FollowupEditorDialog(self, data, chosen.name)

        def save(clean: FollowupData) -> None:
            self._write(lambda: self.editor.add_followup(clean),
                        f"Follow-up planned with {chosen.name}.")
            self.refresh()

        dialog.saved.connect(save)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
