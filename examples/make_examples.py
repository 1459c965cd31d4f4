"""Generate the example documents in this folder (issue #15, "Real documents in and out").

Each file imitates the layout of a kind of document that townships, villages and schools really
publish (see SOURCES.md for the published documents each one follows). The content is written for
the demo's fictional township 青山镇 and its villages 清溪村, 桃源村 and 竹坞村; it is realistic but
not a copy of any one source.

Run from the repository root:

    .venv/bin/python examples/make_examples.py

The output is deterministic: the same script gives byte-identical files (fixed document
properties and fixed timestamps inside the .xlsx/.docx zip archives), so regenerating leaves git
clean unless the content changed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
FIXED_TIME = dt.datetime(2024, 3, 1, 9, 0, 0)
ZIP_TIME = (2024, 3, 1, 9, 0, 0)
AUTHOR = "青山镇人民政府"

TOWNSHIP = "青山镇"
V_QINGXI, V_TAOYUAN, V_ZHUWU = "清溪村", "桃源村", "竹坞村"

# Laws cited by several rows (the article numbers are those of the current texts).
LAW_VC = "《中华人民共和国村民委员会组织法》"
LAW_LAND = "《中华人民共和国土地管理法》"
LAW_PLAN = "《中华人民共和国城乡规划法》"
REG_AID = "《社会救助暂行办法》"
REG_PARTY_RURAL = "《中国共产党农村基层组织工作条例》"
FIN_RULES = "《农村集体经济组织财务制度》（财农〔2021〕121号）"
HOMESTEAD_NOTICE = "《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》（农经发〔2019〕6号）"


# --------------------------------------------------------------------------------------------
# Determinism helpers
# --------------------------------------------------------------------------------------------


def _freeze_zip(path: Path) -> None:
    """Rewrite an OOXML archive with fixed entry timestamps and fixed core-property dates."""
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                for tag in ("dcterms:created", "dcterms:modified"):
                    text = re.sub(rf"(<{tag}[^>]*>)[^<]*(</{tag}>)", rf"\g<1>{stamp}\g<2>", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, data)
    path.write_bytes(buffer.getvalue())


def _write_csv(path: Path, header: list[str], rows: list[list[str]], encoding: str) -> None:
    """Write a CSV the way Excel saves one: CRLF line ends, quotes only where needed."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))


# --------------------------------------------------------------------------------------------
# Spreadsheet helpers
# --------------------------------------------------------------------------------------------

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
TITLE_FONT = Font(name="方正小标宋简体", size=18)
HEADER_FONT = Font(name="黑体", size=11)
BODY_FONT = Font(name="宋体", size=10)
CATEGORY_FONT = Font(name="黑体", size=11, bold=True)


def _new_book(title: str):
    book = Workbook()
    book.properties.creator = AUTHOR
    book.properties.lastModifiedBy = AUTHOR
    book.properties.title = title
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    return book, book.active


def _merge(sheet, first_row: int, first_col: int, last_row: int, last_col: int, value, **style):
    """Write value into the top-left cell of a range, merge it, and border every cell in it."""
    cell = sheet.cell(row=first_row, column=first_col, value=value)
    for key, val in style.items():
        setattr(cell, key, val)
    for r in range(first_row, last_row + 1):
        for c in range(first_col, last_col + 1):
            sheet.cell(row=r, column=c).border = BORDER
    if (first_row, first_col) != (last_row, last_col):
        sheet.merge_cells(
            start_row=first_row, start_column=first_col, end_row=last_row, end_column=last_col
        )
    return cell


def _title(sheet, row: int, ncols: int, text: str, height: float = 36) -> None:
    _merge(sheet, row, 1, row, ncols, text, font=TITLE_FONT, alignment=WRAP_CENTER)
    # The title row of a published sheet has no grid lines.
    for c in range(1, ncols + 1):
        sheet.cell(row=row, column=c).border = Border()
    sheet.row_dimensions[row].height = height


def _note(sheet, row: int, ncols: int, text: str, height: float = 48) -> None:
    _merge(sheet, row, 1, row, ncols, text, font=BODY_FONT, alignment=WRAP_LEFT)
    for c in range(1, ncols + 1):
        sheet.cell(row=row, column=c).border = Border()
    sheet.row_dimensions[row].height = height


def _header(sheet, row: int, names: list[str]) -> None:
    for col, name in enumerate(names, start=1):
        _merge(sheet, row, col, row, col, name, font=HEADER_FONT, alignment=WRAP_CENTER)


def _body_cell(sheet, row: int, col: int, value, center: bool = False) -> None:
    cell = sheet.cell(row=row, column=col, value=value)
    cell.font = BODY_FONT
    cell.alignment = WRAP_CENTER if center else WRAP_LEFT
    cell.border = BORDER


def _widths(sheet, widths: list[float]) -> None:
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width


def _print_setup(sheet, title_rows: str) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = title_rows


# --------------------------------------------------------------------------------------------
# Word helpers
# --------------------------------------------------------------------------------------------


def _new_document(title: str, landscape: bool = True):
    document = Document()
    props = document.core_properties
    props.author = AUTHOR
    props.last_modified_by = AUTHOR
    props.title = title
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME
    props.revision = 1
    normal = document.styles["Normal"]
    normal.font.name = "宋体"
    normal.font.size = Pt(10.5)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.8))
    section.top_margin = section.bottom_margin = Cm(2.0)
    return document


def _east_asian(run, font: str) -> None:
    run.font.name = font
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _paragraph(
    document,
    text: str,
    *,
    size: float = 10.5,
    bold: bool = False,
    font: str = "宋体",
    center: bool = False,
):
    paragraph = document.add_paragraph()
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    _east_asian(run, font)
    return paragraph


def _set_cell(cell, text: str, *, size: float = 9, bold: bool = False, center: bool = False):
    """Replace a cell's text; newlines become separate paragraphs, as typed in Word."""
    lines = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    for extra in cell.paragraphs[1:]:
        extra._element.getparent().remove(extra._element)
    for run in first.runs:
        run._element.getparent().remove(run._element)
    for index, line in enumerate(lines):
        paragraph = first if index == 0 else cell.add_paragraph()
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(line)
        run.font.size = Pt(size)
        run.bold = bold
        _east_asian(run, "黑体" if bold else "宋体")


def _table(document, nrows: int, widths_cm: list[float]):
    table = document.add_table(rows=nrows, cols=len(widths_cm))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        for cell in column.cells:
            cell.width = Cm(width)
    return table


def _mark_header_rows(table, count: int) -> None:
    """Repeat the header rows on every printed page, as published tables do."""
    for row in table.rows[:count]:
        tr_pr = row._tr.get_or_add_trPr()
        element = tr_pr.makeelement(qn("w:tblHeader"), {})
        tr_pr.append(element)


# ============================================================================================
# 1. Power catalog: village small-power list (xlsx)
# ============================================================================================

# (序号, 事项名称, 实施主体, 法律依据/政策依据, 办理时限, 运行流程及责任环节, 监督主体); a row
# whose only value is a string is a category row spanning the table.
FOUR_AND_TWO = "按“四议两公开”程序办理（见第1项）"
VILLAGE_POWERS: list = [
    "一、村级重大事项决策类",
    (
        "1",
        "村级重大事项决策",
        "村党组织、村民委员会",
        f"{LAW_VC}第二十四条\n{REG_PARTY_RURAL}第十九条",
        "决议公开不少于5个工作日",
        "1.村党组织提议（村党组织书记）；\n2.村“两委”联席会议商议；\n3.党员大会审议；\n"
        "4.村民代表会议决议（到会人员过半数同意）；\n"
        "5.决议公开、实施结果公开（村务公开栏，村文书）",
        "村务监督委员会、镇党委",
    ),
    (
        "1.1",
        "村集体经济所得收益的使用",
        "村“两委”",
        f"{LAW_VC}第二十四条第一款第（二）项",
        "随年度预算一并决策",
        FOUR_AND_TWO,
        "村务监督委员会",
    ),
    (
        "1.2",
        "村公益事业兴办和筹资筹劳方案",
        "村“两委”",
        f"{LAW_VC}第二十四条第一款第（三）项\n《村民一事一议筹资筹劳管理办法》",
        "方案公示不少于7日",
        FOUR_AND_TWO,
        "村务监督委员会",
    ),
    (
        "1.3",
        "土地承包经营方案",
        "村股份经济合作社",
        f"{LAW_VC}第二十四条第一款第（四）项\n《中华人民共和国农村土地承包法》第十九条",
        "方案公示不少于7日",
        FOUR_AND_TWO,
        "村务监督委员会、镇农业农村办",
    ),
    (
        "1.4",
        "村集体经济项目立项、承包方案",
        "村“两委”、村股份经济合作社",
        f"{LAW_VC}第二十四条第一款第（五）项",
        "按项目进度",
        FOUR_AND_TWO,
        "村务监督委员会",
    ),
    (
        "1.5",
        "征地补偿费使用、分配方案",
        "村“两委”",
        f"{LAW_VC}第二十四条第一款第（七）项\n{LAW_LAND}第四十八条",
        "分配方案公示不少于7日",
        FOUR_AND_TWO,
        "村务监督委员会、镇纪委",
    ),
    (
        "1.6",
        "享受误工补贴的人员及补贴标准",
        "村“两委”",
        f"{LAW_VC}第二十四条第一款第（一）项",
        "每年年初确定",
        FOUR_AND_TWO,
        "村务监督委员会",
    ),
    "二、村级招投标管理类",
    (
        "2",
        "村级工程项目招投标",
        "村民委员会、村股份经济合作社",
        "《中华人民共和国招标投标法》第三条\n县《村级工程建设项目管理办法》",
        "招标公告期不少于5个工作日；中标结果公示3个工作日",
        "1.项目立项（按“四议两公开”程序）；\n2.编制招标方案报镇农业农村办审核；\n"
        "3.限额以上项目进入镇公共资源交易平台公开招标；\n4.公示中标结果（村报账员）；\n"
        "5.签订合同并报镇备案；\n6.竣工验收、审计、结果公开",
        "村务监督委员会、镇纪委",
    ),
    (
        "2.1",
        "限额以下村级工程项目比选",
        "村民委员会",
        "县《村级小型工程项目管理办法》",
        "比选公告不少于3个工作日",
        "1.村“两委”确定比选方案；\n2.公告邀请不少于3家单位参加；\n"
        "3.村务监督委员会全程监督比选；\n4.结果公示3个工作日",
        "村务监督委员会",
    ),
    (
        "3",
        "村级物资和服务采购",
        "村民委员会",
        "县《村级采购管理办法》",
        "单项1万元以下即时采购；1万元以上按程序采购",
        "1.提出采购需求（经办人）；\n2.村“两委”研究确定采购方式；\n"
        "3.询价比价不少于3家（村委会副主任、村务监督委员会成员）；\n4.验收入库、登记台账；\n"
        "5.采购结果公开",
        "村务监督委员会",
    ),
    "三、村级财务管理类",
    (
        "4",
        "村级财务收支审批",
        "村党组织书记、村委会主任、村务监督委员会主任",
        f"{FIN_RULES}\n《村集体经济组织会计制度》",
        "票据取得之日起30日内办理报销",
        "1.经办人取得合法票据并注明用途（经办人）；\n2.村务监督委员会审核（村务监督委员会主任）；\n"
        "3.村党组织书记审批签字；\n4.单笔5000元以上支出经村“两委”联席会议研究；\n"
        "5.村报账员每月5日前送镇农村集体“三资”服务中心记账",
        "镇农村集体“三资”服务中心",
    ),
    (
        "4.1",
        "村级日常经费报销",
        "村报账员",
        FIN_RULES,
        "每月集中报账一次",
        "1.整理当月票据；\n2.按第4项程序签批；\n3.送镇农村集体“三资”服务中心审核记账",
        "村务监督委员会",
    ),
    (
        "4.2",
        "村干部误工补贴发放",
        "村报账员",
        f"{FIN_RULES}\n县《村干部报酬管理办法》",
        "按月发放",
        "1.按第1.6项确定的人员和标准造册；\n2.村“两委”审核；\n3.通过银行代发，不得发放现金",
        "镇农村集体“三资”服务中心",
    ),
    (
        "5",
        "村级年度财务预决算",
        "村民委员会、村股份经济合作社",
        FIN_RULES,
        "年初编制预算；次年1月31日前完成决算并公开",
        "1.村报账员编制预决算草案；\n2.村“两委”审议；\n3.村民代表会议通过；\n"
        "4.报镇农村集体“三资”服务中心备案；\n5.公开",
        "村务监督委员会、镇农业农村办",
    ),
    (
        "6",
        "村集体债权债务管理",
        "村股份经济合作社",
        FIN_RULES,
        "每半年清理一次",
        "1.村报账员登记债权债务台账；\n2.新增债务按“四议两公开”程序决策；\n3.清理结果公开",
        "镇农业农村办",
    ),
    "四、村级集体资产资源管理类",
    (
        "7",
        "村集体资产资源发包、租赁",
        "村股份经济合作社",
        f"{LAW_VC}第二十四条第一款第（八）项\n《中华人民共和国农村土地承包法》第五十二条",
        "公开竞价公告期不少于7日",
        "1.村“两委”提出发包、租赁方案；\n2.村民代表会议决议；\n"
        "3.进入镇农村产权交易平台公开竞价；\n4.签订合同、报镇备案（村股份经济合作社社长）；\n"
        "5.结果公开",
        "村务监督委员会、镇农业农村办",
    ),
    (
        "7.1",
        "标的额5万元以下的集体资产出租",
        "村股份经济合作社",
        "县《农村集体资产交易管理办法》",
        "公告期不少于5日",
        "1.村“两委”研究；\n2.村内公开竞价；\n3.结果公示3日",
        "村务监督委员会",
    ),
    (
        "8",
        "村集体资产处置",
        "村股份经济合作社",
        f"{LAW_VC}第二十四条第一款第（八）项\n{FIN_RULES}",
        "评估后公告期不少于7日",
        "1.提出处置申请；\n2.资产评估；\n3.村民代表会议决议；\n4.报镇人民政府审核；\n"
        "5.公开处置、收入入账、结果公开",
        "镇农业农村办、镇纪委",
    ),
    "五、村务管理和便民服务类",
    (
        "9",
        "农村村民宅基地申请",
        "村民委员会、村民小组",
        f"{LAW_LAND}第六十二条\n{HOMESTEAD_NOTICE}",
        "村级审查、公示5个工作日；镇级法定20个工作日，承诺10个工作日",
        "1.农户提出书面申请（申请人）；\n2.村民小组会议讨论并公示（村民小组长）；\n"
        "3.村“两委”审查，公示不少于5个工作日（村党组织书记、村委会主任）；\n"
        "4.报镇农业农村办审核、镇人民政府审批；\n5.审批结果在本村公开",
        "镇农业农村办、村务监督委员会",
    ),
    (
        "10",
        "最低生活保障申请受理协助",
        "村民委员会",
        f"{REG_AID}第十一条",
        "即办；3个工作日内报送镇社会事务办",
        "1.受理申请或代为提出申请（村民政协理员）；\n2.协助入户调查；\n"
        "3.协助民主评议；\n4.审核结果在村务公开栏公示7天",
        "镇社会事务办",
    ),
    (
        "11",
        "特困人员救助供养申请协助",
        "村民委员会",
        f"{REG_AID}第十五条",
        "即办",
        "1.代为提出申请（村民政协理员）；\n2.协助核查；\n3.结果公示",
        "镇社会事务办",
    ),
    (
        "12",
        "临时救助申请协助",
        "村民委员会",
        f"{REG_AID}第四十九条",
        "即办；急难情形当日报送",
        "1.发现或受理求助（网格员）；\n2.报镇社会事务办；\n3.协助发放、公示",
        "镇社会事务办",
    ),
    (
        "13",
        "发展党员",
        "村党组织",
        "《中国共产党发展党员工作细则》",
        "预备期一年；各阶段公示不少于5个工作日",
        "1.确定入党积极分子；\n2.确定发展对象并公示；\n3.支部大会讨论接收预备党员；\n"
        "4.报镇党委审批；\n5.预备期满讨论转正（村党组织书记）",
        "镇党委",
    ),
    (
        "14",
        "村级印章使用",
        "村党组织书记、村委会主任",
        "县《村级组织印章管理办法》",
        "即办",
        "1.用印人填写用印登记表；\n2.印章管理员核对是否属于依法出具的证明或盖章事项；\n"
        "3.村党组织书记审批；\n4.登记存档",
        "村务监督委员会",
    ),
    (
        "15",
        "出具证明（限依法保留事项）",
        "村民委员会",
        "民政部等六部门《关于改进和规范基层群众性自治组织出具证明工作的指导意见》",
        "即办；需入户核实的3个工作日内",
        "1.核对是否属于保留清单事项，清单外事项告知替代办理方式；\n2.核实情况；\n"
        "3.按第14项用印；\n4.登记台账",
        "镇民政办",
    ),
    (
        "16",
        "村民矛盾纠纷调解",
        "村人民调解委员会",
        "《中华人民共和国人民调解法》第十七条",
        "一般纠纷即时调解；复杂纠纷15日内调结",
        "1.受理或主动调解（调解委员会主任）；\n2.调查核实；\n3.组织调解、制作协议；\n"
        "4.回访，重大纠纷报镇司法所",
        "镇司法所",
    ),
    "六、村务公开和监督类",
    (
        "17",
        "党务村务财务公开",
        "村党组织、村民委员会",
        f"{LAW_VC}第三十条\n《中国共产党党务公开条例（试行）》",
        "一般事项每季度至少公开一次；集体财务往来较多的村应每月公布一次财务收支情况；"
        "涉及村民利益的重大事项随时公开",
        "1.村“两委”提出公开方案；\n2.村务监督委员会审核；\n3.村党组织书记签字；\n"
        "4.公开栏、微信群同步公开；\n5.收集意见并答复",
        "村务监督委员会、镇纪委",
    ),
    (
        "18",
        "村务监督",
        "村务监督委员会",
        f"{LAW_VC}第三十二条",
        "每月至少开展一次集中监督",
        "1.列席村“两委”会议；\n2.审核财务票据、公开事项；\n3.发现问题提出意见；\n"
        "4.向村民代表会议报告工作（村务监督委员会主任）",
        "镇纪委",
    ),
    (
        "19",
        "村干部述职述廉和民主评议",
        "村党组织、村民委员会",
        f"{LAW_VC}第三十三条",
        "每年至少一次",
        "1.村干部书面述职述廉；\n2.村民代表会议民主评议；\n3.评议结果公开并报镇党委",
        "镇党委、镇纪委",
    ),
]

VILLAGE_POWER_HEADER = [
    "序号",
    "事项名称",
    "实施主体",
    "法律依据/政策依据",
    "办理时限",
    "运行流程及责任环节",
    "监督主体",
]


def make_village_small_powers() -> Path:
    book, sheet = _new_book(f"{TOWNSHIP}{V_QINGXI}村级小微权力清单")
    sheet.title = "小微权力清单"
    ncols = len(VILLAGE_POWER_HEADER)
    items = [row for row in VILLAGE_POWERS if not isinstance(row, str)]
    categories = [row for row in VILLAGE_POWERS if isinstance(row, str)]
    _title(sheet, 1, ncols, f"{TOWNSHIP}{V_QINGXI}村级小微权力清单")
    _note(
        sheet,
        2,
        ncols,
        f"说明：1.本清单依据县委办公室、县政府办公室印发的《村级小微权力清单指导目录》，结合本村"
        f"实际编制，共{len(categories)}类{len(items)}项（含子项）；2.“四议两公开”指村党组织提议、"
        "村“两委”会议商议、党员大会审议、村民会议或者村民代表会议决议，决议公开、实施结果公开；"
        "3.办理时限中的“工作日”不含法定节假日。",
    )
    _header(sheet, 3, VILLAGE_POWER_HEADER)
    row = 4
    for entry in VILLAGE_POWERS:
        if isinstance(entry, str):
            _merge(sheet, row, 1, row, ncols, entry, font=CATEGORY_FONT, alignment=WRAP_LEFT)
        else:
            for col, value in enumerate(entry, start=1):
                # Clerks type whole numbers as numbers and sub-items as text (a typed 1.1 would
                # become the number 1.1, and 1.10 would collapse to 1.1).
                if col == 1 and value.isdigit():
                    value = int(value)
                _body_cell(sheet, row, col, value, center=col in (1, 3, 5))
        row += 1
    _note(
        sheet,
        row,
        ncols,
        "监督举报电话：青山镇纪委 0000-6218001（示例）　清溪村村务监督委员会 0000-6218102（示例）",
        height=24,
    )
    _widths(sheet, [7, 24, 18, 34, 20, 52, 18])
    sheet.freeze_panes = "A4"
    _print_setup(sheet, "3:3")
    path = HERE / "village-small-powers.xlsx"
    book.save(path)
    _freeze_zip(path)
    return path


# ============================================================================================
# 2. Power catalog: township 权责清单 (xlsx, two header rows, items spanning sub-item rows)
# ============================================================================================

RESP_LICENSE = (
    "1.受理责任：公示应当提交的材料，一次性告知补正材料，依法受理或不予受理（不予受理的应当告知"
    "理由）。\n2.审查责任：对申请材料进行审查，组织现场踏勘，提出审查意见。\n"
    "3.决定责任：作出准予许可或不予许可的决定（不予许可的应当书面告知理由）。\n"
    "4.送达责任：制发并送达许可文书，信息公开。\n5.事后监管责任：开展批后监管，发现违法建设及时"
    "制止并依法处理。\n6.其他法律法规规章文件规定应履行的责任。"
)
ACCOUNT_LICENSE = (
    "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：\n"
    "1.对符合法定条件的申请不予受理、不予许可或者不在法定期限内作出决定的；\n"
    "2.对不符合法定条件的申请人准予许可或者超越法定职权作出准予许可决定的；\n"
    "3.违反法定程序实施行政许可的；\n4.办理许可过程中索取或者收受他人财物或者谋取其他利益的；\n"
    "5.其他违反法律法规规章文件规定的行为。"
)
RESP_PENALTY = (
    "1.立案责任：对巡查发现、群众举报的违法行为予以审查，符合条件的及时立案。\n"
    "2.调查取证责任：执法人员不少于两人，出示执法证件，全面、客观、公正调查取证。\n"
    "3.审查责任：对案件事实、证据、程序、法律适用和处罚幅度进行审查。\n"
    "4.告知责任：作出处罚决定前告知当事人违法事实、处罚依据及陈述、申辩、听证权利。\n"
    "5.决定责任：依法作出处罚决定，制作行政处罚决定书。\n6.送达责任：依法送达行政处罚决定书。\n"
    "7.执行责任：监督当事人履行处罚决定，逾期不履行的依法申请强制执行。\n"
    "8.其他法律法规规章文件规定应履行的责任。"
)
ACCOUNT_PENALTY = (
    "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：\n"
    "1.没有法定的行政处罚依据的；\n2.擅自改变行政处罚种类、幅度的；\n3.违反法定的行政处罚程序的；\n"
    "4.对应当予以制止和处罚的违法行为不予制止、处罚的；\n5.截留、私分或者变相私分罚款的；\n"
    "6.其他违反法律法规规章文件规定的行为。"
)
RESP_FORCE = (
    "1.催告责任：作出强制执行决定前书面催告当事人履行义务。\n"
    "2.决定责任：听取当事人陈述、申辩，依法作出行政强制决定。\n"
    "3.公告责任：强制拆除前予以公告，限期当事人自行拆除。\n"
    "4.执行责任：依照法定程序实施，制作现场笔录。\n5.其他法律法规规章文件规定应履行的责任。"
)
ACCOUNT_FORCE = (
    "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：\n"
    "1.没有法律、法规依据实施行政强制的；\n2.改变行政强制对象、条件、方式的；\n"
    "3.违反法定程序实施行政强制的；\n4.在夜间或者法定节假日实施行政强制执行的；\n"
    "5.其他违反法律法规规章文件规定的行为。"
)
RESP_AID = (
    "1.受理责任：受理申请，一次性告知需要补充的材料。\n"
    "2.审核责任：组织入户调查、邻里走访和信息核对，提出审核意见。\n"
    "3.公示责任：在申请人所在村公示审核意见。\n4.决定责任：依权限作出决定或报县民政局审批。\n"
    "5.发放责任：按规定发放救助金，建立台账。\n6.事后监管责任：开展动态管理和跟踪回访。\n"
    "7.其他法律法规规章文件规定应履行的责任。"
)
ACCOUNT_AID = (
    "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：\n"
    "1.对符合条件的申请不予受理或者不按规定审核的；\n2.对不符合条件的人员给予救助的；\n"
    "3.截留、挤占、挪用、私分救助资金、物资的；\n4.优亲厚友、弄虚作假的；\n"
    "5.其他违反法律法规规章文件规定的行为。"
)
RESP_RULING = (
    "1.受理责任：审查争议申请，符合条件的予以受理。\n2.调查责任：调查取证，查明权属事实。\n"
    "3.调解责任：先行调解，调解达成协议的制作调解书。\n4.决定责任：调解不成的依法作出处理决定。\n"
    "5.送达责任：送达处理决定，告知救济途径。\n6.其他法律法规规章文件规定应履行的责任。"
)
ACCOUNT_RULING = (
    "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：\n"
    "1.对符合条件的争议申请不予受理的；\n2.未查明事实作出处理决定的；\n3.违反法定程序的；\n"
    "4.徇私舞弊、收受贿赂的；\n5.其他违反法律法规规章文件规定的行为。"
)
RESP_CHECK = (
    "1.计划责任：制定年度监督检查计划。\n2.检查责任：依法实施检查，如实记录检查情况。\n"
    "3.处置责任：对发现的事故隐患责令立即排除或者限期整改，需要处罚的移交有关部门。\n"
    "4.信息公开责任：公开检查结果。\n5.其他法律法规规章文件规定应履行的责任。"
)
ACCOUNT_CHECK = (
    "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：\n"
    "1.未按计划开展监督检查的；\n2.发现事故隐患未依法处理的；\n3.检查中索取、收受财物的；\n"
    "4.其他违反法律法规规章文件规定的行为。"
)
RESP_OTHER = (
    "1.指导责任：宣传有关法律法规，指导村民委员会依法开展工作。\n"
    "2.审查责任：对报送材料进行审查，发现与法律法规相抵触的责令改正。\n"
    "3.备案责任：登记备案，建立档案。\n4.其他法律法规规章文件规定应履行的责任。"
)
ACCOUNT_OTHER = (
    "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：\n"
    "1.不履行指导职责造成不良后果的；\n2.干预依法属于村民自治范围内事项的；\n"
    "3.其他违反法律法规规章文件规定的行为。"
)

# (职权类型, 职权名称, [子项...], 实施依据, 责任事项, 追责情形, 承办机构, 备注)
TOWNSHIP_POWERS: list[tuple] = [
    (
        "行政许可",
        "乡村建设规划许可证核发",
        [
            "农村村民住宅建设乡村建设规划许可",
            "乡镇企业、乡村公共设施和公益事业建设乡村建设规划许可",
        ],
        f"1.{LAW_PLAN}第四十一条第一款：在乡、村庄规划区内进行乡镇企业、乡村公共设施和公益事业建设"
        "的，建设单位或者个人应当向乡、镇人民政府提出申请，由乡、镇人民政府报城市、县人民政府城乡规划"
        "主管部门核发乡村建设规划许可证。\n"
        f"2.{LAW_PLAN}第四十一条第三款：在乡、村庄规划区内使用原有宅基地进行农村村民住宅建设的规划管理"
        "办法，由省、自治区、直辖市制定。",
        RESP_LICENSE,
        ACCOUNT_LICENSE,
        "镇自然资源所",
        "农村村民住宅建设子项由县自然资源和规划局委托实施；法定20个工作日，承诺5个工作日",
    ),
    (
        "行政许可",
        "农村村民宅基地审批",
        [],
        f"1.{LAW_LAND}第六十二条第四款：农村村民住宅用地，由乡（镇）人民政府审核批准；其中，涉及占用"
        "农用地的，依照本法第四十四条的规定办理审批手续。\n"
        f"2.{HOMESTEAD_NOTICE}",
        RESP_LICENSE,
        ACCOUNT_LICENSE,
        "镇农业农村办",
        "法定20个工作日，承诺10个工作日",
    ),
    (
        "行政处罚",
        "对农村村民未经批准或者采取欺骗手段骗取批准，非法占用土地建住宅的处罚",
        [],
        f"{LAW_LAND}第七十八条",
        RESP_PENALTY,
        ACCOUNT_PENALTY,
        "镇综合行政执法队",
        "赋权事项（县农业农村局下放）",
    ),
    (
        "行政处罚",
        "对在乡、村庄规划区内未依法取得乡村建设规划许可证或者未按照乡村建设规划许可证的规定进行建设"
        "的处罚",
        [],
        f"{LAW_PLAN}第六十五条",
        RESP_PENALTY,
        ACCOUNT_PENALTY,
        "镇综合行政执法队",
        "",
    ),
    (
        "行政强制",
        "对违法建设的行政强制",
        ["责令停止建设", "查封施工现场", "强制拆除"],
        f"1.{LAW_PLAN}第六十五条、第六十八条\n2.《中华人民共和国行政强制法》第三十五条、第四十四条",
        RESP_FORCE,
        ACCOUNT_FORCE,
        "镇综合行政执法队",
        "强制拆除须经镇党政联席会议集体研究",
    ),
    (
        "行政给付",
        "临时救助金给付",
        ["急难型临时救助", "支出型临时救助"],
        f"1.{REG_AID}第四十七条\n2.{REG_AID}第四十九条",
        RESP_AID,
        ACCOUNT_AID,
        "镇社会事务办",
        "县民政局委托额度内由镇审批；急难型可先行救助，5个工作日内补齐手续",
    ),
    (
        "行政确认",
        "最低生活保障对象审核确认",
        [],
        f"1.{REG_AID}第十一条\n2.《最低生活保障审核确认办法》（民发〔2021〕57号）",
        RESP_AID,
        ACCOUNT_AID,
        "镇社会事务办",
        "自受理之日起30个工作日内办结；特殊情况可延长至45个工作日",
    ),
    (
        "行政裁决",
        "土地权属争议处理",
        ["个人之间的土地权属争议", "个人与单位之间的土地权属争议"],
        f"{LAW_LAND}第十四条",
        RESP_RULING,
        ACCOUNT_RULING,
        "镇自然资源所、镇司法所",
        "",
    ),
    (
        "行政裁决",
        "林木林地权属争议处理",
        [],
        "《中华人民共和国森林法》第二十二条",
        RESP_RULING,
        ACCOUNT_RULING,
        "镇农业农村办",
        "",
    ),
    (
        "行政检查",
        "安全生产监督检查",
        ["生产经营单位日常检查", "人员密集场所专项检查"],
        "《中华人民共和国安全生产法》第九条第二款",
        RESP_CHECK,
        ACCOUNT_CHECK,
        "镇应急管理办",
        "每季度至少一次",
    ),
    (
        "其他行政权力",
        "村民自治章程、村规民约备案",
        [],
        f"{LAW_VC}第二十七条",
        RESP_OTHER,
        ACCOUNT_OTHER,
        "镇民政办",
        "",
    ),
    (
        "其他行政权力",
        "对村民委员会工作的指导",
        [],
        f"{LAW_VC}第五条",
        RESP_OTHER,
        ACCOUNT_OTHER,
        "镇民政办",
        "",
    ),
]


def make_township_power_list() -> Path:
    book, sheet = _new_book(f"{TOWNSHIP}人民政府权责清单")
    sheet.title = "权责清单"
    ncols = 10
    _title(sheet, 1, ncols, f"{TOWNSHIP}人民政府权责清单（2024年版）")
    # Two header rows: every column spans both rows except 实施主体, split in two.
    names = ["序号", "职权类型", "职权名称", "子项", "实施依据", "责任事项", "追责情形"]
    for col, name in enumerate(names, start=1):
        _merge(sheet, 2, col, 3, col, name, font=HEADER_FONT, alignment=WRAP_CENTER)
    _merge(sheet, 2, 8, 2, 9, "实施主体", font=HEADER_FONT, alignment=WRAP_CENTER)
    _merge(sheet, 3, 8, 3, 8, "实施机关", font=HEADER_FONT, alignment=WRAP_CENTER)
    _merge(sheet, 3, 9, 3, 9, "承办机构", font=HEADER_FONT, alignment=WRAP_CENTER)
    _merge(sheet, 2, 10, 3, 10, "备注", font=HEADER_FONT, alignment=WRAP_CENTER)
    row = 4
    for number, (kind, name, subs, basis, duty, account, office, remark) in enumerate(
        TOWNSHIP_POWERS, start=1
    ):
        span = max(1, len(subs))
        last = row + span - 1
        spanning = {
            1: number,
            2: kind,
            3: name,
            5: basis,
            6: duty,
            7: account,
            8: f"{TOWNSHIP}人民政府",
            9: office,
            10: remark,
        }
        for col, value in spanning.items():
            _merge(
                sheet,
                row,
                col,
                last,
                col,
                value,
                font=BODY_FONT,
                alignment=WRAP_CENTER if col in (1, 2, 8, 9) else WRAP_LEFT,
            )
        for offset in range(span):
            value = f"{offset + 1}.{subs[offset]}" if subs else ""
            _body_cell(sheet, row + offset, 4, value)
        row = last + 1
    count_subs = sum(len(item[2]) for item in TOWNSHIP_POWERS)
    _note(
        sheet,
        row,
        ncols,
        f"注：本清单共{len(TOWNSHIP_POWERS)}项职权（含子项{count_subs}项），实行动态调整；"
        "法律法规规章立改废或者职权调整的，由镇人民政府提出，报县行政审批制度改革领导小组办公室审核"
        "后公布。",
        height=30,
    )
    _widths(sheet, [6, 10, 22, 20, 44, 50, 44, 12, 14, 22])
    sheet.freeze_panes = "A4"
    _print_setup(sheet, "2:3")
    path = HERE / "township-power-list.xlsx"
    book.save(path)
    _freeze_zip(path)
    return path


# ============================================================================================
# 3. Power catalog: 村级证明事项负面清单 (docx)
# ============================================================================================

# The twenty certificate names are those of the national first batch (民政部等六部门, 2020).
NEGATIVE_CERTIFICATES = [
    (
        "亲属关系证明",
        "继承、社保待遇领取、办理户籍等",
        "凭户口簿、结婚证、出生医学证明等办理；无法提供的由公安、民政部门核查",
        "镇派出所、镇民政办",
    ),
    (
        "居民身份信息证明",
        "办理各类业务核验身份",
        "凭居民身份证、户口簿办理，或由公安机关核查",
        "镇派出所",
    ),
    (
        "户口登记项目内容变更申请证明",
        "户口登记项目变更、更正",
        "向户籍所在地派出所申请，由公安机关核查",
        "镇派出所",
    ),
    ("居民养犬证明", "办理养犬登记", "按养犬登记规定向公安机关申请", "镇派出所"),
    ("无犯罪记录证明", "入职、入伍、出国（境）等", "向公安机关申请开具", "镇派出所"),
    (
        "社区戒毒社区康复人员情况证明（表现证明）",
        "相关人员情况说明",
        "由社区戒毒社区康复工作机构出具",
        "镇禁毒办",
    ),
    ("人员失踪证明", "宣告失踪、报案", "向公安机关报案，或向人民法院申请宣告失踪", "镇派出所"),
    (
        "婚姻状况证明",
        "贷款、购房、收养等",
        "凭结婚证、离婚证办理；必要时由婚姻登记机关查询",
        "县民政局婚姻登记处",
    ),
    ("出生证明", "办理户口登记等", "凭医疗机构出具的出生医学证明办理", "镇卫生院"),
    (
        "健在证明",
        "领取养老金等待遇资格认证",
        "通过社保待遇资格认证系统或人脸识别认证",
        "镇人力资源和社会保障服务所",
    ),
    ("死亡证明", "殡葬、户口注销、继承等", "由医疗机构、公安机关按规定出具", "镇卫生院、镇派出所"),
    ("疾病状况证明", "申请救助、请假等", "由医疗机构出具诊断证明", "镇卫生院"),
    ("残疾状况证明", "申请残疾人补贴等", "凭残疾人证办理，或由残联组织评定", "镇残联"),
    ("婚育状况证明", "入职、落户等", "由申请人书面承诺或由卫生健康部门核查", "镇社会事务办"),
    (
        "居民就业状况证明",
        "申请失业保险、就业援助等",
        "由人力资源和社会保障部门核查",
        "镇人力资源和社会保障服务所",
    ),
    ("居民个人档案证明", "政审、入职等", "由档案保管单位出具", "档案保管单位"),
    ("居民财产证明", "申请救助、签证等", "由不动产登记、金融机构等按规定出具", "县不动产登记中心"),
    ("遗产继承权证明", "办理遗产继承", "通过公证或人民法院诉讼程序确认", "县公证处"),
    (
        "市场主体住所证明",
        "办理市场主体登记",
        "凭房屋产权证明或租赁合同等办理",
        "县市场监督管理局青山市场监督管理所",
    ),
    ("证件遗失证明", "补办各类证件", "向证件签发机关申请补办，由申请人书面说明", "证件签发机关"),
]

RETAINED_CERTIFICATES = [
    ("入党外调政审等发展党员证明", "《中国共产党发展党员工作细则》", "3个工作日"),
    ("在职党员到居住地村报到情况反馈", "在职党员到居住地村（社区）报到有关规定", "即办"),
    ("农村土地承包经营权变更事项证明", "《中华人民共和国农村土地承包法》", "5个工作日"),
]


def make_certificate_negative_list() -> Path:
    document = _new_document(f"{TOWNSHIP}村级证明事项负面清单", landscape=False)
    _paragraph(document, f"{TOWNSHIP}村级证明事项负面清单", size=18, font="黑体", center=True)
    _paragraph(document, "（村民委员会不再出具的证明事项　2024年版）", size=12, center=True)
    _paragraph(
        document,
        "　　根据民政部等六部门《关于改进和规范基层群众性自治组织出具证明工作的指导意见》"
        "和中共中央办公厅、国务院办公厅《关于规范村级组织工作事务、机制牌子和证明事项的意见》，"
        "下列证明事项"
        f"{V_QINGXI}、{V_TAOYUAN}、{V_ZHUWU}村民委员会不再出具。办事群众可按“替代方式”一栏办理；"
        "有关单位不得要求村民委员会出具或者变相出具。",
    )
    widths = [1.2, 4.2, 3.4, 5.4, 3.2]
    table = _table(document, len(NEGATIVE_CERTIFICATES) + 1, widths)
    for cell, name in zip(
        table.rows[0].cells, ["序号", "证明事项", "常见用途", "替代方式", "咨询部门"], strict=True
    ):
        _set_cell(cell, name, bold=True, center=True)
    _mark_header_rows(table, 1)
    for index, (name, use, instead, office) in enumerate(NEGATIVE_CERTIFICATES, start=1):
        cells = table.rows[index].cells
        _set_cell(cells[0], str(index), center=True)
        _set_cell(cells[1], name)
        _set_cell(cells[2], use)
        _set_cell(cells[3], instead)
        _set_cell(cells[4], office)
    _paragraph(document, "")
    _paragraph(document, "附：村民委员会依法出具的证明事项（保留清单）", size=12, font="黑体")
    table = _table(document, len(RETAINED_CERTIFICATES) + 1, [1.2, 6.0, 7.0, 3.2])
    for cell, name in zip(
        table.rows[0].cells, ["序号", "证明事项", "设定依据", "办理时限"], strict=True
    ):
        _set_cell(cell, name, bold=True, center=True)
    for index, (name, basis, limit) in enumerate(RETAINED_CERTIFICATES, start=1):
        cells = table.rows[index].cells
        _set_cell(cells[0], str(index), center=True)
        _set_cell(cells[1], name)
        _set_cell(cells[2], basis)
        _set_cell(cells[3], limit, center=True)
    _paragraph(document, "")
    _paragraph(document, "监督电话：青山镇民政办 0000-6218003（示例）", size=10.5)
    _paragraph(
        document, f"{TOWNSHIP}人民政府　　2024年3月1日", size=10.5
    ).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    path = HERE / "certificate-negative-list.docx"
    document.save(path)
    _freeze_zip(path)
    return path


# ============================================================================================
# 4. Power catalog: a simpler village list as CSV in GB18030 (as saved by a Chinese Excel)
# ============================================================================================


def make_village_small_powers_csv() -> Path:
    header = ["序号", "类别", "事项名称", "实施主体", "依据", "办理时限"]
    rows = [
        [
            "1",
            "重大事项决策",
            "村级重大事项“四议两公开”决策",
            "村党组织、村民委员会",
            f"{LAW_VC}第二十四条",
            "决议公开不少于5个工作日",
        ],
        [
            "2",
            "重大事项决策",
            "村公益事业“一事一议”筹资筹劳",
            "村民委员会",
            "《村民一事一议筹资筹劳管理办法》",
            "方案公示7日",
        ],
        [
            "3",
            "招投标管理",
            "村级工程项目招投标",
            "村民委员会",
            "《中华人民共和国招标投标法》第三条",
            "公告期不少于5个工作日",
        ],
        [
            "4",
            "招投标管理",
            "村级物资采购",
            "村民委员会",
            "县《村级采购管理办法》",
            "1万元以下即时采购",
        ],
        [
            "5",
            "财务管理",
            "村级财务收支审批",
            "村党组织书记、村委会主任、村务监督委员会主任",
            FIN_RULES,
            "票据取得之日起30日内",
        ],
        [
            "6",
            "资产资源管理",
            "村集体资产资源发包、租赁",
            "村股份经济合作社",
            "《中华人民共和国农村土地承包法》第五十二条",
            "公告期不少于7日",
        ],
        [
            "7",
            "便民服务",
            "农村村民宅基地申请",
            "村民委员会、村民小组",
            f"{LAW_LAND}第六十二条",
            "法定20个工作日，承诺10个工作日",
        ],
        [
            "8",
            "便民服务",
            "最低生活保障申请受理协助",
            "村民委员会",
            f"{REG_AID}第十一条",
            "即办,材料不全的一次性告知",
        ],
        ["9", "便民服务", "临时救助申请协助", "村民委员会", f"{REG_AID}第四十九条", "即办"],
        [
            "10",
            "便民服务",
            "村级印章使用",
            "村党组织书记、村委会主任",
            "县《村级组织印章管理办法》",
            "即办",
        ],
        [
            "11",
            "村务公开",
            "党务村务财务公开",
            "村党组织、村民委员会",
            f"{LAW_VC}第三十条",
            "每季度；集体财务往来较多的村应每月公布一次",
        ],
        ["12", "村务监督", "村务监督委员会监督", "村务监督委员会", f"{LAW_VC}第三十二条", "每月"],
    ]
    path = HERE / "village-small-powers-gb18030.csv"
    _write_csv(path, header, rows, "gb18030")
    return path


# ============================================================================================
# 5. Risk table: graded ledger with merged post cells (xlsx)
# ============================================================================================

# (岗位, 主要职责, [(风险点, 表现形式, 风险等级, 防控措施, 责任人, 监督人), ...])
RISK_LEDGER = [
    (
        "村党组织书记、村委会主任（“一肩挑”）",
        "主持村党组织和村民委员会全面工作，负责村级重大事项决策、财务审批和印章管理",
        [
            (
                "重大事项决策",
                "未按“四议两公开”程序决策，个人说了算；会议记录事后补写",
                "高",
                "1.严格执行“四议两公开”程序；\n2.决策过程全程记录，会议纪要存档备查；\n"
                "3.决议和实施结果在村务公开栏公开",
                "村党组织书记、村委会主任",
                "村务监督委员会、镇联村干部",
            ),
            (
                "财务审批",
                "审批白条入账；化整为零规避集体研究；虚开发票套取资金",
                "高",
                "1.执行联审联签制度；\n2.单笔5000元以上支出经村“两委”联席会议研究；\n"
                "3.镇农村集体“三资”服务中心每月审核",
                "村党组织书记、村报账员",
                "村务监督委员会、镇农村集体“三资”服务中心",
            ),
            (
                "印章管理",
                "为不符合条件的人员出具证明、加盖公章",
                "中",
                "1.印章由专人保管；\n2.用印逐笔登记；\n3.对照证明事项保留清单审核",
                "村党组织书记",
                "村务监督委员会",
            ),
        ],
    ),
    (
        "村委会副主任（分管工程建设）",
        "负责村级工程项目建设、物资采购和村庄环境整治",
        [
            (
                "工程项目建设",
                "规避招标、指定施工单位；虚增工程量；验收走过场",
                "高",
                "1.限额以上项目进入镇公共资源交易平台；\n2.村务监督委员会全程参与验收；\n"
                "3.工程结算经审计后公开",
                "村委会副主任",
                "村务监督委员会、镇纪委",
            ),
            (
                "物资采购",
                "采购价格虚高、收受回扣；以次充好",
                "中",
                "1.询价比价不少于3家；\n2.采购结果公开；\n3.验收入库双人签字",
                "村委会副主任、村报账员",
                "村务监督委员会",
            ),
        ],
    ),
    (
        "村报账员",
        "负责村级财务报账、票据和资金管理",
        [
            (
                "资金报账",
                "坐收坐支、公款私存；挪用集体资金",
                "高",
                "1.村级资金全部进入镇代管账户；\n2.严禁现金坐支；\n3.每月与镇农村集体“三资”服务中心对账",
                "村报账员",
                "镇农村集体“三资”服务中心",
            ),
            (
                "票据管理",
                "票据保管不善、使用不规范",
                "低",
                "1.票据登记领用；\n2.作废票据全联保存",
                "村报账员",
                "村务监督委员会",
            ),
        ],
    ),
    (
        "村民小组长",
        "负责本组村民事务，组织召开村民小组会议",
        [
            (
                "低保、救助对象初评",
                "优亲厚友，“人情保”“关系保”",
                "中",
                "1.民主评议全程记录；\n2.评议结果公示7天；\n3.本人及近亲属申请的主动回避",
                "村民小组长、村民政协理员",
                "村务监督委员会、镇社会事务办",
            ),
            (
                "土地承包、流转",
                "私自发包集体土地，少收或不收承包费",
                "中",
                "1.发包方案经村民小组会议讨论；\n2.合同报村股份经济合作社备案；\n3.承包费统一入账",
                "村民小组长",
                "村务监督委员会",
            ),
        ],
    ),
    (
        "村务监督委员会主任",
        "负责村务、财务监督，列席村“两委”会议",
        [
            (
                "村务监督",
                "监督流于形式，对违规事项不提出意见；签字“走过场”",
                "低",
                "1.建立监督台账；\n2.每季度向村民代表会议报告监督情况；\n3.镇纪委定期抽查",
                "村务监督委员会主任",
                "镇纪委",
            ),
        ],
    ),
    (
        "网格员（兼村民政协理员）",
        "负责网格信息采集、惠民补贴信息核实和政策宣传",
        [
            (
                "惠民补贴信息采集",
                "虚报冒领、信息不实",
                "中",
                "1.信息采集双人核实；\n2.补贴名单公示；\n3.镇社会事务办抽查复核",
                "网格员、村民政协理员",
                "镇社会事务办",
            ),
            (
                "政策宣传",
                "惠民政策宣传不到位，群众不知晓",
                "低",
                "1.政策上墙公开；\n2.微信群定期推送",
                "网格员",
                "村党组织书记",
            ),
        ],
    ),
]


def make_risk_ledger() -> Path:
    book, sheet = _new_book(f"{TOWNSHIP}{V_ZHUWU}廉政风险防控台账")
    sheet.title = "风险防控台账"
    header = [
        "序号",
        "岗位",
        "主要职责",
        "风险点",
        "表现形式",
        "风险等级",
        "防控措施",
        "责任人",
        "监督人",
    ]
    ncols = len(header)
    _title(sheet, 1, ncols, f"{TOWNSHIP}{V_ZHUWU}廉政风险防控台账（2024年度）")
    _note(
        sheet,
        2,
        ncols,
        f"填报单位：{V_ZHUWU}党支部（盖章）　　　　　　　　　　　　填报日期：2024年3月15日",
        height=22,
    )
    _header(sheet, 3, header)
    row, number = 4, 1
    for post, duty, risks in RISK_LEDGER:
        last = row + len(risks) - 1
        _merge(sheet, row, 2, last, 2, post, font=BODY_FONT, alignment=WRAP_CENTER)
        _merge(sheet, row, 3, last, 3, duty, font=BODY_FONT, alignment=WRAP_LEFT)
        for offset, (point, form, level, measures, owner, supervisor) in enumerate(risks):
            r = row + offset
            _body_cell(sheet, r, 1, number, center=True)
            _body_cell(sheet, r, 4, point)
            _body_cell(sheet, r, 5, form)
            _body_cell(sheet, r, 6, level, center=True)
            _body_cell(sheet, r, 7, measures)
            _body_cell(sheet, r, 8, owner, center=True)
            _body_cell(sheet, r, 9, supervisor, center=True)
            number += 1
        row = last + 1
    _note(
        sheet,
        row,
        ncols,
        "风险等级评定：高——涉及“三重一大”或资金、资产、资源直接支配；中——涉及一般"
        "审核把关或资格初评；低——较少涉及人、财、物。经2024年3月12日村民代表会议民主评议，"
        "报镇纪委审核。",
        height=36,
    )
    _note(sheet, row + 1, ncols, "审核人（镇联村领导）：　　　　　　　　审核日期：", height=22)
    _widths(sheet, [6, 16, 22, 16, 30, 9, 40, 18, 22])
    sheet.freeze_panes = "A4"
    _print_setup(sheet, "3:3")
    path = HERE / "risk-ledger-graded.xlsx"
    book.save(path)
    _freeze_zip(path)
    return path


# ============================================================================================
# 6. Risk table: a school's table graded Ⅰ级/Ⅱ级/Ⅲ级 (docx, merged post cells)
# ============================================================================================

SCHOOL = f"{TOWNSHIP}中心初级中学"
# (岗位, [(权力事项, 风险点, 风险等级, 防控措施, 责任人), ...])
SCHOOL_RISKS = [
    (
        "党支部书记、校长",
        [
            (
                "学校重大事项决策",
                "重大事项未经集体研究，决策不科学、不民主",
                "Ⅰ级",
                "1.落实“三重一大”集体决策制度；\n2.重大事项经校务会议研究并记录；\n3.决策结果校内公开",
                "党支部书记、校长",
            ),
            (
                "干部选拔推荐",
                "中层干部推荐不按程序，任人唯亲",
                "Ⅱ级",
                "1.严格执行中层干部选拔任用办法；\n2.民主推荐、考察结果公示",
                "党支部书记、校长",
            ),
        ],
    ),
    (
        "分管后勤副校长",
        [
            (
                "校舍维修工程",
                "规避招标，指定施工单位；虚报工程量",
                "Ⅰ级",
                "1.限额以上项目报县教育局按规定招标；\n2.验收由学校工程领导小组集体进行",
                "分管后勤副校长",
            ),
            (
                "物资采购",
                "采购不按政府采购目录执行；收受回扣",
                "Ⅰ级",
                "1.执行政府采购规定；\n2.三人以上询价；\n3.采购结果校内公示",
                "分管后勤副校长、总务主任",
            ),
            (
                "食堂管理",
                "食材采购以次充好；伙食费账目不清",
                "Ⅱ级",
                "1.大宗食材定点招标采购；\n2.伙食账目每月公开；\n3.家长委员会参与监督",
                "分管后勤副校长",
            ),
        ],
    ),
    (
        "教务主任",
        [
            (
                "招生与分班",
                "违规招收择校生；分班不公平",
                "Ⅱ级",
                "1.严格按划片招生政策执行；\n2.均衡分班，结果公开",
                "教务主任",
            ),
            (
                "评优评先与职称推荐",
                "推荐条件不公开，优亲厚友",
                "Ⅱ级",
                "1.条件、程序事先公开；\n2.推荐结果公示不少于5个工作日",
                "教务主任、工会主席",
            ),
            (
                "考试管理",
                "泄露试题，考务不严",
                "Ⅲ级",
                "1.试卷专人保管；\n2.实行考务责任制",
                "教务主任",
            ),
        ],
    ),
    (
        "总务主任（报账员）",
        [
            (
                "财务报账",
                "虚列支出、白条入账；私设“小金库”",
                "Ⅰ级",
                "1.执行校长“一支笔”审批和会计核算中心集中核算；\n2.每学期财务收支校内公开",
                "总务主任、校长",
            ),
            (
                "资产管理",
                "固定资产账实不符，擅自处置资产",
                "Ⅲ级",
                "1.每年清查盘点；\n2.资产处置按规定报批",
                "总务主任",
            ),
        ],
    ),
    (
        "政教主任",
        [
            (
                "家庭经济困难学生认定与资助",
                "认定不公，虚报冒领资助资金",
                "Ⅱ级",
                "1.班级评议、学校审核、结果公示；\n2.资助资金直接发放到学生家长账户",
                "政教主任",
            ),
            (
                "代收费管理",
                "超范围、超标准代收费",
                "Ⅲ级",
                "1.代收费项目和标准事先公示；\n2.学期末结算公开",
                "政教主任",
            ),
        ],
    ),
    (
        "班主任",
        [
            (
                "教辅资料征订",
                "违规推荐、强制征订教辅资料",
                "Ⅲ级",
                "1.遵循“一教一辅”、学生自愿原则；\n2.签订承诺书",
                "班主任",
            ),
            (
                "课后服务",
                "违规有偿补课",
                "Ⅲ级",
                "1.签订不参与有偿补课承诺书；\n2.设立举报电话",
                "班主任",
            ),
        ],
    ),
]


def make_school_risk_table() -> Path:
    title = f"{SCHOOL}岗位廉政风险点及防控措施一览表"
    document = _new_document(title, landscape=True)
    _paragraph(document, title, size=16, font="黑体", center=True)
    rows = [risk for _post, risks in SCHOOL_RISKS for risk in risks]
    counts = {grade: sum(1 for r in rows if r[2] == grade) for grade in ("Ⅰ级", "Ⅱ级", "Ⅲ级")}
    _paragraph(
        document,
        f"岗位：{len(SCHOOL_RISKS)}个　廉政风险点：{len(rows)}个（Ⅰ级风险{counts['Ⅰ级']}个，"
        f"Ⅱ级风险{counts['Ⅱ级']}个，Ⅲ级风险{counts['Ⅲ级']}个）　防控措施：{len(rows)}条",
        center=True,
    )
    widths = [1.2, 3.2, 3.6, 5.4, 1.6, 8.6, 3.4]
    table = _table(document, len(rows) + 1, widths)
    for cell, name in zip(
        table.rows[0].cells,
        ["序号", "岗位", "权力事项", "风险点", "风险等级", "防控措施", "责任人"],
        strict=True,
    ):
        _set_cell(cell, name, bold=True, center=True)
    _mark_header_rows(table, 1)
    index = 1
    for post, risks in SCHOOL_RISKS:
        first = index
        for duty, point, grade, measures, owner in risks:
            cells = table.rows[index].cells
            _set_cell(cells[0], str(index), center=True)
            _set_cell(cells[2], duty)
            _set_cell(cells[3], point)
            _set_cell(cells[4], grade, center=True)
            _set_cell(cells[5], measures)
            _set_cell(cells[6], owner, center=True)
            index += 1
        merged = table.cell(first, 1)
        if index - 1 > first:
            merged = merged.merge(table.cell(index - 1, 1))
        _set_cell(merged, post, center=True)
    _paragraph(document, "")
    _paragraph(
        document,
        "风险等级说明：Ⅰ级为高风险，由校长负责防控；Ⅱ级为中风险，由分管副校长负责防控；"
        "Ⅲ级为低风险，由处室负责人负责防控。",
        size=9,
    )
    _paragraph(document, "监督电话：青山镇纪委 0000-6218001（示例）", size=9)
    path = HERE / "school-risk-table.docx"
    document.save(path)
    _freeze_zip(path)
    return path


# ============================================================================================
# 7. Risk table: A/B/C graded points as CSV, UTF-8 with BOM (as Excel's "CSV UTF-8")
# ============================================================================================


def make_risk_points_csv() -> Path:
    header = ["序号", "风险点", "风险等级", "防控措施", "责任人"]
    rows = [
        [
            "1",
            "不按“四议两公开”程序决定村级重大事项",
            "A",
            "1.严格按照“四议两公开”程序决策；2.接受村务监督委员会监督；3.决议和实施结果公开",
            "村党组织书记、村委会主任",
        ],
        [
            "2",
            "村级工程项目规避招标、指定施工单位",
            "A",
            "1.限额以上项目进入镇公共资源交易平台；2.村务监督委员会全程监督",
            "村党组织书记、村委会副主任",
        ],
        [
            "3",
            "财务支出白条入账、化整为零",
            "A",
            "1.执行联审联签；\n2.每月送镇农村集体“三资”服务中心审核",
            "村党组织书记、村报账员",
        ],
        [
            "4",
            "集体资产资源低价发包、租赁",
            "A",
            "1.公开竞价；2.合同报镇备案；3.收益统一入账",
            "村股份经济合作社社长",
        ],
        [
            "5",
            "低保、救助对象评议优亲厚友",
            "B",
            "1.民主评议；2.结果公示7天；3.近亲属回避",
            "村委会主任、村民政协理员",
        ],
        [
            "6",
            "宅基地申请审查把关不严",
            "B",
            "1.村民小组会议讨论；2.村级公示5个工作日",
            "村委会主任、村民小组长",
        ],
        ["7", "违规出具证明、加盖公章", "B", "1.对照保留清单审核；2.用印登记", "村党组织书记"],
        [
            "8",
            "村务公开内容不全、不及时",
            "C",
            "1.按公开目录定期公开；2.村务监督委员会审核",
            "村文书、村务监督委员会主任",
        ],
        ["9", "党员发展程序不规范", "C", "1.按发展党员工作细则办理；2.各阶段公示", "村党组织书记"],
        ["10", "惠民补贴信息采集不实", "C", "1.双人核实；2.名单公示", "网格员"],
    ]
    path = HERE / "risk-points-abc.csv"
    _write_csv(path, header, rows, "utf-8-sig")
    return path


# ============================================================================================
# 8. Disclosure catalog: village 村务公开目录 (xlsx, merged 公开领域 and 公开依据 cells)
# ============================================================================================

# (公开领域, [(公开事项, 公开内容, 公开依据 or None to continue the one above, 公开时限,
#             公开主体, 公开载体, 公开层级), ...])
VILLAGE_DISCLOSURES = [
    (
        "党务公开",
        [
            (
                "党组织设置及成员分工",
                "村党组织设置、“两委”成员名单、分工及联系电话",
                "《中国共产党党务公开条例（试行）》\n《中国共产党农村基层组织工作条例》",
                "及时公开（变动后5个工作日内）",
                "村党组织",
                "村务公开栏、“清溪村民”微信群",
                "村级",
            ),
            (
                "发展党员",
                "入党积极分子、发展对象、拟接收预备党员、拟转正党员名单",
                None,
                "按发展党员程序各阶段公示，公示期不少于5个工作日",
                "村党组织",
                "村务公开栏",
                "镇级、村级",
            ),
            (
                "党费收缴",
                "党费收缴、使用情况",
                None,
                "每半年",
                "村党组织",
                "党员活动室公开栏",
                "村级",
            ),
            (
                "“三会一课”和主题党日",
                "学习内容、组织生活开展情况",
                None,
                "每季度",
                "村党组织",
                "党员活动室公开栏",
                "村级",
            ),
        ],
    ),
    (
        "村务公开",
        [
            (
                "村级重大事项决策",
                "“四议两公开”各环节情况、决议内容及实施结果",
                f"{LAW_VC}第三十条",
                "随时公开",
                "村民委员会",
                "村务公开栏、“清溪村民”微信群",
                "村级",
            ),
            (
                "村级工程项目",
                "项目名称、预算、招投标、施工单位、验收和结算情况",
                None,
                "各环节完成后5个工作日内",
                "村民委员会",
                "村务公开栏",
                "镇级、村级",
            ),
            (
                "宅基地审批",
                "申请人、建房位置、占地面积、审批结果",
                HOMESTEAD_NOTICE,
                "申请公示不少于5个工作日；审批结果及时公开",
                "村民委员会",
                "村务公开栏、村民小组公示栏",
                "镇级、村级",
            ),
            (
                "最低生活保障、特困人员供养",
                "保障对象名单（不含身份证号等个人敏感信息）、保障金额",
                REG_AID,
                "每季度；动态调整后及时公开",
                "村民委员会",
                "村务公开栏",
                "镇级、村级",
            ),
            (
                "惠农补贴",
                "耕地地力保护补贴等补贴对象、面积、标准和金额",
                "上级有关补贴政策文件",
                "按上级要求",
                "村民委员会",
                "村务公开栏、“清溪村民”微信群",
                "镇级、村级",
            ),
            (
                "土地征收补偿",
                "征收范围、补偿标准、补偿费分配方案",
                f"{LAW_LAND}第四十七条、第四十八条",
                "随时公开",
                "村民委员会",
                "村务公开栏",
                "镇级、村级",
            ),
            (
                "计划生育奖励扶助",
                "奖励扶助对象名单及标准",
                "上级有关文件",
                "按上级要求",
                "村民委员会",
                "村务公开栏",
                "镇级、村级",
            ),
        ],
    ),
    (
        "财务公开",
        [
            (
                "财务收支",
                "各项收入、支出明细",
                f"{LAW_VC}第三十条\n{FIN_RULES}",
                "一般每季度公开一次；集体财务往来较多的村应每月公布一次财务收支情况",
                "村股份经济合作社",
                "村务公开栏、农村集体“三资”管理平台",
                "村级",
            ),
            (
                "集体资产资源",
                "发包、租赁、出让合同及收益",
                None,
                "年初公开计划，年底公开结果",
                "村股份经济合作社",
                "村务公开栏",
                "村级",
            ),
            (
                "村干部误工补贴",
                "享受人员、标准及发放情况",
                None,
                "每年",
                "村股份经济合作社",
                "村务公开栏",
                "村级",
            ),
            (
                "债权债务",
                "债权债务余额及变动",
                None,
                "每半年",
                "村股份经济合作社",
                "村务公开栏",
                "村级",
            ),
        ],
    ),
    (
        "服务公开",
        [
            (
                "便民服务事项",
                "办事指南、服务承诺、代办员及联系方式",
                "县村级便民服务有关规定",
                "长期公开，变动后及时更新",
                "村民委员会",
                "便民服务室、“清溪村民”微信群",
                "村级",
            ),
            (
                "小微权力清单及流程图",
                "村级小微权力清单、运行流程图",
                "县《村级小微权力清单指导目录》",
                "长期公开",
                "村民委员会",
                "村务公开栏",
                "村级",
            ),
            (
                "监督举报渠道",
                "村务监督委员会成员、镇纪委举报电话",
                None,
                "长期公开",
                "村务监督委员会",
                "村务公开栏",
                "村级",
            ),
        ],
    ),
]


def make_village_disclosure_catalog() -> Path:
    book, sheet = _new_book(f"{TOWNSHIP}{V_QINGXI}村务公开目录")
    sheet.title = "村务公开目录"
    header = [
        "序号",
        "公开领域",
        "公开事项",
        "公开内容",
        "公开依据",
        "公开时限",
        "公开主体",
        "公开载体",
        "公开层级",
    ]
    ncols = len(header)
    _title(sheet, 1, ncols, f"{TOWNSHIP}{V_QINGXI}村务公开目录（2024年版）")
    _header(sheet, 2, header)
    row, number = 3, 1
    for field, items in VILLAGE_DISCLOSURES:
        last = row + len(items) - 1
        _merge(sheet, row, 2, last, 2, field, font=BODY_FONT, alignment=WRAP_CENTER)
        # 公开依据 cells: a value starts a block that runs down over following None entries.
        block_start = None
        for offset, (item, content, basis, limit, subject, channel, level) in enumerate(items):
            r = row + offset
            _body_cell(sheet, r, 1, number, center=True)
            _body_cell(sheet, r, 3, item)
            _body_cell(sheet, r, 4, content)
            _body_cell(sheet, r, 6, limit)
            _body_cell(sheet, r, 7, subject, center=True)
            _body_cell(sheet, r, 8, channel)
            _body_cell(sheet, r, 9, level, center=True)
            if basis is not None:
                block_start = (r, basis)
            next_basis = items[offset + 1][2] if offset + 1 < len(items) else ""
            if next_basis is not None:
                start, text = block_start
                _merge(sheet, start, 5, r, 5, text, font=BODY_FONT, alignment=WRAP_LEFT)
            number += 1
        row = last + 1
    _note(
        sheet,
        row,
        ncols,
        "说明：涉及个人隐私的内容依法处理后公开；村民对公开内容有异议的，可向村务"
        "监督委员会反映，村民委员会应在10日内答复。",
        height=30,
    )
    _widths(sheet, [6, 10, 22, 34, 30, 26, 14, 24, 11])
    sheet.freeze_panes = "A3"
    _print_setup(sheet, "2:2")
    path = HERE / "village-disclosure-catalog.xlsx"
    book.save(path)
    _freeze_zip(path)
    return path


# ============================================================================================
# 9. Disclosure catalog: township 基层政务公开标准目录 (docx, two header rows, ■/□ and √)
# ============================================================================================

CHANNELS_ALL = (
    "■政府网站　□政府公报　■两微一端　□发布会/听证会　□广播电视　□纸质媒体　■公开查阅点　"
    "■政务服务中心　■便民服务站　□入户/现场　■社区/企事业单位/村公示栏（电子屏）　□精准推送　□其他"
)
CHANNELS_LIST = (
    "■政府网站　□政府公报　□两微一端　□发布会/听证会　□广播电视　□纸质媒体　□公开查阅点　"
    "□政务服务中心　□便民服务站　■入户/现场　■社区/企事业单位/村公示栏（电子屏）　□精准推送　□其他"
)
AID_BASIS = f"{REG_AID}\n《最低生活保障审核确认办法》（民发〔2021〕57号）"
# (一级事项, 二级事项, 公开内容, 公开依据 or None to continue, 公开时限, 渠道,
#  全社会, 特定群众, 主动, 依申请, 镇级, 村级)
TOWNSHIP_DISCLOSURES = [
    (
        "政策文件",
        "法规政策",
        "社会救助相关法律法规、规章和规范性文件",
        "《中华人民共和国政府信息公开条例》",
        "信息形成或者变更之日起20个工作日内",
        CHANNELS_ALL,
        "√",
        "",
        "√",
        "",
        "√",
        "",
    ),
    (
        "最低生活保障",
        "办事指南",
        "申请条件、所需材料、办理流程、办理时限、咨询电话",
        AID_BASIS,
        "信息形成或者变更之日起20个工作日内",
        CHANNELS_ALL,
        "√",
        "",
        "√",
        "",
        "√",
        "√",
    ),
    (
        "最低生活保障",
        "审核结果",
        "拟确认对象家庭人数、保障金额、审核意见（隐去身份证号等个人信息）",
        None,
        "审核后在申请人所在村公示7天",
        CHANNELS_LIST,
        "",
        "√",
        "√",
        "",
        "√",
        "√",
    ),
    (
        "最低生活保障",
        "保障对象",
        "保障对象姓名、保障人数、保障金额",
        None,
        "每季度",
        CHANNELS_LIST,
        "√",
        "",
        "√",
        "",
        "√",
        "√",
    ),
    (
        "特困人员救助供养",
        "办事指南",
        "申请条件、所需材料、办理流程、办理时限",
        None,
        "信息形成或者变更之日起20个工作日内",
        CHANNELS_ALL,
        "√",
        "",
        "√",
        "",
        "√",
        "√",
    ),
    (
        "特困人员救助供养",
        "供养对象",
        "供养对象姓名、供养形式、供养标准",
        None,
        "每半年",
        CHANNELS_LIST,
        "√",
        "",
        "√",
        "",
        "√",
        "√",
    ),
    (
        "临时救助",
        "救助对象",
        "救助对象姓名、救助事由、救助金额",
        f"{REG_AID}第四十九条",
        "每季度；急难型救助事后补充公示",
        CHANNELS_LIST,
        "√",
        "",
        "√",
        "",
        "√",
        "",
    ),
    (
        "监督检查",
        "咨询投诉",
        "咨询、监督举报电话和信箱",
        "《中华人民共和国政府信息公开条例》",
        "长期公开",
        CHANNELS_ALL,
        "√",
        "",
        "√",
        "",
        "√",
        "√",
    ),
    (
        "政府信息",
        "依申请公开",
        "依申请公开的社会救助信息",
        None,
        "按《中华人民共和国政府信息公开条例》规定的时限答复",
        "□政府网站　■其他（书面答复）",
        "",
        "√",
        "",
        "√",
        "√",
        "",
    ),
]


def make_township_disclosure_catalog() -> Path:
    title = f"{TOWNSHIP}基层政务公开标准目录"
    document = _new_document(title, landscape=True)
    _paragraph(document, title, size=16, font="黑体", center=True)
    _paragraph(document, "（社会救助领域）", size=12, center=True)
    widths = [0.9, 1.9, 1.6, 3.4, 3.2, 2.6, 1.6, 5.6, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9]
    table = _table(document, len(TOWNSHIP_DISCLOSURES) + 2, widths)
    top, sub = table.rows[0].cells, table.rows[1].cells
    # Columns spanning both header rows.
    for col, name in [
        (0, "序号"),
        (3, "公开内容（要素）"),
        (4, "公开依据"),
        (5, "公开时限"),
        (6, "公开主体"),
        (7, "公开渠道和载体"),
    ]:
        _set_cell(top[col].merge(sub[col]), name, bold=True, center=True)
    # Grouped columns: a top cell over two sub-headers.
    for col, group, left, right in [
        (1, "公开事项", "一级事项", "二级事项"),
        (8, "公开对象", "全社会", "特定群众"),
        (10, "公开方式", "主动", "依申请"),
        (12, "公开层级", "镇级", "村级"),
    ]:
        _set_cell(top[col].merge(top[col + 1]), group, bold=True, center=True)
        _set_cell(sub[col], left, bold=True, center=True)
        _set_cell(sub[col + 1], right, bold=True, center=True)
    _mark_header_rows(table, 2)
    first_row = 2
    level1_start, basis_start = first_row, first_row
    for offset, entry in enumerate(TOWNSHIP_DISCLOSURES):
        r = first_row + offset
        level1, level2, content, basis, limit, channels, *marks = entry
        cells = table.rows[r].cells
        _set_cell(cells[0], str(offset + 1), size=8, center=True)
        _set_cell(cells[2], level2, size=8)
        _set_cell(cells[3], content, size=8)
        _set_cell(cells[5], limit, size=8)
        _set_cell(cells[6], f"{TOWNSHIP}人民政府", size=8, center=True)
        _set_cell(cells[7], channels, size=7)
        for col, mark in enumerate(marks, start=8):
            _set_cell(cells[col], mark, size=8, center=True)
        following = (
            TOWNSHIP_DISCLOSURES[offset + 1] if offset + 1 < len(TOWNSHIP_DISCLOSURES) else None
        )
        # 一级事项: merge consecutive rows with the same value.
        if following is None or following[0] != level1:
            cell = table.cell(level1_start, 1)
            if r > level1_start:
                cell = cell.merge(table.cell(r, 1))
            _set_cell(cell, level1, size=8, center=True)
            level1_start = r + 1
        # 公开依据: a value starts a block running down over the following None entries.
        if basis is not None:
            basis_start, basis_text = r, basis
        if following is None or following[3] is not None:
            cell = table.cell(basis_start, 4)
            if r > basis_start:
                cell = cell.merge(table.cell(r, 4))
            _set_cell(cell, basis_text, size=8)
    _paragraph(document, "")
    _paragraph(document, "注：“■”表示采用的公开渠道，“□”表示未采用；“√”表示适用。", size=9)
    path = HERE / "township-disclosure-catalog.docx"
    document.save(path)
    _freeze_zip(path)
    return path


# ============================================================================================
# 10. Disclosure catalog: simpler village layout as CSV in GB18030
# ============================================================================================


def make_disclosure_catalog_csv() -> Path:
    header = ["序号", "公开类别", "公开事项", "公开内容", "公开时间", "公开形式", "责任人"]
    secretary = "村党组织书记、村委会主任"
    rows = [
        [
            "1",
            "党务",
            "党组织建设",
            "组织设置、成员分工、发展党员",
            "及时公开",
            "公开栏",
            "村党组织书记",
        ],
        ["2", "党务", "党费收缴", "党费收缴使用情况", "每年6月、12月", "公开栏", "村党组织书记"],
        [
            "3",
            "村务",
            "重大事项决策",
            "“四议两公开”决议及实施结果",
            "随时公开",
            "公开栏、微信群",
            secretary,
        ],
        ["4", "村务", "村级工程项目", "招投标、施工、验收结算", "及时公开", "公开栏", secretary],
        ["5", "村务", "低保、特困供养", "对象名单、保障金额", "每季度", "公开栏", "村委会主任"],
        [
            "6",
            "村务",
            "惠农补贴",
            "补贴对象、面积、金额",
            "按上级要求",
            "公开栏、微信群",
            "村报账员",
        ],
        [
            "7",
            "村务",
            "宅基地审批",
            "申请人、位置、面积、审批结果",
            "申请公示5个工作日",
            "公开栏",
            "村委会主任、村民小组长",
        ],
        [
            "8",
            "财务",
            "财务收支",
            "收支明细",
            "每季度；集体财务往来较多的，财务收支情况应每月公布一次",
            "公开栏、“三资”平台",
            "村报账员、村务监督委员会主任",
        ],
        [
            "9",
            "财务",
            "集体资产资源",
            "发包租赁合同及收益",
            "每年1次",
            "公开栏",
            "村股份经济合作社社长",
        ],
        ["10", "财务", "债权债务", "债权债务余额", "每半年", "公开栏", "村报账员"],
        ["11", "服务", "便民服务", "办事指南、代办员电话", "长期公开", "便民服务室", "村委会主任"],
        [
            "12",
            "监督",
            "村务监督",
            "监督委员会成员、举报电话",
            "长期公开",
            "公开栏",
            "村务监督委员会主任",
        ],
    ]
    path = HERE / "disclosure-catalog-gb18030.csv"
    _write_csv(path, header, rows, "gb18030")
    return path


MAKERS = [
    make_village_small_powers,
    make_township_power_list,
    make_certificate_negative_list,
    make_village_small_powers_csv,
    make_risk_ledger,
    make_school_risk_table,
    make_risk_points_csv,
    make_village_disclosure_catalog,
    make_township_disclosure_catalog,
    make_disclosure_catalog_csv,
]


def main() -> None:
    for make in MAKERS:
        path = make()
        print(f"{path.name:40} {path.stat().st_size:>7} bytes")


if __name__ == "__main__":
    main()
