"""Livelihood projects, feedback, the search index and print jobs now belong to apps of their own
(projects, feedback, public, printing; issue #20). Their tables and rows moved with them in those
apps' first migrations; here the disclosures app's state forgets them, and a disclosure's
project points at ``projects.Project``. Nothing in the database changes."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("disclosures", "0011_approve_public_projects"),
        ("feedback", "0001_moved_from_disclosures"),
        ("printing", "0001_moved_from_disclosures"),
        ("projects", "0001_moved_from_disclosures"),
        ("public", "0001_moved_from_disclosures"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name="feedback",
                    name="assigned_to",
                ),
                migrations.RemoveField(
                    model_name="feedback",
                    name="disclosure",
                ),
                migrations.RemoveField(
                    model_name="feedback",
                    name="item",
                ),
                migrations.RemoveField(
                    model_name="feedback",
                    name="project",
                ),
                migrations.RemoveField(
                    model_name="feedback",
                    name="replied_by",
                ),
                migrations.RemoveField(
                    model_name="feedback",
                    name="unit",
                ),
                migrations.RemoveField(
                    model_name="historicalfeedback",
                    name="assigned_to",
                ),
                migrations.RemoveField(
                    model_name="historicalfeedback",
                    name="disclosure",
                ),
                migrations.RemoveField(
                    model_name="historicalfeedback",
                    name="history_user",
                ),
                migrations.RemoveField(
                    model_name="historicalfeedback",
                    name="item",
                ),
                migrations.RemoveField(
                    model_name="historicalfeedback",
                    name="project",
                ),
                migrations.RemoveField(
                    model_name="historicalfeedback",
                    name="replied_by",
                ),
                migrations.RemoveField(
                    model_name="historicalfeedback",
                    name="unit",
                ),
                migrations.RemoveField(
                    model_name="historicalproject",
                    name="history_user",
                ),
                migrations.RemoveField(
                    model_name="historicalproject",
                    name="unit",
                ),
                migrations.RemoveField(
                    model_name="historicalprojectmilestone",
                    name="history_user",
                ),
                migrations.RemoveField(
                    model_name="historicalprojectmilestone",
                    name="project",
                ),
                migrations.RemoveField(
                    model_name="printjob",
                    name="requested_by",
                ),
                migrations.RemoveField(
                    model_name="printjob",
                    name="township",
                ),
                migrations.RemoveField(
                    model_name="printjob",
                    name="unit",
                ),
                migrations.RemoveField(
                    model_name="project",
                    name="unit",
                ),
                migrations.AlterField(
                    model_name="disclosure",
                    name="project",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="disclosures",
                        to="projects.project",
                        verbose_name="民生工程",
                    ),
                ),
                migrations.RemoveField(
                    model_name="projectmilestone",
                    name="project",
                ),
                migrations.AlterField(
                    model_name="historicaldisclosure",
                    name="project",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="projects.project",
                        verbose_name="民生工程",
                    ),
                ),
                migrations.RemoveField(
                    model_name="searchentry",
                    name="township",
                ),
                migrations.RemoveField(
                    model_name="searchentry",
                    name="unit",
                ),
                migrations.DeleteModel(
                    name="Feedback",
                ),
                migrations.DeleteModel(
                    name="HistoricalFeedback",
                ),
                migrations.DeleteModel(
                    name="HistoricalProject",
                ),
                migrations.DeleteModel(
                    name="HistoricalProjectMilestone",
                ),
                migrations.DeleteModel(
                    name="PrintJob",
                ),
                migrations.DeleteModel(
                    name="ProjectMilestone",
                ),
                migrations.DeleteModel(
                    name="Project",
                ),
                migrations.DeleteModel(
                    name="SearchEntry",
                ),
            ],
            database_operations=[],
        ),
    ]
