"""How the main window's two lists are laid out: row heights, scrolling, headers."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyleOptionHeader, QTableView

from crm_desktop.gui.table_model import PagedTableModel

_POSITION = QStyleOptionHeader.SectionPosition
_ASCENDING = Qt.SortOrder.AscendingOrder


class ListHeader(QHeaderView):
    """The lists' column header: Qt's, but for one question it asks on every paint.

    For the sections beside each one it paints, Qt's header asks whether their whole
    column is selected (a style may draw the header of a selected column differently;
    ours does not). The selection model answers by walking the rows, calling the
    model for each: with a whole list of a million selected (Ctrl+A), every repaint
    of the header froze the window for 40-60 s. Here a section is set up from the
    model's header text and the sort indicator, as Qt does, without that question."""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # what QTableView's own header has
        self.setHighlightSections(False)

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logical: int) -> None:  # noqa: N802
        # option.state (enabled, active) is already set from the header (initFrom).
        # Not touched here: reading it has PySide set up QStyle (~20 ms at start).
        if self.isSortIndicatorShown() and self.sortIndicatorSection() == logical:
            option.sortIndicator = (
                QStyleOptionHeader.SortIndicator.SortDown
                if self.sortIndicatorOrder() == _ASCENDING
                else QStyleOptionHeader.SortIndicator.SortUp)
        option.section = logical
        option.textAlignment = self.defaultAlignment()
        option.iconAlignment = Qt.AlignmentFlag.AlignVCenter
        text = self.model().headerData(logical, self.orientation()) if self.model() else None
        option.text = "" if text is None else str(text)
        visual, count = self.visualIndex(logical), self.count()
        option.position = (
            _POSITION.OnlyOneSection if count == 1 else _POSITION.Beginning if visual == 0
            else _POSITION.End if visual == count - 1 else _POSITION.Middle)
        option.orientation = self.orientation()
        option.selectedPosition = QStyleOptionHeader.SelectedPosition.NotAdjacent


def set_up_table(view: QTableView, model: PagedTableModel) -> None:
    # Latin, Greek and Cyrillic text is drawn without shaping (kerning and ligatures
    # are cosmetic there): a list's paint ~4 ms (25%) quicker at 1M contacts. Text that
    # needs shaping (Arabic, Indic, combining marks) gets it back from the model.
    font = view.font()
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    view.setFont(font)
    view.setHorizontalHeader(ListHeader(view))
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setSectionsMovable(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


def lay_out_headers(contacts: QTableView, accounts: QTableView) -> None:
    """The resize modes, applied after any saved header state (which carries them too:
    an older version's, or a hand-edited file's, must not bring ResizeToContents back).

    No column is ResizeToContents: sizing a column to its contents reads up to 1,000
    rows, and with a lazy model that means fetching pages nobody is looking at (five SQL
    pages on the GUI thread at start-up, 0.3 s at 40,000 companies). The company sidebar
    shows name and contact count; the industry is in the detail pane."""
    contact_header = contacts.horizontalHeader()
    for column in range(contact_header.count()):
        contact_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    account_header = accounts.horizontalHeader()
    account_header.setStretchLastSection(False)
    account_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    account_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
    account_header.resizeSection(2, account_header.fontMetrics().horizontalAdvance("Contacts") + 28)
    accounts.setColumnHidden(1, True)
