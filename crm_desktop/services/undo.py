"""A plain undo/redo stack of changes the user made, Qt-free.

Each operation in :mod:`crm_desktop.services.editing` pushes a :class:`Change`
that knows how to take itself back and do itself again.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    label: str  # "Delete 3 contacts": shown as "Undo Delete 3 contacts"
    undo: Callable[[], None]
    redo: Callable[[], None]


class UndoStack:
    def __init__(self, limit: int = 100):
        self._done: list[Change] = []
        self._undone: list[Change] = []
        self._limit = limit

    def push(self, change: Change) -> None:
        self._done.append(change)
        del self._done[: -self._limit]
        self._undone.clear()

    def clear(self) -> None:
        """Forget everything (the records it refers to were replaced, by a restore)."""
        self._done.clear()
        self._undone.clear()

    @property
    def undo_label(self) -> str | None:
        return self._done[-1].label if self._done else None

    @property
    def redo_label(self) -> str | None:
        return self._undone[-1].label if self._undone else None

    def undo(self) -> Change | None:
        if not self._done:
            return None
        change = self._done[-1]
        change.undo()  # if this raises, the change stays on the stack
        self._undone.append(self._done.pop())
        return change

    def redo(self) -> Change | None:
        if not self._undone:
            return None
        change = self._undone[-1]
        change.redo()
        self._done.append(self._undone.pop())
        return change
