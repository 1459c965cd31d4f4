"""Opening and recording cases of the demo village's items, as the clerk would."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from cases import services
from cases.models import Case, StepRecord
from powers.models import PowerItem


def open_case(
    demo, item_code: str = "JC-01", *, reference: str = "T-001", days_ago: int = 30, **fields
):
    item = PowerItem.objects.get(unit=demo.unit, code=item_code)
    case = Case(
        unit=demo.unit,
        item=item,
        reference=reference,
        title=fields.pop("title", "测试办理事项"),
        opened_on=timezone.localdate() - timedelta(days=days_ago),
        **fields,
    )
    return services.open_case(case, user=demo.clerk)


def step_id(case: Case, name: str) -> int:
    return next(step["id"] for step in case.snapshot["steps"] if step["name"] == name)


def record(
    case: Case, name: str, day: int, end: int | None = None, user=None, **fields
) -> StepRecord:
    """A record of the step called ``name``, ``day`` days after the case opened."""
    entry = StepRecord(
        case=case,
        step_id=step_id(case, name),
        started_on=case.opened_on + timedelta(days=day),
        completed_on=case.opened_on + timedelta(days=day if end is None else end),
        **fields,
    )
    return services.save_record(entry, user=user or case.opened_by)
