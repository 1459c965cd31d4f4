"""Where a history row belongs, for the hash chain: the unit and township a link is scoped to
(so the committee of one township reads its own links), and which history table a link's
label names (:data:`MOVED_HISTORY`)."""

from __future__ import annotations

from django.apps import apps
from django.db import connection, models
from django.db.models import F, OuterRef, Subquery, Value
from django.db.models.functions import Cast, Coalesce

# History tables that moved to another app (issue #20) keep, in the chain, the label their
# links were first written with: a link's hash covers its label, so renaming it would break
# every link before the move. The label names the table for good; the model is found where it
# lives now.
MOVED_HISTORY = {
    "projects.historicalproject": "disclosures.historicalproject",
    "projects.historicalprojectmilestone": "disclosures.historicalprojectmilestone",
    "feedback.historicalfeedback": "disclosures.historicalfeedback",
}
_MOVED_TO = {chained: label for label, chained in MOVED_HISTORY.items()}


def chain_label(model) -> str:
    """The label the chain names ``model``'s rows by."""
    label = model._meta.label_lower
    return MOVED_HISTORY.get(label, label)


def chain_model(label: str, registry=apps):
    """The history model of a chain label (in a migration's registry, perhaps before the
    move)."""
    try:
        return registry.get_model(label)
    except LookupError:
        if label not in _MOVED_TO:
            raise
        return registry.get_model(_MOVED_TO[label])


TOWNSHIP = "powers.township"
UNIT = "powers.unit"


def _record_label(model) -> str:
    """The audited model a history model records (by simple-history's naming, so that a
    migration's historical models answer as the live ones do)."""
    meta = model._meta
    if meta.model_name.startswith("historical"):
        return f"{meta.app_label}.{meta.model_name.removeprefix('historical')}"
    return meta.label_lower


def scope_paths(model, depth: int = 0) -> tuple[str | None, tuple[str, ...]]:
    """Lookups from a row of ``model`` (a record or its history) to its unit and to its
    township's id: ``unit`` or ``flowchart__unit`` (a flowchart step → flowchart → unit),
    ``unit__township_id`` or ``township_id`` (a role granted on a township, a township's risk
    matrix). Null: the record is in no township (user accounts), which only superusers review."""
    label = _record_label(model)
    if label == TOWNSHIP:
        return None, ("id",)
    if label == UNIT:
        return "id", ("township_id",)
    # A one-to-one field (a township's risk matrix) leads to its parent as a foreign key does.
    foreign_keys = [f for f in model._meta.concrete_fields if f.many_to_one or f.one_to_one]
    unit_fk = next((f for f in foreign_keys if f.related_model._meta.label_lower == UNIT), None)
    township_fk = next(
        (f for f in foreign_keys if f.related_model._meta.label_lower == TOWNSHIP), None
    )
    if unit_fk or township_fk:
        townships = ()
        if unit_fk:
            townships += (f"{unit_fk.name}__township_id",)
        if township_fk:
            townships += (township_fk.attname,)
        return (unit_fk.name if unit_fk else None), townships
    if depth < 4:
        # A child record belongs where its parent does: the first foreign key that must be set
        # and leads to a unit (a legal basis → its item, a measure → its risk point).
        for f in foreign_keys:
            if f.null or f.related_model is model:
                continue
            unit, townships = scope_paths(f.related_model, depth + 1)
            if unit or townships:
                return (
                    f"{f.name}__{unit}" if unit else None,
                    tuple(f"{f.name}__{path}" for path in townships),
                )
    return None, ()


def _path_value(model, path: str):
    """An expression for ``path`` on a row of ``model``: the row's own column, or a scalar
    subquery into the parent (never a join, which would lose rows whose parent is gone)."""
    first, _, rest = path.partition("__")
    field = model._meta.get_field(first)
    to_one = field.many_to_one or field.one_to_one
    if not rest or (to_one and rest == "id"):
        return F(field.attname)
    if not to_one:
        raise ValueError(path)
    parent = field.related_model._base_manager.filter(pk=OuterRef(field.attname))
    return Subquery(parent.order_by().values(rest)[:1])


def recorded_model(history_model, registry=apps):
    """The audited model of a history model (whose own foreign keys are all nullable, so the
    paths are read from the record's); the history model itself when it records no model of
    its own (a many-to-many field's rows)."""
    try:
        return registry.get_model(_record_label(history_model))
    except LookupError:
        return history_model


def scope_expressions(history_model, registry=apps) -> dict:
    """The link's scope columns as expressions on a row of ``history_model``."""
    unit_path, township_paths = scope_paths(recorded_model(history_model, registry))
    none = Cast(Value(None), models.BigIntegerField())  # typed: PostgreSQL would guess text
    unit = _path_value(history_model, unit_path) if unit_path else none
    townships = [_path_value(history_model, path) for path in township_paths]
    if not townships:
        township = none
    elif len(townships) == 1:
        township = townships[0]
    else:
        township = Coalesce(*townships, output_field=models.BigIntegerField())
    return {"scope_unit_id": unit, "scope_township_id": township}


def _scope_fields(history_model) -> dict:
    """ChainLink's columns copied from the history row, by the row's column they come from."""
    names = {f.attname for f in history_model._meta.concrete_fields}
    copied = {"record_id": "id", "history_date": "history_date", "history_type": "history_type"}
    copied["history_user_name"] = "history_user_name"
    return {mine: theirs for mine, theirs in copied.items() if theirs in names}


def link_scope(history_model, values: dict) -> dict:
    scope = {mine: values[theirs] for mine, theirs in _scope_fields(history_model).items()}
    scope["unit_id"] = values.pop("scope_unit_id")
    scope["township_id"] = values.pop("scope_township_id")
    for text in ("history_type", "history_user_name"):
        scope[text] = scope.get(text) or ""
    return scope


def fill_scope(registry, batch: int = 50_000) -> None:
    """Copy scope and row columns onto links written before the links had them (the data
    migration; ``registry`` is the migration's or the live app registry). One ``UPDATE … FROM``
    per history table and batch of history ids, its rows read as :func:`append` reads them."""
    links = registry.get_model("audit", "ChainLink")
    table = links._meta.db_table
    labels = list(links._base_manager.order_by().values_list("history_model", flat=True).distinct())
    for label in labels:
        try:
            history = chain_model(label, registry)
        except LookupError:  # an app this migration does not know: left unscoped
            continue
        copied = _scope_fields(history)
        expressions = scope_expressions(history, registry)
        bounds = history._base_manager.aggregate(low=models.Min("pk"), high=models.Max("pk"))
        if bounds["low"] is None:
            continue
        columns = ["unit_id", "township_id", *copied]
        # The link names the row by its primary key: history_id, or m2m_history_id for a
        # many-to-many field's rows (whose history_id points at their record's row).
        pk = history._meta.pk.attname
        for low in range(bounds["low"], bounds["high"] + 1, batch):
            rows = (
                history._base_manager.filter(pk__gte=low, pk__lt=low + batch)
                .order_by()
                .annotate(**expressions)
                .values(pk, "scope_unit_id", "scope_township_id", *copied.values())
            )
            sql, params = rows.query.sql_with_params()
            # The subquery's columns: the history table's own names, the annotations' aliases.
            sources = {"unit_id": "scope_unit_id", "township_id": "scope_township_id"}
            sources.update(
                {mine: history._meta.get_field(theirs).column for mine, theirs in copied.items()}
            )
            quote = connection.ops.quote_name
            assignments = ", ".join(f"{quote(c)} = h.{quote(sources[c])}" for c in columns)
            with connection.cursor() as cursor:
                cursor.execute(
                    f"UPDATE {table} SET {assignments} FROM ({sql}) AS h "
                    f"WHERE {table}.history_model = %s AND {table}.history_id = h.{quote(pk)}",
                    [*params, label],
                )
