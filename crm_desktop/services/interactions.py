"""Interactions (calls, meetings, e-mails, notes, purchases, support requests) and the
timeline that shows them, newest first, for a contact or an account.

An interaction happened at an instant: it is stored as UTC text and shown in the
user's time zone. An account's timeline holds its own interactions and those of its
live contacts. Pages come by keyset on ``(occurred_at, id)`` along the partial indexes
``interaction_contact`` / ``interaction_account``: the first page of a contact with
10,000 interactions reads 200 index entries, not 10,000.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from crm_desktop.errors import ValidationError
from crm_desktop.services import records
from crm_desktop.store.db import database_proxy as db
from crm_desktop.store.values import INTERACTION_KINDS, SUPPORT_STATUSES, now_iso
from crm_desktop.text import fold

KIND_LABELS = {
    "call": "Call", "meeting": "Meeting", "email": "E-mail", "note": "Note",
    "purchase": "Purchase", "support": "Support request",
}
TIMED_KINDS = ("call", "meeting")  # the kinds that have a duration
#: Kinds that count as being in touch with someone ("last contacted"); a note is not.
CONTACTING_KINDS = tuple(k for k in INTERACTION_KINDS if k != "note")
MAX_MINUTES = 7 * 24 * 60
MAX_CENTS = 10**15


def utc_text(moment: datetime) -> str:
    """An aware datetime as stored: UTC ISO-8601 with milliseconds and a Z.
    A naive datetime is taken as the machine's local time."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def from_utc_text(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def parse_amount(text: str | Decimal | float | int | None) -> Decimal | None:
    """"1,234.50", "1234,5", 99 -> Decimal with two places; "" -> None."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    if isinstance(text, str):
        raw = text.strip().replace(" ", "").replace("\u00a0", "")
        if "," in raw and "." in raw:  # the later one is the decimal mark
            raw = raw.replace(",", "") if raw.rfind(".") > raw.rfind(",") else (
                raw.replace(".", "").replace(",", ".")
            )
        elif "," in raw:
            head, _, tail = raw.rpartition(",")
            raw = raw.replace(",", "") if len(tail) == 3 and head else raw.replace(",", ".")
        text = raw
    try:
        value = Decimal(str(text))
    except InvalidOperation:
        raise ValidationError("amount", f"{text!r} is not an amount.") from None
    if not value.is_finite():
        raise ValidationError("amount", f"{text!r} is not an amount.")
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def money(cents: int | None) -> Decimal | None:
    """Stored hundredths as an amount with two places (12.50, not 12.5)."""
    return None if cents is None else (Decimal(cents) / 100).quantize(Decimal("0.01"))


@dataclass
class InteractionData:
    kind: str = "note"
    occurred_at: datetime | None = None  # None: now
    subject: str = ""
    body: str = ""
    outcome: str = ""
    duration_minutes: int | None = None
    amount: Decimal | None = None
    currency: str = ""
    status: str | None = None
    contact_id: int | None = None
    account_id: int | None = None

    @property
    def title(self) -> str:
        return self.subject or (self.body.splitlines() or [""])[0][:60] or KIND_LABELS[self.kind]


def validate(data: InteractionData) -> InteractionData:
    """A cleaned copy of ``data``, or :class:`ValidationError` naming the field."""
    clean = replace(data)
    if clean.kind not in INTERACTION_KINDS:
        raise ValidationError("kind", f"Unknown kind {clean.kind!r}: use {', '.join(KIND_LABELS)}.")
    clean.subject = " ".join(clean.subject.split())
    clean.body = clean.body.strip()
    clean.outcome = clean.outcome.strip()
    if clean.occurred_at is None:
        clean.occurred_at = datetime.now(UTC)
    if not (clean.subject or clean.body):
        raise ValidationError("subject", "Give it a subject or write something in it.")
    if clean.kind in TIMED_KINDS:
        if clean.duration_minutes is not None and not 0 <= clean.duration_minutes <= MAX_MINUTES:
            raise ValidationError(
                "duration", f"A duration is 0 to {MAX_MINUTES:,} minutes (a week)."
            )
    else:
        clean.duration_minutes = None
    if clean.kind == "purchase":
        clean.amount = parse_amount(clean.amount)
        if clean.amount is None:
            raise ValidationError("amount", "A purchase needs an amount.")
        if clean.amount < 0 or clean.amount * 100 >= MAX_CENTS:
            raise ValidationError("amount", f"{clean.amount} is not a purchase amount.")
        clean.currency = clean.currency.strip().upper()
        if len(clean.currency) != 3 or not clean.currency.isalpha():
            raise ValidationError(
                "currency", "A purchase needs a three-letter currency code, e.g. EUR or USD."
            )
    else:
        clean.amount, clean.currency = None, ""
    if clean.kind == "support":
        clean.status = clean.status or "open"
        if clean.status not in SUPPORT_STATUSES:
            raise ValidationError("status", f"Unknown status {clean.status!r}.")
    else:
        clean.status = None
    if clean.contact_id is None and clean.account_id is None:
        raise ValidationError("contact", "Choose the contact or the company it was with.")
    if clean.contact_id is not None and not records.is_live("contact", clean.contact_id):
        raise ValidationError("contact", "That contact no longer exists (or is in the trash).")
    if clean.account_id is not None and not records.is_live("account", clean.account_id):
        raise ValidationError("account", "That company no longer exists (or is in the trash).")
    return clean


def _row(data: InteractionData) -> dict:
    return {
        "kind": data.kind,
        "occurred_at": utc_text(data.occurred_at),
        "subject": data.subject,
        "body": data.body,
        "outcome": data.outcome,
        "duration_minutes": data.duration_minutes,
        "amount_cents": int(data.amount * 100) if data.amount is not None else None,
        "currency": data.currency,
        "status": data.status,
        "text_key": fold(f"{data.subject} {data.body} {data.outcome}"),
        "contact": data.contact_id,
        "account": data.account_id,
    }


def create_interaction(data: InteractionData) -> int:
    from crm_desktop.store.models import Interaction  # the models: not at the window's start

    data = validate(data)
    with db.atomic():
        iid = Interaction.insert(**_row(data)).execute()
        refresh_signals([data.contact_id])
    return iid


def update_interaction(interaction_id: int, data: InteractionData) -> None:
    from crm_desktop.store.models import Interaction

    data = validate(data)
    with db.atomic():
        before = Interaction.get_or_none(Interaction.id == interaction_id)
        if before is None:
            raise ValidationError("id", f"Interaction {interaction_id} no longer exists.")
        Interaction.update(**_row(data), updated_at=now_iso()).where(
            Interaction.id == interaction_id
        ).execute()
        refresh_signals([before.contact_id, data.contact_id])


def get_interaction(interaction_id: int) -> InteractionData:
    from crm_desktop.store.models import Interaction

    row = Interaction.get_by_id(interaction_id)
    return InteractionData(
        kind=row.kind,
        occurred_at=from_utc_text(row.occurred_at),
        subject=row.subject,
        body=row.body,
        outcome=row.outcome,
        duration_minutes=row.duration_minutes,
        amount=money(row.amount_cents),
        currency=row.currency,
        status=row.status,
        contact_id=row.contact_id,
        account_id=row.account_id,
    )


def _set_deleted(ids: Sequence[int], deleted_at: str | None) -> int:
    with db.atomic():
        touched: list[int | None] = []
        total = records.set_deleted("interaction", ids, deleted_at, touched)
        refresh_signals(touched)
    return total


def trash_interactions(ids: Sequence[int]) -> int:
    """Move interactions to the trash; return how many moved."""
    return _set_deleted(ids, now_iso())


def restore_interactions(ids: Sequence[int]) -> int:
    return _set_deleted(ids, None)


# --- relationship signals on contacts ---------------------------------------------------

_SIGNALS_SQL = f"""
SELECT c.id,
  coalesce((SELECT max(i.occurred_at) FROM interaction i WHERE i.contact_id = c.id
            AND i.deleted_at IS NULL
            AND i.kind IN ({", ".join(f"'{k}'" for k in CONTACTING_KINDS)})), ''),
  coalesce((SELECT min(f.due_date || coalesce(' ' || f.due_time, '')) FROM followup f
            WHERE f.contact_id = c.id AND f.deleted_at IS NULL AND f.done_at IS NULL), ''),
  c.last_contacted_at, c.next_followup
FROM contact c WHERE c.id IN ({{marks}})
"""


def refresh_signals(contact_ids: Iterable[int | None]) -> None:
    """Recompute "last contacted" and "next follow-up" of these contacts (call inside
    the transaction that changed their interactions or follow-ups). Only rows whose
    values change are written: each write re-sorts the list's in-memory ranks."""
    ids = sorted({i for i in contact_ids if i is not None})
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = db.execute_sql(_SIGNALS_SQL.format(marks=",".join("?" * len(chunk))), chunk)
        changed = [(last, nxt, cid) for cid, last, nxt, old_last, old_next in rows
                   if (last, nxt) != (old_last, old_next)]
        if changed:
            db.connection().executemany(
                "UPDATE contact SET last_contacted_at = ?, next_followup = ? WHERE id = ?",
                changed,
            )


# --- the timeline -----------------------------------------------------------------------

@dataclass(frozen=True)
class TimelineItem:
    """One entry of a timeline: an interaction, or (``source`` "feedback") a feedback."""

    source: str
    id: int
    kind: str  # an interaction kind, or "feedback"
    occurred_at: datetime  # aware, UTC
    subject: str
    body: str
    outcome: str
    duration_minutes: int | None
    amount_cents: int | None
    currency: str
    status: str | None
    csat: int | None
    nps: int | None
    contact_id: int | None
    contact_name: str
    account_id: int | None
    account_name: str

    @property
    def key(self) -> tuple[str, str, int]:
        """The keyset anchor: the next page starts after this entry."""
        return utc_text(self.occurred_at), self.source, self.id

    @property
    def amount(self) -> Decimal | None:
        return money(self.amount_cents)

    @property
    def title(self) -> str:
        if self.source == "feedback":
            scores = [f"CSAT {self.csat}/5" if self.csat is not None else "",
                      f"NPS {self.nps}" if self.nps is not None else ""]
            return f"{self.subject}, " + ", ".join(s for s in scores if s)
        first_line = (self.body.splitlines() or [""])[0]
        return self.subject or first_line[:80] or KIND_LABELS[self.kind]


TIMELINE_LABELS = {**KIND_LABELS, "feedback": "Feedback", "deal": "Deal"}
_ITEM_COLUMNS = [f.name for f in fields(TimelineItem)]
_NAME = "trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, ''))"
_INTERACTIONS = f"""
SELECT 'interaction', i.id, i.kind, i.occurred_at, i.subject, i.body, i.outcome,
       i.duration_minutes, i.amount_cents, i.currency, i.status, NULL, NULL, i.contact_id,
       {_NAME}, i.account_id, coalesce(a.name, '')
FROM interaction i
LEFT JOIN contact c ON c.id = i.contact_id
LEFT JOIN account a ON a.id = i.account_id
"""
_FEEDBACK = f"""
SELECT 'feedback', i.id, 'feedback', i.given_at, i.category, i.comment, '', NULL, NULL, '',
       NULL, i.csat, i.nps, i.contact_id, {_NAME}, NULL, ''
FROM feedback i
LEFT JOIN contact c ON c.id = i.contact_id
"""


_DEAL_EVENTS = f"""
SELECT 'deal_event', i.id, 'deal', i.occurred_at, i.title, i.detail, '', NULL, i.value_cents,
       i.currency, NULL, NULL, NULL, i.contact_id, {_NAME}, i.account_id, coalesce(a.name, '')
FROM deal_event i
LEFT JOIN contact c ON c.id = i.contact_id
LEFT JOIN account a ON a.id = i.account_id
"""


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass(frozen=True)
class TimelineScope:
    """Whose timeline: one contact's, or one account's (with its contacts')."""

    contact_id: int | None = None
    account_id: int | None = None
    kinds: tuple[str, ...] = ()  # empty: every kind (feedback included)
    search: str = ""

    def where(self) -> tuple[list[str], list]:
        """The interactions' part (alias ``i``)."""
        if (self.contact_id is None) == (self.account_id is None):
            raise ValueError("a timeline is a contact's or an account's")
        where, params = self._part("interaction", own=True)
        kinds = [k for k in self.kinds if k not in ("feedback", "deal")]
        if kinds:
            where.append(f"i.kind IN ({','.join('?' * len(kinds))})")
            params += kinds
        return where, params

    def feedback_where(self) -> tuple[list[str], list]:
        """The feedback's part (alias ``i`` too): a contact's, or an account's people's."""
        return self._part("feedback", own=False)

    def deal_where(self) -> tuple[list[str], list]:
        """Deals' stage changes (alias ``i``): with the contact, or with the company (its
        own deals', and its people's)."""
        return self._part("deal_event", own=True)

    def _part(self, table: str, own: bool) -> tuple[list[str], list]:
        """Where ``table``'s rows (alias ``i``) are in this timeline: the contact's; or the
        account's people's, and with ``own`` the account's own rows too. (Two index lookups,
        not an OR, which SQLite answers by scanning the whole contact index.)"""
        where, params = ["i.deleted_at IS NULL"], []
        if self.contact_id is not None:
            where.append("i.contact_id = ?")
            params.append(self.contact_id)
        elif own:
            where.append(
                f"i.id IN (SELECT id FROM {table} WHERE deleted_at IS NULL AND account_id = ?"
                f" UNION ALL SELECT x.id FROM contact c JOIN {table} x ON x.contact_id = c.id"
                " AND x.deleted_at IS NULL WHERE c.account_id = ? AND c.deleted_at IS NULL)")
            params += [self.account_id, self.account_id]
        else:
            where.append("i.contact_id IN (SELECT id FROM contact WHERE account_id = ?"
                         " AND deleted_at IS NULL)")
            params.append(self.account_id)
        for word in fold(self.search).split():
            where.append("i.text_key LIKE ? ESCAPE '\\'")
            params.append(_like(word))
        return where, params

    def parts(self) -> list[tuple[str, str, list[str], list]]:
        """(source, SELECT, where, params) of each table this timeline reads."""
        out = []
        if not self.kinds or any(k not in ("feedback", "deal") for k in self.kinds):
            out.append(("interaction", _INTERACTIONS, *self.where()))
        if not self.kinds or "feedback" in self.kinds:
            out.append(("feedback", _FEEDBACK, *self.feedback_where()))
        if not self.kinds or "deal" in self.kinds:
            out.append(("deal_event", _DEAL_EVENTS, *self.deal_where()))
        return out


def timeline(
    scope: TimelineScope, *, after: tuple[str, str, int] | None = None, limit: int = 200
) -> list[TimelineItem]:
    """Newest first; with ``after`` (an entry's :attr:`TimelineItem.key`), the entries
    that come after it. Each table gives its own first ``limit`` along its index; the
    merged page is their newest ``limit``."""
    selects, params = [], []
    for source, select, where, part_params in scope.parts():
        if after is not None:
            where = [*where, f"(i.{'given_at' if source == 'feedback' else 'occurred_at'},"
                             f" '{source}', i.id) < (?, ?, ?)"]
            part_params = [*part_params, *after]
        time_col = "given_at" if source == "feedback" else "occurred_at"
        selects.append(f"SELECT * FROM ({select} WHERE {' AND '.join(where)}"
                       f" ORDER BY i.{time_col} DESC, i.id DESC LIMIT ?)")
        params += [*part_params, limit]
    sql = " UNION ALL ".join(selects) + " ORDER BY 4 DESC, 1 DESC, 2 DESC LIMIT ?"
    out = []
    for row in db.execute_sql(sql, [*params, limit]):
        values = dict(zip(_ITEM_COLUMNS, row, strict=True))
        values["occurred_at"] = from_utc_text(values["occurred_at"])
        out.append(TimelineItem(**values))
    return out


def timeline_count(scope: TimelineScope) -> int:
    total = 0
    for source, _select, where, params in scope.parts():
        total += db.execute_sql(
            f"SELECT count(*) FROM {source} i WHERE {' AND '.join(where)}", params
        ).fetchone()[0]
    return total


# --- purchases --------------------------------------------------------------------------

@dataclass(frozen=True)
class PurchaseSummary:
    count: int
    totals: dict[str, Decimal]  # lifetime value per currency, largest first
    last: datetime | None

    def lifetime_value(self) -> str:
        """"EUR 1,250.00 + USD 80.00", or "" with no purchases."""
        return " + ".join(f"{cur} {amount:,.2f}" for cur, amount in self.totals.items())


def purchases(*, contact_id: int | None = None, account_id: int | None = None) -> PurchaseSummary:
    """Lifetime value, last purchase and count for a contact or an account (the
    account's own purchases and its contacts')."""
    where, params = TimelineScope(contact_id, account_id, ("purchase",)).where()
    rows = db.execute_sql(
        f"SELECT i.currency, sum(i.amount_cents), count(*), max(i.occurred_at)"
        f" FROM interaction i WHERE {' AND '.join(where)} GROUP BY i.currency", params,
    ).fetchall()
    totals = {cur: money(cents) for cur, cents, _, _ in
              sorted(rows, key=lambda r: (-r[1], r[0]))}
    last = max((r[3] for r in rows), default=None)
    return PurchaseSummary(sum(r[2] for r in rows), totals, last and from_utc_text(last))
