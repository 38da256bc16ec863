"""Moving many contacts or companies to or from the trash: on the writer's thread, with
a progress bar and Cancel (at a million contacts a move takes minutes; a company's
contacts are reindexed with it). A Cancel rolls it back."""

import threading

from PySide6.QtCore import QObject, Signal

from crm_desktop.gui.progress import Progress, progress_dialog, show_progress
from crm_desktop.services.moves import MoveCancelled
from crm_desktop.text import counted


class TrashRun(QObject):
    """One move; ``finished`` says whether it was made (False: cancelled or failed)."""

    finished = Signal(bool)

    def __init__(self, window, ids, count: int, restore: bool = False,
                 companies: bool = False):
        super().__init__(window)
        self.window = window
        noun = counted(count, "company", "companies") if companies else counted(count, "contact")
        text = f"Restoring {noun} from the trash…" if restore else f"Moving {noun} to the trash…"
        self.message = ("Restored from the trash." if restore
                        else f"Moved {noun} to the trash. Ctrl+Z undoes it.")
        self._stop = threading.Event()
        self.dialog = progress_dialog(window, text, "Restore" if restore else "Delete",
                                      self._stop)
        self._progress = Progress(self)
        self._progress.moved.connect(lambda done, total: show_progress(self.dialog, done, total))
        editor = window.editor
        move = (
            (editor.restore_accounts if restore else editor.trash_accounts) if companies
            else (editor.restore_contacts if restore else editor.trash_contacts))
        window.statusBar().showMessage(text)
        window.tasks.write(lambda: move(ids(), self._progress.moved.emit, self._stop.is_set),
                           self._done, self._failed)

    def cancel(self) -> None:
        self._stop.set()

    def _done(self, _moved) -> None:
        self.dialog.close()
        self.window.statusBar().showMessage(self.message, 8000)
        self._after()
        self.finished.emit(True)

    def _failed(self, exc: Exception) -> None:
        self.dialog.close()
        if isinstance(exc, MoveCancelled):
            self.window.statusBar().showMessage(str(exc), 8000)
            self._after()
        else:
            self.window._write_failed(exc)
        self.finished.emit(False)

    def _after(self) -> None:
        self.window._update_actions()
        self.window.refresh()
