"""Realistic sample data, fast enough for a million contacts (bulk ``executemany``).

Used by ``crm-desktop demo`` for a first look and by the benchmarks. Everything
is written in one transaction and the search index is filled in the same pass.
"""

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from crm_desktop.services import demo_sales
from crm_desktop.store.bulk import big_cache, fts_bulk, indexes_deferred, triggers_suspended
from crm_desktop.store.db import database_proxy as db
from crm_desktop.store.models import new_uids
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

# What people log, per kind: (subject, body, outcome) templates.
_CALLS = (
    ("Intro call", "Walked through what they need this season.", "Send a quote"),
    ("Follow-up call", "Asked about delivery times.", "Answered"),
    ("Price question", "Wants volume pricing for next quarter.", "Quote promised"),
    ("Check-in", "All good; reorder likely in spring.", ""),
    ("Missed call", "Left a voicemail.", "No answer"),
)
_MEETINGS = (
    ("Site visit", "Met the team and saw the warehouse.", "Trial order agreed"),
    ("Quarterly review", "Went over orders and open tickets.", "Renewal on track"),
    ("Demo", "Showed the new range.", "Interested"),
)
_EMAILS = (
    ("Quote sent", "Attached the quote as discussed.", ""),
    ("Invoice question", "Asked for a copy of last month's invoice.", "Sent"),
    ("Newsletter reply", "Replied asking about the spring catalogue.", ""),
)
_NOTES = (
    ("Prefers mornings", "Best reached before 11.", ""),
    ("Decision maker", "Signs off anything over 5k.", ""),
)
_SUPPORT = (
    ("Damaged delivery", "Two boxes arrived crushed.", "Replacement sent"),
    ("Login problem", "Cannot reach the order portal.", ""),
    ("Wrong size", "Ordered M, received L.", "Exchanged"),
)
_PURCHASES = ("Order", "Reorder", "Spring order", "Trial order", "Annual contract")
_CURRENCY = {"GB": "GBP", "US": "USD", "CA": "CAD", "AU": "AUD", "SE": "SEK", "PL": "PLN"}
_FOLLOWUPS = (
    "Call back about the quote", "Send the catalogue", "Check the delivery arrived",
    "Ask how the trial went", "Renewal: confirm the numbers", "Invite to the open day",
)

_COUNTED = ("contact", "interaction", "followup", "feedback")  # insert triggers suspended
#: The dashboard's rollup triggers, suspended too, and what they would have added up.
_ROLLUPS = {
    "interaction_month_insert":
        "INSERT INTO interaction_month (month, kind, n) SELECT substr(occurred_at, 1, 7), kind,"
        " count(*) FROM interaction WHERE id >= ? AND deleted_at IS NULL GROUP BY 1, 2"
        " ON CONFLICT (month, kind) DO UPDATE SET n = n + excluded.n",
    "account_purchase_insert":
        "INSERT INTO account_purchase (account_id, currency, cents, n) SELECT c.account_id,"
        " i.currency, sum(i.amount_cents), count(*) FROM interaction i JOIN contact c"
        " ON c.id = i.contact_id WHERE i.id >= ? AND i.kind = 'purchase' AND i.deleted_at"
        " IS NULL AND i.amount_cents IS NOT NULL AND c.account_id IS NOT NULL GROUP BY 1, 2"
        " ON CONFLICT (account_id, currency) DO UPDATE SET cents = cents + excluded.cents,"
        " n = n + excluded.n",
}
# Feedback: (csat, nps, comment) by mood; most customers are content, some are not.
_MOODS = (
    (5, 10, "Great service, as always."), (5, 9, "Delivery was quick and friendly."),
    (4, 9, "Good value; the new range is popular."), (4, 8, ""), (4, 7, "Fine, no complaints."),
    (3, 7, "OK, but the invoice was confusing."), (3, 6, "Delivery slot was missed once."),
    (2, 4, "Order arrived damaged."), (1, 2, "Nobody called back about the problem."),
)
_MOOD_WEIGHTS = (18, 16, 16, 12, 12, 10, 8, 5, 3)
_CATEGORIES = ("Product", "Service", "Support", "Price", "Delivery", "Other")
_FEEDBACK_CHANNELS = ("call", "email", "visit", "survey", "survey", "other")
_FEEDBACK_COLS = ("uid, created_at, updated_at, contact_id, given_at, channel, csat, nps,"
                  " category, comment, text_key")

#: From this many contacts (and more than there are), indexes are built afterwards.
BULK_FROM = 20_000

_CONTACT_COLS = (
    "uid, created_at, updated_at, first_name, last_name, job_title, account_id, street, city,"
    " region, postal_code, country, birthday_year, birthday_month, birthday_day, tags, notes,"
    " status, source, primary_email, primary_phone, first_key, last_key, company_key, title_key,"
    " email_key, phone_key, city_key, last_contacted_at, next_followup"
)
_INTERACTION_COLS = (
    "uid, created_at, updated_at, kind, occurred_at, subject, body, outcome, duration_minutes,"
    " amount_cents, currency, status, text_key, contact_id, account_id"
)
_FOLLOWUP_COLS = "uid, created_at, updated_at, due_date, due_time, note, contact_id, done_at"


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


_FIRSTS = [(f, fold(f)) for f in FIRST]
_LASTS = [(la, fold(la)) for la in LAST]
_TITLES = [(t, fold(t)) for t in TITLES]
_CITIES = [(c, r, k, f, digits(f.format(0))[:-4], fold(c)) for c, r, k, f in CITIES]
# Reserved names only (RFC 2606), so no demo address can ever reach anyone; spread
# over several, as real address books spread over providers and company domains.
_TLDS = ("example", "test", "invalid")
_PROVIDERS = ("mail.example", "post.test", "inbox.invalid", "webmail.example", "postbox.test")


class _Activity:
    """Interactions and follow-ups for one batch of contacts, with the contact's signals."""

    def __init__(self, rng: random.Random, today: datetime):
        self.rand = rng.random
        self.now = today
        self.today = today.date()
        # Moments over the last two years, drawn from a pool (formatting each one costs
        # more than the rest of an interaction), and each template's folded search text.
        self.stamps = sorted(
            (today - timedelta(seconds=rng.randrange(730 * 86400))).strftime(
                "%Y-%m-%dT%H:%M:%S.000Z") for _ in range(1 << 16))
        self.keys: dict[tuple, str] = {}
        self.i_rows: list[tuple] = []
        self.f_rows: list[tuple] = []
        self.fb_rows: list[tuple] = []
        self.moods = [m for m, w in zip(_MOODS, _MOOD_WEIGHTS, strict=True) for _ in range(w)]

    def add(self, cid: int, acc_id: int | None, country: str) -> tuple[str, str]:
        """Log what happened with contact ``cid``; return (last contacted, next follow-up)."""
        rand, last, nxt = self.rand, "", ""
        count = 0 if rand() < 0.4 else 1 + int(rand() * rand() * 6)
        stamps, keys = self.stamps, self.keys
        for _ in range(count):
            stamp = stamps[int(rand() * len(stamps))]
            roll = rand()
            duration = amount = status = None
            currency = ""
            if roll < 0.35:
                kind, (subject, body, outcome) = "call", _CALLS[int(rand() * len(_CALLS))]
                duration = 2 + int(rand() * 40)
            elif roll < 0.5:
                kind, (subject, body, outcome) = "meeting", _MEETINGS[int(rand() * 3)]
                duration = 30 + 15 * int(rand() * 6)
            elif roll < 0.72:
                kind, (subject, body, outcome) = "email", _EMAILS[int(rand() * 3)]
            elif roll < 0.8:
                kind, (subject, body, outcome) = "note", _NOTES[int(rand() * 2)]
            elif roll < 0.95:
                kind, outcome = "purchase", ""
                subject, body = _PURCHASES[int(rand() * len(_PURCHASES))], ""
                amount = 1000 * (1 + int(rand() * rand() * 500)) + 50 * int(rand() * 20)
                currency = _CURRENCY.get(country, "EUR")
            else:
                kind, (subject, body, outcome) = "support", _SUPPORT[int(rand() * 3)]
                status = "resolved" if outcome else "open"
            if kind != "note" and stamp > last:
                last = stamp
            text = (subject, body, outcome)
            key = keys.get(text)
            if key is None:
                key = keys[text] = fold(" ".join(text))
            self.i_rows.append((  # logged with the contact, as the app logs them
                stamp, stamp, kind, stamp, subject, body, outcome, duration, amount,
                currency, status, key, cid, None,
            ))
        if rand() < 0.12:  # feedback, once to three times over the two years
            for _ in range(1 + int(rand() * rand() * 3)):
                csat, nps, comment = self.moods[int(rand() * len(self.moods))]
                roll = rand()
                if roll < 0.2:
                    nps = None
                elif roll < 0.35:
                    csat = None
                stamp = stamps[int(rand() * len(stamps))]
                category = _CATEGORIES[int(rand() * len(_CATEGORIES))]
                text = (category, comment)
                key = keys.get(text)
                if key is None:
                    key = keys[text] = fold(" ".join(text))
                self.fb_rows.append((
                    stamp, stamp, cid, stamp, _FEEDBACK_CHANNELS[int(rand() * 6)], csat, nps,
                    category, comment, key,
                ))
        if rand() < 0.08:
            due = self.today + timedelta(days=int(rand() * 45) - 10)
            at = f"{9 + int(rand() * 8):02d}:{15 * int(rand() * 4):02d}" if rand() < 0.3 else None
            done = rand() < 0.15
            stamp = self.now.strftime("%Y-%m-%dT%H:%M:%S.000Z")
            self.f_rows.append((
                stamp, stamp, due.isoformat(), at, _FOLLOWUPS[int(rand() * len(_FOLLOWUPS))],
                cid, stamp if done else None,
            ))
            if not done:
                nxt = f"{due.isoformat()} {at}" if at else due.isoformat()
        return last, nxt


def _contact_batch(rng: random.Random, first_cid: int, n: int, accounts: list, stamps: list,
                   activity: "_Activity"):
    """Rows for ``n`` contacts from id ``first_cid``: contact, e-mail, phone and index rows
    (their interactions and follow-ups go to ``activity``)."""
    rand = rng.random

    # random.choice/randrange cost ~2 us each in pure Python; a million contacts need ~25M.
    def choice(seq):
        return seq[int(rand() * len(seq))]

    def randrange(a, b):
        return a + int(rand() * (b - a))

    c_rows, e_rows, p_rows, f_rows = [], [], [], []
    for cid, uid in zip(range(first_cid, first_cid + n), new_uids(n), strict=True):
        (first, fk), (last, lk) = choice(_FIRSTS), choice(_LASTS)
        if rand() < 0.85:
            acc_id, company_key, domain = choice(accounts)
        else:
            acc_id, company_key, domain = None, "", choice(_PROVIDERS)
        city, region, country, fmt, prefix, city_key = choice(_CITIES)
        local = f"{fk}.{lk}".replace(" ", "").replace("'", "")
        email = f"{local}@{domain}" if acc_id else f"{local}{randrange(0, 100)}@{domain}"
        e_rows.append((cid, 0, "work" if acc_id else "home", email, email))
        emails = email
        if rand() < 0.2:
            other = f"{local}{randrange(0, 1000)}@{choice(_PROVIDERS)}"
            e_rows.append((cid, 1, "home", other, other))
            emails = f"{email} | {other}"
        phone = phone_key = phones = ""
        pos = 0
        for label, chance in (("work", 0.8), ("mobile", 0.3)):
            if rand() < chance:
                num = randrange(0, 10000)
                value, key = fmt.format(num), f"{prefix}{num:04d}"
                p_rows.append((cid, pos, label, value, key))
                if not pos:
                    phone, phone_key, phones, keys = value, key, value.lower(), key
                else:
                    phones, keys = f"{phones} | {value.lower()}", f"{keys} | {key}"
                pos += 1
        title, title_key = choice(_TITLES)
        stamp = choice(stamps)
        last_contacted, next_followup = activity.add(cid, acc_id, country)
        bday = rand() < 0.3
        c_rows.append((
            cid, uid, stamp, stamp, first, last, title, acc_id,
            f"{randrange(1, 200)} {choice(STREETS)}", city, region,
            str(randrange(10000, 99999)), country,
            randrange(1950, 2004) if bday and rand() < 0.7 else None,
            randrange(1, 13) if bday else None, randrange(1, 29) if bday else None,
            choice(TAGS) if rand() < 0.3 else "", "", choice(STATUSES),
            choice(SOURCES), email, phone, fk, lk, company_key, title_key, email,
            phone_key, city_key, last_contacted, next_followup,
        ))
        body = f"{fk} {lk} | {company_key} | {emails}" if company_key else (
            f"{fk} {lk} | {emails}"
        )
        f_rows.append((cid, f"{body} | {phones} | {keys}" if pos else body))
    return c_rows, e_rows, p_rows, f_rows


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
    # Every id written here is one this function has just written or read, so the
    # per-row foreign-key lookups prove nothing (and cost ~15% of the time). The
    # pragma only takes effect outside a transaction.
    keys = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")
    # A million rows overflow the usual page cache, and the pages spilled to the WAL
    # are read back again: 206 s -> 166 s for 1M here with 1 GB (released after).
    try:
        with big_cache(db.obj):
            return _generate(conn, rng, contacts, n_accounts, stamps, batch, progress)
    finally:
        conn.execute(f"PRAGMA foreign_keys = {int(keys)}")


def _generate(conn, rng, contacts, n_accounts, stamps, batch, progress) -> dict[str, int]:
    choice = rng.choice
    with db.atomic():
        existing = conn.execute(  # the trigger-kept counters: O(1), not a 1M-row count
            "SELECT live + trashed FROM record_count WHERE table_name = 'contact'"
        ).fetchone()[0]
        first_id = conn.execute("SELECT coalesce(max(id), 0) FROM account").fetchone()[0] + 1
        names = _company_names(rng, n_accounts)
        acc_rows, accounts = [], []
        for i, (name, uid) in enumerate(zip(names, new_uids(n_accounts), strict=True)):
            city, region, country, *_ = choice(CITIES)
            domain = fold(" ".join(name.split()[:2])).replace(" ", "") + "." + choice(_TLDS)
            industry = choice(INDUSTRIES)
            stamp = choice(stamps)
            acc_rows.append((
                first_id + i, uid, stamp, stamp, name, industry, f"https://www.{domain}",
                city, region, country, fold(name), fold(industry),
            ))
            accounts.append((first_id + i, fold(name), domain))
        conn.executemany(
            "INSERT INTO account (id, uid, created_at, updated_at, name, industry, website, city,"
            " region, country, name_key, industry_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            acc_rows,
        )
        next_id = conn.execute("SELECT coalesce(max(id), 0) FROM contact").fetchone()[0] + 1
        first_interaction = conn.execute(
            "SELECT coalesce(max(id), 0) FROM interaction").fetchone()[0] + 1
        bulk = contacts >= max(BULK_FROM, existing)
        tables = ("contact", "contact_email", "contact_phone", "interaction",
                  "followup", "feedback") if bulk else ()
        activity = _Activity(rng, datetime.now(UTC))
        logged = planned = answered = 0
        done = 0
        # (Making the next batch on a thread while SQLite stores this one was slower:
        # the threads fight over the GIL, which executemany takes back for every row.)
        with indexes_deferred(db.obj, tables), \
                triggers_suspended(db.obj, [f"{t}_count_insert" for t in _COUNTED]
                                   + list(_ROLLUPS)), \
                fts_bulk(db.obj, "contact_fts"):
            for first in range(0, contacts, batch):
                n = min(batch, contacts - first)
                c_rows, e_rows, p_rows, f_rows = _contact_batch(
                    rng, next_id + first, n, accounts, stamps, activity
                )
                conn.executemany(
                    f"INSERT INTO contact (id, {_CONTACT_COLS}) VALUES ({', '.join('?' * 31)})",
                    c_rows,
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
                for table, cols, rows in (
                    ("interaction", _INTERACTION_COLS, activity.i_rows),
                    ("followup", _FOLLOWUP_COLS, activity.f_rows),
                    ("feedback", _FEEDBACK_COLS, activity.fb_rows),
                ):
                    marks = ", ".join("?" * (cols.count(",") + 1))
                    conn.executemany(
                        f"INSERT INTO {table} ({cols}) VALUES ({marks})",
                        [(u, *r) for u, r in zip(new_uids(len(rows)), rows, strict=True)],
                    )
                logged += len(activity.i_rows)
                planned += len(activity.f_rows)
                answered += len(activity.fb_rows)
                activity.i_rows.clear()
                activity.f_rows.clear()
                activity.fb_rows.clear()
                done += len(c_rows)
                if progress:
                    progress(done, contacts)
            # What the suspended triggers would have counted, row by row.
            for sql in _ROLLUPS.values():
                conn.execute(sql, (first_interaction,))
            for table, added in zip(_COUNTED, (contacts, logged, planned, answered),
                                    strict=True):
                conn.execute(
                    "UPDATE record_count SET live = live + ?, changes = changes + ?"
                    " WHERE table_name = ?", (added, added, table),
                )
        deals = demo_sales.add_deals(conn, rng, next_id, contacts, _CURRENCY)
        demo_sales.add_status_history(conn, rng, next_id, contacts)
        conn.execute("PRAGMA optimize")
    return {"contacts": contacts, "accounts": n_accounts, "interactions": logged,
            "followups": planned, "feedback": answered, "deals": deals}
