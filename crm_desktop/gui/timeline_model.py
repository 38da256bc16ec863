"""The timeline as a lazy list: day headings and interactions, newest first.

Rows come a page at a time (keyset on the item before), as the view scrolls to the
end (``canFetchMore``/``fetchMore``); a heading row is put in wherever the local day
changes. Nothing but the pages shown so far is ever read.
"""

from datetime import date, datetime, tzinfo

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from crm_desktop.gui.resources import icon
from crm_desktop.services import interactions
from crm_desktop.services.interactions import TIMELINE_LABELS, TimelineItem, TimelineScope

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
DAY_ROLE = Qt.ItemDataRole.UserRole + 2  # the local date of a heading row
SOURCE_ROLE = Qt.ItemDataRole.UserRole + 3  # "interaction" or "feedback"


_HEADING_ROLES = (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole,
                  Qt.ItemDataRole.ForegroundRole)


def heading_style() -> dict:
    """How a day heading is drawn, by role. Not made at start: PySide's first QBrush
    sets up the classes a brush can be made from (~9 ms), and no heading is shown then."""
    font = QFont()
    font.setBold(True)
    return {Qt.ItemDataRole.FontRole: font,
            Qt.ItemDataRole.BackgroundRole: QBrush(QColor("#f1f3f6")),
            Qt.ItemDataRole.ForegroundRole: QBrush(QColor("#4b5563"))}


def describe(item: TimelineItem) -> str:
    """The second line of an entry: what came of it, and its numbers."""
    parts = []
    first = (item.body.splitlines() or [""])[0]
    if item.subject and first:
        parts.append(first if len(first) <= 90 else first[:89] + "…")
    if item.outcome:
        parts.append(f"→ {item.outcome}")
    if item.duration_minutes:
        parts.append(f"{item.duration_minutes} min")
    if item.amount is not None:
        parts.append(f"{item.currency} {item.amount:,.2f}")
    if item.status:
        parts.append(item.status.capitalize())
    return " · ".join(parts)


def day_title(day: date, today: date) -> str:
    delta = (today - day).days
    name = {0: "Today", 1: "Yesterday", -1: "Tomorrow"}.get(delta)
    long = f"{day:%A} {day.day} {day:%B %Y}"
    return f"{name} · {long}" if name else long


class TimelineListModel(QAbstractListModel):
    PAGE = 200

    def __init__(self, parent=None, tz: tzinfo | None = None):
        super().__init__(parent)
        self.tz = tz
        self._scope: TimelineScope | None = None
        self._rows: list[date | TimelineItem] = []
        self._last_day: date | None = None
        self._more = False
        self._heading_style: dict | None = None  # made when a heading is first shown
        self._icons = {kind: icon(f"kind-{kind}") for kind in TIMELINE_LABELS}

    # --- filling ------------------------------------------------------------------------
    @property
    def scope(self) -> TimelineScope | None:
        return self._scope

    def load(self, scope: TimelineScope | None) -> None:
        """Show ``scope``'s timeline from the top (None: nothing)."""
        self.beginResetModel()
        self._scope, self._rows, self._last_day = scope, [], None
        self._more = scope is not None
        if scope is not None:
            self._append(interactions.timeline(scope, limit=self.PAGE))
        self.endResetModel()

    def reload(self) -> None:
        self.load(self._scope)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more or self._scope is None:
            return
        last = next(r for r in reversed(self._rows) if isinstance(r, TimelineItem))
        page = interactions.timeline(self._scope, after=last.key, limit=self.PAGE)
        rows = self._entries(page)
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows += rows
            self.endInsertRows()
        self._more = len(page) == self.PAGE

    def _append(self, page: list[TimelineItem]) -> None:
        self._rows += self._entries(page)
        self._more = len(page) == self.PAGE

    def _entries(self, page: list[TimelineItem]) -> list:
        rows: list[date | TimelineItem] = []
        for item in page:
            day = self._local(item.occurred_at).date()
            if day != self._last_day:
                rows.append(day)
                self._last_day = day
            rows.append(item)
        return rows

    def _local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz)

    # --- reading ------------------------------------------------------------------------
    def item(self, row: int) -> TimelineItem | None:
        entry = self._rows[row] if 0 <= row < len(self._rows) else None
        return entry if isinstance(entry, TimelineItem) else None

    def items_loaded(self) -> int:
        return sum(isinstance(r, TimelineItem) for r in self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], date):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        role = Qt.ItemDataRole(role)
        if isinstance(entry, date):
            return self._heading(entry, role)
        if role == Qt.ItemDataRole.DisplayRole:
            when = self._local(entry.occurred_at).strftime("%H:%M")
            who = entry.contact_name if self._scope and self._scope.account_id else ""
            head = f"{when}  {TIMELINE_LABELS[entry.kind]}: {entry.title}"
            if who:
                head += f"  ({who})"
            second = describe(entry)
            return f"{head}\n{second}" if second else head
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[entry.kind]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p for p in (entry.subject, entry.body, entry.outcome) if p)
        if role == ID_ROLE:
            return entry.id
        if role == SOURCE_ROLE:
            return entry.source
        if role == KIND_ROLE:
            return entry.kind
        return None

    def _heading(self, day: date, role: Qt.ItemDataRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return day_title(day, datetime.now(self.tz).astimezone(self.tz).date())
        if role in _HEADING_ROLES:
            if self._heading_style is None:
                self._heading_style = heading_style()
            return self._heading_style[role]
        if role == DAY_ROLE:
            return day.isoformat()
        return None
