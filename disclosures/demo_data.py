"""The demo township's disclosures and catalogs, as data.

Everything is invented (places, people, companies, amounts), in the words a village clerk or a
township office would use. Dates are days relative to the day the demo is loaded; ``stage`` is
the lifecycle status a disclosure ends in ("published", "submitted", "draft" or "scheduled":
approved and waiting for its ``publish_in_days``). Bodies are paragraphs (and for the monthly
accounts a table, built from ``accounts``); ``disclosures.demo`` turns them into clean HTML.
"""

from __future__ import annotations

VILLAGE_CHANNELS = ["bulletin_board", "screen", "website"]
PILOT_CHANNELS = ["website", "service_window", "work_bulletin"]
# The township's own channels (disclosures.vocabulary) the village catalog adds to those.
VILLAGE_OWN_CHANNELS = ["村民微信群", "应急广播"]
VILLAGE_DISCLOSER = "村民委员会"

# How a community says what a village says (居务 for 村务).
COMMUNITY_WORDS = [
    ("村民代表会议", "居民代表会议"),
    ("村民会议", "居民会议"),
    ("村务监督委员会", "居务监督委员会"),
    ("村务公开", "居务公开"),
    ("村委会", "居委会"),
    ("村级", "社区"),
    ("村民", "居民"),
    ("村务", "居务"),
]

# The community's names of the village posts.
COMMUNITY_POSTS = {"村委会主任": "居委会主任", "村文书": "社区文书", "民政协理员": "社区民政专干"}

VILLAGE_BASIS = "《中华人民共和国村民委员会组织法》第三十条；GB/T 40088-2021《村务公开管理规范》"

# The township's village catalog (村务公开目录): key -> obligation, in its published order
# (numbered from 1). Every village and the community keeps it; the community in its own words.
# Unless a row says otherwise, its frequency as written is the structured period's name, its
# level the unit's own and its disclosing body (公开主体) the village committee.
VILLAGE_CATALOG = {
    "finance": {
        "domain": "村级财务",
        "matter": "财务收支",
        "sub_matter": "月度收支明细",
        "content_elements": "上月各项收入、支出明细，收支结余，债权债务，村务监督委员会审核意见",
        "basis": VILLAGE_BASIS + "；《浙江省村级财务管理规定》",
        "frequency": "monthly",
        "deadline_day": 10,
        "deadline_rule": "每月10日前公开上月收支",
        "post": "报账员",
        "category": "finance",
    },
    "decision": {
        "domain": "村级事务",
        "matter": "重大事项决策",
        "sub_matter": "“四议两公开”决议",
        "content_elements": "决策事项、提议来源、会议时间、应到与实到人数、表决结果、决议内容",
        "basis": VILLAGE_BASIS
        + "；中共中央办公厅、国务院办公厅《关于加强和改进乡村治理的指导意见》",
        "frequency": "on_event",
        "deadline_day": 5,
        "deadline_rule": "决议作出后5日内公开",
        "post": "村文书",
        "category": "decision",
    },
    "dibao": {
        "domain": "民生保障",
        "matter": "低保评议",
        "sub_matter": "低保、特困民主评议结果",
        "content_elements": "申请人姓名（户主）、家庭人口、评议结果、公示期和异议受理方式",
        "basis": "《社会救助暂行办法》第十一条；《最低生活保障审核确认办法》第二十一条",
        "frequency": "on_event",
        "deadline_day": 5,
        "deadline_rule": "民主评议后5日内张榜公示，公示期7天",
        "levels": ["township", "village"],
        "post": "民政协理员",
        "category": "other",
    },
    "annual": {
        "domain": "村级事务",
        "matter": "年度工作报告",
        "sub_matter": "村委会年度工作报告和财务决算",
        "content_elements": "上年度工作完成情况、集体经济收支决算、本年度工作计划",
        "basis": VILLAGE_BASIS,
        "frequency": "yearly",
        "deadline_day": 31,
        "deadline_rule": "每年1月31日前公开上年度报告",
        "post": "村委会主任",
        "category": "execution",
    },
    "project": {
        "domain": "工程建设",
        "matter": "工程项目",
        "sub_matter": "村级工程立项、招投标、进度和验收",
        "content_elements": "项目名称、预算、资金来源、施工单位、工程进度、验收结果",
        "basis": VILLAGE_BASIS + "；《浙江省村级工程项目管理办法》",
        "frequency": "on_event",
        "deadline_day": 10,
        "deadline_rule": "立项、开工、重要节点和验收后10日内公开",
        "post": "村委会主任",
        "category": "project",
    },
    # A frequency with a condition in words (村民委员会组织法 art. 30, as a Zhejiang village's
    # catalog writes it): no structured period, so no due date and no warning.
    "assets": {
        "domain": "集体资产",
        "matter": "集体资产资源",
        "sub_matter": "资产资源台账和承包租赁情况",
        "content_elements": "资产资源名称、数量、承包租赁对象、期限、金额、收益",
        "basis": VILLAGE_BASIS,
        "frequency_text": "每季度的首个月20日（集体资产资源往来较多的村，应每月公布一次）",
        "frequency": "",
        "deadline_day": None,
        "deadline_rule": "",
        "post": "报账员",
        "category": "finance",
    },
    # A deadline in working days, published at two levels (乡级审批、村级公示).
    "relief": {
        "domain": "社会救助",
        "matter": "临时救助",
        "sub_matter": "临时救助审批结果",
        "content_elements": "救助对象（户主）、救助事由、救助金额、审批单位",
        "basis": "《社会救助暂行办法》第四十七条至第五十条",
        "frequency_text": "信息形成或变更之日起20个工作日内",
        "frequency": "on_event",
        "deadline_day": None,
        "deadline_days": 20,
        "deadline_day_type": "working",
        "deadline_rule": "",
        "levels": ["township", "village"],
        "discloser": "乡人民政府、村民委员会",
        "post": "民政协理员",
        "category": "other",
    },
}

# The pilot units' catalogs: a few matters each, keyed by unit code.
PILOT_CATALOGS = {
    "QX-F01": {
        "subsidy": {
            "domain": "财政资金",
            "matter": "惠民惠农补贴发放",
            "sub_matter": "“一卡通”发放情况",
            "content_elements": "补贴项目、发放对象人数、发放标准、发放金额、发放时间",
            "basis": "财政部等《关于进一步加强惠民惠农财政补贴资金“一卡通”管理的指导意见》",
            "frequency": "quarterly",
            "deadline_day": 20,
            "deadline_rule": "每季度第一个月20日前公开上季度发放情况",
            "post": "惠农资金专管员",
            "category": "finance",
        },
        "budget": {
            "domain": "财政资金",
            "matter": "部门预算",
            "sub_matter": "乡级年度预算及说明",
            "content_elements": "收支预算总表、“三公”经费预算、预算编制说明",
            "basis": "《中华人民共和国预算法》第十四条",
            "frequency": "yearly",
            "deadline_day": 31,
            "deadline_rule": "预算批复后20日内，至迟1月31日前",
            "post": "预算会计",
            "category": "finance",
        },
    },
    "QX-H01": {
        "charges": {
            "domain": "院务公开",
            "matter": "医疗服务收费",
            "sub_matter": "收费项目和标准",
            "content_elements": "医疗服务项目、计价单位、收费标准、医保支付类别",
            "basis": "《医疗卫生机构信息公开管理办法》第十条",
            "frequency": "quarterly",
            "deadline_day": 10,
            "deadline_rule": "价格调整后及时更新，每季度核对一次",
            "post": "收费室负责人",
            "category": "powers",
        },
        "discipline": {
            "domain": "院务公开",
            "matter": "行风建设",
            "sub_matter": "违规违纪问题处理情况",
            "content_elements": "问题性质、处理依据、处理结果、整改措施",
            "basis": "《医疗机构工作人员廉洁从业九项准则》",
            "frequency": "on_event",
            "deadline_day": 10,
            "deadline_rule": "处理决定作出后10日内院内通报",
            "post": "副院长",
            "category": "discipline",
        },
    },
    "QX-S01": {
        "appointments": {
            "domain": "校务公开",
            "matter": "干部聘任",
            "sub_matter": "中层干部聘任",
            "content_elements": "拟聘人员、拟任岗位、聘任程序、公示期和异议受理方式",
            "basis": "《中小学校领导人员管理暂行办法》",
            "frequency": "on_event",
            "deadline_day": 5,
            "deadline_rule": "校务会议研究后5日内公示",
            "post": "校长",
            "category": "appointment",
        },
        "aid": {
            "domain": "校务公开",
            "matter": "学生资助",
            "sub_matter": "资助对象评定结果",
            "content_elements": "资助项目、受助学生人数、资助标准（不公开学生家庭隐私）",
            "basis": "《学生资助资金管理办法》",
            "frequency": "quarterly",
            "deadline_day": 20,
            "deadline_rule": "每学期评定后公示5个工作日",
            "post": "学生资助专管员",
            "category": "other",
        },
        "powers": {
            "domain": "校务公开",
            "matter": "权力清单",
            "sub_matter": "学校权力清单和运行流程图",
            "content_elements": "权力事项、办理岗位、流程图、监督电话",
            "basis": "《中华人民共和国政府信息公开条例》；《高等学校信息公开办法》参照",
            "frequency": "yearly",
            "deadline_day": 31,
            "deadline_rule": "每年1月31日前更新",
            "post": "教务主任",
            "category": "powers",
        },
    },
}

# Monthly accounts (财务收支): (科目, 收入, 支出, 备注) in yuan.
ACCOUNTS = {
    "QX-V01": [
        ("上级转移支付（村级组织运转经费）", "45000.00", "", "乡财政所拨付"),
        ("集体资产租赁收入（溪口厂房）", "18000.00", "", "第四季度租金"),
        ("村干部报酬及误工补贴", "", "21600.00", "按乡核定标准发放"),
        ("村道养护费", "", "3850.00", "溪口至上畈段清障"),
        ("办公及水电费", "", "1276.50", ""),
        ("村道硬化工程进度款（第二期）", "", "30000.00", "凭监理签证支付"),
    ],
    "QX-V02": [
        ("上级转移支付（村级组织运转经费）", "40000.00", "", ""),
        ("毛竹山林承包费", "26500.00", "", "本年度承包费"),
        ("村干部报酬及误工补贴", "", "19800.00", ""),
        ("防汛物资采购", "", "4320.00", "沙袋、救生衣"),
        ("办公及水电费", "", "980.00", ""),
    ],
    "QX-V04": [
        ("上级转移支付（村级组织运转经费）", "42000.00", "", ""),
        ("民宿集聚区管理服务费", "12600.00", "", ""),
        ("饮用水提升工程配套资金", "", "20000.00", "村集体自筹部分"),
        ("村干部报酬及误工补贴", "", "20400.00", ""),
        ("环境卫生保洁费", "", "6000.00", "保洁员10月工资"),
    ],
    "QX-C01": [
        ("上级转移支付（社区工作经费）", "60000.00", "", ""),
        ("社区用房出租收入", "9600.00", "", ""),
        ("社区工作者报酬", "", "38400.00", ""),
        ("居家养老服务中心运行费", "", "7850.00", "助餐补贴、水电"),
        ("办公及水电费", "", "1520.00", ""),
    ],
}

# The disclosures, in the order they are written. ``unit`` is the unit code; ``obligation``
# the key of its catalog matter; ``publicity`` (start, end) in days from today; ``items`` the
# codes of related power items; ``accounts`` adds the unit's monthly table after the text.
DISCLOSURES = [
    {
        "unit": "QX-V01",
        "title": "关于清溪村村道硬化工程实施方案的决议公告",
        "category": "decision",
        "obligation": "decision",
        "items": ["JC-01", "JC-02"],
        "publicity": (-3, 4),
        "stage": "published",
        "body": [
            "根据“四议两公开”工作法，村党支部于{date-21}提议实施溪口至上畈段村道硬化工程，"
            "经村“两委”联席会议商议、党员大会审议，于{day-5}提交村民代表会议决议。",
            "村民代表会议应到代表35人，实到32人，赞成31人，弃权1人，决议通过。工程全长2.6公里，"
            "路面宽4.5米，预算128万元，资金来源为县交通以奖代补资金、“一事一议”财政奖补资金和村集体自筹。",
            "工程按规定进入乡公共资源交易平台公开招标，接受村务监督委员会全程监督。",
            "公示期内如有异议，请向村务监督委员会反映。",
        ],
    },
    {
        "unit": "QX-V01",
        "title": "清溪村{last_month}财务收支公开",
        "category": "finance",
        "obligation": "finance",
        "items": ["CW-01"],
        "publicity": None,
        "stage": "published",
        "accounts": True,
        "body": [
            "现将本村{last_month}财务收支情况公布如下，已经村务监督委员会审核，"
            "原始凭证可在村便民服务中心查阅。",
        ],
    },
    {
        "unit": "QX-V01",
        "title": "清溪村{quarter}低保民主评议结果公示",
        "category": "other",
        "obligation": "dibao",
        "items": ["GF-01"],
        "publicity": (-2, 5),
        "stage": "published",
        "body": [
            "{day-4}，村民主评议小组对本季度新申请最低生活保障的3户家庭进行了民主评议，"
            "参加评议的村民代表、党员代表和村务监督委员会成员共15人。",
            "评议结果：李某某户（2人，因病致贫）同意推荐；陈某某户（1人，重度残疾）同意推荐；"
            "吴某某户（4人，家庭成员有稳定务工收入）不予推荐。",
            "低保申请须经乡人民政府审核确认，公示期7天。对评议结果有异议的，可在公示期内向村民政协理员"
            "或乡社会事务办反映。",
        ],
    },
    {
        "unit": "QX-V01",
        "title": "清溪村党支部{last_quarter}党费收缴和使用情况",
        "category": "finance",
        "audience": "party",
        "items": [],
        "publicity": None,
        "stage": "published",
        "body": [
            "本季度应交党费党员58名，实交58名，收缴党费合计3486.00元，已全额上缴乡党委。",
            "乡党委下拨党费1200.00元，用于慰问老党员、困难党员4名，发放慰问金和慰问品，"
            "支出明细及签收单在党员活动室公开。",
        ],
    },
    {
        "unit": "QX-V02",
        "title": "石门村{last_month}财务收支公开",
        "category": "finance",
        "obligation": "finance",
        "items": ["CW-01"],
        "publicity": None,
        "stage": "published",
        "accounts": True,
        "body": ["现将本村{last_month}财务收支情况公布如下，如有疑问请向村务监督委员会咨询。"],
    },
    {
        "unit": "QX-V02",
        "title": "石门村村务监督委员会委员补选结果公告",
        "category": "appointment",
        "items": ["JD-01"],
        "publicity": (-20, -15),
        "stage": "published",
        "body": [
            "因原村务监督委员会委员徐某某迁居外地，经村民代表会议{day-24}补选，"
            "应到代表31人，实到29人，郑某某同志得票27票，当选村务监督委员会委员。",
            "当选人符合村务监督委员会成员任职条件，与村“两委”成员无近亲属关系。",
        ],
    },
    {
        "unit": "QX-V02",
        "title": "石门村小微权力清单（{year}年版）及运行流程图公布",
        "category": "powers",
        "items": ["JC-01", "CW-01", "XK-01", "GF-01"],
        "publicity": None,
        "stage": "published",
        "body": [
            "根据乡党委统一部署，本村梳理形成小微权力清单，共涵盖村级重大事项决策、财务开支审批、"
            "宅基地申请初审、低保和困难补助申请初审等事项，每项均附运行流程图。",
            "清单和流程图已在村务公开栏、电子显示屏和本网站公布，请广大村民对照监督。",
        ],
    },
    {
        "unit": "QX-V02",
        "title": "石门村关于集体毛竹山林承包经营权流转的决议",
        "category": "decision",
        "obligation": "decision",
        "items": ["JC-03"],
        "publicity": (-12, -5),
        "stage": "submitted",
        "body": [
            "{day-14}村民代表会议表决通过：将石门岭集体毛竹山林860亩承包经营权公开流转，"
            "期限10年，起拍价每亩每年35元，收益归村集体所有。",
            "流转方案经乡农村产权交易平台挂牌交易，交易结果另行公告。",
        ],
    },
    {
        "unit": "QX-V03",
        "title": "竹坞村{quarter}低保评议结果",
        "category": "other",
        "obligation": "dibao",
        "items": ["GF-01"],
        "publicity": (-9, -2),
        "stage": "draft",
        "body": [
            "{day-10}村民主评议小组对2户低保申请家庭进行评议，评议结果待整理后张榜公示。",
        ],
    },
    {
        "unit": "QX-V03",
        "title": "竹坞村“美丽庭院”示范户评选结果公示",
        "category": "award",
        "items": [],
        "publicity": (-30, -23),
        "stage": "published",
        "body": [
            "经农户自荐、村妇联初评和村民代表现场打分，评出{year}年度“美丽庭院”示范户12户、"
            "优秀户20户，每户奖励日用品一套，名单张贴于村文化礼堂。",
        ],
    },
    {
        "unit": "QX-V04",
        "title": "桃源村{last_quarter}村民代表会议决议执行情况公开",
        "category": "execution",
        "items": ["JC-01", "JT-02"],
        "publicity": (-40, -33),
        "stage": "published",
        "body": [
            "一、民宿集聚区停车场建设决议：已完工并通过验收，新增车位86个，实际支出21.3万元，"
            "低于预算1.7万元。",
            "二、村集体茶园对外发包决议：已通过乡农村产权交易平台发包，年承包费4.2万元，合同已备案。",
            "三、饮用水提升工程决议：已开工建设，进展情况见民生工程专栏。",
        ],
    },
    {
        "unit": "QX-V04",
        "title": "桃源村{last_month}财务收支公开",
        "category": "finance",
        "obligation": "finance",
        "items": ["CW-01"],
        "publicity": None,
        "stage": "published",
        "accounts": True,
        "body": ["现将本村{last_month}财务收支情况公布如下，已经村务监督委员会审核签字。"],
    },
    {
        "unit": "QX-V04",
        "title": "桃源村{quarter}低保民主评议结果公示",
        "category": "other",
        "obligation": "dibao",
        "items": ["GF-01"],
        "publicity": (1, 8),
        "stage": "submitted",
        "body": [
            "{day-1}，村民主评议小组对本季度新申请最低生活保障的2户家庭进行了民主评议，"
            "参加评议的村民代表、党员代表和村务监督委员会成员共13人。",
            "评议结果：张某某户（3人，因病致贫）同意推荐；黄某某户（1人，无劳动能力）同意推荐。",
            "公示期7天。对评议结果有异议的，可在公示期内向村民政协理员或乡社会事务办反映。",
        ],
    },
    {
        "unit": "QX-C01",
        "title": "清溪社区{last_month}财务收支公开",
        "category": "finance",
        "obligation": "finance",
        "items": ["CW-01"],
        "publicity": None,
        "stage": "published",
        "accounts": True,
        "body": ["现将本社区{last_month}财务收支情况公布如下，欢迎居民监督。"],
    },
    {
        "unit": "QX-C01",
        "title": "清溪社区{year}年度“文明家庭”评选结果公示",
        "category": "award",
        "items": [],
        "publicity": (-1, 6),
        "stage": "published",
        "body": [
            "经楼道推荐、居民代表评议和社区党总支审定，拟评选{year}年度“文明家庭”10户、"
            "“最美邻里”5户。",
            "公示期7天，对公示对象有异议的，请向社区居务监督委员会反映。",
        ],
    },
    {
        "unit": "QX-C01",
        "title": "关于{day+5}起社区服务大厅调整办公时间的通告",
        "category": "other",
        "items": ["BM-02"],
        "publicity": None,
        "stage": "scheduled",
        "publish_in_days": 2,
        "body": [
            "自{day+5}起，社区服务大厅办公时间调整为上午8:30—12:00，下午13:30—17:00；"
            "周六上午设便民服务值班窗口。",
        ],
    },
    {
        "unit": "QX-F01",
        "title": "清溪乡{last_quarter}惠民惠农补贴“一卡通”发放情况",
        "category": "finance",
        "obligation": "subsidy",
        "items": ["GF-01"],
        "publicity": None,
        "stage": "published",
        "body": [
            "第三季度通过“一卡通”发放耕地地力保护补贴、困难残疾人生活补贴、重度残疾人护理补贴等"
            "6类补贴，涉及2843人次，发放金额合计187.65万元。",
            "发放明细已分村张榜公布，群众可持社保卡到乡财政所或代发银行查询到账情况。",
        ],
    },
    {
        "unit": "QX-H01",
        "title": "关于卫生院一名工作人员违规收受患者财物的处理情况通报",
        "category": "discipline",
        "obligation": "discipline",
        "items": ["SF-01"],
        "publicity": None,
        "stage": "published",
        "body": [
            "{last_month}，卫生院接群众反映，住院部一名护理人员收受患者家属购物卡500元。经查属实，"
            "当事人已全额退还。",
            "根据《医疗机构工作人员廉洁从业九项准则》，院务会议决定给予当事人通报批评，"
            "扣发当年绩效奖励，年度考核不得评为优秀，并在全院开展廉洁从业专题教育。",
        ],
    },
    {
        "unit": "QX-S01",
        "title": "清溪乡中心初级中学{school_year}学年中层干部聘任公示",
        "category": "appointment",
        "obligation": "appointments",
        "items": ["RS-01"],
        "publicity": (-2, 3),
        "stage": "published",
        "body": [
            "经个人申报、民主推荐、校务会议研究，拟聘任：刘某某为教务主任，陈某某为政教主任。",
            "公示期5个工作日，如有异议请向学校纪检监察员或乡中心学校反映。",
        ],
    },
    {
        "unit": "QX-S01",
        "title": "清溪乡中心初级中学权力清单和运行流程图",
        "category": "powers",
        "obligation": "powers",
        "items": ["GG-01", "CW-01", "RS-01", "JC-01"],
        "publicity": None,
        "stage": "published",
        "body": [
            "学校梳理招生与学籍管理、食堂物资采购、教师职称评审推荐、校舍维修工程等权力事项，"
            "逐项明确办理岗位、办理时限和监督电话，并绘制运行流程图。",
        ],
    },
    {
        "unit": "QX-S01",
        "title": "{year}年度县级优秀教师推荐人选公示",
        "category": "award",
        "items": ["RS-02"],
        "publicity": (1, 6),
        "stage": "draft",
        "body": ["经教职工民主推荐、校务会议研究，拟推荐2名教师参评县级优秀教师。"],
    },
]

# Livelihood projects (民生工程), each disclosed with its progress.
