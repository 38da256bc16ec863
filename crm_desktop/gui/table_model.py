"""A table model over a :class:`ListQuery` that never holds the whole list.

It knows the row count and keeps a bounded cache of pages; a page is fetched
from SQL the first time one of its rows is painted (keyset from the page
before it when that is cached, else OFFSET from the nearer end). Sorting
replaces the query's ORDER BY; the database sorts on its indexes.
"""

import dataclasses
import logging
import re
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from crm_desktop.services.listing import Column, ListQuery

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_ID = ID_ROLE.value
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
Index = QModelIndex | QPersistentModelIndex


def _local_time(value: str) -> str:
    try:
        stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (TypeError, ValueError):
        return value or ""
    return stamp.astimezone().strftime("%Y-%m-%d %H:%M")


def _local_day(value: str) -> str:
    if not value:
        return "Never"
    return _local_time(value)[:10]


#: Text in a script that needs shaping to be drawn right (joined Arabic letters, Indic
#: clusters, combining marks: U+0300-036F and U+0590 up): the lists draw everything else
#: unshaped (list_views). Written as what it is not: a class reaching U+10FFFF took
#: 15 ms to compile at every start.
_SHAPED_SCRIPT = re.compile("[^\x00-\u02ff\u0370-\u058f]")
_shaped_font = None


def shaped_font():
    """A font that only says: shape this text (the rest comes from the view's font)."""
    global _shaped_font
    if _shaped_font is None:
        from PySide6.QtGui import QFont

        _shaped_font = QFont()
        _shaped_font.setStyleStrategy(QFont.StyleStrategy.PreferDefault)
    return _shaped_font


FORMATTERS: dict[str, Callable[[object], str]] = {
    "status": lambda v: str(v).capitalize(),
    "updated": lambda v: _local_time(str(v)),
    "last_contacted": lambda v: _local_day(str(v or "")),
}


class PagedTableModel(QAbstractTableModel):
    PAGE_SIZE = 200
    #: A new result comes with this many rows: enough to fill a window, cheap to read
    #: (each is a lookup in a table of a million); the rest of the page follows.
    FIRST_ROWS = 60
    MAX_PAGES = 50  # at most 10,000 rows cached, however long the list

    sort_changed = Signal(int, bool)  # column, descending
    query_changed = Signal(object)  # the ListQuery now shown (after reset or sort)
    fetch_failed = Signal(str)

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self._columns = columns
        self._formatters = [FORMATTERS.get(c.name) for c in columns]
        self._query: ListQuery | None = None
        self._total = 0
        self._exact = True
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self._partial: set[int] = set()  # pages holding only their first rows

    # --- filling -------------------------------------------------------------------------
    @property
    def query(self) -> ListQuery | None:
        return self._query

    def reset(
        self, query: ListQuery, total: int, first_page: list[tuple], exact: bool = True
    ) -> None:
        """Show a new result: its count and first page come from a background read.
        With ``exact`` False, ``total`` is a lower bound until :meth:`set_total`."""
        self.beginResetModel()
        self._query, self._total, self._exact = query, total, exact
        self._pages.clear()
        self._partial = set()
        if first_page:
            self._pages[0] = first_page
            if len(first_page) < min(self.PAGE_SIZE, total) or not exact:
                self._partial.add(0)  # more rows to come when scrolled to
        self.endResetModel()
        self.query_changed.emit(query)

    def set_total(self, query: ListQuery, total: int) -> None:
        """The exact count of ``query`` has arrived: grow or shrink the rows to it."""
        if query is not self._query or self._exact and total == self._total:
            return
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        elif total < self._total:
            self.beginRemoveRows(QModelIndex(), total, self._total - 1)
            self._total = total
            for page in [p for p in self._pages if p * self.PAGE_SIZE >= total]:
                del self._pages[page]
            self.endRemoveRows()
        self._exact = True

    def set_fences(self, query: ListQuery, fences: list[tuple]) -> None:
        """Keys every ``fence_every`` rows, built in the background for this query: deep
        pages become a seek plus a short OFFSET. Ignored if the list changed meanwhile."""
        if query is self._query:
            query.fences = fences

    def id_at(self, row: int) -> int | None:
        data = self._row(row)
        return data[0] if data else None

    def row_of(self, record_id: int) -> int | None:
        """Row of ``record_id`` among the cached pages, if it is there."""
        for page, rows in self._pages.items():
            for i, row in enumerate(rows):
                if row[0] == record_id:
                    return page * self.PAGE_SIZE + i
        return None

    def _row(self, row: int) -> tuple | None:
        if self._query is None or not 0 <= row < self._total:
            return None
        page, offset = divmod(row, self.PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None or (page in self._partial and offset >= len(rows)):
            # not fetched yet, or the short first page a new result comes with (what a
            # window shows) and the user scrolled past it: the whole page now
            self._partial.discard(page)
            rows = self._fetch(page)
        else:
            self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def _fetch(self, page: int) -> list[tuple]:
        assert self._query is not None
        before = self._pages.get(page - 1)
        nkeys = len(self._query.sort_keys)
        after = tuple(before[-1][-nkeys:]) if before and len(before) == self.PAGE_SIZE else None
        try:
            rows = self._query.page(  # no total while it is only a lower bound
                page * self.PAGE_SIZE, self.PAGE_SIZE, after=after,
                total=self._total if self._exact else None, many=not self._exact,
            )
        except Exception as exc:  # painting must go on; say it once
            log.exception("could not fetch page %d", page)
            self.fetch_failed.emit(str(exc))
            rows = []
        self._pages[page] = rows
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    # --- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = _DISPLAY):
        # Called ~7 times per visible cell per paint, mostly for roles answered None:
        # plain int compares first (PySide passes roles as ints; enum compares cost more).
        if role in (_DISPLAY, _TOOLTIP):
            if not index.isValid():
                return None
            row = self._row(index.row())
            if row is None:
                return None
            column = index.column()
            value = row[column + 1]
            if value is None:
                return ""
            fmt = self._formatters[column]
            return fmt(value) if fmt else value if isinstance(value, int) else str(value)
        if role == _FONT:
            row = self._row(index.row()) if index.isValid() else None
            value = row[index.column() + 1] if row else None
            if isinstance(value, str) and not value.isascii() and _SHAPED_SCRIPT.search(value):
                return shaped_font()
            return None
        if role == _ID:
            return self.id_at(index.row()) if index.isValid() else None
        if role == _ALIGN and index.isValid() and not self._columns[index.column()].sort:
            return _RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title if 0 <= section < len(self._columns) else None
        return section + 1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or not self._columns[column].sort:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._query is not None and (
            (self._query.sort_column, self._query.descending) != (column, descending)
        ):
            self.beginResetModel()
            self._query = dataclasses.replace(
                self._query, sort_column=column, descending=descending
            )
            self._pages.clear()
            self._partial.clear()
            self.endResetModel()
            self.query_changed.emit(self._query)
        self.sort_changed.emit(column, descending)
