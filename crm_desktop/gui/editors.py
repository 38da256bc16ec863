"""The contact and company editors: Designer forms plus loading, reading and validating.

Both open window-modal with ``open()`` (never a blocking ``exec()``) and emit
``saved`` with cleaned data when the user saves valid input; the main window
writes it through the single writer.
"""

import calendar

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QCompleter,
    QDialog,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
)

from crm_desktop.errors import ValidationError
from crm_desktop.gui.forms.ui_account_editor import Ui_AccountEditorDialog
from crm_desktop.gui.forms.ui_contact_editor import Ui_ContactEditorDialog
from crm_desktop.services import accounts, contacts
from crm_desktop.services.accounts import AccountData
from crm_desktop.services.contacts import ContactData, validate
from crm_desktop.store.models import LABELS, STATUSES


class _ValueDelegate(QStyledItemDelegate):
    """Tab and Shift+Tab while a value is typed go on to the form's next or previous field,
    as from any other field, keeping what was typed (not to the next cell of the table)."""

    def eventFilter(self, editor, event) -> bool:  # noqa: N802 - Qt's name
        keys = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if event.type() == QEvent.Type.KeyPress and event.key() in keys:
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.parent().focusNextPrevChild(event.key() == Qt.Key.Key_Tab)
            return True
        return super().eventFilter(editor, event)


class _ItemTable(QObject):
    """The e-mail or phone table: a label combo and a value per row.

    Tabbing into it starts typing the value (the label is picked with the mouse): Tab used
    to land on the label's combo, and an address typed then went nowhere."""

    def __init__(self, table: QTableWidget, default_label: str):
        super().__init__(table)
        self.table = table
        self.default_label = default_label
        table.setColumnWidth(0, 110)
        table.setTabKeyNavigation(False)  # Tab leaves the table, as it leaves a field
        table.setItemDelegateForColumn(1, _ValueDelegate(table))
        table.installEventFilter(self)

    def eventFilter(self, table, event) -> bool:  # noqa: N802 - Qt's name
        reasons = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        if event.type() == QEvent.Type.FocusIn and event.reason() in reasons:
            if not table.rowCount():
                self.add()
            row = max(table.currentRow(), 0)
            table.setCurrentCell(row, 1)
            table.editItem(table.item(row, 1))
        return False

    def add(self, label: str | None = None, value: str = "", edit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox()
        combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # not in the Tab order (see above)
        for name in LABELS:
            combo.addItem(name.capitalize(), name)
        combo.setCurrentIndex(LABELS.index(label or self.default_label))
        self.table.setCellWidget(row, 0, combo)
        self.table.setItem(row, 1, QTableWidgetItem(value))
        if edit:
            self.table.setCurrentCell(row, 1)
            self.table.editItem(self.table.item(row, 1))

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def load(self, items: list[tuple[str, str]]) -> None:
        self.table.setRowCount(0)
        for label, value in items:
            self.add(label, value)

    def items(self) -> list[tuple[str, str]]:
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 1)
            value = item.text().strip() if item else ""
            if value:
                out.append((self.table.cellWidget(row, 0).currentData(), value))
        return out


class ContactEditorDialog(QDialog):
    saved = Signal(object)  # cleaned ContactData

    def __init__(self, parent=None, data: ContactData | None = None, contact_id: int | None = None):
        super().__init__(parent)
        self.ui = Ui_ContactEditorDialog()
        self.ui.setupUi(self)
        self.contact_id = contact_id
        self.setWindowTitle("New contact" if contact_id is None else "Edit contact")
        self.ui.errorLabel.hide()
        for status in STATUSES:
            self.ui.statusCombo.addItem(status.capitalize(), status)
        self.ui.birthdayMonthCombo.addItem("Month", None)
        for month in range(1, 13):
            self.ui.birthdayMonthCombo.addItem(calendar.month_name[month], month)
        self.emails = _ItemTable(self.ui.emailTable, "work")
        self.phones = _ItemTable(self.ui.phoneTable, "mobile")
        self.ui.addEmailButton.clicked.connect(lambda: self.emails.add(edit=True))
        self.ui.removeEmailButton.clicked.connect(self.emails.remove_current)
        self.ui.addPhoneButton.clicked.connect(lambda: self.phones.add(edit=True))
        self.ui.removePhoneButton.clicked.connect(self.phones.remove_current)
        self._companies = QStringListModel(self)
        completer = QCompleter(self._companies, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.companyEdit.setCompleter(completer)
        self.ui.companyEdit.textEdited.connect(
            lambda text: self._companies.setStringList(accounts.account_names(text))
        )
        self._warned = _SaveAgain(self)  # contacts named as having an address given
        self.ui.companyHintLabel.hide()
        self.ui.companyEdit.textChanged.connect(self._company_hint)
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.load(data or ContactData())
        self.ui.firstNameEdit.setFocus()

    def _company_hint(self, text: str) -> None:
        """Say when the company typed is not one there is (half a name left as typed, a
        typo): saving adds it as a new company."""
        name = " ".join(text.split())
        new = bool(name) and accounts.find_account(name) is None
        self.ui.companyHintLabel.setText(
            f"New company: saving adds “{name}”." if new else "")
        if new:
            _show_wrapped(self, self.ui.companyHintLabel)
        else:
            self.ui.companyHintLabel.hide()

    def load(self, data: ContactData) -> None:
        ui = self.ui
        for edit, value in (
            (ui.firstNameEdit, data.first_name), (ui.lastNameEdit, data.last_name),
            (ui.companyEdit, data.company), (ui.jobTitleEdit, data.job_title),
            (ui.streetEdit, data.street), (ui.cityEdit, data.city), (ui.regionEdit, data.region),
            (ui.postalCodeEdit, data.postal_code), (ui.countryEdit, data.country),
            (ui.tagsEdit, data.tags), (ui.sourceEdit, data.source),
        ):
            edit.setText(value)
        ui.notesEdit.setPlainText(data.notes)
        ui.statusCombo.setCurrentIndex(max(ui.statusCombo.findData(data.status), 0))
        ui.birthdayDaySpin.setValue(data.birthday_day or 0)
        ui.birthdayMonthCombo.setCurrentIndex(data.birthday_month or 0)
        ui.birthdayYearSpin.setValue(data.birthday_year or ui.birthdayYearSpin.minimum())
        self.emails.load(data.emails or [("work", "")])
        self.phones.load(data.phones or [("mobile", "")])

    def data(self) -> ContactData:
        ui = self.ui
        year = ui.birthdayYearSpin.value()
        return ContactData(
            first_name=ui.firstNameEdit.text(), last_name=ui.lastNameEdit.text(),
            job_title=ui.jobTitleEdit.text(), company=ui.companyEdit.text(),
            emails=self.emails.items(), phones=self.phones.items(),
            street=ui.streetEdit.text(), city=ui.cityEdit.text(), region=ui.regionEdit.text(),
            postal_code=ui.postalCodeEdit.text(), country=ui.countryEdit.text(),
            birthday_year=None if year == ui.birthdayYearSpin.minimum() else year,
            birthday_month=ui.birthdayMonthCombo.currentData(),
            birthday_day=ui.birthdayDaySpin.value() or None,
            tags=ui.tagsEdit.text(), notes=ui.notesEdit.toPlainText(),
            status=ui.statusCombo.currentData(), source=ui.sourceEdit.text(),
        )

    _FIELD_WIDGETS = {
        "first_name": ("detailsTab", "firstNameEdit"), "email": ("detailsTab", "emailTable"),
        "phone": ("detailsTab", "phoneTable"), "status": ("detailsTab", "statusCombo"),
        "birthday": ("moreTab", "birthdayDaySpin"),
    }

    def _save(self) -> None:
        try:
            clean = validate(self.data())
        except ValidationError as exc:
            show_error(self, exc, self._FIELD_WIDGETS.get(exc.field))
            return
        others = contacts.having_emails([e for _, e in clean.emails], self.contact_id)
        if others:
            _, name, address = others[0]
            more = f" (and {len(others) - 1} more)" if len(others) > 1 else ""
            if self._warned.first_time({o[0] for o in others}, ValidationError("email", (
                    f"{name}{more} already has {address}. Save again to keep both anyway "
                    "(Activity → Find duplicates merges them later), or Cancel.")),
                    self._FIELD_WIDGETS["email"]):
                return
        self.accept()
        self.saved.emit(clean)


class AccountEditorDialog(QDialog):
    saved = Signal(object)  # AccountData

    _EDITS = ("name", "industry", "website", "phone", "street", "city", "region", "postal_code",
              "country", "tags")

    def __init__(self, parent=None, data: AccountData | None = None, account_id: int | None = None):
        super().__init__(parent)
        self.ui = Ui_AccountEditorDialog()
        self.ui.setupUi(self)
        self.account_id = account_id
        self.setWindowTitle("New company" if account_id is None else "Edit company")
        self.ui.errorLabel.hide()
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)
        data = data or AccountData()
        for name in self._EDITS:
            self._edit(name).setText(getattr(data, name))
        self.ui.notesEdit.setPlainText(data.notes)
        self.ui.nameEdit.setFocus()
        self._warned = _SaveAgain(self)  # companies named as having the name given

    def _edit(self, name: str):
        camel = name.split("_")[0] + "".join(p.capitalize() for p in name.split("_")[1:])
        return getattr(self.ui, f"{camel}Edit")

    def data(self) -> AccountData:
        return AccountData(
            **{name: self._edit(name).text().strip() for name in self._EDITS},
            notes=self.ui.notesEdit.toPlainText(),
        )

    def _save(self) -> None:
        data = self.data()
        if not data.name:
            show_error(self, ValidationError("name", "A company needs a name."), (None, "nameEdit"))
            return
        same = accounts.find_account(data.name)  # without case, accents or spaces: as a contact's
        if same is not None and same != self.account_id and self._warned.first_time(
                {same}, ValidationError("name", (
                    f"A company named “{accounts.get_account(same).name}” already exists. Save "
                    "again to have a second one of that name anyway (a contact that names it "
                    "still goes to the first).")), (None, "nameEdit")):
            return
        self.accept()
        self.saved.emit(data)


class _SaveAgain:
    """A warning an editor gives once at Save, about records it names (a contact with the
    same address, a company of the same name); pressed again, Save saves."""

    def __init__(self, dialog: QDialog):
        self.dialog = dialog
        self.named: set[int] = set()

    def first_time(self, ids: set[int], exc: ValidationError, where) -> bool:
        """Show ``exc`` unless every one of ``ids`` was named before; True if shown."""
        if ids <= self.named:
            return False
        self.named |= ids
        show_error(self.dialog, exc, where)
        return True


def _show_wrapped(dialog: QDialog, label) -> None:
    """Show a word-wrapped message ``label``, the window growing for all its lines.

    Qt sizes a window from its widgets' minimum heights, and a wrapped label's is one
    line: the window did not grow for a second line, and the fields above were squeezed
    (the company's to 14 px of 26, with its hint and a message both shown)."""
    label.show()
    dialog.layout().activate()
    label.setMinimumHeight(label.heightForWidth(label.width()))


def show_error(dialog: QDialog, exc: Exception, where: tuple[str | None, str] | None) -> None:
    """Show ``exc`` under the form and put the cursor where the problem is."""
    dialog.ui.errorLabel.setText(str(exc))
    _show_wrapped(dialog, dialog.ui.errorLabel)
    if where:
        tab, widget = where
        if tab and hasattr(dialog.ui, "tabs"):
            dialog.ui.tabs.setCurrentWidget(getattr(dialog.ui, tab))
        getattr(dialog.ui, widget).setFocus()
