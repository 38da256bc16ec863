"""Activity -> Pipeline: a board with a column per stage (count and total in its heading,
the largest deals in it), where a deal is dragged to another stage or moved with
Ctrl+Left / Ctrl+Right; a sortable table of all deals; and the deal editor.

Reads run on the reader thread and every change goes through the one writer; the board
is read again after each change (a column holds at most a page of deals).
"""


from datetime import date

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.gui import msgbox
from crm_desktop.gui.deal_card import CARD_ROLE, DealCardDelegate, card_lines
from crm_desktop.gui.deal_dialogs import DealEditorDialog, StagesDialog
from crm_desktop.gui.forms.ui_pipeline_window import Ui_PipelineWindow
from crm_desktop.gui.resources import icon
from crm_desktop.gui.rows_model import RowsModel
from crm_desktop.services import deals
from crm_desktop.services.deals import Column, Deal, DealData
from crm_desktop.text import counted

MIME = "application/x-crm-deal"
PER_STAGE = 200
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def short(value) -> str:
    """1,234,567 -> 1.2M; 45,600 -> 45.6k (a board heading has room for little)."""
    for size, unit in ((1_000_000_000, "bn"), (1_000_000, "M"), (1_000, "k")):
        if abs(value) >= size:
            return f"{value / size:,.1f}".rstrip("0").rstrip(".") + unit
    return f"{value:,.0f}"


def amount(totals: dict, sep: str = " + ") -> str:
    return sep.join(f"{short(value)} {currency}" for currency, value in sorted(totals.items())
                    ) or "nothing"


class StageList(QListWidget):
    """One column of the board: its deals, dragged out and dropped in by id."""

    dropped = Signal(int, int)  # deal id, this stage's id

    def __init__(self, stage_id: int, parent=None):
        super().__init__(parent)
        self.stage_id = stage_id
        self.setObjectName(f"stageList{stage_id}")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setItemDelegate(DealCardDelegate(self))
        self.setUniformItemSizes(True)  # cards of one height: 200 are laid out at once
        self.setMouseTracking(True)  # a card under the mouse is outlined
        self.setFrameShape(QFrame.Shape.NoFrame)  # the cards lie on the stage's column
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.transparent)
        self.setPalette(palette)

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return [MIME]

    def mimeData(self, items) -> QMimeData:  # noqa: N802 - Qt's name
        data = QMimeData()
        data.setData(MIME, str(items[0].data(Qt.ItemDataRole.UserRole)).encode())
        return data

    def dropMimeData(self, index, data, action) -> bool:  # noqa: N802 - Qt's name
        """The deal moves in the database; the board is read again, so Qt moves nothing."""
        if data.hasFormat(MIME):
            self.dropped.emit(int(bytes(data.data(MIME)).decode()), self.stage_id)
        return False

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.source() is self:
            event.ignore()
            return
        super().dropEvent(event)
        event.setDropAction(Qt.DropAction.CopyAction)  # the source keeps its item till reload


class DealTableModel(RowsModel):
    """The table of deals: up to deals.table's 5,000 rows (5,000 rows of table items took
    0.3 s of the window's thread to build)."""

    HEADERS = ("Deal", "Stage", "Value", "Company", "Contact", "Expected close", "Changed")
    WIDTHS = (220, 110, 160, 220, 180, 120, 100)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.stage_names: dict[int, str] = {}

    def set_deals(self, deals_: list[Deal], stage_names: dict[int, str]) -> None:
        self.stage_names = stage_names
        self.set_rows(deals_)

    def cell(self, deal: Deal, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return (deal.title, self.stage_names.get(deal.stage_id, ""),
                    f"{deal.value:,.2f} {deal.currency}", deal.company, deal.contact_name,
                    deal.expected_close, deal.updated_at[:10])[column]
        if role == Qt.ItemDataRole.UserRole:
            return deal.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return RIGHT
        return None


class PipelineWindow(QDialog):
    changed = Signal()  # a deal changed (the window's timeline may show it)

    def __init__(self, tasks, window):
        super().__init__(window)
        self.ui = Ui_PipelineWindow()
        self.ui.setupUi(self)
        self.tasks, self.window = tasks, window
        self.setWindowIcon(icon("pipeline"))
        self.columns: list[Column] = []
        self.lists: list[StageList] = []
        self.headings: list[QLabel] = []
        self._sort = (6, True)
        self._said = ""
        self._then = None  # what to do once the board is read (focus a stage)
        self._closed: tuple[str, str] | None = None  # the table shows deals closed so
        ui = self.ui
        ui.newDealButton.clicked.connect(lambda: self.new_deal())
        ui.editDealButton.clicked.connect(self.edit_selected)
        ui.deleteDealButton.clicked.connect(self.delete_selected)
        ui.stagesButton.clicked.connect(self.edit_stages)
        ui.allDealsButton.clicked.connect(lambda: self.show_closed(None))
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.table_model = DealTableModel(self)
        ui.dealTable.setModel(self.table_model)  # before the header's sections are set up
        header = ui.dealTable.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(6, Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self._sort_by)
        ui.dealTable.verticalHeader().hide()
        for section, width in enumerate(DealTableModel.WIDTHS):
            header.resizeSection(section, width)
        for section in (0, 3):  # the deal and its company take the room there is
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
        ui.dealTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.dealTable.doubleClicked.connect(lambda _: self.edit_selected())
        ui.tabs.currentChanged.connect(lambda _: self._update_buttons())
        for keys, step in (("Ctrl+Right", 1), ("Ctrl+Left", -1)):
            QShortcut(QKeySequence(keys), self, lambda step=step: self.move_selected(step))
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self, self.delete_selected)
        writable = window.read_only is None
        ui.newDealButton.setEnabled(writable)
        ui.stagesButton.setEnabled(writable)
        self.loaded = False  # set after each read lands (tests)
        self.reload()

    # --- reading ------------------------------------------------------------------------
    def reload(self) -> None:
        self.loaded = False
        sort, descending = self._sort
        closed = self._closed
        self.tasks.read(lambda: (deals.board(PER_STAGE),
                                 deals.table(sort, descending, closed=closed)),
                        self._show, key="pipeline")

    def _show(self, result) -> None:
        columns, (total, rows) = result
        selected = self.selected_id()
        today = date.today().isoformat()
        self._build(columns)
        for column, stage_list, heading in zip(columns, self.lists, self.headings, strict=True):
            heading.setText(f"{column.stage.name} · {counted(column.count, 'deal')}\n"
                            f"{amount(column.totals, ' · ')}")
            heading.setToolTip("\n".join(f"{value:,.2f} {currency}" for currency, value
                                          in sorted(column.totals.items())))
            stage_list.clear()
            for deal in column.deals:
                value = f"{deal.value:,.0f} {deal.currency}"
                item = QListWidgetItem(f"{deal.title}\n{value}"
                                       + (f" · {deal.company}" if deal.company else ""))
                item.setData(Qt.ItemDataRole.UserRole, deal.id)
                item.setData(CARD_ROLE, card_lines(
                    deal.title, value, deal.expected_close,
                    deal.company or deal.contact_name, column.stage.outcome == "open", today))
                item.setToolTip(f"{deal.title}\n{deal.contact_name or deal.company}\n"
                                f"Expected close: {deal.expected_close or '—'}")
                stage_list.addItem(item)
                if deal.id == selected:
                    stage_list.setCurrentItem(item)
            if column.count > len(column.deals):
                more = QListWidgetItem(f"… and {column.count - len(column.deals):,} smaller"
                                       " (see the table)")
                more.setFlags(Qt.ItemFlag.NoItemFlags)
                stage_list.addItem(more)
        self._fill_table(total, rows, selected)
        open_total: dict = {}
        for column in columns:
            if column.stage.outcome == "open":
                for currency, value in column.totals.items():
                    open_total[currency] = open_total.get(currency, 0) + value
        said = f"{self._said}   " if self._said else ""
        self.ui.summaryLabel.setText(f"{said}Open pipeline: {amount(open_total)}")
        self.loaded = True
        self._update_buttons()
        if self._then is not None:
            then, self._then = self._then, None
            then()

    def _build(self, columns: list[Column]) -> None:
        """A column widget per stage (again only if the stages changed)."""
        if [c.stage for c in columns] == [c.stage for c in self.columns]:
            self.columns = columns
            return
        layout = self.ui.boardLayout
        while layout.count():
            layout.takeAt(0).widget().deleteLater()
        self.columns, self.lists, self.headings = columns, [], []
        for column in columns:
            box = QWidget()
            box.setObjectName("stageColumn")
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 4, 4, 4)
            heading = QLabel()
            heading.setObjectName(f"stageHeading{column.stage.outcome.title()}")
            heading.setWordWrap(True)
            box.setFixedWidth(250)
            stage_list = StageList(column.stage.id)
            stage_list.dropped.connect(self.move_deal)
            stage_list.itemSelectionChanged.connect(
                lambda s=stage_list: self._selected_in(s))
            stage_list.itemDoubleClicked.connect(lambda _: self.edit_selected())
            inner.addWidget(heading)
            inner.addWidget(stage_list)
            layout.addWidget(box)
            self.lists.append(stage_list)
            self.headings.append(heading)

    def _fill_table(self, total: int, rows: list[Deal], selected: int | None) -> None:
        self.table_model.set_deals(rows, {c.stage.id: c.stage.name for c in self.columns})
        if selected is not None:  # the deal selected before stays selected
            at = next((n for n, deal in enumerate(rows) if deal.id == selected), None)
            if at is not None:
                self.ui.dealTable.selectRow(at)
        shown = f" (the first {len(rows):,} in this order)" if total > len(rows) else ""
        which = f" {self._closed[1]} in {self._closed[0]}" if self._closed else ""
        self.ui.tableLabel.setText(f"{counted(total, 'deal')}{which}{shown}")
        self.ui.allDealsButton.setVisible(self._closed is not None)

    def _sort_by(self, column: int) -> None:
        current, descending = self._sort
        self._sort = (column, not descending if column == current else column in (2, 6))
        self.ui.dealTable.horizontalHeader().setSortIndicator(
            column,
            Qt.SortOrder.DescendingOrder if self._sort[1] else Qt.SortOrder.AscendingOrder)
        self.reload()

    def show_closed(self, closed: tuple[str, str] | None) -> None:
        """The table, with only the deals won (or lost) in a month; None: all of them."""
        self._closed = closed
        self.ui.tabs.setCurrentIndex(1)
        self.reload()

    def focus_stage(self, stage_id: int) -> None:
        """Show one stage's column (from the dashboard), once the board is read."""
        def focus() -> None:
            at = next((i for i, c in enumerate(self.columns) if c.stage.id == stage_id), None)
            if at is not None:
                self.ui.tabs.setCurrentIndex(0)
                self.ui.boardScroll.ensureWidgetVisible(self.lists[at].parentWidget())
                self.lists[at].setFocus()
                if self.lists[at].count():
                    self.lists[at].setCurrentRow(0)

        if self.loaded and self.lists:
            focus()
        else:
            self._then = focus

    # --- selection ----------------------------------------------------------------------
    def _selected_in(self, chosen: StageList) -> None:
        if chosen.selectedItems():
            for other in self.lists:
                if other is not chosen:
                    other.blockSignals(True)
                    other.clearSelection()
                    other.blockSignals(False)
        self._update_buttons()

    def selected_id(self) -> int | None:
        if self.ui.tabs.currentIndex() == 1:
            rows = self.ui.dealTable.selectionModel().selectedRows()
            return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None
        items = [i for lst in self.lists for i in lst.selectedItems()]
        found = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        return found if isinstance(found, int) else None

    def _update_buttons(self) -> None:
        some = self.selected_id() is not None and self.window.read_only is None
        self.ui.editDealButton.setEnabled(some)
        self.ui.deleteDealButton.setEnabled(some)

    # --- changing -----------------------------------------------------------------------
    def _write(self, fn, message: str) -> None:
        def done(_result) -> None:
            self._said = message  # shown beside the totals once the board is read again
            self.changed.emit()
            self.reload()

        def failed(exc: Exception) -> None:
            msgbox.warning(self, "Not saved", str(exc))
            self.reload()

        self.tasks.write(fn, done, failed)

    def move_deal(self, deal_id: int, stage_id: int) -> None:
        name = next(c.stage.name for c in self.columns if c.stage.id == stage_id)
        self._write(lambda: deals.move_deal(deal_id, stage_id), f"Moved to {name}.")

    def move_selected(self, step: int) -> None:
        """The keyboard's way to drag: to the next (+1) or previous (-1) stage."""
        deal_id = self.selected_id()
        if deal_id is None or self.window.read_only:
            return
        stage_id = deals.get_deal(deal_id).stage_id
        order = [c.stage.id for c in self.columns]
        at = order.index(stage_id) + step
        if 0 <= at < len(order):
            self.move_deal(deal_id, order[at])

    def new_deal(self, contact_id: int | None = None, who: str = "",
                 company: str = "") -> DealEditorDialog:
        first = self.columns[0].stage.id if self.columns else deals.stages()[0].id
        dialog = DealEditorDialog(self, DealData("", first, company=company,
                                                 contact_id=contact_id), who)
        dialog.saved.connect(lambda data: self._write(lambda: deals.create_deal(data),
                                                      f"Added {data.title}."))
        dialog.open()
        return dialog

    def edit_selected(self) -> DealEditorDialog | None:
        deal_id = self.selected_id()
        if deal_id is None or self.window.read_only:
            return None
        deal = deals.get_deal(deal_id)
        dialog = DealEditorDialog(self, deals.data_of(deal), deal.contact_name, editing=True)
        dialog.saved.connect(lambda data: self._write(
            lambda: deals.update_deal(deal_id, data), f"Saved {data.title}."))
        dialog.open()
        return dialog

    def edit_stages(self) -> "StagesDialog":
        dialog = StagesDialog(self.tasks, self)
        dialog.changed.connect(self.reload)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        deal_id = self.selected_id()
        if deal_id is not None and self.window.read_only is None:
            self._write(lambda: deals.trash_deals([deal_id]), "Deleted (in the trash).")
