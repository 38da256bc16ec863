"""A progress dialog with Cancel for work on another thread (export, moving many rows)."""

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog


class Progress(QObject):
    moved = Signal(int, int)  # done, total: emitted on a worker, shown on the GUI thread


def progress_dialog(parent, text: str, title: str, stop: threading.Event) -> QProgressDialog:
    """Window-modal; shown only if the work lasts 300 ms; Cancel sets ``stop``."""
    dialog = QProgressDialog(text, "Cancel", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick work shows no dialog at all
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(stop.set)
    dialog.setValue(0)  # starts the clock: shown after 300 ms, busy until counts come
    return dialog


def show_progress(dialog: QProgressDialog, done: int, total: int) -> None:
    dialog.setMaximum(total)
    dialog.setValue(done)
