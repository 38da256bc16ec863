"""The main window: companies on the left, the contact list, details on the right."""

import html
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QTableView

from crm_desktop import APP_NAME, __version__
from crm_desktop.gui import msgbox, selection
from crm_desktop.gui.activity_actions import ActivityActions
from crm_desktop.gui.edit_actions import EditActions
from crm_desktop.gui.empty_state import EmptyState
from crm_desktop.gui.file_actions import FileActions
from crm_desktop.gui.forms.ui_main_window import Ui_MainWindow
from crm_desktop.gui.list_queries import ListQueries
from crm_desktop.gui.list_views import lay_out_headers, set_up_table
from crm_desktop.gui.notifier import FollowupNotifier
from crm_desktop.gui.record_view import RecordView
from crm_desktop.gui.resources import icon
from crm_desktop.gui.settings import restore_state, save_state
from crm_desktop.gui.table_model import PagedTableModel
from crm_desktop.gui.tasks import TaskManager
from crm_desktop.gui.timeline_panel import TimelinePanel
from crm_desktop.services.listing import (
    ACCOUNT_COLUMNS,
    CONTACT_COLUMNS,
    CONTACT_DEFAULT_SORT,
)

if TYPE_CHECKING:  # and QCloseEvent: importing it sets up QEvent (5 ms of a start)
    from PySide6.QtGui import QCloseEvent

    from crm_desktop.gui.satisfaction import SatisfactionDialog
    from crm_desktop.gui.today_panel import TodayPanel
    from crm_desktop.services.editing import Editor

log = logging.getLogger(__name__)

CONTACT_WIDTHS = (110, 120, 190, 150, 230, 140, 110, 80, 130, 110, 120)



class MainWindow(EditActions, ActivityActions, FileActions, RecordView, ListQueries,
                 QMainWindow):
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
        self._select_next: dict[str, int] = {}  # a record just added, to select when listed
        self.contacts_loaded = False  # set after each contact query lands (tests, benchmarks)
        self.setAcceptDrops(True)  # a spreadsheet dropped on the window is imported

        self.contact_model = PagedTableModel(CONTACT_COLUMNS, self)
        self.account_model = PagedTableModel(ACCOUNT_COLUMNS, self)
        set_up_table(self.ui.contactTable, self.contact_model)
        set_up_table(self.ui.accountTable, self.account_model)
        self.contacts_empty = EmptyState(self.ui.contactTable)  # what an empty list says
        self.accounts_empty = EmptyState(self.ui.accountTable)
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
        undo = redo = None  # nothing to undo before the editor is made (at the first edit)
        if self._editor is not None:
            undo, redo = self._editor.history.undo_label, self._editor.history.redo_label
        for action, label, prefix in ((ui.actionUndo, undo, "Undo"), (ui.actionRedo, redo, "Redo")):
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

    def _splitter_parts(self) -> dict:
        return {"mainSplitter": self.ui.mainSplitter, "detailSplitter": self.ui.detailSplitter}

    def _state_parts(self) -> dict:
        return {**self._splitter_parts(), **self._header_parts()}

    def _restore_headers(self) -> None:
        restore_state(None, "mainWindow", self._header_parts())
        lay_out_headers(self.ui.contactTable, self.ui.accountTable)

    def _restore_state(self) -> None:
        """The window's geometry and splitters (the headers are restored first)."""
        restore_state(self, "mainWindow", self._splitter_parts())

    def save_state(self) -> None:
        save_state(self, "mainWindow", self._state_parts())

    def closeEvent(self, event: "QCloseEvent") -> None:  # noqa: N802 - Qt's name
        self.closing.set()  # the file check and the daily backup stop at their next step
        if (instances := getattr(self, "instances", None)) is not None:
            instances.server.close()  # a new start now waits for our lock, not for us
        self.notifier.stop()
        self.save_state()
        super().closeEvent(event)
