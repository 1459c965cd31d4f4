"""The printed sheets of the risk ledger (``printing``): a unit's risk ledger (廉政风险防控台账)
and an item's flowchart sheet, which prints the chart with its published risk points (composed
here, where both the chart and the risk points are known). Registered from RisksConfig.ready."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from powers.lifecycle import approved_snapshot
from powers.models import Flowchart, FlowchartRender, PowerItem, Unit
from printing import sheets

from .models import PreventionMeasure, RiskPoint


def _phase_columns() -> dict[str, int]:
    """Each prevention phase's column (事前、事中、事后), by its label in every language: a
    snapshot keeps the label in the language of whoever approved it."""
    columns = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for column, phase in enumerate(PreventionMeasure.Phase):
                columns[str(phase.label)] = column
    return columns


def _ledger_row(point: RiskPoint, item_names: dict[str, str], columns: dict[str, int]) -> dict:
    """A public risk point from its approved snapshot: its level's name, and its measures by
    phase in the order the ledger reads (before, during, after), not the snapshot's."""
    data = point.published_data
    phases: list[list[dict]] = [[] for _phase in PreventionMeasure.Phase]
    for measure in data.get("measures", []):
        # A phase no language names (a label since renamed) still prints, in the last column.
        phases[columns.get(measure.get("phase"), len(phases) - 1)].append(measure)
    responsible = []
    for measure in data.get("measures", []):
        if measure.get("responsible") and measure["responsible"] not in responsible:
            responsible.append(measure["responsible"])
    return {
        **data,
        "pk": point.pk,
        "item_name": item_names.get(data.get("item_code", ""), ""),
        "level_name": (data.get("level") or {}).get("name", ""),
        "phases": phases,
        "ordered_measures": [measure for phase in phases for measure in phase],
        "responsible": "、".join(responsible),
    }


def _public_points(unit: Unit) -> list[RiskPoint]:
    """The unit's risk points the public reads (of a public item or of none), as the public
    pages select them."""
    return [
        point
        for point in RiskPoint.objects.public()
        .filter(unit=unit)
        .filter(Q(item__isnull=True) | Q(item__is_public=True))
        .only("pk", "code", "published_data", "published_at")
        .order_by("code")
        if point.published_data
    ]


def _ledger_rows(points: list[RiskPoint], unit: Unit) -> list[dict]:
    codes = {point.published_data.get("item_code") for point in points} - {"", None}
    item_names = {}
    if codes:
        items = PowerItem.objects.public().filter(unit=unit, code__in=codes).only("published_data")
        snapshots = [approved_snapshot(item) for item in items]
        item_names = {data.get("code", ""): data.get("name", "") for data in snapshots if data}
    columns = _phase_columns()
    return [_ledger_row(point, item_names, columns) for point in points]


def flowchart_sheet(chart: Flowchart) -> sheets.Sheet:
    unit = chart.unit
    approved = approved_snapshot(chart)
    # A chart never approved prints its working state as a draft (样稿), in the same shape.
    data = approved or chart.public_snapshot()
    steps = data.get("steps", [])
    sheets._check_rows(len(steps))
    source_hash = data.get("source_hash", "")
    render = (
        FlowchartRender.objects.filter(
            source_hash=source_hash, status=FlowchartRender.Status.DONE
        ).first()
        if source_hash
        else None
    )
    scope = Q(step__flowchart=chart) | Q(item_id=chart.item_id or 0)
    points = [
        point
        for point in RiskPoint.objects.public()
        .filter(scope)
        .filter(Q(item__isnull=True) | Q(item__is_public=True))
        .only("pk", "code", "published_data")
        .order_by("code")
        if point.published_data
    ]
    sheets._check_rows(len(points))
    item = chart.item
    shown_item = None
    if item is not None:
        shown_item = approved_snapshot(item) or {"code": item.code, "name": item.name}
    public = True
    if item is not None and item.is_public:
        live = sheets.absolute(
            reverse("public:item_page", args=[unit.township.code, unit.code, item.code])
        )
        feedback = sheets._feedback(unit, item=item.code)
    elif chart.is_public:
        live = sheets.absolute(
            reverse("public:chart_page", args=[unit.township.code, unit.code, chart.pk])
        )
        feedback = sheets._feedback(unit)
    else:
        live, feedback = sheets._public_unit(unit), sheets._feedback(unit)
        public = False
    return sheets.Sheet(
        kind=sheets.Kind.FLOWCHART_SHEET,
        record=chart,
        unit=unit,
        title=data.get("title", chart.title),
        version=str(chart.published_version if approved else chart.version),
        template="printing/flowchart_sheet.html",
        context={
            "chart": data,
            "item": shown_item,
            "steps": steps,
            "points": _ledger_rows(points, unit),
            "chart_image": render.svg.url if render and render.svg else "",
            "is_draft": not approved,
        },
        live_url=live,
        feedback_url=feedback,
        public=public,
    )


def risk_ledger_sheet(unit: Unit) -> sheets.Sheet:
    points = _public_points(unit)
    sheets._check_rows(len(points))
    return sheets.Sheet(
        kind=sheets.Kind.RISK_LEDGER,
        record=unit,
        unit=unit,
        title=_("%(unit)s廉政风险防控台账") % {"unit": unit.name},
        version=sheets._latest_approval(points),
        template="printing/risk_ledger.html",
        context={"points": _ledger_rows(points, unit)},
        live_url=sheets._public_unit(unit),
        feedback_url=sheets._feedback(unit),
        public=True,
    )


def _load_chart(pk: int) -> Flowchart | None:
    return Flowchart.objects.select_related("unit__township", "item").filter(pk=pk).first()


Kind = sheets.Kind
sheets.register_kind(
    Kind.FLOWCHART_SHEET,
    sheets.DocumentKind(
        label=Kind.FLOWCHART_SHEET.label,
        load=_load_chart,
        build=flowchart_sheet,
        stamp=sheets.record_version(Flowchart),
    ),
)
sheets.register_kind(
    Kind.RISK_LEDGER,
    sheets.DocumentKind(
        label=Kind.RISK_LEDGER.label, load=sheets.load_unit, build=risk_ledger_sheet
    ),
)
