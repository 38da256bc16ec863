"""Merging duplicate contacts or accounts into one, in one transaction, and undoing it.

A contact merge keeps one contact (the survivor) with the values chosen field by field,
every e-mail, phone and tag of them all, and everything that pointed at the others
(interactions, follow-ups, feedback, deals and their history); the others go to the
trash. An account merge moves the others' contacts, interactions and deals to the
survivor. Each merge is a row of
``merge_batch`` holding the rows it changed as they were, so that undoing it puts back
exactly what was there. Before merging, a backup is made unless one is less than an hour
old (a backup of a big file per merge would make merging a list of twins a chore).
"""

import json
from dataclasses import fields
from datetime import datetime
from pathlib import Path

from crm_desktop.errors import UserError, ValidationError
from crm_desktop.services import accounts, contacts, interactions
from crm_desktop.services.accounts import AccountData
from crm_desktop.services.contacts import ContactData
from crm_desktop.store.db import database_proxy as db
from crm_desktop.store.models import now_iso
from crm_desktop.store.search import reindex_contacts
from crm_desktop.text import digits, fold, split_tags

#: What points at a contact, and moves to the survivor.
CONTACT_LINKS = ("interaction", "followup", "feedback", "deal", "deal_event")
#: What points at an account, and moves to the survivor (besides its contacts).
ACCOUNT_LINKS = ("interaction", "deal", "deal_event")
#: Contact fields chosen one by one (e-mails, phones and tags are united instead).
CONTACT_FIELDS = ("first_name", "last_name", "job_title", "company", "street", "city",
                  "region", "postal_code", "country", "status", "source", "notes",
                  "birthday_year", "birthday_month", "birthday_day")
ACCOUNT_FIELDS = tuple(f.name for f in fields(AccountData))
BACKUP_MAX_AGE_HOURS = 1


# --- reading ----------------------------------------------------------------------------
def candidates(kind: str, ids: list[int]) -> list[tuple[int, str, object]]:
    """The records to merge as (id, updated_at, data), most recently changed first."""
    table = "contact" if kind == "contact" else "account"
    live = dict(db.execute_sql(
        f"SELECT id, updated_at FROM {table} WHERE deleted_at IS NULL AND id IN"
        f" ({','.join('?' * len(ids))})", ids).fetchall())
    missing = [i for i in ids if i not in live]
    if missing:
        raise ValidationError("id", f"{table.title()} {missing[0]} is gone (or in the trash).")
    load = contacts.get_contact if kind == "contact" else accounts.get_account
    out = [(i, live[i], load(i)) for i in ids]
    out.sort(key=lambda c: (c[1], c[0]), reverse=True)  # the same millisecond: the later one
    return out


def default_choice(kind: str, records: list[tuple[int, str, object]]) -> dict[str, object]:
    """Each field's value from the most recently changed record that has one."""
    names = CONTACT_FIELDS if kind == "contact" else ACCOUNT_FIELDS
    chosen: dict[str, object] = {}
    for name in names:
        values = [getattr(data, name) for _, _, data in records]
        chosen[name] = next((v for v in values if v not in ("", None)), values[0])
    if kind == "contact" and chosen["birthday_month"] is not None:  # a birthday is one value
        source = next(d for _, _, d in records if d.birthday_month is not None)
        for part in ("birthday_year", "birthday_month", "birthday_day"):
            chosen[part] = getattr(source, part)
    return chosen


def united(records: list[tuple[int, str, object]], chosen: dict[str, object],
           survivor: int) -> ContactData:
    """The survivor's data: the chosen fields, every e-mail and phone (the survivor's
    first, each once), every tag."""
    order = sorted(records, key=lambda c: c[0] != survivor)
    emails: dict[str, tuple[str, str]] = {}
    phones: dict[str, tuple[str, str]] = {}
    tags: dict[str, str] = {}
    for _, _, data in order:
        for label, value in data.emails:
            emails.setdefault(fold(value), (label, value))
        for label, value in data.phones:
            phones.setdefault(digits(value) or value, (label, value))
        for tag in split_tags(data.tags):
            tags.setdefault(fold(tag), tag)
    return ContactData(**chosen, emails=list(emails.values()), phones=list(phones.values()),
                       tags=", ".join(tags.values()))


# --- merging ----------------------------------------------------------------------------
def merge_contacts(survivor: int, others: list[int],
                   chosen: dict[str, object] | None = None) -> int:
    """Merge ``others`` into ``survivor``; return the merge's number (for undo)."""
    others = [o for o in dict.fromkeys(others) if o != survivor]
    if not others:
        raise UserError("Choose at least two contacts to merge.")
    _backup_first()
    ids = [survivor, *others]
    with db.atomic():
        records = candidates("contact", ids)
        chosen = {**default_choice("contact", records), **(chosen or {})}
        state = {
            "rows": {t: _rows(t, "id" if t == "contact" else "contact_id", ids)
                     for t in ("contact", "contact_email", "contact_phone")},
            "moved": {t: _rows(t, "contact_id", others, "id, contact_id, updated_at")
                      for t in CONTACT_LINKS},
        }
        contacts.update_contact(survivor, united(records, chosen, survivor))
        stamp = now_iso()
        for table in CONTACT_LINKS:
            _update_in(table, "contact_id = ?, updated_at = ?", [survivor, stamp],
                       "contact_id", others)
        contacts.trash_contacts(others)
        interactions.refresh_signals([survivor])
        name = f"{chosen['first_name']} {chosen['last_name']}".strip() or "contact"
        return _record("contact", survivor, others, f"{len(ids)} contacts into {name}", state)


def merge_accounts(survivor: int, others: list[int],
                   chosen: dict[str, object] | None = None) -> int:
    """Merge the accounts ``others`` into ``survivor``: their contacts and interactions
    move to it; return the merge's number."""
    others = [o for o in dict.fromkeys(others) if o != survivor]
    if not others:
        raise UserError("Choose at least two companies to merge.")
    _backup_first()
    ids = [survivor, *others]
    with db.atomic():
        records = candidates("account", ids)
        chosen = {**default_choice("account", records), **(chosen or {})}
        state = {
            "rows": {"account": _rows("account", "id", ids)},
            "contacts": _rows("contact", "account_id", ids,
                              "id, account_id, company_key, updated_at"),
            "moved": {t: _rows(t, "account_id", others, "id, account_id, updated_at")
                      for t in ACCOUNT_LINKS},
        }
        accounts.update_account(survivor, AccountData(**chosen))
        stamp = now_iso()
        _update_in("contact", "account_id = ?, updated_at = ?", [survivor, stamp],
                   "account_id", others)
        for table in ACCOUNT_LINKS:
            _update_in(table, "account_id = ?, updated_at = ?", [survivor, stamp],
                       "account_id", others)
        accounts.trash_accounts(others)
        accounts.refresh_contacts([survivor])
        return _record("account", survivor, others,
                       f"{len(ids)} companies into {chosen['name']}", state)


def _backup_first() -> None:
    from crm_desktop.store import backups

    database = db.obj
    backups.backup_unless_recent(database, Path(database.path), BACKUP_MAX_AGE_HOURS)


def _record(kind: str, survivor: int, others: list[int], label: str, state: dict) -> int:
    cursor = db.execute_sql(
        "INSERT INTO merge_batch (kind, survivor_id, merged_ids, label, state, merged_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (kind, survivor, json.dumps(others), label, json.dumps(state), now_iso()))
    return cursor.lastrowid


# --- undoing ----------------------------------------------------------------------------
def history(limit: int = 200) -> list[dict]:
    """The latest merges, newest first."""
    rows = db.execute_sql(
        "SELECT id, kind, label, merged_at, undone_at FROM merge_batch"
        " ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    return [{"id": r[0], "kind": r[1], "label": r[2], "merged_at": r[3], "undone_at": r[4]}
            for r in rows]


def undo(batch_id: int) -> str:
    """Put back what merge ``batch_id`` changed; return its label."""
    with db.atomic():
        row = db.execute_sql("SELECT kind, label, state, undone_at FROM merge_batch"
                             " WHERE id = ?", (batch_id,)).fetchone()
        if row is None:
            raise UserError(f"There is no merge number {batch_id}.")
        kind, label, state, undone_at = row
        if undone_at:
            raise UserError(f"Merge {batch_id} ({label}) was already undone.")
        state = json.loads(state)
        rows = state["rows"]
        main = "contact" if kind == "contact" else "account"
        ids = [r["id"] for r in rows[main]]
        if kind == "contact":
            for table in ("contact_email", "contact_phone"):
                _update_in(table, None, [], "contact_id", ids)  # delete, then put back
                _insert(table, rows[table])
        for record in rows[main]:
            _put_back(main, record)
        for table, moved in state["moved"].items():
            link = "contact_id" if kind == "contact" else "account_id"
            for record in moved:
                db.execute_sql(f"UPDATE {table} SET {link} = ?, updated_at = ? WHERE id = ?",
                               (record[link], record["updated_at"], record["id"]))
        touched = ids if kind == "contact" else []
        for record in state.get("contacts", []):
            _put_back("contact", record)
            touched.append(record["id"])
        reindex_contacts(db.obj, touched)
        db.execute_sql("UPDATE merge_batch SET undone_at = ? WHERE id = ?",
                       (now_iso(), batch_id))
    return label


# --- rows -------------------------------------------------------------------------------
def _rows(table: str, column: str, ids: list[int], columns: str = "*") -> list[dict]:
    out = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        cursor = db.execute_sql(f"SELECT {columns} FROM {table} WHERE {column} IN"
                                f" ({','.join('?' * len(chunk))}) ORDER BY id", chunk)
        names = [d[0] for d in cursor.description]
        out += [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    return out


def _update_in(table: str, sets: str | None, params: list, column: str, ids: list[int]) -> None:
    """``UPDATE table SET sets WHERE column IN ids`` (``sets`` None: DELETE), in chunks."""
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        where = f"{column} IN ({','.join('?' * len(chunk))})"
        if sets is None:
            db.execute_sql(f"DELETE FROM {table} WHERE {where}", chunk)
        else:
            db.execute_sql(f"UPDATE {table} SET {sets} WHERE {where}", [*params, *chunk])


def _put_back(table: str, record: dict) -> None:
    names = [n for n in record if n != "id"]
    db.execute_sql(f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                   [*(record[n] for n in names), record["id"]])


def _insert(table: str, records: list[dict]) -> None:
    if records:
        names = list(records[0])
        db.obj.connection().executemany(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [[r[n] for n in names] for r in records])


def when(stamp: str) -> str:
    """A merge's time, local, for lists."""
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().strftime(
        "%d %b %Y, %H:%M")

