"""Attachments of a disclosure: checked by content, limited in size, kept under their hash,
previewed safely, and shown to the public only once approved."""

from __future__ import annotations

import hashlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from disclosures.models import DisclosureAttachment
from powers.lifecycle import Status
from tests.disclosures.test_disclosure_editor import (
    make_disclosure,
    pdf_bytes,
    png_bytes,
    publish,
)


def upload(client, disclosure, name: str, content: bytes, **extra):
    url = reverse("disclosures:attachment_upload", args=[disclosure.pk])
    data = {"file": SimpleUploadedFile(name, content), **extra}
    return client.post(url, data, follow=True)


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


@pytest.mark.django_db
def test_an_upload_whose_content_does_not_match_its_extension_is_refused(client, demo):
    disclosure = make_disclosure(demo.unit, demo.clerk)
    client.force_login(demo.clerk)
    response = upload(client, disclosure, "会议记录.jpg", pdf_bytes())
    assert "上传未成功：文件内容与扩展名不符。" in messages_of(response)
    response = upload(client, disclosure, "照片.png", b"<html><script>alert(1)</script></html>")
    assert any("不支持的文件类型（text/html）" in m for m in messages_of(response))
    assert not DisclosureAttachment.objects.filter(disclosure=disclosure).exists()
    disclosure.refresh_from_db()
    assert disclosure.version == 1  # a refused upload changes nothing


@pytest.mark.django_db
def test_the_size_limit_is_twenty_megabytes(client, demo):
    disclosure = make_disclosure(demo.unit, demo.clerk)
    client.force_login(demo.clerk)
    pdf = pdf_bytes()
    # Larger than an evidence file may be (10 MB), within an attachment's limit.
    response = upload(client, disclosure, "决算报告.pdf", pdf + b"\0" * (15 * 1024 * 1024))
    assert "已上传附件“决算报告.pdf”。" in messages_of(response)
    response = upload(client, disclosure, "太大.pdf", pdf + b"\0" * (20 * 1024 * 1024))
    assert "上传未成功：文件过大：附件不能超过 20 MB。" in messages_of(response)
    assert disclosure.attachments.count() == 1


@pytest.mark.django_db
def test_an_attachment_is_kept_under_its_hash_and_recorded_as_an_edit(client, demo):
    disclosure = make_disclosure(demo.unit, demo.clerk)
    client.force_login(demo.clerk)
    content = png_bytes()
    upload(client, disclosure, "../../现场照片.PNG", content)
    attachment = disclosure.attachments.get()
    digest = hashlib.sha256(content).hexdigest()
    assert attachment.original_name == "现场照片.PNG"
    assert attachment.content_type == "image/png"
    assert attachment.sha256 == digest
    assert digest in attachment.file.name
    assert "现场照片" not in attachment.file.name
    assert attachment.history.first().history_user == demo.clerk
    disclosure.refresh_from_db()
    assert disclosure.version == 2
    assert disclosure.history.first().history_change_reason == "上传附件“现场照片.PNG”"


@pytest.mark.django_db
def test_images_and_pdfs_open_inline_in_a_sandbox_and_office_files_download(client, demo):
    disclosure = make_disclosure(demo.unit, demo.clerk)
    client.force_login(demo.clerk)
    upload(client, disclosure, "照片.png", png_bytes())
    upload(client, disclosure, "会议记录.pdf", pdf_bytes())
    photo, minutes = disclosure.attachments.order_by("pk")
    for attachment, content_type in ((photo, "image/png"), (minutes, "application/pdf")):
        url = reverse("disclosures:attachment_download", args=[attachment.pk])
        response = client.get(url)
        assert response["Content-Type"] == content_type
        assert response["Content-Disposition"].startswith("inline")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "sandbox" in response["Content-Security-Policy"]
        assert "default-src 'none'" in response["Content-Security-Policy"]
        saved = client.get(url, {"download": 1})
        assert saved["Content-Disposition"].startswith("attachment")
    detail = client.get(disclosure.get_absolute_url()).content.decode()
    assert f'<img src="{reverse("disclosures:attachment_download", args=[photo.pk])}"' in detail
    assert "PDF，可在浏览器中预览" in detail


@pytest.mark.django_db
def test_after_approval_an_upload_needs_a_reason_and_waits_for_review(
    client, demo, django_capture_on_commit_callbacks
):
    disclosure = make_disclosure(demo.unit, demo.clerk)
    client.force_login(demo.clerk)
    upload(client, disclosure, "照片.png", png_bytes())
    with django_capture_on_commit_callbacks(execute=True):
        publish(disclosure, demo)
    public_url = reverse(
        "public:disclosure_page", args=[demo.township.code, demo.unit.code, disclosure.pk]
    )
    response = upload(client, disclosure, "补充.pdf", pdf_bytes())
    assert any("必须填写修改原因" in m for m in messages_of(response))
    response = upload(client, disclosure, "补充.pdf", pdf_bytes(), change_reason="补充会议记录")
    assert "已上传附件“补充.pdf”。" in messages_of(response)
    disclosure.refresh_from_db()
    assert disclosure.status == Status.DRAFT  # back to review
    assert disclosure.is_public
    late = disclosure.attachments.get(original_name="补充.pdf")
    client.logout()
    page = client.get(public_url).content.decode()
    assert "照片.png" in page
    assert "补充.pdf" not in page
    late_url = reverse(
        "public:disclosure_attachment",
        args=[demo.township.code, demo.unit.code, disclosure.pk, late.pk],
    )
    assert client.get(late_url).status_code == 404


@pytest.mark.django_db
def test_the_public_gets_the_approved_files_and_nothing_while_in_review(client, demo):
    disclosure = make_disclosure(demo.unit, demo.clerk)
    client.force_login(demo.clerk)
    upload(client, disclosure, "照片.png", png_bytes())
    photo = disclosure.attachments.get()
    client.logout()
    url = reverse(
        "public:disclosure_attachment",
        args=[demo.township.code, demo.unit.code, disclosure.pk, photo.pk],
    )
    assert client.get(url).status_code == 404  # a draft's file
    publish(disclosure, demo)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "sandbox" in response["Content-Security-Policy"]
    assert b"".join(response.streaming_content) == photo.file.open("rb").read()
    again = client.get(url, HTTP_IF_NONE_MATCH=f'"{photo.sha256}"')
    assert again.status_code == 304
    other = make_disclosure(demo.unit, demo.clerk, title="另一条")
    publish(other, demo)
    elsewhere = reverse(
        "public:disclosure_attachment",
        args=[demo.township.code, demo.unit.code, other.pk, photo.pk],
    )
    assert client.get(elsewhere).status_code == 404  # not this disclosure's file
