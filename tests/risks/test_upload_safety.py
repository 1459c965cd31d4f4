"""What every upload goes through before it is kept: an archive that would unpack to too much
(a zip bomb) is refused, by whichever field takes it and in that field's words, and a picture
loses its metadata (GPS position, author) on the way in."""

from __future__ import annotations

import io
import zipfile

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import ExifTags, Image, ImageFile

from cases.models import Case
from disclosures.models import DisclosureAttachment
from projects.models import Project
from risks.models import EvidenceFile, PreventionMeasure
from risks.uploads import check_upload
from tests.disclosures.test_disclosure_editor import make_disclosure
from tests.projects.test_projects import project_form
from tests.risks.test_evidence import docx_bytes
from tests.risks.test_ledger import make_point

CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)


def docx_bomb(zeros: int = 200 * 1024 * 1024) -> bytes:
    """A well-formed Word package whose one extra part is ``zeros`` bytes of zeros, deflated
    to a few hundred KB: small enough for every size limit, far too large once unpacked."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", "<w:document/>")
        chunk = b"\0" * (1024 * 1024)
        with archive.open("word/media/image1.bin", "w", force_zip64=True) as part:
            for _ in range(zeros // len(chunk)):
                part.write(chunk)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return docx_bomb()


def jpeg_with_gps(size=(40, 20), orientation: int = 1) -> bytes:
    """A photo as a phone takes it: the author, the GPS position and a comment inside."""
    exif = Image.Exif()
    exif[ExifTags.Base.Artist] = "张三"
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "N",
        ExifTags.GPS.GPSLatitude: (30.0, 15.0, 0.0),
        ExifTags.GPS.GPSLongitudeRef: "E",
        ExifTags.GPS.GPSLongitude: (120.0, 10.0, 0.0),
    }
    buffer = io.BytesIO()
    Image.new("RGB", size, "#1565c0").save(
        buffer, format="JPEG", exif=exif, comment=b"owner: zhang san"
    )
    content = buffer.getvalue()
    assert Image.open(io.BytesIO(content)).getexif().get_ifd(ExifTags.IFD.GPSInfo)
    return content


def assert_no_metadata(content: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(content))
    exif = image.getexif()
    assert not exif.get_ifd(ExifTags.IFD.GPSInfo)
    assert ExifTags.Base.Artist not in exif
    assert not {"exif", "xmp", "comment", "icc_profile"} & set(image.info)
    assert b"zhang san" not in content
    return image


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def measure(demo) -> PreventionMeasure:
    point = make_point(demo.unit, "TST-U-1", measures=[PreventionMeasure.Phase.AFTER])
    return point.measures.get()


def upload_evidence(client, measure, name: str, content: bytes):
    url = reverse("risks:evidence_upload", args=[measure.pk])
    return client.post(url, {"file": SimpleUploadedFile(name, content)}, follow=True)


def upload_case_attachment(client, record, name: str, content: bytes):
    url = reverse("cases:attachment_upload", args=[record.pk])
    return client.post(url, {"file": SimpleUploadedFile(name, content)}, follow=True)


def upload_disclosure_attachment(client, disclosure, name: str, content: bytes):
    url = reverse("disclosures:attachment_upload", args=[disclosure.pk])
    return client.post(url, {"file": SimpleUploadedFile(name, content)}, follow=True)


# Archives ---------------------------------------------------------------------------------


def test_the_bomb_is_small_and_a_valid_word_package(bomb):
    assert len(bomb) < 1024 * 1024
    with zipfile.ZipFile(io.BytesIO(bomb)) as archive:
        assert archive.testzip() is None  # a real archive, not a broken one


@pytest.mark.django_db
def test_a_zip_bomb_is_refused_as_evidence_in_the_words_of_evidence(client, demo, measure, bomb):
    client.force_login(demo.clerk)
    response = upload_evidence(client, measure, "会议记录.docx", bomb)
    page = response.content.decode()
    assert "佐证材料解压后过大：不能超过 100 MB，文件可能是压缩炸弹。" in page
    assert not EvidenceFile.objects.filter(measure=measure).exists()
    # A normal Word file still goes in.
    response = upload_evidence(client, measure, "会议记录.docx", docx_bytes())
    assert "已上传佐证材料“会议记录.docx”" in response.content.decode()


@pytest.mark.django_db
def test_a_zip_bomb_and_an_oversized_file_are_refused_as_case_attachments(client, demo, bomb):
    record = Case.objects.get(unit=demo.unit, reference="2026-002").records.first()
    before = record.attachments.count()
    client.force_login(demo.clerk)
    response = upload_case_attachment(client, record, "签到表.docx", bomb)
    assert "上传未成功：附件解压后过大：不能超过 100 MB，文件可能是压缩炸弹。" in messages_of(
        response
    )
    too_large = b"%PDF-1.4\n" + b"\0" * (11 * 1024 * 1024)
    response = upload_case_attachment(client, record, "签到表.pdf", too_large)
    assert "上传未成功：文件过大：附件不能超过 10 MB。" in messages_of(response)
    assert not any("佐证材料" in message for message in messages_of(response))
    assert record.attachments.count() == before
    response = upload_case_attachment(client, record, "签到表.docx", docx_bytes())
    assert "已上传附件。" in messages_of(response)
    assert record.attachments.count() == before + 1


@pytest.mark.django_db
def test_a_zip_bomb_is_refused_as_a_disclosure_attachment(client, demo, bomb):
    disclosure = make_disclosure(demo.unit, demo.clerk)
    client.force_login(demo.clerk)
    response = upload_disclosure_attachment(client, disclosure, "决议.docx", bomb)
    assert "上传未成功：附件解压后过大：不能超过 100 MB，文件可能是压缩炸弹。" in messages_of(
        response
    )
    assert not DisclosureAttachment.objects.filter(disclosure=disclosure).exists()
    response = upload_disclosure_attachment(client, disclosure, "决议.docx", docx_bytes())
    assert "已上传附件“决议.docx”。" in messages_of(response)


def test_an_archive_of_too_many_parts_or_one_packed_too_tightly_is_refused(settings):
    settings.UPLOAD_ARCHIVE_MAX_ENTRIES = 3
    many = io.BytesIO()
    with zipfile.ZipFile(many, "w") as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        for number in range(4):
            archive.writestr(f"word/part{number}.xml", "<p/>")
    with pytest.raises(forms.ValidationError) as refused:
        check_upload(SimpleUploadedFile("表格.docx", many.getvalue()))
    assert refused.value.messages == ["佐证材料包含的文件过多：压缩包内不能超过 3 个文件。"]

    # 4 MB of zeros: within the total, but packed about a thousand to one.
    settings.UPLOAD_ARCHIVE_MAX_ENTRIES = 2000
    with pytest.raises(forms.ValidationError) as refused:
        check_upload(SimpleUploadedFile("表格.docx", docx_bomb(4 * 1024 * 1024)), noun="附件")
    assert refused.value.messages[0].startswith("附件中的“word/media/image1.bin”压缩比异常")


# Pictures ---------------------------------------------------------------------------------


def test_a_photo_comes_back_upright_without_its_metadata():
    checked = check_upload(
        SimpleUploadedFile("现场.jpg", jpeg_with_gps(size=(40, 20), orientation=6))
    )
    kept = checked.upload.read()
    image = assert_no_metadata(kept)
    assert image.format == "JPEG"
    assert image.size == (20, 40)  # turned as the camera said, since nothing says it anymore
    assert checked.size == len(kept)


def test_a_picture_of_too_many_pixels_is_refused_before_it_is_decoded(settings, monkeypatch):
    settings.UPLOAD_IMAGE_MAX_PIXELS = 20_000
    small = SimpleUploadedFile("现场.jpg", jpeg_with_gps(size=(141, 141)))  # 19,881
    assert check_upload(small, noun="照片").upload.read()

    decoded = []
    monkeypatch.setattr(ImageFile.ImageFile, "load", lambda image: decoded.append(image))
    with pytest.raises(forms.ValidationError) as refused:
        check_upload(SimpleUploadedFile("现场.jpg", jpeg_with_gps(size=(142, 141))), noun="照片")
    assert refused.value.messages == ["照片的像素过多：不能超过 2 万像素。"]
    assert decoded == []


@pytest.mark.django_db
def test_a_project_photo_is_stored_without_gps_or_author(client, demo, settings):
    client.force_login(demo.clerk)
    photo = SimpleUploadedFile("site.jpg", jpeg_with_gps(), content_type="image/jpeg")
    response = client.post(
        reverse("projects:create", args=[demo.unit.pk]),
        project_form(**{"milestones-0-photo": photo}),
    )
    assert response.status_code == 302
    milestone = Project.objects.get(unit=demo.unit, code="well-2026").milestones.get()
    assert milestone.photo.name.endswith(".jpg")
    assert_no_metadata((settings.MEDIA_ROOT / milestone.photo.name).read_bytes())


@pytest.mark.django_db
def test_evidence_and_attachment_photos_are_stored_without_gps(client, demo, measure, settings):
    client.force_login(demo.clerk)
    upload_evidence(client, measure, "现场.jpg", jpeg_with_gps())
    evidence = measure.evidence.get()
    assert_no_metadata((settings.MEDIA_ROOT / evidence.file.name).read_bytes())
    disclosure = make_disclosure(demo.unit, demo.clerk)
    upload_disclosure_attachment(client, disclosure, "公示现场.jpg", jpeg_with_gps())
    attachment = disclosure.attachments.get()
    stored = (settings.MEDIA_ROOT / attachment.file.name).read_bytes()
    assert_no_metadata(stored)
    assert attachment.size == len(stored)
