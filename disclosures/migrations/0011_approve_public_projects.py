"""Projects that were public before projects were reviewed keep showing, as approved.

Each gets an approved snapshot of its content as it stands (the fields and milestones of
``Project.public_snapshot()`` at the time of this migration, copied here because a migration
must not import today's model code) and the status "published", so nothing disappears from the
public site; the next change of such a project waits for review like any other.
"""

from django.conf import settings
from django.db import migrations
from django.utils import timezone, translation


def _iso(day):
    return day.isoformat() if day else None


def snapshot(project, milestones) -> dict:
    return {
        "code": project.code,
        "name": project.name,
        "description": project.description,
        "budget": str(project.budget),
        "fund_source": project.fund_source,
        "contractor": project.contractor,
        "status": project.progress_status,
        "status_label": str(project.get_progress_status_display()),
        "percent_done": project.percent_done,
        "start_date": _iso(project.start_date),
        "planned_end": _iso(project.planned_end),
        "milestones": [
            {
                "id": milestone.pk,
                "name": milestone.name,
                "planned_date": _iso(milestone.planned_date),
                "done_date": _iso(milestone.done_date),
                "note": milestone.note,
                "photo": milestone.photo.name or "",
            }
            for milestone in milestones
        ],
    }


def approve_public_projects(apps, schema_editor):
    Project = apps.get_model("disclosures", "Project")
    ProjectMilestone = apps.get_model("disclosures", "ProjectMilestone")
    now = timezone.now()
    with translation.override(settings.LANGUAGE_CODE):
        for project in Project.objects.filter(is_public=True, published_data__isnull=True):
            milestones = ProjectMilestone.objects.filter(project=project).order_by(
                "order", "planned_date", "pk"
            )
            Project.objects.filter(pk=project.pk).update(
                status="published",
                published_data=snapshot(project, milestones),
                published_version=project.version,
                published_at=now,
                first_approved_at=now,
            )


class Migration(migrations.Migration):
    dependencies = [
        ("disclosures", "0010_project_review_lifecycle"),
    ]

    operations = [
        migrations.RunPython(approve_public_projects, migrations.RunPython.noop),
    ]
