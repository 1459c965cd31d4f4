"""Flowchart templates (流程图模板) that unit officials start from when they draw a power's chart.

Plain data, no Django: a loader copies a template into a unit's ``Flowchart`` with its
``FlowStep`` rows and edges, matching each step's ``post_hint`` to a post of the unit (an empty
hint, or a hint the unit lacks, leaves the handling post blank for the official to choose).

``TEMPLATES`` maps a template id to ``{"title", "description", "fits", "steps", "edges"}``:

- every step carries all the keys of ``STEP_KEYS`` (the ``FlowStep`` fields plus a ``key`` that is
  unique within the template and ``post_hint`` instead of a post);
- every edge is ``{"from": key, "to": key, "label": str}``; the edges leaving a ``decision`` step
  are labelled (同意 / 不同意, 符合 / 不符合, or the amount thresholds).

The procedures follow published practice as summarised in the design brief: “四议两公开” for
village major decisions (with the Ninghai variant that posts the plan for 15 days and the
resolution for 3), the spending thresholds of 500 / 1,000 yuan for non-productive spending, the
procurement and acceptance rules (inquiry among at least 3 suppliers, acceptance by at least 5
people from 20,000 yuan) and the 低保 timetable (25 working days in all, extendable to 40).
Thresholds differ between townships: they are starting points that officials adjust.

``template_for(item_name)`` picks a template id for a power item by its name;
``validate_template(template)`` checks that a template (or an edited copy) is a valid chart.
"""

from __future__ import annotations

from collections import deque

STEP_KEYS: tuple[str, ...] = (
    "key",
    "name",
    "kind",
    "post_hint",
    "responsible_party",
    "conditions",
    "time_limit_days",
    "time_limit_type",
    "posting_days",
    "is_meeting",
    "quorum_fraction",
    "vote_rule",
    "rules",
    "duty_requirements",
    "is_checkpoint",
    "checkpoint_measure",
    "counterparty_rights",
    "complaint_channel",
)
TEMPLATE_KEYS: tuple[str, ...] = ("title", "description", "fits", "steps", "edges")
EDGE_KEYS: tuple[str, ...] = ("from", "to", "label")

STEP_KINDS: tuple[str, ...] = ("start", "step", "decision", "end")
TIME_LIMIT_TYPES: tuple[str, ...] = ("working", "calendar")
QUORUM_FRACTIONS: tuple[str, ...] = ("", "half", "two_thirds")
VOTE_RULES: tuple[str, ...] = ("", "majority_present", "majority_all", "two_thirds_present")

# Order in which ``template_for`` tries the templates: the narrower ones first, so that
# “低保和困难补助申请初审” is not taken for a generic application and “村级工程项目招投标” not for a
# major decision.
MATCH_ORDER: tuple[str, ...] = (
    "subsistence_allowance",
    "village_spending",
    "procurement",
    "four_deliberations",
)
FALLBACK_TEMPLATE = "application"

_VILLAGE_COMPLAINTS = "村务监督委员会；乡纪委"
_WELFARE_COMPLAINTS = "村务监督委员会；乡镇民政办；县民政局；乡纪委；12345政务服务便民热线"
_PROCUREMENT_COMPLAINTS = "村务监督委员会；乡农村集体“三资”代理服务中心；乡纪委"


def _step(key: str, name: str, kind: str = "step", **fields: object) -> dict:
    """Return a step dict with every key of ``STEP_KEYS``, the unspecified ones at their default."""
    step: dict = {
        "key": key,
        "name": name,
        "kind": kind,
        "post_hint": "",
        "responsible_party": "",
        "conditions": "",
        "time_limit_days": None,
        "time_limit_type": "working",
        "posting_days": None,
        "is_meeting": False,
        "quorum_fraction": "",
        "vote_rule": "",
        "rules": "",
        "duty_requirements": "",
        "is_checkpoint": False,
        "checkpoint_measure": "",
        "counterparty_rights": "",
        "complaint_channel": "",
    }
    unknown = set(fields) - set(step)
    if unknown:
        raise KeyError(f"unknown step fields: {sorted(unknown)}")
    step.update(fields)
    return step


def _edge(source: str, target: str, label: str = "") -> dict:
    return {"from": source, "to": target, "label": label}


# ---------------------------------------------------------------------------------------------
# 四议两公开（村级重大事项决策）
# ---------------------------------------------------------------------------------------------


def _four_deliberations(*, plan_posting_days: int | None, resolution_posting_days: int) -> dict:
    """Return the steps and edges of “四议两公开”.

    With ``plan_posting_days`` the plan is posted before the vote (Ninghai), in one extra step.
    """
    steps = [
        _step(
            "propose",
            "党支部提议",
            "start",
            post_hint="村党支部书记",
            responsible_party="村党支部",
            conditions=(
                "属于村级重大事项：村集体经济项目立项、大额资金使用、集体资产资源处置、"
                "征地补偿费使用分配、宅基地使用方案、公益事业筹资筹劳方案等。"
                "议题可由村党支部、村委会提出，或由村民、村民代表联名建议。"
            ),
            rules=(
                "村党支部在广泛征求党员、村民代表和群众意见的基础上形成初步意见，"
                "写明事项内容、依据、资金来源和预算；登记议题来源和提出时间；"
                "提议前向乡镇党委（联村干部）报告，听取意见。"
            ),
            duty_requirements=(
                "党支部书记对议题是否属于重大事项、是否合法合规负责；"
                "不得以个人意见代替集体决策，不得拆分事项规避“四议两公开”程序。"
            ),
            counterparty_rights="村民和村民代表有权提出议题建议，有权了解议题是否列入提议及理由。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "consult",
            "两委联席会议商议",
            post_hint="村党支部书记",
            responsible_party="村党支部、村民委员会",
            conditions="党支部提议的初步意见；相关调查材料、预算或可行性说明。",
            is_meeting=True,
            quorum_fraction="two_thirds",
            vote_rule="majority_all",
            rules=(
                "由村党支部书记召集并主持村两委联席会议，须有三分之二以上两委成员到会方可召开；"
                "充分讨论后以两委成员过半数同意形成初步方案；会议记录写明应到、实到人数、"
                "讨论意见和表决结果，到会人员签字。村务监督委员会主任列席会议。"
            ),
            duty_requirements=(
                "两委成员应当充分发表意见，书记末位表态；"
                "与议题有利害关系的成员应当回避；方案书面征求乡镇联村干部意见。"
            ),
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "review",
            "党员大会审议",
            post_hint="村党支部书记",
            responsible_party="村党支部",
            conditions="两委联席会议形成的初步方案；会前3天送达全体党员的送达记录。",
            is_meeting=True,
            quorum_fraction="two_thirds",
            vote_rule="majority_all",
            rules=(
                "方案提前3天送达全体党员；须有三分之二以上党员到会方可召开；"
                "表决以全体党员过半数同意为通过；会议记录写明应到、实到人数、"
                "审议意见和表决结果，到会党员签字，乡镇联村干部到会见证。"
            ),
            duty_requirements=(
                "党支部如实向党员说明方案内容和依据，不得隐瞒或诱导表决；"
                "审议意见和表决结果如实记录，不得事后补记。"
            ),
            is_checkpoint=True,
            checkpoint_measure=(
                "村务监督委员会全程监督：监委会主任列席审议，核对到会人数和表决票；"
                "乡镇联村干部现场见证并在记录上签署意见。"
            ),
            counterparty_rights="党员有权在会前获得方案，有权发表意见、提出修改建议和表达不同意见。",
            complaint_channel="村务监督委员会；乡党委；乡纪委",
        ),
        _step(
            "review_passed",
            "党员大会是否通过",
            "decision",
            responsible_party="村党支部",
            rules=(
                "全体党员过半数同意的，方案提交村民代表会议或村民会议决议；"
                "未获通过的，退回党支部修改完善后重新提议。"
            ),
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "resolve",
            "村民代表会议或村民会议决议",
            post_hint="村委会主任",
            responsible_party="村民委员会",
            conditions="经党员大会审议通过的方案；村民代表或村民的通知送达记录。",
            is_meeting=True,
            quorum_fraction="two_thirds",
            vote_rule="majority_present",
            rules=(
                "由村民委员会召集。召开村民代表会议的，须有三分之二以上组成人员参加；"
                "召开村民会议的，须有本村十八周岁以上村民过半数或本村三分之二以上户的代表参加。"
                "所作决定经到会人员过半数同意方为通过；表决结果当场公布，"
                "会议记录写明应到、实到人数、表决情况，到会人员签字，乡镇联村干部现场见证。"
            ),
            duty_requirements=(
                "不得以村两委会议代替村民代表会议决议；与议题有利害关系的代表应当回避表决；"
                "如实向代表说明方案、资金来源和可能的风险。"
            ),
            is_checkpoint=True,
            checkpoint_measure=(
                "村务监督委员会全程监督：列席会议，监督计票，核对到会人数是否达到法定要求，"
                "在会议记录上签署监督意见。"
            ),
            counterparty_rights="村民代表有权充分发表意见并独立表决；村民有权查阅会议记录和表决结果。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "resolve_passed",
            "决议是否通过",
            "decision",
            responsible_party="村民委员会",
            rules="到会人员过半数同意的形成决议，予以公开；未获通过的终止，并说明理由。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "announce",
            "决议公开",
            post_hint="村文书",
            responsible_party="村民委员会",
            conditions="决议文本；村务监督委员会审核意见。",
            time_limit_days=2,
            time_limit_type="working",
            posting_days=resolution_posting_days,
            rules=(
                f"决议作出后2个工作日内在村务公开栏、村务微信群等载体公开，"
                f"公示不少于{resolution_posting_days}天；涉及具体农户的逐户告知。"
                "公开内容包括决议事项、表决结果、实施主体和时间安排。"
            ),
            duty_requirements="公开内容须与决议一致，不得删减、拖延公开；保留公开照片备查。",
            is_checkpoint=True,
            checkpoint_measure=(
                "村务监督委员会审核公开内容并签署意见后方可张贴；"
                "受理村民对决议的异议，督促村委会在10日内答复。"
            ),
            counterparty_rights=(
                "村民有权查阅决议内容，对公示内容有异议的可在公示期内向村务监督委员会提出，"
                "村委会应在10日内答复。"
            ),
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "implement",
            "组织实施",
            post_hint="村委会主任",
            responsible_party="村民委员会",
            conditions="已公开且公示期满无异议（或异议已处理）的决议。",
            rules=(
                "村委会严格按决议组织实施，不得擅自变更；确需变更的重新履行“四议两公开”程序。"
                "涉及工程项目的按规定招投标，涉及资金的按村级财务审批制度办理。"
            ),
            duty_requirements="村委会主任对实施进度、质量和资金使用负直接责任，定期向两委报告进展。",
            is_checkpoint=True,
            checkpoint_measure=(
                "村务监督委员会全程监督实施过程和资金使用，参与工程验收；"
                "发现违反决议的及时提出纠正意见并报告乡镇。"
            ),
            counterparty_rights="村民有权了解实施进度，对违反决议的行为有权向村务监督委员会反映。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "result_posting",
            "实施结果公开",
            post_hint="村文书",
            responsible_party="村民委员会",
            conditions="实施情况说明、资金收支明细、验收结论。",
            time_limit_days=5,
            time_limit_type="working",
            posting_days=7,
            rules=(
                "事项完成后5个工作日内公开实施结果，包括完成情况、资金使用明细和验收结论，"
                "公示不少于7天。"
            ),
            duty_requirements="如实公开，不得只公开结论不公开明细。",
            is_checkpoint=True,
            checkpoint_measure="村务监督委员会审核公开内容并签署意见，对村民异议督促在10日内答复。",
            counterparty_rights=(
                "村民有权查阅实施结果和资金明细，对公开内容有异议的可在公示期内提出，"
                "村委会应在10日内答复。"
            ),
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "archive",
            "办结归档",
            "end",
            post_hint="村文书",
            responsible_party="村民委员会",
            rules=(
                "提议、商议、审议、决议和两次公开的记录表（议题来源、日期、应到实到人数、内容、"
                "签名、乡镇见证意见、监委会意见）及公开照片一事一档归档，录入权力运行记录。"
            ),
            duty_requirements="档案完整、真实，按村级档案管理规定保管。",
            counterparty_rights="村民可到村便民服务中心查阅决策档案。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "terminated",
            "终止并说明理由",
            "end",
            post_hint="村委会主任",
            responsible_party="村民委员会",
            rules=(
                "决议未获通过的事项终止，不得实施；在村务公开栏公开表决结果并说明未通过的理由。"
                "同一事项确需再议的，重新提议。"
            ),
            duty_requirements="不得以任何名义变相实施未通过的事项。",
            counterparty_rights="村民有权了解事项未通过的情况和理由。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
    ]
    edges = [
        _edge("propose", "consult"),
        _edge("consult", "review"),
        _edge("review", "review_passed"),
        _edge("review_passed", "propose", "不同意"),
        _edge("resolve", "resolve_passed"),
        _edge("resolve_passed", "announce", "同意"),
        _edge("resolve_passed", "terminated", "不同意"),
        _edge("announce", "implement"),
        _edge("implement", "result_posting"),
        _edge("result_posting", "archive"),
    ]
    if plan_posting_days is None:
        edges.insert(3, _edge("review_passed", "resolve", "同意"))
    else:
        plan_posting = _step(
            "plan_posting",
            "决议方案公示",
            post_hint="村文书",
            responsible_party="村民委员会",
            conditions="党员大会审议通过的方案；村务监督委员会审核意见。",
            posting_days=plan_posting_days,
            rules=(
                f"党员大会审议通过的方案在村务公开栏公示{plan_posting_days}天，广泛听取村民意见；"
                "公示期满后方可提交村民代表会议或村民会议决议，"
                "村民意见较大的，由两委研究修改方案并说明。"
            ),
            duty_requirements="公示方案须与审议通过的方案一致；如实记录并汇总村民意见。",
            is_checkpoint=True,
            checkpoint_measure="村务监督委员会审核公示内容并签署意见，收集汇总村民意见。",
            counterparty_rights=(
                "村民有权在公示期内查阅方案，提出意见和建议；对方案有异议的可向村务监督委员会反映。"
            ),
            complaint_channel=_VILLAGE_COMPLAINTS,
        )
        steps.insert(4, plan_posting)
        edges[3:3] = [
            _edge("review_passed", "plan_posting", "同意"),
            _edge("plan_posting", "resolve"),
        ]
    return {"steps": steps, "edges": edges}


# ---------------------------------------------------------------------------------------------
# 通用申请审批
# ---------------------------------------------------------------------------------------------

_APPLICATION = {
    "steps": [
        _step(
            "apply",
            "提出申请",
            "start",
            responsible_party="申请人",
            conditions="书面申请；申请人身份证、户口簿；办事指南列明的其他证明材料。",
            rules="申请人到村（单位）便民服务窗口提交申请，也可委托代办员代为提交。",
            counterparty_rights="有权免费获取办事指南和一次性告知单，有权委托他人代办。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "accept",
            "窗口受理",
            post_hint="村文书",
            responsible_party="便民服务窗口",
            conditions="办事指南列明的全部材料。",
            time_limit_days=1,
            time_limit_type="working",
            rules=(
                "当场核对材料；材料齐全、符合要求的当场受理并出具受理回执；"
                "材料不全或不符合要求的，当场一次性书面告知需补正的全部内容。"
            ),
            duty_requirements="实行首问负责、一次性告知，不得推诿，不得要求提交办事指南以外的材料。",
            counterparty_rights="有权取得受理回执或一次性告知单。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "complete",
            "材料是否齐全",
            "decision",
            responsible_party="便民服务窗口",
            rules="材料齐全的进入审查核实；不齐全的一次性告知补正，申请人补正后重新提交。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "verify",
            "审查核实",
            post_hint="村文书",
            responsible_party="承办岗位",
            conditions="受理的申请材料。",
            time_limit_days=5,
            time_limit_type="working",
            rules=(
                "审查材料的真实性和是否符合条件；需要现场核查的，由2名以上工作人员到现场核实，"
                "制作核查记录，由申请人（或在场人员）签字确认。"
            ),
            duty_requirements="如实核查、据实记录，与申请人有利害关系的应当回避。",
            is_checkpoint=True,
            checkpoint_measure="现场核查不少于2人并留存记录和照片；村务监督委员会可随机抽查核查记录。",
            counterparty_rights="有权在现场陈述、提供补充证明，有权要求有利害关系的人员回避。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "eligible",
            "是否符合条件",
            "decision",
            responsible_party="承办岗位",
            rules="按法律法规和办事指南列明的条件判断；符合的进入审批或初审上报，不符合的书面告知。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "approve",
            "审批或初审上报",
            post_hint="村委会主任",
            responsible_party="村民委员会",
            conditions="审查核实意见及核查记录。",
            time_limit_days=5,
            time_limit_type="working",
            rules=(
                "属本村（单位）权限的由负责人审批签字；需上级审批的，签署初审意见后"
                "报乡镇相关部门；涉及“三重一大”的须集体研究决定。"
            ),
            duty_requirements="在权限内审批，不得越权审批、超时审批或附加不合理条件。",
            is_checkpoint=True,
            checkpoint_measure="审批意见实名签署、全程留痕；乡镇主管部门对上报事项复核把关。",
            counterparty_rights="有权了解办理进度和审批依据。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "posting",
            "公示",
            post_hint="村文书",
            responsible_party="村民委员会",
            conditions="审批或初审结果（依规定需要公示的事项）。",
            posting_days=7,
            rules=(
                "依规定需要公示的事项（如宅基地、补助补贴对象），在村务公开栏公示不少于7天，"
                "写明申请人、事项、审批结果和监督电话；无需公示的事项直接办结送达。"
            ),
            duty_requirements="公示内容真实完整，注意保护个人隐私，不得公开身份证号等敏感信息。",
            is_checkpoint=True,
            checkpoint_measure="村务监督委员会审核公示内容并受理异议，督促在10日内答复。",
            counterparty_rights="群众对公示内容有异议的，可在公示期内向村务监督委员会或乡镇提出。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "deliver",
            "办结送达",
            post_hint="村文书",
            responsible_party="便民服务窗口",
            time_limit_days=2,
            time_limit_type="working",
            rules="公示期满无异议（或异议已处理）后，将审批结果或上级批复送达申请人并由其签收。",
            duty_requirements="按时送达，不得刁难或索取好处。",
            counterparty_rights="有权取得书面办理结果；对结果不服的，可依法申请复核、复议或诉讼。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "refuse",
            "书面告知理由",
            post_hint="村文书",
            responsible_party="承办岗位",
            time_limit_days=3,
            time_limit_type="working",
            rules="出具不予办理告知书，写明不符合的具体条件、依据和复核、申诉途径，送达申请人。",
            duty_requirements="理由具体、依据明确，不得口头拒绝了事。",
            counterparty_rights="有权知道不予办理的理由和依据，可申请复核或向乡镇、乡纪委投诉。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "done",
            "办结归档",
            "end",
            post_hint="村文书",
            responsible_party="承办岗位",
            rules="申请材料、核查记录、审批意见、公示照片和送达回执一事一档归档，录入权力运行记录。",
            counterparty_rights="申请人可查阅本人事项的办理记录。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
    ],
    "edges": [
        _edge("apply", "accept"),
        _edge("accept", "complete"),
        _edge("complete", "verify", "齐全"),
        _edge("complete", "apply", "不齐全，一次性告知补正"),
        _edge("verify", "eligible"),
        _edge("eligible", "approve", "符合"),
        _edge("eligible", "refuse", "不符合"),
        _edge("approve", "posting"),
        _edge("posting", "deliver"),
        _edge("deliver", "done"),
        _edge("refuse", "done"),
    ],
}


# ---------------------------------------------------------------------------------------------
# 村级采购
# ---------------------------------------------------------------------------------------------

_PROCUREMENT = {
    "steps": [
        _step(
            "request",
            "提出采购需求",
            "start",
            post_hint="村委会主任",
            responsible_party="村民委员会",
            conditions="采购申请单：品目、数量、规格或技术要求、预算金额及资金来源。",
            rules=(
                "使用人或经办人书面提出采购需求，列明品目、数量、技术要求和预算；"
                "同一时期同类物品合并计算金额，不得化整为零规避集体研究或招标。"
            ),
            duty_requirements="需求应当真实必要，不得指定品牌或供应商。",
            complaint_channel=_PROCUREMENT_COMPLAINTS,
        ),
        _step(
            "study",
            "两委集体研究",
            post_hint="村党支部书记",
            responsible_party="村两委",
            conditions="采购申请单；预算和资金来源说明。",
            is_meeting=True,
            quorum_fraction="two_thirds",
            vote_rule="majority_all",
            rules=(
                "村两委会议须有三分之二以上成员到会，以两委成员过半数同意确定采购事项、"
                "预算和采购方式，成立采购小组；属于村级重大事项的，按“四议两公开”程序决策。"
            ),
            duty_requirements="集体研究、会议记录由到会人员签字；与供应商有利害关系的成员应当回避。",
            is_checkpoint=True,
            checkpoint_measure="村务监督委员会主任列席会议，监督采购方式的确定是否合规。",
            complaint_channel=_PROCUREMENT_COMPLAINTS,
        ),
        _step(
            "amount",
            "按采购金额确定方式",
            "decision",
            responsible_party="村两委",
            rules=(
                "以单项或同类批量采购的预算总额计：不足5万元的由村采购小组询价比价；"
                "5万元（含）以上的委托乡农村集体“三资”代理服务中心代理采购，"
                "或依法公开招标。县、乡另有规定的从其规定。"
            ),
            complaint_channel=_PROCUREMENT_COMPLAINTS,
        ),
        _step(
            "inquiry",
            "询价比价",
            post_hint="报账员",
            responsible_party="村采购小组",
            conditions="采购需求和预算；3家以上供应商的书面报价。",
            rules=(
                "向3家以上符合条件的供应商询价，比较价格、质量和售后服务，"
                "在满足需求的前提下选择报价最低者；询价记录由参与人员签字。"
            ),
            duty_requirements="采购小组不少于3人，不得与供应商串通，不得收受回扣或好处。",
            is_checkpoint=True,
            checkpoint_measure="村务监督委员会成员参与询价全过程，在询价比价记录上签署意见。",
            counterparty_rights="供应商有权平等参与报价，对询价过程有异议的可向村务监督委员会反映。",
            complaint_channel=_PROCUREMENT_COMPLAINTS,
        ),
        _step(
            "tender",
            "委托代理采购或公开招标",
            post_hint="村委会主任",
            responsible_party="乡农村集体“三资”代理服务中心",
            conditions="两委研究决定；采购需求、预算和资金来源证明。",
            rules=(
                "委托乡农村集体“三资”代理服务中心代理采购，或依法公开招标；"
                "招标公告、评标结果和中标候选人在乡镇和村务公开栏公示。"
            ),
            duty_requirements="不得规避招标、设置排他性条件或向投标人泄露标底。",
            is_checkpoint=True,
            checkpoint_measure=(
                "村务监督委员会派员参与开标、评标现场监督；乡纪委对招标过程进行监督。"
            ),
            counterparty_rights="投标人有权对招标文件和评标结果提出质疑，代理机构应当按规定答复。",
            complaint_channel=_PROCUREMENT_COMPLAINTS,
        ),
        _step(
            "contract",
            "签订合同",
            post_hint="村委会主任",
            responsible_party="村民委员会",
            conditions="询价比价记录或中标通知书。",
            rules=(
                "与确定的供应商签订书面合同，载明标的、数量、价格、质量标准、交付期限、"
                "验收方式和违约责任；合同报乡代理服务中心备案。"
            ),
            duty_requirements="合同内容与询价或招标结果一致，不得事后变更价格和数量。",
            complaint_channel=_PROCUREMENT_COMPLAINTS,
        ),
        _step(
            "acceptance",
            "验收",
            post_hint="村务监督委员会主任",
            responsible_party="验收小组",
            conditions="合同、供货清单或竣工资料。",
            rules=(
                "由村两委成员、村务监督委员会成员和村民代表组成验收小组，对照合同逐项验收；"
                "2万元以上的不少于5人验收，8万元以上的工程项目须经审计；验收单由验收人员签字。"
            ),
            duty_requirements="如实验收，不合格的不得签字，不得由经办人一人验收。",
            is_checkpoint=True,
            checkpoint_measure="村务监督委员会成员参加验收并签署意见；验收不合格的责令整改后重新验收。",
            complaint_channel=_PROCUREMENT_COMPLAINTS,
        ),
        _step(
            "publish",
            "公示结果",
            post_hint="村文书",
            responsible_party="村民委员会",
            conditions="采购方式、供应商、数量、单价、总价和验收结论。",
            posting_days=7,
            rules="在村务公开栏公示采购方式、供应商、数量、单价、总价和验收情况，不少于7天。",
            duty_requirements="公示内容与合同、验收单一致。",
            is_checkpoint=True,
            checkpoint_measure="村务监督委员会审核公示内容，对村民异议督促在10日内答复。",
            counterparty_rights="村民对采购价格、质量有异议的，可在公示期内向村务监督委员会提出。",
            complaint_channel=_PROCUREMENT_COMPLAINTS,
        ),
        _step(
            "reimburse",
            "报账",
            post_hint="报账员",
            responsible_party="报账员",
            conditions="合同、发票、询价或招标记录、验收单、公示照片。",
            rules=(
                "按村级财务审批程序签批后，报乡农村集体“三资”代理服务中心审核记账；"
                "货款通过银行转账支付给合同供应商，不得大额现金支付。"
            ),
            duty_requirements="手续不全的不得报账；报账员对票据和附件的完整性负责。",
            complaint_channel=_PROCUREMENT_COMPLAINTS,
        ),
        _step(
            "archive",
            "办结归档",
            "end",
            post_hint="村文书",
            responsible_party="村民委员会",
            rules="采购申请、会议记录、询价或招标资料、合同、验收单和公示照片一事一档归档。",
            counterparty_rights="村民可查阅采购档案。",
            complaint_channel=_PROCUREMENT_COMPLAINTS,
        ),
    ],
    "edges": [
        _edge("request", "study"),
        _edge("study", "amount"),
        _edge("amount", "inquiry", "5万元以下"),
        _edge("amount", "tender", "5万元以上"),
        _edge("inquiry", "contract"),
        _edge("tender", "contract"),
        _edge("contract", "acceptance"),
        _edge("acceptance", "publish"),
        _edge("publish", "reimburse"),
        _edge("reimburse", "archive"),
    ],
}


# ---------------------------------------------------------------------------------------------
# 最低生活保障申请
# ---------------------------------------------------------------------------------------------

_SUBSISTENCE_ALLOWANCE = {
    "steps": [
        _step(
            "apply",
            "提出申请",
            "start",
            responsible_party="申请人",
            conditions=(
                "低保申请书；家庭成员身份证、户口簿；家庭收入和财产状况声明；"
                "家庭经济状况核对授权书；残疾、疾病等相关证明。"
            ),
            rules=(
                "以家庭为单位，由共同生活的家庭成员向户籍所在地乡镇人民政府提出申请，"
                "也可通过村委会代为提交；本人申请有困难的可委托村委会代为申请。"
            ),
            counterparty_rights="有权获取申请须知，有权委托村委会代为申请。",
            complaint_channel=_WELFARE_COMPLAINTS,
        ),
        _step(
            "survey",
            "村级受理并入户调查",
            post_hint="民政协理员",
            responsible_party="村民委员会（协助乡镇）",
            conditions="申请材料；入户调查表。",
            time_limit_days=5,
            time_limit_type="working",
            rules=(
                "村民政协理员协助受理，材料不全的一次性告知补正；由乡镇工作人员会同村干部"
                "2人以上入户调查，核实家庭人口、收入、财产和生活状况，调查记录由申请人签字。"
                "村干部及其近亲属申请的，按规定单独登记备案。"
            ),
            duty_requirements="如实调查，不得优亲厚友，与申请人有近亲属关系的应当回避。",
            is_checkpoint=True,
            checkpoint_measure="入户调查不少于2人并留存照片；村干部近亲属申请的备案并全部入户核查。",
            counterparty_rights="申请人有权知道调查人员身份，有权说明情况、补充证明材料。",
            complaint_channel=_WELFARE_COMPLAINTS,
        ),
        _step(
            "democratic_review",
            "民主评议",
            post_hint="村党支部书记",
            responsible_party="乡镇人民政府、村民委员会",
            conditions="入户调查结果；家庭经济状况核对结果。",
            is_meeting=True,
            quorum_fraction="two_thirds",
            vote_rule="majority_present",
            rules=(
                "由乡镇工作人员主持，村两委成员、党员代表和村民代表组成评议小组，"
                "须有三分之二以上评议人员到会；介绍调查情况后逐户评议，"
                "以到会人员过半数意见形成评议结果，评议记录由到会人员签字。"
            ),
            duty_requirements="评议公开公正，不得以评议代替调查核实，不得搞轮流享受、平均分配。",
            is_checkpoint=True,
            checkpoint_measure="乡镇工作人员到场主持，村务监督委员会成员参加并监督评议过程。",
            counterparty_rights="申请人有权在评议时陈述家庭情况。",
            complaint_channel=_WELFARE_COMPLAINTS,
        ),
        _step(
            "township_review",
            "乡镇审核",
            responsible_party="乡镇人民政府（民政办）",
            conditions="申请材料、入户调查记录、核对报告和民主评议结果。",
            time_limit_days=20,
            time_limit_type="working",
            rules=(
                "乡镇根据调查、核对和评议情况提出审核意见，约20个工作日内完成；"
                "全流程自受理之日起25个工作日内完成，特殊情况可延长至40个工作日。"
            ),
            duty_requirements="经办人员与申请人有近亲属关系的回避；审核意见集体研究、实名签署。",
            is_checkpoint=True,
            checkpoint_measure="乡镇集体研究审核意见；乡纪委对优亲厚友、骗保等问题开展监督检查。",
            counterparty_rights="申请人有权查询办理进度。",
            complaint_channel=_WELFARE_COMPLAINTS,
        ),
        _step(
            "eligible",
            "是否符合条件",
            "decision",
            responsible_party="乡镇人民政府（民政办）",
            rules="符合条件的拟确认对象进入村内公示；不符合的书面告知申请人并说明理由。",
            complaint_channel=_WELFARE_COMPLAINTS,
        ),
        _step(
            "posting",
            "村内公示7天",
            post_hint="民政协理员",
            responsible_party="村民委员会（协助乡镇）",
            conditions="乡镇审核意见；拟确认对象名单。",
            posting_days=7,
            time_limit_type="calendar",
            rules=(
                "在申请家庭所在村务公开栏公示户主姓名、保障人数、拟保障金额和监督电话，"
                "公示期7天；不得公开身份证号、病史等个人隐私。"
            ),
            duty_requirements="按时张贴并拍照留存，公示期内不得撤下。",
            is_checkpoint=True,
            checkpoint_measure="村务监督委员会核对公示内容并受理群众异议，转报乡镇处理。",
            counterparty_rights="群众对公示对象有异议的，可在公示期内向村委会、乡镇或民政部门反映。",
            complaint_channel=_WELFARE_COMPLAINTS,
        ),
        _step(
            "objection",
            "有无异议",
            "decision",
            responsible_party="乡镇人民政府（民政办）",
            rules="公示期满无异议的报县级确认；有异议的重新调查核实后再提出审核意见。",
            complaint_channel=_WELFARE_COMPLAINTS,
        ),
        _step(
            "recheck",
            "复核",
            responsible_party="乡镇人民政府（民政办）",
            conditions="群众异议内容；重新调查核实记录。",
            rules=(
                "对异议重新组织入户调查核实，必要时重新民主评议；乡镇据此重新提出审核意见"
                "并重新公示。"
            ),
            duty_requirements="对反映人信息保密，调查结论书面记录。",
            is_checkpoint=True,
            checkpoint_measure="复核由未参与初次调查的工作人员进行，复核结果向反映人反馈。",
            counterparty_rights="申请人有权对异议内容作出说明；反映人有权获知处理结果。",
            complaint_channel=_WELFARE_COMPLAINTS,
        ),
        _step(
            "county_confirm",
            "县级确认",
            responsible_party="县民政局（或经授权的乡镇人民政府）",
            conditions="乡镇审核意见、公示情况和全部申请材料。",
            time_limit_days=10,
            time_limit_type="working",
            rules=(
                "公示无异议后10个工作日内作出确认决定，确定保障金额，发放低保证，"
                "自确认之月的次月起发放低保金；不予确认的，3个工作日内书面告知并说明理由。"
            ),
            duty_requirements="按比例入户抽查，单独登记备案的申请全部入户核查。",
            counterparty_rights="有权取得书面确认决定；对决定不服的，可依法申请行政复议或提起诉讼。",
            complaint_channel=_WELFARE_COMPLAINTS,
        ),
        _step(
            "refuse",
            "书面告知理由",
            responsible_party="乡镇人民政府（民政办）",
            time_limit_days=3,
            time_limit_type="working",
            rules="不符合条件的，自作出决定之日起3个工作日内书面告知申请人并说明理由。",
            duty_requirements="理由具体、依据明确，告知救济途径。",
            counterparty_rights="有权知道不予确认的理由，可申请复核、行政复议或提起诉讼。",
            complaint_channel=_WELFARE_COMPLAINTS,
        ),
        _step(
            "done",
            "办结归档",
            "end",
            post_hint="民政协理员",
            responsible_party="乡镇人民政府（民政办）",
            rules="申请、调查、评议、审核、公示和确认材料一户一档归档；低保对象按规定动态管理。",
            counterparty_rights="申请人可查阅本户办理记录。",
            complaint_channel=_WELFARE_COMPLAINTS,
        ),
    ],
    "edges": [
        _edge("apply", "survey"),
        _edge("survey", "democratic_review"),
        _edge("democratic_review", "township_review"),
        _edge("township_review", "eligible"),
        _edge("eligible", "posting", "符合"),
        _edge("eligible", "refuse", "不符合"),
        _edge("posting", "objection"),
        _edge("objection", "county_confirm", "无异议"),
        _edge("objection", "recheck", "有异议"),
        _edge("recheck", "township_review"),
        _edge("county_confirm", "done"),
        _edge("refuse", "done"),
    ],
}


# ---------------------------------------------------------------------------------------------
# 村级财务收支审批
# ---------------------------------------------------------------------------------------------

_VILLAGE_SPENDING = {
    "steps": [
        _step(
            "receipt",
            "经办人取得票据",
            "start",
            responsible_party="经办人",
            conditions="合法有效的发票或财政票据；合同、清单、验收单等附件。",
            rules=(
                "经办人取得合法票据，在票据背面注明用途、数量和金额，由证明人签字；"
                "白条、收据不得代替发票入账。"
            ),
            duty_requirements="经办人对支出的真实性负责，不得虚开、拆分票据。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "clerk_review",
            "报账员审核",
            post_hint="报账员",
            responsible_party="报账员",
            conditions="经办人、证明人签字的票据及附件。",
            time_limit_days=3,
            time_limit_type="working",
            rules=(
                "审核票据的真实性、合法性和完整性，核对年度预算和审批权限；"
                "不合规的票据退回经办人并说明原因。"
            ),
            duty_requirements="坚持原则，手续不全的不得受理报账。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "amount",
            "按开支金额确定审批权限",
            "decision",
            responsible_party="报账员",
            rules=(
                "非生产性开支500元以下（生产经营性开支5000元以下）由村委会主任审批；"
                "超过的由村两委集体研究。同一事项不得拆分票据规避集体研究。"
                "限额由乡镇统一规定，可按本乡规定调整。"
            ),
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "director",
            "村委会主任审批",
            post_hint="村委会主任",
            responsible_party="村委会主任",
            time_limit_days=2,
            time_limit_type="working",
            rules="在限额内审批签字；村委会主任本人经办的开支由村党支部书记审批，不得自批自报。",
            duty_requirements="审批前核实开支的必要性和真实性，不得超限额审批。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "committees",
            "两委集体研究",
            post_hint="村党支部书记",
            responsible_party="村两委",
            is_meeting=True,
            quorum_fraction="two_thirds",
            vote_rule="majority_all",
            rules=(
                "超出主任审批限额的开支提交村两委会议研究，三分之二以上成员到会，"
                "两委成员过半数同意后由党支部书记、村委会主任联签；会议记录附在凭证后。"
            ),
            duty_requirements="集体研究、如实记录，不得以个别征求意见代替会议研究。",
            is_checkpoint=True,
            checkpoint_measure="村务监督委员会主任列席会议。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "large",
            "是否达到1000元",
            "decision",
            responsible_party="村两委",
            rules=(
                "非生产性开支1000元以上（生产经营性开支1万元以上）的，"
                "须报乡农村集体“三资”代理服务中心审核后方可支付。"
            ),
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "agency",
            "报乡“三资”代理服务中心审核",
            responsible_party="乡农村集体“三资”代理服务中心",
            conditions="两委会议记录、票据及附件。",
            time_limit_days=3,
            time_limit_type="working",
            rules="中心审核开支是否符合预算、审批程序是否完整，签署审核意见。",
            duty_requirements="严格审核，不符合规定的退回并说明理由。",
            is_checkpoint=True,
            checkpoint_measure="乡代理服务中心对大额开支事前审核；乡纪委定期抽查。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "supervise",
            "村务监督委员会审核签字",
            post_hint="村务监督委员会主任",
            responsible_party="村务监督委员会",
            time_limit_days=2,
            time_limit_type="working",
            rules=(
                "按经办人、证明人、审批人、村务监督委员会的顺序联签；"
                "监委会审核开支的真实性和审批程序，同意后签字，不同意的书面说明并报乡镇。"
            ),
            duty_requirements="独立审核，不得“事后补签”或“打白条签字”。",
            is_checkpoint=True,
            checkpoint_measure="村务监督委员会逐笔审核签字，对不合规开支拒绝签字并报告乡镇。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "bookkeeping",
            "乡代理服务中心记账",
            post_hint="报账员",
            responsible_party="乡农村集体“三资”代理服务中心",
            time_limit_days=5,
            time_limit_type="working",
            rules=(
                "报账员每月定期到中心报账，中心会计复核凭证后记账；资金通过村集体银行账户结算。"
            ),
            duty_requirements="村不设会计和出纳，报账员不得坐收坐支。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "monthly",
            "月度公开",
            post_hint="村文书",
            responsible_party="村民委员会",
            conditions="中心出具的月度收支明细表。",
            time_limit_days=10,
            time_limit_type="calendar",
            rules=(
                "每月10日前在村务公开栏公布上月财务收支明细，逐笔列明事由、金额和审批人，"
                "公开至下期公开时为止。"
            ),
            duty_requirements="公开内容与账目一致，不得合并、隐瞒开支。",
            is_checkpoint=True,
            checkpoint_measure="村务监督委员会审核公开内容并签署意见，对村民异议督促在10日内答复。",
            counterparty_rights=(
                "村民有权查阅财务公开内容，对开支有疑问的可向村务监督委员会提出，"
                "村委会应在10日内答复。"
            ),
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
        _step(
            "archive",
            "凭证归档",
            "end",
            responsible_party="乡农村集体“三资”代理服务中心",
            rules="会计凭证按月装订，会议记录、审核意见作为附件一并保管。",
            counterparty_rights="村民经村务监督委员会可查阅会计凭证。",
            complaint_channel=_VILLAGE_COMPLAINTS,
        ),
    ],
    "edges": [
        _edge("receipt", "clerk_review"),
        _edge("clerk_review", "amount"),
        _edge("amount", "director", "500元以下"),
        _edge("amount", "committees", "500元以上"),
        _edge("director", "supervise"),
        _edge("committees", "large"),
        _edge("large", "supervise", "1000元以下"),
        _edge("large", "agency", "1000元以上"),
        _edge("agency", "supervise"),
        _edge("supervise", "bookkeeping"),
        _edge("bookkeeping", "monthly"),
        _edge("monthly", "archive"),
    ],
}


_FOUR_DELIBERATIONS_FITS = ["重大事项决策", "征地补偿款分配", "集体资产资源处置"]

TEMPLATES: dict[str, dict] = {
    "four_deliberations": {
        "title": "“四议两公开”村级重大事项决策流程",
        "description": (
            "依据《中国共产党农村基层组织工作条例》和《中华人民共和国村民委员会组织法》："
            "党支部提议、两委商议、党员大会审议、村民代表会议或村民会议决议，决议和实施结果公开，"
            "村务监督委员会全程监督。"
        ),
        "fits": list(_FOUR_DELIBERATIONS_FITS),
        **_four_deliberations(plan_posting_days=None, resolution_posting_days=5),
    },
    "four_deliberations_ninghai": {
        "title": "“四议两公开”村级重大事项决策流程（宁海做法）",
        "description": (
            "在“四议两公开”基础上参照宁海县村级小微权力清单的做法："
            "党员大会审议通过的方案先公示15天再提交决议，决议公开3天。"
        ),
        "fits": list(_FOUR_DELIBERATIONS_FITS),
        **_four_deliberations(plan_posting_days=15, resolution_posting_days=3),
    },
    "application": {
        "title": "申请审批事项通用流程",
        "description": (
            "适用于宅基地申请初审、出具证明、补贴核实等依申请办理的事项；"
            "按一次性告知、限时办结和公示制度编排，时限以工作日计。"
        ),
        "fits": [],
        **_APPLICATION,
    },
    "procurement": {
        "title": "村级采购和工程项目招投标流程",
        "description": (
            "依据村级采购管理和农村集体“三资”委托代理制度：集体研究后按金额询价比价或委托代理、"
            "公开招标，2万元以上不少于5人验收，结果公示后报账。"
        ),
        "fits": ["采购", "招投标", "工程"],
        **_PROCUREMENT,
    },
    "subsistence_allowance": {
        "title": "最低生活保障申请审核确认流程",
        "description": (
            "依据《社会救助暂行办法》和《最低生活保障审核确认办法》：入户调查、民主评议、"
            "乡镇审核、村内公示7天、县级确认，自受理之日起25个工作日内办结，特殊情况可延长至40个工作日。"
        ),
        "fits": ["低保", "最低生活保障", "困难补助", "临时救助"],
        **_SUBSISTENCE_ALLOWANCE,
    },
    "village_spending": {
        "title": "村级财务收支审批流程",
        "description": (
            "依据村级财务管理和“村账乡代管”制度：按开支金额分级审批（非生产性开支500元、"
            "1000元两档限额，由乡镇规定），村务监督委员会审核签字，乡代理服务中心记账，按月公开。"
        ),
        "fits": ["财务收支", "报账", "开支审批"],
        **_VILLAGE_SPENDING,
    },
}


def template_for(item_name: str) -> str:
    """Return the id of the template whose ``fits`` keywords appear in ``item_name``.

    Templates are tried in ``MATCH_ORDER``; the first one with a keyword contained in the name
    wins. Without a match the generic ``"application"`` template is returned.
    """
    name = item_name or ""
    for template_id in MATCH_ORDER:
        if any(keyword and keyword in name for keyword in TEMPLATES[template_id]["fits"]):
            return template_id
    return FALLBACK_TEMPLATE


def _is_int_or_none(value: object) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0)


def _check_step(index: int, step: object) -> list[str]:
    if not isinstance(step, dict):
        return [f"步骤 {index}：不是字典"]
    label = f"步骤 {step.get('key', index)!r}"
    errors = [f"{label}：缺少字段 {key!r}" for key in STEP_KEYS if key not in step]
    errors += [f"{label}：未知字段 {key!r}" for key in step if key not in STEP_KEYS]
    if errors:
        return errors
    text_fields = [key for key in STEP_KEYS if key not in ("time_limit_days", "posting_days")]
    text_fields = [key for key in text_fields if key not in ("is_meeting", "is_checkpoint")]
    for key in text_fields:
        if not isinstance(step[key], str):
            errors.append(f"{label}：{key} 应为字符串")
    for key in ("is_meeting", "is_checkpoint"):
        if not isinstance(step[key], bool):
            errors.append(f"{label}：{key} 应为布尔值")
    for key in ("time_limit_days", "posting_days"):
        if not _is_int_or_none(step[key]):
            errors.append(f"{label}：{key} 应为非负整数或 None")
    if errors:
        return errors
    if not step["key"].isascii() or not step["key"].isidentifier():
        errors.append(f"{label}：key 应为 ASCII 标识符")
    if not step["name"].strip():
        errors.append(f"{label}：name 不能为空")
    if step["kind"] not in STEP_KINDS:
        errors.append(f"{label}：kind {step['kind']!r} 无效")
    if step["time_limit_type"] not in TIME_LIMIT_TYPES:
        errors.append(f"{label}：time_limit_type {step['time_limit_type']!r} 无效")
    if step["quorum_fraction"] not in QUORUM_FRACTIONS:
        errors.append(f"{label}：quorum_fraction {step['quorum_fraction']!r} 无效")
    if step["vote_rule"] not in VOTE_RULES:
        errors.append(f"{label}：vote_rule {step['vote_rule']!r} 无效")
    if not step["is_meeting"] and (step["quorum_fraction"] or step["vote_rule"]):
        errors.append(f"{label}：非会议环节不应设到会要求或表决规则")
    if step["is_checkpoint"] and not step["checkpoint_measure"].strip():
        errors.append(f"{label}：监督节点须写明监督措施")
    if not step["is_checkpoint"] and step["checkpoint_measure"].strip():
        errors.append(f"{label}：非监督节点的 checkpoint_measure 应为空")
    return errors


def _reachable(start: str, adjacency: dict[str, list[str]]) -> set[str]:
    seen = {start}
    queue = deque([start])
    while queue:
        for target in adjacency.get(queue.popleft(), []):
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen


def validate_template(template: dict) -> list[str]:
    """Check that ``template`` is a valid chart; return error messages (an empty list if valid).

    Checks the template keys, every step's keys and values, unique step keys, exactly one start
    and at least one end, edges between existing steps, no edge leaving an end, at least two
    distinctly labelled edges leaving every decision, every step reachable from the start and
    every step able to reach an end.
    """
    if not isinstance(template, dict):
        return ["模板应为字典"]
    errors = [f"模板缺少字段 {key!r}" for key in TEMPLATE_KEYS if key not in template]
    if errors:
        return errors
    if not isinstance(template["title"], str) or not template["title"].strip():
        errors.append("title 应为非空字符串")
    if not isinstance(template["description"], str):
        errors.append("description 应为字符串")
    fits = template["fits"]
    if not isinstance(fits, list) or not all(isinstance(word, str) and word for word in fits):
        errors.append("fits 应为非空字符串的列表")
    steps, edges = template["steps"], template["edges"]
    if not isinstance(steps, list) or not steps:
        return [*errors, "steps 应为非空列表"]
    if not isinstance(edges, list):
        return [*errors, "edges 应为列表"]

    step_errors = [error for index, step in enumerate(steps) for error in _check_step(index, step)]
    errors += step_errors
    if step_errors:
        return errors

    kinds: dict[str, str] = {}
    for step in steps:
        if step["key"] in kinds:
            errors.append(f"步骤 key {step['key']!r} 重复")
        kinds[step["key"]] = step["kind"]
    starts = [key for key, kind in kinds.items() if kind == "start"]
    ends = {key for key, kind in kinds.items() if kind == "end"}
    if len(starts) != 1:
        errors.append(f"应恰有一个开始环节，实际 {len(starts)} 个")
    if not ends:
        errors.append("至少应有一个结束环节")

    outgoing: dict[str, list[dict]] = {key: [] for key in kinds}
    seen_edges: set[tuple[str, str, str]] = set()
    for index, edge in enumerate(edges):
        if not isinstance(edge, dict) or set(edge) != set(EDGE_KEYS):
            errors.append(f"连线 {index}：应恰有字段 from、to、label")
            continue
        source, target, label = edge["from"], edge["to"], edge["label"]
        if not isinstance(label, str):
            errors.append(f"连线 {index}：label 应为字符串")
            continue
        if source not in kinds or target not in kinds:
            errors.append(f"连线 {source!r}→{target!r}：引用了不存在的步骤")
            continue
        if source == target:
            errors.append(f"连线 {source!r}→{target!r}：不能指向自身")
        if (source, target, label) in seen_edges:
            errors.append(f"连线 {source!r}→{target!r}（{label}）重复")
        seen_edges.add((source, target, label))
        if kinds[source] == "end":
            errors.append(f"结束环节 {source!r} 不应有流出连线")
        outgoing[source].append(edge)

    for key, kind in kinds.items():
        if kind != "decision":
            continue
        leaving = outgoing[key]
        if len(leaving) < 2:
            errors.append(f"判断环节 {key!r} 至少应有2条流出连线")
        labels = [edge["label"].strip() for edge in leaving]
        if not all(labels):
            errors.append(f"判断环节 {key!r} 的每条流出连线都应有标签")
        if len(set(labels)) != len(labels):
            errors.append(f"判断环节 {key!r} 的流出连线标签重复")

    if len(starts) != 1 or not ends:
        return errors
    forward = {key: [edge["to"] for edge in leaving] for key, leaving in outgoing.items()}
    reached = _reachable(starts[0], forward)
    errors += [f"步骤 {key!r} 从开始环节不可达" for key in kinds if key not in reached]
    backward: dict[str, list[str]] = {key: [] for key in kinds}
    for source, targets in forward.items():
        for target in targets:
            backward[target].append(source)
    can_finish: set[str] = set()
    for end in ends:
        can_finish |= _reachable(end, backward)
    errors += [f"步骤 {key!r} 无法到达结束环节" for key in kinds if key not in can_finish]
    return errors
