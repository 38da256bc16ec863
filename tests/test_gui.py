"""The real main window, driven as a user would: typing, clicking, shortcuts."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from crm_desktop.gui import selection
from crm_desktop.gui.editors import AccountEditorDialog, ContactEditorDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.table_model import ID_ROLE
from crm_desktop.services import contacts, demo, page_plans, stats
from crm_desktop.services.contacts import ContactData
from crm_desktop.services.listing import contact_query


@pytest.fixture
def people(db):
    for first, last, company, email in [
        ("Zoë", "Müller", "Café Réunion", "zoe@cafe.example"),
        ("José", "García", "Acme Ltd", "jose@acme.example"),
        ("Ada", "Lovelace", "Acme Ltd", "ada@acme.example"),
    ]:
        contacts.create_contact(ContactData(
            first_name=first, last_name=last, company=company, emails=[("work", email)]
        ))


def settle(qtbot, window):
    qtbot.waitUntil(lambda: not window.tasks.busy)


def select_row(window, row, view=None):
    """Click-like: the window becomes active (as after closing a dialog), the list focused."""
    view = view or window.ui.contactTable
    window.activateWindow()
    view.setFocus()
    view.selectRow(row)


def test_search_as_you_type_filters_and_counts(qtbot, people, make_window):
    window = make_window()
    assert window.contact_model.rowCount() == 3
    assert window.ui.matchLabel.text() == "3 contacts"
    qtbot.keyClicks(window.ui.searchEdit, "MUL")
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 1)
    settle(qtbot, window)
    assert window.ui.matchLabel.text() == "1 match"
    index = window.contact_model.index(0, 1)
    assert index.data() == "Müller"
    window.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 3)


def test_a_search_result_paints_the_list_once(qtbot, people, make_window):
    """The new rows are laid out before they are painted: Qt's delayed layout after the
    reset painted the whole list a second time (~6 ms at every keystroke)."""
    from PySide6.QtCore import QEvent, QObject

    class Paints(QObject):
        full = 0

        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and event.rect() == obj.rect():
                Paints.full += 1
            return False

    window = make_window()
    viewport = window.ui.contactTable.viewport()
    paints = Paints()
    viewport.installEventFilter(paints)
    qtbot.wait(100)
    Paints.full = 0
    window.ui.searchEdit.setText("acme")
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 2)
    qtbot.wait(200)  # any later paint of the same rows would come meanwhile
    assert Paints.full == 1


def test_typing_on_drops_the_count_of_the_list_before(qtbot, people, make_window,
                                                     monkeypatch):
    """A common term's list comes first and its count just after; typing on, that count
    (up to ~100 ms at 1M) is not read before the new search if it has not begun."""
    import threading

    from crm_desktop.services.listing import ListQuery

    window = make_window()
    settle(qtbot, window)
    counted_for = []
    monkeypatch.setattr(ListQuery, "count", lambda self, cap=None: counted_for.append(self) or 1)
    hold = threading.Event()
    window.tasks.read(hold.wait, lambda _: None)  # the reader is busy
    old = contact_query("acme")
    window._contacts_ready(window.contact_model, old, 1, [], exact=False)  # count queued
    window.ui.searchEdit.setText("ada")  # the next key
    hold.set()
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 1 and not window.tasks.busy)
    assert old not in counted_for


def test_ctrl_f_focuses_search(qtbot, people, make_window):
    window = make_window()
    window.activateWindow()
    window.ui.contactTable.setFocus()
    window.ui.actionFind.trigger()
    assert window.ui.actionFind.shortcut().toString() == "Ctrl+F"
    assert window.focusWidget() is window.ui.searchEdit


def test_new_contact_in_the_editor_is_listed_and_stored(qtbot, people, make_window):
    window = make_window()
    assert window.ui.actionNewContact.shortcut().toString() == "Ctrl+N"
    window.ui.actionNewContact.trigger()
    dialog = window.findChild(ContactEditorDialog)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.ui.firstNameEdit, "Grace")
    qtbot.keyClicks(dialog.ui.lastNameEdit, "Hopper")
    qtbot.keyClicks(dialog.ui.companyEdit, "acme ltd")  # finds the existing account
    dialog.ui.emailTable.item(0, 1).setText("grace@navy.example")
    dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData("customer"))
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 4)
    [cid] = contact_query("hopper").ids()
    stored = contacts.get_contact(cid)
    assert (stored.company, stored.status, stored.emails) == (
        "Acme Ltd", "customer", [("work", "grace@navy.example")]
    )
    assert (stats.counts()["contacts"], stats.counts()["accounts"]) == (4, 2)
    assert "Add Grace Hopper" in window.ui.actionUndo.text()


def save_new_contact(qtbot, window, first, last, company=""):
    window.ui.actionNewContact.trigger()
    dialog = window.findChild(ContactEditorDialog)
    qtbot.keyClicks(dialog.ui.firstNameEdit, first)
    qtbot.keyClicks(dialog.ui.lastNameEdit, last)
    qtbot.keyClicks(dialog.ui.companyEdit, company)
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def save_new_company(qtbot, window, name):
    window.ui.actionNewAccount.trigger()
    dialog = window.findChild(AccountEditorDialog)
    qtbot.keyClicks(dialog.ui.nameEdit, name)
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_a_contact_just_added_is_shown_and_selected(qtbot, people, make_window):
    window = make_window()
    select_row(window, 0)  # someone else was being looked at
    save_new_contact(qtbot, window, "Grace", "Hopper")
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 4)
    settle(qtbot, window)
    [cid] = contact_query("hopper").ids()
    assert selection.ids(window.ui.contactTable) == [cid]
    assert window.ui.detailView.toPlainText().startswith("Grace Hopper")
    assert window.timeline.scope is not None  # ready for Ctrl+L: log the call


def test_a_contact_added_beyond_the_pages_read_is_shown(qtbot, db, make_window):
    demo.generate(600, seed=3)  # more than the first pages the list reads
    window = make_window()
    save_new_contact(qtbot, window, "Zed", "Zzyzx")
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 601)
    settle(qtbot, window)
    assert window.ui.detailView.toPlainText().startswith("Zed Zzyzx")
    [zed] = contact_query("zzyzx").ids()
    view = window.ui.contactTable
    qtbot.waitUntil(lambda: selection.ids(view) == [zed])  # its row counted, then shown
    row = window.contact_model.row_of(zed)
    assert row == contact_query("").position_of(zed) > window.contact_model.FIRST_ROWS
    assert view.viewport().rect().intersects(view.visualRect(window.contact_model.index(row, 0)))
    assert window.ui.detailView.toPlainText().startswith("Zed Zzyzx")


def test_a_company_just_added_is_shown_with_its_empty_list(qtbot, people, make_window):
    window = make_window()
    save_new_company(qtbot, window, "Initech")
    qtbot.waitUntil(lambda: window.account_model.rowCount() == 3)
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 0)
    settle(qtbot, window)
    [selected] = selection.ids(window.ui.accountTable)
    assert window.account_model.index(2, 0).data() == "Initech"
    assert window.account_model.row_of(selected) == 2
    assert window.ui.detailView.toPlainText().startswith("Initech")
    assert window.contacts_empty.text[0] == "No one at this company yet"
    assert window.ui.actionEdit.isEnabled() and window.ui.actionDelete.isEnabled()
    save_new_contact(qtbot, window, "Peter", "Gibbons")  # the company is filled in
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 1)
    assert contacts.get_contact(contact_query("gibbons").ids()[0]).company == "Initech"


def test_a_contact_typed_with_the_keyboard_alone_keeps_its_email_and_phone(
        qtbot, people, make_window):
    """Tab from Status into the e-mail starts typing the address, and Tab goes on to the
    next field: it used to land on the label's combo, where the address went nowhere."""
    from PySide6.QtWidgets import QApplication

    def type_here(text):
        qtbot.keyClicks(QApplication.focusWidget(), text)

    def press(key):
        qtbot.keyClick(QApplication.focusWidget(), key)

    window = make_window()
    window.ui.actionNewContact.trigger()
    dialog = window.findChild(ContactEditorDialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.firstNameEdit)
    type_here("Grace")
    for _ in range(4):  # last name, company, job title, status
        press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.statusCombo
    press(Qt.Key.Key_Tab)
    type_here("grace@navy.example")
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.addEmailButton
    press(Qt.Key.Key_Tab)  # Remove
    press(Qt.Key.Key_Tab)  # the phone
    type_here("+1 212 555 0100")
    press(Qt.Key.Key_Backtab)  # back, and what was typed is kept
    assert QApplication.focusWidget() is dialog.ui.removeEmailButton
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 4)
    stored = contacts.get_contact(contact_query("navy").ids()[0])
    assert stored.emails == [("work", "grace@navy.example")]
    assert stored.phones == [("mobile", "+1 212 555 0100")]


def test_the_editor_says_when_the_company_typed_is_a_new_one(qtbot, people, make_window):
    window = make_window()
    window.ui.actionNewContact.trigger()
    dialog = window.findChild(ContactEditorDialog)
    hint = dialog.ui.companyHintLabel
    assert hint.isHidden()
    qtbot.keyClicks(dialog.ui.companyEdit, "acme")  # half a name, left as typed
    assert hint.isVisible() and hint.text() == "New company: saving adds “acme”."
    qtbot.keyClicks(dialog.ui.companyEdit, "  LTD ")  # the one there is, however written
    assert hint.isHidden()
    dialog.ui.companyEdit.clear()
    assert hint.isHidden()


def test_the_editor_grows_for_its_messages_instead_of_squeezing_its_fields(qtbot, people):
    from crm_desktop.errors import ValidationError
    from crm_desktop.gui.editors import show_error
    from crm_desktop.gui.resources import stylesheet

    dialog = ContactEditorDialog()
    qtbot.addWidget(dialog)
    dialog.setStyleSheet(stylesheet())  # the app's padding: what made the room run out
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.ui.companyEdit.setText("A company there is not")
    show_error(dialog, ValidationError("email", "Someone already has this address. " * 4), None)
    qtbot.wait(10)
    edit, label = dialog.ui.companyEdit, dialog.ui.errorLabel
    assert edit.height() >= edit.sizeHint().height()
    assert label.height() >= label.heightForWidth(label.width()) > label.fontMetrics().height()


def test_an_email_someone_has_already_is_said_before_a_second_contact_is_made(
        qtbot, people, make_window):
    window = make_window()
    window.ui.actionNewContact.trigger()
    dialog = window.findChild(ContactEditorDialog)
    qtbot.keyClicks(dialog.ui.firstNameEdit, "Augusta")
    dialog.ui.emailTable.item(0, 1).setText("ADA@acme.example")
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text().startswith("Ada Lovelace already has ada@acme.example.")
    assert stats.counts()["contacts"] == 3
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # both, then
    qtbot.waitUntil(lambda: stats.counts()["contacts"] == 4)


def test_editing_a_contact_does_not_find_them_a_duplicate_of_themselves(
        qtbot, people, make_window):
    window = make_window()
    [ada] = contact_query("lovelace").ids()
    window.open_record(ada, None)
    select_row(window, window.contact_model.row_of(ada))
    window.ui.actionEdit.trigger()
    dialog = window.findChild(ContactEditorDialog)
    qtbot.keyClicks(dialog.ui.jobTitleEdit, "Analyst")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: contacts.get_contact(ada).job_title == "Analyst")


def test_invalid_contact_keeps_the_editor_open_with_the_reason(qtbot, people, make_window):
    window = make_window()
    window.ui.actionNewContact.trigger()
    dialog = window.findChild(ContactEditorDialog)
    qtbot.keyClicks(dialog.ui.firstNameEdit, "Bad")
    dialog.ui.emailTable.item(0, 1).setText("not-an-address")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "not a valid e-mail" in dialog.ui.errorLabel.text()
    assert stats.counts()["contacts"] == 3


def test_edit_contact_saves_changes(qtbot, people, make_window):
    window = make_window()
    select_row(window, 1)  # sorted by last name: García, Lovelace, Müller
    assert window.contact_model.index(1, 1).data() == "Lovelace"
    window.edit_current()
    dialog = window.findChild(ContactEditorDialog)
    assert dialog.ui.lastNameEdit.text() == "Lovelace"
    dialog.ui.lastNameEdit.setText("King")
    dialog.ui.birthdayMonthCombo.setCurrentIndex(12)
    dialog.ui.birthdayDaySpin.setValue(10)
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: contact_query("king").count() == 1)
    stored = contacts.get_contact(contact_query("king").ids()[0])
    assert (stored.birthday_month, stored.birthday_day, stored.birthday_year) == (12, 10, None)


def test_delete_goes_to_trash_and_ctrl_z_brings_it_back(qtbot, people, make_window):
    window = make_window()
    select_row(window, 0)
    assert window.contact_model.index(0, 1).data() == "García"
    qtbot.keyClick(window.ui.contactTable, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 2)
    assert stats.trash_counts()["contacts"] == 1
    assert window.ui.actionUndo.text() == "Undo Delete 1 contact"
    qtbot.keyClick(window.ui.contactTable, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 3)
    assert stats.trash_counts()["contacts"] == 0
    assert contact_query("garcia").count() == 1


def test_a_whole_long_list_selected_reads_no_rows(qtbot, db, make_window, monkeypatch):
    """Ctrl+A on a long list: counted from Qt's one range, with no row read for it. (The
    ids of every selected row were read on the GUI thread, and Qt's header asked the
    model about every row on each repaint: at 1M contacts the window froze for minutes.)"""
    from PySide6.QtCore import QModelIndex

    from crm_desktop.gui import selection
    from crm_desktop.gui.table_model import PagedTableModel

    demo.generate(3000, seed=4)
    window = make_window()
    table, model = window.ui.contactTable, window.contact_model
    select_row(window, 0)
    qtbot.waitUntil(lambda: window.ui.detailView.toPlainText().strip() != "")
    asked = {"rows": 0}
    row_count = PagedTableModel.rowCount

    def counted_row_count(self, parent=QModelIndex()):  # noqa: B008
        asked["rows"] += 1
        return row_count(self, parent)

    monkeypatch.setattr(PagedTableModel, "rowCount", counted_row_count)
    fetched = []
    fetch = model._fetch
    monkeypatch.setattr(model, "_fetch", lambda page: fetched.append(page) or fetch(page))
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    table.horizontalHeader().repaint()
    table.viewport().repaint()
    assert selection.count(table) == 3000
    assert window.ui.detailView.toPlainText().strip() == "3,000 contacts selected."
    assert window.ui.actionDelete.isEnabled()
    assert fetched == [] and asked["rows"] < 3000  # Qt's header asked ~12 times a row
    # Rows 0-2 and 4 onwards: two spans; their ids come from SQL in list order.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier,
                     table.visualRect(model.index(3, 1)).center())
    assert selection.spans(table) == [(0, 2), (4, 2999)]
    count, ids = window.selected(table)
    assert count == 2999 and fetched == []
    assert ids() == [i for n, i in enumerate(contact_query().ids()) if n != 3]


def record_progress(monkeypatch) -> list[tuple[int, int]]:
    """The (done, total) steps every move's progress bar is shown, from its start on
    (connecting to a run after it started can miss steps the writer already sent)."""
    from crm_desktop.gui import trash_run

    steps = []
    shown = trash_run.show_progress

    def show(dialog, done, total):
        steps.append((done, total))
        shown(dialog, done, total)

    monkeypatch.setattr(trash_run, "show_progress", show)
    return steps


def test_deleting_a_big_selection_and_undo(qtbot, db, make_window, monkeypatch):
    from crm_desktop.gui import selection

    monkeypatch.setattr(selection, "SMALL", 10)  # 40 rows: a "big" selection, read in SQL
    demo.generate(40, seed=6)
    window = make_window()
    keep = contact_query().ids()[0]
    select_row(window, 1)
    table = window.ui.contactTable
    table.scrollToBottom()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ShiftModifier,
                     table.visualRect(window.contact_model.index(39, 1)).center())
    assert selection.spans(table) == [(1, 39)]
    steps = record_progress(monkeypatch)
    run = window.delete_selected()  # what the Delete key does
    assert window.statusBar().currentMessage() == "Moving 39 contacts to the trash…"
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 1)
    assert steps[-1] == (78, 78) and not run.dialog.isVisible()
    assert contact_query().ids() == [keep] and stats.trash_counts()["contacts"] == 39
    assert window.statusBar().currentMessage().startswith("Moved 39 contacts to the trash.")
    qtbot.keyClick(window.ui.contactTable, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Undoing: Delete 39 contacts…"  # minutes at 1M
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 40)
    assert stats.trash_counts()["contacts"] == 0


def test_cancelling_a_big_move_to_the_trash_moves_nothing(qtbot, db, make_window,
                                                          monkeypatch):
    import threading

    from crm_desktop.gui import selection

    monkeypatch.setattr(selection, "SMALL", 10)
    demo.generate(40, seed=7)
    window = make_window()
    window.ui.contactTable.setFocus()
    window.ui.contactTable.selectAll()
    hold = threading.Event()
    window.tasks.write(hold.wait, lambda _: None)  # the writer is busy: the move waits
    run = window.delete_selected()
    run.dialog.canceled.emit()  # the Cancel button, before the move has begun
    hold.set()
    with qtbot.waitSignal(run.finished) as finished:
        pass
    assert finished.args == [False]
    assert contact_query().count() == 40 and stats.trash_counts()["contacts"] == 0
    assert window.statusBar().currentMessage() == "Cancelled: nothing was moved."
    assert window.ui.actionUndo.text() == "Undo"  # nothing to undo


def test_undoing_a_big_delete_goes_with_progress_and_cancel(qtbot, db, make_window,
                                                            monkeypatch):
    """Ctrl+Z after deleting many contacts: the same progress bar and Cancel as the
    delete (minutes at a million contacts); a cancelled undo can be done later."""
    import threading

    from crm_desktop.gui import selection

    monkeypatch.setattr(selection, "SMALL", 10)
    demo.generate(40, seed=8)
    window = make_window()
    window.ui.contactTable.setFocus()
    window.ui.contactTable.selectAll()
    with qtbot.waitSignal(window.delete_selected().finished):
        pass
    hold = threading.Event()
    window.tasks.write(hold.wait, lambda _: None)  # the writer is busy: the undo waits
    run = window.undo()
    assert window.statusBar().currentMessage() == "Undoing: Delete 40 contacts…"
    run.dialog.canceled.emit()
    hold.set()
    with qtbot.waitSignal(run.finished) as finished:
        pass
    assert finished.args == [False] and stats.trash_counts()["contacts"] == 40
    assert window.statusBar().currentMessage() == "Cancelled: nothing was moved."
    assert window.ui.actionUndo.text() == "Undo Delete 40 contacts"
    steps = record_progress(monkeypatch)
    run = window.undo()
    with qtbot.waitSignal(run.finished) as finished:
        pass
    assert finished.args == [True] and steps[-1] == (80, 80) and not run.dialog.isVisible()
    assert window.statusBar().currentMessage() == "Undone: Delete 40 contacts."
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 40)
    assert window.ui.actionRedo.text() == "Redo Delete 40 contacts"
    with qtbot.waitSignal(window.redo().finished) as finished:
        pass
    assert finished.args == [True] and stats.trash_counts()["contacts"] == 40
    assert window.statusBar().currentMessage() == "Redone: Delete 40 contacts."


def test_deleting_many_companies_goes_with_progress(qtbot, people, make_window, monkeypatch):
    from crm_desktop.gui import selection

    monkeypatch.setattr(selection, "SMALL", 1)  # the two companies: a "big" selection
    window = make_window()
    qtbot.waitUntil(lambda: window.account_model.rowCount() == 2)
    window.activateWindow()
    window.ui.accountTable.setFocus()
    window.ui.accountTable.selectAll()
    run = window.delete_selected()
    assert window.statusBar().currentMessage() == "Moving 2 companies to the trash…"
    with qtbot.waitSignal(run.finished) as finished:
        pass
    assert finished.args == [True] and stats.trash_counts()["accounts"] == 2
    qtbot.waitUntil(lambda: window.account_model.rowCount() == 0)
    assert window.contact_model.rowCount() == 3  # the people stay, without a company
    assert window.ui.actionUndo.text() == "Undo Delete 2 accounts"


def test_trash_view_restores(qtbot, people, make_window):
    window = make_window()
    contacts.trash_contacts(contact_query("ada").ids())
    qtbot.mouseClick(window.ui.trashButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 1)
    assert window.ui.matchLabel.text() == "1 contact in trash"
    assert window.ui.actionRestore.isVisible() and not window.ui.actionDelete.isEnabled()
    select_row(window, 0)
    window.ui.actionRestore.trigger()
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 0)
    qtbot.mouseClick(window.ui.allContactsButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 3)


def test_selecting_a_company_shows_its_contacts(qtbot, people, make_window):
    window = make_window()
    qtbot.waitUntil(lambda: window.account_model.rowCount() == 2)
    assert window.account_model.index(0, 0).data() == "Acme Ltd"
    assert window.account_model.index(0, 2).data() == 2
    select_row(window, 0, window.ui.accountTable)
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 2)
    assert not window.ui.allContactsButton.isChecked()
    assert "Acme Ltd" in window.ui.detailView.toPlainText()
    qtbot.mouseClick(window.ui.allContactsButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 3)


def test_new_company_and_delete_company(qtbot, people, make_window):
    window = make_window()
    window.ui.actionNewAccount.trigger()
    dialog = window.findChild(AccountEditorDialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Initech")
    qtbot.keyClicks(dialog.ui.industryEdit, "Software")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.account_model.rowCount() == 3)
    select_row(window, 2, window.ui.accountTable)  # Acme, Café, Initech (by name)
    assert window.account_model.index(2, 0).data() == "Initech"
    window.ui.actionDelete.trigger()  # the Delete key itself: test_delete_goes_to_trash...
    qtbot.waitUntil(lambda: window.account_model.rowCount() == 2)
    assert stats.counts()["accounts"] == 2


def test_a_company_added_from_a_dashboards_list_shows_its_own_people(
        qtbot, people, make_window):
    window = make_window()
    window.show_contacts_among("Calls in 2026-03", ("SELECT id FROM contact WHERE 0", []))
    qtbot.waitUntil(lambda: window.contacts_empty.text is not None)
    save_new_company(qtbot, window, "Initech")
    qtbot.waitUntil(lambda: window.account_model.rowCount() == 3)
    settle(qtbot, window)
    assert window.contacts_empty.text[0] == "No one at this company yet"
    assert "Calls in" not in window.ui.matchLabel.text()


def test_a_company_named_as_one_there_is_asks_before_making_a_second(
        qtbot, people, make_window):
    window = make_window()
    window.ui.actionNewAccount.trigger()
    dialog = window.findChild(AccountEditorDialog)
    qtbot.keyClicks(dialog.ui.nameEdit, " ACME  ltd")
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "A company named “Acme Ltd” already exists" in dialog.ui.errorLabel.text()
    assert stats.counts()["accounts"] == 2
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # yes, a second one
    qtbot.waitUntil(lambda: window.account_model.rowCount() == 3)
    assert stats.counts()["accounts"] == 3


def test_renaming_a_company_to_its_own_name_asks_nothing(qtbot, people, make_window):
    window = make_window()
    qtbot.waitUntil(lambda: window.account_model.rowCount() == 2)
    select_row(window, 0, window.ui.accountTable)
    window.ui.actionEdit.trigger()
    dialog = window.findChild(AccountEditorDialog)
    dialog.ui.nameEdit.setText("ACME LTD")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.account_model.index(0, 0).data() == "ACME LTD")


def test_header_click_sorts_in_sql(qtbot, people, make_window):
    window = make_window()
    header = window.ui.contactTable.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().topLeft() + header.rect().center() * 0
                     + __import__("PySide6.QtCore", fromlist=["QPoint"]).QPoint(
                         header.sectionViewportPosition(0) + 5, 5))
    qtbot.waitUntil(lambda: window.contact_model.query.sort_column == 0)
    names = [window.contact_model.index(r, 0).data() for r in range(3)]
    assert names == ["Ada", "José", "Zoë"]


def test_layout_is_remembered(qtbot, people, make_window):
    window = make_window()
    window.ui.contactTable.setColumnWidth(2, 321)
    window.ui.contactTable.horizontalHeader().setSortIndicator(6, Qt.SortOrder.DescendingOrder)
    window.close()
    again = make_window()
    assert again.ui.contactTable.columnWidth(2) == 321
    assert again.contact_model.query.sort_column == 6
    assert again.contact_model.query.descending


def test_a_saved_header_state_cannot_make_the_sidebar_read_every_company(qtbot, db,
                                                                         make_window):
    """An older version saved the sidebar's header with ResizeToContents, which sizes the
    column from up to 1,000 rows: five SQL pages on the GUI thread at every start."""
    from PySide6.QtWidgets import QHeaderView

    from crm_desktop.gui.settings import app_settings
    from crm_desktop.services.accounts import AccountData, create_account
    from crm_desktop.store.db import database_proxy

    with database_proxy.atomic():
        for i in range(700):
            create_account(AccountData(name=f"Company {i:03}"))
    window = make_window()
    header = window.ui.accountTable.horizontalHeader()
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    window.ui.contactTable.horizontalHeader().setSectionResizeMode(
        3, QHeaderView.ResizeMode.ResizeToContents)
    window.close()
    assert not app_settings().value("mainWindow/accountHeader").isEmpty()
    again = make_window()
    qtbot.waitUntil(lambda: again.account_model.rowCount() == 700)
    qtbot.wait(50)  # painted
    header = again.ui.accountTable.horizontalHeader()
    assert header.sectionResizeMode(2) == QHeaderView.ResizeMode.Fixed
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    contact_header = again.ui.contactTable.horizontalHeader()
    assert contact_header.sectionResizeMode(3) == QHeaderView.ResizeMode.Interactive
    assert list(again.account_model._pages) == [0]  # what the sidebar shows, nothing more


def test_models_pass_the_model_tester(qtbot, people, make_window, qtmodeltester):
    window = make_window()
    qtmodeltester.check(window.contact_model)
    qtmodeltester.check(window.account_model)


def test_list_holds_only_the_pages_it_shows(qtbot, db, make_window):
    demo.generate(5000, seed=3)
    window = make_window()
    model = window.contact_model
    assert model.rowCount() == 5000
    assert len(model._pages) <= 2
    window.ui.contactTable.scrollToBottom()
    qtbot.wait(50)
    last = model.index(4999, 1).data()
    assert last == contact_query().page(4999, 1)[0][2]
    assert len(model._pages) <= 4  # first and last pages, not the 25 in between
    from crm_desktop.services import listing

    qtbot.waitUntil(lambda: listing.contact_ranks_ready(1))  # built in the background


def test_common_term_shows_rows_first_then_the_exact_count(qtbot, db, make_window,
                                                          monkeypatch, qtmodeltester):
    demo.generate(600, seed=5)
    monkeypatch.setattr(MainWindow, "COUNT_FIRST", 50)
    monkeypatch.setattr(page_plans, "RANK_PROBE", 50)  # however the first page is found
    monkeypatch.setattr(page_plans, "RANK_UP_TO", 50)
    window = make_window()
    counts_seen = []
    original = window._show_count
    monkeypatch.setattr(window, "_show_count",
                        lambda total, exact: (counts_seen.append((total, exact)),
                                              original(total, exact)))
    qtbot.keyClicks(window.ui.searchEdit, "example")
    expected = contact_query("example").ids()
    assert len(expected) > 50
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == len(expected))
    assert (50, False) in counts_seen and counts_seen[-1] == (len(expected), True)
    assert window.ui.matchLabel.text() == f"{len(expected)} matches"
    model = window.contact_model
    shown = [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]
    assert shown == expected
    qtmodeltester.check(model)


def test_rows_from_the_head_are_painted_before_their_count_starts(qtbot, db, make_window,
                                                                  monkeypatch):
    """The first rows of a common term come from the head of the order (in memory);
    the list is painted before the count starts reading in the background (a reader
    thread in Python slowed each cell's paint), and the count then follows."""
    from PySide6.QtCore import QEvent, QObject

    from crm_desktop.services import heads, listing

    demo.generate(600, seed=5)
    monkeypatch.setattr(heads, "HEAD_SIZE", 250)  # half the contacts are "example"s
    window = make_window()
    qtbot.waitUntil(lambda: listing.contact_ranks_ready(1), timeout=10_000)
    viewport = window.ui.contactTable.viewport()

    class Paints(QObject):
        count = 0

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                Paints.count += 1
            return False

    paints = Paints()
    viewport.installEventFilter(paints)
    at_reset, at_count = [], []
    window.contact_model.modelReset.connect(lambda: at_reset.append(Paints.count))
    read = window.tasks.read

    def reading(fn, done, failed=None, key=None):
        if key == "contact-count":
            at_count.append(Paints.count)
        return read(fn, done, failed, key=key)

    monkeypatch.setattr(window.tasks, "read", reading)
    window.ui.searchEdit.setText("example")
    expected = contact_query("example").ids()
    qtbot.waitUntil(lambda: window.ui.matchLabel.text() == f"{len(expected)} matches")
    assert at_count and at_count[-1] > at_reset[-1]  # painted, then counted
    model = window.contact_model
    assert model.query._head_state is not None  # the first rows came from the head
    assert [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())] == expected


def test_a_new_result_comes_with_a_window_of_rows_then_the_rest(qtbot, db, make_window,
                                                                 qtmodeltester):
    demo.generate(300, seed=3)
    window = make_window()
    model = window.contact_model
    assert len(model._pages[0]) == model.FIRST_ROWS  # what a window shows, read first
    expected = contact_query().ids()
    shown = [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]
    assert shown == expected and len(model._pages[0]) == model.PAGE_SIZE
    qtmodeltester.check(model)


def test_return_in_a_list_edits_the_row_but_not_elsewhere(qtbot, people, make_window):
    window = make_window()
    select_row(window, 1)
    qtbot.keyClick(window.ui.contactTable, Qt.Key.Key_Return)
    dialog = window.findChild(ContactEditorDialog)
    assert dialog is not None and dialog.ui.lastNameEdit.text() == "Lovelace"
    dialog.reject()
    qtbot.waitUntil(lambda: window.findChild(ContactEditorDialog) is None)
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    assert window.findChild(ContactEditorDialog) is None


@pytest.mark.parametrize("text, shaped", [
    ("Smith", False), ("Müller", False), ("Ångström", False), ("Ζήνων", False),
    ("Иван", False), ("\u02ff", False), ("\u0370", False), ("\u058f", False),
    ("e\u0301", True), ("\u036f", True), ("\u0590", True), ("שלום", True),
    ("مرحبا", True), ("देव", True), ("ok \U0001F600", True),
])
def test_which_text_the_lists_draw_shaped(text, shaped):
    from crm_desktop.gui import table_model

    assert bool(table_model._SHAPED_SCRIPT.search(text)) is shaped


def test_lists_draw_latin_text_unshaped_and_arabic_shaped(qtbot, db, make_window):
    """The lists draw text without shaping (quicker), except text that needs it: an
    Arabic name is drawn exactly as with shaping, and differs from unshaped."""
    import re

    from PySide6.QtGui import QColor, QFont, QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    from crm_desktop.gui import table_model

    for first, last in [("محمد", "عبد الله"), ("Zoë", "Ångström")]:
        contacts.create_contact(ContactData(first_name=first, last_name=last))
    window = make_window()
    view, model = window.ui.contactTable, window.contact_model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert view.font().styleStrategy() & QFont.StyleStrategy.PreferNoShaping
    arabic, latin = (model.index(r, 0) for r in sorted(
        range(2), key=lambda r: model.index(r, 0).data() != "محمد"))
    assert model.data(arabic, Qt.ItemDataRole.FontRole) is not None  # shape this one
    assert model.data(latin, Qt.ItemDataRole.FontRole) is None

    def drawn(index, font_role: bool, view_font: QFont) -> QImage:
        view.setFont(view_font)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(index).translated(-view.visualRect(index).topLeft())
        image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        if not font_role:
            saved = table_model._SHAPED_SCRIPT
            table_model._SHAPED_SCRIPT = re.compile("(?!)")  # never matches
        try:
            view.itemDelegate().paint(painter, option, index)
        finally:
            painter.end()
            if not font_role:
                table_model._SHAPED_SCRIPT = saved
        return image

    unshaped_font = view.font()
    shaped = QFont(unshaped_font)
    shaped.setStyleStrategy(QFont.StyleStrategy.PreferDefault)
    as_shaped = drawn(arabic, False, shaped)
    assert drawn(arabic, True, unshaped_font) == as_shaped
    assert drawn(arabic, False, unshaped_font) != as_shaped  # unshaped Arabic differs
    view.setFont(unshaped_font)


def test_list_header_draws_as_qts_own_header(qtbot):
    """ListHeader sets a section up without Qt's whole-column-selected question, and
    without touching its state (reading it sets up QStyle: ~20 ms of a start)."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QHeaderView, QTableView

    from crm_desktop.gui.list_views import ListHeader

    model = QStandardItemModel(4, 3)
    model.setHorizontalHeaderLabels(["First", "Last", "Company"])

    def drawn(header_class, enabled: bool):
        view = QTableView()
        qtbot.addWidget(view)
        view.resize(420, 160)
        if header_class is ListHeader:
            view.setHorizontalHeader(ListHeader(view))
        view.setModel(model)
        view.horizontalHeader().setSortIndicatorShown(True)
        view.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        view.setEnabled(enabled)
        view.show()
        qtbot.waitExposed(view)
        return view.horizontalHeader().grab().toImage()

    for enabled in (True, False):
        assert drawn(ListHeader, enabled) == drawn(QHeaderView, enabled)
    assert drawn(ListHeader, True) != drawn(ListHeader, False)  # the state shows


def test_a_refreshed_list_stays_where_it_was_scrolled(qtbot, db, make_window):
    demo.generate(300, seed=5)
    window = make_window()
    table = window.ui.contactTable
    bar = table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    assert kept > 0
    window.contacts_loaded = False
    window.refresh_contacts()  # as after an edit: the same list, read again
    qtbot.waitUntil(lambda: window.contacts_loaded)
    assert bar.value() == kept


def test_the_lists_first_reads_are_asked_for_before_the_rest_of_the_window_is_built(
        qtbot, db, db_path, monkeypatch):
    """The reader fetches the first rows while the details and timeline are built: asked
    for last, they came 10-15 ms after the window was ready at 1M contacts."""
    from crm_desktop.gui import main_window
    from crm_desktop.gui.tasks import TaskManager

    asked = []
    panel = main_window.TimelinePanel

    def timeline_panel(*args):
        asked.append(sorted(k for k in tasks._latest if k in ("contacts", "accounts")))
        return panel(*args)

    monkeypatch.setattr(main_window, "TimelinePanel", timeline_panel)
    demo.generate(20, seed=2)
    tasks = TaskManager()
    try:
        window = main_window.MainWindow(db_path, tasks)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.contacts_loaded)
        assert asked == [["accounts", "contacts"]]
        assert window.contact_model.rowCount() == 20
    finally:
        tasks.shutdown()
