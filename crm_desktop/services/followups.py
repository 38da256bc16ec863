"""Follow-ups: promises with a due day (and optionally a time), done, reopened, snoozed;
the "Today" agenda (overdue, due today, upcoming, birthdays); what falls due when.

A follow-up is due on the user's calendar day, at a wall-clock time if one is given
(iCalendar's "floating" time): "call back Tuesday 09:00" stays Tuesday 09:00 wherever
the laptop is. Whether it is overdue is decided against ``now`` in the user's zone,
which every function here takes, so that tests can stand at any instant anywhere.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from crm_desktop.errors import ValidationError
from crm_desktop.services import records
from crm_desktop.services.interactions import refresh_signals
from crm_desktop.store.db import database_proxy as db
from crm_desktop.store.models import Followup, now_iso

UPCOMING_DAYS = 14
SECTION_LIMIT = 200  # the agenda lists this many per section and counts the rest


def local_zone() -> tzinfo:
    return datetime.now().astimezone().tzinfo


def _now(now: datetime | None, tz: tzinfo | None) -> tuple[datetime, tzinfo]:
    tz = tz or local_zone()
    now = now or datetime.now(tz)
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    return now.astimezone(tz), tz


@dataclass
class FollowupData:
    due_date: date
    due_time: time | None = None
    note: str = ""
    contact_id: int | None = None
    account_id: int | None = None
    interaction_id: int | None = None


def validate(data: FollowupData) -> FollowupData:
    clean = replace(data, note=data.note.strip())
    if not isinstance(clean.due_date, date) or isinstance(clean.due_date, datetime):
        raise ValidationError("due_date", "A follow-up needs a due date.")
    if clean.due_time is not None:
        clean.due_time = clean.due_time.replace(second=0, microsecond=0, tzinfo=None)
    if clean.contact_id is None and clean.account_id is None:
        raise ValidationError("contact", "Choose the contact or the company to follow up with.")
    for table, record_id in (("contact", clean.contact_id), ("account", clean.account_id)):
        if record_id is not None and not records.is_live(table, record_id):
            raise ValidationError(table, f"That {table if table == 'contact' else 'company'}"
                                  " no longer exists (or is in the trash).")
    if not clean.note:
        raise ValidationError("note", "Say what to follow up on.")
    return clean


def _row(data: FollowupData) -> dict:
    return {
        "due_date": data.due_date.isoformat(),
        "due_time": data.due_time.strftime("%H:%M") if data.due_time else None,
        "note": data.note,
        "contact": data.contact_id,
        "account": data.account_id,
        "interaction": data.interaction_id,
    }


def _contact_of(followup_id: int) -> int | None:
    row = db.execute_sql("SELECT contact_id FROM followup WHERE id = ?", (followup_id,)).fetchone()
    if row is None:
        raise ValidationError("id", f"Follow-up {followup_id} no longer exists.")
    return row[0]


def create_followup(data: FollowupData) -> int:
    data = validate(data)
    with db.atomic():
        fid = Followup.insert(**_row(data)).execute()
        refresh_signals([data.contact_id])
    return fid


def update_followup(followup_id: int, data: FollowupData) -> None:
    data = validate(data)
    with db.atomic():
        before = _contact_of(followup_id)
        Followup.update(**_row(data), updated_at=now_iso()).where(
            Followup.id == followup_id
        ).execute()
        refresh_signals([before, data.contact_id])


def get_followup(followup_id: int) -> FollowupData:
    row = Followup.get_by_id(followup_id)
    return FollowupData(
        due_date=date.fromisoformat(row.due_date),
        due_time=time.fromisoformat(row.due_time) if row.due_time else None,
        note=row.note, contact_id=row.contact_id, account_id=row.account_id,
        interaction_id=row.interaction_id,
    )


def _update(ids: Sequence[int], sets: str, params: list, only: str = "1") -> int:
    """Change follow-ups, and their contacts' "next follow-up" with them."""
    with db.atomic():
        contacts: list[int | None] = []
        total = records.update_many("followup", ids, sets, params, only, contacts)
        refresh_signals(contacts)
    return total


def set_done(ids: Sequence[int], done: bool = True) -> int:
    """Mark follow-ups done (or reopen them); return how many changed."""
    if done:
        return _update(ids, "done_at = ?", [now_iso()], "done_at IS NULL")
    return _update(ids, "done_at = NULL", [], "done_at IS NOT NULL")


def set_due(ids: Sequence[int], due_date: date, due_time: time | None,
            snooze: bool = True) -> int:
    """Move follow-ups to a new due day (and time); a snooze is counted."""
    return _update(
        ids, "due_date = ?, due_time = ?, snoozes = snoozes + ?",
        [due_date.isoformat(), due_time.strftime("%H:%M") if due_time else None, int(snooze)],
    )


def due_of(ids: Sequence[int]) -> dict[int, tuple[date, time | None]]:
    """The current due day and time of follow-ups (what an undo of a snooze restores)."""
    out = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for fid, due_date, due_time in db.execute_sql(
            f"SELECT id, due_date, due_time FROM followup WHERE id IN ({marks})", chunk
        ):
            out[fid] = (date.fromisoformat(due_date), due_time and time.fromisoformat(due_time))
    return out


def snooze_choices(now: datetime | None = None, tz: tzinfo | None = None
                   ) -> list[tuple[str, date, time | None]]:
    """The usual snoozes from ``now``: later today, tomorrow, next week."""
    now, tz = _now(now, tz)
    today = now.date()
    out = []
    later = (now + timedelta(hours=3)).replace(minute=0, second=0, microsecond=0)
    if later.date() == today:
        out.append((f"Later today ({later:%H:%M})", today, later.time()))
    out.append(("Tomorrow", today + timedelta(days=1), None))
    monday = today + timedelta(days=7 - today.weekday())
    out.append((f"Next week ({monday:%a %d %b})", monday, None))
    return out


def trash_followups(ids: Sequence[int]) -> int:
    return _set_deleted(ids, now_iso())


def restore_followups(ids: Sequence[int]) -> int:
    return _set_deleted(ids, None)


def _set_deleted(ids: Sequence[int], deleted_at: str | None) -> int:
    with db.atomic():
        contacts: list[int | None] = []
        total = records.set_deleted("followup", ids, deleted_at, contacts)
        refresh_signals(contacts)
    return total


# --- the agenda ---------------------------------------------------------------------------

@dataclass(frozen=True)
class AgendaItem:
    id: int
    due_date: date
    due_time: time | None
    note: str
    contact_id: int | None
    contact_name: str
    account_id: int | None
    account_name: str
    done: bool = False

    @property
    def who(self) -> str:
        if self.contact_name and self.account_name:
            return f"{self.contact_name} ({self.account_name})"
        return self.contact_name or self.account_name

    def due_at(self, tz: tzinfo) -> datetime:
        """When it falls due: its time that day, or the day's start."""
        return datetime.combine(self.due_date, self.due_time or time(0), tz)

    def is_overdue(self, now: datetime) -> bool:
        """Past its day, or past its time today (``now`` in the user's zone)."""
        today = now.date()
        if self.due_date != today:
            return self.due_date < today
        return self.due_time is not None and self.due_time < now.time().replace(tzinfo=None)


@dataclass(frozen=True)
class Birthday:
    contact_id: int
    name: str
    on: date  # the next one, from today
    turns: int | None  # the age then, when the year is known


@dataclass(frozen=True)
class Section:
    items: list
    total: int  # may exceed len(items): the rest is counted, not listed


@dataclass(frozen=True)
class Agenda:
    overdue: Section
    today: Section
    upcoming: Section
    birthdays: Section
    done: Section  # done in the last DONE_DAYS days, newest first: to see, or reopen


DONE_DAYS = 7


_AGENDA_SELECT = """
SELECT f.id, f.due_date, f.due_time, f.note, f.contact_id,
       trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')),
       coalesce(f.account_id, c.account_id), coalesce(a.name, ca.name, ''),
       f.done_at IS NOT NULL
FROM followup f
LEFT JOIN contact c ON c.id = f.contact_id
LEFT JOIN account a ON a.id = f.account_id
LEFT JOIN account ca ON ca.id = c.account_id
"""
# Open follow-ups, in due order, on the partial index followup_open.
_OPEN = "f.done_at IS NULL AND f.deleted_at IS NULL"


def _items(rows) -> list[AgendaItem]:
    return [
        AgendaItem(fid, date.fromisoformat(d), time.fromisoformat(t) if t else None, note,
                   cid, cname, aid, aname, bool(done))
        for fid, d, t, note, cid, cname, aid, aname, done in rows
    ]


def _section(where: str, params: list, limit: int) -> Section:
    rows = db.execute_sql(
        f"{_AGENDA_SELECT} WHERE {_OPEN} AND {where}"
        " ORDER BY f.due_date, coalesce(f.due_time, ''), f.id LIMIT ?", [*params, limit],
    ).fetchall()
    total = len(rows)
    if total == limit:
        total = db.execute_sql(
            f"SELECT count(*) FROM followup f WHERE {_OPEN} AND {where}", params
        ).fetchone()[0]
    return Section(_items(rows), total)


def agenda(now: datetime | None = None, tz: tzinfo | None = None, *,
           days: int = UPCOMING_DAYS, limit: int = SECTION_LIMIT) -> Agenda:
    """What the Today view shows at ``now``: overdue (past days, and today's with a time
    already past), due today, upcoming in the next ``days`` days, and birthdays."""
    now, tz = _now(now, tz)
    today = now.date().isoformat()
    clock = now.strftime("%H:%M")
    last = (now.date() + timedelta(days=days)).isoformat()
    late = "(f.due_date < ? OR (f.due_date = ? AND f.due_time IS NOT NULL AND f.due_time < ?))"
    return Agenda(
        overdue=_section(late, [today, today, clock], limit),
        today=_section("f.due_date = ? AND (f.due_time IS NULL OR f.due_time >= ?)",
                       [today, clock], limit),
        upcoming=_section("f.due_date > ? AND f.due_date <= ?", [today, last], limit),
        birthdays=birthdays(now, tz, days=days, limit=limit),
        done=_done(now, limit),
    )


def _done(now: datetime, limit: int) -> Section:
    since = (now - timedelta(days=DONE_DAYS)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    where = "f.deleted_at IS NULL AND f.done_at IS NOT NULL AND f.done_at >= ?"
    rows = db.execute_sql(f"{_AGENDA_SELECT} WHERE {where} ORDER BY f.done_at DESC, f.id"
                          " LIMIT ?", [since, limit]).fetchall()
    total = len(rows)
    if total == limit:
        total = db.execute_sql(f"SELECT count(*) FROM followup f WHERE {where}",
                               [since]).fetchone()[0]
    return Section(_items(rows), total)


def for_record(*, contact_id: int | None = None, account_id: int | None = None,
               include_done: bool = False, limit: int = 50) -> list[AgendaItem]:
    """A contact's or an account's follow-ups, open ones first by due date."""
    where = ["f.deleted_at IS NULL"]
    if not include_done:
        where.append("f.done_at IS NULL")
    if contact_id is not None:
        where.append("f.contact_id = ?")
        params = [contact_id]
    else:
        where.append(  # two index lookups, not an OR that scans (see interactions)
            "f.id IN (SELECT id FROM followup WHERE deleted_at IS NULL AND account_id = ?"
            " UNION ALL SELECT x.id FROM contact c JOIN followup x ON x.contact_id = c.id"
            " AND x.deleted_at IS NULL WHERE c.account_id = ? AND c.deleted_at IS NULL)")
        params = [account_id, account_id]
    rows = db.execute_sql(
        f"{_AGENDA_SELECT} WHERE {' AND '.join(where)} ORDER BY f.done_at IS NOT NULL,"
        " f.due_date, coalesce(f.due_time, ''), f.id LIMIT ?", [*params, limit],
    )
    return _items(rows)


def falling_due(after: datetime, upto: datetime, tz: tzinfo | None = None) -> list[AgendaItem]:
    """Open follow-ups whose moment to fall due (their time, or the start of their day)
    lies in ``(after, upto]``: what a running app announces between two checks."""
    tz = tz or local_zone()
    start, end = after.astimezone(tz), upto.astimezone(tz)
    if end <= start:
        return []
    rows = db.execute_sql(
        f"{_AGENDA_SELECT} WHERE {_OPEN} AND f.due_date BETWEEN ? AND ?"
        " ORDER BY f.due_date, coalesce(f.due_time, ''), f.id",
        [start.date().isoformat(), end.date().isoformat()],
    )
    return [item for item in _items(rows) if start < item.due_at(tz) <= end]


def open_count(now: datetime | None = None, tz: tzinfo | None = None) -> int:
    """Follow-ups due today or earlier and not done: the number beside "Today"."""
    now, _ = _now(now, tz)
    return db.execute_sql(
        f"SELECT count(*) FROM followup f WHERE {_OPEN} AND f.due_date <= ?",
        [now.date().isoformat()],
    ).fetchone()[0]


# --- birthdays ----------------------------------------------------------------------------

def birthdays(now: datetime | None = None, tz: tzinfo | None = None, *,
              days: int = UPCOMING_DAYS, limit: int = SECTION_LIMIT) -> Section:
    """Live contacts whose birthday falls in the next ``days`` days (today included),
    soonest first; one indexed lookup per day (``contact_birthday``)."""
    now, _ = _now(now, tz)
    today = now.date()
    found: list[Birthday] = []
    total = 0
    for offset in range(days + 1):
        on = today + timedelta(days=offset)
        keys = [(on.month, on.day)]
        if on.month == 2 and on.day == 28 and not _is_leap(on.year):
            keys.append((2, 29))
        for month, day in keys:
            where = ("birthday_month = ? AND birthday_day = ? AND deleted_at IS NULL"
                     " AND birthday_month IS NOT NULL")
            n = db.execute_sql(f"SELECT count(*) FROM contact WHERE {where}",
                               (month, day)).fetchone()[0]
            total += n
            if n and len(found) < limit:
                for cid, first, last, year in db.execute_sql(
                    f"SELECT id, first_name, last_name, birthday_year FROM contact WHERE {where}"
                    " ORDER BY last_key, first_key, id LIMIT ?",
                    (month, day, limit - len(found)),
                ):
                    found.append(Birthday(cid, f"{first} {last}".strip(), on,
                                          on.year - year if year else None))
    return Section(found, total)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
