"""The interaction and follow-up editors (Designer forms). Like the contact editor,
they open window-modal and emit ``saved`` with checked data; the caller writes it."""

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from crm_desktop.errors import ValidationError
from crm_desktop.gui.forms.ui_feedback_editor import Ui_FeedbackEditorDialog
from crm_desktop.gui.forms.ui_followup_editor import Ui_FollowupEditorDialog
from crm_desktop.gui.forms.ui_interaction_editor import Ui_InteractionEditorDialog
from crm_desktop.gui.resources import icon
from crm_desktop.services import feedback, followups, interactions
from crm_desktop.services.feedback import CHANNEL_LABELS, CSAT_LABELS, FeedbackData
from crm_desktop.services.followups import FollowupData
from crm_desktop.services.interactions import KIND_LABELS, TIMED_KINDS, InteractionData

FOLLOWUP_AFTER_DAYS = 7  # the default day offered for a follow-up


def default_currency() -> str:
    code = QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return code if len(code) == 3 else "EUR"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _show_error(label, exc: ValidationError, focus: dict[str, QWidget]) -> None:
    label.setText(str(exc))
    label.setStyleSheet("color: #b91c1c")
    widget = focus.get(exc.field)
    if widget is not None:
        widget.setFocus()


class InteractionEditorDialog(QDialog):
    """Log or edit one interaction; optionally plan a follow-up in the same step."""

    #: (checked data, the follow-up day asked for or None)
    saved = Signal(object, object)

    def __init__(self, parent, data: InteractionData, with_text: str, *, editing: bool = False):
        super().__init__(parent)
        self.ui = Ui_InteractionEditorDialog()
        self.ui.setupUi(self)
        self._data = data
        ui = self.ui
        for kind, label in KIND_LABELS.items():
            ui.kindCombo.addItem(icon(f"kind-{kind}"), label, kind)
        ui.statusCombo.addItem("Open", "open")
        ui.statusCombo.addItem("Resolved", "resolved")
        ui.withLabel.setText(with_text)
        ui.kindCombo.setCurrentIndex(list(KIND_LABELS).index(data.kind))
        moment = (data.occurred_at or datetime.now().astimezone()).astimezone()
        ui.whenEdit.setDateTime(QDateTime(
            _qdate(moment.date()), QTime(moment.hour, moment.minute)))
        ui.subjectEdit.setText(data.subject)
        ui.bodyEdit.setPlainText(data.body)
        ui.outcomeEdit.setText(data.outcome)
        ui.durationSpin.setValue(data.duration_minutes or 0)
        ui.amountEdit.setText(f"{data.amount:.2f}" if data.amount is not None else "")
        ui.currencyEdit.setText(data.currency or default_currency())
        ui.statusCombo.setCurrentIndex(1 if data.status == "resolved" else 0)
        ui.followupDateEdit.setDate(_qdate(date.today() + timedelta(days=FOLLOWUP_AFTER_DAYS)))
        ui.followupCheck.toggled.connect(ui.followupDateEdit.setEnabled)
        if editing:  # a follow-up is planned from the timeline for logged ones
            ui.interactionForm.setRowVisible(ui.followupCheck, False)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.buttonBox.accepted.connect(self._save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self._kind_changed()
        self.setWindowTitle(f"{'Edit' if editing else 'Log'} {self.kind_label.lower()}")
        ui.subjectEdit.setFocus()

    @property
    def kind(self) -> str:
        return self.ui.kindCombo.currentData()

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    def _kind_changed(self) -> None:
        ui, kind = self.ui, self.kind
        form = ui.interactionForm
        form.setRowVisible(ui.durationSpin, kind in TIMED_KINDS)
        form.setRowVisible(ui.amountLayout, kind == "purchase")
        form.setRowVisible(ui.statusCombo, kind == "support")

    def data(self) -> InteractionData:
        ui = self.ui
        when = ui.whenEdit.dateTime()
        d, t = when.date(), when.time()
        moment = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone()
        return InteractionData(
            kind=self.kind,
            occurred_at=moment,
            subject=ui.subjectEdit.text(),
            body=ui.bodyEdit.toPlainText(),
            outcome=ui.outcomeEdit.text(),
            duration_minutes=ui.durationSpin.value() or None,
            amount=ui.amountEdit.text() if self.kind == "purchase" else None,
            currency=ui.currencyEdit.text(),
            status=ui.statusCombo.currentData() if self.kind == "support" else None,
            contact_id=self._data.contact_id,
            account_id=self._data.account_id,
        )

    def followup_day(self) -> date | None:
        if not self.ui.followupCheck.isChecked():
            return None
        return self.ui.followupDateEdit.date().toPython()

    def _save(self) -> None:
        ui = self.ui
        try:
            clean = interactions.validate(self.data())
        except ValidationError as exc:
            _show_error(ui.errorLabel, exc, {
                "subject": ui.subjectEdit, "amount": ui.amountEdit, "currency": ui.currencyEdit,
                "duration": ui.durationSpin,
            })
            return
        self.saved.emit(clean, self.followup_day())
        self.accept()


class FollowupEditorDialog(QDialog):
    saved = Signal(object)  # checked FollowupData

    def __init__(self, parent, data: FollowupData, with_text: str, *, editing: bool = False):
        super().__init__(parent)
        self.ui = Ui_FollowupEditorDialog()
        self.ui.setupUi(self)
        self._data = data
        ui = self.ui
        ui.withLabel.setText(with_text)
        ui.dueDateEdit.setDate(_qdate(data.due_date))
        ui.timeCheck.setChecked(data.due_time is not None)
        ui.timeEdit.setEnabled(data.due_time is not None)
        at = data.due_time or time(9, 0)
        ui.timeEdit.setTime(QTime(at.hour, at.minute))
        ui.timeCheck.toggled.connect(ui.timeEdit.setEnabled)
        ui.noteEdit.setPlainText(data.note)
        ui.buttonBox.accepted.connect(self._save)
        ui.buttonBox.rejected.connect(self.reject)
        self.setWindowTitle("Edit follow-up" if editing else "New follow-up")
        ui.noteEdit.setFocus()

    def data(self) -> FollowupData:
        ui = self.ui
        at = ui.timeEdit.time()
        return FollowupData(
            due_date=ui.dueDateEdit.date().toPython(),
            due_time=time(at.hour(), at.minute()) if ui.timeCheck.isChecked() else None,
            note=ui.noteEdit.toPlainText(),
            contact_id=self._data.contact_id,
            account_id=self._data.account_id,
            interaction_id=self._data.interaction_id,
        )

    def _save(self) -> None:
        try:
            clean = followups.validate(self.data())
        except ValidationError as exc:
            _show_error(self.ui.errorLabel, exc, {"note": self.ui.noteEdit})
            return
        self.saved.emit(clean)
        self.accept()


class FeedbackEditorDialog(QDialog):
    """Record (or edit) a customer's feedback; "needs follow-up" plans one that day."""

    saved = Signal(object, object)  # (checked FeedbackData, follow-up day or None)

    def __init__(self, parent, data: FeedbackData, with_text: str, *, editing: bool = False):
        super().__init__(parent)
        self.ui = Ui_FeedbackEditorDialog()
        self.ui.setupUi(self)
        self._data = data
        ui = self.ui
        for channel, label in CHANNEL_LABELS.items():
            ui.channelCombo.addItem(label, channel)
        ui.csatCombo.addItem("—", None)
        for score, label in CSAT_LABELS.items():
            ui.csatCombo.addItem(label, score)
        ui.npsCombo.addItem("—", None)
        for score in range(11):
            kind = "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"
            ui.npsCombo.addItem(f"{score} ({kind})", score)
        for name in feedback.categories():
            ui.categoryCombo.addItem(name)
        ui.withLabel.setText(with_text)
        ui.dateEdit.setDate(_qdate(data.given_on))
        ui.dateEdit.setMaximumDate(_qdate(date.today()))
        ui.channelCombo.setCurrentIndex(max(0, ui.channelCombo.findData(data.channel)))
        ui.csatCombo.setCurrentIndex(max(0, ui.csatCombo.findData(data.csat)))
        ui.npsCombo.setCurrentIndex(max(0, ui.npsCombo.findData(data.nps)))
        ui.categoryCombo.setCurrentText(data.category)
        ui.commentEdit.setPlainText(data.comment)
        ui.followupDateEdit.setDate(_qdate(date.today() + timedelta(days=1)))
        ui.followupCheck.toggled.connect(ui.followupDateEdit.setEnabled)
        if editing:
            ui.feedbackForm.setRowVisible(ui.followupCheck, False)
        ui.csatCombo.currentIndexChanged.connect(self._suggest_followup)
        ui.npsCombo.currentIndexChanged.connect(self._suggest_followup)
        ui.buttonBox.accepted.connect(self._save)
        ui.buttonBox.rejected.connect(self.reject)
        self.setWindowTitle("Edit feedback" if editing else "Record feedback")
        ui.csatCombo.setFocus()

    def _suggest_followup(self) -> None:
        """An unhappy answer ticks "needs follow-up" (the user may untick it)."""
        csat, nps = self.ui.csatCombo.currentData(), self.ui.npsCombo.currentData()
        if (csat is not None and csat <= feedback.UNHAPPY_CSAT) or (
                nps is not None and nps <= feedback.DETRACTOR_MAX):
            self.ui.followupCheck.setChecked(True)

    def data(self) -> FeedbackData:
        ui = self.ui
        return FeedbackData(
            contact_id=self._data.contact_id,
            given_on=ui.dateEdit.date().toPython(),
            channel=ui.channelCombo.currentData(),
            csat=ui.csatCombo.currentData(),
            nps=ui.npsCombo.currentData(),
            category=ui.categoryCombo.currentText(),
            comment=ui.commentEdit.toPlainText(),
        )

    def followup_day(self) -> date | None:
        if not self.ui.followupCheck.isChecked() or not self.ui.followupCheck.isVisible():
            return None
        return self.ui.followupDateEdit.date().toPython()

    def _save(self) -> None:
        ui = self.ui
        try:
            clean = feedback.validate(self.data())
        except ValidationError as exc:
            _show_error(ui.errorLabel, exc, {
                "csat": ui.csatCombo, "nps": ui.npsCombo, "category": ui.categoryCombo,
                "given_on": ui.dateEdit})
            return
        self.saved.emit(clean, self.followup_day())
        self.accept()
