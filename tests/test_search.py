import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.services.contacts import ContactData, create_contact, update_contact
from crm_desktop.services.listing import contact_query
from crm_desktop.store.search import parse_search, rebuild_contact_index
from crm_desktop.text import fold


def names(query):
    return sorted(f"{r[1]} {r[2]}".strip() for r in query.page(0, 100))


@pytest.fixture
def people(db):
    create_contact(ContactData(
        first_name="Zoë", last_name="Müller", company="Café Réunion",
        emails=[("work", "zoe.mueller@cafe.example")], phones=[("mobile", "+44 7700 900123")],
    ))
    create_contact(ContactData(
        first_name="José", last_name="García", company="Acme Ltd",
        emails=[("work", "JGarcia@Acme.example")], phones=[("work", "(212) 555-0142")],
    ))
    create_contact(ContactData(first_name="Łukasz", last_name="Ødegaard", company="Acme Ltd"))
    create_contact(ContactData(first_name="Anna", last_name="Smithson"))
    return db


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("müller", ["Zoë Müller"]),
        ("MULLER", ["Zoë Müller"]),  # case and accents ignored
        ("zoe", ["Zoë Müller"]),
        ("ülle", ["Zoë Müller"]),  # a substring inside the name
        ("reunion", ["Zoë Müller"]),  # company
        ("garcia@acme", ["José García"]),  # e-mail, case-insensitive
        ("acme", ["José García", "Łukasz Ødegaard"]),
        ("7700 900", ["Zoë Müller"]),  # phone as written
        ("7700900123", ["Zoë Müller"]),  # phone as digits
        ("5550142", ["José García"]),
        ("lukasz odegaard", ["Łukasz Ødegaard"]),  # every word must match
        ("mith", ["Anna Smithson"]),
        ("jose acme", ["José García"]),
        ("nobody", []),
    ],
)
def test_search_finds_substrings_without_case_or_accents(people, typed, expected):
    assert names(contact_query(typed)) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("z", ["Zoë Müller"]),  # 1-2 characters: prefix of a first name...
        ("ga", ["José García"]),  # ...a last name...
        ("ac", ["José García", "Łukasz Ødegaard"]),  # ...or a company
        ("Ø", ["Łukasz Ødegaard"]),
    ],
)
def test_short_input_matches_name_prefixes(people, typed, expected):
    assert names(contact_query(typed)) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("anna sm", ["Anna Smithson"]),  # a short word joins the one before it...
        ("na smith", ["Anna Smithson"]),  # ...or after it, found as typed
        ("acme l", ["José García", "Łukasz Ødegaard"]),
        ("e r", ["Zoë Müller"]),  # "café réunion": all short, 3+ characters together
        ("an smith", []),  # not "an" + "smith" separately: "an smith" is not in the text
        ("smithson anna", ["Anna Smithson"]),  # words of 3+ letters: any order
    ],
)
def test_short_words_join_their_neighbour(people, typed, expected):
    assert names(contact_query(typed)) == expected


def test_count_matches_rows(people):
    q = contact_query("acme")
    assert q.count() == 2 == len(q.page(0, 50))


def test_edit_updates_the_index(people):
    cid = contact_query("smithson").ids()[0]
    update_contact(cid, ContactData(first_name="Anna", last_name="Jones"))
    assert contact_query("smithson").count() == 0
    assert names(contact_query("jones")) == ["Anna Jones"]


def test_rebuild_gives_the_same_index_as_incremental_updates(people):
    before = people.execute_sql("SELECT rowid, body FROM contact_fts ORDER BY rowid").fetchall()
    assert rebuild_contact_index(people) == 4
    after = people.execute_sql("SELECT rowid, body FROM contact_fts ORDER BY rowid").fetchall()
    assert after == before


def test_quotes_and_fts_syntax_are_searched_literally(people):
    for text in ['"', 'a"b', "AND OR NOT", "near(", "*", "o'b", "-", "()"]:
        contact_query(text).count()  # must not raise


@given(st.text())
def test_fold_is_idempotent_and_caseless(text):
    assert fold(fold(text)) == fold(text)
    assert fold(text.upper()) == fold(text.lower()) or not text.isascii()


@given(st.text(max_size=40))
def test_parse_search_never_builds_an_invalid_match(text):
    terms = parse_search(text)
    if terms.match:
        assert terms.match.count('"') % 2 == 0
    assert all(len(w) < 3 for w in terms.short)
