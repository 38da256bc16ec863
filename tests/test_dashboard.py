"""Issue #9's dashboard: its numbers (each an SQL aggregate) and the window's clicks."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from crm_desktop.services import dashboard, deals
from crm_desktop.services.contacts import ContactData, create_contact
from crm_desktop.services.deals import DealData
from crm_desktop.services.editing import Editor
from crm_desktop.services.feedback import FeedbackData
from crm_desktop.services.interactions import InteractionData


def world(db):
    """Two companies with people, purchases, calls, feedback and deals."""
    editor = Editor()
    ada = create_contact(ContactData(first_name="Ada", company="Acme"))
    bob = create_contact(ContactData(first_name="Bob", company="Beta"))
    create_contact(ContactData(first_name="Cy"))  # never contacted
    now = datetime.now(UTC)
    for who, cents, when in ((ada, "120.00", now), (ada, "80", now - timedelta(days=40)),
                             (bob, "500", now - timedelta(days=100))):
        editor.log_interaction(InteractionData("purchase", when, "Order", contact_id=who,
                                               amount=cents, currency="EUR"))
    editor.log_interaction(InteractionData("call", now, "Hi", contact_id=ada))
    editor.record_feedback(FeedbackData(ada, date.today(), "survey", 5, 10))
    lead = next(s.id for s in deals.stages() if s.name == "Lead")
    won = next(s.id for s in deals.stages() if s.name == "Won")
    deals.create_deal(DealData("Open one", lead, "1000", "EUR", contact_id=ada))
    deals.create_deal(DealData("Won one", won, "300", "EUR", contact_id=bob))
    return ada, bob


def test_the_dashboards_numbers(db):
    ada, bob = world(db)
    data = dashboard.summary()
    lead = data.pipeline[0]
    assert lead[0].name == "Lead" and lead[1] == {"EUR": Decimal("1000.00")}
    assert lead[2] == {"EUR": Decimal("100.00")}  # 10 % likely
    assert data.won_lost[-1][1:] == (1, 0) and len(data.won_lost) == dashboard.MONTHS
    this_month = dict(data.interactions)[date.today().strftime("%Y-%m")]
    assert this_month == {"purchase": 1, "call": 1}
    assert [(t.name, t.value, t.purchases) for t in data.top_accounts] == [
        ("Beta", Decimal("500.00"), 1), ("Acme", Decimal("200.00"), 2)]
    assert data.quiet == 2 and data.contacts == 3  # Bob (100 days ago) and Cy (never)
    assert data.satisfaction[-1].csat == 5
    assert data.funnel[-1][1] == {} and len(data.funnel) == dashboard.MONTHS


def test_the_dashboard_window_and_its_clicks(make_window, qtbot, db):
    from crm_desktop.services.contacts import get_contact, update_contact

    ada, bob = world(db)
    promoted = get_contact(ada)
    promoted.status = "customer"
    update_contact(ada, promoted)
    window = make_window()
    dialog = window.open_dashboard()
    qtbot.waitUntil(lambda: dialog.data is not None)
    ui = dialog.ui
    assert ui.quietButton.text() == "2 contacts (67%) not contacted in 90 days"
    assert ui.pipelineButton.text() == "Open pipeline: 1k EUR"
    assert ui.topTable.rowCount() == 2 and ui.topTable.item(0, 0).text() == "Beta"
    assert len(dialog.interactions_chart.series()[0].barSets()) == 6
    moves = dialog.funnel_chart.series()[0].barSets()
    assert [b.label() for b in moves] == ["lead → customer"]  # Ada's move, below
    assert moves[0].at(dashboard.MONTHS - 1) == 1
    ui.quietButton.click()  # the contact list, filtered
    qtbot.waitUntil(lambda: window.ui.staleCheck.isChecked()
                    and window.contact_model.rowCount() == 2)
    assert window.ui.staleDaysSpin.value() == dashboard.QUIET_DAYS
    ui.topTable.itemDoubleClicked.emit(ui.topTable.item(0, 0))  # that company
    qtbot.waitUntil(lambda: "Beta" in window.timeline.ui.timelineHeading.text())
    series = dialog.pipeline_chart.series()[0]
    series.clicked.emit(0, series.barSets()[0])  # the Lead bar: the pipeline, at Lead
    qtbot.waitUntil(lambda: window._pipeline is not None and window._pipeline.loaded)
    lead = next(i for i, c in enumerate(window._pipeline.columns) if c.stage.name == "Lead")
    qtbot.waitUntil(lambda: window._pipeline.lists[lead].currentRow() == 0)
    dialog.close()


def recount(db) -> tuple[set, set]:
    """The two rollups as the base tables say they should be."""
    months = set(db.execute_sql(
        "SELECT substr(occurred_at, 1, 7), kind, count(*) FROM interaction"
        " WHERE deleted_at IS NULL GROUP BY 1, 2"))
    purchases = set(db.execute_sql(
        "SELECT c.account_id, i.currency, sum(i.amount_cents), count(*) FROM interaction i"
        " JOIN contact c ON c.id = i.contact_id WHERE i.kind = 'purchase' AND"
        " i.deleted_at IS NULL AND i.amount_cents IS NOT NULL AND c.account_id IS NOT NULL"
        " GROUP BY 1, 2"))
    return months, purchases


def rollups(db) -> tuple[set, set]:
    return (set(db.execute_sql("SELECT month, kind, n FROM interaction_month WHERE n != 0")),
            set(db.execute_sql("SELECT account_id, currency, cents, n FROM account_purchase"
                               " WHERE n != 0")))


def test_the_rollups_follow_every_kind_of_change(db):
    from crm_desktop.services import interactions, merging
    from crm_desktop.services.contacts import get_contact, update_contact

    ada, bob = world(db)
    assert rollups(db) == recount(db) and rollups(db)[1]
    editor = Editor()
    sale = editor.log_interaction(InteractionData("purchase", datetime(2026, 1, 5, tzinfo=UTC),
                                                  "Big", contact_id=ada, amount="1000",
                                                  currency="USD"))
    assert rollups(db) == recount(db)
    changed = interactions.get_interaction(sale)
    changed.amount, changed.occurred_at = Decimal("999"), datetime(2025, 7, 1, tzinfo=UTC)
    interactions.update_interaction(sale, changed)  # another amount, another month
    assert rollups(db) == recount(db)
    editor.trash_interactions([sale])
    assert rollups(db) == recount(db)
    editor.undo()  # back from the trash
    assert rollups(db) == recount(db)
    moved = get_contact(ada)
    moved.company = "Beta"  # Ada moves, her purchases with her
    update_contact(ada, moved)
    assert rollups(db) == recount(db)
    acme = db.execute_sql("SELECT id FROM account WHERE name = 'Acme'").fetchone()[0]
    beta = db.execute_sql("SELECT id FROM account WHERE name = 'Beta'").fetchone()[0]
    batch = merging.merge_accounts(acme, [beta])
    assert rollups(db) == recount(db)
    merging.undo(batch)
    assert rollups(db) == recount(db)
    assert dashboard.top_accounts()[0].value == Decimal("999.00")
    db.execute_sql("DELETE FROM interaction WHERE id = ?", (sale,))  # an import undone, say
    assert rollups(db) == recount(db)


def test_every_bar_opens_what_it_counts(make_window, qtbot, db):
    from crm_desktop.services.contacts import get_contact, update_contact

    ada, bob = world(db)
    promoted = get_contact(bob)
    promoted.status = "prospect"
    update_contact(bob, promoted)
    window = make_window()
    dialog = window.open_dashboard()
    qtbot.waitUntil(lambda: dialog.data is not None)
    last = dashboard.MONTHS - 1
    # Interactions: the calls of this month -> the contacts called (Ada).
    calls = next(b for b in dialog.interactions_chart.series()[0].barSets()
                 if b.label() == "Call")
    dialog.interactions_chart.series()[0].clicked.emit(last, calls)
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 1)
    assert "Call in" in window.ui.matchLabel.text()
    assert window.contact_model.index(0, 0).data() == "Ada"
    # The funnel: lead -> prospect this month -> Bob.
    moves = dialog.funnel_chart.series()[0]
    moves.clicked.emit(last, moves.barSets()[0])
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 1
                    and window.contact_model.index(0, 0).data() == "Bob")
    assert "lead → prospect in" in window.ui.matchLabel.text()
    window.show_all_contacts()
    window.refresh_contacts()
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 3)
    # Won this month -> the pipeline's table with just that deal.
    series = dialog.won_lost_chart.series()[0]
    series.clicked.emit(last, series.barSets()[0])
    qtbot.waitUntil(lambda: window._pipeline is not None and window._pipeline.loaded
                    and window._pipeline.table_model.rowCount() == 1)
    pipeline = window._pipeline
    assert pipeline.table_model.index(0, 0).data() == "Won one"
    assert pipeline.ui.tabs.currentIndex() == 1 and pipeline.ui.allDealsButton.isVisible()
    pipeline.ui.allDealsButton.click()
    qtbot.waitUntil(lambda: pipeline.loaded and pipeline.table_model.rowCount() == 2)
    dialog.close()


def test_the_demos_bulk_path_adds_up_the_rollups_it_suspends(db, monkeypatch):
    from crm_desktop.services import demo

    world(db)  # rows from before, which the bulk path must add to, not replace
    monkeypatch.setattr(demo, "BULK_FROM", 0)
    demo.generate(400, batch=150)
    assert rollups(db) == recount(db) and len(rollups(db)[1]) > 3
    names = {n for (n,) in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"interaction_month_insert", "account_purchase_insert"} <= names  # back again
