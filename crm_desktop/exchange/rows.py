"""One spreadsheet row as a contact: read through the mapping, checked cell by cell,
merged with its duplicates. Kept lean: a 100,000-row import reads every cell here.
"""

from collections.abc import Sequence
from dataclasses import dataclass, fields

from crm_desktop.exchange import mapping as mp
from crm_desktop.exchange import values as vl
from crm_desktop.services.contacts import ContactData
from crm_desktop.services.matching import email_key, name_key, phone_key
from crm_desktop.text import digits, fold, tidy_tags

_LABELS = {"work": "work", "business": "work", "office": "work", "home": "home",
           "personal": "home", "private": "home", "mobile": "mobile", "cell": "mobile",
           "iphone": "mobile", "main": "work", "other": "other"}
_FIELD_LABEL = {"email": "work", "email_home": "home", "email_other": "other",
                "phone": "work", "phone_mobile": "mobile", "phone_home": "home",
                "phone_other": "other"}
_SCALARS = ("first_name", "last_name", "job_title", "company", "street", "city", "region",
            "postal_code", "country", "status", "source")
_ADDRESS = ("street", "city", "region", "postal_code", "country")
_SHARE_UP_TO = 20_000
_TEXT_FIELDS = {"first_name", "last_name", "job_title", "company", "source", *_ADDRESS}


EMAIL, PHONE, NAME = range(3)


@dataclass
class Issue:
    """A problem with one cell (or a whole row) that keeps the row out."""

    row: int  # the sheet's own row number (1-based)
    column: str  # the column's header ("" for the whole row)
    message: str

    def as_dict(self) -> dict:
        return {"row": self.row, "column": self.column, "message": self.message}


def label_of(text: str, default: str) -> str:
    """Google's "* Work", Outlook's "SMTP"... -> work/home/mobile/other."""
    key = fold(text).lstrip("* ").strip()
    return _LABELS.get(key, default if not key or key == "smtp" else "other")


class ImportRow:
    """A contact as one row (or several merged rows) of the file gives it."""

    __slots__ = ("number", "first_name", "last_name", "job_title", "company", "emails",
                 "phones", "street", "city", "region", "postal_code", "country",
                 "birthday_year", "birthday_month", "birthday_day", "tags", "notes", "status",
                 "source", "existing", "email_keys", "phone_digits", "phone_keys", "name_key")

    def __init__(self, number: int):
        self.number = number
        # one by one, not in a loop over _SCALARS: this runs for every row of a file
        self.first_name = self.last_name = self.job_title = self.company = ""
        self.street = self.city = self.region = self.postal_code = self.country = ""
        self.status = self.source = ""
        self.emails: list[tuple[str, str]] = []
        self.phones: list[tuple[str, str]] = []
        self.birthday_year = self.birthday_month = self.birthday_day = None
        self.tags = self.notes = ""
        self.existing: ContactData | None = None
        self.email_keys: list[str] = []
        self.phone_digits: list[str] = []  # each phone's digits, in order
        self.phone_keys: list[str] = []  # those long enough to tell people apart
        self.name_key: tuple[str, str, str] | None = None

    @property
    def display_name(self) -> str:
        name = f"{self.first_name} {self.last_name}".strip()
        return name or (self.emails[0][1] if self.emails else "") or self.company

    def index_keys(self) -> None:
        """Compute what duplicates are found by (after reading or absorbing a row)."""
        # The same keys as the duplicate finder's (services/matching.py): one matcher.
        self.email_keys = [email_key(v) for _, v in self.emails]
        self.phone_digits = [digits(v) for _, v in self.phones]
        self.phone_keys = [d for d in self.phone_digits if phone_key(d)]
        self.name_key = name_key(self.first_name, self.last_name, self.company)

    def dedupe_keys(self) -> list[tuple[int, object]]:
        """What makes two rows the same person, as (kind, key): e-mails (EMAIL), else
        phones (PHONE), else name and company (NAME). The keys are the row's own
        objects: a million rows hold no second copy of them."""
        out: list[tuple[int, object]] = [(EMAIL, k) for k in self.email_keys]
        out += [(PHONE, k) for k in self.phone_keys]
        if self.name_key is not None:
            out.append((NAME, self.name_key))
        return out

    def may_be(self, other: "ImportRow", kind: int) -> bool:
        """Whether sharing a key of ``kind`` makes ``other`` the same person: an e-mail
        always; a phone or a name only if the two have no e-mails to tell them apart."""
        return kind == EMAIL or not (self.emails and other.emails)

    def absorb(self, other: "ImportRow") -> None:
        """A later row of the same person: its values refresh these, lists are united."""
        _refresh(self, other)
        self.index_keys()

    def merged_into(self, existing: ContactData) -> ContactData:
        """The stored contact filled and refreshed with this row: non-empty values
        replace, e-mails, phones and tags are united, notes added, the source kept."""
        data = ContactData(**{f.name: getattr(existing, f.name) for f in fields(ContactData)})
        data.emails, data.phones = list(existing.emails), list(existing.phones)
        _refresh(data, self)
        return data


def _refresh(target, new) -> None:
    """``target`` (an ImportRow or ContactData) refreshed with ``new``'s values: those
    given replace (not mere case changes), lists are united, notes added; a source
    already set stays (it says where the contact first came from)."""
    for name in _SCALARS:
        value = getattr(new, name)
        if _refreshes(value, getattr(target, name)) and not (name == "source" and target.source):
            setattr(target, name, value)
    if new.birthday_month:
        target.birthday_year, target.birthday_month, target.birthday_day = (
            new.birthday_year, new.birthday_month, new.birthday_day)
    target.emails = _united(target.emails, new.emails, fold)
    target.phones = _united(target.phones, new.phones, digits)
    target.tags = tidy_tags(f"{target.tags}, {new.tags}")
    target.notes = _joined_notes(target.notes, new.notes)


def _refreshes(new: str, old: str) -> bool:
    """A value replaces another unless empty or the same but for case and spaces."""
    return bool(new) and fold(new) != fold(old)


def _united(first: list, second: list, key) -> list:
    if not second:
        return first
    if not first and len(second) == 1:
        return list(second)
    seen = {key(v) for _, v in first}
    out = list(first)
    for label, value in second:
        if key(value) not in seen:
            seen.add(key(value))
            out.append((label, value))
    return out


def _joined_notes(old: str, new: str) -> str:
    if not new or new in old:
        return old
    return f"{old}\n\n{new}" if old else new


class RowReader:
    """Reads rows through a mapping; knows which columns hold dates."""

    def __init__(self, headers: Sequence[str], mapping: dict[int, str],
                 preset: mp.Preset | None):
        self.headers = list(headers)
        self.columns = sorted((i, f) for i, f in mapping.items() if f)
        self._plan = [(i, mp.base(f), self.headers[i], mp.base(f) in _TEXT_FIELDS)
                      for i, f in self.columns]
        # Values that repeat down a column (cities, companies, titles) are kept once:
        # column by column, until a column shows itself to be mostly different values.
        self._shared: dict[int, dict[str, str]] = {i: {} for i, f, _, t in self._plan if t}
        self.date_columns = [i for i, f in self.columns if f == "birthday"]
        self.date_order: dict[int, str] = {}
        self.default_source = preset.source if preset else ""
        labels = {mp.base(f).removesuffix("_label") + "#" + f.partition("#")[2]: i
                  for i, f in self.columns if mp.base(f) in ("email_label", "phone_label")
                  and "#" in f}
        self._label_column = {i: labels.get(f) for i, f in self.columns if "#" in f}

    def read(self, number: int, row: Sequence) -> tuple[ImportRow | None, list]:
        """The row as a contact, or the problems that keep it out."""
        record = ImportRow(number)
        issues: list[Issue] = []
        extra_notes: list[str] = []
        home: dict[str, str] = {}
        full_name = middle = street2 = ""
        size = len(row)
        for index, field, header, plain in self._plan:
            cell = row[index] if index < size else None
            if cell is None or cell == "":
                continue
            if plain:  # most columns: just text
                value = " ".join(cell.split()) if type(cell) is str else vl.text(cell)
                shared = self._shared.get(index)
                if shared is not None:
                    value = shared.setdefault(value, value)
                    if len(shared) > _SHARE_UP_TO:  # mostly different values: stop
                        del self._shared[index]
                setattr(record, field, value)
                continue
            try:
                if field in ("email", "email_home", "email_other"):
                    label = self._label(row, index, _FIELD_LABEL[field])
                    record.emails += [(label, vl.email(v))
                                      for v in vl.several(cell, emails=True)]
                elif field in ("phone", "phone_mobile", "phone_home", "phone_other"):
                    label = self._label(row, index, _FIELD_LABEL[field])
                    record.phones += [(label, vl.phone(v)) for v in vl.several(cell)]
                elif field == "birthday":
                    day = vl.birthday(cell, self.date_order.get(index, vl.DAY_FIRST))
                    if day is not None:
                        record.birthday_year, record.birthday_month, record.birthday_day = (
                            day.year, day.month, day.day)
                elif field == "notes":
                    record.notes = _joined_notes(record.notes, vl.multiline(cell))
                elif field == "notes_column":
                    if value := vl.multiline(cell):
                        extra_notes.append(f"{header}: {value}")
                elif field == "tags":
                    record.tags = ", ".join(filter(None, [record.tags, *vl.tags(cell)]))
                elif field == "status":
                    record.status = vl.status(cell)
                elif field == "full_name":
                    full_name = vl.text(cell)
                elif field == "middle_name":
                    middle = vl.text(cell)
                elif field == "street2":
                    street2 = ", ".join(filter(None, [street2, vl.text(cell)]))
                elif field.startswith("home_"):
                    home[field[5:]] = vl.text(cell)
                elif field in ("email_label", "phone_label"):
                    continue
                else:
                    setattr(record, field, vl.text(cell))
            except vl.ValueProblem as problem:
                issues.append(Issue(number, header, str(problem)))
        if issues:
            return None, issues
        if full_name and not (record.first_name or record.last_name):
            record.first_name, record.last_name = vl.split_name(full_name)
        if middle:
            record.first_name = f"{record.first_name} {middle}".strip()
        if street2:
            record.street = ", ".join(filter(None, [record.street, street2]))
        if home and not any(getattr(record, f) for f in _ADDRESS):
            for name, value in home.items():
                setattr(record, name, value)
        if extra_notes:
            record.notes = _joined_notes(record.notes, "\n".join(extra_notes))
        record.emails = _united([], record.emails, fold)
        record.phones = _united([], record.phones, digits)
        if record.tags:
            record.tags = tidy_tags(record.tags)
        record.source = record.source or self.default_source
        if not (record.first_name or record.last_name or record.company or record.emails
                or record.phones):
            return None, [Issue(number, "", "no name, company, e-mail or phone: nothing to"
                                " import")]
        record.index_keys()
        return record, []

    def _label(self, row: Sequence, index: int, default: str) -> str:
        column = self._label_column.get(index)
        if column is None or column >= len(row):
            return default
        return label_of(vl.text(row[column]), default)
