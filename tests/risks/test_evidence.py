"""Evidence files of a measure: checked by content, limited in size, kept under their SHA-256."""

from __future__ import annotations

import hashlib
import io
import zipfile
from urllib.parse import quote

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from risks.models import EvidenceFile, PreventionMeasure
from risks.uploads import MAX_EVIDENCE_BYTES
from tests.risks.test_ledger import make_point

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def png_bytes(size: int = 8) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (size, size), "#ef6c00").save(buffer, format="PNG")
    return buffer.getvalue()


def docx_bytes(main_part: str = "word/document.xml") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(main_part, "<document/>")
    return buffer.getvalue()


def plain_zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("说明.txt", "不是 Word 文件")
    return buffer.getvalue()


def xlsx_bytes() -> bytes:
    buffer = io.BytesIO()
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "签到表"
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def measure(demo) -> PreventionMeasure:
    point = make_point(demo.unit, "TST-E-1", measures=[PreventionMeasure.Phase.AFTER])
    return point.measures.get()


def upload(client, measure, name: str, content: bytes):
    file = SimpleUploadedFile(name, content, content_type="application/octet-stream")
    url = reverse("risks:evidence_upload", args=[measure.pk])
    return client.post(url, {"file": file}, follow=True)


@pytest.mark.django_db
def test_a_real_png_is_kept_under_its_sha256(client, demo, measure, settings):
    content = png_bytes()
    client.force_login(demo.clerk)
    response = upload(client, measure, "现场照片.png", content)
    assert "已上传佐证材料“现场照片.png”" in response.content.decode()
    evidence = measure.evidence.get()
    digest = hashlib.sha256(content).hexdigest()
    assert evidence.sha256 == digest
    assert evidence.content_type == "image/png"
    assert evidence.size == len(content)
    assert evidence.uploaded_by == demo.clerk
    assert evidence.file.name == f"evidence/{digest[:2]}/{digest}"
    assert (settings.MEDIA_ROOT / evidence.file.name).read_bytes() == content
    assert evidence.history.get().history_user == demo.clerk
    # The point's page lists it, with its hash, under its measure.
    assert digest in response.content.decode()
    history = client.get(reverse("risks:point_history", args=[measure.risk_point_id]))
    assert "佐证材料：现场照片.png" in history.content.decode()


@pytest.mark.django_db
def test_a_pdf_renamed_jpg_is_refused(client, demo, measure):
    client.force_login(demo.clerk)
    page = upload(client, measure, "照片.jpg", PDF).content.decode()
    assert "文件内容与扩展名不符" in page
    assert not measure.evidence.exists()


@pytest.mark.django_db
def test_an_oversize_file_is_refused_with_the_limit(client, demo, measure):
    client.force_login(demo.clerk)
    content = PDF + b"0" * (MAX_EVIDENCE_BYTES - len(PDF) + 1)
    page = upload(client, measure, "扫描件.pdf", content).content.decode()
    assert "文件过大：佐证材料不能超过 10 MB。" in page
    assert not measure.evidence.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("会议纪要.pdf", PDF),
        ("签到表.docx", docx_bytes()),
        ("台账.xlsx", xlsx_bytes()),
        ("照片.JPEG", None),
    ],
)
def test_the_allowed_types_are_accepted(client, demo, measure, name, content):
    if content is None:
        buffer = io.BytesIO()
        Image.new("RGB", (4, 4)).save(buffer, format="JPEG")
        content = buffer.getvalue()
    client.force_login(demo.clerk)
    upload(client, measure, name, content)
    assert measure.evidence.get().original_name == name


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("说明.txt", "纯文本".encode(), "不支持的文件类型"),
        ("脚本.png", b"<script>alert(1)</script>", "不支持的文件类型"),
        ("压缩包.docx", plain_zip_bytes(), "文件内容与扩展名不符"),
        ("表格.docx", docx_bytes(main_part="xl/workbook.xml"), "文件内容与扩展名不符"),
        ("图片.pdf", png_bytes(), "文件内容与扩展名不符"),
        ("无扩展名", PDF, "文件内容与扩展名不符"),
    ],
)
def test_other_content_is_refused(client, demo, measure, name, content, message):
    client.force_login(demo.clerk)
    page = upload(client, measure, name, content).content.decode()
    assert message in page
    assert not measure.evidence.exists()


@pytest.mark.django_db
def test_the_same_file_twice_is_stored_once(client, demo, measure):
    content = png_bytes()
    client.force_login(demo.clerk)
    upload(client, measure, "a.png", content)
    upload(client, measure, "b.png", content)
    first, second = measure.evidence.order_by("pk")
    assert first.file.name == second.file.name


@pytest.mark.django_db
def test_the_download_is_an_attachment_under_its_original_name(client, demo, measure):
    content = png_bytes()
    client.force_login(demo.clerk)
    upload(client, measure, "现场照片.png", content)
    evidence = EvidenceFile.objects.get()
    client.force_login(demo.discipline)
    response = client.get(reverse("risks:evidence_download", args=[evidence.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert f"filename*=utf-8''{quote('现场照片.png')}" in disposition
