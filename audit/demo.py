"""The demo township's work plan: the seed's four phases (实施步骤), its report date, and the
summary reports a few units have already sent to the discipline committee."""

from __future__ import annotations

from datetime import date, timedelta

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from powers.models import RoleAssignment, Township, Unit

from .models import Phase, SummaryReport, WorkPlan
from .submission import seal_submission

# The seed's calendar (2013) moved to 2026. The demo keeps the day it was written (Beijing
# time) in the same place of the plan whenever it is loaded: the first three phases are over,
# 总结完善 is under way and the reports are due within the week.
WRITTEN_ON = date(2026, 11, 30)
PLAN_START = date(2026, 9, 1)
REPORT_DUE = date(2026, 12, 5)
PHASES = [
    (
        Phase.Stage.ARRANGE,
        "安排部署",
        None,
        date(2026, 9, 20),
        "各村（居）、乡直试点部门（单位）研究制定《权力公开透明运行工作实施方案》，"
        "成立领导小组和工作机构，全面启动权力公开透明运行工作。",
    ),
    (
        Phase.Stage.CLEAR_POWERS,
        "职权清理",
        date(2026, 9, 21),
        date(2026, 10, 15),
        "编制职权目录，绘制权力运行流程图，完成各村（居）、单位的职权清理及每项职权的"
        "流程图绘制工作，建立台账和公开平台，向社会公布。",
    ),
    (
        Phase.Stage.INSTITUTIONS,
        "健全制度",
        date(2026, 10, 16),
        date(2026, 11, 25),
        "完善权力公开透明运行制度和重大决策制度，建立权力公开透明运行的监督机制和保障机制。",
    ),
    (
        Phase.Stage.SUMMARY,
        "总结完善",
        date(2026, 11, 26),
        date(2026, 12, 1),
        "对权力公开透明运行情况进行总结，认真查找差距和不足，提出改进措施，不断完善提高，"
        "并形成专题报告，于{report_due}前报乡纪委。",
    ),
]
# Units whose heads have sent their report already (unit code, days ago, shortcomings,
# improvements). The first demo villages (清溪村, 石门村) have not: the tests use them.
REPORTS = [
    (
        "qx-v04",
        2,
        "权力目录中“集体资产资源处置”事项的流程图在职权清理阶段后才补齐；"
        "风险台账中两个新查找的风险点尚未完成民主评议。",
        "12 月底前召开村民代表会议完成剩余风险点的民主评议；"
        "公开栏改为每月 10 日前更新，由报账员负责。",
    ),
    (
        "qx-c01",
        1,
        "居务公开的财务收支有一次逾期公开；部分新增事项仍在审核中。",
        "财务收支公开列入社区每月例会议程；新增事项在提交前由社区党总支书记先行把关。",
    ),
    (
        "qx-h01",
        0,
        "药品和耗材采购事项的流程图中监督环节不够具体；两个事项被退回后尚未重新提交。",
        "明确采购验收由院务监督小组参加并签字；退回事项于 12 月 15 日前修改后重新提交。",
    ),
]


def _shifted(day: date | None, shift: timedelta) -> date | None:
    return day + shift if day is not None else None


def load_demo_workplan(township: Township) -> None:
    """The plan with the seed's phases and the reports; called by powers.demo.load_demo."""
    shift = timezone.localdate() - WRITTEN_ON
    administrator = (
        User.objects.filter(
            role_assignments__township=township,
            role_assignments__role=RoleAssignment.Role.ADMINISTRATOR,
            role_assignments__is_active=True,
        )
        .order_by("pk")
        .first()
    )
    plan = WorkPlan(
        township=township,
        title=f"{township.name}推进权力公开透明运行向村（居）延伸和乡直单位试点工作实施方案",
        start=PLAN_START + shift,
        report_due=REPORT_DUE + shift,
    )
    plan._history_user = administrator
    plan.full_clean()
    plan.save()
    for order, (stage, name, start, deadline, description) in enumerate(PHASES, start=1):
        phase = Phase(
            plan=plan,
            stage=stage,
            name=name,
            order=order,
            start=_shifted(start or PLAN_START, shift),
            deadline=deadline + shift,
            description=description.format(
                report_due=f" {plan.report_due.month} 月 {plan.report_due.day} 日"
            ),
        )
        phase._history_user = administrator
        phase.full_clean()
        phase.save()
    units = {unit.code: unit for unit in Unit.objects.filter(township=township)}
    for code, days_ago, shortcomings, improvements in REPORTS:
        unit = units.get(code)
        if unit is None:
            continue
        head = User.objects.get(username=f"{code}-head")
        report = SummaryReport(
            plan=plan,
            unit=unit,
            shortcomings=shortcomings,
            improvements=improvements,
            submitted_by=head,
            submitted_at=timezone.now() - timedelta(days=days_ago, hours=3),
        )
        report._history_user = head
        with transaction.atomic():
            report.save()
            seal_submission(report, head)
