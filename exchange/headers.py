"""Finding the table in a file: its header row(s), what each column is, and its data rows.

Published tables put a title, a "填报单位" line or notes above the header, write one header in
many ways (``序 号``, ``风险 类别``, ``廉政风险主要内容及表现形式``), split a header over two rows
(实施主体 → 实施机关 / 承办机构), and put category, total or approval rows that span the whole
table between or below the data. The header is the row (or pair of rows) whose cells name the
most known columns of the kind being imported; a column is known by its canonical header, its
synonyms (examples/SOURCES.md's table) or what the unit chose in an earlier preview
(:class:`exchange.models.ColumnMapping`), which wins.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .kinds import Kind
from .readers import Sheet, UnreadableFile

# How far down a header may be: title, unit, date and notes rows come first.
HEADER_SEARCH_ROWS = 15
_SPACES = re.compile(r"[\s\u3000]+")


def normalize(text: str) -> str:
    """A header as compared: no spaces or line breaks, full-width forms folded to ASCII."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text or "")).lower()


@dataclass
class DataRow:
    number: int  # the row's number as the file shows it
    values: dict[str, str]  # field key → cell text
    section: str = ""  # the category row above it, if the table has such rows


@dataclass
class Table:
    """The table found in the file, ready for the kind's resource."""

    sheet: str
    header_rows: list[int]
    headers: list[str]  # each column's header as written ("实施主体/实施机关" for two rows)
    columns: dict[int, str]  # column index → field key, for the columns that are imported
    rows: list[DataRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # title and notes above the header

    def header_of(self, key: str) -> str:
        """The header as written of the column holding ``key``, or ''."""
        for index, column_key in self.columns.items():
            if column_key == key:
                return self.headers[index]
        return ""

    @property
    def mapping(self) -> list[tuple[int, str, str]]:
        """(column index, header as written, field key or '') for every column."""
        return [(i, header, self.columns.get(i, "")) for i, header in enumerate(self.headers)]


def _lookup(kind: Kind, saved: dict[str, str]) -> dict[str, str]:
    names = {}
    for column in kind.columns:
        for name in (column.header, *column.synonyms):
            names.setdefault(normalize(name), column.key)
    names.update({normalize(header): key for header, key in saved.items()})
    return names


def _label(top: str, bottom: str | None) -> tuple[str, list[str]]:
    """The header as written and the names to look up, most specific first."""
    if bottom is None or not bottom or bottom == top:
        return top, [top]
    if not top:
        return bottom, [bottom]
    return f"{top}/{bottom}", [f"{top}/{bottom}", bottom, top]


def _columns(labels: list[list[str]], names: dict[str, str]) -> dict[int, str]:
    columns: dict[int, str] = {}
    taken: set[str] = set()
    for index, candidates in enumerate(labels):
        for candidate in candidates:
            key = names.get(normalize(candidate))
            if key is None:
                continue
            if key and key not in taken:
                columns[index] = key
                taken.add(key)
            break
    return columns


def _is_spanning(cells: list[str]) -> bool:
    """A row one merged cell fills across the table (a title, a category, a note)."""
    filled = [cell for cell in cells if cell]
    return (len(filled) >= min(3, len(cells)) and len(set(filled)) == 1) or (
        len(filled) == 1 and len(cells) > 2 and len(filled[0]) > 40
    )


def _first(cells: list[str]) -> str:
    return next((cell for cell in cells if cell), "")


def find_table(sheets: list[Sheet], kind: Kind, saved: dict[str, str] | None = None) -> Table:
    """The best table of ``sheets`` for ``kind``; UnreadableFile when none has its header."""
    names = _lookup(kind, saved or {})
    required = {column.key for column in kind.columns if column.required}
    best: tuple[int, Table] | None = None
    for sheet in sheets:
        rows = sheet.rows
        for position in range(min(HEADER_SEARCH_ROWS, len(rows))):
            number, top = rows[position]
            if _is_spanning(top):
                continue
            candidates = [([number], [_label(cell, None) for cell in top])]
            if position + 1 < len(rows):
                next_number, bottom = rows[position + 1]
                width = max(len(top), len(bottom))
                top_padded = top + [""] * (width - len(top))
                bottom_padded = bottom + [""] * (width - len(bottom))
                candidates.append(
                    (
                        [number, next_number],
                        [_label(t, b) for t, b in zip(top_padded, bottom_padded, strict=True)],
                    )
                )
            for header_rows, labelled in candidates:
                columns = _columns([names_ for _header, names_ in labelled], names)
                score = len(columns)
                if score < 2 or not required <= set(columns.values()):
                    continue
                if best is None or score > best[0]:
                    table = Table(
                        sheet=sheet.name,
                        header_rows=header_rows,
                        headers=[header for header, _names in labelled],
                        columns=columns,
                        notes=sheet.notes + [_first(cells) for _n, cells in rows[:position]],
                    )
                    best = (score, table)
    if best is None:
        wanted = "、".join(column.header for column in kind.columns if column.required)
        raise UnreadableFile(
            _("没有找到%(kind)s的表头：表头须包含“%(wanted)s”等列。")
            % {"kind": kind.label, "wanted": wanted}
        )
    table = best[1]
    _fill_rows(table, next(sheet for sheet in sheets if sheet.name == table.sheet))
    return table


def _fill_rows(table: Table, sheet: Sheet) -> None:
    last_header = table.header_rows[-1]
    header_cells = [normalize(header) for header in table.headers]
    section = ""
    for number, cells in sheet.rows:
        if number <= last_header:
            continue
        if _is_spanning(cells):
            section = next(cell for cell in cells if cell)
            continue
        # A header repeated on each printed page of a Word table.
        if [normalize(cell) for cell in cells[: len(header_cells)]] == header_cells:
            continue
        values = {
            key: cells[index] if index < len(cells) else "" for index, key in table.columns.items()
        }
        if not any(values.values()):
            continue
        table.rows.append(DataRow(number, values, section))
