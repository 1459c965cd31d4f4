"""Livelihood projects, feedback, the search index and print jobs moved out of the disclosures
app into apps of their own (issue #20). Taken back to the previous layout with the demo in
it, and forward again as an upgrade runs, the database keeps every table's rows, the content
types' ids (what personal-data waivers and admin log entries point at) and the moved models'
audit links, which still match their history rows, and the chain goes on taking new links
under the labels its old links were written with.

Going back before the move also takes back what later migrations added (the catalog's domains
and their history, the obligations' new columns): a downgrade loses that by nature, so here the
links are checked model by model. The whole chain across a real upgrade is checked by
scripts/upgrade-rehearsal, which CI runs: the earlier release makes the database, the chain is
verified before the migration, after it and after loading the demo again."""

from __future__ import annotations

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from audit.chain import chain_model, hashed_values, link_hash, verify
from audit.models import ChainLayout, ChainLink
from feedback.models import Feedback
from powers.lifecycle import save_edit
from projects.models import Project

MOVED = {
    "projects": ["project", "historicalproject", "projectmilestone", "historicalprojectmilestone"],
    "feedback": ["feedback", "historicalfeedback"],
    "public": ["searchentry"],
    "printing": ["printjob"],
}
BEFORE_THE_MOVE = [("disclosures", "0011_approve_public_projects")] + [(app, None) for app in MOVED]


def _migrate(targets) -> None:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    ContentType.objects.clear_cache()


def _row_counts(prefix_by_app: dict[str, str]) -> dict[str, int]:
    tables = set(connection.introspection.table_names())
    counts = {}
    with connection.cursor() as cursor:
        for app, models in MOVED.items():
            for model in models:
                table = f"{prefix_by_app.get(app, app)}_{model}"
                assert table in tables, f"{table} is missing"
                cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
                counts[f"{app}.{model}"] = cursor.fetchone()[0]
    return counts


def _content_type_ids(app_label_of: dict[str, str]) -> dict[str, int]:
    return {
        f"{app}.{model}": ContentType.objects.get(
            app_label=app_label_of.get(app, app), model=model
        ).pk
        for app, models in MOVED.items()
        for model in models
    }


def _moved_links_that_do_not_match(labels: list[str]) -> list[int]:
    """The links of these history models whose recomputed hash differs from the stored one
    (or whose row is gone): each link hashes its own row after the hash of the link before."""
    layouts = {layout.pk: layout for layout in ChainLayout.objects.all()}
    broken = []
    for link in ChainLink.objects.filter(history_model__in=labels).order_by("seq"):
        layout = layouts[link.layout_id]
        rows = chain_model(link.history_model)._default_manager.filter(pk=link.history_id)
        row = rows.values(*layout.columns).first()
        if row is None:
            broken.append(link.seq)
            continue
        values = hashed_values(row, layout.covers_scope, link.township_id, link.unit_id)
        if link_hash(link.prev_hash, link.history_model, values) != link.row_hash:
            broken.append(link.seq)
    return broken


@pytest.mark.django_db(transaction=True)
def test_the_moved_models_keep_their_rows_content_types_and_chain(demo):
    leaves = MigrationExecutor(connection).loader.graph.leaf_nodes()
    assert verify().first_break is None
    moved_rows = _row_counts({})
    # The demo has rows in every moved table but the print jobs' (nothing was printed yet).
    assert all(n > 0 for label, n in moved_rows.items() if label != "printing.printjob")
    type_ids = _content_type_ids({})
    moved_labels = sorted(
        set(ChainLink.objects.values_list("history_model", flat=True))
        & {f"disclosures.{model}" for models in MOVED.values() for model in models}
    )
    moved_links = ChainLink.objects.filter(history_model__in=moved_labels).count()
    assert moved_links > 0 and _moved_links_that_do_not_match(moved_labels) == []

    # Back to the layout before the move: the rows are in the disclosures app's tables again.
    _migrate(BEFORE_THE_MOVE)
    everything_in_disclosures = dict.fromkeys(MOVED, "disclosures")
    assert _row_counts(everything_in_disclosures) == moved_rows
    assert _content_type_ids(everything_in_disclosures) == type_ids

    # And forward again, as an upgrade runs it.
    _migrate(leaves)
    assert _row_counts({}) == moved_rows
    assert _content_type_ids({}) == type_ids
    assert ChainLink.objects.filter(history_model__in=moved_labels).count() == moved_links
    assert _moved_links_that_do_not_match(moved_labels) == []

    # New history of a moved model is chained under the label its older links carry, after
    # the head the chain had.
    head = ChainLink.objects.order_by("-seq").first()
    project = Project.objects.filter(unit=demo.unit).first()
    project.contractor = "青山镇建设工程有限公司"
    save_edit(project, user=demo.clerk, expected_version=project.version, reason="更正施工单位")
    link = ChainLink.objects.order_by("-seq").first()
    assert link.history_model == "disclosures.historicalproject"
    assert link.prev_hash == head.row_hash
    assert _moved_links_that_do_not_match(["disclosures.historicalproject"]) == []
    assert Feedback.objects.exists()
