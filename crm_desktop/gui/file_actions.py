"""The main window's file commands: import contacts or feedback, import history, export,
a spreadsheet dropped on the window; backups, and what happens when the file is damaged.

A mixin of :class:`~crm_desktop.gui.main_window.MainWindow`; the wizard, the dialogs and
the exchange code are imported when first asked for, not at start-up.
"""

import time
from pathlib import Path
from typing import TYPE_CHECKING

from crm_desktop import APP_NAME
from crm_desktop.errors import UserError
from crm_desktop.gui import msgbox
from crm_desktop.store import backups, close_database, open_database
from crm_desktop.store.db import Interrupted, damage, database_proxy
from crm_desktop.text import counted

#: The background check of the whole file pauses while a search or a page is read, in
#: steps of PAUSE_STEP_S, for at most PAUSE_MAX_S at a time.
PAUSE_STEP_S = 0.005
PAUSE_MAX_S = 1.0

if TYPE_CHECKING:
    from crm_desktop.gui.backups_dialog import BackupsDialog
    from crm_desktop.gui.import_history import ImportHistoryDialog
    from crm_desktop.gui.import_wizard import ImportWizard


class FileActions:
    def import_contacts(self, path: str | None = None) -> "ImportWizard":
        """File -> Import contacts: the wizard, window-modal; the lists refresh after."""
        from crm_desktop.gui.import_wizard import ImportWizard

        wizard = ImportWizard(self.tasks, self, path)
        wizard.imported.connect(lambda _batch: self.refresh())
        wizard.undone.connect(lambda _batch: self.refresh())
        wizard.finished.connect(wizard.deleteLater)
        wizard.open()
        return wizard

    def import_feedback(self, path: str | None = None) -> None:
        """File -> Import feedback: answers matched to contacts by e-mail, in one step that
        Import history can undo; the outcome, with the rows left out, in a message."""
        from crm_desktop.exchange.sources import SUFFIXES  # not at start-up

        path = path or msgbox.open_file(
            self, "Import feedback", "Spreadsheets and CSV (" + " ".join(
                f"*{s}" for s in SUFFIXES) + ")")
        if not path:
            return

        def work():
            from crm_desktop.exchange.feedback_import import import_feedback

            return import_feedback(path)

        def done(result) -> None:
            lines = [f"{counted(result.created, 'feedback answer')} imported from {Path(path).name}"
                     f" ({result.rows:,} rows; {result.skipped:,} were already here)."]
            for issue in result.errors[:12]:
                column = f", {issue.column}" if issue.column else ""
                lines.append(f"Row {issue.row}{column}: {issue.message}")
            if len(result.errors) > 12:
                lines.append(f"… and {len(result.errors) - 12:,} more problems.")
            if result.batch:
                lines.append("File → Import history can undo it.")
            (msgbox.warning if result.errors else msgbox.about)(
                self, "Feedback imported", "\n".join(lines))
            self.refresh()

        self.tasks.write(work, done, self._write_failed)

    def export_scope(self, these: bool):
        """What "Export these" means now: the selected contacts if several are selected,
        else what the list shows (its search, company, filters)."""
        from crm_desktop.exchange.export import ExportScope

        if not these:
            return ExportScope(), "all contacts"
        count, ids = self.selected(self.ui.contactTable)
        if count > 1:  # the ids are read in the export's thread
            return ExportScope(contact_ids=ids), counted(count, "selected contact")
        scope = ExportScope(search=self.ui.searchEdit.text(), account_id=self._account_id,
                            contacted_before=self.contacted_before())
        return scope, "the contacts listed"

    def export_contacts(self, these: bool = False, path: str | None = None):
        """File -> Export (everything) or Export these; off the GUI thread, with Cancel."""
        from crm_desktop.gui.export_run import ExportRun, ask_path

        scope, label = self.export_scope(these)
        path = path or ask_path(self, "contacts.xlsx")
        if not path:
            return None
        return ExportRun(self, self.tasks, path, scope, label)

    def import_history(self) -> "ImportHistoryDialog":
        from crm_desktop.gui.import_history import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.tasks, self)
        dialog.undone.connect(lambda _batch: self.refresh())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- read-only, backups and damage -------------------------------------------------------
    def set_read_only(self, reason: str | None) -> None:
        """Look, don't touch: a banner says why, every command that writes is off, and the
        writer refuses anything that gets past (as SQLite's ``query_only`` would)."""
        self.read_only = self.tasks.read_only = reason
        self.timeline.set_read_only(reason is not None)
        # The title names the file; the banner says why, without the file's whole path.
        short = reason.removeprefix(f"{self.db_path}: ") if reason else ""
        self.ui.banner.setText(f"Read-only: {short}" if reason else "")
        self.ui.banner.setToolTip(reason or "")
        self.ui.banner.setVisible(reason is not None)
        suffix = " (read-only)" if reason else ""
        self.setWindowTitle(f"{APP_NAME} — {self.db_path.name}{suffix}")
        self._update_actions()
        self._say_why_empty()  # an empty list no longer suggests adding to it

    def open_backups(self) -> "BackupsDialog":
        from crm_desktop.gui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.tasks, self.db_path, self.read_only, self)
        dialog.restored.connect(lambda _source: self._replaced())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _replaced(self) -> None:
        """The database's contents were replaced: what undo remembers no longer exists."""
        self.editor.history.clear()
        self._update_actions()
        self.refresh()

    def check_file(self) -> None:
        """At start, in the background: SQLite's ``quick_check`` over the whole file (seconds
        for a million contacts), then the daily backup if one is due. Damage found makes the
        window read-only and offers the newest good backup."""
        db, closing, tasks = database_proxy.obj, self.closing, self.tasks

        def stop() -> bool:  # asked every few ms while the whole file is read
            # A search or a page on its way goes first: the check waits until it is
            # done and painted (a second at most), and while fences or ranks for a list
            # are built. Both want a core, and a search beside it was 40% slower (1M
            # contacts: keystroke p95 100 ms with a check or backup running, 58-73 ms
            # without).
            until = time.monotonic() + PAUSE_MAX_S
            while tasks.lists_busy and time.monotonic() < until:
                time.sleep(PAUSE_STEP_S)
            return closing.is_set()

        def work():
            if problem := damage(db, stop=stop):
                return problem, None
            if db.read_only:
                return None, None
            return None, backups.backup_if_due(db, self.db_path, stop=stop)

        def done(result) -> None:
            problem, saved = result
            if problem:
                self.file_damaged(f"{self.db_path}: is damaged ({problem}).")
            elif saved is not None:
                self.statusBar().showMessage(f"Backed up to {saved}.", 8000)

        def failed(exc: Exception) -> None:  # a full disk, say: the window carries on
            if not isinstance(exc, Interrupted):
                self.statusBar().showMessage(f"The daily backup failed: {exc}", 15000)

        self.tasks.background(work, done, key="check-file", on_error=failed, long=True)

    def file_damaged(self, problem: str) -> None:
        """Nothing more is written to a damaged file; offer the newest good backup."""
        from crm_desktop.gui.recovery import pick_backup, recovered

        self.set_read_only(f"{problem} Nothing more is saved to it.")
        good = pick_backup(self, self.db_path, problem)
        if good is None:
            return
        self.tasks.close_connections()
        close_database()  # gives the writer lock back, for recover() to take
        try:
            aside = backups.recover(self.db_path, good)
        except UserError as exc:
            msgbox.error(self, "Backup not restored", str(exc))
            aside = None
        finally:
            db = open_database(self.db_path, read_only_ok=True)
        if aside is not None:
            self.set_read_only(db.read_only)
            self._replaced()
            recovered(self, good, aside)

    @staticmethod
    def _dropped_file(event) -> str | None:
        from crm_desktop.exchange.sources import SUFFIXES as IMPORTABLE  # not at start-up

        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile():
            path = urls[0].toLocalFile()
            if Path(path).suffix.lower() in IMPORTABLE:
                return path
        return None

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._dropped_file(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if path := self._dropped_file(event):
            event.acceptProposedAction()
            self.import_contacts(path)
