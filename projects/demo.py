"""The demo township's livelihood projects (``powers.demo``), after its disclosures: each written
by the unit's clerk, confirmed and approved, and its progress published as a disclosure."""

from __future__ import annotations

import datetime as dt
from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from disclosures.demo import DemoUnit, demo_units, write_disclosure
from disclosures.models import Disclosure
from powers.demo import _walk
from powers.lifecycle import save_edit
from powers.models import Township

from . import demo_data
from .models import Project, ProjectMilestone


def _create_project(entry: DemoUnit, spec: dict, today: dt.date) -> Project:
    project = Project(
        unit=entry.unit,
        code=spec["code"],
        name=spec["name"],
        description=spec["description"],
        budget=Decimal(spec["budget"]),
        fund_source=spec["fund_source"],
        contractor=spec["contractor"],
        progress_status=spec["status"],
        percent_done=spec["percent_done"],
        start_date=today + timedelta(days=spec["start"]),
        planned_end=today + timedelta(days=spec["planned_end"]),
    )
    project.full_clean()

    def milestones(saved: Project) -> None:
        for order, (name, planned, done, note) in enumerate(spec["milestones"], start=1):
            milestone = ProjectMilestone(
                project=saved,
                name=name,
                planned_date=today + timedelta(days=planned),
                done_date=today + timedelta(days=done) if done is not None else None,
                note=entry.text(note),
                order=order,
            )
            milestone.full_clean()
            milestone._history_user = entry.clerk
            milestone._change_reason = "登记民生工程"
            milestone.save()

    # The clerk writes it, the unit head confirms, the township reviewer approves: the public
    # reads the approved snapshot, milestones included.
    save_edit(
        project,
        user=entry.clerk,
        expected_version=None,
        reason="登记民生工程",
        children=[milestones],
    )
    _walk(project, "published", "", entry.people)
    done = [m for m in spec["milestones"] if m[2] is not None]
    progress = {
        "title": f"{spec['name']}进展：{project.get_progress_status_display()} "
        f"{spec['percent_done']}%",
        "category": Disclosure.Category.PROJECT,
        "obligation": "project",
        "items": spec["items"],
        "stage": "published",
        "body": [
            f"工程预算{Decimal(spec['budget']) / 10000:g}万元，资金来源：{spec['fund_source']}。"
            f"施工单位：{spec['contractor']}。",
            f"截至目前工程完成{spec['percent_done']}%，已完成节点："
            + "、".join(name for name, *_rest in done)
            + "。",
            spec["progress_note"],
        ],
    }
    write_disclosure(entry, progress, today=today, project=project)
    return project


def load_demo_projects(township: Township) -> None:
    """The demo's projects with their progress disclosures (once)."""
    if Project.objects.filter(unit__township=township).exists():
        return
    entries = demo_units(township)
    today = timezone.localdate()
    for spec in demo_data.PROJECTS:
        _create_project(entries[spec["unit"]], spec, today)
