"""Export contacts (and what hangs on them) to .xlsx, .csv or .vcf, streamed.

- **xlsx**: sheets Contacts, Accounts, Interactions, Follow-ups, Feedback; bold frozen
  header, autofilter, readable widths, real date cells. The Contacts and Feedback sheets'
  headers are ones our importer maps by itself, so export -> import loses nothing.
- **csv**: the Contacts sheet; UTF-8 with a BOM (Excel then reads accents right), RFC 4180
  quoting, CRLF line ends.
- **vcf**: vCard 3.0 (or 4.0), one card per contact.

Text a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is written
as text in xlsx and prefixed with ' in CSV (OWASP's advice); numbers stay numbers. The
file is written under a temporary name and renamed when complete: a cancelled or failed
export never leaves half a file over an old one. Contacts are read 2,000 at a time.
"""

import csv
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from crm_desktop.errors import UserError
from crm_desktop.exchange import vcard, xlsx_writer
from crm_desktop.services.contacts import ContactData, load_contacts
from crm_desktop.services.listing import contact_query
from crm_desktop.store.db import database_proxy as db
from crm_desktop.text import fold

FORMATS = (".xlsx", ".csv", ".vcf")
CHUNK = 2_000
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass
class ExportScope:
    """Which contacts: all live ones, a search, a tag, or these ids (a selection)."""

    search: str = ""
    tag: str = ""
    #: The ids, or a function giving them (a big selection, read on the export's thread).
    contact_ids: list[int] | Callable[[], list[int]] | None = None
    account_id: int | None = None
    contacted_before: str | None = None

    def ids(self) -> list[int]:
        if callable(self.contact_ids):
            return self.contact_ids()
        if self.contact_ids is not None:
            return list(self.contact_ids)
        query = contact_query(self.search, account_id=self.account_id,
                              contacted_before=self.contacted_before)
        if not self.tag.strip():
            return query.ids()
        query.where.append("(', ' || lower(c.tags) || ',') LIKE ? ESCAPE '\\'")
        tag = fold(self.tag).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query.params.append(f"%, {tag},%")
        return query.ids()

    @property
    def everything(self) -> bool:
        return (self.contact_ids is None and not self.search.strip() and not self.tag.strip()
                and self.account_id is None and self.contacted_before is None)


@dataclass
class ExportResult:
    path: Path
    counts: dict[str, int] = field(default_factory=dict)  # sheet -> rows written


Progress = Callable[[int, int], None]


def export(path: Path | str, scope: ExportScope | None = None, *, vcard_version: str = "3.0",
           progress: Progress | None = None,
           cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Write the scope's contacts to ``path`` in the format its extension names."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise UserError(f"{path.name}: export writes {', '.join(FORMATS)} files.")
    if not path.parent.is_dir():
        raise UserError(f"{path.parent}: no such folder.")
    scope = scope or ExportScope()
    ids = scope.ids()
    partial = path.with_name(f".{path.name}.part")
    job = _Job(ids, progress, cancelled)
    try:
        if suffix == ".xlsx":
            counts = _write_xlsx(partial, job, scope.everything)
        elif suffix == ".csv":
            counts = _write_csv(partial, job)
        else:
            counts = _write_vcf(partial, job, vcard_version)
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"{path}: cannot write it ({exc.strerror or exc}).") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return ExportResult(path, counts)


@dataclass
class _Job:
    ids: list[int]
    progress: Progress | None
    cancelled: Callable[[], bool] | None

    def contacts(self) -> Iterator[tuple[int, ContactData]]:
        """(id, contact) in the scope's order, read a chunk at a time."""
        total = len(self.ids)
        for start in range(0, total, CHUNK):
            if self.cancelled and self.cancelled():
                raise ExportCancelled
            chunk = self.ids[start : start + CHUNK]
            loaded = load_contacts(chunk)
            for cid in chunk:
                if cid in loaded:
                    yield cid, loaded[cid]
            if self.progress:
                self.progress(min(start + CHUNK, total), total)


# --- the contact columns (named so that our importer maps them by itself) ---------------------

def _widest(ids: Sequence[int], table: str) -> int:
    """The most e-mails (or phones) any of these contacts has: the numbered columns."""
    most = 0
    for start in range(0, len(ids), 10_000):
        chunk = list(ids[start : start + 10_000])
        row = db.execute_sql(
            f"SELECT max(n) FROM (SELECT count(*) AS n FROM {table} WHERE contact_id IN"
            f" (SELECT value FROM json_each(?)) GROUP BY contact_id)", [_json_ids(chunk)]
        ).fetchone()
        most = max(most, row[0] or 0)
    return max(most, 1)


def contact_headers(emails: int, phones: int) -> list[str]:
    return [
        "First Name", "Last Name", "Company", "Job Title",
        *(h for n in range(1, emails + 1) for h in (f"E-mail {n} - Label", f"E-mail {n} - Value")),
        *(h for n in range(1, phones + 1) for h in (f"Phone {n} - Label", f"Phone {n} - Value")),
        "Street", "City", "Region", "Postal Code", "Country", "Birthday", "Tags", "Notes",
        "Status", "Source",
    ]


def birthday_value(d: ContactData) -> date | str | None:
    """A date cell when the year is known; "--MM-DD" (read back as no year) when not."""
    if not d.birthday_month:
        return None
    if d.birthday_year:
        return date(d.birthday_year, d.birthday_month, d.birthday_day or 1)
    return f"--{d.birthday_month:02d}-{d.birthday_day or 1:02d}"


def contact_row(d: ContactData, emails: int, phones: int) -> list:
    row: list = [d.first_name, d.last_name, d.company, d.job_title]
    for items, width in ((d.emails, emails), (d.phones, phones)):
        for n in range(width):
            row += [items[n][0].capitalize(), items[n][1]] if n < len(items) else ["", ""]
    row += [d.street, d.city, d.region, d.postal_code, d.country, birthday_value(d), d.tags,
            d.notes, d.status.capitalize(), d.source]
    return row


# --- CSV --------------------------------------------------------------------------------

def csv_safe(value) -> str | int | float:
    """A cell as CSV holds it: text that would run as a formula gets a leading '."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _write_csv(path: Path, job: _Job) -> dict[str, int]:
    emails, phones = _widest(job.ids, "contact_email"), _widest(job.ids, "contact_phone")
    written = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(contact_headers(emails, phones))
        for _cid, contact in job.contacts():
            writer.writerow([csv_safe(v) for v in contact_row(contact, emails, phones)])
            written += 1
    return {"Contacts": written}


# --- vCard ------------------------------------------------------------------------------

def _write_vcf(path: Path, job: _Job, version: str) -> dict[str, int]:
    written = 0
    uids = {}
    with open(path, "w", encoding="utf-8", newline="") as out:
        for start in range(0, len(job.ids), CHUNK):
            chunk = job.ids[start : start + CHUNK]
            marks = ",".join("?" * len(chunk))
            uids.update(db.execute_sql(
                f"SELECT id, uid FROM contact WHERE id IN ({marks})", chunk).fetchall())
        for cid, contact in job.contacts():
            out.write(vcard.card(contact, uid=uids.get(cid, ""), version=version))
            written += 1
    return {"Contacts": written}


# --- xlsx -------------------------------------------------------------------------------

def _write_xlsx(path: Path, job: _Job, everything: bool) -> dict[str, int]:
    counts: dict[str, int] = {}
    emails, phones = _widest(job.ids, "contact_email"), _widest(job.ids, "contact_phone")
    headers = contact_headers(emails, phones)
    widths = {"Notes": 40, "Tags": 20, "Company": 26, "Street": 24,
              **{h: 30 for h in headers if h.endswith("Value") and h.startswith("E-mail")},
              **{h: 18 for h in headers if h.endswith("Value") and h.startswith("Phone")},
              **{h: 8 for h in headers if h.endswith("Label")}}
    with xlsx_writer.Workbook(path) as book:
        sheet = book.add_sheet("Contacts", headers, _widths(headers, widths))
        for _cid, contact in job.contacts():
            sheet.append(contact_row(contact, emails, phones))
        counts["Contacts"] = sheet.close()
        for name, columns, sql, widths in _RELATED:
            sheet = book.add_sheet(name, columns, _widths(columns, widths))
            dates = [i for i, column in enumerate(columns) if column in _DATES]
            for row in _related(name, sql, job.ids, everything):
                values = list(row)
                for i in dates:
                    values[i] = _as_date(values[i])
                sheet.append(values)
            counts[name] = sheet.close()
            if job.cancelled and job.cancelled():
                raise ExportCancelled
    return counts


def _widths(headers: list[str], widths: dict[str, int]) -> list[int]:
    return [widths.get(h, max(10, len(h) + 2)) for h in headers]


_NAME = "trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, ''))"
_EMAIL = ("(SELECT value FROM contact_email WHERE contact_id = c.id ORDER BY position"
          " LIMIT 1)")
_KEY = {"Accounts": "a.id", "Interactions": "i.contact_id", "Follow-ups": "f.contact_id",
        "Feedback": "f.contact_id", "Deals": "d.contact_id"}


def _json_ids(ids: Sequence[int]) -> str:
    return f"[{','.join(map(str, ids))}]"


def _related(name: str, sql: str, ids: list[int], everything: bool) -> Iterator[tuple]:
    """The sheet's rows: all of them, or those of the exported contacts (their accounts,
    each once; their interactions, follow-ups, feedback), a chunk at a time."""
    if everything:
        yield from db.execute_sql(sql.format(where="1"))
        return
    keys = ids
    if name == "Accounts":
        found: set[int] = set()
        for start in range(0, len(ids), CHUNK):
            found.update(r[0] for r in db.execute_sql(
                "SELECT DISTINCT account_id FROM contact WHERE account_id IS NOT NULL AND id IN"
                " (SELECT value FROM json_each(?))", [_json_ids(ids[start : start + CHUNK])]))
        keys = sorted(found)
    where = f"{_KEY[name]} IN (SELECT value FROM json_each(?))"
    for start in range(0, len(keys), CHUNK):
        yield from db.execute_sql(sql.format(where=where), [_json_ids(keys[start : start + CHUNK])])
_RELATED: tuple[tuple[str, list[str], str, dict], ...] = (
    ("Accounts", ["Company", "Industry", "Website", "Phone", "Street", "City", "Region",
                  "Postal Code", "Country", "Tags", "Notes", "Contacts"],
     "SELECT a.name, a.industry, a.website, a.phone, a.street, a.city, a.region, a.postal_code,"
     " a.country, a.tags, a.notes, (SELECT count(*) FROM contact k WHERE k.account_id = a.id"
     " AND k.deleted_at IS NULL) FROM account a WHERE a.deleted_at IS NULL AND {where}"
     " ORDER BY a.name_key, a.id", {"Company": 28, "Website": 28, "Notes": 40, "Street": 24}),
    ("Interactions", ["Date", "Kind", "Contact", "E-mail", "Company", "Subject", "Details",
                      "Outcome", "Minutes", "Amount", "Currency", "Status"],
     f"SELECT i.occurred_at, i.kind, {_NAME}, {_EMAIL}, coalesce(a.name, ca.name, ''),"
     " i.subject, i.body, i.outcome, i.duration_minutes, i.amount_cents / 100.0, i.currency,"
     " i.status"
     " FROM interaction i LEFT JOIN contact c ON c.id = i.contact_id"
     " LEFT JOIN account a ON a.id = i.account_id LEFT JOIN account ca ON ca.id = c.account_id"
     " WHERE i.deleted_at IS NULL AND {where} ORDER BY i.occurred_at, i.id",
     {"Date": 18, "Contact": 22, "E-mail": 28, "Company": 24, "Subject": 30, "Details": 40,
      "Outcome": 22}),
    ("Follow-ups", ["Due", "Time", "Contact", "E-mail", "Company", "What", "Done"],
     f"SELECT f.due_date, coalesce(f.due_time, ''), {_NAME}, {_EMAIL},"
     " coalesce(a.name, ca.name, ''), f.note, f.done_at FROM followup f"
     " LEFT JOIN contact c ON c.id = f.contact_id LEFT JOIN account a ON a.id = f.account_id"
     " LEFT JOIN account ca ON ca.id = c.account_id"
     " WHERE f.deleted_at IS NULL AND {where} ORDER BY f.due_date, f.id",
     {"Due": 12, "Contact": 22, "E-mail": 28, "Company": 24, "What": 40, "Done": 18}),
    ("Feedback", ["Date", "Email", "Contact", "CSAT", "NPS", "Category", "Comment", "Channel"],
     f"SELECT f.given_at, {_EMAIL}, {_NAME}, f.csat, f.nps, f.category, f.comment, f.channel"
     " FROM feedback f LEFT JOIN contact c ON c.id = f.contact_id"
     " WHERE f.deleted_at IS NULL AND {where} ORDER BY f.given_at, f.id",
     {"Date": 18, "Email": 28, "Contact": 22, "Category": 14, "Comment": 40}),
    ("Deals", ["Deal", "Stage", "Value", "Currency", "Probability", "Company", "Contact",
               "E-mail", "Expected Close", "Closed", "Created", "Notes"],
     f"SELECT d.title, s.name, d.value_cents / 100.0, d.currency,"
     f" coalesce(d.probability, s.probability) / 100.0, coalesce(a.name, ''), {_NAME},"
     f" {_EMAIL}, d.expected_close, d.closed_at, d.created_at, d.notes FROM deal d"
     " JOIN deal_stage s ON s.id = d.stage_id LEFT JOIN contact c ON c.id = d.contact_id"
     " LEFT JOIN account a ON a.id = d.account_id"
     " WHERE d.deleted_at IS NULL AND {where} ORDER BY s.position, d.value_cents DESC, d.id",
     {"Deal": 28, "Stage": 14, "Company": 24, "Contact": 22, "E-mail": 28, "Notes": 40,
      "Expected Close": 14, "Closed": 18, "Created": 18}),
)


#: The related sheets' columns that hold a stored day or UTC instant.
_DATES = {"Date", "Due", "Done", "Expected Close", "Closed", "Created"}


def _as_date(value: str | None):
    """A stored day ("2026-11-04") or UTC instant ("...Z") as a date cell, in local time."""
    if not value:
        return value
    if len(value) == 10:
        return date.fromisoformat(value)
    moment = datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone()
    return moment.replace(tzinfo=None, microsecond=0)
