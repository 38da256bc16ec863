"""Every message box goes through here, so tests can answer them (never a hung modal).

QMessageBox is imported when a box is first shown: importing it sets up its class (seven
enums, ~3 ms), and a start that goes well shows none."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def error(parent: "QWidget | None", title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, title, text)


def warning(parent: "QWidget | None", title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


def about(parent: "QWidget | None", title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(parent, title, text)


def open_file(parent: "QWidget | None", title: str, filters: str) -> str | None:
    """A file to open, or None if the user cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def save_file(parent: "QWidget | None", title: str, name: str, filters: str) -> str | None:
    """Where to save, or None if the user cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, name, filters)
    return path or None


def confirm(parent: "QWidget | None", title: str, text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def choose(parent: "QWidget | None", title: str, text: str, do: str, dont: str) -> bool:
    """A question whose buttons say what they do; True for ``do``."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    yes = box.addButton(do, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(dont, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes
