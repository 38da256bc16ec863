"""An empty list says why it is empty and what would fill it."""

import pytest
from PySide6.QtCore import Qt

from crm_desktop.gui import empty_state
from crm_desktop.services import contacts
from crm_desktop.services.contacts import ContactData


@pytest.mark.parametrize(("kwargs", "title", "hint"), [
    ({}, "No contacts yet", "Import (Ctrl+I)"),
    ({"writable": False}, "No contacts in this file", ""),
    ({"term": " zq "}, "No contact matches “zq”", "phone numbers"),
    ({"term": "zq", "company": True}, "No one at this company matches “zq”", "names"),
    ({"trash": True}, "The trash is empty", "restore"),
    ({"trash": True, "term": "zq"}, "Nothing in the trash matches “zq”", ""),
    ({"company": True}, "No one at this company yet", "Ctrl+N"),
    ({"company": True, "writable": False}, "No one at this company yet", ""),
    ({"not_contacted_days": 90}, "Everyone here was contacted in the last 90 days", ""),
    ({"among": "Calls in 2026-03"}, "No contacts left in “Calls in 2026-03”", ""),
])
def test_what_an_empty_contact_list_says(kwargs, title, hint):
    said_title, said_hint = empty_state.contacts_text(**kwargs)
    assert said_title == title
    assert hint in said_hint and bool(hint) == bool(said_hint)


def test_what_an_empty_company_list_says():
    assert empty_state.companies_text() == ("No companies yet", "Ctrl+Shift+N adds one.")
    assert empty_state.companies_text(writable=False) == ("No companies yet", "")
    assert empty_state.companies_text(term="zq")[0] == "No company matches “zq”"
    assert empty_state.companies_text(trash=True)[0] == "No companies in the trash"


def shown(state):
    """The text over a list, checked to be really on screen, inside the list."""
    if state.text is None:
        return None
    assert state.title.isVisible()
    assert state.title.parentWidget() is state.view.viewport()
    assert state.view.viewport().rect().contains(state.title.geometry())
    assert state.title.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    return state.text


def test_a_new_file_says_how_to_add_contacts_until_there_are_some(qtbot, db, make_window):
    window = make_window()
    qtbot.waitUntil(lambda: window.accounts_empty.text is not None)
    assert shown(window.contacts_empty)[0] == "No contacts yet"
    assert shown(window.accounts_empty)[0] == "No companies yet"
    contacts.create_contact(ContactData(first_name="Ada", last_name="Lovelace", company="Acme"))
    window.refresh()
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 1)
    qtbot.waitUntil(lambda: window.account_model.rowCount() == 1)
    assert shown(window.contacts_empty) is None
    assert shown(window.accounts_empty) is None


def test_a_search_or_the_trash_with_nothing_in_it_says_so(qtbot, db, make_window):
    contacts.create_contact(ContactData(first_name="Ada", last_name="Lovelace"))
    window = make_window()
    assert window.contacts_empty.title is None  # a list with rows makes no labels
    qtbot.keyClicks(window.ui.searchEdit, "zzq")
    qtbot.waitUntil(lambda: window.contacts_empty.text is not None)
    assert shown(window.contacts_empty)[0] == "No contact matches “zzq”"
    window.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 1)
    assert shown(window.contacts_empty) is None
    window.show_trash(True)
    qtbot.waitUntil(lambda: window.contacts_empty.text is not None)
    assert shown(window.contacts_empty)[0] == "The trash is empty"


def test_a_read_only_window_does_not_suggest_adding(qtbot, db, make_window):
    window = make_window()
    qtbot.waitUntil(lambda: window.accounts_empty.text is not None)
    window.set_read_only("Opened read-only for the test.")
    assert shown(window.contacts_empty) == ("No contacts in this file", "")
    assert shown(window.accounts_empty) == ("No companies yet", "")
