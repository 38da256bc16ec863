"""Feedback scores and series, the self-assessment, and goals' progress."""

from datetime import UTC, date, datetime, timedelta

import pytest

from crm_desktop.errors import ValidationError
from crm_desktop.services import crm_style, feedback, followups, interactions
from crm_desktop.services.contacts import ContactData, create_contact, trash_contacts
from crm_desktop.services.crm_style import AREAS, Answer, GoalData
from crm_desktop.services.editing import Editor
from crm_desktop.services.feedback import FeedbackData, mean, nps_score
from crm_desktop.services.followups import FollowupData
from crm_desktop.services.interactions import InteractionData, TimelineScope, timeline


@pytest.fixture
def people(db):
    return {n: create_contact(ContactData(first_name=n, last_name="X", company=c))
            for n, c in (("Ann", "Acme"), ("Bob", "Acme"), ("Cy", ""))}


def give(who, day, csat=None, nps=None, category="Service", comment="", channel="call"):
    return feedback.create_feedback(FeedbackData(who, date.fromisoformat(day), channel, csat,
                                                 nps, category, comment))


@pytest.mark.parametrize("answers, score", [
    ([], None), ([10, 9, 9], 100.0), ([0, 6, 3], -100.0), ([7, 8], 0.0),
    ([10, 8, 6, 9], 25.0), ([9], 100.0), ([6, 7, 8, 9, 10], 20.0),
])
def test_nps_arithmetic(answers, score):
    assert nps_score(answers) == score


def test_mean_of_nothing_is_none_not_zero():
    assert mean([]) is None and mean([4, 5]) == 4.5


def test_feedback_is_checked(people):
    today = date.today()
    with pytest.raises(ValidationError) as exc:
        feedback.validate(FeedbackData(people["Ann"], today))
    assert exc.value.field == "csat"
    for kw, field in ((dict(csat=6), "csat"), (dict(nps=11), "nps"), (dict(csat=0), "csat"),
                      (dict(nps=-1), "nps"), (dict(csat=3, category=" "), "category")):
        with pytest.raises(ValidationError) as exc:
            feedback.validate(FeedbackData(people["Ann"], today, **kw))
        assert exc.value.field == field
    with pytest.raises(ValidationError) as exc:
        feedback.validate(FeedbackData(people["Ann"], today + timedelta(days=1), csat=3))
    assert exc.value.field == "given_on"
    with pytest.raises(ValidationError) as exc:
        feedback.validate(FeedbackData(None, today, csat=3))
    assert exc.value.field == "contact"
    clean = feedback.validate(FeedbackData(people["Ann"], today, nps=0, category=" Price "))
    assert (clean.nps, clean.category) == (0, "Price")


def test_monthly_series_and_categories(people):
    ann, bob = people["Ann"], people["Bob"]
    give(ann, "2026-09-03", csat=5, nps=10)
    give(bob, "2026-09-20", csat=2, nps=3, category="Delivery")
    give(ann, "2026-10-11", csat=4)
    give(bob, "2026-11-02", nps=9, category="delivery")  # categories without case
    gone = give(bob, "2026-11-05", csat=1, nps=0)
    feedback.trash_feedback([gone])
    months = feedback.monthly()
    assert [m.month for m in months] == ["2026-09", "2026-10", "2026-11"]
    sept = months[0]
    assert (sept.answers, sept.csat, sept.nps, sept.promoters, sept.detractors) == (
        2, 3.5, 0.0, 1, 1)
    assert (months[1].nps, months[1].nps_answers, months[1].csat) == (None, 0, 4.0)
    assert (months[2].nps, months[2].csat) == (100.0, None)
    cats = {c.category.lower(): c for c in feedback.by_category()}
    assert cats["delivery"].answers == 2 and cats["delivery"].nps == 0.0
    assert cats["service"].csat == 4.5
    assert [m.month for m in feedback.monthly(since=date(2026, 10, 1))] == ["2026-10",
                                                                         "2026-11"]


def test_satisfaction_of_a_contact_and_account_with_trend(people):
    ann, bob = people["Ann"], people["Bob"]
    assert feedback.satisfaction(contact_id=ann).csat is None
    give(ann, "2026-01-10", csat=2)
    give(ann, "2026-02-10", csat=3, nps=5)
    give(ann, "2026-03-10", csat=5)
    give(ann, "2026-04-10", nps=10)
    mine = feedback.satisfaction(contact_id=ann)
    assert (mine.answers, mine.csat, mine.last_nps, mine.trend) == (4, 10 / 3, 10, "up")
    give(bob, "2026-05-01", csat=1)
    theirs = feedback.satisfaction(account_id=account_of(ann))
    assert theirs.answers == 5 and theirs.trend == "up"
    give(bob, "2026-06-01", csat=1)
    give(bob, "2026-07-01", csat=1)
    assert feedback.satisfaction(contact_id=bob).trend == "steady"


def account_of(contact_id):
    from crm_desktop.store.db import database_proxy as db

    return db.execute_sql("SELECT account_id FROM contact WHERE id = ?",
                          (contact_id,)).fetchone()[0]


def test_unhappy_customers_without_a_follow_up(people):
    ann, bob, cy = people["Ann"], people["Bob"], people["Cy"]
    give(ann, "2026-10-01", csat=1, comment="Late twice")
    give(bob, "2026-10-01", nps=6)
    give(bob, "2026-10-05", csat=5)  # happier since: not on the list
    give(cy, "2026-10-02", nps=2)
    assert {u.name for u in feedback.unhappy_without_followup()} == {"Ann X", "Cy X"}
    followups.create_followup(FollowupData(date(2026, 12, 1), None, "Call about it", ann))
    assert [u.name for u in feedback.unhappy_without_followup()] == ["Cy X"]
    trash_contacts([cy])
    assert feedback.unhappy_without_followup() == []


def test_record_feedback_with_a_follow_up_is_one_undo_step(people):
    editor = Editor()
    ann = people["Ann"]
    fid = editor.record_feedback(FeedbackData(ann, date.today(), "email", 2, None, "Price",
                                              "Too expensive"), date.today() + timedelta(1))
    [planned] = followups.for_record(contact_id=ann)
    assert planned.note == "Follow up on feedback (Price, CSAT 2/5): Too expensive"
    assert feedback.unhappy_without_followup() == []
    [entry] = timeline(TimelineScope(ann))
    assert (entry.source, entry.id, entry.title) == ("feedback", fid, "Price, CSAT 2/5")
    editor.undo()
    assert followups.for_record(contact_id=ann) == [] and timeline(TimelineScope(ann)) == []
    editor.redo()
    assert len(timeline(TimelineScope(ann))) == 1


def test_new_categories_join_the_list(people):
    assert feedback.categories()[:2] == ["Product", "Service"]
    give(people["Ann"], "2026-10-01", csat=4, category="Packaging")
    give(people["Ann"], "2026-10-02", csat=4, category="packaging")
    assert feedback.categories().count("Packaging") == 1
    assert "packaging" not in feedback.categories()
    feedback.remove_category("Packaging")
    assert "Packaging" not in feedback.categories()


def test_timeline_merges_feedback_and_interactions_across_pages(people):
    ann = people["Ann"]
    base = datetime(2026, 1, 1, 12, tzinfo=UTC)
    for i in range(30):
        interactions.create_interaction(InteractionData(
            "call", base + timedelta(days=i), f"call {i}", contact_id=ann))
        give(ann, (base + timedelta(days=i)).date().isoformat(), csat=3, comment=f"fb {i}")
    scope = TimelineScope(ann)
    pages, after = [], None
    while True:
        page = timeline(scope, after=after, limit=7)
        if not page:
            break
        pages += page
        after = page[-1].key
    assert len(pages) == 60 == interactions.timeline_count(scope)
    keys = [p.key for p in pages]
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == 60
    only = timeline(TimelineScope(ann, kinds=("feedback",)), limit=100)
    assert {p.source for p in only} == {"feedback"} and len(only) == 30
    found = timeline(TimelineScope(ann, search="FB 2"), limit=100)
    assert sorted(p.body for p in found) == sorted(
        [f"fb {i}" for i in range(30) if "2" in str(i)])


# --- the self-assessment and goals ---------------------------------------------------------

def test_self_assessment_strengths_and_areas_to_improve(db):
    ratings = dict(zip(AREAS, (4, 2, 5, 1, 5, 3, 2), strict=True))
    with pytest.raises(ValidationError):
        crm_style.take_assessment({"listening": Answer(3)})
    with pytest.raises(ValidationError):
        crm_style.take_assessment({a: Answer(6) for a in AREAS})
    crm_style.take_assessment({a: Answer(3) for a in AREAS}, date(2026, 1, 1))
    crm_style.take_assessment({a: Answer(r, "note") for a, r in ratings.items()},
                              date(2026, 6, 1))
    history = crm_style.assessments()
    assert [h.taken_on for h in history] == [date(2026, 1, 1), date(2026, 6, 1)]
    latest = crm_style.latest_assessment()
    assert latest.strengths() == ["extra_mile", "reliability"]
    assert latest.to_improve() == ["conflict", "listening"]
    assert latest.average == pytest.approx(22 / 7)


def test_goal_progress_counted_from_the_app_and_by_hand(people):
    today = date.today()
    ann = people["Ann"]
    calls = crm_style.create_goal(GoalData("Call 3 customers", "calls", 3,
                                           today - timedelta(days=7), today, "relationships"))
    asks = crm_style.create_goal(GoalData("Ask 3 colleagues for feedback", "manual", 3,
                                          today, today + timedelta(days=30), "seeking_feedback"))
    done = crm_style.create_goal(GoalData("Close 2 follow-ups", "followups_done", 2,
                                          today - timedelta(days=30), today - timedelta(days=1)))
    interactions.create_interaction(InteractionData("call", None, "a", contact_id=ann))
    interactions.create_interaction(InteractionData(
        "call", datetime.now(UTC) - timedelta(days=30), "before the goal", contact_id=ann))
    crm_style.tick(asks)
    crm_style.tick(asks)
    crm_style.tick(asks, -5)  # never below zero
    crm_style.tick(asks, 2)
    by_id = {g.id: g for g in crm_style.progress()}
    assert (by_id[calls].done, by_id[calls].status(today), by_id[calls].percent) == (
        1, "in progress", 33)
    assert (by_id[asks].done, by_id[asks].status(today)) == (2, "in progress")
    assert by_id[done].status(today) == "overdue" and by_id[done].overdue(today)
    crm_style.tick(asks)
    assert crm_style.progress(asks)[0].complete
    with pytest.raises(ValidationError) as exc:
        crm_style.create_goal(GoalData("x", "calls", 0, today, today))
    assert exc.value.field == "target"
    with pytest.raises(ValidationError) as exc:
        crm_style.create_goal(GoalData("x", "calls", 1, today, today - timedelta(days=1)))
    assert exc.value.field == "due_on"


def test_stats_count_feedback_assessments_and_goals(people):
    from crm_desktop.services.stats import counts

    give(people["Ann"], "2026-10-01", csat=4)
    crm_style.take_assessment({a: Answer(3) for a in AREAS})
    crm_style.create_goal(GoalData("Call", "calls", 1, date.today(), date.today()))
    assert {k: counts()[k] for k in ("feedback", "assessments", "goals")} == {
        "feedback": 1, "assessments": 1, "goals": 1}


# --- importing feedback -------------------------------------------------------------------

def test_feedback_import_matches_by_email_reports_rows_and_undoes(db, tmp_path):

    from crm_desktop.cli import main as cli_main
    from crm_desktop.exchange import importer
    from crm_desktop.exchange.feedback_import import import_feedback
    from tests.importfiles import write_xlsx

    ann = create_contact(ContactData(first_name="Ann", emails=[("work", "Ann@Example.org")]))
    bob = create_contact(ContactData(first_name="Bob", emails=[("home", "bob@example.org")]))
    path = write_xlsx(tmp_path / "survey.xlsx", {"Responses": [
        ["Survey export, November"],
        [],
        ["Timestamp", "Email Address", "How satisfied? (1-5)", "Likelihood to recommend",
         "Topic", "Comments", "Channel"],
        [datetime(2026, 11, 3, 9, 30), " ann@example.ORG ", 5, 10, "Delivery", "Fast!", "Web"],
        ["04/11/2026", "bob@example.org", 2.0, "6", "price", "Too dear", "phone"],
        ["2026-11-05", "nobody@example.org", 4, 8, "", "", ""],
        ["2026-11-06", "ann@example.org", 7, "", "", "", ""],
        ["2026-11-07", "bob@example.org", "", "", "", "no scores", ""],
        ["2099-01-01", "ann@example.org", 3, "", "", "", ""],
        [],
    ]})
    result = import_feedback(path)
    assert (result.rows, result.created, result.skipped) == (6, 2, 0)
    problems = {(e.row, e.column): e.message for e in result.errors}
    assert problems[(6, "Email Address")] == "no contact has the e-mail nobody@example.org"
    assert "not a CSAT score" in problems[(7, "How satisfied? (1-5)")]
    assert problems[(8, "How satisfied? (1-5) / Likelihood to recommend")] == (
        "no CSAT or NPS score")
    assert problems[(9, "Timestamp")] == "a day still to come"
    mine = feedback.recent_for(ann)
    assert [(c, n, cat, comment) for _, c, n, cat, comment in mine] == [
        (5, 10, "Delivery", "Fast!")]
    assert mine[0][0].astimezone().date() == date(2026, 11, 3)
    [(when, csat, nps, cat, comment)] = feedback.recent_for(bob)
    assert (when.astimezone().date(), csat, nps, cat) == (date(2026, 11, 4), 2, 6, "price")
    assert "price" not in feedback.categories() or "Price" in feedback.categories()
    again = import_feedback(path)  # the same file again adds nothing
    assert (again.created, again.skipped, again.batch) == (0, 2, None)
    assert importer.undo(result.batch)["feedback"] == 2
    assert feedback.recent_for(ann) == []
    assert cli_main(["import", str(path), "--feedback", "--json"]) == 0


def test_feedback_import_needs_the_right_columns(db, tmp_path):
    from crm_desktop.errors import UserError
    from crm_desktop.exchange.feedback_import import import_feedback
    from tests.importfiles import write_csv

    path = write_csv(tmp_path / "list.csv", [["Name", "Email"], ["Ann", "ann@example.org"]])
    with pytest.raises(UserError, match="e-mail column and a CSAT or NPS column"):
        import_feedback(path)
