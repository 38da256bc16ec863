"""Issue #8: finding duplicates (one matcher with the import), merging, undoing."""

import json
import textwrap
from datetime import date

import pytest

from crm_desktop.cli import main
from crm_desktop.errors import UserError
from crm_desktop.services import duplicates, matching, merging, stats
from crm_desktop.services.accounts import AccountData, create_account
from crm_desktop.services.contacts import ContactData, create_contact, get_contact
from crm_desktop.services.editing import Editor
from crm_desktop.services.feedback import FeedbackData
from crm_desktop.services.followups import FollowupData
from crm_desktop.services.interactions import InteractionData
from crm_desktop.store import backups, close_database, open_database
from tests.processes import kill_when_marked

TABLES = ("account", "contact", "contact_email", "contact_phone", "interaction", "followup",
          "feedback")


def dump(db) -> dict:
    """Every row of the tables a merge touches, as stored."""
    return {t: db.execute_sql(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}


def person(first, last, company="", emails=(), phones=(), country="", **more) -> int:
    return create_contact(ContactData(
        first_name=first, last_name=last, company=company, country=country,
        emails=[("work", e) for e in emails], phones=[("work", p) for p in phones], **more))


# --- matching ---------------------------------------------------------------------------
@pytest.mark.parametrize(("a", "b", "same"), [
    (("Jon", "Smith"), ("John", "Smith"), True),
    (("John", "Smith"), ("Smith", "John"), True),  # the other way round
    (("José", "Núñez"), ("jose", "NUNEZ"), True),  # accents and case
    (("Zoë", "Ødegaard"), ("Zoe", "Odegaard"), True),
    (("John", "Smith"), ("Jane", "Smythe"), False),
    (("Ana", "Lopez"), ("Ian", "Lopez"), False),
])
def test_names_match_across_typos_order_accents_and_case(a, b, same):
    assert (matching.name_similarity(*a, *b) >= 85) is same


@pytest.mark.parametrize(("value", "country", "e164"), [
    ("020 7946 0123", "GB", "+442079460123"),
    ("+44 (0)20 7946 0123", "", "+442079460123"),
    ("0044 20 7946 0123", "GB", "+442079460123"),
    ("(212) 555-0123", "US", "+12125550123"),
    ("212.555.0123", "us", "+12125550123"),
    ("+1 212 555 0123", "DE", "+12125550123"),
    ("030 5550 1234", "DE", "+493055501234"),
    ("12", "GB", None),
    ("not a number", "", None),
])
def test_phones_are_compared_in_e164_where_the_country_is_known(value, country, e164):
    assert matching.phone_e164(value, country) == e164


@pytest.mark.parametrize(("a", "b"), [("Acme Ltd", "ACME"), ("Acme Limited", "acme"),
                                      ("Müller GmbH", "Mueller GmbH".replace("ue", "u")),
                                      ("The Smith Group", "smith")])
def test_companies_match_without_their_legal_form(a, b):
    assert matching.company_similarity(a, b) == 100


def test_the_import_matches_with_the_same_keys():
    from crm_desktop.exchange.rows import ImportRow

    row = ImportRow(2)
    row.first_name, row.last_name, row.company = "Ada", "Lovelace", "Acme"
    row.emails, row.phones = [("work", " Ada@Example.org ")], [("work", "+44 20 7946 0123")]
    row.index_keys()
    assert row.email_keys == [matching.email_key("ada@example.org")]
    assert row.phone_keys == [matching.phone_key("+44 20 7946 0123")]
    assert row.name_key == matching.name_key("Ada", "Lovelace", "Acme")


# --- finding ----------------------------------------------------------------------------
def test_finder_groups_twins_best_first_and_leaves_strangers(db):
    a = person("John", "Smith", "Acme Ltd", emails=["john@acme.example"])
    b = person("Jon", "Smith", "ACME", phones=["020 7946 0123"], country="GB")
    c = person("J.", "Other", emails=["JOHN@acme.example "])  # same e-mail
    d = person("Smith", "John", "Acme")  # the other way round
    e = person("Ann", "Lee", phones=["+44 20 7946 0123"])  # b's phone, another name
    f = person("Ann", "Lee", phones=["+44 20 7946 0124"], company="Zebra Inc")
    g = person("Ann", "Lee", company="Beacon Foods")  # same name, other company
    groups = duplicates.find("contact")
    first = groups[0]
    assert set(first.ids) >= {a, b, c, d} and first.score == 100
    assert "same e-mail john@acme.example" in first.reasons
    assert any("similar names" in r for r in first.reasons)
    assert all(not {f, g} <= set(group.ids) for group in groups)  # two Ann Lees, two firms
    assert all(e not in group.ids for group in groups)  # a shared number, another name
    loose = duplicates.find("contact", min_score=60)  # ... is listed when asked for less
    [with_e] = [group for group in loose if e in group.ids]
    assert b in with_e.ids and "same phone +442079460123" in with_e.reasons


def test_not_a_duplicate_is_remembered(db):
    a = person("Maria", "Garcia", "Acme")
    b = person("María", "García", "ACME Ltd")
    [group] = duplicates.find("contact")
    assert group.ids == [a, b] and group.names[a].startswith("Maria Garcia")
    assert duplicates.dismiss("contact", [a, b]) == 1
    assert duplicates.find("contact") == []


def test_finder_finds_accounts_by_name_and_website(db):
    one = create_account(AccountData(name="Acme Ltd", website="https://www.acme.example/"))
    two = create_account(AccountData(name="ACME Limited"))
    three = create_account(AccountData(name="Zeta Foods", website="http://acme.example"))
    create_account(AccountData(name="Beacon Realty"))
    [group] = duplicates.find("account")
    assert group.ids == sorted([one, two, three])
    assert "same website acme.example" in group.reasons


def test_cli_lists_groups_with_scores(db, db_path, capsys):
    a = person("Grace", "Hopper", "Navy", emails=["grace@navy.example"])
    b = person("Grace", "Hoper", "Navy")
    assert main(["duplicates", "--db", str(db_path), "--json"]) == 0
    [group] = json.loads(capsys.readouterr().out)["contacts"]
    assert group["ids"] == [a, b] and group["score"] >= 80 and group["reasons"]
    assert main(["duplicates", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "Grace Hopper" in out and "Grace Hoper" in out


# --- merging ----------------------------------------------------------------------------
def twins(db):
    """Two records of one person, each with something pointing at it."""
    editor = Editor()
    old = person("Jon", "Smith", "Acme", emails=["jon@acme.example"], phones=["111 222 333"],
                 tags="vip", notes="Met at the fair", job_title="Buyer")
    new = person("John", "Smith", "Acme Ltd", emails=["john@acme.example", "JON@acme.example"],
                 tags="newsletter, VIP", city="Leeds")
    call = editor.log_interaction(InteractionData(contact_id=old, kind="call", subject="Hi"))
    editor.add_followup(FollowupData(contact_id=old, due_date=date(2026, 12, 1),
                                     note="Call back"))
    editor.record_feedback(FeedbackData(contact_id=new, given_on=date(2026, 11, 1), csat=5))
    return old, new, call


def test_merge_unites_and_moves_and_undo_puts_back_exactly(db, db_path):
    old, new, call = twins(db)
    before = dump(db)
    batch = merging.merge_contacts(new, [old])
    merged = get_contact(new)
    assert merged.first_name == "John" and merged.city == "Leeds"  # the most recent value
    assert merged.job_title == "Buyer" and merged.notes == "Met at the fair"  # only one had
    assert [v for _, v in merged.emails] == ["john@acme.example", "JON@acme.example"]
    assert [v for _, v in merged.phones] == ["111 222 333"]
    assert sorted(merged.tags.lower().split(", ")) == ["newsletter", "vip"]
    for table in ("interaction", "followup", "feedback"):
        assert db.execute_sql(f"SELECT DISTINCT contact_id FROM {table}").fetchall() == [
            (new,)]
    assert stats.counts()["contacts"] == 1
    assert db.execute_sql("SELECT last_contacted_at != '' FROM contact WHERE id = ?",
                          (new,)).fetchone()[0] == 1
    assert backups.backups(db_path)  # a backup came first
    assert merging.undo(batch).startswith("2 contacts into John Smith")
    assert dump(db) == before
    from crm_desktop.services.listing import contact_query  # and the search index too
    assert sorted(contact_query("acme.example").ids()) == sorted([old, new])
    with pytest.raises(UserError, match="already undone"):
        merging.undo(batch)


def test_merge_takes_the_values_the_user_chose(db):
    old, new, _ = twins(db)
    merging.merge_contacts(old, [new], {"first_name": "Jonathan", "city": ""})
    kept = get_contact(old)
    assert kept.first_name == "Jonathan" and kept.city == "" and kept.company == "Acme Ltd"


def test_merge_refuses_a_contact_in_the_trash_and_changes_nothing(db):
    old, new, _ = twins(db)
    Editor().trash_contacts([old])
    before = dump(db)
    with pytest.raises(UserError, match="gone"):
        merging.merge_contacts(new, [old])
    assert dump(db) == before


def test_merging_accounts_moves_their_contacts_and_undo_puts_them_back(db):
    one = create_account(AccountData(name="Acme Ltd", industry="Retail"))
    two = create_account(AccountData(name="ACME", website="https://acme.example"))
    ada = person("Ada", "Lovelace", "ACME")
    bob = person("Bob", "Brown", "Acme Ltd")
    Editor().log_interaction(InteractionData(account_id=two, kind="meeting", subject="Visit"))
    before = dump(db)
    batch = merging.merge_accounts(one, [two], {"website": "https://acme.example"})
    # The newest name (the default), on every contact of both.
    assert {get_contact(ada).company, get_contact(bob).company} == {"ACME"}
    assert db.execute_sql("SELECT account_id FROM interaction").fetchall() == [(one,)]
    assert stats.counts()["accounts"] == 1
    merging.undo(batch)
    assert dump(db) == before
    assert get_contact(ada).company == "ACME"


def test_records_changed_in_the_same_millisecond_give_the_later_ones_values(db):
    """The newest values are the default; a tie of updated_at (CI made both companies in
    one millisecond) went to whichever came first in the list."""
    one = create_account(AccountData(name="Acme Ltd"))
    two = create_account(AccountData(name="ACME"))
    db.execute_sql("UPDATE account SET updated_at = '2026-01-01T00:00:00.000Z'")
    records = merging.candidates("account", [one, two])
    assert merging.default_choice("account", records)["name"] == "ACME"


def test_kill_9_during_a_merge_leaves_all_before(tmp_path):
    """A merge in a real process killed after moving everything, before the end."""
    path = tmp_path / "crm.sqlite3"
    open_database(path)
    old, new, _ = twins(None)
    before = dump(open_database(path))
    close_database()
    marker = tmp_path / "merging"
    script = textwrap.dedent(f"""
        import time
        from crm_desktop.services import merging
        from crm_desktop.store import open_database
        open_database({str(path)!r})
        def stop(*args, **kwargs):  # everything moved and trashed; the record is next
            open({str(marker)!r}, "w").close()
            time.sleep(120)
        merging._record = stop
        merging.merge_contacts({new}, [{old}])
    """)
    kill_when_marked(script, marker, "merge")
    db = open_database(path)
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert dump(db) == before
    assert backups.backups(path)  # the backup before the merge is there, whole
    close_database()
