"""A file that is not a table an official could have typed is refused with the reason, before
anything reads it: too big to upload, a zip bomb dressed as .xlsx, a broken file. The job says
why it failed; nothing of the unit's ledger changes."""

from __future__ import annotations

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from exchange.models import ImportJob
from exchange.tasks import run_import_job
from risks.models import RiskPoint


def zip_bomb() -> bytes:
    """An .xlsx whose one sheet unpacks to 50 MB of zeros (50,000 times its packed size)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * 50_000_000)
    return buffer.getvalue()


def test_a_file_over_the_limit_is_refused_at_upload(client, village, village_clerk, settings):
    settings.IMPORT_MAX_BYTES = 1024 * 1024
    client.force_login(village_clerk)
    page = client.post(
        reverse("exchange:upload", args=[village.pk, "risks"]),
        {"file": SimpleUploadedFile("台账.xlsx", b"x" * (1024 * 1024 + 1))},
    )
    assert page.status_code == 200
    assert "文件过大：导入的表格不能超过 1 MB。" in page.text
    assert not ImportJob.objects.filter(unit=village).exists()


def test_a_zip_bomb_and_a_broken_file_fail_their_jobs_with_the_reason(
    client, village, village_clerk, django_capture_on_commit_callbacks
):
    client.force_login(village_clerk)
    for name, data, reason in (
        ("台账.xlsx", zip_bomb(), "压缩比异常"),
        ("台账2.xlsx", b"PK\x03\x04 not really a workbook", "文件已损坏或不是 Word/Excel 文件"),
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("exchange:upload", args=[village.pk, "risks"]),
                {"file": SimpleUploadedFile(name, data)},
            )
        job = ImportJob.objects.get(unit=village, file_name=name)
        assert job.status == ImportJob.Status.FAILED, name
        assert reason in job.message
        assert reason in client.get(response.url).text
        assert run_import_job(job.pk) == "nothing to do"  # failed stays failed
    assert not RiskPoint.objects.filter(unit=village).exists()
