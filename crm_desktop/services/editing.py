"""User edits that can be undone: each call changes the store and records a Change."""

from datetime import date

from crm_desktop.services import accounts, contacts, feedback, followups, interactions
from crm_desktop.services.accounts import AccountData
from crm_desktop.services.contacts import ContactData
from crm_desktop.services.feedback import FeedbackData
from crm_desktop.services.followups import FollowupData
from crm_desktop.services.interactions import KIND_LABELS, InteractionData
from crm_desktop.services.undo import Change, UndoStack
from crm_desktop.store.db import database_proxy as db
from crm_desktop.text import counted


class Editor:
    """The editing session of one window: operations plus their undo history."""

    def __init__(self) -> None:
        self.history = UndoStack()

    def create_contact(self, data: ContactData) -> int:
        cid = contacts.create_contact(data)
        self.history.push(
            Change(
                f"Add {data.display_name}",
                undo=lambda: contacts.trash_contacts([cid]),
                redo=lambda: contacts.restore_contacts([cid]),
            )
        )
        return cid

    def update_contact(self, contact_id: int, data: ContactData) -> None:
        before = contacts.get_contact(contact_id)
        contacts.update_contact(contact_id, data)
        self.history.push(
            Change(
                f"Edit {data.display_name}",
                undo=lambda: contacts.update_contact(contact_id, before),
                redo=lambda: contacts.update_contact(contact_id, data),
            )
        )

    def create_account(self, data: AccountData) -> int:
        aid = accounts.create_account(data)
        self.history.push(
            Change(
                f"Add {data.name.strip()}",
                undo=lambda: accounts.trash_accounts([aid]),
                redo=lambda: accounts.restore_accounts([aid]),
            )
        )
        return aid

    def update_account(self, account_id: int, data: AccountData) -> None:
        before = accounts.get_account(account_id)
        accounts.update_account(account_id, data)
        self.history.push(
            Change(
                f"Edit {data.name.strip()}",
                undo=lambda: accounts.update_account(account_id, before),
                redo=lambda: accounts.update_account(account_id, data),
            )
        )

    def trash_contacts(self, ids: list[int], progress=None, cancelled=None) -> int:
        """To the trash; ``progress`` and ``cancelled`` as contacts.trash_contacts takes."""
        return self._move(ids, contacts.trash_contacts, contacts.restore_contacts,
                          "Delete", "contact", progress, cancelled, stepped=True)

    def restore_contacts(self, ids: list[int], progress=None, cancelled=None) -> int:
        return self._move(ids, contacts.restore_contacts, contacts.trash_contacts,
                          "Restore", "contact", progress, cancelled, stepped=True)

    def trash_accounts(self, ids: list[int], progress=None, cancelled=None) -> int:
        return self._move(ids, accounts.trash_accounts, accounts.restore_accounts,
                          "Delete", "account", progress, cancelled, stepped=True)

    def restore_accounts(self, ids: list[int], progress=None, cancelled=None) -> int:
        return self._move(ids, accounts.restore_accounts, accounts.trash_accounts,
                          "Restore", "account", progress, cancelled, stepped=True)

    # --- the timeline and follow-ups -------------------------------------------------
    def log_interaction(self, data: InteractionData, follow_up_on: date | None = None) -> int:
        """Log an interaction, and with ``follow_up_on`` a follow-up from it that day:
        one transaction, one undo step."""
        with db.atomic():
            iid = interactions.create_interaction(data)
            fids: list[int] = []
            if follow_up_on is not None:
                fids.append(followups.create_followup(FollowupData(
                    follow_up_on, None, f"Follow up: {data.title}", data.contact_id,
                    data.account_id, iid)))

        def undo() -> None:
            with db.atomic():
                followups.trash_followups(fids)
                interactions.trash_interactions([iid])

        def redo() -> None:
            with db.atomic():
                interactions.restore_interactions([iid])
                followups.restore_followups(fids)

        label = f"Log {KIND_LABELS[data.kind].lower()}" + (" and follow-up" if fids else "")
        self.history.push(Change(label, undo=undo, redo=redo))
        return iid

    def update_interaction(self, interaction_id: int, data: InteractionData) -> None:
        before = interactions.get_interaction(interaction_id)
        interactions.update_interaction(interaction_id, data)
        self.history.push(
            Change(
                f"Edit {KIND_LABELS[data.kind].lower()}",
                undo=lambda: interactions.update_interaction(interaction_id, before),
                redo=lambda: interactions.update_interaction(interaction_id, data),
            )
        )

    def trash_interactions(self, ids: list[int]) -> int:
        return self._move(ids, interactions.trash_interactions,
                          interactions.restore_interactions, "Delete", "interaction")

    def trash_entries(self, interaction_ids: list[int], feedback_ids: list[int]) -> int:
        """Timeline entries to the trash: interactions and feedback, one undo step."""
        if not feedback_ids:
            return self.trash_interactions(interaction_ids)
        ids, fids = list(interaction_ids), list(feedback_ids)

        def move(trash: bool) -> int:
            with db.atomic():
                if trash:
                    return (interactions.trash_interactions(ids)
                            + feedback.trash_feedback(fids))
                return (interactions.restore_interactions(ids)
                        + feedback.restore_feedback(fids))

        count = move(True)
        self.history.push(Change(f"Delete {counted(count, 'entry', 'entries')}",
                                 undo=lambda: move(False), redo=lambda: move(True)))
        return count

    def record_feedback(self, data: FeedbackData, follow_up_on: date | None = None) -> int:
        """Store feedback, and with ``follow_up_on`` a follow-up for it that day: one
        transaction, one undo step."""
        with db.atomic():
            fids: list[int] = []
            if follow_up_on is not None:
                scores = ", ".join(s for s in (
                    f"CSAT {data.csat}/5" if data.csat is not None else "",
                    f"NPS {data.nps}" if data.nps is not None else "") if s)
                fids.append(followups.create_followup(FollowupData(
                    follow_up_on, None, f"Follow up on feedback ({data.category}, {scores})"
                    + (f": {data.comment}" if data.comment.strip() else ""),
                    data.contact_id)))
            fb = feedback.create_feedback(data, fids[0] if fids else None)

        def undo() -> None:
            with db.atomic():
                feedback.trash_feedback([fb])
                followups.trash_followups(fids)

        def redo() -> None:
            with db.atomic():
                feedback.restore_feedback([fb])
                followups.restore_followups(fids)

        label = "Record feedback" + (" and follow-up" if fids else "")
        self.history.push(Change(label, undo=undo, redo=redo))
        return fb

    def update_feedback(self, feedback_id: int, data: FeedbackData) -> None:
        before = feedback.get_feedback(feedback_id)
        feedback.update_feedback(feedback_id, data)
        self.history.push(Change(
            "Edit feedback", undo=lambda: feedback.update_feedback(feedback_id, before),
            redo=lambda: feedback.update_feedback(feedback_id, data)))

    def add_followup(self, data: FollowupData) -> int:
        fid = followups.create_followup(data)
        self.history.push(
            Change(
                "Add follow-up",
                undo=lambda: followups.trash_followups([fid]),
                redo=lambda: followups.restore_followups([fid]),
            )
        )
        return fid

    def update_followup(self, followup_id: int, data: FollowupData) -> None:
        before = followups.get_followup(followup_id)
        followups.update_followup(followup_id, data)
        self.history.push(
            Change(
                "Edit follow-up",
                undo=lambda: followups.update_followup(followup_id, before),
                redo=lambda: followups.update_followup(followup_id, data),
            )
        )

    def set_followups_done(self, ids: list[int], done: bool = True) -> int:
        ids = list(ids)
        count = followups.set_done(ids, done)
        verb = "Complete" if done else "Reopen"
        self.history.push(
            Change(
                f"{verb} {counted(count, 'follow-up')}",
                undo=lambda: followups.set_done(ids, not done),
                redo=lambda: followups.set_done(ids, done),
            )
        )
        return count

    def snooze_followups(self, ids: list[int], due_date, due_time) -> int:
        before = followups.due_of(list(ids))

        def undo() -> None:
            for fid, (day, at) in before.items():
                followups.set_due([fid], day, at, snooze=False)

        count = followups.set_due(list(before), due_date, due_time)
        self.history.push(
            Change(
                f"Snooze {counted(count, 'follow-up')}", undo=undo,
                redo=lambda: followups.set_due(list(before), due_date, due_time),
            )
        )
        return count

    def trash_followups(self, ids: list[int]) -> int:
        return self._move(ids, followups.trash_followups, followups.restore_followups,
                          "Delete", "follow-up")

    def merge(self, kind: str, survivor: int, others: list[int],
              chosen: dict | None = None) -> int:
        """Merge duplicates (see services/merging.py); undo puts them back as they were,
        redo merges them again the same way. Returns the merge's number."""
        from crm_desktop.services import merging

        do = merging.merge_contacts if kind == "contact" else merging.merge_accounts
        batch = [do(survivor, others, chosen)]
        label = db.execute_sql("SELECT label FROM merge_batch WHERE id = ?",
                               (batch[0],)).fetchone()[0]

        def redo() -> None:
            batch[0] = do(survivor, others, chosen)

        self.history.push(Change(f"Merge {label}", undo=lambda: merging.undo(batch[0]),
                                 redo=redo))
        return batch[0]

    def _move(self, ids, do, undo, verb: str, noun: str, progress=None, cancelled=None,
              stepped: bool = False) -> int:
        """To or from the trash: doing it again is the same call, so it is its own redo.
        ``stepped``: ``do`` and ``undo`` take (ids, progress, cancelled), and so do the
        undo and redo of the change recorded."""
        ids = list(ids)
        if not stepped:
            count = do(ids)
            self.history.push(Change(f"{verb} {counted(count, noun)}", undo=lambda: undo(ids),
                                     redo=lambda: do(ids)))
            return count
        count = do(ids, progress, cancelled)
        self.history.push(Change(
            f"{verb} {counted(count, noun)}", size=count,
            undo=lambda progress=None, cancelled=None: undo(ids, progress, cancelled),
            redo=lambda progress=None, cancelled=None: do(ids, progress, cancelled)))
        return count

    def undo(self, progress=None, cancelled=None) -> Change | None:
        return self.history.undo(progress, cancelled)

    def redo(self, progress=None, cancelled=None) -> Change | None:
        return self.history.redo(progress, cancelled)
