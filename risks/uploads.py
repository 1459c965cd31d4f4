"""Evidence files (佐证材料) of prevention measures: checked by content, kept under their hash.

An upload is accepted when it is no larger than :data:`MAX_EVIDENCE_BYTES`, its content is one
of the allowed types (as libmagic reads the bytes, never as the browser or the name claims) and
its extension names that same type: a PDF renamed ``.jpg`` is refused. The file is stored under
its SHA-256, which stays on the record so the discipline committee can verify the copy it is
shown is the one that was uploaded.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

import magic
from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from .models import EvidenceFile, PreventionMeasure, evidence_path

MAX_EVIDENCE_BYTES = 10 * 1024 * 1024
MAX_EVIDENCE_LABEL = "10 MB"

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
    max_bytes: int = MAX_EVIDENCE_BYTES,
    too_large_message: str | None = None,
) -> CheckedUpload:
    """The upload's name, true type, size and hash; ValidationError when it may not be kept.

    Evidence files by default; other uploads of the same types (a disclosure's attachments)
    pass their own size limit and the message that names it.
    """
    if upload.size > max_bytes:
        raise forms.ValidationError(
            too_large_message
            or _("文件过大：佐证材料不能超过 %(limit)s。") % {"limit": MAX_EVIDENCE_LABEL},
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
    if expected in OFFICE_PARTS:
        matches = detected in {expected, *ZIP_TYPES} and _is_office_package(upload, expected)
    else:
        matches = detected == expected
    if not matches:
        raise forms.ValidationError(_("文件内容与扩展名不符。"), code="extension")
    return CheckedUpload(upload, name, expected, upload.size, _sha256(upload))


class EvidenceFileField(forms.FileField):
    """A file field whose cleaned value is a :class:`CheckedUpload`."""

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if not upload:
            return upload
        return check_upload(upload)


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
