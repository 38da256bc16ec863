"""Reading the rows of a spreadsheet or CSV file, whatever wrote it.

Workbooks (.xlsx, .xlsm, .xls, .ods) are read with python-calamine (13x faster
than openpyxl here); CSV files have their encoding and delimiter found. A file
that cannot be read at all raises :class:`ImportFileError` naming the file and
the reason. Rows come as lists of cell values, from the sheet's first row, so a
row's index + 1 is the row number the user sees in their spreadsheet program.
"""

import codecs
import csv
import io
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from crm_desktop.errors import UserError

WORKBOOKS = {".xlsx": b"PK\x03\x04", ".xlsm": b"PK\x03\x04", ".ods": b"PK\x03\x04",
             ".xls": b"\xd0\xcf\x11\xe0"}
TEXT_FILES = {".csv", ".tsv", ".txt"}
VCARDS = {".vcf", ".vcard"}
SUFFIXES = (*WORKBOOKS, *TEXT_FILES, *VCARDS)
_DELIMITERS = ",;\t|"


class ImportFileError(UserError):
    """A file that cannot be imported at all; the message names the file and why."""

    def __init__(self, path: Path | str, reason: str):
        self.path, self.reason = Path(path), reason
        super().__init__(f"{Path(path).name}: {reason}")


@dataclass
class Source:
    """One sheet of a file, ready to be read row by row."""

    path: Path
    sheets: list[str]
    sheet: str
    encoding: str = ""  # CSV only
    delimiter: str = ""  # CSV only
    _text: str | None = field(default=None, repr=False)
    _book: object = field(default=None, repr=False)  # workbooks: opened once
    _parsed: dict = field(default_factory=dict, repr=False)  # sheet name -> parsed once

    def rows(self) -> Iterator[list]:
        """Every row of the sheet from row 1, as lists of cell values."""
        if self._text is not None:
            yield from csv.reader(io.StringIO(self._text, newline=""), delimiter=self.delimiter)
            return
        yield from self.parsed(self.sheet).iter_rows()

    @property
    def is_workbook(self) -> bool:
        return self._text is None

    def height(self) -> int:
        """Rows in the sheet (a workbook's, as parsed; a CSV file's lines)."""
        if self._text is not None:
            return self._text.count("\n") + 1
        return self.parsed(self.sheet).height

    def release(self) -> None:
        """Let go of parsed sheets (read again if rows are asked for later)."""
        self._parsed.clear()

    def parsed(self, name: str):
        if name not in self._parsed:
            try:
                self._parsed[name] = self._book.get_sheet_by_name(name)
            except Exception as exc:  # calamine raises several kinds for damaged sheets
                raise ImportFileError(
                    self.path, f"sheet {name!r} cannot be read ({_reason(exc)})"
                ) from exc
        return self._parsed[name]

    def head(self, n: int = 60) -> list[list]:
        out = []
        for row in self.rows():
            out.append(row)
            if len(out) >= n:
                break
        return out


def open_source(path: Path | str, sheet: str | None = None) -> Source:
    """The sheet ``sheet`` (default: the first with data) of the file at ``path``."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ImportFileError(path, "no such file")
    if suffix not in SUFFIXES:
        raise ImportFileError(
            path, f"not a file this can import (use {', '.join(SUFFIXES)})"
        )
    if suffix in TEXT_FILES or suffix in VCARDS:
        source = _text_source(path) if suffix in TEXT_FILES else _vcard_source(path)
        if sheet not in (None, "", source.sheet):
            raise ImportFileError(path, f"a {suffix[1:].upper()} file has no sheet {sheet!r}")
        return source
    return _workbook_source(path, suffix, sheet)


def _vcard_source(path: Path) -> Source:
    """vCards read as a sheet whose headers the importer maps by itself."""
    from crm_desktop.exchange.vcard import VCardError, as_csv

    data = path.read_bytes()
    if not data.strip():
        raise ImportFileError(path, "the file is empty")
    text, encoding = decode(path, data)
    if "BEGIN:VCARD" not in text.upper():
        raise ImportFileError(path, "no vCards in it (no BEGIN:VCARD)")
    try:
        table = as_csv(text)
    except VCardError as exc:
        raise ImportFileError(path, str(exc)) from exc
    return Source(path, [path.stem], path.stem, encoding, ",", table)


def _workbook_source(path: Path, suffix: str, sheet: str | None) -> Source:
    from python_calamine import CalamineWorkbook  # Rust extension: only when importing

    with path.open("rb") as f:
        magic = f.read(4)
    if not magic:
        raise ImportFileError(path, "the file is empty")
    if magic != WORKBOOKS[suffix]:
        raise ImportFileError(
            path, f"not a {suffix[1:]} workbook (damaged, or another kind of file)"
        )
    try:
        book = CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
    except Exception as exc:  # calamine raises several kinds for damaged files
        raise ImportFileError(path, f"the workbook cannot be read ({_reason(exc)})") from exc
    if not names:
        raise ImportFileError(path, "the workbook has no sheets")
    if sheet:
        if sheet not in names:
            raise ImportFileError(
                path, f"no sheet {sheet!r} (it has {', '.join(repr(n) for n in names)})"
            )
        return Source(path, names, sheet, _book=book)
    source = Source(path, names, names[0], _book=book)
    # the first sheet with a header and a row, else the first with anything
    heights = {}
    for name in names:
        heights[name] = source.parsed(name).height
        if heights[name] >= 2:
            break
    source.sheet = next((n for n, h in heights.items() if h >= 2),
                        next((n for n, h in heights.items() if h), names[0]))
    return source


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


def _text_source(path: Path) -> Source:
    data = path.read_bytes()
    if not data.strip():
        raise ImportFileError(path, "the file is empty")
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not utf16 and b"\x00" in data[:65536]:
        raise ImportFileError(path, "binary data, not text: not a CSV file")
    text, encoding = decode(path, data)
    return Source(path, [path.stem], path.stem, encoding, sniff_delimiter(text), text)


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """Text from CSV bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, or
    Windows-1252 as Outlook and Excel write it on Windows."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    elif data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    else:
        candidates = ["utf-8", "cp1252"]
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ImportFileError(
        path, "the text is in an encoding this cannot tell (save it as UTF-8 CSV)"
    )


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number (>1) of
    fields most often; a comma if none does."""
    lines = [line for line in text[:65536].splitlines()[:40] if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        widths = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        width, times = Counter(widths).most_common(1)[0] if widths else (1, 0)
        score = (times, width) if width > 1 else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best
