"""View -> Dashboard: where the money is and where relationships are going, at a glance.

Open pipeline by stage, deals won and lost per month, interactions per month by kind,
CSAT and NPS per month (QtCharts, numbers in the tooltips), the top companies by
lifetime value, and the contacts nobody has called in 90 days. A bar or a number opens
what it counts. The aggregates come from ``services/dashboard.py``, read off the GUI
thread.
"""

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem

from crm_desktop.gui.forms.ui_dashboard import Ui_DashboardDialog
from crm_desktop.gui.pipeline import amount
from crm_desktop.gui.satisfaction import new_chart
from crm_desktop.services import dashboard
from crm_desktop.services.interactions import KIND_LABELS
from crm_desktop.text import counted

KIND_COLORS = {"call": "#2563eb", "meeting": "#7c3aed", "email": "#0891b2", "note": "#9ca3af",
               "purchase": "#16a34a", "support": "#dc2626"}


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart, view = new_chart(title)  # the satisfaction window's look
    view.setMinimumHeight(260)
    return chart, view


def _axes(chart: QChart, series, categories: list[str], *, y_format: str = "%d"):
    x = QBarCategoryAxis()
    x.append(categories)
    x.setLabelsAngle(-90 if len(categories) > 6 else 0)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    y = QValueAxis()
    y.setLabelFormat(y_format)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for one in series:
        one.attachAxis(x)
        one.attachAxis(y)
    return x, y


class DashboardDialog(QDialog):
    #: What a click asks the main window to show.
    show_quiet = Signal(str)  # the contacts not contacted since this cutoff
    show_account = Signal(int)
    show_stage = Signal(int)  # a pipeline stage
    show_satisfaction = Signal()
    show_contacts = Signal(str, object)  # a label, and a subquery of contact ids
    show_deals = Signal(str, str)  # YYYY-MM, "won" or "lost"
    loaded = Signal()

    def __init__(self, tasks, parent=None):
        super().__init__(parent)
        self.ui = Ui_DashboardDialog()
        self.ui.setupUi(self)
        self.tasks = tasks
        self.data: dashboard.Summary | None = None
        ui = self.ui
        self.pipeline_chart, view = _chart("Open pipeline by stage")
        ui.pipelineHostLayout.addWidget(view)
        self.won_lost_chart, view = _chart("Deals won and lost per month")
        ui.wonLostHostLayout.addWidget(view)
        self.satisfaction_chart, view = _chart("Satisfaction per month")
        ui.satisfactionHostLayout.addWidget(view)
        self.interactions_chart, view = _chart("Interactions per month")
        ui.interactionsHostLayout.addWidget(view)
        self.funnel_chart, view = _chart("Contacts moving along the funnel, per month")
        view.setMinimumHeight(220)
        ui.funnelHostLayout.addWidget(view)
        ui.topTable.verticalHeader().hide()
        ui.topTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.topTable.itemDoubleClicked.connect(self._account_clicked)
        ui.quietButton.clicked.connect(
            lambda: self.data and self.show_quiet.emit(self.data.quiet_since))
        ui.pipelineButton.clicked.connect(lambda: self.show_stage.emit(0))
        ui.buttonBox.rejected.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        self.tasks.read(dashboard.summary, self._show, key="dashboard")

    def _show(self, data: dashboard.Summary) -> None:
        self.data = data
        share = f" ({data.quiet / data.contacts:.0%})" if data.contacts else ""
        self.ui.quietButton.setText(
            f"{counted(data.quiet, 'contact')}{share} not contacted in"
            f" {dashboard.QUIET_DAYS} days")
        open_total: dict = {}
        for _stage, totals, _weighted in data.pipeline:
            for currency, value in totals.items():
                open_total[currency] = open_total.get(currency, 0) + value
        self.ui.pipelineButton.setText(f"Open pipeline: {amount(open_total)}")
        self._pipeline(data)
        self._won_lost(data)
        self._interactions(data)
        self._satisfaction(data)
        self._funnel(data)
        self._top(data)
        self.loaded.emit()

    @staticmethod
    def _clear(chart: QChart) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

    def _pipeline(self, data) -> None:
        """One bar per open stage, in the currency with the most value (the others are in
        each bar's tooltip and on the button above)."""
        chart = self.pipeline_chart
        self._clear(chart)
        currencies: dict[str, float] = {}
        for _stage, totals, _weighted in data.pipeline:
            for currency, value in totals.items():
                currencies[currency] = currencies.get(currency, 0) + float(value)
        main = max(currencies, key=currencies.get) if currencies else "EUR"
        total, weighted = QBarSet(f"Value ({main})"), QBarSet(f"Weighted by probability ({main})")
        total.setColor(QColor("#7c3aed"))
        weighted.setColor(QColor("#c4b5fd"))
        for _stage, totals, chance in data.pipeline:
            total.append(float(totals.get(main, 0)))
            weighted.append(float(chance.get(main, 0)))
        series = QBarSeries()
        series.append(total)
        series.append(weighted)
        stages = [s for s, _, _ in data.pipeline]
        series.clicked.connect(lambda index, _set: self.show_stage.emit(stages[index].id))
        series.hovered.connect(lambda on, index, _set: self._tip(
            chart, on, f"{stages[index].name}: {amount(data.pipeline[index][1])}"))
        chart.addSeries(series)
        _x, y = _axes(chart, [series], [s.name for s in stages], y_format="%.0f")
        if currencies:  # (no open deals: no range to round)
            y.applyNiceNumbers()

    def _won_lost(self, data) -> None:
        chart = self.won_lost_chart
        self._clear(chart)
        won, lost = QBarSet("Won"), QBarSet("Lost")
        won.setColor(QColor("#16a34a"))
        lost.setColor(QColor("#dc2626"))
        for _month, w, lo in data.won_lost:
            won.append(w)
            lost.append(lo)
        series = QBarSeries()
        series.append(won)
        series.append(lost)
        months = [m for m, _, _ in data.won_lost]
        series.clicked.connect(lambda index, bars: self.show_deals.emit(
            months[index], "won" if bars is won else "lost"))
        chart.addSeries(series)
        _axes(chart, [series], months)

    def _interactions(self, data) -> None:
        chart = self.interactions_chart
        self._clear(chart)
        series = QStackedBarSeries()
        months = [m for m, _ in data.interactions]
        kind_of = {}  # a bar set's label -> its kind
        for kind, label in KIND_LABELS.items():
            bars = QBarSet(label)
            kind_of[label] = kind
            bars.setColor(QColor(KIND_COLORS.get(kind, "#6b7280")))
            for _month, counts in data.interactions:
                bars.append(counts.get(kind, 0))
            series.append(bars)
        series.clicked.connect(lambda index, bars: self.show_contacts.emit(
            f"{bars.label()} in {months[index]}",
            dashboard.contacts_with(kind_of[bars.label()], months[index])))
        chart.addSeries(series)
        _axes(chart, [series], months)

    def _satisfaction(self, data) -> None:
        chart = self.satisfaction_chart
        self._clear(chart)
        months = data.satisfaction
        if not months:
            chart.setTitle("Satisfaction per month (no feedback yet)")
            return
        chart.setTitle("Satisfaction per month")
        nps = QBarSet("NPS")
        nps.setColor(QColor("#93c5fd"))
        csat = QLineSeries()
        csat.setName("CSAT ×20")  # 1-5 drawn on the NPS scale: 5 -> 100
        csat.setPen(QPen(QColor("#b45309"), 2.5))
        for i, month in enumerate(months):
            nps.append(month.nps if month.nps is not None else 0)
            if month.csat is not None:
                csat.append(i, month.csat * 20)
        bars = QBarSeries()
        bars.append(nps)
        bars.clicked.connect(lambda _index, _set: self.show_satisfaction.emit())
        chart.addSeries(bars)
        chart.addSeries(csat)
        _x, y = _axes(chart, [bars, csat], [m.month for m in months])
        y.setRange(-100, 100)

    def _funnel(self, data) -> None:
        """Status changes per month (lead → prospect, prospect → customer, …): the six
        most common moves, a bar set each."""
        chart = self.funnel_chart
        self._clear(chart)
        moves: dict[str, int] = {}
        for _month, counts in data.funnel:
            for move, count in counts.items():
                moves[move] = moves.get(move, 0) + count
        series = QBarSeries()
        colors = ("#2563eb", "#16a34a", "#f59e0b", "#9ca3af", "#dc2626", "#7c3aed")
        labels = {}
        for move, color in zip(sorted(moves, key=moves.get, reverse=True)[:6], colors,
                               strict=False):
            bars = QBarSet(move.replace("→", " → ") if not move.startswith("→")
                           else f"new {move[1:]}")
            labels[bars.label()] = move
            bars.setColor(QColor(color))
            for _month, counts in data.funnel:
                bars.append(counts.get(move, 0))
            series.append(bars)
        months = [m for m, _ in data.funnel]
        series.clicked.connect(lambda index, bars: self.show_contacts.emit(
            f"{bars.label()} in {months[index]}",
            dashboard.contacts_moved(labels[bars.label()], months[index])))
        chart.addSeries(series)
        _axes(chart, [series], months)

    def _top(self, data) -> None:
        table = self.ui.topTable
        table.setRowCount(len(data.top_accounts))
        for row, top in enumerate(data.top_accounts):
            for column, text in enumerate((top.name, f"{top.value:,.2f} {top.currency}",
                                           f"{top.purchases:,}")):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, top.account_id)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)

    def _account_clicked(self, item: QTableWidgetItem) -> None:
        self.show_account.emit(item.data(Qt.ItemDataRole.UserRole))

    @staticmethod
    def _tip(chart: QChart, on: bool, text: str) -> None:
        chart.views()[0].setToolTip(text if on else "")
