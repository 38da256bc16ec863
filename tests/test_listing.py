"""Paging must give exactly the rows a full ORDER BY gives, whatever path a page takes."""

import pytest

from crm_desktop.services import demo
from crm_desktop.services.listing import (
    ACCOUNT_COLUMNS,
    CONTACT_COLUMNS,
    account_query,
    contact_query,
)
from crm_desktop.store.search import rebuild_contact_index


def pages(query, size, how):
    total = query.count()
    rows, offset = [], 0
    while offset < total:
        if how == "keyset" and rows:
            after = rows[-1][-len(query.sort_keys):]
            got = query.page(offset, size, after=tuple(after))
        elif how == "from-end":
            got = query.page(offset, size, total=total)
        else:
            got = query.page(offset, size)
        assert got, f"empty page at {offset} of {total}"
        rows.extend(got)
        offset += len(got)
    return [r[0] for r in rows]


@pytest.mark.parametrize("how", ["offset", "keyset", "from-end"])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("column", range(len(CONTACT_COLUMNS)))
def test_contact_pages_match_full_order(sample, column, descending, how):
    query = contact_query(sort_column=column, descending=descending)
    expected = query.ids()
    assert len(expected) == 700
    assert pages(query, 64, how) == expected


@pytest.mark.parametrize("how", ["keyset", "from-end"])
@pytest.mark.parametrize("text", ["son", "a", "lee example", "example"])
def test_search_pages_match_full_order(sample, text, how):
    query = contact_query(text, sort_column=2, descending=True)
    expected = query.ids()
    assert query.count() == len(expected) > 0
    assert pages(query, 17, how) == expected


@pytest.mark.parametrize(("column", "descending", "text"), [
    (1, False, ""), (0, True, ""), (2, False, "son"), (6, True, "example"), (8, False, ""),
])
def test_position_of_a_row_is_where_the_full_order_has_it(sample, column, descending, text):
    query = contact_query(text, sort_column=column, descending=descending)
    ids = query.ids()
    for index in (0, 1, len(ids) // 3, len(ids) - 1):
        assert query.position_of(ids[index]) == index
    outside = sample.execute_sql(
        f"SELECT id FROM contact WHERE id NOT IN ({','.join('?' * len(ids))}) LIMIT 1",
        ids).fetchone()
    if outside:
        assert query.position_of(outside[0]) is None
    names = account_query(sort_column=1, descending=True)
    assert [names.position_of(i) for i in names.ids()] == list(range(len(names.ids())))


def test_sorted_values_are_in_order(sample):
    for column, col in enumerate(CONTACT_COLUMNS):
        if col.name in ("company", "first_name", "last_name"):
            continue
        rows = contact_query(sort_column=column).page(0, 700)
        keys = [r[1 + len(CONTACT_COLUMNS)] for r in rows]
        assert keys == sorted(keys), col.name


def test_account_filter_and_count(sample):
    aid = sample.execute_sql(
        "SELECT account_id FROM contact WHERE account_id IS NOT NULL"
        " GROUP BY account_id HAVING count(*) > 1 LIMIT 1"
    ).fetchone()[0]
    query = contact_query(account_id=aid)
    ids = query.ids()
    assert len(ids) == query.count() > 1
    placeholders = ",".join("?" * len(ids))
    accounts = sample.execute_sql(
        f"SELECT DISTINCT account_id FROM contact WHERE id IN ({placeholders})", ids
    ).fetchall()
    assert accounts == [(aid,)]


@pytest.mark.parametrize("column", [0, 1])
def test_account_pages(sample, column):
    query = account_query(sort_column=column)
    assert pages(query, 5, "keyset") == query.ids() and len(query.ids()) == 28
    assert pages(query, 5, "from-end") == query.ids()
    assert len(ACCOUNT_COLUMNS) == 3


def test_account_counts_live_trashed_and_searched(sample):
    """The unfiltered company lists are counted from record_count; a search by reading."""
    live, trashed = sample.execute_sql(
        "SELECT sum(deleted_at IS NULL), sum(deleted_at IS NOT NULL) FROM account").fetchone()
    assert account_query().count() == live == 28
    assert "record_count" in account_query().count_sql
    with sample.atomic() as txn:
        sample.execute_sql("UPDATE account SET deleted_at = '2026-01-01' WHERE id IN"
                           " (SELECT id FROM account ORDER BY id LIMIT 3)")
        assert account_query().count() == live - 3
        assert account_query(trash=True).count() == trashed + 3
        assert account_query(trash=True).count() == len(account_query(trash=True).ids())
        txn.rollback()
    searched = account_query("ltd")
    assert searched.count_sql is None and searched.count() == len(searched.ids())


def test_account_search_and_contact_counts(sample):
    rows = account_query("ltd").page(0, 100)
    assert rows and all("ltd" in r[1].lower() for r in rows)
    total = sum(r[3] for r in account_query().page(0, 100))
    assert total == sample.execute_sql(
        "SELECT count(*) FROM contact WHERE account_id IS NOT NULL"
    ).fetchone()[0]


def test_demo_index_equals_rebuilt_index(sample):
    before = sample.execute_sql("SELECT rowid, body FROM contact_fts ORDER BY rowid").fetchall()
    with sample.atomic() as txn:
        rebuild_contact_index(sample)
        after = sample.execute_sql("SELECT rowid, body FROM contact_fts ORDER BY rowid").fetchall()
        txn.rollback()
    assert after == before


@pytest.mark.parametrize("window", [40_000, 60])  # 60: the walk often fails, falls back
@pytest.mark.parametrize("how", ["offset", "keyset", "from-end"])
@pytest.mark.parametrize("text", ["son", "a", "example", "lee example", "", "ga ex"])
@pytest.mark.parametrize(("column", "descending"), [(1, False), (6, True), (2, False)])
def test_window_plan_gives_the_same_pages(sample, text, column, descending, how, window):
    import dataclasses

    query = contact_query(text, sort_column=column, descending=descending)
    walked = dataclasses.replace(query, dense_from=0)  # try the index window first
    walked.WINDOW = window
    sorted_ = dataclasses.replace(query, dense_from=None)  # always sort the matches
    assert pages(walked, 40, how) == pages(sorted_, 40, how) == query.ids()


def test_counts_agree_with_a_full_count(sample):
    for text in ("", "son", "a", "lee example", "zz"):
        query = contact_query(text)
        assert query.count() == len(query.ids())


@pytest.mark.parametrize(("column", "descending"), [(1, False), (6, True), (8, False)])
def test_fenced_pages_match_full_order(sample, column, descending):
    import dataclasses

    query = dataclasses.replace(
        contact_query(sort_column=column, descending=descending), fence_every=64
    )
    fences = query.build_fences()
    assert len(fences) == 700 // 64
    expected = query.ids()
    assert [f[-1] for f in fences] == [expected[i * 64 + 63] for i in range(len(fences))]
    query.fences = fences
    total = query.count()
    for offset in (0, 63, 64, 65, 128, 333, 640, 690):
        rows = query.page(offset, 30, total=total)
        assert [r[0] for r in rows] == expected[offset : offset + 30], offset


@pytest.mark.parametrize(("column", "descending"), [(1, False), (6, True), (7, False),
                                                   (2, True)])
def test_rows_after_a_row_skip_across_equal_keys(sample, column, descending):
    """keys_after reads range by range (same first keys, then the next ones): every
    anchor and skip gives what the full order gives, across groups of equal keys."""
    query = contact_query(sort_column=column, descending=descending, account_id=None)
    nkeys = len(query.sort_keys)
    order = ", ".join(f"{k} {'DESC' if descending else 'ASC'}" for k in query.sort_keys)
    from crm_desktop.store.db import database_proxy as db

    full = [tuple(r) for r in db.execute_sql(
        f"SELECT {', '.join(query.sort_keys)} FROM contact c WHERE c.deleted_at IS NULL"
        f" ORDER BY {order}")]
    assert len(full) == 700 and all(len(r) == nkeys for r in full)
    for at in (0, 1, 99, 350, 650, 698):
        for skip in (0, 1, 40, 300):
            assert query.keys_after(full[at], 25, skip) == full[at + 1 + skip : at + 26 + skip]


def test_model_ignores_fences_for_a_query_it_no_longer_shows(sample, qapp):
    from crm_desktop.gui.table_model import PagedTableModel

    model = PagedTableModel(CONTACT_COLUMNS)
    old, new = contact_query(sort_column=1), contact_query(sort_column=2)
    model.reset(new, new.count(), [])
    model.set_fences(old, [("x",)])
    assert old.fences is None and new.fences is None
    model.set_fences(new, new.build_fences())
    assert new.fences == []  # 700 rows: no fence at 5,000


@pytest.fixture
def ranked(sample, monkeypatch):
    from crm_desktop.services import listing, ranks

    monkeypatch.setattr(ranks, "KEEP", len(CONTACT_COLUMNS))  # every sort at once
    for column in range(len(CONTACT_COLUMNS)):
        listing.build_contact_ranks(column)
    yield sample


def test_ranks_are_kept_for_the_last_sorts_used(sample, monkeypatch):
    """Each sort's ranks (and heads) take memory: only the KEEP used last stay."""
    from crm_desktop.services import listing, ranks

    monkeypatch.setattr(ranks, "_built", {})
    for column in (1, 2, 6):
        listing.build_contact_ranks(column)
    assert listing.contact_ranks_ready(1)  # used: now the most recent
    listing.build_contact_ranks(8)  # a fourth: the one used longest ago goes
    assert sorted(ranks._built) == [1, 6, 8] == sorted(
        c for c in range(len(CONTACT_COLUMNS)) if listing.contact_ranks_ready(c))


@pytest.mark.parametrize("how", ["offset", "keyset", "from-end"])
@pytest.mark.parametrize("text", ["son", "a", "example", "lee example", "ga ex", "zz"])
@pytest.mark.parametrize(("column", "descending"), [(1, False), (6, True), (8, False), (2, True)])
def test_ranked_pages_match_sql_pages(ranked, text, column, descending, how):
    import dataclasses

    query = contact_query(text, sort_column=column, descending=descending)
    assert query.ranked and query._ranked_page(0, 1) is not None  # ranks are used
    in_sql = dataclasses.replace(query, ranked=False, dense_from=None)
    assert pages(query, 37, how) == pages(in_sql, 37, how) == in_sql.ids()


def test_ranks_are_not_used_once_the_data_changed(ranked):
    from crm_desktop.services import accounts, contacts, listing
    from crm_desktop.services.contacts import ContactData

    assert listing.contact_ranks_ready(1) and listing.contact_ranks_ready(2)
    with ranked.atomic() as txn:  # the sample is shared: leave it as it was
        contacts.create_contact(ContactData(first_name="Aaron", last_name="Aardvark"))
        assert not listing.contact_ranks_ready(1)  # stale: search sorts in SQL meanwhile
        query = contact_query("aardvark")
        assert query._ranked_page(0, 10) is None and query.page(0, 10)[0][2] == "Aardvark"
        listing.build_contact_ranks(2)
        aid = ranked.execute_sql("SELECT min(id) FROM account").fetchone()[0]
        accounts.update_account(aid, accounts.AccountData(name="Zzz Renamed Ltd"))
        assert not listing.contact_ranks_ready(2)  # a company rename re-sorts its contacts
        txn.rollback()


@pytest.mark.parametrize("walk", [25_000, 60])  # 60: the walk gives up, other plans answer
@pytest.mark.parametrize("how", ["offset", "keyset", "from-end"])
@pytest.mark.parametrize("text", ["son", "example", "lee example", "ga ex", "e r", "zzz"])
@pytest.mark.parametrize(("column", "descending"), [(1, False), (6, True), (2, False)])
def test_scan_plan_gives_the_same_pages(sample, monkeypatch, text, column, descending, how,
                                        walk):
    import dataclasses

    from crm_desktop.services import page_plans

    monkeypatch.setattr(page_plans, "SCAN_FROM", 0)  # every search walks the sort order first
    monkeypatch.setattr(page_plans, "SCAN_WALK", walk)
    query = contact_query(text, sort_column=column, descending=descending)
    assert query.scan_patterns
    in_sql = dataclasses.replace(query, scan_patterns=None, dense_from=None, ranked=False)
    assert pages(query, 37, how) == pages(in_sql, 37, how) == in_sql.ids()


@pytest.mark.parametrize("text", ["", "son", "example", "a", "zzz"])
def test_capped_count(sample, text):
    query = contact_query(text)
    exact = query.count()
    assert query.count(cap=50) == min(exact, 50)
    assert query.count(cap=10_000) == exact


# (probe, up_to, budget): one read; a second read for the rest; common terms walk
# instead; so do terms whose reading would take too long (budget 0: any)
@pytest.mark.parametrize("plan", [(30_000, 100_000, 1e9), (10, 10**9, 1e9), (10, 40, 1e9),
                                  (10, 10**9, 0.0)])
@pytest.mark.parametrize("cap", [None, 30, 10_000])
@pytest.mark.parametrize("text", ["son", "example", "lee example", "zzz", "", "a"])
@pytest.mark.parametrize("with_ranks", [True, False])
def test_first_page_is_the_list_head_and_count(sample, monkeypatch, text, cap, plan,
                                               with_ranks):
    import dataclasses

    from crm_desktop.services import listing, page_plans, ranks

    monkeypatch.setattr(page_plans, "RANK_PROBE", plan[0])
    monkeypatch.setattr(page_plans, "RANK_UP_TO", plan[1])
    monkeypatch.setattr(page_plans, "READ_BUDGET_S", plan[2])
    if with_ranks:
        listing.build_contact_ranks(2)
    else:
        monkeypatch.setattr(ranks, "_built", {})
    query = contact_query(text, sort_column=2, descending=True)
    total, rows, exact = query.first_page(25, cap)
    expected = dataclasses.replace(query, ranked=False, dense_from=None).ids()
    assert [r[0] for r in rows] == expected[:25]
    if exact:
        assert total == len(expected)
    else:  # a lower bound, and only when the caller allowed one
        assert cap is not None and min(cap, plan[0], len(expected)) <= total < len(expected)
    never_common = plan[1] > len(expected) * 10
    if with_ranks and len(text) >= 3 and never_common and plan[2]:
        assert exact and query._match_ids is not None  # the read gave count and page
    if with_ranks and cap and len(text) >= 3 and len(expected) > plan[0] and not plan[2]:
        assert not exact and query._match_ids is None  # too slow to read: it walked


@pytest.mark.parametrize("how", ["offset", "keyset", "from-end"])
@pytest.mark.parametrize("column", [9, 10, 1])  # last contacted, next follow-up, last name
def test_not_contacted_filter_pages_and_counts(sample, column, how):
    cutoff = sample.execute_sql(
        "SELECT last_contacted_at FROM contact WHERE last_contacted_at != ''"
        " ORDER BY last_contacted_at LIMIT 1 OFFSET 150").fetchone()[0]
    query = contact_query(sort_column=column, contacted_before=cutoff)
    expected = [r[0] for r in sample.execute_sql(
        "SELECT id FROM contact WHERE deleted_at IS NULL AND last_contacted_at < ?", [cutoff])]
    assert query.count() == len(expected) > 150  # the never-contacted are in it
    assert sorted(pages(query, 40, how)) == sorted(expected)
    assert pages(query, 40, how) == query.ids()


@pytest.mark.parametrize(("column", "descending"), [(6, True), (7, False), (1, False)])
def test_trash_and_filtered_lists_page_like_the_full_order(db, column, descending):
    """Pages after a row (and fences) keep every filter: the trash, a search in it, the
    contacts a dashboard bar counts."""
    import dataclasses

    from crm_desktop.services import contacts

    demo.generate(300, seed=11, batch=100)
    live = contact_query().ids()
    contacts.trash_contacts(live[::2])
    for query in (
        contact_query(trash=True, sort_column=column, descending=descending),
        contact_query("a", trash=True, sort_column=column, descending=descending),
        contact_query(sort_column=column, descending=descending,
                      among=("SELECT id FROM contact WHERE id % 3 = 0", [])),
    ):
        expected = query.ids()
        assert len(expected) > 20
        assert pages(query, 7, "keyset") == expected
        fenced = dataclasses.replace(query, fence_every=16)
        fenced.fences = fenced.build_fences()
        assert [f[-1] for f in fenced.fences] == expected[15::16]
        for offset in (16, 17, 40, len(expected) - 3):
            rows = fenced.page(offset, 9, total=len(expected))
            assert [r[0] for r in rows] == expected[offset : offset + 9]


def test_a_companys_contacts_are_counted_from_the_index(sample):
    """The company list's contact column reads no contact row (covering index)."""
    column = ACCOUNT_COLUMNS[2]
    assert column.name == "contacts"
    plan = " ".join(str(row) for row in sample.execute_sql(
        f"EXPLAIN QUERY PLAN SELECT {column.expr} FROM account c").fetchall())
    assert "COVERING INDEX contact_account_deleted" in plan, plan
