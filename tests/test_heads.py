"""A search's first pages found among the first contacts of the order (services.heads)
must be exactly the rows a full ORDER BY gives."""

import dataclasses

import pytest

from crm_desktop.services.listing import contact_query
from tests.test_listing import pages


@pytest.fixture
def small_heads(sample, monkeypatch):
    """Heads of 120 contacts (of the sample's 700): searches find first pages there."""
    from crm_desktop.services import heads, listing, ranks

    monkeypatch.setattr(heads, "HEAD_SIZE", 120)
    monkeypatch.setattr(ranks, "_built", {})
    for column in (1, 2, 6):
        listing.build_contact_ranks(column, descending=False)
        listing.build_contact_ranks(column, descending=True)  # adds that head
    yield sample


@pytest.mark.parametrize("how", ["offset", "keyset", "from-end"])
@pytest.mark.parametrize("text", ["son", "example", "lee example", "ga ex", "e r", "zzz", "ö"])
@pytest.mark.parametrize(("column", "descending"), [(1, False), (6, True), (2, False), (2, True)])
def test_head_pages_are_the_list_order(small_heads, text, column, descending, how):
    query = contact_query(text, sort_column=column, descending=descending)
    in_sql = dataclasses.replace(query, ranked=False, dense_from=None, scan_patterns=None,
                                 phrases=())
    expected = in_sql.ids()
    assert pages(query, 9, how) == expected
    if query.phrases and len(expected) >= 40:  # the first pages came from the head
        assert query._head_state is not None and len(query._head_state[1]) >= 9


@pytest.mark.parametrize("text", ["son", "example", "lee example", "ample", "zzz"])
@pytest.mark.parametrize(("column", "descending"), [(1, False), (6, True), (2, True)])
def test_first_page_from_the_head_and_the_count_after(small_heads, text, column, descending):
    query = contact_query(text, sort_column=column, descending=descending)
    expected = dataclasses.replace(query, ranked=False, dense_from=None).ids()
    total, rows, exact = query.first_page(10, count_cap=10_000)
    assert [r[0] for r in rows] == expected[:10]
    from_head = query._head_state is not None and query._match_ids is None
    if from_head:  # no match read beyond the sample: the count follows
        assert not exact and 10 <= total <= len(expected)
        assert query.full_count() == len(expected)
        assert sorted(query._match_ids.tolist()) == sorted(expected)  # kept for later pages
    else:
        assert exact and total == len(expected)
    if text == "example":  # in almost every contact: its first rows are in any head
        assert from_head
    # without a count cap the caller wants the exact count: no head
    again = contact_query(text, sort_column=column, descending=descending)
    assert again.first_page(10)[0:3:2] == (len(expected), True)


def test_a_term_clustered_away_from_the_head_is_not_looked_for_there(small_heads,
                                                                     monkeypatch):
    """Sorted by last name, the last of the last names is far from the head: the
    sample of its matches says so and the head is not scanned for them."""
    from crm_desktop.services import page_plans

    monkeypatch.setattr(page_plans, "HEAD_SAMPLE", 3)
    last = small_heads.execute_sql(
        "SELECT last_name FROM contact WHERE deleted_at IS NULL ORDER BY last_key DESC"
        " LIMIT 1").fetchone()[0]
    query = contact_query(last, sort_column=1)
    expected = query.ids()
    total, rows, exact = query.first_page(5, count_cap=10_000)
    assert [r[0] for r in rows] == expected[:5] and exact and total == len(expected)
    assert len(expected) > 3 and query._head_state is None


def test_heads_are_not_used_once_the_data_changed(small_heads):
    from crm_desktop.services import contacts
    from crm_desktop.services.contacts import ContactData

    with small_heads.atomic() as txn:  # the sample is shared: leave it as it was
        cid = contacts.create_contact(ContactData(first_name="Aaron", last_name="Aaa example"))
        query = contact_query("example", sort_column=1)
        total, rows, exact = query.first_page(5, count_cap=10_000)
        assert rows[0][0] == cid and query._head_state is None  # stale: not used
        txn.rollback()


@pytest.mark.parametrize("column", [1, 6])
def test_a_head_is_built_for_the_direction_shown_and_added_for_the_other(sample, monkeypatch,
                                                                         column):
    from crm_desktop.services import heads, listing, ranks

    monkeypatch.setattr(heads, "HEAD_SIZE", 120)
    monkeypatch.setattr(ranks, "_built", {})
    listing.build_contact_ranks(column, descending=True)
    built = ranks.current(column)
    assert built.head(False) is None and built.head(True) is not None
    assert listing.contact_ranks_ready(column) and not listing.contact_ranks_ready(column, False)
    listing.build_contact_ranks(column, descending=False)
    added = ranks.current(column)
    assert added.rank is built.rank and added.head(True) is built.head(True)  # not rebuilt
    assert listing.contact_ranks_ready(column, False) and listing.contact_ranks_ready(column, True)
    for descending in (False, True):
        order = contact_query(sort_column=column, descending=descending).ids()
        head = added.head(descending)
        assert list(head.ids) == order[:120]
        texts = head.text.split("\n")
        assert len(texts) == 120 and [head.text[i:i + 5] for i in head.starts] == [
            t[:5] for t in texts]
        indexed = dict(sample.execute_sql("SELECT id, c0 FROM contact_fts_content").fetchall())
        assert texts == [indexed[i] for i in order[:120]]


def test_no_heads_for_a_list_not_much_longer_than_one(sample, monkeypatch):
    from crm_desktop.services import heads, listing, ranks

    monkeypatch.setattr(heads, "HEAD_SIZE", 350)  # 700 contacts: a head would be half
    monkeypatch.setattr(ranks, "_built", {})
    listing.build_contact_ranks(1)
    assert ranks.current(1).heads == (None, None) and listing.contact_ranks_ready(1, True)
    query = contact_query("example", sort_column=1)
    total, rows, exact = query.first_page(10, count_cap=10_000)
    assert exact and query._head_state is None
