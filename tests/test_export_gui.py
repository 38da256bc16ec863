"""Export from the window: everything, or the list as it is filtered, off the GUI thread."""

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from crm_desktop.exchange import export as export_module
from crm_desktop.services.contacts import ContactData, create_contact


@pytest.fixture
def people(db):
    return [create_contact(ContactData(first_name=f, last_name=last, company=c, tags=t))
            for f, last, c, t in (("Ada", "Lovelace", "Acme", "vip"), ("Bo", "Nix", "Acme", ""),
                               ("Cy", "Orr", "Other", ""))]


def test_export_these_writes_what_the_list_shows(qtbot, people, make_window, tmp_path):
    from openpyxl import load_workbook

    window = make_window()
    window.ui.searchEdit.setText("acme")
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 2)
    path = tmp_path / "these.xlsx"
    run = window.export_contacts(True, str(path))
    with qtbot.waitSignal(run.finished, timeout=10_000) as done:
        pass
    assert done.args[0].counts["Contacts"] == 2
    names = {r[0].value for r in load_workbook(path)["Contacts"].iter_rows(min_row=2)}
    assert names == {"Ada", "Bo"}
    assert "Exported 2 contacts" in window.statusBar().currentMessage()
    window.ui.contactTable.selectAll()
    scope, label = window.export_scope(True)
    assert scope.contact_ids is not None and label == "2 selected contacts"
    assert sorted(scope.ids()) == sorted(p for p in people[:2])
    everything, label = window.export_scope(False)
    assert len(everything.ids()) == 3 and label == "all contacts"


def test_export_a_big_selection_reads_its_ids_in_the_export(qtbot, people, make_window,
                                                              monkeypatch):
    from crm_desktop.gui import selection

    monkeypatch.setattr(selection, "SMALL", 1)  # two rows: "big", read by position
    window = make_window()
    window.ui.contactTable.selectRow(1)
    window.ui.contactTable.selectionModel().select(
        window.contact_model.index(2, 0), selection_flags())
    scope, label = window.export_scope(True)
    assert callable(scope.contact_ids) and label == "2 selected contacts"
    assert scope.ids() == people[1:] and not scope.everything


def selection_flags():
    from PySide6.QtCore import QItemSelectionModel

    flag = QItemSelectionModel.SelectionFlag
    return flag.Select | flag.Rows


def test_cancel_writes_nothing(qtbot, people, make_window, tmp_path, monkeypatch):
    window = make_window()
    monkeypatch.setattr(export_module, "CHUNK", 1)
    real = export_module.load_contacts
    monkeypatch.setattr(export_module, "load_contacts",
                        lambda ids: time.sleep(0.2) or real(ids))
    path = tmp_path / "never.csv"
    run = window.export_contacts(False, str(path))
    [button] = run.dialog.findChildren(QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the user presses Cancel
    with qtbot.waitSignal(run.finished, timeout=10_000) as done:
        pass
    assert done.args == [None]
    assert not path.exists() and not list(tmp_path.glob(".*.part"))
    assert "cancelled" in window.statusBar().currentMessage()
