"""The dashboard's numbers, each one aggregate in SQL on an index (it opens in well under
half a second at a million contacts: ``bench/bench_dashboard.py``).

Open pipeline value by stage, deals won and lost per month, interactions per month by
kind, CSAT and NPS per month, the top companies by lifetime value (their people's
purchases), and how many contacts nobody has been in touch with for 90 days.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from crm_desktop.services import deals, feedback, stats
from crm_desktop.services.deals import month_bounds, month_start, months_from
from crm_desktop.services.interactions import money, utc_text
from crm_desktop.store.db import database_proxy as db

MONTHS = 12
QUIET_DAYS = 90


@dataclass(frozen=True)
class TopAccount:
    account_id: int
    name: str
    value: Decimal
    currency: str
    purchases: int


@dataclass
class Summary:
    pipeline: list  # (stage, totals, weighted) per open stage, from deals.open_pipeline
    won_lost: list[tuple[str, int, int]]
    interactions: list[tuple[str, dict[str, int]]]  # (YYYY-MM, {kind: count})
    satisfaction: list  # feedback.Month, the months that have answers
    top_accounts: list[TopAccount]
    funnel: list[tuple[str, dict[str, int]]]  # (YYYY-MM, {"lead→prospect": n, ...})
    quiet: int  # live contacts not contacted in QUIET_DAYS (or never)
    quiet_since: str  # the cutoff, as stored (for the list's filter)
    contacts: int


def summary(today: date | None = None, now: datetime | None = None) -> Summary:
    today = today or date.today()
    now = now or datetime.now(UTC)
    first = month_start(today, MONTHS - 1)
    cutoff = utc_text(now - timedelta(days=QUIET_DAYS))
    contacts = stats.live("contact")
    return Summary(
        pipeline=deals.open_pipeline(),
        won_lost=deals.won_lost_by_month(MONTHS, today),
        interactions=interactions_by_month(first),
        satisfaction=feedback.monthly(since=first),
        top_accounts=top_accounts(),
        funnel=deals.funnel_by_month(MONTHS, today),
        quiet=quiet_contacts(cutoff, contacts),
        quiet_since=cutoff,
        contacts=contacts,
    )


def interactions_by_month(first: date) -> list[tuple[str, dict[str, int]]]:
    """Per month since ``first``: how many of each kind (from the trigger-kept rollup;
    counting a million interactions took 2 s)."""
    found: dict[str, dict[str, int]] = {}
    for month, kind, count in db.execute_sql(
            "SELECT month, kind, n FROM interaction_month WHERE month >= ? AND n != 0",
            (first.isoformat()[:7],)):
        found.setdefault(month, {})[kind] = count
    return [(m, found.get(m, {})) for m in months_from(first, MONTHS)]


def top_accounts(limit: int = 10) -> list[TopAccount]:
    """Companies whose people bought the most (purchases on the timeline), per currency:
    the rollup the triggers keep, read in order of value (4 s at 1M contacts without)."""
    rows = db.execute_sql(
        "SELECT a.id, a.name, p.cents, p.currency, p.n FROM account_purchase p"
        " INDEXED BY account_purchase_cents JOIN account a ON a.id = p.account_id"
        " AND a.deleted_at IS NULL WHERE p.n > 0 ORDER BY p.cents DESC LIMIT ?", (limit,))
    return [TopAccount(aid, name, money(cents), currency, count)
            for aid, name, cents, currency, count in rows]


def quiet_contacts(cutoff: str, live: int | None = None) -> int:
    """Live contacts last contacted before ``cutoff``, or never ('' sorts first): all
    ``live`` ones (the trigger-kept count, unless the caller has it) less those contacted
    since, the shorter range to count."""
    if live is None:
        live = stats.live("contact")
    recent = db.execute_sql(
        "SELECT count(*) FROM contact WHERE deleted_at IS NULL AND last_contacted_at >= ?",
        (cutoff,)).fetchone()[0]
    return live - recent


# --- what a bar counts (the lists a click opens) ----------------------------------------
def contacts_with(kind: str, month: str) -> tuple[str, list]:
    """The contacts with an interaction of ``kind`` in ``month`` (YYYY-MM), as a subquery."""
    start, end = month_bounds(month)
    return ("SELECT contact_id FROM interaction WHERE kind = ? AND occurred_at >= ? AND"
            " occurred_at < ? AND deleted_at IS NULL AND contact_id IS NOT NULL",
            [kind, start, end])


def contacts_moved(move: str, month: str) -> tuple[str, list]:
    """The contacts whose status changed so ("lead→prospect") in ``month``."""
    before, _, after = move.partition("→")
    start, end = month_bounds(month)
    return ("SELECT contact_id FROM contact_status_change WHERE coalesce(from_status, '') = ?"
            " AND to_status = ? AND changed_at >= ? AND changed_at < ?",
            [before, after, start, end])
