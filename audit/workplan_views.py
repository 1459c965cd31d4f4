"""The work plan's progress (实施步骤): a township's dashboard for the discipline committee,
reviewers and administrators, and each unit's own checklist for its officials."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.db.models import prefetch_related_objects
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from powers.models import Unit
from powers.permissions import get_unit_for_user, grants_for, townships_with_perm
from risks.views import get_township_for_user

from .report import TOWNSHIP_KIND, UNIT_KIND
from .workplan import CHECKS, State, checklists, current_plan, plan_progress

# The bar charts' geometry, in SVG user units (the chart scales to the page's width).
LABEL_WIDTH = 170
BAR_WIDTH = 400
ROW_HEIGHT = 30


@dataclass
class Segment:
    state: str
    x: int
    width: int
    count: int


@dataclass
class BarRow:
    label: str
    url: str
    y: int
    segments: list[Segment]
    summary: str

    @property
    def text_y(self) -> int:
        return self.y + 15


def bar_rows(rows: list[tuple[str, str, int, int, int, str]]) -> list[BarRow]:
    """Stacked bars of (label, url, done, overdue, open, summary): done, then overdue, then
    still open, each as wide as its share."""
    bars = []
    for index, (label, url, done, overdue, still_open, summary) in enumerate(rows):
        total = done + overdue + still_open
        segments, counted, x = [], 0, LABEL_WIDTH
        for state, count in (
            (State.DONE, done),
            (State.OVERDUE, overdue),
            (State.OPEN, still_open),
        ):
            counted += count
            # Ends from the running total, so the widths always add up to the whole bar.
            end = LABEL_WIDTH + round(BAR_WIDTH * counted / total) if total else x
            if count:
                segments.append(Segment(state, x, end - x, count))
            x = end
        bars.append(BarRow(label, url, index * ROW_HEIGHT + 8, segments, summary))
    return bars


def _chart(rows) -> dict:
    return {
        "rows": bar_rows(rows),
        "height": len(rows) * ROW_HEIGHT + 12,
        "width": LABEL_WIDTH + BAR_WIDTH + 90,
        "summary_x": LABEL_WIDTH + BAR_WIDTH + 8,
        "label_x": LABEL_WIDTH - 8,
        "bar_x": LABEL_WIDTH,
        "bar_width": BAR_WIDTH,
    }


@login_required
@require_GET
def workplan_index(request: HttpRequest) -> HttpResponse:
    """Where the navigation's link leads: the one township or unit the user follows, or a list."""
    townships = list(townships_with_perm(request.user, "view_records").order_by("code"))
    units = list(
        Unit.objects.with_perm(request.user)
        .exclude(township__in=townships)
        .select_related("township")
        .order_by("township__code", "code")
    )
    if len(townships) == 1 and not units:
        return redirect("workplan:township", townships[0].pk)
    if not townships and len(units) == 1:
        return redirect("workplan:unit", units[0].pk)
    return render(request, "audit/workplan/index.html", {"townships": townships, "units": units})


@login_required
@require_GET
def township_progress(request: HttpRequest, township_id: int) -> HttpResponse:
    """Every unit's checklist of the township's plan, per unit and per phase, with what is
    overdue."""
    township = get_township_for_user(request, township_id)
    plan = current_plan(township)
    context = {
        "township": township,
        "plan": plan,
        "checks": CHECKS,
        "unit_kind": UNIT_KIND,
        "township_kind": TOWNSHIP_KIND,
    }
    if plan is not None:
        progress = plan_progress(plan)
        context["progress"] = progress
        context["unit_chart"] = _chart(
            [
                (
                    checklist.unit.name,
                    reverse("workplan:unit", args=[checklist.unit.pk]),
                    checklist.done,
                    checklist.overdue,
                    checklist.open,
                    f"{checklist.done}/{len(checklist.items)}",
                )
                for checklist in progress.checklists
            ]
        )
        context["phase_chart"] = _chart(
            [
                (
                    row.phase.name,
                    f"#phase-{row.phase.pk}",
                    row.done,
                    row.overdue,
                    row.open,
                    f"{row.percent}%",
                )
                for row in progress.phases
            ]
        )
    return render(request, "audit/workplan/township.html", context)


@login_required
@require_GET
def unit_progress(request: HttpRequest, unit_id: int) -> HttpResponse:
    """One unit's checklist, phase by phase, for its own officials and the township."""
    unit = get_unit_for_user(request, unit_id)
    plan = current_plan(unit.township)
    context = {"unit": unit, "plan": plan}
    if plan is not None:
        prefetch_related_objects([plan], "phases")
        checklist = checklists(plan, [unit])[0]
        phases = [
            (phase, [result for result in checklist.items if result.phase == phase])
            for phase in plan.phases.all()
        ]
        context.update(checklist=checklist, phases=phases)
        context["sees_township"] = "view_records" in grants_for(request.user).on_township(
            unit.township_id
        )
    return render(request, "audit/workplan/unit.html", context)
