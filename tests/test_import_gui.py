"""The import wizard and the import history, driven through their real widgets."""

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from crm_desktop.exchange import importer
from crm_desktop.services import contacts, stats
from crm_desktop.services.contacts import ContactData
from crm_desktop.services.listing import contact_query
from tests.importfiles import write_csv, write_xlsx

ROWS = [
    ["Our customers"],
    [],
    ["Name", "Mail", "Kunde", "Geburtstag", "Tel"],
    ["Ada Lovelace", "ada@example.org", "Analytical Engines", "10/12/1815", "+44 7700 900123"],
    [],
    ["Grace Hopper", "grace@example.org", "US Navy", "25/12/1906", ""],
    ["Bad Row", "not-an-address", "", "", ""],
    ["ada lovelace", "ADA@example.org", "", "", "+44 20 7946 0000"],
]


def click_next(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def start_import(qtbot, wizard):
    """From the file page: past the mapping and the checked plan, to the run."""
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.ui.planReadyEdit.text() == "yes")
    click_next(qtbot, wizard)


@pytest.fixture
def wizard_for(qtbot, make_window, tmp_path):
    def open_wizard(rows=ROWS, name="customers.xlsx"):
        path = write_xlsx(tmp_path / name, {"List": rows})
        window = make_window()
        wizard = window.import_contacts(str(path))
        qtbot.waitUntil(lambda: wizard.ui.fileReadyEdit.text() == "yes")
        return window, wizard
    return open_wizard


def test_wizard_imports_and_undoes(qtbot, db, wizard_for, qtmodeltester):
    contacts.create_contact(ContactData(first_name="Grace", last_name="Hopper",
                                        emails=[("work", "grace@example.org")]))
    window, wizard = wizard_for()
    ui = wizard.ui
    assert ui.headerRowSpin.value() == 3 and "5 columns" in ui.fileInfoLabel.text()
    assert ui.rawTable.item(0, 0).text() == "Name"

    click_next(qtbot, wizard)  # -> the mapping
    assert wizard.currentId() == wizard.mappingPage_id
    assert wizard.mapping() == {0: "full_name", 1: "email", 2: "", 3: "birthday", 4: "phone"}
    assert ui.previewTable.item(0, 1).text() == "Ada"
    assert [ui.previewTable.item(r, 0).text() for r in range(4)] == ["4", "6", "7", "8"]
    assert "“Geburtstag” reads day first" in ui.dateOrderNote.text()
    assert ui.previewTable.item(2, 7).text().startswith("Mail: ")  # the bad row, explained
    assert ui.previewTable.item(0, 3).text() == ""
    wizard.set_field("Kunde", "company")  # the user corrects a column
    assert ui.previewTable.item(0, 3).text() == "Analytical Engines"  # the preview follows
    assert ui.previewTable.item(0, 6).text() == "10/12/1815"

    click_next(qtbot, wizard)  # -> the check
    qtbot.waitUntil(lambda: ui.planReadyEdit.text() == "yes")
    summary = ui.summaryLabel.text()
    assert "<b>4</b> rows" in summary and "<b>1</b> new" in summary
    assert "<b>1</b> to update" in summary and "1 merged" in summary
    qtmodeltester.check(wizard.actions)
    shown = [[wizard.actions.index(r, c).data() for c in range(4)]
             for r in range(wizard.actions.rowCount())]
    assert [row[:2] for row in shown] == [[4, "New contact"], [6, "Update"], [7, "Problem"],
                                          [8, "Merged"]]
    assert "not an e-mail" in shown[2][3] and shown[3][3] == "same person as row 4"
    ui.showCombo.setCurrentIndex(ui.showCombo.findData("error"))
    assert wizard.actions.rowCount() == 1
    assert wizard.actions.index(0, 3).data() == shown[2][3]

    click_next(qtbot, wizard)  # -> the import
    qtbot.waitUntil(lambda: ui.runDoneEdit.text() == "yes")
    assert "Imported <b>1</b> new contacts and updated <b>1</b>" in ui.resultLabel.text()
    assert stats.counts()["contacts"] == 2
    ada = contacts.get_contact(contact_query("ada@example.org").ids()[0])
    assert (ada.company, ada.birthday_year) == ("Analytical Engines", 1815)
    assert len(ada.phones) == 2  # merged with the later row of the same person
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 2)  # the list refreshed

    qtbot.mouseClick(ui.undoImportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.runStatusLabel.text() == "Undone.")
    assert {k: stats.counts()[k] for k in ("contacts", "accounts", "imports")} == (
        {"contacts": 1, "accounts": 0, "imports": 0})
    assert contacts.get_contact(contact_query("grace").ids()[0]).company == ""
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 1)
    # the user's mapping is remembered for the next file with these columns
    assert importer.mp.recall(ROWS[2])["Kunde"] == "company"


def test_the_plan_of_a_long_file_is_shown_from_the_rows_in_view(qtbot, db, wizard_for,
                                                               monkeypatch):
    """Qt sized the plan's columns from 1,000 of its rows at each showing (0.2 s for a
    100,000-row file); now from those in view. Closing lets go of the plan."""
    rows = [["Name", "Mail"]] + [[f"Person {n}", f"p{n}@example.org"] for n in range(3000)]
    _, wizard = wizard_for(rows, "long.xlsx")
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.ui.planReadyEdit.text() == "yes")
    asked = []
    data = wizard.actions.data
    monkeypatch.setattr(wizard.actions, "data", lambda *a: asked.append(a) or data(*a))
    wizard._show_plan()
    assert wizard.actions.rowCount() == 3000
    assert wizard.ui.actionsView.columnWidth(0) > 0 and len(asked) < 2000
    assert wizard.actions.index(2999, 2).data() == "Person 2999"
    # the plan's objects wait out of the cycle collector's sight until the wizard lets go
    import gc

    assert gc.get_freeze_count() > 3000
    wizard.reject()
    qtbot.waitUntil(lambda: gc.get_freeze_count() == 0)
    assert wizard.actions.rowCount() == 0


def test_wizard_refuses_a_mapping_without_names(qtbot, db, wizard_for):
    _, wizard = wizard_for()
    click_next(qtbot, wizard)
    for header in ("Name", "Mail", "Tel"):
        wizard.set_field(header, "")
    assert "Map at least one column" in wizard.ui.mappingErrorLabel.text()
    click_next(qtbot, wizard)
    assert wizard.currentId() == wizard.mappingPage_id  # Next did not go on


def test_wizard_reports_an_unreadable_file(qtbot, db, make_window, tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    window = make_window()
    wizard = window.import_contacts(str(path))
    qtbot.waitUntil(lambda: bool(wizard.ui.fileErrorLabel.text()))
    assert wizard.ui.fileErrorLabel.text().startswith("broken.xlsx: ")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_wizard_browse_uses_the_file_dialog(qtbot, db, make_window, tmp_path, monkeypatch):
    from crm_desktop.gui import msgbox

    path = write_csv(tmp_path / "c.csv", [["Email"], ["a@example.org"], ["b@example.org"]])
    monkeypatch.setattr(msgbox, "open_file", lambda *a: str(path))
    wizard = make_window().import_contacts()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.mouseClick(wizard.ui.browseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.ui.fileReadyEdit.text() == "yes")
    assert wizard.ui.fileEdit.text() == str(path)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_cancelling_the_import_changes_nothing(qtbot, db, wizard_for, monkeypatch):
    real = importer.execute
    started = threading.Event()

    def slow_execute(plan, progress, cancelled):
        started.set()
        end = time.monotonic() + 10
        while not cancelled() and time.monotonic() < end:  # the user reaches for Cancel
            time.sleep(0.01)
        return real(plan, progress, cancelled)

    monkeypatch.setattr(importer, "execute", slow_execute)
    window, wizard = wizard_for()
    start_import(qtbot, wizard)
    qtbot.waitUntil(started.is_set)
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    qtbot.mouseClick(wizard.ui.cancelImportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.ui.runDoneEdit.text() == "yes")
    assert wizard.ui.runStatusLabel.text() == "Cancelled."
    assert "nothing was changed" in wizard.ui.resultLabel.text()
    assert {k: stats.counts()[k] for k in ("contacts", "accounts", "imports")} == (
        {"contacts": 0, "accounts": 0, "imports": 0})


def test_the_wizard_says_it_waits_for_the_backup_check(qtbot, db, wizard_for, monkeypatch):
    from crm_desktop.store import backups

    release = threading.Event()
    real = backups.check

    def slow_check(path, stop=None, every=None):
        release.wait(10)
        real(path, stop)

    monkeypatch.setattr(backups, "check", slow_check)
    window, wizard = wizard_for()
    start_import(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.ui.runStatusLabel.text() == "Checking the backup made first…")
    assert wizard.ui.runProgress.maximum() == 0  # busy: no share of it can be told
    assert stats.counts()["imports"] == 0  # nothing committed before the backup is good
    release.set()
    qtbot.waitUntil(lambda: wizard.ui.runDoneEdit.text() == "yes")
    assert stats.counts()["imports"] == 1


def test_import_history_undoes_an_import(qtbot, db, make_window, tmp_path, msgboxes):
    path = write_csv(tmp_path / "h.csv", [["Name", "Email"], ["Ada Lovelace", "a@example.org"]])
    first, _ = importer.import_file(path)
    importer.undo(first.batch)
    second, _ = importer.import_file(path)
    window = make_window()
    dialog = window.import_history()
    table = dialog.ui.historyTable
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    assert table.item(0, 7).text() == "in effect" and table.item(1, 7).text().startswith(
        "undone")
    table.selectRow(1)
    assert not dialog.ui.undoButton.isEnabled()  # already undone
    table.selectRow(0)
    qtbot.mouseClick(dialog.ui.undoButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table.rowCount() == 2 and table.item(0, 7).text() != "in effect")
    assert msgboxes[-1][0] == "confirm"
    assert stats.counts()["contacts"] == 0
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 0)


def test_going_back_and_changing_a_choice_checks_again(qtbot, db, wizard_for):
    contacts.create_contact(ContactData(first_name="Grace", last_name="Hopper",
                                        emails=[("work", "grace@example.org")]))
    _, wizard = wizard_for()
    ui = wizard.ui
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: ui.planReadyEdit.text() == "yes")
    assert "<b>1</b> to update" in ui.summaryLabel.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    ui.duplicateCombo.setCurrentIndex(ui.duplicateCombo.findData("skip"))
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: ui.planReadyEdit.text() == "yes")
    assert "<b>0</b> to update" in ui.summaryLabel.text()
    assert "2 skipped" in ui.summaryLabel.text()  # Grace, and the second Ada row


def test_dropping_a_spreadsheet_on_the_window_opens_the_wizard(qtbot, db, make_window,
                                                                  tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    path = write_csv(tmp_path / "dropped.csv", [["Email"], ["a@example.org"]])
    window = make_window()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(10, 10), action, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    opened = []
    window.import_contacts = lambda p=None: opened.append(p)
    drop = QDropEvent(QPoint(10, 10), action, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert opened == [str(path)]
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.png"))])
    refused = QDragEnterEvent(QPoint(10, 10), action, other, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier)
    refused.ignore()
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()


def test_closing_the_wizard_while_it_checks_is_safe(qtbot, db, wizard_for, monkeypatch):
    real = importer.make_plan
    started = threading.Event()

    def slow_plan(*args, **kwargs):
        started.set()
        time.sleep(0.5)  # the user closes the wizard meanwhile
        return real(*args, **kwargs)

    monkeypatch.setattr(importer, "make_plan", slow_plan)
    window, wizard = wizard_for()
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    qtbot.waitUntil(started.is_set)
    gone = []
    wizard.destroyed.connect(lambda: gone.append(True))
    wizard.reject()
    qtbot.waitUntil(lambda: gone == [True], timeout=5000)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
    qtbot.wait(100)  # the late result arrives to nobody, quietly
    assert stats.counts()["imports"] == 0


def test_closing_the_history_before_it_is_read_is_safe(qtbot, db, make_window, monkeypatch):
    real = importer.history

    def slow_history(*args):
        time.sleep(0.3)
        return real(*args)

    monkeypatch.setattr(importer, "history", slow_history)
    window = make_window()
    dialog = window.import_history()
    gone = []
    dialog.destroyed.connect(lambda: gone.append(True))
    dialog.reject()
    qtbot.waitUntil(lambda: gone == [True], timeout=5000)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
    qtbot.wait(100)


def test_the_check_and_the_import_share_python_with_the_window(qtbot, db, wizard_for,
                                                               monkeypatch):
    """While the wizard's long Python jobs run, the interpreter switches threads every
    1 ms (the window stood still 0.1-0.36 s at a time with 5 ms); after, as before."""
    import sys

    from crm_desktop.gui import tasks as gui_tasks

    before = sys.getswitchinterval()
    seen = {}
    for name in ("make_plan", "execute"):
        real = getattr(importer, name)

        def spy(*args, _real=real, _name=name, **kwargs):
            seen[_name] = sys.getswitchinterval()
            return _real(*args, **kwargs)

        monkeypatch.setattr(importer, name, spy)
    window, wizard = wizard_for()
    start_import(qtbot, wizard)
    qtbot.waitUntil(lambda: "execute" in seen and not window.tasks.busy)
    assert seen == {"make_plan": gui_tasks.SHARED_SWITCH_S, "execute": gui_tasks.SHARED_SWITCH_S}
    assert sys.getswitchinterval() == before


def test_sharing_python_restores_the_interval_after_overlapping_jobs():
    import sys

    from crm_desktop.gui.tasks import SHARED_SWITCH_S, sharing_python

    before = sys.getswitchinterval()
    inner = sharing_python(sys.getswitchinterval)
    outer = sharing_python(lambda: (inner(), sys.getswitchinterval()))
    assert outer() == (SHARED_SWITCH_S, SHARED_SWITCH_S)
    assert sys.getswitchinterval() == before
    with pytest.raises(ZeroDivisionError):
        sharing_python(lambda: 1 / 0)()
    assert sys.getswitchinterval() == before
