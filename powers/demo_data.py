"""Demo data for the portal: the fictional 清溪乡 of the fictional 青山县 and its units.

Plain literals, no Django: ``powers.demo`` loads them. ``COUNTY`` describes the county above
the township, ``TOWNSHIP`` the township;
``UNITS`` lists its four villages (清溪村, 石门村, 竹坞村, 桃源村), one residents' committee
(清溪社区, a former village turned community that still keeps a collective economy) and the
three pilot units of the work plan (财政所, 卫生院, 中心初中). Each unit has its posts and its
power catalog; an item may carry ``sub_items`` of the same shape (code = parent code + "-1").

The items follow the seed work plan and published practice: 四议两公开 for village decisions,
spending thresholds of 500 / 5,000 yuan for the village director and 1,000 / 10,000 yuan for the
township's 三资 agency centre, acceptance by at least 5 people from 20,000 yuan and an audit
from 80,000 yuan, the 低保 timetable. Statuses cover every lifecycle state (QX-V01 has one item
in each); about 70 % of them are published.

清溪村 numbers its list as a published village list does (``position`` 1, 2, … and 5.1, 5.2 for
sub-items), names the responsible body (实施主体) of some items, writes some time limits as
practice does (``即办``, ``法定20个工作日，承诺10个工作日``), leaves the power kind of 村务公开
empty as its list states none, and publishes beside its power list one item of the township's
村级证明事项负面清单 (``TOWNSHIP["list_types"]``), a certificate it no longer issues.

Everything is invented: places, people and telephone numbers. Legal bases are real documents,
paraphrased rather than quoted; an article number is given only where it is certain for the
version in force. The two organic laws of villagers' and residents' committees were amended on
2025-10-28 (in force 2026-01-01) and renumbered, so they are cited without article numbers.
Party regulations (党章, 党内法规) are given no rank: the statutory ranks do not apply to them and
a list states none; local county and township documents are named as normative documents.
"""

from __future__ import annotations

# The county above the township, whose administrator and discipline committee hold their
# roles on each of its townships.
COUNTY = {
    "name": "青山县",
    "code": "QS",
    "address": "青山县城关镇人民路1号",
    "phone": "0571-64800000",
    "discipline_contact": "县纪委监委 电话 0571-64800012",
}

TOWNSHIP = {
    "name": "清溪乡",
    "code": "QX",
    "address": "青山县清溪乡清溪街88号",
    "phone": "0571-64812000",
    "discipline_contact": "乡纪委 电话 0571-64812012",
    # Lists the units publish beside their power lists (权力清单), by the township's names.
    "list_types": [
        {
            "name": "村级证明事项负面清单",
            "kind": "negative",
            "description": "村民委员会不再出具的证明事项，办事群众按替代方式办理。",
            "order": 1,
        },
    ],
}


_QX_V01 = {
    "code": "QX-V01",
    "name": "清溪村",
    "kind": "village",
    "address": "青山县清溪乡清溪村溪口路18号（村便民服务中心）",
    "phone": "0571-64821001",
    "first_responsible": "王建国",
    "first_responsible_title": "村党支部书记",
    "posts": [
        {
            "name": "村党支部书记",
            "holder": "王建国",
            "duties": (
                "主持村党支部全面工作，负责村级重大事项提议和“四议两公开”组织实施，"
                "是本村权力公开透明运行第一责任人。"
            ),
            "manages_people": True,
            "manages_money": True,
            "manages_goods": True,
            "manages_affairs": True,
        },
        {
            "name": "村委会主任",
            "holder": "陈立新",
            "duties": (
                "主持村委会日常工作，在限额内审批村级财务开支，组织实施村民代表会议决议和村级工程项"
                "目。"
            ),
            "manages_people": False,
            "manages_money": True,
            "manages_goods": True,
            "manages_affairs": True,
        },
        {
            "name": "村务监督委员会主任",
            "holder": "李秀兰",
            "duties": "主持村务监督委员会工作，审核村级财务票据，监督村务公开和重大事项决策执行。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "报账员",
            "holder": "张海峰",
            "duties": (
                "负责村级收支票据审核汇总，按月到乡“三资”代理服务中心报账，"
                "管理合同台账和征地补偿款发放。"
            ),
            "manages_people": False,
            "manages_money": True,
            "manages_goods": False,
            "manages_affairs": False,
        },
        {
            "name": "村文书",
            "holder": "周丽萍",
            "duties": "负责村级会议记录、档案管理、印章保管、证明出具和村务公开资料整理。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "妇联主席",
            "holder": "吴彩霞",
            "duties": "负责妇女儿童权益保障、家庭教育和困难家庭走访，参与救助对象民主评议。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "民政协理员",
            "holder": "刘玉梅",
            "duties": "负责低保、临时救助、残疾人补贴等社会救助事项的受理代办、入户核实和公示。",
            "manages_people": False,
            "manages_money": True,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "人民调解委员会主任",
            "holder": "刘德明",
            "duties": "负责本村民间纠纷排查和调解，建立调解台账，做好诉调、访调衔接。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
    ],
    "items": [
        {
            "code": "JC-01",
            "position": "1",
            "responsible_body": "村党组织、村民委员会",
            "name": "村级重大事项决策",
            "category": "重大事项决策",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": True,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "村党支部书记 王建国",
            "responsible_office": "村两委",
            "handling_post": "村党支部书记",
            "conditions": (
                "涉及村民切身利益的重大事项，包括村集体经济项目立项、一次性支出5万元以上的事项、"
                "集体资产资源处置、征地补偿费使用分配、宅基地使用方案、公益事业筹资筹劳方案等，"
                "须按“四议两公开”程序决策。抢险救灾等紧急事项可先由村两委集体研究处置，"
                "事后3日内向村民代表会议报告。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "无统一办结时限，按程序节点控制：审议方案至少提前3天送达全体党员；"
                "党员大会须三分之二以上党员到会、全体党员过半数同意；决议作出后2个工作日内公开，"
                "公开期不少于3天；实施结果在事项完成后5个工作日内公开。"
            ),
            "service_commitment": (
                "议题来源、会议记录、表决票和公开照片全程留痕，村民可到村便民服务中心查阅会议记录。"
            ),
            "work_discipline": (
                "不得以村两委会议代替村民代表会议决议；不得拆分项目规避“四议两公开”；"
                "与议题有利害关系的参会人员应当回避表决。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035"
            ),
            "accountability_cases": [
                "未经“四议两公开”程序擅自决定重大事项的",
                "党员大会或村民代表会议到会人数不足仍作出决议的",
                "决议或实施结果未按时公开、公开内容不真实的",
                "擅自变更或拒不执行村民代表会议决议的",
            ],
            "responsibilities": {
                "accept": (
                    "清溪村党支部收集村民、村民代表和村两委成员提出的议题，"
                    "判断是否属于重大事项并登记议题来源。"
                ),
                "review": (
                    "村两委联席会议商议形成初步方案，书面征求乡联村干部意见后提交党员大会审议。"
                ),
                "decide": (
                    "村民代表会议对方案进行表决，到会人员过半数同意方为通过，乡联村干部现场见证。"
                ),
                "deliver": "决议由村文书在村务公开栏和村务微信群公开，涉及具体农户的逐户告知。",
                "supervise": (
                    "村务监督委员会全程监督决议执行，对村民就实施结果提出的异议督促在10日内答复。"
                ),
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定集体经济所得收益的使用、公益事业兴办和筹资筹劳方案、"
                        "集体经济项目立项和承包方案、宅基地使用方案、征地补偿费使用分配方案、"
                        "以借贷租赁等方式处分集体财产等涉及村民利益的事项，"
                        "须经村民会议或者其授权的村民代表会议讨论决定方可办理。"
                    ),
                },
                {
                    "rank": "",
                    "document": "《中国共产党农村基层组织工作条例》",
                    "article": "",
                    "text": (
                        "规定村级重大事项决策实行“四议两公开”：村党组织提议、村“两委”会议商议、"
                        "党员大会审议、村民会议或者村民代表会议决议，决议公开、实施结果公开。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县村级小微权力清单（试行）》",
                    "article": "",
                    "text": (
                        "将村级重大事项决策列为村级公共权力事项首项，明确一次性支出5万元以上的事项"
                        "须履行“四议两公开”程序。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JC-02",
            "position": "2",
            "name": "村级工程项目招投标",
            "category": "重大事项决策",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": True,
            "is_large_sum": True,
            "leader_in_charge": "村委会主任 陈立新",
            "responsible_office": "村两委",
            "handling_post": "村委会主任",
            "conditions": (
                "使用村集体资金或上级补助资金建设的村级工程项目，立项须先经“四议两公开”程序；"
                "估算价10万元以上的委托乡公共资源交易中心公开招标或邀请招标；2万元以上、"
                "10万元以下的由村两委组织不少于3家具备资质的施工单位公开比选；"
                "2万元以下的由村两委集体确定施工单位。"
            ),
            "time_limit_days": 30,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "自招标（比选）公告发布之日起计算，公告期不少于5个工作日；"
                "中标结果公示3天无异议后7日内签订施工合同。"
            ),
            "service_commitment": (
                "招标公告、比选过程和中标结果全部公开，村民代表和村务监督委员会成员全程参与开标比选"
                "。"
            ),
            "work_discipline": (
                "村干部及其近亲属不得承揽本村工程；不得指定施工单位、泄露标底或化整为零规避招标；"
                "不得收受投标人财物。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035；"
                "乡公共资源交易中心 电话 0571-64812058"
            ),
            "accountability_cases": [
                "应当招标（比选）而未招标或化整为零规避招标的",
                "向投标人泄露标底或与投标人串通的",
                "本人或近亲属违规承揽本村工程项目的",
            ],
            "responsibilities": {
                "accept": (
                    "村两委根据“四议两公开”决议确定项目，编制招标（比选）"
                    "方案报乡公共资源交易中心备案。"
                ),
                "review": (
                    "乡公共资源交易中心或比选小组审查投标单位资格，村务监督委员会成员参与全过程监督"
                    "。"
                ),
                "decide": "按评标（比选）结果确定中标单位，村两委不得改变评标结果。",
                "deliver": "中标结果在村务公开栏公示3天，无异议后由村委会主任与中标单位签订合同。",
                "supervise": (
                    "村务监督委员会监督合同履行和工程质量，工程变更须重新履行集体决策程序。"
                ),
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国招标投标法》",
                    "article": "",
                    "text": (
                        "规定招标投标活动应当遵循公开、公平、公正和诚实信用的原则，"
                        "任何单位和个人不得将依法必须招标的项目化整为零或者以其他方式规避招标。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县村级工程建设项目招投标管理办法》",
                    "article": "",
                    "text": (
                        "明确村级工程项目按估算价分级确定交易方式，限额以上项目进入乡镇公共资源交易"
                        "平台交易。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JC-03",
            "position": "3",
            "name": "集体资产资源处置",
            "category": "重大事项决策",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": True,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "村党支部书记 王建国",
            "responsible_office": "村两委、清溪村股份经济合作社",
            "handling_post": "村委会主任",
            "conditions": (
                "村集体所有的房屋、土地（含“四荒地”）、山林、水面、设备等资产资源的发包、出租、"
                "出让、转让和报废，须经“四议两公开”程序决定；标的额5万元以上或租期超过5年的须进入县"
                "农村产权交易平台公开交易；租期不得超过土地承包剩余期限。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "处置方案公示不少于5个工作日；进场交易按县农村产权交易平台规则执行；"
                "成交后10个工作日内签订合同并报乡“三资”代理服务中心备案。"
            ),
            "service_commitment": (
                "处置方案、底价确定依据、成交结果全部公开，确保集体资产保值增值。"
            ),
            "work_discipline": (
                "不得低价发包、出租集体资产资源；不得以个人名义签订处置合同；不得擅自减免、"
                "延缓收取承包费租金。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "未经民主程序或未进场交易擅自处置集体资产资源的",
                "故意压低底价、暗箱操作造成集体资产流失的",
                "处置收入未及时足额入账的",
            ],
            "responsibilities": {
                "accept": (
                    "清溪村股份经济合作社提出处置需求，村两委对资产现状、权属和处置必要性进行核实。"
                ),
                "review": (
                    "村两委商议形成处置方案，需评估的委托有资质的评估机构评估，方案报党员大会审议。"
                ),
                "decide": (
                    "村民代表会议对处置方案表决，通过后按规定进入县农村产权交易平台公开交易。"
                ),
                "deliver": (
                    "成交结果和合同主要条款在村务公开栏公示，合同报乡“三资”代理服务中心备案。"
                ),
                "supervise": "村务监督委员会监督合同履行和租金收缴，到期资产按程序收回或重新交易。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第二百六十一条",
                    "text": (
                        "规定农民集体所有的不动产和动产属于本集体成员集体所有，土地承包方案、"
                        "集体出资企业所有权变动等事项应当依照法定程序经本集体成员决定。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定以借贷、租赁或者其他方式处分村集体财产，须经村民会议或者其授权的村民代"
                        "表会议讨论决定。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国农村集体经济组织法》",
                    "article": "",
                    "text": (
                        "规定集体财产的经营管理和处分等重大事项，由农村集体经济组织成员大会或者成员"
                        "代表大会依法决定，并向成员公开。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JC-04",
            "position": "4",
            "name": "征地补偿款分配",
            "category": "重大事项决策",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": True,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "村党支部书记 王建国",
            "responsible_office": "村两委、清溪村股份经济合作社",
            "handling_post": "报账员",
            "conditions": (
                "村集体土地被依法征收、土地补偿费拨付到村后，制定补偿费使用分配方案，"
                "须经村民会议或经授权的村民代表会议讨论决定；分配对象以征收土地预公告发布之日在册的"
                "集体经济组织成员为准，地上附着物和青苗补偿费归其所有权人所有。"
            ),
            "time_limit_days": 30,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "自补偿款到账之日起30日内提出分配方案；方案公示不少于7天；"
                "表决通过后15个工作日内通过银行“一卡通”发放到户，不得以现金发放。"
            ),
            "service_commitment": "分配方案、分配名册和到户金额逐户公开，村民可查询本户分配明细。",
            "work_discipline": (
                "不得截留、挪用、私分征地补偿款；不得擅自扩大或缩小分配对象范围；"
                "留存集体的部分纳入村集体账户统一管理。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "未经村民会议或村民代表会议决定擅自分配征地补偿款的",
                "截留、挪用、虚报冒领征地补偿款的",
                "分配方案和发放结果未按规定公示的",
            ],
            "responsibilities": {
                "accept": "报账员核对补偿款到账金额，村文书按预公告之日在册成员登记分配对象。",
                "review": "村两委商议拟定分配方案，对成员资格有争议的提交村民代表会议认定。",
                "decide": "村民代表会议对分配方案表决，通过后报乡农村集体“三资”代理服务中心备案。",
                "deliver": "分配名册公示7天无异议后，通过银行“一卡通”发放到户并公开发放结果。",
                "supervise": (
                    "村务监督委员会逐笔核对发放记录，留存集体部分的使用另行履行民主决策程序。"
                ),
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国土地管理法》",
                    "article": "第四十八条",
                    "text": (
                        "规定征收土地应当给予公平、合理的补偿，保障被征地农民原有生活水平不降低、"
                        "长远生计有保障，并及时足额支付土地补偿费、安置补助费等费用。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第二百六十一条",
                    "text": (
                        "规定土地补偿费等费用的使用、分配办法，应当依照法定程序经本集体成员决定。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定征地补偿费的使用、分配方案属于须经村民会议或者其授权的村民代表会议讨论"
                        "决定的事项。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "CW-01",
            "position": "5",
            "name": "村级财务收支审批",
            "category": "财务与物资管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 陈立新",
            "responsible_office": "村两委",
            "handling_post": "报账员",
            "conditions": (
                "村级一切收支须取得合法有效票据，由经办人、证明人签字，村务监督委员会审核盖章后，"
                "按限额由村委会主任或村两委集体审批；报账员每月10日前到乡农村集体“三资”"
                "代理服务中心报账；严禁白条入账、坐收坐支。"
            ),
            "time_limit_days": 5,
            "time_limit_type": "working",
            "time_limit_rule": (
                "单据审批在受理后5个工作日内完成；报账员每月10日前集中报账；"
                "需报乡审核的另加3个工作日。"
            ),
            "service_commitment": "收支审批结果和单据明细每月公开，村民可申请查阅原始凭证。",
            "work_discipline": (
                "严格执行“经办人—证明人—村务监督委员会—村委会主任或村两委”签批顺序，不得越级、"
                "代签。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "超越审批权限或未按规定顺序签批的",
                "坐收坐支、公款私存或设立“小金库”的",
                "未经村务监督委员会审核即入账的",
            ],
            "responsibilities": {
                "accept": "报账员受理经办人提交的票据，检查票据要素是否齐全。",
                "review": "村务监督委员会审核票据真实性和合规性，签署审核意见。",
                "decide": "按限额由村委会主任审批或村两委集体研究决定。",
                "deliver": "报账员将审批完毕的单据报乡“三资”代理服务中心记账。",
                "supervise": "村务监督委员会按月对账，财务收支情况每月公开。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《农村集体经济组织财务制度》",
                    "article": "",
                    "text": (
                        "规定农村集体经济组织应当建立健全财务收支审批制度，实行民主理财，"
                        "定期公开财务。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": "规定集体财务往来较多的，财务收支情况应当每月公布一次。",
                },
            ],
            "status": "published_with_draft_edit",
            "returned_reason": "",
            "sub_items": [
                {
                    "code": "CW-01-1",
                    "position": "5.1",
                    "name": "非生产性开支审批",
                    "category": "财务与物资管理",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "村委会主任 陈立新",
                    "responsible_office": "村两委",
                    "handling_post": "报账员",
                    "conditions": (
                        "办公用品、接待、差旅、水电等非生产性开支：单笔500元以下由村委会主任审批；"
                        "500元以上由村两委集体研究决定；1000元以上的须附村两委会议记录，"
                        "报乡农村集体“三资”代理服务中心审核后列支。"
                    ),
                    "time_limit_days": 5,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "自经办人提交合规票据之日起5个工作日内完成签批；需报乡“三资”"
                        "代理服务中心审核的另加3个工作日。"
                    ),
                    "service_commitment": (
                        "审批权限和签批顺序在村便民服务中心上墙公开，单据审批结果随月度财务公开。"
                    ),
                    "work_discipline": (
                        "严禁白条入账、虚开发票、超标准接待；严禁拆分单据规避集体研究。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035；"
                        "乡农村集体“三资”代理服务中心 电话 0571-64812036"
                    ),
                    "accountability_cases": [
                        "超越审批权限签批开支或拆分单据规避集体研究的",
                        "以白条、虚假票据入账的",
                        "超标准列支接待费用的",
                    ],
                    "responsibilities": {
                        "accept": "经办人填写报销单，附合规发票，证明人签字。",
                        "review": "村务监督委员会审核票据真实性、合规性并签字盖章。",
                        "decide": "按金额由村委会主任签批或村两委集体研究决定。",
                        "deliver": "报账员汇总单据，按月到乡“三资”代理服务中心报账。",
                        "supervise": "村务监督委员会每月复核已报账单据，纳入月度财务公开。",
                    },
                    "legal_bases": [
                        {
                            "rank": "normative",
                            "document": "《农村集体经济组织财务制度》",
                            "article": "",
                            "text": (
                                "规定农村集体经济组织应当建立财务收支审批制度，明确审批权限和程序，"
                                "非生产性开支应当严格控制。"
                            ),
                        },
                        {
                            "rank": "normative",
                            "document": "《清溪乡村级财务管理实施细则》",
                            "article": "",
                            "text": (
                                "规定村级非生产性开支单笔500元以下由村委会主任审批，"
                                "500元以上由村两委集体研究，1000元以上报乡“三资”代理服务中心审核。"
                            ),
                        },
                    ],
                    "status": "published_with_draft_edit",
                    "returned_reason": "",
                    "sub_items": [],
                },
                {
                    "code": "CW-01-2",
                    "position": "5.2",
                    "name": "生产经营性开支审批",
                    "category": "财务与物资管理",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": True,
                    "leader_in_charge": "村委会主任 陈立新",
                    "responsible_office": "村两委",
                    "handling_post": "报账员",
                    "conditions": (
                        "集体经营项目、生产资料、基础设施维护等生产经营性开支："
                        "单笔5000元以下由村委会主任审批；5000元以上由村两委集体研究决定；"
                        "10000元以上的须附村两委会议记录，报乡农村集体“三资”代理服务中心审核；"
                        "属于重大事项的另行履行“四议两公开”程序。"
                    ),
                    "time_limit_days": 5,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "自经办人提交合规票据之日起5个工作日内完成签批；需报乡“三资”"
                        "代理服务中心审核的另加3个工作日。"
                    ),
                    "service_commitment": (
                        "审批权限和签批顺序在村便民服务中心上墙公开，大额开支在月度财务公开中单列。"
                    ),
                    "work_discipline": (
                        "严禁拆分合同或单据规避集体研究；严禁无合同、无验收支付工程和物资款项。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035；"
                        "乡农村集体“三资”代理服务中心 电话 0571-64812036"
                    ),
                    "accountability_cases": [
                        "超越审批权限签批生产经营性开支的",
                        "无合同、无验收即支付工程或物资款项的",
                        "拆分合同或单据规避集体研究的",
                    ],
                    "responsibilities": {
                        "accept": "经办人持合同、验收单和合规发票填写报销单。",
                        "review": "村务监督委员会审核票据和合同、验收资料并签字盖章。",
                        "decide": "按金额由村委会主任签批或村两委集体研究决定。",
                        "deliver": "报账员汇总单据报乡“三资”代理服务中心审核入账。",
                        "supervise": "村务监督委员会每月复核大额开支，纳入月度财务公开。",
                    },
                    "legal_bases": [
                        {
                            "rank": "normative",
                            "document": "《农村集体经济组织财务制度》",
                            "article": "",
                            "text": (
                                "规定农村集体经济组织的财务收支应当经过审批，"
                                "重大财务事项应当履行民主决策程序。"
                            ),
                        },
                        {
                            "rank": "normative",
                            "document": "《清溪乡村级财务管理实施细则》",
                            "article": "",
                            "text": (
                                "规定村级生产经营性开支单笔5000元以下由村委会主任审批，"
                                "5000元以上由村两委集体研究，10000元以上报乡“三资”"
                                "代理服务中心审核。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
            ],
        },
        {
            "code": "CW-02",
            "position": "6",
            "name": "村级采购",
            "category": "财务与物资管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 陈立新",
            "responsible_office": "村两委",
            "handling_post": "报账员",
            "conditions": (
                "单次采购2000元以下的由两名以上经办人共同采购；2000元以上、"
                "5万元以下的由村两委集体确定采购方式，询价比价不少于3家；"
                "5万元以上的委托乡公共资源交易中心组织采购；纳入政府采购目录的按政府采购规定执行。"
            ),
            "time_limit_days": 15,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自村两委确定采购需求之日起15个工作日内完成采购；委托乡公共资源交易中心采购的按其规"
                "则执行。"
            ),
            "service_commitment": (
                "采购需求、询价记录和采购结果随月度财务公开，采购物资登记入库备查。"
            ),
            "work_discipline": (
                "不得指定供应商或与供应商串通；不得拆分采购规避集体研究；不得收受回扣。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "拆分采购规避集体研究或询价比价的",
                "指定供应商、虚报采购价格的",
                "采购物资未登记入库或被挪作私用的",
            ],
            "responsibilities": {
                "accept": "经办人提出采购需求，说明用途、数量和预算。",
                "review": "村两委审查采购必要性，确定采购方式和经办人。",
                "decide": "按询价比价结果确定供应商，金额较大的由村两委集体决定。",
                "deliver": "采购物资验收入库，发票和询价记录交报账员。",
                "supervise": "村务监督委员会抽查采购价格和物资使用情况。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《青山县村级小微权力清单（试行）》",
                    "article": "",
                    "text": (
                        "将村级采购列为村级公共权力事项，规定采购方式按金额分级确定，"
                        "采购过程和结果公开。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《农村集体经济组织财务制度》",
                    "article": "",
                    "text": "规定农村集体经济组织购置物资应当履行审批程序，建立资产台账。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "CW-03",
            "position": "7",
            "name": "村干部报酬与补贴发放",
            "category": "财务与物资管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村党支部书记 王建国",
            "responsible_office": "村两委",
            "handling_post": "报账员",
            "conditions": (
                "村干部基本报酬按县定标准由乡财政统筹发放；绩效报酬根据乡年度考核结果核定；"
                "本村享受误工补贴的人员及补贴标准须经村民代表会议讨论决定，"
                "发放名单和金额每季度公开。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "基本报酬按月发放；年度绩效报酬在乡考核结果公布后15个工作日内发放；"
                "误工补贴按季度结算。"
            ),
            "service_commitment": "报酬标准、误工补贴人员名单和发放金额全部公开，接受村民监督。",
            "work_discipline": "不得自定报酬标准或巧立名目发放补贴；不得虚列误工人员和天数。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "擅自提高报酬标准或巧立名目发放补贴的",
                "虚报误工人员、天数套取集体资金的",
                "发放名单和金额未按规定公开的",
            ],
            "responsibilities": {
                "accept": "报账员汇总误工登记表和考核结果。",
                "review": "村务监督委员会核对误工事由、天数和标准。",
                "decide": "误工补贴人员及标准由村民代表会议决定，基本和绩效报酬按乡核定结果执行。",
                "deliver": "通过银行代发到个人账户，不发放现金。",
                "supervise": "村务监督委员会每季度检查发放情况并向村民代表会议报告。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定本村享受误工补贴的人员及补贴标准，须经村民会议或者其授权的村民代表会议"
                        "讨论决定。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县村（社区）干部报酬管理办法》",
                    "article": "",
                    "text": (
                        "规定村（社区）干部报酬由基本报酬和绩效报酬构成，"
                        "绩效报酬与年度考核结果挂钩。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "XK-01",
            "position": "8",
            "responsible_body": "村民委员会",
            "name": "宅基地申请初审",
            "category": "行政许可",
            "power_kind": "execution",
            "origin": "delegated",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 陈立新",
            "responsible_office": "村两委",
            "handling_post": "村文书",
            "conditions": (
                "本集体经济组织成员以户为单位申请；符合“一户一宅”、村庄规划和省定面积标准；因无房、"
                "危房或分户等原因确需建房；出卖、出租、赠与住宅后再申请的不予受理。"
            ),
            "time_limit_days": 15,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自受理之日起15个工作日内完成村级审查并报乡便民服务中心，"
                "其中村内公示不少于5个工作日；需现场踏勘的可延长5个工作日。"
            ),
            "service_commitment": "申请条件、材料清单和审查结果公开；材料不全的一次性告知补正。",
            "work_discipline": (
                "不得为不符合条件的农户出具同意意见；不得收取任何费用；"
                "与申请人有亲属关系的应当回避。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035；"
                "清溪自然资源所 电话 0571-64812066"
            ),
            "accountability_cases": [
                "为不符合“一户一宅”条件的申请人出具同意意见的",
                "未经集体讨论和公示即上报的",
                "借审查之机索取、收受财物的",
            ],
            "responsibilities": {
                "accept": "村文书受理农户书面申请，核对户籍、家庭成员和现有住房情况。",
                "review": "村两委组织现场踏勘，提交清溪村股份经济合作社或村民小组会议讨论。",
                "decide": (
                    "讨论通过并公示无异议后签署村级审查意见，本村只负责初审，审批由乡人民政府作出。"
                ),
                "deliver": "将申请材料报乡便民服务中心，审批结果在村内公开。",
                "supervise": (
                    "配合乡开展“开工放样、竣工验收”到场，发现未批先建、超面积建房的及时报告。"
                ),
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国土地管理法》",
                    "article": "第六十二条",
                    "text": (
                        "规定农村村民一户只能拥有一处宅基地，面积不得超过省级规定标准；"
                        "农村村民住宅用地由乡（镇）人民政府审核批准。"
                    ),
                },
                {
                    "rank": "regulation",
                    "document": "《中华人民共和国土地管理法实施条例》",
                    "article": "第三十四条",
                    "text": (
                        "规定农村村民以户为单位向农村集体经济组织（未设立的向村民小组或村民委员会）"
                        "提出宅基地申请，经集体讨论通过并公示后报乡（镇）人民政府审核批准。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》",
                    "article": "",
                    "text": (
                        "要求村级组织对宅基地申请进行审查，乡镇政府建立一个窗口受理、"
                        "多部门联动的审批机制，并实行到场放样和竣工验收。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GF-01",
            "position": "9",
            "name": "低保和困难补助申请初审",
            "category": "行政给付",
            "power_kind": "execution",
            "origin": "entrusted",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 陈立新",
            "responsible_office": "村两委",
            "handling_post": "民政协理员",
            "conditions": (
                "本村户籍或居住的困难家庭申请最低生活保障、临时救助等社会救助，由村委会协助受理、"
                "入户核实和民主评议，提出初步意见后报乡人民政府审核确认。"
            ),
            "time_limit_days": 3,
            "time_limit_type": "working",
            "time_limit_rule": (
                "收到申请材料后3个工作日内报乡；乡人民政府审核确认全程一般不超过25个工作日，"
                "特殊情况可延长至40个工作日。"
            ),
            "service_commitment": "申请条件、办理流程和公示结果公开；代办全程免费。",
            "work_discipline": "不得优亲厚友、人情保、关系保；与申请人有利害关系的应当回避。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035；"
                "乡社会事务办 电话 0571-64812025"
            ),
            "accountability_cases": [
                "为不符合条件的家庭出具虚假证明的",
                "优亲厚友、人情保、关系保的",
                "拖延上报或遗漏困难群众申请的",
            ],
            "responsibilities": {
                "accept": "民政协理员受理或代为提出申请，一次性告知所需材料。",
                "review": "配合乡人民政府入户调查，组织民主评议。",
                "decide": "本村只负责初审，审核确认由乡人民政府作出。",
                "deliver": "在村务公开栏公示审核结果，告知申请人。",
                "supervise": "协助开展动态管理，发现不再符合条件的及时报告。",
            },
            "legal_bases": [
                {
                    "rank": "regulation",
                    "document": "《社会救助暂行办法》",
                    "article": "第九条",
                    "text": (
                        "规定对共同生活的家庭成员人均收入低于当地最低生活保障标准且财产状况符合规定"
                        "的家庭给予最低生活保障。"
                    ),
                },
                {
                    "rank": "regulation",
                    "document": "《社会救助暂行办法》",
                    "article": "第十一条",
                    "text": (
                        "规定最低生活保障的申请、调查核实、公示和审批程序，"
                        "申请有困难的可委托村（居）民委员会代为提出。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [
                {
                    "code": "GF-01-1",
                    "position": "9.1",
                    "name": "最低生活保障申请初审",
                    "category": "行政给付",
                    "power_kind": "execution",
                    "origin": "entrusted",
                    "first_review_only": True,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "村委会主任 陈立新",
                    "responsible_office": "村两委",
                    "handling_post": "民政协理员",
                    "conditions": (
                        "共同生活家庭成员人均收入低于县最低生活保障标准且家庭财产符合规定；"
                        "由申请人向乡人民政府提出，申请有困难的可委托村委会代为提出。"
                    ),
                    "time_limit_days": 3,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "收到申请材料后3个工作日内报送乡社会事务办；配合乡入户调查后5个工作日内组织"
                        "民主评议；审核结果在村公示7天。"
                    ),
                    "service_commitment": (
                        "代办全程免费，申请人家庭信息严格保密，公示内容不含身份证号码等敏感信息。"
                    ),
                    "work_discipline": (
                        "不得优亲厚友、人情保、关系保；村干部近亲属申请的应当备案并回避评议。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035；"
                        "乡社会事务办 电话 0571-64812025"
                    ),
                    "accountability_cases": [
                        "为不符合条件的家庭出具虚假证明的",
                        "优亲厚友、人情保、关系保的",
                        "泄露申请人家庭隐私的",
                    ],
                    "responsibilities": {
                        "accept": (
                            "民政协理员受理或代为提出申请，指导填写家庭经济状况申报表和授权核对书。"
                        ),
                        "review": (
                            "配合乡人民政府入户调查、邻里访问，组织民主评议并如实记录评议意见。"
                        ),
                        "decide": "本村只提出初步意见，审核确认由乡人民政府作出。",
                        "deliver": (
                            "在村务公开栏公示审核结果7天，向申请人告知确认或不予确认的结果。"
                        ),
                        "supervise": "协助乡开展低保对象定期核查，发现家庭情况变化的及时报告。",
                    },
                    "legal_bases": [
                        {
                            "rank": "regulation",
                            "document": "《社会救助暂行办法》",
                            "article": "第十一条",
                            "text": (
                                "规定最低生活保障由申请人向乡镇人民政府提出，"
                                "申请有困难的可委托村（居）民委员会代为提出；"
                                "乡镇人民政府调查核实后在村、社区公示。"
                            ),
                        },
                        {
                            "rank": "normative",
                            "document": "《最低生活保障审核确认办法》",
                            "article": "",
                            "text": (
                                "规定村（居）民委员会协助乡镇人民政府开展低保申请受理、"
                                "家庭经济状况调查、民主评议和公示等工作。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
                {
                    "code": "GF-01-2",
                    "position": "9.2",
                    "name": "临时救助申请初审",
                    "category": "行政给付",
                    "power_kind": "execution",
                    "origin": "entrusted",
                    "first_review_only": True,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "村委会主任 陈立新",
                    "responsible_office": "村两委",
                    "handling_post": "民政协理员",
                    "conditions": (
                        "因火灾、交通事故等意外事件或家庭成员突发重大疾病等原因，"
                        "导致基本生活暂时出现严重困难的家庭或个人。"
                    ),
                    "time_limit_days": 1,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "一般临时救助申请在1个工作日内报送乡社会事务办；情况紧急的当日电话报告，"
                        "乡可先行救助后补办手续。"
                    ),
                    "service_commitment": "急难情形当日上报，不让困难群众在求助中等待。",
                    "work_discipline": "不得拖延上报急难求助；不得代替乡人民政府作出救助决定。",
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035；"
                        "乡社会事务办 电话 0571-64812025"
                    ),
                    "accountability_cases": [
                        "接到急难求助后拖延不报造成严重后果的",
                        "虚报困难情形骗取救助资金的",
                    ],
                    "responsibilities": {
                        "accept": "民政协理员受理求助，了解困难情形并登记。",
                        "review": "走访核实困难原因和家庭基本情况。",
                        "decide": "本村只提出初步意见，救助决定由乡人民政府作出。",
                        "deliver": "将救助结果告知申请人，按规定公示。",
                        "supervise": "跟踪受助家庭困难情况，需长期救助的引导申请其他社会救助。",
                    },
                    "legal_bases": [
                        {
                            "rank": "regulation",
                            "document": "《社会救助暂行办法》",
                            "article": "",
                            "text": (
                                "规定国家对因意外事件、突发重大疾病等原因导致基本生活暂时出现严重困"
                                "难的家庭或个人给予临时救助，情况紧急的可先行救助。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
            ],
        },
        {
            "code": "GF-02",
            "position": "10",
            "time_limit_text": "法定20个工作日，承诺10个工作日",
            "name": "惠农补贴发放核实",
            "category": "行政给付",
            "power_kind": "execution",
            "origin": "entrusted",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 陈立新",
            "responsible_office": "村两委",
            "handling_post": "村文书",
            "conditions": (
                "耕地地力保护补贴、种粮补贴等涉农补贴，按乡农业农村办下发的底册逐户核实种植面积、"
                "户主信息和“一卡通”账号；补贴对象和金额在村内公示不少于7天。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自收到乡下发底册之日起10个工作日内完成核实并报乡，其中公示期不少于7天；"
                "需实地丈量的可延长5个工作日。"
            ),
            "service_commitment": (
                "补贴政策、补贴对象、面积和金额逐户公开，群众有异议的当场登记、3个工作日内复核。"
            ),
            "work_discipline": "不得虚报、多报补贴面积；不得代领、截留、挪用补贴资金或“一卡通”。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035；"
                "乡农业农村办 电话 0571-64812041"
            ),
            "accountability_cases": [
                "虚报、多报补贴面积或冒名领取补贴的",
                "截留、代管群众“一卡通”的",
                "补贴对象和金额未按规定公示的",
            ],
            "responsibilities": {
                "accept": "村文书接收乡下发的补贴底册，告知农户核实时间。",
                "review": "逐户核对面积、户主和账号信息，必要时实地丈量。",
                "decide": "本村只负责核实，补贴发放由乡和县主管部门审核决定。",
                "deliver": "核实结果公示7天，无异议后签字盖章报乡。",
                "supervise": "村务监督委员会抽查核实结果，补贴到账后配合开展回访。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《财政部 农业部关于全面推开农业“三项补贴”改革工作的通知》",
                    "article": "",
                    "text": (
                        "规定将农作物良种补贴、种粮农民直接补贴和农资综合补贴合并为耕地地力保护补贴"
                        "，补贴资金通过“一卡通”直接兑现到户。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定政府拨付和接受社会捐赠的救灾救助、补贴补助等资金、"
                        "物资的管理使用情况应当及时公布。"
                    ),
                },
            ],
            "status": "confirmed",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "BM-01",
            "position": "11",
            "name": "出具证明和印章使用",
            "category": "便民服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 陈立新",
            "responsible_office": "村委会",
            "handling_post": "村文书",
            "conditions": (
                "申请人持本人身份证件和相关材料到村便民服务中心办理；"
                "仅对本村范围内能够核实的事实出具证明，印章使用须审批登记。"
            ),
            "time_limit_days": 1,
            "time_limit_type": "working",
            "time_limit_rule": "材料齐全、事实清楚的当场办结；需调查核实的3个工作日内办结。",
            "service_commitment": "一次性告知所需材料，能当场办的不让群众跑第二次。",
            "work_discipline": "不得出具虚假证明；不得在空白文书上盖章；不得收取任何费用。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035"
            ),
            "accountability_cases": [
                "出具虚假证明或在空白文书上盖章的",
                "对已取消的证明事项仍要求群众提供的",
                "刁难群众、无故拖延办理的",
            ],
            "responsibilities": {
                "accept": "村文书受理申请，登记事由。",
                "review": "核实证明事项或用印文件内容。",
                "decide": "村委会主任或分管负责人签字同意。",
                "deliver": "出具证明或用印后登记台账。",
                "supervise": "村务监督委员会每月核对证明和用印台账。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《国务院办公厅关于做好证明事项清理工作的通知》",
                    "article": "",
                    "text": "要求清理没有法律法规依据的证明事项，减少群众办事需提交的证明材料。",
                },
                {
                    "rank": "normative",
                    "document": "《青山县村级小微权力清单（试行）》",
                    "article": "",
                    "text": "将出具证明和印章使用列为村级便民服务事项，明确办理流程和时限。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [
                {
                    "code": "BM-01-1",
                    "position": "11.1",
                    "responsible_body": "村民委员会",
                    "time_limit_text": "即办",
                    "name": "出具证明",
                    "category": "便民服务",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "村委会主任 陈立新",
                    "responsible_office": "村委会",
                    "handling_post": "村文书",
                    "conditions": (
                        "仅对本村范围内能够核实的事实出具证明；已列入取消目录的证明事项、"
                        "可通过部门信息共享或告知承诺办理的事项不再出具。"
                    ),
                    "time_limit_days": 1,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "事实清楚、材料齐全的当场办结；需调查核实的3个工作日内办结。"
                    ),
                    "service_commitment": (
                        "证明事项清单在村便民服务中心公开，不出具的当场说明理由。"
                    ),
                    "work_discipline": (
                        "不得出具虚假证明；不得对无法核实的事项出具证明；不得收取费用。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035"
                    ),
                    "accountability_cases": [
                        "出具虚假证明的",
                        "对已取消的证明事项仍要求群众提供或出具的",
                    ],
                    "responsibilities": {
                        "accept": "村文书受理申请，查验申请人身份和相关材料。",
                        "review": "核实证明事项的事实情况，必要时走访调查。",
                        "decide": "由村委会主任签字同意后出具。",
                        "deliver": "当场交付申请人，并登记证明出具台账。",
                        "supervise": "定期检查证明台账，发现不实证明及时收回更正。",
                    },
                    "legal_bases": [
                        {
                            "rank": "normative",
                            "document": "《国务院办公厅关于做好证明事项清理工作的通知》",
                            "article": "",
                            "text": (
                                "要求全面清理各类证明事项，凡没有法律法规依据的一律取消，"
                                "能够通过信息共享核查的不再要求群众提供证明。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
                {
                    "code": "BM-01-2",
                    "position": "11.2",
                    "name": "印章使用管理",
                    "category": "便民服务",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "村党支部书记 王建国",
                    "responsible_office": "村两委",
                    "handling_post": "村文书",
                    "conditions": (
                        "清溪村党支部、村委会、村务监督委员会、清溪村股份经济合作社印章分别由指定专"
                        "人保管；用印须经分管负责人签字同意，逐项登记用印事由、份数和经办人。"
                    ),
                    "time_limit_days": 1,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "用印审批当日办理；印章原则上不得带离办公场所，"
                        "确需外带的须两人同行并当日归还。"
                    ),
                    "service_commitment": "用印登记簿随时可查，村务监督委员会每月核对。",
                    "work_discipline": (
                        "严禁在空白纸张、空白介绍信、空白合同上盖章；严禁私自携带印章外出。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035"
                    ),
                    "accountability_cases": [
                        "在空白文书上加盖印章的",
                        "未经审批或未登记擅自用印的",
                        "私自携带印章外出造成不良后果的",
                    ],
                    "responsibilities": {
                        "accept": "经办人提出用印申请，说明用印事由。",
                        "review": "分管负责人审核用印文件内容。",
                        "decide": "签字同意后由保管人用印。",
                        "deliver": "保管人登记用印台账。",
                        "supervise": "村务监督委员会每月核对用印台账与存档文件。",
                    },
                    "legal_bases": [
                        {
                            "rank": "normative",
                            "document": "《青山县村级小微权力清单（试行）》",
                            "article": "",
                            "text": (
                                "将出具证明和加盖印章列为村级便民服务事项，要求印章专人保管、"
                                "用印审批登记。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
            ],
        },
        {
            "code": "BM-02",
            "position": "12",
            "name": "居住证明等便民证明代办",
            "category": "便民服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 陈立新",
            "responsible_office": "村委会",
            "handling_post": "村文书",
            "conditions": (
                "为在本村实际居住的村民和新居民出具居住情况证明，用于申领居住证、子女入学等；"
                "协助办理户籍迁移、生育登记等事项的材料准备和网上申报。"
            ),
            "time_limit_days": 1,
            "time_limit_type": "working",
            "time_limit_rule": "居住事实清楚的当场出具；需走访核实的2个工作日内办结。",
            "service_commitment": "帮办代办全程免费，可在村便民服务中心代为网上申报。",
            "work_discipline": "不得为未在本村居住的人员出具居住证明；不得收取任何费用。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035；"
                "清溪派出所 电话 0571-64812110"
            ),
            "accountability_cases": [
                "为未实际居住人员出具居住证明的",
                "借代办之机收取费用的",
            ],
            "responsibilities": {
                "accept": "村文书受理申请，查验身份证件和租住、房产等材料。",
                "review": "通过网格员走访或房东确认核实居住情况。",
                "decide": "村委会主任签字同意后出具证明。",
                "deliver": "当场交付或协助网上提交申报材料。",
                "supervise": "建立代办台账，跟踪办理结果。",
            },
            "legal_bases": [
                {
                    "rank": "regulation",
                    "document": "《居住证暂行条例》",
                    "article": "",
                    "text": (
                        "规定公民离开常住户口所在地到其他城市居住半年以上，符合合法稳定就业、"
                        "合法稳定住所或连续就读条件之一的，可以申领居住证。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《国务院办公厅关于做好证明事项清理工作的通知》",
                    "article": "",
                    "text": "要求保留的证明事项实行清单管理，公布开具单位和办理指南。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JT-01",
            "position": "13",
            "name": "集体经济合同管理",
            "category": "集体管理事务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 陈立新",
            "responsible_office": "村两委、清溪村股份经济合作社",
            "handling_post": "报账员",
            "conditions": (
                "村集体对外签订的承包、租赁、工程、采购等经济合同，"
                "须依据村民代表会议决议或村两委决定签订；合同文本优先使用县农业农村局示范文本；"
                "签订后5个工作日内报乡“三资”代理服务中心备案。"
            ),
            "time_limit_days": 5,
            "time_limit_type": "working",
            "time_limit_rule": (
                "合同签订后5个工作日内备案；合同到期前30日提醒续签或收回；"
                "应收款逾期10日的书面催收。"
            ),
            "service_commitment": "合同台账和履行情况每半年公开一次。",
            "work_discipline": (
                "不得以个人名义代表集体签订合同；不得擅自变更合同条款或减免应收款项。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "未经集体决策擅自签订、变更合同的",
                "合同未备案或应收款长期未催收造成损失的",
                "签订显失公平的合同损害集体利益的",
            ],
            "responsibilities": {
                "accept": "报账员受理合同签订申请，核对集体决策文件。",
                "review": "村两委审查合同条款，必要时请乡法律顾问审核。",
                "decide": "由村委会主任代表村集体签订合同。",
                "deliver": "合同报乡“三资”代理服务中心备案，录入合同台账。",
                "supervise": "村务监督委员会监督合同履行和款项收缴。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第四百六十五条",
                    "text": (
                        "规定依法成立的合同受法律保护，仅对当事人具有法律约束力，"
                        "法律另有规定的除外。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第五百零九条",
                    "text": "规定当事人应当按照约定全面履行自己的义务，并遵循诚信原则。",
                },
            ],
            "status": "returned",
            "returned_reason": (
                "请补充合同到期前续签或收回的责任岗位，并写明承包费、租金逾期未缴的催收和处理办法；"
                "修改后重新提交。（乡“三资”代理服务中心 林海燕）"
            ),
            "sub_items": [],
        },
        {
            "code": "JT-02",
            "position": "14",
            "name": "村民代表会议组织",
            "category": "集体管理事务",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村党支部书记 王建国",
            "responsible_office": "村委会",
            "handling_post": "村文书",
            "conditions": (
                "村民代表会议由村委会召集，一般每季度召开一次；五分之一以上村民代表提议的应当召集；"
                "须有三分之二以上组成人员参加方可召开，所作决定经到会人员过半数同意。"
            ),
            "time_limit_days": 3,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "会议通知和议题至少提前3天送达全体村民代表；会议记录在会后2个工作日内整理归档，"
                "决议按规定公开。"
            ),
            "service_commitment": "会议议题、出席情况和表决结果公开，村民可列席旁听。",
            "work_discipline": "不得临时增加未经通知的重大议题；不得代签、代表决。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035"
            ),
            "accountability_cases": [
                "到会人数不足仍作出决定的",
                "伪造会议记录或代签代表决的",
                "应当召集而拒不召集的",
            ],
            "responsibilities": {
                "accept": "村文书收集议题，拟定会议通知。",
                "review": "村两委审定会议议题和材料。",
                "decide": "会议按议程表决，当场宣布表决结果。",
                "deliver": "会议决议在村务公开栏公开。",
                "supervise": "村务监督委员会列席会议并监督决议执行。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定村民代表会议由村民委员会召集，每季度召开一次，"
                        "有三分之二以上组成人员参加方可召开，所作决定应当经到会人员过半数同意。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JT-03",
            "position": "15",
            "name": "村级项目验收",
            "category": "集体管理事务",
            "power_kind": "supervision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": True,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 陈立新",
            "responsible_office": "村两委、村务监督委员会",
            "handling_post": "村委会主任",
            "conditions": (
                "项目完工后由施工方提出验收申请；2万元以上的项目由村两委成员、村务监督委员会成员、"
                "村民代表和乡相关站所人员不少于5人组成验收小组；8万元以上的项目须经乡审计或委托第三"
                "方审计后方可办理结算；验收结果公示不少于5天。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自收到施工方竣工验收申请之日起10个工作日内组织验收；"
                "需审计的项目以审计报告出具日期为结算起算日。"
            ),
            "service_commitment": "验收记录、审计结论和结算金额全部公开。",
            "work_discipline": "验收人员不得接受施工方宴请和财物；不合格工程不得签字验收。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "验收人数不足5人或未实地验收即签字的",
                "8万元以上项目未经审计即结算付款的",
                "对不合格工程出具合格验收意见的",
            ],
            "responsibilities": {
                "accept": "村委会主任受理施工方竣工验收申请，收集竣工资料。",
                "review": "验收小组实地查验工程量和质量，核对合同和变更签证。",
                "decide": "验收小组集体出具验收意见，8万元以上项目送审计。",
                "deliver": "验收意见和审计结论在村务公开栏公示5天。",
                "supervise": "村务监督委员会监督结算付款和质保期内的维修责任落实。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《青山县村级小微权力清单（试行）》",
                    "article": "",
                    "text": (
                        "规定村级工程项目2万元以上由不少于5人组成验收小组验收，"
                        "8万元以上须经审计后结算。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县村级工程建设项目招投标管理办法》",
                    "article": "",
                    "text": (
                        "规定村级工程项目竣工后应当组织验收，验收合格并按规定审计后方可支付工程款。"
                    ),
                },
            ],
            "status": "submitted",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "RS-01",
            "position": "16",
            "name": "党员发展",
            "category": "人事管理",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村党支部书记 王建国",
            "responsible_office": "清溪村党支部",
            "handling_post": "村党支部书记",
            "conditions": (
                "年满十八岁，承认党的纲领和章程，愿意参加党的一个组织并在其中积极工作、"
                "执行党的决议和按期交纳党费；按入党申请、入党积极分子培养考察、发展对象确定、"
                "预备党员接收、预备党员转正等程序进行；年度发展计划报乡党委审批。"
            ),
            "time_limit_days": None,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "入党积极分子培养考察时间一般不少于一年；发展对象接收为预备党员前公示不少于5个工作"
                "日；预备期为一年。"
            ),
            "service_commitment": "发展程序、发展对象和公示结果公开，接受党员群众监督。",
            "work_discipline": "坚持标准、严格程序，不得突击发展、违规发展或“带病入党”。",
            "accountability": (
                "违反发展党员工作程序的，由乡党委依照《中国共产党纪律处分条例》追究清溪村党支部书记"
                "和相关人员责任；违规发展的党员按规定予以纠正。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035；"
                "乡党委组织办 电话 0571-64812018"
            ),
            "accountability_cases": [
                "违反程序突击发展或违规发展党员的",
                "弄虚作假、伪造入党材料的",
                "发展对象公示期间收到反映未核查即接收的",
            ],
            "responsibilities": {
                "accept": "清溪村党支部收到入党申请后一个月内派人谈话。",
                "review": (
                    "经党员推荐、群团组织推优确定入党积极分子，培养考察一年以上后确定发展对象。"
                ),
                "decide": (
                    "发展对象经乡党委预审、公示后，由支部大会讨论接收为预备党员，报乡党委审批。"
                ),
                "deliver": "乡党委审批后通知本人并在党员大会上宣布。",
                "supervise": "预备期满由支部大会讨论转正，报乡党委审批。",
            },
            "legal_bases": [
                {
                    "rank": "",
                    "document": "《中国共产党章程》",
                    "article": "第五条",
                    "text": (
                        "规定发展党员必须经过党的支部，坚持个别吸收的原则；"
                        "申请入党的人要有两名正式党员作介绍人，经支部大会通过和上级党组织批准，"
                        "并经过预备期考察。"
                    ),
                },
                {
                    "rank": "",
                    "document": "《中国共产党发展党员工作细则》",
                    "article": "",
                    "text": (
                        "规定发展党员的入党申请、培养教育、发展对象确定、预备党员接收和转正等程序。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GG-01",
            "position": "17",
            "name": "村务公开",
            "category": "公共服务",
            "power_kind": "",  # the village list states no kind for it
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村党支部书记 王建国",
            "responsible_office": "村两委、村务监督委员会",
            "handling_post": "村文书",
            "conditions": (
                "一般事项至少每季度公开一次；财务收支每月公开一次；涉及村民利益的重大事项随时公开；"
                "公开内容经村务监督委员会审核签字后，在村务公开栏、电子显示屏和村务微信群同步公开。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "每月10日前公开上月财务收支；重大事项在决定之日起5个工作日内公开；"
                "村民对公开内容提出异议的，10日内予以答复。"
            ),
            "service_commitment": "公开目录、公开时间和公开内容保持一致，过期公开资料归档备查。",
            "work_discipline": "不得选择性公开、虚假公开或逾期公开；不得公开涉及个人隐私的信息。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035"
            ),
            "accountability_cases": [
                "应当公开而未公开或逾期公开的",
                "公开内容不真实、不完整的",
                "对村民异议逾期未答复的",
            ],
            "responsibilities": {
                "accept": "村文书按公开目录收集整理公开资料。",
                "review": "村务监督委员会审核公开内容并签字。",
                "decide": "村党支部书记审定后发布。",
                "deliver": "在公开栏、显示屏和微信群同步公开，拍照存档。",
                "supervise": "村务监督委员会收集村民意见，督促10日内答复。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定村务公开的内容，一般事项至少每季度公布一次，"
                        "集体财务往来较多的财务收支每月公布一次，涉及村民利益的重大事项随时公布。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第二百六十四条",
                    "text": (
                        "规定农村集体经济组织或者村民委员会、村民小组应当依法向本集体成员公布集体财"
                        "产的状况，集体成员有权查阅、复制相关资料。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《村务公开管理规范》（GB/T 40088-2021）",
                    "article": "",
                    "text": "规定村务公开的内容、形式、时间、程序和监督要求，要求编制公开目录。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GG-02",
            "position": "18",
            "name": "矛盾纠纷调解",
            "category": "公共服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 陈立新",
            "responsible_office": "村人民调解委员会",
            "handling_post": "人民调解委员会主任",
            "conditions": (
                "本村村民之间、村民与其他组织之间的婚姻家庭、邻里、宅基地、山林土地承包等民间纠纷，"
                "当事人申请或调委会主动调解；一方明确拒绝调解的不得调解；已由法院、"
                "公安或其他行政机关依法受理或处理的不予受理。"
            ),
            "time_limit_days": 15,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "一般纠纷自受理之日起15日内调结，疑难复杂纠纷不超过30日；"
                "调解不成的告知当事人通过仲裁、行政、司法等途径解决。"
            ),
            "service_commitment": "调解不收费，尊重当事人意愿，调解协议依法可申请司法确认。",
            "work_discipline": (
                "调解员不得偏袒一方、压制当事人；不得泄露当事人隐私；与当事人有利害关系的应当回避。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035；"
                "清溪司法所 电话 0571-64812050"
            ),
            "accountability_cases": [
                "偏袒一方当事人或强迫调解的",
                "泄露当事人隐私、商业秘密的",
                "对可能激化的纠纷不及时报告造成严重后果的",
            ],
            "responsibilities": {
                "accept": "人民调解委员会主任受理调解申请或主动介入，登记纠纷情况。",
                "review": "调查了解纠纷事实，听取双方陈述。",
                "decide": "在平等协商基础上促成当事人自愿达成调解协议。",
                "deliver": "制作调解协议书，当事人签字后各执一份。",
                "supervise": "回访协议履行情况，需要时协助当事人在30日内申请司法确认。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国人民调解法》",
                    "article": "第八条",
                    "text": "规定村民委员会、居民委员会设立人民调解委员会。",
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国人民调解法》",
                    "article": "第十七条",
                    "text": (
                        "规定当事人可以向人民调解委员会申请调解，人民调解委员会也可以主动调解；"
                        "当事人一方明确拒绝调解的，不得调解。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国人民调解法》",
                    "article": "第三十三条",
                    "text": (
                        "规定达成调解协议后，双方当事人可以自调解协议生效之日起三十日内共同向人民法"
                        "院申请司法确认。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JD-01",
            "position": "19",
            "name": "村务监督",
            "category": "其他",
            "power_kind": "supervision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村务监督委员会主任 李秀兰",
            "responsible_office": "村务监督委员会",
            "handling_post": "村务监督委员会主任",
            "conditions": (
                "村务监督委员会列席村两委联席会议，对村级重大事项决策、财务收支、工程项目、"
                "资产资源处置、惠农政策落实和村务公开等进行监督；每月审核财务票据，"
                "每季度向村民代表会议报告监督情况。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "财务票据每月审核一次；发现问题的3个工作日内向村两委提出纠正建议，"
                "村两委拒不纠正的向乡纪委报告。"
            ),
            "service_commitment": (
                "监督情况每季度向村民代表会议报告并公开，村民反映的问题件件有登记、有回复。"
            ),
            "work_discipline": (
                "监督人员不得兼任村委会成员、报账员，近亲属不得担任村报账员；"
                "不得以监督为名干预正常工作。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035"
            ),
            "accountability_cases": [
                "对发现的违规问题隐瞒不报的",
                "在财务票据审核中走过场、签字不审的",
                "利用监督职权谋取私利的",
            ],
            "responsibilities": {
                "accept": "村务监督委员会受理村民反映的问题，登记监督事项。",
                "review": "查阅会议记录、财务票据和合同资料，开展调查核实。",
                "decide": "集体研究形成监督意见，向村两委提出纠正建议。",
                "deliver": "监督意见书面送达村两委，并在村民代表会议上报告。",
                "supervise": "跟踪整改落实，拒不整改的向乡纪委报告。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定村应当建立村务监督委员会或者其他形式的村务监督机构，负责村民民主理财，"
                        "监督村务公开等制度的落实。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《关于建立健全村务监督委员会的指导意见》",
                    "article": "",
                    "text": (
                        "明确村务监督委员会的人员组成、职责权限和工作方式，监督村级重大事项决策、"
                        "财务管理和村务公开。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JT-04",
            "position": "20",
            "name": "土地承包经营权流转服务",
            "category": "集体管理事务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 陈立新",
            "responsible_office": "村两委、清溪村股份经济合作社",
            "handling_post": "村文书",
            "conditions": (
                "承包农户自愿将承包地以出租、入股等方式流转的，村提供信息发布、"
                "合同示范文本和备案服务；流转期限不得超过承包期剩余期限，不得改变土地农业用途；"
                "单宗流转面积50亩以上的报乡农业农村办备案。"
            ),
            "time_limit_days": 5,
            "time_limit_type": "working",
            "time_limit_rule": "自农户提交流转合同之日起5个工作日内完成备案登记。",
            "service_commitment": "流转信息免费发布，合同示范文本免费提供。",
            "work_discipline": "不得强迫或阻碍农户流转承包地；不得截留、扣缴流转收益。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035；"
                "乡农业农村办 电话 0571-64812041"
            ),
            "accountability_cases": [
                "强迫农户流转或阻碍农户依法流转承包地的",
                "截留、扣缴农户流转收益的",
                "为改变土地农业用途的流转办理备案的",
            ],
            "responsibilities": {
                "accept": "村文书受理流转信息发布和合同备案申请。",
                "review": "核对承包地权属和流转双方身份。",
                "decide": "流转由承包农户自主决定，村只办理备案。",
                "deliver": "备案登记后将合同一份存档。",
                "supervise": "村务监督委员会跟踪流转土地用途，发现改变用途的报乡。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国农村土地承包法》",
                    "article": "",
                    "text": (
                        "规定承包方可以自主决定依法采取出租、入股或者其他方式向他人流转土地经营权，"
                        "并向发包方备案。"
                    ),
                },
                {
                    "rank": "rule",
                    "document": "《农村土地经营权流转管理办法》",
                    "article": "",
                    "text": "规定土地经营权流转应当坚持农户自愿，流转合同应当向发包方备案。",
                },
            ],
            "status": "draft",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "BM-03",
            "position": "21",
            "name": "城乡居民医保费代收",
            "category": "便民服务",
            "power_kind": "execution",
            "origin": "entrusted",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 陈立新",
            "responsible_office": "村委会",
            "handling_post": "报账员",
            "conditions": (
                "原由报账员代收本村城乡居民基本医疗保险费并统一上缴。"
                "城乡居民医保费改由税务部门征收、群众可通过手机和银行自助缴费后，本村不再经手现金，"
                "本事项停止行使，保留记录备查。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": "本事项已停止行使，不再受理；群众缴费有困难的由村文书指导网上缴费。",
            "service_commitment": "指导群众自助缴费，不代收、不经手现金。",
            "work_discipline": "村干部不得以任何名义代收、代管群众医保费。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 李秀兰 电话 0571-64821035；"
                "清溪税务分局 电话 0571-64812088"
            ),
            "accountability_cases": [
                "继续以村名义代收医保费或截留群众缴费的",
                "借指导缴费之机收取费用的",
            ],
            "responsibilities": {
                "accept": "",
                "review": "",
                "decide": "",
                "deliver": "",
                "supervise": "村务监督委员会检查是否存在违规代收现金行为。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《青山县城乡居民基本医疗保险费征缴工作实施方案》",
                    "article": "",
                    "text": (
                        "明确城乡居民基本医疗保险费由税务部门征收，参保人员可通过手机、"
                        "银行等渠道自助缴费。"
                    ),
                },
            ],
            "status": "withdrawn",
            "returned_reason": "",
            "sub_items": [],
        },
        # The village's 证明事项负面清单 (after 民政部等六部门《关于改进和规范基层群众性自治组织
        # 出具证明工作的指导意见》, 2020): a certificate the committee no longer issues. Such a
        # list states neither a power kind nor a flowchart.
        {
            "list_type": "村级证明事项负面清单",
            "position": "1",
            "code": "FM-01",
            "name": "亲属关系证明",
            "category": "便民服务",
            "power_kind": "",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "responsible_body": "村民委员会",
            "leader_in_charge": "",
            "responsible_office": "",
            "handling_post": "",
            "conditions": (
                "不再出具。常见用途：继承、社保待遇领取、办理户籍等。替代方式：凭户口簿、结婚证、"
                "出生医学证明等办理；无法提供的由公安、民政部门核查。"
            ),
            "time_limit_days": None,
            "time_limit_type": "",
            "time_limit_rule": "",
            "service_commitment": "",
            "work_discipline": "有关单位不得要求村民委员会出具或者变相出具。",
            "accountability": "",
            "accountability_cases": [],
            "complaint_channel": "乡民政办 0571-64812030",
            "responsibilities": {},
            "legal_bases": [
                {
                    "rank": "",
                    "document": "《关于改进和规范基层群众性自治组织出具证明工作的指导意见》",
                    "article": "",
                    "text": "",
                },
            ],
            "flowchart": False,
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
    ],
}


_QX_V02 = {
    "code": "QX-V02",
    "name": "石门村",
    "kind": "village",
    "address": "青山县清溪乡石门村石门岭脚52号",
    "phone": "0571-64822001",
    "first_responsible": "郑永明",
    "first_responsible_title": "村党支部书记",
    "posts": [
        {
            "name": "村党支部书记",
            "holder": "郑永明",
            "duties": (
                "主持村党支部全面工作，负责村级重大事项提议和“四议两公开”组织实施，"
                "是本村权力公开透明运行第一责任人。"
            ),
            "manages_people": True,
            "manages_money": True,
            "manages_goods": True,
            "manages_affairs": True,
        },
        {
            "name": "村委会主任",
            "holder": "何春生",
            "duties": (
                "主持村委会日常工作，在限额内审批村级财务开支，组织实施村民代表会议决议和村级工程项"
                "目。"
            ),
            "manages_people": False,
            "manages_money": True,
            "manages_goods": True,
            "manages_affairs": True,
        },
        {
            "name": "村务监督委员会主任",
            "holder": "黄美娟",
            "duties": "主持村务监督委员会工作，审核村级财务票据，监督村务公开和重大事项决策执行。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "报账员",
            "holder": "徐建平",
            "duties": (
                "负责村级收支票据审核汇总，按月到乡“三资”代理服务中心报账，"
                "管理合同台账和征地补偿款发放。"
            ),
            "manages_people": False,
            "manages_money": True,
            "manages_goods": False,
            "manages_affairs": False,
        },
        {
            "name": "村文书",
            "holder": "林小燕",
            "duties": "负责村级会议记录、档案管理、印章保管、证明出具和村务公开资料整理。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "妇联主席",
            "holder": "孙玉芳",
            "duties": "负责妇女儿童权益保障、家庭教育和困难家庭走访，参与救助对象民主评议。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "民政协理员",
            "holder": "孙玉芳",
            "duties": "负责低保、临时救助、残疾人补贴等社会救助事项的受理代办、入户核实和公示。",
            "manages_people": False,
            "manages_money": True,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "人民调解委员会主任",
            "holder": "郑国荣",
            "duties": "负责本村民间纠纷排查和调解，建立调解台账，做好诉调、访调衔接。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
    ],
    "items": [
        {
            "code": "JC-01",
            "name": "村级重大事项民主决策",
            "category": "重大事项决策",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": True,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "村党支部书记 郑永明",
            "responsible_office": "村两委",
            "handling_post": "村党支部书记",
            "conditions": (
                "涉及村民切身利益的重大事项，包括村集体经济项目立项、一次性支出5万元以上的事项、"
                "集体资产资源处置、征地补偿费使用分配、宅基地使用方案、公益事业筹资筹劳方案等，"
                "须按“四议两公开”程序决策。抢险救灾等紧急事项可先由村两委集体研究处置，"
                "事后3日内向村民代表会议报告。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "无统一办结时限，按程序节点控制：审议方案至少提前3天送达全体党员；"
                "党员大会须三分之二以上党员到会、全体党员过半数同意；决议作出后2个工作日内公开，"
                "公开期不少于3天；实施结果在事项完成后5个工作日内公开。"
            ),
            "service_commitment": (
                "议题来源、会议记录、表决票和公开照片全程留痕，村民可到村便民服务中心查阅会议记录。"
            ),
            "work_discipline": (
                "不得以村两委会议代替村民代表会议决议；不得拆分项目规避“四议两公开”；"
                "与议题有利害关系的参会人员应当回避表决。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035"
            ),
            "accountability_cases": [
                "未经“四议两公开”程序擅自决定重大事项的",
                "党员大会或村民代表会议到会人数不足仍作出决议的",
                "决议或实施结果未按时公开、公开内容不真实的",
                "擅自变更或拒不执行村民代表会议决议的",
            ],
            "responsibilities": {
                "accept": (
                    "石门村党支部收集村民、村民代表和村两委成员提出的议题，"
                    "判断是否属于重大事项并登记议题来源。"
                ),
                "review": (
                    "村两委联席会议商议形成初步方案，书面征求乡联村干部意见后提交党员大会审议。"
                ),
                "decide": (
                    "村民代表会议对方案进行表决，到会人员过半数同意方为通过，乡联村干部现场见证。"
                ),
                "deliver": "决议由村文书在村务公开栏和村务微信群公开，涉及具体农户的逐户告知。",
                "supervise": (
                    "村务监督委员会全程监督决议执行，对村民就实施结果提出的异议督促在10日内答复。"
                ),
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定集体经济所得收益的使用、公益事业兴办和筹资筹劳方案、"
                        "集体经济项目立项和承包方案、宅基地使用方案、征地补偿费使用分配方案、"
                        "以借贷租赁等方式处分集体财产等涉及村民利益的事项，"
                        "须经村民会议或者其授权的村民代表会议讨论决定方可办理。"
                    ),
                },
                {
                    "rank": "",
                    "document": "《中国共产党农村基层组织工作条例》",
                    "article": "",
                    "text": (
                        "规定村级重大事项决策实行“四议两公开”：村党组织提议、村“两委”会议商议、"
                        "党员大会审议、村民会议或者村民代表会议决议，决议公开、实施结果公开。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县村级小微权力清单（试行）》",
                    "article": "",
                    "text": (
                        "将村级重大事项决策列为村级公共权力事项首项，明确一次性支出5万元以上的事项"
                        "须履行“四议两公开”程序。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JC-02",
            "name": "村级工程建设项目招投标管理",
            "category": "重大事项决策",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": True,
            "is_large_sum": True,
            "leader_in_charge": "村委会主任 何春生",
            "responsible_office": "村两委",
            "handling_post": "村委会主任",
            "conditions": (
                "使用村集体资金或上级补助资金建设的村级工程项目，立项须先经“四议两公开”程序；"
                "估算价10万元以上的委托乡公共资源交易中心公开招标或邀请招标；2万元以上、"
                "10万元以下的由村两委组织不少于3家具备资质的施工单位公开比选；"
                "2万元以下的由村两委集体确定施工单位。"
            ),
            "time_limit_days": 30,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "自招标（比选）公告发布之日起计算，公告期不少于5个工作日；"
                "中标结果公示3天无异议后7日内签订施工合同。"
            ),
            "service_commitment": (
                "招标公告、比选过程和中标结果全部公开，村民代表和村务监督委员会成员全程参与开标比选"
                "。"
            ),
            "work_discipline": (
                "村干部及其近亲属不得承揽本村工程；不得指定施工单位、泄露标底或化整为零规避招标；"
                "不得收受投标人财物。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035；"
                "乡公共资源交易中心 电话 0571-64812058"
            ),
            "accountability_cases": [
                "应当招标（比选）而未招标或化整为零规避招标的",
                "向投标人泄露标底或与投标人串通的",
                "本人或近亲属违规承揽本村工程项目的",
            ],
            "responsibilities": {
                "accept": (
                    "村两委根据“四议两公开”决议确定项目，编制招标（比选）"
                    "方案报乡公共资源交易中心备案。"
                ),
                "review": (
                    "乡公共资源交易中心或比选小组审查投标单位资格，村务监督委员会成员参与全过程监督"
                    "。"
                ),
                "decide": "按评标（比选）结果确定中标单位，村两委不得改变评标结果。",
                "deliver": "中标结果在村务公开栏公示3天，无异议后由村委会主任与中标单位签订合同。",
                "supervise": (
                    "村务监督委员会监督合同履行和工程质量，工程变更须重新履行集体决策程序。"
                ),
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国招标投标法》",
                    "article": "",
                    "text": (
                        "规定招标投标活动应当遵循公开、公平、公正和诚实信用的原则，"
                        "任何单位和个人不得将依法必须招标的项目化整为零或者以其他方式规避招标。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县村级工程建设项目招投标管理办法》",
                    "article": "",
                    "text": (
                        "明确村级工程项目按估算价分级确定交易方式，限额以上项目进入乡镇公共资源交易"
                        "平台交易。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JC-03",
            "name": "村集体资产资源处置",
            "category": "重大事项决策",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": True,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "村党支部书记 郑永明",
            "responsible_office": "村两委、石门村股份经济合作社",
            "handling_post": "村委会主任",
            "conditions": (
                "村集体所有的房屋、土地（含“四荒地”）、山林、水面、设备等资产资源的发包、出租、"
                "出让、转让和报废，须经“四议两公开”程序决定；标的额5万元以上或租期超过5年的须进入县"
                "农村产权交易平台公开交易；租期不得超过土地承包剩余期限。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "处置方案公示不少于5个工作日；进场交易按县农村产权交易平台规则执行；"
                "成交后10个工作日内签订合同并报乡“三资”代理服务中心备案。"
            ),
            "service_commitment": (
                "处置方案、底价确定依据、成交结果全部公开，确保集体资产保值增值。"
            ),
            "work_discipline": (
                "不得低价发包、出租集体资产资源；不得以个人名义签订处置合同；不得擅自减免、"
                "延缓收取承包费租金。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "未经民主程序或未进场交易擅自处置集体资产资源的",
                "故意压低底价、暗箱操作造成集体资产流失的",
                "处置收入未及时足额入账的",
            ],
            "responsibilities": {
                "accept": (
                    "石门村股份经济合作社提出处置需求，村两委对资产现状、权属和处置必要性进行核实。"
                ),
                "review": (
                    "村两委商议形成处置方案，需评估的委托有资质的评估机构评估，方案报党员大会审议。"
                ),
                "decide": (
                    "村民代表会议对处置方案表决，通过后按规定进入县农村产权交易平台公开交易。"
                ),
                "deliver": (
                    "成交结果和合同主要条款在村务公开栏公示，合同报乡“三资”代理服务中心备案。"
                ),
                "supervise": "村务监督委员会监督合同履行和租金收缴，到期资产按程序收回或重新交易。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第二百六十一条",
                    "text": (
                        "规定农民集体所有的不动产和动产属于本集体成员集体所有，土地承包方案、"
                        "集体出资企业所有权变动等事项应当依照法定程序经本集体成员决定。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定以借贷、租赁或者其他方式处分村集体财产，须经村民会议或者其授权的村民代"
                        "表会议讨论决定。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国农村集体经济组织法》",
                    "article": "",
                    "text": (
                        "规定集体财产的经营管理和处分等重大事项，由农村集体经济组织成员大会或者成员"
                        "代表大会依法决定，并向成员公开。"
                    ),
                },
            ],
            "status": "returned",
            "returned_reason": (
                "处置流程缺少资产评估环节，未写明评估机构如何选定以及评估价与交易底价的关系；"
                "请补充后重新提交。（乡农业农村办 审核）"
            ),
            "sub_items": [],
        },
        {
            "code": "JC-04",
            "name": "征地补偿费使用分配",
            "category": "重大事项决策",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": True,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "村党支部书记 郑永明",
            "responsible_office": "村两委、石门村股份经济合作社",
            "handling_post": "报账员",
            "conditions": (
                "村集体土地被依法征收、土地补偿费拨付到村后，制定补偿费使用分配方案，"
                "须经村民会议或经授权的村民代表会议讨论决定；分配对象以征收土地预公告发布之日在册的"
                "集体经济组织成员为准，地上附着物和青苗补偿费归其所有权人所有。"
            ),
            "time_limit_days": 30,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "自补偿款到账之日起30日内提出分配方案；方案公示不少于7天；"
                "表决通过后15个工作日内通过银行“一卡通”发放到户，不得以现金发放。"
            ),
            "service_commitment": "分配方案、分配名册和到户金额逐户公开，村民可查询本户分配明细。",
            "work_discipline": (
                "不得截留、挪用、私分征地补偿款；不得擅自扩大或缩小分配对象范围；"
                "留存集体的部分纳入村集体账户统一管理。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "未经村民会议或村民代表会议决定擅自分配征地补偿款的",
                "截留、挪用、虚报冒领征地补偿款的",
                "分配方案和发放结果未按规定公示的",
            ],
            "responsibilities": {
                "accept": "报账员核对补偿款到账金额，村文书按预公告之日在册成员登记分配对象。",
                "review": "村两委商议拟定分配方案，对成员资格有争议的提交村民代表会议认定。",
                "decide": "村民代表会议对分配方案表决，通过后报乡农村集体“三资”代理服务中心备案。",
                "deliver": "分配名册公示7天无异议后，通过银行“一卡通”发放到户并公开发放结果。",
                "supervise": (
                    "村务监督委员会逐笔核对发放记录，留存集体部分的使用另行履行民主决策程序。"
                ),
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国土地管理法》",
                    "article": "第四十八条",
                    "text": (
                        "规定征收土地应当给予公平、合理的补偿，保障被征地农民原有生活水平不降低、"
                        "长远生计有保障，并及时足额支付土地补偿费、安置补助费等费用。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第二百六十一条",
                    "text": (
                        "规定土地补偿费等费用的使用、分配办法，应当依照法定程序经本集体成员决定。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定征地补偿费的使用、分配方案属于须经村民会议或者其授权的村民代表会议讨论"
                        "决定的事项。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "CW-01",
            "name": "村级财务开支审批",
            "category": "财务与物资管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 何春生",
            "responsible_office": "村两委",
            "handling_post": "报账员",
            "conditions": (
                "村级一切收支须取得合法有效票据，由经办人、证明人签字，村务监督委员会审核盖章后，"
                "按限额由村委会主任或村两委集体审批；报账员每月10日前到乡农村集体“三资”"
                "代理服务中心报账；严禁白条入账、坐收坐支。"
            ),
            "time_limit_days": 5,
            "time_limit_type": "working",
            "time_limit_rule": (
                "单据审批在受理后5个工作日内完成；报账员每月10日前集中报账；"
                "需报乡审核的另加3个工作日。"
            ),
            "service_commitment": "收支审批结果和单据明细每月公开，村民可申请查阅原始凭证。",
            "work_discipline": (
                "严格执行“经办人—证明人—村务监督委员会—村委会主任或村两委”签批顺序，不得越级、"
                "代签。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "超越审批权限或未按规定顺序签批的",
                "坐收坐支、公款私存或设立“小金库”的",
                "未经村务监督委员会审核即入账的",
            ],
            "responsibilities": {
                "accept": "报账员受理经办人提交的票据，检查票据要素是否齐全。",
                "review": "村务监督委员会审核票据真实性和合规性，签署审核意见。",
                "decide": "按限额由村委会主任审批或村两委集体研究决定。",
                "deliver": "报账员将审批完毕的单据报乡“三资”代理服务中心记账。",
                "supervise": "村务监督委员会按月对账，财务收支情况每月公开。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《农村集体经济组织财务制度》",
                    "article": "",
                    "text": (
                        "规定农村集体经济组织应当建立健全财务收支审批制度，实行民主理财，"
                        "定期公开财务。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": "规定集体财务往来较多的，财务收支情况应当每月公布一次。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [
                {
                    "code": "CW-01-1",
                    "name": "非生产性开支审批",
                    "category": "财务与物资管理",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "村委会主任 何春生",
                    "responsible_office": "村两委",
                    "handling_post": "报账员",
                    "conditions": (
                        "办公用品、接待、差旅、水电等非生产性开支：单笔500元以下由村委会主任审批；"
                        "500元以上由村两委集体研究决定；1000元以上的须附村两委会议记录，"
                        "报乡农村集体“三资”代理服务中心审核后列支。"
                    ),
                    "time_limit_days": 5,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "自经办人提交合规票据之日起5个工作日内完成签批；需报乡“三资”"
                        "代理服务中心审核的另加3个工作日。"
                    ),
                    "service_commitment": (
                        "审批权限和签批顺序在村便民服务中心上墙公开，单据审批结果随月度财务公开。"
                    ),
                    "work_discipline": (
                        "严禁白条入账、虚开发票、超标准接待；严禁拆分单据规避集体研究。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035；"
                        "乡农村集体“三资”代理服务中心 电话 0571-64812036"
                    ),
                    "accountability_cases": [
                        "超越审批权限签批开支或拆分单据规避集体研究的",
                        "以白条、虚假票据入账的",
                        "超标准列支接待费用的",
                    ],
                    "responsibilities": {
                        "accept": "经办人填写报销单，附合规发票，证明人签字。",
                        "review": "村务监督委员会审核票据真实性、合规性并签字盖章。",
                        "decide": "按金额由村委会主任签批或村两委集体研究决定。",
                        "deliver": "报账员汇总单据，按月到乡“三资”代理服务中心报账。",
                        "supervise": "村务监督委员会每月复核已报账单据，纳入月度财务公开。",
                    },
                    "legal_bases": [
                        {
                            "rank": "normative",
                            "document": "《农村集体经济组织财务制度》",
                            "article": "",
                            "text": (
                                "规定农村集体经济组织应当建立财务收支审批制度，明确审批权限和程序，"
                                "非生产性开支应当严格控制。"
                            ),
                        },
                        {
                            "rank": "normative",
                            "document": "《清溪乡村级财务管理实施细则》",
                            "article": "",
                            "text": (
                                "规定村级非生产性开支单笔500元以下由村委会主任审批，"
                                "500元以上由村两委集体研究，1000元以上报乡“三资”代理服务中心审核。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
                {
                    "code": "CW-01-2",
                    "name": "生产经营性开支审批",
                    "category": "财务与物资管理",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": True,
                    "leader_in_charge": "村委会主任 何春生",
                    "responsible_office": "村两委",
                    "handling_post": "报账员",
                    "conditions": (
                        "集体经营项目、生产资料、基础设施维护等生产经营性开支："
                        "单笔5000元以下由村委会主任审批；5000元以上由村两委集体研究决定；"
                        "10000元以上的须附村两委会议记录，报乡农村集体“三资”代理服务中心审核；"
                        "属于重大事项的另行履行“四议两公开”程序。"
                    ),
                    "time_limit_days": 5,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "自经办人提交合规票据之日起5个工作日内完成签批；需报乡“三资”"
                        "代理服务中心审核的另加3个工作日。"
                    ),
                    "service_commitment": (
                        "审批权限和签批顺序在村便民服务中心上墙公开，大额开支在月度财务公开中单列。"
                    ),
                    "work_discipline": (
                        "严禁拆分合同或单据规避集体研究；严禁无合同、无验收支付工程和物资款项。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035；"
                        "乡农村集体“三资”代理服务中心 电话 0571-64812036"
                    ),
                    "accountability_cases": [
                        "超越审批权限签批生产经营性开支的",
                        "无合同、无验收即支付工程或物资款项的",
                        "拆分合同或单据规避集体研究的",
                    ],
                    "responsibilities": {
                        "accept": "经办人持合同、验收单和合规发票填写报销单。",
                        "review": "村务监督委员会审核票据和合同、验收资料并签字盖章。",
                        "decide": "按金额由村委会主任签批或村两委集体研究决定。",
                        "deliver": "报账员汇总单据报乡“三资”代理服务中心审核入账。",
                        "supervise": "村务监督委员会每月复核大额开支，纳入月度财务公开。",
                    },
                    "legal_bases": [
                        {
                            "rank": "normative",
                            "document": "《农村集体经济组织财务制度》",
                            "article": "",
                            "text": (
                                "规定农村集体经济组织的财务收支应当经过审批，"
                                "重大财务事项应当履行民主决策程序。"
                            ),
                        },
                        {
                            "rank": "normative",
                            "document": "《清溪乡村级财务管理实施细则》",
                            "article": "",
                            "text": (
                                "规定村级生产经营性开支单笔5000元以下由村委会主任审批，"
                                "5000元以上由村两委集体研究，10000元以上报乡“三资”"
                                "代理服务中心审核。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
            ],
        },
        {
            "code": "CW-02",
            "name": "村级物资和服务采购",
            "category": "财务与物资管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 何春生",
            "responsible_office": "村两委",
            "handling_post": "报账员",
            "conditions": (
                "单次采购2000元以下的由两名以上经办人共同采购；2000元以上、"
                "5万元以下的由村两委集体确定采购方式，询价比价不少于3家；"
                "5万元以上的委托乡公共资源交易中心组织采购；纳入政府采购目录的按政府采购规定执行。"
            ),
            "time_limit_days": 15,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自村两委确定采购需求之日起15个工作日内完成采购；委托乡公共资源交易中心采购的按其规"
                "则执行。"
            ),
            "service_commitment": (
                "采购需求、询价记录和采购结果随月度财务公开，采购物资登记入库备查。"
            ),
            "work_discipline": (
                "不得指定供应商或与供应商串通；不得拆分采购规避集体研究；不得收受回扣。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "拆分采购规避集体研究或询价比价的",
                "指定供应商、虚报采购价格的",
                "采购物资未登记入库或被挪作私用的",
            ],
            "responsibilities": {
                "accept": "经办人提出采购需求，说明用途、数量和预算。",
                "review": "村两委审查采购必要性，确定采购方式和经办人。",
                "decide": "按询价比价结果确定供应商，金额较大的由村两委集体决定。",
                "deliver": "采购物资验收入库，发票和询价记录交报账员。",
                "supervise": "村务监督委员会抽查采购价格和物资使用情况。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《青山县村级小微权力清单（试行）》",
                    "article": "",
                    "text": (
                        "将村级采购列为村级公共权力事项，规定采购方式按金额分级确定，"
                        "采购过程和结果公开。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《农村集体经济组织财务制度》",
                    "article": "",
                    "text": "规定农村集体经济组织购置物资应当履行审批程序，建立资产台账。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "CW-03",
            "name": "村干部报酬及误工补贴发放",
            "category": "财务与物资管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村党支部书记 郑永明",
            "responsible_office": "村两委",
            "handling_post": "报账员",
            "conditions": (
                "村干部基本报酬按县定标准由乡财政统筹发放；绩效报酬根据乡年度考核结果核定；"
                "本村享受误工补贴的人员及补贴标准须经村民代表会议讨论决定，"
                "发放名单和金额每季度公开。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "基本报酬按月发放；年度绩效报酬在乡考核结果公布后15个工作日内发放；"
                "误工补贴按季度结算。"
            ),
            "service_commitment": "报酬标准、误工补贴人员名单和发放金额全部公开，接受村民监督。",
            "work_discipline": "不得自定报酬标准或巧立名目发放补贴；不得虚列误工人员和天数。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "擅自提高报酬标准或巧立名目发放补贴的",
                "虚报误工人员、天数套取集体资金的",
                "发放名单和金额未按规定公开的",
            ],
            "responsibilities": {
                "accept": "报账员汇总误工登记表和考核结果。",
                "review": "村务监督委员会核对误工事由、天数和标准。",
                "decide": "误工补贴人员及标准由村民代表会议决定，基本和绩效报酬按乡核定结果执行。",
                "deliver": "通过银行代发到个人账户，不发放现金。",
                "supervise": "村务监督委员会每季度检查发放情况并向村民代表会议报告。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定本村享受误工补贴的人员及补贴标准，须经村民会议或者其授权的村民代表会议"
                        "讨论决定。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县村（社区）干部报酬管理办法》",
                    "article": "",
                    "text": (
                        "规定村（社区）干部报酬由基本报酬和绩效报酬构成，"
                        "绩效报酬与年度考核结果挂钩。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "XK-01",
            "name": "农村宅基地申请初审",
            "category": "行政许可",
            "power_kind": "execution",
            "origin": "delegated",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 何春生",
            "responsible_office": "村两委",
            "handling_post": "村文书",
            "conditions": (
                "本集体经济组织成员以户为单位申请；符合“一户一宅”、村庄规划和省定面积标准；因无房、"
                "危房或分户等原因确需建房；出卖、出租、赠与住宅后再申请的不予受理。"
            ),
            "time_limit_days": 15,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自受理之日起15个工作日内完成村级审查并报乡便民服务中心，"
                "其中村内公示不少于5个工作日；需现场踏勘的可延长5个工作日。"
            ),
            "service_commitment": "申请条件、材料清单和审查结果公开；材料不全的一次性告知补正。",
            "work_discipline": (
                "不得为不符合条件的农户出具同意意见；不得收取任何费用；"
                "与申请人有亲属关系的应当回避。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035；"
                "清溪自然资源所 电话 0571-64812066"
            ),
            "accountability_cases": [
                "为不符合“一户一宅”条件的申请人出具同意意见的",
                "未经集体讨论和公示即上报的",
                "借审查之机索取、收受财物的",
            ],
            "responsibilities": {
                "accept": "村文书受理农户书面申请，核对户籍、家庭成员和现有住房情况。",
                "review": "村两委组织现场踏勘，提交石门村股份经济合作社或村民小组会议讨论。",
                "decide": (
                    "讨论通过并公示无异议后签署村级审查意见，本村只负责初审，审批由乡人民政府作出。"
                ),
                "deliver": "将申请材料报乡便民服务中心，审批结果在村内公开。",
                "supervise": (
                    "配合乡开展“开工放样、竣工验收”到场，发现未批先建、超面积建房的及时报告。"
                ),
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国土地管理法》",
                    "article": "第六十二条",
                    "text": (
                        "规定农村村民一户只能拥有一处宅基地，面积不得超过省级规定标准；"
                        "农村村民住宅用地由乡（镇）人民政府审核批准。"
                    ),
                },
                {
                    "rank": "regulation",
                    "document": "《中华人民共和国土地管理法实施条例》",
                    "article": "第三十四条",
                    "text": (
                        "规定农村村民以户为单位向农村集体经济组织（未设立的向村民小组或村民委员会）"
                        "提出宅基地申请，经集体讨论通过并公示后报乡（镇）人民政府审核批准。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》",
                    "article": "",
                    "text": (
                        "要求村级组织对宅基地申请进行审查，乡镇政府建立一个窗口受理、"
                        "多部门联动的审批机制，并实行到场放样和竣工验收。"
                    ),
                },
            ],
            "status": "confirmed",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GF-01",
            "name": "最低生活保障及困难补助申请初审",
            "category": "行政给付",
            "power_kind": "execution",
            "origin": "entrusted",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 何春生",
            "responsible_office": "村两委",
            "handling_post": "民政协理员",
            "conditions": (
                "本村户籍或居住的困难家庭申请最低生活保障、临时救助等社会救助，由村委会协助受理、"
                "入户核实和民主评议，提出初步意见后报乡人民政府审核确认。"
            ),
            "time_limit_days": 3,
            "time_limit_type": "working",
            "time_limit_rule": (
                "收到申请材料后3个工作日内报乡；乡人民政府审核确认全程一般不超过25个工作日，"
                "特殊情况可延长至40个工作日。"
            ),
            "service_commitment": "申请条件、办理流程和公示结果公开；代办全程免费。",
            "work_discipline": "不得优亲厚友、人情保、关系保；与申请人有利害关系的应当回避。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035；"
                "乡社会事务办 电话 0571-64812025"
            ),
            "accountability_cases": [
                "为不符合条件的家庭出具虚假证明的",
                "优亲厚友、人情保、关系保的",
                "拖延上报或遗漏困难群众申请的",
            ],
            "responsibilities": {
                "accept": "民政协理员受理或代为提出申请，一次性告知所需材料。",
                "review": "配合乡人民政府入户调查，组织民主评议。",
                "decide": "本村只负责初审，审核确认由乡人民政府作出。",
                "deliver": "在村务公开栏公示审核结果，告知申请人。",
                "supervise": "协助开展动态管理，发现不再符合条件的及时报告。",
            },
            "legal_bases": [
                {
                    "rank": "regulation",
                    "document": "《社会救助暂行办法》",
                    "article": "第九条",
                    "text": (
                        "规定对共同生活的家庭成员人均收入低于当地最低生活保障标准且财产状况符合规定"
                        "的家庭给予最低生活保障。"
                    ),
                },
                {
                    "rank": "regulation",
                    "document": "《社会救助暂行办法》",
                    "article": "第十一条",
                    "text": (
                        "规定最低生活保障的申请、调查核实、公示和审批程序，"
                        "申请有困难的可委托村（居）民委员会代为提出。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [
                {
                    "code": "GF-01-1",
                    "name": "最低生活保障申请初审",
                    "category": "行政给付",
                    "power_kind": "execution",
                    "origin": "entrusted",
                    "first_review_only": True,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "村委会主任 何春生",
                    "responsible_office": "村两委",
                    "handling_post": "民政协理员",
                    "conditions": (
                        "共同生活家庭成员人均收入低于县最低生活保障标准且家庭财产符合规定；"
                        "由申请人向乡人民政府提出，申请有困难的可委托村委会代为提出。"
                    ),
                    "time_limit_days": 3,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "收到申请材料后3个工作日内报送乡社会事务办；配合乡入户调查后5个工作日内组织"
                        "民主评议；审核结果在村公示7天。"
                    ),
                    "service_commitment": (
                        "代办全程免费，申请人家庭信息严格保密，公示内容不含身份证号码等敏感信息。"
                    ),
                    "work_discipline": (
                        "不得优亲厚友、人情保、关系保；村干部近亲属申请的应当备案并回避评议。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035；"
                        "乡社会事务办 电话 0571-64812025"
                    ),
                    "accountability_cases": [
                        "为不符合条件的家庭出具虚假证明的",
                        "优亲厚友、人情保、关系保的",
                        "泄露申请人家庭隐私的",
                    ],
                    "responsibilities": {
                        "accept": (
                            "民政协理员受理或代为提出申请，指导填写家庭经济状况申报表和授权核对书。"
                        ),
                        "review": (
                            "配合乡人民政府入户调查、邻里访问，组织民主评议并如实记录评议意见。"
                        ),
                        "decide": "本村只提出初步意见，审核确认由乡人民政府作出。",
                        "deliver": (
                            "在村务公开栏公示审核结果7天，向申请人告知确认或不予确认的结果。"
                        ),
                        "supervise": "协助乡开展低保对象定期核查，发现家庭情况变化的及时报告。",
                    },
                    "legal_bases": [
                        {
                            "rank": "regulation",
                            "document": "《社会救助暂行办法》",
                            "article": "第十一条",
                            "text": (
                                "规定最低生活保障由申请人向乡镇人民政府提出，"
                                "申请有困难的可委托村（居）民委员会代为提出；"
                                "乡镇人民政府调查核实后在村、社区公示。"
                            ),
                        },
                        {
                            "rank": "normative",
                            "document": "《最低生活保障审核确认办法》",
                            "article": "",
                            "text": (
                                "规定村（居）民委员会协助乡镇人民政府开展低保申请受理、"
                                "家庭经济状况调查、民主评议和公示等工作。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
                {
                    "code": "GF-01-2",
                    "name": "临时救助申请初审",
                    "category": "行政给付",
                    "power_kind": "execution",
                    "origin": "entrusted",
                    "first_review_only": True,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "村委会主任 何春生",
                    "responsible_office": "村两委",
                    "handling_post": "民政协理员",
                    "conditions": (
                        "因火灾、交通事故等意外事件或家庭成员突发重大疾病等原因，"
                        "导致基本生活暂时出现严重困难的家庭或个人。"
                    ),
                    "time_limit_days": 1,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "一般临时救助申请在1个工作日内报送乡社会事务办；情况紧急的当日电话报告，"
                        "乡可先行救助后补办手续。"
                    ),
                    "service_commitment": "急难情形当日上报，不让困难群众在求助中等待。",
                    "work_discipline": "不得拖延上报急难求助；不得代替乡人民政府作出救助决定。",
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035；"
                        "乡社会事务办 电话 0571-64812025"
                    ),
                    "accountability_cases": [
                        "接到急难求助后拖延不报造成严重后果的",
                        "虚报困难情形骗取救助资金的",
                    ],
                    "responsibilities": {
                        "accept": "民政协理员受理求助，了解困难情形并登记。",
                        "review": "走访核实困难原因和家庭基本情况。",
                        "decide": "本村只提出初步意见，救助决定由乡人民政府作出。",
                        "deliver": "将救助结果告知申请人，按规定公示。",
                        "supervise": "跟踪受助家庭困难情况，需长期救助的引导申请其他社会救助。",
                    },
                    "legal_bases": [
                        {
                            "rank": "regulation",
                            "document": "《社会救助暂行办法》",
                            "article": "",
                            "text": (
                                "规定国家对因意外事件、突发重大疾病等原因导致基本生活暂时出现严重困"
                                "难的家庭或个人给予临时救助，情况紧急的可先行救助。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
            ],
        },
        {
            "code": "GF-02",
            "name": "惠农补贴对象和面积核实",
            "category": "行政给付",
            "power_kind": "execution",
            "origin": "entrusted",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 何春生",
            "responsible_office": "村两委",
            "handling_post": "村文书",
            "conditions": (
                "耕地地力保护补贴、种粮补贴等涉农补贴，按乡农业农村办下发的底册逐户核实种植面积、"
                "户主信息和“一卡通”账号；补贴对象和金额在村内公示不少于7天。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自收到乡下发底册之日起10个工作日内完成核实并报乡，其中公示期不少于7天；"
                "需实地丈量的可延长5个工作日。"
            ),
            "service_commitment": (
                "补贴政策、补贴对象、面积和金额逐户公开，群众有异议的当场登记、3个工作日内复核。"
            ),
            "work_discipline": "不得虚报、多报补贴面积；不得代领、截留、挪用补贴资金或“一卡通”。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035；"
                "乡农业农村办 电话 0571-64812041"
            ),
            "accountability_cases": [
                "虚报、多报补贴面积或冒名领取补贴的",
                "截留、代管群众“一卡通”的",
                "补贴对象和金额未按规定公示的",
            ],
            "responsibilities": {
                "accept": "村文书接收乡下发的补贴底册，告知农户核实时间。",
                "review": "逐户核对面积、户主和账号信息，必要时实地丈量。",
                "decide": "本村只负责核实，补贴发放由乡和县主管部门审核决定。",
                "deliver": "核实结果公示7天，无异议后签字盖章报乡。",
                "supervise": "村务监督委员会抽查核实结果，补贴到账后配合开展回访。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《财政部 农业部关于全面推开农业“三项补贴”改革工作的通知》",
                    "article": "",
                    "text": (
                        "规定将农作物良种补贴、种粮农民直接补贴和农资综合补贴合并为耕地地力保护补贴"
                        "，补贴资金通过“一卡通”直接兑现到户。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定政府拨付和接受社会捐赠的救灾救助、补贴补助等资金、"
                        "物资的管理使用情况应当及时公布。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "BM-01",
            "name": "村级证明出具和印章管理",
            "category": "便民服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 何春生",
            "responsible_office": "村委会",
            "handling_post": "村文书",
            "conditions": (
                "申请人持本人身份证件和相关材料到村便民服务中心办理；"
                "仅对本村范围内能够核实的事实出具证明，印章使用须审批登记。"
            ),
            "time_limit_days": 1,
            "time_limit_type": "working",
            "time_limit_rule": "材料齐全、事实清楚的当场办结；需调查核实的3个工作日内办结。",
            "service_commitment": "一次性告知所需材料，能当场办的不让群众跑第二次。",
            "work_discipline": "不得出具虚假证明；不得在空白文书上盖章；不得收取任何费用。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035"
            ),
            "accountability_cases": [
                "出具虚假证明或在空白文书上盖章的",
                "对已取消的证明事项仍要求群众提供的",
                "刁难群众、无故拖延办理的",
            ],
            "responsibilities": {
                "accept": "村文书受理申请，登记事由。",
                "review": "核实证明事项或用印文件内容。",
                "decide": "村委会主任或分管负责人签字同意。",
                "deliver": "出具证明或用印后登记台账。",
                "supervise": "村务监督委员会每月核对证明和用印台账。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《国务院办公厅关于做好证明事项清理工作的通知》",
                    "article": "",
                    "text": "要求清理没有法律法规依据的证明事项，减少群众办事需提交的证明材料。",
                },
                {
                    "rank": "normative",
                    "document": "《青山县村级小微权力清单（试行）》",
                    "article": "",
                    "text": "将出具证明和印章使用列为村级便民服务事项，明确办理流程和时限。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [
                {
                    "code": "BM-01-1",
                    "name": "出具证明",
                    "category": "便民服务",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "村委会主任 何春生",
                    "responsible_office": "村委会",
                    "handling_post": "村文书",
                    "conditions": (
                        "仅对本村范围内能够核实的事实出具证明；已列入取消目录的证明事项、"
                        "可通过部门信息共享或告知承诺办理的事项不再出具。"
                    ),
                    "time_limit_days": 1,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "事实清楚、材料齐全的当场办结；需调查核实的3个工作日内办结。"
                    ),
                    "service_commitment": (
                        "证明事项清单在村便民服务中心公开，不出具的当场说明理由。"
                    ),
                    "work_discipline": (
                        "不得出具虚假证明；不得对无法核实的事项出具证明；不得收取费用。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035"
                    ),
                    "accountability_cases": [
                        "出具虚假证明的",
                        "对已取消的证明事项仍要求群众提供或出具的",
                    ],
                    "responsibilities": {
                        "accept": "村文书受理申请，查验申请人身份和相关材料。",
                        "review": "核实证明事项的事实情况，必要时走访调查。",
                        "decide": "由村委会主任签字同意后出具。",
                        "deliver": "当场交付申请人，并登记证明出具台账。",
                        "supervise": "定期检查证明台账，发现不实证明及时收回更正。",
                    },
                    "legal_bases": [
                        {
                            "rank": "normative",
                            "document": "《国务院办公厅关于做好证明事项清理工作的通知》",
                            "article": "",
                            "text": (
                                "要求全面清理各类证明事项，凡没有法律法规依据的一律取消，"
                                "能够通过信息共享核查的不再要求群众提供证明。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
                {
                    "code": "BM-01-2",
                    "name": "印章使用管理",
                    "category": "便民服务",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "村党支部书记 郑永明",
                    "responsible_office": "村两委",
                    "handling_post": "村文书",
                    "conditions": (
                        "石门村党支部、村委会、村务监督委员会、石门村股份经济合作社印章分别由指定专"
                        "人保管；用印须经分管负责人签字同意，逐项登记用印事由、份数和经办人。"
                    ),
                    "time_limit_days": 1,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "用印审批当日办理；印章原则上不得带离办公场所，"
                        "确需外带的须两人同行并当日归还。"
                    ),
                    "service_commitment": "用印登记簿随时可查，村务监督委员会每月核对。",
                    "work_discipline": (
                        "严禁在空白纸张、空白介绍信、空白合同上盖章；严禁私自携带印章外出。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035"
                    ),
                    "accountability_cases": [
                        "在空白文书上加盖印章的",
                        "未经审批或未登记擅自用印的",
                        "私自携带印章外出造成不良后果的",
                    ],
                    "responsibilities": {
                        "accept": "经办人提出用印申请，说明用印事由。",
                        "review": "分管负责人审核用印文件内容。",
                        "decide": "签字同意后由保管人用印。",
                        "deliver": "保管人登记用印台账。",
                        "supervise": "村务监督委员会每月核对用印台账与存档文件。",
                    },
                    "legal_bases": [
                        {
                            "rank": "normative",
                            "document": "《青山县村级小微权力清单（试行）》",
                            "article": "",
                            "text": (
                                "将出具证明和加盖印章列为村级便民服务事项，要求印章专人保管、"
                                "用印审批登记。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
            ],
        },
        {
            "code": "BM-02",
            "name": "居住证明及户籍类便民服务",
            "category": "便民服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 何春生",
            "responsible_office": "村委会",
            "handling_post": "村文书",
            "conditions": (
                "为在本村实际居住的村民和新居民出具居住情况证明，用于申领居住证、子女入学等；"
                "协助办理户籍迁移、生育登记等事项的材料准备和网上申报。"
            ),
            "time_limit_days": 1,
            "time_limit_type": "working",
            "time_limit_rule": "居住事实清楚的当场出具；需走访核实的2个工作日内办结。",
            "service_commitment": "帮办代办全程免费，可在村便民服务中心代为网上申报。",
            "work_discipline": "不得为未在本村居住的人员出具居住证明；不得收取任何费用。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035；"
                "清溪派出所 电话 0571-64812110"
            ),
            "accountability_cases": [
                "为未实际居住人员出具居住证明的",
                "借代办之机收取费用的",
            ],
            "responsibilities": {
                "accept": "村文书受理申请，查验身份证件和租住、房产等材料。",
                "review": "通过网格员走访或房东确认核实居住情况。",
                "decide": "村委会主任签字同意后出具证明。",
                "deliver": "当场交付或协助网上提交申报材料。",
                "supervise": "建立代办台账，跟踪办理结果。",
            },
            "legal_bases": [
                {
                    "rank": "regulation",
                    "document": "《居住证暂行条例》",
                    "article": "",
                    "text": (
                        "规定公民离开常住户口所在地到其他城市居住半年以上，符合合法稳定就业、"
                        "合法稳定住所或连续就读条件之一的，可以申领居住证。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《国务院办公厅关于做好证明事项清理工作的通知》",
                    "article": "",
                    "text": "要求保留的证明事项实行清单管理，公布开具单位和办理指南。",
                },
            ],
            "status": "submitted",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JT-01",
            "name": "村集体经济合同管理",
            "category": "集体管理事务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 何春生",
            "responsible_office": "村两委、石门村股份经济合作社",
            "handling_post": "报账员",
            "conditions": (
                "村集体对外签订的承包、租赁、工程、采购等经济合同，"
                "须依据村民代表会议决议或村两委决定签订；合同文本优先使用县农业农村局示范文本；"
                "签订后5个工作日内报乡“三资”代理服务中心备案。"
            ),
            "time_limit_days": 5,
            "time_limit_type": "working",
            "time_limit_rule": (
                "合同签订后5个工作日内备案；合同到期前30日提醒续签或收回；"
                "应收款逾期10日的书面催收。"
            ),
            "service_commitment": "合同台账和履行情况每半年公开一次。",
            "work_discipline": (
                "不得以个人名义代表集体签订合同；不得擅自变更合同条款或减免应收款项。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "未经集体决策擅自签订、变更合同的",
                "合同未备案或应收款长期未催收造成损失的",
                "签订显失公平的合同损害集体利益的",
            ],
            "responsibilities": {
                "accept": "报账员受理合同签订申请，核对集体决策文件。",
                "review": "村两委审查合同条款，必要时请乡法律顾问审核。",
                "decide": "由村委会主任代表村集体签订合同。",
                "deliver": "合同报乡“三资”代理服务中心备案，录入合同台账。",
                "supervise": "村务监督委员会监督合同履行和款项收缴。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第四百六十五条",
                    "text": (
                        "规定依法成立的合同受法律保护，仅对当事人具有法律约束力，"
                        "法律另有规定的除外。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第五百零九条",
                    "text": "规定当事人应当按照约定全面履行自己的义务，并遵循诚信原则。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JT-02",
            "name": "村民代表会议召集和组织",
            "category": "集体管理事务",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村党支部书记 郑永明",
            "responsible_office": "村委会",
            "handling_post": "村文书",
            "conditions": (
                "村民代表会议由村委会召集，一般每季度召开一次；五分之一以上村民代表提议的应当召集；"
                "须有三分之二以上组成人员参加方可召开，所作决定经到会人员过半数同意。"
            ),
            "time_limit_days": 3,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "会议通知和议题至少提前3天送达全体村民代表；会议记录在会后2个工作日内整理归档，"
                "决议按规定公开。"
            ),
            "service_commitment": "会议议题、出席情况和表决结果公开，村民可列席旁听。",
            "work_discipline": "不得临时增加未经通知的重大议题；不得代签、代表决。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035"
            ),
            "accountability_cases": [
                "到会人数不足仍作出决定的",
                "伪造会议记录或代签代表决的",
                "应当召集而拒不召集的",
            ],
            "responsibilities": {
                "accept": "村文书收集议题，拟定会议通知。",
                "review": "村两委审定会议议题和材料。",
                "decide": "会议按议程表决，当场宣布表决结果。",
                "deliver": "会议决议在村务公开栏公开。",
                "supervise": "村务监督委员会列席会议并监督决议执行。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定村民代表会议由村民委员会召集，每季度召开一次，"
                        "有三分之二以上组成人员参加方可召开，所作决定应当经到会人员过半数同意。"
                    ),
                },
            ],
            "status": "draft",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JT-03",
            "name": "村级工程项目验收",
            "category": "集体管理事务",
            "power_kind": "supervision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": True,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 何春生",
            "responsible_office": "村两委、村务监督委员会",
            "handling_post": "村委会主任",
            "conditions": (
                "项目完工后由施工方提出验收申请；2万元以上的项目由村两委成员、村务监督委员会成员、"
                "村民代表和乡相关站所人员不少于5人组成验收小组；8万元以上的项目须经乡审计或委托第三"
                "方审计后方可办理结算；验收结果公示不少于5天。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自收到施工方竣工验收申请之日起10个工作日内组织验收；"
                "需审计的项目以审计报告出具日期为结算起算日。"
            ),
            "service_commitment": "验收记录、审计结论和结算金额全部公开。",
            "work_discipline": "验收人员不得接受施工方宴请和财物；不合格工程不得签字验收。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "验收人数不足5人或未实地验收即签字的",
                "8万元以上项目未经审计即结算付款的",
                "对不合格工程出具合格验收意见的",
            ],
            "responsibilities": {
                "accept": "村委会主任受理施工方竣工验收申请，收集竣工资料。",
                "review": "验收小组实地查验工程量和质量，核对合同和变更签证。",
                "decide": "验收小组集体出具验收意见，8万元以上项目送审计。",
                "deliver": "验收意见和审计结论在村务公开栏公示5天。",
                "supervise": "村务监督委员会监督结算付款和质保期内的维修责任落实。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《青山县村级小微权力清单（试行）》",
                    "article": "",
                    "text": (
                        "规定村级工程项目2万元以上由不少于5人组成验收小组验收，"
                        "8万元以上须经审计后结算。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县村级工程建设项目招投标管理办法》",
                    "article": "",
                    "text": (
                        "规定村级工程项目竣工后应当组织验收，验收合格并按规定审计后方可支付工程款。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "RS-01",
            "name": "发展党员",
            "category": "人事管理",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村党支部书记 郑永明",
            "responsible_office": "石门村党支部",
            "handling_post": "村党支部书记",
            "conditions": (
                "年满十八岁，承认党的纲领和章程，愿意参加党的一个组织并在其中积极工作、"
                "执行党的决议和按期交纳党费；按入党申请、入党积极分子培养考察、发展对象确定、"
                "预备党员接收、预备党员转正等程序进行；年度发展计划报乡党委审批。"
            ),
            "time_limit_days": None,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "入党积极分子培养考察时间一般不少于一年；发展对象接收为预备党员前公示不少于5个工作"
                "日；预备期为一年。"
            ),
            "service_commitment": "发展程序、发展对象和公示结果公开，接受党员群众监督。",
            "work_discipline": "坚持标准、严格程序，不得突击发展、违规发展或“带病入党”。",
            "accountability": (
                "违反发展党员工作程序的，由乡党委依照《中国共产党纪律处分条例》追究石门村党支部书记"
                "和相关人员责任；违规发展的党员按规定予以纠正。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035；"
                "乡党委组织办 电话 0571-64812018"
            ),
            "accountability_cases": [
                "违反程序突击发展或违规发展党员的",
                "弄虚作假、伪造入党材料的",
                "发展对象公示期间收到反映未核查即接收的",
            ],
            "responsibilities": {
                "accept": "石门村党支部收到入党申请后一个月内派人谈话。",
                "review": (
                    "经党员推荐、群团组织推优确定入党积极分子，培养考察一年以上后确定发展对象。"
                ),
                "decide": (
                    "发展对象经乡党委预审、公示后，由支部大会讨论接收为预备党员，报乡党委审批。"
                ),
                "deliver": "乡党委审批后通知本人并在党员大会上宣布。",
                "supervise": "预备期满由支部大会讨论转正，报乡党委审批。",
            },
            "legal_bases": [
                {
                    "rank": "",
                    "document": "《中国共产党章程》",
                    "article": "第五条",
                    "text": (
                        "规定发展党员必须经过党的支部，坚持个别吸收的原则；"
                        "申请入党的人要有两名正式党员作介绍人，经支部大会通过和上级党组织批准，"
                        "并经过预备期考察。"
                    ),
                },
                {
                    "rank": "",
                    "document": "《中国共产党发展党员工作细则》",
                    "article": "",
                    "text": (
                        "规定发展党员的入党申请、培养教育、发展对象确定、预备党员接收和转正等程序。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GG-01",
            "name": "村务公开管理",
            "category": "公共服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村党支部书记 郑永明",
            "responsible_office": "村两委、村务监督委员会",
            "handling_post": "村文书",
            "conditions": (
                "一般事项至少每季度公开一次；财务收支每月公开一次；涉及村民利益的重大事项随时公开；"
                "公开内容经村务监督委员会审核签字后，在村务公开栏、电子显示屏和村务微信群同步公开。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "每月10日前公开上月财务收支；重大事项在决定之日起5个工作日内公开；"
                "村民对公开内容提出异议的，10日内予以答复。"
            ),
            "service_commitment": "公开目录、公开时间和公开内容保持一致，过期公开资料归档备查。",
            "work_discipline": "不得选择性公开、虚假公开或逾期公开；不得公开涉及个人隐私的信息。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035"
            ),
            "accountability_cases": [
                "应当公开而未公开或逾期公开的",
                "公开内容不真实、不完整的",
                "对村民异议逾期未答复的",
            ],
            "responsibilities": {
                "accept": "村文书按公开目录收集整理公开资料。",
                "review": "村务监督委员会审核公开内容并签字。",
                "decide": "村党支部书记审定后发布。",
                "deliver": "在公开栏、显示屏和微信群同步公开，拍照存档。",
                "supervise": "村务监督委员会收集村民意见，督促10日内答复。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定村务公开的内容，一般事项至少每季度公布一次，"
                        "集体财务往来较多的财务收支每月公布一次，涉及村民利益的重大事项随时公布。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第二百六十四条",
                    "text": (
                        "规定农村集体经济组织或者村民委员会、村民小组应当依法向本集体成员公布集体财"
                        "产的状况，集体成员有权查阅、复制相关资料。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《村务公开管理规范》（GB/T 40088-2021）",
                    "article": "",
                    "text": "规定村务公开的内容、形式、时间、程序和监督要求，要求编制公开目录。",
                },
            ],
            "status": "published_with_draft_edit",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GG-02",
            "name": "民间纠纷人民调解",
            "category": "公共服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 何春生",
            "responsible_office": "村人民调解委员会",
            "handling_post": "人民调解委员会主任",
            "conditions": (
                "本村村民之间、村民与其他组织之间的婚姻家庭、邻里、宅基地、山林土地承包等民间纠纷，"
                "当事人申请或调委会主动调解；一方明确拒绝调解的不得调解；已由法院、"
                "公安或其他行政机关依法受理或处理的不予受理。"
            ),
            "time_limit_days": 15,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "一般纠纷自受理之日起15日内调结，疑难复杂纠纷不超过30日；"
                "调解不成的告知当事人通过仲裁、行政、司法等途径解决。"
            ),
            "service_commitment": "调解不收费，尊重当事人意愿，调解协议依法可申请司法确认。",
            "work_discipline": (
                "调解员不得偏袒一方、压制当事人；不得泄露当事人隐私；与当事人有利害关系的应当回避。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035；"
                "清溪司法所 电话 0571-64812050"
            ),
            "accountability_cases": [
                "偏袒一方当事人或强迫调解的",
                "泄露当事人隐私、商业秘密的",
                "对可能激化的纠纷不及时报告造成严重后果的",
            ],
            "responsibilities": {
                "accept": "人民调解委员会主任受理调解申请或主动介入，登记纠纷情况。",
                "review": "调查了解纠纷事实，听取双方陈述。",
                "decide": "在平等协商基础上促成当事人自愿达成调解协议。",
                "deliver": "制作调解协议书，当事人签字后各执一份。",
                "supervise": "回访协议履行情况，需要时协助当事人在30日内申请司法确认。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国人民调解法》",
                    "article": "第八条",
                    "text": "规定村民委员会、居民委员会设立人民调解委员会。",
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国人民调解法》",
                    "article": "第十七条",
                    "text": (
                        "规定当事人可以向人民调解委员会申请调解，人民调解委员会也可以主动调解；"
                        "当事人一方明确拒绝调解的，不得调解。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国人民调解法》",
                    "article": "第三十三条",
                    "text": (
                        "规定达成调解协议后，双方当事人可以自调解协议生效之日起三十日内共同向人民法"
                        "院申请司法确认。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JD-01",
            "name": "村级事务民主监督",
            "category": "其他",
            "power_kind": "supervision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村务监督委员会主任 黄美娟",
            "responsible_office": "村务监督委员会",
            "handling_post": "村务监督委员会主任",
            "conditions": (
                "村务监督委员会列席村两委联席会议，对村级重大事项决策、财务收支、工程项目、"
                "资产资源处置、惠农政策落实和村务公开等进行监督；每月审核财务票据，"
                "每季度向村民代表会议报告监督情况。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "财务票据每月审核一次；发现问题的3个工作日内向村两委提出纠正建议，"
                "村两委拒不纠正的向乡纪委报告。"
            ),
            "service_commitment": (
                "监督情况每季度向村民代表会议报告并公开，村民反映的问题件件有登记、有回复。"
            ),
            "work_discipline": (
                "监督人员不得兼任村委会成员、报账员，近亲属不得担任村报账员；"
                "不得以监督为名干预正常工作。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035"
            ),
            "accountability_cases": [
                "对发现的违规问题隐瞒不报的",
                "在财务票据审核中走过场、签字不审的",
                "利用监督职权谋取私利的",
            ],
            "responsibilities": {
                "accept": "村务监督委员会受理村民反映的问题，登记监督事项。",
                "review": "查阅会议记录、财务票据和合同资料，开展调查核实。",
                "decide": "集体研究形成监督意见，向村两委提出纠正建议。",
                "deliver": "监督意见书面送达村两委，并在村民代表会议上报告。",
                "supervise": "跟踪整改落实，拒不整改的向乡纪委报告。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定村应当建立村务监督委员会或者其他形式的村务监督机构，负责村民民主理财，"
                        "监督村务公开等制度的落实。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《关于建立健全村务监督委员会的指导意见》",
                    "article": "",
                    "text": (
                        "明确村务监督委员会的人员组成、职责权限和工作方式，监督村级重大事项决策、"
                        "财务管理和村务公开。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GF-03",
            "name": "农村危房改造申请初审",
            "category": "行政给付",
            "power_kind": "execution",
            "origin": "delegated",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 何春生",
            "responsible_office": "村两委",
            "handling_post": "民政协理员",
            "conditions": (
                "低保户、低保边缘户、特困人员、防止返贫监测对象等农村低收入群体，"
                "唯一住房经鉴定为C级或D级危房的，可申请危房改造补助；本村负责受理、入户核实、"
                "民主评议和公示。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自受理之日起10个工作日内完成评议和公示并报乡，其中公示不少于5个工作日；"
                "房屋安全鉴定时间不计入。"
            ),
            "service_commitment": "补助对象、补助标准和评议结果公开。",
            "work_discipline": "不得为非低收入群体或非唯一住房申请补助；不得收取任何费用。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 黄美娟 电话 0571-64822035；"
                "乡村镇建设办 电话 0571-64812070"
            ),
            "accountability_cases": [
                "为不符合条件的农户出具评议意见的",
                "优亲厚友或索取财物的",
            ],
            "responsibilities": {
                "accept": "民政协理员受理农户申请，核对身份和住房情况。",
                "review": "配合乡开展房屋安全鉴定，组织民主评议。",
                "decide": "本村只负责初审，补助对象由乡和县住建部门审核确定。",
                "deliver": "评议结果公示后报乡。",
                "supervise": "协助竣工验收，监督改造质量。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《关于做好农村低收入群体等重点对象住房安全保障工作的实施意见》",
                    "article": "",
                    "text": "明确农村低收入群体等重点对象住房安全保障的对象、鉴定和补助程序。",
                },
            ],
            "status": "draft",
            "returned_reason": "",
            "sub_items": [],
        },
    ],
}


_QX_V03 = {
    "code": "QX-V03",
    "name": "竹坞村",
    "kind": "village",
    "address": "青山县清溪乡竹坞村竹园路6号",
    "phone": "0571-64823001",
    "first_responsible": "胡国良",
    "first_responsible_title": "村党支部书记",
    "posts": [
        {
            "name": "村党支部书记",
            "holder": "胡国良",
            "duties": (
                "主持村党支部全面工作，负责村级重大事项提议和“四议两公开”组织实施，"
                "是本村权力公开透明运行第一责任人。"
            ),
            "manages_people": True,
            "manages_money": True,
            "manages_goods": True,
            "manages_affairs": True,
        },
        {
            "name": "村委会主任",
            "holder": "胡国良",
            "duties": (
                "主持村委会日常工作，在限额内审批村级财务开支，组织实施村民代表会议决议和村级工程项"
                "目。"
            ),
            "manages_people": False,
            "manages_money": True,
            "manages_goods": True,
            "manages_affairs": True,
        },
        {
            "name": "村务监督委员会主任",
            "holder": "朱桂英",
            "duties": "主持村务监督委员会工作，审核村级财务票据，监督村务公开和重大事项决策执行。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "报账员",
            "holder": "沈国华",
            "duties": (
                "负责村级收支票据审核汇总，按月到乡“三资”代理服务中心报账，"
                "管理合同台账和征地补偿款发放。"
            ),
            "manages_people": False,
            "manages_money": True,
            "manages_goods": False,
            "manages_affairs": False,
        },
        {
            "name": "村文书",
            "holder": "蒋文静",
            "duties": "负责村级会议记录、档案管理、印章保管、证明出具和村务公开资料整理。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "妇联主席",
            "holder": "杨丽",
            "duties": "负责妇女儿童权益保障、家庭教育和困难家庭走访，参与救助对象民主评议。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "民政协理员",
            "holder": "金永福",
            "duties": "负责低保、临时救助、残疾人补贴等社会救助事项的受理代办、入户核实和公示。",
            "manages_people": False,
            "manages_money": True,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "人民调解委员会主任",
            "holder": "钱卫东",
            "duties": "负责本村民间纠纷排查和调解，建立调解台账，做好诉调、访调衔接。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
    ],
    "items": [
        {
            "code": "JC-01",
            "name": "村级重大事务决策",
            "category": "重大事项决策",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": True,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "村党支部书记 胡国良",
            "responsible_office": "村两委",
            "handling_post": "村党支部书记",
            "conditions": (
                "涉及村民切身利益的重大事项，包括村集体经济项目立项、一次性支出5万元以上的事项、"
                "集体资产资源处置、征地补偿费使用分配、宅基地使用方案、公益事业筹资筹劳方案等，"
                "须按“四议两公开”程序决策。抢险救灾等紧急事项可先由村两委集体研究处置，"
                "事后3日内向村民代表会议报告。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "无统一办结时限，按程序节点控制：审议方案至少提前3天送达全体党员；"
                "党员大会须三分之二以上党员到会、全体党员过半数同意；决议作出后2个工作日内公开，"
                "公开期不少于3天；实施结果在事项完成后5个工作日内公开。"
            ),
            "service_commitment": (
                "议题来源、会议记录、表决票和公开照片全程留痕，村民可到村便民服务中心查阅会议记录。"
            ),
            "work_discipline": (
                "不得以村两委会议代替村民代表会议决议；不得拆分项目规避“四议两公开”；"
                "与议题有利害关系的参会人员应当回避表决。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035"
            ),
            "accountability_cases": [
                "未经“四议两公开”程序擅自决定重大事项的",
                "党员大会或村民代表会议到会人数不足仍作出决议的",
                "决议或实施结果未按时公开、公开内容不真实的",
                "擅自变更或拒不执行村民代表会议决议的",
            ],
            "responsibilities": {
                "accept": (
                    "竹坞村党支部收集村民、村民代表和村两委成员提出的议题，"
                    "判断是否属于重大事项并登记议题来源。"
                ),
                "review": (
                    "村两委联席会议商议形成初步方案，书面征求乡联村干部意见后提交党员大会审议。"
                ),
                "decide": (
                    "村民代表会议对方案进行表决，到会人员过半数同意方为通过，乡联村干部现场见证。"
                ),
                "deliver": "决议由村文书在村务公开栏和村务微信群公开，涉及具体农户的逐户告知。",
                "supervise": (
                    "村务监督委员会全程监督决议执行，对村民就实施结果提出的异议督促在10日内答复。"
                ),
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定集体经济所得收益的使用、公益事业兴办和筹资筹劳方案、"
                        "集体经济项目立项和承包方案、宅基地使用方案、征地补偿费使用分配方案、"
                        "以借贷租赁等方式处分集体财产等涉及村民利益的事项，"
                        "须经村民会议或者其授权的村民代表会议讨论决定方可办理。"
                    ),
                },
                {
                    "rank": "",
                    "document": "《中国共产党农村基层组织工作条例》",
                    "article": "",
                    "text": (
                        "规定村级重大事项决策实行“四议两公开”：村党组织提议、村“两委”会议商议、"
                        "党员大会审议、村民会议或者村民代表会议决议，决议公开、实施结果公开。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县村级小微权力清单（试行）》",
                    "article": "",
                    "text": (
                        "将村级重大事项决策列为村级公共权力事项首项，明确一次性支出5万元以上的事项"
                        "须履行“四议两公开”程序。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JC-02",
            "name": "村级工程项目招标投标",
            "category": "重大事项决策",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": True,
            "is_large_sum": True,
            "leader_in_charge": "村委会主任 胡国良",
            "responsible_office": "村两委",
            "handling_post": "村委会主任",
            "conditions": (
                "使用村集体资金或上级补助资金建设的村级工程项目，立项须先经“四议两公开”程序；"
                "估算价10万元以上的委托乡公共资源交易中心公开招标或邀请招标；2万元以上、"
                "10万元以下的由村两委组织不少于3家具备资质的施工单位公开比选；"
                "2万元以下的由村两委集体确定施工单位。"
            ),
            "time_limit_days": 30,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "自招标（比选）公告发布之日起计算，公告期不少于5个工作日；"
                "中标结果公示3天无异议后7日内签订施工合同。"
            ),
            "service_commitment": (
                "招标公告、比选过程和中标结果全部公开，村民代表和村务监督委员会成员全程参与开标比选"
                "。"
            ),
            "work_discipline": (
                "村干部及其近亲属不得承揽本村工程；不得指定施工单位、泄露标底或化整为零规避招标；"
                "不得收受投标人财物。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035；"
                "乡公共资源交易中心 电话 0571-64812058"
            ),
            "accountability_cases": [
                "应当招标（比选）而未招标或化整为零规避招标的",
                "向投标人泄露标底或与投标人串通的",
                "本人或近亲属违规承揽本村工程项目的",
            ],
            "responsibilities": {
                "accept": (
                    "村两委根据“四议两公开”决议确定项目，编制招标（比选）"
                    "方案报乡公共资源交易中心备案。"
                ),
                "review": (
                    "乡公共资源交易中心或比选小组审查投标单位资格，村务监督委员会成员参与全过程监督"
                    "。"
                ),
                "decide": "按评标（比选）结果确定中标单位，村两委不得改变评标结果。",
                "deliver": "中标结果在村务公开栏公示3天，无异议后由村委会主任与中标单位签订合同。",
                "supervise": (
                    "村务监督委员会监督合同履行和工程质量，工程变更须重新履行集体决策程序。"
                ),
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国招标投标法》",
                    "article": "",
                    "text": (
                        "规定招标投标活动应当遵循公开、公平、公正和诚实信用的原则，"
                        "任何单位和个人不得将依法必须招标的项目化整为零或者以其他方式规避招标。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县村级工程建设项目招投标管理办法》",
                    "article": "",
                    "text": (
                        "明确村级工程项目按估算价分级确定交易方式，限额以上项目进入乡镇公共资源交易"
                        "平台交易。"
                    ),
                },
            ],
            "status": "published_with_draft_edit",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JC-03",
            "name": "集体资产资源发包、租赁和处置",
            "category": "重大事项决策",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": True,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "村党支部书记 胡国良",
            "responsible_office": "村两委、竹坞村股份经济合作社",
            "handling_post": "村委会主任",
            "conditions": (
                "村集体所有的房屋、土地（含“四荒地”）、山林、水面、设备等资产资源的发包、出租、"
                "出让、转让和报废，须经“四议两公开”程序决定；标的额5万元以上或租期超过5年的须进入县"
                "农村产权交易平台公开交易；租期不得超过土地承包剩余期限。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "处置方案公示不少于5个工作日；进场交易按县农村产权交易平台规则执行；"
                "成交后10个工作日内签订合同并报乡“三资”代理服务中心备案。"
            ),
            "service_commitment": (
                "处置方案、底价确定依据、成交结果全部公开，确保集体资产保值增值。"
            ),
            "work_discipline": (
                "不得低价发包、出租集体资产资源；不得以个人名义签订处置合同；不得擅自减免、"
                "延缓收取承包费租金。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "未经民主程序或未进场交易擅自处置集体资产资源的",
                "故意压低底价、暗箱操作造成集体资产流失的",
                "处置收入未及时足额入账的",
            ],
            "responsibilities": {
                "accept": (
                    "竹坞村股份经济合作社提出处置需求，村两委对资产现状、权属和处置必要性进行核实。"
                ),
                "review": (
                    "村两委商议形成处置方案，需评估的委托有资质的评估机构评估，方案报党员大会审议。"
                ),
                "decide": (
                    "村民代表会议对处置方案表决，通过后按规定进入县农村产权交易平台公开交易。"
                ),
                "deliver": (
                    "成交结果和合同主要条款在村务公开栏公示，合同报乡“三资”代理服务中心备案。"
                ),
                "supervise": "村务监督委员会监督合同履行和租金收缴，到期资产按程序收回或重新交易。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第二百六十一条",
                    "text": (
                        "规定农民集体所有的不动产和动产属于本集体成员集体所有，土地承包方案、"
                        "集体出资企业所有权变动等事项应当依照法定程序经本集体成员决定。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定以借贷、租赁或者其他方式处分村集体财产，须经村民会议或者其授权的村民代"
                        "表会议讨论决定。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国农村集体经济组织法》",
                    "article": "",
                    "text": (
                        "规定集体财产的经营管理和处分等重大事项，由农村集体经济组织成员大会或者成员"
                        "代表大会依法决定，并向成员公开。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JC-04",
            "name": "土地征收补偿款分配",
            "category": "重大事项决策",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": True,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "村党支部书记 胡国良",
            "responsible_office": "村两委、竹坞村股份经济合作社",
            "handling_post": "报账员",
            "conditions": (
                "村集体土地被依法征收、土地补偿费拨付到村后，制定补偿费使用分配方案，"
                "须经村民会议或经授权的村民代表会议讨论决定；分配对象以征收土地预公告发布之日在册的"
                "集体经济组织成员为准，地上附着物和青苗补偿费归其所有权人所有。"
            ),
            "time_limit_days": 30,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "自补偿款到账之日起30日内提出分配方案；方案公示不少于7天；"
                "表决通过后15个工作日内通过银行“一卡通”发放到户，不得以现金发放。"
            ),
            "service_commitment": "分配方案、分配名册和到户金额逐户公开，村民可查询本户分配明细。",
            "work_discipline": (
                "不得截留、挪用、私分征地补偿款；不得擅自扩大或缩小分配对象范围；"
                "留存集体的部分纳入村集体账户统一管理。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "未经村民会议或村民代表会议决定擅自分配征地补偿款的",
                "截留、挪用、虚报冒领征地补偿款的",
                "分配方案和发放结果未按规定公示的",
            ],
            "responsibilities": {
                "accept": "报账员核对补偿款到账金额，村文书按预公告之日在册成员登记分配对象。",
                "review": "村两委商议拟定分配方案，对成员资格有争议的提交村民代表会议认定。",
                "decide": "村民代表会议对分配方案表决，通过后报乡农村集体“三资”代理服务中心备案。",
                "deliver": "分配名册公示7天无异议后，通过银行“一卡通”发放到户并公开发放结果。",
                "supervise": (
                    "村务监督委员会逐笔核对发放记录，留存集体部分的使用另行履行民主决策程序。"
                ),
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国土地管理法》",
                    "article": "第四十八条",
                    "text": (
                        "规定征收土地应当给予公平、合理的补偿，保障被征地农民原有生活水平不降低、"
                        "长远生计有保障，并及时足额支付土地补偿费、安置补助费等费用。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第二百六十一条",
                    "text": (
                        "规定土地补偿费等费用的使用、分配办法，应当依照法定程序经本集体成员决定。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定征地补偿费的使用、分配方案属于须经村民会议或者其授权的村民代表会议讨论"
                        "决定的事项。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "CW-01",
            "name": "村级财务收支审批",
            "category": "财务与物资管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 胡国良",
            "responsible_office": "村两委",
            "handling_post": "报账员",
            "conditions": (
                "村级一切收支须取得合法有效票据，由经办人、证明人签字，村务监督委员会审核盖章后，"
                "按限额由村委会主任或村两委集体审批；报账员每月10日前到乡农村集体“三资”"
                "代理服务中心报账；严禁白条入账、坐收坐支。"
            ),
            "time_limit_days": 5,
            "time_limit_type": "working",
            "time_limit_rule": (
                "单据审批在受理后5个工作日内完成；报账员每月10日前集中报账；"
                "需报乡审核的另加3个工作日。"
            ),
            "service_commitment": "收支审批结果和单据明细每月公开，村民可申请查阅原始凭证。",
            "work_discipline": (
                "严格执行“经办人—证明人—村务监督委员会—村委会主任或村两委”签批顺序，不得越级、"
                "代签。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "超越审批权限或未按规定顺序签批的",
                "坐收坐支、公款私存或设立“小金库”的",
                "未经村务监督委员会审核即入账的",
            ],
            "responsibilities": {
                "accept": "报账员受理经办人提交的票据，检查票据要素是否齐全。",
                "review": "村务监督委员会审核票据真实性和合规性，签署审核意见。",
                "decide": "按限额由村委会主任审批或村两委集体研究决定。",
                "deliver": "报账员将审批完毕的单据报乡“三资”代理服务中心记账。",
                "supervise": "村务监督委员会按月对账，财务收支情况每月公开。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《农村集体经济组织财务制度》",
                    "article": "",
                    "text": (
                        "规定农村集体经济组织应当建立健全财务收支审批制度，实行民主理财，"
                        "定期公开财务。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": "规定集体财务往来较多的，财务收支情况应当每月公布一次。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [
                {
                    "code": "CW-01-1",
                    "name": "非生产性开支审批",
                    "category": "财务与物资管理",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "村委会主任 胡国良",
                    "responsible_office": "村两委",
                    "handling_post": "报账员",
                    "conditions": (
                        "办公用品、接待、差旅、水电等非生产性开支：单笔500元以下由村委会主任审批；"
                        "500元以上由村两委集体研究决定；1000元以上的须附村两委会议记录，"
                        "报乡农村集体“三资”代理服务中心审核后列支。"
                    ),
                    "time_limit_days": 5,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "自经办人提交合规票据之日起5个工作日内完成签批；需报乡“三资”"
                        "代理服务中心审核的另加3个工作日。"
                    ),
                    "service_commitment": (
                        "审批权限和签批顺序在村便民服务中心上墙公开，单据审批结果随月度财务公开。"
                    ),
                    "work_discipline": (
                        "严禁白条入账、虚开发票、超标准接待；严禁拆分单据规避集体研究。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035；"
                        "乡农村集体“三资”代理服务中心 电话 0571-64812036"
                    ),
                    "accountability_cases": [
                        "超越审批权限签批开支或拆分单据规避集体研究的",
                        "以白条、虚假票据入账的",
                        "超标准列支接待费用的",
                    ],
                    "responsibilities": {
                        "accept": "经办人填写报销单，附合规发票，证明人签字。",
                        "review": "村务监督委员会审核票据真实性、合规性并签字盖章。",
                        "decide": "按金额由村委会主任签批或村两委集体研究决定。",
                        "deliver": "报账员汇总单据，按月到乡“三资”代理服务中心报账。",
                        "supervise": "村务监督委员会每月复核已报账单据，纳入月度财务公开。",
                    },
                    "legal_bases": [
                        {
                            "rank": "normative",
                            "document": "《农村集体经济组织财务制度》",
                            "article": "",
                            "text": (
                                "规定农村集体经济组织应当建立财务收支审批制度，明确审批权限和程序，"
                                "非生产性开支应当严格控制。"
                            ),
                        },
                        {
                            "rank": "normative",
                            "document": "《清溪乡村级财务管理实施细则》",
                            "article": "",
                            "text": (
                                "规定村级非生产性开支单笔500元以下由村委会主任审批，"
                                "500元以上由村两委集体研究，1000元以上报乡“三资”代理服务中心审核。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
                {
                    "code": "CW-01-2",
                    "name": "生产经营性开支审批",
                    "category": "财务与物资管理",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": True,
                    "leader_in_charge": "村委会主任 胡国良",
                    "responsible_office": "村两委",
                    "handling_post": "报账员",
                    "conditions": (
                        "集体经营项目、生产资料、基础设施维护等生产经营性开支："
                        "单笔5000元以下由村委会主任审批；5000元以上由村两委集体研究决定；"
                        "10000元以上的须附村两委会议记录，报乡农村集体“三资”代理服务中心审核；"
                        "属于重大事项的另行履行“四议两公开”程序。"
                    ),
                    "time_limit_days": 5,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "自经办人提交合规票据之日起5个工作日内完成签批；需报乡“三资”"
                        "代理服务中心审核的另加3个工作日。"
                    ),
                    "service_commitment": (
                        "审批权限和签批顺序在村便民服务中心上墙公开，大额开支在月度财务公开中单列。"
                    ),
                    "work_discipline": (
                        "严禁拆分合同或单据规避集体研究；严禁无合同、无验收支付工程和物资款项。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035；"
                        "乡农村集体“三资”代理服务中心 电话 0571-64812036"
                    ),
                    "accountability_cases": [
                        "超越审批权限签批生产经营性开支的",
                        "无合同、无验收即支付工程或物资款项的",
                        "拆分合同或单据规避集体研究的",
                    ],
                    "responsibilities": {
                        "accept": "经办人持合同、验收单和合规发票填写报销单。",
                        "review": "村务监督委员会审核票据和合同、验收资料并签字盖章。",
                        "decide": "按金额由村委会主任签批或村两委集体研究决定。",
                        "deliver": "报账员汇总单据报乡“三资”代理服务中心审核入账。",
                        "supervise": "村务监督委员会每月复核大额开支，纳入月度财务公开。",
                    },
                    "legal_bases": [
                        {
                            "rank": "normative",
                            "document": "《农村集体经济组织财务制度》",
                            "article": "",
                            "text": (
                                "规定农村集体经济组织的财务收支应当经过审批，"
                                "重大财务事项应当履行民主决策程序。"
                            ),
                        },
                        {
                            "rank": "normative",
                            "document": "《清溪乡村级财务管理实施细则》",
                            "article": "",
                            "text": (
                                "规定村级生产经营性开支单笔5000元以下由村委会主任审批，"
                                "5000元以上由村两委集体研究，10000元以上报乡“三资”"
                                "代理服务中心审核。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
            ],
        },
        {
            "code": "CW-02",
            "name": "村级采购管理",
            "category": "财务与物资管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 胡国良",
            "responsible_office": "村两委",
            "handling_post": "报账员",
            "conditions": (
                "单次采购2000元以下的由两名以上经办人共同采购；2000元以上、"
                "5万元以下的由村两委集体确定采购方式，询价比价不少于3家；"
                "5万元以上的委托乡公共资源交易中心组织采购；纳入政府采购目录的按政府采购规定执行。"
            ),
            "time_limit_days": 15,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自村两委确定采购需求之日起15个工作日内完成采购；委托乡公共资源交易中心采购的按其规"
                "则执行。"
            ),
            "service_commitment": (
                "采购需求、询价记录和采购结果随月度财务公开，采购物资登记入库备查。"
            ),
            "work_discipline": (
                "不得指定供应商或与供应商串通；不得拆分采购规避集体研究；不得收受回扣。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "拆分采购规避集体研究或询价比价的",
                "指定供应商、虚报采购价格的",
                "采购物资未登记入库或被挪作私用的",
            ],
            "responsibilities": {
                "accept": "经办人提出采购需求，说明用途、数量和预算。",
                "review": "村两委审查采购必要性，确定采购方式和经办人。",
                "decide": "按询价比价结果确定供应商，金额较大的由村两委集体决定。",
                "deliver": "采购物资验收入库，发票和询价记录交报账员。",
                "supervise": "村务监督委员会抽查采购价格和物资使用情况。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《青山县村级小微权力清单（试行）》",
                    "article": "",
                    "text": (
                        "将村级采购列为村级公共权力事项，规定采购方式按金额分级确定，"
                        "采购过程和结果公开。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《农村集体经济组织财务制度》",
                    "article": "",
                    "text": "规定农村集体经济组织购置物资应当履行审批程序，建立资产台账。",
                },
            ],
            "status": "confirmed",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "CW-03",
            "name": "村干部报酬和补贴发放",
            "category": "财务与物资管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村党支部书记 胡国良",
            "responsible_office": "村两委",
            "handling_post": "报账员",
            "conditions": (
                "村干部基本报酬按县定标准由乡财政统筹发放；绩效报酬根据乡年度考核结果核定；"
                "本村享受误工补贴的人员及补贴标准须经村民代表会议讨论决定，"
                "发放名单和金额每季度公开。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "基本报酬按月发放；年度绩效报酬在乡考核结果公布后15个工作日内发放；"
                "误工补贴按季度结算。"
            ),
            "service_commitment": "报酬标准、误工补贴人员名单和发放金额全部公开，接受村民监督。",
            "work_discipline": "不得自定报酬标准或巧立名目发放补贴；不得虚列误工人员和天数。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "擅自提高报酬标准或巧立名目发放补贴的",
                "虚报误工人员、天数套取集体资金的",
                "发放名单和金额未按规定公开的",
            ],
            "responsibilities": {
                "accept": "报账员汇总误工登记表和考核结果。",
                "review": "村务监督委员会核对误工事由、天数和标准。",
                "decide": "误工补贴人员及标准由村民代表会议决定，基本和绩效报酬按乡核定结果执行。",
                "deliver": "通过银行代发到个人账户，不发放现金。",
                "supervise": "村务监督委员会每季度检查发放情况并向村民代表会议报告。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定本村享受误工补贴的人员及补贴标准，须经村民会议或者其授权的村民代表会议"
                        "讨论决定。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县村（社区）干部报酬管理办法》",
                    "article": "",
                    "text": (
                        "规定村（社区）干部报酬由基本报酬和绩效报酬构成，"
                        "绩效报酬与年度考核结果挂钩。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "XK-01",
            "name": "村民建房用地（宅基地）申请初审",
            "category": "行政许可",
            "power_kind": "execution",
            "origin": "delegated",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 胡国良",
            "responsible_office": "村两委",
            "handling_post": "村文书",
            "conditions": (
                "本集体经济组织成员以户为单位申请；符合“一户一宅”、村庄规划和省定面积标准；因无房、"
                "危房或分户等原因确需建房；出卖、出租、赠与住宅后再申请的不予受理。"
            ),
            "time_limit_days": 15,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自受理之日起15个工作日内完成村级审查并报乡便民服务中心，"
                "其中村内公示不少于5个工作日；需现场踏勘的可延长5个工作日。"
            ),
            "service_commitment": "申请条件、材料清单和审查结果公开；材料不全的一次性告知补正。",
            "work_discipline": (
                "不得为不符合条件的农户出具同意意见；不得收取任何费用；"
                "与申请人有亲属关系的应当回避。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035；"
                "清溪自然资源所 电话 0571-64812066"
            ),
            "accountability_cases": [
                "为不符合“一户一宅”条件的申请人出具同意意见的",
                "未经集体讨论和公示即上报的",
                "借审查之机索取、收受财物的",
            ],
            "responsibilities": {
                "accept": "村文书受理农户书面申请，核对户籍、家庭成员和现有住房情况。",
                "review": "村两委组织现场踏勘，提交竹坞村股份经济合作社或村民小组会议讨论。",
                "decide": (
                    "讨论通过并公示无异议后签署村级审查意见，本村只负责初审，审批由乡人民政府作出。"
                ),
                "deliver": "将申请材料报乡便民服务中心，审批结果在村内公开。",
                "supervise": (
                    "配合乡开展“开工放样、竣工验收”到场，发现未批先建、超面积建房的及时报告。"
                ),
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国土地管理法》",
                    "article": "第六十二条",
                    "text": (
                        "规定农村村民一户只能拥有一处宅基地，面积不得超过省级规定标准；"
                        "农村村民住宅用地由乡（镇）人民政府审核批准。"
                    ),
                },
                {
                    "rank": "regulation",
                    "document": "《中华人民共和国土地管理法实施条例》",
                    "article": "第三十四条",
                    "text": (
                        "规定农村村民以户为单位向农村集体经济组织（未设立的向村民小组或村民委员会）"
                        "提出宅基地申请，经集体讨论通过并公示后报乡（镇）人民政府审核批准。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》",
                    "article": "",
                    "text": (
                        "要求村级组织对宅基地申请进行审查，乡镇政府建立一个窗口受理、"
                        "多部门联动的审批机制，并实行到场放样和竣工验收。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GF-01",
            "name": "低保、临时救助申请初审",
            "category": "行政给付",
            "power_kind": "execution",
            "origin": "entrusted",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 胡国良",
            "responsible_office": "村两委",
            "handling_post": "民政协理员",
            "conditions": (
                "本村户籍或居住的困难家庭申请最低生活保障、临时救助等社会救助，由村委会协助受理、"
                "入户核实和民主评议，提出初步意见后报乡人民政府审核确认。"
            ),
            "time_limit_days": 3,
            "time_limit_type": "working",
            "time_limit_rule": (
                "收到申请材料后3个工作日内报乡；乡人民政府审核确认全程一般不超过25个工作日，"
                "特殊情况可延长至40个工作日。"
            ),
            "service_commitment": "申请条件、办理流程和公示结果公开；代办全程免费。",
            "work_discipline": "不得优亲厚友、人情保、关系保；与申请人有利害关系的应当回避。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035；"
                "乡社会事务办 电话 0571-64812025"
            ),
            "accountability_cases": [
                "为不符合条件的家庭出具虚假证明的",
                "优亲厚友、人情保、关系保的",
                "拖延上报或遗漏困难群众申请的",
            ],
            "responsibilities": {
                "accept": "民政协理员受理或代为提出申请，一次性告知所需材料。",
                "review": "配合乡人民政府入户调查，组织民主评议。",
                "decide": "本村只负责初审，审核确认由乡人民政府作出。",
                "deliver": "在村务公开栏公示审核结果，告知申请人。",
                "supervise": "协助开展动态管理，发现不再符合条件的及时报告。",
            },
            "legal_bases": [
                {
                    "rank": "regulation",
                    "document": "《社会救助暂行办法》",
                    "article": "第九条",
                    "text": (
                        "规定对共同生活的家庭成员人均收入低于当地最低生活保障标准且财产状况符合规定"
                        "的家庭给予最低生活保障。"
                    ),
                },
                {
                    "rank": "regulation",
                    "document": "《社会救助暂行办法》",
                    "article": "第十一条",
                    "text": (
                        "规定最低生活保障的申请、调查核实、公示和审批程序，"
                        "申请有困难的可委托村（居）民委员会代为提出。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [
                {
                    "code": "GF-01-1",
                    "name": "最低生活保障申请初审",
                    "category": "行政给付",
                    "power_kind": "execution",
                    "origin": "entrusted",
                    "first_review_only": True,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "村委会主任 胡国良",
                    "responsible_office": "村两委",
                    "handling_post": "民政协理员",
                    "conditions": (
                        "共同生活家庭成员人均收入低于县最低生活保障标准且家庭财产符合规定；"
                        "由申请人向乡人民政府提出，申请有困难的可委托村委会代为提出。"
                    ),
                    "time_limit_days": 3,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "收到申请材料后3个工作日内报送乡社会事务办；配合乡入户调查后5个工作日内组织"
                        "民主评议；审核结果在村公示7天。"
                    ),
                    "service_commitment": (
                        "代办全程免费，申请人家庭信息严格保密，公示内容不含身份证号码等敏感信息。"
                    ),
                    "work_discipline": (
                        "不得优亲厚友、人情保、关系保；村干部近亲属申请的应当备案并回避评议。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035；"
                        "乡社会事务办 电话 0571-64812025"
                    ),
                    "accountability_cases": [
                        "为不符合条件的家庭出具虚假证明的",
                        "优亲厚友、人情保、关系保的",
                        "泄露申请人家庭隐私的",
                    ],
                    "responsibilities": {
                        "accept": (
                            "民政协理员受理或代为提出申请，指导填写家庭经济状况申报表和授权核对书。"
                        ),
                        "review": (
                            "配合乡人民政府入户调查、邻里访问，组织民主评议并如实记录评议意见。"
                        ),
                        "decide": "本村只提出初步意见，审核确认由乡人民政府作出。",
                        "deliver": (
                            "在村务公开栏公示审核结果7天，向申请人告知确认或不予确认的结果。"
                        ),
                        "supervise": "协助乡开展低保对象定期核查，发现家庭情况变化的及时报告。",
                    },
                    "legal_bases": [
                        {
                            "rank": "regulation",
                            "document": "《社会救助暂行办法》",
                            "article": "第十一条",
                            "text": (
                                "规定最低生活保障由申请人向乡镇人民政府提出，"
                                "申请有困难的可委托村（居）民委员会代为提出；"
                                "乡镇人民政府调查核实后在村、社区公示。"
                            ),
                        },
                        {
                            "rank": "normative",
                            "document": "《最低生活保障审核确认办法》",
                            "article": "",
                            "text": (
                                "规定村（居）民委员会协助乡镇人民政府开展低保申请受理、"
                                "家庭经济状况调查、民主评议和公示等工作。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
                {
                    "code": "GF-01-2",
                    "name": "临时救助申请初审",
                    "category": "行政给付",
                    "power_kind": "execution",
                    "origin": "entrusted",
                    "first_review_only": True,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "村委会主任 胡国良",
                    "responsible_office": "村两委",
                    "handling_post": "民政协理员",
                    "conditions": (
                        "因火灾、交通事故等意外事件或家庭成员突发重大疾病等原因，"
                        "导致基本生活暂时出现严重困难的家庭或个人。"
                    ),
                    "time_limit_days": 1,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "一般临时救助申请在1个工作日内报送乡社会事务办；情况紧急的当日电话报告，"
                        "乡可先行救助后补办手续。"
                    ),
                    "service_commitment": "急难情形当日上报，不让困难群众在求助中等待。",
                    "work_discipline": "不得拖延上报急难求助；不得代替乡人民政府作出救助决定。",
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035；"
                        "乡社会事务办 电话 0571-64812025"
                    ),
                    "accountability_cases": [
                        "接到急难求助后拖延不报造成严重后果的",
                        "虚报困难情形骗取救助资金的",
                    ],
                    "responsibilities": {
                        "accept": "民政协理员受理求助，了解困难情形并登记。",
                        "review": "走访核实困难原因和家庭基本情况。",
                        "decide": "本村只提出初步意见，救助决定由乡人民政府作出。",
                        "deliver": "将救助结果告知申请人，按规定公示。",
                        "supervise": "跟踪受助家庭困难情况，需长期救助的引导申请其他社会救助。",
                    },
                    "legal_bases": [
                        {
                            "rank": "regulation",
                            "document": "《社会救助暂行办法》",
                            "article": "",
                            "text": (
                                "规定国家对因意外事件、突发重大疾病等原因导致基本生活暂时出现严重困"
                                "难的家庭或个人给予临时救助，情况紧急的可先行救助。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
            ],
        },
        {
            "code": "GF-02",
            "name": "涉农补贴发放核实",
            "category": "行政给付",
            "power_kind": "execution",
            "origin": "entrusted",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 胡国良",
            "responsible_office": "村两委",
            "handling_post": "村文书",
            "conditions": (
                "耕地地力保护补贴、种粮补贴等涉农补贴，按乡农业农村办下发的底册逐户核实种植面积、"
                "户主信息和“一卡通”账号；补贴对象和金额在村内公示不少于7天。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自收到乡下发底册之日起10个工作日内完成核实并报乡，其中公示期不少于7天；"
                "需实地丈量的可延长5个工作日。"
            ),
            "service_commitment": (
                "补贴政策、补贴对象、面积和金额逐户公开，群众有异议的当场登记、3个工作日内复核。"
            ),
            "work_discipline": "不得虚报、多报补贴面积；不得代领、截留、挪用补贴资金或“一卡通”。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035；"
                "乡农业农村办 电话 0571-64812041"
            ),
            "accountability_cases": [
                "虚报、多报补贴面积或冒名领取补贴的",
                "截留、代管群众“一卡通”的",
                "补贴对象和金额未按规定公示的",
            ],
            "responsibilities": {
                "accept": "村文书接收乡下发的补贴底册，告知农户核实时间。",
                "review": "逐户核对面积、户主和账号信息，必要时实地丈量。",
                "decide": "本村只负责核实，补贴发放由乡和县主管部门审核决定。",
                "deliver": "核实结果公示7天，无异议后签字盖章报乡。",
                "supervise": "村务监督委员会抽查核实结果，补贴到账后配合开展回访。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《财政部 农业部关于全面推开农业“三项补贴”改革工作的通知》",
                    "article": "",
                    "text": (
                        "规定将农作物良种补贴、种粮农民直接补贴和农资综合补贴合并为耕地地力保护补贴"
                        "，补贴资金通过“一卡通”直接兑现到户。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定政府拨付和接受社会捐赠的救灾救助、补贴补助等资金、"
                        "物资的管理使用情况应当及时公布。"
                    ),
                },
            ],
            "status": "returned",
            "returned_reason": (
                "乡农业农村办通知要求核实结果在7个工作日内报乡，请核对办理时限；"
                "公示照片存档要求未写明，请补充后重新提交。（乡农业农村办 审核）"
            ),
            "sub_items": [],
        },
        {
            "code": "BM-01",
            "name": "出具证明及印章使用",
            "category": "便民服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 胡国良",
            "responsible_office": "村委会",
            "handling_post": "村文书",
            "conditions": (
                "申请人持本人身份证件和相关材料到村便民服务中心办理；"
                "仅对本村范围内能够核实的事实出具证明，印章使用须审批登记。"
            ),
            "time_limit_days": 1,
            "time_limit_type": "working",
            "time_limit_rule": "材料齐全、事实清楚的当场办结；需调查核实的3个工作日内办结。",
            "service_commitment": "一次性告知所需材料，能当场办的不让群众跑第二次。",
            "work_discipline": "不得出具虚假证明；不得在空白文书上盖章；不得收取任何费用。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035"
            ),
            "accountability_cases": [
                "出具虚假证明或在空白文书上盖章的",
                "对已取消的证明事项仍要求群众提供的",
                "刁难群众、无故拖延办理的",
            ],
            "responsibilities": {
                "accept": "村文书受理申请，登记事由。",
                "review": "核实证明事项或用印文件内容。",
                "decide": "村委会主任或分管负责人签字同意。",
                "deliver": "出具证明或用印后登记台账。",
                "supervise": "村务监督委员会每月核对证明和用印台账。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《国务院办公厅关于做好证明事项清理工作的通知》",
                    "article": "",
                    "text": "要求清理没有法律法规依据的证明事项，减少群众办事需提交的证明材料。",
                },
                {
                    "rank": "normative",
                    "document": "《青山县村级小微权力清单（试行）》",
                    "article": "",
                    "text": "将出具证明和印章使用列为村级便民服务事项，明确办理流程和时限。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [
                {
                    "code": "BM-01-1",
                    "name": "出具证明",
                    "category": "便民服务",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "村委会主任 胡国良",
                    "responsible_office": "村委会",
                    "handling_post": "村文书",
                    "conditions": (
                        "仅对本村范围内能够核实的事实出具证明；已列入取消目录的证明事项、"
                        "可通过部门信息共享或告知承诺办理的事项不再出具。"
                    ),
                    "time_limit_days": 1,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "事实清楚、材料齐全的当场办结；需调查核实的3个工作日内办结。"
                    ),
                    "service_commitment": (
                        "证明事项清单在村便民服务中心公开，不出具的当场说明理由。"
                    ),
                    "work_discipline": (
                        "不得出具虚假证明；不得对无法核实的事项出具证明；不得收取费用。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035"
                    ),
                    "accountability_cases": [
                        "出具虚假证明的",
                        "对已取消的证明事项仍要求群众提供或出具的",
                    ],
                    "responsibilities": {
                        "accept": "村文书受理申请，查验申请人身份和相关材料。",
                        "review": "核实证明事项的事实情况，必要时走访调查。",
                        "decide": "由村委会主任签字同意后出具。",
                        "deliver": "当场交付申请人，并登记证明出具台账。",
                        "supervise": "定期检查证明台账，发现不实证明及时收回更正。",
                    },
                    "legal_bases": [
                        {
                            "rank": "normative",
                            "document": "《国务院办公厅关于做好证明事项清理工作的通知》",
                            "article": "",
                            "text": (
                                "要求全面清理各类证明事项，凡没有法律法规依据的一律取消，"
                                "能够通过信息共享核查的不再要求群众提供证明。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
                {
                    "code": "BM-01-2",
                    "name": "印章使用管理",
                    "category": "便民服务",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "村党支部书记 胡国良",
                    "responsible_office": "村两委",
                    "handling_post": "村文书",
                    "conditions": (
                        "竹坞村党支部、村委会、村务监督委员会、竹坞村股份经济合作社印章分别由指定专"
                        "人保管；用印须经分管负责人签字同意，逐项登记用印事由、份数和经办人。"
                    ),
                    "time_limit_days": 1,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "用印审批当日办理；印章原则上不得带离办公场所，"
                        "确需外带的须两人同行并当日归还。"
                    ),
                    "service_commitment": "用印登记簿随时可查，村务监督委员会每月核对。",
                    "work_discipline": (
                        "严禁在空白纸张、空白介绍信、空白合同上盖章；严禁私自携带印章外出。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035"
                    ),
                    "accountability_cases": [
                        "在空白文书上加盖印章的",
                        "未经审批或未登记擅自用印的",
                        "私自携带印章外出造成不良后果的",
                    ],
                    "responsibilities": {
                        "accept": "经办人提出用印申请，说明用印事由。",
                        "review": "分管负责人审核用印文件内容。",
                        "decide": "签字同意后由保管人用印。",
                        "deliver": "保管人登记用印台账。",
                        "supervise": "村务监督委员会每月核对用印台账与存档文件。",
                    },
                    "legal_bases": [
                        {
                            "rank": "normative",
                            "document": "《青山县村级小微权力清单（试行）》",
                            "article": "",
                            "text": (
                                "将出具证明和加盖印章列为村级便民服务事项，要求印章专人保管、"
                                "用印审批登记。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
            ],
        },
        {
            "code": "BM-02",
            "name": "居住情况证明出具",
            "category": "便民服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 胡国良",
            "responsible_office": "村委会",
            "handling_post": "村文书",
            "conditions": (
                "为在本村实际居住的村民和新居民出具居住情况证明，用于申领居住证、子女入学等；"
                "协助办理户籍迁移、生育登记等事项的材料准备和网上申报。"
            ),
            "time_limit_days": 1,
            "time_limit_type": "working",
            "time_limit_rule": "居住事实清楚的当场出具；需走访核实的2个工作日内办结。",
            "service_commitment": "帮办代办全程免费，可在村便民服务中心代为网上申报。",
            "work_discipline": "不得为未在本村居住的人员出具居住证明；不得收取任何费用。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035；"
                "清溪派出所 电话 0571-64812110"
            ),
            "accountability_cases": [
                "为未实际居住人员出具居住证明的",
                "借代办之机收取费用的",
            ],
            "responsibilities": {
                "accept": "村文书受理申请，查验身份证件和租住、房产等材料。",
                "review": "通过网格员走访或房东确认核实居住情况。",
                "decide": "村委会主任签字同意后出具证明。",
                "deliver": "当场交付或协助网上提交申报材料。",
                "supervise": "建立代办台账，跟踪办理结果。",
            },
            "legal_bases": [
                {
                    "rank": "regulation",
                    "document": "《居住证暂行条例》",
                    "article": "",
                    "text": (
                        "规定公民离开常住户口所在地到其他城市居住半年以上，符合合法稳定就业、"
                        "合法稳定住所或连续就读条件之一的，可以申领居住证。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《国务院办公厅关于做好证明事项清理工作的通知》",
                    "article": "",
                    "text": "要求保留的证明事项实行清单管理，公布开具单位和办理指南。",
                },
            ],
            "status": "submitted",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JT-01",
            "name": "集体经济合同签订和管理",
            "category": "集体管理事务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 胡国良",
            "responsible_office": "村两委、竹坞村股份经济合作社",
            "handling_post": "报账员",
            "conditions": (
                "村集体对外签订的承包、租赁、工程、采购等经济合同，"
                "须依据村民代表会议决议或村两委决定签订；合同文本优先使用县农业农村局示范文本；"
                "签订后5个工作日内报乡“三资”代理服务中心备案。"
            ),
            "time_limit_days": 5,
            "time_limit_type": "working",
            "time_limit_rule": (
                "合同签订后5个工作日内备案；合同到期前30日提醒续签或收回；"
                "应收款逾期10日的书面催收。"
            ),
            "service_commitment": "合同台账和履行情况每半年公开一次。",
            "work_discipline": (
                "不得以个人名义代表集体签订合同；不得擅自变更合同条款或减免应收款项。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "未经集体决策擅自签订、变更合同的",
                "合同未备案或应收款长期未催收造成损失的",
                "签订显失公平的合同损害集体利益的",
            ],
            "responsibilities": {
                "accept": "报账员受理合同签订申请，核对集体决策文件。",
                "review": "村两委审查合同条款，必要时请乡法律顾问审核。",
                "decide": "由村委会主任代表村集体签订合同。",
                "deliver": "合同报乡“三资”代理服务中心备案，录入合同台账。",
                "supervise": "村务监督委员会监督合同履行和款项收缴。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第四百六十五条",
                    "text": (
                        "规定依法成立的合同受法律保护，仅对当事人具有法律约束力，"
                        "法律另有规定的除外。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第五百零九条",
                    "text": "规定当事人应当按照约定全面履行自己的义务，并遵循诚信原则。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JT-02",
            "name": "村民代表会议组织",
            "category": "集体管理事务",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村党支部书记 胡国良",
            "responsible_office": "村委会",
            "handling_post": "村文书",
            "conditions": (
                "村民代表会议由村委会召集，一般每季度召开一次；五分之一以上村民代表提议的应当召集；"
                "须有三分之二以上组成人员参加方可召开，所作决定经到会人员过半数同意。"
            ),
            "time_limit_days": 3,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "会议通知和议题至少提前3天送达全体村民代表；会议记录在会后2个工作日内整理归档，"
                "决议按规定公开。"
            ),
            "service_commitment": "会议议题、出席情况和表决结果公开，村民可列席旁听。",
            "work_discipline": "不得临时增加未经通知的重大议题；不得代签、代表决。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035"
            ),
            "accountability_cases": [
                "到会人数不足仍作出决定的",
                "伪造会议记录或代签代表决的",
                "应当召集而拒不召集的",
            ],
            "responsibilities": {
                "accept": "村文书收集议题，拟定会议通知。",
                "review": "村两委审定会议议题和材料。",
                "decide": "会议按议程表决，当场宣布表决结果。",
                "deliver": "会议决议在村务公开栏公开。",
                "supervise": "村务监督委员会列席会议并监督决议执行。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定村民代表会议由村民委员会召集，每季度召开一次，"
                        "有三分之二以上组成人员参加方可召开，所作决定应当经到会人员过半数同意。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JT-03",
            "name": "村级项目竣工验收",
            "category": "集体管理事务",
            "power_kind": "supervision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": True,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 胡国良",
            "responsible_office": "村两委、村务监督委员会",
            "handling_post": "村委会主任",
            "conditions": (
                "项目完工后由施工方提出验收申请；2万元以上的项目由村两委成员、村务监督委员会成员、"
                "村民代表和乡相关站所人员不少于5人组成验收小组；8万元以上的项目须经乡审计或委托第三"
                "方审计后方可办理结算；验收结果公示不少于5天。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自收到施工方竣工验收申请之日起10个工作日内组织验收；"
                "需审计的项目以审计报告出具日期为结算起算日。"
            ),
            "service_commitment": "验收记录、审计结论和结算金额全部公开。",
            "work_discipline": "验收人员不得接受施工方宴请和财物；不合格工程不得签字验收。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "验收人数不足5人或未实地验收即签字的",
                "8万元以上项目未经审计即结算付款的",
                "对不合格工程出具合格验收意见的",
            ],
            "responsibilities": {
                "accept": "村委会主任受理施工方竣工验收申请，收集竣工资料。",
                "review": "验收小组实地查验工程量和质量，核对合同和变更签证。",
                "decide": "验收小组集体出具验收意见，8万元以上项目送审计。",
                "deliver": "验收意见和审计结论在村务公开栏公示5天。",
                "supervise": "村务监督委员会监督结算付款和质保期内的维修责任落实。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《青山县村级小微权力清单（试行）》",
                    "article": "",
                    "text": (
                        "规定村级工程项目2万元以上由不少于5人组成验收小组验收，"
                        "8万元以上须经审计后结算。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县村级工程建设项目招投标管理办法》",
                    "article": "",
                    "text": (
                        "规定村级工程项目竣工后应当组织验收，验收合格并按规定审计后方可支付工程款。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "RS-01",
            "name": "党员发展工作",
            "category": "人事管理",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村党支部书记 胡国良",
            "responsible_office": "竹坞村党支部",
            "handling_post": "村党支部书记",
            "conditions": (
                "年满十八岁，承认党的纲领和章程，愿意参加党的一个组织并在其中积极工作、"
                "执行党的决议和按期交纳党费；按入党申请、入党积极分子培养考察、发展对象确定、"
                "预备党员接收、预备党员转正等程序进行；年度发展计划报乡党委审批。"
            ),
            "time_limit_days": None,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "入党积极分子培养考察时间一般不少于一年；发展对象接收为预备党员前公示不少于5个工作"
                "日；预备期为一年。"
            ),
            "service_commitment": "发展程序、发展对象和公示结果公开，接受党员群众监督。",
            "work_discipline": "坚持标准、严格程序，不得突击发展、违规发展或“带病入党”。",
            "accountability": (
                "违反发展党员工作程序的，由乡党委依照《中国共产党纪律处分条例》追究竹坞村党支部书记"
                "和相关人员责任；违规发展的党员按规定予以纠正。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035；"
                "乡党委组织办 电话 0571-64812018"
            ),
            "accountability_cases": [
                "违反程序突击发展或违规发展党员的",
                "弄虚作假、伪造入党材料的",
                "发展对象公示期间收到反映未核查即接收的",
            ],
            "responsibilities": {
                "accept": "竹坞村党支部收到入党申请后一个月内派人谈话。",
                "review": (
                    "经党员推荐、群团组织推优确定入党积极分子，培养考察一年以上后确定发展对象。"
                ),
                "decide": (
                    "发展对象经乡党委预审、公示后，由支部大会讨论接收为预备党员，报乡党委审批。"
                ),
                "deliver": "乡党委审批后通知本人并在党员大会上宣布。",
                "supervise": "预备期满由支部大会讨论转正，报乡党委审批。",
            },
            "legal_bases": [
                {
                    "rank": "",
                    "document": "《中国共产党章程》",
                    "article": "第五条",
                    "text": (
                        "规定发展党员必须经过党的支部，坚持个别吸收的原则；"
                        "申请入党的人要有两名正式党员作介绍人，经支部大会通过和上级党组织批准，"
                        "并经过预备期考察。"
                    ),
                },
                {
                    "rank": "",
                    "document": "《中国共产党发展党员工作细则》",
                    "article": "",
                    "text": (
                        "规定发展党员的入党申请、培养教育、发展对象确定、预备党员接收和转正等程序。"
                    ),
                },
            ],
            "status": "draft",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GG-01",
            "name": "村务公开",
            "category": "公共服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村党支部书记 胡国良",
            "responsible_office": "村两委、村务监督委员会",
            "handling_post": "村文书",
            "conditions": (
                "一般事项至少每季度公开一次；财务收支每月公开一次；涉及村民利益的重大事项随时公开；"
                "公开内容经村务监督委员会审核签字后，在村务公开栏、电子显示屏和村务微信群同步公开。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "每月10日前公开上月财务收支；重大事项在决定之日起5个工作日内公开；"
                "村民对公开内容提出异议的，10日内予以答复。"
            ),
            "service_commitment": "公开目录、公开时间和公开内容保持一致，过期公开资料归档备查。",
            "work_discipline": "不得选择性公开、虚假公开或逾期公开；不得公开涉及个人隐私的信息。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035"
            ),
            "accountability_cases": [
                "应当公开而未公开或逾期公开的",
                "公开内容不真实、不完整的",
                "对村民异议逾期未答复的",
            ],
            "responsibilities": {
                "accept": "村文书按公开目录收集整理公开资料。",
                "review": "村务监督委员会审核公开内容并签字。",
                "decide": "村党支部书记审定后发布。",
                "deliver": "在公开栏、显示屏和微信群同步公开，拍照存档。",
                "supervise": "村务监督委员会收集村民意见，督促10日内答复。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定村务公开的内容，一般事项至少每季度公布一次，"
                        "集体财务往来较多的财务收支每月公布一次，涉及村民利益的重大事项随时公布。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第二百六十四条",
                    "text": (
                        "规定农村集体经济组织或者村民委员会、村民小组应当依法向本集体成员公布集体财"
                        "产的状况，集体成员有权查阅、复制相关资料。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《村务公开管理规范》（GB/T 40088-2021）",
                    "article": "",
                    "text": "规定村务公开的内容、形式、时间、程序和监督要求，要求编制公开目录。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GG-02",
            "name": "矛盾纠纷排查调处",
            "category": "公共服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 胡国良",
            "responsible_office": "村人民调解委员会",
            "handling_post": "人民调解委员会主任",
            "conditions": (
                "本村村民之间、村民与其他组织之间的婚姻家庭、邻里、宅基地、山林土地承包等民间纠纷，"
                "当事人申请或调委会主动调解；一方明确拒绝调解的不得调解；已由法院、"
                "公安或其他行政机关依法受理或处理的不予受理。"
            ),
            "time_limit_days": 15,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "一般纠纷自受理之日起15日内调结，疑难复杂纠纷不超过30日；"
                "调解不成的告知当事人通过仲裁、行政、司法等途径解决。"
            ),
            "service_commitment": "调解不收费，尊重当事人意愿，调解协议依法可申请司法确认。",
            "work_discipline": (
                "调解员不得偏袒一方、压制当事人；不得泄露当事人隐私；与当事人有利害关系的应当回避。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035；"
                "清溪司法所 电话 0571-64812050"
            ),
            "accountability_cases": [
                "偏袒一方当事人或强迫调解的",
                "泄露当事人隐私、商业秘密的",
                "对可能激化的纠纷不及时报告造成严重后果的",
            ],
            "responsibilities": {
                "accept": "人民调解委员会主任受理调解申请或主动介入，登记纠纷情况。",
                "review": "调查了解纠纷事实，听取双方陈述。",
                "decide": "在平等协商基础上促成当事人自愿达成调解协议。",
                "deliver": "制作调解协议书，当事人签字后各执一份。",
                "supervise": "回访协议履行情况，需要时协助当事人在30日内申请司法确认。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国人民调解法》",
                    "article": "第八条",
                    "text": "规定村民委员会、居民委员会设立人民调解委员会。",
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国人民调解法》",
                    "article": "第十七条",
                    "text": (
                        "规定当事人可以向人民调解委员会申请调解，人民调解委员会也可以主动调解；"
                        "当事人一方明确拒绝调解的，不得调解。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国人民调解法》",
                    "article": "第三十三条",
                    "text": (
                        "规定达成调解协议后，双方当事人可以自调解协议生效之日起三十日内共同向人民法"
                        "院申请司法确认。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JD-01",
            "name": "村务监督",
            "category": "其他",
            "power_kind": "supervision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村务监督委员会主任 朱桂英",
            "responsible_office": "村务监督委员会",
            "handling_post": "村务监督委员会主任",
            "conditions": (
                "村务监督委员会列席村两委联席会议，对村级重大事项决策、财务收支、工程项目、"
                "资产资源处置、惠农政策落实和村务公开等进行监督；每月审核财务票据，"
                "每季度向村民代表会议报告监督情况。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "财务票据每月审核一次；发现问题的3个工作日内向村两委提出纠正建议，"
                "村两委拒不纠正的向乡纪委报告。"
            ),
            "service_commitment": (
                "监督情况每季度向村民代表会议报告并公开，村民反映的问题件件有登记、有回复。"
            ),
            "work_discipline": (
                "监督人员不得兼任村委会成员、报账员，近亲属不得担任村报账员；"
                "不得以监督为名干预正常工作。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035"
            ),
            "accountability_cases": [
                "对发现的违规问题隐瞒不报的",
                "在财务票据审核中走过场、签字不审的",
                "利用监督职权谋取私利的",
            ],
            "responsibilities": {
                "accept": "村务监督委员会受理村民反映的问题，登记监督事项。",
                "review": "查阅会议记录、财务票据和合同资料，开展调查核实。",
                "decide": "集体研究形成监督意见，向村两委提出纠正建议。",
                "deliver": "监督意见书面送达村两委，并在村民代表会议上报告。",
                "supervise": "跟踪整改落实，拒不整改的向乡纪委报告。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定村应当建立村务监督委员会或者其他形式的村务监督机构，负责村民民主理财，"
                        "监督村务公开等制度的落实。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《关于建立健全村务监督委员会的指导意见》",
                    "article": "",
                    "text": (
                        "明确村务监督委员会的人员组成、职责权限和工作方式，监督村级重大事项决策、"
                        "财务管理和村务公开。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JT-04",
            "name": "集体毛竹山林承包经营管理",
            "category": "集体管理事务",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": True,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村党支部书记 胡国良",
            "responsible_office": "村两委、竹坞村股份经济合作社",
            "handling_post": "村委会主任",
            "conditions": (
                "村集体统一经营的毛竹山林发包或流转林地经营权，须经村民会议三分之二以上成员或三分之"
                "二以上村民代表同意并公示，通过招标、拍卖、公开协商等方式进行；"
                "承包期内不得改变林地用途。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "承包方案公示不少于5个工作日；合同签订后5个工作日内报乡“三资”代理服务中心备案。"
            ),
            "service_commitment": "承包方案、成交结果和承包费收缴情况公开。",
            "work_discipline": "不得低价发包山林；不得以个人名义签订承包合同。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 朱桂英 电话 0571-64823035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036；乡林业站 电话 0571-64812045"
            ),
            "accountability_cases": [
                "未经民主程序擅自发包集体山林的",
                "低价发包或与承包方串通的",
                "承包费未及时入账的",
            ],
            "responsibilities": {
                "accept": "村两委提出发包需求，核实山林四至和面积。",
                "review": "商议承包方案，确定底价和方式。",
                "decide": "村民代表会议表决，三分之二以上同意后公开发包。",
                "deliver": "公示成交结果，签订合同并备案。",
                "supervise": "村务监督委员会监督林地用途和承包费收缴。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国森林法》",
                    "article": "",
                    "text": (
                        "规定集体统一经营的林地经营权流转，须经本集体经济组织成员的村民会议三分之二"
                        "以上成员或者三分之二以上村民代表同意并公示，可以通过招标、拍卖、"
                        "公开协商等方式依法流转。"
                    ),
                },
            ],
            "status": "submitted",
            "returned_reason": "",
            "sub_items": [],
        },
    ],
}


_QX_V04 = {
    "code": "QX-V04",
    "name": "桃源村",
    "kind": "village",
    "address": "青山县清溪乡桃源村桃花坞3号",
    "phone": "0571-64824001",
    "first_responsible": "方志强",
    "first_responsible_title": "村党支部书记",
    "posts": [
        {
            "name": "村党支部书记",
            "holder": "方志强",
            "duties": (
                "主持村党支部全面工作，负责村级重大事项提议和“四议两公开”组织实施，"
                "是本村权力公开透明运行第一责任人。"
            ),
            "manages_people": True,
            "manages_money": True,
            "manages_goods": True,
            "manages_affairs": True,
        },
        {
            "name": "村委会主任",
            "holder": "俞海明",
            "duties": (
                "主持村委会日常工作，在限额内审批村级财务开支，组织实施村民代表会议决议和村级工程项"
                "目。"
            ),
            "manages_people": False,
            "manages_money": True,
            "manages_goods": True,
            "manages_affairs": True,
        },
        {
            "name": "村务监督委员会主任",
            "holder": "叶淑芬",
            "duties": "主持村务监督委员会工作，审核村级财务票据，监督村务公开和重大事项决策执行。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "报账员",
            "holder": "蔡金龙",
            "duties": (
                "负责村级收支票据审核汇总，按月到乡“三资”代理服务中心报账，"
                "管理合同台账和征地补偿款发放。"
            ),
            "manages_people": False,
            "manages_money": True,
            "manages_goods": False,
            "manages_affairs": False,
        },
        {
            "name": "村文书",
            "holder": "潘晓红",
            "duties": "负责村级会议记录、档案管理、印章保管、证明出具和村务公开资料整理。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "妇联主席",
            "holder": "许春燕",
            "duties": "负责妇女儿童权益保障、家庭教育和困难家庭走访，参与救助对象民主评议。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "民政协理员",
            "holder": "俞小军",
            "duties": "负责低保、临时救助、残疾人补贴等社会救助事项的受理代办、入户核实和公示。",
            "manages_people": False,
            "manages_money": True,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "人民调解委员会主任",
            "holder": "方长根",
            "duties": "负责本村民间纠纷排查和调解，建立调解台账，做好诉调、访调衔接。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
    ],
    "items": [
        {
            "code": "JC-01",
            "name": "村级重大事项“四议两公开”决策",
            "category": "重大事项决策",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": True,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "村党支部书记 方志强",
            "responsible_office": "村两委",
            "handling_post": "村党支部书记",
            "conditions": (
                "涉及村民切身利益的重大事项，包括村集体经济项目立项、一次性支出5万元以上的事项、"
                "集体资产资源处置、征地补偿费使用分配、宅基地使用方案、公益事业筹资筹劳方案等，"
                "须按“四议两公开”程序决策。抢险救灾等紧急事项可先由村两委集体研究处置，"
                "事后3日内向村民代表会议报告。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "无统一办结时限，按程序节点控制：审议方案至少提前3天送达全体党员；"
                "党员大会须三分之二以上党员到会、全体党员过半数同意；决议作出后2个工作日内公开，"
                "公开期不少于3天；实施结果在事项完成后5个工作日内公开。"
            ),
            "service_commitment": (
                "议题来源、会议记录、表决票和公开照片全程留痕，村民可到村便民服务中心查阅会议记录。"
            ),
            "work_discipline": (
                "不得以村两委会议代替村民代表会议决议；不得拆分项目规避“四议两公开”；"
                "与议题有利害关系的参会人员应当回避表决。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035"
            ),
            "accountability_cases": [
                "未经“四议两公开”程序擅自决定重大事项的",
                "党员大会或村民代表会议到会人数不足仍作出决议的",
                "决议或实施结果未按时公开、公开内容不真实的",
                "擅自变更或拒不执行村民代表会议决议的",
            ],
            "responsibilities": {
                "accept": (
                    "桃源村党总支收集村民、村民代表和村两委成员提出的议题，"
                    "判断是否属于重大事项并登记议题来源。"
                ),
                "review": (
                    "村两委联席会议商议形成初步方案，书面征求乡联村干部意见后提交党员大会审议。"
                ),
                "decide": (
                    "村民代表会议对方案进行表决，到会人员过半数同意方为通过，乡联村干部现场见证。"
                ),
                "deliver": "决议由村文书在村务公开栏和村务微信群公开，涉及具体农户的逐户告知。",
                "supervise": (
                    "村务监督委员会全程监督决议执行，对村民就实施结果提出的异议督促在10日内答复。"
                ),
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定集体经济所得收益的使用、公益事业兴办和筹资筹劳方案、"
                        "集体经济项目立项和承包方案、宅基地使用方案、征地补偿费使用分配方案、"
                        "以借贷租赁等方式处分集体财产等涉及村民利益的事项，"
                        "须经村民会议或者其授权的村民代表会议讨论决定方可办理。"
                    ),
                },
                {
                    "rank": "",
                    "document": "《中国共产党农村基层组织工作条例》",
                    "article": "",
                    "text": (
                        "规定村级重大事项决策实行“四议两公开”：村党组织提议、村“两委”会议商议、"
                        "党员大会审议、村民会议或者村民代表会议决议，决议公开、实施结果公开。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县村级小微权力清单（试行）》",
                    "article": "",
                    "text": (
                        "将村级重大事项决策列为村级公共权力事项首项，明确一次性支出5万元以上的事项"
                        "须履行“四议两公开”程序。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JC-02",
            "name": "村级建设工程招投标",
            "category": "重大事项决策",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": True,
            "is_large_sum": True,
            "leader_in_charge": "村委会主任 俞海明",
            "responsible_office": "村两委",
            "handling_post": "村委会主任",
            "conditions": (
                "使用村集体资金或上级补助资金建设的村级工程项目，立项须先经“四议两公开”程序；"
                "估算价10万元以上的委托乡公共资源交易中心公开招标或邀请招标；2万元以上、"
                "10万元以下的由村两委组织不少于3家具备资质的施工单位公开比选；"
                "2万元以下的由村两委集体确定施工单位。"
            ),
            "time_limit_days": 30,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "自招标（比选）公告发布之日起计算，公告期不少于5个工作日；"
                "中标结果公示3天无异议后7日内签订施工合同。"
            ),
            "service_commitment": (
                "招标公告、比选过程和中标结果全部公开，村民代表和村务监督委员会成员全程参与开标比选"
                "。"
            ),
            "work_discipline": (
                "村干部及其近亲属不得承揽本村工程；不得指定施工单位、泄露标底或化整为零规避招标；"
                "不得收受投标人财物。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035；"
                "乡公共资源交易中心 电话 0571-64812058"
            ),
            "accountability_cases": [
                "应当招标（比选）而未招标或化整为零规避招标的",
                "向投标人泄露标底或与投标人串通的",
                "本人或近亲属违规承揽本村工程项目的",
            ],
            "responsibilities": {
                "accept": (
                    "村两委根据“四议两公开”决议确定项目，编制招标（比选）"
                    "方案报乡公共资源交易中心备案。"
                ),
                "review": (
                    "乡公共资源交易中心或比选小组审查投标单位资格，村务监督委员会成员参与全过程监督"
                    "。"
                ),
                "decide": "按评标（比选）结果确定中标单位，村两委不得改变评标结果。",
                "deliver": "中标结果在村务公开栏公示3天，无异议后由村委会主任与中标单位签订合同。",
                "supervise": (
                    "村务监督委员会监督合同履行和工程质量，工程变更须重新履行集体决策程序。"
                ),
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国招标投标法》",
                    "article": "",
                    "text": (
                        "规定招标投标活动应当遵循公开、公平、公正和诚实信用的原则，"
                        "任何单位和个人不得将依法必须招标的项目化整为零或者以其他方式规避招标。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县村级工程建设项目招投标管理办法》",
                    "article": "",
                    "text": (
                        "明确村级工程项目按估算价分级确定交易方式，限额以上项目进入乡镇公共资源交易"
                        "平台交易。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JC-03",
            "name": "村集体资产资源出租出让处置",
            "category": "重大事项决策",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": True,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "村党支部书记 方志强",
            "responsible_office": "村两委、桃源村股份经济合作社",
            "handling_post": "村委会主任",
            "conditions": (
                "村集体所有的房屋、土地（含“四荒地”）、山林、水面、设备等资产资源的发包、出租、"
                "出让、转让和报废，须经“四议两公开”程序决定；标的额5万元以上或租期超过5年的须进入县"
                "农村产权交易平台公开交易；租期不得超过土地承包剩余期限。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "处置方案公示不少于5个工作日；进场交易按县农村产权交易平台规则执行；"
                "成交后10个工作日内签订合同并报乡“三资”代理服务中心备案。"
            ),
            "service_commitment": (
                "处置方案、底价确定依据、成交结果全部公开，确保集体资产保值增值。"
            ),
            "work_discipline": (
                "不得低价发包、出租集体资产资源；不得以个人名义签订处置合同；不得擅自减免、"
                "延缓收取承包费租金。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "未经民主程序或未进场交易擅自处置集体资产资源的",
                "故意压低底价、暗箱操作造成集体资产流失的",
                "处置收入未及时足额入账的",
            ],
            "responsibilities": {
                "accept": (
                    "桃源村股份经济合作社提出处置需求，村两委对资产现状、权属和处置必要性进行核实。"
                ),
                "review": (
                    "村两委商议形成处置方案，需评估的委托有资质的评估机构评估，方案报党员大会审议。"
                ),
                "decide": (
                    "村民代表会议对处置方案表决，通过后按规定进入县农村产权交易平台公开交易。"
                ),
                "deliver": (
                    "成交结果和合同主要条款在村务公开栏公示，合同报乡“三资”代理服务中心备案。"
                ),
                "supervise": "村务监督委员会监督合同履行和租金收缴，到期资产按程序收回或重新交易。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第二百六十一条",
                    "text": (
                        "规定农民集体所有的不动产和动产属于本集体成员集体所有，土地承包方案、"
                        "集体出资企业所有权变动等事项应当依照法定程序经本集体成员决定。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定以借贷、租赁或者其他方式处分村集体财产，须经村民会议或者其授权的村民代"
                        "表会议讨论决定。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国农村集体经济组织法》",
                    "article": "",
                    "text": (
                        "规定集体财产的经营管理和处分等重大事项，由农村集体经济组织成员大会或者成员"
                        "代表大会依法决定，并向成员公开。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JC-04",
            "name": "征地补偿款使用与分配",
            "category": "重大事项决策",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": True,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "村党支部书记 方志强",
            "responsible_office": "村两委、桃源村股份经济合作社",
            "handling_post": "报账员",
            "conditions": (
                "村集体土地被依法征收、土地补偿费拨付到村后，制定补偿费使用分配方案，"
                "须经村民会议或经授权的村民代表会议讨论决定；分配对象以征收土地预公告发布之日在册的"
                "集体经济组织成员为准，地上附着物和青苗补偿费归其所有权人所有。"
            ),
            "time_limit_days": 30,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "自补偿款到账之日起30日内提出分配方案；方案公示不少于7天；"
                "表决通过后15个工作日内通过银行“一卡通”发放到户，不得以现金发放。"
            ),
            "service_commitment": "分配方案、分配名册和到户金额逐户公开，村民可查询本户分配明细。",
            "work_discipline": (
                "不得截留、挪用、私分征地补偿款；不得擅自扩大或缩小分配对象范围；"
                "留存集体的部分纳入村集体账户统一管理。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "未经村民会议或村民代表会议决定擅自分配征地补偿款的",
                "截留、挪用、虚报冒领征地补偿款的",
                "分配方案和发放结果未按规定公示的",
            ],
            "responsibilities": {
                "accept": "报账员核对补偿款到账金额，村文书按预公告之日在册成员登记分配对象。",
                "review": "村两委商议拟定分配方案，对成员资格有争议的提交村民代表会议认定。",
                "decide": "村民代表会议对分配方案表决，通过后报乡农村集体“三资”代理服务中心备案。",
                "deliver": "分配名册公示7天无异议后，通过银行“一卡通”发放到户并公开发放结果。",
                "supervise": (
                    "村务监督委员会逐笔核对发放记录，留存集体部分的使用另行履行民主决策程序。"
                ),
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国土地管理法》",
                    "article": "第四十八条",
                    "text": (
                        "规定征收土地应当给予公平、合理的补偿，保障被征地农民原有生活水平不降低、"
                        "长远生计有保障，并及时足额支付土地补偿费、安置补助费等费用。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第二百六十一条",
                    "text": (
                        "规定土地补偿费等费用的使用、分配办法，应当依照法定程序经本集体成员决定。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定征地补偿费的使用、分配方案属于须经村民会议或者其授权的村民代表会议讨论"
                        "决定的事项。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "CW-01",
            "name": "村级财务收支审批管理",
            "category": "财务与物资管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 俞海明",
            "responsible_office": "村两委",
            "handling_post": "报账员",
            "conditions": (
                "村级一切收支须取得合法有效票据，由经办人、证明人签字，村务监督委员会审核盖章后，"
                "按限额由村委会主任或村两委集体审批；报账员每月10日前到乡农村集体“三资”"
                "代理服务中心报账；严禁白条入账、坐收坐支。"
            ),
            "time_limit_days": 5,
            "time_limit_type": "working",
            "time_limit_rule": (
                "单据审批在受理后5个工作日内完成；报账员每月10日前集中报账；"
                "需报乡审核的另加3个工作日。"
            ),
            "service_commitment": "收支审批结果和单据明细每月公开，村民可申请查阅原始凭证。",
            "work_discipline": (
                "严格执行“经办人—证明人—村务监督委员会—村委会主任或村两委”签批顺序，不得越级、"
                "代签。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "超越审批权限或未按规定顺序签批的",
                "坐收坐支、公款私存或设立“小金库”的",
                "未经村务监督委员会审核即入账的",
            ],
            "responsibilities": {
                "accept": "报账员受理经办人提交的票据，检查票据要素是否齐全。",
                "review": "村务监督委员会审核票据真实性和合规性，签署审核意见。",
                "decide": "按限额由村委会主任审批或村两委集体研究决定。",
                "deliver": "报账员将审批完毕的单据报乡“三资”代理服务中心记账。",
                "supervise": "村务监督委员会按月对账，财务收支情况每月公开。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《农村集体经济组织财务制度》",
                    "article": "",
                    "text": (
                        "规定农村集体经济组织应当建立健全财务收支审批制度，实行民主理财，"
                        "定期公开财务。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": "规定集体财务往来较多的，财务收支情况应当每月公布一次。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [
                {
                    "code": "CW-01-1",
                    "name": "非生产性开支审批",
                    "category": "财务与物资管理",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "村委会主任 俞海明",
                    "responsible_office": "村两委",
                    "handling_post": "报账员",
                    "conditions": (
                        "办公用品、接待、差旅、水电等非生产性开支：单笔500元以下由村委会主任审批；"
                        "500元以上由村两委集体研究决定；1000元以上的须附村两委会议记录，"
                        "报乡农村集体“三资”代理服务中心审核后列支。"
                    ),
                    "time_limit_days": 5,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "自经办人提交合规票据之日起5个工作日内完成签批；需报乡“三资”"
                        "代理服务中心审核的另加3个工作日。"
                    ),
                    "service_commitment": (
                        "审批权限和签批顺序在村便民服务中心上墙公开，单据审批结果随月度财务公开。"
                    ),
                    "work_discipline": (
                        "严禁白条入账、虚开发票、超标准接待；严禁拆分单据规避集体研究。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035；"
                        "乡农村集体“三资”代理服务中心 电话 0571-64812036"
                    ),
                    "accountability_cases": [
                        "超越审批权限签批开支或拆分单据规避集体研究的",
                        "以白条、虚假票据入账的",
                        "超标准列支接待费用的",
                    ],
                    "responsibilities": {
                        "accept": "经办人填写报销单，附合规发票，证明人签字。",
                        "review": "村务监督委员会审核票据真实性、合规性并签字盖章。",
                        "decide": "按金额由村委会主任签批或村两委集体研究决定。",
                        "deliver": "报账员汇总单据，按月到乡“三资”代理服务中心报账。",
                        "supervise": "村务监督委员会每月复核已报账单据，纳入月度财务公开。",
                    },
                    "legal_bases": [
                        {
                            "rank": "normative",
                            "document": "《农村集体经济组织财务制度》",
                            "article": "",
                            "text": (
                                "规定农村集体经济组织应当建立财务收支审批制度，明确审批权限和程序，"
                                "非生产性开支应当严格控制。"
                            ),
                        },
                        {
                            "rank": "normative",
                            "document": "《清溪乡村级财务管理实施细则》",
                            "article": "",
                            "text": (
                                "规定村级非生产性开支单笔500元以下由村委会主任审批，"
                                "500元以上由村两委集体研究，1000元以上报乡“三资”代理服务中心审核。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
                {
                    "code": "CW-01-2",
                    "name": "生产经营性开支审批",
                    "category": "财务与物资管理",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": True,
                    "leader_in_charge": "村委会主任 俞海明",
                    "responsible_office": "村两委",
                    "handling_post": "报账员",
                    "conditions": (
                        "集体经营项目、生产资料、基础设施维护等生产经营性开支："
                        "单笔5000元以下由村委会主任审批；5000元以上由村两委集体研究决定；"
                        "10000元以上的须附村两委会议记录，报乡农村集体“三资”代理服务中心审核；"
                        "属于重大事项的另行履行“四议两公开”程序。"
                    ),
                    "time_limit_days": 5,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "自经办人提交合规票据之日起5个工作日内完成签批；需报乡“三资”"
                        "代理服务中心审核的另加3个工作日。"
                    ),
                    "service_commitment": (
                        "审批权限和签批顺序在村便民服务中心上墙公开，大额开支在月度财务公开中单列。"
                    ),
                    "work_discipline": (
                        "严禁拆分合同或单据规避集体研究；严禁无合同、无验收支付工程和物资款项。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035；"
                        "乡农村集体“三资”代理服务中心 电话 0571-64812036"
                    ),
                    "accountability_cases": [
                        "超越审批权限签批生产经营性开支的",
                        "无合同、无验收即支付工程或物资款项的",
                        "拆分合同或单据规避集体研究的",
                    ],
                    "responsibilities": {
                        "accept": "经办人持合同、验收单和合规发票填写报销单。",
                        "review": "村务监督委员会审核票据和合同、验收资料并签字盖章。",
                        "decide": "按金额由村委会主任签批或村两委集体研究决定。",
                        "deliver": "报账员汇总单据报乡“三资”代理服务中心审核入账。",
                        "supervise": "村务监督委员会每月复核大额开支，纳入月度财务公开。",
                    },
                    "legal_bases": [
                        {
                            "rank": "normative",
                            "document": "《农村集体经济组织财务制度》",
                            "article": "",
                            "text": (
                                "规定农村集体经济组织的财务收支应当经过审批，"
                                "重大财务事项应当履行民主决策程序。"
                            ),
                        },
                        {
                            "rank": "normative",
                            "document": "《清溪乡村级财务管理实施细则》",
                            "article": "",
                            "text": (
                                "规定村级生产经营性开支单笔5000元以下由村委会主任审批，"
                                "5000元以上由村两委集体研究，10000元以上报乡“三资”"
                                "代理服务中心审核。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
            ],
        },
        {
            "code": "CW-02",
            "name": "村集体采购",
            "category": "财务与物资管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 俞海明",
            "responsible_office": "村两委",
            "handling_post": "报账员",
            "conditions": (
                "单次采购2000元以下的由两名以上经办人共同采购；2000元以上、"
                "5万元以下的由村两委集体确定采购方式，询价比价不少于3家；"
                "5万元以上的委托乡公共资源交易中心组织采购；纳入政府采购目录的按政府采购规定执行。"
            ),
            "time_limit_days": 15,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自村两委确定采购需求之日起15个工作日内完成采购；委托乡公共资源交易中心采购的按其规"
                "则执行。"
            ),
            "service_commitment": (
                "采购需求、询价记录和采购结果随月度财务公开，采购物资登记入库备查。"
            ),
            "work_discipline": (
                "不得指定供应商或与供应商串通；不得拆分采购规避集体研究；不得收受回扣。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "拆分采购规避集体研究或询价比价的",
                "指定供应商、虚报采购价格的",
                "采购物资未登记入库或被挪作私用的",
            ],
            "responsibilities": {
                "accept": "经办人提出采购需求，说明用途、数量和预算。",
                "review": "村两委审查采购必要性，确定采购方式和经办人。",
                "decide": "按询价比价结果确定供应商，金额较大的由村两委集体决定。",
                "deliver": "采购物资验收入库，发票和询价记录交报账员。",
                "supervise": "村务监督委员会抽查采购价格和物资使用情况。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《青山县村级小微权力清单（试行）》",
                    "article": "",
                    "text": (
                        "将村级采购列为村级公共权力事项，规定采购方式按金额分级确定，"
                        "采购过程和结果公开。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《农村集体经济组织财务制度》",
                    "article": "",
                    "text": "规定农村集体经济组织购置物资应当履行审批程序，建立资产台账。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "CW-03",
            "name": "村干部报酬、误工补贴发放",
            "category": "财务与物资管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村党支部书记 方志强",
            "responsible_office": "村两委",
            "handling_post": "报账员",
            "conditions": (
                "村干部基本报酬按县定标准由乡财政统筹发放；绩效报酬根据乡年度考核结果核定；"
                "本村享受误工补贴的人员及补贴标准须经村民代表会议讨论决定，"
                "发放名单和金额每季度公开。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "基本报酬按月发放；年度绩效报酬在乡考核结果公布后15个工作日内发放；"
                "误工补贴按季度结算。"
            ),
            "service_commitment": "报酬标准、误工补贴人员名单和发放金额全部公开，接受村民监督。",
            "work_discipline": "不得自定报酬标准或巧立名目发放补贴；不得虚列误工人员和天数。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "擅自提高报酬标准或巧立名目发放补贴的",
                "虚报误工人员、天数套取集体资金的",
                "发放名单和金额未按规定公开的",
            ],
            "responsibilities": {
                "accept": "报账员汇总误工登记表和考核结果。",
                "review": "村务监督委员会核对误工事由、天数和标准。",
                "decide": "误工补贴人员及标准由村民代表会议决定，基本和绩效报酬按乡核定结果执行。",
                "deliver": "通过银行代发到个人账户，不发放现金。",
                "supervise": "村务监督委员会每季度检查发放情况并向村民代表会议报告。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定本村享受误工补贴的人员及补贴标准，须经村民会议或者其授权的村民代表会议"
                        "讨论决定。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县村（社区）干部报酬管理办法》",
                    "article": "",
                    "text": (
                        "规定村（社区）干部报酬由基本报酬和绩效报酬构成，"
                        "绩效报酬与年度考核结果挂钩。"
                    ),
                },
            ],
            "status": "published_with_draft_edit",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "XK-01",
            "name": "宅基地使用申请初审",
            "category": "行政许可",
            "power_kind": "execution",
            "origin": "delegated",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 俞海明",
            "responsible_office": "村两委",
            "handling_post": "村文书",
            "conditions": (
                "本集体经济组织成员以户为单位申请；符合“一户一宅”、村庄规划和省定面积标准；因无房、"
                "危房或分户等原因确需建房；出卖、出租、赠与住宅后再申请的不予受理。"
            ),
            "time_limit_days": 15,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自受理之日起15个工作日内完成村级审查并报乡便民服务中心，"
                "其中村内公示不少于5个工作日；需现场踏勘的可延长5个工作日。"
            ),
            "service_commitment": "申请条件、材料清单和审查结果公开；材料不全的一次性告知补正。",
            "work_discipline": (
                "不得为不符合条件的农户出具同意意见；不得收取任何费用；"
                "与申请人有亲属关系的应当回避。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035；"
                "清溪自然资源所 电话 0571-64812066"
            ),
            "accountability_cases": [
                "为不符合“一户一宅”条件的申请人出具同意意见的",
                "未经集体讨论和公示即上报的",
                "借审查之机索取、收受财物的",
            ],
            "responsibilities": {
                "accept": "村文书受理农户书面申请，核对户籍、家庭成员和现有住房情况。",
                "review": "村两委组织现场踏勘，提交桃源村股份经济合作社或村民小组会议讨论。",
                "decide": (
                    "讨论通过并公示无异议后签署村级审查意见，本村只负责初审，审批由乡人民政府作出。"
                ),
                "deliver": "将申请材料报乡便民服务中心，审批结果在村内公开。",
                "supervise": (
                    "配合乡开展“开工放样、竣工验收”到场，发现未批先建、超面积建房的及时报告。"
                ),
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国土地管理法》",
                    "article": "第六十二条",
                    "text": (
                        "规定农村村民一户只能拥有一处宅基地，面积不得超过省级规定标准；"
                        "农村村民住宅用地由乡（镇）人民政府审核批准。"
                    ),
                },
                {
                    "rank": "regulation",
                    "document": "《中华人民共和国土地管理法实施条例》",
                    "article": "第三十四条",
                    "text": (
                        "规定农村村民以户为单位向农村集体经济组织（未设立的向村民小组或村民委员会）"
                        "提出宅基地申请，经集体讨论通过并公示后报乡（镇）人民政府审核批准。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》",
                    "article": "",
                    "text": (
                        "要求村级组织对宅基地申请进行审查，乡镇政府建立一个窗口受理、"
                        "多部门联动的审批机制，并实行到场放样和竣工验收。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GF-01",
            "name": "困难群众救助申请初审",
            "category": "行政给付",
            "power_kind": "execution",
            "origin": "entrusted",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 俞海明",
            "responsible_office": "村两委",
            "handling_post": "民政协理员",
            "conditions": (
                "本村户籍或居住的困难家庭申请最低生活保障、临时救助等社会救助，由村委会协助受理、"
                "入户核实和民主评议，提出初步意见后报乡人民政府审核确认。"
            ),
            "time_limit_days": 3,
            "time_limit_type": "working",
            "time_limit_rule": (
                "收到申请材料后3个工作日内报乡；乡人民政府审核确认全程一般不超过25个工作日，"
                "特殊情况可延长至40个工作日。"
            ),
            "service_commitment": "申请条件、办理流程和公示结果公开；代办全程免费。",
            "work_discipline": "不得优亲厚友、人情保、关系保；与申请人有利害关系的应当回避。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035；"
                "乡社会事务办 电话 0571-64812025"
            ),
            "accountability_cases": [
                "为不符合条件的家庭出具虚假证明的",
                "优亲厚友、人情保、关系保的",
                "拖延上报或遗漏困难群众申请的",
            ],
            "responsibilities": {
                "accept": "民政协理员受理或代为提出申请，一次性告知所需材料。",
                "review": "配合乡人民政府入户调查，组织民主评议。",
                "decide": "本村只负责初审，审核确认由乡人民政府作出。",
                "deliver": "在村务公开栏公示审核结果，告知申请人。",
                "supervise": "协助开展动态管理，发现不再符合条件的及时报告。",
            },
            "legal_bases": [
                {
                    "rank": "regulation",
                    "document": "《社会救助暂行办法》",
                    "article": "第九条",
                    "text": (
                        "规定对共同生活的家庭成员人均收入低于当地最低生活保障标准且财产状况符合规定"
                        "的家庭给予最低生活保障。"
                    ),
                },
                {
                    "rank": "regulation",
                    "document": "《社会救助暂行办法》",
                    "article": "第十一条",
                    "text": (
                        "规定最低生活保障的申请、调查核实、公示和审批程序，"
                        "申请有困难的可委托村（居）民委员会代为提出。"
                    ),
                },
            ],
            "status": "confirmed",
            "returned_reason": "",
            "sub_items": [
                {
                    "code": "GF-01-1",
                    "name": "最低生活保障申请初审",
                    "category": "行政给付",
                    "power_kind": "execution",
                    "origin": "entrusted",
                    "first_review_only": True,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "村委会主任 俞海明",
                    "responsible_office": "村两委",
                    "handling_post": "民政协理员",
                    "conditions": (
                        "共同生活家庭成员人均收入低于县最低生活保障标准且家庭财产符合规定；"
                        "由申请人向乡人民政府提出，申请有困难的可委托村委会代为提出。"
                    ),
                    "time_limit_days": 3,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "收到申请材料后3个工作日内报送乡社会事务办；配合乡入户调查后5个工作日内组织"
                        "民主评议；审核结果在村公示7天。"
                    ),
                    "service_commitment": (
                        "代办全程免费，申请人家庭信息严格保密，公示内容不含身份证号码等敏感信息。"
                    ),
                    "work_discipline": (
                        "不得优亲厚友、人情保、关系保；村干部近亲属申请的应当备案并回避评议。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035；"
                        "乡社会事务办 电话 0571-64812025"
                    ),
                    "accountability_cases": [
                        "为不符合条件的家庭出具虚假证明的",
                        "优亲厚友、人情保、关系保的",
                        "泄露申请人家庭隐私的",
                    ],
                    "responsibilities": {
                        "accept": (
                            "民政协理员受理或代为提出申请，指导填写家庭经济状况申报表和授权核对书。"
                        ),
                        "review": (
                            "配合乡人民政府入户调查、邻里访问，组织民主评议并如实记录评议意见。"
                        ),
                        "decide": "本村只提出初步意见，审核确认由乡人民政府作出。",
                        "deliver": (
                            "在村务公开栏公示审核结果7天，向申请人告知确认或不予确认的结果。"
                        ),
                        "supervise": "协助乡开展低保对象定期核查，发现家庭情况变化的及时报告。",
                    },
                    "legal_bases": [
                        {
                            "rank": "regulation",
                            "document": "《社会救助暂行办法》",
                            "article": "第十一条",
                            "text": (
                                "规定最低生活保障由申请人向乡镇人民政府提出，"
                                "申请有困难的可委托村（居）民委员会代为提出；"
                                "乡镇人民政府调查核实后在村、社区公示。"
                            ),
                        },
                        {
                            "rank": "normative",
                            "document": "《最低生活保障审核确认办法》",
                            "article": "",
                            "text": (
                                "规定村（居）民委员会协助乡镇人民政府开展低保申请受理、"
                                "家庭经济状况调查、民主评议和公示等工作。"
                            ),
                        },
                    ],
                    "status": "confirmed",
                    "returned_reason": "",
                    "sub_items": [],
                },
                {
                    "code": "GF-01-2",
                    "name": "临时救助申请初审",
                    "category": "行政给付",
                    "power_kind": "execution",
                    "origin": "entrusted",
                    "first_review_only": True,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "村委会主任 俞海明",
                    "responsible_office": "村两委",
                    "handling_post": "民政协理员",
                    "conditions": (
                        "因火灾、交通事故等意外事件或家庭成员突发重大疾病等原因，"
                        "导致基本生活暂时出现严重困难的家庭或个人。"
                    ),
                    "time_limit_days": 1,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "一般临时救助申请在1个工作日内报送乡社会事务办；情况紧急的当日电话报告，"
                        "乡可先行救助后补办手续。"
                    ),
                    "service_commitment": "急难情形当日上报，不让困难群众在求助中等待。",
                    "work_discipline": "不得拖延上报急难求助；不得代替乡人民政府作出救助决定。",
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035；"
                        "乡社会事务办 电话 0571-64812025"
                    ),
                    "accountability_cases": [
                        "接到急难求助后拖延不报造成严重后果的",
                        "虚报困难情形骗取救助资金的",
                    ],
                    "responsibilities": {
                        "accept": "民政协理员受理求助，了解困难情形并登记。",
                        "review": "走访核实困难原因和家庭基本情况。",
                        "decide": "本村只提出初步意见，救助决定由乡人民政府作出。",
                        "deliver": "将救助结果告知申请人，按规定公示。",
                        "supervise": "跟踪受助家庭困难情况，需长期救助的引导申请其他社会救助。",
                    },
                    "legal_bases": [
                        {
                            "rank": "regulation",
                            "document": "《社会救助暂行办法》",
                            "article": "",
                            "text": (
                                "规定国家对因意外事件、突发重大疾病等原因导致基本生活暂时出现严重困"
                                "难的家庭或个人给予临时救助，情况紧急的可先行救助。"
                            ),
                        },
                    ],
                    "status": "confirmed",
                    "returned_reason": "",
                    "sub_items": [],
                },
            ],
        },
        {
            "code": "GF-02",
            "name": "惠农惠民补贴核实",
            "category": "行政给付",
            "power_kind": "execution",
            "origin": "entrusted",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 俞海明",
            "responsible_office": "村两委",
            "handling_post": "村文书",
            "conditions": (
                "耕地地力保护补贴、种粮补贴等涉农补贴，按乡农业农村办下发的底册逐户核实种植面积、"
                "户主信息和“一卡通”账号；补贴对象和金额在村内公示不少于7天。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自收到乡下发底册之日起10个工作日内完成核实并报乡，其中公示期不少于7天；"
                "需实地丈量的可延长5个工作日。"
            ),
            "service_commitment": (
                "补贴政策、补贴对象、面积和金额逐户公开，群众有异议的当场登记、3个工作日内复核。"
            ),
            "work_discipline": "不得虚报、多报补贴面积；不得代领、截留、挪用补贴资金或“一卡通”。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035；"
                "乡农业农村办 电话 0571-64812041"
            ),
            "accountability_cases": [
                "虚报、多报补贴面积或冒名领取补贴的",
                "截留、代管群众“一卡通”的",
                "补贴对象和金额未按规定公示的",
            ],
            "responsibilities": {
                "accept": "村文书接收乡下发的补贴底册，告知农户核实时间。",
                "review": "逐户核对面积、户主和账号信息，必要时实地丈量。",
                "decide": "本村只负责核实，补贴发放由乡和县主管部门审核决定。",
                "deliver": "核实结果公示7天，无异议后签字盖章报乡。",
                "supervise": "村务监督委员会抽查核实结果，补贴到账后配合开展回访。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《财政部 农业部关于全面推开农业“三项补贴”改革工作的通知》",
                    "article": "",
                    "text": (
                        "规定将农作物良种补贴、种粮农民直接补贴和农资综合补贴合并为耕地地力保护补贴"
                        "，补贴资金通过“一卡通”直接兑现到户。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定政府拨付和接受社会捐赠的救灾救助、补贴补助等资金、"
                        "物资的管理使用情况应当及时公布。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "BM-01",
            "name": "证明出具与印章使用管理",
            "category": "便民服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 俞海明",
            "responsible_office": "村委会",
            "handling_post": "村文书",
            "conditions": (
                "申请人持本人身份证件和相关材料到村便民服务中心办理；"
                "仅对本村范围内能够核实的事实出具证明，印章使用须审批登记。"
            ),
            "time_limit_days": 1,
            "time_limit_type": "working",
            "time_limit_rule": "材料齐全、事实清楚的当场办结；需调查核实的3个工作日内办结。",
            "service_commitment": "一次性告知所需材料，能当场办的不让群众跑第二次。",
            "work_discipline": "不得出具虚假证明；不得在空白文书上盖章；不得收取任何费用。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035"
            ),
            "accountability_cases": [
                "出具虚假证明或在空白文书上盖章的",
                "对已取消的证明事项仍要求群众提供的",
                "刁难群众、无故拖延办理的",
            ],
            "responsibilities": {
                "accept": "村文书受理申请，登记事由。",
                "review": "核实证明事项或用印文件内容。",
                "decide": "村委会主任或分管负责人签字同意。",
                "deliver": "出具证明或用印后登记台账。",
                "supervise": "村务监督委员会每月核对证明和用印台账。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《国务院办公厅关于做好证明事项清理工作的通知》",
                    "article": "",
                    "text": "要求清理没有法律法规依据的证明事项，减少群众办事需提交的证明材料。",
                },
                {
                    "rank": "normative",
                    "document": "《青山县村级小微权力清单（试行）》",
                    "article": "",
                    "text": "将出具证明和印章使用列为村级便民服务事项，明确办理流程和时限。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [
                {
                    "code": "BM-01-1",
                    "name": "出具证明",
                    "category": "便民服务",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "村委会主任 俞海明",
                    "responsible_office": "村委会",
                    "handling_post": "村文书",
                    "conditions": (
                        "仅对本村范围内能够核实的事实出具证明；已列入取消目录的证明事项、"
                        "可通过部门信息共享或告知承诺办理的事项不再出具。"
                    ),
                    "time_limit_days": 1,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "事实清楚、材料齐全的当场办结；需调查核实的3个工作日内办结。"
                    ),
                    "service_commitment": (
                        "证明事项清单在村便民服务中心公开，不出具的当场说明理由。"
                    ),
                    "work_discipline": (
                        "不得出具虚假证明；不得对无法核实的事项出具证明；不得收取费用。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035"
                    ),
                    "accountability_cases": [
                        "出具虚假证明的",
                        "对已取消的证明事项仍要求群众提供或出具的",
                    ],
                    "responsibilities": {
                        "accept": "村文书受理申请，查验申请人身份和相关材料。",
                        "review": "核实证明事项的事实情况，必要时走访调查。",
                        "decide": "由村委会主任签字同意后出具。",
                        "deliver": "当场交付申请人，并登记证明出具台账。",
                        "supervise": "定期检查证明台账，发现不实证明及时收回更正。",
                    },
                    "legal_bases": [
                        {
                            "rank": "normative",
                            "document": "《国务院办公厅关于做好证明事项清理工作的通知》",
                            "article": "",
                            "text": (
                                "要求全面清理各类证明事项，凡没有法律法规依据的一律取消，"
                                "能够通过信息共享核查的不再要求群众提供证明。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
                {
                    "code": "BM-01-2",
                    "name": "印章使用管理",
                    "category": "便民服务",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "村党支部书记 方志强",
                    "responsible_office": "村两委",
                    "handling_post": "村文书",
                    "conditions": (
                        "桃源村党总支、村委会、村务监督委员会、桃源村股份经济合作社印章分别由指定专"
                        "人保管；用印须经分管负责人签字同意，逐项登记用印事由、份数和经办人。"
                    ),
                    "time_limit_days": 1,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "用印审批当日办理；印章原则上不得带离办公场所，"
                        "确需外带的须两人同行并当日归还。"
                    ),
                    "service_commitment": "用印登记簿随时可查，村务监督委员会每月核对。",
                    "work_discipline": (
                        "严禁在空白纸张、空白介绍信、空白合同上盖章；严禁私自携带印章外出。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035"
                    ),
                    "accountability_cases": [
                        "在空白文书上加盖印章的",
                        "未经审批或未登记擅自用印的",
                        "私自携带印章外出造成不良后果的",
                    ],
                    "responsibilities": {
                        "accept": "经办人提出用印申请，说明用印事由。",
                        "review": "分管负责人审核用印文件内容。",
                        "decide": "签字同意后由保管人用印。",
                        "deliver": "保管人登记用印台账。",
                        "supervise": "村务监督委员会每月核对用印台账与存档文件。",
                    },
                    "legal_bases": [
                        {
                            "rank": "normative",
                            "document": "《青山县村级小微权力清单（试行）》",
                            "article": "",
                            "text": (
                                "将出具证明和加盖印章列为村级便民服务事项，要求印章专人保管、"
                                "用印审批登记。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
            ],
        },
        {
            "code": "BM-02",
            "name": "居住证明和户籍事项代办",
            "category": "便民服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 俞海明",
            "responsible_office": "村委会",
            "handling_post": "村文书",
            "conditions": (
                "为在本村实际居住的村民和新居民出具居住情况证明，用于申领居住证、子女入学等；"
                "协助办理户籍迁移、生育登记等事项的材料准备和网上申报。"
            ),
            "time_limit_days": 1,
            "time_limit_type": "working",
            "time_limit_rule": "居住事实清楚的当场出具；需走访核实的2个工作日内办结。",
            "service_commitment": "帮办代办全程免费，可在村便民服务中心代为网上申报。",
            "work_discipline": "不得为未在本村居住的人员出具居住证明；不得收取任何费用。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035；"
                "清溪派出所 电话 0571-64812110"
            ),
            "accountability_cases": [
                "为未实际居住人员出具居住证明的",
                "借代办之机收取费用的",
            ],
            "responsibilities": {
                "accept": "村文书受理申请，查验身份证件和租住、房产等材料。",
                "review": "通过网格员走访或房东确认核实居住情况。",
                "decide": "村委会主任签字同意后出具证明。",
                "deliver": "当场交付或协助网上提交申报材料。",
                "supervise": "建立代办台账，跟踪办理结果。",
            },
            "legal_bases": [
                {
                    "rank": "regulation",
                    "document": "《居住证暂行条例》",
                    "article": "",
                    "text": (
                        "规定公民离开常住户口所在地到其他城市居住半年以上，符合合法稳定就业、"
                        "合法稳定住所或连续就读条件之一的，可以申领居住证。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《国务院办公厅关于做好证明事项清理工作的通知》",
                    "article": "",
                    "text": "要求保留的证明事项实行清单管理，公布开具单位和办理指南。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JT-01",
            "name": "集体经济合同管理",
            "category": "集体管理事务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 俞海明",
            "responsible_office": "村两委、桃源村股份经济合作社",
            "handling_post": "报账员",
            "conditions": (
                "村集体对外签订的承包、租赁、工程、采购等经济合同，"
                "须依据村民代表会议决议或村两委决定签订；合同文本优先使用县农业农村局示范文本；"
                "签订后5个工作日内报乡“三资”代理服务中心备案。"
            ),
            "time_limit_days": 5,
            "time_limit_type": "working",
            "time_limit_rule": (
                "合同签订后5个工作日内备案；合同到期前30日提醒续签或收回；"
                "应收款逾期10日的书面催收。"
            ),
            "service_commitment": "合同台账和履行情况每半年公开一次。",
            "work_discipline": (
                "不得以个人名义代表集体签订合同；不得擅自变更合同条款或减免应收款项。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "未经集体决策擅自签订、变更合同的",
                "合同未备案或应收款长期未催收造成损失的",
                "签订显失公平的合同损害集体利益的",
            ],
            "responsibilities": {
                "accept": "报账员受理合同签订申请，核对集体决策文件。",
                "review": "村两委审查合同条款，必要时请乡法律顾问审核。",
                "decide": "由村委会主任代表村集体签订合同。",
                "deliver": "合同报乡“三资”代理服务中心备案，录入合同台账。",
                "supervise": "村务监督委员会监督合同履行和款项收缴。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第四百六十五条",
                    "text": (
                        "规定依法成立的合同受法律保护，仅对当事人具有法律约束力，"
                        "法律另有规定的除外。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第五百零九条",
                    "text": "规定当事人应当按照约定全面履行自己的义务，并遵循诚信原则。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JT-02",
            "name": "村民代表会议召集",
            "category": "集体管理事务",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村党支部书记 方志强",
            "responsible_office": "村委会",
            "handling_post": "村文书",
            "conditions": (
                "村民代表会议由村委会召集，一般每季度召开一次；五分之一以上村民代表提议的应当召集；"
                "须有三分之二以上组成人员参加方可召开，所作决定经到会人员过半数同意。"
            ),
            "time_limit_days": 3,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "会议通知和议题至少提前3天送达全体村民代表；会议记录在会后2个工作日内整理归档，"
                "决议按规定公开。"
            ),
            "service_commitment": "会议议题、出席情况和表决结果公开，村民可列席旁听。",
            "work_discipline": "不得临时增加未经通知的重大议题；不得代签、代表决。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035"
            ),
            "accountability_cases": [
                "到会人数不足仍作出决定的",
                "伪造会议记录或代签代表决的",
                "应当召集而拒不召集的",
            ],
            "responsibilities": {
                "accept": "村文书收集议题，拟定会议通知。",
                "review": "村两委审定会议议题和材料。",
                "decide": "会议按议程表决，当场宣布表决结果。",
                "deliver": "会议决议在村务公开栏公开。",
                "supervise": "村务监督委员会列席会议并监督决议执行。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定村民代表会议由村民委员会召集，每季度召开一次，"
                        "有三分之二以上组成人员参加方可召开，所作决定应当经到会人员过半数同意。"
                    ),
                },
            ],
            "status": "submitted",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JT-03",
            "name": "村级建设项目验收",
            "category": "集体管理事务",
            "power_kind": "supervision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": True,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 俞海明",
            "responsible_office": "村两委、村务监督委员会",
            "handling_post": "村委会主任",
            "conditions": (
                "项目完工后由施工方提出验收申请；2万元以上的项目由村两委成员、村务监督委员会成员、"
                "村民代表和乡相关站所人员不少于5人组成验收小组；8万元以上的项目须经乡审计或委托第三"
                "方审计后方可办理结算；验收结果公示不少于5天。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自收到施工方竣工验收申请之日起10个工作日内组织验收；"
                "需审计的项目以审计报告出具日期为结算起算日。"
            ),
            "service_commitment": "验收记录、审计结论和结算金额全部公开。",
            "work_discipline": "验收人员不得接受施工方宴请和财物；不合格工程不得签字验收。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "验收人数不足5人或未实地验收即签字的",
                "8万元以上项目未经审计即结算付款的",
                "对不合格工程出具合格验收意见的",
            ],
            "responsibilities": {
                "accept": "村委会主任受理施工方竣工验收申请，收集竣工资料。",
                "review": "验收小组实地查验工程量和质量，核对合同和变更签证。",
                "decide": "验收小组集体出具验收意见，8万元以上项目送审计。",
                "deliver": "验收意见和审计结论在村务公开栏公示5天。",
                "supervise": "村务监督委员会监督结算付款和质保期内的维修责任落实。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《青山县村级小微权力清单（试行）》",
                    "article": "",
                    "text": (
                        "规定村级工程项目2万元以上由不少于5人组成验收小组验收，"
                        "8万元以上须经审计后结算。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县村级工程建设项目招投标管理办法》",
                    "article": "",
                    "text": (
                        "规定村级工程项目竣工后应当组织验收，验收合格并按规定审计后方可支付工程款。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "RS-01",
            "name": "发展党员",
            "category": "人事管理",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村党支部书记 方志强",
            "responsible_office": "桃源村党总支",
            "handling_post": "村党支部书记",
            "conditions": (
                "年满十八岁，承认党的纲领和章程，愿意参加党的一个组织并在其中积极工作、"
                "执行党的决议和按期交纳党费；按入党申请、入党积极分子培养考察、发展对象确定、"
                "预备党员接收、预备党员转正等程序进行；年度发展计划报乡党委审批。"
            ),
            "time_limit_days": None,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "入党积极分子培养考察时间一般不少于一年；发展对象接收为预备党员前公示不少于5个工作"
                "日；预备期为一年。"
            ),
            "service_commitment": "发展程序、发展对象和公示结果公开，接受党员群众监督。",
            "work_discipline": "坚持标准、严格程序，不得突击发展、违规发展或“带病入党”。",
            "accountability": (
                "违反发展党员工作程序的，由乡党委依照《中国共产党纪律处分条例》追究桃源村党总支书记"
                "和相关人员责任；违规发展的党员按规定予以纠正。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035；"
                "乡党委组织办 电话 0571-64812018"
            ),
            "accountability_cases": [
                "违反程序突击发展或违规发展党员的",
                "弄虚作假、伪造入党材料的",
                "发展对象公示期间收到反映未核查即接收的",
            ],
            "responsibilities": {
                "accept": "桃源村党总支收到入党申请后一个月内派人谈话。",
                "review": (
                    "经党员推荐、群团组织推优确定入党积极分子，培养考察一年以上后确定发展对象。"
                ),
                "decide": (
                    "发展对象经乡党委预审、公示后，由支部大会讨论接收为预备党员，报乡党委审批。"
                ),
                "deliver": "乡党委审批后通知本人并在党员大会上宣布。",
                "supervise": "预备期满由支部大会讨论转正，报乡党委审批。",
            },
            "legal_bases": [
                {
                    "rank": "",
                    "document": "《中国共产党章程》",
                    "article": "第五条",
                    "text": (
                        "规定发展党员必须经过党的支部，坚持个别吸收的原则；"
                        "申请入党的人要有两名正式党员作介绍人，经支部大会通过和上级党组织批准，"
                        "并经过预备期考察。"
                    ),
                },
                {
                    "rank": "",
                    "document": "《中国共产党发展党员工作细则》",
                    "article": "",
                    "text": (
                        "规定发展党员的入党申请、培养教育、发展对象确定、预备党员接收和转正等程序。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GG-01",
            "name": "村务、财务公开",
            "category": "公共服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村党支部书记 方志强",
            "responsible_office": "村两委、村务监督委员会",
            "handling_post": "村文书",
            "conditions": (
                "一般事项至少每季度公开一次；财务收支每月公开一次；涉及村民利益的重大事项随时公开；"
                "公开内容经村务监督委员会审核签字后，在村务公开栏、电子显示屏和村务微信群同步公开。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "每月10日前公开上月财务收支；重大事项在决定之日起5个工作日内公开；"
                "村民对公开内容提出异议的，10日内予以答复。"
            ),
            "service_commitment": "公开目录、公开时间和公开内容保持一致，过期公开资料归档备查。",
            "work_discipline": "不得选择性公开、虚假公开或逾期公开；不得公开涉及个人隐私的信息。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035"
            ),
            "accountability_cases": [
                "应当公开而未公开或逾期公开的",
                "公开内容不真实、不完整的",
                "对村民异议逾期未答复的",
            ],
            "responsibilities": {
                "accept": "村文书按公开目录收集整理公开资料。",
                "review": "村务监督委员会审核公开内容并签字。",
                "decide": "村党支部书记审定后发布。",
                "deliver": "在公开栏、显示屏和微信群同步公开，拍照存档。",
                "supervise": "村务监督委员会收集村民意见，督促10日内答复。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定村务公开的内容，一般事项至少每季度公布一次，"
                        "集体财务往来较多的财务收支每月公布一次，涉及村民利益的重大事项随时公布。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第二百六十四条",
                    "text": (
                        "规定农村集体经济组织或者村民委员会、村民小组应当依法向本集体成员公布集体财"
                        "产的状况，集体成员有权查阅、复制相关资料。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《村务公开管理规范》（GB/T 40088-2021）",
                    "article": "",
                    "text": "规定村务公开的内容、形式、时间、程序和监督要求，要求编制公开目录。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GG-02",
            "name": "民间纠纷调解",
            "category": "公共服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 俞海明",
            "responsible_office": "村人民调解委员会",
            "handling_post": "人民调解委员会主任",
            "conditions": (
                "本村村民之间、村民与其他组织之间的婚姻家庭、邻里、宅基地、山林土地承包等民间纠纷，"
                "当事人申请或调委会主动调解；一方明确拒绝调解的不得调解；已由法院、"
                "公安或其他行政机关依法受理或处理的不予受理。"
            ),
            "time_limit_days": 15,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "一般纠纷自受理之日起15日内调结，疑难复杂纠纷不超过30日；"
                "调解不成的告知当事人通过仲裁、行政、司法等途径解决。"
            ),
            "service_commitment": "调解不收费，尊重当事人意愿，调解协议依法可申请司法确认。",
            "work_discipline": (
                "调解员不得偏袒一方、压制当事人；不得泄露当事人隐私；与当事人有利害关系的应当回避。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035；"
                "清溪司法所 电话 0571-64812050"
            ),
            "accountability_cases": [
                "偏袒一方当事人或强迫调解的",
                "泄露当事人隐私、商业秘密的",
                "对可能激化的纠纷不及时报告造成严重后果的",
            ],
            "responsibilities": {
                "accept": "人民调解委员会主任受理调解申请或主动介入，登记纠纷情况。",
                "review": "调查了解纠纷事实，听取双方陈述。",
                "decide": "在平等协商基础上促成当事人自愿达成调解协议。",
                "deliver": "制作调解协议书，当事人签字后各执一份。",
                "supervise": "回访协议履行情况，需要时协助当事人在30日内申请司法确认。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国人民调解法》",
                    "article": "第八条",
                    "text": "规定村民委员会、居民委员会设立人民调解委员会。",
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国人民调解法》",
                    "article": "第十七条",
                    "text": (
                        "规定当事人可以向人民调解委员会申请调解，人民调解委员会也可以主动调解；"
                        "当事人一方明确拒绝调解的，不得调解。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国人民调解法》",
                    "article": "第三十三条",
                    "text": (
                        "规定达成调解协议后，双方当事人可以自调解协议生效之日起三十日内共同向人民法"
                        "院申请司法确认。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JD-01",
            "name": "村务监督委员会监督",
            "category": "其他",
            "power_kind": "supervision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村务监督委员会主任 叶淑芬",
            "responsible_office": "村务监督委员会",
            "handling_post": "村务监督委员会主任",
            "conditions": (
                "村务监督委员会列席村两委联席会议，对村级重大事项决策、财务收支、工程项目、"
                "资产资源处置、惠农政策落实和村务公开等进行监督；每月审核财务票据，"
                "每季度向村民代表会议报告监督情况。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "财务票据每月审核一次；发现问题的3个工作日内向村两委提出纠正建议，"
                "村两委拒不纠正的向乡纪委报告。"
            ),
            "service_commitment": (
                "监督情况每季度向村民代表会议报告并公开，村民反映的问题件件有登记、有回复。"
            ),
            "work_discipline": (
                "监督人员不得兼任村委会成员、报账员，近亲属不得担任村报账员；"
                "不得以监督为名干预正常工作。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035"
            ),
            "accountability_cases": [
                "对发现的违规问题隐瞒不报的",
                "在财务票据审核中走过场、签字不审的",
                "利用监督职权谋取私利的",
            ],
            "responsibilities": {
                "accept": "村务监督委员会受理村民反映的问题，登记监督事项。",
                "review": "查阅会议记录、财务票据和合同资料，开展调查核实。",
                "decide": "集体研究形成监督意见，向村两委提出纠正建议。",
                "deliver": "监督意见书面送达村两委，并在村民代表会议上报告。",
                "supervise": "跟踪整改落实，拒不整改的向乡纪委报告。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定村应当建立村务监督委员会或者其他形式的村务监督机构，负责村民民主理财，"
                        "监督村务公开等制度的落实。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《关于建立健全村务监督委员会的指导意见》",
                    "article": "",
                    "text": (
                        "明确村务监督委员会的人员组成、职责权限和工作方式，监督村级重大事项决策、"
                        "财务管理和村务公开。"
                    ),
                },
            ],
            "status": "returned",
            "returned_reason": (
                "监督事项未单列惠农补贴发放和工程项目验收的监督要求，追责情形过于笼统；"
                "请对照乡纪委下发的村务监督委员会履职清单修改。（乡纪委 审核）"
            ),
            "sub_items": [],
        },
        {
            "code": "BM-03",
            "name": "民宿开办村级意见出具",
            "category": "便民服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "村委会主任 俞海明",
            "responsible_office": "村委会",
            "handling_post": "村文书",
            "conditions": (
                "本村农户利用自有合法住宅开办民宿，房屋产权清晰、无权属纠纷，"
                "符合村庄规划和消防安全要求，邻里无重大异议的，由村委会出具村级意见后向乡便民服务中"
                "心申请登记。"
            ),
            "time_limit_days": 5,
            "time_limit_type": "working",
            "time_limit_rule": "自受理之日起5个工作日内出具意见；需征求邻里意见的可延长3个工作日。",
            "service_commitment": "办理条件和材料清单公开，一次性告知。",
            "work_discipline": (
                "不得为违法建筑、权属不清的房屋出具同意意见；不得收取费用或指定装修、供货单位。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；村务监督委员会 主任 叶淑芬 电话 0571-64824035；"
                "乡旅游办 电话 0571-64812075"
            ),
            "accountability_cases": [
                "为违法建筑出具同意意见的",
                "借出具意见之机索取财物或指定供货单位的",
            ],
            "responsibilities": {
                "accept": "村文书受理申请，查验房屋权属证明。",
                "review": "现场查看房屋，征求相邻农户意见。",
                "decide": "村委会主任签署村级意见，本村只出具意见，登记由乡和县有关部门办理。",
                "deliver": "意见交申请人。",
                "supervise": "配合开展民宿安全检查。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《青山县民宿管理办法（试行）》",
                    "article": "",
                    "text": (
                        "规定民宿开办的条件、村级意见出具和登记程序，以及消防、卫生等安全要求。"
                    ),
                },
            ],
            "status": "draft",
            "returned_reason": "",
            "sub_items": [],
        },
    ],
}


_QX_C01 = {
    "code": "QX-C01",
    "name": "清溪社区",
    "kind": "community",
    "address": "青山县清溪乡清溪街126号（社区党群服务中心）",
    "phone": "0571-64820101",
    "first_responsible": "韩丽华",
    "first_responsible_title": "社区党总支书记",
    "posts": [
        {
            "name": "社区党总支书记",
            "holder": "韩丽华",
            "duties": (
                "主持社区党总支全面工作，负责社区重大事项提议和“四议两公开”组织实施，"
                "是本社区权力公开透明运行第一责任人。"
            ),
            "manages_people": True,
            "manages_money": True,
            "manages_goods": True,
            "manages_affairs": True,
        },
        {
            "name": "居委会主任",
            "holder": "马国强",
            "duties": (
                "主持居委会日常工作，在限额内审批社区财务开支，组织实施居民代表会议决议和社区工程项"
                "目。"
            ),
            "manages_people": False,
            "manages_money": True,
            "manages_goods": True,
            "manages_affairs": True,
        },
        {
            "name": "居务监督委员会主任",
            "holder": "谢红梅",
            "duties": "主持居务监督委员会工作，审核社区财务票据，监督居务公开和重大事项决策执行。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "报账员",
            "holder": "宋佳",
            "duties": (
                "负责社区收支票据审核汇总，按月到乡“三资”代理服务中心报账，"
                "管理合同台账和征地补偿款发放。"
            ),
            "manages_people": False,
            "manages_money": True,
            "manages_goods": False,
            "manages_affairs": False,
        },
        {
            "name": "社区文书",
            "holder": "邹晓敏",
            "duties": "负责社区会议记录、档案管理、印章保管、证明出具和居务公开资料整理。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "妇联主席",
            "holder": "唐雪琴",
            "duties": "负责妇女儿童权益保障、家庭教育和困难家庭走访，参与救助对象民主评议。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "社区民政专干",
            "holder": "陆文娟",
            "duties": "负责低保、临时救助、公租房、养老服务补贴等事项的受理代办、入户核实和公示。",
            "manages_people": False,
            "manages_money": True,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "人民调解委员会主任",
            "holder": "曹建林",
            "duties": "负责本社区民间纠纷排查和调解，建立调解台账，做好诉调、访调衔接。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
    ],
    "items": [
        {
            "code": "JC-01",
            "name": "社区重大事项决策",
            "category": "重大事项决策",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": True,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "社区党总支书记 韩丽华",
            "responsible_office": "社区两委",
            "handling_post": "社区党总支书记",
            "conditions": (
                "涉及居民切身利益的重大事项，包括社区集体经济项目立项、一次性支出5万元以上的事项、"
                "集体资产资源处置、征地补偿费使用分配、原村民建房用地安排、公益事业筹资筹劳方案等，"
                "须按“四议两公开”程序决策。抢险救灾等紧急事项可先由社区两委集体研究处置，"
                "事后3日内向居民代表会议报告。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "无统一办结时限，按程序节点控制：审议方案至少提前3天送达全体党员；"
                "党员大会须三分之二以上党员到会、全体党员过半数同意；决议作出后2个工作日内公开，"
                "公开期不少于3天；实施结果在事项完成后5个工作日内公开。"
            ),
            "service_commitment": (
                "议题来源、会议记录、表决票和公开照片全程留痕，居民可到社区便民服务中心查阅会议记录"
                "。"
            ),
            "work_discipline": (
                "不得以社区两委会议代替居民代表会议决议；不得拆分项目规避“四议两公开”；"
                "与议题有利害关系的参会人员应当回避表决。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135"
            ),
            "accountability_cases": [
                "未经“四议两公开”程序擅自决定重大事项的",
                "党员大会或居民代表会议到会人数不足仍作出决议的",
                "决议或实施结果未按时公开、公开内容不真实的",
                "擅自变更或拒不执行居民代表会议决议的",
            ],
            "responsibilities": {
                "accept": (
                    "清溪社区党总支收集居民、居民代表和社区两委成员提出的议题，"
                    "判断是否属于重大事项并登记议题来源。"
                ),
                "review": (
                    "社区两委联席会议商议形成初步方案，书面征求乡联社区干部意见后提交党员大会审议。"
                ),
                "decide": (
                    "居民代表会议对方案进行表决，到会人员过半数同意方为通过，乡联社区干部现场见证。"
                ),
                "deliver": "决议由社区文书在居务公开栏和居务微信群公开，涉及具体农户的逐户告知。",
                "supervise": (
                    "居务监督委员会全程监督决议执行，对居民就实施结果提出的异议督促在10日内答复。"
                ),
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国城市居民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定涉及全体居民利益的重要问题，居民委员会应当提请居民会议或者居民代表会议"
                        "讨论决定，居民委员会决定问题实行少数服从多数。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《清溪乡村（社区）重大事项“四议两公开”实施细则》",
                    "article": "",
                    "text": (
                        "规定本乡村（社区）重大事项由党组织提议、“两委”商议、党员大会审议、村（居）"
                        "民代表会议决议，决议和实施结果在公开栏公开不少于3天。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县村级小微权力清单（试行）》",
                    "article": "",
                    "text": (
                        "将村级重大事项决策列为村级公共权力事项首项，明确一次性支出5万元以上的事项"
                        "须履行“四议两公开”程序。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JC-02",
            "name": "社区工程项目招投标",
            "category": "重大事项决策",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": True,
            "is_large_sum": True,
            "leader_in_charge": "居委会主任 马国强",
            "responsible_office": "社区两委",
            "handling_post": "居委会主任",
            "conditions": (
                "使用社区集体资金或上级补助资金建设的社区工程项目，立项须先经“四议两公开”程序；"
                "估算价10万元以上的委托乡公共资源交易中心公开招标或邀请招标；2万元以上、"
                "10万元以下的由社区两委组织不少于3家具备资质的施工单位公开比选；"
                "2万元以下的由社区两委集体确定施工单位。"
            ),
            "time_limit_days": 30,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "自招标（比选）公告发布之日起计算，公告期不少于5个工作日；"
                "中标结果公示3天无异议后7日内签订施工合同。"
            ),
            "service_commitment": (
                "招标公告、比选过程和中标结果全部公开，居民代表和居务监督委员会成员全程参与开标比选"
                "。"
            ),
            "work_discipline": (
                "社区干部及其近亲属不得承揽本社区工程；不得指定施工单位、"
                "泄露标底或化整为零规避招标；不得收受投标人财物。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135；"
                "乡公共资源交易中心 电话 0571-64812058"
            ),
            "accountability_cases": [
                "应当招标（比选）而未招标或化整为零规避招标的",
                "向投标人泄露标底或与投标人串通的",
                "本人或近亲属违规承揽本社区工程项目的",
            ],
            "responsibilities": {
                "accept": (
                    "社区两委根据“四议两公开”决议确定项目，编制招标（比选）"
                    "方案报乡公共资源交易中心备案。"
                ),
                "review": (
                    "乡公共资源交易中心或比选小组审查投标单位资格，居务监督委员会成员参与全过程监督"
                    "。"
                ),
                "decide": "按评标（比选）结果确定中标单位，社区两委不得改变评标结果。",
                "deliver": "中标结果在居务公开栏公示3天，无异议后由居委会主任与中标单位签订合同。",
                "supervise": (
                    "居务监督委员会监督合同履行和工程质量，工程变更须重新履行集体决策程序。"
                ),
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国招标投标法》",
                    "article": "",
                    "text": (
                        "规定招标投标活动应当遵循公开、公平、公正和诚实信用的原则，"
                        "任何单位和个人不得将依法必须招标的项目化整为零或者以其他方式规避招标。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县村级工程建设项目招投标管理办法》",
                    "article": "",
                    "text": (
                        "明确村级工程项目按估算价分级确定交易方式，限额以上项目进入乡镇公共资源交易"
                        "平台交易。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JC-03",
            "name": "社区集体资产资源处置",
            "category": "重大事项决策",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": True,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "社区党总支书记 韩丽华",
            "responsible_office": "社区两委、清溪社区股份经济合作社",
            "handling_post": "居委会主任",
            "conditions": (
                "社区集体所有的房屋、土地（含“四荒地”）、山林、水面、设备等资产资源的发包、出租、"
                "出让、转让和报废，须经“四议两公开”程序决定；标的额5万元以上或租期超过5年的须进入县"
                "农村产权交易平台公开交易；租期不得超过土地承包剩余期限。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "处置方案公示不少于5个工作日；进场交易按县农村产权交易平台规则执行；"
                "成交后10个工作日内签订合同并报乡“三资”代理服务中心备案。"
            ),
            "service_commitment": (
                "处置方案、底价确定依据、成交结果全部公开，确保集体资产保值增值。"
            ),
            "work_discipline": (
                "不得低价发包、出租集体资产资源；不得以个人名义签订处置合同；不得擅自减免、"
                "延缓收取承包费租金。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "未经民主程序或未进场交易擅自处置集体资产资源的",
                "故意压低底价、暗箱操作造成集体资产流失的",
                "处置收入未及时足额入账的",
            ],
            "responsibilities": {
                "accept": (
                    "清溪社区股份经济合作社提出处置需求，社区两委对资产现状、"
                    "权属和处置必要性进行核实。"
                ),
                "review": (
                    "社区两委商议形成处置方案，需评估的委托有资质的评估机构评估，"
                    "方案报党员大会审议。"
                ),
                "decide": (
                    "居民代表会议对处置方案表决，通过后按规定进入县农村产权交易平台公开交易。"
                ),
                "deliver": (
                    "成交结果和合同主要条款在居务公开栏公示，合同报乡“三资”代理服务中心备案。"
                ),
                "supervise": "居务监督委员会监督合同履行和租金收缴，到期资产按程序收回或重新交易。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第二百六十一条",
                    "text": (
                        "规定农民集体所有的不动产和动产属于本集体成员集体所有，土地承包方案、"
                        "集体出资企业所有权变动等事项应当依照法定程序经本集体成员决定。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国城市居民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定居民委员会管理本居民委员会的财产，任何部门和单位不得侵犯其财产所有权。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国农村集体经济组织法》",
                    "article": "",
                    "text": (
                        "规定集体财产的经营管理和处分等重大事项，由农村集体经济组织成员大会或者成员"
                        "代表大会依法决定，并向成员公开。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JC-04",
            "name": "征地补偿款分配",
            "category": "重大事项决策",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": True,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "社区党总支书记 韩丽华",
            "responsible_office": "社区两委、清溪社区股份经济合作社",
            "handling_post": "报账员",
            "conditions": (
                "社区集体土地被依法征收、土地补偿费拨付到社区后，制定补偿费使用分配方案，"
                "须经居民会议或经授权的居民代表会议讨论决定；分配对象以征收土地预公告发布之日在册的"
                "集体经济组织成员为准，地上附着物和青苗补偿费归其所有权人所有。"
            ),
            "time_limit_days": 30,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "自补偿款到账之日起30日内提出分配方案；方案公示不少于7天；"
                "表决通过后15个工作日内通过银行“一卡通”发放到户，不得以现金发放。"
            ),
            "service_commitment": "分配方案、分配名册和到户金额逐户公开，居民可查询本户分配明细。",
            "work_discipline": (
                "不得截留、挪用、私分征地补偿款；不得擅自扩大或缩小分配对象范围；"
                "留存集体的部分纳入社区集体账户统一管理。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "未经居民会议或居民代表会议决定擅自分配征地补偿款的",
                "截留、挪用、虚报冒领征地补偿款的",
                "分配方案和发放结果未按规定公示的",
            ],
            "responsibilities": {
                "accept": "报账员核对补偿款到账金额，社区文书按预公告之日在册成员登记分配对象。",
                "review": "社区两委商议拟定分配方案，对成员资格有争议的提交居民代表会议认定。",
                "decide": "居民代表会议对分配方案表决，通过后报乡农村集体“三资”代理服务中心备案。",
                "deliver": "分配名册公示7天无异议后，通过银行“一卡通”发放到户并公开发放结果。",
                "supervise": (
                    "居务监督委员会逐笔核对发放记录，留存集体部分的使用另行履行民主决策程序。"
                ),
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国土地管理法》",
                    "article": "第四十八条",
                    "text": (
                        "规定征收土地应当给予公平、合理的补偿，保障被征地农民原有生活水平不降低、"
                        "长远生计有保障，并及时足额支付土地补偿费、安置补助费等费用。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第二百六十一条",
                    "text": (
                        "规定土地补偿费等费用的使用、分配办法，应当依照法定程序经本集体成员决定。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国城市居民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定涉及全体居民利益的重要问题须提请居民会议或者居民代表会议讨论决定。"
                    ),
                },
            ],
            "status": "published_with_draft_edit",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "CW-01",
            "name": "社区财务收支审批",
            "category": "财务与物资管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "居委会主任 马国强",
            "responsible_office": "社区两委",
            "handling_post": "报账员",
            "conditions": (
                "社区一切收支须取得合法有效票据，由经办人、证明人签字，居务监督委员会审核盖章后，"
                "按限额由居委会主任或社区两委集体审批；报账员每月10日前到乡农村集体“三资”"
                "代理服务中心报账；严禁白条入账、坐收坐支。"
            ),
            "time_limit_days": 5,
            "time_limit_type": "working",
            "time_limit_rule": (
                "单据审批在受理后5个工作日内完成；报账员每月10日前集中报账；"
                "需报乡审核的另加3个工作日。"
            ),
            "service_commitment": "收支审批结果和单据明细每月公开，居民可申请查阅原始凭证。",
            "work_discipline": (
                "严格执行“经办人—证明人—居务监督委员会—居委会主任或社区两委”签批顺序，不得越级、"
                "代签。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "超越审批权限或未按规定顺序签批的",
                "坐收坐支、公款私存或设立“小金库”的",
                "未经居务监督委员会审核即入账的",
            ],
            "responsibilities": {
                "accept": "报账员受理经办人提交的票据，检查票据要素是否齐全。",
                "review": "居务监督委员会审核票据真实性和合规性，签署审核意见。",
                "decide": "按限额由居委会主任审批或社区两委集体研究决定。",
                "deliver": "报账员将审批完毕的单据报乡“三资”代理服务中心记账。",
                "supervise": "居务监督委员会按月对账，财务收支情况每月公开。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《农村集体经济组织财务制度》",
                    "article": "",
                    "text": (
                        "规定农村集体经济组织应当建立健全财务收支审批制度，实行民主理财，"
                        "定期公开财务。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国城市居民委员会组织法》",
                    "article": "",
                    "text": "规定居民委员会管理本居民委员会的财产，依法接受居民监督。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [
                {
                    "code": "CW-01-1",
                    "name": "非生产性开支审批",
                    "category": "财务与物资管理",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "居委会主任 马国强",
                    "responsible_office": "社区两委",
                    "handling_post": "报账员",
                    "conditions": (
                        "办公用品、接待、差旅、水电等非生产性开支：单笔500元以下由居委会主任审批；"
                        "500元以上由社区两委集体研究决定；1000元以上的须附社区两委会议记录，"
                        "报乡农村集体“三资”代理服务中心审核后列支。"
                    ),
                    "time_limit_days": 5,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "自经办人提交合规票据之日起5个工作日内完成签批；需报乡“三资”"
                        "代理服务中心审核的另加3个工作日。"
                    ),
                    "service_commitment": (
                        "审批权限和签批顺序在社区便民服务中心上墙公开，单据审批结果随月度财务公开。"
                    ),
                    "work_discipline": (
                        "严禁白条入账、虚开发票、超标准接待；严禁拆分单据规避集体研究。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135；"
                        "乡农村集体“三资”代理服务中心 电话 0571-64812036"
                    ),
                    "accountability_cases": [
                        "超越审批权限签批开支或拆分单据规避集体研究的",
                        "以白条、虚假票据入账的",
                        "超标准列支接待费用的",
                    ],
                    "responsibilities": {
                        "accept": "经办人填写报销单，附合规发票，证明人签字。",
                        "review": "居务监督委员会审核票据真实性、合规性并签字盖章。",
                        "decide": "按金额由居委会主任签批或社区两委集体研究决定。",
                        "deliver": "报账员汇总单据，按月到乡“三资”代理服务中心报账。",
                        "supervise": "居务监督委员会每月复核已报账单据，纳入月度财务公开。",
                    },
                    "legal_bases": [
                        {
                            "rank": "normative",
                            "document": "《农村集体经济组织财务制度》",
                            "article": "",
                            "text": (
                                "规定农村集体经济组织应当建立财务收支审批制度，明确审批权限和程序，"
                                "非生产性开支应当严格控制。"
                            ),
                        },
                        {
                            "rank": "normative",
                            "document": "《清溪乡村级财务管理实施细则》",
                            "article": "",
                            "text": (
                                "规定村级非生产性开支单笔500元以下由村委会主任审批，"
                                "500元以上由村两委集体研究，1000元以上报乡“三资”代理服务中心审核。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
                {
                    "code": "CW-01-2",
                    "name": "生产经营性开支审批",
                    "category": "财务与物资管理",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": True,
                    "leader_in_charge": "居委会主任 马国强",
                    "responsible_office": "社区两委",
                    "handling_post": "报账员",
                    "conditions": (
                        "集体经营项目、生产资料、基础设施维护等生产经营性开支："
                        "单笔5000元以下由居委会主任审批；5000元以上由社区两委集体研究决定；"
                        "10000元以上的须附社区两委会议记录，报乡农村集体“三资”代理服务中心审核；"
                        "属于重大事项的另行履行“四议两公开”程序。"
                    ),
                    "time_limit_days": 5,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "自经办人提交合规票据之日起5个工作日内完成签批；需报乡“三资”"
                        "代理服务中心审核的另加3个工作日。"
                    ),
                    "service_commitment": (
                        "审批权限和签批顺序在社区便民服务中心上墙公开，"
                        "大额开支在月度财务公开中单列。"
                    ),
                    "work_discipline": (
                        "严禁拆分合同或单据规避集体研究；严禁无合同、无验收支付工程和物资款项。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135；"
                        "乡农村集体“三资”代理服务中心 电话 0571-64812036"
                    ),
                    "accountability_cases": [
                        "超越审批权限签批生产经营性开支的",
                        "无合同、无验收即支付工程或物资款项的",
                        "拆分合同或单据规避集体研究的",
                    ],
                    "responsibilities": {
                        "accept": "经办人持合同、验收单和合规发票填写报销单。",
                        "review": "居务监督委员会审核票据和合同、验收资料并签字盖章。",
                        "decide": "按金额由居委会主任签批或社区两委集体研究决定。",
                        "deliver": "报账员汇总单据报乡“三资”代理服务中心审核入账。",
                        "supervise": "居务监督委员会每月复核大额开支，纳入月度财务公开。",
                    },
                    "legal_bases": [
                        {
                            "rank": "normative",
                            "document": "《农村集体经济组织财务制度》",
                            "article": "",
                            "text": (
                                "规定农村集体经济组织的财务收支应当经过审批，"
                                "重大财务事项应当履行民主决策程序。"
                            ),
                        },
                        {
                            "rank": "normative",
                            "document": "《清溪乡村级财务管理实施细则》",
                            "article": "",
                            "text": (
                                "规定村级生产经营性开支单笔5000元以下由村委会主任审批，"
                                "5000元以上由村两委集体研究，10000元以上报乡“三资”"
                                "代理服务中心审核。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
            ],
        },
        {
            "code": "CW-02",
            "name": "社区采购",
            "category": "财务与物资管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "居委会主任 马国强",
            "responsible_office": "社区两委",
            "handling_post": "报账员",
            "conditions": (
                "单次采购2000元以下的由两名以上经办人共同采购；2000元以上、"
                "5万元以下的由社区两委集体确定采购方式，询价比价不少于3家；"
                "5万元以上的委托乡公共资源交易中心组织采购；纳入政府采购目录的按政府采购规定执行。"
            ),
            "time_limit_days": 15,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自社区两委确定采购需求之日起15个工作日内完成采购；"
                "委托乡公共资源交易中心采购的按其规则执行。"
            ),
            "service_commitment": (
                "采购需求、询价记录和采购结果随月度财务公开，采购物资登记入库备查。"
            ),
            "work_discipline": (
                "不得指定供应商或与供应商串通；不得拆分采购规避集体研究；不得收受回扣。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "拆分采购规避集体研究或询价比价的",
                "指定供应商、虚报采购价格的",
                "采购物资未登记入库或被挪作私用的",
            ],
            "responsibilities": {
                "accept": "经办人提出采购需求，说明用途、数量和预算。",
                "review": "社区两委审查采购必要性，确定采购方式和经办人。",
                "decide": "按询价比价结果确定供应商，金额较大的由社区两委集体决定。",
                "deliver": "采购物资验收入库，发票和询价记录交报账员。",
                "supervise": "居务监督委员会抽查采购价格和物资使用情况。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《青山县村级小微权力清单（试行）》",
                    "article": "",
                    "text": (
                        "将村级采购列为村级公共权力事项，规定采购方式按金额分级确定，"
                        "采购过程和结果公开。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《农村集体经济组织财务制度》",
                    "article": "",
                    "text": "规定农村集体经济组织购置物资应当履行审批程序，建立资产台账。",
                },
            ],
            "status": "confirmed",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "CW-03",
            "name": "社区干部报酬与补贴发放",
            "category": "财务与物资管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "社区党总支书记 韩丽华",
            "responsible_office": "社区两委",
            "handling_post": "报账员",
            "conditions": (
                "社区干部基本报酬按县定标准由乡财政统筹发放；绩效报酬根据乡年度考核结果核定；"
                "本社区享受误工补贴的人员及补贴标准须经居民代表会议讨论决定，"
                "发放名单和金额每季度公开。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "基本报酬按月发放；年度绩效报酬在乡考核结果公布后15个工作日内发放；"
                "误工补贴按季度结算。"
            ),
            "service_commitment": "报酬标准、误工补贴人员名单和发放金额全部公开，接受居民监督。",
            "work_discipline": "不得自定报酬标准或巧立名目发放补贴；不得虚列误工人员和天数。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "擅自提高报酬标准或巧立名目发放补贴的",
                "虚报误工人员、天数套取集体资金的",
                "发放名单和金额未按规定公开的",
            ],
            "responsibilities": {
                "accept": "报账员汇总误工登记表和考核结果。",
                "review": "居务监督委员会核对误工事由、天数和标准。",
                "decide": "误工补贴人员及标准由居民代表会议决定，基本和绩效报酬按乡核定结果执行。",
                "deliver": "通过银行代发到个人账户，不发放现金。",
                "supervise": "居务监督委员会每季度检查发放情况并向居民代表会议报告。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国城市居民委员会组织法》",
                    "article": "",
                    "text": "规定居民委员会成员的补贴范围、标准和来源由上级人民政府规定并拨付。",
                },
                {
                    "rank": "normative",
                    "document": "《青山县村（社区）干部报酬管理办法》",
                    "article": "",
                    "text": (
                        "规定村（社区）干部报酬由基本报酬和绩效报酬构成，"
                        "绩效报酬与年度考核结果挂钩。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "XK-01",
            "name": "原村民建房（宅基地）申请初审",
            "category": "行政许可",
            "power_kind": "execution",
            "origin": "delegated",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "居委会主任 马国强",
            "responsible_office": "社区两委",
            "handling_post": "社区文书",
            "conditions": (
                "本社区为撤村建居社区，保留集体土地的原村民建房按农村宅基地程序办理。"
                "本集体经济组织成员以户为单位申请；符合“一户一宅”、村庄规划和省定面积标准；因无房、"
                "危房或分户等原因确需建房；出卖、出租、赠与住宅后再申请的不予受理。"
            ),
            "time_limit_days": 15,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自受理之日起15个工作日内完成社区审查并报乡便民服务中心，"
                "其中社区内公示不少于5个工作日；需现场踏勘的可延长5个工作日。"
            ),
            "service_commitment": "申请条件、材料清单和审查结果公开；材料不全的一次性告知补正。",
            "work_discipline": (
                "不得为不符合条件的农户出具同意意见；不得收取任何费用；"
                "与申请人有亲属关系的应当回避。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135；"
                "清溪自然资源所 电话 0571-64812066"
            ),
            "accountability_cases": [
                "为不符合“一户一宅”条件的申请人出具同意意见的",
                "未经集体讨论和公示即上报的",
                "借审查之机索取、收受财物的",
            ],
            "responsibilities": {
                "accept": "社区文书受理农户书面申请，核对户籍、家庭成员和现有住房情况。",
                "review": "社区两委组织现场踏勘，提交清溪社区股份经济合作社或居民小组会议讨论。",
                "decide": (
                    "讨论通过并公示无异议后签署社区审查意见，本社区只负责初审，"
                    "审批由乡人民政府作出。"
                ),
                "deliver": "将申请材料报乡便民服务中心，审批结果在社区内公开。",
                "supervise": (
                    "配合乡开展“开工放样、竣工验收”到场，发现未批先建、超面积建房的及时报告。"
                ),
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国土地管理法》",
                    "article": "第六十二条",
                    "text": (
                        "规定农村村民一户只能拥有一处宅基地，面积不得超过省级规定标准；"
                        "农村村民住宅用地由乡（镇）人民政府审核批准。"
                    ),
                },
                {
                    "rank": "regulation",
                    "document": "《中华人民共和国土地管理法实施条例》",
                    "article": "第三十四条",
                    "text": (
                        "规定农村村民以户为单位向农村集体经济组织（未设立的向村民小组或村民委员会）"
                        "提出宅基地申请，经集体讨论通过并公示后报乡（镇）人民政府审核批准。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》",
                    "article": "",
                    "text": (
                        "要求村级组织对宅基地申请进行审查，乡镇政府建立一个窗口受理、"
                        "多部门联动的审批机制，并实行到场放样和竣工验收。"
                    ),
                },
            ],
            "status": "confirmed",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GF-01",
            "name": "低保和困难补助申请初审",
            "category": "行政给付",
            "power_kind": "execution",
            "origin": "entrusted",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "居委会主任 马国强",
            "responsible_office": "社区两委",
            "handling_post": "社区民政专干",
            "conditions": (
                "本社区户籍或居住的困难家庭申请最低生活保障、临时救助等社会救助，由居委会协助受理、"
                "入户核实和民主评议，提出初步意见后报乡人民政府审核确认。"
            ),
            "time_limit_days": 3,
            "time_limit_type": "working",
            "time_limit_rule": (
                "收到申请材料后3个工作日内报乡；乡人民政府审核确认全程一般不超过25个工作日，"
                "特殊情况可延长至40个工作日。"
            ),
            "service_commitment": "申请条件、办理流程和公示结果公开；代办全程免费。",
            "work_discipline": "不得优亲厚友、人情保、关系保；与申请人有利害关系的应当回避。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135；"
                "乡社会事务办 电话 0571-64812025"
            ),
            "accountability_cases": [
                "为不符合条件的家庭出具虚假证明的",
                "优亲厚友、人情保、关系保的",
                "拖延上报或遗漏困难群众申请的",
            ],
            "responsibilities": {
                "accept": "社区民政专干受理或代为提出申请，一次性告知所需材料。",
                "review": "配合乡人民政府入户调查，组织民主评议。",
                "decide": "本社区只负责初审，审核确认由乡人民政府作出。",
                "deliver": "在居务公开栏公示审核结果，告知申请人。",
                "supervise": "协助开展动态管理，发现不再符合条件的及时报告。",
            },
            "legal_bases": [
                {
                    "rank": "regulation",
                    "document": "《社会救助暂行办法》",
                    "article": "第九条",
                    "text": (
                        "规定对共同生活的家庭成员人均收入低于当地最低生活保障标准且财产状况符合规定"
                        "的家庭给予最低生活保障。"
                    ),
                },
                {
                    "rank": "regulation",
                    "document": "《社会救助暂行办法》",
                    "article": "第十一条",
                    "text": (
                        "规定最低生活保障的申请、调查核实、公示和审批程序，"
                        "申请有困难的可委托村（居）民委员会代为提出。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [
                {
                    "code": "GF-01-1",
                    "name": "最低生活保障申请初审",
                    "category": "行政给付",
                    "power_kind": "execution",
                    "origin": "entrusted",
                    "first_review_only": True,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "居委会主任 马国强",
                    "responsible_office": "社区两委",
                    "handling_post": "社区民政专干",
                    "conditions": (
                        "共同生活家庭成员人均收入低于县最低生活保障标准且家庭财产符合规定；"
                        "由申请人向乡人民政府提出，申请有困难的可委托居委会代为提出。"
                    ),
                    "time_limit_days": 3,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "收到申请材料后3个工作日内报送乡社会事务办；配合乡入户调查后5个工作日内组织"
                        "民主评议；审核结果在社区公示7天。"
                    ),
                    "service_commitment": (
                        "代办全程免费，申请人家庭信息严格保密，公示内容不含身份证号码等敏感信息。"
                    ),
                    "work_discipline": (
                        "不得优亲厚友、人情保、关系保；社区干部近亲属申请的应当备案并回避评议。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135；"
                        "乡社会事务办 电话 0571-64812025"
                    ),
                    "accountability_cases": [
                        "为不符合条件的家庭出具虚假证明的",
                        "优亲厚友、人情保、关系保的",
                        "泄露申请人家庭隐私的",
                    ],
                    "responsibilities": {
                        "accept": (
                            "社区民政专干受理或代为提出申请，指导填写家庭经济状况申报表和授权核对书"
                            "。"
                        ),
                        "review": (
                            "配合乡人民政府入户调查、邻里访问，组织民主评议并如实记录评议意见。"
                        ),
                        "decide": "本社区只提出初步意见，审核确认由乡人民政府作出。",
                        "deliver": (
                            "在居务公开栏公示审核结果7天，向申请人告知确认或不予确认的结果。"
                        ),
                        "supervise": "协助乡开展低保对象定期核查，发现家庭情况变化的及时报告。",
                    },
                    "legal_bases": [
                        {
                            "rank": "regulation",
                            "document": "《社会救助暂行办法》",
                            "article": "第十一条",
                            "text": (
                                "规定最低生活保障由申请人向乡镇人民政府提出，"
                                "申请有困难的可委托村（居）民委员会代为提出；"
                                "乡镇人民政府调查核实后在村、社区公示。"
                            ),
                        },
                        {
                            "rank": "normative",
                            "document": "《最低生活保障审核确认办法》",
                            "article": "",
                            "text": (
                                "规定村（居）民委员会协助乡镇人民政府开展低保申请受理、"
                                "家庭经济状况调查、民主评议和公示等工作。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
                {
                    "code": "GF-01-2",
                    "name": "临时救助申请初审",
                    "category": "行政给付",
                    "power_kind": "execution",
                    "origin": "entrusted",
                    "first_review_only": True,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "居委会主任 马国强",
                    "responsible_office": "社区两委",
                    "handling_post": "社区民政专干",
                    "conditions": (
                        "因火灾、交通事故等意外事件或家庭成员突发重大疾病等原因，"
                        "导致基本生活暂时出现严重困难的家庭或个人。"
                    ),
                    "time_limit_days": 1,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "一般临时救助申请在1个工作日内报送乡社会事务办；情况紧急的当日电话报告，"
                        "乡可先行救助后补办手续。"
                    ),
                    "service_commitment": "急难情形当日上报，不让困难群众在求助中等待。",
                    "work_discipline": "不得拖延上报急难求助；不得代替乡人民政府作出救助决定。",
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135；"
                        "乡社会事务办 电话 0571-64812025"
                    ),
                    "accountability_cases": [
                        "接到急难求助后拖延不报造成严重后果的",
                        "虚报困难情形骗取救助资金的",
                    ],
                    "responsibilities": {
                        "accept": "社区民政专干受理求助，了解困难情形并登记。",
                        "review": "走访核实困难原因和家庭基本情况。",
                        "decide": "本社区只提出初步意见，救助决定由乡人民政府作出。",
                        "deliver": "将救助结果告知申请人，按规定公示。",
                        "supervise": "跟踪受助家庭困难情况，需长期救助的引导申请其他社会救助。",
                    },
                    "legal_bases": [
                        {
                            "rank": "regulation",
                            "document": "《社会救助暂行办法》",
                            "article": "",
                            "text": (
                                "规定国家对因意外事件、突发重大疾病等原因导致基本生活暂时出现严重困"
                                "难的家庭或个人给予临时救助，情况紧急的可先行救助。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
            ],
        },
        {
            "code": "GF-02",
            "time_limit_text": "法定20个工作日，承诺10个工作日",
            "responsible_body": "清溪社区居民委员会",
            "name": "惠民补贴发放核实",
            "category": "行政给付",
            "power_kind": "execution",
            "origin": "entrusted",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "居委会主任 马国强",
            "responsible_office": "社区两委",
            "handling_post": "社区文书",
            "conditions": (
                "耕地地力保护补贴、种粮补贴等涉农补贴，按乡农业农村办下发的底册逐户核实种植面积、"
                "户主信息和“一卡通”账号；补贴对象和金额在社区内公示不少于7天。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自收到乡下发底册之日起10个工作日内完成核实并报乡，其中公示期不少于7天；"
                "需实地丈量的可延长5个工作日。"
            ),
            "service_commitment": (
                "补贴政策、补贴对象、面积和金额逐户公开，群众有异议的当场登记、3个工作日内复核。"
            ),
            "work_discipline": "不得虚报、多报补贴面积；不得代领、截留、挪用补贴资金或“一卡通”。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135；"
                "乡农业农村办 电话 0571-64812041"
            ),
            "accountability_cases": [
                "虚报、多报补贴面积或冒名领取补贴的",
                "截留、代管群众“一卡通”的",
                "补贴对象和金额未按规定公示的",
            ],
            "responsibilities": {
                "accept": "社区文书接收乡下发的补贴底册，告知农户核实时间。",
                "review": "逐户核对面积、户主和账号信息，必要时实地丈量。",
                "decide": "本社区只负责核实，补贴发放由乡和县主管部门审核决定。",
                "deliver": "核实结果公示7天，无异议后签字盖章报乡。",
                "supervise": "居务监督委员会抽查核实结果，补贴到账后配合开展回访。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《财政部 农业部关于全面推开农业“三项补贴”改革工作的通知》",
                    "article": "",
                    "text": (
                        "规定将农作物良种补贴、种粮农民直接补贴和农资综合补贴合并为耕地地力保护补贴"
                        "，补贴资金通过“一卡通”直接兑现到户。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国城市居民委员会组织法》",
                    "article": "",
                    "text": "规定居民委员会协助人民政府做好与居民利益有关的优抚救济等工作。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "BM-01",
            "name": "出具证明和印章使用",
            "category": "便民服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "居委会主任 马国强",
            "responsible_office": "居委会",
            "handling_post": "社区文书",
            "conditions": (
                "申请人持本人身份证件和相关材料到社区便民服务中心办理；"
                "仅对本社区范围内能够核实的事实出具证明，印章使用须审批登记。"
            ),
            "time_limit_days": 1,
            "time_limit_type": "working",
            "time_limit_rule": "材料齐全、事实清楚的当场办结；需调查核实的3个工作日内办结。",
            "service_commitment": "一次性告知所需材料，能当场办的不让群众跑第二次。",
            "work_discipline": "不得出具虚假证明；不得在空白文书上盖章；不得收取任何费用。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135"
            ),
            "accountability_cases": [
                "出具虚假证明或在空白文书上盖章的",
                "对已取消的证明事项仍要求群众提供的",
                "刁难群众、无故拖延办理的",
            ],
            "responsibilities": {
                "accept": "社区文书受理申请，登记事由。",
                "review": "核实证明事项或用印文件内容。",
                "decide": "居委会主任或分管负责人签字同意。",
                "deliver": "出具证明或用印后登记台账。",
                "supervise": "居务监督委员会每月核对证明和用印台账。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《国务院办公厅关于做好证明事项清理工作的通知》",
                    "article": "",
                    "text": "要求清理没有法律法规依据的证明事项，减少群众办事需提交的证明材料。",
                },
                {
                    "rank": "normative",
                    "document": "《青山县村级小微权力清单（试行）》",
                    "article": "",
                    "text": "将出具证明和印章使用列为村级便民服务事项，明确办理流程和时限。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [
                {
                    "code": "BM-01-1",
                    "name": "出具证明",
                    "category": "便民服务",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "居委会主任 马国强",
                    "responsible_office": "居委会",
                    "handling_post": "社区文书",
                    "conditions": (
                        "仅对本社区范围内能够核实的事实出具证明；已列入取消目录的证明事项、"
                        "可通过部门信息共享或告知承诺办理的事项不再出具。"
                    ),
                    "time_limit_days": 1,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "事实清楚、材料齐全的当场办结；需调查核实的3个工作日内办结。"
                    ),
                    "service_commitment": (
                        "证明事项清单在社区便民服务中心公开，不出具的当场说明理由。"
                    ),
                    "work_discipline": (
                        "不得出具虚假证明；不得对无法核实的事项出具证明；不得收取费用。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135"
                    ),
                    "accountability_cases": [
                        "出具虚假证明的",
                        "对已取消的证明事项仍要求群众提供或出具的",
                    ],
                    "responsibilities": {
                        "accept": "社区文书受理申请，查验申请人身份和相关材料。",
                        "review": "核实证明事项的事实情况，必要时走访调查。",
                        "decide": "由居委会主任签字同意后出具。",
                        "deliver": "当场交付申请人，并登记证明出具台账。",
                        "supervise": "定期检查证明台账，发现不实证明及时收回更正。",
                    },
                    "legal_bases": [
                        {
                            "rank": "normative",
                            "document": "《国务院办公厅关于做好证明事项清理工作的通知》",
                            "article": "",
                            "text": (
                                "要求全面清理各类证明事项，凡没有法律法规依据的一律取消，"
                                "能够通过信息共享核查的不再要求群众提供证明。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
                {
                    "code": "BM-01-2",
                    "name": "印章使用管理",
                    "category": "便民服务",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "社区党总支书记 韩丽华",
                    "responsible_office": "社区两委",
                    "handling_post": "社区文书",
                    "conditions": (
                        "清溪社区党总支、居委会、居务监督委员会、清溪社区股份经济合作社印章分别由指"
                        "定专人保管；用印须经分管负责人签字同意，逐项登记用印事由、份数和经办人。"
                    ),
                    "time_limit_days": 1,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "用印审批当日办理；印章原则上不得带离办公场所，"
                        "确需外带的须两人同行并当日归还。"
                    ),
                    "service_commitment": "用印登记簿随时可查，居务监督委员会每月核对。",
                    "work_discipline": (
                        "严禁在空白纸张、空白介绍信、空白合同上盖章；严禁私自携带印章外出。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规"
                        "定（试行）》，视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                        "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135"
                    ),
                    "accountability_cases": [
                        "在空白文书上加盖印章的",
                        "未经审批或未登记擅自用印的",
                        "私自携带印章外出造成不良后果的",
                    ],
                    "responsibilities": {
                        "accept": "经办人提出用印申请，说明用印事由。",
                        "review": "分管负责人审核用印文件内容。",
                        "decide": "签字同意后由保管人用印。",
                        "deliver": "保管人登记用印台账。",
                        "supervise": "居务监督委员会每月核对用印台账与存档文件。",
                    },
                    "legal_bases": [
                        {
                            "rank": "normative",
                            "document": "《青山县村级小微权力清单（试行）》",
                            "article": "",
                            "text": (
                                "将出具证明和加盖印章列为村级便民服务事项，要求印章专人保管、"
                                "用印审批登记。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
            ],
        },
        {
            "code": "BM-02",
            "name": "居住证明等便民证明代办",
            "category": "便民服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "居委会主任 马国强",
            "responsible_office": "居委会",
            "handling_post": "社区文书",
            "conditions": (
                "为在本社区实际居住的居民和新居民出具居住情况证明，用于申领居住证、子女入学等；"
                "协助办理户籍迁移、生育登记等事项的材料准备和网上申报。"
            ),
            "time_limit_days": 1,
            "time_limit_type": "working",
            "time_limit_rule": "居住事实清楚的当场出具；需走访核实的2个工作日内办结。",
            "service_commitment": "帮办代办全程免费，可在社区便民服务中心代为网上申报。",
            "work_discipline": "不得为未在本社区居住的人员出具居住证明；不得收取任何费用。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135；"
                "清溪派出所 电话 0571-64812110"
            ),
            "accountability_cases": [
                "为未实际居住人员出具居住证明的",
                "借代办之机收取费用的",
            ],
            "responsibilities": {
                "accept": "社区文书受理申请，查验身份证件和租住、房产等材料。",
                "review": "通过网格员走访或房东确认核实居住情况。",
                "decide": "居委会主任签字同意后出具证明。",
                "deliver": "当场交付或协助网上提交申报材料。",
                "supervise": "建立代办台账，跟踪办理结果。",
            },
            "legal_bases": [
                {
                    "rank": "regulation",
                    "document": "《居住证暂行条例》",
                    "article": "",
                    "text": (
                        "规定公民离开常住户口所在地到其他城市居住半年以上，符合合法稳定就业、"
                        "合法稳定住所或连续就读条件之一的，可以申领居住证。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《国务院办公厅关于做好证明事项清理工作的通知》",
                    "article": "",
                    "text": "要求保留的证明事项实行清单管理，公布开具单位和办理指南。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JT-01",
            "name": "集体经济合同管理",
            "category": "集体管理事务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "居委会主任 马国强",
            "responsible_office": "社区两委、清溪社区股份经济合作社",
            "handling_post": "报账员",
            "conditions": (
                "社区集体对外签订的承包、租赁、工程、采购等经济合同，"
                "须依据居民代表会议决议或社区两委决定签订；合同文本优先使用县农业农村局示范文本；"
                "签订后5个工作日内报乡“三资”代理服务中心备案。"
            ),
            "time_limit_days": 5,
            "time_limit_type": "working",
            "time_limit_rule": (
                "合同签订后5个工作日内备案；合同到期前30日提醒续签或收回；"
                "应收款逾期10日的书面催收。"
            ),
            "service_commitment": "合同台账和履行情况每半年公开一次。",
            "work_discipline": (
                "不得以个人名义代表集体签订合同；不得擅自变更合同条款或减免应收款项。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "未经集体决策擅自签订、变更合同的",
                "合同未备案或应收款长期未催收造成损失的",
                "签订显失公平的合同损害集体利益的",
            ],
            "responsibilities": {
                "accept": "报账员受理合同签订申请，核对集体决策文件。",
                "review": "社区两委审查合同条款，必要时请乡法律顾问审核。",
                "decide": "由居委会主任代表社区集体签订合同。",
                "deliver": "合同报乡“三资”代理服务中心备案，录入合同台账。",
                "supervise": "居务监督委员会监督合同履行和款项收缴。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第四百六十五条",
                    "text": (
                        "规定依法成立的合同受法律保护，仅对当事人具有法律约束力，"
                        "法律另有规定的除外。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第五百零九条",
                    "text": "规定当事人应当按照约定全面履行自己的义务，并遵循诚信原则。",
                },
            ],
            "status": "returned",
            "returned_reason": (
                "社区股份经济合作社对外签订的合同应由合作社法定代表人签订，请修改“决定”"
                "环节的签订主体，并补充合同到期提醒的责任岗位。（乡“三资”代理服务中心 林海燕）"
            ),
            "sub_items": [],
        },
        {
            "code": "JT-02",
            "name": "居民代表会议组织",
            "category": "集体管理事务",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "社区党总支书记 韩丽华",
            "responsible_office": "居委会",
            "handling_post": "社区文书",
            "conditions": (
                "居民代表会议由居委会召集，一般每季度召开一次；五分之一以上居民代表提议的应当召集；"
                "须有三分之二以上组成人员参加方可召开，所作决定经到会人员过半数同意。"
            ),
            "time_limit_days": 3,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "会议通知和议题至少提前3天送达全体居民代表；会议记录在会后2个工作日内整理归档，"
                "决议按规定公开。"
            ),
            "service_commitment": "会议议题、出席情况和表决结果公开，居民可列席旁听。",
            "work_discipline": "不得临时增加未经通知的重大议题；不得代签、代表决。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135"
            ),
            "accountability_cases": [
                "到会人数不足仍作出决定的",
                "伪造会议记录或代签代表决的",
                "应当召集而拒不召集的",
            ],
            "responsibilities": {
                "accept": "社区文书收集议题，拟定会议通知。",
                "review": "社区两委审定会议议题和材料。",
                "decide": "会议按议程表决，当场宣布表决结果。",
                "deliver": "会议决议在居务公开栏公开。",
                "supervise": "居务监督委员会列席会议并监督决议执行。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国城市居民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定居民会议、居民代表会议的组成、召集和议事规则，"
                        "涉及居民利益的重要问题须提请会议讨论决定。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JT-03",
            "name": "社区项目验收",
            "category": "集体管理事务",
            "power_kind": "supervision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": True,
            "is_large_sum": False,
            "leader_in_charge": "居委会主任 马国强",
            "responsible_office": "社区两委、居务监督委员会",
            "handling_post": "居委会主任",
            "conditions": (
                "项目完工后由施工方提出验收申请；2万元以上的项目由社区两委成员、"
                "居务监督委员会成员、居民代表和乡相关站所人员不少于5人组成验收小组；"
                "8万元以上的项目须经乡审计或委托第三方审计后方可办理结算；验收结果公示不少于5天。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自收到施工方竣工验收申请之日起10个工作日内组织验收；"
                "需审计的项目以审计报告出具日期为结算起算日。"
            ),
            "service_commitment": "验收记录、审计结论和结算金额全部公开。",
            "work_discipline": "验收人员不得接受施工方宴请和财物；不合格工程不得签字验收。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135；"
                "乡农村集体“三资”代理服务中心 电话 0571-64812036"
            ),
            "accountability_cases": [
                "验收人数不足5人或未实地验收即签字的",
                "8万元以上项目未经审计即结算付款的",
                "对不合格工程出具合格验收意见的",
            ],
            "responsibilities": {
                "accept": "居委会主任受理施工方竣工验收申请，收集竣工资料。",
                "review": "验收小组实地查验工程量和质量，核对合同和变更签证。",
                "decide": "验收小组集体出具验收意见，8万元以上项目送审计。",
                "deliver": "验收意见和审计结论在居务公开栏公示5天。",
                "supervise": "居务监督委员会监督结算付款和质保期内的维修责任落实。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《青山县村级小微权力清单（试行）》",
                    "article": "",
                    "text": (
                        "规定村级工程项目2万元以上由不少于5人组成验收小组验收，"
                        "8万元以上须经审计后结算。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县村级工程建设项目招投标管理办法》",
                    "article": "",
                    "text": (
                        "规定村级工程项目竣工后应当组织验收，验收合格并按规定审计后方可支付工程款。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "RS-01",
            "name": "党员发展",
            "category": "人事管理",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "社区党总支书记 韩丽华",
            "responsible_office": "清溪社区党总支",
            "handling_post": "社区党总支书记",
            "conditions": (
                "年满十八岁，承认党的纲领和章程，愿意参加党的一个组织并在其中积极工作、"
                "执行党的决议和按期交纳党费；按入党申请、入党积极分子培养考察、发展对象确定、"
                "预备党员接收、预备党员转正等程序进行；年度发展计划报乡党委审批。"
            ),
            "time_limit_days": None,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "入党积极分子培养考察时间一般不少于一年；发展对象接收为预备党员前公示不少于5个工作"
                "日；预备期为一年。"
            ),
            "service_commitment": "发展程序、发展对象和公示结果公开，接受党员群众监督。",
            "work_discipline": "坚持标准、严格程序，不得突击发展、违规发展或“带病入党”。",
            "accountability": (
                "违反发展党员工作程序的，由乡党委依照《中国共产党纪律处分条例》追究清溪社区党总支书"
                "记和相关人员责任；违规发展的党员按规定予以纠正。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135；"
                "乡党委组织办 电话 0571-64812018"
            ),
            "accountability_cases": [
                "违反程序突击发展或违规发展党员的",
                "弄虚作假、伪造入党材料的",
                "发展对象公示期间收到反映未核查即接收的",
            ],
            "responsibilities": {
                "accept": "清溪社区党总支收到入党申请后一个月内派人谈话。",
                "review": (
                    "经党员推荐、群团组织推优确定入党积极分子，培养考察一年以上后确定发展对象。"
                ),
                "decide": (
                    "发展对象经乡党委预审、公示后，由支部大会讨论接收为预备党员，报乡党委审批。"
                ),
                "deliver": "乡党委审批后通知本人并在党员大会上宣布。",
                "supervise": "预备期满由支部大会讨论转正，报乡党委审批。",
            },
            "legal_bases": [
                {
                    "rank": "",
                    "document": "《中国共产党章程》",
                    "article": "第五条",
                    "text": (
                        "规定发展党员必须经过党的支部，坚持个别吸收的原则；"
                        "申请入党的人要有两名正式党员作介绍人，经支部大会通过和上级党组织批准，"
                        "并经过预备期考察。"
                    ),
                },
                {
                    "rank": "",
                    "document": "《中国共产党发展党员工作细则》",
                    "article": "",
                    "text": (
                        "规定发展党员的入党申请、培养教育、发展对象确定、预备党员接收和转正等程序。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GG-01",
            "name": "居务公开",
            "category": "公共服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "社区党总支书记 韩丽华",
            "responsible_office": "社区两委、居务监督委员会",
            "handling_post": "社区文书",
            "conditions": (
                "一般事项至少每季度公开一次；财务收支每月公开一次；涉及居民利益的重大事项随时公开；"
                "公开内容经居务监督委员会审核签字后，在居务公开栏、电子显示屏和居务微信群同步公开。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "每月10日前公开上月财务收支；重大事项在决定之日起5个工作日内公开；"
                "居民对公开内容提出异议的，10日内予以答复。"
            ),
            "service_commitment": "公开目录、公开时间和公开内容保持一致，过期公开资料归档备查。",
            "work_discipline": "不得选择性公开、虚假公开或逾期公开；不得公开涉及个人隐私的信息。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135"
            ),
            "accountability_cases": [
                "应当公开而未公开或逾期公开的",
                "公开内容不真实、不完整的",
                "对居民异议逾期未答复的",
            ],
            "responsibilities": {
                "accept": "社区文书按公开目录收集整理公开资料。",
                "review": "居务监督委员会审核公开内容并签字。",
                "decide": "社区党总支书记审定后发布。",
                "deliver": "在公开栏、显示屏和微信群同步公开，拍照存档。",
                "supervise": "居务监督委员会收集居民意见，督促10日内答复。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国城市居民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定居民委员会实行居务公开制度，及时公布涉及居民利益的事项，接受居民监督。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国民法典》",
                    "article": "第二百六十四条",
                    "text": (
                        "规定农村集体经济组织或者村民委员会、村民小组应当依法向本集体成员公布集体财"
                        "产的状况，集体成员有权查阅、复制相关资料。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《村务公开管理规范》（GB/T 40088-2021）",
                    "article": "",
                    "text": "规定村务公开的内容、形式、时间、程序和监督要求，要求编制公开目录。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GG-02",
            "name": "矛盾纠纷调解",
            "category": "公共服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "居委会主任 马国强",
            "responsible_office": "社区人民调解委员会",
            "handling_post": "人民调解委员会主任",
            "conditions": (
                "本社区居民之间、居民与其他组织之间的婚姻家庭、邻里、宅基地、"
                "山林土地承包等民间纠纷，当事人申请或调委会主动调解；一方明确拒绝调解的不得调解；"
                "已由法院、公安或其他行政机关依法受理或处理的不予受理。"
            ),
            "time_limit_days": 15,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "一般纠纷自受理之日起15日内调结，疑难复杂纠纷不超过30日；"
                "调解不成的告知当事人通过仲裁、行政、司法等途径解决。"
            ),
            "service_commitment": "调解不收费，尊重当事人意愿，调解协议依法可申请司法确认。",
            "work_discipline": (
                "调解员不得偏袒一方、压制当事人；不得泄露当事人隐私；与当事人有利害关系的应当回避。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135；"
                "清溪司法所 电话 0571-64812050"
            ),
            "accountability_cases": [
                "偏袒一方当事人或强迫调解的",
                "泄露当事人隐私、商业秘密的",
                "对可能激化的纠纷不及时报告造成严重后果的",
            ],
            "responsibilities": {
                "accept": "人民调解委员会主任受理调解申请或主动介入，登记纠纷情况。",
                "review": "调查了解纠纷事实，听取双方陈述。",
                "decide": "在平等协商基础上促成当事人自愿达成调解协议。",
                "deliver": "制作调解协议书，当事人签字后各执一份。",
                "supervise": "回访协议履行情况，需要时协助当事人在30日内申请司法确认。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国人民调解法》",
                    "article": "第八条",
                    "text": "规定村民委员会、居民委员会设立人民调解委员会。",
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国人民调解法》",
                    "article": "第十七条",
                    "text": (
                        "规定当事人可以向人民调解委员会申请调解，人民调解委员会也可以主动调解；"
                        "当事人一方明确拒绝调解的，不得调解。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国人民调解法》",
                    "article": "第三十三条",
                    "text": (
                        "规定达成调解协议后，双方当事人可以自调解协议生效之日起三十日内共同向人民法"
                        "院申请司法确认。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JD-01",
            "name": "居务监督",
            "category": "其他",
            "power_kind": "supervision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "居务监督委员会主任 谢红梅",
            "responsible_office": "居务监督委员会",
            "handling_post": "居务监督委员会主任",
            "conditions": (
                "居务监督委员会列席社区两委联席会议，对社区重大事项决策、财务收支、工程项目、"
                "资产资源处置、惠农政策落实和居务公开等进行监督；每月审核财务票据，"
                "每季度向居民代表会议报告监督情况。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "财务票据每月审核一次；发现问题的3个工作日内向社区两委提出纠正建议，"
                "社区两委拒不纠正的向乡纪委报告。"
            ),
            "service_commitment": (
                "监督情况每季度向居民代表会议报告并公开，居民反映的问题件件有登记、有回复。"
            ),
            "work_discipline": (
                "监督人员不得兼任居委会成员、报账员，近亲属不得担任社区报账员；"
                "不得以监督为名干预正常工作。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135"
            ),
            "accountability_cases": [
                "对发现的违规问题隐瞒不报的",
                "在财务票据审核中走过场、签字不审的",
                "利用监督职权谋取私利的",
            ],
            "responsibilities": {
                "accept": "居务监督委员会受理居民反映的问题，登记监督事项。",
                "review": "查阅会议记录、财务票据和合同资料，开展调查核实。",
                "decide": "集体研究形成监督意见，向社区两委提出纠正建议。",
                "deliver": "监督意见书面送达社区两委，并在居民代表会议上报告。",
                "supervise": "跟踪整改落实，拒不整改的向乡纪委报告。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国城市居民委员会组织法》",
                    "article": "",
                    "text": "规定居民委员会接受居民监督，涉及居民利益的事项应当公开。",
                },
                {
                    "rank": "normative",
                    "document": "《关于建立健全村务监督委员会的指导意见》",
                    "article": "",
                    "text": (
                        "明确村务监督委员会的人员组成、职责权限和工作方式，监督村级重大事项决策、"
                        "财务管理和村务公开。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GF-03",
            "name": "公共租赁住房申请初审",
            "category": "行政给付",
            "power_kind": "execution",
            "origin": "entrusted",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "居委会主任 马国强",
            "responsible_office": "居委会",
            "handling_post": "社区民政专干",
            "conditions": (
                "在本乡稳定就业或居住、家庭收入和住房状况符合县定标准的城镇中等偏下收入住房困难家庭"
                "、新就业无房职工和外来务工人员，可申请公共租赁住房；社区负责受理和初审。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自受理之日起10个工作日内完成入户核实和公示并报乡，其中公示不少于5个工作日。"
            ),
            "service_commitment": "申请条件、所需材料和初审结果公开。",
            "work_discipline": "不得为不符合条件的家庭出具初审意见；不得收取任何费用。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135；"
                "青山县住房保障中心 电话 0571-64587020"
            ),
            "accountability_cases": [
                "为不符合条件的家庭出具虚假初审意见的",
                "泄露申请人家庭信息的",
            ],
            "responsibilities": {
                "accept": "社区民政专干受理申请，一次性告知所需材料。",
                "review": "入户核实家庭人口、收入和住房情况。",
                "decide": "本社区只负责初审，配租资格由县住房保障部门审核确定。",
                "deliver": "初审结果公示后报乡。",
                "supervise": "协助开展承租家庭年度复核。",
            },
            "legal_bases": [
                {
                    "rank": "rule",
                    "document": "《公共租赁住房管理办法》",
                    "article": "",
                    "text": "规定公共租赁住房的申请条件、审核程序、轮候配租和使用退出管理。",
                },
            ],
            "status": "submitted",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GG-03",
            "name": "社区居家养老服务",
            "category": "公共服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "社区党总支书记 韩丽华",
            "responsible_office": "居委会",
            "handling_post": "社区民政专干",
            "conditions": (
                "本社区60周岁以上老年人，特别是独居、失能、高龄老年人，可申请助餐、助洁、"
                "探访关爱等居家养老服务；政府购买服务对象按县定条件评估确定。"
            ),
            "time_limit_days": 5,
            "time_limit_type": "working",
            "time_limit_rule": "自申请之日起5个工作日内完成上门评估并安排服务。",
            "service_commitment": "服务项目、收费标准和政府补贴对象公开。",
            "work_discipline": "不得向老年人推销保健品；不得虚报服务人次套取补贴。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135；"
                "乡社会事务办 电话 0571-64812025"
            ),
            "accountability_cases": [
                "虚报服务人次套取补贴的",
                "向老年人推销商品或收取额外费用的",
            ],
            "responsibilities": {
                "accept": "社区民政专干受理服务申请。",
                "review": "上门评估老年人身体和家庭状况。",
                "decide": "按评估结果确定服务内容。",
                "deliver": "通知服务机构上门服务。",
                "supervise": "定期回访服务质量。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国老年人权益保障法》",
                    "article": "",
                    "text": (
                        "规定发展城乡社区养老服务，为居家老年人提供生活照料、紧急救援、医疗护理、"
                        "精神慰藉等服务。"
                    ),
                },
            ],
            "status": "draft",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "BM-03",
            "name": "流动人口婚育证明出具",
            "category": "便民服务",
            "power_kind": "execution",
            "origin": "entrusted",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "居委会主任 马国强",
            "responsible_office": "居委会",
            "handling_post": "社区文书",
            "conditions": (
                "原为外出务工居民出具流动人口婚育证明。该证明已按国家规定取消，"
                "外出人员办理相关事项无需再提供，本事项停止行使。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": "本事项已停止行使，不再受理。",
            "service_commitment": (
                "已取消的证明事项不再出具，群众办事遇到索要的可向社区或乡纪委反映。"
            ),
            "work_discipline": "不得继续出具或要求群众提供已取消的证明。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡党委、乡纪委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《农村基层干部廉洁履行职责若干规定（试行）》，"
                "视情节给予提醒谈话、批评教育、诫勉或组织处理、纪律处分；"
                "造成集体经济损失的依法追偿；涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；居务监督委员会 主任 谢红梅 电话 0571-64820135"
            ),
            "accountability_cases": [
                "继续出具已取消证明或借此收费的",
                "要求群众提供已取消证明才给予办理其他事项的",
            ],
            "responsibilities": {
                "accept": "",
                "review": "",
                "decide": "",
                "deliver": "",
                "supervise": "居务监督委员会检查是否存在违规出具已取消证明的行为。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《国务院办公厅关于做好证明事项清理工作的通知》",
                    "article": "",
                    "text": (
                        "要求取消没有法律法规依据的证明事项，已取消的证明一律不得再要求群众提供。"
                    ),
                },
            ],
            "status": "withdrawn",
            "returned_reason": "",
            "sub_items": [],
        },
    ],
}


_QX_F01 = {
    "code": "QX-F01",
    "name": "清溪乡财政所",
    "kind": "finance",
    "address": "青山县清溪乡清溪街88号乡政府大院2号楼",
    "phone": "0571-64812030",
    "first_responsible": "赵明华",
    "first_responsible_title": "所长",
    "posts": [
        {
            "name": "所长",
            "holder": "赵明华",
            "duties": (
                "主持财政所全面工作，审核乡级资金支付和预算执行，是本所权力公开透明运行第一责任人。"
            ),
            "manages_people": True,
            "manages_money": True,
            "manages_goods": True,
            "manages_affairs": True,
        },
        {
            "name": "副所长",
            "holder": "孙伟",
            "duties": (
                "分管预算编制、政府采购、国有资产和“一事一议”财政奖补项目审核，"
                "协助所长审核重大资金事项。"
            ),
            "manages_people": False,
            "manages_money": True,
            "manages_goods": True,
            "manages_affairs": True,
        },
        {
            "name": "预算会计",
            "holder": "陈静",
            "duties": "负责乡级预算会计核算、支付凭证审核和财政收支报表编制，不得兼任出纳。",
            "manages_people": False,
            "manages_money": True,
            "manages_goods": False,
            "manages_affairs": False,
        },
        {
            "name": "出纳",
            "holder": "周婷",
            "duties": "负责资金收付、银行对账和非税收入票据管理，不得兼任稽核、会计档案保管。",
            "manages_people": False,
            "manages_money": True,
            "manages_goods": False,
            "manages_affairs": False,
        },
        {
            "name": "三资代理服务中心主任",
            "holder": "林海燕",
            "duties": "负责村级会计委托代理记账、村级财务票据审核和“三资”监管平台运行。",
            "manages_people": False,
            "manages_money": True,
            "manages_goods": True,
            "manages_affairs": True,
        },
        {
            "name": "惠农资金专管员",
            "holder": "蒋涛",
            "duties": "负责惠民惠农补贴资金“一卡通”发放数据审核、发放和信息公开。",
            "manages_people": False,
            "manages_money": True,
            "manages_goods": False,
            "manages_affairs": False,
        },
        {
            "name": "国有资产管理员",
            "holder": "郑丽",
            "duties": "负责乡级国有资产登记、清查、处置申报和政府采购项目经办。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": True,
            "manages_affairs": False,
        },
    ],
    "items": [
        {
            "code": "CW-01",
            "name": "乡级财政资金支付审批",
            "category": "财务与物资管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "所长 赵明华",
            "responsible_office": "财政所预算股",
            "handling_post": "预算会计",
            "conditions": (
                "乡机关及所属事业单位的各项支出须有批复预算、真实合法票据和完整附件（合同、验收单、"
                "公务卡消费凭证等）；按“经办人—部门负责人—财政所审核—分管领导—乡长”顺序签批，"
                "重大支出须附会议纪要。"
            ),
            "time_limit_days": 3,
            "time_limit_type": "working",
            "time_limit_rule": (
                "单据齐全之日起3个工作日内完成审核支付；项目资金需现场核实的可延长2个工作日。"
            ),
            "service_commitment": "支付审核标准、流程和时限公开，对不予支付的书面说明理由。",
            "work_discipline": "严格执行预算，不得截留、挪用财政资金；不得为不合规支出办理支付。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、乡党委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；财政所所长 赵明华 电话 0571-64812030；"
                "青山县财政局监督检查科 电话 0571-64581236"
            ),
            "accountability_cases": [
                "无预算、超预算支付的",
                "未按签批顺序或越权审批支付的",
                "截留、挪用财政资金的",
            ],
            "responsibilities": {
                "accept": "预算会计受理支付申请并登记。",
                "review": "审核预算指标、票据和附件合规性。",
                "decide": "按审批权限签批，重大支出经集体研究。",
                "deliver": "通过国库集中支付系统支付，凭证归档。",
                "supervise": "每月分析预算执行情况，向乡党委政府报告。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国预算法》",
                    "article": "",
                    "text": "规定各级政府、各部门、各单位的支出必须按照预算执行，不得虚假列支。",
                },
                {
                    "rank": "normative",
                    "document": "《行政事业单位内部控制规范（试行）》",
                    "article": "",
                    "text": "要求单位建立预算、收支、采购、资产等业务的内部控制，明确审批权限。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [
                {
                    "code": "CW-01-1",
                    "name": "日常公用经费支付审批",
                    "category": "财务与物资管理",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "所长 赵明华",
                    "responsible_office": "财政所预算股",
                    "handling_post": "预算会计",
                    "conditions": (
                        "办公、差旅、会议、培训、公务接待等公用经费：单笔5000元以下由分管领导审批；"
                        "5000元至5万元由乡长审批；5万元以上提交乡党政联席会议集体研究。"
                    ),
                    "time_limit_days": 3,
                    "time_limit_type": "working",
                    "time_limit_rule": "单据齐全之日起3个工作日内完成审核支付。",
                    "service_commitment": "支付审核标准和签批流程在财政所服务窗口公开。",
                    "work_discipline": (
                        "不得超预算、无预算支付；不得报销不合规票据；公务卡强制结算目录内的支出不得"
                        "以现金支付。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡纪委、乡党委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规"
                        "定，视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；"
                        "造成损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；财政所所长 赵明华 电话 0571-64812030；"
                        "青山县财政局监督检查科 电话 0571-64581236"
                    ),
                    "accountability_cases": [
                        "超预算或无预算支付的",
                        "审核不严导致虚假票据报销的",
                        "超标准列支公务接待、会议费用的",
                    ],
                    "responsibilities": {
                        "accept": "预算会计受理报销单据，检查附件是否齐全。",
                        "review": "对照预算指标和开支标准审核单据。",
                        "decide": "按金额由分管领导、乡长签批或党政联席会议研究。",
                        "deliver": "出纳通过国库集中支付系统支付。",
                        "supervise": "每月核对预算执行情况，异常支出报所长。",
                    },
                    "legal_bases": [
                        {
                            "rank": "normative",
                            "document": "《行政事业单位内部控制规范（试行）》",
                            "article": "",
                            "text": (
                                "要求单位建立支出审批控制，明确审批权限和程序，"
                                "实行不相容岗位相互分离。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
                {
                    "code": "CW-01-2",
                    "name": "项目资金支付审批",
                    "category": "财务与物资管理",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": True,
                    "is_large_sum": True,
                    "leader_in_charge": "副乡长 刘志勇（分管财政）",
                    "responsible_office": "财政所预算股",
                    "handling_post": "预算会计",
                    "conditions": (
                        "工程及服务类项目按合同约定进度支付，竣工审计前累计支付不超过合同价的80%，"
                        "审计结算后支付至97%，留3%质保金；单笔10万元以上须提交乡党委会集体研究。"
                    ),
                    "time_limit_days": 5,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "收到合同、进度确认单和发票之日起5个工作日内完成审核支付；"
                        "需现场核实的可延长2个工作日。"
                    ),
                    "service_commitment": "项目资金支付进度与民生工程进度同步公开。",
                    "work_discipline": "不得超进度、超合同支付；未经验收和审计的项目不得办理结算。",
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡纪委、乡党委依照《中国共产党纪律处分条"
                        "例》《中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规"
                        "定，视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；"
                        "造成损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；财政所所长 赵明华 电话 0571-64812030；"
                        "青山县财政局监督检查科 电话 0571-64581236"
                    ),
                    "accountability_cases": [
                        "超合同、超进度支付项目资金的",
                        "未经验收审计即办理结算的",
                        "大额支付未经集体研究的",
                    ],
                    "responsibilities": {
                        "accept": "预算会计受理支付申请，核对合同和进度确认单。",
                        "review": "副所长复核工程进度和已付金额。",
                        "decide": "按金额由乡长签批或乡党委会集体研究。",
                        "deliver": "通过国库集中支付系统支付至施工单位账户。",
                        "supervise": "跟踪项目审计结算，质保期满后办理尾款支付。",
                    },
                    "legal_bases": [
                        {
                            "rank": "law",
                            "document": "《中华人民共和国预算法》",
                            "article": "",
                            "text": (
                                "规定各级政府、各部门、各单位的支出必须按照预算执行，不得虚假列支。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
            ],
        },
        {
            "code": "JC-01",
            "name": "乡级年度预算编制与重大资金分配",
            "category": "重大事项决策",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": True,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "乡长 陈国栋",
            "responsible_office": "财政所预算股",
            "handling_post": "副所长",
            "conditions": (
                "年度预算草案按“两上两下”程序编制，经乡政府常务会议讨论后提请乡人民代表大会审查批准"
                "；年度中单项5万元以上的预算调剂和专项资金分配须经乡党委会集体研究。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": (
                "每年12月底前完成下年度预算草案编制；乡人民代表大会批准后20日内批复到各预算单位；"
                "预算调整按法定程序提请乡人民代表大会审查。"
            ),
            "service_commitment": "预算、决算和“三公”经费按规定在乡政府门户网站公开。",
            "work_discipline": "不得在预算之外安排支出；不得擅自调整预算用途；不得虚列支出。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、乡党委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；财政所所长 赵明华 电话 0571-64812030；"
                "青山县财政局监督检查科 电话 0571-64581236"
            ),
            "accountability_cases": [
                "未经集体研究分配重大资金的",
                "擅自改变预算资金用途的",
                "预算决算未按规定公开的",
            ],
            "responsibilities": {
                "accept": "财政所布置编制任务，受理各单位预算建议。",
                "review": "审核预算建议，测算收支，形成预算草案。",
                "decide": "经乡政府常务会议、乡党委会研究后提请乡人民代表大会审查批准。",
                "deliver": "批准后批复到各预算单位并向社会公开。",
                "supervise": "跟踪预算执行，年末编制决算报乡人民代表大会。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国预算法》",
                    "article": "",
                    "text": (
                        "规定乡、民族乡、镇的预算由本级人民代表大会审查和批准，"
                        "经批准的预算非经法定程序不得调整。"
                    ),
                },
                {
                    "rank": "regulation",
                    "document": "《中华人民共和国预算法实施条例》",
                    "article": "",
                    "text": "对预算编制、执行、调整和决算的具体程序以及预决算公开作出规定。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GF-01",
            "name": "惠民惠农财政补贴资金“一卡通”发放",
            "category": "行政给付",
            "power_kind": "execution",
            "origin": "delegated",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "所长 赵明华",
            "responsible_office": "财政所惠农资金股",
            "handling_post": "惠农资金专管员",
            "conditions": (
                "补贴对象、标准和金额经主管部门审核确认并公示无异议；发放数据经主管部门、"
                "财政所双重审核，通过“一卡通”系统直接发放到补贴对象社会保障卡或指定账户，"
                "严禁现金发放、代领代管。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "working",
            "time_limit_rule": "自收到主管部门审核确认的发放清册之日起10个工作日内发放到户。",
            "service_commitment": (
                "补贴政策、发放对象和金额在村（社区）公示并可在“一卡通”平台查询。"
            ),
            "work_discipline": "不得截留、挤占、挪用补贴资金；不得擅自变更补贴对象和账户信息。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、乡党委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；财政所所长 赵明华 电话 0571-64812030；"
                "青山县财政局监督检查科 电话 0571-64581236"
            ),
            "accountability_cases": [
                "截留、挪用或延迟发放补贴资金的",
                "擅自变更补贴对象账户信息的",
                "发放信息未按规定公开的",
            ],
            "responsibilities": {
                "accept": "惠农资金专管员接收主管部门报送的发放清册。",
                "review": "核对补贴对象身份和账户信息，比对重复发放。",
                "decide": "所长审核签字后提交“一卡通”系统发放。",
                "deliver": "发放结果反馈主管部门并在村（社区）公开。",
                "supervise": "开展抽查回访，处理群众对发放结果的咨询投诉。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《关于进一步加强惠民惠农财政补贴资金“一卡通”管理的指导意见》",
                    "article": "",
                    "text": (
                        "要求惠民惠农补贴资金原则上通过“一卡通”直接发放到人到户，"
                        "公开补贴政策和发放结果，严禁截留挪用。"
                    ),
                },
            ],
            "status": "confirmed",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "SP-01",
            "name": "村级财务委托代理记账审核",
            "category": "非行政许可审批",
            "power_kind": "execution",
            "origin": "entrusted",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "所长 赵明华",
            "responsible_office": "乡农村集体“三资”代理服务中心",
            "handling_post": "三资代理服务中心主任",
            "conditions": (
                "村级原始凭证须经经办人、证明人签字，村务监督委员会审核盖章，"
                "并按限额经村委会主任或村两委集体审批；非生产性开支1000元以上、"
                "生产经营性开支10000元以上须附两委会议记录；白条、"
                "超限额未经集体研究的单据不予入账。"
            ),
            "time_limit_days": 5,
            "time_limit_type": "working",
            "time_limit_rule": (
                "村报账员报账之日起5个工作日内完成审核记账；退回补正的自补正之日起重新计算。"
            ),
            "service_commitment": "审核标准、退单理由和村级财务报表按月反馈各村并公开。",
            "work_discipline": (
                "不得为不合规单据入账；不得代替村级组织作出开支决定；村级资金所有权、使用权不变。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、乡党委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；财政所所长 赵明华 电话 0571-64812030；"
                "青山县财政局监督检查科 电话 0571-64581236"
            ),
            "accountability_cases": [
                "为白条、超限额未经集体研究的单据入账的",
                "审核发现问题隐瞒不报的",
                "泄露或篡改村级财务数据的",
            ],
            "responsibilities": {
                "accept": "三资代理服务中心受理村报账员报送的凭证。",
                "review": "逐笔审核票据合法性、审批程序和限额。",
                "decide": "审核通过的入账，不合规的退回并书面说明理由。",
                "deliver": "按月向各村反馈财务报表，供村务公开。",
                "supervise": "对“三资”平台预警信息逐条核查。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《农村集体经济组织财务制度》",
                    "article": "",
                    "text": (
                        "规定农村集体经济组织可以实行委托代理记账，资金所有权、使用权和审批权不变。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《农村集体经济组织会计制度》",
                    "article": "",
                    "text": "规定农村集体经济组织会计核算的原则、会计科目和财务报表。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "CW-02",
            "name": "乡级政府采购组织实施",
            "category": "财务与物资管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "副乡长 刘志勇（分管财政）",
            "responsible_office": "财政所",
            "handling_post": "国有资产管理员",
            "conditions": (
                "纳入集中采购目录或达到采购限额标准的货物、服务和工程，须编制采购预算和采购计划，"
                "通过政府采购网上交易平台或委托采购代理机构采购；达到公开招标数额标准的不得化整为零"
                "规避公开招标。"
            ),
            "time_limit_days": 30,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "自采购计划备案之日起计算；采购结果公告后按规定时限签订合同，合同签订后按规定公告。"
            ),
            "service_commitment": "采购意向、采购公告、中标成交结果和合同按规定公开。",
            "work_discipline": (
                "不得指定品牌或供应商；不得拆分采购规避公开招标；采购人员与供应商有利害关系的应当回"
                "避。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、乡党委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；财政所所长 赵明华 电话 0571-64812030；"
                "青山县财政局监督检查科 电话 0571-64581236"
            ),
            "accountability_cases": [
                "化整为零规避公开招标的",
                "与供应商串通或收受回扣的",
                "采购结果未按规定公开的",
            ],
            "responsibilities": {
                "accept": "国有资产管理员受理采购需求，编制采购计划。",
                "review": "副所长审核采购预算、方式和需求合规性。",
                "decide": "按采购方式组织采购，评审结果由采购人依法确认。",
                "deliver": "公告采购结果，签订并公告采购合同。",
                "supervise": "组织履约验收，财政所按合同支付。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国政府采购法》",
                    "article": "",
                    "text": (
                        "规定政府采购方式包括公开招标、邀请招标、竞争性谈判、单一来源采购、询价等，"
                        "公开招标应作为主要采购方式，不得化整为零规避公开招标。"
                    ),
                },
                {
                    "rank": "regulation",
                    "document": "《中华人民共和国政府采购法实施条例》",
                    "article": "",
                    "text": "对采购需求、采购方式、采购程序、合同履行和质疑投诉作出具体规定。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "SF-01",
            "name": "非税收入收缴",
            "category": "行政收费",
            "power_kind": "execution",
            "origin": "delegated",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "所长 赵明华",
            "responsible_office": "财政所",
            "handling_post": "出纳",
            "conditions": (
                "乡级非税收入（国有资产有偿使用收入、国有资源出租收入、罚没收入等）实行“收支两条线”"
                "管理，使用财政电子票据，全额缴入国库或财政专户，严禁坐收坐支、截留挪用。"
            ),
            "time_limit_days": 1,
            "time_limit_type": "working",
            "time_limit_rule": "收到款项当日开具财政电子票据，次一工作日前缴入国库或财政专户。",
            "service_commitment": "收费项目、标准和依据在服务窗口公开，一律出具财政票据。",
            "work_discipline": "不得擅自设立收费项目或改变收费标准；不得坐收坐支、私设“小金库”。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、乡党委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；财政所所长 赵明华 电话 0571-64812030；"
                "青山县财政局监督检查科 电话 0571-64581236"
            ),
            "accountability_cases": [
                "擅自收费或不开具财政票据的",
                "坐收坐支、截留挪用非税收入的",
                "未按时缴库的",
            ],
            "responsibilities": {
                "accept": "出纳受理缴款，核对收费依据和金额。",
                "review": "预算会计复核收费项目和标准。",
                "decide": "按规定开具财政电子票据。",
                "deliver": "款项缴入国库或财政专户，票据交缴款人。",
                "supervise": "每月核对票据使用和缴库情况。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《政府非税收入管理办法》",
                    "article": "",
                    "text": (
                        "规定非税收入实行分类分级管理，收入全额上缴国库，"
                        "使用财政部门统一监制的票据。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国预算法》",
                    "article": "",
                    "text": (
                        "规定政府的全部收入应当上缴国家金库，任何部门、单位和个人不得截留、占用、"
                        "挪用或者拖欠。"
                    ),
                },
            ],
            "status": "submitted",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JC-02",
            "name": "乡级国有资产处置审核",
            "category": "重大事项决策",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": True,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "副乡长 刘志勇（分管财政）",
            "responsible_office": "财政所",
            "handling_post": "国有资产管理员",
            "conditions": (
                "报废、出售、出让、转让、置换、对外捐赠的国有资产须经技术鉴定或资产评估；"
                "县定限额以上的报县财政局审批，限额以内的经乡党政联席会议研究后由乡人民政府审批；"
                "出售、出让原则上通过公开拍卖或产权交易平台进行。"
            ),
            "time_limit_days": 20,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自资产使用单位提交完整处置申请之日起20个工作日内完成审核；"
                "需评估或报县审批的时间不计入。"
            ),
            "service_commitment": "处置事项、评估结果和处置收入在乡政务公开栏公开。",
            "work_discipline": "不得低价处置、暗箱操作；处置收入全额上缴国库。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、乡党委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；财政所所长 赵明华 电话 0571-64812030；"
                "青山县财政局监督检查科 电话 0571-64581236"
            ),
            "accountability_cases": [
                "未经批准擅自处置国有资产的",
                "低价处置或与受让方串通造成国有资产流失的",
                "处置收入未上缴的",
            ],
            "responsibilities": {
                "accept": "国有资产管理员受理处置申请，核对资产卡片。",
                "review": "组织技术鉴定或委托资产评估。",
                "decide": "按权限经党政联席会议研究或报县财政局审批。",
                "deliver": "公开处置，办理资产核销和收入缴库。",
                "supervise": "年度资产清查时复核处置结果。",
            },
            "legal_bases": [
                {
                    "rank": "regulation",
                    "document": "《行政事业性国有资产管理条例》",
                    "article": "",
                    "text": (
                        "规定各部门及其所属单位应当按照规定权限处置国有资产，遵循公开、公平、"
                        "公正和竞争、择优原则，处置收入按规定上缴。"
                    ),
                },
                {
                    "rank": "rule",
                    "document": "《事业单位国有资产管理暂行办法》",
                    "article": "",
                    "text": "规定事业单位国有资产处置的范围、审批权限和程序。",
                },
            ],
            "status": "published_with_draft_edit",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "RS-01",
            "name": "财政所工作人员考核与奖惩",
            "category": "人事管理",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "所长 赵明华",
            "responsible_office": "财政所",
            "handling_post": "所长",
            "conditions": (
                "考核分平时考核、专项考核和年度考核；年度考核确定优秀、合格、基本合格、不合格等次，"
                "优秀等次比例按规定控制；考核结果作为奖惩、岗位调整和绩效工资分配的依据。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": "年度考核于次年1月底前完成，考核结果公示不少于5个工作日。",
            "service_commitment": (
                "考核标准、程序和优秀等次人选公开，本人对结果有异议的可申请复核。"
            ),
            "work_discipline": (
                "不得凭个人好恶确定考核等次；考核人员与被考核人有亲属关系的应当回避。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、乡党委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；财政所所长 赵明华 电话 0571-64812030；"
                "青山县财政局监督检查科 电话 0571-64581236"
            ),
            "accountability_cases": [
                "考核弄虚作假、打击报复的",
                "违反比例规定确定优秀等次的",
                "未按规定公示考核结果的",
            ],
            "responsibilities": {
                "accept": "工作人员个人总结述职。",
                "review": "所务会结合平时考核和民主测评提出等次建议。",
                "decide": "报乡党委审定考核等次。",
                "deliver": "考核结果书面通知本人并公示。",
                "supervise": "跟踪不合格人员整改。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《事业单位工作人员考核规定》",
                    "article": "",
                    "text": "规定事业单位工作人员考核的内容、方式、等次和结果运用。",
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国公务员法》",
                    "article": "",
                    "text": (
                        "规定对公务员实行平时考核、专项考核和定期考核，考核结果作为调整职务职级、"
                        "工资以及奖励、培训、辞退的依据。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "SP-02",
            "name": "“一事一议”财政奖补项目申报审核",
            "category": "非行政许可审批",
            "power_kind": "execution",
            "origin": "delegated",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": True,
            "is_large_sum": True,
            "leader_in_charge": "副乡长 刘志勇（分管财政）",
            "responsible_office": "财政所",
            "handling_post": "副所长",
            "conditions": (
                "村内道路、小型水利、村容村貌等公益事业项目，经村民会议或村民代表会议“一事一议”"
                "决定，筹资筹劳符合县定限额标准；项目预算、设计和群众议事记录齐全。"
            ),
            "time_limit_days": 15,
            "time_limit_type": "working",
            "time_limit_rule": (
                "自村级组织报送材料之日起15个工作日内完成初审并报县财政局，含现场踏勘时间。"
            ),
            "service_commitment": "奖补政策、申报条件和审核结果公开。",
            "work_discipline": "不得虚报项目、重复申报；不得向村级组织收取任何费用。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、乡党委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；财政所所长 赵明华 电话 0571-64812030；"
                "青山县财政局监督检查科 电话 0571-64581236"
            ),
            "accountability_cases": [
                "为不符合条件的项目出具审核意见的",
                "虚报、重复申报奖补项目的",
                "挤占挪用奖补资金的",
            ],
            "responsibilities": {
                "accept": "副所长受理村级申报材料。",
                "review": "审查议事程序和预算，现场踏勘项目。",
                "decide": "本所只负责初审，奖补决定由县财政局作出。",
                "deliver": "审核结果反馈村级组织并公开。",
                "supervise": "跟踪项目建设和验收，按进度拨付奖补资金。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《村民一事一议筹资筹劳管理办法》",
                    "article": "",
                    "text": (
                        "规定村内公益事业筹资筹劳须经村民会议或村民代表会议民主议事，"
                        "筹资筹劳实行上限控制。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县村级公益事业建设一事一议财政奖补实施办法》",
                    "article": "",
                    "text": "规定奖补项目的申报条件、审核程序和资金拨付方式。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JD-01",
            "name": "村级“三资”管理监督检查",
            "category": "行政检查",
            "power_kind": "supervision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "所长 赵明华",
            "responsible_office": "乡农村集体“三资”代理服务中心",
            "handling_post": "三资代理服务中心主任",
            "conditions": (
                "每年对各村（社区）集体资金、资产、资源管理情况开展不少于一次全面检查，对“三资”"
                "平台预警信息逐条核查；重点检查大额支出、合同履行、集体资产出租收入和票据合规性。"
            ),
            "time_limit_days": 30,
            "time_limit_type": "calendar",
            "time_limit_rule": "检查结束后30日内出具检查意见，整改期限一般不超过60日。",
            "service_commitment": (
                "检查计划、检查结论和整改情况向乡党委和乡纪委报告，并在村务公开栏公开。"
            ),
            "work_discipline": "检查人员不得接受被检查单位宴请；与被检查村有亲属关系的应当回避。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、乡党委依照《中国共产党纪律处分条例》《中"
                "华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；财政所所长 赵明华 电话 0571-64812030；"
                "青山县财政局监督检查科 电话 0571-64581236"
            ),
            "accountability_cases": [
                "检查中发现问题隐瞒不报的",
                "接受被检查单位宴请或财物的",
                "对整改不到位的问题不跟踪的",
            ],
            "responsibilities": {
                "accept": "制定年度检查计划，通知被检查村。",
                "review": "查阅账簿、合同和平台数据，实地核查资产资源。",
                "decide": "形成检查意见，重大问题移送乡纪委。",
                "deliver": "检查意见书面送达被检查村。",
                "supervise": "跟踪整改并复查。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《农村集体经济组织财务制度》",
                    "article": "",
                    "text": "规定乡镇农村经营管理部门对农村集体经济组织财务活动进行指导和监督。",
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国村民委员会组织法》",
                    "article": "",
                    "text": (
                        "规定村民委员会成员实行任期和离任经济责任审计，审计事项包括本村财务收支、"
                        "集体资产资源管理等。"
                    ),
                },
            ],
            "status": "draft",
            "returned_reason": "",
            "sub_items": [],
        },
    ],
}


_QX_H01 = {
    "code": "QX-H01",
    "name": "清溪乡卫生院",
    "kind": "health",
    "address": "青山县清溪乡卫生路9号",
    "phone": "0571-64813120",
    "first_responsible": "徐志刚",
    "first_responsible_title": "院长",
    "posts": [
        {
            "name": "院长",
            "holder": "徐志刚",
            "duties": (
                "主持卫生院全面工作，负责“三重一大”事项集体决策的组织实施，"
                "是本院权力公开透明运行第一责任人。"
            ),
            "manages_people": True,
            "manages_money": True,
            "manages_goods": True,
            "manages_affairs": True,
        },
        {
            "name": "副院长",
            "holder": "沈红",
            "duties": (
                "分管公共卫生、医疗质量和院务公开，负责传染病报告管理和基本公共卫生服务项目实施。"
            ),
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "会计",
            "holder": "何丽娟",
            "duties": "负责财务核算、绩效工资核算和专项资金账务管理。",
            "manages_people": False,
            "manages_money": True,
            "manages_goods": False,
            "manages_affairs": False,
        },
        {
            "name": "收费室负责人",
            "holder": "王芳",
            "duties": "负责门诊、住院收费和医疗费用清单管理，执行医疗服务价格规定。",
            "manages_people": False,
            "manages_money": True,
            "manages_goods": False,
            "manages_affairs": False,
        },
        {
            "name": "药房负责人",
            "holder": "李国平",
            "duties": "负责药品和医用耗材采购计划、验收入库、储存养护和出库管理。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": True,
            "manages_affairs": False,
        },
        {
            "name": "公共卫生科科长",
            "holder": "黄晓明",
            "duties": "负责基本公共卫生服务项目组织、村卫生室考核和传染病疫情信息报告。",
            "manages_people": False,
            "manages_money": True,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "医保办负责人",
            "holder": "吴磊",
            "duties": "负责医保政策执行、医疗费用审核和参保人员手工报销材料初审。",
            "manages_people": False,
            "manages_money": True,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "院感管理员",
            "holder": "周敏",
            "duties": "负责医院感染控制和医疗废物分类收集、暂存、交接登记的监督检查。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": True,
            "manages_affairs": True,
        },
    ],
    "items": [
        {
            "code": "SF-01",
            "name": "医疗服务收费",
            "category": "行政收费",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "院长 徐志刚",
            "responsible_office": "收费室",
            "handling_post": "收费室负责人",
            "conditions": (
                "严格执行省医疗服务价格项目规范和县医保部门公布的价格标准，"
                "药品和医用耗材按实际购进价零差率销售；收费项目和标准在门诊大厅电子屏公示，"
                "住院患者提供每日费用清单。"
            ),
            "time_limit_days": 3,
            "time_limit_type": "working",
            "time_limit_rule": (
                "门诊收费即时办理，住院患者出院当日结算；患者对费用有疑问的，3个工作日内核查答复。"
            ),
            "service_commitment": "明码标价，一律出具医疗收费票据，住院费用清单每日提供。",
            "work_discipline": "不得自立项目、分解项目、超标准收费；不得重复收费或串换项目收费。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、县卫生健康局依照《中国共产党纪律处分条例"
                "》《中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；卫生院投诉接待室 电话 0571-64813110；"
                "青山县卫生健康局 监督电话 0571-64583120"
            ),
            "accountability_cases": [
                "自立项目、超标准或分解项目收费的",
                "重复收费、串换项目骗取医保基金的",
                "拒不提供费用清单的",
            ],
            "responsibilities": {
                "accept": "收费室受理门诊和住院收费。",
                "review": "核对医嘱和收费项目、标准。",
                "decide": "按价格标准计费结算。",
                "deliver": "出具票据和费用清单。",
                "supervise": "医保办每月抽查收费合规性，处理患者咨询投诉。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国价格法》",
                    "article": "第十三条",
                    "text": (
                        "规定经营者销售商品和提供服务，应当按照政府价格主管部门的规定明码标价，"
                        "注明名称、计价单位、价格等有关情况。"
                    ),
                },
                {
                    "rank": "regulation",
                    "document": "《医疗机构管理条例》",
                    "article": "",
                    "text": "规定医疗机构应当按照有关规定收取医疗费用，详列细项并出具收据。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "CW-01",
            "name": "药品和医用耗材采购",
            "category": "财务与物资管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "院长 徐志刚",
            "responsible_office": "药房",
            "handling_post": "药房负责人",
            "conditions": (
                "药品和医用耗材全部通过省药械采购平台采购，设备按政府采购规定实施；"
                "采购计划经药事管理与药物治疗学组或院务会审核。"
            ),
            "time_limit_days": 5,
            "time_limit_type": "working",
            "time_limit_rule": (
                "月度采购计划经审批后5个工作日内完成下单；急需的可即时采购并于次日补办手续。"
            ),
            "service_commitment": "采购品种、价格和配送企业定期公示。",
            "work_discipline": "不得平台外采购；不得收受回扣；采购、验收、保管岗位相互分离。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、县卫生健康局依照《中国共产党纪律处分条例"
                "》《中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；卫生院投诉接待室 电话 0571-64813110；"
                "青山县卫生健康局 监督电话 0571-64583120"
            ),
            "accountability_cases": [
                "平台外采购或拆分采购的",
                "收受医药企业回扣、财物的",
                "采购、验收由同一人办理的",
            ],
            "responsibilities": {
                "accept": "药房负责人汇总采购需求。",
                "review": "药事管理与药物治疗学组或院务会审核。",
                "decide": "院长审批。",
                "deliver": "平台下单、验收入库。",
                "supervise": "定期盘点和使用监测。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国药品管理法》",
                    "article": "",
                    "text": (
                        "规定医疗机构购进药品应当建立并执行进货检查验收制度，"
                        "验明药品合格证明和其他标识。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《医疗机构药事管理规定》",
                    "article": "",
                    "text": "规定医疗机构药事管理与药物治疗学组负责药品遴选和采购供应管理。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [
                {
                    "code": "CW-01-1",
                    "name": "药品采购",
                    "category": "财务与物资管理",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": True,
                    "leader_in_charge": "院长 徐志刚",
                    "responsible_office": "药房",
                    "handling_post": "药房负责人",
                    "conditions": (
                        "在本院药品目录内按临床需求编制采购计划，全部通过省药械采购平台采购，"
                        "国家和省级集中带量采购中选药品优先使用；特殊管理药品按规定专人采购、"
                        "专柜存放。"
                    ),
                    "time_limit_days": 5,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "月度采购计划经审批后5个工作日内在平台下单；急救药品可即时采购并于次日补办"
                        "手续。"
                    ),
                    "service_commitment": "采购品种、价格和配送企业按季度在院内公示。",
                    "work_discipline": (
                        "不得在平台外采购药品；不得接受医药企业回扣、宴请和赞助；不得指定配送企业。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡纪委、县卫生健康局依照《中国共产党纪律"
                        "处分条例》《中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定"
                        "》等规定，视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；"
                        "造成损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；卫生院投诉接待室 电话 0571-64813110；"
                        "青山县卫生健康局 监督电话 0571-64583120"
                    ),
                    "accountability_cases": [
                        "平台外采购药品的",
                        "收受医药企业回扣、财物的",
                        "验收不严导致不合格药品入库的",
                    ],
                    "responsibilities": {
                        "accept": "药房负责人汇总科室用药需求，编制采购计划。",
                        "review": "药事管理与药物治疗学组审核采购品种和数量。",
                        "decide": "院长审批采购计划。",
                        "deliver": "平台下单，药品到货后验收入库。",
                        "supervise": "定期盘点，开展处方点评和用药监测。",
                    },
                    "legal_bases": [
                        {
                            "rank": "law",
                            "document": "《中华人民共和国药品管理法》",
                            "article": "",
                            "text": (
                                "规定医疗机构应当从具有药品生产、经营资格的企业购进药品，"
                                "并建立执行进货检查验收制度。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
                {
                    "code": "CW-01-2",
                    "name": "医用耗材及小型设备采购",
                    "category": "财务与物资管理",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "院长 徐志刚",
                    "responsible_office": "药房",
                    "handling_post": "药房负责人",
                    "conditions": (
                        "医用耗材通过省药械采购平台采购；单价1万元以上或批量5万元以上的设备按政府采"
                        "购规定实施，采购前须经院务会论证。"
                    ),
                    "time_limit_days": 10,
                    "time_limit_type": "working",
                    "time_limit_rule": (
                        "采购计划审批后10个工作日内完成采购；政府采购项目按政府采购程序时限执行。"
                    ),
                    "service_commitment": "采购结果在院务公开栏公示。",
                    "work_discipline": "不得拆分采购规避政府采购；不得指定品牌或供应商。",
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡纪委、县卫生健康局依照《中国共产党纪律"
                        "处分条例》《中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定"
                        "》等规定，视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；"
                        "造成损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；卫生院投诉接待室 电话 0571-64813110；"
                        "青山县卫生健康局 监督电话 0571-64583120"
                    ),
                    "accountability_cases": [
                        "拆分采购规避政府采购的",
                        "指定品牌或供应商的",
                    ],
                    "responsibilities": {
                        "accept": "科室提出采购申请，说明用途和参数。",
                        "review": "院务会论证采购必要性和预算。",
                        "decide": "院长审批或按规定集体研究。",
                        "deliver": "组织采购并验收入库。",
                        "supervise": "建立设备档案，跟踪使用效益。",
                    },
                    "legal_bases": [
                        {
                            "rank": "law",
                            "document": "《中华人民共和国政府采购法》",
                            "article": "",
                            "text": (
                                "规定政府采购应当遵循公开透明、公平竞争、公正和诚实信用原则，"
                                "不得化整为零规避公开招标。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
            ],
        },
        {
            "code": "CW-02",
            "name": "基本公共卫生服务项目资金管理",
            "category": "财务与物资管理",
            "power_kind": "execution",
            "origin": "delegated",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "副院长 沈红",
            "responsible_office": "公共卫生科",
            "handling_post": "公共卫生科科长",
            "conditions": (
                "基本公共卫生服务补助资金按服务人口和绩效考核结果拨付，专款专用；"
                "拨付村卫生室的资金按考核结果核定并公示；不得用于基本建设、"
                "大型设备购置或弥补其他支出。"
            ),
            "time_limit_days": 15,
            "time_limit_type": "working",
            "time_limit_rule": "县级资金到账后，按季度考核结果在15个工作日内拨付村卫生室。",
            "service_commitment": "村卫生室考核结果和补助金额在院内和各村公示。",
            "work_discipline": "不得截留、挤占、挪用项目资金；不得虚报服务数量套取资金。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、县卫生健康局依照《中国共产党纪律处分条例"
                "》《中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；卫生院投诉接待室 电话 0571-64813110；"
                "青山县卫生健康局 监督电话 0571-64583120"
            ),
            "accountability_cases": [
                "虚报服务数量或伪造健康档案套取资金的",
                "截留、挪用项目资金的",
                "考核结果和补助金额未公示的",
            ],
            "responsibilities": {
                "accept": "公共卫生科汇总服务数量和村卫生室考核数据。",
                "review": "会计审核资金使用范围和标准。",
                "decide": "院务会研究确定拨付方案。",
                "deliver": "拨付村卫生室并公示。",
                "supervise": "开展季度考核和电话回访核查。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国基本医疗卫生与健康促进法》",
                    "article": "",
                    "text": (
                        "规定国家实行基本公共卫生服务项目制度，由基层医疗卫生机构等提供基本公共卫生"
                        "服务。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《基本公共卫生服务补助资金管理办法》",
                    "article": "",
                    "text": "规定补助资金按服务人口和绩效评价结果分配，专款专用，不得挤占挪用。",
                },
            ],
            "status": "submitted",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "SP-01",
            "name": "城乡居民医保零星报销初审",
            "category": "非行政许可审批",
            "power_kind": "execution",
            "origin": "entrusted",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "院长 徐志刚",
            "responsible_office": "医保办",
            "handling_post": "医保办负责人",
            "conditions": (
                "参保人员因急诊抢救、转诊备案后异地就医等原因未能直接结算的，凭医疗费用票据、"
                "费用明细清单、出院小结和社会保障卡申请报销；本院负责材料受理和初审，"
                "报县医保经办机构审核支付。"
            ),
            "time_limit_days": 5,
            "time_limit_type": "working",
            "time_limit_rule": (
                "材料齐全之日起5个工作日内完成初审并报县医保经办机构；材料不全的一次性告知补正。"
            ),
            "service_commitment": "报销政策和所需材料清单在医保窗口公开，一次性告知。",
            "work_discipline": "不得为不符合规定的费用出具初审意见；不得收取任何费用。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、县卫生健康局依照《中国共产党纪律处分条例"
                "》《中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；卫生院投诉接待室 电话 0571-64813110；"
                "青山县卫生健康局 监督电话 0571-64583120"
            ),
            "accountability_cases": [
                "为虚假票据或不合规费用出具初审意见的",
                "拖延报送材料的",
                "泄露参保人员信息的",
            ],
            "responsibilities": {
                "accept": "医保办受理报销申请，查验材料。",
                "review": "审核就医记录、费用明细和备案手续。",
                "decide": "本院只负责初审，支付决定由县医保经办机构作出。",
                "deliver": "初审材料报县医保经办机构，告知申请人。",
                "supervise": "跟踪报销结果，答复参保人员咨询。",
            },
            "legal_bases": [
                {
                    "rank": "regulation",
                    "document": "《医疗保障基金使用监督管理条例》",
                    "article": "",
                    "text": (
                        "规定定点医药机构应当核验参保人员医疗保障凭证，"
                        "按照诊疗规范提供合理必要的医药服务，不得骗取医疗保障基金。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国社会保险法》",
                    "article": "",
                    "text": (
                        "规定符合基本医疗保险药品目录、诊疗项目、医疗服务设施标准以及急诊、"
                        "抢救的医疗费用，按照国家规定从基本医疗保险基金中支付。"
                    ),
                },
            ],
            "status": "returned",
            "returned_reason": (
                "依据中请补充县医保局《城乡居民医保零星报销经办规程》，"
                "并写明异地就医备案的办理渠道；初审时限与规程核对一致后重新提交。"
                "（乡卫生健康办 审核）"
            ),
            "sub_items": [],
        },
        {
            "code": "RS-01",
            "name": "人员招聘与岗位聘用",
            "category": "人事管理",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": True,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "院长 徐志刚",
            "responsible_office": "院办公室",
            "handling_post": "院长",
            "conditions": (
                "编制内人员由县卫生健康局、县人力社保局统一组织公开招聘；"
                "编外合同制人员由院务会研究招聘方案，报县卫生健康局备案后公开招聘；"
                "中层岗位实行竞聘上岗。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": "招聘公告发布不少于7个工作日；拟聘人员名单公示不少于5个工作日。",
            "service_commitment": "招聘岗位、条件、程序和结果全部公开。",
            "work_discipline": (
                "严格执行回避制度，不得因人设岗、暗箱操作；招聘工作人员与应聘人员有亲属关系的应当回"
                "避。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、县卫生健康局依照《中国共产党纪律处分条例"
                "》《中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；卫生院投诉接待室 电话 0571-64813110；"
                "青山县卫生健康局 监督电话 0571-64583120"
            ),
            "accountability_cases": [
                "因人设岗、降低条件招聘的",
                "违反回避规定的",
                "拟聘人员未经公示即聘用的",
            ],
            "responsibilities": {
                "accept": "院办公室受理用人需求，拟定招聘方案。",
                "review": "院务会审议方案，报县卫生健康局备案。",
                "decide": "按考试考察结果由院务会集体研究确定拟聘人员。",
                "deliver": "公示无异议后签订聘用合同。",
                "supervise": "试用期考核，不合格的解除聘用。",
            },
            "legal_bases": [
                {
                    "rank": "regulation",
                    "document": "《事业单位人事管理条例》",
                    "article": "第八条",
                    "text": (
                        "规定事业单位新聘用工作人员应当面向社会公开招聘，国家政策性安置、上级任命、"
                        "涉密岗位等人员除外。"
                    ),
                },
                {
                    "rank": "regulation",
                    "document": "《事业单位人事管理条例》",
                    "article": "第九条",
                    "text": (
                        "规定公开招聘按制定方案、公布信息、资格审查、考试考察、体检、公示拟聘人员、"
                        "订立聘用合同的程序进行。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "RS-02",
            "name": "绩效工资分配",
            "category": "人事管理",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": True,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "院长 徐志刚",
            "responsible_office": "院办公室",
            "handling_post": "会计",
            "conditions": (
                "绩效工资分配方案经职工代表大会（职工大会）讨论通过后实施，向临床一线、"
                "公共卫生和业务骨干倾斜，不得与药品、耗材、检查收入挂钩；"
                "月度分配结果在院内公示3天。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "working",
            "time_limit_rule": "次月10个工作日内完成上月绩效考核和核算。",
            "service_commitment": "分配方案和考核细则全院公开，职工对考核结果有异议的可申请复核。",
            "work_discipline": "不得突破县核定的绩效工资总量；不得设立与业务收入挂钩的分配指标。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、县卫生健康局依照《中国共产党纪律处分条例"
                "》《中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；卫生院投诉接待室 电话 0571-64813110；"
                "青山县卫生健康局 监督电话 0571-64583120"
            ),
            "accountability_cases": [
                "突破绩效工资总量或违规发放津贴补贴的",
                "将个人收入与药品耗材收入挂钩的",
                "分配方案未经职工代表大会通过的",
            ],
            "responsibilities": {
                "accept": "会计汇总各科室考核数据。",
                "review": "绩效考核小组审核考核结果。",
                "decide": "院务会研究确定分配结果。",
                "deliver": "分配结果院内公示3天后发放。",
                "supervise": "职工代表大会年度评议分配方案执行情况。",
            },
            "legal_bases": [
                {
                    "rank": "regulation",
                    "document": "《事业单位人事管理条例》",
                    "article": "",
                    "text": (
                        "规定事业单位工作人员工资包括基本工资、绩效工资和津贴补贴，"
                        "绩效工资分配体现工作人员的实绩和贡献。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县基层医疗卫生机构绩效工资分配指导意见》",
                    "article": "",
                    "text": "规定基层医疗卫生机构绩效工资总量核定办法和内部分配原则。",
                },
            ],
            "status": "draft",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JD-01",
            "name": "医疗废物处置监督",
            "category": "其他",
            "power_kind": "supervision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "副院长 沈红",
            "responsible_office": "院感科",
            "handling_post": "院感管理员",
            "conditions": (
                "医疗废物分类收集、专用包装、专人交接登记；暂存点远离医疗区并设置警示标识，"
                "暂存不超过2天；交由有资质的集中处置单位转运处置，登记资料保存不少于3年。"
            ),
            "time_limit_days": 2,
            "time_limit_type": "calendar",
            "time_limit_rule": "医疗废物暂存时间不得超过2天；发现违规的当日责令整改。",
            "service_commitment": "医疗废物交接登记和转移联单可供监督检查。",
            "work_discipline": "严禁买卖、转让医疗废物；严禁将医疗废物混入生活垃圾。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、县卫生健康局依照《中国共产党纪律处分条例"
                "》《中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；卫生院投诉接待室 电话 0571-64813110；"
                "青山县卫生健康局 监督电话 0571-64583120"
            ),
            "accountability_cases": [
                "医疗废物混入生活垃圾或露天存放的",
                "买卖、转让医疗废物的",
                "交接登记不全或伪造登记资料的",
            ],
            "responsibilities": {
                "accept": "院感管理员每日巡查各科室分类收集情况。",
                "review": "核对交接登记、暂存时间和转移联单。",
                "decide": "发现问题当场责令整改并记录。",
                "deliver": "检查结果每月通报全院。",
                "supervise": "整改情况纳入科室绩效考核。",
            },
            "legal_bases": [
                {
                    "rank": "regulation",
                    "document": "《医疗废物管理条例》",
                    "article": "第十七条",
                    "text": (
                        "规定医疗卫生机构应当建立医疗废物暂时贮存设施设备，不得露天存放，"
                        "暂时贮存时间不得超过2天，并远离医疗区、食品加工区和人员活动区。"
                    ),
                },
                {
                    "rank": "rule",
                    "document": "《医疗卫生机构医疗废物管理办法》",
                    "article": "",
                    "text": (
                        "规定医疗卫生机构医疗废物分类收集、运送、暂时贮存和交接登记的管理要求。"
                    ),
                },
            ],
            "status": "confirmed",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GG-01",
            "name": "传染病疫情报告",
            "category": "公共服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "副院长 沈红",
            "responsible_office": "公共卫生科",
            "handling_post": "公共卫生科科长",
            "conditions": (
                "首诊医生发现法定传染病病人、疑似病人，按规定填写传染病报告卡；"
                "公共卫生科审核后通过传染病报告信息管理系统网络直报，并报县疾病预防控制中心。"
            ),
            "time_limit_days": None,
            "time_limit_type": "calendar",
            "time_limit_rule": (
                "甲类及按甲类管理的传染病在诊断后2小时内网络直报；其他乙类、"
                "丙类传染病在诊断后24小时内网络直报。"
            ),
            "service_commitment": "按规定时限报告，配合疾控机构开展流行病学调查。",
            "work_discipline": "不得隐瞒、谎报、缓报疫情；不得泄露患者个人隐私。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、县卫生健康局依照《中国共产党纪律处分条例"
                "》《中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；卫生院投诉接待室 电话 0571-64813110；"
                "青山县卫生健康局 监督电话 0571-64583120"
            ),
            "accountability_cases": [
                "隐瞒、谎报、缓报传染病疫情的",
                "泄露传染病病人个人隐私的",
                "未按规定登记门诊日志的",
            ],
            "responsibilities": {
                "accept": "首诊医生发现病例，填写报告卡。",
                "review": "公共卫生科审核报告卡信息。",
                "decide": "按时限网络直报。",
                "deliver": "报县疾病预防控制中心并通知相关村卫生室。",
                "supervise": "配合流调和密切接触者管理，开展漏报自查。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国传染病防治法》",
                    "article": "",
                    "text": (
                        "规定医疗机构及其执行职务的人员发现传染病疫情时，应当按照规定的内容、程序、"
                        "方式和时限报告，不得隐瞒、谎报、缓报。"
                    ),
                },
                {
                    "rank": "regulation",
                    "document": "《突发公共卫生事件应急条例》",
                    "article": "",
                    "text": (
                        "规定突发公共卫生事件的报告时限和程序，任何单位和个人不得隐瞒、缓报、谎报。"
                    ),
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JC-01",
            "name": "大型设备购置和基建项目决策",
            "category": "重大事项决策",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": True,
            "is_major_appointment": False,
            "is_major_project": True,
            "is_large_sum": True,
            "leader_in_charge": "院长 徐志刚",
            "responsible_office": "院务会",
            "handling_post": "院长",
            "conditions": (
                "单台（套）5万元以上医疗设备购置、10万元以上维修改造和基建项目，"
                "须经论证后由院党支部会议、院务会集体研究，报县卫生健康局审批后按政府采购或招投标规"
                "定实施。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": "按年度计划组织论证，集体研究后10个工作日内报县卫生健康局审批。",
            "service_commitment": "项目名称、预算、实施单位和进度在院务公开栏公开。",
            "work_discipline": "不得个人决定“三重一大”事项；不得拆分项目规避集体研究和招标。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、县卫生健康局依照《中国共产党纪律处分条例"
                "》《中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；卫生院投诉接待室 电话 0571-64813110；"
                "青山县卫生健康局 监督电话 0571-64583120"
            ),
            "accountability_cases": [
                "个人或少数人决定重大项目的",
                "拆分项目规避招标的",
                "项目实施与集体决定不一致的",
            ],
            "responsibilities": {
                "accept": "院办公室受理科室项目申报。",
                "review": "组织技术和经济论证。",
                "decide": "院党支部会议、院务会集体研究决定。",
                "deliver": "报县卫生健康局审批，结果公开。",
                "supervise": "跟踪项目实施和验收，开展使用效益评价。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《青山县卫生健康系统“三重一大”事项集体决策实施办法》",
                    "article": "",
                    "text": (
                        "规定重大决策、重要人事任免、重大项目安排和大额资金使用须经领导班子集体决策"
                        "。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国政府采购法》",
                    "article": "",
                    "text": "规定达到采购限额标准的货物、工程和服务应当依法实施政府采购。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GG-02",
            "name": "院务公开",
            "category": "其他",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "副院长 沈红",
            "responsible_office": "院办公室",
            "handling_post": "副院长",
            "conditions": (
                "医疗服务价格、药品价格、就医流程、医保政策、投诉渠道等面向社会公开；财务收支、"
                "绩效分配、人员招聘、采购等面向职工公开。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "calendar",
            "time_limit_rule": "信息形成或变更之日起10日内公开；价格调整在执行前公开。",
            "service_commitment": "公开内容及时、准确，接受患者和职工监督。",
            "work_discipline": "不得选择性公开或公开虚假信息；不得泄露患者隐私。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、县卫生健康局依照《中国共产党纪律处分条例"
                "》《中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；卫生院投诉接待室 电话 0571-64813110；"
                "青山县卫生健康局 监督电话 0571-64583120"
            ),
            "accountability_cases": [
                "应当公开而未公开的",
                "公开信息虚假的",
            ],
            "responsibilities": {
                "accept": "院办公室收集整理公开信息。",
                "review": "副院长审核公开内容。",
                "decide": "院长审定。",
                "deliver": "通过电子屏、公开栏和公众号公开。",
                "supervise": "收集意见建议并答复。",
            },
            "legal_bases": [
                {
                    "rank": "regulation",
                    "document": "《中华人民共和国政府信息公开条例》",
                    "article": "第五十五条",
                    "text": (
                        "规定教育、卫生健康等公共企事业单位公开在提供社会公共服务过程中制作、"
                        "获取的信息，依照相关法律法规和主管部门的规定执行。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《医疗卫生机构信息公开管理办法》",
                    "article": "",
                    "text": "规定医疗卫生机构信息公开的内容、方式和监督管理。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
    ],
}


_QX_S01 = {
    "code": "QX-S01",
    "name": "清溪乡中心初级中学",
    "kind": "school",
    "address": "青山县清溪乡学府路1号",
    "phone": "0571-64815001",
    "first_responsible": "潘建军",
    "first_responsible_title": "校长",
    "posts": [
        {
            "name": "校长",
            "holder": "潘建军",
            "duties": (
                "主持学校全面工作，负责“三重一大”事项集体决策，是学校权力公开透明运行第一责任人。"
            ),
            "manages_people": True,
            "manages_money": True,
            "manages_goods": True,
            "manages_affairs": True,
        },
        {
            "name": "副校长",
            "holder": "戴晓芸",
            "duties": "分管教学和校务公开，负责教师职称评审推荐的组织实施。",
            "manages_people": True,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "教务主任",
            "holder": "冯俊",
            "duties": "负责招生入学、学籍管理和教学常规管理。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "政教主任",
            "holder": "许丽",
            "duties": "负责德育、评先评优推荐和家校联系工作。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": False,
            "manages_affairs": True,
        },
        {
            "name": "总务主任",
            "holder": "邵国庆",
            "duties": "负责食堂管理、物资采购、校舍维修和安全后勤。",
            "manages_people": False,
            "manages_money": False,
            "manages_goods": True,
            "manages_affairs": True,
        },
        {
            "name": "会计",
            "holder": "罗敏",
            "duties": "负责学校经费核算、代收费管理和财务公开。",
            "manages_people": False,
            "manages_money": True,
            "manages_goods": False,
            "manages_affairs": False,
        },
        {
            "name": "学生资助专管员",
            "holder": "金晓燕",
            "duties": "负责学生资助政策宣传、申请受理、资料审核和资助信息系统管理。",
            "manages_people": False,
            "manages_money": True,
            "manages_goods": False,
            "manages_affairs": True,
        },
    ],
    "items": [
        {
            "code": "GG-01",
            "name": "招生与学籍管理",
            "category": "公共服务",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "副校长 戴晓芸",
            "responsible_office": "教务处",
            "handling_post": "教务主任",
            "conditions": (
                "按县教育局划定的学区招收小学毕业生，免试就近入学，不得举行或变相举行入学考试；"
                "新生学籍在入学后按规定时间录入全国中小学生学籍信息管理系统，转学、休学按规定办理。"
            ),
            "time_limit_days": 5,
            "time_limit_type": "working",
            "time_limit_rule": (
                "转学、休学申请自材料齐全之日起5个工作日内办结；新生学籍在开学后1个月内完成注册。"
            ),
            "service_commitment": "招生范围、招生计划和转学办理流程向社会公开。",
            "work_discipline": (
                "不得以考试、竞赛成绩作为招生依据；不得违规接收择校生或收取与招生挂钩的费用。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、县教育局依照《中国共产党纪律处分条例》《"
                "中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；学校校长信箱（设于传达室）；"
                "青山县教育局 监督电话 0571-64586035"
            ),
            "accountability_cases": [
                "组织或变相组织入学考试的",
                "违规收取与招生挂钩费用的",
                "弄虚作假办理学籍的",
            ],
            "responsibilities": {
                "accept": "教务处受理新生报名和转学、休学申请。",
                "review": "审核户籍、住所和学籍信息。",
                "decide": "按学区划分确定录取名单，转学由校长审批。",
                "deliver": "公布录取结果，通知学生和家长。",
                "supervise": "定期核对学籍与在校学生，防止空挂学籍。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国义务教育法》",
                    "article": "第十二条",
                    "text": (
                        "规定适龄儿童、少年免试入学，地方各级人民政府应当保障其在户籍所在地学校就近"
                        "入学。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《中小学生学籍管理办法》",
                    "article": "",
                    "text": "规定学生学籍建立、变动、档案管理和学籍信息系统使用的要求。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GF-01",
            "name": "学生资助评定",
            "category": "行政给付",
            "power_kind": "execution",
            "origin": "entrusted",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "校长 潘建军",
            "responsible_office": "学校学生资助工作领导小组",
            "handling_post": "学生资助专管员",
            "conditions": (
                "家庭经济困难寄宿生生活补助等资助，由学生或监护人申请，班级评议小组评议，"
                "学校资助工作领导小组审核，在校内公示不少于5个工作日后报县学生资助管理中心审批；"
                "脱贫家庭、低保家庭、特困供养和残疾学生等优先资助。"
            ),
            "time_limit_days": 20,
            "time_limit_type": "working",
            "time_limit_rule": (
                "每学期开学后20个工作日内完成评定并报县学生资助管理中心，"
                "其中公示期不少于5个工作日。"
            ),
            "service_commitment": (
                "资助政策、评定程序和受助名单公开，公示不含身份证号码和家庭隐私信息。"
            ),
            "work_discipline": "不得优亲厚友、平均分配或轮流受助；不得截留、挪用资助资金。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、县教育局依照《中国共产党纪律处分条例》《"
                "中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；学校校长信箱（设于传达室）；"
                "青山县教育局 监督电话 0571-64586035"
            ),
            "accountability_cases": [
                "弄虚作假或优亲厚友评定资助对象的",
                "截留、挪用学生资助资金的",
                "泄露受助学生隐私的",
            ],
            "responsibilities": {
                "accept": "学生资助专管员受理申请，一次性告知所需材料。",
                "review": "班级评议小组和学校资助领导小组评议审核。",
                "decide": "本校只负责评定初审，审批由县学生资助管理中心作出。",
                "deliver": "校内公示后报县，资金发放到学生家长账户。",
                "supervise": "开展资助育人回访，动态调整受助对象。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《学生资助资金管理办法》",
                    "article": "",
                    "text": (
                        "规定义务教育家庭经济困难学生生活补助的资助对象、标准、分配和管理要求。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国义务教育法》",
                    "article": "",
                    "text": (
                        "规定各级人民政府对家庭经济困难的适龄儿童、少年免费提供教科书并补助寄宿生生"
                        "活费。"
                    ),
                },
            ],
            "status": "submitted",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "CW-01",
            "name": "食堂物资采购",
            "category": "财务与物资管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "校长 潘建军",
            "responsible_office": "总务处",
            "handling_post": "总务主任",
            "conditions": (
                "食堂实行非营利性管理，大宗食材定点采购，零星食材两人以上共同采购；"
                "全部食材索证索票、验收登记，食堂账目单独核算并定期公示。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": "按周订货、每日验收；食堂收支每月公示一次。",
            "service_commitment": "食堂收支、伙食费标准和食材采购价格定期向家长公开。",
            "work_discipline": "不得利用食堂牟利；不得收受供应商财物；学校领导轮流陪餐。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、县教育局依照《中国共产党纪律处分条例》《"
                "中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；学校校长信箱（设于传达室）；"
                "青山县教育局 监督电话 0571-64586035"
            ),
            "accountability_cases": [
                "利用食堂牟利或挪用伙食费的",
                "收受供应商回扣的",
                "食材验收不严造成食品安全事故的",
            ],
            "responsibilities": {
                "accept": "总务处编制采购计划。",
                "review": "校长审核。",
                "decide": "按采购方式采购。",
                "deliver": "验收入库并公示价格。",
                "supervise": "膳食委员会和家长代表监督检查。",
            },
            "legal_bases": [
                {
                    "rank": "rule",
                    "document": "《学校食品安全与营养健康管理规定》",
                    "article": "",
                    "text": (
                        "规定学校食堂应当坚持公益性原则，落实进货查验和索证索票制度，"
                        "实行学校负责人陪餐。"
                    ),
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国食品安全法》",
                    "article": "",
                    "text": (
                        "规定学校食堂应当严格遵守食品安全法律法规和标准，"
                        "从合法供应商处采购食品原料。"
                    ),
                },
            ],
            "status": "published_with_draft_edit",
            "returned_reason": "",
            "sub_items": [
                {
                    "code": "CW-01-1",
                    "name": "大宗食材定点采购",
                    "category": "财务与物资管理",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": True,
                    "leader_in_charge": "校长 潘建军",
                    "responsible_office": "总务处",
                    "handling_post": "总务主任",
                    "conditions": (
                        "米、面、油、肉、禽蛋等大宗食材，从县教育局统一招标确定的供应商定点采购配送"
                        "；每批次查验并留存供货者资质、检验检疫证明和票据。"
                    ),
                    "time_limit_days": None,
                    "time_limit_type": "working",
                    "time_limit_rule": "按周订货，每日到货验收；验收不合格的当场退货。",
                    "service_commitment": "大宗食材供应商、价格和验收记录定期在校务公开栏公示。",
                    "work_discipline": (
                        "不得向非定点供应商采购；不得收受供应商财物；验收须两人以上签字。"
                    ),
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡纪委、县教育局依照《中国共产党纪律处分"
                        "条例》《中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等"
                        "规定，视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；"
                        "造成损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；学校校长信箱（设于传达室）；"
                        "青山县教育局 监督电话 0571-64586035"
                    ),
                    "accountability_cases": [
                        "向非定点供应商采购大宗食材的",
                        "收受供应商回扣、财物的",
                        "验收不严导致不合格食材进入食堂的",
                    ],
                    "responsibilities": {
                        "accept": "总务主任根据就餐人数编制采购计划。",
                        "review": "校长审核采购计划。",
                        "decide": "按定点合同下单。",
                        "deliver": "食材到货后两人以上验收并索证索票。",
                        "supervise": "家长代表和陪餐领导定期检查食材质量。",
                    },
                    "legal_bases": [
                        {
                            "rank": "rule",
                            "document": "《学校食品安全与营养健康管理规定》",
                            "article": "",
                            "text": (
                                "规定学校食堂应当建立食品安全追溯体系，落实进货查验、"
                                "索证索票和台账记录制度。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
                {
                    "code": "CW-01-2",
                    "name": "零星食材采购",
                    "category": "财务与物资管理",
                    "power_kind": "execution",
                    "origin": "statutory",
                    "first_review_only": False,
                    "is_major_decision": False,
                    "is_major_appointment": False,
                    "is_major_project": False,
                    "is_large_sum": False,
                    "leader_in_charge": "校长 潘建军",
                    "responsible_office": "总务处",
                    "handling_post": "总务主任",
                    "conditions": (
                        "蔬菜、调料等零星食材由两人以上共同采购，单次金额500元以下；建立采购台账，"
                        "记录品名、数量、单价和供货者。"
                    ),
                    "time_limit_days": None,
                    "time_limit_type": "working",
                    "time_limit_rule": "当日采购当日登记台账；每周汇总报会计核算。",
                    "service_commitment": "零星采购台账每月在校务公开栏公示。",
                    "work_discipline": "不得一人采购、一人验收；不得虚报采购数量和价格。",
                    "accountability": (
                        "违反本事项规定程序或工作纪律的，由乡纪委、县教育局依照《中国共产党纪律处分"
                        "条例》《中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等"
                        "规定，视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；"
                        "造成损失的依法追偿；涉嫌犯罪的移送司法机关。"
                    ),
                    "complaint_channel": (
                        "乡纪委 电话 0571-64812012；学校校长信箱（设于传达室）；"
                        "青山县教育局 监督电话 0571-64586035"
                    ),
                    "accountability_cases": [
                        "一人采购又验收的",
                        "虚报采购数量或价格的",
                    ],
                    "responsibilities": {
                        "accept": "食堂管理员提出采购需求。",
                        "review": "总务主任核定采购数量。",
                        "decide": "两人以上共同采购。",
                        "deliver": "验收入库并登记台账。",
                        "supervise": "会计每周核对台账和票据。",
                    },
                    "legal_bases": [
                        {
                            "rank": "law",
                            "document": "《中华人民共和国食品安全法》",
                            "article": "",
                            "text": (
                                "规定学校等集中用餐单位的食堂应当严格遵守法律法规和食品安全标准，"
                                "落实食品安全责任。"
                            ),
                        },
                    ],
                    "status": "published",
                    "returned_reason": "",
                    "sub_items": [],
                },
            ],
        },
        {
            "code": "RS-01",
            "name": "教师职称评审推荐",
            "category": "人事管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": True,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "校长 潘建军",
            "responsible_office": "学校职称推荐工作小组",
            "handling_post": "副校长",
            "conditions": (
                "符合县教育局当年职称评审文件规定的学历、资历和业绩条件的在职教师自愿申报；"
                "学校成立由校领导和教师代表组成的推荐小组，按量化赋分结果择优推荐。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "working",
            "time_limit_rule": (
                "申报截止后10个工作日内完成推荐，推荐结果公示不少于5个工作日后报县教育局。"
            ),
            "service_commitment": "推荐名额、量化标准、赋分结果全部公开。",
            "work_discipline": "不得降低标准推荐；推荐小组成员与申报人有亲属关系的应当回避。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、县教育局依照《中国共产党纪律处分条例》《"
                "中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；学校校长信箱（设于传达室）；"
                "青山县教育局 监督电话 0571-64586035"
            ),
            "accountability_cases": [
                "不按量化结果推荐或暗箱操作的",
                "审核不严导致弄虚作假材料被推荐的",
                "推荐结果未公示的",
            ],
            "responsibilities": {
                "accept": "副校长受理教师申报材料。",
                "review": "推荐小组审核材料并量化赋分。",
                "decide": "本校只负责推荐，评审由县级以上职称评审委员会作出。",
                "deliver": "推荐结果公示后报县教育局。",
                "supervise": "受理教师对推荐结果的复核申请。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《关于深化中小学教师职称制度改革的指导意见》",
                    "article": "",
                    "text": "规定中小学教师职称评价标准和评审程序，实行学校推荐、同行评议。",
                },
                {
                    "rank": "law",
                    "document": "《中华人民共和国教师法》",
                    "article": "",
                    "text": "规定国家实行教师职务制度。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "RS-02",
            "name": "评先评优推荐",
            "category": "人事管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "校长 潘建军",
            "responsible_office": "政教处",
            "handling_post": "政教主任",
            "conditions": (
                "优秀教师、优秀班主任、三好学生等评选，按上级分配名额和评选条件，"
                "经个人申报或群众推荐、民主测评、校务会研究后推荐。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": "按上级通知时限办理；推荐人选公示不少于5个工作日。",
            "service_commitment": "评选条件、名额和推荐人选公开。",
            "work_discipline": "不得轮流坐庄、照顾平衡；存在师德失范问题的一票否决。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、县教育局依照《中国共产党纪律处分条例》《"
                "中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；学校校长信箱（设于传达室）；"
                "青山县教育局 监督电话 0571-64586035"
            ),
            "accountability_cases": [
                "不按条件和程序推荐的",
                "推荐存在师德失范问题人员的",
            ],
            "responsibilities": {
                "accept": "政教处公布评选通知和条件。",
                "review": "组织民主测评，审核推荐材料。",
                "decide": "校务会集体研究确定推荐人选。",
                "deliver": "推荐人选公示后报上级。",
                "supervise": "受理异议并核查。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国教师法》",
                    "article": "第三十三条",
                    "text": (
                        "规定教师在教育教学、培养人才等方面成绩优异的，由所在学校予以表彰、奖励。"
                    ),
                },
            ],
            "status": "confirmed",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "JC-01",
            "name": "校舍维修工程",
            "category": "重大事项决策",
            "power_kind": "decision",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": True,
            "is_major_appointment": False,
            "is_major_project": True,
            "is_large_sum": True,
            "leader_in_charge": "校长 潘建军",
            "responsible_office": "总务处",
            "handling_post": "总务主任",
            "conditions": (
                "校舍维修计划经校务会研究、报县教育局审批后实施；估算价10万元以上的进入县公共资源交"
                "易中心招标，10万元以下的由学校组织不少于3家单位比选；"
                "2万元以上项目竣工后组织不少于5人验收，8万元以上项目经审计后结算。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": "维修计划每年11月底前报县教育局；暑期维修项目在开学前完工验收。",
            "service_commitment": "维修项目、预算、施工单位和验收结果在校务公开栏公开。",
            "work_discipline": "不得拆分项目规避招标；学校领导及其亲属不得承揽校内工程。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、县教育局依照《中国共产党纪律处分条例》《"
                "中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；学校校长信箱（设于传达室）；"
                "青山县教育局 监督电话 0571-64586035"
            ),
            "accountability_cases": [
                "拆分项目规避招标的",
                "未经验收审计即结算的",
                "本人或亲属承揽校内工程的",
            ],
            "responsibilities": {
                "accept": "总务处排查校舍安全隐患，提出维修需求。",
                "review": "校务会研究维修方案和预算。",
                "decide": "报县教育局审批后按规定招标或比选。",
                "deliver": "公示施工单位，签订合同。",
                "supervise": "组织验收和审计，跟踪质保期维修。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国招标投标法》",
                    "article": "",
                    "text": "规定招标投标活动应当遵循公开、公平、公正和诚实信用的原则。",
                },
                {
                    "rank": "normative",
                    "document": "《青山县中小学校舍维修工程管理办法》",
                    "article": "",
                    "text": "规定中小学校舍维修项目的申报、审批、招标、验收和审计要求。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "SF-01",
            "name": "代收费管理",
            "category": "行政收费",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "校长 潘建军",
            "responsible_office": "财务室",
            "handling_post": "会计",
            "conditions": (
                "义务教育阶段不收学费、杂费；住宿生伙食费、自愿购买的校服费等代收费坚持学生自愿、"
                "据实收取、及时结算、定期公布，收费项目和标准经县教育局、"
                "县发展改革局核定并在校门口公示。"
            ),
            "time_limit_days": 30,
            "time_limit_type": "calendar",
            "time_limit_rule": "每学期结束后30日内与学生结算代收费，多退少补。",
            "service_commitment": "收费项目、标准、依据和结算情况公开，一律开具票据。",
            "work_discipline": (
                "不得强制或变相强制收费；不得擅自增加收费项目；不得从代收费中提取任何费用。"
            ),
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、县教育局依照《中国共产党纪律处分条例》《"
                "中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；学校校长信箱（设于传达室）；"
                "青山县教育局 监督电话 0571-64586035"
            ),
            "accountability_cases": [
                "擅自设立收费项目或提高标准的",
                "强制或变相强制学生购买服务的",
                "代收费未按时结算的",
            ],
            "responsibilities": {
                "accept": "会计公布收费项目和标准。",
                "review": "核对学生自愿选择情况。",
                "decide": "按核定标准收费并开具票据。",
                "deliver": "学期结束后结算并公布结算结果。",
                "supervise": "接受家长委员会和县教育局监督检查。",
            },
            "legal_bases": [
                {
                    "rank": "law",
                    "document": "《中华人民共和国义务教育法》",
                    "article": "第二条",
                    "text": "规定实施义务教育不收学费、杂费。",
                },
                {
                    "rank": "normative",
                    "document": "《关于规范中小学服务性收费和代收费管理有关问题的通知》",
                    "article": "",
                    "text": "规定学校代收费应当坚持学生自愿和非营利原则，及时结算并公布收支情况。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "GG-02",
            "name": "校务公开",
            "category": "其他",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "副校长 戴晓芸",
            "responsible_office": "校长办公室",
            "handling_post": "副校长",
            "conditions": (
                "招生、收费、学生资助、食堂管理、评先评优、职称推荐、"
                "经费收支等面向社会或全校师生公开；重大事项通过教职工代表大会审议。"
            ),
            "time_limit_days": 10,
            "time_limit_type": "calendar",
            "time_limit_rule": "信息形成或变更之日起10日内公开；收费和资助信息在执行前公开。",
            "service_commitment": "公开内容真实、及时，设置意见箱和监督电话。",
            "work_discipline": "不得选择性公开；不得公开学生个人隐私。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、县教育局依照《中国共产党纪律处分条例》《"
                "中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；学校校长信箱（设于传达室）；"
                "青山县教育局 监督电话 0571-64586035"
            ),
            "accountability_cases": [
                "应当公开而未公开的",
                "公开信息虚假或泄露学生隐私的",
            ],
            "responsibilities": {
                "accept": "校长办公室收集公开信息。",
                "review": "副校长审核。",
                "decide": "校长审定。",
                "deliver": "通过校务公开栏、学校网站和家长群公开。",
                "supervise": "收集意见建议，及时答复。",
            },
            "legal_bases": [
                {
                    "rank": "regulation",
                    "document": "《中华人民共和国政府信息公开条例》",
                    "article": "第五十五条",
                    "text": (
                        "规定教育、卫生健康等公共企事业单位公开在提供社会公共服务过程中制作、"
                        "获取的信息，依照相关法律法规和主管部门的规定执行。"
                    ),
                },
                {
                    "rank": "normative",
                    "document": "《青山县中小学校务公开实施办法》",
                    "article": "",
                    "text": "规定中小学校务公开的内容、形式、时限和监督办法。",
                },
            ],
            "status": "published",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "CW-02",
            "name": "学校经费预算与支出审批",
            "category": "财务与物资管理",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": True,
            "leader_in_charge": "校长 潘建军",
            "responsible_office": "财务室",
            "handling_post": "会计",
            "conditions": (
                "公用经费按生均标准拨付，实行预算管理；单笔2000元以下由总务主任审核、校长审批；"
                "2000元至2万元经校务会研究；2万元以上经学校党支部会议集体研究。"
            ),
            "time_limit_days": 5,
            "time_limit_type": "working",
            "time_limit_rule": "单据齐全之日起5个工作日内完成审批报销。",
            "service_commitment": "经费预算和收支情况每学期向教职工代表大会报告并公开。",
            "work_discipline": "不得用公用经费发放津贴补贴；不得设立“小金库”。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、县教育局依照《中国共产党纪律处分条例》《"
                "中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；学校校长信箱（设于传达室）；"
                "青山县教育局 监督电话 0571-64586035"
            ),
            "accountability_cases": [
                "超越权限审批支出的",
                "用公用经费违规发放津贴补贴的",
                "设立“小金库”的",
            ],
            "responsibilities": {
                "accept": "会计受理报销单据。",
                "review": "总务主任审核真实性。",
                "decide": "按金额由校长审批或集体研究。",
                "deliver": "会计支付并记账。",
                "supervise": "每学期向教职工代表大会报告经费使用情况。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《中小学校财务制度》",
                    "article": "",
                    "text": "规定中小学校实行预算管理，明确收入、支出、资产管理和财务监督的要求。",
                },
            ],
            "status": "draft",
            "returned_reason": "",
            "sub_items": [],
        },
        {
            "code": "QT-01",
            "name": "学生教辅材料代订",
            "category": "其他",
            "power_kind": "execution",
            "origin": "statutory",
            "first_review_only": False,
            "is_major_decision": False,
            "is_major_appointment": False,
            "is_major_project": False,
            "is_large_sum": False,
            "leader_in_charge": "副校长 戴晓芸",
            "responsible_office": "教务处",
            "handling_post": "教务主任",
            "conditions": (
                "原由学校汇总学生自愿征订的教辅材料。按县教育局规定，学校不再统一代订教辅材料，"
                "由学生和家长自愿选择购买，本事项停止行使。"
            ),
            "time_limit_days": None,
            "time_limit_type": "working",
            "time_limit_rule": "本事项已停止行使，不再受理。",
            "service_commitment": "已停止的事项保留记录备查。",
            "work_discipline": "学校和教师不得推荐、代订或强制购买教辅材料。",
            "accountability": (
                "违反本事项规定程序或工作纪律的，由乡纪委、县教育局依照《中国共产党纪律处分条例》《"
                "中华人民共和国公职人员政务处分法》和《事业单位工作人员处分规定》等规定，"
                "视情节给予批评教育、诫勉谈话、通报批评或党纪政务处分；造成损失的依法追偿；"
                "涉嫌犯罪的移送司法机关。"
            ),
            "complaint_channel": (
                "乡纪委 电话 0571-64812012；学校校长信箱（设于传达室）；"
                "青山县教育局 监督电话 0571-64586035"
            ),
            "accountability_cases": [
                "违规推荐、代订或强制学生购买教辅材料的",
                "从教辅材料征订中收取回扣的",
            ],
            "responsibilities": {
                "accept": "",
                "review": "",
                "decide": "",
                "deliver": "",
                "supervise": "教务处每学期检查是否存在违规代订行为。",
            },
            "legal_bases": [
                {
                    "rank": "normative",
                    "document": "《中小学教辅材料管理办法》",
                    "article": "",
                    "text": (
                        "规定中小学教辅材料坚持自愿购买原则，任何部门和学校不得强制或变相强制学生购"
                        "买。"
                    ),
                },
            ],
            "status": "withdrawn",
            "returned_reason": "",
            "sub_items": [],
        },
    ],
}


UNITS = [_QX_V01, _QX_V02, _QX_V03, _QX_V04, _QX_C01, _QX_F01, _QX_H01, _QX_S01]
