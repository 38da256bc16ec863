"""Value parsers of the import: examples from real exports, and properties."""

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.exchange import values as vl
from crm_desktop.exchange.sources import decode, sniff_delimiter
from crm_desktop.text import digits


@pytest.mark.parametrize(("cell", "expected"), [
    (447700900123.0, "447700900123"), (7700900123, "7700900123"), (1.5, "1.5"),
    ("  Ada   Lovelace ", "Ada Lovelace"), (None, ""), ("   ", ""), (True, "yes"),
    (datetime(2020, 1, 2), "2020-01-02"), (date(1990, 5, 17), "1990-05-17"),
])
def test_text(cell, expected):
    assert vl.text(cell) == expected


@pytest.mark.parametrize(("full", "first", "last"), [
    ("John Smith", "John", "Smith"), ("Smith, John", "John", "Smith"),
    ("  smith ,  john ", "john", "smith"), ("Dr. Ada King Lovelace", "Ada King", "Lovelace"),
    ("Anna van der Berg", "Anna", "van der Berg"), ("Cher", "Cher", ""),
    ("Martin Luther King Jr.", "Martin Luther", "King Jr."), ("Smith, Mrs Jane", "Jane", "Smith"),
    ("José María Núñez", "José María", "Núñez"), ("", "", ""), ("M Smith", "M", "Smith"),
])
def test_split_name(full, first, last):
    assert vl.split_name(full) == (first, last)


@given(st.lists(st.from_regex(r"[A-Za-zÀ-ÿ'-]{1,12}", fullmatch=True), min_size=2, max_size=4))
def test_split_name_keeps_every_word(words):
    first, last = vl.split_name(" ".join(words))
    kept = f"{first} {last}".split()
    dropped = [w for w in words if w not in kept]
    # only leading titles ("Dr", "Mrs") may be dropped
    assert all(w.lower().rstrip(".") in vl._TITLES for w in dropped)
    if len(kept) >= 2:
        assert first and last


@given(st.lists(st.emails(), min_size=1, max_size=4, unique_by=str.lower))
def test_several_emails_round_trip(addresses):
    for joiner in (" ::: ", "; ", ", ", "\n"):
        assert vl.several(joiner.join(addresses), emails=True) == addresses


@pytest.mark.parametrize("value", ["ada@example.org", "Ada Lovelace <ada@example.org>",
                                   "mailto:ada@example.org", " ada@example.org "])
def test_email_forms(value):
    assert vl.email(value) == "ada@example.org"


@pytest.mark.parametrize("value", ["ada@", "ada at example.org", "ada@example", "@x.org"])
def test_bad_emails(value):
    with pytest.raises(vl.ValueProblem, match="not an e-mail"):
        vl.email(value)


@given(st.integers(min_value=10**6, max_value=10**14))
def test_phone_stored_as_a_number_keeps_its_digits(number):
    assert vl.text(float(number)) == str(number)
    assert digits(vl.phone(vl.text(float(number)))) == str(number)


@pytest.mark.parametrize(("cell", "order", "expected"), [
    (date(1990, 5, 17), vl.DAY_FIRST, (1990, 5, 17)),
    (datetime(1990, 5, 17, 0, 0), vl.MONTH_FIRST, (1990, 5, 17)),
    ("1990-05-17", vl.DAY_FIRST, (1990, 5, 17)),
    ("17/05/1990", vl.DAY_FIRST, (1990, 5, 17)), ("05/17/1990", vl.MONTH_FIRST, (1990, 5, 17)),
    ("17.05.90", vl.DAY_FIRST, (1990, 5, 17)), ("--05-17", vl.DAY_FIRST, (None, 5, 17)),
    ("17 May 1990", vl.DAY_FIRST, (1990, 5, 17)), ("May 17, 1990", vl.DAY_FIRST, (1990, 5, 17)),
    ("17. Mai 1990", vl.DAY_FIRST, (1990, 5, 17)), ("May 17", vl.DAY_FIRST, (None, 5, 17)),
    ("29/02", vl.DAY_FIRST, (None, 2, 29)),
])
def test_birthdays(cell, order, expected):
    got = vl.birthday(cell, order)
    assert (got.year, got.month, got.day) == expected


@pytest.mark.parametrize("cell", ["0/0/00", "", None, "0/0/0000"])
def test_empty_birthdays(cell):
    assert vl.birthday(cell) is None  # Outlook writes 0/0/00 for "none"


@pytest.mark.parametrize("cell", ["31/02/1990", "soon", "2999-01-01", 33000.0])
def test_bad_birthdays(cell):
    with pytest.raises(vl.ValueProblem):
        vl.birthday(cell)


# From 2 January 1900: "1/1/1900" is what some exports write for "no date" (Excel's day 1).
@given(st.dates(min_value=date(1900, 1, 2), max_value=date(2020, 12, 31)))
def test_typed_dates_read_back_in_their_order(day):
    dmy = f"{day.day:02d}/{day.month:02d}/{day.year}"
    mdy = f"{day.month}/{day.day}/{day.year}"
    for text, order in ((dmy, vl.DAY_FIRST), (mdy, vl.MONTH_FIRST), (day.isoformat(), None)):
        got = vl.birthday(text, order or vl.DAY_FIRST)
        assert date(got.year, got.month, got.day) == day


def test_date_order_is_decided_per_column():
    assert vl.date_order(["01/02/1990", "25/12/1980"]) == vl.DAY_FIRST
    assert vl.date_order(["01/02/1990", "12/25/1980"]) == vl.MONTH_FIRST
    assert vl.date_order(["01/02/1990", "1990-05-17", date(1990, 1, 1)]) is None
    with pytest.raises(vl.ValueProblem, match="both"):
        vl.date_order(["25/12/1980", "12/25/1980"])


def test_tags_from_google_labels():
    assert vl.tags("* myContacts ::: Friends ::: * starred") == ["Friends", "starred"]
    assert vl.tags("VIP, wholesale; VIP") == ["VIP", "wholesale"]


@pytest.mark.parametrize(("cell", "expected"), [
    ("Customer", "customer"), ("salesqualifiedlead", "prospect"), ("LEAD", "lead"),
    ("marketingqualifiedlead", "lead"), ("Closed Lost", "inactive"), ("", ""),
])
def test_statuses(cell, expected):
    assert vl.status(cell) == expected


def test_unknown_status_is_a_problem():
    with pytest.raises(vl.ValueProblem, match="not a status"):
        vl.status("purple")


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_decoding_utf8_with_and_without_bom(text):
    for data in (text.encode("utf-8"), b"\xef\xbb\xbf" + text.encode("utf-8")):
        assert decode("x.csv", data)[0] == text


def test_decoding_windows_1252():
    data = "Name;Ville\nRenée;Besançon – “centre”\n".encode("cp1252")
    text, encoding = decode("x.csv", data)
    assert encoding == "cp1252" and "Besançon – “centre”" in text


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_sniffing(delimiter):
    rows = [["First Name", "Last Name", "Notes"], ["Ada", "Lovelace", "a, b; c"],
            ["Grace", "Hopper", ""]]
    import csv
    import io

    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    assert sniff_delimiter(out.getvalue()) == delimiter
