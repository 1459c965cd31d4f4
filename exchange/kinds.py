"""The kinds of table that can be imported and exported, and their columns.

A kind names its columns once: the key the resource's field uses, the header its export writes
(the canonical one of examples/SOURCES.md's synonyms table), and the other headers real tables
use for it. Each kind's module (``risk_ledger``, ``power_catalog``) registers itself here, so
the shared flow (:mod:`exchange.services`) needs to know none of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from powers.models import Unit


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # as the export writes it
    synonyms: tuple[str, ...] = ()
    required: bool = False  # the header must have it for the table to be found


@dataclass
class Kind:
    key: str  # in URLs and on the command line: "risks", "catalog", "disclosure-catalog"
    label: str  # "风险防控台账"
    columns: list[Column]
    resource: Callable  # resource(unit=..., user=..., file_name=...) → a ModelResource
    records: Callable[[Unit], QuerySet]  # the unit's records, in the table's order
    title: Callable[[Unit], str]  # the export's title row
    list_url: Callable[[Unit], str]  # the officials' list the import comes from
    extra: dict = field(default_factory=dict)
    # prepare(table, unit) → keys it adds: rewrites the table's rows before the import reads
    # them (an item and its first sub-item on one row become two records).
    prepare: Callable | None = None

    def column(self, key: str) -> Column:
        return next(column for column in self.columns if column.key == key)

    def header(self, key: str) -> str:
        """The export's header of ``key``; '' for a key the kind derives rather than reads."""
        column = next((column for column in self.columns if column.key == key), None)
        return column.header if column else ""


KINDS: dict[str, Kind] = {}


def register(kind: Kind) -> Kind:
    KINDS[kind.key] = kind
    return kind


def get_kind(key: str) -> Kind | None:
    return KINDS.get(key)
