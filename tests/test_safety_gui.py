"""Issue #7 in the window: a second start, read-only windows, the Backups dialog, damage
found while running, a full disk, Qt's warnings in the log."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.gui import app as gui_app
from crm_desktop.gui.tasks import TaskManager
from crm_desktop.services import stats
from crm_desktop.services.contacts import ContactData
from crm_desktop.store import backups, close_database, open_database, settings
from tests.test_safety import damage_file, demo, digest, holder

ROOT = Path(__file__).resolve().parent.parent


def wait_for(predicate, timeout: float = 60, what: str = "") -> None:
    end = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < end, f"timed out waiting for {what}"
        time.sleep(0.1)


def test_a_second_start_brings_the_first_window_forward(tmp_path):
    """Two real app processes on one file: the second asks the first to come forward and
    quits; while the first runs, a CLI import is refused and a CLI read works."""
    path, config = tmp_path / "crm.sqlite3", tmp_path / "config"
    demo(path, 20)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CRM_DESKTOP_CONFIG_DIR": str(config)}
    log = config / "logs" / "crm-desktop.log"
    command = [sys.executable, "-m", "crm_desktop", "--db", str(path)]
    first = subprocess.Popen(command, env=env, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: log.exists() and "listening for other starts" in log.read_text(),
                 what="the first window")
        second = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True,
                                timeout=120)
        assert second.returncode == 0, second.stderr
        assert "already has" in second.stderr and "brought its window forward" in second.stderr
        wait_for(lambda: "bringing the window forward" in log.read_text(),
                 what="the first window to hear it")
        assert first.poll() is None  # still running, still the one writer
        people = tmp_path / "people.csv"
        people.write_text("Name,Email\nAda Lovelace,ada@example.org\n", encoding="utf-8")
        result = subprocess.run([sys.executable, "-m", "crm_desktop", "import", str(people),
                                 "--db", str(path)], env=env, cwd=ROOT, capture_output=True,
                                text=True, timeout=120)
        assert result.returncode == 1 and f"process {first.pid}" in result.stderr
        assert "in use by CRM Desktop" in result.stderr
        assert main(["stats", "--db", str(path), "--json"]) == 0
        close_database()
    finally:
        first.terminate()
        first.wait(timeout=30)
    assert main(["import", str(people), "--db", str(path)]) == 0  # the first is gone
    assert stats.counts()["contacts"] == 21


@pytest.fixture
def started(qtbot):
    """gui_app.start() as run() calls it, minus the event loop; the window, if any."""
    made = []

    def start(path: Path):
        tasks = TaskManager()
        made.append(tasks)
        window = gui_app.start(path, tasks)
        if not isinstance(window, int):
            qtbot.addWidget(window)
            window.show()
            qtbot.waitUntil(lambda: window.contacts_loaded)
        return window

    yield start
    for tasks in made:
        tasks.shutdown()
    close_database()


def test_a_file_another_process_writes_opens_read_only_and_says_why(
        tmp_path, started, qtbot, msgboxes):
    path = tmp_path / "crm.sqlite3"
    demo(path, 25)
    with holder(path) as child:  # a CLI import, say: no window to bring forward
        window = started(path)
        ui = window.ui
        assert window.contact_model.rowCount() == 25  # reading works
        assert ui.banner.isVisible() and "'crm-desktop import'" in ui.banner.text()
        assert f"process {child.pid}" in ui.banner.text()
        assert "(read-only)" in window.windowTitle()
        assert not ui.actionNewContact.isEnabled() and not ui.actionImport.isEnabled()
        ui.contactTable.selectRow(0)
        assert not ui.actionDelete.isEnabled() and not ui.actionEdit.isEnabled()
        assert not window.timeline.ui.quickAddEdit.isEnabled()
        window._write(lambda: window.editor.create_contact(ContactData(first_name="No")),
                      "saved")  # anything that gets past the disabled actions is refused
        qtbot.waitUntil(lambda: len(msgboxes) == 1)
        assert "Not saved" in msgboxes[0][2] and "in use by" in msgboxes[0][2]
    assert stats.counts()["contacts"] == 25


def test_backups_dialog_backs_up_restores_and_keeps_the_policy(make_window, qtbot, db_path,
                                                               msgboxes):
    window = make_window()
    qtbot.waitUntil(lambda: len(backups.backups(db_path)) == 1)  # the daily one
    window.editor.create_contact(ContactData(first_name="Ada"))
    dialog = window.open_backups()
    ui = dialog.ui
    assert ui.backupsTable.rowCount() == 1 and ui.keepSpin.value() == 10
    ui.backupNowButton.click()
    assert ui.progressBar.isVisible() and not ui.backupNowButton.isEnabled()
    qtbot.waitUntil(lambda: ui.backupsTable.rowCount() == 2, timeout=20_000)
    assert "Backed up and checked" in ui.statusLabel.text() and not ui.progressBar.isVisible()
    ui.keepSpin.setValue(3)
    ui.dailyCheck.setChecked(False)
    qtbot.waitUntil(lambda: settings.get("backup_keep") == 3
                    and settings.get("backup_daily") == 0)
    # The first backup (before Ada): restoring it takes Ada away, and undo forgets her.
    window.refresh()
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 1)
    assert window.editor.history.undo_label is not None
    ui.backupsTable.selectRow(1)
    ui.restoreButton.click()
    assert msgboxes[-1][0] == "confirm"
    qtbot.waitUntil(lambda: "Restored" in ui.statusLabel.text(), timeout=20_000)
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 0)
    assert window.editor.history.undo_label is None and not window.ui.actionUndo.isEnabled()
    assert ui.backupsTable.rowCount() == 3  # what it held before the restore is kept too
    dialog.close()


def test_cancelling_a_backup_in_the_dialog_leaves_no_file(make_window, qtbot, db_path):
    demo(db_path, 2000)  # several steps of pages to copy
    open_database(db_path)
    window = make_window()
    qtbot.waitUntil(lambda: len(backups.backups(db_path)) == 1)
    dialog = window.open_backups()
    dialog.ui.backupNowButton.click()
    assert dialog.ui.cancelButton.isVisible()
    dialog.ui.cancelButton.click()  # before the first pages are copied: this thread is quicker
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert "cancelled" in dialog.ui.statusLabel.text()
    assert len(backups.backups(db_path)) == 1  # only the daily one
    assert not list(backups.backup_dir(db_path).glob(".*"))  # no half-written file
    dialog.close()


def test_damage_found_while_running_offers_the_newest_good_backup(
        tmp_path, started, qtbot, msgboxes):
    path = tmp_path / "crm.sqlite3"
    demo(path, 300)
    assert main(["backup", "--db", str(path)]) == 0
    close_database()
    damage_file(path)  # not seen at open; quick_check finds it in the background
    damaged = digest(path)
    window = started(path)
    qtbot.waitUntil(lambda: any(kind == "about" for kind, *_ in msgboxes), timeout=30_000)
    kinds = [kind for kind, *_ in msgboxes]
    assert kinds == ["choose", "about"]  # offered; accepted (the test's answer); done
    assert "is damaged" in msgboxes[0][2] and "newest good backup" in msgboxes[0][2]
    [aside] = tmp_path.glob("crm.sqlite3.damaged-*Z")  # its -wal and -shm went with it
    assert digest(aside) == damaged and str(aside) in msgboxes[1][2]
    assert window.read_only is None and not window.ui.banner.isVisible()
    window.refresh()
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 300)
    assert window.ui.actionNewContact.isEnabled()


def test_damage_found_at_start_declined_leaves_the_file_alone(tmp_path, started, msgboxes,
                                                              monkeypatch):
    from crm_desktop.gui import msgbox

    path = tmp_path / "crm.sqlite3"
    demo(path, 20)
    assert main(["backup", "--db", str(path)]) == 0
    close_database()
    damage_file(path, schema=True)
    damaged = digest(path)
    monkeypatch.setattr(msgbox, "choose", lambda *a: msgboxes.append(("choose", *a[1:3])) or
                        False)
    assert started(path) == 1
    assert [kind for kind, *_ in msgboxes] == ["choose"]
    assert digest(path) == damaged and not list(tmp_path.glob("*.damaged-*"))


def test_a_full_disk_while_saving_says_so(make_window, qtbot, db, msgboxes):
    window = make_window()
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.pragma("max_page_count", pages, permanent=True)  # every connection: no more pages
    window.editor.history.clear()
    window._write(lambda: window.editor.create_contact(ContactData(
        first_name="Big", notes="x" * 200_000)), "saved")
    qtbot.waitUntil(lambda: len(msgboxes) == 1)
    kind, title, text = msgboxes[0]
    assert kind == "warning" and title == "Not saved"
    assert "the disk is full" in text and "safe" in text
    assert window.editor.history.undo_label is None


def test_qt_warnings_go_to_the_log_file(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from crm_desktop.logs import log_file, setup_file_logging

    monkeypatch.setenv("CRM_DESKTOP_CONFIG_DIR", str(tmp_path))
    setup_file_logging()
    previous = qInstallMessageHandler(gui_app._qt_message)  # as run() does
    try:
        qWarning("QFont: something odd")
    finally:
        qInstallMessageHandler(previous)
    assert "WARNING qt [MainThread]: QFont: something odd" in log_file().read_text()


def test_opening_another_database_gives_the_first_ones_lock_back(tmp_path):
    from crm_desktop.store.lock import WriterLock

    first, second = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    open_database(first)
    assert not WriterLock(first, "x").acquire()
    open_database(second)
    lock = WriterLock(first, "x")
    assert lock.acquire()
    lock.release()
    close_database()


def test_closing_the_window_stops_the_check_and_the_daily_backup(make_window, qtbot, db_path,
                                                                   monkeypatch):
    from crm_desktop.gui import file_actions
    from crm_desktop.gui.main_window import MainWindow
    from crm_desktop.store.db import damage

    asked = []

    def check(db, stop):  # the real check, noting what it was told
        asked.append(stop())
        return damage(db, stop)

    monkeypatch.setattr(file_actions, "damage", check)
    monkeypatch.setattr(MainWindow, "CHECK_DELAY_MS", 600_000)  # only the checks asked for
    window = make_window()
    window.check_file()
    qtbot.waitUntil(lambda: "Backed up" in window.statusBar().currentMessage())
    assert asked == [False] and len(backups.backups(db_path)) == 1  # checked, backed up
    window.close()
    results = []
    monkeypatch.setattr(window.statusBar(), "showMessage", lambda *a: results.append(a))
    window.check_file()
    qtbot.waitUntil(lambda: len(asked) == 2)
    assert asked[1] is True  # told to stop: it stops, which is not a failure to report
    qtbot.wait(200)
    assert results == [] and len(backups.backups(db_path)) == 1


def test_the_file_check_waits_while_a_search_is_read(make_window, qtbot, monkeypatch):
    """The whole-file check (and the daily backup's) pauses while the list reads, and
    while its result is painted: both want a core, and searches beside a check at 1M
    contacts were 40% slower."""
    import threading
    import time

    from crm_desktop.gui import file_actions
    from crm_desktop.gui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "CHECK_DELAY_MS", 600_000)  # only the check asked for
    window = make_window()
    release = threading.Event()
    delivered = []
    window.tasks.read(lambda: release.wait(5),  # a search on its way
                      lambda _: delivered.append(time.monotonic()))
    assert window.tasks.busy
    returned = []

    def check(db, stop):
        stop()
        returned.append(time.monotonic())
        return None

    monkeypatch.setattr(file_actions, "damage", check)
    window.check_file()
    qtbot.wait(200)
    assert returned == []  # still giving way
    released = time.monotonic()
    release.set()
    qtbot.waitUntil(lambda: len(returned) == 1)
    assert released <= returned[0] < released + file_actions.PAUSE_MAX_S
    settle = window.tasks.SETTLE_S  # and the window had time to paint what came
    assert delivered and returned[0] >= delivered[0] + settle - 0.01


def test_a_result_for_a_dialog_closed_meanwhile_is_not_delivered(make_window, qtbot):
    """A dialog closed (and deleted) while its read was running: the result is dropped,
    not delivered to a widget that is gone (that raised); other results still arrive."""
    import threading

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog
    from shiboken6 import isValid

    class Dialog(QDialog):
        shown: list = []

        def show_result(self, value) -> None:
            self.setWindowTitle(value)
            Dialog.shown.append(value)

    window = make_window()
    dialog = Dialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    hold, kept = threading.Event(), []
    window.tasks.read(lambda: hold.wait() and "late", dialog.show_result)
    window.tasks.read(lambda: "kept", kept.append)
    dialog.close()
    qtbot.waitUntil(lambda: not isValid(dialog))
    hold.set()
    qtbot.waitUntil(lambda: kept == ["kept"])
    assert Dialog.shown == []


def test_a_new_sorts_background_reads_do_not_wait_for_the_file_check(make_window, qtbot,
                                                                     monkeypatch):
    """The whole-file check runs on its own thread: page fences and sort ranks for a
    new sort do not queue behind its seconds (they waited 9-13 s at 1M contacts); the
    check gives way while they run."""
    import threading
    import time

    from crm_desktop.gui import file_actions
    from crm_desktop.gui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "CHECK_DELAY_MS", 600_000)  # only the check asked for
    window = make_window()
    qtbot.waitUntil(lambda: not window.tasks.lists_busy)
    checking, resumed = threading.Event(), []

    def check(db, stop):
        checking.set()
        while not resumed:  # the check's loop: asks stop() every few ms
            during_fences = fence_started.is_set()
            stop()
            if during_fences:
                resumed.append(time.monotonic())
        return None

    fence_started, release = threading.Event(), threading.Event()
    monkeypatch.setattr(file_actions, "damage", check)
    window.check_file()
    assert checking.wait(5)
    built = []

    def fences():
        fence_started.set()
        release.wait(5)
        return time.monotonic()

    window.tasks.background(fences, built.append, key="fences")
    assert fence_started.wait(2)  # ran beside the check, not after it
    qtbot.wait(100)
    assert resumed == []  # the check waits while the fences are built
    release.set()
    qtbot.waitUntil(lambda: bool(built and resumed))
    assert resumed[0] >= built[0]
