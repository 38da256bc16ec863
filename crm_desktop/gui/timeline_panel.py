"""The timeline beside the details: a quick-add bar, a kind filter, a search, and the
lazy list of what happened. Writes go through the window's writer and undo history."""

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from crm_desktop.gui.forms.ui_timeline_panel import Ui_TimelinePanel
from crm_desktop.gui.resources import icon
from crm_desktop.gui.timeline_model import ID_ROLE, SOURCE_ROLE, TimelineListModel
from crm_desktop.services import interactions
from crm_desktop.services.interactions import (
    KIND_LABELS,
    TIMELINE_LABELS,
    InteractionData,
    TimelineScope,
)
from crm_desktop.text import counted

if TYPE_CHECKING:  # the editors are imported when first opened: ~16 ms less at start-up
    from crm_desktop.gui.activity_editors import (
        FeedbackEditorDialog,
        FollowupEditorDialog,
        InteractionEditorDialog,
    )
    from crm_desktop.services.editing import Editor

#: write(fn, status message): run ``fn`` on the window's writer, then refresh.
Write = Callable[[Callable[[], object], str], None]

QUICK_PLACEHOLDERS = {
    "call": "Log a call…", "meeting": "Log a meeting…", "email": "Log an e-mail…",
    "note": "Add a note…", "purchase": "Log a purchase… (the amount in the form)",
    "support": "Log a support request…",
}


class TimelinePanel(QWidget):
    def __init__(self, editor: "Callable[[], Editor]", write: Write, parent=None):
        """``editor``: gives the window's Editor, made at its first use (not at start)."""
        super().__init__(parent)
        self.ui = Ui_TimelinePanel()
        self.ui.setupUi(self)
        self._editor = editor
        self._write = write
        self._who = ""
        self._base: tuple[int | None, int | None] | None = None
        self._read_only = False
        self.model = TimelineListModel(self)
        ui = self.ui
        ui.timelineList.setModel(self.model)
        # A table of one column with fixed row heights, not a list view: a QListView
        # places every row again whenever a page arrives (0.1-0.4 s at 10,000 entries
        # here); a table's rows are placed by arithmetic. Every row is two lines high, a
        # day heading a band of that height.
        view = ui.timelineList
        line = view.fontMetrics().height()
        view.setIconSize(QSize(line + 6, line + 6))
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * line + 10)
        for kind, label in KIND_LABELS.items():
            ui.quickKindCombo.addItem(icon(f"kind-{kind}"), label, kind)
        ui.kindFilterCombo.addItem("All kinds", None)
        for kind, label in TIMELINE_LABELS.items():
            ui.kindFilterCombo.addItem(icon(f"kind-{kind}"), label, kind)
        ui.followupButton.setIcon(icon("followup"))
        heading = ui.timelineHeading.font()
        heading.setBold(True)
        ui.timelineHeading.setFont(heading)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._reload)

        ui.quickKindCombo.currentIndexChanged.connect(self._quick_kind_changed)
        ui.quickAddEdit.returnPressed.connect(self.quick_log)
        ui.logButton.clicked.connect(self.quick_log)
        ui.moreButton.clicked.connect(lambda: self.open_editor())
        details = QShortcut(QKeySequence("Ctrl+Return"), ui.quickAddEdit)
        details.setContext(Qt.ShortcutContext.WidgetShortcut)
        details.activated.connect(lambda: self.open_editor())
        ui.kindFilterCombo.currentIndexChanged.connect(self._reload)
        ui.timelineSearchEdit.textChanged.connect(self._search_timer.start)
        ui.followupButton.clicked.connect(lambda: self.new_followup())
        ui.timelineList.doubleClicked.connect(lambda _i: self.edit_selected())
        ui.timelineList.activated.connect(lambda _i: self.edit_selected())
        for action, slot in (
            (ui.actionEditInteraction, self.edit_selected),
            (ui.actionFollowUpOnThis, self.follow_up_selected),
            (ui.actionDeleteInteraction, self.delete_selected),
        ):
            action.triggered.connect(slot)
            ui.timelineList.addAction(action)
        self._quick_kind_changed()
        self.show_for(force=True)

    # --- whose timeline -------------------------------------------------------------
    @property
    def scope(self) -> TimelineScope | None:
        return self.model.scope

    def show_for(self, contact_id: int | None = None, account_id: int | None = None,
                 who: str = "", *, force: bool = False) -> None:
        """Show a contact's or an account's timeline (neither: an empty, disabled panel).
        The one already shown is read again only with ``force`` (after a change)."""
        base = (contact_id, account_id) if contact_id or account_id else None
        if base == self._base and who == self._who and not force:
            return
        self._who = who
        self._base = base
        self._enable()
        self.ui.timelineHeading.setText(f"Timeline · {who}" if who else "Timeline")
        self._reload()

    def set_read_only(self, on: bool) -> None:
        """The window cannot save: the quick-add bar is off (filtering still works)."""
        self._read_only = on
        self._enable()

    def _enable(self) -> None:
        enabled = self._base is not None
        for widget in (self.ui.quickAddEdit, self.ui.logButton, self.ui.moreButton,
                       self.ui.followupButton, self.ui.quickKindCombo):
            widget.setEnabled(enabled and not self._read_only)
        for widget in (self.ui.kindFilterCombo, self.ui.timelineSearchEdit):
            widget.setEnabled(enabled)

    def _reload(self) -> None:
        if self._base is None:
            self.model.load(None)
            self.ui.timelineCountLabel.setText("")
            return
        kind = self.ui.kindFilterCombo.currentData()
        scope = TimelineScope(*self._base, kinds=(kind,) if kind else (),
                              search=self.ui.timelineSearchEdit.text())
        self.model.load(scope)
        total = interactions.timeline_count(scope)
        self.ui.timelineCountLabel.setText(counted(total, "entry", "entries"))

    def refresh(self) -> None:
        """After a change elsewhere (undo, an edit in another dialog)."""
        self._reload()

    # --- logging ------------------------------------------------------------------------
    def _quick_kind_changed(self) -> None:
        kind = self.ui.quickKindCombo.currentData()
        self.ui.quickAddEdit.setPlaceholderText(QUICK_PLACEHOLDERS[kind])

    def focus_quick_add(self) -> None:
        self.ui.quickAddEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.quickAddEdit.selectAll()

    def _new_data(self, kind: str, subject: str = "") -> InteractionData:
        contact_id, account_id = self._base or (None, None)
        return InteractionData(kind=kind, subject=subject, contact_id=contact_id,
                               account_id=account_id)

    def quick_log(self) -> None:
        """Enter in the quick-add bar: log it now, as typed. A purchase needs its amount:
        the full form opens for it."""
        text = self.ui.quickAddEdit.text().strip()
        kind = self.ui.quickKindCombo.currentData()
        if self._base is None or not text:
            return
        if kind == "purchase":
            self.open_editor(text)
            return
        data = self._new_data(kind, text)
        self.ui.quickAddEdit.clear()
        self._write(lambda: self.editor.log_interaction(data),
                    f"Logged {KIND_LABELS[kind].lower()} with {self._who or 'them'}."
                    " Ctrl+Z undoes it.")

    def open_editor(self, subject: str | None = None) -> "InteractionEditorDialog | None":
        if self._base is None:
            return None
        kind = self.ui.quickKindCombo.currentData()
        text = self.ui.quickAddEdit.text().strip() if subject is None else subject
        from crm_desktop.gui.activity_editors import InteractionEditorDialog

        dialog = InteractionEditorDialog(self, self._new_data(kind, text), self._who)

        def save(data: InteractionData, follow_up_on: date | None) -> None:
            self.ui.quickAddEdit.clear()
            self._write(lambda: self.editor.log_interaction(data, follow_up_on),
                        f"Logged {KIND_LABELS[data.kind].lower()}"
                        + (f"; follow-up on {follow_up_on:%a %d %b}." if follow_up_on else "."))

        dialog.saved.connect(save)
        self._open(dialog)
        return dialog

    def has_focus(self) -> bool:
        return self.ui.timelineList.hasFocus()

    def selected_entries(self) -> list[tuple[str, int]]:
        """(source, id) of the selected entries: interactions and feedback."""
        rows = self.ui.timelineList.selectionModel().selectedRows()
        return [(r.data(SOURCE_ROLE), r.data(ID_ROLE)) for r in rows
                if r.data(ID_ROLE) is not None]

    def selected_ids(self) -> list[int]:
        """The selected interactions' ids."""
        return [i for source, i in self.selected_entries() if source == "interaction"]

    def selected_feedback(self) -> list[int]:
        return [i for source, i in self.selected_entries() if source == "feedback"]

    def edit_selected(self):
        entries = self.selected_entries()
        if entries and entries[0][0] == "feedback":
            return self.edit_feedback(entries[0][1])
        ids = self.selected_ids()
        if not ids:
            return None
        iid = ids[0]
        data = interactions.get_interaction(iid)
        from crm_desktop.gui.activity_editors import InteractionEditorDialog

        dialog = InteractionEditorDialog(self, data, self._who, editing=True)
        dialog.saved.connect(lambda new, _day: self._write(
            lambda: self.editor.update_interaction(iid, new), "Saved."))
        self._open(dialog)
        return dialog

    def delete_selected(self) -> None:
        ids, feedback = self.selected_ids(), self.selected_feedback()
        if ids or feedback:
            self._write(lambda: self.editor.trash_entries(ids, feedback),
                        f"Deleted {counted(len(ids) + len(feedback), 'entry', 'entries')}."
                        " Ctrl+Z undoes it.")

    def follow_up_selected(self) -> "FollowupEditorDialog | None":
        ids = self.selected_ids()
        if not ids:
            return None
        item = interactions.get_interaction(ids[0])
        return self.new_followup(f"Follow up: {item.title}", ids[0])

    def new_followup(self, note: str = "", interaction_id: int | None = None
                     ) -> "FollowupEditorDialog | None":
        if self._base is None:
            return None
        from crm_desktop.services.followups import FollowupData  # as the editors: when used

        contact_id, account_id = self._base
        data = FollowupData(date.today() + timedelta(days=1), None, note, contact_id,
                            account_id, interaction_id)
        from crm_desktop.gui.activity_editors import FollowupEditorDialog

        dialog = FollowupEditorDialog(self, data, self._who)
        dialog.saved.connect(lambda clean: self._write(
            lambda: self.editor.add_followup(clean),
            f"Follow-up planned for {clean.due_date:%a %d %b}."))
        self._open(dialog)
        return dialog

    def record_feedback(self) -> "FeedbackEditorDialog | None":
        """Feedback from the contact shown (feedback is a contact's, not a company's)."""
        if self._base is None or self._base[0] is None:
            return None
        from crm_desktop.gui.activity_editors import FeedbackEditorDialog
        from crm_desktop.services.feedback import FeedbackData  # as the editors: when used

        data = FeedbackData(self._base[0], date.today())

        dialog = FeedbackEditorDialog(self, data, self._who)

        def save(clean: FeedbackData, follow_up_on: date | None) -> None:
            self._write(lambda: self.editor.record_feedback(clean, follow_up_on),
                        "Feedback recorded"
                        + (f"; follow-up on {follow_up_on:%a %d %b}." if follow_up_on else "."))

        dialog.saved.connect(save)
        self._open(dialog)
        return dialog

    def edit_feedback(self, feedback_id: int) -> "FeedbackEditorDialog":
        from crm_desktop.gui.activity_editors import FeedbackEditorDialog
        from crm_desktop.services import feedback

        dialog = FeedbackEditorDialog(self, feedback.get_feedback(feedback_id), self._who,
                                      editing=True)
        dialog.saved.connect(lambda clean, _day: self._write(
            lambda: self.editor.update_feedback(feedback_id, clean), "Feedback saved."))
        self._open(dialog)
        return dialog

    @property
    def editor(self) -> "Editor":
        return self._editor()

    @staticmethod
    def _open(dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
