"""Deals and the sales pipeline: stages (an editable list, each open, won or lost), deals,
their stage changes (events the timeline shows), the board's columns with counts and
totals, and the monthly series the dashboard draws. Every write is one transaction.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from crm_desktop.errors import UserError, ValidationError
from crm_desktop.services import records, stats
from crm_desktop.services.accounts import find_or_create_account
from crm_desktop.services.interactions import MAX_CENTS, money, parse_amount
from crm_desktop.store.db import database_proxy as db
from crm_desktop.store.models import new_uid, now_iso
from crm_desktop.text import fold

OUTCOMES = ("open", "won", "lost")


@dataclass(frozen=True)
class Stage:
    id: int
    name: str
    position: int
    outcome: str  # open, won or lost
    probability: int


@dataclass
class DealData:
    title: str
    stage_id: int
    value: Decimal | str | None = None
    currency: str = "EUR"
    company: str = ""  # the account, by name (found or created, as for contacts)
    contact_id: int | None = None
    expected_close: date | None = None
    probability: int | None = None  # None: the stage's
    notes: str = ""


@dataclass(frozen=True)
class Deal:
    id: int
    title: str
    value: Decimal
    currency: str
    stage_id: int
    company: str
    contact_name: str
    contact_id: int | None
    account_id: int | None
    expected_close: str
    probability: int | None
    notes: str
    updated_at: str


@dataclass
class Column:
    stage: Stage
    count: int
    totals: dict[str, Decimal]  # per currency
    deals: list[Deal] = field(default_factory=list)  # the largest first, at most a page


# --- stages -----------------------------------------------------------------------------
def stages(include_removed: bool = False) -> list[Stage]:
    where = "" if include_removed else " WHERE deleted_at IS NULL"
    return [Stage(*row) for row in db.execute_sql(
        f"SELECT id, name, position, outcome, probability FROM deal_stage{where}"
        " ORDER BY position, id")]


def save_stage(name: str, outcome: str = "open", probability: int = 0,
               stage_id: int | None = None) -> int:
    """Add a stage at the end of the open ones (or rename/change ``stage_id``)."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError("name", "A stage needs a name.")
    if outcome not in OUTCOMES:
        raise ValidationError("outcome", f"A stage is open, won or lost, not {outcome!r}.")
    if not 0 <= probability <= 100:
        raise ValidationError("probability", "The probability is between 0 and 100 %.")
    clash = db.execute_sql("SELECT id FROM deal_stage WHERE deleted_at IS NULL AND"
                           " lower(name) = lower(?) AND id IS NOT ?", (name, stage_id)).fetchone()
    if clash:
        raise ValidationError("name", f"There is a stage called {name} already.")
    with db.atomic():
        if stage_id is not None:
            db.execute_sql("UPDATE deal_stage SET name = ?, outcome = ?, probability = ?"
                           " WHERE id = ?", (name, outcome, probability, stage_id))
            return stage_id
        last_open = db.execute_sql(
            "SELECT coalesce(max(position), 0) FROM deal_stage WHERE deleted_at IS NULL AND"
            " outcome = 'open'").fetchone()[0]
        db.execute_sql("UPDATE deal_stage SET position = position + 1 WHERE position > ?",
                       (last_open,))
        return db.execute_sql(
            "INSERT INTO deal_stage (name, position, outcome, probability) VALUES (?,?,?,?)",
            (name, last_open + 1, outcome, probability)).lastrowid


def move_stage(stage_id: int, step: int) -> None:
    """Earlier (-1) or later (+1) in the pipeline."""
    order = [s.id for s in stages()]
    at = order.index(stage_id)
    to = max(0, min(len(order) - 1, at + step))
    order.insert(to, order.pop(at))
    with db.atomic():
        for position, sid in enumerate(order, 1):
            db.execute_sql("UPDATE deal_stage SET position = ? WHERE id = ?", (position, sid))


def remove_stage(stage_id: int) -> None:
    """Only a stage no deal is in (move them first): their history keeps its name."""
    used = db.execute_sql("SELECT count(*) FROM deal WHERE stage_id = ? AND deleted_at IS NULL",
                          (stage_id,)).fetchone()[0]
    if used:
        raise UserError(f"{used:,} deals are in that stage: move them first.")
    if len(stages()) <= 2:
        raise UserError("A pipeline needs at least two stages.")
    db.execute_sql("UPDATE deal_stage SET deleted_at = ? WHERE id = ?", (now_iso(), stage_id))


def _stage(stage_id: int) -> Stage:
    found = {s.id: s for s in stages(include_removed=True)}.get(stage_id)
    if found is None:
        raise ValidationError("stage_id", f"There is no stage {stage_id}.")
    return found


# --- deals ------------------------------------------------------------------------------
def validate(data: DealData) -> tuple[dict, Stage]:
    title = " ".join(data.title.split())
    if not title:
        raise ValidationError("title", "A deal needs a title.")
    stage = _stage(data.stage_id)
    value = parse_amount(data.value) if not isinstance(data.value, Decimal) else data.value
    value = value or Decimal(0)
    if value < 0 or value * 100 >= MAX_CENTS:
        raise ValidationError("value", "The value must be 0 or more (and less than a trillion).")
    currency = (data.currency or "EUR").strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        raise ValidationError("currency", f"{data.currency!r} is not a currency code (EUR, USD…).")
    if data.probability is not None and not 0 <= data.probability <= 100:
        raise ValidationError("probability", "The probability is between 0 and 100 %.")
    if data.contact_id is not None and not records.is_live("contact", data.contact_id):
        raise ValidationError("contact_id", "That contact is gone (or in the trash).")
    values = {
        "title": title, "title_key": fold(title), "stage_id": stage.id,
        "value_cents": int(value * 100), "currency": currency,
        "contact_id": data.contact_id, "probability": data.probability,
        "expected_close": data.expected_close.isoformat() if data.expected_close else "",
        "notes": data.notes.rstrip(),
    }
    return values, stage


def create_deal(data: DealData) -> int:
    values, stage = validate(data)
    stamp = now_iso()
    with db.atomic():
        values["account_id"] = _account(data)
        values["closed_at"] = stamp if stage.outcome != "open" else None
        names = ", ".join(values)
        deal_id = db.execute_sql(
            f"INSERT INTO deal (uid, created_at, updated_at, {names}) VALUES"
            f" (?, ?, ?, {', '.join('?' * len(values))})",
            [new_uid(), stamp, stamp, *values.values()]).lastrowid
        _event(deal_id, None, stage, stamp)
    return deal_id


def _account(data: DealData) -> int | None:
    if data.company.strip():
        return find_or_create_account(data.company)
    if data.contact_id is not None:  # the contact's company
        return db.execute_sql("SELECT account_id FROM contact WHERE id = ?",
                              (data.contact_id,)).fetchone()[0]
    return None


def update_deal(deal_id: int, data: DealData) -> None:
    values, stage = validate(data)
    with db.atomic():
        before = _row(deal_id)
        values["account_id"] = _account(data)
        stamp = now_iso()
        values["closed_at"] = _closed_at(before, stage, stamp)
        sets = ", ".join(f"{n} = ?" for n in values)
        db.execute_sql(f"UPDATE deal SET {sets}, updated_at = ? WHERE id = ?",
                       [*values.values(), stamp, deal_id])
        if before["stage_id"] != stage.id:
            _event(deal_id, before["stage_id"], stage, stamp)


def move_deal(deal_id: int, stage_id: int) -> bool:
    """To another stage (a drag on the board); False if it was there already."""
    stage = _stage(stage_id)
    with db.atomic():
        before = _row(deal_id)
        if before["stage_id"] == stage.id:
            return False
        stamp = now_iso()
        db.execute_sql("UPDATE deal SET stage_id = ?, closed_at = ?, updated_at = ?"
                       " WHERE id = ?", (stage.id, _closed_at(before, stage, stamp), stamp,
                                         deal_id))
        _event(deal_id, before["stage_id"], stage, stamp)
    return True


def _closed_at(before: dict, stage: Stage, stamp: str) -> str | None:
    if stage.outcome == "open":
        return None
    return before["closed_at"] or stamp if before["stage_id"] == stage.id else stamp


def _row(deal_id: int) -> dict:
    cursor = db.execute_sql("SELECT * FROM deal WHERE id = ? AND deleted_at IS NULL",
                            (deal_id,))
    row = cursor.fetchone()
    if row is None:
        raise ValidationError("id", f"Deal {deal_id} is gone (or in the trash).")
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def _event(deal_id: int, from_stage: int | None, to: Stage, stamp: str) -> None:
    """A stage change, for the timeline of the deal's contact or company."""
    row = _row(deal_id)
    names = {s.id: s.name for s in stages(include_removed=True)}
    detail = f"{names[from_stage]} → {to.name}" if from_stage else f"New deal in {to.name}"
    db.execute_sql(
        "INSERT INTO deal_event (deal_id, occurred_at, updated_at, from_stage_id, to_stage_id,"
        " contact_id, account_id, title, detail, value_cents, currency, text_key)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (deal_id, stamp, stamp, from_stage, to.id, row["contact_id"],
         None if row["contact_id"] else row["account_id"], row["title"], detail,
         row["value_cents"], row["currency"], fold(f"{row['title']} {detail}")))


def get_deal(deal_id: int) -> Deal:
    return _deals("d.id = ?", [deal_id])[0]


def data_of(deal: Deal) -> DealData:
    return DealData(title=deal.title, stage_id=deal.stage_id, value=deal.value,
                    currency=deal.currency, company=deal.company, contact_id=deal.contact_id,
                    expected_close=date.fromisoformat(deal.expected_close)
                    if deal.expected_close else None,
                    probability=deal.probability, notes=deal.notes)


_DEAL = ("SELECT d.id, d.title, d.value_cents, d.currency, d.stage_id, coalesce(a.name, ''),"
         " trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')), d.contact_id,"
         " d.account_id, d.expected_close, d.probability, d.notes, d.updated_at FROM deal d"
         " LEFT JOIN account a ON a.id = d.account_id"
         " LEFT JOIN contact c ON c.id = d.contact_id")


def _deals(where: str, params: list, tail: str = "") -> list[Deal]:
    out = []
    for row in db.execute_sql(f"{_DEAL} WHERE d.deleted_at IS NULL AND {where} {tail}",
                              params):
        row = list(row)
        row[2] = money(row[2])
        out.append(Deal(*row))
    return out


def trash_deals(ids: list[int]) -> int:
    return records.set_deleted("deal", ids, now_iso())


def restore_deals(ids: list[int]) -> int:
    return records.set_deleted("deal", ids, None)


# --- the board and the numbers ----------------------------------------------------------
def board(per_stage: int = 200) -> list[Column]:
    """A column per stage: how many deals and their total per currency (in SQL, on the
    stage index), and its ``per_stage`` largest deals."""
    counts: dict[int, int] = defaultdict(int)
    totals: dict[int, dict[str, Decimal]] = defaultdict(dict)
    for stage_id, currency, count, cents in db.execute_sql(
            "SELECT stage_id, currency, count(*), sum(value_cents) FROM deal"
            " WHERE deleted_at IS NULL GROUP BY stage_id, currency"):
        counts[stage_id] += count
        totals[stage_id][currency] = money(cents)
    columns = []
    for stage in stages():
        deals = _deals("d.stage_id = ?", [stage.id, per_stage],
                       "ORDER BY d.value_cents DESC, d.id DESC LIMIT ?") if counts[stage.id] \
            else []
        columns.append(Column(stage, counts[stage.id], totals[stage.id], deals))
    return columns


def open_pipeline() -> list[tuple[Stage, dict[str, Decimal], dict[str, Decimal]]]:
    """Open stages with their total and their probability-weighted total, per currency."""
    out = []
    by_stage: dict[int, list] = defaultdict(list)
    for row in db.execute_sql(
            "SELECT d.stage_id, d.currency, sum(d.value_cents),"
            " sum(d.value_cents * coalesce(d.probability, s.probability)) / 100"
            " FROM deal d JOIN deal_stage s ON s.id = d.stage_id"
            " WHERE d.deleted_at IS NULL AND s.outcome = 'open' GROUP BY 1, 2"):
        by_stage[row[0]].append(row[1:])
    for stage in stages():
        if stage.outcome == "open":
            rows = by_stage[stage.id]
            out.append((stage, {c: money(t) for c, t, _ in rows},
                        {c: money(w) for c, _, w in rows}))
    return out


def won_lost_by_month(months: int = 12, today: date | None = None) -> list[tuple[str, int, int]]:
    """(YYYY-MM, deals won, deals lost) for the last ``months`` months, oldest first."""
    today = today or date.today()
    first = month_start(today, months - 1)
    found = {m: (w, lo) for m, w, lo in db.execute_sql(
        "SELECT substr(d.closed_at, 1, 7), sum(s.outcome = 'won'), sum(s.outcome = 'lost')"
        " FROM deal d JOIN deal_stage s ON s.id = d.stage_id WHERE d.deleted_at IS NULL"
        " AND d.closed_at >= ? GROUP BY 1", (first.isoformat(),))}
    return [(m, *found.get(m, (0, 0))) for m in months_from(first, months)]


def funnel_by_month(months: int = 12, today: date | None = None) -> list[tuple[str, dict]]:
    """(YYYY-MM, {"lead→prospect": n, ...}): contacts' status changes per month."""
    today = today or date.today()
    first = month_start(today, months - 1)
    found: dict[str, dict[str, int]] = defaultdict(dict)
    for month, before, after, count in db.execute_sql(
            "SELECT substr(changed_at, 1, 7), coalesce(from_status, ''), to_status, count(*)"
            " FROM contact_status_change WHERE changed_at >= ? GROUP BY 1, 2, 3",
            (first.isoformat(),)):
        found[month][f"{before}→{after}"] = count
    return [(m, found.get(m, {})) for m in months_from(first, months)]


# --- months (the monthly series here and on the dashboard) ------------------------------
def month_start(today: date, back: int) -> date:
    """The first day of the month ``back`` months before ``today``'s."""
    month = today.year * 12 + today.month - 1 - back
    return date(month // 12, month % 12 + 1, 1)


def months_from(first: date, count: int) -> list[str]:
    """``count`` months as YYYY-MM, from ``first``'s on."""
    start = first.year * 12 + first.month - 1
    return [f"{(start + i) // 12:04d}-{(start + i) % 12 + 1:02d}" for i in range(count)]


def month_bounds(month: str) -> tuple[str, str]:
    """YYYY-MM -> (it, the month after): stored times ``>= start AND < end`` fall in it."""
    return month, months_from(date(int(month[:4]), int(month[5:7]), 1), 2)[1]


#: The table view's columns' sort keys (Deal, Stage, Value, Company, Contact, Close, Changed).
TABLE_SORTS = ("d.title_key", "(SELECT position FROM deal_stage WHERE id = d.stage_id)",
               "d.value_cents", "coalesce(a.name_key, '')", "coalesce(c.last_key, '')",
               "d.expected_close", "d.updated_at")


def table(sort: int = 6, descending: bool = True, limit: int = 5000,
          closed: tuple[str, str] | None = None) -> tuple[int, list[Deal]]:
    """How many live deals there are, and the first ``limit`` in the order asked for
    (sorted in SQL: a big pipeline is not loaded whole). With ``closed`` (YYYY-MM, "won"
    or "lost"), only the deals closed so that month."""
    way = "DESC" if descending else "ASC"
    order = f"ORDER BY {TABLE_SORTS[sort]} {way}, d.id {way} LIMIT ?"
    if closed is None:
        return stats.live("deal"), _deals("1", [limit], order)
    month, outcome = closed
    where = ("d.closed_at >= ? AND d.closed_at < ? AND d.stage_id IN"
             " (SELECT id FROM deal_stage WHERE outcome = ?)")
    params = [*month_bounds(month), outcome]
    total = db.execute_sql(f"SELECT count(*) FROM deal d WHERE d.deleted_at IS NULL AND {where}",
                           params).fetchone()[0]
    return total, _deals(where, [*params, limit], order)
