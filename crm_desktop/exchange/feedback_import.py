"""Feedback rows from a spreadsheet or CSV (a survey tool's export, a hand-kept list),
matched to contacts by e-mail, through the same reading, date parsing, batches, undo
and per-row errors as the contact import.

A row needs an e-mail of a contact you have, a date, and a CSAT (1-5) and/or NPS
(0-10) score; category, comment and channel are optional. A row already stored (same
contact, day, scores and comment) is skipped, so importing the same file twice adds
nothing. Rows with problems are reported with the sheet's own row number and column
and left out; the rest are imported in one transaction, recorded as an import batch.
"""

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from crm_desktop.errors import UserError
from crm_desktop.exchange import values
from crm_desktop.exchange.rows import Issue
from crm_desktop.exchange.sources import ImportFileError, Source, open_source
from crm_desktop.services.feedback import CHANNEL_LABELS, FeedbackData, add_category
from crm_desktop.services.interactions import utc_text
from crm_desktop.store import backups
from crm_desktop.store.db import database_proxy as db
from crm_desktop.store.models import new_uid, now_iso
from crm_desktop.text import fold

FIELDS = ("email", "date", "csat", "nps", "category", "comment", "channel")
#: Header words (compared without case, accents and punctuation) -> field.
SYNONYMS = {
    "email": ("email", "emailaddress", "mail", "customeremail", "respondentemail",
              "contactemail"),
    "date": ("date", "given", "givenon", "submitted", "submittedat", "timestamp", "responsedate",
             "created", "createdat", "surveydate", "when"),
    "csat": ("csat", "satisfaction", "csatscore", "satisfactionscore", "rating",
             "howsatisfied", "score15"),
    "nps": ("nps", "npsscore", "recommend", "likelihoodtorecommend", "wouldrecommend",
            "score010", "howlikelyareyoutorecommendus"),
    "category": ("category", "topic", "area", "subject", "type"),
    "comment": ("comment", "comments", "feedback", "remarks", "notes", "verbatim", "why",
                "text"),
    "channel": ("channel", "source", "via", "medium"),
}
_CHANNEL_WORDS = {fold(label): key for key, label in CHANNEL_LABELS.items()} | {
    "phone": "call", "telephone": "call", "mail": "email", "e-mail": "email",
    "meeting": "visit", "in person": "visit", "form": "survey", "web": "survey",
}


def _key(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", fold(header))


def field_for(header: str) -> str | None:
    """The field a header names: exactly, else by a known word it starts with or holds
    ("How satisfied? (1-5)", "Likelihood to recommend us")."""
    key = _key(header)
    exact = next((f for f, words in SYNONYMS.items() if key in words), None)
    if exact or not key:
        return exact
    return next((f for f, words in SYNONYMS.items()
                 if any(len(w) >= 5 and (key.startswith(w) or w in key) for w in words)), None)


@dataclass
class FeedbackPlan:
    source: Source
    header_row: int  # index of the header row
    headers: list[str]
    mapping: dict[int, str]  # column -> field
    rows: int = 0
    new: list[tuple[int, FeedbackData]] = field(default_factory=list)  # (sheet row, data)
    duplicates: int = 0
    errors: list[Issue] = field(default_factory=list)


def _header_row(rows: list[list]) -> int:
    for index, row in enumerate(rows[:30]):
        fields = {field_for(values.text(c)) for c in row if values.text(c)}
        if "email" in fields and fields & {"csat", "nps"}:
            return index
    raise UserError("no header row with an e-mail column and a CSAT or NPS column was found"
                    " in the first 30 rows")


def _score(cell, low: int, high: int, name: str) -> int | None:
    text = values.text(cell)
    if not text:
        return None
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        raise values.ValueProblem(f"{text!r} is not a {name} score") from None
    if number != int(number) or not low <= number <= high:
        raise values.ValueProblem(f"{text} is not a {name} score ({low} to {high})")
    return int(number)


_TYPED = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})")


def _date(cell, order: str) -> date:
    """A day from a date cell, ISO text ("2026-11-04", with or without a time) or typed
    text in the column's order ("04/11/2026"); a timestamp's time is dropped."""
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    text = values.text(cell)
    if not text:
        raise values.ValueProblem("no date")
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    if match := _TYPED.match(text):
        a, b, year = int(match[1]), int(match[2]), int(match[3])
        day, month = (a, b) if order == values.DAY_FIRST else (b, a)
        try:
            return date(year + 2000 if year < 100 else year, month, day)
        except ValueError:
            raise values.ValueProblem(f"{text!r} is not a date") from None
    raise values.ValueProblem(f"{text!r} is not a date (use 2026-11-04 or 04/11/2026)")


def _channel(cell) -> str:
    text = fold(values.text(cell))
    return _CHANNEL_WORDS.get(text, "other") if text else "survey"


def plan_feedback(path: Path | str, *, sheet: str | None = None,
                  header_row: int | None = None, date_order: str | None = None
                  ) -> FeedbackPlan:
    """Read ``path`` and decide row by row; nothing is written."""
    source = open_source(path, sheet)
    head = source.head(40)
    index = header_row - 1 if header_row else _header_row(head)
    if index >= len(head):
        raise ImportFileError(source.path, f"row {header_row} is past the end of the sheet")
    headers = [values.text(c) for c in head[index]]
    mapping = {}
    for column, header in enumerate(headers):
        name = field_for(header) if header else None
        if name and name not in mapping.values():
            mapping[column] = name
    if "email" not in mapping.values() or not {"csat", "nps"} & set(mapping.values()):
        raise ImportFileError(source.path, "needs an e-mail column and a CSAT or NPS column")
    plan = FeedbackPlan(source, index, headers, mapping)
    column_of = {name: column for column, name in mapping.items()}
    rows = list(source.rows())[index + 1:]
    order = date_order
    if order is None and "date" in column_of:
        try:
            order = values.date_order(r[column_of["date"]] for r in rows
                                      if len(r) > column_of["date"]) or values.DAY_FIRST
        except values.ValueProblem as exc:
            raise UserError(f"{source.path.name}: the Date column: {exc}; choose the order"
                            " with --date-order") from exc
    contacts = _contacts_by_email(rows, column_of["email"])
    today = date.today()
    seen: set[tuple] = set()
    for number, row in enumerate(rows, start=index + 2):
        cells = {name: (row[c] if c < len(row) else None) for c, name in mapping.items()}
        if not any(values.text(v) for v in cells.values()):
            continue  # a blank row
        plan.rows += 1
        problems = []

        def check(name, fn, *args, cells=cells, problems=problems, number=number):
            try:
                return fn(cells.get(name), *args)
            except values.ValueProblem as exc:
                problems.append(Issue(number, headers[column_of[name]], str(exc)))
                return None

        address = fold(values.text(cells["email"]))
        contact_id = contacts.get(address)
        if not address:
            problems.append(Issue(number, headers[column_of["email"]], "no e-mail"))
        elif contact_id is None:
            problems.append(Issue(number, headers[column_of["email"]],
                                  f"no contact has the e-mail {address}"))
        day = check("date", _date, order) if "date" in column_of else today
        if day is not None and day > today:
            problems.append(Issue(number, headers[column_of["date"]], "a day still to come"))
        csat = check("csat", _score, 1, 5, "CSAT") if "csat" in column_of else None
        nps = check("nps", _score, 0, 10, "NPS") if "nps" in column_of else None
        score_columns = {headers[column_of[f]] for f in ("csat", "nps") if f in column_of}
        if csat is None and nps is None and not any(p.column in score_columns
                                                    for p in problems):
            problems.append(Issue(number, " / ".join(sorted(score_columns)),
                                  "no CSAT or NPS score"))
        if problems:
            plan.errors += problems
            continue
        data = FeedbackData(
            contact_id, day, _channel(cells.get("channel")), csat, nps,
            " ".join(values.text(cells.get("category")).split()) or "Other",
            values.multiline(cells.get("comment")) if "comment" in column_of else "")
        key = (contact_id, day, csat, nps, data.comment)
        if key in seen or _stored(data):
            plan.duplicates += 1
            continue
        seen.add(key)
        plan.new.append((number, data))
    return plan


def _contacts_by_email(rows: list[list], column: int) -> dict[str, int]:
    """Live contacts by folded e-mail, for the addresses in the file (500 at a time)."""
    wanted = sorted({fold(values.text(r[column])) for r in rows if len(r) > column} - {""})
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for key, cid in db.execute_sql(
                f"SELECT e.value_key, e.contact_id FROM contact_email e JOIN contact c"
                f" ON c.id = e.contact_id AND c.deleted_at IS NULL"
                f" WHERE e.value_key IN ({','.join('?' * len(chunk))})"
                " ORDER BY e.contact_id", chunk):
            found.setdefault(key, cid)
    return found


def _noon(day: date) -> str:
    """The instant an imported answer is stored at: noon of its day, where the user is
    (a file gives days, not times; the same day gives the same instant every time)."""
    return utc_text(datetime.combine(day, time(12, 0), datetime.now().astimezone().tzinfo))


def _stored(data: FeedbackData) -> bool:
    """Whether this contact already has this answer on that day."""
    return db.execute_sql(
        "SELECT 1 FROM feedback WHERE contact_id = ? AND deleted_at IS NULL"
        " AND csat IS ? AND nps IS ? AND comment = ? AND given_at = ?",
        (data.contact_id, data.csat, data.nps, data.comment, _noon(data.given_on)),
    ).fetchone() is not None


@dataclass(frozen=True)
class FeedbackResult:
    batch: int | None
    rows: int
    created: int
    skipped: int
    errors: list[Issue]


def import_feedback(path: Path | str, *, sheet: str | None = None,
                    header_row: int | None = None, date_order: str | None = None,
                    dry_run: bool = False) -> FeedbackResult:
    """Plan and (unless ``dry_run``) store, in one transaction recorded as a batch."""
    plan = plan_feedback(path, sheet=sheet, header_row=header_row, date_order=date_order)
    skipped = plan.duplicates
    if dry_run:
        return FeedbackResult(None, plan.rows, len(plan.new), skipped, plan.errors)
    if not plan.new:
        return FeedbackResult(None, plan.rows, 0, skipped, plan.errors)
    stamp = now_iso()
    # As every import: a checked backup of the file as it was (see importer.execute).
    with backups.made_first(db.obj, Path(db.obj.path)) as pending, db.atomic():
        batch = db.execute_sql(
            "INSERT INTO import_batch (uid, created_at, file_name, sheet, on_duplicate, rows,"
            " created, updated, skipped, errors) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (new_uid(), stamp, f"{plan.source.path.name} (feedback)", plan.source.sheet,
             "skip", plan.rows, len(plan.new), 0, skipped,
             len({e.row for e in plan.errors}))).lastrowid
        conn = db.connection()
        for name in sorted({d.category for _, d in plan.new}):
            add_category(name)
        ids = []
        for _, data in plan.new:
            ids.append(conn.execute(
                "INSERT INTO feedback (uid, created_at, updated_at, contact_id, given_at,"
                " channel, csat, nps, category, comment, text_key)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (new_uid(), stamp, stamp, data.contact_id, _noon(data.given_on),
                 data.channel, data.csat, data.nps, data.category, data.comment,
                 fold(f"{data.category} {data.comment}"))).lastrowid)
        conn.executemany("INSERT INTO import_feedback (batch_id, feedback_id) VALUES (?, ?)",
                         [(batch, fid) for fid in ids])
        pending.wait()  # a backup that fails its check rolls the import back
    return FeedbackResult(batch, plan.rows, len(ids), skipped, plan.errors)
