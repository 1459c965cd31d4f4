"""Printed sheets (issue 6): every document type rendered by real WeasyPrint, read back with
poppler: Chinese text, embedded subset CJK fonts, and a QR code that leads to the sheet-check
page."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import zxingcpp
from django.urls import reverse
from PIL import Image

from powers.flowcharts import request_render
from powers.models import Flowchart
from printing import sheets as printing
from printing.models import PrintJob
from tests.disclosures.test_disclosure_editor import make_disclosure

Kind = PrintJob.Kind


def ask_for_print(client, user, kind: str, record_id: int, capture) -> PrintJob:
    """Press the official's 打印/生成PDF button and let the job run (tasks run in-process)."""
    client.force_login(user)
    with capture(execute=True):
        response = client.post(reverse("printing:request", args=[kind, record_id]))
    assert response.status_code == 302
    job = PrintJob.objects.get(pk=int(response.url.rstrip("/").rsplit("/", 1)[1]))
    assert response.url == reverse("printing:job", args=[job.pk])
    return job


def downloaded_pdf(client, job: PrintJob, folder: Path) -> Path:
    response = client.get(reverse("printing:download", args=[job.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    path = folder / f"{job.kind}-{job.pk}.pdf"
    path.write_bytes(b"".join(response.streaming_content))
    return path


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


def qr_codes(path: Path, page: int, folder: Path) -> list[str]:
    prefix = folder / f"page-{path.stem}"
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-f", str(page), "-l", str(page), str(path), prefix],
        check=True,
    )
    (png,) = folder.glob(f"{prefix.name}-*.png")
    return [code.text for code in zxingcpp.read_barcodes(Image.open(png))]


def drawn_chart(demo, capture) -> Flowchart:
    chart = Flowchart.objects.filter(unit=demo.unit, item__isnull=False, is_public=True).first()
    with capture(execute=True):
        request_render(chart, user=demo.clerk)  # real Graphviz, into this test's media folder
    chart.refresh_from_db()
    assert chart.rendered_hash
    return chart


def record_for(kind: str, demo, capture):
    if kind == Kind.NOTICE:
        return make_disclosure(
            demo.unit,
            demo.clerk,
            title="关于2026年度低保对象评议结果的公示",
            body="<p>经村民代表会议评议，拟将张三等3户列为低保对象。</p>",
            objection_contact="村务监督委员会 电话 0571-12345678",
        )
    if kind == Kind.FLOWCHART_SHEET:
        return drawn_chart(demo, capture)
    return demo.unit


EXPECTED_TITLE = {
    Kind.NOTICE: lambda record: "关于2026年度低保对象评议结果的公示",
    Kind.CATALOG_BOARD: lambda unit: f"{unit.name}权力目录",
    Kind.FLOWCHART_SHEET: lambda chart: chart.title,
    Kind.RISK_LEDGER: lambda unit: f"{unit.name}廉政风险防控台账",
    Kind.DISCLOSURE_CATALOG: lambda unit: f"{unit.name}公开目录",
}


@pytest.mark.django_db
@pytest.mark.parametrize("kind", Kind.values)
def test_every_document_prints_in_chinese_with_a_qr_code_to_its_check_page(
    kind, client, demo, tmp_path, django_capture_on_commit_callbacks
):
    record = record_for(kind, demo, django_capture_on_commit_callbacks)
    job = ask_for_print(client, demo.clerk, kind, record.pk, django_capture_on_commit_callbacks)
    job.refresh_from_db()
    assert job.status == PrintJob.Status.DONE, job.error
    page = client.get(reverse("printing:job", args=[job.pk])).content.decode()
    assert "已完成" in page and reverse("printing:download", args=[job.pk]) in page
    assert 'http-equiv="refresh"' not in page  # nothing left to wait for

    path = downloaded_pdf(client, job, tmp_path)
    text = "".join(pdf_text(path).split())  # pdftotext breaks long titles over lines
    assert "".join(EXPECTED_TITLE[kind](record).split()) in text
    assert demo.unit.name in text
    assert job.short_hash in text and "打印日期" in text and "版本" in text
    assert f"第1页/共{job.page_count}页" in text

    fonts = pdf_fonts(path)
    assert fonts, "no fonts in the PDF"
    for name, *_, emb, sub, uni, _obj, _gen in fonts:
        assert "CJK" in name
        assert "+" in name and (emb, sub, uni) == ("yes", "yes", "yes")

    check = printing.check_url(job.content_hash)
    assert qr_codes(path, job.page_count, tmp_path) == [check]
    client.logout()
    answer = client.get(check.removeprefix("http://127.0.0.1:8000")).content.decode()
    assert "这是最新版本" in answer


@pytest.mark.django_db
def test_a_notice_reads_like_a_formal_notice(
    client, demo, tmp_path, django_capture_on_commit_callbacks
):
    disclosure = make_disclosure(
        demo.unit,
        demo.clerk,
        title="2026年度“文明家庭”评选结果",
        body="<p>拟评选“文明家庭”10户。</p><table><tr><th>户主</th></tr><tr><td>王五</td></tr></table>",
        publicity_start="2026-12-01",
        publicity_end="2026-12-07",
        objection_contact="村务监督委员会 电话 0571-12345678",
    )
    job = ask_for_print(
        client, demo.clerk, Kind.NOTICE, disclosure.pk, django_capture_on_commit_callbacks
    )
    text = pdf_text(downloaded_pdf(client, job, tmp_path))
    for words in (
        "公 示",  # the title does not say it, so the notice word stands under it
        "公示期",
        "2026年12月1日至2026年12月7日",
        "异议联系",
        "0571-12345678",
        "盖章处",
        "王五",
        "样稿",  # not yet approved: marked, so nobody posts a draft by mistake
    ):
        assert words in text
    assert job.page_count == 1


@pytest.mark.django_db
def test_the_catalog_board_prints_the_lists_order_numbers_and_named_lists(demo):
    html, _hash = printing.compose(printing.build_sheet(Kind.CATALOG_BOARD, demo.unit))
    body = html.split("<tbody>")[1]
    # The village's numbers as written, sub-items right after their parent.
    assert body.index(">5<") < body.index(">5.1<") < body.index(">5.2<") < body.index(">6<")
    # 低保 (9th in the list) before 出具证明 (11th), whatever their codes say.
    assert body.index("低保和困难补助申请初审") < body.index("出具证明和印章使用")
    heading = body.index("村级证明事项负面清单")
    assert body.index("村务监督") < heading < body.index("亲属关系证明")
    # The time limit as written; no kind of power where the list states none.
    assert "即办" in body
    row = body.split("亲属关系证明")[1].split("</tr>")[0]
    assert not any(kind in row for kind in ("决策权", "执行权", "监督权"))
