"""The shared import flow: file → table → dataset → dry run (preview) or import (commit).

Both run the kind's django-import-export resource over the file's rows in chunks, so a job can
report its progress; a dry run rolls each chunk back, an import keeps it. The report lists
every row by its number in the file: new, changed (with each changed column's old and new
value, and a character diff of long texts), unchanged, or an error naming the column by its
header as written; plus the warnings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import tablib
from diff_match_patch import diff_match_patch
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils.html import escape
from django.utils.translation import gettext as _
from import_export.results import RowResult

from powers.history import history_batch
from powers.models import Unit

from .headers import Table, find_table, normalize
from .kinds import Kind
from .models import ColumnMapping
from .readers import read_tables

CHUNK_ROWS = 200
LONG_TEXT = 30  # a changed value longer than this is shown as a character diff

NEW, CHANGED, UNCHANGED, ERROR = "new", "changed", "unchanged", "error"


@dataclass
class Report:
    """What a dry run or an import found, row by row; JSON-ready (``as_dict``)."""

    kind: str
    sheet: str = ""
    header_rows: list[int] = field(default_factory=list)
    mapping: list[dict] = field(default_factory=list)  # one per column of the file
    rows: list[dict] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        statuses = [row["status"] for row in self.rows]
        return {
            "rows": len(self.rows),
            "added": statuses.count(NEW),
            "updated": statuses.count(CHANGED),
            "unchanged": statuses.count(UNCHANGED),
            "errors": statuses.count(ERROR) + len(self.file_errors),
        }

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "sheet": self.sheet,
            "header_rows": self.header_rows,
            "mapping": self.mapping,
            "rows": self.rows,
            "file_errors": self.file_errors,
            "counts": self.counts(),
        }

    def row_errors(self) -> list[dict]:
        return [
            {"row": row["number"], "column": column, "message": message}
            for row in self.rows
            for column, message in row["errors"]
        ] + [{"row": None, "column": "", "message": message} for message in self.file_errors]


def saved_mapping(unit: Unit, kind: Kind) -> dict[str, str]:
    mapping = ColumnMapping.objects.filter(unit=unit, kind=kind.key).first()
    return dict(mapping.mapping) if mapping else {}


def save_mapping(unit: Unit, kind: Kind, headers_to_keys: dict[str, str]) -> None:
    """Remember the official's choices for the unit's next import of this kind."""
    mapping, _created = ColumnMapping.objects.get_or_create(unit=unit, kind=kind.key)
    mapping.mapping = {
        **mapping.mapping,
        **{normalize(header): key for header, key in headers_to_keys.items() if header},
    }
    mapping.save()


def load_table(kind: Kind, unit: Unit, name: str, data: bytes) -> Table:
    return find_table(read_tables(name, data), kind, saved_mapping(unit, kind))


def _dataset(
    kind: Kind, table: Table, derived: tuple[str, ...] = ()
) -> tuple[tablib.Dataset, list[int], dict[int, str]]:
    """The table as the resource reads it; rows numbered as in the file; rows refused before
    the import (a code written twice), by their index in the table. ``derived``: keys the
    kind's ``prepare`` added to the rows."""
    keys = list(dict.fromkeys([*table.columns.values(), *derived]))
    position_key = kind.extra.get("position_key")
    if position_key and position_key not in keys:
        keys.append(position_key)
    if kind.extra.get("section_key") and kind.extra["section_key"] not in keys:
        keys.append(kind.extra["section_key"])
    dataset = tablib.Dataset(headers=keys)
    numbers = []
    refused: dict[int, str] = {}
    seen: dict[str, int] = {}
    for position, row in enumerate(table.rows, start=1):
        values = dict(row.values)
        if position_key and not values.get(position_key, "").strip():
            values[position_key] = str(position)
        if kind.extra.get("section_key"):
            values.setdefault(kind.extra["section_key"], row.section)
        code = values.get(position_key, "").strip() if position_key else ""
        if code and code in seen:
            refused[position - 1] = _("序号“%(code)s”与第 %(row)s 行重复，本行未导入。") % {
                "code": code,
                "row": seen[code],
            }
            continue
        seen[code] = row.number
        dataset.append([values.get(key, "") for key in keys])
        numbers.append(row.number)
    return dataset, numbers, refused


def _messages(error: ValidationError, attribute_keys: dict[str, str]) -> list[tuple[str, str]]:
    if hasattr(error, "error_dict"):
        return [
            (
                attribute_keys.get(name, "") if name != NON_FIELD_ERRORS else "",
                str(message),
            )
            for name, errors in error.error_dict.items()
            for item in errors
            for message in item.messages
        ]
    return [("", str(message)) for message in error.messages]


def _change(header: str, old: str, new: str) -> dict:
    change = {"column": header, "old": old, "new": new, "diff": ""}
    if len(old) > LONG_TEXT or len(new) > LONG_TEXT:
        dmp = diff_match_patch()
        diffs = dmp.diff_main(old, new)
        dmp.diff_cleanupSemantic(diffs)
        parts = []
        for op, text in diffs:
            text = escape(text)
            parts.append(
                f"<ins>{text}</ins>" if op == 1 else f"<del>{text}</del>" if op == -1 else text
            )
        change["diff"] = "".join(parts)
    return change


def run(
    kind: Kind,
    unit: Unit,
    *,
    user,
    name: str,
    data: bytes,
    dry_run: bool,
    progress: Callable[[int, int], None] | None = None,
    only_rows: list[int] | None = None,
    comparing: bool = False,
) -> Report:
    """Read the file and dry-run or import it; ``progress(done, total)`` after each chunk.
    ``only_rows``: the file's row numbers to read (a standard's changed rows), all when None;
    ``comparing``: a dry run that compares the file with the unit's records (a standard list),
    so a record under review is compared like any other rather than refused."""
    report = Report(kind=kind.key)
    table = load_table(kind, unit, name, data)
    if only_rows is not None:
        wanted = set(only_rows)
        table.rows = [row for row in table.rows if row.number in wanted]
    report.sheet = table.sheet
    report.header_rows = table.header_rows
    report.mapping = [
        {"index": index, "header": header, "key": key} for index, header, key in table.mapping
    ]
    derived = tuple(kind.prepare(table, unit)) if kind.prepare else ()
    dataset, numbers, refused = _dataset(kind, table, derived)
    resource = kind.resource(unit=unit, user=user, file_name=name)
    resource.comparing = comparing and dry_run
    attribute_keys = {
        column_field.attribute: key
        for key, column_field in resource.fields.items()
        if column_field.attribute
    }
    headers = {key: table.header_of(key) or str(kind.header(key)) for key in dataset.headers}
    fields_in_file = [
        (key, resource.fields[key]) for key in dataset.headers if key in resource.fields
    ]
    total = len(dataset)
    if progress:
        progress(0, total)
    rows: list[dict] = []
    for start in range(0, total, CHUNK_ROWS):
        chunk = tablib.Dataset(*dataset[start : start + CHUNK_ROWS], headers=dataset.headers)
        resource.warnings = {}
        # A chunk's history rows are linked into the audit chain together as it ends, in its
        # transaction (a link per row, each under the chain's lock, was a third of the time).
        with transaction.atomic(), history_batch():
            result = resource.import_data(
                chunk, dry_run=dry_run, use_transactions=True, retain_instance_in_row_result=True
            )
        if result.base_errors:
            raise result.base_errors[0].error
        for index, row_result in enumerate(result.rows):
            number = numbers[start + index]
            raw = dict(zip(chunk.headers, chunk[index], strict=True))
            rows.append(
                _row_report(
                    resource,
                    number,
                    row_result,
                    raw,
                    fields_in_file,
                    headers,
                    attribute_keys,
                    resource.warnings.get(index + 1, []),
                )
            )
        resource.after_chunk(dry_run)
        if progress:
            progress(min(start + CHUNK_ROWS, total), total)
    for position, message in refused.items():
        rows.append(
            {
                "number": table.rows[position].number,
                "status": ERROR,
                "values": [],
                "changes": [],
                "errors": [(table.header_of(kind.extra.get("position_key", "")), message)],
                "warnings": [],
            }
        )
    rows.sort(key=lambda row: row["number"])
    report.rows = rows
    return report


def _stored_value(resource, column_field, instance) -> str:
    """A column's value as the row will be stored. A column read by another column's widget
    (a new post's duties) has no attribute of its own: the resource's dehydrate method says it."""
    if column_field.attribute is None:
        return str(resource.export_field(column_field, instance))
    return str(column_field.export(instance))


def _row_report(
    resource, number, row_result, raw, fields_in_file, headers, attribute_keys, warnings
):
    def header(key: str) -> str:
        return headers.get(key, "") if key else ""

    report = {
        "number": number,
        "status": UNCHANGED,
        "record": None,  # the id of the record the row found, if any
        "values": [],
        "changes": [],
        "errors": [],
        "warnings": [(header(key), message) for key, message in warnings],
    }
    if row_result.import_type in (RowResult.IMPORT_TYPE_INVALID, RowResult.IMPORT_TYPE_ERROR):
        report["status"] = ERROR
        if row_result.validation_error is not None:
            report["errors"] = [
                (header(key), message)
                for key, message in _messages(row_result.validation_error, attribute_keys)
            ]
        report["errors"] += [("", str(error.error)) for error in row_result.errors]
        report["values"] = [(header(key), raw.get(key, "")) for key, _field in fields_in_file]
        return report
    instance = row_result.instance
    original = row_result.original
    if row_result.import_type != RowResult.IMPORT_TYPE_NEW and instance is not None:
        report["record"] = instance.pk
    report["values"] = [
        (header(key), _stored_value(resource, column_field, instance))
        for key, column_field in fields_in_file
    ]
    if row_result.import_type == RowResult.IMPORT_TYPE_NEW:
        report["status"] = NEW
    elif row_result.import_type == RowResult.IMPORT_TYPE_UPDATE:
        report["status"] = CHANGED
        for key, column_field in fields_in_file:
            if column_field.attribute is None:
                continue
            old = str(column_field.export(original)) if original is not None else ""
            new = str(column_field.export(instance))
            if old != new:
                report["changes"].append(_change(header(key), old, new))
    return report
