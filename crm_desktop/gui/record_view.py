"""What the right side of the main window shows: the details of the selected contact
(or the pinned one, or the company) with its relationship block, and its timeline.

A mixin of :class:`~crm_desktop.gui.main_window.MainWindow`. What is shown is read
again only when it changes, or with ``force`` after a write: the contact list is reset
on every keystroke of a search, and the selection with it.
"""

import logging
from datetime import datetime

from crm_desktop.gui import selection
from crm_desktop.gui.details import EMPTY_HTML, account_html, contact_html, relationship_html
from crm_desktop.text import counted

log = logging.getLogger(__name__)


class RecordView:
    def refresh_activity(self) -> None:
        """The timeline, the details' relationship block, Today and its count."""
        self._show_current(force=True)
        if self._today is not None and self.ui.centerStack.currentIndex() == 1:
            self._today.refresh()
        if self._satisfaction is not None:
            self._satisfaction.refresh()
        self.count_due()

    def count_due(self) -> None:
        """Today's count of open follow-ups, on the Today button."""
        from crm_desktop.services import followups  # not at start (see MainWindow)

        self.tasks.read(followups.open_count, self._show_due_count, key="due-count")

    def _show_due_count(self, count: int) -> None:
        self.ui.todayButton.setText(f"Today ({count:,})" if count else "Today")

    def _show_current(self, force: bool = False) -> None:
        """The details and timeline of what is selected (or pinned, or the account).
        What is already shown is read again only with ``force`` (after a change): the
        list is reset on every keystroke of a search, and the selection with it."""
        selected = selection.count(self.ui.contactTable)
        if selected == 1:
            target = ("contact", selection.first_id(self.ui.contactTable))
        elif selected:
            target = ("several", selected)
        elif self._pinned is not None:
            contact_id, account_id = self._pinned
            target = ("contact", contact_id) if contact_id is not None else (
                "account", account_id)
        elif self._account_id is not None:
            target = ("account", self._account_id)
        else:
            target = ("nothing", None)
        target += (self._trash,)
        if target == self._shown and not force:
            return
        self._shown = target
        kind, record_id, _ = target
        if kind == "contact":
            self._show_contact(record_id, force)
        elif kind == "account":
            self._show_account(record_id, force)
        else:
            self.ui.detailView.setHtml(
                f"<p>{counted(record_id, 'contact')} selected.</p>" if kind == "several"
                else EMPTY_HTML)
            self.timeline.show_for()

    def _show_contact(self, contact_id: int, force: bool = False) -> None:
        # Imported when first shown: relationship brings feedback's module (5-6 ms of a start).
        from crm_desktop.services import contacts
        from crm_desktop.services.relationship import relationship

        try:
            data = contacts.get_contact(contact_id)
            html_text = contact_html(data)
            if not self._trash:
                now = datetime.now().astimezone()
                html_text += relationship_html(relationship(contact_id=contact_id), now)
        except Exception:  # e.g. deleted by another window meanwhile
            log.exception("could not show contact %s", contact_id)
            self.ui.detailView.clear()
            self.timeline.show_for()
            return
        self.ui.detailView.setHtml(html_text)
        if self._trash:
            self.timeline.show_for()
        else:
            self.timeline.show_for(contact_id=contact_id, who=data.display_name, force=force)

    def _show_account(self, account_id: int, force: bool = False) -> None:
        from crm_desktop.services import accounts
        from crm_desktop.services.relationship import relationship

        try:
            data = accounts.get_account(account_id)
            now = datetime.now().astimezone()
            self.ui.detailView.setHtml(
                account_html(data) + relationship_html(relationship(account_id=account_id), now))
        except Exception:
            log.exception("could not show account %s", account_id)
            self.timeline.show_for()
            return
        self.timeline.show_for(account_id=account_id, who=data.name, force=force)
