"""The hash chain over history rows: appending in the writer's transaction, and verifying.

Every history row django-simple-history writes gets a link, in the same transaction as the
change: ``row_hash = SHA-256(prev_hash + canonical JSON of the row)``. Links are appended one at
a time under a lock (a transaction-level advisory lock on PostgreSQL; SQLite serialises
writers anyway), so concurrent writers cannot fork the chain. The row is read back from the
database before hashing, so the hash covers exactly what a later check will read. A block that
writes many rows (an import's chunk, inside :func:`powers.history.history_batch`) takes the lock
at its start and links its rows together at its end, still in its transaction
(:func:`append_many`): the same links, fewer reads.

Sequence numbers are taken under that lock as the head's plus one, not from a database sequence
(which PostgreSQL does not roll back): a rolled-back write leaves no gap, so a gap means a link
was deleted. Verifying also checks every head a verification or the daily job recorded
(:class:`~audit.models.ChainHead`): a chain cut short after it, or rewritten up to it, no
longer has that link with that hash.
"""

from __future__ import annotations

import functools
import hashlib
import json
import multiprocessing
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from uuid import UUID

import orjson
from django.apps import apps
from django.db import IntegrityError, connection, models, transaction
from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.dispatch import receiver
from django.utils import timezone
from simple_history.signals import (
    post_create_historical_m2m_records,
    post_create_historical_record,
)

from powers.history import history_batch_ended, history_batch_started, user_display_name

from .models import ChainHead, ChainLayout, ChainLink
from .scope import chain_label, chain_model, link_scope, scope_expressions

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


def canonical_json(label: str, values: dict) -> str:
    """A row's fields as sorted, compact JSON: the same bytes whoever reads the row."""
    data = {**values, "__model__": label}
    # json writes str, int, bool, None, lists and dicts itself; _plain spells out the rest.
    return json.dumps(
        data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_plain
    )


def link_hash(prev_hash: str, label: str, values: dict) -> str:
    return hashlib.sha256((prev_hash + canonical_json(label, values)).encode()).hexdigest()


# --- the same bytes, faster, for verifying on PostgreSQL --------------------------------------
#
# Verification is CPU-bound in this process: reading a million rows and writing each as JSON
# again. On PostgreSQL the rows are read through a plain psycopg cursor (its C loaders, not
# Django's per-value converters) and written by orjson, which spells every value as
# ``canonical_json`` does (sorted keys, no spaces, UTF-8, ISO dates) with one exception: a float
# such as 1e-05. History tables have no float column, and the floats inside JSON columns are
# kept as the text ``json.dumps`` would write for them (:class:`_JsonFloat`). Anything orjson
# cannot write the same way (an integer beyond 64 bits, say) is written by ``canonical_json``.
# The tests compare the two spellings over every history row and over awkward values.


class _JsonFloat:
    """A float read from a JSON column, kept as ``json.dumps`` would write it."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = json.dumps(float(text))

    def __float__(self) -> float:
        return float(self.text)


# One decoder for every JSON value read (``json.loads`` with an argument makes one per call).
_decode_json = json.JSONDecoder(parse_float=_JsonFloat).decode


def _load_json(data: bytes):
    return _decode_json(data.decode())


def _fast_default(value):
    if isinstance(value, _JsonFloat):
        return orjson.Fragment(value.text)
    if isinstance(value, Decimal | UUID):
        return str(value)
    if isinstance(value, memoryview | bytes):
        return bytes(value).hex()
    raise TypeError(type(value).__name__)


def _plain_floats(value):
    """``value`` with its JSON floats as floats again (for ``canonical_json``)."""
    if isinstance(value, _JsonFloat):
        return float(value)
    if isinstance(value, dict):
        return {key: _plain_floats(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain_floats(item) for item in value]
    return value


def fast_link_hash(prev_hash: str, label: str, values: dict) -> str:
    """:func:`link_hash` of a row read by :func:`_pg_rows` (floats in JSON kept as text)."""
    data = {**values, "__model__": label}
    try:
        encoded = orjson.dumps(data, option=orjson.OPT_SORT_KEYS, default=_fast_default)
    except orjson.JSONEncodeError:
        encoded = canonical_json(label, _plain_floats(values)).encode()
    return hashlib.sha256(prev_hash.encode() + encoded).hexdigest()


def hashed_values(values: dict, covers_scope: bool, township_id, unit_id) -> dict:
    """What a link's hash covers: its layout's columns of the row, and, for layouts that cover
    the scope, the link's township and unit (so moving a link to another township shows)."""
    if not covers_scope:
        return values
    return {**values, "__township__": township_id, "__unit__": unit_id}


# layout id and columns by history model, for this process; re-checked in append's own read
_layouts: dict[str, tuple[int, tuple[str, ...]]] = {}


def current_layout(model) -> ChainLayout:
    """The scope-covering layout of ``model``'s columns as they are now (made on first use).
    Called under the chain lock, so two writers cannot both make it."""
    label = chain_label(model)
    columns = _columns(model)
    for layout in ChainLayout.objects.filter(history_model=label, covers_scope=True):
        if layout.columns == columns:
            break
    else:
        layout = ChainLayout.objects.create(history_model=label, columns=columns, covers_scope=True)
    _layouts[label] = (layout.pk, tuple(columns))
    return layout


def _lock_chain() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [ADVISORY_LOCK_KEY])


def head_hash() -> str:
    return head()[1]


def head() -> tuple[int, str]:
    """The last link's sequence number and hash; (0, GENESIS) for an empty chain."""
    last = ChainLink.objects.order_by("-seq").values_list("seq", "row_hash").first()
    return last or (0, GENESIS)


def append(history_row: models.Model) -> ChainLink:
    model = type(history_row)
    label = chain_label(model)
    columns = _columns(model)
    cached_id, cached_columns = _layouts.get(label, (None, ()))
    with transaction.atomic():
        _lock_chain()
        # The row to hash, where it belongs, and whether the cached layout is still there (a
        # rolled-back transaction may have taken it), in one read.
        values = (
            model._default_manager.filter(pk=history_row.pk)
            .annotate(
                **_scope_annotations(model),
                layout_there=Exists(
                    ChainLayout.objects.filter(pk=cached_id or 0, history_model=label)
                ),
            )
            .values(*columns, "scope_unit_id", "scope_township_id", "layout_there")
            .get()
        )
        scope = link_scope(model, values)
        if values.pop("layout_there") and cached_columns == tuple(columns):
            layout_id = cached_id
        else:
            layout_id = current_layout(model).pk
        last_seq, prev = head()
        hashed = hashed_values(values, True, scope["township_id"], scope["unit_id"])
        return ChainLink.objects.create(
            seq=last_seq + 1,
            history_model=label,
            history_id=history_row.pk,
            prev_hash=prev,
            row_hash=link_hash(prev, label, hashed),
            layout_id=layout_id,
            **scope,
        )


def append_many(rows: list[tuple[type[models.Model], int]]) -> int:
    """Link the history rows ``(history model, id)``, in that order, as :func:`append` links
    each: one lock, one read per history table and one insert for all of them. A row no longer
    there (its savepoint was rolled back) is passed over, and a row named twice is linked once.
    Returns how many links were written."""
    ordered = list(dict.fromkeys(rows))
    ids_by_model: dict[type[models.Model], list[int]] = defaultdict(list)
    for model, pk in ordered:
        ids_by_model[model].append(pk)
    with transaction.atomic():
        _lock_chain()
        found: dict[tuple[type[models.Model], int], dict] = {}
        layout_ids: dict[type[models.Model], int] = {}
        for model, ids in ids_by_model.items():
            columns = _columns(model)
            pk_name = model._meta.pk.attname
            for start in range(0, len(ids), BATCH_READ):
                for values in (
                    model._default_manager.filter(pk__in=ids[start : start + BATCH_READ])
                    .annotate(**_scope_annotations(model))
                    .values(*columns, "scope_unit_id", "scope_township_id")
                ):
                    found[model, values[pk_name]] = values
            layout_ids[model] = current_layout(model).pk
        last_seq, prev = head()
        links = []
        for model, pk in ordered:
            values = found.get((model, pk))
            if values is None:
                continue
            label = chain_label(model)
            scope = link_scope(model, values)
            row_hash = link_hash(
                prev, label, hashed_values(values, True, scope["township_id"], scope["unit_id"])
            )
            last_seq += 1
            links.append(
                ChainLink(
                    seq=last_seq,
                    history_model=label,
                    history_id=pk,
                    prev_hash=prev,
                    row_hash=row_hash,
                    layout_id=layout_ids[model],
                    **scope,
                )
            )
            prev = row_hash
        ChainLink.objects.bulk_create(links, batch_size=BATCH_READ)
    return len(links)


BATCH_READ = 500  # ids per read, links per insert (well under SQLite's variable limit)


@functools.cache
def _scope_annotations(model) -> dict:
    return scope_expressions(model)


# --- linking inside powers.history.history_batch() --------------------------------------------


@dataclass
class _Batch:
    rows: list[tuple[type[models.Model], int]]
    depth: int = 1


# The open batch of this thread or task: history rows written inside it wait here, in the
# order they were written, to be linked when it ends; None outside a batch.
_batch: ContextVar[_Batch | None] = ContextVar("audit_chain_batch", default=None)


@receiver(history_batch_started)
def open_batch(sender, **kwargs) -> None:
    batch = _batch.get()
    if batch is not None:  # nested: the outermost batch links them all
        batch.depth += 1
        return
    # Locked from the start, as one link at a time would be from the first row: no other
    # writer waits on a row of this block while holding the chain's lock.
    _lock_chain()
    _batch.set(_Batch(rows=[]))


@receiver(history_batch_ended)
def close_batch(sender, completed: bool, **kwargs) -> None:
    batch = _batch.get()
    if batch is None:
        return
    batch.depth -= 1
    if batch.depth:
        return
    _batch.set(None)
    if completed:
        append_many(batch.rows)


def _link(history_row: models.Model) -> None:
    batch = _batch.get()
    if batch is None:
        append(history_row)
    else:
        batch.rows.append((type(history_row), history_row.pk))


@receiver(post_create_historical_record)
def chain_history_row(sender, history_instance, **kwargs) -> None:
    _link(history_instance)


@receiver(post_create_historical_m2m_records)
def chain_m2m_history_rows(sender, created_rows, **kwargs) -> None:
    # The rows of a many-to-many field's history (a disclosure's channels) are chained too.
    for row in created_rows:
        _link(row)


@dataclass
class Break:
    seq: int
    history_model: str
    history_id: int
    reason: str
    # What the reason needs besides the link: the missing numbers of a gap, or the recorded
    # head that is gone or differs.
    detail: str = ""


@dataclass
class Verification:
    links_checked: int
    head_hash: str
    first_break: Break | None
    head_seq: int = 0  # the sequence number of ``head_hash``'s link (0: none)


SEGMENT_LINKS = 50_000  # links one worker checks at a time (a few seconds' work)


class _Reader:
    """Reads links and history rows for verifying: through the ORM, hashed by
    :func:`link_hash`; on PostgreSQL, the ORM's own SQL through a cursor with psycopg's C
    loaders, hashed by :func:`fast_link_hash` (several times faster, the same hashes)."""

    def __init__(self) -> None:
        self.cursor = None
        self.hash = link_hash
        if connection.vendor == "postgresql":
            from psycopg import adapters
            from psycopg.pq import Format
            from psycopg.types.json import set_json_loads

            connection.ensure_connection()
            self.cursor = connection.connection.cursor()
            # Django's own connection loads timestamps with a Python loader and JSON as text.
            oid = adapters.types["timestamptz"].oid
            self.cursor.adapters.register_loader(oid, adapters.get_loader(oid, Format.TEXT))
            set_json_loads(_load_json, self.cursor)
            self.hash = fast_link_hash

    def close(self) -> None:
        if self.cursor is not None:
            self.cursor.close()

    def tuples(self, queryset, fields) -> list[tuple]:
        rows = queryset.values_list(*fields)
        if self.cursor is None:
            return list(rows)
        sql, params = rows.query.sql_with_params()
        self.cursor.execute(sql, params)
        return self.cursor.fetchall()

    def rows_for_links(self, model, ids: list[int], columns) -> dict[int, dict]:
        """The history rows a batch of links names, by a layout's columns. History ids grow
        with the chain, so a batch's ids of one table are nearly contiguous: a range scan reads
        them without sending thousands of parameters (which costs the client more than the
        scan costs the server)."""
        pk = model._meta.pk.attname
        low, high = min(ids), max(ids)
        if high - low + 1 > 2 * len(ids):
            rows = model._default_manager.filter(pk__in=ids)
        else:
            rows = model._default_manager.filter(**{f"{pk}__gte": low, f"{pk}__lte": high})
        at = columns.index(pk)
        return {
            row[at]: dict(zip(columns, row, strict=True))
            for row in self.tuples(rows.order_by(), columns)
        }


# The link's copied columns, by the history row's column they must equal.
_COPIED = (
    ("record_id", "id"),
    ("history_date", "history_date"),
    ("history_type", "history_type"),
    ("history_user_name", "history_user_name"),
)


def _copied_match(link: tuple, row: dict) -> bool:
    for index, (_mine, theirs) in enumerate(_COPIED):
        if theirs not in row:
            continue
        mine, expected = link[index], row[theirs]
        if index >= 2:  # text columns: the link keeps "" for none
            expected = expected or ""
        if mine != expected:
            return False
    return True


@dataclass
class _Segment:
    """What checking the links with ``first <= seq < stop`` found, for joining segments up."""

    checked: int
    entry_prev: str | None  # the first link's prev_hash; None for an empty segment
    last_hash: str | None  # the last good link's row_hash
    first_break: Break | None
    entry_seq: int | None = None  # the first link's seq, checked against the link before
    last_seq: int | None = None  # the last good link's seq


def _gap(seq: int, prev_seq: int, gapless_from: int) -> str:
    """The missing sequence numbers before ``seq`` ("" when none is missing). Numbers up to
    ``gapless_from`` came from a database sequence, which skips a rolled-back write's."""
    low = max(prev_seq, gapless_from) + 1
    if seq <= low:
        return ""
    return str(low) if seq - 1 == low else f"{low}–{seq - 1}"


def _verify_segment(first: int, stop: int, batch: int, gapless_from: int = 0) -> _Segment:
    """Check each link of a seq range against its history row and against the link before it.
    The first link's own ``prev_hash`` is left for the caller, who knows the link before."""
    fields = ("seq", "history_model", "history_id", "prev_hash", "row_hash", "layout_id")
    fields += ("township_id", "unit_id", *(mine for mine, _theirs in _COPIED))
    links = ChainLink.objects.filter(seq__gte=first, seq__lt=stop).order_by("seq")
    # A handful of layouts: read once per segment, with the columns each table has lost.
    layouts = {}
    for layout in ChainLayout.objects.all():
        try:
            present = set(_columns(chain_model(layout.history_model)))
        except LookupError:
            present = set()
        layouts[layout.pk] = (layout.columns, layout.covers_scope, set(layout.columns) - present)
    reader = _Reader()
    try:
        return _check_links(reader, links, fields, layouts, first - 1, batch, gapless_from)
    finally:
        reader.close()


def _check_links(
    reader: _Reader, links, fields, layouts, last: int, batch: int, gapless_from: int
) -> _Segment:
    checked, entry_prev, prev = 0, None, None
    entry_seq = prev_seq = None
    while True:
        chunk = reader.tuples(links.filter(seq__gt=last)[:batch], fields)
        if not chunk:
            return _Segment(checked, entry_prev, prev, None, entry_seq, prev_seq)
        wanted = defaultdict(list)
        for _seq, label, history_id, _prev, _hash, layout_id, *_rest in chunk:
            wanted[label, layout_id].append(history_id)
        rows = {
            (label, layout_id): reader.rows_for_links(
                chain_model(label), ids, layouts[layout_id][0]
            )
            for (label, layout_id), ids in wanted.items()
            if not layouts[layout_id][2]
        }
        reason, detail = None, ""
        for seq, label, history_id, prev_hash, row_hash, layout_id, *copied in chunk:
            township_id, unit_id, *copied = copied
            _hashed_columns, covers_scope, lost = layouts[layout_id]
            if entry_prev is None:
                entry_prev, entry_seq = prev_hash, seq
            elif prev_hash != prev:
                reason = "prev"
            elif detail := _gap(seq, prev_seq, gapless_from):
                reason = "gap"
            if lost:
                reason = reason or "column"
            elif (row := rows[label, layout_id].get(history_id)) is None:
                reason = reason or "missing"
            elif not _copied_match(copied, row):
                reason = reason or "copied"
            elif reason is None:
                hashed = hashed_values(row, covers_scope, township_id, unit_id)
                if reader.hash(prev_hash, label, hashed) != row_hash:
                    reason = "changed"
            if reason is not None:
                broken = Break(seq, label, history_id, reason, detail)
                return _Segment(checked, entry_prev, prev, broken, entry_seq, prev_seq)
            prev, prev_seq = row_hash, seq
            checked += 1
        last = chunk[-1][0]


def _verify_segment_in_worker(first: int, stop: int, batch: int, gapless_from: int) -> _Segment:
    try:
        return _verify_segment(first, stop, batch, gapless_from)
    finally:
        connection.close()


def verify(
    batch: int = 5000, progress=None, workers: int = 1, segment_links: int = SEGMENT_LINKS
) -> Verification:
    """Walk the chain from the start and name the first link that does not hold.

    The chain is cut into segments of consecutive links. Each link's hash depends only on its
    own ``prev_hash`` and row, so segments can be checked side by side in ``workers`` processes
    (each with its own database connection); joining them checks that every segment starts
    where the one before ended, and the first break in chain order is the one reported. Inside
    a transaction (the tests), other processes would not see its rows: one process checks all.
    """
    outcome = _walk(batch, progress, workers, segment_links)
    gone = recorded_head_break()
    if gone is not None and (outcome.first_break is None or gone.seq < outcome.first_break.seq):
        outcome.first_break = gone
    return outcome


def _walk(batch: int, progress, workers: int, segment_links: int) -> Verification:
    bounds = ChainLink.objects.aggregate(low=models.Min("seq"), high=models.Max("seq"))
    if bounds["low"] is None:
        return Verification(0, GENESIS, None)
    gapless_from = gapless_since()
    starts = range(bounds["low"], bounds["high"] + 1, segment_links)
    segments = [(first, first + segment_links, batch, gapless_from) for first in starts]
    parallel = workers > 1 and len(segments) > 1 and not connection.in_atomic_block
    if parallel:
        connection.close()  # forked workers must not share this process's connection
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
        results = pool.map(_verify_segment_in_worker, *zip(*segments, strict=True))
    else:
        pool = None
        results = (_verify_segment(*segment) for segment in segments)
    prev, prev_seq, checked = GENESIS, 0, 0
    try:
        for (first, *_rest), segment in zip(segments, results, strict=True):
            if segment.entry_prev is not None and segment.entry_prev != prev:
                broken = Break(*_first_link_at_or_after(first), "prev")
                return Verification(checked, prev, broken, prev_seq)
            missing = segment.entry_seq and _gap(segment.entry_seq, prev_seq, gapless_from)
            if missing:
                broken = Break(*_first_link_at_or_after(first), "gap", missing)
                return Verification(checked, prev, broken, prev_seq)
            checked += segment.checked
            if segment.last_hash is not None:
                prev, prev_seq = segment.last_hash, segment.last_seq
            if segment.first_break is not None:
                return Verification(checked, prev, segment.first_break, prev_seq)
            if progress is not None:
                progress(checked)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return Verification(checked, prev, None, prev_seq)


def gapless_since() -> int:
    """The last sequence number taken from a database sequence: links up to the baseline
    recorded when heads began to be recorded (0 when it is missing: every gap counts)."""
    baseline = ChainHead.objects.filter(source=ChainHead.Source.BASELINE)
    return baseline.order_by("seq").values_list("seq", flat=True).first() or 0


def recorded_head_break() -> Break | None:
    """The first recorded head (by sequence number) whose link is gone or has another hash."""
    link_hash = ChainLink.objects.filter(seq=OuterRef("seq")).values("row_hash")[:1]
    head = (
        ChainHead.objects.filter(seq__gt=0)
        .annotate(link_hash=Subquery(link_hash))
        .filter(Q(link_hash__isnull=True) | ~Q(link_hash=F("head_hash")))
        .order_by("seq", "recorded_at", "pk")
        .values("seq", "head_hash", "recorded_at", "source", "recorded_by_name", "link_hash")
        .first()
    )
    if head is None:
        return None
    recorded = timezone.localtime(head["recorded_at"]).strftime("%Y-%m-%d %H:%M")
    source = ChainHead.Source(head["source"]).label
    detail = (
        f"{recorded} {source}（{head['recorded_by_name'] or '—'}）记录的链头 {head['head_hash']}"
    )
    reason = "head_gone" if head["link_hash"] is None else "head_changed"
    return Break(head["seq"], "", 0, reason, detail)


# The footer of every sheet prints the first 12 characters of the head; the stamp all 64.
PRINTED_HEAD_MIN_LENGTH = 12


@dataclass(frozen=True)
class PrintedHead:
    """What the chain says of a head read off a printed sheet or report."""

    printed: str
    seq: int | None  # the link it names, when it is still on the chain
    valid: bool  # hexadecimal and long enough to name one link

    @property
    def on_chain(self) -> bool:
        return self.seq is not None


def check_printed_head(printed: str) -> PrintedHead:
    """Whether a head copied from paper (a sheet's stamp or footer, a report, the daily page)
    is still a link of the chain. A head printed before links were deleted or rewritten is no
    longer on it: the paper proves the change even when every record of it inside the
    database is gone."""
    printed = "".join(printed.split()).lower()
    valid = len(printed) >= PRINTED_HEAD_MIN_LENGTH and all(
        c in "0123456789abcdef" for c in printed
    )
    seqs = []
    if valid:
        seqs = list(
            ChainLink.objects.filter(row_hash__startswith=printed).values_list("seq", flat=True)[:1]
        )
    return PrintedHead(printed, seqs[0] if seqs else None, valid)


def record_head(
    outcome: Verification, source: str, *, user=None, name: str = "", verification=None
) -> ChainHead:
    """Keep the head a verification reached, for every later verification to check."""
    return ChainHead.objects.create(
        seq=outcome.head_seq,
        head_hash=outcome.head_hash,
        source=source,
        recorded_by=user,
        recorded_by_name=name or (user_display_name(user) if user else ""),
        verification=verification,
    )


def _first_link_at_or_after(seq: int) -> tuple[str, ...]:
    return (
        ChainLink.objects.filter(seq__gte=seq)
        .order_by("seq")
        .values_list("seq", "history_model", "history_id")[0]
    )


def publish_daily_head(day: date | None = None, *, by: str = "") -> ChainHead:
    """The head published for ``day`` (today), recording it on the first call of the day:
    the printed page of daily heads then proves which links existed on each day."""
    day = day or timezone.localdate()
    daily = ChainHead.objects.filter(source=ChainHead.Source.DAILY, day=day)
    published = daily.first()
    if published is not None:
        return published
    seq, row_hash = head()
    try:
        with transaction.atomic():
            return ChainHead.objects.create(
                seq=seq,
                head_hash=row_hash,
                source=ChainHead.Source.DAILY,
                day=day,
                recorded_by_name=by or DAILY_JOB_NAME,
            )
    except IntegrityError:  # published meanwhile by another process
        return daily.get()


DAILY_JOB_NAME = "audit.tasks.publish_daily_chain_head"
# Who published a day's head when the scheduled job had not yet run that day.
FIRST_VISIT_NAME = "/chain-head/ (first visit of the day)"


def unchained_rows() -> dict[str, int]:
    """History rows that have no link (written around the chain), by history table."""
    linked = dict(ChainLink.objects.values_list("history_model").annotate(n=models.Count("seq")))
    missing = {}
    for model in apps.get_models():
        if not hasattr(model, "instance_type"):  # only simple-history's historical models
            continue
        label = chain_label(model)
        gap = model._default_manager.count() - linked.get(label, 0)
        if gap:
            missing[label] = gap
    return missing


REASONS = {
    "prev": "本环记录的前一环哈希与链上前一环不符：此前有链环被删除、插入或改动",
    "gap": "本环之前的序号不连续，缺少第 {detail} 环：有链环被删除",
    "head_gone": "{detail}已不在链上：此后的链环被删除（链被截短）",
    "head_changed": "{detail}与链上这一环的哈希不符：链环被删除或改写",
    "missing": "本环对应的历史记录已不存在：历史记录被删除",
    "changed": "本环对应的历史记录内容（或本环记下的乡镇、单位）与写入时不符：历史记录或链环被改动",
    "copied": "本环记下的记录号、变更时间、操作或操作人与历史记录不符：链环被改动",
    "column": "本环哈希覆盖的列已不在历史表中：历史表的结构被改动，本环无法核验",
}


def describe_unchained(missing: dict[str, int]) -> str:
    """History rows written around the chain: a break too, named by table and count."""
    tables = "；".join(f"{label} 有 {gap} 条" for label, gap in sorted(missing.items()))
    return f"有历史记录没有链环（绕过审计链写入）：{tables}"


def describe(broken: Break) -> str:
    reason = REASONS[broken.reason].format(detail=broken.detail)
    if broken.reason.startswith("head_"):
        return f"第 {broken.seq} 环（已记录的链头）：{reason}"
    where = f"{broken.history_model} #{broken.history_id}"
    return f"第 {broken.seq} 环（{where}）：{reason}"
