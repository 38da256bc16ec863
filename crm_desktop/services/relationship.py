"""What a contact's or an account's page says about the relationship: when they were
last contacted, the follow-ups still open, and what they have bought."""

from dataclasses import dataclass
from datetime import datetime

from crm_desktop.services import feedback, followups, interactions
from crm_desktop.services.feedback import Satisfaction
from crm_desktop.services.followups import AgendaItem
from crm_desktop.services.interactions import (
    CONTACTING_KINDS,
    PurchaseSummary,
    TimelineScope,
    from_utc_text,
)
from crm_desktop.store.db import database_proxy as db


@dataclass(frozen=True)
class Relationship:
    last_contacted: datetime | None
    followups: list[AgendaItem]  # open ones, soonest first
    purchases: PurchaseSummary
    interactions: int
    satisfaction: Satisfaction


def relationship(*, contact_id: int | None = None, account_id: int | None = None,
                 followup_limit: int = 5) -> Relationship:
    scope = TimelineScope(contact_id, account_id)
    if contact_id is not None:
        row = db.execute_sql("SELECT last_contacted_at FROM contact WHERE id = ?",
                             (contact_id,)).fetchone()
        last = from_utc_text(row[0]) if row and row[0] else None
    else:
        newest = interactions.timeline(
            TimelineScope(account_id=account_id, kinds=CONTACTING_KINDS), limit=1)
        last = newest[0].occurred_at if newest else None
    return Relationship(
        last_contacted=last,
        followups=followups.for_record(contact_id=contact_id, account_id=account_id,
                                       limit=followup_limit),
        purchases=interactions.purchases(contact_id=contact_id, account_id=account_id),
        interactions=interactions.timeline_count(scope),
        satisfaction=feedback.satisfaction(contact_id=contact_id, account_id=account_id),
    )
