"""Starting the GUI: the application object, logging, the crash dialog, the database."""

import json
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from crm_desktop import APP_ID, APP_NAME, __version__
from crm_desktop.errors import DamagedDatabaseError, UserError
from crm_desktop.exchange.memory import park_long_lived
from crm_desktop.gui import msgbox
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.recovery import pick_backup, recovered
from crm_desktop.gui.resources import STYLE_ARGS, apply_style
from crm_desktop.gui.tasks import TaskManager
from crm_desktop.logs import log_file, setup_file_logging
from crm_desktop.store import backups, close_database, open_database

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

#: Set to print start-up timings as JSON once the contact list is painted, then quit
#: (used by bench/ and by the frozen build's smoke test).
PROBE_ENV = "CRM_DESKTOP_STARTUP_PROBE"
LISTEN_DELAY_MS = 200
#: The window is shown once its list's first rows are in, or after this long: its first
#: paint then shows them, instead of an empty list painted again a moment later.
FIRST_ROWS_WAIT_MS = 300
#: What starting made (modules, classes, the window's Qt wrappers: ~50,000 objects) lives
#: as long as the app, yet each full pass of Python's cycle collector looked at all of it:
#: 28-38 ms in which the window stood still, at whatever moment the pass came (the
#: slowest of 100 random jumps at 1M contacts: 46-51 ms with one, 26-28 ms without).
#: Once the window is up, that is parked where the collector does not look (gc.freeze);
#: reference counting still frees it.
PARK_AFTER_MS = 3000

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def park_start_up() -> None:
    """Freeze what starting made, PARK_AFTER_MS from now (the window up by then)."""
    QTimer.singleShot(PARK_AFTER_MS, park_long_lived)


def _qt_message(mode: QtMsgType, context, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), message)


def _excepthook(window: MainWindow):
    def hook(kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.critical("unhandled exception", exc_info=(kind, value, tb))
        msgbox.error(
            window, "Unexpected error",
            f"Something went wrong that should not have: {value!r}\n\n"
            f"Your data is safe: every change is saved as it is made. Details are in {log_file()}.",
        )

    return hook


class _StartupProbe(QObject):
    """Prints when the window, then the filled contact list, is first painted.

    It watches the list's table, not the table's viewport where the rows are drawn: the
    viewport has no Python wrapper until asked for, and making one has PySide set up
    every widget class in QtWidgets (~20 ms), which a start does not otherwise do. The
    table is painted just before its viewport, in the same pass; the time is taken once
    that pass is over, rows drawn."""

    def __init__(self, window: MainWindow, started: float):
        from PySide6.QtCore import QEvent  # only here: a window's start does not need it

        super().__init__(window)
        self.paint = QEvent.Type.Paint
        self.window, self.started, self.times = window, started, {}
        window.installEventFilter(self)
        window.ui.contactTable.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == self.paint:
            self.times.setdefault("window_painted_s", time.perf_counter() - self.started)
            if self.window.contacts_loaded and obj is self.window.ui.contactTable:
                self.window.ui.contactTable.removeEventFilter(self)
                QTimer.singleShot(0, self._list_painted)
        return False

    def _list_painted(self) -> None:
        self.times["list_painted_s"] = time.perf_counter() - self.started
        self.times["rows"] = self.window.contact_model.rowCount()
        print(json.dumps(self.times), flush=True)
        self.window.close()


class _Updating:
    """A progress window while an older file is copied, checked and brought up to this
    version before the main window opens (a minute at a million contacts, most of it the
    copy's check). Shown only once that has taken SHOW_AFTER_S; the open runs on this
    thread, and the window is kept painted from the open's progress calls."""

    SHOW_AFTER_S = 0.5
    STAGES = {
        "backup": "Making a copy of {name} before it is updated…",
        "check": "Checking the copy of {name}…",
        "migrate": "Updating {name} for this version of CRM Desktop…",
    }

    def __init__(self, db_path: Path):
        self.name = db_path.name
        self.started: float | None = None
        self.dialog = None
        self.shown = False  # for tests
        self._pumped = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if self.started is None:
            self.started = now
        if self.dialog is None and now - self.started >= self.SHOW_AFTER_S:
            from PySide6.QtWidgets import QProgressDialog

            self.dialog = QProgressDialog()
            self.dialog.setWindowTitle(APP_NAME)
            self.dialog.setCancelButton(None)  # a half-done update is not left behind
            self.dialog.setMinimumDuration(0)
            self.dialog.setMinimumWidth(460)
            self.dialog.show()
            self.shown = True
        if self.dialog is None or now - self._pumped < 0.05:
            return
        self._pumped = now
        self.dialog.setLabelText(
            self.STAGES.get(stage, "{name}").format(name=self.name)
            + "\nYour data is kept: nothing is changed until the copy is checked.")
        counted = stage == "backup" and total > 0  # the others: a busy bar
        self.dialog.setRange(0, total if counted else 0)
        self.dialog.setValue(done if counted else 0)
        QApplication.processEvents()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def _open(db_path: Path):
    """The database for the window, or None if it cannot be opened (the user was told).
    A damaged file: the newest good backup is offered in its place."""
    updating = _Updating(db_path)
    try:
        try:
            return open_database(db_path, read_only_ok=True, progress=updating)
        finally:
            updating.close()  # before any dialog below
    except DamagedDatabaseError as exc:
        log.warning("damaged at open: %s", exc)
        good = pick_backup(None, db_path, str(exc), dont="Quit")
        if good is None:
            return None
        try:
            aside = backups.recover(db_path, good)
            db = open_database(db_path, read_only_ok=True)
        except UserError as again:
            msgbox.error(None, f"{APP_NAME}: cannot open the database", str(again))
            return None
        recovered(None, good, aside)
        return db
    except UserError as exc:
        log.warning("cannot open %s: %s", db_path, exc)
        msgbox.error(None, f"{APP_NAME}: cannot open the database", str(exc))
        return None


def start(db_path: Path, tasks: TaskManager) -> MainWindow | int:
    """The main window on ``db_path`` (not shown yet), or an exit status: 0 when another
    window already had the file open and was brought forward, 1 when it cannot be opened."""
    tries = 20  # a window that has just started listens within a second or two
    for attempt in range(tries):
        db = _open(db_path)
        if db is None:
            return 1
        if not db.in_use_by:
            break
        from crm_desktop.gui.single_instance import ask_first_instance  # seldom needed

        answered = ask_first_instance(db_path)
        if answered:
            close_database()
            print(f"{APP_NAME} already has {db_path} open: brought its window forward.",
                  file=sys.stderr)
            return 0
        # A window just starting (not listening yet) or just closing (lock not yet given
        # back) is given a moment; a hung one, or a CLI writer, is not waited for.
        if answered is False or db.in_use_by.get("what") != APP_NAME or attempt == tries - 1:
            break
        time.sleep(0.3)
    tasks.connect_reader()  # beside the window's building, for its first reads
    window = MainWindow(db_path, tasks)
    if db.read_only:
        window.set_read_only(db.read_only)
    else:  # once the list is painted: QtNetwork costs ~20 ms to load (a second start
        # meanwhile finds the file locked by this window and waits for it to listen)
        QTimer.singleShot(LISTEN_DELAY_MS, lambda: _listen(window, db_path))
    return window


def await_first_rows(window: MainWindow) -> None:
    """Let the contact list's first rows come in (their read began with the window)."""
    if window.contacts_loaded:
        return
    loop = QEventLoop()
    window.contact_model.modelReset.connect(loop.quit)
    QTimer.singleShot(FIRST_ROWS_WAIT_MS, loop.quit)
    loop.exec()
    window.contact_model.modelReset.disconnect(loop.quit)


def _listen(window: MainWindow, db_path: Path) -> None:
    from crm_desktop.gui.single_instance import InstanceServer

    # Not one that was closed at once (the start-up probe); one not shown yet, still
    # waiting for its first rows (await_first_rows), is about to be.
    if not window.closing.is_set():
        window.instances = InstanceServer(db_path, window)


def run(db_path: Path) -> int:
    started = time.perf_counter()
    setup_file_logging()
    qInstallMessageHandler(_qt_message)
    app = QApplication.instance()
    styled = app is None
    if styled:
        app = QApplication([sys.argv[0], *STYLE_ARGS])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    apply_style(app, styled)
    tasks = TaskManager(app)
    try:
        window = start(db_path, tasks)
        if isinstance(window, int):
            return window
        sys.excepthook = _excepthook(window)
        if os.environ.get(PROBE_ENV):
            window._probe = _StartupProbe(window, started)
        await_first_rows(window)
        window.show()
        park_start_up()
        return app.exec()
    finally:
        tasks.shutdown()
        close_database()
        sys.excepthook = sys.__excepthook__
