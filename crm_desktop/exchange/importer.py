"""Importing contacts from a spreadsheet: read, map, check, find duplicates, write
in one transaction as an undoable batch.

    preview = inspect(path)               # sheet, header row, suggested mapping
    plan = make_plan(preview, options)    # every row checked; what each will do
    result = execute(plan)                # one transaction; result.batch undoes it

:func:`import_file` does all three. Nothing here imports Qt; the wizard and the
CLI call these functions (the wizard on its worker threads).
"""

import gc
import json
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import asdict, dataclass, field
from pathlib import Path

from crm_desktop.errors import UserError
from crm_desktop.exchange import mapping as mp
from crm_desktop.exchange import values as vl
from crm_desktop.exchange.rows import ImportRow, Issue, RowReader
from crm_desktop.exchange.sources import ImportFileError, Source, open_source
from crm_desktop.services import contacts as contacts_service
from crm_desktop.services.contacts import ContactData
from crm_desktop.store.bulk import fts_bulk, indexes_deferred, triggers_suspended
from crm_desktop.store.db import database_proxy as db
from crm_desktop.store.models import new_uid, now_iso
from crm_desktop.text import fold

POLICIES = ("update", "skip", "create")
#: From this many new contacts (and more than the database holds), the contact
#: indexes are dropped and built again after the insert: one sort beats a million
#: scattered index updates.
BULK_FROM = 20_000
CHUNK = 5_000

Progress = Callable[[str, int, int], None]  # phase, done, total


_gc_lock = threading.Lock()
_gc_pausers = 0
_gc_was_enabled = True


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cycle collector off while an import makes ~10 objects per row: it would
    scan them all again and again (100k rows: 34 -> 23 s here). Reference counting
    still frees what is dropped; collection resumes after the last import ends."""
    global _gc_pausers, _gc_was_enabled
    with _gc_lock:
        _gc_pausers += 1
        if _gc_pausers == 1:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pausers -= 1
            if _gc_pausers == 0 and _gc_was_enabled:
                gc.enable()


class ImportCancelled(UserError):
    def __init__(self):
        super().__init__("The import was cancelled; nothing was changed.")


@dataclass
class Preview:
    """What a file holds before anything is decided: for the wizard's first pages."""

    source: Source
    header_index: int  # 0-based index of the header row in the sheet
    headers: list[str]
    suggestion: mp.Suggestion
    sample: list[list]  # the first data rows
    sample_numbers: list[int] = field(default_factory=list)  # their row numbers in the sheet

    @property
    def header_row(self) -> int:
        return self.header_index + 1


@dataclass
class Options:
    mapping: dict[int, str] | None = None  # column index -> field; None: as suggested
    on_duplicate: str = "update"
    date_order: str | None = None  # values.DAY_FIRST / MONTH_FIRST; None: from the data
    remember: bool = False  # keep this mapping for the next file with the same headers


@dataclass(slots=True)
class Action:
    row: int
    action: str  # "create", "update", "skip", "error", "merge"
    contact_id: int | None = None  # the existing contact (update/skip)
    into_row: int | None = None  # the earlier row of the same file (merge/skip)
    record: ImportRow | None = None  # the row read (None for a row with problems)

    @property
    def name(self) -> str:
        return self.record.display_name if self.record is not None else ""


@dataclass
class Plan:
    preview: Preview
    mapping: dict[int, str]
    options: Options
    rows: int = 0  # data rows read (blank rows not counted)
    creates: list[ImportRow] = field(default_factory=list)
    updates: dict[int, ImportRow] = field(default_factory=dict)  # contact id -> merged row
    actions: list[Action] = field(default_factory=list)
    errors: list[Issue] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    date_orders: dict[str, str] = field(default_factory=dict)  # header -> order used

    @property
    def skipped(self) -> int:
        return sum(1 for a in self.actions if a.action == "skip")

    def counts(self) -> dict:
        return {"rows": self.rows, "created": len(self.creates), "updated": len(self.updates),
                "skipped": self.skipped,
                "merged": sum(1 for a in self.actions if a.action == "merge")}


@dataclass
class Result:
    batch: int | None
    rows: int
    created: int
    updated: int
    skipped: int
    errors: list[Issue]
    warnings: list[str]
    dry_run: bool = False

    def as_json(self) -> dict:
        return {"batch": self.batch, "rows": self.rows, "created": self.created,
                "updated": self.updated, "skipped": self.skipped,
                "errors": [e.as_dict() for e in self.errors], "warnings": self.warnings,
                **({"dry_run": True} if self.dry_run else {})}


# --- 1. what is in the file --------------------------------------------------------------
def inspect(path: Path | str, sheet: str | None = None,
            header_row: int | None = None) -> Preview:
    """Open ``path`` and find its header row and a suggested mapping."""
    source = open_source(path, sheet)
    head = source.head(60)
    if not any(any(vl.text(c) for c in row) for row in head):
        raise ImportFileError(source.path, f"sheet {source.sheet!r} is empty")
    if header_row is not None:
        if not 1 <= header_row <= len(head):
            raise ImportFileError(source.path, f"there is no row {header_row} to use as headers"
                                  f" (the first {len(head)} rows were read)")
        index = header_row - 1
    else:
        index = mp.find_header_row(head)
    headers = _headers(head[index])
    numbered = [(n, r) for n, r in enumerate(head, start=1)
                if n > index + 1 and any(vl.text(c) for c in r)][:20]
    sample = [r for _, r in numbered]
    if not sample and not _has_rows_after(source, index):
        raise ImportFileError(source.path, f"only headers, no rows to import (sheet"
                              f" {source.sheet!r}, header row {index + 1})")
    return Preview(source, index, headers, mp.suggest(headers, sample), sample,
                   [n for n, _ in numbered])


def _headers(row: Sequence) -> list[str]:
    headers, seen = [], set()
    for n, cell in enumerate(row):
        name = vl.text(cell) or f"Column {n + 1}"
        while name in seen:
            name += " (2)"
        seen.add(name)
        headers.append(name)
    return headers


def _has_rows_after(source: Source, index: int) -> bool:
    rows = enumerate(source.rows())
    return any(n > index and any(vl.text(c) for c in row) for n, row in rows)


# --- 2. what each row will do -------------------------------------------------------------
def make_plan(preview: Preview, options: Options | None = None,
              progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> Plan:
    """Read every row, check it and decide what it does; writes nothing."""
    options = options or Options()
    if options.on_duplicate not in POLICIES:
        raise UserError(f"Unknown duplicate policy {options.on_duplicate!r}: use "
                        f"{', '.join(POLICIES)}.")
    mapping = dict(preview.suggestion.mapping if options.mapping is None else options.mapping)
    check_mapping(preview, mapping)
    plan = Plan(preview, mapping, options)
    if preview.suggestion.preset:
        plan.warnings.append(f"Recognised a {preview.suggestion.preset.name} export.")
    with gc_paused():
        records = _read_rows(plan, progress, cancelled)
        _find_duplicates(plan, records, cancelled)
    return plan


def check_mapping(preview: Preview, mapping: dict[int, str]) -> None:
    for index, target in mapping.items():
        if not 0 <= index < len(preview.headers):
            raise UserError(f"There is no column {index + 1} to map.")
        if mp.base(target) not in mp.FIELDS:
            raise UserError(f"{preview.headers[index]!r} cannot become {target!r}: use one of "
                            f"{', '.join(f for f in mp.FIELDS if f)}.")
    single = [f for f in mapping.values() if f and f not in mp.REPEATABLE and "#" not in f]
    twice = sorted({f for f in single if single.count(f) > 1})
    if twice:
        raise UserError(f"Several columns are mapped to {', '.join(twice)}: map one, keep the "
                        "others in notes.")
    targets = {mp.base(f) for f in mapping.values()}
    if not targets & {"first_name", "last_name", "full_name", "email", "email_home",
                      "email_other", "phone", "phone_mobile", "phone_home", "phone_other",
                      "company"}:
        raise UserError("Map at least one column to a name, an e-mail, a phone or a company.")


def _data_rows(preview: Preview):
    """(row number, cells) of each non-blank row after the header row."""
    first = preview.header_index + 1
    for number, row in enumerate(preview.source.rows(), start=1):
        if number > first and any(
                c not in ("", None) and (not isinstance(c, str) or c.strip()) for c in row):
            yield number, row


def _read_rows(plan: Plan, progress, cancelled) -> list[ImportRow]:
    """Two passes over the sheet, so that no more than one row's cells are held at a
    time (a full Excel sheet is a million rows): the first counts the rows and reads
    the date columns' order, the second turns each row into a contact."""
    preview = plan.preview
    reader = RowReader(preview.headers, plan.mapping, preview.suggestion.preset)
    dates: dict[int, list] = {c: [] for c in reader.date_columns}
    for _, row in _data_rows(preview):
        plan.rows += 1
        for column, cells in dates.items():
            if column < len(row) and isinstance(row[column], str) and row[column]:
                cells.append(row[column])
    for column, cells in dates.items():  # day-first or month-first, per column
        header = preview.headers[column]
        try:
            order = vl.date_order(cells)
        except vl.ValueProblem as problem:
            if not plan.options.date_order:
                raise UserError(f"Column {header!r}: {problem}; choose the order.") from None
            order = None  # as asked; the rows written the other way fail one by one
        chosen = plan.options.date_order or order or vl.DAY_FIRST
        if order and plan.options.date_order and order != plan.options.date_order:
            plan.warnings.append(f"Column {header!r} looks {_ORDER_NAMES[order]} but is read "
                                 f"{_ORDER_NAMES[chosen]}, as asked.")
        elif not order and not plan.options.date_order and any(
                vl.is_ambiguous_date(c) for c in cells):
            plan.warnings.append(f"Column {header!r}: no date tells whether the day or the "
                                 f"month comes first; read {_ORDER_NAMES[chosen]}.")
        reader.date_order[column] = chosen
        plan.date_orders[header] = chosen
    del dates
    records = []
    for n, (number, row) in enumerate(_data_rows(preview)):
        if n % CHUNK == 0:
            if cancelled and cancelled():
                raise ImportCancelled
            if progress:
                progress("Checking rows", n, plan.rows)
        record, issues = reader.read(number, row)
        if issues:
            plan.errors.extend(issues)
            plan.actions.append(Action(number, "error"))
        else:
            records.append(record)
    preview.source.release()  # the parsed sheet: as big again as the rows read from it
    return records


_ORDER_NAMES = {vl.DAY_FIRST: "day-first (31/12)", vl.MONTH_FIRST: "month-first (12/31)"}


def _find_duplicates(plan: Plan, records: list[ImportRow], cancelled) -> None:
    """Rows that repeat an earlier row (same e-mail, else phone, else name and company),
    then rows that match a contact already stored, each handled by the policy."""
    policy = plan.options.on_duplicate
    seen: tuple[dict, dict, dict] = ({}, {}, {})  # by kind of key: e-mail, phone, name
    fresh: list[ImportRow] = []
    for record in records:
        earlier = None
        if policy != "create":
            earlier = next((seen[kind][k] for kind, k in record.dedupe_keys()
                            if k in seen[kind] and record.may_be(seen[kind][k], kind)), None)
        if earlier is not None:
            if policy == "update":
                earlier.absorb(record)
                plan.actions.append(Action(record.number, "merge", into_row=earlier.number,
                                           record=record))
            else:
                plan.actions.append(Action(record.number, "skip", into_row=earlier.number,
                                           record=record))
            for kind, key in record.dedupe_keys():
                seen[kind].setdefault(key, earlier)
            continue
        for kind, key in record.dedupe_keys():
            seen[kind].setdefault(key, record)
        fresh.append(record)
    del seen
    if cancelled and cancelled():
        raise ImportCancelled
    matches = {} if policy == "create" else _match_stored(fresh)
    stored = contacts_service.load_contacts(
        sorted({cid for cid in matches.values()})) if policy == "update" else {}
    for record in fresh:
        cid = matches.get(record.number)
        if cid is None:
            plan.creates.append(record)
            plan.actions.append(Action(record.number, "create", record=record))
        elif policy == "skip" or cid not in stored:
            plan.actions.append(Action(record.number, "skip", cid, record=record))
        elif cid in plan.updates:  # two rows of the file match one stored contact
            plan.updates[cid].absorb(record)
            plan.actions.append(Action(record.number, "merge", cid,
                                       into_row=plan.updates[cid].number,
                                       record=record))
        else:
            record.existing = stored[cid]
            plan.updates[cid] = record
            plan.actions.append(Action(record.number, "update", cid, record=record))
    plan.actions.sort(key=lambda a: a.row)


def _match_stored(records: list[ImportRow]) -> dict[int, int]:
    """Row number -> id of a live stored contact with the same e-mail, else phone,
    else first and last name and company. Two people with different e-mails are
    never matched by a shared phone (a switchboard) or name."""
    found: dict[int, int] = {}
    for table, keyed in (("contact_email", lambda r: r.email_keys),
                         ("contact_phone", lambda r: r.phone_keys)):
        wanted: dict[str, list[ImportRow]] = {}
        for record in records:
            if record.number not in found:
                for key in keyed(record):
                    wanted.setdefault(key, []).append(record)
        keys = list(wanted)
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            rows = db.execute_sql(
                f"SELECT i.value_key, i.contact_id, c.primary_email != '' FROM {table} i"
                " JOIN contact c ON c.id = i.contact_id WHERE c.deleted_at IS NULL AND"
                f" i.value_key IN ({','.join('?' * len(chunk))}) ORDER BY i.contact_id", chunk,
            )
            for key, cid, has_email in rows:
                for record in wanted[key]:
                    if table == "contact_email" or not (record.emails and has_email):
                        found.setdefault(record.number, cid)
    by_last: dict[str, list[ImportRow]] = {}
    for record in records:
        if record.number not in found and record.name_key is not None:
            by_last.setdefault(record.name_key[1], []).append(record)
    lasts = list(by_last)
    for start in range(0, len(lasts), 500):
        chunk = lasts[start : start + 500]
        rows = db.execute_sql(
            "SELECT id, first_key, last_key, company_key, primary_email != '' FROM contact"
            f" WHERE deleted_at IS NULL AND last_key IN ({','.join('?' * len(chunk))})"
            " ORDER BY id", chunk,
        )
        for cid, first, last, company, has_email in rows:
            for record in by_last[last]:
                if record.name_key == (first, last, company) and not (
                        record.emails and has_email):
                    found.setdefault(record.number, cid)
    return found


# --- 3. writing it --------------------------------------------------------------------------
def execute(plan: Plan, progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None) -> Result:
    """Write the plan in one transaction and record it as a batch that can be undone.
    A cancel or an error midway leaves the database as it was."""
    def check():
        if cancelled and cancelled():
            raise ImportCancelled

    preview = plan.preview
    with gc_paused(), db.atomic():
        stamp = now_iso()
        batch = db.execute_sql(
            "INSERT INTO import_batch (uid, created_at, file_name, sheet, on_duplicate, rows,"
            " created, updated, skipped, errors) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (new_uid(), stamp, preview.source.path.name, preview.source.sheet,
             plan.options.on_duplicate, plan.rows, len(plan.creates), len(plan.updates),
             plan.skipped, len({e.row for e in plan.errors})),
        ).lastrowid
        companies = {r.company for r in plan.creates} | {r.company for r in plan.updates.values()}
        account_ids = _accounts(batch, companies, stamp)
        check()
        _create(batch, plan.creates, account_ids, stamp, progress, check)
        updated = _update(batch, plan.updates, progress, check)
        unchanged = len(plan.updates) - updated  # already as the file has them: skipped
        db.execute_sql("UPDATE import_batch SET updated = ?, skipped = ? WHERE id = ?",
                       (updated, plan.skipped + unchanged, batch))
        if plan.options.remember:
            mp.remember(preview.headers, plan.mapping)
    return Result(batch, plan.rows, len(plan.creates), updated, plan.skipped + unchanged,
                  plan.errors, plan.warnings)


def _accounts(batch: int, names: set[str], stamp: str) -> dict[str, int]:
    """Folded company name -> live account id, creating the missing ones."""
    wanted = {fold(n): n for n in names if n}
    found: dict[str, int] = {}
    keys = list(wanted)
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        for key, aid in db.execute_sql(
            "SELECT name_key, min(id) FROM account WHERE deleted_at IS NULL AND name_key IN"
            f" ({','.join('?' * len(chunk))}) GROUP BY name_key", chunk,
        ):
            found[key] = aid
    missing = [k for k in keys if k not in found]
    if missing:
        conn = db.connection()
        first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM account").fetchone()[0]
        rows = [(first + i, new_uid(), stamp, stamp, wanted[k], k) for i, k in enumerate(missing)]
        conn.executemany("INSERT INTO account (id, uid, created_at, updated_at, name, name_key)"
                         " VALUES (?,?,?,?,?,?)", rows)
        conn.executemany("INSERT INTO import_change (batch_id, table_name, record_id, action)"
                         " VALUES (?, 'account', ?, 'created')", [(batch, r[0]) for r in rows])
        found.update({k: r[0] for k, r in zip(missing, rows, strict=True)})
    return found


_CONTACT_COLUMNS = (
    "id, uid, created_at, updated_at, first_name, last_name, job_title, account_id, street,"
    " city, region, postal_code, country, birthday_year, birthday_month, birthday_day, tags,"
    " notes, status, source, primary_email, primary_phone, first_key, last_key, company_key,"
    " title_key, email_key, phone_key, city_key"
)


def _create(batch, records, account_ids, stamp, progress, check) -> None:
    if not records:
        return
    conn = db.connection()
    existing = conn.execute(
        "SELECT live + trashed FROM record_count WHERE table_name = 'contact'").fetchone()[0]
    next_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0]
    bulk = len(records) >= max(BULK_FROM, existing)
    tables = ("contact", "contact_email", "contact_phone") if bulk else ()
    marks = ", ".join("?" * 29)
    with indexes_deferred(db.obj, tables), \
            triggers_suspended(db.obj, ["contact_count_insert"]), \
            (fts_bulk(db.obj, "contact_fts") if bulk else nullcontext()):
        for start in range(0, len(records), CHUNK):
            check()
            chunk = records[start : start + CHUNK]
            rows, emails, phones, bodies = [], [], [], []
            for offset, r in enumerate(chunk):
                cid = next_id + start + offset
                first, last, company = fold(r.first_name), fold(r.last_name), fold(r.company)
                email = r.emails[0][1] if r.emails else ""
                phone = r.phones[0][1] if r.phones else ""
                rows.append((
                    cid, new_uid(), stamp, stamp, r.first_name, r.last_name, r.job_title,
                    account_ids.get(company), r.street, r.city, r.region, r.postal_code,
                    r.country, r.birthday_year, r.birthday_month, r.birthday_day, r.tags,
                    r.notes, r.status or "lead", r.source, email, phone, first, last,
                    company, fold(r.job_title), r.email_keys[0] if r.emails else "",
                    r.phone_digits[0] if r.phones else "", fold(r.city),
                ))
                emails += [(cid, i, lb, v, key) for i, ((lb, v), key)
                           in enumerate(zip(r.emails, r.email_keys, strict=True))]
                phones += [(cid, i, lb, v, key) for i, ((lb, v), key)
                           in enumerate(zip(r.phones, r.phone_digits, strict=True))]
                # what search.contact_body gives, from the keys already folded
                folded_phones = [fold(v) for _, v in r.phones]
                body = [f"{first} {last}".strip()] if r.first_name or r.last_name else []
                body += [company] if r.company else []
                bodies.append((cid, " | ".join(
                    body + r.email_keys + folded_phones + r.phone_digits)))
            conn.executemany(f"INSERT INTO contact ({_CONTACT_COLUMNS}) VALUES ({marks})", rows)
            conn.executemany("INSERT INTO contact_email (contact_id, position, label, value,"
                             " value_key) VALUES (?,?,?,?,?)", emails)
            conn.executemany("INSERT INTO contact_phone (contact_id, position, label, value,"
                             " value_key) VALUES (?,?,?,?,?)", phones)
            conn.executemany("INSERT INTO contact_fts (rowid, body) VALUES (?, ?)", bodies)
            conn.execute("INSERT INTO import_change (batch_id, table_name, record_id, through_id,"
                         " action) VALUES (?, 'contact', ?, ?, 'created')",
                         (batch, next_id + start, next_id + start + len(chunk) - 1))
            if progress:
                progress("Adding contacts", start + len(chunk), len(records))
        conn.execute("UPDATE record_count SET live = live + ?, changes = changes + ?"
                     " WHERE table_name = 'contact'", (len(records), len(records)))


def _update(batch, updates: dict[int, ImportRow], progress, check) -> int:
    """Write the merged rows; return how many contacts changed."""
    ids = list(updates)
    changed = 0
    conn = db.connection()
    for start in range(0, len(ids), CHUNK):
        check()
        chunk = ids[start : start + CHUNK]
        merged, befores = {}, []
        for cid in chunk:
            record = updates[cid]
            before = record.existing
            after = record.merged_into(before)
            if after != before:
                merged[cid] = after
                befores.append((batch, cid, json.dumps(asdict(before), ensure_ascii=False)))
        contacts_service.write_contacts(merged)
        changed += len(merged)
        conn.executemany("INSERT INTO import_change (batch_id, table_name, record_id, action,"
                         " before) VALUES (?, 'contact', ?, 'updated', ?)", befores)
        if progress:
            progress("Updating contacts", start + len(chunk), len(ids))
    return changed


# --- all at once, undo, history ---------------------------------------------------------
def import_file(path: Path | str, *, sheet: str | None = None, header_row: int | None = None,
                overrides: dict[str, str] | None = None, on_duplicate: str = "update",
                date_order: str | None = None, dry_run: bool = False,
                progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> tuple[Result, Plan]:
    """Import ``path`` (the CLI's verb). ``overrides`` maps headers to fields; a
    mapping given that way is remembered for the next file with the same headers."""
    preview = inspect(path, sheet, header_row)
    mapping = dict(preview.suggestion.mapping)
    for header, target in (overrides or {}).items():
        matches = [i for i, h in enumerate(preview.headers) if fold(h) == fold(header)]
        if not matches:
            raise UserError(f"{Path(path).name}: no column {header!r} (the headers are "
                            f"{', '.join(repr(h) for h in preview.headers)})")
        mapping[matches[0]] = target
    options = Options(mapping, on_duplicate, date_order, remember=bool(overrides))
    plan = make_plan(preview, options, progress, cancelled)
    if dry_run:
        counts = plan.counts()
        return Result(None, plan.rows, counts["created"], counts["updated"], counts["skipped"],
                      plan.errors, plan.warnings, dry_run=True), plan
    return execute(plan, progress, cancelled), plan


@dataclass
class Batch:
    id: int
    created_at: str
    file_name: str
    sheet: str
    rows: int
    created: int
    updated: int
    skipped: int
    errors: int
    undone_at: str | None


def history(limit: int = 100) -> list[Batch]:
    """Imports, newest first."""
    rows = db.execute_sql(
        "SELECT id, created_at, file_name, sheet, rows, created, updated, skipped, errors,"
        " undone_at FROM import_batch ORDER BY id DESC LIMIT ?", (limit,))
    return [Batch(*row) for row in rows]


def undo(batch_id: int) -> dict[str, int]:
    """Take an import back in one transaction: the contacts (and companies) it created
    go, the contacts it updated get their earlier values back."""
    with db.atomic():
        row = db.execute_sql("SELECT undone_at FROM import_batch WHERE id = ?",
                             (batch_id,)).fetchone()
        if row is None:
            raise UserError(f"There is no import {batch_id}.")
        if row[0] is not None:
            raise UserError(f"Import {batch_id} was already undone ({row[0]}).")
        changes = db.execute_sql(
            "SELECT table_name, record_id, coalesce(through_id, record_id), action, before"
            " FROM import_change WHERE batch_id = ? ORDER BY id", (batch_id,)).fetchall()
        created = [(first, last) for t, first, last, a, _ in changes
                   if t == "contact" and a == "created"]
        restored = {rid: ContactData(**_tuples(json.loads(before)))
                    for t, rid, _, a, before in changes if t == "contact" and a == "updated"}
        conn = db.connection()
        removed = 0
        for first, last in created:  # ids the import gave, in ranges
            conn.execute("DELETE FROM contact_fts WHERE rowid BETWEEN ? AND ?", (first, last))
            removed += conn.execute("DELETE FROM contact WHERE id BETWEEN ? AND ?",
                                    (first, last)).rowcount
        contacts_service.write_contacts(
            {cid: data for cid, data in restored.items() if _exists(cid)})
        accounts = [rid for t, rid, _, a, _ in changes if t == "account" and a == "created"]
        removed_accounts = 0
        for start in range(0, len(accounts), 500):
            chunk = accounts[start : start + 500]
            marks = ",".join("?" * len(chunk))
            removed_accounts += conn.execute(
                f"DELETE FROM account WHERE id IN ({marks}) AND NOT EXISTS"
                " (SELECT 1 FROM contact WHERE account_id = account.id)", chunk).rowcount
        db.execute_sql("UPDATE import_batch SET undone_at = ? WHERE id = ?", (now_iso(), batch_id))
    return {"removed": removed, "restored": len(restored), "accounts": removed_accounts}


def _tuples(data: dict) -> dict:
    data["emails"] = [tuple(x) for x in data["emails"]]
    data["phones"] = [tuple(x) for x in data["phones"]]
    return data


def _exists(contact_id: int) -> bool:
    row = db.execute_sql("SELECT 1 FROM contact WHERE id = ?", (contact_id,)).fetchone()
    return row is not None
