"""Interactions, the timeline, purchases, follow-ups, the agenda and the calendar file."""

import json
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.cli import main as cli_main
from crm_desktop.errors import ValidationError
from crm_desktop.exchange.calendar import write_ics
from crm_desktop.exchange.contentlines import fold
from crm_desktop.services import followups, interactions
from crm_desktop.services.accounts import AccountData, create_account
from crm_desktop.services.contacts import ContactData, create_contact, trash_contacts
from crm_desktop.services.editing import Editor
from crm_desktop.services.followups import FollowupData
from crm_desktop.services.interactions import (
    InteractionData,
    TimelineScope,
    parse_amount,
    timeline,
)
from crm_desktop.services.stats import counts

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def at(text: str, tz=UTC) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=tz)


@pytest.fixture
def people(db):
    acme = create_account(AccountData(name="Acme"))
    ann = create_contact(ContactData(first_name="Ann", last_name="Lee", company="Acme"))
    bob = create_contact(ContactData(first_name="Bob", last_name="Ray", company="Acme"))
    cy = create_contact(ContactData(first_name="Cy", last_name="Orr", company="Other Ltd"))
    return {"acme": acme, "ann": ann, "bob": bob, "cy": cy}


def log(kind="call", when="2026-11-20T10:00:00", subject="Hello", **kw) -> int:
    return interactions.create_interaction(
        InteractionData(kind=kind, occurred_at=at(when), subject=subject, **kw)
    )


def contact_row(cid: int, db) -> tuple[str, str]:
    return db.execute_sql(
        "SELECT last_contacted_at, next_followup FROM contact WHERE id = ?", (cid,)
    ).fetchone()


# --- interactions and the timeline ------------------------------------------------------

def test_timeline_is_newest_first_and_pages_by_keyset(people):
    ann = people["ann"]
    ids = [log(when=f"2026-11-{day:02d}T09:00:00", subject=f"day {day}", contact_id=ann)
           for day in (3, 1, 2)]
    same_time = log(when="2026-11-02T09:00:00", subject="second on day 2", contact_id=ann)
    scope = TimelineScope(contact_id=ann)
    whole = [i.subject for i in timeline(scope)]
    assert whole == ["day 3", "second on day 2", "day 2", "day 1"]
    first = timeline(scope, limit=2)
    rest = timeline(scope, after=first[-1].key, limit=10)
    assert [i.id for i in first + rest] == [ids[0], same_time, ids[2], ids[1]]
    assert interactions.timeline_count(scope) == 4


def test_account_timeline_includes_its_contacts_but_not_trashed_ones(people, db):
    log(subject="with Ann", contact_id=people["ann"])
    log(subject="with Bob", contact_id=people["bob"], when="2026-11-21T10:00:00")
    log(subject="with Acme itself", account_id=people["acme"], when="2026-11-19T10:00:00")
    log(subject="with Cy elsewhere", contact_id=people["cy"])
    scope = TimelineScope(account_id=people["acme"])
    assert [i.subject for i in timeline(scope)] == ["with Bob", "with Ann", "with Acme itself"]
    trash_contacts([people["bob"]])
    assert [i.subject for i in timeline(scope)] == ["with Ann", "with Acme itself"]


def test_timeline_filters_by_kind_and_searches_without_case_or_accents(people):
    ann = people["ann"]
    log("call", subject="Quote for the café", contact_id=ann)
    log("note", subject="Prefers mornings", contact_id=ann)
    log("email", subject="Sent the QUOTE", body="Attached.", contact_id=ann)
    assert {i.kind for i in timeline(TimelineScope(ann, kinds=("call", "email")))} == {
        "call", "email"}
    found = timeline(TimelineScope(ann, search="quote CAFE"))
    assert [i.subject for i in found] == ["Quote for the café"]
    assert [i.subject for i in timeline(TimelineScope(ann, search="100%"))] == []


def test_interaction_fields_are_checked_per_kind(people):
    ann = people["ann"]
    with pytest.raises(ValidationError) as exc:
        log("purchase", contact_id=ann)
    assert exc.value.field == "amount"
    with pytest.raises(ValidationError) as exc:
        log("purchase", contact_id=ann, amount=Decimal("10"), currency="euro")
    assert exc.value.field == "currency"
    with pytest.raises(ValidationError) as exc:
        log("call", subject="", contact_id=ann)
    assert exc.value.field == "subject"
    with pytest.raises(ValidationError) as exc:
        log("call")
    assert exc.value.field == "contact"
    with pytest.raises(ValidationError) as exc:
        log("meeting", contact_id=ann, duration_minutes=-5)
    assert exc.value.field == "duration"
    # Fields that do not belong to a kind are dropped, support requests start open.
    iid = log("note", contact_id=ann, duration_minutes=30, amount=Decimal(5), currency="EUR")
    note = interactions.get_interaction(iid)
    assert (note.duration_minutes, note.amount, note.currency, note.status) == (
        None, None, "", None)
    ticket = interactions.get_interaction(log("support", contact_id=ann))
    assert ticket.status == "open"


def test_occurred_at_is_stored_in_utc_and_comes_back_as_the_same_instant(people, db):
    moment = datetime(2026, 7, 1, 23, 30, tzinfo=BERLIN)  # 21:30 UTC
    iid = interactions.create_interaction(
        InteractionData("call", moment, "Late call", contact_id=people["ann"]))
    stored = db.execute_sql("SELECT occurred_at FROM interaction WHERE id = ?", (iid,))
    assert stored.fetchone()[0] == "2026-07-01T21:30:00.000Z"
    assert interactions.get_interaction(iid).occurred_at == moment


@pytest.mark.parametrize("text, value", [
    ("1,234.50", "1234.50"), ("1.234,50", "1234.50"), ("12,5", "12.50"), ("1,000", "1000.00"),
    (" 99 ", "99.00"), ("0.005", "0.01"), (7, "7.00"),
])
def test_amounts_parse_as_people_type_them(text, value):
    assert parse_amount(text) == Decimal(value)


def test_amount_that_is_not_a_number_is_refused():
    with pytest.raises(ValidationError):
        parse_amount("ten euros")


def test_lifetime_value_per_currency_and_account_roll_up(people):
    ann, bob, acme = people["ann"], people["bob"], people["acme"]
    log("purchase", subject="Boots", contact_id=ann, amount=Decimal("100.10"), currency="eur",
        when="2026-01-05T10:00:00")
    log("purchase", subject="Laces", contact_id=ann, amount="2.40", currency="EUR",
        when="2026-03-05T10:00:00")
    log("purchase", subject="Hats", contact_id=bob, amount="50", currency="USD",
        when="2026-02-05T10:00:00")
    gone = log("purchase", subject="Returned", contact_id=ann, amount="500", currency="EUR")
    interactions.trash_interactions([gone])
    mine = interactions.purchases(contact_id=ann)
    assert (mine.count, mine.totals, mine.last) == (
        2, {"EUR": Decimal("102.50")}, at("2026-03-05T10:00:00"))
    theirs = interactions.purchases(account_id=acme)
    assert theirs.count == 3
    assert theirs.lifetime_value() == "EUR 102.50 + USD 50.00"
    assert interactions.purchases(contact_id=people["cy"]).count == 0


def test_last_contacted_follows_interactions_but_not_notes(people, db):
    ann = people["ann"]
    log("note", when="2026-11-21T10:00:00", contact_id=ann)
    assert contact_row(ann, db)[0] == ""
    call = log("call", when="2026-11-01T10:00:00", contact_id=ann)
    mail = log("email", when="2026-11-10T10:00:00", contact_id=ann)
    assert contact_row(ann, db)[0] == "2026-11-10T10:00:00.000Z"
    interactions.trash_interactions([mail])
    assert contact_row(ann, db)[0] == "2026-11-01T10:00:00.000Z"
    interactions.restore_interactions([mail])
    assert contact_row(ann, db)[0] == "2026-11-10T10:00:00.000Z"
    # Moved to another contact: both are recomputed.
    data = interactions.get_interaction(call)
    data.contact_id = people["bob"]
    data.occurred_at = at("2026-11-15T10:00:00")
    interactions.update_interaction(call, data)
    assert contact_row(ann, db)[0] == "2026-11-10T10:00:00.000Z"
    assert contact_row(people["bob"], db)[0] == "2026-11-15T10:00:00.000Z"


def test_undo_and_redo_of_logging_an_interaction(people):
    editor = Editor()
    ann = people["ann"]
    iid = editor.log_interaction(InteractionData("call", at("2026-11-20T10:00:00"), "Hi",
                                                 contact_id=ann))
    assert editor.history.undo_label == "Log call"
    editor.undo()
    assert timeline(TimelineScope(ann)) == []
    editor.redo()
    assert [i.id for i in timeline(TimelineScope(ann))] == [iid]
    editor.trash_interactions([iid])
    assert timeline(TimelineScope(ann)) == []
    editor.undo()
    assert [i.id for i in timeline(TimelineScope(ann))] == [iid]


# --- follow-ups -------------------------------------------------------------------------

def follow(due: str, at_time: str | None = None, who=None, note="Call back", **kw) -> int:
    return followups.create_followup(FollowupData(
        date.fromisoformat(due), time.fromisoformat(at_time) if at_time else None, note,
        contact_id=who, **kw))


def sections(now: datetime, tz) -> dict[str, list[str]]:
    agenda = followups.agenda(now, tz)
    return {name: [i.note for i in getattr(agenda, name).items]
            for name in ("overdue", "today", "upcoming")}


def test_agenda_sections_around_midnight(people):
    ann = people["ann"]
    follow("2026-11-21", who=ann, note="yesterday")
    follow("2026-11-22", who=ann, note="today, any time")
    follow("2026-11-22", "09:00", who=ann, note="today 09:00")
    follow("2026-11-22", "23:59", who=ann, note="today 23:59")
    follow("2026-11-23", who=ann, note="tomorrow")
    follow("2026-12-20", who=ann, note="next month")
    before_nine = datetime(2026, 11, 22, 8, 59, tzinfo=BERLIN)
    assert sections(before_nine, BERLIN) == {
        "overdue": ["yesterday"],
        "today": ["today, any time", "today 09:00", "today 23:59"],
        "upcoming": ["tomorrow"],
    }
    last_minute = datetime(2026, 11, 22, 23, 59, 30, tzinfo=BERLIN)
    assert sections(last_minute, BERLIN) == {
        "overdue": ["yesterday", "today 09:00"],
        "today": ["today, any time", "today 23:59"],
        "upcoming": ["tomorrow"],
    }
    after_midnight = datetime(2026, 11, 23, 0, 0, 1, tzinfo=BERLIN)
    assert sections(after_midnight, BERLIN) == {
        "overdue": ["yesterday", "today, any time", "today 09:00", "today 23:59"],
        "today": ["tomorrow"],
        "upcoming": [],
    }


def test_the_same_instant_is_a_different_day_in_another_zone(people):
    follow("2026-11-22", who=people["ann"], note="due the 22nd")
    instant = datetime(2026, 11, 22, 23, 30, tzinfo=UTC)
    assert sections(instant, BERLIN)["overdue"] == ["due the 22nd"]  # 00:30 on the 23rd
    assert sections(instant, NEW_YORK)["today"] == ["due the 22nd"]  # 18:30 on the 22nd
    assert followups.open_count(instant, BERLIN) == 1
    assert followups.open_count(datetime(2026, 11, 21, 12, tzinfo=UTC), BERLIN) == 0


def test_done_reopen_snooze_and_next_followup_on_the_contact(people, db):
    ann = people["ann"]
    first = follow("2026-11-25", "10:30", who=ann, note="Send quote")
    follow("2026-12-01", who=ann, note="Check in")
    assert contact_row(ann, db)[1] == "2026-11-25 10:30"
    followups.set_done([first])
    assert contact_row(ann, db)[1] == "2026-12-01"
    assert [i.note for i in followups.for_record(contact_id=ann)] == ["Check in"]
    assert [i.done for i in followups.for_record(contact_id=ann, include_done=True)] == [
        False, True]
    followups.set_done([first], False)
    assert contact_row(ann, db)[1] == "2026-11-25 10:30"
    followups.set_due([first], date(2026, 12, 5), None)
    assert contact_row(ann, db)[1] == "2026-12-01"
    assert db.execute_sql("SELECT snoozes FROM followup WHERE id = ?", (first,)).fetchone() == (1,)


def test_agenda_lists_what_was_done_this_week_newest_first(people, db):
    ann = people["ann"]
    old, recent = follow("2026-11-01", who=ann, note="old"), follow("2026-11-02", who=ann,
                                                                    note="recent")
    followups.set_done([old, recent])
    db.execute_sql("UPDATE followup SET done_at = '2026-11-10T09:00:00.000Z' WHERE id = ?", [old])
    db.execute_sql("UPDATE followup SET done_at = '2026-11-21T09:00:00.000Z' WHERE id = ?",
                   [recent])
    agenda = followups.agenda(datetime(2026, 11, 22, 12, tzinfo=BERLIN), BERLIN)
    assert [(i.note, i.done) for i in agenda.done.items] == [("recent", True)]
    assert agenda.overdue.total == 0


def test_snooze_undo_restores_each_followups_own_due(people):
    editor = Editor()
    ann = people["ann"]
    a = follow("2026-11-20", "08:00", who=ann)
    b = follow("2026-11-21", who=ann)
    editor.snooze_followups([a, b], date(2026, 11, 30), None)
    assert {f.due_date for f in map(followups.get_followup, (a, b))} == {date(2026, 11, 30)}
    editor.undo()
    assert (followups.get_followup(a).due_date, followups.get_followup(a).due_time) == (
        date(2026, 11, 20), time(8, 0))
    assert followups.get_followup(b).due_date == date(2026, 11, 21)
    editor.set_followups_done([a])
    editor.undo()
    assert followups.for_record(contact_id=ann)[0].id == a


def test_followup_needs_a_note_and_someone(people):
    with pytest.raises(ValidationError) as exc:
        follow("2026-11-25", who=people["ann"], note="  ")
    assert exc.value.field == "note"
    with pytest.raises(ValidationError) as exc:
        follow("2026-11-25", who=None)
    assert exc.value.field == "contact"


def test_falling_due_between_two_checks(people):
    ann = people["ann"]
    follow("2026-11-22", "09:00", who=ann, note="nine")
    follow("2026-11-22", "09:30", who=ann, note="half past")
    follow("2026-11-23", who=ann, note="tomorrow, any time")
    found = followups.falling_due(datetime(2026, 11, 22, 8, 59, tzinfo=BERLIN),
                                  datetime(2026, 11, 22, 9, 0, tzinfo=BERLIN), BERLIN)
    assert [i.note for i in found] == ["nine"]
    overnight = followups.falling_due(datetime(2026, 11, 22, 23, 0, tzinfo=BERLIN),
                                      datetime(2026, 11, 23, 0, 0, tzinfo=BERLIN), BERLIN)
    assert [i.note for i in overnight] == ["tomorrow, any time"]


def test_birthdays_coming_up_with_leap_day_and_year_end(db):
    def person(first, month, day, year=None):
        return create_contact(ContactData(first_name=first, birthday_month=month,
                                          birthday_day=day, birthday_year=year))

    person("Leap", 2, 29, 2000)
    person("Soon", 3, 2)
    person("Far", 6, 1)
    now = datetime(2027, 2, 27, 12, tzinfo=BERLIN)  # 2027 is a common year
    found = followups.birthdays(now, BERLIN, days=7).items
    assert [(b.name, b.on, b.turns) for b in found] == [
        ("Leap", date(2027, 2, 28), 27), ("Soon", date(2027, 3, 2), None)]
    person("New year", 1, 2, 1990)
    found = followups.birthdays(datetime(2026, 12, 30, tzinfo=BERLIN), BERLIN, days=5).items
    assert [(b.name, b.on, b.turns) for b in found] == [("New year", date(2027, 1, 2), 37)]


def test_agenda_sections_list_a_limited_number_and_count_the_rest(people):
    for n in range(5):
        follow("2026-11-01", who=people["ann"], note=f"old {n}")
    overdue = followups.agenda(datetime(2026, 11, 22, tzinfo=BERLIN), BERLIN, limit=3).overdue
    assert (len(overdue.items), overdue.total) == (3, 5)


# --- calendar file ----------------------------------------------------------------------

def test_calendar_file_is_read_by_an_independent_parser(people, tmp_path):
    icalendar = pytest.importorskip("icalendar")
    follow("2026-11-25", "09:30", who=people["ann"], note="Send the quote; then call, maybe")
    follow("2026-11-26", who=people["cy"], note="Zoë's birthday gift\nsecond line " + "é" * 80)
    done = follow("2026-11-01", who=people["ann"], note="Done already")
    followups.set_done([done])
    path = tmp_path / "followups.ics"
    assert write_ics(path) == 2
    raw = path.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cal = icalendar.Calendar.from_ical(raw)
    events = [c for c in cal.walk("VEVENT")]
    assert [str(e["SUMMARY"]) for e in events] == [
        "Follow up: Ann Lee (Acme) – Send the quote; then call, maybe",
        "Follow up: Cy Orr (Other Ltd) – Zoë's birthday gift",
    ]
    timed, all_day = events
    assert timed.decoded("DTSTART") == datetime(2026, 11, 25, 9, 30)  # floating
    assert timed.decoded("DTEND") - timed.decoded("DTSTART") == timedelta(minutes=30)
    assert all_day.decoded("DTSTART") == date(2026, 11, 26)
    assert str(all_day["DESCRIPTION"]).startswith("Zoë's birthday gift\nsecond line éé")
    assert len({str(e["UID"]) for e in events}) == 2
    assert write_ics(path, include_done=True) == 3


def test_fold_never_splits_a_character():
    line = "DESCRIPTION:" + "ü" * 100
    folded = fold(line)
    assert folded.replace("\r\n ", "") == line
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))


def test_cli_calendar_and_stats(people, db_path, capsys, tmp_path):
    follow("2026-11-25", who=people["ann"])
    log(contact_id=people["ann"])
    out = tmp_path / "f.ics"
    assert cli_main(["calendar", str(out), "--db", str(db_path)]) == 0
    assert "1 follow-up" in capsys.readouterr().out
    assert out.read_text().count("BEGIN:VEVENT") == 1
    assert cli_main(["stats", "--db", str(db_path), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["interactions"], stats["followups"]) == (1, 1)
    assert counts()["interactions"] == 1


def test_relationship_summary_of_a_contact_and_its_account(people):
    from crm_desktop.services.relationship import relationship

    ann, acme = people["ann"], people["acme"]
    log("note", when="2026-11-21T10:00:00", contact_id=ann)
    log("call", when="2026-11-02T10:00:00", contact_id=people["bob"])
    log("purchase", when="2026-10-01T10:00:00", contact_id=ann, amount="30", currency="EUR")
    follow("2026-12-01", who=ann, note="Ask about spring")
    mine = relationship(contact_id=ann)
    assert mine.last_contacted == at("2026-10-01T10:00:00")  # the note does not count
    assert [f.note for f in mine.followups] == ["Ask about spring"]
    assert (mine.purchases.count, mine.interactions) == (1, 2)
    theirs = relationship(account_id=acme)
    assert theirs.last_contacted == at("2026-11-02T10:00:00")
    assert theirs.interactions == 3 and len(theirs.followups) == 1
