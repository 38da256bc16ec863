"""Icons and the stylesheet, compiled into ``resources_rc`` (the same installed or frozen)."""

from functools import cache

from PySide6.QtCore import QResource
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from crm_desktop.gui import resources_rc  # noqa: F401 - registers the ":/" resources


@cache  # a list's rows share their icons: 1,000 rows made 1,000 (55 ms)
def icon(name: str) -> QIcon:
    return QIcon(f":/icons/{name}.svg")


def stylesheet() -> str:
    # QResource, not QFile: QFile's class set-up (QIODevice's enums) cost 2 ms of a start.
    resource = QResource(":/style.qss")
    if not resource.isValid():
        raise FileNotFoundError(":/style.qss is not in the compiled resources")
    return bytes(resource.uncompressedData()).decode("utf-8")


#: For an application made here: Fusion given as it is made, not set afterwards, which
#: hands Python a QStyle, and PySide sets up that class (12 enums, ~20 ms of a start).
STYLE_ARGS = ["-style", "Fusion"]


def apply_style(app: QApplication, styled: bool = False) -> None:
    """Fusion everywhere (the same look on every OS) with our light stylesheet.
    ``styled``: the application was made with STYLE_ARGS."""
    if not styled:
        app.setStyle("Fusion")
    app.setStyleSheet(stylesheet())
    app.setWindowIcon(icon("app"))
