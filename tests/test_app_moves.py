"""Livelihood projects, feedback, the search index and print jobs moved out of the disclosures
app into apps of their own (issue #20). Taken back to the previous layout with the demo in
it, and forward again as an upgrade runs, the database keeps every table's rows, the content
types' ids (what personal-data waivers and admin log entries point at) and an audit chain that
verifies, and goes on taking new links under the labels its old links were written with.
(scripts/upgrade-rehearsal does the same from a database the earlier release made.)"""

from __future__ import annotations

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from audit.chain import verify
from audit.models import ChainLink
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


@pytest.mark.django_db(transaction=True)
def test_the_moved_models_keep_their_rows_content_types_and_chain(demo):
    leaves = MigrationExecutor(connection).loader.graph.leaf_nodes()
    assert verify().first_break is None
    moved_rows = _row_counts({})
    # The demo has rows in every moved table but the print jobs' (nothing was printed yet).
    assert all(n > 0 for label, n in moved_rows.items() if label != "printing.printjob")
    type_ids = _content_type_ids({})

    # Back to the layout before the move: the rows are in the disclosures app's tables again.
    _migrate(BEFORE_THE_MOVE)
    everything_in_disclosures = dict.fromkeys(MOVED, "disclosures")
    assert _row_counts(everything_in_disclosures) == moved_rows
    assert _content_type_ids(everything_in_disclosures) == type_ids

    # And forward again, as an upgrade runs it.
    _migrate(leaves)
    assert _row_counts({}) == moved_rows
    assert _content_type_ids({}) == type_ids
    verification = verify()
    assert verification.first_break is None
    assert verification.links_checked == ChainLink.objects.count()

    # New history of a moved model is chained under the label its older links carry.
    project = Project.objects.filter(unit=demo.unit).first()
    project.contractor = "青山镇建设工程有限公司"
    save_edit(project, user=demo.clerk, expected_version=project.version, reason="更正施工单位")
    link = ChainLink.objects.order_by("-seq").first()
    assert link.history_model == "disclosures.historicalproject"
    assert Feedback.objects.exists()
    assert verify().first_break is None
