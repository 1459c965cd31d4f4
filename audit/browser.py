"""The discipline committee's audit browser: every change of every audited record, newest first.

History lives in one table per audited model, so a timeline over all of them pages through the
chain instead (:class:`~audit.models.ChainLink`: one link per history row, in the order the rows
were written, keyed by ``seq``). A page is

1. one query for the page's links: newest first, keyset-paged by ``seq``. Each link carries,
   copied from its history row when it was written (:func:`audit.chain.append`), the unit and
   township the record belongs to, the time, action and user name, so scope and filters are a
   backwards range scan of an index on (township, seq), (unit, seq) or seq that stops after
   ``size + 1`` links. Only free text is a correlated subquery on the link's history table;
2. one query per history table the page's links point into: that table's rows on the page
   and, for the diffs, the previous row of each of their records, with every related record
   (and the row's unit) joined in for its name.

So a page costs ``1 + the number of history tables its entries come from`` queries (and one
more per many-to-many field of those tables, whose rows say what was added and removed):
bounded by the number of audited models (about thirty), never by the page's size, 25 entries
or 100. A record's own timeline (:func:`record_entries`) reads the same way: one query per
history table, the record's and each kind of child's.
(Querying every table the reader may see, present or not, would make the count exactly the
same for every page, but its thirty queries cost more than the rest of the page.)

Audited models are found in django-simple-history's registry, so a new app's history shows up
without a list kept by hand.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from django.db import connection, models
from django.db.models import (
    BooleanField,
    Case,
    CharField,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    TextField,
    Value,
    When,
)
from django.utils.translation import gettext as _
from simple_history.models import registered_models
from simple_history.utils import get_m2m_reverse_field_name

from powers.permissions import grants_for
from powers.timeline import (
    EMPTY,
    Change,
    Entry,
    history_entry,
    history_sources,
    related_names,
    related_paths,
    row_subject,
)

from .models import ChainLink
from .scope import chain_label, scope_paths

PAGE_SIZES = (25, 50, 100)
DEFAULT_PAGE_SIZE = 25
EXPORT_BATCH = 500


@dataclass(frozen=True)
class ManyToManyHistory:
    """A many-to-many field's history (a disclosure's channels): for each history row of the
    record, the related records it had then, one row each in ``history``."""

    field: models.ManyToManyField
    history: type[models.Model]
    target: str  # the foreign key of ``history`` to the related record (``channel``)


@dataclass(frozen=True)
class AuditedType:
    """An audited model and how to reach, from one of its history rows, the unit and township
    the record belongs to (the paths are ORM lookups on the history model)."""

    model: type[models.Model]
    history: type[models.Model]
    unit_path: str | None
    township_paths: tuple[str, ...]

    @property
    def label(self) -> str:
        """The history table as the chain names it."""
        return chain_label(self.history)

    @property
    def record_label(self) -> str:
        return self.model._meta.label_lower

    @property
    def name(self) -> str:
        return str(self.model._meta.verbose_name)

    @property
    def related_fields(self) -> list[str]:
        return related_paths(self.history)

    @functools.cached_property
    def many_to_many(self) -> list[ManyToManyHistory]:
        """The record's many-to-many fields whose history simple-history keeps."""
        fields = sorted(
            getattr(self.history, "_history_m2m_fields", ()), key=lambda f: f.creation_counter
        )
        return [
            ManyToManyHistory(f, getattr(self.history, f.name).model, get_m2m_reverse_field_name(f))
            for f in fields
        ]

    def township_q(self, township_ids: Iterable[int]) -> Q:
        ids = list(township_ids)
        q = Q(pk__in=[])
        for path in self.township_paths:
            q |= Q(**{f"{path}__in": ids})
        return q


@functools.cache
def audited_types() -> dict[str, AuditedType]:
    """Every model django-simple-history records, by history table label.

    Many-to-many history rows (a disclosure's channels) are written with their record's own
    row, which is the entry the timeline shows.
    """
    types = {}
    for model in registered_models.values():
        manager = getattr(model._meta, "simple_history_manager_attribute", None)
        if manager is None:
            continue
        history = getattr(model, manager).model
        unit_path, township_paths = scope_paths(model)
        audited = AuditedType(model, history, unit_path, township_paths)
        types[audited.label] = audited
    return dict(sorted(types.items(), key=lambda pair: pair[1].name))


def type_for_record(record_label: str) -> AuditedType | None:
    return next((t for t in audited_types().values() if t.record_label == record_label), None)


# --- who reads the audit history -----------------------------------------------------------


def audit_township_ids(user) -> set[int] | None:
    """Townships whose history the user reviews; None for a superuser (every record).

    The discipline committee and administrators hold their roles on a township. Guardian's
    grants carry permissions, not roles: the committee is the township role that reads
    history without reviewing, an administrator the one that manages units. (A reviewer who
    also sits on the committee would need a permission of the committee's own.)
    """
    grants = grants_for(user)
    if grants.everything:
        return None
    return {
        township_id
        for township_id, perms in grants.townships.items()
        if "view_history" in perms and ("manage_unit" in perms or "review_records" not in perms)
    }


def reads_audit(user) -> bool:
    ids = audit_township_ids(user)
    return ids is None or bool(ids)


def visible_types(user) -> list[AuditedType]:
    """Audited types with history the user may read: those in a township, or all for a
    superuser."""
    everything = audit_township_ids(user) is None
    return [t for t in audited_types().values() if everything or t.township_paths]


# --- the timeline query --------------------------------------------------------------------


@dataclass
class TimelineQuery:
    """What to list: the types in question, the reader's townships, conditions on the links'
    own columns (where the history row belongs, when, by whom, which action) and free text."""

    types: list[AuditedType]
    township_ids: set[int] | None  # the reader's scope; None: everything
    link_q: Q = field(default_factory=Q)
    text: str = ""

    def links(self):
        """The matching links, newest first.

        Every filter but the free text is on the link's own columns, copied from its history
        row when the link was written: the first page is a backwards range scan of an index
        on (township, seq), (unit, seq) or seq that stops after ``size + 1`` links. Free text
        searches the history rows' own text, so it alone is a correlated subquery into the
        link's history table (a CASE picks the table), evaluated link by link along that scan.
        """
        links = ChainLink.objects.filter(history_model__in=[t.label for t in self.types])
        if self.township_ids is not None:
            links = links.filter(township_id__in=self.township_ids)
        links = links.filter(self.link_q).order_by("-seq")
        if not self.text:
            return links
        matches = []
        for audited in self.types:
            rows = audited.history._default_manager.filter(history_id=OuterRef("history_id"))
            hit = rows.filter(text_q(audited, self.text)).order_by().annotate(hit=Value(1))
            matches.append(When(history_model=audited.label, then=Subquery(hit.values("hit")[:1])))
        match = Case(*matches, default=Value(0), output_field=IntegerField())
        # ``> 0`` rather than ``= 1``: PostgreSQL guesses that few links match an equality
        # on an expression, prices the first page as a scan of the whole table and then
        # JIT-compiles the query, which alone takes seconds.
        return links.alias(match=match).filter(match__gt=0)


SEARCHED_HISTORY_FIELDS = ("history_change_reason", "history_user_name")


def text_q(audited: AuditedType, text: str) -> Q:
    """Rows whose reason, user name or any text field of the record contains ``text``."""
    q = Q()
    for name in SEARCHED_HISTORY_FIELDS:
        q |= Q(**{f"{name}__icontains": text})
    for f in audited.history._meta.concrete_fields:
        own = not f.name.startswith("history_") and f.name != "password"
        if own and isinstance(f, CharField | TextField) and not f.choices:
            q |= Q(**{f"{f.attname}__icontains": text})
    return q


@dataclass
class AuditEntry:
    """One line of the audit timeline: a history row as people read it, with where it sits."""

    seq: int
    audited: AuditedType
    record_id: int | None
    unit_name: str
    entry: Entry | None  # None: the chain links a row that is gone (the chain check says more)


def _subject(audited: AuditedType, row) -> str:
    try:
        return row_subject(audited.model, row)
    except Exception:  # a row of a since-deleted record may not build its name
        return f"{audited.name} #{getattr(row, audited.model._meta.pk.attname)}"


def _unit_name(audited: AuditedType, row) -> str:
    if audited.unit_path is None:
        return ""
    target = row
    for part in audited.unit_path.split("__"):
        if part == "id":  # the row is the unit itself
            return getattr(row, "name", "")
        target = getattr(target, part, None)
        if target is None:
            return ""
    return str(target)


def _page_rows(audited: AuditedType, seqs: list[int]) -> list[models.Model]:
    """This table's history rows on the page and the previous row of each of their records."""
    history = audited.history._default_manager
    pk = audited.model._meta.pk.attname
    on_page = (
        ChainLink.objects.filter(seq__in=seqs, history_model=audited.label)
        .order_by()
        .values("history_id")
    )
    previous = (
        history.filter(history_id__in=on_page)
        .order_by()
        .annotate(
            previous_id=Subquery(
                history.filter(**{pk: OuterRef(pk)}, history_id__lt=OuterRef("history_id"))
                .order_by("-history_id")
                .values("history_id")[:1]
            )
        )
        .values("previous_id")
    )
    related = audited.related_fields
    if audited.unit_path and audited.unit_path != "id" and audited.unit_path not in related:
        related.append(audited.unit_path)
    wanted = on_page.union(previous.values("previous_id"))
    return list(history.filter(_history_id_in(wanted)).select_related(*related))


def _history_id_in(ids) -> Q:
    """``history_id`` among the subquery's ids, found through the primary key.

    With the joins that name related records, PostgreSQL plans ``IN (subquery)`` as a join
    after them, over the whole table; ``= ANY(ARRAY(subquery))`` is computed first and looked
    up in the index. SQLite plans the plain ``IN`` well.
    """
    if connection.vendor != "postgresql":
        return Q(history_id__in=ids)
    from django.contrib.postgres.expressions import ArraySubquery

    return Q(
        Func(
            F("history_id"),
            ArraySubquery(ids),
            template="%(expressions)s)",
            arg_joiner=" = ANY(",
            output_field=BooleanField(),
        )
    )


# What a history row's many-to-many fields held: field name → history id → related id → name.
Snapshots = dict[str, dict[int, dict[int, str]]]


def _m2m_snapshots(audited: AuditedType, history_ids: list[int]) -> Snapshots:
    """The related records each history row's many-to-many fields held, named: one query per
    field, the related record joined in."""
    snapshots: Snapshots = {}
    for m2m in audited.many_to_many:
        held: dict[int, dict[int, str]] = defaultdict(dict)
        target_id = m2m.history._meta.get_field(m2m.target).attname
        rows = (
            m2m.history._default_manager.filter(history_id__in=history_ids)
            .select_related(m2m.target)
            .order_by()
        )
        for row in rows:
            related = getattr(row, m2m.target)
            value = getattr(row, target_id)
            held[row.history_id][value] = str(related) if related is not None else f"#{value}"
        snapshots[m2m.field.name] = held
    return snapshots


def _names(held: dict[int, str]) -> str:
    return "；".join(sorted(held.values())) or str(EMPTY)


def _m2m_changes(audited: AuditedType, row, before, snapshots: Snapshots) -> list[Change]:
    """What the row's many-to-many fields gained and lost since ``before``, by name."""
    changes = []
    for m2m in audited.many_to_many:
        held = snapshots.get(m2m.field.name, {})
        new = held.get(row.history_id, {})
        old = held.get(before.history_id, {}) if before is not None else {}
        if new.keys() == old.keys():
            continue
        label = str(m2m.field.verbose_name)
        if before is None:
            changes.append(Change(label, "", _names(new)))
            continue
        added = {key: new[key] for key in new.keys() - old.keys()}
        removed = {key: old[key] for key in old.keys() - new.keys()}
        what = []
        if added:
            what.append(_("新增：%(names)s") % {"names": _names(added)})
        if removed:
            what.append(_("移除：%(names)s") % {"names": _names(removed)})
        changes.append(Change(label, _names(old), f"{_names(new)}（{'；'.join(what)}）"))
    return changes


def load_entries(links: list[ChainLink], types: list[AuditedType]) -> list[AuditEntry]:
    """The links as entries: one query per history table the links point into."""
    seqs = [link.seq for link in links]
    on_page = {link.history_model for link in links}
    by_type = {t.label: t for t in types if t.label in on_page}
    rows: dict[str, dict[int, models.Model]] = {}
    names: dict[str, dict] = {}
    versions: dict[str, dict[int, list[int]]] = {}
    snapshots: dict[str, Snapshots] = {}
    for audited in by_type.values():
        loaded = _page_rows(audited, seqs)
        pk = audited.model._meta.pk.attname
        rows[audited.label] = {row.history_id: row for row in loaded}
        names[audited.label] = related_names(audited.model, loaded)
        snapshots[audited.label] = _m2m_snapshots(audited, list(rows[audited.label]))
        per_record = defaultdict(list)
        for row in loaded:
            per_record[getattr(row, pk)].append(row.history_id)
        versions[audited.label] = per_record
    entries = []
    for link in links:
        audited = by_type.get(link.history_model)
        if audited is None:
            continue
        row = rows[audited.label].get(link.history_id)
        if row is None:
            entries.append(AuditEntry(link.seq, audited, None, "", None))
            continue
        record_id = getattr(row, audited.model._meta.pk.attname)
        earlier = [h for h in versions[audited.label][record_id] if h < row.history_id]
        before = rows[audited.label][max(earlier)] if earlier else None
        entry = history_entry(
            audited.model, row, before, names[audited.label], _subject(audited, row)
        )
        entry.changes += _m2m_changes(audited, row, before, snapshots[audited.label])
        entries.append(AuditEntry(link.seq, audited, record_id, _unit_name(audited, row), entry))
    return entries


def _record_rows(audited: AuditedType, rows: list, subject_prefix: str = "") -> list[Entry]:
    """History rows of one table, oldest first, as entries: each compared with the row before
    it of the same record, related records named from what the rows' query joined in."""
    pk = audited.model._meta.pk.attname
    names = related_names(audited.model, rows)
    snapshots = _m2m_snapshots(audited, [row.history_id for row in rows])
    previous = {}
    entries = []
    for row in rows:
        record_id = getattr(row, pk)
        before = previous.get(record_id)
        subject = f"{subject_prefix}{_subject(audited, row)}"
        entry = history_entry(audited.model, row, before, names, subject)
        entry.changes += _m2m_changes(audited, row, before, snapshots)
        entries.append(entry)
        previous[record_id] = row
    return entries


def record_entries(audited: AuditedType, record: models.Model) -> list[Entry]:
    """The record's history and its children's, newest first (``history_sources``): one query
    per history table and many-to-many field, however many changes it lists."""
    entries = []
    for model, rows, prefix in history_sources(record):
        source = audited if model is audited.model else type_for_record(model._meta.label_lower)
        if source is not None:
            entries += _record_rows(source, rows, prefix)
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries


@dataclass
class Page:
    entries: list[AuditEntry]
    next_before: int | None  # the ``before`` of the next (older) page, None on the last


def timeline_page(query: TimelineQuery, size: int, before: int | None = None) -> Page:
    links = query.links()
    if before is not None:
        links = links.filter(seq__lt=before)
    chunk = list(links.only("seq", "history_model", "history_id")[: size + 1])
    more = len(chunk) > size
    chunk = chunk[:size]
    return Page(load_entries(chunk, query.types), chunk[-1].seq if more else None)


def all_entries(query: TimelineQuery, batch: int = EXPORT_BATCH) -> Iterator[AuditEntry]:
    """Every matching entry, newest first, loaded a batch at a time (for the CSV export)."""
    before = None
    while True:
        page = timeline_page(query, batch, before)
        yield from page.entries
        if page.next_before is None:
            return
        before = page.next_before
