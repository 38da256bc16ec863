"""A plain undo/redo stack of changes the user made, Qt-free.

Each operation in :mod:`crm_desktop.services.editing` pushes a :class:`Change`
that knows how to take itself back and do itself again.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    label: str  # "Delete 3 contacts": shown as "Undo Delete 3 contacts"
    undo: Callable[..., object]
    redo: Callable[..., object]
    #: A move of this many records, whose undo and redo take (progress, cancelled) as
    #: services.moves.set_deleted does: at a million contacts they take minutes.
    size: int = 0


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
    def next_undo(self) -> Change | None:
        return self._done[-1] if self._done else None

    @property
    def next_redo(self) -> Change | None:
        return self._undone[-1] if self._undone else None

    @property
    def undo_label(self) -> str | None:
        return change.label if (change := self.next_undo) else None

    @property
    def redo_label(self) -> str | None:
        return change.label if (change := self.next_redo) else None

    def undo(self, progress=None, cancelled=None) -> Change | None:
        """Take the last change back; a big move reports ``progress`` and stops, undoing
        nothing, once ``cancelled()`` says so."""
        if not self._done:
            return None
        change = self._done[-1]
        _run(change, change.undo, progress, cancelled)  # if this raises, it stays put
        self._undone.append(self._done.pop())
        return change

    def redo(self, progress=None, cancelled=None) -> Change | None:
        if not self._undone:
            return None
        change = self._undone[-1]
        _run(change, change.redo, progress, cancelled)
        self._done.append(self._undone.pop())
        return change


def _run(change: Change, step: Callable[..., object], progress, cancelled) -> None:
    if change.size:
        step(progress, cancelled)
    else:
        step()
