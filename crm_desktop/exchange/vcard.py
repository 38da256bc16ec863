"""vCards: written here (3.0 or 4.0, folded, escaped), read with vobject.

Reading turns a .vcf file (from a phone, Apple Contacts, Google, Outlook) into the rows
and headers of a sheet whose headers our importer maps by itself (numbered "E-mail N -
Label/Value" pairs keep every address with its type), so that vCards go through the
same import as spreadsheets: duplicates, the row-by-row plan, undo, the error report.
"""

import csv
import io
from datetime import date

from crm_desktop.exchange.contentlines import escape, fold
from crm_desktop.services.contacts import ContactData
from crm_desktop.text import split_tags

# Our labels as vCard TYPE values, and back (phones' CELL is our "mobile").
_EMAIL_TYPES = {"work": "WORK", "home": "HOME", "mobile": "CELL", "other": "OTHER"}
_PHONE_TYPES = {"work": "WORK,VOICE", "home": "HOME,VOICE", "mobile": "CELL",
                "other": "OTHER,VOICE"}  # as Apple writes it
_FROM_TYPES = {"work": "work", "home": "home", "cell": "mobile", "mobile": "mobile",
               "iphone": "mobile", "main": "work", "pref": "", "internet": "", "voice": "",
               "x400": "", "text": "", "msg": ""}


def card(d: ContactData, *, uid: str = "", version: str = "3.0") -> str:
    """One contact as a vCard (3.0 or 4.0), CRLF line ends."""
    if version not in ("3.0", "4.0"):
        raise ValueError(f"vCard version {version!r}: use 3.0 or 4.0")
    four = version == "4.0"
    e = escape
    full = " ".join(f"{d.first_name} {d.last_name}".split()) or d.display_name
    lines = ["BEGIN:VCARD", f"VERSION:{version}",
             f"N:{e(d.last_name)};{e(d.first_name)};;;", f"FN:{e(full)}"]
    if d.company:
        lines.append(f"ORG:{e(d.company)}")
    if d.job_title:
        lines.append(f"TITLE:{e(d.job_title)}")
    for n, (label, address) in enumerate(d.emails):
        kind = _EMAIL_TYPES.get(label, "OTHER")
        kind = kind.lower() if four else f"INTERNET,{kind}"
        pref = (";PREF=1" if four else ",PREF") if n == 0 else ""
        lines.append(f"EMAIL;TYPE={kind}{pref}:{e(address)}")
    for n, (label, number) in enumerate(d.phones):
        kind = _PHONE_TYPES.get(label, "VOICE")
        kind = kind.lower() if four else kind
        pref = (";PREF=1" if four else ",PREF") if n == 0 else ""
        lines.append(f"TEL;TYPE={kind}{pref}:{e(number)}")
    if any((d.street, d.city, d.region, d.postal_code, d.country)):
        parts = ";".join(e(p) for p in (d.street, d.city, d.region, d.postal_code, d.country))
        lines.append(f"ADR;TYPE={'work' if four else 'WORK'}:;;{parts}")
    if d.birthday_month:
        day = d.birthday_day or 1
        if d.birthday_year:
            lines.append(f"BDAY:{date(d.birthday_year, d.birthday_month, day).isoformat()}")
        else:  # no year: RFC 6350's --MMDD (3.0 readers take it too)
            lines.append(f"BDAY:--{d.birthday_month:02d}{day:02d}")
    if d.notes:
        lines.append(f"NOTE:{e(d.notes)}")
    tags = split_tags(d.tags)
    if tags:
        lines.append("CATEGORIES:" + ",".join(e(t) for t in tags))
    if uid:
        lines.append(f"UID:{'urn:uuid:' if four else ''}{uid}")
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)


# --- reading -------------------------------------------------------------------------------

class VCardError(ValueError):
    pass


def _label(line, default: str) -> str:
    """Our label from a line's types: TYPE=WORK,... (3.0/4.0) or bare ;CELL (2.1)."""
    types = [v for vs in line.params.get("TYPE", []) for v in vs.split(",")]
    types += list(getattr(line, "singletonparams", [])) + [
        k for k in line.params if k.upper() != "TYPE"]
    for value in (t.lower() for t in types):
        label = _FROM_TYPES.get(value, "other" if value in ("other", "x-other") else None)
        if label:
            return label
    return default


def _text(value) -> str:
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v)
    return " ".join(str(value or "").split()) if "\n" not in str(value or "") else str(value)


def read_table(text: str) -> tuple[list[str], list[list[str]]]:
    """The cards in ``text`` as (headers, rows) our importer maps by itself."""
    import vobject  # only when a .vcf is read

    try:
        cards = list(vobject.readComponents(text, ignoreUnreadable=True))
    except Exception as exc:  # vobject raises its own ParseError and others
        raise VCardError(f"not readable as vCards ({exc})") from exc
    records = []
    for component in cards:
        if component.name.upper() != "VCARD":
            continue
        contents = component.contents
        first = last = ""
        if "n" in contents:
            name = contents["n"][0].value
            first = " ".join(x for x in (_text(name.given), _text(name.additional)) if x)
            last = _text(name.family)
        if not (first or last) and "fn" in contents:
            first = _text(contents["fn"][0].value)
        company = ""
        if "org" in contents:
            org = contents["org"][0].value
            company = _text(org[0] if isinstance(org, list) and org else org)
        emails = [(_label(e, "work"), _text(e.value)) for e in contents.get("email", [])]
        phones = [(_label(t, "work"), _text(t.value)) for t in contents.get("tel", [])]
        street = city = region = postal = country = ""
        if "adr" in contents:
            adr = contents["adr"][0].value
            street = ", ".join(x for x in (_text(adr.box), _text(adr.extended),
                                            _text(adr.street)) if x)
            city, region = _text(adr.city), _text(adr.region)
            postal, country = _text(adr.code), _text(adr.country)
        birthday = _birthday(contents["bday"][0].value) if "bday" in contents else ""
        notes = "\n".join(str(n.value) for n in contents.get("note", []) if n.value)
        tags = ", ".join(_text(c.value) for c in contents.get("categories", []))
        title = _text(contents["title"][0].value) if "title" in contents else ""
        records.append((first, last, company, title, emails, phones, street, city, region,
                        postal, country, birthday, tags, notes))
    if not records:
        raise VCardError("no vCards in it")
    most_e = max(1, max(len(r[4]) for r in records))
    most_p = max(1, max(len(r[5]) for r in records))
    headers = ["First Name", "Last Name", "Company", "Job Title",
               *(h for n in range(1, most_e + 1)
                 for h in (f"E-mail {n} - Label", f"E-mail {n} - Value")),
               *(h for n in range(1, most_p + 1)
                 for h in (f"Phone {n} - Label", f"Phone {n} - Value")),
               "Street", "City", "Region", "Postal Code", "Country", "Birthday", "Tags", "Notes"]
    rows = []
    for first, last, company, title, emails, phones, *rest in records:
        row = [first, last, company, title]
        for items, width in ((emails, most_e), (phones, most_p)):
            for n in range(width):
                row += list(items[n]) if n < len(items) else ["", ""]
        rows.append(row + list(rest))
    return headers, rows


def _birthday(value) -> str:
    """vCard birthdays as our importer reads them: 1990-05-17, --05-17 (no year)."""
    text = str(value).strip()
    if text.startswith("--"):  # --MMDD or --MM-DD
        digits = text[2:].replace("-", "")
        return f"--{digits[:2]}-{digits[2:4]}" if len(digits) >= 4 else ""
    digits = text[:10].replace("-", "")
    if len(digits) == 8 and digits.isdigit():
        if digits[:4] in ("1604", "0000"):  # Apple's and others' "no year"
            return f"--{digits[4:6]}-{digits[6:8]}"
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"
    return text


def as_csv(text: str) -> str:
    """The cards as CSV text, for the importer's CSV path."""
    headers, rows = read_table(text)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return out.getvalue()
