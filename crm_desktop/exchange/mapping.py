"""Which column holds what: the header row, presets for common exports, names and
synonyms matched loosely, columns recognised by their contents, and mappings the
user corrected remembered for the next file with the same headers.

A mapping is ``{column index: field}``; fields are the keys of :data:`FIELDS`. A
field may carry a group number after "#" ("email#2", "email_label#2"): Google
writes each e-mail as a value column and a label column.
"""

import difflib
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from crm_desktop.exchange import values
from crm_desktop.store.db import database_proxy as db
from crm_desktop.store.models import now_iso
from crm_desktop.text import fold

#: What a column can become, with the words the wizard shows.
FIELDS: dict[str, str] = {
    "": "(not imported)",
    "notes_column": "Keep in notes",
    "full_name": "Full name",
    "first_name": "First name",
    "middle_name": "Middle name",
    "last_name": "Last name",
    "company": "Company",
    "job_title": "Job title",
    "email": "E-mail (work)",
    "email_home": "E-mail (home)",
    "email_other": "E-mail (other)",
    "email_label": "E-mail label",
    "phone": "Phone (work)",
    "phone_mobile": "Phone (mobile)",
    "phone_home": "Phone (home)",
    "phone_other": "Phone (other)",
    "phone_label": "Phone label",
    "street": "Street",
    "street2": "Street, 2nd line",
    "city": "City",
    "region": "Region / state",
    "postal_code": "Postal code",
    "country": "Country",
    "home_street": "Home street",
    "home_city": "Home city",
    "home_region": "Home region",
    "home_postal_code": "Home postal code",
    "home_country": "Home country",
    "birthday": "Birthday",
    "tags": "Tags",
    "notes": "Notes",
    "status": "Status",
    "source": "Source",
}
#: Fields that may be mapped from several columns (their values are joined).
REPEATABLE = {"", "notes_column", "email", "email_home", "email_other", "phone",
              "phone_mobile", "phone_home", "phone_other", "tags", "notes", "street2"}


def base(field: str) -> str:
    return field.partition("#")[0]


def _key(header: str) -> str:
    """Headers compared loosely: "E-mail Address" == "email address" == "EmailAddress"."""
    return re.sub(r"[^a-z0-9]+", "", fold(header))


_SYNONYMS: dict[str, tuple[str, ...]] = {
    "full_name": ("name", "full name", "contact name", "display name", "contact", "person",
                  "fullname", "nom complet", "vollstandiger name"),
    "first_name": ("first name", "firstname", "first", "given name", "forename", "vorname",
                   "prenom", "nombre", "christian name"),
    "middle_name": ("middle name", "additional name", "middle"),
    "last_name": ("last name", "lastname", "surname", "family name", "last", "nachname",
                  "nom", "apellido", "apellidos", "name last"),
    "company": ("company", "company name", "organization", "organisation", "organization name",
                "organization 1 name", "account", "account name", "employer", "firma",
                "societe", "entreprise", "empresa", "business", "associated company",
                "current company"),
    "job_title": ("job title", "title", "position", "role", "organization title",
                  "organization 1 title", "job", "occupation", "designation", "poste",
                  "funktion", "cargo", "headline"),
    "email": ("email", "e mail", "email address", "e mail address", "mail", "work email",
              "business email", "primary email", "email 1", "courriel", "emailaddress",
              "e mail 1 value", "email 1 value"),
    "email_home": ("home email", "personal email", "private email", "email 2",
                   "e mail 2 address", "email 2 address"),
    "email_other": ("other email", "email 3", "e mail 3 address", "alternate email",
                    "secondary email"),
    "phone": ("phone", "telephone", "tel", "phone number", "work phone", "business phone",
              "office phone", "direct phone", "telefon", "telephone number", "primary phone",
              "phone 1 value", "landline", "company main phone", "telefono"),
    "phone_mobile": ("mobile", "mobile phone", "cell", "cell phone", "cellphone", "mobile number",
                     "handy", "portable", "movil", "mobile phone number", "gsm"),
    "phone_home": ("home phone", "private phone", "personal phone", "home telephone"),
    "phone_other": ("other phone", "phone 2", "business phone 2", "home phone 2",
                    "alternate phone", "fax", "business fax"),
    "street": ("street", "address", "street address", "address 1", "address line 1",
               "business street", "mailing street", "billing street", "strasse", "rue",
               "address 1 street", "postal address"),
    "street2": ("address line 2", "address 2", "street 2", "business street 2"),
    "city": ("city", "town", "business city", "mailing city", "locality", "stadt", "ville",
             "ciudad", "address 1 city", "billing city"),
    "region": ("state", "region", "province", "county", "state region", "state province",
               "business state", "mailing state", "mailing state province", "address 1 region",
               "bundesland"),
    "postal_code": ("postal code", "zip", "zip code", "postcode", "post code", "plz",
                    "code postal", "business postal code", "mailing zip postal code",
                    "mailing postal code", "address 1 postal code", "zip postal code"),
    "country": ("country", "country region", "business country region", "mailing country",
                "land", "pays", "pais", "address 1 country", "nation"),
    "home_street": ("home street", "home address"),
    "home_city": ("home city",),
    "home_region": ("home state",),
    "home_postal_code": ("home postal code", "home zip"),
    "home_country": ("home country region", "home country"),
    "birthday": ("birthday", "birth date", "birthdate", "date of birth", "dob", "born",
                 "geburtstag", "anniversaire", "cumpleanos", "fecha de nacimiento"),
    "tags": ("tags", "tag", "labels", "label", "categories", "category", "groups", "group",
             "group membership", "lists", "segment"),
    "notes": ("notes", "note", "comments", "comment", "description", "remarks", "memo",
              "bemerkung", "remarques"),
    "status": ("status", "lifecycle stage", "lifecycle", "stage", "lead status", "type",
               "contact type", "customer status"),
    "source": ("source", "lead source", "original source", "origin", "channel",
               "contact source"),
}
_BY_KEY = {_key(s): f for f, words in _SYNONYMS.items() for s in words}


@dataclass(frozen=True)
class Preset:
    """A known export: recognised by headers it always has; its own meaning for a
    few headers that mean something else elsewhere; what to put in Source."""

    name: str
    signature: tuple[str, ...]
    overrides: dict[str, str]
    source: str = ""


PRESETS: tuple[Preset, ...] = (
    Preset("Google Contacts", ("First Name", "Last Name", "Organization Name", "Labels"),
           {"Labels": "tags", "Organization Department": "notes_column",
            "Nickname": "notes_column", "File As": ""}, "Google Contacts"),
    Preset("Google Contacts (legacy CSV)", ("Given Name", "Family Name", "Group Membership"),
           {"Name": "full_name", "Group Membership": "tags", "Nickname": "notes_column"},
           "Google Contacts"),
    Preset("Outlook", ("First Name", "Last Name", "E-mail Address", "Business Phone"),
           {"Title": "", "Suffix": "", "E-mail Type": "", "E-mail Display Name": "",
            "E-mail 2 Type": "", "E-mail 2 Display Name": "", "E-mail 3 Type": "",
            "E-mail 3 Display Name": "", "Categories": "tags", "Department": "notes_column",
            "Web Page": "notes_column", "Business Street 2": "street2",
            "Business Street 3": "street2", "Primary Phone": "phone", "Company": "company",
            "Nickname": "notes_column", "Initials": "", "Priority": "", "Private": "",
            "Sensitivity": "", "Gender": "", "Location": "notes_column"}, "Outlook"),
    Preset("LinkedIn Connections", ("First Name", "Last Name", "URL", "Connected On"),
           {"URL": "notes_column", "Connected On": "notes_column", "Position": "job_title",
            "Email Address": "email"}, "LinkedIn"),
    Preset("HubSpot", ("Record ID", "First Name", "Last Name", "Lifecycle Stage"),
           {"Record ID": "notes_column", "Lifecycle Stage": "status", "Lead Status": "",
            "Contact owner": "notes_column", "Associated Company": "company",
            "Company Name": "company", "Phone Number": "phone",
            "Mobile Phone Number": "phone_mobile", "Create Date": "notes_column",
            "Last Activity Date": ""}, "HubSpot"),
    Preset("Salesforce report", ("First Name", "Last Name", "Account Name", "Mailing City"),
           {"Title": "job_title", "Account Name": "company", "Lead Source": "source",
            "Description": "notes", "Contact ID": "notes_column", "Mobile": "phone_mobile",
            "Birthdate": "birthday", "Salutation": ""}, "Salesforce"),
    Preset("Salesforce data export", ("FirstName", "LastName", "AccountId", "MailingCity"),
           {"Id": "notes_column", "AccountId": "", "Name": "", "Salutation": "",
            "Title": "job_title", "MailingStreet": "street", "MailingCity": "city",
            "MailingState": "region", "MailingPostalCode": "postal_code",
            "MailingCountry": "country", "MobilePhone": "phone_mobile",
            "HomePhone": "phone_home", "OtherPhone": "phone_other", "Fax": "",
            "LeadSource": "source", "Birthdate": "birthday", "Description": "notes",
            "IsDeleted": "", "OwnerId": "", "CreatedDate": "", "CreatedById": "",
            "LastModifiedDate": "", "LastModifiedById": "", "SystemModstamp": "",
            "MasterRecordId": "", "ReportsToId": "", "Department": "notes_column"},
           "Salesforce"),
)

# Google: "E-mail 1 - Value", "Phone 2 - Label"; legacy: "E-mail 1 - Type".
_GROUPED = re.compile(r"^(e-?mail|phone|address|organization|website|relation|event"
                      r"|im|custom field) (\d+) - (value|label|type|formatted|street|city"
                      r"|region|postal code|country|po box|extended address|name|title"
                      r"|department)$", re.IGNORECASE)
_GROUPED_FIELDS = {
    ("email", "value"): "email", ("email", "label"): "email_label",
    ("email", "type"): "email_label", ("phone", "value"): "phone",
    ("phone", "label"): "phone_label", ("phone", "type"): "phone_label",
    ("address", "street"): "street", ("address", "city"): "city",
    ("address", "region"): "region", ("address", "postal code"): "postal_code",
    ("address", "country"): "country", ("address", "extended address"): "street2",
    ("organization", "name"): "company", ("organization", "title"): "job_title",
    ("organization", "department"): "notes_column", ("website", "value"): "notes_column",
}


def find_preset(headers: Sequence[str]) -> Preset | None:
    keys = {_key(h) for h in headers}
    for preset in PRESETS:
        if all(_key(h) in keys for h in preset.signature):
            return preset
    return None


def field_for_header(header: str, preset: Preset | None = None) -> str | None:
    """The field a header names, if it names one (None: not recognised)."""
    if preset is not None:
        for name, target in preset.overrides.items():
            if _key(name) == _key(header):
                return target
    if match := _GROUPED.match(header.strip()):
        kind = match[1].lower().replace("-", "")
        number, part = int(match[2]), match[3].lower()
        target = _GROUPED_FIELDS.get((kind, part))
        if target is None:
            return ""  # a part we do not keep (e.g. Address 1 - PO Box): shown, not imported
        if kind == "address" and number > 1:
            return "" if part != "street" else "notes_column"
        if kind in ("email", "phone"):
            return f"{target}#{number}"
        return target if number == 1 else "notes_column"
    key = _key(header)
    if not key:
        return None
    if key in _BY_KEY:
        return _BY_KEY[key]
    close = difflib.get_close_matches(key, _BY_KEY, n=1, cutoff=0.86)
    return _BY_KEY[close[0]] if close else None


def sniff(cells: Sequence) -> str | None:
    """A field from a column's contents alone: e-mails or phone numbers."""
    texts = [values.text(c) for c in cells]
    texts = [t for t in texts if t]
    if not texts:
        return None
    mails = sum(1 for t in texts if "@" in t and _is_email_cell(t))
    if mails >= 0.8 * len(texts):
        return "email"
    if len(texts) < 2:  # one number alone could be anything
        return None
    phones = sum(1 for t in texts if _PHONE_LIKE.match(t))
    if phones >= 0.8 * len(texts):
        return "phone"
    return None


_PHONE_LIKE = re.compile(r"^(?:\+|00)?[\d\s().\-/]{7,20}(?:\s*(?:x|ext\.?)\s*\d+)?$")


def _is_email_cell(text: str) -> bool:
    try:
        return all(values.email(v) for v in values.several(text, emails=True))
    except values.ValueProblem:
        return False


# --- the header row ------------------------------------------------------------------------
def find_header_row(rows: Sequence[Sequence]) -> int:
    """The index of the header row among the first rows of a sheet: past title rows,
    blank rows and preambles ("Notes: ..."), the first row that names columns."""
    best, best_score = None, 0
    width = max((_filled(r) for r in rows[:30]), default=0)
    for index, row in enumerate(rows[:30]):
        cells = [values.text(c) for c in row]
        filled = [c for c in cells if c]
        if len(filled) < 2 or any(not isinstance(c, str) for c in row if c not in ("", None)):
            continue
        known = sum(1 for c in filled if field_for_header(c) is not None)
        score = known * 2 + (len(filled) >= 0.6 * width)
        if len(set(map(fold, filled))) < len(filled) * 0.8:
            score -= 2  # a header names each column once
        if score > best_score:
            best, best_score = index, score
        if known >= 3 or (best is not None and index > best + 5):
            break
    if best is None:
        best = next((i for i, r in enumerate(rows) if _filled(r) >= 1), 0)
    return best


def _filled(row: Sequence) -> int:
    return sum(1 for c in row if values.text(c))


# --- suggesting and remembering ------------------------------------------------------------
@dataclass
class Suggestion:
    mapping: dict[int, str]  # column index -> field
    how: dict[int, str]  # column index -> "preset", "name", "contents", "remembered", "you"
    preset: Preset | None
    remembered: bool = False


def suggest(headers: Sequence[str], sample: Sequence[Sequence]) -> Suggestion:
    """A mapping for ``headers``: the user's own for these headers if remembered,
    else from the preset, the header names, then the columns' contents."""
    preset = find_preset(headers)
    saved = recall(headers)
    if saved is not None:
        mapping = {i: saved.get(h, "") for i, h in enumerate(headers)}
        return Suggestion(mapping, dict.fromkeys(mapping, "remembered"), preset, True)
    mapping, how = {}, {}
    for index, header in enumerate(headers):
        field = field_for_header(header, preset)
        if field is not None:
            mapping[index], how[index] = field, "preset" if preset else "name"
            continue
        column = [row[index] if index < len(row) else "" for row in sample]
        sniffed = sniff(column)
        mapping[index], how[index] = (sniffed, "contents") if sniffed else ("", "")
    _drop_repeats(mapping, headers)
    return Suggestion(mapping, how, preset)


def _drop_repeats(mapping: dict[int, str], headers: Sequence[str]) -> None:
    """A single-valued field mapped twice keeps its first column; the later ones are
    kept in notes so that nothing is lost unseen."""
    seen = set()
    for index in sorted(mapping):
        field = mapping[index]
        if field in REPEATABLE or base(field) in REPEATABLE and "#" in field:
            continue
        if field in seen:
            mapping[index] = "notes_column"
        seen.add(field)


def headers_key(headers: Sequence[str]) -> str:
    return hashlib.sha1("\x1f".join(_key(h) for h in headers).encode()).hexdigest()


def recall(headers: Sequence[str]) -> dict[str, str] | None:
    row = db.execute_sql(
        "SELECT mapping FROM import_mapping WHERE headers_key = ?", (headers_key(headers),)
    ).fetchone()
    return json.loads(row[0]) if row else None


def remember(headers: Sequence[str], mapping: dict[int, str]) -> None:
    """Keep the user's mapping for the next file with these headers."""
    named = {headers[i]: f for i, f in mapping.items() if i < len(headers)}
    db.execute_sql(
        "INSERT INTO import_mapping (headers_key, mapping, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (headers_key) DO UPDATE SET mapping = excluded.mapping,"
        " updated_at = excluded.updated_at",
        (headers_key(headers), json.dumps(named), now_iso()),
    )
