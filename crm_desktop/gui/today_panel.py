"""The Today view: overdue follow-ups, today's, the coming two weeks', and birthdays.

Read on the reader thread; each section lists at most ``SECTION_LIMIT`` entries and
counts the rest, so a database with 50,000 open follow-ups opens it as fast as one
with five. Done, snooze and edit go through the window's writer and undo history.
"""

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QMenu, QTreeWidgetItem, QWidget

from crm_desktop.gui import msgbox
from crm_desktop.gui.activity_editors import FollowupEditorDialog
from crm_desktop.gui.forms.ui_today_panel import Ui_TodayPanel
from crm_desktop.gui.resources import icon
from crm_desktop.gui.tasks import TaskManager
from crm_desktop.services import followups
from crm_desktop.services.editing import Editor
from crm_desktop.services.followups import Agenda, AgendaItem, Birthday
from crm_desktop.text import counted

ITEM_ROLE = Qt.ItemDataRole.UserRole
_LATE = QBrush(QColor("#b91c1c"))
_SECTION_BRUSH = QBrush(QColor("#f1f3f6"))
_DONE = QBrush(QColor("#6b7280"))


def when_text(item: AgendaItem, today: date) -> str:
    if item.due_date == today:
        day = "Today"
    elif (item.due_date - today).days == 1:
        day = "Tomorrow"
    elif (today - item.due_date).days == 1:
        day = "Yesterday"
    else:
        day = f"{item.due_date:%a} {item.due_date.day} {item.due_date:%b}"
        if item.due_date.year != today.year:
            day += f" {item.due_date.year}"
    return f"{day} {item.due_time:%H:%M}" if item.due_time else day


class TodayPanel(QWidget):
    #: (contact id or None, account id or None): show that record and its timeline
    open_record = Signal(object, object)
    loaded = Signal()  # after each refresh lands (tests, the window's badge)

    def __init__(self, tasks: TaskManager, editor: Editor,
                 write: Callable[[Callable[[], object], str], None], parent=None):
        super().__init__(parent)
        self.ui = Ui_TodayPanel()
        self.ui.setupUi(self)
        self.tasks, self.editor, self._write = tasks, editor, write
        self.agenda: Agenda | None = None
        ui = self.ui
        font = ui.todayHeading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        ui.todayHeading.setFont(font)
        header = ui.agendaTree.header()
        # The "when" column is sized in _show, from its few different texts: Qt's sizing to
        # contents measured all 1,000 rows at each refresh (0.25 s of the window's thread).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 240)
        header.setStretchLastSection(True)
        ui.doneButton.setIcon(icon("done"))
        ui.snoozeButton.setIcon(icon("snooze"))
        ui.calendarButton.setIcon(icon("calendar-export"))
        self._snooze_menu = QMenu(self)
        self._snooze_menu.aboutToShow.connect(self._fill_snooze_menu)
        ui.snoozeButton.setMenu(self._snooze_menu)
        ui.doneButton.clicked.connect(self.mark_done)
        ui.editFollowupButton.clicked.connect(self.edit_selected)
        ui.openRecordButton.clicked.connect(self.open_selected)
        ui.calendarButton.clicked.connect(self.export_calendar)
        ui.agendaTree.itemActivated.connect(lambda *_: self.open_selected())
        ui.agendaTree.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # --- reading ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.tasks.read(lambda: (datetime.now().astimezone(), followups.agenda()),
                        self._show, key="agenda")

    def _show(self, result: tuple[datetime, Agenda]) -> None:
        now, agenda = result
        self.agenda = agenda
        today = now.date()
        self.ui.todayDateLabel.setText(f"{today:%A} {today.day} {today:%B %Y}")
        tree = self.ui.agendaTree
        selected = {id(None)} | {self._key(i) for i in tree.selectedItems()}
        tree.clear()
        bold = QFont(tree.font())
        bold.setBold(True)
        whens: set[str] = set()
        for title, section, late in (
            ("Overdue", agenda.overdue, True), ("Today", agenda.today, False),
            ("Coming up", agenda.upcoming, False), ("Birthdays", agenda.birthdays, False),
            ("Done this week", agenda.done, False),
        ):
            head = QTreeWidgetItem(tree, [f"{title} ({section.total:,})", "", ""])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setFirstColumnSpanned(True)
            head.setFont(0, bold)
            for column in range(3):
                head.setBackground(column, _SECTION_BRUSH)
            if not section.items:
                empty = QTreeWidgetItem(tree, ["", "", "Nothing here." if title != "Overdue"
                                               else "Nothing overdue: well done."])
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
            for entry in section.items:
                row = self._row(tree, entry, today, now, late)
                whens.add(row.text(0))
                if self._key(row) in selected:
                    row.setSelected(True)
            if section.total > len(section.items):
                rest = section.total - len(section.items)
                more = QTreeWidgetItem(tree, ["", "", f"… and {rest:,} more"])
                more.setFlags(Qt.ItemFlag.NoItemFlags)
        metrics = tree.fontMetrics()
        tree.header().resizeSection(0, max(map(metrics.horizontalAdvance, whens), default=40)
                                    + max(tree.iconSize().width(), 16) + 24)
        self._update_buttons()
        self.loaded.emit()

    def _row(self, tree, entry, today: date, now: datetime, late: bool) -> QTreeWidgetItem:
        if isinstance(entry, Birthday):
            days = (entry.on - today).days
            when = "Today" if days == 0 else "Tomorrow" if days == 1 else (
                f"{entry.on:%a} {entry.on.day} {entry.on:%b}")
            what = f"turns {entry.turns}" if entry.turns else "birthday"
            row = QTreeWidgetItem(tree, [when, entry.name, what])
            row.setIcon(0, icon("birthday"))
        else:
            row = QTreeWidgetItem(tree, [when_text(entry, today), entry.who,
                                         " ".join(entry.note.split())])
            row.setIcon(0, icon("done" if entry.done else "followup"))
            row.setToolTip(2, entry.note)
            if entry.done:
                struck = QFont(tree.font())
                struck.setStrikeOut(True)
                for column in range(3):
                    row.setForeground(column, _DONE)
                row.setFont(2, struck)
            elif late or entry.is_overdue(now):
                row.setForeground(0, _LATE)
        row.setData(0, ITEM_ROLE, entry)
        return row

    @staticmethod
    def _key(row: QTreeWidgetItem):
        entry = row.data(0, ITEM_ROLE)
        if isinstance(entry, AgendaItem):
            return ("f", entry.id)
        if isinstance(entry, Birthday):
            return ("b", entry.contact_id)
        return None

    # --- selection and actions ----------------------------------------------------------
    def selected(self) -> list[AgendaItem | Birthday]:
        return [e for e in (i.data(0, ITEM_ROLE) for i in self.ui.agendaTree.selectedItems())
                if e is not None]

    def selected_followups(self) -> list[AgendaItem]:
        return [e for e in self.selected() if isinstance(e, AgendaItem)]

    def _reopening(self) -> bool:
        """Whether the Done button reopens: only follow-ups already done are selected."""
        chosen = self.selected_followups()
        return bool(chosen) and all(f.done for f in chosen)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        has_followups = bool(self.selected_followups())
        reopen = self._reopening()
        self.ui.doneButton.setText("&Reopen" if reopen else "&Done")
        self.ui.doneButton.setShortcut("Ctrl+D")
        self.ui.doneButton.setEnabled(has_followups)
        self.ui.snoozeButton.setEnabled(has_followups and not reopen)
        self.ui.editFollowupButton.setEnabled(len(chosen) == 1 and has_followups)
        self.ui.openRecordButton.setEnabled(len(chosen) == 1)

    def mark_done(self) -> None:
        """Done (or, with only done ones selected, reopen) the selected follow-ups."""
        if self._reopening():
            ids = [f.id for f in self.selected_followups()]
            self._write(lambda: self.editor.set_followups_done(ids, False),
                        f"Reopened {counted(len(ids), 'follow-up')}.")
            return
        ids = [f.id for f in self.selected_followups() if not f.done]
        if ids:
            self._write(lambda: self.editor.set_followups_done(ids),
                        f"Done: {counted(len(ids), 'follow-up')}. Ctrl+Z reopens.")

    def _fill_snooze_menu(self) -> None:
        menu = self._snooze_menu
        menu.clear()
        for label, day, at in followups.snooze_choices():
            menu.addAction(label, lambda day=day, at=at: self.snooze(day, at))

    def snooze(self, day: date, at: time | None) -> None:
        ids = [f.id for f in self.selected_followups() if not f.done]
        if ids:
            when = f"{day:%a %d %b}" + (f" {at:%H:%M}" if at else "")
            self._write(lambda: self.editor.snooze_followups(ids, day, at),
                        f"Snoozed {counted(len(ids), 'follow-up')} to {when}.")

    def edit_selected(self) -> FollowupEditorDialog | None:
        chosen = self.selected_followups()
        if len(chosen) != 1:
            return None
        fid = chosen[0].id
        dialog = FollowupEditorDialog(self, followups.get_followup(fid), chosen[0].who,
                                      editing=True)
        dialog.saved.connect(lambda data: self._write(
            lambda: self.editor.update_followup(fid, data), "Follow-up saved."))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            entry = chosen[0]
            if isinstance(entry, Birthday):
                self.open_record.emit(entry.contact_id, None)
            else:
                self.open_record.emit(entry.contact_id,
                                      None if entry.contact_id else entry.account_id)

    def export_calendar(self) -> None:
        path = msgbox.save_file(self, "Export follow-ups to a calendar file",
                                "followups.ics", "iCalendar (*.ics)")
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"
        from crm_desktop.exchange.calendar import write_ics

        self.tasks.read(
            lambda: write_ics(path),
            lambda n: self.window().statusBar().showMessage(
                f"Wrote {counted(n, 'follow-up')} to {path}: open it with your calendar app.",
                10000),
            lambda exc: msgbox.error(self, "Could not export", f"{path}: {exc}"),
        )
