"""The officials' pages: upload, preview, confirm, the job's progress, export; and who may."""

from __future__ import annotations

import json
from io import BytesIO, StringIO

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from openpyxl import load_workbook

from exchange.models import ColumnMapping, ImportJob
from risks.models import RiskPoint

from .conftest import EXAMPLES, example


def upload(client, unit, name: str, data: bytes, capture):
    with capture(execute=True):
        return client.post(
            reverse("exchange:upload", args=[unit.pk, "risks"]),
            {"file": SimpleUploadedFile(name, data)},
        )


def test_upload_preview_confirm(
    client, village, village_clerk, graded_villages, django_capture_on_commit_callbacks
):
    client.force_login(village_clerk)
    ledger = client.get(reverse("risks:unit_ledger", args=[village.pk]))
    assert reverse("exchange:upload", args=[village.pk, "risks"]) in ledger.text
    assert reverse("exchange:export", args=[village.pk, "risks"]) in ledger.text
    response = upload(
        client,
        village,
        "risk-ledger-graded.xlsx",
        example("risk-ledger-graded.xlsx"),
        django_capture_on_commit_callbacks,
    )
    job = ImportJob.objects.get(unit=village)
    assert response.url == reverse("exchange:job", args=[job.pk])
    assert job.status == "previewed"
    assert job.counts["added"] == 12
    page = client.get(response.url)
    assert "确认导入" in page.text
    assert "重大事项决策" in page.text
    assert "负责村级重大事项决策、财务审批和印章管理" in page.text  # a new post's duties, shown
    assert not RiskPoint.objects.filter(unit=village).exists()
    status = client.get(reverse("exchange:job_status", args=[job.pk])).json()
    assert status["percent"] == 100 and status["status"] == "previewed"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("exchange:job_confirm", args=[job.pk]))
    job.refresh_from_db()
    assert job.status == "done"
    assert RiskPoint.objects.filter(unit=village, status="draft").count() == 12
    assert "已导入" in client.get(response.url).text


def test_a_corrected_mapping_is_kept_for_the_next_import(
    client,
    village,
    village_clerk,
    graded_villages,
    django_capture_on_commit_callbacks,
    tmp_path,
):
    # A unit whose table calls its risk column "廉政风险问题", which no table of the sources uses.
    book = load_workbook(EXAMPLES / "risk-ledger-graded.xlsx")
    book.active["E3"] = "具体问题"
    path = tmp_path / "own.xlsx"
    book.save(path)
    client.force_login(village_clerk)
    upload(client, village, "own.xlsx", path.read_bytes(), django_capture_on_commit_callbacks)
    job = ImportJob.objects.get(unit=village)
    mapping = {column["header"]: column for column in job.preview["mapping"]}
    assert mapping["具体问题"]["key"] == ""
    data = {f"column_{c['index']}": c["key"] for c in job.preview["mapping"]}
    data[f"column_{mapping['具体问题']['index']}"] = "manifestation"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("exchange:job_mapping", args=[job.pk]), data)
    job.refresh_from_db()
    assert job.status == "previewed"
    row = job.preview["rows"][0]
    assert ("具体问题", "未按“四议两公开”程序决策，个人说了算；会议记录事后补写") in [
        tuple(value) for value in row["values"]
    ]
    assert ColumnMapping.objects.get(unit=village, kind="risks").mapping["具体问题"] == (
        "manifestation"
    )
    upload(client, village, "own.xlsx", path.read_bytes(), django_capture_on_commit_callbacks)
    latest = ImportJob.objects.filter(unit=village).first()
    assert {c["header"]: c["key"] for c in latest.preview["mapping"]}["具体问题"] == (
        "manifestation"
    )


def test_export_answers_an_xlsx_in_the_import_layout(client, demo):
    client.force_login(demo.clerk)
    response = client.get(reverse("exchange:export", args=[demo.unit.pk, "risks"]))
    assert response.status_code == 200
    sheet = load_workbook(BytesIO(response.content)).active
    headers = [cell.value for cell in sheet[2]]
    assert headers[:5] == ["序号", "岗位", "主要职责", "权力事项", "风险点"]
    assert sheet.max_row - 2 == demo.unit.risk_points.count()


def test_a_clerk_of_another_unit_cannot_import_or_see_the_job(
    client, demo, village, village_clerk, graded_villages, django_capture_on_commit_callbacks
):
    client.force_login(village_clerk)
    upload(
        client,
        village,
        "a.xlsx",
        example("risk-ledger-graded.xlsx"),
        django_capture_on_commit_callbacks,
    )
    job = ImportJob.objects.get(unit=village)
    client.force_login(demo.other_clerk)
    assert client.get(reverse("exchange:upload", args=[village.pk, "risks"])).status_code == 404
    assert client.get(reverse("exchange:job", args=[job.pk])).status_code == 404
    assert client.post(reverse("exchange:job_confirm", args=[job.pk])).status_code == 404
    assert client.get(reverse("exchange:export", args=[village.pk, "risks"])).status_code == 404
    # The township's reviewer reads the unit but changes nothing of it.
    client.force_login(demo.reviewer)
    assert client.get(reverse("exchange:upload", args=[village.pk, "risks"])).status_code == 403
    assert client.get(reverse("exchange:job", args=[job.pk])).status_code == 403
    job.refresh_from_db()
    assert job.status == "previewed"


def test_the_command_prints_the_counts_as_its_last_line(village, graded_villages, tmp_path):
    out = StringIO()
    path = EXAMPLES / "risk-ledger-graded.xlsx"
    call_command("import_records", "risks", str(path), "--unit", village.code, stdout=out)
    assert json.loads(out.getvalue().splitlines()[-1]) == {
        "rows": 12,
        "added": 12,
        "updated": 0,
        "unchanged": 0,
        "errors": 0,
    }
    out = StringIO()
    call_command(
        "import_records", "risks", str(path), "--unit", village.code, "--dry-run", stdout=out
    )
    assert json.loads(out.getvalue().splitlines()[-1])["unchanged"] == 12
    target = tmp_path / "out.xlsx"
    call_command(
        "export_records", "risks", "--unit", village.code, "-o", str(target), stdout=StringIO()
    )
    out = StringIO()
    call_command("import_records", "risks", str(target), "--unit", village.code, stdout=out)
    assert json.loads(out.getvalue().splitlines()[-1])["unchanged"] == 12


def test_the_disclosure_catalog_page_offers_import_and_export(client, demo):
    client.force_login(demo.clerk)
    page = client.get(reverse("disclosures:catalog", args=[demo.unit.pk]))
    assert reverse("exchange:upload", args=[demo.unit.pk, "disclosure-catalog"]) in page.text
    assert reverse("exchange:export", args=[demo.unit.pk, "disclosure-catalog"]) in page.text
    client.force_login(demo.discipline)
    page = client.get(reverse("disclosures:catalog", args=[demo.unit.pk]))
    assert reverse("exchange:upload", args=[demo.unit.pk, "disclosure-catalog"]) not in page.text


def test_the_disclosure_catalog_upload_page_answers(client, demo):
    client.force_login(demo.clerk)
    page = client.get(reverse("exchange:upload", args=[demo.unit.pk, "disclosure-catalog"]))
    assert page.status_code == 200
    assert "公开目录" in page.text
    assert client.get(reverse("exchange:upload", args=[demo.unit.pk, "nothing"])).status_code == 404
