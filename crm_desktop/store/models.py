"""Peewee models mirroring the schema that :mod:`migrations` creates.

The migrations own the schema; these classes only describe it for queries
(``tests/test_store.py`` checks the two agree). ``*_key`` columns are folded
copies kept by the services for sorting on indexes.
"""

from peewee import CharField, CompositeKey, ForeignKeyField, IntegerField, Model, TextField

from crm_desktop.store.db import database_proxy

# What the services and the window use without a model (timestamps, uids, the fixed value
# lists) lives in values, which does not import peewee: re-exported here.
from crm_desktop.store.values import (  # noqa: F401 - re-exported
    INTERACTION_KINDS,
    LABELS,
    STATUSES,
    SUPPORT_STATUSES,
    new_uid,
    new_uids,
    now_iso,
)


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class Record(BaseModel):
    """A top-level record: stable global id, timestamps, soft delete."""

    uid = CharField(unique=True, default=new_uid)
    created_at = TextField(default=now_iso)
    updated_at = TextField(default=now_iso)
    deleted_at = TextField(null=True)


class Address(Record):
    street = TextField(default="")
    city = TextField(default="")
    region = TextField(default="")
    postal_code = TextField(default="")
    country = TextField(default="")


class Account(Address):
    name = TextField()
    industry = TextField(default="")
    website = TextField(default="")
    phone = TextField(default="")
    tags = TextField(default="")
    notes = TextField(default="")
    name_key = TextField(default="")
    industry_key = TextField(default="")


class Contact(Address):
    first_name = TextField(default="")
    last_name = TextField(default="")
    job_title = TextField(default="")
    account = ForeignKeyField(Account, null=True, backref="contacts", on_delete="SET NULL")
    birthday_year = IntegerField(null=True)
    birthday_month = IntegerField(null=True)
    birthday_day = IntegerField(null=True)
    tags = TextField(default="")
    notes = TextField(default="")
    status = TextField(default="lead")
    source = TextField(default="")
    primary_email = TextField(default="")
    primary_phone = TextField(default="")
    first_key = TextField(default="")
    last_key = TextField(default="")
    company_key = TextField(default="")
    title_key = TextField(default="")
    email_key = TextField(default="")
    phone_key = TextField(default="")
    city_key = TextField(default="")
    last_contacted_at = TextField(default="")
    next_followup = TextField(default="")


class ContactEmail(BaseModel):
    contact = ForeignKeyField(Contact, backref="emails", on_delete="CASCADE")
    position = IntegerField(default=0)
    label = TextField(default="work")
    value = TextField()
    value_key = TextField()


class ContactPhone(BaseModel):
    contact = ForeignKeyField(Contact, backref="phones", on_delete="CASCADE")
    position = IntegerField(default=0)
    label = TextField(default="work")
    value = TextField()
    value_key = TextField()


class ImportBatch(BaseModel):
    uid = CharField(unique=True, default=new_uid)
    created_at = TextField(default=now_iso)
    file_name = TextField()
    sheet = TextField(default="")
    on_duplicate = TextField()
    rows = IntegerField(default=0)
    created = IntegerField(default=0)
    updated = IntegerField(default=0)
    skipped = IntegerField(default=0)
    errors = IntegerField(default=0)
    undone_at = TextField(null=True)


class ImportChange(BaseModel):
    batch = ForeignKeyField(ImportBatch, backref="changes", on_delete="CASCADE")
    table_name = TextField()
    record_id = IntegerField()
    through_id = IntegerField(null=True)
    action = TextField()
    before = TextField(null=True)


class ImportMapping(BaseModel):
    headers_key = TextField(primary_key=True)
    mapping = TextField()
    updated_at = TextField()


class Interaction(Record):
    kind = TextField()
    occurred_at = TextField()  # UTC, as now_iso() writes it
    subject = TextField(default="")
    body = TextField(default="")
    outcome = TextField(default="")
    duration_minutes = IntegerField(null=True)  # calls and meetings
    amount_cents = IntegerField(null=True)  # purchases: hundredths of the currency unit
    currency = TextField(default="")
    status = TextField(null=True)  # support requests: open or resolved
    text_key = TextField(default="")  # folded subject, body and outcome: searched
    contact = ForeignKeyField(Contact, null=True, backref="interactions", on_delete="SET NULL")
    account = ForeignKeyField(Account, null=True, backref="interactions", on_delete="SET NULL")


class Followup(Record):
    due_date = TextField()  # the user's calendar day, YYYY-MM-DD
    due_time = TextField(null=True)  # wall-clock HH:MM that day, or any time that day
    note = TextField(default="")
    contact = ForeignKeyField(Contact, null=True, backref="followups", on_delete="SET NULL")
    account = ForeignKeyField(Account, null=True, backref="followups", on_delete="SET NULL")
    interaction = ForeignKeyField(Interaction, null=True, on_delete="SET NULL")
    done_at = TextField(null=True)
    snoozes = IntegerField(default=0)


CHANNELS = ("call", "email", "visit", "survey", "other")


class FeedbackCategory(BaseModel):
    name = TextField(primary_key=True)
    position = IntegerField(default=0)


class Feedback(Record):
    contact = ForeignKeyField(Contact, null=True, backref="feedback", on_delete="SET NULL")
    given_at = TextField()  # UTC, as now_iso() writes it
    channel = TextField()
    csat = IntegerField(null=True)  # 1-5
    nps = IntegerField(null=True)  # 0-10
    category = TextField(default="Other")
    comment = TextField(default="")
    text_key = TextField(default="")  # folded category and comment: searched
    followup = ForeignKeyField(Followup, null=True, on_delete="SET NULL")


class Assessment(Record):
    taken_on = TextField()  # the user's calendar day


class AssessmentAnswer(BaseModel):
    assessment = ForeignKeyField(Assessment, backref="answers", on_delete="CASCADE")
    area = TextField()
    rating = IntegerField()
    note = TextField(default="")

    class Meta:
        primary_key = CompositeKey("assessment", "area")


class Goal(Record):
    title = TextField()
    area = TextField(null=True)
    measure = TextField()
    target = IntegerField()
    starts_on = TextField()
    due_on = TextField()
    manual_count = IntegerField(default=0)
    how = TextField(default="")
    completed_at = TextField(null=True)


class ImportFeedback(BaseModel):
    batch = ForeignKeyField(ImportBatch, on_delete="CASCADE")
    feedback_id = IntegerField()

    class Meta:
        primary_key = CompositeKey("batch", "feedback_id")


ALL_MODELS = (Account, Contact, ContactEmail, ContactPhone, ImportBatch, ImportChange,
              ImportMapping, Interaction, Followup, FeedbackCategory, Feedback, Assessment,
              AssessmentAnswer, Goal, ImportFeedback)
