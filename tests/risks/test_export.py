"""The risk ledger as the spreadsheet units keep on paper."""

from __future__ import annotations

import html
import re
from datetime import date
from io import BytesIO
from urllib.parse import quote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from powers.models import Post
from risks.export import COLUMNS
from risks.models import PreventionMeasure, RiskPoint

Phase = PreventionMeasure.Phase
HEADERS = [
    "序号",
    "岗位",
    "权力事项",
    "流程环节",
    "风险点描述",
    "表现形式",
    "风险类型",
    "岗位风险类别",
    "风险等级",
    "剩余风险等级",
    "防控措施",
    "事前防控措施",
    "事中防控措施",
    "事后防控措施",
    "责任岗位",
    "责任人",
    "分管领导",
    "主管领导",
    "监督人",
    "完成期限",
    "落实情况",
    "评议情况",
]
COLUMN = {header: index for index, header in enumerate(HEADERS)}


def make_point(unit, code: str, description: str, likelihood: int, impact: int, **fields):
    point = RiskPoint(
        unit=unit,
        code=code,
        description=description,
        risk_type="process",
        likelihood=likelihood,
        impact=impact,
        **fields,
    )
    point.save()
    return point


def add_measure(point, phase, text, **fields):
    PreventionMeasure(risk_point=point, phase=phase, measure=text, **fields).save()


@pytest.fixture
def ledger(demo):
    """Three points of the demo's first village, created out of code order."""
    post = Post.objects.filter(unit=demo.unit).first()
    low = make_point(
        demo.unit,
        "X-003",
        "+1",
        1,
        1,
        post_risk=RiskPoint.PostRisk.ETHICS,
        residual_likelihood=1,
        residual_impact=1,
    )
    high = make_point(
        demo.unit,
        "X-001",
        "报账员未经审批即支付村级资金",
        3,
        3,
        post=post,
        responsible_person="王会计",
        leader_in_charge="李主任",
        principal_leader="张书记",
        residual_likelihood=1,
        residual_impact=3,
    )
    add_measure(high, Phase.BEFORE, "支出事项先经两委会议研究", due_date=date(2031, 3, 31))
    add_measure(high, Phase.BEFORE, "大额支出报乡镇代理中心审核", due_date=date(2031, 6, 30))
    add_measure(high, Phase.DURING, "=cmd|' /C calc'!A0", status="in_effect")
    add_measure(high, Phase.AFTER, "监委会每月审核票据")
    middle = make_point(demo.unit, "X-002", '=HYPERLINK("http://x","点我")', 2, 2)
    return {"high": high, "middle": middle, "low": low}


def download(client, unit):
    response = client.get(reverse("risks:ledger_xlsx", args=[unit.pk]))
    assert response.status_code == 200
    return response, load_workbook(BytesIO(response.content))


def data_rows(sheet) -> list[list]:
    return [list(row) for row in sheet.iter_rows(min_row=3, values_only=True)]


@pytest.mark.django_db
def test_it_opens_with_openpyxl_in_the_paper_layout(client, demo, ledger):
    client.force_login(demo.clerk)
    response, book = download(client, demo.unit)
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    sheet = book.active
    assert sheet["A1"].value == f"{demo.unit.name}廉政风险防控台账"
    assert f"A1:{get_column_letter(len(HEADERS))}1" in {
        str(merged) for merged in sheet.merged_cells.ranges
    }
    assert [cell.value for cell in sheet[2]] == HEADERS
    assert [str(header) for header, _width in COLUMNS] == HEADERS
    assert sheet.freeze_panes == "A3"
    header, body = sheet["E2"], sheet["E3"]
    assert header.font.b
    assert header.font.name == body.font.name == "宋体"
    assert body.alignment.wrap_text
    assert body.border.left.style == body.border.bottom.style == "thin"
    assert sheet.column_dimensions["E"].width > sheet.column_dimensions["A"].width


@pytest.mark.django_db
def test_its_rows_are_the_points_in_the_tables_order(client, demo, ledger):
    client.force_login(demo.head)
    _response, book = download(client, demo.unit)
    rows = data_rows(book.active)
    points = list(RiskPoint.objects.filter(unit=demo.unit).order_by("sequence"))
    assert len(rows) == len(points)
    assert [row[COLUMN["序号"]] for row in rows] == [p.code for p in points]
    # Entered out of code order, they stay in the order they were entered.
    assert [row[COLUMN["序号"]] for row in rows][-3:] == ["X-003", "X-001", "X-002"]
    ours = {row[COLUMN["序号"]]: row for row in rows}
    assert [ours[code][COLUMN["风险等级"]] for code in ("X-001", "X-002", "X-003")] == [
        "一级",
        "二级",
        "三级",
    ]
    high = ours["X-001"]
    assert high[COLUMN["风险点描述"]] == "报账员未经审批即支付村级资金"
    assert high[COLUMN["岗位"]] == ledger["high"].post.name
    assert high[COLUMN["剩余风险等级"]] == "二级"
    assert high[COLUMN["事前防控措施"]] == "支出事项先经两委会议研究\n大额支出报乡镇代理中心审核"
    assert high[COLUMN["事后防控措施"]] == "监委会每月审核票据"
    assert high[COLUMN["责任人"]] == "王会计"
    assert high[COLUMN["分管领导"]] == "李主任"
    assert high[COLUMN["主管领导"]] == "张书记"
    assert high[COLUMN["完成期限"]] == "2031-06-30"
    assert high[COLUMN["落实情况"]] == "事前：计划中\n事前：计划中\n事中：已落实\n事后：计划中"
    assert high[COLUMN["评议情况"]] == "自己查找"
    assert ours["X-003"][COLUMN["岗位风险类别"]] == "从政道德失范"
    assert ours["X-003"][COLUMN["风险类型"]] == "业务流程"


@pytest.mark.django_db
def test_formulas_come_out_as_text(client, demo, ledger):
    client.force_login(demo.clerk)
    response, book = download(client, demo.unit)
    sheet = book.active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    assert not [cell.coordinate for cell in cells if str(cell.value).startswith(("=", "+"))]
    ours = {row[COLUMN["序号"]]: row for row in data_rows(sheet)}
    assert ours["X-002"][COLUMN["风险点描述"]] == '\'=HYPERLINK("http://x","点我")'
    assert ours["X-003"][COLUMN["风险点描述"]] == "'+1"
    assert ours["X-001"][COLUMN["事中防控措施"]] == "'=cmd|' /C calc'!A0"
    # Nowhere in the file's XML does a formula element appear.
    assert b"<f>" not in response.content


@pytest.mark.django_db
def test_it_matches_the_ledger_page(client, demo, ledger):
    client.force_login(demo.reviewer)
    _response, book = download(client, demo.unit)
    rows = data_rows(book.active)
    page = client.get(reverse("risks:unit_ledger", args=[demo.unit.pk])).content.decode()
    table = page[page.index('class="table ledger-table"') :]
    table = table[: table.index("</table>")]
    page_rows = table.split("<tr>")[2:]  # after the header row
    assert len(page_rows) == len(rows)
    for row, page_row in zip(rows, page_rows, strict=True):
        code = html.unescape(re.search(r'/points/\d+/">([^<]*)</a>', page_row).group(1))
        badges = re.findall(r'class="risk-badge[^"]*"[^>]*>([^<]*)</span>', page_row)
        assert row[COLUMN["序号"]] == code
        assert row[COLUMN["风险等级"]] == html.unescape(badges[0])


@pytest.mark.django_db
def test_the_file_is_named_by_unit_and_date(client, demo, ledger):
    client.force_login(demo.clerk)
    response, _book = download(client, demo.unit)
    today = timezone.localdate().isoformat()
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert f'filename="{demo.unit.code}-risk-ledger-{today}.xlsx"' in disposition
    chinese = quote(f"{demo.unit.name}廉政风险防控台账-{today}.xlsx")
    assert f"filename*=UTF-8''{chinese}" in disposition
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("user", "status"),
    [("discipline", 200), ("other_clerk", 404), ("foreign_clerk", 404), ("foreign_reviewer", 404)],
)
def test_only_those_who_read_the_unit_get_its_ledger(client, demo, ledger, user, status):
    client.force_login(getattr(demo, user))
    response = client.get(reverse("risks:ledger_xlsx", args=[demo.unit.pk]))
    assert response.status_code == status
    if status != 200:
        assert ledger["high"].description.encode() not in response.content


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_the_export_does_not_grow_with_points(client, demo, ledger):
    client.force_login(demo.clerk)
    url = reverse("risks:ledger_xlsx", args=[demo.unit.pk])
    few = count_queries(client, url)
    for n in range(25):
        point = make_point(demo.unit, f"Y-{n:03d}", f"批量风险点{n}", 1 + n % 3, 1 + n % 2)
        add_measure(point, Phase.BEFORE, "事前措施")
        add_measure(point, Phase.AFTER, "事后措施")
    assert count_queries(client, url) == few
    _response, book = download(client, demo.unit)
    assert len(data_rows(book.active)) == RiskPoint.objects.filter(unit=demo.unit).count()
