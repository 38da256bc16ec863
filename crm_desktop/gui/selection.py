"""What is selected in a lazy list, found without visiting every selected row.

A list of a million contacts can be selected whole (Ctrl+A, Shift+End). Qt keeps
that as one range of rows; asking for the selected rows one by one
(``selectedRows()``) makes a million indexes and reads each row's id, fetching
every page on the GUI thread: minutes of a frozen window. Here a selection is
counted from its ranges, its first row is read alone, and the ids of a big one
are read by SQL off the GUI thread (:meth:`ListQuery.ids_at`).
"""

from PySide6.QtWidgets import QTableView

from crm_desktop.gui.table_model import PagedTableModel

#: Up to this many selected rows, their ids come from the list's pages (a few pages
#: at most, read on the GUI thread); a bigger selection is read in SQL by position.
SMALL = 1_000


def spans(view: QTableView) -> list[tuple[int, int]]:
    """The selected rows as sorted, merged (first, last) positions."""
    model = view.selectionModel()
    if model is None or not model.hasSelection():
        return []
    merged: list[tuple[int, int]] = []
    for top, bottom in sorted((r.top(), r.bottom()) for r in model.selection() if r.isValid()):
        if merged and top <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
        else:
            merged.append((top, bottom))
    return merged


def count(view: QTableView) -> int:
    return sum(last - first + 1 for first, last in spans(view))


def first_id(view: QTableView) -> int | None:
    """The id of the topmost selected row."""
    found = spans(view)
    model = view.model()
    if not found or not isinstance(model, PagedTableModel):
        return None
    return model.id_at(found[0][0])


def ids(view: QTableView) -> list[int] | None:
    """The selected rows' ids in list order; None if more than SMALL are selected."""
    found = spans(view)
    if sum(last - first + 1 for first, last in found) > SMALL:
        return None
    model = view.model()
    out = (model.id_at(row) for first, last in found for row in range(first, last + 1))
    return [i for i in out if i is not None]
