"""Issue #8 in the window: find, merge field by field, undo, dismiss, merge history."""

from PySide6.QtCore import Qt

from crm_desktop.services import stats
from crm_desktop.services.contacts import get_contact
from tests.test_duplicates import person, twins


def open_dialog(window, qtbot):
    dialog = window.find_duplicates()
    qtbot.waitUntil(lambda: not dialog.searching and dialog.ui.statusLabel.text() != "Looking…")
    return dialog


def test_merge_through_the_dialog_then_undo(make_window, qtbot, db, qtmodeltester):
    old, new, _ = twins(db)
    stranger = person("Ada", "Lovelace", "Analytical Engines")
    window = make_window()
    dialog = open_dialog(window, qtbot)
    ui = dialog.ui
    qtmodeltester.check(dialog.group_model)
    assert dialog.group_model.rowCount() == 1 and "1 group of contacts" in ui.statusLabel.text()
    assert "Jon Smith" in dialog.group_model.index(0, 1).data()
    assert "John Smith" in dialog.group_model.index(0, 1).data()
    assert dialog.group_model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == (
        dialog.group_model.index(0, 1).data())  # the whole group, however narrow the column
    ui.groupTable.selectRow(0)
    assert ui.mergeButton.isEnabled()
    merge = dialog.merge_selected()
    table = merge.ui.fieldTable
    assert table.columnCount() == 2 and table.horizontalHeaderItem(0).text().startswith(
        f"#{new}")  # the most recently changed first, and ticked by default
    name_row = 0
    assert table.item(name_row, 0).checkState() == Qt.CheckState.Checked
    # The user prefers the older spelling: a click ticks it and unticks the other.
    table.itemClicked.emit(table.item(name_row, 1))
    assert table.item(name_row, 0).checkState() == Qt.CheckState.Unchecked
    assert merge.survivor() == old  # the oldest record is kept by default
    merge.ui.buttonBox.button(merge.ui.buttonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.group_model.rowCount() == 0)
    kept = get_contact(old)
    assert (kept.first_name, kept.city) == ("Jon", "Leeds")
    assert stats.counts()["contacts"] == 2
    qtbot.waitUntil(lambda: ui.historyTable.rowCount() == 1)
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 2)
    assert window.ui.actionUndo.text().startswith("Undo Merge 2 contacts")
    window.ui.actionUndo.trigger()  # Edit -> Undo takes the merge back
    qtbot.waitUntil(lambda: stats.counts()["contacts"] == 3)
    assert get_contact(new).first_name == "John" and stranger
    dialog.close()


def test_not_duplicates_and_the_history_undo(make_window, qtbot, db):
    from crm_desktop.services import merging

    a = person("Maria", "Garcia", "Acme")
    b = person("María", "García", "ACME Ltd")
    old, new, _ = twins(db)
    batch = merging.merge_contacts(old, [new])
    window = make_window()
    dialog = open_dialog(window, qtbot)
    ui = dialog.ui
    assert dialog.group_model.rowCount() == 1 and str(a) and str(b)
    ui.groupTable.selectRow(0)
    ui.dismissButton.click()
    qtbot.waitUntil(lambda: dialog.group_model.rowCount() == 0)
    ui.findButton.click()  # remembered: not listed again
    qtbot.waitUntil(lambda: not dialog.searching)
    assert dialog.group_model.rowCount() == 0
    ui.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: ui.historyTable.rowCount() == 1)
    ui.historyTable.selectRow(0)
    ui.undoMergeButton.click()
    qtbot.waitUntil(lambda: "Undone" in ui.statusLabel.text())
    assert merging.history()[0]["id"] == batch and merging.history()[0]["undone_at"]
    qtbot.waitUntil(lambda: not ui.undoMergeButton.isEnabled())
    dialog.close()


def test_companies_are_found_and_merged_too(make_window, qtbot, db):
    from crm_desktop.services.accounts import AccountData, create_account

    create_account(AccountData(name="Acme Ltd"))
    create_account(AccountData(name="ACME Limited"))
    person("Ada", "Lovelace", "Acme Ltd")
    window = make_window()
    dialog = open_dialog(window, qtbot)
    dialog.ui.kindCombo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "companies" in dialog.ui.statusLabel.text())
    assert dialog.group_model.rowCount() == 1
    dialog.ui.groupTable.selectRow(0)
    merge = dialog.merge_selected()
    merge.accept()
    qtbot.waitUntil(lambda: stats.counts()["accounts"] == 1)
    dialog.close()


def test_a_merge_ending_after_the_dialog_closed_still_reaches_the_window(make_window, qtbot,
                                                                        db):
    """The dialog is deleted when closed; a merge still being written then lands on no
    dialog (it raised on the deleted table), and the window still follows it."""
    import threading

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication
    from shiboken6 import isValid

    twins(db)
    window = make_window()
    dialog = open_dialog(window, qtbot)
    dialog.ui.groupTable.selectRow(0)
    merge = dialog.merge_selected()
    hold = threading.Event()
    window.tasks.write(hold.wait, lambda _: None)  # the writer is busy: the merge waits
    merge.accept()
    dialog.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(dialog)
    hold.set()
    qtbot.waitUntil(lambda: stats.counts()["contacts"] == 1)
    qtbot.waitUntil(lambda: window.ui.actionUndo.text().startswith("Undo Merge"))
