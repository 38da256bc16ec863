"""Contacts: validate, create, edit, trash and restore, each in one transaction."""

import calendar
from dataclasses import dataclass, field, fields

from crm_desktop.errors import ValidationError
from crm_desktop.services import moves
from crm_desktop.services.accounts import find_or_create_account
from crm_desktop.services.moves import Cancelled, Progress
from crm_desktop.store.db import database_proxy as db
from crm_desktop.store.models import (
    LABELS,
    STATUSES,
    Account,
    Contact,
    ContactEmail,
    ContactPhone,
    now_iso,
)
from crm_desktop.store.search import reindex_contacts
from crm_desktop.text import digits, fold, is_email, tidy_tags

_SCALARS = (
    "first_name", "last_name", "job_title", "street", "city", "region", "postal_code",
    "country", "tags", "notes", "status", "source",
    "birthday_year", "birthday_month", "birthday_day",
)


@dataclass
class ContactData:
    first_name: str = ""
    last_name: str = ""
    job_title: str = ""
    company: str = ""
    emails: list[tuple[str, str]] = field(default_factory=list)  # (label, address)
    phones: list[tuple[str, str]] = field(default_factory=list)  # (label, number)
    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    birthday_year: int | None = None
    birthday_month: int | None = None
    birthday_day: int | None = None
    tags: str = ""
    notes: str = ""
    status: str = "lead"
    source: str = ""

    @property
    def display_name(self) -> str:
        name = " ".join(f"{self.first_name} {self.last_name}".split())
        return name or (self.emails[0][1] if self.emails else "") or self.company or "(no name)"


def _clean_items(items, kind: str) -> list[tuple[str, str]]:
    cleaned = []
    for label, value in items:
        value = " ".join((value or "").split())
        if not value:
            continue
        label = (label or "work").strip().lower()
        if label not in LABELS:
            raise ValidationError(kind, f"Unknown {kind} label {label!r}: use {', '.join(LABELS)}.")
        if kind == "email" and not is_email(value):
            raise ValidationError("email", f"{value!r} is not a valid e-mail address.")
        if kind == "phone" and not digits(value):
            raise ValidationError("phone", f"{value!r} has no digits: not a phone number.")
        cleaned.append((label, value))
    return cleaned


def _check_birthday(year: int | None, month: int | None, day: int | None) -> None:
    if day is not None and month is None:
        raise ValidationError("birthday", "A birthday with a day needs a month too.")
    if year is not None and not 1 <= year <= 9999:
        raise ValidationError("birthday", f"{year} is not a valid year.")
    if month is not None and not 1 <= month <= 12:
        raise ValidationError("birthday", f"{month} is not a valid month.")
    if day is not None:
        last = calendar.monthrange(year or 2000, month)[1]  # 2000: Feb 29 allowed
        if not 1 <= day <= last:
            raise ValidationError("birthday", f"{month}/{day} is not a valid date.")


def validate(data: ContactData) -> ContactData:
    """Return a cleaned copy of ``data`` or raise :class:`ValidationError`."""
    clean = ContactData(**{f.name: getattr(data, f.name) for f in fields(ContactData)})
    for name in ("first_name", "last_name", "job_title", "company", "street", "city",
                 "region", "postal_code", "country", "source"):
        setattr(clean, name, " ".join(getattr(clean, name).split()))
    clean.notes = clean.notes.rstrip()
    clean.tags = tidy_tags(clean.tags)
    clean.emails = _clean_items(clean.emails, "email")
    clean.phones = _clean_items(clean.phones, "phone")
    if clean.status not in STATUSES:
        raise ValidationError("status", f"Unknown status {clean.status!r}.")
    _check_birthday(clean.birthday_year, clean.birthday_month, clean.birthday_day)
    if not (clean.first_name or clean.last_name or clean.emails or clean.phones or clean.company):
        raise ValidationError(
            "first_name", "Give the contact a name, a company, an e-mail or a phone number."
        )
    return clean


def _row_values(data: ContactData, account_id: int | None) -> dict:
    email = data.emails[0][1] if data.emails else ""
    phone = data.phones[0][1] if data.phones else ""
    values = {name: getattr(data, name) for name in _SCALARS}
    values.update(
        account=account_id,
        primary_email=email,
        primary_phone=phone,
        first_key=fold(data.first_name),
        last_key=fold(data.last_name),
        company_key=fold(data.company),
        title_key=fold(data.job_title),
        email_key=fold(email),
        phone_key=digits(phone),
        city_key=fold(data.city),
    )
    return values


def _write_items(contact_id: int, data: ContactData) -> None:
    ContactEmail.delete().where(ContactEmail.contact == contact_id).execute()
    ContactPhone.delete().where(ContactPhone.contact == contact_id).execute()
    for model, items, key in (
        (ContactEmail, data.emails, fold),
        (ContactPhone, data.phones, digits),
    ):
        if items:
            model.insert_many(
                [
                    {"contact": contact_id, "position": i, "label": label, "value": value,
                     "value_key": key(value)}
                    for i, (label, value) in enumerate(items)
                ]
            ).execute()


def create_contact(data: ContactData) -> int:
    data = validate(data)
    with db.atomic():
        account_id = find_or_create_account(data.company)
        contact_id = Contact.insert(**_row_values(data, account_id)).execute()
        _write_items(contact_id, data)
        reindex_contacts(db.obj, [contact_id])
    return contact_id


def update_contact(contact_id: int, data: ContactData) -> None:
    data = validate(data)
    with db.atomic():
        account_id = find_or_create_account(data.company)
        changed = (
            Contact.update(**_row_values(data, account_id), updated_at=now_iso())
            .where(Contact.id == contact_id)
            .execute()
        )
        if not changed:
            raise ValidationError("id", f"Contact {contact_id} no longer exists.")
        _write_items(contact_id, data)
        reindex_contacts(db.obj, [contact_id])


def get_contact(contact_id: int) -> ContactData:
    row = Contact.get_by_id(contact_id)
    account = None
    if row.account_id is not None:
        account = Account.get_or_none(Account.id == row.account_id, Account.deleted_at.is_null())
    return ContactData(
        **{name: getattr(row, name) for name in _SCALARS},
        company=account.name if account else "",
        emails=[(e.label, e.value) for e in row.emails.order_by(ContactEmail.position)],
        phones=[(p.label, p.value) for p in row.phones.order_by(ContactPhone.position)],
    )


#: From this many contacts, a move to or from the trash goes in id order through a
#: bigger page cache: each contact leaves (or joins) a dozen indexes and the search
#: index at scattered places. 100k of 1M contacts: 33 s in list order with the usual
#: 16 MB; 18 s so, with moves.MOVE_CACHE_MB (17 s with 1 GB, but the window would then hold
#: ~900 MB).
BULK_MOVE = 5_000


def having_emails(emails: list[str], besides: int | None = None) -> list[tuple[int, str, str]]:
    """Live contacts other than ``besides`` that have one of ``emails`` (without case or
    accents, as duplicates are found): (id, name, the address as they have it), on the
    index of addresses."""
    keys = sorted({fold(e) for e in emails if fold(e)})
    if not keys:
        return []
    rows = db.execute_sql(
        f"SELECT c.id, trim(c.first_name || ' ' || c.last_name), e.value FROM contact_email e"
        f" JOIN contact c ON c.id = e.contact_id AND c.deleted_at IS NULL"
        f" WHERE e.value_key IN ({','.join('?' * len(keys))}) AND c.id IS NOT ?"
        f" ORDER BY c.id", [*keys, besides]).fetchall()
    return [(cid, name or address, address) for cid, name, address in rows]


def _set_deleted(ids: list[int], deleted_at: str | None, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> int:
    bulk = len(ids) >= BULK_MOVE
    return moves.set_deleted(
        Contact, sorted(ids) if bulk else ids, deleted_at,
        lambda moved, done: reindex_contacts(db.obj, moved, done),  # live contacts only
        progress, cancelled, cache=bulk)


def trash_contacts(ids: list[int], progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> int:
    """Move contacts to the trash (soft delete); return how many moved."""
    return _set_deleted(list(ids), now_iso(), progress, cancelled)


def restore_contacts(ids: list[int], progress: Progress | None = None,
                     cancelled: Cancelled | None = None) -> int:
    """Bring contacts back from the trash."""
    return _set_deleted(list(ids), None, progress, cancelled)


def load_contacts(ids: list[int]) -> dict[int, ContactData]:
    """Several live contacts at once (3 queries per 500), as :func:`get_contact` gives."""
    out: dict[int, ContactData] = {}
    names = ", ".join(f"c.{n}" for n in _SCALARS)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.execute_sql(
            f"SELECT c.id, coalesce(a.name, ''), {names} FROM contact c LEFT JOIN account a"
            f" ON a.id = c.account_id AND a.deleted_at IS NULL WHERE c.id IN ({marks})"
            " AND c.deleted_at IS NULL", chunk,
        ):
            out[row[0]] = ContactData(company=row[1], **dict(zip(_SCALARS, row[2:], strict=True)))
        for table, attr in (("contact_email", "emails"), ("contact_phone", "phones")):
            for cid, label, value in db.execute_sql(
                f"SELECT contact_id, label, value FROM {table} WHERE contact_id IN ({marks})"
                " ORDER BY contact_id, position", chunk,
            ):
                if cid in out:
                    getattr(out[cid], attr).append((label, value))
    return out


def write_contacts(changes: dict[int, ContactData]) -> None:
    """Store already validated data over existing contacts (bulk, for imports and undo).
    Call inside the writing transaction."""
    if not changes:
        return
    stamp = now_iso()
    names = [*_SCALARS, "account", "primary_email", "primary_phone", "first_key", "last_key",
             "company_key", "title_key", "email_key", "phone_key", "city_key"]
    sets = ", ".join(f"{'account_id' if n == 'account' else n} = ?" for n in names)
    rows, emails, phones = [], [], []
    for cid, data in changes.items():
        values = _row_values(data, find_or_create_account(data.company))
        rows.append([*(values[n] for n in names), stamp, cid])
        emails += [(cid, i, lb, v, fold(v)) for i, (lb, v) in enumerate(data.emails)]
        phones += [(cid, i, lb, v, digits(v)) for i, (lb, v) in enumerate(data.phones)]
    conn = db.connection()
    conn.executemany(f"UPDATE contact SET {sets}, updated_at = ? WHERE id = ?", rows)
    ids = list(changes)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM contact_email WHERE contact_id IN ({marks})", chunk)
        conn.execute(f"DELETE FROM contact_phone WHERE contact_id IN ({marks})", chunk)
    for table, items in (("contact_email", emails), ("contact_phone", phones)):
        conn.executemany(
            f"INSERT INTO {table} (contact_id, position, label, value, value_key)"
            " VALUES (?,?,?,?,?)", items,
        )
    reindex_contacts(db.obj, ids)
