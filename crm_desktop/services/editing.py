"""User edits that can be undone: each call changes the store and records a Change."""

from crm_desktop.services import accounts, contacts
from crm_desktop.services.accounts import AccountData
from crm_desktop.services.contacts import ContactData
from crm_desktop.services.undo import Change, UndoStack
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

    def trash_contacts(self, ids: list[int]) -> int:
        return self._move(ids, contacts.trash_contacts, contacts.restore_contacts,
                          "Delete", "contact")

    def restore_contacts(self, ids: list[int]) -> int:
        return self._move(ids, contacts.restore_contacts, contacts.trash_contacts,
                          "Restore", "contact")

    def trash_accounts(self, ids: list[int]) -> int:
        return self._move(ids, accounts.trash_accounts, accounts.restore_accounts,
                          "Delete", "account")

    def restore_accounts(self, ids: list[int]) -> int:
        return self._move(ids, accounts.restore_accounts, accounts.trash_accounts,
                          "Restore", "account")

    def _move(self, ids, do, undo, verb: str, noun: str) -> int:
        """To or from the trash: doing it again is the same call, so it is its own redo."""
        ids = list(ids)
        count = do(ids)
        self.history.push(
            Change(f"{verb} {counted(count, noun)}", undo=lambda: undo(ids), redo=lambda: do(ids))
        )
        return count

    def undo(self) -> Change | None:
        return self.history.undo()

    def redo(self) -> Change | None:
        return self.history.redo()
