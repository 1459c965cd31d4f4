"""A unit's records as the table the import reads: a title row, the kind's headers, a row per
record in the table's order. Importing the file again changes nothing."""

from __future__ import annotations

from io import BytesIO

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from powers.models import Unit

from .kinds import Kind

FONT_NAME = "宋体"
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
# A cell starting with one of these runs as a formula in a spreadsheet: written as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_formula(value: str) -> str:
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def export_rows(kind: Kind, unit: Unit) -> tuple[list[str], list[list[str]]]:
    """The headers and the rows, as text."""
    resource = kind.resource(unit=unit)
    dataset = resource.export(kind.records(unit))
    headers = [str(kind.header(key)) for key in dataset.headers]
    rows = [["" if value is None else str(value) for value in row] for row in dataset]
    return headers, rows


def export_workbook(kind: Kind, unit: Unit) -> bytes:
    headers, rows = export_rows(kind, unit)
    book = Workbook()
    sheet = book.active
    sheet.title = str(kind.label)[:31]
    title = kind.title(unit)
    book.properties.title = title
    book.properties.creator = _("权力公开透明运行平台")
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(len(headers), 1))
    title_cell = sheet.cell(row=1, column=1, value=escape_formula(title))
    title_cell.font = Font(name=FONT_NAME, size=16, bold=True)
    title_cell.alignment = Alignment(horizontal="center", vertical="center")
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=2, column=column, value=header)
        cell.font = Font(name=FONT_NAME, size=11, bold=True)
        cell.fill = PatternFill("solid", start_color="D9D9D9")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BORDER
        sheet.column_dimensions[get_column_letter(column)].width = 12 if column == 1 else 24
    for number, row in enumerate(rows, start=3):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=number, column=column)
            cell.value = escape_formula(value)
            cell.data_type = "s"
            cell.font = Font(name=FONT_NAME, size=10)
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            cell.border = BORDER
    sheet.freeze_panes = "A3"
    sheet.print_title_rows = "1:2"
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
