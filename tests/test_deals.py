"""Issue #9: deals, stages, the board's totals, the monthly series, the timeline."""

from datetime import date
from decimal import Decimal

import pytest

from crm_desktop.errors import UserError, ValidationError
from crm_desktop.services import deals, merging, stats
from crm_desktop.services.contacts import ContactData, create_contact, get_contact, update_contact
from crm_desktop.services.deals import DealData
from crm_desktop.services.interactions import TimelineScope, timeline


def stage(name: str) -> int:
    return next(s.id for s in deals.stages() if s.name == name)


def ada() -> int:
    return create_contact(ContactData(first_name="Ada", last_name="Lovelace", company="Acme"))


def test_a_deal_moves_through_stages_and_its_history_is_on_the_timeline(db):
    cid = ada()
    did = deals.create_deal(DealData("Spring order", stage("Lead"), "1,250.50", "eur",
                                     contact_id=cid, expected_close=date(2026, 12, 1)))
    deal = deals.get_deal(did)
    assert (deal.value, deal.currency, deal.company) == (Decimal("1250.50"), "EUR", "Acme")
    assert deals.move_deal(did, stage("Proposal")) and not deals.move_deal(did, stage("Proposal"))
    deals.move_deal(did, stage("Won"))
    closed = db.execute_sql("SELECT closed_at FROM deal WHERE id = ?", (did,)).fetchone()[0]
    assert closed is not None
    entries = timeline(TimelineScope(contact_id=cid))
    assert [e.body for e in entries] == ["Proposal → Won", "Lead → Proposal", "New deal in Lead"]
    assert all(e.kind == "deal" and e.subject == "Spring order" for e in entries)
    account_id = deal.account_id
    assert len(timeline(TimelineScope(account_id=account_id))) == 3  # the company's too
    assert len(timeline(TimelineScope(contact_id=cid, kinds=("deal",)))) == 3
    assert timeline(TimelineScope(contact_id=cid, kinds=("call",))) == []
    deals.move_deal(did, stage("Negotiation"))  # reopened
    assert db.execute_sql("SELECT closed_at FROM deal WHERE id = ?", (did,)).fetchone()[0] is None
    assert stats.counts()["deals"] == 1
    deals.trash_deals([did])
    assert stats.counts()["deals"] == 0 and stats.trash_counts()["deals"] == 1


def test_the_board_counts_and_totals_per_stage_and_currency(db):
    lead = stage("Lead")
    for value, currency in (("100", "EUR"), ("250.25", "EUR"), ("40", "USD")):
        deals.create_deal(DealData(f"Deal {value}", lead, value, currency, company="Acme"))
    deals.create_deal(DealData("Big", stage("Proposal"), "9000", "EUR"))
    board = {c.stage.name: c for c in deals.board(per_stage=2)}
    assert board["Lead"].count == 3 and board["Lead"].totals == {
        "EUR": Decimal("350.25"), "USD": Decimal("40.00")}
    assert [d.title for d in board["Lead"].deals] == ["Deal 250.25", "Deal 100"]  # largest
    assert board["Proposal"].count == 1 and board["Won"].count == 0
    pipeline = {s.name: (total, weighted) for s, total, weighted in deals.open_pipeline()}
    assert pipeline["Proposal"] == ({"EUR": Decimal("9000.00")}, {"EUR": Decimal("4500.00")})
    assert "Won" not in pipeline


def test_stages_are_an_editable_list(db):
    new = deals.save_stage("Demo booked", "open", 40)
    names = [s.name for s in deals.stages()]
    assert names.index("Demo booked") == names.index("Negotiation") + 1  # after the open ones
    deals.move_stage(new, -1)
    assert [s.name for s in deals.stages()].index("Demo booked") == names.index("Negotiation")
    deals.save_stage("Demo done", "open", 45, stage_id=new)
    did = deals.create_deal(DealData("X", new))
    with pytest.raises(UserError, match="move them first"):
        deals.remove_stage(new)
    deals.move_deal(did, stage("Lead"))
    deals.remove_stage(new)
    assert "Demo done" not in [s.name for s in deals.stages()]
    with pytest.raises(ValidationError, match="already"):
        deals.save_stage("lead")


@pytest.mark.parametrize(("data", "field"), [
    (DealData("", 1), "title"),
    (DealData("X", 999), "stage_id"),
    (DealData("X", 1, "-5"), "value"),
    (DealData("X", 1, "abc"), "amount"),
    (DealData("X", 1, currency="euro"), "currency"),
    (DealData("X", 1, probability=101), "probability"),
])
def test_bad_deals_are_refused_with_the_field(db, data, field):
    with pytest.raises(ValidationError) as caught:
        deals.create_deal(data)
    assert caught.value.field == field and stats.counts()["deals"] == 0


def test_won_and_lost_by_month_and_the_status_funnel(db):
    won, lost = stage("Won"), stage("Lost")
    for stage_id, closed in ((won, "2026-10-03"), (won, "2026-11-20"), (lost, "2026-11-02")):
        did = deals.create_deal(DealData("D", stage_id))
        db.execute_sql("UPDATE deal SET closed_at = ? WHERE id = ?", (closed + "T10:00:00Z", did))
    series = deals.won_lost_by_month(3, today=date(2026, 11, 22))
    assert series == [("2026-09", 0, 0), ("2026-10", 1, 0), ("2026-11", 1, 1)]
    cid = ada()
    data = get_contact(cid)
    for status in ("prospect", "customer"):
        data.status = status
        update_contact(cid, data)
    [(month, moves)] = deals.funnel_by_month(1)
    assert moves == {"lead→prospect": 1, "prospect→customer": 1}
    assert month == date.today().strftime("%Y-%m")


def test_merging_contacts_and_companies_moves_their_deals_and_undo_puts_them_back(db):
    from tests.test_duplicates import dump

    one, two = ada(), create_contact(ContactData(first_name="Ada", last_name="Lovelace",
                                                  company="ACME Ltd"))
    did = deals.create_deal(DealData("Order", stage("Lead"), "10", contact_id=two))
    before = {**dump(db), "deal": db.execute_sql("SELECT * FROM deal").fetchall(),
              "deal_event": db.execute_sql("SELECT * FROM deal_event").fetchall()}
    batch = merging.merge_contacts(one, [two])
    assert deals.get_deal(did).contact_id == one
    assert len(timeline(TimelineScope(contact_id=one, kinds=("deal",)))) == 1
    merging.undo(batch)
    assert {**dump(db), "deal": db.execute_sql("SELECT * FROM deal").fetchall(),
            "deal_event": db.execute_sql("SELECT * FROM deal_event").fetchall()} == before
    account_two = deals.get_deal(did).account_id
    account_one = db.execute_sql("SELECT account_id FROM contact WHERE id = ?",
                                 (one,)).fetchone()[0]
    merging.merge_accounts(account_one, [account_two])
    assert deals.get_deal(did).account_id == account_one
