"""Turning spreadsheet cells into contact values: text, names, several values in a
cell, phone numbers stored as numbers, dates typed three ways, tags, statuses.

Every parser takes what a reader gives (str, int, float, bool, date, datetime,
time or None) and either returns a clean value or raises :class:`ValueProblem`
with a message for the user. No Qt, no database.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from crm_desktop.text import digits, fold, is_email


class ValueProblem(ValueError):
    """A cell that cannot become the value its column is mapped to."""


_SPACES = re.compile(r"\s+")


def text(cell) -> str:
    """A cell as trimmed text: 447700900123.0 -> "447700900123", None -> ""."""
    if cell is None or cell == "":
        return ""
    if isinstance(cell, str):
        return " ".join(cell.split())
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else repr(cell)
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == time() else cell.isoformat(" ")
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell).strip()


def multiline(cell) -> str:
    """Like :func:`text` but keeping line breaks (notes)."""
    if isinstance(cell, str):
        lines = (_SPACES.sub(" ", line).strip() for line in cell.replace("\r\n", "\n").split("\n"))
        return "\n".join(lines).strip()
    return text(cell)


# Google joins several values of one field with " ::: "; others use ; or line breaks.
_MULTI = re.compile(r"\s*(?::::|;|\n|\r)\s*")
_MULTI_EMAIL = re.compile(r"\s*(?::::|[;,\n\r])\s*")
_ANGLED = re.compile(r"<([^<>]+)>")


def several(cell, *, emails: bool = False) -> list[str]:
    """The values in one cell: "a@x.org ::: b@y.org" -> two. E-mails may also be
    separated by commas (no address contains one)."""
    if isinstance(cell, str):
        if not (";" in cell or "," in cell or ":" in cell or "\n" in cell or "\r" in cell):
            one = cell.strip()
            return [one] if one else []  # the usual cell: one value
        parts = (_MULTI_EMAIL if emails else _MULTI).split(cell)
    else:
        parts = [text(cell)]
    out = []
    for part in parts:
        part = part.strip().strip(",").strip()
        if part and part not in out:
            out.append(part)
    return out


def email(value: str) -> str:
    """An address, also from "Ada Lovelace <ada@example.org>" or "mailto:"."""
    if "<" in value and (match := _ANGLED.search(value)):
        value = match[1]
    value = value.strip()
    if value.lower().startswith("mailto:"):
        value = value[7:]
    if not is_email(value):
        raise ValueProblem(f"{value!r} is not an e-mail address")
    return value


def phone(value: str) -> str:
    """A phone number as written, if it has enough digits to be one."""
    if len(digits(value)) < 3:
        raise ValueProblem(f"{value!r} is not a phone number")
    return value


# --- names ---------------------------------------------------------------------------------
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "herr", "frau", "mme",
           "mlle"}
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "del", "della", "dos", "das", "du",
              "le", "la", "bin", "al", "ter", "ten", "op", "zu", "y"}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"}


def split_name(full: str) -> tuple[str, str]:
    """ "Smith, John" and "John Smith" -> ("John", "Smith"); "Anna van der Berg" ->
    ("Anna", "van der Berg"); titles (Dr, Mrs) are dropped; one word is a first name."""
    full = _SPACES.sub(" ", full).strip()
    if not full:
        return "", ""
    if "," in full:
        last, _, first = full.partition(",")
        first, last = first.strip(), last.strip()
        if first and fold(first).strip(".") not in _SUFFIXES:
            return _without_title(first), last
        full = f"{last} {first}".strip()
    words = full.split(" ")
    while len(words) > 1 and fold(words[0]).rstrip(".") in _TITLES:
        words.pop(0)
    if len(words) == 1:
        return words[0], ""
    suffix = []
    while len(words) > 2 and fold(words[-1]).strip(".,") in _SUFFIXES:
        suffix.insert(0, words.pop())
    cut = len(words) - 1
    while cut > 1 and fold(words[cut - 1]) in _PARTICLES:
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:] + suffix)


def _without_title(first: str) -> str:
    words = first.split(" ")
    while len(words) > 1 and fold(words[0]).rstrip(".") in _TITLES:
        words.pop(0)
    return " ".join(words)


# --- dates ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Birthday:
    year: int | None
    month: int
    day: int


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_NO_YEAR = re.compile(r"^--(\d{1,2})-?(\d{1,2})$")  # Google, vCard: --MM-DD
_NUMERIC = re.compile(r"^(\d{1,4})[./-](\d{1,2})(?:[./-](\d{1,4}))?\.?$")
_MONTHS = {
    name: n
    for n, names in enumerate(
        [("jan", "january", "janv", "januar", "enero"), ("feb", "february", "fev", "fevr",
         "februar", "febrero"), ("mar", "march", "mars", "marz", "marzo"), ("apr", "april",
         "avr", "avril", "abril"), ("may", "mai", "mayo"), ("jun", "june", "juin", "juni",
         "junio"), ("jul", "july", "juil", "juillet", "juli", "julio"), ("aug", "august", "aou",
         "aout", "agosto"), ("sep", "sept", "september", "septembre", "septiembre"), ("oct",
         "october", "octobre", "oktober", "octubre"), ("nov", "november", "novembre",
         "noviembre"), ("dec", "december", "decembre", "dezember", "diciembre")],
        start=1,
    )
    for name in names
}
_WORDY = re.compile(r"[a-z]+|\d+")
EMPTY_DATES = {"0/0/00", "00/00/00", "0/0/0000", "00/00/0000", "0000-00-00", "1/1/1900"}

DAY_FIRST, MONTH_FIRST = "dmy", "mdy"


def is_ambiguous_date(cell) -> bool:
    """Typed text such as "05/06/1990" that reads differently day-first and month-first."""
    if not isinstance(cell, str):
        return False
    match = _NUMERIC.match(cell.strip())
    return bool(match) and len(match.group(1)) <= 2 and match.group(1) != match.group(2)


def date_order(values) -> str | None:
    """Day-first or month-first for a column of typed dates, from the values that
    can only be one ("25/12/1990"); None if none tells (then the caller chooses).
    Raises ValueProblem if the column holds both."""
    day_first = month_first = False
    for value in values:
        if not isinstance(value, str):
            continue
        match = _NUMERIC.match(value.strip())
        if not match or len(match.group(1)) == 4:
            continue
        a, b = int(match.group(1)), int(match.group(2))
        day_first |= a > 12 >= b
        month_first |= b > 12 >= a
    if day_first and month_first:
        raise ValueProblem("the dates are written both day-first and month-first")
    return DAY_FIRST if day_first else MONTH_FIRST if month_first else None


def birthday(cell, order: str = DAY_FIRST) -> Birthday | None:
    """A birthday from a date cell, ISO text, local text ("17/05/1990" in ``order``,
    "17 May 1990", "May 17"), or Google's "--05-17" (no year). Outlook's "0/0/00" is
    empty (None)."""
    if cell is None or cell == "":
        return None
    if isinstance(cell, datetime | date):
        return _checked(cell.year, cell.month, cell.day)
    if isinstance(cell, time):  # a date cell before 1900 that the reader could not place
        raise ValueProblem("a date before 1900 that the spreadsheet cannot store")
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        raise ValueProblem(f"{text(cell)} is a number, not a date")
    value = text(cell)
    if not value or value in EMPTY_DATES:
        return None
    if match := _ISO.match(value):
        return _checked(int(match[1]), int(match[2]), int(match[3]))
    if match := _NO_YEAR.match(value):
        return _checked(None, int(match[1]), int(match[2]))
    if match := _NUMERIC.match(value):
        first, second, third = match.group(1), match.group(2), match.group(3)
        if len(first) == 4:  # 1990/05/17
            return _checked(int(first), int(second), int(third or 0))
        a, b = int(first), int(second)
        day, month = (a, b) if order == DAY_FIRST else (b, a)
        return _checked(_year(third) if third else None, month, day)
    return _wordy(value)


def _wordy(value: str) -> Birthday:
    parts = _WORDY.findall(fold(value))
    month = next((_MONTHS[p] for p in parts if p in _MONTHS), None)
    numbers = [p for p in parts if p.isdigit()]
    if month is None or not numbers or len(numbers) > 2 or len(parts) > len(numbers) + 2:
        raise ValueProblem(f"{value!r} is not a date")
    day_part = next((n for n in numbers if len(n) <= 2), None)
    year_part = next((n for n in numbers if n is not day_part), None)
    if day_part is None:
        raise ValueProblem(f"{value!r} has no day")
    return _checked(_year(year_part) if year_part else None, month, int(day_part))


def _year(part: str) -> int:
    year = int(part)
    if len(part) <= 2:  # "90" -> 1990, "05" -> 2005: a birthday is in the past
        year += 2000 if year <= date.today().year % 100 else 1900
    return year


def _checked(year: int | None, month: int, day: int) -> Birthday:
    try:
        date(year or 2000, month, day)  # 2000: Feb 29 is a birthday without a year
    except ValueError:
        raise ValueProblem(f"{day}/{month}{f'/{year}' if year else ''} is not a date") from None
    if year is not None and year > date.today().year:
        raise ValueProblem(f"{year} is in the future: not a birthday")
    return Birthday(year, month, day)


# --- tags and status -------------------------------------------------------------------------
_SYSTEM_LABELS = {"mycontacts", "systemgroup:mycontacts"}  # Google's own, on every contact


def tags(cell) -> list[str]:
    """Labels, categories, groups: Google's "* myContacts ::: Friends" -> ["Friends"]."""
    out = []
    for part in several(cell) if isinstance(cell, str) else [text(cell)]:
        for tag in part.split(","):
            tag = tag.strip()
            if not tag or fold(tag).lstrip("* ").replace(" ", "") in _SYSTEM_LABELS:
                continue
            tag = tag.lstrip("* ").strip()
            if tag and fold(tag) not in {fold(t) for t in out}:
                out.append(tag)
    return out


_STATUS = {
    "lead": "lead", "new": "lead", "subscriber": "lead", "marketingqualifiedlead": "lead",
    "marketing qualified lead": "lead", "mql": "lead", "open": "lead", "other": "lead",
    "prospect": "prospect", "salesqualifiedlead": "prospect", "sales qualified lead": "prospect",
    "sql": "prospect", "opportunity": "prospect", "qualified": "prospect",
    "working": "prospect", "contacted": "prospect", "in progress": "prospect",
    "customer": "customer", "client": "customer", "evangelist": "customer",
    "closed won": "customer", "won": "customer", "active": "customer",
    "inactive": "inactive", "former customer": "inactive", "closed lost": "inactive",
    "lost": "inactive", "unqualified": "inactive", "churned": "inactive",
}


def status(cell) -> str:
    """Our lifecycle status from what CRMs write (HubSpot's "salesqualifiedlead"...)."""
    value = fold(text(cell)).replace("_", " ").replace("-", " ")
    if not value:
        return ""
    found = _STATUS.get(value) or _STATUS.get(value.replace(" ", ""))
    if found is None:
        raise ValueProblem(f"{text(cell)!r} is not a status (lead, prospect, customer, inactive)")
    return found
