"""What public feedback shows on every officials' page of a unit: how much awaits an answer."""

from __future__ import annotations

from django.db.models import Count, Q
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone

from powers.models import Unit
from powers.panels import register_unit_panel
from powers.permissions import has_unit_perm

from .models import Feedback

UNANSWERED = [Feedback.FeedbackStatus.RECEIVED, Feedback.FeedbackStatus.ASSIGNED]


def unanswered_counts(unit: Unit) -> dict[str, int]:
    """The unit's unanswered feedback and how much of it is overdue (one query)."""
    return Feedback.objects.filter(unit=unit, status__in=UNANSWERED).aggregate(
        unanswered=Count("pk"),
        overdue=Count("pk", filter=Q(reply_deadline__lt=timezone.localdate())),
    )


@register_unit_panel
def unanswered_feedback_panel(request: HttpRequest, unit: Unit) -> str:
    if not has_unit_perm(request.user, unit, "view_records"):
        return ""
    return render_to_string(
        "feedback/panel.html",
        {"unit": unit, "counts": unanswered_counts(unit)},
        request=request,
    )
