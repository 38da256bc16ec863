"""The main window's activity commands: Today, opening a record from it, logging, follow-ups,
feedback, the satisfaction and CRM style windows, the calendar file.

A mixin of :class:`~crm_desktop.gui.main_window.MainWindow`, as
:class:`~crm_desktop.gui.edit_actions.EditActions` is: the dialogs it opens are imported
when first asked for, not at start-up.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from crm_desktop.gui import selection

if TYPE_CHECKING:
    from crm_desktop.gui.crm_style import CrmStyleDialog
    from crm_desktop.gui.dashboard import DashboardDialog
    from crm_desktop.gui.pipeline import PipelineWindow
    from crm_desktop.gui.satisfaction import SatisfactionDialog
    from crm_desktop.gui.today_panel import TodayPanel


class ActivityActions:
    def _today_panel(self) -> "TodayPanel":
        if self._today is None:
            from crm_desktop.gui.today_panel import TodayPanel  # not at start-up

            self._today = TodayPanel(self.tasks, self.editor, self._write, self)
            self._today.open_record.connect(self.open_record)
            self.ui.todayPageLayout.addWidget(self._today)
        return self._today

    def show_today(self) -> None:
        """The Today view in place of the contact list; the sidebar says where we are."""
        panel = self._today_panel()
        self.ui.centerStack.setCurrentIndex(1)
        self.ui.todayButton.setChecked(True)
        self.ui.allContactsButton.setChecked(False)
        self.ui.trashButton.setChecked(False)
        panel.refresh()
        panel.ui.agendaTree.setFocus()

    def open_record(self, contact_id: int | None, account_id: int | None) -> None:
        """Show a contact (or company) with its timeline, from Today."""
        self._pinned = (contact_id, account_id)
        self.ui.contactTable.clearSelection()
        self.show_all_contacts()
        self._show_current()

    def log_interaction(self) -> None:
        """Ctrl+L: to the timeline's quick-add bar (type, Enter; Ctrl+Enter for the form)."""
        if self.timeline.scope is None:
            self.statusBar().showMessage("Select a contact or a company first.", 5000)
            return
        self.timeline.focus_quick_add()

    def new_followup(self) -> None:
        if self.timeline.scope is None:
            self.statusBar().showMessage("Select a contact or a company first.", 5000)
            return
        self.timeline.new_followup()

    def record_feedback(self) -> None:
        if self.timeline.scope is None or self.timeline.scope.contact_id is None:
            self.statusBar().showMessage("Select the contact who gave the feedback first.", 5000)
            return
        self.timeline.record_feedback()

    def show_satisfaction(self) -> "SatisfactionDialog":
        from crm_desktop.gui.satisfaction import SatisfactionDialog  # not at start-up

        if self._satisfaction is None:
            dialog = SatisfactionDialog(self.tasks, self.editor, self._write, self)
            dialog.open_contact.connect(lambda cid: self.open_record(cid, None))
            dialog.finished.connect(self._satisfaction_closed)
            self._satisfaction = dialog
        self._satisfaction.show()
        self._satisfaction.raise_()
        return self._satisfaction

    def _satisfaction_closed(self) -> None:
        if self._satisfaction is not None:
            self._satisfaction.deleteLater()
            self._satisfaction = None

    def show_crm_style(self) -> "CrmStyleDialog":
        from crm_desktop.gui.crm_style import CrmStyleDialog  # not at start-up

        dialog = CrmStyleDialog(self.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_calendar(self) -> None:
        self._today_panel().export_calendar()

    def open_pipeline(self) -> "PipelineWindow":
        """Activity -> Pipeline: one window, not modal; brought forward if open."""
        from crm_desktop.gui.pipeline import PipelineWindow  # not at start-up

        if self._pipeline is None:
            self._pipeline = PipelineWindow(self.tasks, self)
            self._pipeline.changed.connect(self.refresh_activity)
            self._pipeline.finished.connect(self._pipeline_closed)
        self._pipeline.show()
        self._pipeline.raise_()
        return self._pipeline

    def _pipeline_closed(self) -> None:
        self._pipeline.deleteLater()
        self._pipeline = None

    def new_deal(self):
        """Activity -> New deal: with the selected contact (or company) filled in."""
        contact_id, account_id = self._pinned or (None, None)
        contact_id = selection.first_id(self.ui.contactTable) or contact_id
        who, company = "", ""
        if contact_id is not None:
            from crm_desktop.services.contacts import get_contact

            data = get_contact(contact_id)
            who, company = data.display_name, data.company
        elif self._account_id is not None:
            from crm_desktop.services.accounts import get_account

            company = get_account(self._account_id).name
        return self.open_pipeline().new_deal(contact_id, who, company)

    def open_dashboard(self) -> "DashboardDialog":
        """View -> Dashboard: not modal; its bars and numbers open what they count."""
        from crm_desktop.gui.dashboard import DashboardDialog  # QtCharts: not at start-up
        from crm_desktop.services.dashboard import QUIET_DAYS

        dialog = DashboardDialog(self.tasks, self)
        dialog.show_quiet.connect(lambda _cutoff: self.show_not_contacted(QUIET_DAYS))
        dialog.show_account.connect(lambda aid: self.open_record(None, aid))
        dialog.show_stage.connect(self._show_stage)
        dialog.show_satisfaction.connect(self.show_satisfaction)
        dialog.show_contacts.connect(self.show_contacts_among)
        dialog.show_deals.connect(lambda month, outcome: self.open_pipeline().show_closed(
            (month, outcome)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        return dialog

    def show_not_contacted(self, days: int) -> None:
        """The contact list with its "Not contacted in N days" filter on."""
        self.show_all_contacts()
        self.ui.staleDaysSpin.setValue(days)
        if self.ui.staleCheck.isChecked():
            self.refresh_contacts()
        self.ui.staleCheck.setChecked(True)
        self.raise_()
        self.activateWindow()

    def show_contacts_among(self, label: str, among: tuple) -> None:
        """The contact list narrowed to what a dashboard bar counted (All contacts clears)."""
        self.show_all_contacts()
        self.ui.staleCheck.setChecked(False)
        self._among = (label, among)
        self.refresh_contacts()
        self.raise_()
        self.activateWindow()

    def _show_stage(self, stage_id: int) -> None:
        pipeline = self.open_pipeline()
        if stage_id:
            pipeline.focus_stage(stage_id)
