"""The rows an import left out, as a workbook the user can fix and import again:
each original row as it was, with its row number and what was wrong."""

import os
from collections.abc import Sequence
from pathlib import Path

from crm_desktop.exchange.rows import Issue
from crm_desktop.exchange.sources import Source

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_error_report(path: Path | str, source: Source, header_index: int,
                       headers: Sequence[str], issues: Sequence[Issue]) -> Path:
    """Write ``path`` (.xlsx): the problem rows of ``source`` with Row and Problem
    columns first. Written to a temporary name and renamed when complete."""
    from openpyxl import Workbook  # only when a report is asked for
    from openpyxl.styles import Font

    path = Path(path)
    problems: dict[int, list[str]] = {}
    for issue in issues:
        text = f"{issue.column}: {issue.message}" if issue.column else issue.message
        problems.setdefault(issue.row, []).append(text)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Problems")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    sheet.append([_cell(sheet, v, bold) for v in ("Row", "Problem", *headers)])
    for number, row in enumerate(source.rows(), start=1):
        if number > header_index + 1 and number in problems:
            cells = [number, "; ".join(problems[number]), *row]
            sheet.append([_cell(sheet, c) for c in cells])
    sheet.column_dimensions["B"].width = 60
    partial = path.with_name(f".{path.name}.part")
    book.save(partial)
    os.replace(partial, path)
    return path


def _cell(sheet, value, font=None):
    """A cell; text that a spreadsheet would run as a formula stays text."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        cell.data_type = "s"
    if font is not None:
        cell.font = font
    return cell
