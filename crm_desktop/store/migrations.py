"""Ordered schema migrations.

``MIGRATIONS[n]`` takes a database from schema version ``n`` to ``n + 1``. A
migration is a list of SQL statements, frozen once released: never edit one,
append a new one. The schema version lives in ``PRAGMA user_version``.
"""

from collections.abc import Sequence

_RECORD = """
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT"""

_ADDRESS = """
    street TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT ''"""

_V1: Sequence[str] = (
    f"""CREATE TABLE account ({_RECORD},
    name TEXT NOT NULL,
    industry TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',{_ADDRESS},
    tags TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    name_key TEXT NOT NULL DEFAULT '',
    industry_key TEXT NOT NULL DEFAULT ''
)""",
    "CREATE UNIQUE INDEX account_uid ON account (uid)",
    "CREATE INDEX account_name_live ON account (name_key, id) WHERE deleted_at IS NULL",
    "CREATE INDEX account_industry_live ON account (industry_key, name_key, id)"
    " WHERE deleted_at IS NULL",
    "CREATE INDEX account_trash ON account (deleted_at) WHERE deleted_at IS NOT NULL",
    f"""CREATE TABLE contact ({_RECORD},
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    job_title TEXT NOT NULL DEFAULT '',
    account_id INTEGER REFERENCES account (id) ON DELETE SET NULL,{_ADDRESS},
    birthday_year INTEGER CHECK (birthday_year BETWEEN 1 AND 9999),
    birthday_month INTEGER CHECK (birthday_month BETWEEN 1 AND 12),
    birthday_day INTEGER CHECK (birthday_day BETWEEN 1 AND 31),
    tags TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'lead'
        CHECK (status IN ('lead', 'prospect', 'customer', 'inactive')),
    source TEXT NOT NULL DEFAULT '',
    primary_email TEXT NOT NULL DEFAULT '',
    primary_phone TEXT NOT NULL DEFAULT '',
    first_key TEXT NOT NULL DEFAULT '',
    last_key TEXT NOT NULL DEFAULT '',
    company_key TEXT NOT NULL DEFAULT '',
    title_key TEXT NOT NULL DEFAULT '',
    email_key TEXT NOT NULL DEFAULT '',
    phone_key TEXT NOT NULL DEFAULT '',
    city_key TEXT NOT NULL DEFAULT ''
)""",
    "CREATE UNIQUE INDEX contact_uid ON contact (uid)",
    "CREATE INDEX contact_account ON contact (account_id)",
    "CREATE INDEX contact_trash ON contact (deleted_at) WHERE deleted_at IS NOT NULL",
    *(
        f"CREATE INDEX contact_{name}_live ON contact ({cols}, id) WHERE deleted_at IS NULL"
        for name, cols in (
            ("first", "first_key, last_key"),
            ("last", "last_key, first_key"),
            ("company", "company_key, last_key"),
            ("title", "title_key"),
            ("email", "email_key"),
            ("phone", "phone_key"),
            ("city", "city_key"),
            ("status", "status"),
            ("updated", "updated_at"),
        )
    ),
    """CREATE TABLE contact_email (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    label TEXT NOT NULL DEFAULT 'work' CHECK (label IN ('work', 'home', 'mobile', 'other')),
    value TEXT NOT NULL,
    value_key TEXT NOT NULL
)""",
    "CREATE INDEX contact_email_contact ON contact_email (contact_id, position)",
    "CREATE INDEX contact_email_key ON contact_email (value_key)",
    """CREATE TABLE contact_phone (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    label TEXT NOT NULL DEFAULT 'work' CHECK (label IN ('work', 'home', 'mobile', 'other')),
    value TEXT NOT NULL,
    value_key TEXT NOT NULL
)""",
    "CREATE INDEX contact_phone_contact ON contact_phone (contact_id, position)",
    "CREATE INDEX contact_phone_key ON contact_phone (value_key)",
    # Search text is folded in Python (accents, case) and kept up to date by the
    # services in the same transaction as the row; rowid = contact.id. It holds live
    # contacts only, so a search is counted without touching the contact table.
    "CREATE VIRTUAL TABLE contact_fts USING fts5 (body, tokenize = 'trigram')",
    # Exact live/trashed counts, kept by triggers: "1,000,000 contacts" costs nothing.
    # ``changes`` goes up with every insert, update and delete: a cheap way to know
    # whether anything cached from the table (e.g. sort ranks) is still current.
    """CREATE TABLE record_count (
    table_name TEXT PRIMARY KEY,
    live INTEGER NOT NULL DEFAULT 0,
    trashed INTEGER NOT NULL DEFAULT 0,
    changes INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID""",
    *(
        statement
        for table in ("account", "contact")
        for statement in (
            f"INSERT INTO record_count (table_name) VALUES ('{table}')",
            f"""CREATE TRIGGER {table}_count_insert AFTER INSERT ON {table} BEGIN
    UPDATE record_count SET live = live + (NEW.deleted_at IS NULL),
        trashed = trashed + (NEW.deleted_at IS NOT NULL), changes = changes + 1
        WHERE table_name = '{table}';
END""",
            f"""CREATE TRIGGER {table}_count_delete AFTER DELETE ON {table} BEGIN
    UPDATE record_count SET live = live - (OLD.deleted_at IS NULL),
        trashed = trashed - (OLD.deleted_at IS NOT NULL), changes = changes + 1
        WHERE table_name = '{table}';
END""",
            f"""CREATE TRIGGER {table}_count_update AFTER UPDATE ON {table} BEGIN
    UPDATE record_count SET live = live + (NEW.deleted_at IS NULL) - (OLD.deleted_at IS NULL),
        trashed = trashed + (NEW.deleted_at IS NOT NULL) - (OLD.deleted_at IS NOT NULL),
        changes = changes + 1
        WHERE table_name = '{table}';
END""",
        )
    ),
)

# Imports: each one a batch that can be undone (what it created, as ids record_id ..
# through_id, and what the rows it updated held before, as JSON), and the column
# mappings users corrected.
_V2: Sequence[str] = (
    """CREATE TABLE import_batch (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    file_name TEXT NOT NULL,
    sheet TEXT NOT NULL DEFAULT '',
    on_duplicate TEXT NOT NULL CHECK (on_duplicate IN ('update', 'skip', 'create')),
    rows INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    undone_at TEXT
)""",
    """CREATE TABLE import_change (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    table_name TEXT NOT NULL CHECK (table_name IN ('contact', 'account')),
    record_id INTEGER NOT NULL,
    through_id INTEGER,
    action TEXT NOT NULL CHECK (action IN ('created', 'updated')),
    before TEXT
)""",
    "CREATE INDEX import_change_batch ON import_change (batch_id, table_name, action)",
    """CREATE TABLE import_mapping (
    headers_key TEXT PRIMARY KEY,
    mapping TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID""",
)


def _counted(table: str) -> tuple[str, ...]:
    """``record_count`` bookkeeping for ``table``, as v1 set it up for accounts and contacts
    (the v1 statements stay frozen; these are the same triggers for later tables)."""
    return (
        f"INSERT INTO record_count (table_name) VALUES ('{table}')",
        f"""CREATE TRIGGER {table}_count_insert AFTER INSERT ON {table} BEGIN
    UPDATE record_count SET live = live + (NEW.deleted_at IS NULL),
        trashed = trashed + (NEW.deleted_at IS NOT NULL), changes = changes + 1
        WHERE table_name = '{table}';
END""",
        f"""CREATE TRIGGER {table}_count_delete AFTER DELETE ON {table} BEGIN
    UPDATE record_count SET live = live - (OLD.deleted_at IS NULL),
        trashed = trashed - (OLD.deleted_at IS NOT NULL), changes = changes + 1
        WHERE table_name = '{table}';
END""",
        f"""CREATE TRIGGER {table}_count_update AFTER UPDATE OF deleted_at ON {table} BEGIN
    UPDATE record_count SET live = live + (NEW.deleted_at IS NULL) - (OLD.deleted_at IS NULL),
        trashed = trashed + (NEW.deleted_at IS NOT NULL) - (OLD.deleted_at IS NOT NULL),
        changes = changes + 1
        WHERE table_name = '{table}';
END""",
    )


# The timeline and follow-ups. Interactions happen at an instant (UTC text); a
# follow-up is due on a calendar day, optionally at a wall-clock time, wherever the
# user is (iCalendar's "floating" time). Contacts carry two relationship signals kept
# by the services in the same transaction: when they were last contacted (UTC text,
# '' for never) and their next open follow-up ('YYYY-MM-DD[ HH:MM]', '' for none).
# '' rather than NULL: the list pages by keyset on (key, id), and NULL compares to nothing.
_V3: Sequence[str] = (
    f"""CREATE TABLE interaction ({_RECORD},
    kind TEXT NOT NULL
        CHECK (kind IN ('call', 'meeting', 'email', 'note', 'purchase', 'support')),
    occurred_at TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    duration_minutes INTEGER CHECK (duration_minutes >= 0),
    amount_cents INTEGER,
    currency TEXT NOT NULL DEFAULT '',
    status TEXT CHECK (status IN ('open', 'resolved')),
    text_key TEXT NOT NULL DEFAULT '',
    contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    account_id INTEGER REFERENCES account (id) ON DELETE SET NULL
)""",
    "CREATE UNIQUE INDEX interaction_uid ON interaction (uid)",
    "CREATE INDEX interaction_contact ON interaction (contact_id, occurred_at, id)"
    " WHERE deleted_at IS NULL",
    # Most entries are a contact's alone: only those linked to a company are indexed here.
    "CREATE INDEX interaction_account ON interaction (account_id, occurred_at, id)"
    " WHERE deleted_at IS NULL AND account_id IS NOT NULL",
    "CREATE INDEX interaction_trash ON interaction (deleted_at) WHERE deleted_at IS NOT NULL",
    f"""CREATE TABLE followup ({_RECORD},
    due_date TEXT NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    due_time TEXT CHECK (due_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    note TEXT NOT NULL DEFAULT '',
    contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    account_id INTEGER REFERENCES account (id) ON DELETE SET NULL,
    interaction_id INTEGER REFERENCES interaction (id) ON DELETE SET NULL,
    done_at TEXT,
    snoozes INTEGER NOT NULL DEFAULT 0
)""",
    "CREATE UNIQUE INDEX followup_uid ON followup (uid)",
    "CREATE INDEX followup_open ON followup (due_date, due_time, id)"
    " WHERE done_at IS NULL AND deleted_at IS NULL",
    "CREATE INDEX followup_contact ON followup (contact_id, due_date) WHERE deleted_at IS NULL",
    "CREATE INDEX followup_account ON followup (account_id, due_date) WHERE deleted_at IS NULL",
    "CREATE INDEX followup_done ON followup (done_at) WHERE done_at IS NOT NULL",
    *_counted("interaction"),
    *_counted("followup"),
    "ALTER TABLE contact ADD COLUMN last_contacted_at TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contact ADD COLUMN next_followup TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX contact_contacted_live ON contact (last_contacted_at, id)"
    " WHERE deleted_at IS NULL",
    "CREATE INDEX contact_followup_live ON contact (next_followup, id) WHERE deleted_at IS NULL",
    "CREATE INDEX contact_birthday ON contact (birthday_month, birthday_day)"
    " WHERE birthday_month IS NOT NULL AND deleted_at IS NULL",
)

# Feedback from customers (CSAT 1-5 and/or NPS 0-10, given on a day through a channel,
# in a category from an editable list), the user's own CRM-style self-assessments (seven
# areas rated 1-5), and SMART goals counted from what is logged or ticked by hand.
_AREAS = ("'relationships', 'listening', 'extra_mile', 'conflict', 'reliability', 'empathy',"
          " 'seeking_feedback'")
_V4: Sequence[str] = (
    """CREATE TABLE feedback_category (
    name TEXT PRIMARY KEY COLLATE NOCASE,
    position INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID""",
    *(f"INSERT INTO feedback_category (name, position) VALUES ('{name}', {i})"
      for i, name in enumerate(("Product", "Service", "Support", "Price", "Delivery", "Other"))),
    f"""CREATE TABLE feedback ({_RECORD},
    contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    given_at TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('call', 'email', 'visit', 'survey', 'other')),
    csat INTEGER CHECK (csat BETWEEN 1 AND 5),
    nps INTEGER CHECK (nps BETWEEN 0 AND 10),
    category TEXT NOT NULL DEFAULT 'Other',
    comment TEXT NOT NULL DEFAULT '',
    text_key TEXT NOT NULL DEFAULT '',
    followup_id INTEGER REFERENCES followup (id) ON DELETE SET NULL,
    CHECK (csat IS NOT NULL OR nps IS NOT NULL)
)""",
    "CREATE UNIQUE INDEX feedback_uid ON feedback (uid)",
    "CREATE INDEX feedback_contact ON feedback (contact_id, given_at, id) WHERE deleted_at IS NULL",
    "CREATE INDEX feedback_given ON feedback (given_at) WHERE deleted_at IS NULL",
    *_counted("feedback"),
    f"""CREATE TABLE assessment ({_RECORD},
    taken_on TEXT NOT NULL
)""",
    f"""CREATE TABLE assessment_answer (
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    area TEXT NOT NULL CHECK (area IN ({_AREAS})),
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (assessment_id, area)
) WITHOUT ROWID""",
    *_counted("assessment"),
    f"""CREATE TABLE goal ({_RECORD},
    title TEXT NOT NULL,
    area TEXT CHECK (area IN ({_AREAS})),
    measure TEXT NOT NULL CHECK (measure IN ('manual', 'feedback', 'calls', 'meetings',
        'emails', 'interactions', 'followups_done')),
    target INTEGER NOT NULL CHECK (target > 0),
    starts_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    manual_count INTEGER NOT NULL DEFAULT 0 CHECK (manual_count >= 0),
    how TEXT NOT NULL DEFAULT '',
    completed_at TEXT,
    CHECK (due_on >= starts_on)
)""",
    *_counted("goal"),
    # Feedback rows an import created, so that undoing the import removes them.
    """CREATE TABLE import_feedback (
    batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    feedback_id INTEGER NOT NULL,
    PRIMARY KEY (batch_id, feedback_id)
) WITHOUT ROWID""",
)

# v5: the database's own settings (how many backups to keep, the daily one on or off).
_V5: Sequence[str] = (
    "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
)

# v6: duplicates. Pairs the user said are not duplicates (by uid: ids are not forever),
# and every merge, with what it changed, so that it can be undone.
_V6: Sequence[str] = (
    """CREATE TABLE dismissed_pair (
    kind TEXT NOT NULL CHECK (kind IN ('contact', 'account')),
    a_uid TEXT NOT NULL,
    b_uid TEXT NOT NULL,
    PRIMARY KEY (kind, a_uid, b_uid),
    CHECK (a_uid < b_uid)
) WITHOUT ROWID""",
    """CREATE TABLE merge_batch (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('contact', 'account')),
    survivor_id INTEGER NOT NULL,
    merged_ids TEXT NOT NULL,
    label TEXT NOT NULL,
    state TEXT NOT NULL,
    merged_at TEXT NOT NULL,
    undone_at TEXT
)""",
    "CREATE INDEX merge_batch_recent ON merge_batch (merged_at)",
)

_PURCHASE = ("{row}.kind = 'purchase' AND {row}.deleted_at IS NULL AND {row}.amount_cents"
             " IS NOT NULL")


def _month_add(row: str, sign: int, when: str = "1") -> str:
    """The trigger statement that counts ``row`` in (or out of) its month and kind."""
    return (f"    INSERT INTO interaction_month (month, kind, n) SELECT substr({row}.occurred_at,"
            f" 1, 7), {row}.kind, {sign} WHERE {when}\n"
            f"    ON CONFLICT (month, kind) DO UPDATE SET n = n + ({sign});\n")


def _purchase_add(row: str, sign: int) -> str:
    """The trigger statement that adds ``row`` (a purchase) to its contact's company."""
    return (f"    INSERT INTO account_purchase (account_id, currency, cents, n)"
            f" SELECT c.account_id, {row}.currency, {sign} * {row}.amount_cents, {sign}"
            f" FROM contact c WHERE c.id = {row}.contact_id AND c.account_id IS NOT NULL"
            f" AND {_PURCHASE.format(row=row)}\n"
            f"    ON CONFLICT (account_id, currency) DO UPDATE SET cents = cents +"
            f" excluded.cents, n = n + excluded.n;\n")


# v7: the sales pipeline. Stages are an editable list (each open, won or lost); a deal's
# stage changes are events, which the timeline shows; contacts' status changes are
# logged by a trigger (every path that changes a status is caught) for the funnel.
_V7: Sequence[str] = (
    """CREATE TABLE deal_stage (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    outcome TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'won', 'lost')),
    probability INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
    deleted_at TEXT
)""",
    "INSERT INTO deal_stage (name, position, outcome, probability) VALUES"
    " ('Lead', 1, 'open', 10), ('Qualified', 2, 'open', 25), ('Proposal', 3, 'open', 50),"
    " ('Negotiation', 4, 'open', 75), ('Won', 5, 'won', 100), ('Lost', 6, 'lost', 0)",
    f"""CREATE TABLE deal ({_RECORD},
    title TEXT NOT NULL,
    account_id INTEGER REFERENCES account (id),
    contact_id INTEGER REFERENCES contact (id),
    value_cents INTEGER NOT NULL DEFAULT 0 CHECK (value_cents >= 0),
    currency TEXT NOT NULL DEFAULT 'EUR',
    stage_id INTEGER NOT NULL REFERENCES deal_stage (id),
    expected_close TEXT NOT NULL DEFAULT '',
    probability INTEGER CHECK (probability BETWEEN 0 AND 100),
    notes TEXT NOT NULL DEFAULT '',
    closed_at TEXT,
    title_key TEXT NOT NULL DEFAULT ''
)""",
    "CREATE UNIQUE INDEX deal_uid ON deal (uid)",
    "CREATE INDEX deal_stage_value ON deal (stage_id, value_cents, id) WHERE deleted_at IS NULL",
    "CREATE INDEX deal_title_live ON deal (title_key, id) WHERE deleted_at IS NULL",
    "CREATE INDEX deal_value_live ON deal (value_cents, id) WHERE deleted_at IS NULL",
    "CREATE INDEX deal_close_live ON deal (expected_close, id) WHERE deleted_at IS NULL",
    "CREATE INDEX deal_updated_live ON deal (updated_at, id) WHERE deleted_at IS NULL",
    "CREATE INDEX deal_closed ON deal (closed_at) WHERE closed_at IS NOT NULL",
    "CREATE INDEX deal_account ON deal (account_id) WHERE account_id IS NOT NULL",
    "CREATE INDEX deal_contact ON deal (contact_id) WHERE contact_id IS NOT NULL",
    "CREATE INDEX deal_trash ON deal (deleted_at) WHERE deleted_at IS NOT NULL",
    *_counted("deal"),
    """CREATE TABLE deal_event (
    id INTEGER PRIMARY KEY,
    deal_id INTEGER NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
    occurred_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    from_stage_id INTEGER,
    to_stage_id INTEGER NOT NULL,
    contact_id INTEGER,
    account_id INTEGER,
    title TEXT NOT NULL,
    detail TEXT NOT NULL,
    value_cents INTEGER,
    currency TEXT NOT NULL DEFAULT '',
    text_key TEXT NOT NULL DEFAULT '',
    deleted_at TEXT
)""",
    "CREATE INDEX deal_event_contact ON deal_event (contact_id, occurred_at, id)"
    " WHERE contact_id IS NOT NULL",
    "CREATE INDEX deal_event_account ON deal_event (account_id, occurred_at, id)"
    " WHERE account_id IS NOT NULL",
    "CREATE INDEX deal_event_deal ON deal_event (deal_id, occurred_at)",
    """CREATE TABLE contact_status_change (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL,
    from_status TEXT,
    to_status TEXT NOT NULL,
    changed_at TEXT NOT NULL
)""",
    "CREATE INDEX contact_status_change_at ON contact_status_change (changed_at)",
    # The dashboard (services/dashboard.py) reads rollups kept by triggers, not a million
    # rows: interactions per month and kind, and each company's purchases (its people's,
    # whichever company they are with now). Covering indexes for the rest.
    "CREATE INDEX feedback_month ON feedback (given_at, csat, nps) WHERE deleted_at IS NULL",
    "CREATE INDEX deal_pipeline ON deal (stage_id, currency, value_cents, probability)"
    " WHERE deleted_at IS NULL",
    "CREATE INDEX interaction_purchase ON interaction (contact_id, currency, amount_cents)"
    " WHERE kind = 'purchase' AND deleted_at IS NULL AND amount_cents IS NOT NULL",
    """CREATE TABLE interaction_month (
    month TEXT NOT NULL,
    kind TEXT NOT NULL,
    n INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, kind)
) WITHOUT ROWID""",
    "INSERT INTO interaction_month (month, kind, n) SELECT substr(occurred_at, 1, 7), kind,"
    " count(*) FROM interaction WHERE deleted_at IS NULL GROUP BY 1, 2",
    *(f"""CREATE TRIGGER interaction_month_{name} AFTER {event} ON interaction {when}BEGIN
{body}END""" for name, event, when, body in (
        ("insert", "INSERT", "WHEN NEW.deleted_at IS NULL ", _month_add("NEW", 1)),
        ("delete", "DELETE", "WHEN OLD.deleted_at IS NULL ", _month_add("OLD", -1)),
        ("update", "UPDATE OF occurred_at, kind, deleted_at", "",
         _month_add("OLD", -1, "OLD.deleted_at IS NULL") +
         _month_add("NEW", 1, "NEW.deleted_at IS NULL")),
    )),
    """CREATE TABLE account_purchase (
    account_id INTEGER NOT NULL,
    currency TEXT NOT NULL,
    cents INTEGER NOT NULL DEFAULT 0,
    n INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, currency)
) WITHOUT ROWID""",
    "CREATE INDEX account_purchase_cents ON account_purchase (cents)",
    "INSERT INTO account_purchase (account_id, currency, cents, n) SELECT c.account_id,"
    " i.currency, sum(i.amount_cents), count(*) FROM interaction i JOIN contact c"
    f" ON c.id = i.contact_id WHERE {_PURCHASE.format(row='i')} AND c.account_id IS NOT NULL"
    " GROUP BY 1, 2",
    *(f"""CREATE TRIGGER account_purchase_{name} AFTER {event} ON interaction BEGIN
{body}END""" for name, event, body in (
        ("insert", "INSERT", _purchase_add("NEW", 1)),
        ("delete", "DELETE", _purchase_add("OLD", -1)),
        ("update", "UPDATE OF kind, amount_cents, currency, contact_id, deleted_at",
         _purchase_add("OLD", -1) + _purchase_add("NEW", 1)),
    )),
    # A contact who moves to another company takes their purchases along.
    """CREATE TRIGGER account_purchase_move AFTER UPDATE OF account_id ON contact
    WHEN NEW.account_id IS NOT OLD.account_id BEGIN
    INSERT INTO account_purchase (account_id, currency, cents, n)
    SELECT OLD.account_id, currency, -sum(amount_cents), -count(*) FROM interaction
    WHERE contact_id = OLD.id AND kind = 'purchase' AND deleted_at IS NULL
    AND amount_cents IS NOT NULL AND OLD.account_id IS NOT NULL GROUP BY currency
    ON CONFLICT (account_id, currency) DO UPDATE SET cents = cents + excluded.cents,
    n = n + excluded.n;
    INSERT INTO account_purchase (account_id, currency, cents, n)
    SELECT NEW.account_id, currency, sum(amount_cents), count(*) FROM interaction
    WHERE contact_id = OLD.id AND kind = 'purchase' AND deleted_at IS NULL
    AND amount_cents IS NOT NULL AND NEW.account_id IS NOT NULL GROUP BY currency
    ON CONFLICT (account_id, currency) DO UPDATE SET cents = cents + excluded.cents,
    n = n + excluded.n;
END""",
    """CREATE TRIGGER contact_status_log AFTER UPDATE OF status ON contact
    WHEN NEW.status IS NOT OLD.status BEGIN
    INSERT INTO contact_status_change (contact_id, from_status, to_status, changed_at)
    VALUES (NEW.id, OLD.status, NEW.status, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END""",
)

# v8: a company's contacts counted from the index alone. The company list shows each
# one's live contacts: with (account_id) only, that read every contact's row to check
# deleted_at (the first page of 40,000 companies: 8-12 ms; sorted by contacts, seconds).
_V8: Sequence[str] = (
    "DROP INDEX contact_account",
    "CREATE INDEX contact_account_deleted ON contact (account_id, deleted_at)",
)

MIGRATIONS: Sequence[Sequence[str]] = (_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8)
LATEST_VERSION = len(MIGRATIONS)
