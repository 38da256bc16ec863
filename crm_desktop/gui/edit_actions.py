"""The main window's editing commands: new, edit, delete, restore, undo, redo.

A mixin of :class:`~crm_desktop.gui.main_window.MainWindow`: every change goes
through the window's single writer and the editing session's undo history.
"""

import logging

from PySide6.QtCore import Qt

from crm_desktop.errors import DamagedDatabaseError, UserError
from crm_desktop.gui import msgbox, selection
from crm_desktop.text import counted

log = logging.getLogger(__name__)



def _editors():
    """The editor dialogs, imported when first opened: their forms cost ~50 ms of a start."""
    from crm_desktop.gui import editors

    return editors


def _trash_run():
    """The progress runs of big moves to or from the trash, imported when first needed."""
    from crm_desktop.gui import trash_run

    return trash_run


class EditActions:
    # --- editing -----------------------------------------------------------------------------
    def new_contact(self) -> None:
        from crm_desktop.services import accounts  # the services: when used, not at start

        dialog = _editors().ContactEditorDialog(self)
        if self._account_id is not None:
            dialog.ui.companyEdit.setText(accounts.get_account(self._account_id).name)
        dialog.saved.connect(lambda data: self._write(
            lambda: self.editor.create_contact(data), f"Added {data.display_name}.",
            then=self._show_new_contact,
        ))
        self._open(dialog)

    def new_account(self) -> None:
        dialog = _editors().AccountEditorDialog(self)
        dialog.saved.connect(lambda data: self._write(
            lambda: self.editor.create_account(data), f"Added {data.name}.",
            then=self._show_new_account,
        ))
        self._open(dialog)

    def _show_new_contact(self, contact_id: int) -> None:
        """A contact just added is the one shown, with its timeline (to log the call that
        brought them in), and selected where the list holds it."""
        if self._trash:
            self.show_all_contacts()
        self._pinned = (contact_id, None)
        self._select_next["contacts"] = contact_id
        self.ui.contactTable.clearSelection()

    def _show_new_account(self, account_id: int) -> None:
        """A company just added is the one shown, with its (empty) list of people."""
        if self._trash:
            self.show_all_contacts()
        self._pinned = None
        self._account_id = account_id
        self._among = None  # a dashboard's list narrowed the contacts: not this company's
        self._select_next["accounts"] = account_id
        self.ui.allContactsButton.setChecked(False)
        self.ui.contactTable.clearSelection()
        self.ui.accountTable.clearSelection()

    def edit_current(self) -> None:
        if self.timeline.has_focus():
            self.timeline.edit_selected()
            return
        view = self._focused_view()
        record_id = selection.first_id(view)
        if record_id is None or self._trash:
            return
        from crm_desktop.services import accounts, contacts

        forms = _editors()
        if view is self.ui.accountTable:
            dialog = forms.AccountEditorDialog(self, accounts.get_account(record_id), record_id)
            dialog.saved.connect(lambda data: self._write(
                lambda: self.editor.update_account(record_id, data), f"Saved {data.name}."
            ))
        else:
            dialog = forms.ContactEditorDialog(self, contacts.get_contact(record_id), record_id)
            dialog.saved.connect(lambda data: self._write(
                lambda: self.editor.update_contact(record_id, data),
                f"Saved {data.display_name}.",
            ))
        self._open(dialog)

    def _open(self, dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal, not a nested event loop

    def delete_selected(self):
        """To the trash; many contacts or companies go with a progress bar (returns that
        trash_run.MoveRun)."""
        if self.timeline.has_focus():  # Delete in the timeline deletes entries, not people
            self.timeline.delete_selected()
            return
        view = self._focused_view()
        count, ids = self.selected(view)  # ids() runs on the writer's thread
        if not count or self._trash:
            return
        companies = view is self.ui.accountTable
        if companies and (count > selection.SMALL or self._account_id in ids()):
            self._account_id = None  # the company shown may be going
            self.ui.allContactsButton.setChecked(True)
        if count > selection.SMALL:
            return _trash_run().trash_run(self, ids, count, companies=companies)
        if companies:
            self._write(lambda: self.editor.trash_accounts(ids()),
                        f"Moved {counted(count, 'company', 'companies')} to the trash."
                        " Ctrl+Z undoes it.")
        else:
            self._write(lambda: self.editor.trash_contacts(ids()),
                        f"Moved {counted(count, 'contact')} to the trash. Ctrl+Z undoes it.")

    def restore_selected(self):
        view = self._focused_view()
        count, ids = self.selected(view)
        if not count or not self._trash:
            return
        companies = view is self.ui.accountTable
        if count > selection.SMALL:
            return _trash_run().trash_run(self, ids, count, restore=True, companies=companies)
        if companies:
            self._write(lambda: self.editor.restore_accounts(ids()), "Restored from the trash.")
        else:
            self._write(lambda: self.editor.restore_contacts(ids()), "Restored from the trash.")

    def undo(self):
        """Ctrl+Z; taking back a big move goes with a progress bar (returns that
        trash_run.MoveRun)."""
        return self._step(self.editor.history.next_undo, self.editor.undo,
                          "Undo", "Undone", "Undoing")

    def redo(self):
        return self._step(self.editor.history.next_redo, self.editor.redo,
                          "Redo", "Redone", "Redoing")

    def _step(self, change, step, title: str, done: str, doing: str):
        """``step`` (the history's undo or redo) of ``change`` on the writer's thread."""
        if change is None:
            return None
        message, working = f"{done}: {change.label}.", f"{doing}: {change.label}…"
        if change.size > selection.SMALL:  # a big move: progress and Cancel
            return _trash_run().MoveRun(self, working, title, message, step)
        self._write(step, message, working)
        return None

    def find_duplicates(self):
        """Activity -> Find duplicates: the dialog, not modal; the lists follow its merges."""
        from crm_desktop.gui.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.tasks, self)
        dialog.merged.connect(self._merged)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        return dialog

    def _merged(self) -> None:
        self._update_actions()
        self.refresh()

    def _write(self, fn, message: str, working: str | None = None, then=None) -> None:
        """``fn`` on the writer's thread, then ``message``; ``working`` says meanwhile
        what is being done (a change to many rows takes a while). ``then`` is given
        what ``fn`` returned, before the window is refreshed."""
        if working:
            self.statusBar().showMessage(working)

        def done(result) -> None:
            if then is not None:
                then(result)
            self.statusBar().showMessage(message, 8000)
            self._update_actions()
            self.refresh()

        self.tasks.write(fn, done, self._write_failed)

    def _write_failed(self, exc: Exception) -> None:
        self._update_actions()
        if isinstance(exc, DamagedDatabaseError):
            self.file_damaged(str(exc))
        elif isinstance(exc, UserError):
            msgbox.warning(self, "Not saved", str(exc))
        else:
            log.error("write failed", exc_info=exc)
            msgbox.error(self, "Not saved", f"The change could not be saved: {exc}")
        self.refresh()

