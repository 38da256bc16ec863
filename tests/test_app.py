"""Starting the GUI: bad database files give a dialog; a bug gives the crash dialog."""

import sqlite3

import pytest

from crm_desktop.gui import app as gui_app
from crm_desktop.store.migrations import LATEST_VERSION


@pytest.fixture
def no_qt_handler(monkeypatch):
    # run() routes Qt's messages into logging; keep pytest-qt's own capture in place.
    monkeypatch.setattr(gui_app, "qInstallMessageHandler", lambda handler: None)


def fresh_python(script: str, **env: str) -> str:
    """What ``script`` prints in a new interpreter (a start's imports, as a user's)."""
    import os
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, env={**os.environ, **env}).stdout.strip()


def newer(path):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text("Name;Phone\nAda;123\n"), "not a CRM Desktop database"),
        (newer, "newer version of CRM Desktop"),
    ],
)
def test_bad_database_shows_a_dialog_and_changes_nothing(
    qapp, tmp_path, msgboxes, no_qt_handler, make, message
):
    path = tmp_path / "crm.sqlite3"
    make(path)
    before = path.read_bytes()
    assert gui_app.run(path) == 1
    [(kind, title, text)] = msgboxes
    assert kind == "error" and "cannot open the database" in title
    assert message in text and str(path) in text
    assert path.read_bytes() == before


def test_unexpected_error_shows_the_crash_dialog_and_is_logged(qtbot, db, db_path, msgboxes):
    from crm_desktop.gui.main_window import MainWindow
    from crm_desktop.gui.tasks import TaskManager
    from crm_desktop.logs import log_file, setup_file_logging

    setup_file_logging()
    tasks = TaskManager()
    window = MainWindow(db_path, tasks)
    qtbot.addWidget(window)
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        gui_app._excepthook(window)(RuntimeError, exc, exc.__traceback__)
    finally:
        tasks.shutdown()
    [(kind, title, text)] = msgboxes
    assert kind == "error" and title == "Unexpected error" and "boom" in text
    assert "RuntimeError: boom" in log_file().read_text(encoding="utf-8")


def test_what_starting_made_is_parked_out_of_the_collectors_sight(
    qapp, tmp_path, monkeypatch, no_qt_handler
):
    """A full pass of the cycle collector over the start-up objects held the window
    ~30 ms at random moments; once the window is up they are frozen (gc.freeze)."""
    import gc

    from crm_desktop.store import open_database

    path = tmp_path / "crm.sqlite3"
    open_database(path).close()
    monkeypatch.setenv(gui_app.PROBE_ENV, "1")  # the window closes once its list is painted
    from crm_desktop.exchange import memory

    monkeypatch.setattr(gui_app, "PARK_AFTER_MS", 0)
    monkeypatch.setattr(memory, "_long_lived_parked", False)
    gc.unfreeze()
    try:
        assert gui_app.run(path) == 0
        assert gc.get_freeze_count() > 1000
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("slow_read", [False, True])
def test_the_window_opens_with_its_list_filled(qapp, tmp_path, monkeypatch, no_qt_handler,
                                               capsys, slow_read):
    """The window is shown once the first rows are in: its first paint shows them (an
    empty list painted, then painted again with rows, took ~60 ms more at 1M). A slow
    read does not hold the window back beyond FIRST_ROWS_WAIT_MS."""
    import json
    import time

    from PySide6.QtCore import QEvent, QObject

    from crm_desktop.services import demo
    from crm_desktop.store import close_database, open_database

    path = tmp_path / "crm.sqlite3"
    open_database(path)
    demo.generate(30, seed=3)
    close_database()
    monkeypatch.setenv(gui_app.PROBE_ENV, "1")  # the window closes once its list is painted
    # Its timer would outlive the run and freeze the collector in a later test.
    monkeypatch.setattr(gui_app, "park_start_up", lambda: None)
    paints = []

    class Paints(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                paints.append(self.window.contact_model.rowCount())
            return False

    shown = gui_app.MainWindow.show

    def show(window):
        watcher = Paints(window)
        watcher.window = window
        window.ui.contactTable.viewport().installEventFilter(watcher)
        shown(window)

    monkeypatch.setattr(gui_app.MainWindow, "show", show)
    # The probe (what bench/ times) reports only once the rows are drawn.
    reported = gui_app._StartupProbe._list_painted
    monkeypatch.setattr(gui_app._StartupProbe, "_list_painted",
                        lambda probe: (paints.append("reported"), reported(probe)))
    if slow_read:
        from crm_desktop.services.listing import ListQuery

        first_page = ListQuery.first_page
        monkeypatch.setattr(ListQuery, "first_page",
                            lambda self, *a: (time.sleep(0.6), first_page(self, *a))[1])
        monkeypatch.setattr(gui_app, "FIRST_ROWS_WAIT_MS", 100)
    from crm_desktop.gui import single_instance

    listening = []
    monkeypatch.setattr(single_instance, "InstanceServer",
                        lambda db_path, window: listening.append(db_path) or _Closable())
    monkeypatch.setattr(gui_app, "LISTEN_DELAY_MS", 0)  # while it waits for its rows
    assert gui_app.run(path) == 0
    assert paints[0] == (0 if slow_read else 30)  # the list's first paint: with its rows
    assert paints.count("reported") == 1 and 30 in paints[:paints.index("reported")]
    assert listening == [path]  # a second start can still bring this window forward
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["rows"] == 30


class _Closable:
    class server:  # noqa: N801 - stands in for InstanceServer.server
        @staticmethod
        def close() -> None:
            pass


def test_the_core_the_window_uses_is_imported_before_qt():
    """PySide reads the source of each module imported after it (~40 ms of a start for
    the core): crm_desktop.gui imports the core modules the window needs first."""
    assert fresh_python(
        "import sys, crm_desktop.gui.app\n"
        "mods = list(sys.modules)\n"
        "print([m for m in mods[mods.index('PySide6'):] if m == 'peewee' or"
        " m.startswith('crm_desktop') and not m.startswith('crm_desktop.gui')])\n"
    ) == "[]"


def test_what_only_a_selection_or_an_edit_needs_is_not_imported_at_start():
    """The services that write, feedback, the relationship block, follow-ups and the
    peewee models come with the first contact shown, the first edit, or Today's count
    after the window is up: not with the window (~30 ms of a start)."""
    assert fresh_python(
        "import sys, crm_desktop.gui.app\n"
        "import crm_desktop.gui.main_window\n"
        "print(sorted(m for m in ('crm_desktop.services.feedback',"
        " 'crm_desktop.services.relationship', 'crm_desktop.gui.activity_editors',"
        " 'crm_desktop.services.accounts', 'crm_desktop.services.contacts',"
        " 'crm_desktop.services.followups', 'crm_desktop.services.editing',"
        " 'crm_desktop.store.models')"
        " if m in sys.modules))\n"
    ) == "[]"


def test_an_application_made_for_the_window_is_fusion_whatever_the_environment():
    """run() gives Fusion as the application is made (STYLE_ARGS), not afterwards."""
    assert fresh_python(
        "from PySide6.QtWidgets import QApplication\n"
        "from crm_desktop.gui.resources import STYLE_ARGS\n"
        "app = QApplication(['crm-desktop', *STYLE_ARGS])\n"
        "print(app.style().name())\n",
        QT_QPA_PLATFORM="offscreen", QT_STYLE_OVERRIDE="Windows",
    ) == "fusion"


def test_the_log_file_is_moved_aside_before_it_grows_too_big(tmp_path):
    import logging

    from crm_desktop.logs import RotatingFile

    path = tmp_path / "crm-desktop.log"
    handler = RotatingFile(path, max_bytes=200, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("test-rotation")
    log.propagate = False
    log.addHandler(handler)
    try:
        for n in range(30):
            log.warning("line %02d %s", n, "x" * 30)  # 39 bytes a line: 5 to a file
    finally:
        log.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["crm-desktop.log", "crm-desktop.log.1", "crm-desktop.log.2"]
    assert all(p.stat().st_size <= 200 for p in tmp_path.iterdir())
    lines = [path.with_name(f"crm-desktop.log{s}").read_text().splitlines()
             for s in (".2", ".1", "")]
    kept = [line[:7] for part in lines for line in part]
    assert kept == [f"line {n:02d}" for n in range(15, 30)]  # the newest, in order


def test_the_stylesheet_is_the_one_in_resources(qapp):
    from pathlib import Path

    from crm_desktop.gui import resources

    qss = Path(__file__).resolve().parent.parent / "resources" / "style.qss"
    assert resources.stylesheet() == qss.read_text(encoding="utf-8")
    before = qapp.styleSheet()
    try:
        resources.apply_style(qapp, styled=True)
        assert qapp.styleSheet() == qss.read_text(encoding="utf-8")
    finally:
        qapp.setStyleSheet(before)


def test_what_a_start_leaves_out_is_imported_once_the_window_is_up(tmp_path):
    """The first contact shown or edit does not wait for it (see MainWindow.warm_up)."""
    assert fresh_python(
        "import sys, time\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from crm_desktop.store import open_database\n"
        "from crm_desktop.gui.main_window import MainWindow\n"
        "from crm_desktop.gui.tasks import TaskManager\n"
        "from pathlib import Path\n"
        f"path = Path({str(tmp_path / 'crm.sqlite3')!r}); open_database(path)\n"
        "MainWindow.WARM_UP_MS = 50\n"
        "tasks = TaskManager(); window = MainWindow(path, tasks)\n"
        "mods = ('crm_desktop.services.editing', 'crm_desktop.services.relationship')\n"
        "before = [m in sys.modules for m in mods]\n"
        "end = time.monotonic() + 2\n"
        "while time.monotonic() < end and not all(m in sys.modules for m in mods):\n"
        "    app.processEvents(); time.sleep(0.01)\n"
        "print(before, [m in sys.modules for m in mods]); tasks.shutdown()\n",
        QT_QPA_PLATFORM="offscreen", CRM_DESKTOP_CONFIG_DIR=str(tmp_path / "cfg"),
    ).splitlines()[-1] == "[False, False] [True, True]"


def test_an_older_file_is_updated_behind_a_progress_window(qapp, tmp_path, monkeypatch):
    """A long update before the window opens (a minute at 1M contacts) shows what it
    does; once it is done the window opens on the updated file."""
    from crm_desktop.services import demo
    from crm_desktop.store import close_database, open_database

    path = tmp_path / "crm.sqlite3"
    open_database(path, upto=LATEST_VERSION - 1)
    demo.generate(40, seed=6)
    close_database()
    made = []

    class Updating(gui_app._Updating):
        SHOW_AFTER_S = 0  # shown at once, however small the file

        def __init__(self, db_path):
            super().__init__(db_path)
            made.append(self)

    monkeypatch.setattr(gui_app, "_Updating", Updating)
    db = gui_app._open(path)
    try:
        assert db is not None and not db.read_only
        [updating] = made
        assert updating.shown and updating.dialog is None  # shown, then closed
        version = db.execute_sql("PRAGMA user_version").fetchone()[0]
        assert version == LATEST_VERSION
        close_database()
        assert gui_app._open(path) is not None and not made[1].shown  # current: no window
    finally:
        close_database()
