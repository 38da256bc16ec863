"""Customer feedback: CSAT (1-5) and NPS (0-10) answers, and what they add up to.

NPS is the share of promoters (9-10) minus the share of detractors (0-6), in points from
-100 to 100; CSAT is the mean answer. With no answers there is no score (None), never 0.
A feedback is given on a day; it is stored as an instant (that day's noon where the user
is, or now when it is today) so that it takes its place on the timeline.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from crm_desktop.errors import ValidationError
from crm_desktop.services import records
from crm_desktop.services.interactions import from_utc_text, utc_text
from crm_desktop.store.db import database_proxy as db
from crm_desktop.store.models import CHANNELS, Feedback, now_iso
from crm_desktop.text import fold

CHANNEL_LABELS = {"call": "Call", "email": "E-mail", "visit": "Visit", "survey": "Survey",
                  "other": "Other"}
CSAT_LABELS = {1: "1 – Very unhappy", 2: "2 – Unhappy", 3: "3 – Neutral", 4: "4 – Happy",
               5: "5 – Very happy"}
UNHAPPY_CSAT = 2  # at most this is unhappy
PROMOTER, DETRACTOR_MAX = 9, 6


@dataclass
class FeedbackData:
    contact_id: int | None
    given_on: date
    channel: str = "call"
    csat: int | None = None
    nps: int | None = None
    category: str = "Other"
    comment: str = ""


def validate(data: FeedbackData, today: date | None = None) -> FeedbackData:
    clean = replace(data, comment=data.comment.strip(),
                    category=" ".join((data.category or "").split()))
    today = today or date.today()
    if not records.is_live("contact", clean.contact_id):
        raise ValidationError("contact", "Feedback belongs to a contact: choose one.")
    if not isinstance(clean.given_on, date):
        raise ValidationError("given_on", "Give the day the feedback was given.")
    if clean.given_on > today:
        raise ValidationError("given_on", "Feedback cannot be given on a day still to come.")
    if clean.channel not in CHANNELS:
        raise ValidationError("channel", f"Unknown channel {clean.channel!r}.")
    if clean.csat is None and clean.nps is None:
        raise ValidationError("csat", "Give a satisfaction score (CSAT 1-5), a"
                              " recommendation score (NPS 0-10), or both.")
    if clean.csat is not None and not 1 <= clean.csat <= 5:
        raise ValidationError("csat", "Satisfaction (CSAT) is from 1 to 5.")
    if clean.nps is not None and not 0 <= clean.nps <= 10:
        raise ValidationError("nps", "Would-recommend (NPS) is from 0 to 10.")
    if not clean.category:
        raise ValidationError("category", "Choose a category (or type a new one).")
    return clean


def given_at(day: date, now: datetime | None = None) -> str:
    """The instant stored for feedback given on ``day``: now if today, else noon."""
    now = now or datetime.now().astimezone()
    if day == now.date():
        return utc_text(now)
    return utc_text(datetime.combine(day, time(12, 0), now.tzinfo))


def _row(data: FeedbackData) -> dict:
    return {
        "contact": data.contact_id, "given_at": given_at(data.given_on),
        "channel": data.channel, "csat": data.csat, "nps": data.nps,
        "category": data.category, "comment": data.comment,
        "text_key": fold(f"{data.category} {data.comment}"),
    }


def create_feedback(data: FeedbackData, followup_id: int | None = None) -> int:
    data = validate(data)
    with db.atomic():
        add_category(data.category)
        return Feedback.insert(**_row(data), followup=followup_id).execute()


def update_feedback(feedback_id: int, data: FeedbackData) -> None:
    data = validate(data)
    with db.atomic():
        add_category(data.category)
        if not Feedback.update(**_row(data), updated_at=now_iso()).where(
                Feedback.id == feedback_id).execute():
            raise ValidationError("id", f"Feedback {feedback_id} no longer exists.")


def get_feedback(feedback_id: int) -> FeedbackData:
    row = Feedback.get_by_id(feedback_id)
    return FeedbackData(row.contact_id, from_utc_text(row.given_at).astimezone().date(),
                        row.channel, row.csat, row.nps, row.category, row.comment)


def trash_feedback(ids: Sequence[int]) -> int:
    return records.set_deleted("feedback", ids, now_iso())


def restore_feedback(ids: Sequence[int]) -> int:
    return records.set_deleted("feedback", ids, None)


# --- categories (an editable list) ----------------------------------------------------------

def categories() -> list[str]:
    return [r[0] for r in db.execute_sql(
        "SELECT name FROM feedback_category ORDER BY position, name COLLATE NOCASE")]


def add_category(name: str) -> None:
    """Add ``name`` to the list unless it is there (without regard to case)."""
    name = " ".join(name.split())
    if name:
        db.execute_sql(
            "INSERT OR IGNORE INTO feedback_category (name, position) VALUES"
            " (?, (SELECT coalesce(max(position), 0) + 1 FROM feedback_category))", (name,))


def remove_category(name: str) -> None:
    """Take ``name`` off the list offered; feedback already filed under it keeps it."""
    db.execute_sql("DELETE FROM feedback_category WHERE name = ?", (name,))


# --- scores ---------------------------------------------------------------------------------

def nps_score(answers: Iterable[int]) -> float | None:
    """Promoters minus detractors, in percentage points; None without answers."""
    answers = list(answers)
    if not answers:
        return None
    promoters = sum(a >= PROMOTER for a in answers)
    detractors = sum(a <= DETRACTOR_MAX for a in answers)
    return 100 * (promoters - detractors) / len(answers)


def mean(values: Iterable[int]) -> float | None:
    values = list(values)
    return sum(values) / len(values) if values else None


@dataclass(frozen=True)
class Satisfaction:
    answers: int
    csat: float | None  # mean CSAT
    last_nps: int | None
    trend: str  # "up", "down", "steady" or "" (too few answers to tell)
    last_given: datetime | None


def _scope(contact_id: int | None, account_id: int | None) -> tuple[str, list]:
    if contact_id is not None:
        return "f.contact_id = ?", [contact_id]
    return ("f.contact_id IN (SELECT id FROM contact WHERE account_id = ? AND deleted_at IS NULL)",
            [account_id])


def satisfaction(*, contact_id: int | None = None, account_id: int | None = None
                 ) -> Satisfaction:
    """A contact's (or an account's people's) mean CSAT, last NPS, and the trend: the
    mean of the newest half of the scores against the older half (a 0.5-point move on
    the CSAT scale, or 1 point of NPS / 2, counts)."""
    where, params = _scope(contact_id, account_id)
    rows = db.execute_sql(
        f"SELECT given_at, csat, nps FROM feedback f WHERE f.deleted_at IS NULL AND {where}"
        " ORDER BY given_at, id", params).fetchall()
    csats = [c for _, c, _ in rows if c is not None]
    nps = [n for _, _, n in rows if n is not None]
    # One score per answer on the CSAT scale: NPS 0-10 mapped onto 1-5.
    scores = [c if c is not None else 1 + n * 0.4 for _, c, n in rows]
    trend = ""
    if len(scores) >= 2:
        half = len(scores) // 2
        delta = mean(scores[-half:]) - mean(scores[:half])
        trend = "up" if delta >= 0.5 else "down" if delta <= -0.5 else "steady"
    return Satisfaction(len(rows), mean(csats), nps[-1] if nps else None, trend,
                        from_utc_text(rows[-1][0]) if rows else None)


@dataclass(frozen=True)
class Month:
    month: str  # "2026-11"
    answers: int
    csat: float | None
    csat_answers: int
    nps: float | None
    nps_answers: int
    promoters: int
    detractors: int


def monthly(since: date | None = None, until: date | None = None) -> list[Month]:
    """CSAT and NPS per calendar month (in UTC months), oldest first; months without
    feedback are left out. Aggregated in SQL: a million answers cost one index scan."""
    where, params = ["deleted_at IS NULL"], []
    if since is not None:
        where.append("given_at >= ?")
        params.append(since.isoformat())
    if until is not None:
        where.append("given_at < ?")
        params.append((until + timedelta(days=1)).isoformat())
    rows = db.execute_sql(
        f"SELECT substr(given_at, 1, 7) AS month, count(*), avg(csat), count(csat),"
        f" count(nps), sum(nps >= {PROMOTER}), sum(nps <= {DETRACTOR_MAX})"
        f" FROM feedback WHERE {' AND '.join(where)} GROUP BY month ORDER BY month", params)
    out = []
    for month, answers, csat, csat_n, nps_n, promoters, detractors in rows:
        promoters, detractors = promoters or 0, detractors or 0
        nps = 100 * (promoters - detractors) / nps_n if nps_n else None
        out.append(Month(month, answers, csat, csat_n, nps, nps_n, promoters, detractors))
    return out


@dataclass(frozen=True)
class CategoryScore:
    category: str
    answers: int
    csat: float | None
    nps: float | None


def by_category() -> list[CategoryScore]:
    rows = db.execute_sql(
        f"SELECT category, count(*), avg(csat), count(nps), sum(nps >= {PROMOTER}),"
        f" sum(nps <= {DETRACTOR_MAX}) FROM feedback WHERE deleted_at IS NULL"
        " GROUP BY category COLLATE NOCASE ORDER BY count(*) DESC, category")
    return [CategoryScore(cat, n, csat, 100 * ((p or 0) - (d or 0)) / nps_n if nps_n else None)
            for cat, n, csat, nps_n, p, d in rows]


@dataclass(frozen=True)
class Unhappy:
    feedback_id: int
    contact_id: int
    name: str
    company: str
    given_at: datetime
    csat: int | None
    nps: int | None
    category: str
    comment: str


def unhappy_without_followup(limit: int = 500) -> list[Unhappy]:
    """Contacts whose latest feedback is unhappy (CSAT <= 2 or an NPS detractor) and who
    have no follow-up planned since it (open or done): the ones to call back now."""
    rows = db.execute_sql(
        f"""
        SELECT f.id, f.contact_id, trim(c.first_name || ' ' || c.last_name),
               coalesce(a.name, ''), f.given_at, f.csat, f.nps, f.category, f.comment
        FROM feedback f
        JOIN contact c ON c.id = f.contact_id AND c.deleted_at IS NULL
        LEFT JOIN account a ON a.id = c.account_id AND a.deleted_at IS NULL
        WHERE f.deleted_at IS NULL
          AND (f.csat <= {UNHAPPY_CSAT} OR f.nps <= {DETRACTOR_MAX})
          AND NOT EXISTS (SELECT 1 FROM feedback g WHERE g.contact_id = f.contact_id
                          AND g.deleted_at IS NULL AND (g.given_at, g.id) > (f.given_at, f.id))
          AND NOT EXISTS (SELECT 1 FROM followup u WHERE u.contact_id = f.contact_id
                          AND u.deleted_at IS NULL AND u.created_at >= f.given_at)
          AND f.followup_id IS NULL
        ORDER BY f.given_at DESC LIMIT ?""", (limit,))
    return [Unhappy(fid, cid, name, company, from_utc_text(at), csat, nps, cat, comment)
            for fid, cid, name, company, at, csat, nps, cat, comment in rows]


def recent_for(contact_id: int, limit: int = 5) -> list[tuple[datetime, int | None, int | None,
                                                              str, str]]:
    return [(from_utc_text(at), csat, nps, cat, comment) for at, csat, nps, cat, comment in
            db.execute_sql("SELECT given_at, csat, nps, category, comment FROM feedback"
                           " WHERE contact_id = ? AND deleted_at IS NULL"
                           " ORDER BY given_at DESC, id DESC LIMIT ?", (contact_id, limit))]
