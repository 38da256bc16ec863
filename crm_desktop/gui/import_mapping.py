"""The import wizard's second page: what each column becomes, with a live preview of the
first rows read through the mapping. A mixin of
:class:`~crm_desktop.gui.import_wizard.ImportWizard` (its ``ui``, ``preview`` and combos).
"""

from PySide6.QtWidgets import QComboBox, QTableWidgetItem

from crm_desktop.errors import UserError
from crm_desktop.exchange import importer
from crm_desktop.exchange import mapping as mp
from crm_desktop.exchange import values as vl
from crm_desktop.exchange.rows import RowReader

_HOW_TEXT = {"preset": "known export", "name": "column name", "contents": "contents",
             "remembered": "your earlier choice", "": ""}
_ORDER_NOTE = {vl.DAY_FIRST: "day first (a date such as 25/12 can only be read so)",
               vl.MONTH_FIRST: "month first (a date such as 12/25 can only be read so)"}
PREVIEW_COLUMNS = ("Row", "First name", "Last name", "Company", "E-mail", "Phone", "Birthday",
                   "Problem")


def field_text(field: str) -> str:
    base, _, group = field.partition("#")
    text = mp.FIELDS.get(base, base)
    return f"{text} {group}" if group else text


class MappingPage:
    def _fill_mapping(self) -> None:
        preview = self.preview
        assert preview is not None
        ui = self.ui
        suggestion = preview.suggestion
        ui.presetLabel.setText(
            "Your choices for these columns from last time." if suggestion.remembered else
            f"Recognised a {suggestion.preset.name} export." if suggestion.preset else
            "Columns matched by their names and contents: check them below.")
        table = ui.mappingTable
        table.setRowCount(len(preview.headers))
        self._combos = []
        for row, header in enumerate(preview.headers):
            table.setItem(row, 0, QTableWidgetItem(header))
            examples = [vl.text(r[row]) for r in preview.sample if row < len(r)]
            table.setItem(row, 1, QTableWidgetItem(" · ".join([e for e in examples if e][:3])))
            combo = QComboBox()
            field = suggestion.mapping.get(row, "")
            for name, text in mp.FIELDS.items():
                combo.addItem(text, name)
            if mp.base(field) != field or combo.findData(field) < 0:
                combo.addItem(field_text(field), field)  # a grouped field: "E-mail 2"
            combo.setCurrentIndex(combo.findData(field))
            combo.currentIndexChanged.connect(lambda _i: self.update_preview())
            table.setCellWidget(row, 2, combo)
            self._combos.append(combo)
            table.setItem(row, 3, QTableWidgetItem(_HOW_TEXT.get(suggestion.how.get(row, ""),
                                                                 "")))
        table.resizeColumnsToContents()
        table.setColumnWidth(1, min(table.columnWidth(1), 320))
        self.update_preview()

    def mapping(self) -> dict[int, str]:
        return {row: combo.currentData() for row, combo in enumerate(self._combos)}

    def set_field(self, header: str, field: str) -> None:
        """Choose what the column ``header`` becomes (as a user does with its combo)."""
        row = self.preview.headers.index(header)
        combo = self._combos[row]
        index = combo.findData(field)
        if index < 0:
            combo.addItem(field_text(field), field)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def update_preview(self) -> None:
        """The first rows read through the mapping as it stands: right here, they are few."""
        if self.preview is None or not self._combos:
            return
        ui = self.ui
        preview = self.preview
        mapping = self.mapping()
        ui.mappingErrorLabel.clear()
        try:
            importer.check_mapping(preview, mapping)
        except UserError as exc:
            ui.mappingErrorLabel.setText(str(exc))
        reader = RowReader(preview.headers, mapping, preview.suggestion.preset)
        order = ui.dateOrderCombo.currentData()
        notes = []
        for column in reader.date_columns:
            try:
                found = vl.date_order(r[column] for r in preview.sample if column < len(r))
            except vl.ValueProblem:
                found = None
                notes.append(f"“{preview.headers[column]}” mixes both orders: choose one.")
            reader.date_order[column] = order or found or vl.DAY_FIRST
            if found and not order:
                notes.append(f"“{preview.headers[column]}” reads {_ORDER_NOTE[found]}.")
        ui.dateOrderNote.setText(" ".join(notes))
        table = ui.previewTable
        rows = preview.sample[:12]
        table.setRowCount(len(rows))
        for n, (number, row) in enumerate(zip(preview.sample_numbers, rows, strict=False)):
            record, issues = reader.read(number, row)
            if record is None:
                cells = [str(number), "", "", "", "", "", "",
                         "; ".join(f"{i.column}: {i.message}" if i.column else i.message
                                   for i in issues)]
            else:
                day = ""
                if record.birthday_month:
                    day = f"{record.birthday_day:02d}/{record.birthday_month:02d}"
                    day += f"/{record.birthday_year}" if record.birthday_year else ""
                cells = [str(number), record.first_name, record.last_name, record.company,
                         ", ".join(v for _, v in record.emails),
                         ", ".join(v for _, v in record.phones), day, ""]
            for c, text in enumerate(cells):
                table.setItem(n, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
