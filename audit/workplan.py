"""The work plan's checklist (实施步骤): what each unit has done of each phase, from its data.

Every item is computed from the records the unit keeps; none is ticked by hand:

===================  ============  ===========================================================
item                 phase         done when
===================  ============  ===========================================================
leading_group        安排部署      the unit names its first responsible person (第一责任人) and
                                   has an active unit head (单位负责人) and clerk (录入员): the
                                   leading group and the working body as the portal knows them
catalog_compiled     职权清理      the unit has at least one catalog item (not withdrawn)
catalog_published    职权清理      at least PUBLISHED_PERCENT % of its items (withdrawn ones
                                   left out) are public, i.e. have an approved version online
flowcharts           职权清理      it has public items and each has a public flowchart
disclosure_catalog   职权清理      its disclosure catalog (公开目录) has an active matter
risk_ledger          健全制度      it has risk points and every one (withdrawn ones left out)
                                   has passed the township's review (民主评 then 乡镇审)
disclosures_current  健全制度      it has a disclosure catalog and no matter of it is overdue
                                   (disclosures.obligations' due dates)
summary_report       总结完善      the unit head submitted the summary report (专题报告)
===================  ============  ===========================================================

An item not done is overdue once its phase's deadline has passed (the summary report: once the
plan's report date has). A township's checklists take a fixed number of queries, whatever the
number of its units.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Q, prefetch_related_objects
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from disclosures.models import DisclosureObligation
from disclosures.obligations import catalog_rows
from powers.history import user_display_name
from powers.lifecycle import Status
from powers.models import ListType, PowerItem, RoleAssignment, Township, Unit
from risks.models import RiskPoint

from .models import Phase, SummaryReport, WorkPlan

Stage = Phase.Stage
Role = RoleAssignment.Role

# A catalog is "published" when this share of its items is public: a catalog keeps changing
# (new items and edits wait in review, returned ones are being fixed), the plan asks that the
# list be out, not that nothing be in review.
PUBLISHED_PERCENT = 80


@dataclass(frozen=True)
class Check:
    key: str
    label: str
    stage: str


CHECKS = [
    Check("leading_group", gettext_lazy("成立领导小组，明确第一责任人"), Stage.ARRANGE),
    Check("catalog_compiled", gettext_lazy("编制权力目录"), Stage.CLEAR_POWERS),
    Check("catalog_published", gettext_lazy("权力目录对外公布"), Stage.CLEAR_POWERS),
    Check("flowcharts", gettext_lazy("每项公开事项都有流程图"), Stage.CLEAR_POWERS),
    Check("disclosure_catalog", gettext_lazy("建立公开目录"), Stage.CLEAR_POWERS),
    Check("risk_ledger", gettext_lazy("风险台账经民主评议和乡镇审核"), Stage.INSTITUTIONS),
    Check("disclosures_current", gettext_lazy("公开目录事项按期公开"), Stage.INSTITUTIONS),
    Check("summary_report", gettext_lazy("向乡纪委报送专题报告"), Stage.SUMMARY),
]
CHECK_KEYS = [check.key for check in CHECKS]


class State:
    DONE = "done"
    OPEN = "open"
    OVERDUE = "overdue"

    LABELS = {
        DONE: gettext_lazy("已完成"),
        OPEN: gettext_lazy("未完成"),
        OVERDUE: gettext_lazy("已逾期"),
    }


@dataclass
class ItemResult:
    """One checklist item of one unit: done or not, overdue or not, and what is missing."""

    check: Check
    phase: Phase | None
    deadline: date | None
    state: str
    note: str

    @property
    def state_label(self) -> str:
        return str(State.LABELS[self.state])

    @property
    def is_done(self) -> bool:
        return self.state == State.DONE

    @property
    def is_overdue(self) -> bool:
        return self.state == State.OVERDUE


@dataclass
class UnitChecklist:
    unit: Unit
    items: list[ItemResult]
    report: SummaryReport | None = None

    def item(self, key: str) -> ItemResult:
        return next(result for result in self.items if result.check.key == key)

    @property
    def report_item(self) -> ItemResult:
        return self.item("summary_report")

    @property
    def done(self) -> int:
        return sum(result.is_done for result in self.items)

    @property
    def overdue(self) -> int:
        return sum(result.is_overdue for result in self.items)

    @property
    def open(self) -> int:
        return len(self.items) - self.done - self.overdue

    @property
    def percent(self) -> int:
        return round(100 * self.done / len(self.items)) if self.items else 0


@dataclass
class PhaseProgress:
    """How far the units are with one phase's items, and where the phase stands in time."""

    phase: Phase
    checks: list[Check]
    done: int = 0
    open: int = 0
    overdue: int = 0
    timing: str = ""

    @property
    def total(self) -> int:
        return self.done + self.open + self.overdue

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def timing_label(self) -> str:
        return str(
            {"past": _("已截止"), "current": _("进行中"), "upcoming": _("未开始")}[self.timing]
        )


@dataclass
class PlanProgress:
    plan: WorkPlan
    today: date
    checklists: list[UnitChecklist]
    phases: list[PhaseProgress] = field(default_factory=list)

    @property
    def overdue_items(self) -> list[tuple[Unit, ItemResult]]:
        return [
            (checklist.unit, result)
            for checklist in self.checklists
            for result in checklist.items
            if result.is_overdue
        ]

    @property
    def done(self) -> int:
        return sum(checklist.done for checklist in self.checklists)

    @property
    def total(self) -> int:
        return sum(len(checklist.items) for checklist in self.checklists)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


def current_plan(township: Township) -> WorkPlan | None:
    """The township's plan in force: the one started last."""
    return WorkPlan.objects.filter(township=township).order_by("-start", "-pk").first()


# Facts per unit, each from one grouped query ---------------------------------------------


def _by_unit(rows) -> dict[int, dict]:
    return {row.pop("unit_id"): row for row in rows}


def _roles(unit_ids: list[int]) -> dict[int, set[str]]:
    roles: dict[int, set[str]] = defaultdict(set)
    for unit_id, role in RoleAssignment.objects.filter(
        unit_id__in=unit_ids, is_active=True, role__in=[Role.CLERK, Role.UNIT_HEAD]
    ).values_list("unit_id", "role"):
        roles[unit_id].add(role)
    return roles


def _catalogs(unit_ids: list[int]) -> dict[int, dict]:
    kept = ~Q(status=Status.WITHDRAWN)
    public = kept & Q(is_public=True)
    # What a negative list names (a certificate a village must not issue) is never exercised:
    # it has no procedure to chart.
    charted = ~Q(list_type__kind=ListType.Kind.NEGATIVE)
    chartless = public & charted & (Q(flowchart__isnull=True) | Q(flowchart__is_public=False))
    return _by_unit(
        PowerItem.objects.filter(unit_id__in=unit_ids)
        .values("unit_id")
        .annotate(
            total=Count("pk", filter=kept),
            public=Count("pk", filter=public),
            chartless=Count("pk", filter=chartless),
        )
        .order_by()
    )


def _ledgers(unit_ids: list[int]) -> dict[int, dict]:
    return _by_unit(
        RiskPoint.objects.filter(unit_id__in=unit_ids)
        .exclude(status=Status.WITHDRAWN)
        .values("unit_id")
        .annotate(
            total=Count("pk"),
            approved=Count("pk", filter=Q(first_approved_at__isnull=False)),
            reviewed=Count("pk", filter=Q(reviewed_at__isnull=False)),
        )
        .order_by()
    )


def _obligations(unit_ids: list[int], today: date) -> tuple[Counter, Counter]:
    obligations = DisclosureObligation.objects.filter(unit_id__in=unit_ids, is_active=True)
    total, overdue = Counter(), Counter()
    for row in catalog_rows(obligations, today):
        total[row.obligation.unit_id] += 1
        overdue[row.obligation.unit_id] += row.state.overdue
    return total, overdue


# The items ------------------------------------------------------------------------------------


def _leading_group(unit: Unit, roles: set[str]) -> tuple[bool, str]:
    missing = []
    if not unit.first_responsible.strip():
        missing.append(_("未填写第一责任人"))
    if Role.UNIT_HEAD not in roles:
        missing.append(_("没有单位负责人账号"))
    if Role.CLERK not in roles:
        missing.append(_("没有录入员账号"))
    if missing:
        return False, "；".join(missing)
    who = unit.first_responsible
    if unit.first_responsible_title:
        who = f"{who}（{unit.first_responsible_title}）"
    return True, _("第一责任人：%(who)s") % {"who": who}


def _compiled(catalog: dict) -> tuple[bool, str]:
    if not catalog["total"]:
        return False, _("尚未录入权力事项")
    return True, _("共 %(n)s 项权力事项") % {"n": catalog["total"]}


def _published(catalog: dict) -> tuple[bool, str]:
    total, public = catalog["total"], catalog["public"]
    if not total:
        return False, _("尚未录入权力事项")
    note = _("已公开 %(public)s / %(total)s 项") % {"public": public, "total": total}
    if public * 100 >= total * PUBLISHED_PERCENT:
        return True, note
    return False, _("%(note)s，至少应公开 %(percent)s%%") % {
        "note": note,
        "percent": PUBLISHED_PERCENT,
    }


def _flowcharts(catalog: dict) -> tuple[bool, str]:
    if not catalog["public"]:
        return False, _("还没有公开的权力事项")
    if catalog["chartless"]:
        return False, _("%(n)s 项已公开的权力事项没有公开的流程图") % {"n": catalog["chartless"]}
    return True, _("%(n)s 项公开事项均有流程图") % {"n": catalog["public"]}


def _disclosure_catalog(obligations: int) -> tuple[bool, str]:
    if not obligations:
        return False, _("尚未建立公开目录")
    return True, _("公开目录共 %(n)s 项") % {"n": obligations}


def _risk_ledger(ledger: dict) -> tuple[bool, str]:
    total = ledger["total"]
    if not total:
        return False, _("尚未建立风险台账")
    pending = total - ledger["approved"]
    if pending:
        unreviewed = total - ledger["reviewed"]
        note = _("%(n)s 个风险点尚未通过乡镇审核") % {"n": pending}
        if unreviewed:
            note += _("（其中 %(n)s 个尚未民主评议）") % {"n": unreviewed}
        return False, note
    return True, _("%(n)s 个风险点均已通过乡镇审核") % {"n": total}


def _disclosures_current(obligations: int, overdue: int) -> tuple[bool, str]:
    if not obligations:
        return False, _("尚未建立公开目录")
    if overdue:
        return False, _("%(n)s 项公开目录事项逾期未公开") % {"n": overdue}
    return True, _("%(n)s 项公开目录事项均按期公开") % {"n": obligations}


def _summary_report(report: SummaryReport | None) -> tuple[bool, str]:
    if report is None:
        return False, _("尚未报送专题报告")
    if not report.is_submitted:
        return False, _("专题报告草稿中，尚未报送")
    when = date_format(timezone.localtime(report.submitted_at), "Y-m-d H:i")
    return True, _("%(when)s 由 %(who)s 报送") % {
        "when": when,
        "who": user_display_name(report.submitted_by),
    }


def _result(check: Check, outcome: tuple[bool, str], plan: WorkPlan, phases, today: date):
    phase = phases.get(check.stage)
    deadline = plan.report_due if check.stage == Stage.SUMMARY else None
    if deadline is None and phase is not None:
        deadline = phase.deadline
    done, note = outcome
    if done:
        state = State.DONE
    elif deadline is not None and deadline < today:
        state = State.OVERDUE
    else:
        state = State.OPEN
    return ItemResult(check, phase, deadline, state, note)


def checklists(
    plan: WorkPlan, units: list[Unit] | None = None, today: date | None = None
) -> list[UnitChecklist]:
    """The checklist of each unit (the township's active units unless given), computed in a
    fixed number of queries: units, phases, roles, items, risk points, four for the
    disclosure catalog, and the reports."""
    today = today or timezone.localdate()
    if units is None:
        units = list(
            Unit.objects.filter(township_id=plan.township_id, is_active=True).order_by("code")
        )
    phases = {phase.stage: phase for phase in plan.phases.all()}
    unit_ids = [unit.pk for unit in units]
    roles = _roles(unit_ids)
    catalogs = _catalogs(unit_ids)
    ledgers = _ledgers(unit_ids)
    obligations, overdue = _obligations(unit_ids, today)
    reports = {
        report.unit_id: report
        for report in SummaryReport.objects.filter(plan=plan, unit_id__in=unit_ids).select_related(
            "submitted_by"
        )
    }
    no_items = {"total": 0, "public": 0, "chartless": 0}
    no_points = {"total": 0, "approved": 0, "reviewed": 0}
    result = []
    for unit in units:
        catalog = catalogs.get(unit.pk, no_items)
        outcomes = {
            "leading_group": _leading_group(unit, roles[unit.pk]),
            "catalog_compiled": _compiled(catalog),
            "catalog_published": _published(catalog),
            "flowcharts": _flowcharts(catalog),
            "disclosure_catalog": _disclosure_catalog(obligations[unit.pk]),
            "risk_ledger": _risk_ledger(ledgers.get(unit.pk, no_points)),
            "disclosures_current": _disclosures_current(obligations[unit.pk], overdue[unit.pk]),
            "summary_report": _summary_report(reports.get(unit.pk)),
        }
        items = [_result(check, outcomes[check.key], plan, phases, today) for check in CHECKS]
        result.append(UnitChecklist(unit, items, reports.get(unit.pk)))
    return result


def _timing(phase: Phase, today: date) -> str:
    if phase.deadline < today:
        return "past"
    if phase.start is not None and phase.start > today:
        return "upcoming"
    return "current"


def plan_progress(
    plan: WorkPlan, units: list[Unit] | None = None, today: date | None = None
) -> PlanProgress:
    """Every unit's checklist, and per phase how many of its items are done and overdue."""
    today = today or timezone.localdate()
    prefetch_related_objects([plan], "phases")  # read once, by the checklists and here
    lists = checklists(plan, units, today)
    progress = PlanProgress(plan, today, lists)
    for phase in plan.phases.all():
        row = PhaseProgress(
            phase,
            [check for check in CHECKS if check.stage == phase.stage],
            timing=_timing(phase, today),
        )
        for checklist in lists:
            for result in checklist.items:
                if result.check.stage != phase.stage:
                    continue
                if result.is_done:
                    row.done += 1
                elif result.is_overdue:
                    row.overdue += 1
                else:
                    row.open += 1
        progress.phases.append(row)
    return progress
