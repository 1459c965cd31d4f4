"""The hash chain over history rows: appending in the writer's transaction, and verifying.

Every history row django-simple-history writes gets a link, in the same transaction as the
change: ``row_hash = SHA-256(prev_hash + canonical JSON of the row)``. Links are appended one at
a time under a lock (a transaction-level advisory lock on PostgreSQL; SQLite serialises
writers anyway), so concurrent writers cannot fork the chain. The row is read back from the
database before hashing, so the hash covers exactly what a later check will read.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time

from django.apps import apps
from django.db import connection, models, transaction
from django.dispatch import receiver
from simple_history.signals import (
    post_create_historical_m2m_records,
    post_create_historical_record,
)

from .models import ChainLink

GENESIS = "0" * 64
ADVISORY_LOCK_KEY = 726_159_001  # any constant: the chain's lock on PostgreSQL


def _plain(value):
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, memoryview | bytes):
        return bytes(value).hex()
    return str(value)  # Decimal, UUID


def _columns(model) -> list[str]:
    return [field.attname for field in model._meta.concrete_fields]


def _rows(model, ids) -> dict[int, dict]:
    """History rows as plain values (no model instances: verification reads millions)."""
    pk = model._meta.pk.attname
    rows = model._default_manager.filter(pk__in=ids).values(*_columns(model))
    return {row[pk]: row for row in rows}


def canonical_json(label: str, values: dict) -> str:
    """A row's fields as sorted, compact JSON: the same bytes whoever reads the row."""
    data = {**values, "__model__": label}
    # json writes str, int, bool, None, lists and dicts itself; _plain spells out the rest.
    return json.dumps(
        data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_plain
    )


def link_hash(prev_hash: str, label: str, values: dict) -> str:
    return hashlib.sha256((prev_hash + canonical_json(label, values)).encode()).hexdigest()


def _lock_chain() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [ADVISORY_LOCK_KEY])


def head_hash() -> str:
    last = ChainLink.objects.order_by("-seq").values_list("row_hash", flat=True).first()
    return last or GENESIS


def append(history_row: models.Model) -> ChainLink:
    model = type(history_row)
    label = model._meta.label_lower
    with transaction.atomic():
        _lock_chain()
        values = _rows(model, [history_row.pk])[history_row.pk]
        prev = head_hash()
        return ChainLink.objects.create(
            history_model=label,
            history_id=history_row.pk,
            prev_hash=prev,
            row_hash=link_hash(prev, label, values),
        )


@receiver(post_create_historical_record)
def chain_history_row(sender, history_instance, **kwargs) -> None:
    append(history_instance)


@receiver(post_create_historical_m2m_records)
def chain_m2m_history_rows(sender, created_rows, **kwargs) -> None:
    # The rows of a many-to-many field's history (a disclosure's channels) are chained too.
    for row in created_rows:
        append(row)


@dataclass
class Break:
    seq: int
    history_model: str
    history_id: int
    reason: str


@dataclass
class Verification:
    links_checked: int
    head_hash: str
    first_break: Break | None


@dataclass
class _Link:
    seq: int
    history_model: str
    history_id: int
    prev_hash: str
    row_hash: str


def _links(batch: int) -> Iterator[list[_Link]]:
    last = 0
    fields = ("seq", "history_model", "history_id", "prev_hash", "row_hash")
    while True:
        rows = ChainLink.objects.filter(seq__gt=last).order_by("seq").values_list(*fields)
        chunk = [_Link(*row) for row in rows[:batch]]
        if not chunk:
            return
        yield chunk
        last = chunk[-1].seq


def verify(batch: int = 5000, progress=None) -> Verification:
    """Walk the chain from the start and name the first link that does not hold."""
    prev = GENESIS
    checked = 0
    for chunk in _links(batch):
        rows: dict[str, dict[int, dict]] = {}
        wanted = defaultdict(list)
        for link in chunk:
            wanted[link.history_model].append(link.history_id)
        for label, ids in wanted.items():
            rows[label] = _rows(apps.get_model(label), ids)
        for link in chunk:
            if link.prev_hash != prev:
                return Verification(
                    checked, prev, Break(link.seq, link.history_model, link.history_id, "prev")
                )
            row = rows[link.history_model].get(link.history_id)
            if row is None:
                return Verification(
                    checked, prev, Break(link.seq, link.history_model, link.history_id, "missing")
                )
            if link_hash(prev, link.history_model, row) != link.row_hash:
                return Verification(
                    checked, prev, Break(link.seq, link.history_model, link.history_id, "changed")
                )
            prev = link.row_hash
            checked += 1
        if progress is not None:
            progress(checked)
    return Verification(checked, prev, None)


def unchained_rows() -> dict[str, int]:
    """History rows that have no link (written around the chain), by history table."""
    linked = dict(ChainLink.objects.values_list("history_model").annotate(n=models.Count("seq")))
    missing = {}
    for model in apps.get_models():
        if not hasattr(model, "instance_type"):  # only simple-history's historical models
            continue
        label = model._meta.label_lower
        gap = model._default_manager.count() - linked.get(label, 0)
        if gap:
            missing[label] = gap
    return missing


REASONS = {
    "prev": "本环记录的前一环哈希与链上前一环不符：此前有链环被删除、插入或改动",
    "missing": "本环对应的历史记录已不存在：历史记录被删除",
    "changed": "本环对应的历史记录内容与写入时不符：历史记录被改动",
}


def describe(broken: Break) -> str:
    where = f"{broken.history_model} #{broken.history_id}"
    return f"第 {broken.seq} 环（{where}）：{REASONS[broken.reason]}"
