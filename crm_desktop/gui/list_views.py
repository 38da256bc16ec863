"""How the main window's two lists are laid out: row heights, scrolling, headers."""

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from crm_desktop.gui.table_model import PagedTableModel


def set_up_table(view: QTableView, model: PagedTableModel) -> None:
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setHighlightSections(False)
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
