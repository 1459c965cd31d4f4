"""The summary report (专题报告): a unit's, or a whole township's, figures from its data, printed
through the disclosures app's print jobs as an A4 PDF.

What it counts, per unit (withdrawn records left out everywhere):

- catalog items by category, and how many are public;
- flowcharts: items with one, and the items that lack one;
- risk points by level (the township's matrix names the levels) and measures by status;
- disclosures published, and the disclosure catalog's matters due on time vs overdue
  (:mod:`disclosures.obligations`);
- feedback received and handled (replied or closed), and ratings by rating;
- warnings issued and closed;
- the gaps: the work plan's checklist items not done, with what is missing;
- the unit's own text on shortcomings and improvements.

Every figure of every unit comes from one grouped query per kind of record, so a township's
report takes the same number of queries as a unit's. The hash chain's head is not part of the
report's content: it goes on the print stamp (:data:`printing.sheets.STAMP_EXTRAS`) when
the sheet is made, with the time it was read. A submitted unit report also carries, in its
content, the head as its submission left it (:func:`audit.submission.seal_submission`), which
no later change moves.

A unit report is frozen when submitted: its content as counted then is kept as JSON on the
report (:func:`submitted_content`), and every later print and the report page show that, not
the unit's figures as they are now; the PDF rendered from it is kept on the report too
(``audit.tasks.freeze_submitted_report``).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, F, Q
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from disclosures.models import Disclosure, DisclosureObligation
from disclosures.obligations import catalog_rows
from feedback.models import Feedback
from powers.lifecycle import Status
from powers.models import PowerItem, Unit
from powers.permissions import grants_for, unit_perms
from printing import sheets as printing
from risks.models import PreventionMeasure, RiskPoint, Warning, matrix_for

from .chain import head_hash
from .models import ChainLink, SummaryReport, WorkPlan
from .scope import chain_label
from .workplan import UnitChecklist, checklists

UNIT_KIND = "summary_report"
TOWNSHIP_KIND = "township_report"
# A unit lacking flowcharts for more items than this gets the first ones listed and a count.
MAX_LISTED_CHARTLESS = 30
HANDLED = {Feedback.FeedbackStatus.REPLIED, Feedback.FeedbackStatus.CLOSED}


@dataclass
class UnitFigures:
    """Everything the report says about one unit."""

    unit: Unit
    checklist: UnitChecklist
    categories: list[dict] = field(default_factory=list)  # name, total, public
    chartless: list[dict] = field(default_factory=list)  # code, name
    chartless_count: int = 0
    levels: list[dict] = field(default_factory=list)  # name, count
    measures: list[dict] = field(default_factory=list)  # label, count
    disclosures_published: int = 0
    obligations: int = 0
    obligations_overdue: int = 0
    feedback: int = 0
    feedback_handled: int = 0
    ratings: list[dict] = field(default_factory=list)  # label, count
    warnings: int = 0
    warnings_closed: int = 0

    @property
    def items(self) -> int:
        return sum(row["total"] for row in self.categories)

    @property
    def items_public(self) -> int:
        return sum(row["public"] for row in self.categories)

    @property
    def with_chart(self) -> int:
        return self.items - self.chartless_count

    @property
    def risk_points(self) -> int:
        return sum(row["count"] for row in self.levels)

    @property
    def top_level(self) -> int:
        return self.levels[0]["count"] if self.levels else 0

    @property
    def measures_total(self) -> int:
        return sum(row["count"] for row in self.measures)

    @property
    def measures_in_effect(self) -> int:
        return next((row["count"] for row in self.measures if row["in_effect"]), 0)

    @property
    def obligations_on_time(self) -> int:
        return self.obligations - self.obligations_overdue

    @property
    def satisfied(self) -> int:
        return next((row["count"] for row in self.ratings if row["satisfied"]), 0)

    @property
    def rated(self) -> int:
        return sum(row["count"] for row in self.ratings)

    @property
    def gaps(self):
        return [result for result in self.checklist.items if not result.is_done]

    @property
    def report(self) -> SummaryReport | None:
        return self.checklist.report


def _grouped(queryset, key: str) -> dict[int, list[dict]]:
    rows: dict[int, list[dict]] = defaultdict(list)
    for row in queryset:
        rows[row.pop(key)].append(row)
    return rows


def unit_figures(plan: WorkPlan, units: list[Unit]) -> list[UnitFigures]:
    """The report's figures for each unit, in a fixed number of queries."""
    today = timezone.localdate()
    unit_ids = [unit.pk for unit in units]
    lists = {checklist.unit.pk: checklist for checklist in checklists(plan, units, today)}
    kept = ~Q(status=Status.WITHDRAWN)

    categories = _grouped(
        PowerItem.objects.filter(kept, unit_id__in=unit_ids)
        .values("unit_id", "category__name", "category__order", "category_id")
        .annotate(total=Count("pk"), public=Count("pk", filter=Q(is_public=True)))
        # Items of no category (their list states none) last, on a row of their own.
        .order_by(
            "unit_id",
            F("category__order").asc(nulls_last=True),
            F("category_id").asc(nulls_last=True),
        ),
        "unit_id",
    )
    chartless = _grouped(
        PowerItem.objects.filter(kept, unit_id__in=unit_ids, flowchart__isnull=True)
        .values("unit_id", "code", "name")
        .order_by("unit_id", "code"),
        "unit_id",
    )
    matrix = matrix_for(plan.township)
    level_counts = Counter(
        {
            (row["unit_id"], row["inherent_level"]): row["n"]
            for row in RiskPoint.objects.filter(kept, unit_id__in=unit_ids)
            .values("unit_id", "inherent_level")
            .annotate(n=Count("pk"))
            .order_by()
        }
    )
    measure_counts = Counter(
        {
            (row["risk_point__unit_id"], row["status"]): row["n"]
            for row in PreventionMeasure.objects.filter(risk_point__unit_id__in=unit_ids)
            .exclude(risk_point__status=Status.WITHDRAWN)
            .values("risk_point__unit_id", "status")
            .annotate(n=Count("pk"))
            .order_by()
        }
    )
    published = dict(
        Disclosure.objects.filter(unit_id__in=unit_ids, is_public=True)
        .values("unit_id")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("unit_id", "n")
    )
    obligations, overdue = Counter(), Counter()
    active = DisclosureObligation.objects.filter(unit_id__in=unit_ids, is_active=True)
    for row in catalog_rows(active, today):
        obligations[row.obligation.unit_id] += 1
        overdue[row.obligation.unit_id] += row.state.overdue
    feedback_counts = Counter(
        {
            (row["unit_id"], row["status"], row["rating"]): row["n"]
            for row in Feedback.objects.filter(unit_id__in=unit_ids)
            .values("unit_id", "status", "rating")
            .annotate(n=Count("pk"))
            .order_by()
        }
    )
    warning_counts = Counter(
        {
            (row["unit_id"], row["status"]): row["n"]
            for row in Warning.objects.filter(unit_id__in=unit_ids)
            .values("unit_id", "status")
            .annotate(n=Count("pk"))
            .order_by()
        }
    )

    figures = []
    for unit in units:
        missing = chartless.get(unit.pk, [])
        levels = [
            {
                "name": level.get("name", level["code"]),
                "count": level_counts[unit.pk, level["code"]],
            }
            for level in matrix.levels
        ]
        ungraded = level_counts[unit.pk, ""]
        if ungraded:
            levels.append({"name": _("未评定"), "count": ungraded})
        feedback = {key: n for key, n in feedback_counts.items() if key[0] == unit.pk}
        figures.append(
            UnitFigures(
                unit=unit,
                checklist=lists[unit.pk],
                categories=[
                    {
                        "name": row["category__name"] or "",
                        "total": row["total"],
                        "public": row["public"],
                    }
                    for row in categories.get(unit.pk, [])
                ],
                chartless=missing[:MAX_LISTED_CHARTLESS],
                chartless_count=len(missing),
                levels=levels,
                measures=[
                    {
                        "label": label,
                        "count": measure_counts[unit.pk, value],
                        "in_effect": value == PreventionMeasure.MeasureStatus.IN_EFFECT,
                    }
                    for value, label in PreventionMeasure.MeasureStatus.choices
                ],
                disclosures_published=published.get(unit.pk, 0),
                obligations=obligations[unit.pk],
                obligations_overdue=overdue[unit.pk],
                feedback=sum(feedback.values()),
                feedback_handled=sum(n for (_u, s, _r), n in feedback.items() if s in HANDLED),
                ratings=[
                    {
                        "label": label,
                        "count": sum(n for (_u, _s, r), n in feedback.items() if r == value),
                        "satisfied": value == Feedback.Rating.SATISFIED,
                    }
                    for value, label in Feedback.Rating.choices
                ],
                warnings=sum(n for (u, _s), n in warning_counts.items() if u == unit.pk),
                warnings_closed=warning_counts[unit.pk, Warning.Status.CLOSED],
            )
        )
    return figures


# --- Submission ----------------------------------------------------------------------------


def submission_link(report: SummaryReport) -> ChainLink | None:
    """The chain's link of the report's submission: its first history row with a submission
    time (the drafts before it have none; the row after it records the sealed hash)."""
    submission = (
        report.history.filter(submitted_at__isnull=False)
        .order_by("history_id")
        .values("history_id")[:1]
    )
    label = chain_label(report.history.model)
    return ChainLink.objects.filter(history_model=label, history_id__in=submission).first()


# What a frozen report keeps of its figures: the lists, and the totals the sheet prints.
FROZEN_FIGURES = (
    "categories",
    "items",
    "items_public",
    "with_chart",
    "chartless",
    "chartless_count",
    "levels",
    "risk_points",
    "top_level",
    "measures",
    "measures_total",
    "measures_in_effect",
    "disclosures_published",
    "obligations",
    "obligations_on_time",
    "obligations_overdue",
    "feedback",
    "feedback_handled",
    "ratings",
    "satisfied",
    "rated",
    "warnings",
    "warnings_closed",
)


def _facts(report: SummaryReport) -> dict:
    unit, plan = report.unit, report.plan
    return {
        "unit_name": unit.name,
        "township_name": unit.township.name,
        "first_responsible": unit.first_responsible,
        "first_responsible_title": unit.first_responsible_title,
        "plan_title": plan.title,
        "report_due": plan.report_due,
    }


def submitted_content(report: SummaryReport) -> dict:
    """The report's content as it is counted now, as plain JSON: the unit's and the plan's
    particulars, every figure, the gaps, and the day it was counted. In the site's language,
    as the printed sheet is."""
    with translation.override(settings.LANGUAGE_CODE):
        figures = unit_figures(report.plan, [report.unit])[0]
        content = {
            "counted_on": timezone.localdate(),
            "facts": _facts(report),
            "figures": {name: getattr(figures, name) for name in FROZEN_FIGURES},
            "gaps": [
                {
                    "label": result.check.label,
                    "state_label": result.state_label,
                    "is_overdue": result.is_overdue,
                    "deadline": result.deadline,
                    "note": result.note,
                }
                for result in figures.gaps
            ],
        }
        # Lazy labels become their words, dates ISO text.
        return json.loads(json.dumps(content, cls=DjangoJSONEncoder))


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def frozen_figures(content: dict) -> SimpleNamespace:
    """A submitted report's figures, read back from its JSON as the sheet reads live ones."""
    gaps = [
        SimpleNamespace(
            check=SimpleNamespace(label=gap["label"]),
            state_label=gap["state_label"],
            is_overdue=gap["is_overdue"],
            deadline=_day(gap["deadline"]),
            note=gap["note"],
        )
        for gap in content["gaps"]
    ]
    return SimpleNamespace(**content["figures"], gaps=gaps)


def frozen_facts(content: dict) -> dict:
    return {**content["facts"], "report_due": _day(content["facts"]["report_due"])}


# --- The printed sheets ------------------------------------------------------------------


def _stamp_time(value) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def _statistics_date(day: date | None = None) -> str:
    """The day the figures were counted, for the stamp: outside the content hash, so that a
    report whose figures did not change keeps its hash and its printed sheet."""
    day = day or timezone.localdate()
    return _("统计日期：%(day)s") % {"day": date_format(day, "Y年n月j日")}


def unit_report_sheet(report: SummaryReport) -> printing.Sheet:
    """The report's sheet: as submitted (its frozen content) once submitted, else counted
    from the unit's data now."""
    unit, plan = report.unit, report.plan
    if report.submitted_content:
        content = report.submitted_content
        figures, facts = frozen_figures(content), frozen_facts(content)
        counted_on = _day(content["counted_on"])
    else:
        figures = unit_figures(plan, [unit])[0]
        figures.checklist.report = report  # the very row being printed, draft or not
        facts, counted_on = _facts(report), None
    return printing.Sheet(
        kind=UNIT_KIND,
        record=report,
        unit=unit,
        title=_("%(unit)s专题报告") % {"unit": facts["unit_name"]},
        version=_stamp_time(report.submitted_at) or _("草稿"),
        template="audit/report/unit_report.html",
        stamp_note=_statistics_date(counted_on),
        context={
            "plan": plan,
            "report": report,
            "figures": figures,
            "facts": facts,
        },
    )


def township_report_sheet(plan: WorkPlan) -> printing.Sheet:
    units = list(Unit.objects.filter(township_id=plan.township_id, is_active=True).order_by("code"))
    if not units and not Unit.objects.filter(township_id=plan.township_id).exists():
        raise printing.SheetTooLarge(_("本乡镇还没有单位，无法生成专题报告。"))
    figures = unit_figures(plan, units)
    reports = SummaryReport.objects.filter(plan=plan, submitted_at__isnull=False)
    latest = max((report.submitted_at for report in reports), default=None)
    totals = {
        name: sum(getattr(row, name) for row in figures)
        for name in (
            "items",
            "with_chart",
            "risk_points",
            "top_level",
            "measures_in_effect",
            "measures_total",
            "obligations_on_time",
            "obligations",
            "feedback_handled",
            "feedback",
            "satisfied",
            "rated",
            "warnings_closed",
            "warnings",
        )
    }
    totals["submitted"] = sum(1 for row in figures if row.report and row.report.is_submitted)
    return printing.Sheet(
        kind=TOWNSHIP_KIND,
        record=plan,
        # The township's own sheet, read by those who hold the township
        # (see may_view_township_report).
        unit=None,
        township=plan.township,
        title=_("%(township)s专题报告") % {"township": plan.township.name},
        version=_stamp_time(latest) or "—",
        template="audit/report/township_report.html",
        context={
            "plan": plan,
            "township": plan.township,
            "figures": figures,
            "totals": totals,
            "top_level_name": (matrix_for(plan.township).levels or [{}])[0].get("name", ""),
        },
        stamp_note=_statistics_date(),
    )


def load_unit_report(record_id: int) -> SummaryReport | None:
    return (
        SummaryReport.objects.select_related("unit__township", "plan__township", "submitted_by")
        .filter(pk=record_id)
        .first()
    )


def load_township_plan(record_id: int) -> WorkPlan | None:
    return WorkPlan.objects.select_related("township").filter(pk=record_id).first()


def may_view_unit_report(user, report: SummaryReport) -> bool:
    return "view_records" in unit_perms(user, report.unit)


def may_view_township_report(user, plan: WorkPlan) -> bool:
    return "view_records" in grants_for(user).on_township(plan.township_id)


def chain_stamp() -> dict:
    """The hash chain's head and when it was read, for every sheet's print stamp."""
    return {"chain_head": head_hash(), "chain_read_at": timezone.localtime()}


def register() -> None:
    """Called from AuditConfig.ready: the reports become print-job documents, and every sheet
    carries the chain's head."""
    printing.register_kind(
        UNIT_KIND,
        printing.DocumentKind(
            gettext_lazy("单位专题报告"), load_unit_report, unit_report_sheet, may_view_unit_report
        ),
    )
    printing.register_kind(
        TOWNSHIP_KIND,
        printing.DocumentKind(
            gettext_lazy("乡镇专题报告"),
            load_township_plan,
            township_report_sheet,
            may_view_township_report,
        ),
    )
    if chain_stamp not in printing.STAMP_EXTRAS:
        printing.STAMP_EXTRAS.append(chain_stamp)
