"""The demo's sales: deals through the pipeline and a year of contacts' status history
(for the pipeline and the dashboard's funnel), added after the demo's contacts, in its
transaction and with its bulk ``executemany``."""

import random
from datetime import UTC, datetime, timedelta

from crm_desktop.store.models import new_uids
from crm_desktop.text import fold


def add_status_history(conn, rng: random.Random, first_cid: int, contacts: int) -> None:
    """How the new prospects and customers got there: their status changes over the last
    year (lead -> prospect -> customer), for the funnel; a sample, one in five."""
    now = datetime.now(UTC)
    rows = []
    for cid, status in conn.execute(
            "SELECT id, status FROM contact WHERE id >= ? AND id < ? AND id % 5 = 0"
            " AND status IN ('prospect', 'customer', 'inactive')",
            (first_cid, first_cid + contacts)):
        path = {"prospect": ("lead", "prospect"), "customer": ("lead", "prospect", "customer"),
                "inactive": ("customer", "inactive")}[status]
        when = now - timedelta(days=rng.randrange(30, 365))
        for before, after in zip(path, path[1:], strict=False):
            rows.append((cid, before, after, when.strftime("%Y-%m-%dT%H:%M:%S.000Z")))
            when += timedelta(days=rng.randrange(5, 60))
            if when > now:
                break
    conn.executemany("INSERT INTO contact_status_change (contact_id, from_status, to_status,"
                     " changed_at) VALUES (?, ?, ?, ?)", rows)


_DEAL_THINGS = ("Spring order", "Annual contract", "Pilot", "Renewal", "Fit-out", "Upgrade",
                "Training days", "Support plan", "Bulk order", "New range")


def add_deals(conn, rng: random.Random, first_cid: int, contacts: int,
              currencies: dict[str, str]) -> int:
    """About one deal per 12 new contacts with a company, spread over the pipeline; won and
    lost ones closed over the last year. Each with its "new deal" event. ``currencies``
    maps a country to its currency (as the demo's)."""
    stages = conn.execute("SELECT id, name, outcome FROM deal_stage WHERE deleted_at IS NULL"
                          " ORDER BY position").fetchall()
    weights = [30 if o == "open" else 12 for _, _, o in stages]
    now = datetime.now(UTC)
    rows, events = [], []
    for cid, account_id, country in conn.execute(
            "SELECT id, account_id, country FROM contact WHERE id >= ? AND id < ?"
            " AND id % 12 = 0 AND account_id IS NOT NULL",
            (first_cid, first_cid + contacts)):
        stage_id, stage_name, outcome = rng.choices(stages, weights)[0]
        created = now - timedelta(days=rng.randrange(400))
        closed = (now - timedelta(days=rng.randrange(365))) if outcome != "open" else None
        if closed is not None and closed < created:
            created, closed = closed, created
        stamp = created.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        title = rng.choice(_DEAL_THINGS)  # the company is shown beside it
        cents = 1000 * rng.randrange(5, 800) * 100
        currency = currencies.get(country, "EUR")
        close_on = (now + timedelta(days=rng.randrange(-30, 120))).date().isoformat()
        rows.append((stamp, stamp, title, account_id, cid, cents, currency, stage_id,
                     close_on if outcome == "open" else closed.date().isoformat(),
                     closed.strftime("%Y-%m-%dT%H:%M:%S.000Z") if closed else None,
                     fold(title)))
        events.append((closed or created, stage_id, stage_name, cid, title, cents, currency))
    if not rows:
        return 0
    first = conn.execute("SELECT coalesce(max(id), 0) FROM deal").fetchone()[0] + 1
    conn.executemany(
        "INSERT INTO deal (uid, created_at, updated_at, title, account_id, contact_id,"
        " value_cents, currency, stage_id, expected_close, closed_at, title_key)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [(u, *r) for u, r in zip(new_uids(len(rows)), rows, strict=True)])
    conn.executemany(
        "INSERT INTO deal_event (deal_id, occurred_at, updated_at, to_stage_id, contact_id,"
        " title, detail, value_cents, currency, text_key) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [(first + i, when.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          when.strftime("%Y-%m-%dT%H:%M:%S.000Z"), sid, cid, title, f"New deal in {name}",
          cents, cur, fold(f"{title} new deal in {name}"))
         for i, (when, sid, name, cid, title, cents, cur) in enumerate(events)])
    return len(rows)
