"""Demo data of the risk ledger (风险台账) of the demo township 清溪乡: plain literals, no Django.

``risks.demo`` loads them into every unit that ``powers.demo_data`` describes. A point template
names the post (``post``) and the power item (``item``: its code in the unit's catalog, and
``item_name``, a word every unit's name of that item contains, checked when loading) by the
names the demo catalog uses; ``step`` is part of the name of the item's flowchart step the risk
sits on (left empty, or not found in the unit's chart, when no step fits).

Levels come from the default 3×3 matrix: likelihood × impact ≥ 6 is 一级, 3–4 二级, 1–2 三级.
``residual`` is (likelihood, impact) once the measures work. The school grades in names of its
own (``KIND_GRADES``: Ⅰ级, Ⅱ级, Ⅲ级 for 一级, 二级, 三级). The health centre keeps its ledger
as the county's 风险点排查表 does: each point's ``grade`` written directly (no likelihood ×
impact, no residual), the risk (``description``) and how it shows (``manifestation``) apart,
the posts answering for it and its supervisors as the table names them (``responsible_posts``,
``supervisors``), its measures numbered without a phase. ``leader`` and ``principal`` are
the roles of the leader in charge (分管领导) and of the principal leader (主管领导); where the
unit has a post of that name, its holder's name is added. A measure's ``due`` is an offset in
days from the day the demo is loaded: a planned measure with a negative offset is overdue.

The village templates are shared by the four villages and the community (whose post names and
wording ``COMMUNITY_POSTS`` and ``COMMUNITY_WORDS`` translate); ``LEDGERS`` says which points each
unit found and how far each got: ``published`` (自己找 → 民主评 → 乡镇审, then public),
``confirmed``/``submitted``/``draft``/``returned`` (democratically reviewed, still in review),
``identified`` (found by the unit only, no democratic review: it cannot be approved) and
``identified_confirmed`` (confirmed by the unit head but stuck for want of the review).
"""

from __future__ import annotations

# Units of these kinds write their grades in names of their own (RiskMatrix.kind_grades).
KIND_GRADES = {"school": ["Ⅰ级", "Ⅱ级", "Ⅲ级"]}

# Risk points of villages. Every village keeps a subset (see LEDGERS).
VILLAGE_POINTS = {
    "decision": {
        "post": "村党支部书记",
        "item": "JC-01",
        "item_name": "重大事",
        "step": "商议",
        "description": (
            "村级重大事项未按“四议两公开”程序决策：会前不充分酝酿、不征求党员和村民代表意见，"
            "会上个人说了算，或先实施后补程序、以少数人意见代替村民代表会议决议。"
        ),
        "risk_type": "process",
        "post_risk": "major_decision",
        "likelihood": 2,
        "impact": 3,
        "residual": (1, 3),
        "leader": "乡联村领导",
        "principal": "乡党委书记",
        "measures": [
            {
                "phase": "before",
                "measure": (
                    "重大事项提议前广泛征求党员、村民代表意见，提议内容和初步方案书面报乡联村领导"
                    "预审，未经预审的不得提交两委联席会议。"
                ),
                "post": "村党支部书记",
                "due": -45,
                "status": "in_effect",
            },
            {
                "phase": "during",
                "measure": (
                    "党员大会、村民代表会议全程记录，到会人员签名，到会人数和表决结果当场公布；"
                    "乡驻村干部列席见证并在会议记录上签字。"
                ),
                "post": "村文书",
                "due": -30,
                "status": "in_effect",
            },
            {
                "phase": "after",
                "measure": (
                    "决议内容和实施结果在村务公开栏公开不少于7天，村务监督委员会跟踪决议执行，"
                    "发现偏离决议的及时向乡纪委报告。"
                ),
                "post": "村务监督委员会主任",
                "due": 30,
                "status": "planned",
            },
        ],
    },
    "invoices": {
        "post": "报账员",
        "item": "CW-01",
        "item_name": "财务",
        "step": "报账员审核",
        "description": (
            "虚开、套取票据报账：以白条、虚假发票或重复票据入账，或将大额开支拆分成多张票据，"
            "规避村委会主任限额审批和两委集体研究。"
        ),
        "risk_type": "process",
        "post_risk": "ethics",
        "likelihood": 3,
        "impact": 3,
        "residual": (1, 3),
        "leader": "村委会主任",
        "principal": "村党支部书记",
        "measures": [
            {
                "phase": "before",
                "measure": (
                    "报账票据须有经办人、证明人双签字并注明用途，白条、收据一律不予报账；"
                    "同一事项的开支不得拆分票据。"
                ),
                "post": "报账员",
                "due": -60,
                "status": "in_effect",
            },
            {
                "phase": "during",
                "measure": (
                    "开支按限额审批：非生产性开支500元、生产经营性开支5000元以内由村委会主任审批，"
                    "超过的由两委集体研究，1000元（10000元）以上报乡“三资”代理服务中心审核。"
                ),
                "post": "村委会主任",
                "due": -60,
                "status": "in_effect",
            },
            {
                "phase": "after",
                "measure": (
                    "村务监督委员会每月逐张审核票据并签字，财务收支明细按月在村务公开栏公开。"
                ),
                "post": "村务监督委员会主任",
                "due": -5,
                "status": "planned",
            },
        ],
    },
    "tender": {
        "post": "村委会主任",
        "item": "JC-02",
        "item_name": "招",
        "step": "招标",
        "description": (
            "村级工程项目规避招标、化整为零或指定施工方，与投标人串通抬高中标价，"
            "或在招标文件中设置排斥性条件。"
        ),
        "risk_type": "process",
        "post_risk": "influence",
        "likelihood": 2,
        "impact": 3,
        "residual": (1, 3),
        "leader": "村党支部书记",
        "principal": "乡党委书记",
        "measures": [
            {
                "phase": "before",
                "measure": (
                    "工程项目须经两委集体研究和村民代表会议决议，达到限额的一律委托乡公共资源交易"
                    "站公开招标，严禁拆分发包。"
                ),
                "post": "村委会主任",
                "due": -50,
                "status": "in_effect",
            },
            {
                "phase": "during",
                "measure": "开标、评标邀请村务监督委员会全程监督，评标结果现场公布并签字确认。",
                "post": "村务监督委员会主任",
                "due": -35,
                "status": "in_effect",
            },
            {
                "phase": "after",
                "measure": (
                    "2万元以上项目由5人以上验收小组验收，8万元以上项目送审计，"
                    "中标结果和决算在村务公开栏公示。"
                ),
                "post": "村委会主任",
                "due": 45,
                "status": "planned",
            },
        ],
    },
    "certificate": {
        "post": "村文书",
        "item": "BM-01",
        "item_name": "证明",
        "step": "审查核实",
        "description": (
            "违规出具证明、私自用印：未经核实为亲友出具与事实不符的证明，"
            "或在空白纸张、空白介绍信上加盖村委会印章。"
        ),
        "risk_type": "post_duty",
        "post_risk": "ethics",
        "likelihood": 2,
        "impact": 2,
        "residual": (1, 2),
        "leader": "村委会主任",
        "principal": "村党支部书记",
        "measures": [
            {
                "phase": "before",
                "measure": (
                    "证明出具实行“一事一核”：本人申请并提供材料，村文书查档或入户核实后出具。"
                ),
                "post": "村文书",
                "due": -40,
                "status": "in_effect",
            },
            {
                "phase": "during",
                "measure": (
                    "印章由专人保管，用印须村委会主任签批并登记用印台账，严禁在空白纸张上盖章。"
                ),
                "post": "村委会主任",
                "due": -40,
                "status": "in_effect",
            },
            {
                "phase": "after",
                "measure": "用印台账和证明存根每季度交村务监督委员会核查，核查意见签字存档。",
                "post": "村务监督委员会主任",
                "due": -20,
                "status": "planned",
            },
        ],
    },
    "allowance": {
        "post": "民政协理员",
        "item": "GF-01-1",
        "item_name": "最低生活保障",
        "step": "民主评议",
        "description": (
            "低保评定优亲厚友，搞人情保、关系保：入户调查走过场，隐瞒申请人家庭收入和财产，"
            "为村干部近亲属或不符合条件的人员评保。"
        ),
        "risk_type": "process",
        "post_risk": "ethics",
        "likelihood": 2,
        "impact": 3,
        "residual": (1, 3),
        "leader": "村党支部书记",
        "principal": "乡民政办主任",
        "measures": [
            {
                "phase": "before",
                "measure": (
                    "入户调查须两人以上参加并填写家庭经济状况核查表；村干部及其近亲属申请低保的"
                    "单独登记，报乡民政办备案。"
                ),
                "post": "民政协理员",
                "due": -45,
                "status": "in_effect",
            },
            {
                "phase": "during",
                "measure": "民主评议由乡镇干部现场指导，评议结果当场公布，评议过程记录存档。",
                "post": "村党支部书记",
                "due": -30,
                "status": "in_effect",
            },
            {
                "phase": "after",
                "measure": (
                    "拟保对象在村务公开栏公示7天并公布举报电话，乡民政办每半年抽查不少于10%的低保户。"
                ),
                "post": "民政协理员",
                "due": 20,
                "status": "planned",
            },
        ],
    },
    "supervision": {
        "post": "村务监督委员会主任",
        "item": "JD-01",
        "item_name": "监督",
        "step": "",
        "description": (
            "村务监督流于形式：对财务票据不认真审核即签字，不列席两委会议，"
            "对重大事项决策执行和村务公开不提出意见。"
        ),
        "risk_type": "post_duty",
        "post_risk": "decision_distortion",
        "likelihood": 2,
        "impact": 1,
        "residual": (1, 1),
        "leader": "乡纪委联络员",
        "principal": "乡纪委书记",
        "measures": [
            {
                "phase": "before",
                "measure": "每年初制定村务监督计划和监督事项清单，报乡纪委备案。",
                "post": "村务监督委员会主任",
                "due": -70,
                "status": "in_effect",
            },
            {
                "phase": "during",
                "measure": (
                    "列席两委会议和村民代表会议，对报账票据逐张审核签字，发现问题及时向乡纪委报告。"
                ),
                "post": "村务监督委员会主任",
                "due": -30,
                "status": "in_effect",
            },
            {
                "phase": "after",
                "measure": "每年向村民代表会议述职，接受村民评议，评议结果报乡纪委。",
                "post": "村务监督委员会主任",
                "due": 60,
                "status": "planned",
            },
        ],
    },
    "compensation": {
        "post": "报账员",
        "item": "JC-04",
        "item_name": "补偿",
        "step": "决议公开",
        "description": (
            "征地补偿款分配方案未经村民代表会议决议，截留、挪用补偿款，"
            "或在分配中优亲厚友、虚增人口多分补偿。"
        ),
        "risk_type": "process",
        "post_risk": "major_decision",
        "likelihood": 2,
        "impact": 3,
        "residual": (1, 3),
        "leader": "村委会主任",
        "principal": "村党支部书记",
        "measures": [
            {
                "phase": "before",
                "measure": "补偿分配方案按“四议两公开”决策，分配人口名单和标准提前公示7天。",
                "post": "村党支部书记",
                "due": -35,
                "status": "in_effect",
            },
            {
                "phase": "during",
                "measure": "补偿款通过“一卡通”直接打入农户账户，严禁现金发放和他人代领。",
                "post": "报账员",
                "due": -35,
                "status": "in_effect",
            },
            {
                "phase": "during",
                "measure": "补偿款由报账员统一领取后以现金发放，领款人签字按手印确认。",
                "post": "报账员",
                "due": -200,
                "status": "lapsed",
            },
            {
                "phase": "after",
                "measure": "发放结果逐户公开，村务监督委员会逐户回访核对到户金额。",
                "post": "村务监督委员会主任",
                "due": -12,
                "status": "planned",
            },
        ],
    },
    "procurement": {
        "post": "报账员",
        "item": "CW-02",
        "item_name": "采购",
        "step": "询价",
        "description": (
            "村级采购不询价比价，向亲友或关系户采购，虚报采购数量和价格，收受供应商好处。"
        ),
        "risk_type": "process",
        "post_risk": "influence",
        "likelihood": 2,
        "impact": 2,
        "residual": (1, 2),
        "leader": "村委会主任",
        "principal": "村党支部书记",
        "measures": [
            {
                "phase": "before",
                "measure": "5000元以上采购向三家以上供应商询价比价，询价记录由两人以上签字。",
                "post": "报账员",
                "due": -30,
                "status": "in_effect",
            },
            {
                "phase": "during",
                "measure": "采购物资由经办人、保管员和村务监督委员会成员共同验收入库。",
                "post": "村务监督委员会主任",
                "due": 15,
                "status": "planned",
            },
            {
                "phase": "after",
                "measure": "采购明细随月度财务收支一并公开。",
                "post": "报账员",
                "due": -8,
                "status": "planned",
            },
        ],
    },
    "homestead": {
        "post": "村文书",
        "item": "XK-01",
        "item_name": "宅基地",
        "step": "公示",
        "description": (
            "宅基地申请初审把关不严，为不符合“一户一宅”条件的申请人出具同意意见，"
            "或借初审之机吃拿卡要、收受好处费。"
        ),
        "risk_type": "process",
        "post_risk": "influence",
        "likelihood": 1,
        "impact": 3,
        "residual": (1, 2),
        "leader": "村委会主任",
        "principal": "村党支部书记",
        "measures": [
            {
                "phase": "before",
                "measure": "申请条件、所需材料和办理时限在便民服务中心和村务公开栏公开。",
                "post": "村文书",
                "due": -50,
                "status": "in_effect",
            },
            {
                "phase": "during",
                "measure": "申请须经村民小组会议讨论，初审意见由两委集体研究后出具。",
                "post": "村委会主任",
                "due": -25,
                "status": "in_effect",
            },
            {
                "phase": "after",
                "measure": (
                    "初审结果在村务公开栏公示不少于5天，公示期内的异议由村务监督委员会核实。"
                ),
                "post": "村务监督委员会主任",
                "due": 25,
                "status": "planned",
            },
        ],
    },
    "allowances-pay": {
        "post": "报账员",
        "item": "CW-03",
        "item_name": "报酬",
        "step": "",
        "description": "虚报村干部误工天数和补贴，或在乡镇核定报酬之外重复领取补贴。",
        "risk_type": "system",
        "post_risk": "ethics",
        "likelihood": 1,
        "impact": 2,
        "residual": (1, 1),
        "leader": "村委会主任",
        "principal": "村党支部书记",
        "measures": [
            {
                "phase": "before",
                "measure": "误工补贴按乡核定标准和考勤记录计算，考勤表由村务监督委员会签字。",
                "post": "报账员",
                "due": -40,
                "status": "in_effect",
            },
            {
                "phase": "after",
                "measure": "村干部报酬和补贴发放明细每半年公开一次。",
                "post": "村文书",
                "due": 40,
                "status": "planned",
            },
        ],
    },
    "contract": {
        "post": "报账员",
        "item": "JT-01",
        "item_name": "合同",
        "step": "审查核实",
        "description": (
            "集体经济合同签订不规范：未经民主程序低价发包、出租，合同期满不收回，"
            "租金长期欠收不催缴。"
        ),
        "risk_type": "system",
        "post_risk": "decision_distortion",
        "likelihood": 2,
        "impact": 2,
        "residual": (1, 2),
        "leader": "村委会主任",
        "principal": "村党支部书记",
        "measures": [
            {
                "phase": "before",
                "measure": "合同使用乡统一示范文本，签订前报乡“三资”代理服务中心审核。",
                "post": "报账员",
                "due": -45,
                "status": "in_effect",
            },
            {
                "phase": "during",
                "measure": "建立集体经济合同台账，租金按期收缴并全额入账。",
                "post": "报账员",
                "due": -15,
                "status": "planned",
            },
            {
                "phase": "after",
                "measure": "每年底清理一次合同履行情况，清理结果向村民代表会议报告并公开。",
                "post": "村务监督委员会主任",
                "due": 70,
                "status": "planned",
            },
        ],
    },
    "subsidy": {
        "post": "村文书",
        "item": "GF-02",
        "item_name": "补贴",
        "step": "审查核实",
        "description": (
            "惠农补贴对象和面积核实不实，多报种植面积或把不符合条件的人员列入补贴名册，"
            "造成补贴虚报冒领。"
        ),
        "risk_type": "process",
        "post_risk": "decision_distortion",
        "likelihood": 2,
        "impact": 2,
        "residual": (1, 2),
        "leader": "村委会主任",
        "principal": "村党支部书记",
        "measures": [
            {
                "phase": "before",
                "measure": "补贴面积以土地确权数据为准，新增面积须村民小组长和两名群众签字证明。",
                "post": "村文书",
                "due": -30,
                "status": "in_effect",
            },
            {
                "phase": "during",
                "measure": "补贴名册在村务公开栏公示7天，公示无异议后报乡农业服务中心。",
                "post": "村文书",
                "due": -10,
                "status": "planned",
            },
            {
                "phase": "after",
                "measure": "村务监督委员会对补贴发放结果按10%比例入户抽查。",
                "post": "村务监督委员会主任",
                "due": 30,
                "status": "planned",
            },
        ],
    },
    "acceptance": {
        "post": "村委会主任",
        "item": "JT-03",
        "item_name": "验收",
        "step": "审查核实",
        "description": (
            "村级项目验收走过场：工程量、质量与合同不符仍签字验收，或验收前支付全部工程款。"
        ),
        "risk_type": "post_duty",
        "post_risk": "decision_distortion",
        "likelihood": 2,
        "impact": 2,
        "residual": (1, 2),
        "leader": "村党支部书记",
        "principal": "乡分管领导",
        "measures": [
            {
                "phase": "before",
                "measure": "2万元以上项目组成5人以上验收小组，村务监督委员会成员和村民代表参加。",
                "post": "村委会主任",
                "due": -20,
                "status": "in_effect",
            },
            {
                "phase": "during",
                "measure": "验收对照合同逐项核量，现场拍照留存，验收意见由全体验收人员签字。",
                "post": "村委会主任",
                "due": -20,
                "status": "in_effect",
            },
            {
                "phase": "after",
                "measure": "8万元以上项目决算送审计，审计前支付不超过合同价的70%。",
                "post": "报账员",
                "due": -3,
                "status": "planned",
            },
        ],
    },
    "mediation": {
        "post": "人民调解委员会主任",
        "item": "GG-02",
        "item_name": "调",
        "step": "",
        "description": "调解民间纠纷偏袒一方，或借调解之机索取、收受当事人财物。",
        "risk_type": "post_duty",
        "post_risk": "ethics",
        "likelihood": 1,
        "impact": 1,
        "residual": (1, 1),
        "leader": "村党支部书记",
        "principal": "乡司法所所长",
        "measures": [
            {
                "phase": "before",
                "measure": "调解员与当事人有亲属关系或利害关系的主动回避。",
                "post": "人民调解委员会主任",
                "due": -30,
                "status": "in_effect",
            },
            {
                "phase": "after",
                "measure": "调解协议登记入册，乡司法所每季度回访当事人。",
                "post": "人民调解委员会主任",
                "due": -6,
                "status": "planned",
            },
        ],
    },
    "party-member": {
        "post": "村党支部书记",
        "item": "RS-01",
        "item_name": "党员",
        "step": "",
        "description": "发展党员把关不严，优亲厚友，或简化培养考察程序，使不合格人员“带病入党”。",
        "risk_type": "process",
        "post_risk": "appointment",
        "likelihood": 1,
        "impact": 2,
        "residual": (1, 1),
        "leader": "乡党委组织委员",
        "principal": "乡党委书记",
        "measures": [
            {
                "phase": "before",
                "measure": "入党积极分子由党员推荐、群团组织推优产生，确定前在村内公示。",
                "post": "村党支部书记",
                "due": -60,
                "status": "in_effect",
            },
            {
                "phase": "during",
                "measure": (
                    "发展对象政治审查和预审由乡党委组织办负责，支部大会讨论须到会党员过半数。"
                ),
                "post": "村党支部书记",
                "due": -30,
                "status": "in_effect",
            },
            {
                "phase": "after",
                "measure": "预备党员考察情况每季度向党员大会报告。",
                "post": "村党支部书记",
                "due": 50,
                "status": "planned",
            },
        ],
    },
    "relief": {
        "post": "民政协理员",
        "item": "GF-01-2",
        "item_name": "临时救助",
        "step": "",
        "description": "临时救助资金截留、代领，或对同一事由重复申请救助审核不严。",
        "risk_type": "process",
        "post_risk": "ethics",
        "likelihood": 1,
        "impact": 2,
        "residual": (1, 1),
        "leader": "村委会主任",
        "principal": "村党支部书记",
        "measures": [
            {
                "phase": "before",
                "measure": "临时救助申请逐一登记，同一事由一年内重复申请的须说明理由。",
                "post": "民政协理员",
                "due": -20,
                "status": "in_effect",
            },
            {
                "phase": "during",
                "measure": "救助金直接打入救助对象本人账户，不得由村干部代领。",
                "post": "民政协理员",
                "due": -20,
                "status": "in_effect",
            },
            {
                "phase": "after",
                "measure": "救助对象和金额每季度在村务公开栏公开。",
                "post": "村文书",
                "due": 35,
                "status": "planned",
            },
        ],
    },
}

# The community (清溪社区) has its own post names and speaks of residents, not villagers.
COMMUNITY_POSTS = {
    "村党支部书记": "社区党总支书记",
    "村委会主任": "居委会主任",
    "村务监督委员会主任": "居务监督委员会主任",
    "村文书": "社区文书",
    "民政协理员": "社区民政专干",
}
COMMUNITY_WORDS = [
    ("村务监督委员会", "居务监督委员会"),
    ("村党支部书记", "社区党总支书记"),
    ("村委会主任", "居委会主任"),
    ("村委会", "居委会"),
    ("村民代表会议", "居民代表会议"),
    ("村民代表", "居民代表"),
    ("村民小组", "居民小组"),
    ("村民", "居民"),
    ("村务公开栏", "居务公开栏"),
    ("村务公开", "居务公开"),
    ("村务", "居务"),
    ("村干部", "社区干部"),
    ("村文书", "社区文书"),
    ("民政协理员", "社区民政专干"),
    ("村级", "社区"),
    ("村内", "社区内"),
    ("乡联村领导", "乡联社区领导"),
]

# The pilot units' own points, with the stage each got to (as in LEDGERS).
PILOT_POINTS = {
    "QX-F01": [
        {
            "post": "预算会计",
            "item": "CW-01-2",
            "item_name": "项目资金",
            "step": "审查核实",
            "description": (
                "资金拨付审核不严：对进度证明、验收资料不全的项目提前或超进度拨付资金，"
                "或未按预算和合同约定支付。"
            ),
            "risk_type": "process",
            "post_risk": "decision_distortion",
            "likelihood": 2,
            "impact": 3,
            "residual": (1, 3),
            "leader": "副所长",
            "principal": "所长",
            "stage": "published",
            "measures": [
                {
                    "phase": "before",
                    "measure": (
                        "项目资金按合同和进度分期拨付，拨付前核对施工进度表、监理意见和验收单。"
                    ),
                    "post": "预算会计",
                    "due": -40,
                    "status": "in_effect",
                },
                {
                    "phase": "during",
                    "measure": "10万元以上的拨付实行预算会计审核、副所长复核、所长审批三级签批。",
                    "post": "副所长",
                    "due": -40,
                    "status": "in_effect",
                },
                {
                    "phase": "after",
                    "measure": "每季度对已拨付项目抽查不少于5个，抽查结果报乡纪委。",
                    "post": "所长",
                    "due": -9,
                    "status": "planned",
                },
            ],
        },
        {
            "post": "惠农资金专管员",
            "item": "GF-01",
            "item_name": "一卡通",
            "step": "审查核实",
            "description": (
                "惠农资金冒领、截留：补贴对象信息审核不严，虚报对象或面积冒领补贴，"
                "或将补贴发放到非本人账户。"
            ),
            "risk_type": "process",
            "post_risk": "influence",
            "likelihood": 3,
            "impact": 3,
            "residual": (2, 2),
            "leader": "副所长",
            "principal": "所长",
            "stage": "published",
            "measures": [
                {
                    "phase": "before",
                    "measure": "补贴对象名册由村级公示7天后报送，专管员与户籍、不动产数据比对。",
                    "post": "惠农资金专管员",
                    "due": -30,
                    "status": "in_effect",
                },
                {
                    "phase": "during",
                    "measure": (
                        "补贴资金全部通过“一卡通”系统发放到本人社保卡，系统自动校验户名和身份证号。"
                    ),
                    "post": "惠农资金专管员",
                    "due": -30,
                    "status": "in_effect",
                },
                {
                    "phase": "after",
                    "measure": "每年按5%比例电话或入户回访领取人，回访记录存档。",
                    "post": "副所长",
                    "due": 20,
                    "status": "planned",
                },
            ],
        },
        {
            "post": "出纳",
            "item": "SF-01",
            "item_name": "非税收入",
            "step": "",
            "description": "非税收入收缴不及时上缴国库，坐收坐支，或公款私存、挪作他用。",
            "risk_type": "post_duty",
            "post_risk": "ethics",
            "likelihood": 2,
            "impact": 3,
            "residual": (1, 2),
            "leader": "副所长",
            "principal": "所长",
            "stage": "confirmed",
            "measures": [
                {
                    "phase": "before",
                    "measure": "统一使用财政票据电子化系统开票，严禁使用自制收据。",
                    "post": "出纳",
                    "due": -25,
                    "status": "in_effect",
                },
                {
                    "phase": "during",
                    "measure": "收取的非税收入当日缴入财政专户，不得存放个人账户或留存现金。",
                    "post": "出纳",
                    "due": -25,
                    "status": "in_effect",
                },
                {
                    "phase": "after",
                    "measure": "预算会计每月核对开票记录与缴库记录，差异书面说明。",
                    "post": "预算会计",
                    "due": 10,
                    "status": "planned",
                },
            ],
        },
        {
            "post": "三资代理服务中心主任",
            "item": "SP-01",
            "item_name": "代理记账",
            "step": "审查核实",
            "description": (
                "村级报账票据审核把关不严，对超限额开支、白条入账和拆分票据不予纠正，"
                "使村级财务委托代理流于形式。"
            ),
            "risk_type": "post_duty",
            "post_risk": "decision_distortion",
            "likelihood": 2,
            "impact": 2,
            "residual": (1, 2),
            "leader": "副所长",
            "principal": "所长",
            "stage": "published",
            "measures": [
                {
                    "phase": "before",
                    "measure": "制定村级报账审核要点清单，不合规票据一律退回并登记。",
                    "post": "三资代理服务中心主任",
                    "due": -50,
                    "status": "in_effect",
                },
                {
                    "phase": "after",
                    "measure": "每半年对各村报账情况交叉检查，结果通报各村并报乡纪委。",
                    "post": "三资代理服务中心主任",
                    "due": -14,
                    "status": "planned",
                },
            ],
        },
        {
            "post": "国有资产管理员",
            "item": "JC-02",
            "item_name": "国有资产处置",
            "step": "",
            "description": "国有资产处置未经评估或集体研究，低价处置、私下处置，造成国有资产流失。",
            "risk_type": "process",
            "post_risk": "major_decision",
            "likelihood": 1,
            "impact": 3,
            "residual": (1, 2),
            "leader": "副所长",
            "principal": "所长",
            "stage": "submitted",
            "measures": [
                {
                    "phase": "before",
                    "measure": "资产处置须经评估，处置方案经乡党委会研究。",
                    "post": "国有资产管理员",
                    "due": -20,
                    "status": "in_effect",
                },
                {
                    "phase": "during",
                    "measure": "处置通过公共资源交易平台公开进行，处置收入全额上缴。",
                    "post": "国有资产管理员",
                    "due": 15,
                    "status": "planned",
                },
                {
                    "phase": "after",
                    "measure": "处置结果在乡政务公开栏公开。",
                    "post": "国有资产管理员",
                    "due": 30,
                    "status": "planned",
                },
            ],
        },
        {
            "post": "国有资产管理员",
            "item": "CW-02",
            "item_name": "政府采购",
            "step": "招标",
            "description": (
                "政府采购化整为零规避公开招标，或在采购需求中设置指向特定供应商的倾向性条件。"
            ),
            "risk_type": "process",
            "post_risk": "influence",
            "likelihood": 2,
            "impact": 2,
            "residual": (1, 2),
            "leader": "副所长",
            "principal": "所长",
            "stage": "published",
            "measures": [
                {
                    "phase": "before",
                    "measure": "年初编制政府采购预算和计划，同类项目合并采购。",
                    "post": "国有资产管理员",
                    "due": -80,
                    "status": "in_effect",
                },
                {
                    "phase": "during",
                    "measure": "采购需求由使用科室、财政所和纪检联络员共同审定。",
                    "post": "副所长",
                    "due": -40,
                    "status": "in_effect",
                },
                {
                    "phase": "after",
                    "measure": "采购结果和合同在政府采购网公开。",
                    "post": "国有资产管理员",
                    "due": -40,
                    "status": "in_effect",
                },
            ],
        },
        {
            "post": "副所长",
            "item": "JC-01",
            "item_name": "预算",
            "step": "",
            "description": "预算编制和重大资金分配由个人决定，未经所务会和乡党委会集体研究。",
            "risk_type": "system",
            "post_risk": "major_decision",
            "likelihood": 1,
            "impact": 2,
            "residual": (1, 1),
            "leader": "所长",
            "principal": "乡长",
            "stage": "published",
            "measures": [
                {
                    "phase": "before",
                    "measure": "预算草案经所务会讨论后报乡党委会研究。",
                    "post": "副所长",
                    "due": -90,
                    "status": "in_effect",
                },
                {
                    "phase": "after",
                    "measure": "预算和决算按规定在乡政府网站公开。",
                    "post": "预算会计",
                    "due": 25,
                    "status": "planned",
                },
            ],
        },
        {
            "post": "所长",
            "item": "RS-01",
            "item_name": "考核",
            "step": "",
            "description": "工作人员年度考核凭印象打分，评先评优优亲厚友，考核结果不公开。",
            "risk_type": "system",
            "post_risk": "appointment",
            "likelihood": 1,
            "impact": 1,
            "residual": (1, 1),
            "leader": "所长",
            "principal": "乡党委书记",
            "stage": "draft",
            "measures": [
                {
                    "phase": "during",
                    "measure": "考核采用量化赋分和民主测评相结合，测评结果当场统计。",
                    "post": "所长",
                    "due": 30,
                    "status": "planned",
                },
                {
                    "phase": "after",
                    "measure": "考核结果在所内公示5天。",
                    "post": "所长",
                    "due": 40,
                    "status": "planned",
                },
            ],
        },
    ],
    "QX-H01": [
        {
            "post": "药房负责人",
            "item": "CW-01-1",
            "item_name": "药品采购",
            "step": "招标",
            "description": "药品耗材采购",
            "manifestation": (
                "绕开省药械集中采购平台采购，指定供应商；"
                "以“赞助费”“学术会议费”等名义收受供应商财物。"
            ),
            "risk_type": "process",
            "post_risk": "ethics",
            "grade": "一级",
            "responsible_posts": "药房负责人、副院长、院长",
            "supervisors": "县卫健局、乡纪委",
            "leader": "副院长",
            "principal": "院长",
            "stage": "published",
            "measures": [
                {
                    "measure": (
                        "药品和耗材全部在省药械集中采购平台采购，平台外采购须经院长办公会批准。"
                    ),
                    "post": "药房负责人",
                    "due": -60,
                    "status": "in_effect",
                },
                {
                    "measure": "采购、验收、保管岗位分设，供应商不得进入药房和临床科室推销。",
                    "post": "副院长",
                    "due": -30,
                    "status": "in_effect",
                },
                {
                    "measure": "每月公布药品用量排名前十的品种和医师，异常增长的约谈。",
                    "post": "副院长",
                    "due": -7,
                    "status": "planned",
                },
            ],
        },
        {
            "post": "医保办负责人",
            "item": "SP-01",
            "item_name": "医保",
            "step": "审查核实",
            "description": "医保零星报销初审",
            "manifestation": "对虚假发票、虚假病历、挂床住院等虚假材料办理报销，套取医保基金。",
            "risk_type": "process",
            "post_risk": "influence",
            "grade": "一级",
            "responsible_posts": "医保办负责人、副院长",
            "supervisors": "县医保局、乡纪委",
            "leader": "副院长",
            "principal": "院长",
            "stage": "published",
            "internal": "涉及正在核查的问题线索，暂不公开",
            "measures": [
                {
                    "measure": "零星报销材料实行清单化受理，发票和病历须经开具医院核验。",
                    "post": "医保办负责人",
                    "due": -30,
                    "status": "in_effect",
                },
                {
                    "measure": "初审与复核分设两人，5000元以上报销由副院长复核签字。",
                    "post": "副院长",
                    "due": -30,
                    "status": "in_effect",
                },
                {
                    "measure": "每季度配合县医保局开展病历抽查，发现问题的追回基金并报告。",
                    "post": "医保办负责人",
                    "due": 15,
                    "status": "planned",
                },
            ],
        },
        {
            "post": "收费室负责人",
            "item": "SF-01",
            "item_name": "收费",
            "step": "",
            "description": "医疗服务收费",
            "manifestation": "超标准收费、分解项目重复收费；收费不开票、收入不入账。",
            "risk_type": "post_duty",
            "post_risk": "ethics",
            "grade": "二级",
            "responsible_posts": "收费室负责人、会计",
            "supervisors": "县卫健局、院务公开监督小组",
            "leader": "副院长",
            "principal": "院长",
            "stage": "published",
            "measures": [
                {
                    "measure": "医疗服务项目和价格在门诊大厅电子显示屏公示。",
                    "post": "收费室负责人",
                    "due": -50,
                    "status": "in_effect",
                },
                {
                    "measure": "收费全部通过信息系统开具电子票据，每日日结并交会计核对。",
                    "post": "会计",
                    "due": -50,
                    "status": "in_effect",
                },
                {
                    "measure": "每月抽查出院病人费用清单不少于20份。",
                    "post": "收费室负责人",
                    "due": -4,
                    "status": "planned",
                },
            ],
        },
        {
            "post": "院长",
            "item": "RS-01",
            "item_name": "招聘",
            "step": "",
            "description": "人员招聘",
            "manifestation": "设置倾向性条件，面试考核暗箱操作，招录亲友或关系人。",
            "risk_type": "process",
            "post_risk": "appointment",
            "grade": "二级",
            "responsible_posts": "院长、副院长",
            "supervisors": "县卫健局、乡纪委",
            "leader": "乡分管领导",
            "principal": "县卫健局",
            "stage": "published",
            "measures": [
                {
                    "measure": "招聘方案和岗位条件报县卫健局审核后公开发布。",
                    "post": "院长",
                    "due": -40,
                    "status": "in_effect",
                },
                {
                    "measure": "面试考官随机抽取，与考生有亲属关系的回避，全程录像。",
                    "post": "副院长",
                    "due": -40,
                    "status": "in_effect",
                },
                {
                    "measure": "拟聘人员公示7天，公示期内的举报由乡纪委核查。",
                    "post": "院长",
                    "due": 20,
                    "status": "planned",
                },
            ],
        },
        {
            "post": "会计",
            "item": "RS-02",
            "item_name": "绩效",
            "step": "",
            "description": "绩效工资分配",
            "manifestation": "分配方案未经职工大会讨论，分配向领导班子过度倾斜。",
            "risk_type": "system",
            "post_risk": "major_decision",
            "grade": "三级",
            "responsible_posts": "院长、会计",
            "supervisors": "职工代表、乡纪委",
            "leader": "副院长",
            "principal": "院长",
            "stage": "draft",
            "measures": [
                {
                    "measure": "绩效分配方案经职工大会讨论通过后实施。",
                    "post": "院长",
                    "due": 30,
                    "status": "planned",
                },
                {
                    "measure": "每月绩效分配结果在院内公示。",
                    "post": "会计",
                    "due": 45,
                    "status": "planned",
                },
            ],
        },
        {
            "post": "公共卫生科科长",
            "item": "CW-02",
            "item_name": "公共卫生",
            "step": "",
            "description": "基本公共卫生服务项目资金",
            "manifestation": "虚报服务人次、虚建健康档案，套取项目资金。",
            "risk_type": "process",
            "post_risk": "decision_distortion",
            "grade": "二级",
            "responsible_posts": "公共卫生科科长、会计",
            "supervisors": "县卫健局",
            "leader": "副院长",
            "principal": "院长",
            "stage": "submitted",
            "measures": [
                {
                    "measure": "服务数据以信息系统记录为准，手工补录须说明理由并审批。",
                    "post": "公共卫生科科长",
                    "due": -15,
                    "status": "in_effect",
                },
                {
                    "measure": "随访服务由村医和乡医双签，院里每月电话回访5%的服务对象。",
                    "post": "公共卫生科科长",
                    "due": -10,
                    "status": "planned",
                },
                {
                    "measure": "项目资金按考核结果拨付，考核结果在院内公开。",
                    "post": "会计",
                    "due": 40,
                    "status": "planned",
                },
            ],
        },
        {
            "post": "院长",
            "item": "JC-01",
            "item_name": "大型设备",
            "step": "",
            "description": "大型设备购置和基建项目",
            "manifestation": "未经集体决策；设备参数为特定品牌量身定制。",
            "risk_type": "process",
            "post_risk": "major_decision",
            "grade": "二级",
            "responsible_posts": "院长、副院长",
            "supervisors": "县卫健局、乡纪委",
            "leader": "乡分管领导",
            "principal": "县卫健局",
            "stage": "published",
            "measures": [
                {
                    "measure": (
                        "10万元以上设备和基建项目经院长办公会和职工代表讨论后报县卫健局审批。"
                    ),
                    "post": "院长",
                    "due": -45,
                    "status": "in_effect",
                },
                {
                    "measure": "设备参数经三家以上品牌论证，委托县公共资源交易中心采购。",
                    "post": "副院长",
                    "due": -45,
                    "status": "in_effect",
                },
            ],
        },
        {
            "post": "院感管理员",
            "item": "JD-01",
            "item_name": "医疗废物",
            "step": "",
            "description": "医疗废物处置",
            "manifestation": "交接登记不全，私自变卖医疗废物或交给无资质单位处置。",
            "risk_type": "external",
            "post_risk": "other",
            "grade": "三级",
            "responsible_posts": "院感管理员",
            "supervisors": "县生态环境局、县卫健局",
            "leader": "副院长",
            "principal": "院长",
            "stage": "confirmed",
            "measures": [
                {
                    "measure": "医疗废物称重、登记、双人交接，交由有资质的处置单位统一收运。",
                    "post": "院感管理员",
                    "due": -20,
                    "status": "in_effect",
                },
                {
                    "measure": "每月核对医疗废物产生量与转运联单，差异查明原因。",
                    "post": "院感管理员",
                    "due": 12,
                    "status": "planned",
                },
            ],
        },
    ],
    "QX-S01": [
        {
            "post": "学生资助专管员",
            "item": "GF-01",
            "item_name": "资助",
            "step": "审查核实",
            "description": (
                "学生资助评定不公：不按困难程度评定，优亲厚友，或虚报资助对象、截留资助资金。"
            ),
            "risk_type": "process",
            "post_risk": "ethics",
            "likelihood": 2,
            "impact": 2,
            "residual": (1, 2),
            "leader": "副校长",
            "principal": "校长",
            "stage": "published",
            "measures": [
                {
                    "phase": "before",
                    "measure": "资助评定条件和名额在校务公开栏和家长群公布，学生自愿申请。",
                    "post": "学生资助专管员",
                    "due": -40,
                    "status": "in_effect",
                },
                {
                    "phase": "during",
                    "measure": "班级评议小组由班主任、教师和家长代表组成，评议结果签字确认。",
                    "post": "政教主任",
                    "due": -25,
                    "status": "in_effect",
                },
                {
                    "phase": "after",
                    "measure": (
                        "受助名单在校内公示5天（隐去敏感信息），资助资金直接打入学生家长账户。"
                    ),
                    "post": "学生资助专管员",
                    "due": -2,
                    "status": "planned",
                },
            ],
        },
        {
            "post": "总务主任",
            "item": "CW-01-1",
            "item_name": "食材",
            "step": "验收",
            "description": ("食堂采购以次充好、虚报数量，验收把关不严，与供应商串通收受回扣。"),
            "risk_type": "process",
            "post_risk": "ethics",
            "likelihood": 2,
            "impact": 3,
            "residual": (1, 3),
            "leader": "副校长",
            "principal": "校长",
            "stage": "published",
            "measures": [
                {
                    "phase": "before",
                    "measure": (
                        "大宗食材通过县教育局统一招标确定的定点供应商采购，合同明确质量标准。"
                    ),
                    "post": "总务主任",
                    "due": -60,
                    "status": "in_effect",
                },
                {
                    "phase": "during",
                    "measure": "食材由总务、食堂管理员和值周教师三方验收，过秤登记并留样。",
                    "post": "总务主任",
                    "due": -30,
                    "status": "in_effect",
                },
                {
                    "phase": "during",
                    "measure": "家长委员会每月随机参与一次食材验收和陪餐。",
                    "post": "政教主任",
                    "due": -18,
                    "status": "planned",
                },
                {
                    "phase": "after",
                    "measure": "伙食账目每月公开，学期末请审计人员核查。",
                    "post": "会计",
                    "due": 40,
                    "status": "planned",
                },
            ],
        },
        {
            "post": "教务主任",
            "item": "GG-01",
            "item_name": "招生",
            "step": "审查核实",
            "description": "招生中违规择校、跨学区招生，或变相收取择校费、赞助费。",
            "risk_type": "process",
            "post_risk": "influence",
            "likelihood": 2,
            "impact": 2,
            "residual": (1, 2),
            "leader": "副校长",
            "principal": "校长",
            "stage": "published",
            "measures": [
                {
                    "phase": "before",
                    "measure": "招生范围、计划和条件在招生前公开，按县教育局划定的学区招生。",
                    "post": "教务主任",
                    "due": -70,
                    "status": "in_effect",
                },
                {
                    "phase": "during",
                    "measure": "入学资格由教务处两人审核户籍和居住证明，特殊情况报县教育局。",
                    "post": "教务主任",
                    "due": -70,
                    "status": "in_effect",
                },
                {
                    "phase": "after",
                    "measure": "新生名单和学籍信息与县学籍系统核对，结果公开。",
                    "post": "教务主任",
                    "due": 50,
                    "status": "planned",
                },
            ],
        },
        {
            "post": "总务主任",
            "item": "JC-01",
            "item_name": "维修",
            "step": "招标",
            "description": "校舍维修工程规避招标、指定施工单位，虚增工程量和维修费用。",
            "risk_type": "process",
            "post_risk": "influence",
            "likelihood": 2,
            "impact": 3,
            "residual": (1, 3),
            "leader": "副校长",
            "principal": "校长",
            "stage": "confirmed",
            "measures": [
                {
                    "phase": "before",
                    "measure": "维修项目经校务会研究，达到限额的委托县公共资源交易中心招标。",
                    "post": "总务主任",
                    "due": -25,
                    "status": "in_effect",
                },
                {
                    "phase": "during",
                    "measure": "施工过程由总务处和教师代表共同监督，隐蔽工程拍照留存。",
                    "post": "总务主任",
                    "due": 20,
                    "status": "planned",
                },
                {
                    "phase": "after",
                    "measure": "竣工后组织验收并送审计，结算结果校内公开。",
                    "post": "会计",
                    "due": 60,
                    "status": "planned",
                },
            ],
        },
        {
            "post": "副校长",
            "item": "RS-01",
            "item_name": "职称",
            "step": "",
            "description": "教师职称评审推荐不公开量化赋分标准，推荐过程暗箱操作。",
            "risk_type": "system",
            "post_risk": "appointment",
            "likelihood": 1,
            "impact": 2,
            "residual": (1, 1),
            "leader": "校长",
            "principal": "乡中心学校",
            "stage": "published",
            "measures": [
                {
                    "phase": "before",
                    "measure": "推荐方案和量化赋分标准经教职工大会通过后公布。",
                    "post": "副校长",
                    "due": -90,
                    "status": "in_effect",
                },
                {
                    "phase": "after",
                    "measure": "推荐人选及得分公示5天。",
                    "post": "副校长",
                    "due": -60,
                    "status": "in_effect",
                },
            ],
        },
        {
            "post": "会计",
            "item": "SF-01",
            "item_name": "代收费",
            "step": "",
            "description": "超范围、超标准代收费，代收费结余不及时清退。",
            "risk_type": "post_duty",
            "post_risk": "ethics",
            "likelihood": 1,
            "impact": 2,
            "residual": (1, 1),
            "leader": "总务主任",
            "principal": "校长",
            "stage": "published",
            "measures": [
                {
                    "phase": "before",
                    "measure": "代收费项目和标准经县物价、教育部门核定并公示，学生自愿。",
                    "post": "会计",
                    "due": -80,
                    "status": "in_effect",
                },
                {
                    "phase": "after",
                    "measure": "学期末结算代收费，结余一月内清退并公开清退明细。",
                    "post": "会计",
                    "due": -11,
                    "status": "planned",
                },
            ],
        },
        {
            "post": "教务主任",
            "item": "QT-01",
            "item_name": "教辅",
            "step": "",
            "description": "违规向学生推销或强制征订教辅材料，收取书商回扣。",
            "risk_type": "external",
            "post_risk": "ethics",
            "likelihood": 2,
            "impact": 2,
            "residual": (1, 1),
            "leader": "副校长",
            "principal": "校长",
            "stage": "draft",
            "measures": [
                {
                    "phase": "before",
                    "measure": "教辅材料只在县教育局公布的目录内由学生自愿选用。",
                    "post": "教务主任",
                    "due": -100,
                    "status": "lapsed",
                },
                {
                    "phase": "during",
                    "measure": "学校暂停代订教辅材料，由家长自行购买。",
                    "post": "教务主任",
                    "due": -30,
                    "status": "in_effect",
                },
            ],
        },
        {
            "post": "政教主任",
            "item": "RS-02",
            "item_name": "评先评优",
            "step": "",
            "description": "评先评优名额分配和推荐条件不公开，向领导和关系人倾斜。",
            "risk_type": "system",
            "post_risk": "appointment",
            "likelihood": 1,
            "impact": 1,
            "residual": (1, 1),
            "leader": "副校长",
            "principal": "校长",
            "stage": "identified",
            "measures": [
                {
                    "phase": "before",
                    "measure": "评先评优条件和名额分配方案提前在校内公布。",
                    "post": "政教主任",
                    "due": 15,
                    "status": "planned",
                },
                {
                    "phase": "after",
                    "measure": "推荐结果公示5天。",
                    "post": "政教主任",
                    "due": 30,
                    "status": "planned",
                },
            ],
        },
    ],
}

# Which village points each village found and how far each got; a third element, where given,
# is why the point is kept internal (仅内部掌握).
LEDGERS = {
    "QX-V01": [
        ("decision", "published"),
        ("invoices", "published"),
        ("tender", "published"),
        ("certificate", "published"),
        ("allowance", "published"),
        ("supervision", "published"),
        ("compensation", "confirmed"),
        ("procurement", "submitted"),
        ("homestead", "identified"),
    ],
    "QX-V02": [
        ("decision", "published"),
        ("invoices", "published", "涉及正在核查的问题线索，暂不公开"),
        ("tender", "published"),
        ("allowance", "published"),
        ("contract", "published"),
        ("allowances-pay", "confirmed"),
        ("supervision", "draft"),
        ("certificate", "identified_confirmed"),
    ],
    "QX-V03": [
        ("decision", "published"),
        ("invoices", "published"),
        ("tender", "published"),
        ("subsidy", "published"),
        ("acceptance", "published"),
        ("mediation", "published"),
        ("allowance", "returned"),
        ("party-member", "identified"),
    ],
    "QX-V04": [
        ("decision", "published"),
        ("invoices", "published"),
        ("compensation", "published"),
        ("homestead", "published"),
        ("certificate", "published"),
        ("supervision", "published"),
        ("procurement", "draft"),
        ("relief", "identified"),
    ],
    "QX-C01": [
        ("decision", "published"),
        ("invoices", "published"),
        ("allowance", "published"),
        ("certificate", "published"),
        ("contract", "published"),
        ("allowances-pay", "published"),
        ("tender", "confirmed"),
        ("mediation", "identified_confirmed"),
    ],
}

# The democratic review (民主评) of each unit's ledger: one meeting a few weeks ago.
REVIEWS = {
    "QX-V01": {"days_ago": 24, "meeting": "村民代表会议", "participants": 37},
    "QX-V02": {"days_ago": 31, "meeting": "村民代表会议", "participants": 29},
    "QX-V03": {"days_ago": 19, "meeting": "村民代表会议", "participants": 33},
    "QX-V04": {"days_ago": 27, "meeting": "村民代表会议", "participants": 41},
    "QX-C01": {"days_ago": 22, "meeting": "居民代表会议", "participants": 45},
    "QX-F01": {"days_ago": 35, "meeting": "职工大会", "participants": 12},
    "QX-H01": {"days_ago": 29, "meeting": "职工大会", "participants": 46},
    "QX-S01": {"days_ago": 17, "meeting": "教职工大会", "participants": 58},
}
REVIEW_OUTCOMES = [
    "经评议，到会人员一致同意该风险点的描述、等级和防控措施。",
    "同意风险等级；建议补充事后公开措施，已采纳并修改。",
    "对风险描述提出修改意见2条，修改后表决通过。",
    "多数同意列为该等级，另有3人建议提高一级，记录在案，报乡镇审核时一并说明。",
    "同意；建议防控措施明确责任人和完成时限，已补充。",
]
# Why the township returned a point, for the ``returned`` stage.
RETURN_REASON = "事中防控措施过于笼统，请明确入户调查的人员组成和评议记录要求后重新报送。"

# The warnings (廉能风险预警) of the demo: who sends what to whom. ``point`` names the
# unit's point by its template key (village points) or by its post (pilot units).
WARNINGS = {
    "prevention_notice": {
        "unit": "QX-V01",
        "point": "invoices",
        "days_ago": 2,
        "deadline_days": 10,
        "cause": (
            "乡“三资”代理服务中心抽查发现，清溪村本年度第二季度有6张报账票据经办人、证明人签字不全，"
            "2笔开支以收据入账，存在虚开、套取票据报账的风险。请报账员对本年度票据逐张自查，"
            "村务监督委员会复核，10日内书面报告自查和整改情况。"
        ),
        "reason": "季度“三资”抽查发现票据问题",
    },
    "reminder": {
        "unit": "QX-H01",
        "post": "药房负责人",
        "days_ago": 16,
        "deadline_days": 10,
        "cause": (
            "县医保局通报近期多地发生医药购销领域收受回扣问题。请卫生院药房对照药品耗材采购"
            "风险点开展自查，重点检查平台外采购和供应商进入药房推销情况。"
        ),
        "reason": "落实县纪委关于医药领域腐败问题集中整治的要求",
        "response_days_ago": 9,
        "response": (
            "已组织药房、采购和临床科室人员签订廉洁承诺书；经自查，本季度药品、耗材全部通过"
            "省药械集中采购平台采购，无平台外采购，未发现供应商进入科室推销。自查表和承诺书已存档备查。"
        ),
    },
    "closed": {
        "unit": "QX-S01",
        "post": "总务主任",
        "tier": "handling_notice",
        "days_ago": 45,
        "deadline_days": 7,
        "cause": (
            "有家长通过监督评议反映学校食堂近期使用的大米为陈米、部分蔬菜不新鲜。"
            "请学校立即核查食材来源和验收记录，7日内报告处置情况。"
        ),
        "reason": "家长反映食堂食材质量问题",
        "response_days_ago": 40,
        "response": (
            "经核查，反映情况属实：供应商9月第二批次大米以陈米替代。学校已退回该批次大米，"
            "扣减供应商货款并约谈，改由三方验收并留样；家长委员会已参与两次验收和陪餐。"
        ),
        "closed_days_ago": 33,
        "closing_note": "经乡纪委、乡教办现场核查，问题已整改到位，验收记录完整，予以关闭。",
    },
    # The daily check's warning for an overdue measure, left unanswered past its deadline.
    "system": {"days_ago": 14, "deadline_days": 10, "min_overdue_days": 15},
}
