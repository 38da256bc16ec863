"""The import plan, row by row, as a Qt table model (the wizard's check page)."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from crm_desktop.exchange import importer

_ACTION_TEXT = {"create": "New contact", "update": "Update", "merge": "Merged",
                "skip": "Skipped", "error": "Problem"}


class ActionTableModel(QAbstractTableModel):
    """The plan, row by row: what each row of the file will do (and why not)."""

    HEADERS = ("Row", "What happens", "Contact", "Details")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple] = []

    def set_plan(self, plan: importer.Plan | None, show: str | None) -> None:
        self.beginResetModel()
        self._rows = []
        if plan is not None:
            problems: dict[int, list[str]] = {}
            for issue in plan.errors:
                where = f"{issue.column}: " if issue.column else ""
                problems.setdefault(issue.row, []).append(where + issue.message)
            for action in plan.actions:
                if show is not None and action.action != show:
                    continue
                detail = "; ".join(problems.get(action.row, []))
                if action.into_row:
                    detail = f"same person as row {action.into_row}"
                elif action.contact_id and action.action in ("update", "skip"):
                    detail = "matches a contact you have"
                self._rows.append((action.row, _ACTION_TEXT[action.action], action.name,
                                   detail))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._rows[index.row()][index.column()]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None
