"""A record's change history as people read it: who, when, why, and field-level differences.

Values are shown as the user saw them in forms: related records by name, choices by label,
yes/no for flags, never raw ids. A child's changes (a legal basis of an item) appear in its
parent's timeline.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .history import user_display_name

ACTIONS = {"+": _("创建"), "~": _("修改"), "-": _("删除")}
HIDDEN_FIELDS = {"id", "version", "updated_at", "published_data", "password"}
EMPTY = _("（空）")


@dataclass
class Change:
    label: str
    old: str
    new: str


@dataclass
class Entry:
    when: object
    user_name: str
    action: str
    reason: str
    subject: str
    request: str
    changes: list[Change] = field(default_factory=list)

    @property
    def by_job(self) -> str:
        """The background job that made the change, if one did."""
        return self.request.removeprefix("job:") if self.request.startswith("job:") else ""


def _tracked_fields(model) -> list[models.Field]:
    return [
        f for f in model._meta.concrete_fields if f.name not in HIDDEN_FIELDS and not f.primary_key
    ]


def _display(field: models.Field, value, names: dict) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return str(EMPTY)
    if isinstance(field, models.ForeignKey):
        return names.get((field.related_model, value), f"#{value}")
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.BooleanField):
        return str(_("是") if value else _("否"))
    if isinstance(value, dict):
        labels = dict(getattr(field.model, "STAGES", []))
        return "；".join(f"{labels.get(k, k)}：{v}" for k, v in value.items() if v) or str(EMPTY)
    if isinstance(value, list):
        return "；".join(str(v) for v in value)
    if isinstance(value, datetime):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    return str(value)


def related_name(obj: models.Model) -> str:
    """A related record as forms name it; a person by name and user name, as the history's
    operator is."""
    return user_display_name(obj) if isinstance(obj, AbstractBaseUser) else str(obj)


def related_names(model, rows) -> dict:
    """Names of every related record the rows point to: from what the rows' query joined in
    (see ``related_paths``), else with one query per related model."""
    names = {}
    wanted = defaultdict(set)
    for f in _tracked_fields(model):
        if not isinstance(f, models.ForeignKey):
            continue
        for row in rows:
            value = getattr(row, f.attname, None)
            if value is None:
                continue
            if row._meta.get_field(f.name).is_cached(row):
                related = getattr(row, f.name)
                if related is not None:  # None: joined, and deleted since
                    names[(f.related_model, value)] = related_name(related)
            else:
                wanted[f.related_model].add(value)
    for related, ids in wanted.items():
        for obj in related._default_manager.filter(pk__in=ids):
            names[(related, obj.pk)] = related_name(obj)
    return names


def history_entry(model, row, before, names: dict, subject: str) -> Entry:
    """One history row as an entry: its differences from ``before``, the record's previous
    history row (None for the first), with related records named from ``names``."""
    changes = []
    for f in _tracked_fields(model):
        new = getattr(row, f.attname, None)
        old = getattr(before, f.attname, None) if before is not None else None
        if before is None and row.history_type == "+":
            if new in (None, "", [], {}, False) and not isinstance(f, models.BooleanField):
                continue
        elif old == new:
            continue
        changes.append(
            Change(
                str(f.verbose_name),
                _display(f, old, names) if before is not None else "",
                _display(f, new, names),
            )
        )
    return Entry(
        when=row.history_date,
        user_name=row.history_user_name,
        action=str(ACTIONS.get(row.history_type, row.history_type)),
        reason=row.history_change_reason or "",
        subject=subject,
        request=row.history_request,
        changes=changes,
    )


def _entries_for(model, rows, subject_prefix: str = "") -> list[Entry]:
    names = related_names(model, rows)
    previous = {}
    entries = []
    for row in rows:
        subject = f"{subject_prefix}{_row_label(model, row)}"
        entries.append(history_entry(model, row, previous.get(row.id), names, subject))
        previous[row.id] = row
    return entries


def related_paths(history: type[models.Model]) -> list[str]:
    """What a history table's rows join in so that a record's name costs no query: each related
    record, and the parents its name may mention (a step record names its case)."""
    from django.contrib.auth import get_user_model

    user_model = get_user_model()
    paths = []
    for f in history._meta.concrete_fields:
        if not f.many_to_one or f.name == "history_user":
            continue
        paths.append(f.name)
        paths += [
            f"{f.name}__{parent.name}"
            for parent in f.related_model._meta.concrete_fields
            if parent.many_to_one and not parent.null and parent.related_model is not user_model
        ]
    return paths


def row_subject(model: type[models.Model], row) -> str:
    """The record as it was, named by its own ``__str__``, built from its history row and the
    related records the row's query joined in (see ``related_paths``). Simple-history's
    ``row.instance`` would read the fields its history leaves out from the live record, a
    query per row. Raises what ``__str__`` raises for a row it cannot name."""
    names = {f.attname for f in model._meta.concrete_fields}
    instance = model(
        **{
            f.attname: getattr(row, f.attname)
            for f in row._meta.concrete_fields
            if f.attname in names
        }
    )
    for f in model._meta.concrete_fields:
        if f.many_to_one and getattr(row, f.attname, None) is not None:
            related = getattr(row, f.name, None)
            if related is not None:
                setattr(instance, f.name, related)
    return str(instance)


def _row_label(model, row) -> str:
    try:
        return row_subject(model, row)
    except Exception:  # a row of a since-deleted child may not build its name
        return f"{model._meta.verbose_name} #{row.id}"


def history_sources(record) -> list[tuple[type[models.Model], list, str]]:
    """The record's history rows and its children's: for each table, the model, its rows
    (one query, oldest first, joined with the related records their names need) and the prefix
    that names a child's entries.

    A model lists its children as ``history_children = [(ChildModel, filter_of), ...]`` where
    ``filter_of(record)`` gives the lookups that select the children's history rows.
    """
    model = type(record)
    tables = [(model, record.history.all(), "")]
    for child_model, filter_of in getattr(model, "history_children", []):
        prefix = f"{child_model._meta.verbose_name}："
        tables.append((child_model, child_model.history.filter(**filter_of(record)), prefix))
    return [
        (
            table_model,
            list(
                rows.select_related(*related_paths(rows.model)).order_by(
                    "history_date", "history_id"
                )
            ),
            prefix,
        )
        for table_model, rows, prefix in tables
    ]


def record_timeline(record) -> list[Entry]:
    """The record's history and its children's, newest first."""
    entries = []
    for model, rows, prefix in history_sources(record):
        entries.extend(_entries_for(model, rows, subject_prefix=prefix))
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries


def describe_changes(old, new) -> list[Change]:
    """The editable fields that differ between two versions of a record, shown by name."""
    model = type(new)
    fields = [f for f in _tracked_fields(model) if f.editable and f.name != "status"]
    names = related_names(model, [old, new])
    return [
        Change(str(f.verbose_name), _display(f, old_value, names), _display(f, new_value, names))
        for f in fields
        if (old_value := getattr(old, f.attname, None)) != (new_value := getattr(new, f.attname))
    ]
