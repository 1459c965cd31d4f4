"""The text of an uploaded document (PDF, Word .docx, Excel .xlsx), read so that the personal
data in an attachment is found as it is in a record's own fields.

Bounded: pdftotext runs with a time limit, a sheet is read cell by cell up to a number of
cells, and the text is cut at :data:`MAX_CHARS`. A file that cannot be read gives ``None``:
the page says so, and the official checks it by eye.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from typing import BinaryIO

logger = logging.getLogger(__name__)

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TEXT_TYPES = frozenset({PDF, DOCX, XLSX})

MAX_CHARS = 2_000_000
MAX_CELLS = 500_000
PDF_SECONDS = 30


def document_text(file: BinaryIO, content_type: str) -> str | None:
    """The text of the open document ``file``, paragraphs and cells on lines of their own;
    ``""`` for a type that holds no text (a photo); ``None`` when it could not be read."""
    reader = {PDF: _pdf_text, DOCX: _docx_text, XLSX: _xlsx_text}.get(content_type)
    if reader is None:
        return ""
    try:
        return reader(file)[:MAX_CHARS]
    except Exception:  # a damaged or hostile file: reported as unreadable, never a crash
        name = getattr(file, "name", "")
        logger.warning("could not read the text of %s (%s)", name, content_type, exc_info=True)
        return None


def _pdf_text(file: BinaryIO) -> str:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        raise RuntimeError("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(
        [pdftotext, "-q", "-enc", "UTF-8", "-", "-"],  # the PDF on stdin, the text on stdout
        input=file.read(),
        capture_output=True,
        timeout=PDF_SECONDS,
        check=True,
    )
    return done.stdout[: MAX_CHARS * 4].decode("utf-8", errors="replace")


def _docx_text(file: BinaryIO) -> str:
    from docx import Document
    from docx.oxml.ns import qn

    document = Document(file)
    parts = [document.element.body]
    for section in document.sections:
        parts += [section.header._element, section.footer._element]
    lines, size = [], 0
    for part in parts:
        # Every paragraph, those in table cells included, on a line of its own.
        for paragraph in part.iter(qn("w:p")):
            line = "".join(node.text or "" for node in paragraph.iter(qn("w:t")))
            lines.append(line)
            size += len(line) + 1
            if size > MAX_CHARS:
                return "\n".join(lines)
    return "\n".join(lines)


def _cell_text(value) -> str:
    # A number typed into a sheet (a phone, a card) is read as a float: 13812345678.0.
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _xlsx_text(file: BinaryIO) -> str:
    from openpyxl import load_workbook

    workbook = load_workbook(file, read_only=True, data_only=True)
    try:
        lines, cells = [], 0
        for sheet in workbook.worksheets:
            lines.append(sheet.title)
            for row in sheet.iter_rows(values_only=True):
                values = [_cell_text(value) for value in row if value is not None]
                cells += len(row)
                if values:
                    lines.append("\n".join(values))
                if cells > MAX_CELLS:
                    return "\n".join(lines)
        return "\n".join(lines)
    finally:
        workbook.close()
