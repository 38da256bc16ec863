"""Planning an import: what a file holds, how its columns map, and what each row
will do (create, update, merge, skip, or left out with the reason). Writes nothing.

    preview = inspect(path)               # sheet, header row, suggested mapping
    plan = make_plan(preview, options)    # every row checked; what each will do

:mod:`crm_desktop.exchange.importer` writes a plan. No Qt here.
"""

import pickle
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crm_desktop.errors import UserError
from crm_desktop.exchange import mapping as mp
from crm_desktop.exchange import values as vl
from crm_desktop.exchange.memory import gc_paused, gc_thaw, hand_back
from crm_desktop.exchange.rows import ImportRow, Issue, RowReader
from crm_desktop.exchange.sources import ImportFileError, Source, open_source
from crm_desktop.services import contacts as contacts_service
from crm_desktop.store.db import database_proxy as db

POLICIES = ("update", "skip", "create")
CHUNK = 5_000

Progress = Callable[[str, int, int], None]  # phase, done, total


def release(plan: "Plan") -> None:
    """Let go of ``plan`` a chunk of rows at a time, then :func:`gc_thaw`. Freeing a
    big plan in one go holds the interpreter as long as its collection would (0.23 s
    at 100k rows); between chunks other threads, the window's, get their turn."""
    plan.creates.clear()  # the rows stay referenced by their actions: freed with them
    plan.updates.clear()
    for many in (plan.actions, plan.errors):
        while many:
            del many[-CHUNK:]
    gc_thaw()


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


#: A workbook with more rows than this is copied to a temporary file on the first
#: pass, so that the parsed sheet (~1 KB a row in memory) is let go before the rows
#: become contacts: a full Excel sheet then needs one or the other in memory, not both.
SPOOL_FROM = 200_000


class _Spool:
    """Rows written to a temporary file in pickled chunks, read back once."""

    def __init__(self):
        self.file = tempfile.TemporaryFile()  # noqa: SIM115 - closed once read back
        self.chunk: list = []

    def add(self, item) -> None:
        self.chunk.append(item)
        if len(self.chunk) >= CHUNK:
            self._flush()

    def _flush(self) -> None:
        pickle.dump(self.chunk, self.file, protocol=pickle.HIGHEST_PROTOCOL)
        self.chunk = []

    def __iter__(self):
        self._flush()
        self.file.seek(0)
        try:
            while True:
                yield from pickle.load(self.file)
        except EOFError:
            pass
        finally:
            self.file.close()


def _read_rows(plan: Plan, progress, cancelled) -> list[ImportRow]:
    """Two passes over the sheet, so that no more than one row's cells are held at a
    time (a full Excel sheet is a million rows): the first counts the rows and reads
    the date columns' order, the second turns each row into a contact."""
    preview = plan.preview
    reader = RowReader(preview.headers, plan.mapping, preview.suggestion.preset)
    dates: dict[int, list] = {c: [] for c in reader.date_columns}
    source = preview.source
    spool = _Spool() if source.is_workbook and source.height() > SPOOL_FROM else None
    for item in _data_rows(preview):
        plan.rows += 1
        row = item[1]
        for column, cells in dates.items():
            if column < len(row) and isinstance(row[column], str) and row[column]:
                cells.append(row[column])
        if spool is not None:
            spool.add(item)
    if spool is not None:
        hand_back(preview.source)
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
    for n, (number, row) in enumerate(spool if spool is not None else _data_rows(preview)):
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
    hand_back(preview.source)  # the parsed sheet: as big again as the rows read
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
    never matched by a shared phone (a switchboard) or name: a row with e-mails is
    matched that way only with contacts stored without one."""
    found: dict[int, int] = {}
    _match_keys(records, found, "contact_email", lambda r: r.email_keys)
    bare = [r for r in records if not r.emails]
    _match_keys(bare, found, "contact_phone", lambda r: r.phone_keys)
    # Name and company: looked up by (company, last name) on the company sort index, a
    # few rows each. (By last name alone, a common one means reading most of the table
    # and comparing it with every row of the file: 100k rows into 1M contacts, minutes.)
    by_pair: dict[tuple[str, str], list[ImportRow]] = {}
    for record in bare:
        if record.number not in found and record.name_key is not None:
            first, last, company = record.name_key
            by_pair.setdefault((company, last), []).append(record)
    pairs = list(by_pair)
    for start in range(0, len(pairs), 400):
        chunk = pairs[start : start + 400]
        rows = db.execute_sql(
            f"WITH wanted (company, last) AS (VALUES {','.join(['(?,?)'] * len(chunk))})"
            " SELECT c.id, c.first_key, c.last_key, c.company_key FROM wanted w"
            " JOIN contact c ON c.company_key = w.company AND c.last_key = w.last"
            " AND c.deleted_at IS NULL ORDER BY c.id", [x for pair in chunk for x in pair],
        )
        for cid, first, last, company in rows:
            for record in by_pair[(company, last)]:
                if record.name_key[0] == first:
                    found.setdefault(record.number, cid)
    _match_without_emails([r for r in records if r.emails and r.number not in found], found)
    return found


def _match_keys(records: list[ImportRow], found: dict[int, int], table: str, keyed) -> None:
    wanted: dict[str, list[ImportRow]] = {}
    for record in records:
        if record.number not in found:
            for key in keyed(record):
                wanted.setdefault(key, []).append(record)
    keys = list(wanted)
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        rows = db.execute_sql(
            f"SELECT i.value_key, i.contact_id FROM {table} i JOIN contact c"
            " ON c.id = i.contact_id WHERE c.deleted_at IS NULL AND"
            f" i.value_key IN ({','.join('?' * len(chunk))}) ORDER BY i.contact_id", chunk,
        )
        for key, cid in rows:
            for record in wanted[key]:
                found.setdefault(record.number, cid)


def _match_without_emails(records: list[ImportRow], found: dict[int, int]) -> None:
    """Rows with e-mails that matched none: the same phone, else name and company, among
    the contacts stored without an e-mail (found on the e-mail sort index: key '')."""
    if not records:
        return
    ids = [cid for (cid,) in db.execute_sql(
        "SELECT id FROM contact INDEXED BY contact_email_live WHERE deleted_at IS NULL"
        " AND email_key = '' ORDER BY id")]
    phones: dict[str, int] = {}
    names: dict[tuple[str, str, str], int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for key, cid in db.execute_sql(
                f"SELECT value_key, contact_id FROM contact_phone WHERE contact_id IN ({marks})"
                " ORDER BY contact_id", chunk):
            phones.setdefault(key, cid)
        for cid, first, last, company in db.execute_sql(
                f"SELECT id, first_key, last_key, company_key FROM contact WHERE id IN ({marks})"
                " AND company_key != '' ORDER BY id", chunk):
            names.setdefault((first, last, company), cid)
    for record in records:
        cid = next((phones[k] for k in record.phone_keys if k in phones), None)
        if cid is None and record.name_key is not None:
            cid = names.get(record.name_key)
        if cid is not None:
            found[record.number] = cid
