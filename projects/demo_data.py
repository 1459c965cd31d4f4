"""The demo township's livelihood projects, as data (``projects.demo`` loads them).

Days are relative to the day the demo is loaded; each project's progress is also published
as a disclosure."""

from __future__ import annotations

PROJECTS = [
    {
        "unit": "QX-V01",
        "code": "2026-cd01",
        "name": "清溪村溪口至上畈段村道硬化工程",
        "description": "硬化村道2.6公里，路面宽4.5米，C30水泥混凝土面层厚20厘米，"
        "新建错车道6处、涵管12道，配套安装波形护栏800米。",
        "budget": "1280000.00",
        "fund_source": "县交通以奖代补资金80万元，“一事一议”财政奖补资金30万元，村集体自筹18万元",
        "contractor": "青山县清源路桥建设有限公司",
        "status": "building",
        "percent_done": 60,
        "start": -95,
        "planned_end": 45,
        "items": ["JC-02"],
        "milestones": [
            ("实施方案决议和公示", -110, -108, "村民代表会议表决通过，公示7天无异议。"),
            (
                "公开招标和合同签订",
                -100,
                -97,
                "乡公共资源交易平台公开招标，3家投标，合同价116.8万元。",
            ),
            (
                "路基整理和涵管铺设",
                -40,
                -35,
                "完成路基整理2.6公里、涵管12道，村务监督委员会现场查看。",
            ),
            ("水泥路面浇筑", 20, None, ""),
            ("竣工验收和决算审计", 45, None, ""),
        ],
        "progress_note": "已完成路基整理和涵管铺设，水泥路面浇筑完成1.2公里，"
        "预计{day+20}前后全线浇筑完毕。",
    },
    {
        "unit": "QX-V04",
        "code": "2026-ys01",
        "name": "桃源村饮用水提升工程",
        "description": "改造桃花坞水源取水坝一座，新建日处理300吨一体化净水设备，"
        "更换老化主管网3.2公里、入户管网420户。",
        "budget": "865000.00",
        "fund_source": "省级农村饮用水达标提标资金60万元，县级配套资金20万元，村集体自筹6.5万元",
        "contractor": "青山县水利水电安装工程有限公司",
        "status": "building",
        "percent_done": 35,
        "start": -50,
        "planned_end": 70,
        "items": ["JC-02"],
        "milestones": [
            ("招标和开工", -55, -50, "公开招标确定施工单位，{day-50}开工。"),
            ("取水坝改造", -10, -6, "取水坝加固和拦污设施安装完成，经监理验收合格。"),
            ("净水设备安装", 25, None, ""),
            ("管网改造和入户", 60, None, ""),
        ],
        "progress_note": "取水坝改造已完成，主管网已铺设1.1公里；管网施工期间分片停水，"
        "停水前一天在村微信群和公开栏通知。",
    },
]

# Public feedback (监督评议). ``target`` names what it is about: ("disclosure", title),
# ("project", code), ("item", code) or None for the unit itself. ``reply`` given: answered
# by the unit's clerk (``closed`` too when the matter is settled); ``overdue``: unanswered
# past its deadline; ``deadline`` days from today otherwise.
