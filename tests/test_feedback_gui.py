"""Feedback, satisfaction and the CRM style window through the real widgets."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from crm_desktop.gui.activity_editors import FeedbackEditorDialog
from crm_desktop.gui.crm_style import GoalEditorDialog
from crm_desktop.services import crm_style, feedback, followups
from crm_desktop.services.contacts import ContactData, create_contact
from crm_desktop.services.crm_style import AREAS, GoalData
from crm_desktop.services.feedback import FeedbackData
from crm_desktop.services.interactions import TimelineScope, timeline


@pytest.fixture
def people(db):
    return {n: create_contact(ContactData(first_name=n, last_name="Lee", company="Acme"))
            for n in ("Ann", "Bob")}


def select_contact(qtbot, window, contact_id):
    window.activateWindow()
    window.ui.contactTable.setFocus()
    window.ui.contactTable.selectRow(window.contact_model.row_of(contact_id))
    qtbot.waitUntil(lambda: window.timeline.scope is not None
                    and window.timeline.scope.contact_id == contact_id)


def save(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_feedback_form_checks_then_records_with_a_follow_up(qtbot, people, make_window):
    window = make_window()
    ann = people["Ann"]
    select_contact(qtbot, window, ann)
    window.ui.actionRecordFeedback.trigger()
    dialog = window.findChild(FeedbackEditorDialog)
    assert dialog.isVisible() and dialog.ui.withLabel.text() == "Ann Lee"
    save(qtbot, dialog)  # no score at all
    assert dialog.isVisible() and "satisfaction score" in dialog.ui.errorLabel.text()
    assert dialog.ui.dateEdit.maximumDate().toPython() == date.today()  # no future days
    dialog.ui.categoryCombo.setCurrentText("")
    dialog.ui.csatCombo.setCurrentIndex(dialog.ui.csatCombo.findData(4))
    save(qtbot, dialog)
    assert dialog.isVisible() and "category" in dialog.ui.errorLabel.text()
    dialog.ui.categoryCombo.setCurrentText("Packaging")  # a new category joins the list
    dialog.ui.csatCombo.setCurrentIndex(dialog.ui.csatCombo.findData(2))
    assert dialog.ui.followupCheck.isChecked()  # unhappy: a follow-up is suggested
    dialog.ui.npsCombo.setCurrentIndex(dialog.ui.npsCombo.findData(3))
    qtbot.keyClicks(dialog.ui.commentEdit, "Boxes were crushed")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: window.timeline.model.items_loaded() == 1)
    [entry] = timeline(TimelineScope(ann))
    assert (entry.source, entry.csat, entry.nps, entry.subject, entry.body) == (
        "feedback", 2, 3, "Packaging", "Boxes were crushed")
    assert "Packaging" in feedback.categories()
    [planned] = followups.for_record(contact_id=ann)
    assert planned.due_date == date.today() + timedelta(days=1)
    assert "Feedback: Packaging, CSAT 2/5, NPS 3" in window.timeline.model.index(1).data()
    qtbot.waitUntil(lambda: "CSAT 2.0 of 5" in window.ui.detailView.toPlainText())
    assert window.ui.actionUndo.text() == "Undo Record feedback and follow-up"


def test_feedback_is_edited_from_the_timeline(qtbot, people, make_window):
    window = make_window()
    ann = people["Ann"]
    fid = feedback.create_feedback(FeedbackData(ann, date.today(), "survey", 3))
    select_contact(qtbot, window, ann)
    window.timeline.ui.timelineList.setCurrentIndex(window.timeline.model.index(1))
    dialog = window.timeline.edit_selected()
    assert isinstance(dialog, FeedbackEditorDialog) and not dialog.ui.followupCheck.isVisible()
    dialog.ui.csatCombo.setCurrentIndex(dialog.ui.csatCombo.findData(5))
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: feedback.get_feedback(fid).csat == 5)
    assert feedback.get_feedback(fid).channel == "survey"


def test_satisfaction_window_shows_the_numbers_and_plans_a_follow_up(qtbot, people,
                                                                    make_window, qtmodeltester):
    window = make_window()
    ann, bob = people["Ann"], people["Bob"]
    feedback.create_feedback(FeedbackData(ann, date.today() - timedelta(days=40), "call", 5, 10,
                                          "Service"))
    feedback.create_feedback(FeedbackData(bob, date.today(), "email", 1, 2, "Delivery",
                                          "Late again"))
    window.ui.actionSatisfaction.trigger()
    dialog = window._satisfaction
    qtbot.waitUntil(lambda: dialog.unhappy is not None and dialog.months != [])
    summary = dialog.ui.summaryLabel.text()
    assert "2 answers" in summary and "NPS <b>0</b>" in summary and "CSAT <b>3.00</b>" in summary
    table = dialog.ui.monthTable
    assert table.rowCount() == len({(date.today() - timedelta(days=40)).strftime("%Y-%m"),
                                    date.today().strftime("%Y-%m")})
    assert len(dialog.trend_chart.series()) == 2 and len(dialog.category_chart.series()) == 1
    cats = [dialog.ui.categoryTable.item(r, 0).text()
            for r in range(dialog.ui.categoryTable.rowCount())]
    assert sorted(cats) == ["Delivery", "Service"]
    assert dialog.unhappy_model.rowCount() == 1
    assert dialog.unhappy_model.index(0, 0).data() == "Bob Lee"
    assert [dialog.unhappy_model.index(0, c).data() for c in (3, 4, 5)] == ["1", "2", "Delivery"]
    qtmodeltester.check(dialog.unhappy_model)
    dialog.ui.unhappyTable.selectRow(0)
    follow = dialog.plan_followup()
    assert "Call back about their feedback (Delivery, CSAT 1/5, NPS 2)" in (
        follow.ui.noteEdit.toPlainText())
    save(qtbot, follow)
    qtbot.waitUntil(lambda: dialog.unhappy_model.rowCount() == 0)
    assert len(followups.for_record(contact_id=bob)) == 1
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    assert window._satisfaction is None


def test_self_assessment_and_goals_through_the_window(qtbot, people, make_window, msgboxes):
    window = make_window()
    dialog = window.show_crm_style()
    assert "No assessment yet" in dialog.ui.resultsLabel.text()
    dialog.ui.saveAssessmentButton.click()
    assert "Rate “Building relationships” too." in dialog.ui.assessmentErrorLabel.text()
    for area, rating in zip(AREAS, (4, 2, 5, 1, 5, 3, 2), strict=True):
        dialog.ratings[area].setCurrentIndex(dialog.ratings[area].findData(rating))
    dialog.notes["conflict"].setText("I avoid difficult calls")
    dialog.ui.saveAssessmentButton.click()
    qtbot.waitUntil(lambda: len(dialog.history) == 1)
    text = dialog.ui.resultsLabel.text()
    assert "Going the extra mile, Reliability and trust" in text
    assert "Handling conflict, Listening and communicating" in text
    assert crm_style.latest_assessment().answers["conflict"].note == "I avoid difficult calls"
    assert len(dialog.chart.series()) == 7

    editor = dialog.new_goal()
    assert editor.ui.areaCombo.currentData() == "conflict"  # the weakest area, suggested
    qtbot.keyClicks(editor.ui.titleEdit, "Call 2 unhappy customers back")
    editor.ui.measureCombo.setCurrentIndex(editor.ui.measureCombo.findData("manual"))
    editor.ui.targetSpin.setValue(2)
    save(qtbot, editor)
    qtbot.waitUntil(lambda: len(dialog.goals) == 1)
    dialog.ui.goalTable.selectRow(0)
    assert dialog.ui.tickButton.isEnabled()
    dialog.ui.tickButton.click()
    qtbot.waitUntil(lambda: dialog.goals[0].done == 1)
    assert dialog.ui.goalTable.cellWidget(0, 2).format() == "1 of 2"
    dialog.ui.tickButton.click()
    qtbot.waitUntil(lambda: dialog.goals[0].complete)
    assert dialog.ui.goalTable.item(0, 6).text() == "✔ Achieved"
    assert any(kind == "about" and "You did it" in text for kind, _t, text in msgboxes)
    assert "achieved" in dialog.ui.planLabel.text()


def test_goal_editor_refuses_a_vague_goal(qtbot, db):
    editor = GoalEditorDialog(None)
    qtbot.addWidget(editor)
    save(qtbot, editor)
    assert "Say what the goal is" in editor.ui.errorLabel.text()
    editor.ui.titleEdit.setText("Ask for feedback")
    editor.ui.dueEdit.setDate(editor.ui.startEdit.date().addDays(-1))
    save(qtbot, editor)
    assert "due day comes after" in editor.ui.errorLabel.text()


def test_overdue_goal_is_shown_in_red(qtbot, db, make_window):
    window = make_window()
    today = date.today()
    crm_style.create_goal(GoalData("Call 5", "calls", 5, today - timedelta(days=20),
                                   today - timedelta(days=1)))
    dialog = window.show_crm_style()
    assert dialog.ui.goalTable.item(0, 6).text() == "Overdue"
    assert "1 overdue" in dialog.ui.planLabel.text()



def test_import_feedback_from_the_file_menu(qtbot, people, make_window, msgboxes, tmp_path):
    from crm_desktop.services.contacts import update_contact
    from tests.importfiles import write_csv

    data = ContactData(first_name="Ann", last_name="Lee", company="Acme",
                       emails=[("work", "ann@example.org")])
    update_contact(people["Ann"], data)
    path = write_csv(tmp_path / "nps.csv", [["Email", "Date", "NPS", "Comment"],
                                           ["ann@example.org", "2026-11-01", "9", "Great"],
                                           ["who@example.org", "2026-11-01", "3", ""]])
    window = make_window()
    window.import_feedback(str(path))
    qtbot.waitUntil(lambda: any(t == "Feedback imported" for _k, t, _x in msgboxes))
    kind, _title, text = next(m for m in msgboxes if m[1] == "Feedback imported")
    assert kind == "warning"
    assert text.startswith("1 feedback answer imported from nps.csv (2 rows")
    assert "Row 3, Email: no contact has the e-mail who@example.org" in text
    assert [n for _w, _c, n, _cat, _t in feedback.recent_for(people["Ann"])] == [9]
