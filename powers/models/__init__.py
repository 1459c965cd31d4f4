"""The catalog app's models, one module per concern."""

from __future__ import annotations

from ..lifecycle import Status, queue_in_my_work
from .catalog import LegalBasis, ListType, PowerCategory, PowerItem, published_order
from .flowcharts import Flowchart, FlowchartRender, FlowEdge, FlowStep
from .organisation import (
    RECORD_PERMISSIONS,
    County,
    PartyMembership,
    Post,
    RoleAssignment,
    Township,
    TownshipUserObjectPermission,
    Unit,
    UnitUserObjectPermission,
)
from .privacy import PersonalDataWaiver
from .scheduler import ScheduledRun

__all__ = [
    "RECORD_PERMISSIONS",
    "County",
    "FlowEdge",
    "FlowStep",
    "Flowchart",
    "FlowchartRender",
    "LegalBasis",
    "ListType",
    "PartyMembership",
    "PersonalDataWaiver",
    "Post",
    "PowerCategory",
    "PowerItem",
    "RoleAssignment",
    "ScheduledRun",
    "Status",
    "Township",
    "TownshipUserObjectPermission",
    "Unit",
    "UnitUserObjectPermission",
    "published_order",
]


def _item_chart_ids(item: PowerItem) -> dict:
    # From history, so the timeline keeps the steps of a chart that was later replaced.
    ids = Flowchart.history.filter(item_id=item.pk).values("id")
    return {"flowchart_id__in": ids}


# Whose changes show in whose timeline: (child model, filter of its history by the parent).
PowerItem.history_children = [
    (LegalBasis, lambda item: {"item_id": item.pk}),
    (Flowchart, lambda item: {"item_id": item.pk}),
    (FlowStep, _item_chart_ids),
    (FlowEdge, _item_chart_ids),
]
Flowchart.history_children = [
    (FlowStep, lambda chart: {"flowchart_id": chart.pk}),
    (FlowEdge, lambda chart: {"flowchart_id": chart.pk}),
]

queue_in_my_work(PowerItem)
queue_in_my_work(Flowchart, item__isnull=True)
