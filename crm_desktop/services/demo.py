"""Realistic sample data, fast enough for a million contacts (bulk ``executemany``).

Used by ``crm-desktop demo`` for a first look and by the benchmarks. Everything
is written in one transaction and the search index is filled in the same pass.
"""

import random
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from crm_desktop.store.db import database_proxy as db
from crm_desktop.text import digits, fold

FIRST = (
    "James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William Barbara "
    "Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony "
    "Betty Mark Margaret Paul Sandra Steven Ashley Andrew Kimberly Joshua Emily Kevin Donna "
    "Brian Michelle George Carol Timothy Amanda Ronald Melissa Jason Deborah Ryan Stephanie "
    "Jacob Rebecca Gary Sharon Nicholas Laura Eric Cynthia Jonathan Amy Stephen Angela Larry "
    "Helen José Zoë Björn Łukasz Siobhán François Søren Chloé Renée Jürgen Ana Mateo Lucía "
    "Aoife Ngozi Ahmed Fatima Wei Yuki Priya Arjun Olga Dmitri Ingrid Lars Marta Giulia Luca "
    "Noémie"
).split()
LAST = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez "
    "Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White "
    "Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres "
    "Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts "
    "Müller Schmidt Ødegaard Núñez O'Brien Kowalski Dubois Rossi Jansen Nieminen Novák "
    "Papadopoulos Yılmaz Okafor Tanaka Kim Patel Singh Ivanova Fernández Lefèvre Björklund "
    "Murphy Kelly Walsh Byrne"
).split()
WORDS = (
    "Acme Blue Summit Northern Bright Cedar Harbor Silver Granite Crescent Pioneer Atlas Maple "
    "Orbit Vertex Meadow Falcon Horizon Coastal Evergreen Quantum Redwood Beacon Keystone Nova "
    "Lakeside Ironwood Sterling Golden Prairie Riverside Alpine Copper Oakridge Sunrise "
    "Highland"
).split()
NOUNS = (
    "Analytics Bakery Builders Consulting Dental Design Logistics Media Motors Partners Foods "
    "Health Labs Systems Studio Software Outfitters Energy Realty Legal Print Travel Robotics "
    "Textiles Coffee Brewing Florists Fitness Insurance Imports Marine Optics Pharma Solar"
).split()
SUFFIX = ("Ltd", "Inc", "GmbH", "LLC", "SARL", "BV", "AB", "Co", "Group", "& Sons")
INDUSTRIES = (
    "Retail", "Manufacturing", "Software", "Healthcare", "Construction", "Hospitality",
    "Finance", "Logistics", "Education", "Marketing", "Legal", "Energy", "Food & Beverage",
)
TITLES = (
    "Owner", "Managing Director", "CEO", "Office Manager", "Sales Manager", "Buyer",
    "Purchasing Lead", "Marketing Director", "Accountant", "IT Manager", "Head of Operations",
    "Project Manager", "Receptionist", "Consultant", "Engineer", "Designer", "",
)
CITIES = (
    ("London", "", "GB", "+44 20 7946 {:04d}"), ("Manchester", "", "GB", "+44 161 496 {:04d}"),
    ("Dublin", "", "IE", "+353 1 555 {:04d}"), ("Berlin", "", "DE", "+49 30 5550 {:04d}"),
    ("München", "Bayern", "DE", "+49 89 5550 {:04d}"), ("Paris", "", "FR", "+33 1 99 00 {:04d}"),
    ("Lyon", "", "FR", "+33 4 99 00 {:04d}"), ("Madrid", "", "ES", "+34 91 555 {:04d}"),
    ("Amsterdam", "", "NL", "+31 20 555 {:04d}"), ("Stockholm", "", "SE", "+46 8 555 {:04d}"),
    ("New York", "NY", "US", "(212) 555-{:04d}"), ("Austin", "TX", "US", "(512) 555-{:04d}"),
    ("Chicago", "IL", "US", "(312) 555-{:04d}"), ("Toronto", "ON", "CA", "(416) 555-{:04d}"),
    ("Sydney", "NSW", "AU", "+61 2 5550 {:04d}"), ("Kraków", "", "PL", "+48 12 555 {:04d}"),
)
STREETS = ("High Street", "Market Road", "Station Way", "Church Lane", "Mill Road", "Park Avenue")
STATUSES = ("lead",) * 4 + ("prospect",) * 3 + ("customer",) * 4 + ("inactive",)
SOURCES = ("Website", "Referral", "Trade show", "Cold call", "LinkedIn", "Newsletter", "")
TAGS = ("vip", "newsletter", "wholesale", "partner", "event-2026", "follow-up", "retail")

_cfold = lru_cache(maxsize=None)(fold)

_CONTACT_COLS = (
    "uid, created_at, updated_at, first_name, last_name, job_title, account_id, street, city,"
    " region, postal_code, country, birthday_year, birthday_month, birthday_day, tags, notes,"
    " status, source, primary_email, primary_phone, first_key, last_key, company_key, title_key,"
    " email_key, phone_key, city_key"
)


def _timestamps(rng: random.Random, n: int = 4096) -> list[str]:
    now = datetime.now(UTC)
    stamps = [now - timedelta(seconds=rng.randrange(3 * 365 * 86400)) for _ in range(n)]
    return [s.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z" for s in stamps]


def _company_names(rng: random.Random, n: int) -> list[str]:
    names: dict[str, None] = {}
    while len(names) < n:
        name = f"{rng.choice(WORDS)} {rng.choice(NOUNS)} {rng.choice(SUFFIX)}"
        if name in names:
            name = f"{name} {len(names)}"
        names[name] = None
    return list(names)


def generate(
    contacts: int,
    *,
    seed: int = 1,
    batch: int = 50_000,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Add ``contacts`` sample contacts (and about one account per 25); return counts added."""
    rng = random.Random(seed)
    stamps = _timestamps(rng)
    conn = db.connection()
    n_accounts = max(1, contacts // 25)
    with db.atomic():
        # Accounts first; remember their ids and names for the contacts.
        names = _company_names(rng, n_accounts)
        first_id = (conn.execute("SELECT coalesce(max(id), 0) FROM account").fetchone()[0]) + 1
        acc_rows, accounts = [], []
        for i, name in enumerate(names):
            city, region, country, _ = rng.choice(CITIES)
            domain = _cfold(" ".join(name.split()[:2])).replace(" ", "") + ".example"
            industry = rng.choice(INDUSTRIES)
            stamp = rng.choice(stamps)
            acc_rows.append((
                uuid.uuid4().hex, stamp, stamp, name, industry, f"https://www.{domain}",
                city, region, country, fold(name), fold(industry),
            ))
            accounts.append((first_id + i, name, domain))
        conn.executemany(
            "INSERT INTO account (id, uid, created_at, updated_at, name, industry, website, city,"
            " region, country, name_key, industry_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(first_id + i, *row) for i, row in enumerate(acc_rows)],
        )

        next_id = conn.execute("SELECT coalesce(max(id), 0) FROM contact").fetchone()[0] + 1
        done = 0
        while done < contacts:
            n = min(batch, contacts - done)
            c_rows, e_rows, p_rows, f_rows = [], [], [], []
            for i in range(n):
                cid = next_id + done + i
                first, last = rng.choice(FIRST), rng.choice(LAST)
                fk, lk = _cfold(first), _cfold(last)
                has_account = rng.random() < 0.85
                acc_id, company, domain = (
                    rng.choice(accounts) if has_account else (None, "", "mail.example")
                )
                city, region, country, phone_fmt = rng.choice(CITIES)
                local = f"{fk}.{lk}".replace(" ", "").replace("'", "")
                email = f"{local}{rng.randrange(100) if not has_account else ''}@{domain}"
                emails = [("work" if has_account else "home", email)]
                if rng.random() < 0.2:
                    emails.append(("home", f"{local}{rng.randrange(1000)}@mail.example"))
                phones = []
                if rng.random() < 0.8:
                    phones.append(("work", phone_fmt.format(rng.randrange(10000))))
                if rng.random() < 0.3:
                    phones.append(("mobile", phone_fmt.format(rng.randrange(10000))))
                title = rng.choice(TITLES)
                stamp = rng.choice(stamps)
                bday = rng.random() < 0.3
                phone = phones[0][1] if phones else ""
                c_rows.append((
                    uuid.uuid4().hex, stamp, stamp, first, last, title, acc_id,
                    f"{rng.randrange(1, 200)} {rng.choice(STREETS)}", city, region,
                    f"{rng.randrange(10000, 99999)}", country,
                    rng.randrange(1950, 2004) if bday and rng.random() < 0.7 else None,
                    rng.randrange(1, 13) if bday else None,
                    rng.randrange(1, 29) if bday else None,
                    rng.choice(TAGS) if rng.random() < 0.3 else "", "",
                    rng.choice(STATUSES), rng.choice(SOURCES), email, phone,
                    fk, lk, _cfold(company), _cfold(title), email, digits(phone), _cfold(city),
                ))
                for pos, (label, value) in enumerate(emails):
                    e_rows.append((cid, pos, label, value, value))
                for pos, (label, value) in enumerate(phones):
                    p_rows.append((cid, pos, label, value, digits(value)))
                parts = [f"{fk} {lk}", _cfold(company), *(v for _, v in emails)]
                parts += [v.lower() for _, v in phones] + [digits(v) for _, v in phones]
                f_rows.append((cid, " | ".join(p for p in parts if p)))
            conn.executemany(
                f"INSERT INTO contact (id, {_CONTACT_COLS}) VALUES ({', '.join('?' * 29)})",
                [(next_id + done + i, *row) for i, row in enumerate(c_rows)],
            )
            conn.executemany(
                "INSERT INTO contact_email (contact_id, position, label, value, value_key)"
                " VALUES (?,?,?,?,?)", e_rows,
            )
            conn.executemany(
                "INSERT INTO contact_phone (contact_id, position, label, value, value_key)"
                " VALUES (?,?,?,?,?)", p_rows,
            )
            conn.executemany("INSERT INTO contact_fts (rowid, body) VALUES (?, ?)", f_rows)
            done += n
            if progress:
                progress(done, contacts)
        conn.execute("PRAGMA optimize")
    return {"contacts": contacts, "accounts": n_accounts}
