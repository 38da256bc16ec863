"""User edits that can be undone: each call changes the store and records a Change."""

from crm_desktop.services import accounts, contacts
from crm_desktop.services.accounts import AccountData
from crm_desktop.services.contacts import ContactData
from crm_desktop.services.undo import Change, UndoStack


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


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

    def trash_contacts(self, ids: list[int]) -> int:
        ids = list(ids)
        count = contacts.trash_contacts(ids)
        self.history.push(
            Change(
                f"Delete {_plural(count, 'contact')}",
                undo=lambda: contacts.restore_contacts(ids),
                redo=lambda: contacts.trash_contacts(ids),
            )
        )
        return count

    def restore_contacts(self, ids: list[int]) -> int:
        ids = list(ids)
        count = contacts.restore_contacts(ids)
        self.history.push(
            Change(
                f"Restore {_plural(count, 'contact')}",
                undo=lambda: contacts.trash_contacts(ids),
                redo=lambda: contacts.restore_contacts(ids),
            )
        )
        return count

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

    def trash_accounts(self, ids: list[int]) -> int:
        ids = list(ids)
        count = accounts.trash_accounts(ids)
        self.history.push(
            Change(
                f"Delete {_plural(count, 'account')}",
                undo=lambda: accounts.restore_accounts(ids),
                redo=lambda: accounts.trash_accounts(ids),
            )
        )
        return count

    def restore_accounts(self, ids: list[int]) -> int:
        ids = list(ids)
        count = accounts.restore_accounts(ids)
        self.history.push(
            Change(
                f"Restore {_plural(count, 'account')}",
                undo=lambda: accounts.trash_accounts(ids),
                redo=lambda: accounts.restore_accounts(ids),
            )
        )
        return count

    def undo(self) -> Change | None:
        return self.history.undo()

    def redo(self) -> Change | None:
        return self.history.redo()
