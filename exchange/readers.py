"""Files as tables of text: the spreadsheets and Word tables units already keep.

Each reader turns one uploaded file into :class:`Sheet` objects (an Excel worksheet, a Word
table, a CSV file): rows of cell texts as a person reads them, with each row's number as the
file shows it, so that an error can name "第 7 行". Merged cells hold their value in every cell
they cover (Excel keeps it in the top-left cell only), so a post merged down over three risks
belongs to all three rows. Which row is the header, and which rows are data, is
:mod:`exchange.headers`' business.

Excel is read with openpyxl, Word tables with python-docx (which already repeats a merged
cell's text), CSV with the csv module once the encoding is known: UTF-8 with or without BOM,
otherwise GB18030 (which covers GBK and GB2312), as office software in China saves it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from risks.uploads import check_archive

SUFFIXES = (".xlsx", ".csv", ".docx")


class UnreadableFile(ValueError):
    """The file cannot be read as a table; the message says why, for the official."""


@dataclass
class Sheet:
    """One table of a file: its name and its rows, each ``(row number, [cell text, ...])``."""

    name: str
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    # The lines printed above the table in a Word file (its title, a note): a list's name
    # (村级证明事项负面清单) is often there and nowhere in the table.
    notes: list[str] = field(default_factory=list)


def cell_text(value) -> str:
    """A cell's value as text: integers without ``.0``, dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def _check_archive(data: bytes) -> None:
    """The same bounds as every other Word or Excel upload (README, UPLOAD_ARCHIVE_*)."""
    try:
        check_archive(io.BytesIO(data), noun=_("导入的文件"))
    except ValidationError as error:
        raise UnreadableFile(error.messages[0]) from error
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UnreadableFile(_("文件已损坏或不是 Word/Excel 文件。"))


def read_xlsx(data: bytes) -> list[Sheet]:
    from openpyxl import load_workbook

    _check_archive(data)
    try:
        book = load_workbook(io.BytesIO(data), data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise UnreadableFile(_("无法读取 Excel 文件：%(error)s") % {"error": error}) from error
    sheets = []
    for worksheet in book.worksheets:
        values = [
            [cell_text(value) for value in row] for row in worksheet.iter_rows(values_only=True)
        ]
        # A merged range shows its top-left value in every cell it covers.
        for merged in worksheet.merged_cells.ranges:
            top = merged.min_row - 1
            left = merged.min_col - 1
            if top >= len(values):
                continue
            value = values[top][left] if left < len(values[top]) else ""
            for r in range(merged.min_row - 1, min(merged.max_row, len(values))):
                row = values[r]
                for c in range(merged.min_col - 1, min(merged.max_col, len(row))):
                    row[c] = value
        sheet = Sheet(worksheet.title)
        sheet.rows = [(number, row) for number, row in enumerate(values, start=1) if any(row)]
        sheets.append(sheet)
    return sheets


def decode_csv(data: bytes) -> str:
    """The CSV's text: UTF-8 (with or without BOM) when it decodes as such, else GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as error:
        raise UnreadableFile(_("无法识别 CSV 文件的编码，请另存为 UTF-8 或 GB18030。")) from error


def read_csv(data: bytes, name: str = "") -> list[Sheet]:
    text = decode_csv(data)
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    sheet = Sheet(PurePath(name).stem or "CSV")
    for number, row in enumerate(reader, start=1):
        cells = [cell_text(value) for value in row]
        if any(cells):
            sheet.rows.append((number, cells))
    return [sheet]


def read_docx(data: bytes) -> list[Sheet]:
    import docx
    from docx.table import Table as DocxTable

    _check_archive(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds for a broken file
        raise UnreadableFile(_("无法读取 Word 文件：%(error)s") % {"error": error}) from error
    sheets = []
    notes: list[str] = []
    index = 0
    for block in document.iter_inner_content():
        if not isinstance(block, DocxTable):
            if text := cell_text(block.text):
                notes.append(text)
            continue
        table = block
        index += 1
        sheet = Sheet(_("表格 %(n)s") % {"n": index}, notes=notes[-3:])
        notes = []
        for number, row in enumerate(table.rows, start=1):
            # python-docx repeats a merged cell's text in each grid cell it spans.
            cells = [cell_text(cell.text) for cell in row.cells]
            if any(cells):
                sheet.rows.append((number, cells))
        sheets.append(sheet)
    return sheets


def read_tables(name: str, data: bytes) -> list[Sheet]:
    """Every table of the file, by its name's suffix."""
    suffix = PurePath(name).suffix.lower()
    if suffix == ".xlsx":
        return read_xlsx(data)
    if suffix == ".csv":
        return read_csv(data, name)
    if suffix == ".docx":
        return read_docx(data)
    raise UnreadableFile(
        _("只能导入 Excel（.xlsx）、CSV（.csv）或 Word（.docx）文件，不能导入“%(name)s”。")
        % {"name": PurePath(name).name}
    )
