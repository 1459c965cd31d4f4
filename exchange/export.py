"""A unit's records as the table the import reads: a title row, the kind's headers, a row per
record in the table's order. Importing the file again changes nothing."""

from __future__ import annotations

from io import BytesIO

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from powers.models import Unit
from powers.spreadsheets import (
    BODY_FONT,
    BORDER,
    HEADER_FILL,
    HEADER_FONT,
    TITLE_FONT,
    WRAP_CENTRED,
    WRAP_TOP,
    escape_formula,
)

from .kinds import Kind


def export_rows(kind: Kind, unit: Unit) -> tuple[list[str], list[list[str]]]:
    """The headers and the rows, as text."""
    resource = kind.resource(unit=unit)
    dataset = resource.export(kind.records(unit))
    headers = [str(kind.header(key)) for key in dataset.headers]
    rows = [["" if value is None else str(value) for value in row] for row in dataset]
    return headers, rows


def export_workbook(kind: Kind, unit: Unit) -> bytes:
    headers, rows = export_rows(kind, unit)
    return workbook(kind, kind.title(unit), headers, rows)


def workbook(kind: Kind, title: str, headers: list[str], rows: list[list[str]]) -> bytes:
    """The table as an .xlsx file: a title row, the headers, the rows as text."""
    book = Workbook()
    sheet = book.active
    sheet.title = str(kind.label)[:31]
    book.properties.title = title
    book.properties.creator = _("权力公开透明运行平台")
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(len(headers), 1))
    title_cell = sheet.cell(row=1, column=1, value=escape_formula(title))
    title_cell.font = TITLE_FONT
    title_cell.alignment = WRAP_CENTRED
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=2, column=column, value=header)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = WRAP_CENTRED
        cell.border = BORDER
        sheet.column_dimensions[get_column_letter(column)].width = 12 if column == 1 else 24
    for number, row in enumerate(rows, start=3):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=number, column=column)
            cell.value = escape_formula(value)
            cell.data_type = "s"
            cell.font = BODY_FONT
            cell.alignment = WRAP_TOP
            cell.border = BORDER
    sheet.freeze_panes = "A3"
    sheet.print_title_rows = "1:2"
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
