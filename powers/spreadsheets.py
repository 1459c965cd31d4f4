"""What every spreadsheet the portal writes shares (the risk ledger, the import/export tables,
the open data CSV): cells that show text and never run it, and the printed tables' look."""

from __future__ import annotations

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

# A cell starting with one of these runs as a formula in Excel, WPS or LibreOffice (OWASP
# "CSV injection"); an apostrophe in front makes it text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse_formula(text: str) -> str:
    """The text with an apostrophe in front when a spreadsheet would run it as a formula."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def escape_formula(value: str) -> str:
    """The text as a spreadsheet shows it, never runs it; control characters the XLSX format
    cannot hold are dropped."""
    return defuse_formula(ILLEGAL_CHARACTERS_RE.sub("", value))


# The look of the printed tables (宋体, thin borders, a grey header row).
FONT_NAME = "宋体"
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", start_color="D9D9D9")
TITLE_FONT = Font(name=FONT_NAME, size=16, bold=True)
HEADER_FONT = Font(name=FONT_NAME, size=11, bold=True)
BODY_FONT = Font(name=FONT_NAME, size=10)
WRAP_CENTRED = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP_TOP = Alignment(vertical="top", wrap_text=True)
