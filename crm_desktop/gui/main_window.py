"""The main window: companies on the left, the contact list, details on the right."""

import html
import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QTableView

from crm_desktop import APP_NAME, __version__
from crm_desktop.gui import msgbox, selection
from crm_desktop.gui.activity_actions import ActivityActions
from crm_desktop.gui.edit_actions import EditActions
from crm_desktop.gui.file_actions import FileActions
from crm_desktop.gui.forms.ui_main_window import Ui_MainWindow
from crm_desktop.gui.list_views import lay_out_headers, set_up_table
from crm_desktop.gui.notifier import FollowupNotifier
from crm_desktop.gui.record_view import RecordView
from crm_desktop.gui.resources import icon
from crm_desktop.gui.settings import restore_state, save_state
from crm_desktop.gui.table_model import PagedTableModel
from crm_desktop.gui.tasks import TaskManager
from crm_desktop.gui.timeline_panel import TimelinePanel
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

if TYPE_CHECKING:  # and QCloseEvent: importing it sets up QEvent (5 ms of a start)
    from PySide6.QtGui import QCloseEvent

    from crm_desktop.gui.satisfaction import SatisfactionDialog
    from crm_desktop.gui.today_panel import TodayPanel
    from crm_desktop.services.editing import Editor

log = logging.getLogger(__name__)

CONTACT_WIDTHS = (110, 120, 190, 150, 230, 140, 110, 80, 130, 110, 120)



class MainWindow(EditActions, ActivityActions, FileActions, RecordView, QMainWindow):
    #: The whole-file check and the daily backup wait this long, out of the start's way.
    CHECK_DELAY_MS = 2000
    #: Today's count and the first look for follow-ups due wait this long after start.
    ACTIVITY_DELAY_MS = 600
    #: What a first click or edit needs is imported this long after start (see warm_up).
    WARM_UP_MS = 1200

    def __init__(self, db_path: Path, tasks: TaskManager | None = None):
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.db_path = Path(db_path)
        self.tasks = tasks or TaskManager(self)
        self._editor: Editor | None = None  # made at the first edit (see editor)
        self.setWindowTitle(f"{APP_NAME} — {self.db_path.name}")
        self.setWindowIcon(icon("app"))
        self._account_id: int | None = None
        self._pinned: tuple[int | None, int | None] | None = None  # shown without a selection
        self._shown: tuple | None = None  # what the details and timeline show now
        self._trash = False
        self._today: TodayPanel | None = None  # made when first shown
        self.read_only: str | None = None  # why nothing can be saved (see set_read_only)
        self._among: tuple[str, tuple] | None = None  # (label, subquery): a dashboard's list
        self.closing = threading.Event()  # set when the window closes: long reads stop
        self._satisfaction: SatisfactionDialog | None = None  # open, not modal
        self._pipeline = None  # the pipeline window, while open
        self._generation = {"contacts": 0, "accounts": 0}
        self.contacts_loaded = False  # set after each contact query lands (tests, benchmarks)
        self.setAcceptDrops(True)  # a spreadsheet dropped on the window is imported

        self.contact_model = PagedTableModel(CONTACT_COLUMNS, self)
        self.account_model = PagedTableModel(ACCOUNT_COLUMNS, self)
        set_up_table(self.ui.contactTable, self.contact_model)
        set_up_table(self.ui.accountTable, self.account_model)
        for column, width in enumerate(CONTACT_WIDTHS):
            self.ui.contactTable.setColumnWidth(column, width)
        self.ui.contactTable.horizontalHeader().setSortIndicator(
            CONTACT_DEFAULT_SORT, Qt.SortOrder.AscendingOrder
        )
        self.ui.accountTable.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        # The lists' saved headers (their sort) first, and their first reads asked for
        # now: the reader runs them while the rest of the window is built. Asked for at
        # the end, the first rows came 10-15 ms after the window was ready at 1M contacts.
        self._restore_headers()
        self.refresh_contacts()
        self.refresh_accounts()
        self.ui.mainSplitter.setSizes([240, 820, 420])
        self.timeline = TimelinePanel(lambda: self.editor, self._write, self)
        self.ui.timelineHostLayout.addWidget(self.timeline)
        self.timeline.ui.timelineList.selectionModel().selectionChanged.connect(
            lambda *_: self._update_actions())
        self.ui.detailSplitter.setSizes([300, 460])
        self.ui.todayButton.setIcon(icon("today"))
        self.notifier = FollowupNotifier(self.tasks, self)
        self.notifier.due.connect(
            lambda title, text: self.statusBar().showMessage(f"{title}: {text}", 15000))
        self.ui.mainSplitter.setStretchFactor(1, 1)
        self.ui.searchEdit.addAction(
            icon("search"), self.ui.searchEdit.ActionPosition.LeadingPosition
        )
        self.ui.allContactsButton.setIcon(icon("users"))
        self.ui.trashButton.setIcon(icon("trash"))
        self._connect()
        self._restore_state()
        self._update_actions()
        self._show_current(force=True)
        # Today's count and the notifier's first look come once the window is up: they
        # bring the follow-ups module (~10 ms) and would read beside the first paint.
        QTimer.singleShot(self.ACTIVITY_DELAY_MS, self.count_due)
        QTimer.singleShot(self.ACTIVITY_DELAY_MS, self.notifier.start)
        QTimer.singleShot(self.WARM_UP_MS, self.warm_up)
        QTimer.singleShot(self.CHECK_DELAY_MS, self.check_file)

    @staticmethod
    def warm_up() -> None:
        """Import, once the window is up and idle, what the start left out: the first
        contact shown or the first edit would otherwise wait ~20 ms for it."""
        from crm_desktop.services import editing, relationship  # noqa: F401

    @property
    def editor(self) -> "Editor":
        """The window's editing session (its undo history), made at its first use: the
        services it writes through (companies, contacts, follow-ups) are not imported at
        start (~15 ms)."""
        if self._editor is None:
            from crm_desktop.services.editing import Editor

            self._editor = Editor()
        return self._editor

    # --- setup ---------------------------------------------------------------------------
    def _connect(self) -> None:
        ui = self.ui
        actions = (
            (ui.actionNewContact, "contact-new", self.new_contact),
            (ui.actionNewAccount, "company-new", self.new_account),
            (ui.actionEdit, "edit", self.edit_current),
            (ui.actionDelete, "delete", self.delete_selected),
            (ui.actionRestore, "restore", self.restore_selected),
            (ui.actionUndo, "undo", self.undo),
            (ui.actionRedo, "redo", self.redo),
            (ui.actionFind, "search", self.focus_search),
            (ui.actionQuit, None, self.close),
            (ui.actionAbout, None, self.about),
            (ui.actionImport, "import", self.import_contacts),
            (ui.actionImportHistory, None, self.import_history),
            (ui.actionBackups, None, self.open_backups),
            (ui.actionDuplicates, None, self.find_duplicates),
            (ui.actionPipeline, "pipeline", self.open_pipeline),
            (ui.actionDashboard, "chart", self.open_dashboard),
            (ui.actionNewDeal, "kind-deal", self.new_deal),
            (ui.actionImportFeedback, None, self.import_feedback),
            (ui.actionExport, None, lambda: self.export_contacts(False)),
            (ui.actionExportThese, None, lambda: self.export_contacts(True)),
            (ui.actionLogInteraction, "kind-call", self.log_interaction),
            (ui.actionNewFollowup, "followup", self.new_followup),
            (ui.actionToday, "today", self.show_today),
            (ui.actionRecordFeedback, "kind-feedback", self.record_feedback),
            (ui.actionSatisfaction, "chart", self.show_satisfaction),
            (ui.actionCrmStyle, "goal", self.show_crm_style),
            (ui.actionExportCalendar, "calendar-export", self.export_calendar),
        )
        for action, icon_name, slot in actions:
            if icon_name:
                action.setIcon(icon(icon_name))
            action.triggered.connect(slot)
        ui.actionDelete.setShortcuts([QKeySequence.StandardKey.Delete, QKeySequence("Backspace")])
        # Return edits in a list through the view's own "activated" (as does a double
        # click), not a Return shortcut: an action in the menu bar would take Return from
        # every field in the window, the timeline's quick-add bar included.
        ui.actionEdit.setShortcut(QKeySequence("Ctrl+E"))
        ui.actionDelete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ui.contactTable.addAction(ui.actionDelete)
        ui.contactTable.addAction(ui.actionExportThese)
        ui.contactTable.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        ui.accountTable.addAction(ui.actionDelete)
        ui.actionShowTrash.toggled.connect(self.show_trash)
        ui.trashButton.clicked.connect(lambda: self.show_trash(True))
        ui.allContactsButton.clicked.connect(self.show_all_contacts)
        ui.todayButton.clicked.connect(self.show_today)
        ui.staleCheck.toggled.connect(ui.staleDaysSpin.setEnabled)
        ui.staleCheck.toggled.connect(lambda _on: self.refresh_contacts())
        ui.staleDaysSpin.valueChanged.connect(
            lambda _n: ui.staleCheck.isChecked() and self.refresh_contacts())
        ui.staleDaysSpin.setEnabled(False)

        # Straight to the reader, not through a zero-delay timer: Qt repaints the edit
        # before such a timer fires (~10 ms at 1M here), and the query can run meanwhile.
        # Keystrokes faster than the reader never queue up (TaskManager: newest wins).
        ui.searchEdit.textChanged.connect(lambda _text: self.refresh_contacts())
        self._filter_timer = QTimer(self, singleShot=True, interval=120)
        self._filter_timer.timeout.connect(self.refresh_accounts)
        ui.accountFilterEdit.textChanged.connect(self._filter_timer.start)

        ui.contactTable.activated.connect(self.edit_current)
        ui.accountTable.activated.connect(self.edit_current)
        ui.contactTable.selectionModel().selectionChanged.connect(self._contact_selection_changed)
        ui.accountTable.selectionModel().selectionChanged.connect(self._account_selection_changed)
        self.contact_model.modelReset.connect(self._contact_selection_changed)
        self.contact_model.fetch_failed.connect(self._fetch_failed)
        self.contact_model.query_changed.connect(self._prepare_query)
        self.account_model.fetch_failed.connect(self._fetch_failed)
        self.tasks.busy_changed.connect(self._busy_changed)

    # --- queries ---------------------------------------------------------------------------
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
        selected = selection.ids(self.ui.contactTable) or []  # a big one is not kept
        # Not for the first list, at the top anyway: the scroll bar's Python wrapper has
        # PySide set up its classes (~5 ms of a start).
        bar = self.ui.contactTable.verticalScrollBar() if model.query is not None else None
        scroll = bar.value() if bar is not None else 0
        model.reset(query, total, rows, exact)
        self.ui.contactTable.doItemsLayout()  # now: Qt's zero-delay layout painted it twice
        if bar is not None:
            bar.setValue(scroll)
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

    def _accounts_ready(self, model, query, total, rows, exact=True) -> None:
        selected = selection.ids(self.ui.accountTable) or []
        model.reset(query, total, rows)
        self.ui.accountTable.doItemsLayout()  # painted once, laid out (see _contacts_ready)
        self._reselect(self.ui.accountTable, selected, quiet=True)
        where = " in trash" if self._trash else ""
        self.ui.accountsHeading.setText(f"Companies{where} ({total:,})")

    def _reselect(self, view: QTableView, ids: list[int], quiet: bool = False) -> None:
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

    # --- selection and the detail pane ---------------------------------------------------
    @staticmethod
    def has_selection(view: QTableView) -> bool:
        return view.selectionModel().hasSelection()

    def selected(self, view: QTableView) -> tuple[int, Callable[[], list[int]]]:
        """How many rows of ``view`` are selected, and a function that gives their ids
        on any thread: those of a big selection are read from the list's query there."""
        small = selection.ids(view)
        if small is not None:
            return len(small), lambda: small
        query, spans = view.model().query, selection.spans(view)
        return selection.count(view), lambda: query.ids_at(spans)

    def _focused_view(self) -> QTableView:
        if self.ui.accountTable.hasFocus() or (
            self.focusWidget() is not self.ui.contactTable
            and self.has_selection(self.ui.accountTable)
            and not self.has_selection(self.ui.contactTable)
        ):
            return self.ui.accountTable
        return self.ui.contactTable

    def _contact_selection_changed(self, *_args) -> None:
        if self.has_selection(self.ui.contactTable):
            self._pinned = None
        self._show_current()
        self._update_actions()

    def _account_selection_changed(self, *_args) -> None:
        account_id = selection.first_id(self.ui.accountTable)
        if account_id is not None and not self._trash:
            self._pinned = None
            self._account_id = account_id
            self.ui.allContactsButton.setChecked(False)
            self.ui.contactTable.clearSelection()
            self._show_current()
            self.refresh_contacts()
        self._update_actions()

    def _update_actions(self) -> None:
        ui = self.ui
        has_contacts = self.has_selection(ui.contactTable)
        has_accounts = self.has_selection(ui.accountTable)
        has_entries = bool(self.timeline.selected_ids())
        writable = self.read_only is None
        editable = writable and not self._trash and (has_contacts or has_accounts or has_entries)
        ui.actionEdit.setEnabled(editable)
        ui.actionDelete.setEnabled(editable)
        ui.actionRestore.setEnabled(writable and self._trash and (has_contacts or has_accounts))
        for action in (ui.actionNewContact, ui.actionNewAccount, ui.actionImport, ui.actionNewDeal,
                       ui.actionImportFeedback, ui.actionLogInteraction, ui.actionNewFollowup,
                       ui.actionRecordFeedback):
            action.setEnabled(writable)
        ui.actionRestore.setVisible(self._trash)
        history = self._editor.history if self._editor is not None else None
        for action, label, prefix in (
            (ui.actionUndo, history.undo_label if history is not None else None, "Undo"),
            (ui.actionRedo, history.redo_label if history is not None else None, "Redo"),
        ):
            action.setEnabled(writable and label is not None)
            action.setText(f"{prefix} {label}" if label else prefix)
            action.setIconText(prefix)

    # --- navigation -------------------------------------------------------------------------
    def show_all_contacts(self) -> None:
        self._account_id = None
        self._among = None
        self.ui.accountTable.clearSelection()
        self._set_trash(False)

    def show_trash(self, on: bool) -> None:
        if on != self._trash:
            self._account_id = None
            self.ui.accountTable.clearSelection()
            self._set_trash(on)

    def _set_trash(self, on: bool) -> None:
        self._trash = on
        self.ui.centerStack.setCurrentIndex(0)
        self.ui.todayButton.setChecked(False)
        self.ui.trashButton.setChecked(on)
        self.ui.allContactsButton.setChecked(not on)
        self.ui.actionShowTrash.blockSignals(True)
        self.ui.actionShowTrash.setChecked(on)
        self.ui.actionShowTrash.blockSignals(False)
        self.refresh()
        self._update_actions()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def about(self) -> None:
        msgbox.about(
            self, f"About {APP_NAME}",
            f"<b>{APP_NAME}</b> {__version__}<br>Your contacts and companies, offline.<br><br>"
            f"Database: {html.escape(str(self.db_path))}",
        )

    # --- state ---------------------------------------------------------------------------------
    def _header_parts(self) -> dict:
        return {
            "contactHeader": self.ui.contactTable.horizontalHeader(),
            "accountHeader": self.ui.accountTable.horizontalHeader(),
        }

    def _state_parts(self) -> dict:
        return {
            "mainSplitter": self.ui.mainSplitter,
            "detailSplitter": self.ui.detailSplitter,
            **self._header_parts(),
        }

    def _restore_headers(self) -> None:
        restore_state(None, "mainWindow", self._header_parts())
        lay_out_headers(self.ui.contactTable, self.ui.accountTable)

    def _restore_state(self) -> None:
        """The window's geometry and splitters (the headers are restored first)."""
        restore_state(self, "mainWindow", {"mainSplitter": self.ui.mainSplitter,
                                           "detailSplitter": self.ui.detailSplitter})

    def save_state(self) -> None:
        save_state(self, "mainWindow", self._state_parts())

    def closeEvent(self, event: "QCloseEvent") -> None:  # noqa: N802 - Qt's name
        self.closing.set()  # the file check and the daily backup stop at their next step
        if (instances := getattr(self, "instances", None)) is not None:
            instances.server.close()  # a new start now waits for our lock, not for us
        self.notifier.stop()
        self.save_state()
        super().closeEvent(event)
