"""The main window's two lists: their queries, asked on the reader thread, and what
comes back (rows, counts, the selection kept), and the work a contact list asks for in
the background (sort ranks).

A mixin of :class:`~crm_desktop.gui.main_window.MainWindow`.
"""

import logging
from datetime import datetime, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QTableView

from crm_desktop.gui import empty_state, selection
from crm_desktop.gui.table_model import PagedTableModel
from crm_desktop.services import listing
from crm_desktop.services.interactions import utc_text
from crm_desktop.services.listing import (
    ACCOUNT_COLUMNS,
    CONTACT_COLUMNS,
    CONTACT_DEFAULT_SORT,
    account_query,
    contact_query,
)
from crm_desktop.text import counted

log = logging.getLogger(__name__)


class ListQueries:
    def _sort_of(self, view: QTableView) -> tuple[int, bool]:
        header = view.horizontalHeader()
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        return header.sortIndicatorSection(), descending

    def refresh(self) -> None:
        self.refresh_contacts()
        self.refresh_accounts()
        self.refresh_activity()

    def refresh_contacts(self) -> None:
        column, descending = self._sort_of(self.ui.contactTable)
        if not (0 <= column < len(CONTACT_COLUMNS) and CONTACT_COLUMNS[column].sort):
            column, descending = CONTACT_DEFAULT_SORT, False
        query = contact_query(
            self.ui.searchEdit.text(), account_id=self._account_id, trash=self._trash,
            sort_column=column, descending=descending,
            contacted_before=self.contacted_before(),
            among=self._among[1] if self._among else None,
        )
        self.tasks.drop("contact-count")  # the count of a list no longer shown would go first
        self._run_query("contacts", query, self.contact_model, self._contacts_ready)

    def contacted_before(self) -> str | None:
        """The "Not contacted in N days" filter as the cutoff the list query takes."""
        if not self.ui.staleCheck.isChecked():
            return None
        days = self.ui.staleDaysSpin.value()
        return utc_text(datetime.now().astimezone() - timedelta(days=days))

    def refresh_accounts(self) -> None:
        column, descending = self._sort_of(self.ui.accountTable)
        query = account_query(
            self.ui.accountFilterEdit.text(), trash=self._trash,
            sort_column=column if ACCOUNT_COLUMNS[column].sort else 0, descending=descending,
        )
        self._run_query("accounts", query, self.account_model, self._accounts_ready)

    #: Searches count up to this many at first; beyond, the count follows the first page.
    COUNT_FIRST = 20_000

    def _run_query(self, key, query, model, ready) -> None:
        self._generation[key] += 1
        generation = self._generation[key]
        cap = self.COUNT_FIRST if query.scan_patterns else None

        def work():
            return query, *query.first_page(PagedTableModel.FIRST_ROWS, cap)

        def done(result):
            if generation == self._generation[key]:  # a newer query may have been asked
                ready(model, *result)

        self.tasks.read(work, done, self._query_failed, key=key)

    def _contacts_ready(self, model, query, total, rows, exact=True) -> None:
        added = self._select_next.pop("contacts", None)
        selected = selection.ids(self.ui.contactTable) or []  # a big one is not kept
        # Not for the first list, at the top anyway: the scroll bar's Python wrapper has
        # PySide set up its classes (~5 ms of a start).
        bar = self.ui.contactTable.verticalScrollBar() if model.query is not None else None
        scroll = bar.value() if bar is not None else 0
        model.reset(query, total, rows, exact)
        self.ui.contactTable.doItemsLayout()  # now: Qt's zero-delay layout painted it twice
        if bar is not None:
            bar.setValue(scroll)
        if added:
            self._go_to_row_of(self.ui.contactTable, query, added)
        else:
            self._reselect(self.ui.contactTable, selected)
        self._show_count(total, exact)
        self.contacts_loaded = True
        if not exact:
            # Painted now, before the count starts: a reader thread in Python while the
            # list is painted (one call into the model per cell and role) held each
            # call up to the interpreter's switch interval: 20-50 ms paints at 1M.
            self.ui.contactTable.viewport().repaint()
            self.tasks.read(
                query.full_count, lambda n: self._exact_count(query, n), self._query_failed,
                key="contact-count",
            )

    def _exact_count(self, query, total: int) -> None:
        if self.contact_model.query is query:
            self.contact_model.set_total(query, total)
            self._show_count(total, True)

    def _show_count(self, total: int, exact: bool) -> None:
        searching = bool(self.ui.searchEdit.text().strip())
        text = counted(total, "match", "matches") if searching else counted(total, "contact")
        if not exact:
            text = f"{total:,}+ matches"
        among = f" · {self._among[0]}" if self._among else ""
        self.ui.matchLabel.setText(text + (" in trash" if self._trash else "") + among)
        self._say_why_empty()

    def _say_why_empty(self) -> None:
        """An empty list says why, and what would fill it; a list with rows says nothing."""
        model, writable = self.contact_model, self.read_only is None
        empty = model.query is not None and model.rowCount() == 0
        self.contacts_empty.show(empty_state.contacts_text(
            term=self.ui.searchEdit.text(), trash=self._trash,
            company=self._account_id is not None,
            among=self._among[0] if self._among else None,
            not_contacted_days=(self.ui.staleDaysSpin.value() if self.ui.staleCheck.isChecked()
                                else None),
            writable=writable) if empty else None)
        model = self.account_model
        empty = model.query is not None and model.rowCount() == 0
        self.accounts_empty.show(empty_state.companies_text(
            term=self.ui.accountFilterEdit.text(), trash=self._trash,
            writable=writable) if empty else None)

    def _accounts_ready(self, model, query, total, rows, exact=True) -> None:
        added = self._select_next.pop("accounts", None)
        selected = selection.ids(self.ui.accountTable) or []
        model.reset(query, total, rows)
        self.ui.accountTable.doItemsLayout()  # painted once, laid out (see _contacts_ready)
        if added:
            self._go_to_row_of(self.ui.accountTable, query, added, quiet=True)
        else:
            self._reselect(self.ui.accountTable, selected, quiet=True)
        where = " in trash" if self._trash else ""
        self.ui.accountsHeading.setText(f"Companies{where} ({total:,})")
        self._say_why_empty()

    def _go_to_row_of(self, view: QTableView, query, record_id: int, quiet: bool = False) -> None:
        """Select ``record_id`` (a record just added) and scroll to it, wherever it lands in
        a long list: its row is counted on the reader. ``quiet``: as for _reselect; the
        actions are brought up to date either way."""

        def done(row: int | None) -> None:
            model = view.model()
            if row is None or model.query is not query or row >= model.rowCount():
                return  # not in this list, or a newer list is shown
            selection, flags = view.selectionModel(), QItemSelectionModel.SelectionFlag
            if quiet:
                selection.blockSignals(True)
            selection.select(model.index(row, 0), flags.ClearAndSelect | flags.Rows)
            selection.setCurrentIndex(model.index(row, 0), flags.NoUpdate)
            if quiet:
                selection.blockSignals(False)
            view.scrollTo(model.index(row, 0), QTableView.ScrollHint.PositionAtCenter)
            self._update_actions()

        self.tasks.read(lambda: query.position_of(record_id), done, self._query_failed,
                        key=f"position-{view.objectName()}")

    def _reselect(self, view: QTableView, ids: list[int], quiet: bool = False) -> None:
        """Select ``ids`` where the list's pages hold them (``quiet``: without telling the
        window)."""
        model = view.model()
        selection = view.selectionModel()
        if quiet:
            selection.blockSignals(True)
        flags = QItemSelectionModel.SelectionFlag
        for record_id in ids:
            row = model.row_of(record_id)
            if row is not None:
                selection.select(model.index(row, 0), flags.Select | flags.Rows)
                selection.setCurrentIndex(model.index(row, 0), flags.NoUpdate)
        if quiet:
            selection.blockSignals(False)

    #: The background work a new list asks for waits this long: started at once, it takes
    #: the interpreter from the GUI thread while the list is being painted.
    PREPARE_DELAY_MS = 300

    def _prepare_query(self, query) -> None:
        QTimer.singleShot(self.PREPARE_DELAY_MS, lambda: self._prepare_now(query))

    def _prepare_now(self, query) -> None:
        """In the background: page fences for a long list, and the in-memory sort ranks
        search uses for this sort, with the head of its direction (again after any change
        to the data)."""
        if query is not self.contact_model.query or self.closing.is_set():
            return  # a newer list came first, or the window has closed
        if not query.sources and self.contact_model.rowCount() >= 2 * query.fence_every:
            self.tasks.background(
                query.build_fences,
                lambda fences: self.contact_model.set_fences(query, fences),
                key="fences",
            )
        column, descending = query.sort_column, query.descending
        if not self._trash and not listing.contact_ranks_ready(column, descending):
            self.tasks.background(lambda: listing.build_contact_ranks(column, descending),
                                  lambda _: None, key="ranks")

    def _query_failed(self, exc: Exception) -> None:
        log.error("query failed", exc_info=exc)
        self.statusBar().showMessage(f"Could not read the database: {exc}")

    def _fetch_failed(self, message: str) -> None:
        self.statusBar().showMessage(f"Could not read the database: {message}")

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
