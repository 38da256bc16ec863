"""While the app runs, say when follow-ups fall due: a tray notification where the
desktop has a tray, and the ``due`` signal (the window shows it in the status bar).

Every minute it asks which open follow-ups fell due since the last check (their time,
or the start of their day). At start it says once how many are due today or overdue.
"""

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from crm_desktop import APP_NAME
from crm_desktop.gui.resources import icon
from crm_desktop.gui.tasks import TaskManager
from crm_desktop.text import counted

if TYPE_CHECKING:  # the follow-ups module: at the first check, not at start (~10 ms)
    from crm_desktop.services.followups import AgendaItem


def message_for(items: "list[AgendaItem]") -> tuple[str, str]:
    """(title, text) of one notification for the follow-ups that just fell due."""
    if len(items) == 1:
        item = items[0]
        return f"Follow up with {item.who}" if item.who else "Follow-up due", item.note
    lines = [f"{i.who}: {i.note.splitlines()[0] if i.note else ''}" for i in items[:4]]
    if len(items) > 4:
        lines.append(f"… and {len(items) - 4} more")
    return f"{len(items)} follow-ups due", "\n".join(lines)


class FollowupNotifier(QObject):
    due = Signal(str, str)  # title, text: something fell due (or is due, at start)
    CHECK_MS = 60_000

    def __init__(self, tasks: TaskManager, parent: QObject | None = None,
                 tray: QSystemTrayIcon | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.tray = tray
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon("app"), self)
            self.tray.setToolTip(APP_NAME)
            self.tray.show()
        self._last: datetime | None = None
        self._timer = QTimer(self, interval=self.CHECK_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Say what is due now, then check every minute."""
        from crm_desktop.services import followups

        now = datetime.now().astimezone()
        self._last = now
        self.tasks.read(lambda: followups.open_count(now), self._announce_open, key="due-now")
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _announce_open(self, count: int) -> None:
        if count:
            self._notify(f"{counted(count, 'follow-up')} due",
                         "Due today or overdue: see Today (Ctrl+T).")

    def check(self, now: datetime | None = None) -> None:
        from crm_desktop.services import followups

        now = now or datetime.now().astimezone()
        since, self._last = self._last or now, now
        self.tasks.read(lambda: followups.falling_due(since, now), self._fell_due,
                        key="falling-due")

    def _fell_due(self, items: "list[AgendaItem]") -> None:
        if items:
            self._notify(*message_for(items))

    def _notify(self, title: str, text: str) -> None:
        if self.tray is not None:
            self.tray.showMessage(title, text, icon("followup"), 10_000)
        self.due.emit(title, text)
