"""Standard lists (标准清单): issuing a version, adopting it, comparing a unit's records with it,
and offering a newer version as the rows that changed.

Everything a unit takes from a standard goes through the ordinary import
(:mod:`exchange.jobs`): the official previews every row as it will be stored, confirms, and
the records enter as drafts through the lifecycle, with the version named in their history.
Nothing is applied to a unit without its official confirming it.

- Adopting a version imports its file as issued; the preview shows what the unit already has.
- A newer version is offered as an import of the rows that differ between the version the unit
  took and the newer one (added or changed rows); rows the standard dropped are listed for the
  unit to decide on, never deleted by the import. Rows the standard left alone keep the unit's
  own changes.
- Comparing runs the version's file against the unit's records as a dry run: a row unchanged is
  the standard's as issued, a changed row is where the unit deviates (field by field), a new
  row is a standard item the unit does not hold; the unit's records no row found are its own
  additions.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import PurePath

from django.db import transaction
from django.utils.translation import gettext as _

from powers.history import stamp
from powers.models import Unit

from .headers import DataRow, Table, find_table
from .jobs import start_import
from .kinds import get_kind
from .models import Adoption, ImportJob, StandardList, StandardVersion
from .readers import UnreadableFile, read_tables
from .services import CHANGED, ERROR, NEW, UNCHANGED, run

# The columns that name a row, in the order they are tried: a version's row is the same row
# of the next version when the first of these it has is the same.
IDENTITY_KEYS = ("code", "position", "name", "matter", "description")


def read_version(version: StandardVersion) -> Table:
    kind = get_kind(version.standard.kind)
    return find_table(read_tables(version.file_name, version.read()), kind, {})


def issue_version(
    standard: StandardList, *, user, name: str, data: bytes, note: str = ""
) -> StandardVersion:
    """Issue ``data`` (the list's spreadsheet) as the standard's next version.

    Refused with :class:`UnreadableFile` (its message for the official) when the file holds no
    table of the standard's kind, no rows, or the same bytes as the latest version."""
    kind = get_kind(standard.kind)
    table = find_table(read_tables(name, data), kind, {})
    if not table.rows:
        raise UnreadableFile(_("文件中没有数据行，未发布。"))
    digest = hashlib.sha256(data).hexdigest()
    with transaction.atomic():
        locked = StandardList.objects.select_for_update().get(pk=standard.pk)
        latest = locked.latest
        if latest is not None and latest.sha256 == digest:
            raise UnreadableFile(
                _("这个文件与第%(number)s版相同，未发布新版本。") % {"number": latest.number}
            )
        version = StandardVersion(
            standard=locked,
            number=(latest.number + 1) if latest else 1,
            note=note or ("" if latest else _("首次发布")),
            content=data,
            file_name=PurePath(name).name[:255],
            sha256=digest,
            rows=len(table.rows),
            issued_by=user,
        )
        stamp(version, user, _("发布标准清单：%(name)s") % {"name": version.file_name})
        version.save()
    return version


def identity(row: DataRow) -> str:
    for key in IDENTITY_KEYS:
        value = (row.values.get(key) or "").strip()
        if value:
            return f"{key}:{value}"
    return f"row:{row.number}"


def row_label(row: DataRow) -> str:
    """A row as the official knows it: its number and name, as the file writes them."""
    values = row.values
    number = values.get("position") or values.get("code") or ""
    name = values.get("name") or values.get("matter") or values.get("description") or ""
    return " ".join(part for part in (number.strip(), name.strip()) if part)


def _content(row: DataRow) -> tuple:
    return row.section, sorted((key, value.strip()) for key, value in row.values.items())


@dataclass
class VersionChanges:
    """What a newer version changed, row by row (rows as the newer file has them, except
    ``removed``, as the older one had them)."""

    added: list[DataRow] = field(default_factory=list)
    changed: list[tuple[DataRow, DataRow]] = field(default_factory=list)  # (older, newer)
    removed: list[DataRow] = field(default_factory=list)

    @property
    def rows_to_import(self) -> list[int]:
        """The newer file's row numbers to import: its added and changed rows."""
        return sorted(
            [row.number for row in self.added] + [new.number for _old, new in self.changed]
        )

    @property
    def removed_labels(self) -> list[str]:
        return [row_label(row) for row in self.removed]

    @property
    def added_labels(self) -> list[str]:
        return [row_label(row) for row in self.added]

    @property
    def changed_labels(self) -> list[str]:
        return [row_label(new) for _old, new in self.changed]

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


def version_changes(older: StandardVersion, newer: StandardVersion) -> VersionChanges:
    before = {identity(row): row for row in read_version(older).rows}
    changes = VersionChanges()
    seen = set()
    for row in read_version(newer).rows:
        key = identity(row)
        seen.add(key)
        old = before.get(key)
        if old is None:
            changes.added.append(row)
        elif _content(old) != _content(row):
            changes.changed.append((old, row))
    changes.removed = [row for key, row in before.items() if key not in seen]
    return changes


def adoption_of(standard: StandardList, unit: Unit) -> Adoption | None:
    return Adoption.objects.filter(standard=standard, unit=unit).select_related("version").first()


def start_adoption(
    standard: StandardList, unit: Unit, *, user, version: StandardVersion | None = None
) -> ImportJob:
    """The import that takes ``version`` (the latest by default) into the unit: the whole file
    for a unit that has not adopted the standard, the rows changed since the version it took
    otherwise. Returns the job; its preview is on the job's page, for the official to confirm."""
    version = version or standard.latest
    if version is None or version.standard_id != standard.pk:
        raise ValueError("no such version")
    if not standard.applies_to(unit):
        raise ValueError("the standard does not apply to this unit")
    adoption = adoption_of(standard, unit)
    only_rows = None
    if adoption is not None:
        if adoption.version.number >= version.number:
            raise ValueError("already adopted")
        only_rows = version_changes(adoption.version, version).rows_to_import
    suffix = PurePath(version.file_name).suffix
    return start_import(
        get_kind(standard.kind),
        unit,
        user=user,
        name=f"{standard.name}（第{version.number}版）{suffix}",
        data=version.read(),
        standard_version=version,
        only_rows=only_rows,
    )


# Comparing a unit with the version it adopted -----------------------------------------------

AS_ISSUED, DEVIATES, MISSING, LOCAL, FAULTY = "as_issued", "deviates", "missing", "local", "error"
# The columns that tell the official which record a row is, by kind (the comparison shows these
# beside each row's standing and differences).
LABEL_KEYS = {
    "catalog": ("position", "code", "name", "sub_item"),
    "risks": ("code", "post", "description"),
    "disclosure-catalog": ("position", "domain", "matter", "sub_matter"),
}
STATUS_OF_ROW = {UNCHANGED: AS_ISSUED, CHANGED: DEVIATES, NEW: MISSING, ERROR: FAULTY}


@dataclass
class Comparison:
    version: StandardVersion
    rows: list[dict]  # the import report's rows, each with "standing" (AS_ISSUED …)
    local: list  # the unit's records that no row of the standard found
    columns: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        standings = [row["standing"] for row in self.rows]
        return {
            AS_ISSUED: standings.count(AS_ISSUED),
            DEVIATES: standings.count(DEVIATES),
            MISSING: standings.count(MISSING),
            FAULTY: standings.count(FAULTY),
            LOCAL: len(self.local),
        }

    @property
    def records_from_standard(self) -> set[int]:
        """Ids of the unit's records that a row of the standard found."""
        return {row["record"] for row in self.rows if row.get("record")}


def compare(adoption: Adoption, *, user) -> Comparison:
    """The unit's records against the version it adopted (a dry run: nothing is written)."""
    version = adoption.version
    kind = get_kind(adoption.standard.kind)
    report = run(
        kind,
        adoption.unit,
        user=user,
        name=version.file_name,
        data=version.read(),
        dry_run=True,
        comparing=True,
    )
    headers = {entry["key"]: entry["header"] for entry in report.mapping if entry["key"]}
    columns = [headers[key] for key in LABEL_KEYS.get(kind.key, ()) if key in headers]
    rows = []
    for row in report.rows:
        values = dict(row["values"])
        rows.append(
            {
                **row,
                "standing": STATUS_OF_ROW[row["status"]],
                "label_values": [values.get(column, "") for column in columns],
            }
        )
    # Columns no row fills (所属清单 on a list of one list) say nothing: left out.
    filled = [any(row["label_values"][i] for row in rows) for i in range(len(columns))]
    columns = [column for column, used in zip(columns, filled, strict=True) if used]
    for row in rows:
        row["label_values"] = [
            value for value, used in zip(row["label_values"], filled, strict=True) if used
        ]
    found = {row["record"] for row in rows if row.get("record")}
    local = [record for record in kind.records(adoption.unit) if record.pk not in found]
    return Comparison(version=version, rows=rows, local=local, columns=columns)
