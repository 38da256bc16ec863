"""The timeline, follow-ups and Today through the real widgets."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from crm_desktop.gui.activity_editors import FollowupEditorDialog, InteractionEditorDialog
from crm_desktop.gui.notifier import FollowupNotifier, message_for
from crm_desktop.gui.timeline_model import ID_ROLE, TimelineListModel
from crm_desktop.services import contacts, followups, interactions
from crm_desktop.services.contacts import ContactData
from crm_desktop.services.followups import FollowupData
from crm_desktop.services.interactions import InteractionData, TimelineScope
from crm_desktop.services.listing import contact_query


@pytest.fixture
def people(db):
    ids = {}
    for first, last, company in [("Ada", "Lovelace", "Acme Ltd"), ("Bo", "Nix", "Acme Ltd"),
                                 ("Cy", "Orr", "")]:
        ids[first] = contacts.create_contact(ContactData(
            first_name=first, last_name=last, company=company))
    return ids


def settle(qtbot, window):
    qtbot.waitUntil(lambda: not window.tasks.busy)


def select_contact(qtbot, window, contact_id):
    row = window.contact_model.row_of(contact_id)
    window.activateWindow()
    window.ui.contactTable.setFocus()
    window.ui.contactTable.selectRow(row)
    qtbot.waitUntil(lambda: window.timeline.scope is not None
                    and window.timeline.scope.contact_id == contact_id)


def timeline_texts(window) -> list[str]:
    model = window.timeline.model
    return [model.index(r).data() for r in range(model.rowCount())]


def log_many(contact_id: int, n: int) -> None:
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    for i in range(n):
        interactions.create_interaction(InteractionData(
            "call" if i % 2 else "email", start + timedelta(hours=7 * i), f"Entry {i}",
            contact_id=contact_id))


def test_quick_add_logs_a_call_from_the_keyboard_and_ctrl_z_takes_it_back(
        qtbot, people, make_window, db):
    window = make_window()
    ada = people["Ada"]
    select_contact(qtbot, window, ada)
    panel = window.timeline
    assert panel.ui.quickKindCombo.currentData() == "call"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.ui.contactTable, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert panel.ui.quickAddEdit.hasFocus()
    qtbot.keyClicks(panel.ui.quickAddEdit, "Asked about the spring order")
    qtbot.keyClick(panel.ui.quickAddEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.items_loaded() == 1)
    settle(qtbot, window)
    assert panel.ui.quickAddEdit.text() == ""
    assert "Call: Asked about the spring order" in timeline_texts(window)[1]
    assert timeline_texts(window)[0].startswith("Today · ")
    [item] = interactions.timeline(TimelineScope(ada))
    assert (item.kind, item.subject) == ("call", "Asked about the spring order")
    last = db.execute_sql("SELECT last_contacted_at FROM contact WHERE id = ?", (ada,))
    assert last.fetchone()[0] != ""
    assert "Last contacted" in window.ui.detailView.toPlainText()
    assert window.ui.actionUndo.text() == "Undo Log call"
    qtbot.keyClick(window.ui.contactTable, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.model.items_loaded() == 0)
    assert interactions.timeline(TimelineScope(ada)) == []


def test_logging_a_purchase_with_a_follow_up_in_one_step(qtbot, people, make_window):
    window = make_window()
    ada = people["Ada"]
    select_contact(qtbot, window, ada)
    panel = window.timeline
    panel.ui.quickKindCombo.setCurrentIndex(panel.ui.quickKindCombo.findData("purchase"))
    qtbot.keyClicks(panel.ui.quickAddEdit, "Spring order")
    qtbot.keyClick(panel.ui.quickAddEdit, Qt.Key.Key_Return)  # a purchase needs the form
    dialog = window.findChild(InteractionEditorDialog)
    assert dialog.isVisible() and dialog.ui.subjectEdit.text() == "Spring order"
    assert dialog.ui.amountEdit.isVisible() and not dialog.ui.durationSpin.isVisible()
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "needs an amount" in dialog.ui.errorLabel.text()
    qtbot.keyClicks(dialog.ui.amountEdit, "1.250,50")
    dialog.ui.currencyEdit.setText("eur")
    dialog.ui.followupCheck.setChecked(True)
    due = date.today() + timedelta(days=3)
    dialog.ui.followupDateEdit.setDate(QDate(due.year, due.month, due.day))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.items_loaded() == 1)
    settle(qtbot, window)
    [item] = interactions.timeline(TimelineScope(ada))
    assert (item.kind, str(item.amount), item.currency) == ("purchase", "1250.50", "EUR")
    [planned] = followups.for_record(contact_id=ada)
    assert (planned.due_date, planned.note) == (due, "Follow up: Spring order")
    assert followups.get_followup(planned.id).interaction_id == item.id
    assert "EUR 1,250.50" in window.ui.detailView.toPlainText()
    assert window.ui.actionUndo.text() == "Undo Log purchase and follow-up"
    window.undo()
    qtbot.waitUntil(lambda: panel.model.items_loaded() == 0)
    assert followups.for_record(contact_id=ada) == []


def test_edit_and_delete_an_entry_from_the_timeline(qtbot, people, make_window):
    window = make_window()
    ada = people["Ada"]
    iid = interactions.create_interaction(InteractionData(
        "meeting", datetime(2026, 3, 2, 10, tzinfo=UTC), "Demo", contact_id=ada))
    select_contact(qtbot, window, ada)
    view = window.timeline.ui.timelineList
    view.setCurrentIndex(window.timeline.model.index(1))
    assert window.timeline.selected_ids() == [iid]
    dialog = window.timeline.edit_selected()
    assert dialog.ui.durationSpin.isVisible() and not dialog.ui.followupCheck.isVisible()
    dialog.ui.outcomeEdit.setText("Trial agreed")
    dialog.ui.durationSpin.setValue(45)
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: interactions.get_interaction(iid).outcome == "Trial agreed")
    settle(qtbot, window)
    assert interactions.get_interaction(iid).duration_minutes == 45
    assert "→ Trial agreed · 45 min" in timeline_texts(window)[1]
    qtbot.waitUntil(lambda: window.findChild(InteractionEditorDialog) is None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    view.setCurrentIndex(window.timeline.model.index(1))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.timeline.model.items_loaded() == 0)
    assert window.ui.actionUndo.text() == "Undo Delete 1 interaction"
    assert contacts.get_contact(ada).first_name == "Ada"  # the person is not deleted
    assert contact_query("lovelace").count() == 1


def test_kind_filter_and_search_through_the_widgets(qtbot, people, make_window):
    window = make_window()
    ada = people["Ada"]
    log_many(ada, 6)
    select_contact(qtbot, window, ada)
    panel = window.timeline
    assert panel.model.items_loaded() == 6 and panel.ui.timelineCountLabel.text() == "6 entries"
    panel.ui.kindFilterCombo.setCurrentIndex(panel.ui.kindFilterCombo.findData("email"))
    assert panel.model.items_loaded() == 3
    qtbot.keyClicks(panel.ui.timelineSearchEdit, "entry 4")
    qtbot.waitUntil(lambda: panel.model.items_loaded() == 1)
    assert "E-mail: Entry 4" in timeline_texts(window)[1]


def test_account_timeline_rolls_up_its_contacts(qtbot, people, make_window):
    window = make_window()
    interactions.create_interaction(InteractionData("call", None, "With Ada",
                                                    contact_id=people["Ada"]))
    interactions.create_interaction(InteractionData("call", None, "With Bo",
                                                    contact_id=people["Bo"]))
    interactions.create_interaction(InteractionData("call", None, "With Cy",
                                                    contact_id=people["Cy"]))
    qtbot.waitUntil(lambda: window.account_model.rowCount() == 1)  # the list arrives apart
    window.ui.accountTable.selectRow(0)
    qtbot.waitUntil(lambda: window.timeline.scope is not None
                    and window.timeline.scope.account_id is not None)
    texts = "\n".join(timeline_texts(window))
    assert "With Ada  (Ada Lovelace)" in texts and "With Bo  (Bo Nix)" in texts
    assert "With Cy" not in texts


def test_timeline_model_reads_pages_as_it_scrolls(qtbot, people, qtmodeltester):
    log_many(people["Ada"], 450)
    model = TimelineListModel()
    model.load(TimelineScope(people["Ada"]))
    assert model.items_loaded() == 200 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    items = [model.item(r) for r in range(model.rowCount()) if model.item(r)]
    assert len(items) == 450 and not model.canFetchMore()
    assert [i.subject for i in items[:2]] == ["Entry 449", "Entry 448"]
    keys = [i.key for i in items]
    assert keys == sorted(keys, reverse=True)
    headings = [model.index(r).data() for r in range(model.rowCount()) if not model.item(r)]
    assert len(headings) == len(set(headings))  # one heading per day, across pages
    assert model.index(0).flags() & Qt.ItemFlag.ItemIsSelectable == Qt.ItemFlag.NoItemFlags
    qtmodeltester.check(model)


def test_the_view_fetches_more_when_scrolled_to_the_end(qtbot, people, make_window):
    window = make_window()
    log_many(people["Ada"], 450)
    select_contact(qtbot, window, people["Ada"])
    view = window.timeline.ui.timelineList
    assert window.timeline.model.items_loaded() == 200
    for _ in range(10):
        view.scrollToBottom()
        qtbot.wait(20)
    assert window.timeline.model.items_loaded() == 450


def test_today_view_done_snooze_and_open(qtbot, people, make_window):
    window = make_window()
    today = date.today()
    late = followups.create_followup(FollowupData(today - timedelta(days=2), None,
                                                  "Send the quote", people["Ada"]))
    soon = followups.create_followup(FollowupData(today + timedelta(days=2), time(10, 0),
                                                  "Check in", people["Bo"]))
    window.refresh()
    qtbot.waitUntil(lambda: window.ui.todayButton.text() == "Today (1)")
    qtbot.mouseClick(window.ui.todayButton, Qt.MouseButton.LeftButton)
    panel = window._today
    qtbot.waitUntil(lambda: panel.agenda is not None)
    assert window.ui.centerStack.currentIndex() == 1 and window.ui.todayButton.isChecked()
    tree = panel.ui.agendaTree
    heads = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert heads[0] == "Overdue (1)" and "Coming up (1)" in heads

    def row_of(fid):
        for i in range(tree.topLevelItemCount()):
            entry = tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
            if getattr(entry, "id", None) == fid:
                return tree.topLevelItem(i)
        return None

    assert row_of(late).text(1) == "Ada Lovelace (Acme Ltd)"
    row_of(late).setSelected(True)
    assert panel.ui.doneButton.isEnabled()
    qtbot.mouseClick(panel.ui.doneButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.agenda is not None and panel.agenda.overdue.total == 0)
    qtbot.waitUntil(lambda: window.ui.todayButton.text() == "Today")
    assert followups.for_record(contact_id=people["Ada"]) == []
    assert window.ui.actionUndo.text() == "Undo Complete 1 follow-up"
    heads = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert "Done this week (1)" in heads
    done_row = row_of(late)
    assert done_row.font(2).strikeOut()
    done_row.setSelected(True)
    assert panel.ui.doneButton.text() == "&Reopen" and not panel.ui.snoozeButton.isEnabled()
    qtbot.mouseClick(panel.ui.doneButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.agenda.overdue.total == 1 and panel.agenda.done.total == 0)
    assert [f.id for f in followups.for_record(contact_id=people["Ada"])] == [late]
    tree.clearSelection()
    row_of(late).setSelected(True)
    assert panel.ui.doneButton.text() == "&Done"

    tree.clearSelection()
    row_of(soon).setSelected(True)
    panel.snooze(today + timedelta(days=9), None)
    qtbot.waitUntil(lambda: followups.get_followup(soon).due_date == today + timedelta(days=9))
    assert followups.get_followup(soon).due_time is None

    qtbot.waitUntil(lambda: panel.agenda.upcoming.total == 1)
    row_of(soon).setSelected(True)
    qtbot.mouseClick(panel.ui.openRecordButton, Qt.MouseButton.LeftButton)
    assert window.ui.centerStack.currentIndex() == 0
    assert window.timeline.scope.contact_id == people["Bo"]
    assert "Bo Nix" in window.ui.detailView.toPlainText()


def test_new_followup_from_the_timeline_and_its_editor_checks(qtbot, people, make_window):
    window = make_window()
    select_contact(qtbot, window, people["Cy"])
    window.ui.actionNewFollowup.trigger()
    dialog = window.findChild(FollowupEditorDialog)
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Say what to follow up on" in dialog.ui.errorLabel.text()
    qtbot.keyClicks(dialog.ui.noteEdit, "Ask for a referral")
    dialog.ui.timeCheck.setChecked(True)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(followups.for_record(contact_id=people["Cy"])) == 1)
    [planned] = followups.for_record(contact_id=people["Cy"])
    assert (planned.note, planned.due_time) == ("Ask for a referral", time(9, 0))
    settle(qtbot, window)
    assert "Ask for a referral" in window.ui.detailView.toPlainText()
    assert contact_query("orr").page(0, 1)[0][11] == planned.due_date.isoformat() + " 09:00"


def test_not_contacted_filter_on_the_list(qtbot, people, make_window):
    window = make_window()
    interactions.create_interaction(InteractionData("call", None, "Hi",
                                                    contact_id=people["Ada"]))
    old = datetime.now(UTC) - timedelta(days=200)
    interactions.create_interaction(InteractionData("call", old, "Long ago",
                                                    contact_id=people["Bo"]))
    window.refresh()
    settle(qtbot, window)
    assert window.contact_model.rowCount() == 3
    assert not window.ui.staleDaysSpin.isEnabled()
    window.ui.staleCheck.setChecked(True)  # 90 days: Bo (200 days ago) and Cy (never)
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 2)
    names = {window.contact_model.index(r, 1).data() for r in range(2)}
    assert names == {"Nix", "Orr"}
    window.ui.staleDaysSpin.setValue(365)
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 1)
    never = [window.contact_model.index(0, c).data() for c in range(11)]
    assert never[1] == "Orr" and never[9] == "Never"


def test_notifier_announces_what_falls_due(qtbot, people, make_window):
    window = make_window()
    now = datetime.now().astimezone()
    soon = now + timedelta(minutes=1)
    followups.create_followup(FollowupData(soon.date(), soon.time().replace(second=0,
                                           microsecond=0), "Call Ada back", people["Ada"]))
    notifier = FollowupNotifier(window.tasks, window, tray=None)
    notifier._last = now - timedelta(minutes=1)
    with qtbot.waitSignal(notifier.due) as signal:
        notifier.check(now + timedelta(minutes=2))
    assert signal.args == ["Follow up with Ada Lovelace (Acme Ltd)", "Call Ada back"]
    with qtbot.assertNotEmitted(notifier.due, wait=100):
        notifier.check(now + timedelta(minutes=3))  # said once, not every minute


def test_notification_for_several():
    items = [followups.AgendaItem(i, date(2026, 1, 1), None, f"note {i}", i, f"P{i}", None, "")
             for i in range(6)]
    title, text = message_for(items)
    assert title == "6 follow-ups due"
    assert text.splitlines()[-1] == "… and 2 more"


def test_timeline_item_roles(qtbot, people):
    iid = interactions.create_interaction(InteractionData(
        "support", datetime(2026, 5, 1, 8, 30, tzinfo=UTC), "Damaged box", body="Crushed.",
        contact_id=people["Ada"]))
    model = TimelineListModel(tz=UTC)
    model.load(TimelineScope(people["Ada"]))
    entry = model.index(1)
    assert entry.data() == "08:30  Support request: Damaged box\nCrushed. · Open"
    assert entry.data(ID_ROLE) == iid
    assert model.index(0).data() == "Friday 1 May 2026"
    assert not entry.data(Qt.ItemDataRole.DecorationRole).isNull()
    heading = model.index(0)  # a day heading: bold, dark grey on light grey
    assert heading.data(Qt.ItemDataRole.FontRole).bold()
    assert heading.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f1f3f6"
    assert heading.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#4b5563"
    assert entry.data(Qt.ItemDataRole.FontRole) is None
    assert entry.data(Qt.ItemDataRole.BackgroundRole) is None


def test_today_when_column_fits_its_longest_text(qtbot, people, make_window):
    """The "when" column is sized from its texts (not by Qt measuring every row)."""
    today = date.today()
    followups.create_followup(FollowupData(today, None, "Call", people["Ada"]))
    far = today + timedelta(days=12)  # in the next year from 20 December
    followups.create_followup(FollowupData(far, time(23, 45), "Visit", people["Bo"]))
    window = make_window()
    window.show_today()
    panel = window._today
    qtbot.waitUntil(lambda: panel.agenda is not None)
    tree = panel.ui.agendaTree
    whens = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())
             if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) is not None]
    assert len(whens) == 2 and whens[-1].endswith("23:45")
    room = tree.header().sectionSize(0) - 16  # less the icon
    assert all(tree.fontMetrics().horizontalAdvance(w) < room for w in whens)
