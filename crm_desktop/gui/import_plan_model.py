"""The import plan, row by row, as a Qt table model (the wizard's check page)."""

from PySide6.QtCore import Qt

from crm_desktop.exchange import importer
from crm_desktop.gui.rows_model import RowsModel

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


class ActionTableModel(RowsModel):
    """The plan, row by row: what each row of the file will do (and why not). A full
    sheet's plan has a million rows."""

    HEADERS = ("Row", "What happens", "Contact", "Details")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._problems: dict[int, str] = {}

    def set_plan(self, plan: importer.Plan | None, show: str | None,
                 problems: dict[int, str] | None = None) -> None:
        """Show ``plan``'s rows (only those whose action is ``show``, if given), with
        ``problems`` as :func:`problems_by_row` gives them."""
        self._problems = problems or {}
        if plan is None:
            self.set_rows([])
        elif show is None:
            self.set_rows(plan.actions)
        else:
            self.set_rows([a for a in plan.actions if a.action == show])

    def cell(self, action: importer.Action, column: int, role):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
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
