"""Follow-ups as an iCalendar file (RFC 5545) that calendar apps import.

Each open follow-up becomes a VEVENT: an all-day event on its day, or a half-hour
event at its time. The time is "floating" (no zone), as the follow-up itself is: it
means that wall-clock time wherever the calendar is. The UID is the follow-up's own,
so importing the file again updates events instead of doubling them.
"""

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from crm_desktop import APP_NAME, __version__
from crm_desktop.exchange.contentlines import escape, fold
from crm_desktop.store.db import database_proxy as db

EVENT_MINUTES = 30

_ROWS = """
SELECT f.uid, f.due_date, f.due_time, f.note, f.created_at,
       trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')),
       coalesce(a.name, ca.name, ''),
       (SELECT value FROM contact_email WHERE contact_id = c.id ORDER BY position LIMIT 1),
       (SELECT value FROM contact_phone WHERE contact_id = c.id ORDER BY position LIMIT 1)
FROM followup f
LEFT JOIN contact c ON c.id = f.contact_id
LEFT JOIN account a ON a.id = f.account_id
LEFT JOIN account ca ON ca.id = c.account_id
WHERE f.deleted_at IS NULL AND (f.done_at IS NULL OR ?)
ORDER BY f.due_date, coalesce(f.due_time, ''), f.id
"""


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _event(row, now: datetime) -> Iterator[str]:
    uid, due_date, due_time, note, created, who, company, email, phone = row
    day = date.fromisoformat(due_date)
    first_line = note.splitlines()[0] if note else ""
    name = f"{who} ({company})" if who and company else who or company
    summary = f"Follow up: {name}" + (f" – {first_line}" if first_line else "")
    details = [note, *(f"{k}: {v}" for k, v in (("Phone", phone), ("E-mail", email)) if v)]
    yield "BEGIN:VEVENT"
    yield f"UID:{uid}@crm-desktop"
    yield f"DTSTAMP:{_stamp(now)}"
    yield f"CREATED:{_stamp(datetime.fromisoformat(created.replace('Z', '+00:00')))}"
    if due_time:
        start = datetime.combine(day, time.fromisoformat(due_time))
        end = start + timedelta(minutes=EVENT_MINUTES)
        yield f"DTSTART:{start:%Y%m%dT%H%M%S}"
        yield f"DTEND:{end:%Y%m%dT%H%M%S}"
    else:
        yield f"DTSTART;VALUE=DATE:{day:%Y%m%d}"
        yield f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}"
        yield "TRANSP:TRANSPARENT"  # a reminder, not a busy block all day
    yield f"SUMMARY:{escape(summary)}"
    yield f"DESCRIPTION:{escape(chr(10).join(d for d in details if d))}"
    yield "CATEGORIES:Follow-up"
    yield "END:VEVENT"


def write_ics(path: Path | str, *, include_done: bool = False,
              now: datetime | None = None) -> int:
    """Write the follow-ups to ``path`` (.ics); return how many. Written to a
    temporary name and renamed when complete."""
    path = Path(path)
    now = now or datetime.now(UTC)
    rows = db.execute_sql(_ROWS, [include_done]).fetchall()
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//{APP_NAME}//{__version__}//EN",
        "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{APP_NAME} follow-ups",
    ]
    for row in rows:
        lines += _event(row, now)
    lines.append("END:VCALENDAR")
    partial = path.with_name(f".{path.name}.part")
    try:
        with open(partial, "w", encoding="utf-8", newline="") as out:
            out.write("".join(fold(line) + "\r\n" for line in lines))
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return len(rows)
