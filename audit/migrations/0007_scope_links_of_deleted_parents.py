"""Scope for the links that 0004's backfill left without one: the rows of a child (a legal
basis, a flowchart step, a prevention measure) whose parent was deleted before it ran. It read
the unit through the live parent, which was gone; the parent's own history still names its
unit (every history row keeps its record's columns, the deletion's row included), so the
scope is read from the parent's last history row instead.

Only links whose hash does not cover the scope (those 0005 gave a legacy layout) are filled:
for them the chain check compares no township or unit, so filling them changes no hash and
only lets the township's discipline committee, not superusers alone, read them.
"""

from collections import defaultdict

from django.db import migrations, models
from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce

BATCH = 5000


def _history_of(registry, model):
    """The history model simple-history made for ``model``, or None."""
    try:
        return registry.get_model(model._meta.app_label, f"Historical{model._meta.object_name}")
    except LookupError:
        return None


def _from_history(registry, model, path: str):
    """``path`` on a row of ``model`` (a history row, or a record with no history): the row's
    own column, or a scalar subquery into the last history row of the record it points to,
    which is there whether or not the record still is."""
    first, _, rest = path.partition("__")
    field = model._meta.get_field(first)
    to_one = field.many_to_one or field.one_to_one
    if not rest or (to_one and rest == "id"):
        return F(field.attname)
    related = field.related_model
    history = _history_of(registry, related)
    if history is None:
        rows, source = related._base_manager.filter(pk=OuterRef(field.attname)), related
    else:
        record_pk = related._meta.pk.attname
        rows = history._base_manager.filter(**{record_pk: OuterRef(field.attname)})
        rows, source = rows.order_by("-history_id"), history
    value = _from_history(registry, source, rest)
    return Subquery(rows.annotate(scope_value=value).values("scope_value")[:1])


def scope_unscoped_links(apps, schema_editor):
    from audit.scope import recorded_model, scope_paths

    links = apps.get_model("audit", "ChainLink")
    unscoped = links._base_manager.filter(township_id__isnull=True, layout__covers_scope=False)
    labels = list(unscoped.order_by().values_list("history_model", flat=True).distinct())
    for label in labels:
        try:
            history = apps.get_model(label)
        except LookupError:  # an app this migration does not know: left as it is
            continue
        unit_path, township_paths = scope_paths(recorded_model(history, apps))
        if not township_paths:  # in no township (user accounts): superusers only, rightly
            continue
        townships = [_from_history(apps, history, path) for path in township_paths]
        annotations = {
            "scope_township": townships[0]
            if len(townships) == 1
            else Coalesce(*townships, output_field=models.BigIntegerField())
        }
        if unit_path:
            annotations["scope_unit"] = _from_history(apps, history, unit_path)
        pk = history._meta.pk.attname
        ids = list(unscoped.filter(history_model=label).values_list("history_id", flat=True))
        for start in range(0, len(ids), BATCH):
            rows = (
                history._base_manager.filter(**{f"{pk}__in": ids[start : start + BATCH]})
                .order_by()
                .annotate(**annotations)
                .values(pk, *annotations)
            )
            by_scope = defaultdict(list)
            for row in rows:
                if row["scope_township"] is not None:
                    by_scope[row.get("scope_unit"), row["scope_township"]].append(row[pk])
            for (unit_id, township_id), history_ids in by_scope.items():
                unscoped.filter(history_model=label, history_id__in=history_ids).update(
                    unit_id=unit_id, township_id=township_id
                )


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0006_summary_report_submitted_head_hash"),
    ]

    operations = [
        migrations.RunPython(scope_unscoped_links, migrations.RunPython.noop),
    ]
