"""The demo township's public feedback, as data (``feedback.demo`` loads it).

Days are relative to the day the demo is loaded; a target names an item by code, a disclosure
by its title as written in ``disclosures.demo_data`` and a project by its code."""

from __future__ import annotations

FEEDBACK = [
    {
        "unit": "QX-V01",
        "target": ("disclosure", "清溪村{last_month}财务收支公开"),
        "kind": "question",
        "body": "{prev_month}份支出里的“村道养护费”3850元是哪段路的费用？是谁做的？",
        "contact": "138****2261",
        "reply": "该笔费用为溪口至上畈段汛后塌方清障和边沟清淤，由本村保洁队承担，共用工55个，"
        "用工记录和签收单可到村便民服务中心查阅。",
        "closed": False,
    },
    {
        "unit": "QX-V01",
        "target": ("project", "2026-cd01"),
        "kind": "comment",
        "body": "村道施工期间上畈路口晚上没有灯，请设置警示灯，注意老人小孩安全。",
        "contact": "",
        "reply": "感谢提醒。已要求施工单位当天在上畈路口增设警示灯和反光锥，并安排专人夜间巡查。",
        "closed": True,
    },
    {
        "unit": "QX-V04",
        "target": ("project", "2026-ys01"),
        "kind": "complaint",
        "body": "{day-19}桃花坞片停水一整天，事先没有接到通知，家里老人做饭都成问题。",
        "contact": "王先生 139****5803",
        "reply": "经核实，当天因主管网接口漏水临时抢修，未能提前通知，向您致歉。"
        "今后计划停水均提前一天在村微信群、公开栏通知，并由施工单位安排送水车。",
        "closed": True,
    },
    {
        "unit": "QX-V02",
        "target": ("item", "XK-01"),
        "kind": "question",
        "body": "儿子结婚想申请宅基地建房，村里初审需要准备哪些材料？多久能有结果？",
        "contact": "郑某 137****0416",
        "overdue": True,
    },
    {
        "unit": "QX-V01",
        "target": ("disclosure", "清溪村{quarter}低保民主评议结果公示"),
        "kind": "question",
        "body": "评议名单中有一户家里开着小店，是否符合低保条件？",
        "contact": "",
        "deadline": 6,
        "assigned": True,
    },
    {
        "unit": "QX-C01",
        "target": None,
        "kind": "rating",
        "rating": "satisfied",
        "body": "社区服务大厅帮我代办居住证明，一次就办好了，工作人员很耐心。",
        "contact": "",
        "deadline": 8,
    },
    {
        "unit": "QX-H01",
        "target": None,
        "kind": "rating",
        "rating": "dissatisfied",
        "body": "周一上午挂号排队时间太长，建议增加自助挂号机。",
        "contact": "",
        "reply": "感谢您的意见。卫生院已在门诊大厅增设2台自助挂号机，周一上午增开一个收费窗口。",
        "closed": False,
    },
]
