"""Signal handlers of the risk ledger."""

from __future__ import annotations

from django.db import transaction
from django.dispatch import receiver

from powers.flowcharts import request_render
from powers.lifecycle import public_content_changed

from .models import RiskPoint


@receiver(public_content_changed, sender=RiskPoint)
def redraw_the_steps_chart(sender, record: RiskPoint, **kwargs) -> None:
    """A risk point appearing on or leaving the public site changes its step's colour."""
    if record.step_id is None:
        return
    chart = record.step.flowchart
    with transaction.atomic():
        request_render(chart, user=getattr(record, "_history_user", None))
