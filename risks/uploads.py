"""Evidence files (佐证材料) of prevention measures: checked by content, kept under their hash.

An upload is accepted when it is no larger than :data:`MAX_EVIDENCE_BYTES`, its content is one
of the allowed types (as libmagic reads the bytes, never as the browser or the name claims) and
its extension names that same type: a PDF renamed ``.jpg`` is refused. The file is stored under
its SHA-256, which stays on the record so the discipline committee can verify the copy it is
shown is the one that was uploaded.

Two checks protect what happens after acceptance. An archive (Word and Excel files are zip
packages) is refused when its directory promises too much: more entries, more unpacked bytes or
a higher compression ratio per entry than the ``UPLOAD_ARCHIVE_*`` settings allow, read from
zipfile's infolist without unpacking anything (a zip bomb). A picture is re-encoded without its
metadata (EXIF with the GPS position and the camera's owner, XMP, ICC profile, comments), turned
upright first by its EXIF orientation; the hash is that of the bytes kept.

Each field names what it takes (佐证材料, 附件, 照片) and every message speaks of that.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

import magic
from django import forms
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, JpegImagePlugin

from .models import EvidenceFile, PreventionMeasure, evidence_path

MAX_EVIDENCE_BYTES = 10 * 1024 * 1024
EVIDENCE_NOUN = _("佐证材料")

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# Extension → the content type its bytes must have.
ALLOWED_TYPES: dict[str, str] = {
    ".pdf": "application/pdf",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".docx": DOCX,
    ".xlsx": XLSX,
}
# The part every Office Open XML package of that kind holds besides [Content_Types].xml.
OFFICE_PARTS = {DOCX: "word/", XLSX: "xl/"}
# libmagic names an Office file by its contents when it can, otherwise only as a zip archive.
ZIP_TYPES = {"application/zip", "application/x-zip-compressed"}
SNIFF_BYTES = 64 * 1024
# Pillow's name of each picture type: a picture is re-encoded in the format it came in.
IMAGE_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG"}
# What a re-encoded picture keeps of its file's information: how to draw it, nothing of who or
# where it was taken.
IMAGE_INFO_KEPT = {"transparency", "dpi"}
# Small entries are skipped by the ratio check: XML compresses well, and a few hundred KB
# unpacked harm nobody whatever their ratio.
RATIO_CHECK_FROM_BYTES = 1024 * 1024


@dataclass(frozen=True)
class CheckedUpload:
    upload: UploadedFile
    original_name: str
    content_type: str
    size: int
    sha256: str

    def record_fields(self) -> dict:
        """What every uploaded-file record keeps of the upload, as keyword arguments."""
        return {
            "original_name": self.original_name,
            "content_type": self.content_type,
            "size": self.size,
            "sha256": self.sha256,
        }

    def keep_at(self, file, path: str) -> None:
        """Put the upload at ``path`` of ``file``'s storage, once: the path is named by the
        content's hash, so a file already there holds the same bytes (the record is not saved)."""
        if file.storage.exists(path):
            file.name = path
        else:
            file.save(path, self.upload, save=False)


def size_label(size: int) -> str:
    """A limit as people read it: "10 MB"."""
    return f"{size / (1024 * 1024):g} MB"


def check_archive(upload, noun: str) -> None:
    """Refuse a zip package whose directory says it would unpack to too much (a zip bomb):
    ValidationError. ``upload``: any seekable file (an upload, or bytes read by an import).

    Only the central directory is read. Python's zipfile never unpacks more of an entry than
    its declared size, so the declared sizes bound what any later reader of the file unpacks.
    """
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        return  # not a readable archive: the type checks refuse it
    finally:
        upload.seek(0)
    if len(entries) > settings.UPLOAD_ARCHIVE_MAX_ENTRIES:
        raise forms.ValidationError(
            _("%(noun)s包含的文件过多：压缩包内不能超过 %(limit)s 个文件。")
            % {"noun": noun, "limit": settings.UPLOAD_ARCHIVE_MAX_ENTRIES},
            code="archive_entries",
        )
    if sum(entry.file_size for entry in entries) > settings.UPLOAD_ARCHIVE_MAX_BYTES:
        raise forms.ValidationError(
            _("%(noun)s解压后过大：不能超过 %(limit)s，文件可能是压缩炸弹。")
            % {"noun": noun, "limit": size_label(settings.UPLOAD_ARCHIVE_MAX_BYTES)},
            code="archive_size",
        )
    ratio = settings.UPLOAD_ARCHIVE_MAX_RATIO
    for entry in entries:
        if entry.file_size >= RATIO_CHECK_FROM_BYTES and (
            entry.file_size > ratio * max(entry.compress_size, 1)
        ):
            raise forms.ValidationError(
                _("%(noun)s中的“%(entry)s”压缩比异常（超过 %(ratio)s 倍），文件可能是压缩炸弹。")
                % {"noun": noun, "entry": entry.filename[:100], "ratio": ratio},
                code="archive_ratio",
            )


def _without_metadata(upload: UploadedFile, name: str, content_type: str, noun: str):
    """The picture re-encoded in its own format, upright and without metadata."""
    upload.seek(0)
    try:
        with Image.open(upload) as original:
            width, height = original.size  # from the header: nothing is decoded yet
            if width * height > settings.UPLOAD_IMAGE_MAX_PIXELS:
                raise forms.ValidationError(
                    _("%(noun)s的像素过多：不能超过 %(limit)s 万像素。")
                    % {"noun": noun, "limit": settings.UPLOAD_IMAGE_MAX_PIXELS // 10_000},
                    code="image_pixels",
                )
            original.load()
            options = {}
            if original.format == "JPEG":
                # Pillow's quality="keep": the original's quantisation, so little is lost.
                options = {
                    "qtables": original.quantization,
                    "subsampling": JpegImagePlugin.get_sampling(original),
                }
            picture = ImageOps.exif_transpose(original)
            picture.info = {k: v for k, v in picture.info.items() if k in IMAGE_INFO_KEPT}
            buffer = io.BytesIO()
            picture.save(buffer, format=IMAGE_FORMATS[content_type], **options)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise forms.ValidationError(
            _("%(noun)s不是可以读取的图片。") % {"noun": noun}, code="image"
        ) from None
    finally:
        upload.seek(0)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=content_type)


def _is_office_package(upload: UploadedFile, content_type: str) -> bool:
    """A zip archive is an Office file only with its content-type list and its main part."""
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False
    finally:
        upload.seek(0)
    part = OFFICE_PARTS[content_type]
    return "[Content_Types].xml" in names and any(name.startswith(part) for name in names)


def _sha256(upload: UploadedFile) -> str:
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


def check_upload(
    upload: UploadedFile,
    *,
    noun: str = EVIDENCE_NOUN,
    max_bytes: int = MAX_EVIDENCE_BYTES,
) -> CheckedUpload:
    """The upload's name, true type, size and hash; ValidationError when it may not be kept.

    Evidence files by default; other uploads of the same types (a disclosure's attachments,
    a case's attachments, a project's photos) pass what they call the file and their own
    size limit. A picture comes back re-encoded without metadata: keep ``.upload``.
    """
    if upload.size > max_bytes:
        raise forms.ValidationError(
            _("文件过大：%(noun)s不能超过 %(limit)s。")
            % {"noun": noun, "limit": size_label(max_bytes)},
            code="too_large",
        )
    name = PurePath(upload.name or "").name[-255:]
    expected = ALLOWED_TYPES.get(PurePath(name).suffix.lower())
    upload.seek(0)
    detected = magic.from_buffer(upload.read(SNIFF_BYTES), mime=True)
    upload.seek(0)
    known = set(ALLOWED_TYPES.values())
    if detected not in known | ZIP_TYPES:
        raise forms.ValidationError(
            _(
                "不支持的文件类型（%(type)s）："
                "只能上传 PDF、JPG、PNG、Word（.docx）或 Excel（.xlsx）文件。"
            )
            % {"type": detected},
            code="type",
        )
    if expected is None:
        raise forms.ValidationError(_("文件内容与扩展名不符。"), code="extension")
    if expected in OFFICE_PARTS or detected in ZIP_TYPES | set(OFFICE_PARTS):
        check_archive(upload, noun)
    if expected in OFFICE_PARTS:
        matches = detected in {expected, *ZIP_TYPES} and _is_office_package(upload, expected)
    else:
        matches = detected == expected
    if not matches:
        raise forms.ValidationError(_("文件内容与扩展名不符。"), code="extension")
    if expected in IMAGE_FORMATS:
        upload = _without_metadata(upload, name, expected, noun)
    return CheckedUpload(upload, name, expected, upload.size, _sha256(upload))


class EvidenceFileField(forms.FileField):
    """A file field whose cleaned value is a :class:`CheckedUpload`; ``noun`` is what its
    messages call the file (佐证材料 unless told)."""

    def __init__(
        self, *args, noun: str = EVIDENCE_NOUN, max_bytes: int = MAX_EVIDENCE_BYTES, **kwargs
    ):
        self.noun = noun
        self.max_bytes = max_bytes
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if not upload:
            return upload
        return check_upload(upload, noun=self.noun, max_bytes=self.max_bytes)


class EvidenceUploadForm(forms.Form):
    file = EvidenceFileField(
        label=_("佐证材料"),
        help_text=_(
            "会议记录、签到表、照片等：PDF、JPG、PNG、Word（.docx）或 Excel（.xlsx），"
            "不超过 10 MB。"
        ),
    )


def store_evidence(measure: PreventionMeasure, checked: CheckedUpload, *, user) -> EvidenceFile:
    """Keep the file under its hash (once, however often it is uploaded) and record it."""
    evidence = EvidenceFile(measure=measure, uploaded_by=user, **checked.record_fields())
    with transaction.atomic():
        checked.keep_at(evidence.file, evidence_path(evidence, checked.original_name))
        evidence._history_user = user
        evidence.save()
    return evidence
