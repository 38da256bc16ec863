"""Importing contacts from a spreadsheet: a checked plan written in one transaction
as a batch that can be undone.

    preview = inspect(path)               # sheet, header row, suggested mapping
    plan = make_plan(preview, options)    # every row checked; what each will do
    result = execute(plan)                # one transaction; result.batch undoes it

:func:`import_file` does all three (:mod:`planning` the first two). Nothing here
imports Qt; the wizard and the CLI call these functions (the wizard on its worker
threads).
"""

import json
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import asdict, dataclass
from pathlib import Path

from crm_desktop.errors import UserError
from crm_desktop.exchange import mapping as mp
from crm_desktop.exchange.memory import gc_paused, gc_thaw
from crm_desktop.exchange.planning import (  # noqa: F401  (the import API, in one place)
    CHUNK,
    POLICIES,
    Action,
    ImportCancelled,
    Options,
    Plan,
    Preview,
    Progress,
    check_mapping,
    inspect,
    make_plan,
    release,
)
from crm_desktop.exchange.rows import ImportRow, Issue
from crm_desktop.services import contacts as contacts_service
from crm_desktop.services.contacts import ContactData
from crm_desktop.store import backups
from crm_desktop.store.bulk import big_cache, fts_bulk, indexes_deferred, triggers_suspended
from crm_desktop.store.db import database_proxy as db
from crm_desktop.store.models import new_uid, new_uids, now_iso
from crm_desktop.text import fold

#: From this many new contacts (and more than the database holds), the contact
#: indexes are dropped and built again after the insert: one sort beats a million
#: scattered index updates.
BULK_FROM = 20_000
#: An import's page cache shares the memory with its plan, which holds about
#: PLAN_KB_PER_ROW for each row read (a full Excel sheet: ~1.5 GB). The cache gets
#: what is left of MEMORY_MB, between 200 MB and big_cache's 1 GB: with 1 GB on top of
#: that plan a full sheet peaked at 2.6 GB (issue #3 asks for under 2 GB).
MEMORY_MB = 1_800
PLAN_KB_PER_ROW = 1.5


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


# --- writing a plan -----------------------------------------------------------------------
def execute(plan: Plan, progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None) -> Result:
    """Write the plan in one transaction and record it as a batch that can be undone.
    A cancel or an error midway leaves the database as it was."""
    def check():
        if cancelled and cancelled():
            raise ImportCancelled

    # A checked copy first: whatever an import does, the file as it was can come back.
    # The copy is made now; its check (a minute at a million contacts) runs beside the
    # import, which commits only once the copy has passed it.
    with backups.made_first(db.obj, Path(db.obj.path)) as pending:
        check()
        return _write(plan, pending, progress, check)


def _write(plan: Plan, pending: backups.PendingBackup, progress, check) -> Result:
    preview = plan.preview
    with gc_paused(), big_cache(db.obj, cache_megabytes(plan.rows)), db.atomic():
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
        if progress and pending.checking:
            progress("Checking the backup made first", 0, 0)
        pending.wait(check)  # a backup that fails its check rolls the import back
    return Result(batch, plan.rows, len(plan.creates), updated, plan.skipped + unchanged,
                  plan.errors, plan.warnings)


def cache_megabytes(rows: int) -> int:
    """The page cache for writing a plan of ``rows`` rows (see MEMORY_MB)."""
    return int(min(1000, max(200, MEMORY_MB - rows * PLAN_KB_PER_ROW / 1000)))


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
        rows = [(first + i, uid, stamp, stamp, wanted[k], k)
                for i, (k, uid) in enumerate(zip(missing, new_uids(len(missing)), strict=True))]
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
            for offset, (r, uid) in enumerate(zip(chunk, new_uids(len(chunk)), strict=True)):
                cid = next_id + start + offset
                first, last, company = fold(r.first_name), fold(r.last_name), fold(r.company)
                email = r.emails[0][1] if r.emails else ""
                phone = r.phones[0][1] if r.phones else ""
                rows.append((
                    cid, uid, stamp, stamp, r.first_name, r.last_name, r.job_title,
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
    try:
        plan = make_plan(preview, options, progress, cancelled)
        if dry_run:
            counts = plan.counts()
            return Result(None, plan.rows, counts["created"], counts["updated"],
                          counts["skipped"], plan.errors, plan.warnings, dry_run=True), plan
        return execute(plan, progress, cancelled), plan
    finally:
        gc_thaw()  # no window waits on the collector here: it may look at the plan again


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
    with big_cache(db.obj), db.atomic():
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
        # A created contact someone has since logged calls or follow-ups for is not
        # deleted with its history: it goes to the trash, where it can be restored.
        kept = sorted({cid for first, last in created for cid in _with_history(first, last)})
        for first, last in created:  # ids the import gave, in ranges
            conn.execute("DELETE FROM contact_fts WHERE rowid BETWEEN ? AND ?", (first, last))
            removed += conn.execute(
                "DELETE FROM contact WHERE id BETWEEN ? AND ?"
                " AND id NOT IN (SELECT value FROM json_each(?))",
                (first, last, json.dumps(kept)),
            ).rowcount
        conn.execute(
            "UPDATE contact SET deleted_at = coalesce(deleted_at, ?)"
            " WHERE id IN (SELECT value FROM json_each(?))", (now_iso(), json.dumps(kept)),
        )
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
        removed_feedback = conn.execute(
            "DELETE FROM feedback WHERE id IN"
            " (SELECT feedback_id FROM import_feedback WHERE batch_id = ?)", (batch_id,)
        ).rowcount
        db.execute_sql("UPDATE import_batch SET undone_at = ? WHERE id = ?", (now_iso(), batch_id))
    return {"removed": removed, "restored": len(restored), "accounts": removed_accounts,
            "trashed": len(kept), "feedback": removed_feedback}


def _with_history(first: int, last: int) -> list[int]:
    """Contacts with ids in ``first..last`` that interactions or follow-ups point to
    (live or trashed), each found on an index."""
    found: list[int] = []
    for table in ("interaction", "followup"):
        for live in ("IS NULL", "IS NOT NULL"):  # the partial indexes need it said
            found += [r[0] for r in db.execute_sql(
                f"SELECT contact_id FROM {table} WHERE deleted_at {live}"
                " AND contact_id BETWEEN ? AND ?", (first, last))]
    return found


def _tuples(data: dict) -> dict:
    data["emails"] = [tuple(x) for x in data["emails"]]
    data["phones"] = [tuple(x) for x in data["phones"]]
    return data


def _exists(contact_id: int) -> bool:
    row = db.execute_sql("SELECT 1 FROM contact WHERE id = ?", (contact_id,)).fetchone()
    return row is not None
