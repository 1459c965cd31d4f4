"""The work plan (实施步骤): each unit's checklist as its officials and the township see it,
the overdue warnings, and who may look."""

from __future__ import annotations

import html
import re
from datetime import date, timedelta
from itertools import pairwise

import pytest
from django.urls import reverse
from django.utils import timezone

from audit.models import Phase, SummaryReport, WorkPlan
from audit.tasks import warn_overdue_workplan_items
from disclosures.models import DisclosureObligation
from disclosures.obligations import due_state
from powers.lifecycle import Status
from powers.models import Flowchart, PowerItem, RoleAssignment, Unit
from risks.models import RiskPoint, Warning
from tests.factories import PowerItemFactory, UnitFactory

pytestmark = pytest.mark.dates

Stage = Phase.Stage
DONE, OPEN, OVERDUE = "已完成", "未完成", "已逾期"

# The checklist as the unit page names it, with the phase each item belongs to.
ITEMS = {
    "成立领导小组，明确第一责任人": Stage.ARRANGE,
    "编制权力目录": Stage.CLEAR_POWERS,
    "权力目录对外公布": Stage.CLEAR_POWERS,
    "每项公开事项都有流程图": Stage.CLEAR_POWERS,
    "建立公开目录": Stage.CLEAR_POWERS,
    "风险台账经民主评议和乡镇审核": Stage.INSTITUTIONS,
    "公开目录事项按期公开": Stage.INSTITUTIONS,
    "向乡纪委报送专题报告": Stage.SUMMARY,
}
ROW = re.compile(
    r'<span class="wp-state state-\w+">([^<]+)</span>\s*<span>([^<]+?)\s*'
    r'(?:<span class="muted">[^<]*</span>)?</span>\s*<span class="note">([^<]*)</span>'
)


def shown_checklist(client, unit: Unit) -> dict[str, tuple[str, str]]:
    """What the unit's page shows: item → (state, what is missing)."""
    response = client.get(reverse("workplan:unit", args=[unit.pk]))
    assert response.status_code == 200
    rows = ROW.findall(response.content.decode())
    return {html.unescape(item): (state, html.unescape(note)) for state, item, note in rows}


def expected_checklist(unit: Unit, plan: WorkPlan, today: date) -> dict[str, str]:
    """The states, worked out here from the unit's records one by one."""
    items = [item for item in unit.power_items.all() if item.status != Status.WITHDRAWN]
    public = [item for item in items if item.is_public]
    # An item of a negative list is never exercised: it needs no chart.
    to_chart = [item for item in public if not (item.list_type and item.list_type.is_negative)]
    charted = [
        item for item in to_chart if Flowchart.objects.filter(item=item, is_public=True).exists()
    ]
    roles = set(
        RoleAssignment.objects.filter(unit=unit, is_active=True).values_list("role", flat=True)
    )
    points = list(RiskPoint.objects.filter(unit=unit).exclude(status=Status.WITHDRAWN))
    obligations = list(DisclosureObligation.objects.filter(unit=unit, is_active=True))
    late = 0
    for obligation in obligations:
        published = obligation.disclosures.filter(is_public=True).order_by("-published_at").first()
        pending = (
            obligation.disclosures.filter(is_public=False, publicity_start__isnull=False)
            .exclude(status=Status.WITHDRAWN)
            .order_by("-publicity_start")
            .first()
        )
        state = due_state(
            obligation,
            timezone.localdate(published.published_at) if published else None,
            today,
            pending.publicity_start if pending else None,
        )
        late += state.overdue
    done = {
        "成立领导小组，明确第一责任人": bool(unit.first_responsible)
        and {RoleAssignment.Role.CLERK, RoleAssignment.Role.UNIT_HEAD} <= roles,
        "编制权力目录": bool(items),
        # Published: four in five of the unit's items have an approved version online.
        "权力目录对外公布": bool(items) and len(public) * 5 >= len(items) * 4,
        "每项公开事项都有流程图": bool(public) and len(charted) == len(to_chart),
        "建立公开目录": bool(obligations),
        "风险台账经民主评议和乡镇审核": bool(points)
        and all(point.first_approved_at for point in points),
        "公开目录事项按期公开": bool(obligations) and late == 0,
        "向乡纪委报送专题报告": SummaryReport.objects.filter(
            plan=plan, unit=unit, submitted_at__isnull=False
        ).exists(),
    }
    deadlines = {phase.stage: phase.deadline for phase in plan.phases.all()}
    deadlines[Stage.SUMMARY] = plan.report_due
    return {
        label: DONE if done[label] else OVERDUE if deadlines[stage] < today else OPEN
        for label, stage in ITEMS.items()
    }


@pytest.fixture
def plan(demo) -> WorkPlan:
    return WorkPlan.objects.get(township=demo.township)


@pytest.mark.django_db
def test_the_demo_plan_has_the_seeds_four_phases_and_report_date(plan):
    phases = list(plan.phases.order_by("order"))
    assert [phase.name for phase in phases] == ["安排部署", "职权清理", "健全制度", "总结完善"]
    # The seed's calendar: each phase starts the day after the last one ends, the report
    # goes to the committee four days after the last phase.
    for before, after in pairwise(phases):
        assert (after.start - before.deadline).days == 1
    assert (plan.report_due - phases[-1].deadline).days == 4
    today = timezone.localdate()
    assert phases[2].deadline < today <= phases[3].deadline  # 总结完善 is under way


@pytest.mark.django_db
def test_every_units_checklist_follows_from_its_records(client, demo, plan):
    client.force_login(demo.discipline)
    today = timezone.localdate()
    seen_states = set()
    for unit in Unit.objects.filter(township=demo.township, is_active=True):
        shown = shown_checklist(client, unit)
        expected = expected_checklist(unit, plan, today)
        assert {item: state for item, (state, _note) in shown.items()} == expected, unit.name
        seen_states |= set(expected.values())
    # The demo shows every state: done, overdue and not yet due.
    assert seen_states == {DONE, OPEN, OVERDUE}


@pytest.mark.django_db
def test_the_checklist_says_what_is_missing(client, demo, plan):
    client.force_login(demo.clerk)
    shown = shown_checklist(client, demo.unit)
    pending = (
        RiskPoint.objects.filter(unit=demo.unit, first_approved_at=None)
        .exclude(status=Status.WITHDRAWN)
        .count()
    )
    assert shown["风险台账经民主评议和乡镇审核"][1].startswith(
        f"{pending} 个风险点尚未通过乡镇审核"
    )
    assert shown["向乡纪委报送专题报告"] == (OPEN, "尚未报送专题报告")
    head = demo.unit.role_assignments.get(role=RoleAssignment.Role.UNIT_HEAD).user
    SummaryReport.objects.create(
        plan=plan,
        unit=demo.unit,
        shortcomings="不足",
        improvements="改进",
        submitted_by=head,
        submitted_at=timezone.now(),
    )
    state, note = shown_checklist(client, demo.unit)["向乡纪委报送专题报告"]
    assert state == DONE
    assert head.first_name in note


@pytest.mark.django_db
def test_publishing_the_missing_flowchart_ticks_the_item(client, demo, plan):
    # The demo's 亲属关系证明 is published on a negative list (a certificate the village must not
    # issue) without a chart: never exercised, it is never counted as missing one.
    assert PowerItem.objects.filter(
        unit=demo.unit, is_public=True, list_type__kind="negative", flowchart__isnull=True
    ).exists()
    item = PowerItemFactory(unit=demo.unit, code="WP-01", name="新增的公开事项")
    item.status, item.is_public = Status.PUBLISHED, True
    item.published_data = item.public_snapshot()
    item.save()
    client.force_login(demo.clerk)
    state, note = shown_checklist(client, demo.unit)["每项公开事项都有流程图"]
    # 职权清理 ended before today: a public item without a chart is overdue.
    assert (state, note) == (OVERDUE, "1 项已公开的权力事项没有公开的流程图")

    chart = Flowchart.objects.create(
        unit=demo.unit, kind=Flowchart.Kind.ITEM, item=item, title="新增事项流程图"
    )
    assert shown_checklist(client, demo.unit)["每项公开事项都有流程图"][0] == OVERDUE
    chart.status, chart.is_public = Status.PUBLISHED, True
    chart.save()
    assert shown_checklist(client, demo.unit)["每项公开事项都有流程图"][0] == DONE


@pytest.mark.django_db
def test_each_overdue_item_raises_one_warning_and_a_second_run_none(demo, plan):
    today = timezone.localdate()
    expected = {
        (unit.pk, label)
        for unit in Unit.objects.filter(township=demo.township, is_active=True)
        for label, state in expected_checklist(unit, plan, today).items()
        if state == OVERDUE
    }
    assert expected
    before = Warning.objects.count()
    assert warn_overdue_workplan_items.delay().get() == {"issued": len(expected)}
    warnings = list(Warning.objects.filter(cause_key__startswith="workplan-overdue:"))
    assert Warning.objects.count() == before + len(expected)
    assert {
        (warning.unit_id, label)
        for warning in warnings
        for label in ITEMS
        if f"“{label}”" in warning.cause
    } == expected
    row = warnings[0].history.earliest()
    assert row.history_user is None
    assert row.history_user_name == "系统"
    assert row.history_request == "job:warn_overdue_workplan_items"

    assert warn_overdue_workplan_items.delay().get() == {"issued": 0}
    assert Warning.objects.count() == before + len(expected)


@pytest.mark.django_db
def test_a_warning_closed_by_the_township_is_not_issued_again(demo, plan):
    warn_overdue_workplan_items()
    warning = Warning.objects.filter(cause_key__startswith="workplan-overdue:").first()
    warning.status = Warning.Status.CLOSED
    warning._history_user = demo.reviewer
    warning.save()
    assert warn_overdue_workplan_items() == {"issued": 0}


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["discipline", "reviewer", "administrator"])
def test_the_township_sees_every_unit(client, demo, plan, role):
    client.force_login(getattr(demo, role))
    assert client.get(reverse("workplan:index")).url == reverse(
        "workplan:township", args=[demo.township.pk]
    )
    response = client.get(reverse("workplan:township", args=[demo.township.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    for unit in Unit.objects.filter(township=demo.township):
        assert unit.name in page
    assert "逾期事项" in page and "<svg" in page
    assert client.get(reverse("workplan:unit", args=[demo.unit.pk])).status_code == 200


@pytest.mark.django_db
def test_a_clerk_sees_only_the_own_unit(client, demo, plan):
    client.force_login(demo.clerk)
    # The officials' navigation leads there.
    assert reverse("workplan:index") in client.get(reverse("powers:my_work")).content.decode()
    assert client.get(reverse("workplan:index")).url == reverse(
        "workplan:unit", args=[demo.unit.pk]
    )
    assert client.get(reverse("workplan:unit", args=[demo.unit.pk])).status_code == 200
    assert client.get(reverse("workplan:unit", args=[demo.other_unit.pk])).status_code == 404
    township = reverse("workplan:township", args=[demo.township.pk])
    assert client.get(township).status_code == 403


@pytest.mark.django_db
def test_another_township_sees_nothing(client, demo, plan):
    client.force_login(demo.foreign_reviewer)
    assert client.get(reverse("workplan:township", args=[demo.township.pk])).status_code == 404
    assert client.get(reverse("workplan:unit", args=[demo.unit.pk])).status_code == 404


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_sign_in(client, demo, plan):
    for url in (
        reverse("workplan:index"),
        reverse("workplan:township", args=[demo.township.pk]),
        reverse("workplan:unit", args=[demo.unit.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("login"))


@pytest.mark.django_db
def test_the_dashboard_does_not_grow_with_the_units(client, demo, plan, django_assert_num_queries):
    client.force_login(demo.discipline)
    url = reverse("workplan:township", args=[demo.township.pk])

    def dashboard_queries() -> None:
        # 1-2. session and user, 3-4. the user's unit and township grants, 5. the township,
        # 6. its plan, 7. the plan's phases, 8. the units, 9. their clerks' and heads' roles,
        # 10. catalog counts, 11. risk point counts, 12-15. the disclosure catalog with its
        # channels, published and pending disclosures, 16. the summary reports.
        with django_assert_num_queries(16):
            assert client.get(url).status_code == 200

    dashboard_queries()
    for n in range(5):
        unit = UnitFactory(township=demo.township, first_responsible=f"负责人{n}")
        for m in range(3):
            PowerItemFactory(unit=unit, code=f"N{n}-{m}")
    dashboard_queries()


@pytest.mark.django_db
def test_an_administrator_keeps_the_townships_plan_in_the_admin(client, demo, plan):
    other = WorkPlan.objects.create(
        township=demo.other_township_unit.township,
        title="邻乡实施方案",
        start=plan.start,
        report_due=plan.report_due,
    )
    client.force_login(demo.administrator)
    page = client.get(reverse("admin:audit_workplan_changelist")).content.decode()
    assert plan.title in page
    assert other.title not in page
    assert client.get(reverse("admin:audit_workplan_change", args=[other.pk])).status_code == 404

    phases = list(plan.phases.order_by("order"))
    form = {
        "township": demo.township.pk,
        "title": plan.title,
        "start": plan.start.isoformat(),
        "report_due": plan.report_due.isoformat(),
        "phases-TOTAL_FORMS": len(phases),
        "phases-INITIAL_FORMS": len(phases),
        "phases-MIN_NUM_FORMS": 0,
        "phases-MAX_NUM_FORMS": 1000,
    }
    for n, phase in enumerate(phases):
        form |= {
            f"phases-{n}-id": phase.pk,
            f"phases-{n}-plan": plan.pk,
            f"phases-{n}-order": phase.order,
            f"phases-{n}-stage": phase.stage,
            f"phases-{n}-name": phase.name,
            f"phases-{n}-start": phase.start.isoformat(),
            f"phases-{n}-deadline": phase.deadline.isoformat(),
            f"phases-{n}-description": phase.description,
        }
    later = phases[-1].deadline + timedelta(days=3)
    form["phases-3-deadline"] = later.isoformat()
    response = client.post(reverse("admin:audit_workplan_change", args=[plan.pk]), form)
    assert response.status_code == 302, response.content.decode()[:3000]
    summary = Phase.objects.get(pk=phases[-1].pk)
    assert summary.deadline == later
    assert summary.history.first().history_user == demo.administrator
