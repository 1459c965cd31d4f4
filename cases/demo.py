"""The demo township's amount rules and cases (``powers.demo`` extension).

Registered in ``powers.demo.DEMO_EXTENSIONS`` by the app config, so it runs inside the demo's
loading transaction once items and flowcharts exist. The first village's clerk records, through
:mod:`cases.services` as the pages do, cases of several items: a major decision done by the
book and published, one whose two committees met without a quorum, a 低保 review whose posting
was two days short, a small expense, a homestead application under way; a second village and
the township's finance office have one each (``OTHER_CASES``). The clerk asks for publication
and the unit head grants it. Dates lie before the day the demo is loaded, so the year's list
is never empty.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.contrib.auth.models import User
from django.utils import timezone

from powers.models import PowerItem, Township, Unit

from . import services
from .models import Case, ProcedureRule, StepRecord

DEMO_UNIT = "qx-v01"

RULES = [
    ("村级非生产性开支 1000 元以上须两委集体研究", "1000", ProcedureRule.Procedure.COLLECTIVE),
    ("村级重大事项 5 万元以上须“四议两公开”", "50000", ProcedureRule.Procedure.FOUR_DELIBERATIONS),
]

# (item code, reference, title, amount, applicant, days before today it opened, records,
#  closing outcome and result or None, public). Each record: (step name, start day, end day
#  or None, extra fields); days count from the case's opening.
CASES = [
    (
        "JC-01",
        "2026-001",
        "村道硬化工程立项",
        "280000",
        "",
        70,
        [
            ("党支部提议", 0, 0, {}),
            (
                "两委联席会议商议",
                3,
                3,
                {
                    "should_attend": 7,
                    "attended": 7,
                    "votes_for": 7,
                    "votes_against": 0,
                    "result": "passed",
                    "township_witness": "乡镇联村干部 李强",
                    "supervision_opinion": "程序合规，同意提交党员大会审议。",
                },
            ),
            (
                "党员大会审议",
                7,
                7,
                {
                    "should_attend": 30,
                    "attended": 26,
                    "votes_for": 24,
                    "votes_against": 2,
                    "result": "passed",
                    "township_witness": "乡镇联村干部 李强",
                    "supervision_opinion": "方案已提前3天送达全体党员，到会人数符合要求。",
                },
            ),
            (
                "村民代表会议或村民会议决议",
                10,
                10,
                {
                    "should_attend": 35,
                    "attended": 31,
                    "votes_for": 28,
                    "votes_against": 3,
                    "result": "passed",
                    "township_witness": "乡镇联村干部 李强",
                    "supervision_opinion": "计票无误，同意决议。",
                },
            ),
            ("决议公开", 11, 16, {"posting_offsets": (11, 16)}),
            ("组织实施", 17, 45, {}),
            (
                "实施结果公开",
                46,
                52,
                {"posting_offsets": (46, 52), "supervision_opinion": "资金明细与账目一致。"},
            ),
            ("办结归档", 53, 53, {}),
        ],
        ("approved", "村道硬化1.2公里已完工并通过验收，决算 276,400 元。"),
        True,
    ),
    (
        "JC-01",
        "2026-002",
        "村集体山塘承包方案",
        "60000",
        "",
        20,
        [
            ("党支部提议", 0, 0, {}),
            (
                "两委联席会议商议",
                2,
                2,
                {
                    "should_attend": 9,
                    "attended": 5,
                    "votes_for": 5,
                    "votes_against": 0,
                    "result": "passed",
                    "supervision_opinion": "到会人数不足三分之二，建议重新召集。",
                },
            ),
        ],
        None,
        True,
    ),
    (
        "GF-01",
        "2026-003",
        "2026年第一批低保申请审核",
        None,
        "王某某（第三组）",
        30,
        [
            ("提出申请", 0, 0, {}),
            ("村级受理并入户调查", 1, 3, {}),
            (
                "民主评议",
                5,
                5,
                {
                    "should_attend": 11,
                    "attended": 9,
                    "votes_for": 8,
                    "votes_against": 1,
                    "result": "passed",
                    "supervision_opinion": "评议过程公开，无异议。",
                },
            ),
            ("乡镇审核", 6, 12, {}),
            ("村内公示7天", 13, 17, {"posting_offsets": (13, 17)}),
        ],
        None,
        True,
    ),
    (
        "CW-01",
        "2026-004",
        "购置村委会办公用品",
        "320",
        "",
        40,
        [
            ("经办人取得票据", 0, 0, {}),
            ("报账员审核", 1, 1, {}),
            ("按开支金额确定审批权限", 1, 1, {"branch": "500元以下"}),
            ("村委会主任审批", 2, 2, {}),
            ("村务监督委员会审核签字", 3, 3, {"supervision_opinion": "票据齐全，同意报账。"}),
            ("乡代理服务中心记账", 4, 4, {}),
            ("月度公开", 10, 10, {}),
            ("凭证归档", 10, 10, {}),
        ],
        ("approved", "已报账 320 元，列入当月财务公开。"),
        True,
    ),
    (
        "XK-01",
        "2026-005",
        "农户宅基地申请初审",
        None,
        "张某某",
        3,
        [
            ("提出申请", 0, 0, {}),
            ("窗口受理", 0, 0, {}),
            ("材料是否齐全", 0, 0, {"branch": "齐全"}),
            ("审查核实", 1, None, {}),
        ],
        None,
        True,
    ),
]


# Cases of other units, so the discipline committee's list spans the township: a second
# village bought furniture without the two committees' study (a skipped step; the clerk has
# asked for it to be published), and the township's finance office (财政所) closed a
# procurement whose result was posted four days instead of seven, giving its reason.
OTHER_CASES = {
    "qx-v02": [
        (
            "CW-02",
            "2026-001",
            "村委会会议室桌椅采购",
            "18000",
            "",
            12,
            [
                ("提出采购需求", 0, 0, {}),
                ("询价比价", 2, None, {}),
            ],
            None,
            "requested",
        ),
    ],
    "qx-f01": [
        (
            "CW-02",
            "2026-CG-003",
            "乡政府办公电脑采购",
            "96000",
            "某某信息技术有限公司",
            45,
            [
                ("提出采购需求", 0, 0, {}),
                (
                    "两委集体研究",
                    2,
                    2,
                    {
                        "should_attend": 9,
                        "attended": 8,
                        "votes_for": 8,
                        "votes_against": 0,
                        "result": "passed",
                        "supervision_opinion": "采购方式符合规定。",
                    },
                ),
                ("按采购金额确定方式", 2, 2, {"branch": "5万元以上"}),
                ("委托代理采购或公开招标", 3, 20, {}),
                ("签订合同", 22, 22, {}),
                ("验收", 30, 30, {"supervision_opinion": "验收合格，数量与合同一致。"}),
                ("公示结果", 31, 34, {"posting_offsets": (31, 34)}),
                ("报账", 36, 36, {}),
                ("办结归档", 37, 37, {}),
            ],
            (
                "approved",
                "采购台式电脑 20 台，中标价 95,200 元，已验收并报账。",
                "公示期间遇元旦假期，公示栏只张贴了4天；已在次月补充公示，并对经办人提醒谈话。",
            ),
            True,
        ),
    ],
}


def load_demo_cases(township: Township) -> None:
    admin = User.objects.filter(is_superuser=True).first()
    for name, amount, procedure in RULES:
        rule = ProcedureRule(
            township=township, name=name, min_amount=Decimal(amount), procedure=procedure
        )
        rule._history_user = admin
        rule.save()
    for unit_code, cases in [(DEMO_UNIT, CASES), *OTHER_CASES.items()]:
        unit = Unit.objects.filter(township=township, code=unit_code).first()
        if unit is not None:
            _load_unit_cases(unit, cases)


def _load_unit_cases(unit: Unit, cases: list) -> None:
    clerk = User.objects.get(username=f"{unit.code}-clerk")
    head = User.objects.get(username=f"{unit.code}-head")
    items = {
        item.code: item
        for item in PowerItem.objects.filter(unit=unit, code__in={c[0] for c in cases})
    }
    today = timezone.localdate()
    for code, reference, title, amount, applicant, age, records, closing, public in cases:
        opened = today - timedelta(days=age)
        case = Case(
            unit=unit,
            item=items[code],
            reference=reference,
            title=title,
            amount=Decimal(amount) if amount else None,
            applicant=applicant,
            applicant_contact="13800000000" if applicant else "",
            opened_on=opened,
        )
        services.open_case(case, user=clerk)
        steps = {step["name"]: step["id"] for step in case.snapshot["steps"]}
        last_day = opened
        for step_name, start, end, extra in records:
            fields = dict(extra)
            posting = fields.pop("posting_offsets", None)
            if posting:
                fields["posting_start"] = opened + timedelta(days=posting[0])
                fields["posting_end"] = opened + timedelta(days=posting[1])
            record = StepRecord(
                case=case,
                step_id=steps[step_name],
                started_on=opened + timedelta(days=start),
                completed_on=opened + timedelta(days=end) if end is not None else None,
                handler=clerk,
                **fields,
            )
            services.save_record(record, user=clerk)
            last_day = record.completed_on or record.started_on
        if closing:
            outcome, result, *reason = closing
            services.close_case(
                case,
                user=clerk,
                outcome=outcome,
                result=result,
                closed_on=last_day,
                reason=reason[0] if reason else "",
            )
        if public:
            # The clerk asks; the unit head decides (cases.views.case_publish).
            services.request_publication(case, user=clerk)
        if public is True:
            services.set_public(case, user=head, public=True)
