"""The import plan, row by row, as a Qt table model (the wizard's check page)."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from crm_desktop.exchange import importer

_ACTION_TEXT = {"create": "New contact", "update": "Update", "merge": "Merged",
                "skip": "Skipped", "error": "Problem"}


def problems_by_row(plan: importer.Plan) -> dict[int, str]:
    """Each row's problems as one text (built beside the plan, off the window's thread:
    a file can have a million of them)."""
    problems: dict[int, list[str]] = {}
    for issue in plan.errors:
        where = f"{issue.column}: " if issue.column else ""
        problems.setdefault(issue.row, []).append(where + issue.message)
    return {row: "; ".join(texts) for row, texts in problems.items()}


class ActionTableModel(QAbstractTableModel):
    """The plan, row by row: what each row of the file will do (and why not). A cell's
    text is made when it is shown: a full sheet's plan has a million rows."""

    HEADERS = ("Row", "What happens", "Contact", "Details")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._actions: list[importer.Action] = []
        self._problems: dict[int, str] = {}

    def set_plan(self, plan: importer.Plan | None, show: str | None,
                 problems: dict[int, str] | None = None) -> None:
        """Show ``plan``'s rows (only those whose action is ``show``, if given), with
        ``problems`` as :func:`problems_by_row` gives them."""
        self.beginResetModel()
        if plan is None:
            self._actions = []
        elif show is None:
            self._actions = plan.actions
        else:
            self._actions = [a for a in plan.actions if a.action == show]
        self._problems = problems or {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._actions)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        action = self._actions[index.row()]
        column = index.column()
        if column == 0:
            return action.row
        if column == 1:
            return _ACTION_TEXT[action.action]
        if column == 2:
            return action.name
        if action.into_row:
            return f"same person as row {action.into_row}"
        if action.contact_id and action.action in ("update", "skip"):
            return "matches a contact you have"
        return self._problems.get(action.row, "")

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None
