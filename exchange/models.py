"""What the import remembers: the columns a unit mapped, and each import as a job."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from powers.history import audited_history
from powers.models import County, Township, Unit

from .kinds import get_kind


class ColumnMapping(models.Model):
    """How a unit's own tables name their columns (表头对应关系), as an official corrected it in
    an import's preview: header as written (normalized) → field key, '' for a column left out.
    Used for the unit's next import of the same kind, before the built-in synonyms."""

    unit = models.ForeignKey(
        Unit, models.CASCADE, related_name="column_mappings", verbose_name=_("单位")
    )
    kind = models.CharField(_("表格类型"), max_length=30)
    mapping = models.JSONField(_("表头对应关系"), default=dict, blank=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    class Meta:
        verbose_name = _("表头对应关系")
        verbose_name_plural = _("表头对应关系")
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "kind"],
                name="one_column_mapping_per_unit_kind",
                violation_error_message=_("本单位已有这类表格的表头对应关系。"),
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit} · {self.kind}"


def import_path(instance: ImportJob, filename: str) -> str:
    # Never under the uploader's name: the name is kept as a field.
    return f"imports/{instance.unit_id}/{instance.token}"


class ImportJob(models.Model):
    """One import of a file into a unit's records (导入): the uploaded file, its preview (every
    row as new, changed, unchanged or an error) and, once confirmed, its result. The preview
    and the import both run as background jobs with progress counts; the official follows
    them on the job's page. Written by the system on the official's request; what the import
    changed is in each record's own history ("导入：<file name>")."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("等待预览")
        PREVIEWING = "previewing", _("正在预览")
        PREVIEWED = "previewed", _("待确认")
        IMPORTING = "importing", _("正在导入")
        DONE = "done", _("已导入")
        FAILED = "failed", _("失败")

    unit = models.ForeignKey(
        Unit, models.PROTECT, related_name="import_jobs", verbose_name=_("单位")
    )
    kind = models.CharField(_("表格类型"), max_length=30)
    token = models.CharField(_("文件标识"), max_length=64)
    file = models.FileField(_("文件"), upload_to=import_path, max_length=200)
    file_name = models.CharField(_("文件名"), max_length=255)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        related_name="+",
        verbose_name=_("导入人"),
    )
    status = models.CharField(
        _("状态"), max_length=12, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    total_rows = models.PositiveIntegerField(_("总行数"), default=0)
    processed_rows = models.PositiveIntegerField(_("已处理行数"), default=0)
    counts = models.JSONField(_("统计"), default=dict, blank=True)
    preview = models.JSONField(_("预览"), default=dict, blank=True)
    errors = models.JSONField(_("错误"), default=list, blank=True)
    message = models.TextField(_("说明"), blank=True)
    created_at = models.DateTimeField(_("上传时间"), auto_now_add=True)
    started_at = models.DateTimeField(_("开始时间"), null=True, blank=True)
    finished_at = models.DateTimeField(_("完成时间"), null=True, blank=True)
    # When the current step (preview or import) was last handed to the workers, and how many
    # times a worker has started it: the sweep sends a lost step again, and gives up on a step
    # whose workers keep being killed (exchange.tasks.sweep_import_jobs).
    enqueued_at = models.DateTimeField(_("发送时间"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("已开始次数"), default=0)
    # An import of a standard list's version (its adoption, or a newer version's changed rows):
    # once done, the unit's adoption names that version.
    standard_version = models.ForeignKey(
        "StandardVersion",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="import_jobs",
        verbose_name=_("标准清单版本"),
    )
    only_rows = models.JSONField(
        _("只导入的行"),
        null=True,
        blank=True,
        default=None,
        help_text=_("文件中的行号；不填即全部。"),
    )

    class Meta:
        verbose_name = _("导入任务")
        verbose_name_plural = _("导入任务")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.file_name} → {self.unit}"

    def get_absolute_url(self) -> str:
        return reverse("exchange:job", args=[self.pk])

    @property
    def is_running(self) -> bool:
        return self.status in {self.Status.QUEUED, self.Status.PREVIEWING, self.Status.IMPORTING}

    @property
    def percent(self) -> int:
        if not self.total_rows:
            return 0
        return min(100, round(100 * self.processed_rows / self.total_rows))


# --- standard lists (标准清单) ----------------------------------------------------------------
#
# A township (or the county above it) issues a standard list as the spreadsheet it publishes:
# a village small-power list, a disclosure catalog for every village, a risk checklist. Each
# issue is a version that keeps its file as issued. A unit adopts a version by importing that
# file through the ordinary import (preview, confirm, drafts through the lifecycle); comparing
# the unit's records with the file (a dry run) shows which of them are the standard's as issued,
# which the unit changed and what it added. A new version is offered to adopting units as an
# import of the rows that changed between versions, never applied without a unit confirming it.


class StandardList(models.Model):
    """A standard list (标准清单) issued for units to adopt, of one kind of table."""

    # Issued by a township for its units, or by a county for the units of all its townships.
    township = models.ForeignKey(
        Township,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="standard_lists",
        verbose_name=_("发布乡镇"),
    )
    county = models.ForeignKey(
        County,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="standard_lists",
        verbose_name=_("发布县（市、区）"),
    )
    kind = models.CharField(_("表格类型"), max_length=30)
    name = models.CharField(
        _("名称"), max_length=200, help_text=_("照发布的名称填写，如“青山县村级小微权力清单”。")
    )
    issuer = models.CharField(
        _("发布机关"),
        max_length=200,
        blank=True,
        help_text=_("照原文填写，如“中共某某镇委员会 某某镇人民政府”。"),
    )
    unit_kinds = models.JSONField(
        _("适用单位类型"),
        default=list,
        blank=True,
        help_text=_("留空即适用于所有单位。"),
    )
    description = models.TextField(_("说明"), blank=True)
    is_active = models.BooleanField(_("启用"), default=True)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    history = audited_history()

    class Meta:
        verbose_name = _("标准清单")
        verbose_name_plural = _("标准清单")
        ordering = ["county", "township", "kind", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(township__isnull=True) ^ Q(county__isnull=True),
                name="standard_issued_by_township_xor_county",
                violation_error_message=_("标准清单由一个乡镇或一个县发布，二者只能选一。"),
            ),
            models.UniqueConstraint(
                fields=["township", "name"],
                name="standard_name_unique_in_township",
                violation_error_message=_("本乡镇已有同名的标准清单。"),
            ),
            models.UniqueConstraint(
                fields=["county", "name"],
                name="standard_name_unique_in_county",
                violation_error_message=_("本县已有同名的标准清单。"),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("exchange:standard", args=[self.pk])

    @property
    def kind_label(self) -> str:
        kind = get_kind(self.kind)
        return str(kind.label) if kind else self.kind

    @property
    def unit_kind_labels(self) -> list[str]:
        labels = dict(Unit.Kind.choices)
        return [str(labels.get(kind, kind)) for kind in self.unit_kinds]

    @property
    def issuer_scope(self) -> Township | County:
        return self.township or self.county

    def applies_to(self, unit: Unit) -> bool:
        if self.township_id:
            mine = unit.township_id == self.township_id
        else:
            mine = unit.township.county_id == self.county_id
        return mine and (not self.unit_kinds or unit.kind in self.unit_kinds)

    @property
    def latest(self) -> StandardVersion | None:
        # The file itself is read only when a version is imported (StandardVersion.read).
        return self.versions.defer("content").order_by("-number").first()


class StandardVersion(models.Model):
    """One issue of a standard list: its file as issued, never changed afterwards."""

    standard = models.ForeignKey(
        StandardList, models.PROTECT, related_name="versions", verbose_name=_("标准清单")
    )
    number = models.PositiveIntegerField(_("版次"))
    note = models.TextField(_("修订说明"), blank=True)
    # The file as issued, in the database (it is small, goes into every backup with the rest,
    # and is never changed); its history keeps the digest, which the audit chain covers.
    content = models.BinaryField(_("文件内容"))
    file_name = models.CharField(_("文件名"), max_length=255)
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    rows = models.PositiveIntegerField(_("行数"), default=0)
    issued_at = models.DateTimeField(_("发布时间"), auto_now_add=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, related_name="+", verbose_name=_("发布人")
    )
    history = audited_history(excluded_fields=["content"])

    class Meta:
        verbose_name = _("标准清单版本")
        verbose_name_plural = _("标准清单版本")
        ordering = ["standard", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["standard", "number"],
                name="standard_version_number_unique",
                violation_error_message=_("这个版次已发布。"),
            )
        ]

    def __str__(self) -> str:
        return _("%(name)s（第%(number)s版）") % {"name": self.standard.name, "number": self.number}

    def read(self) -> bytes:
        return bytes(self.content)


class Adoption(models.Model):
    """A unit's adoption of a standard list: the version it last took in (by an import it
    confirmed). Kept as one row per unit and list; its history shows every version taken."""

    unit = models.ForeignKey(Unit, models.PROTECT, related_name="adoptions", verbose_name=_("单位"))
    standard = models.ForeignKey(
        StandardList, models.PROTECT, related_name="adoptions", verbose_name=_("标准清单")
    )
    version = models.ForeignKey(
        StandardVersion, models.PROTECT, related_name="adoptions", verbose_name=_("采用的版本")
    )
    adopted_at = models.DateTimeField(_("采用时间"))
    adopted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, related_name="+", verbose_name=_("采用人")
    )
    history = audited_history()

    class Meta:
        verbose_name = _("标准清单采用")
        verbose_name_plural = _("标准清单采用")
        ordering = ["standard", "unit"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "standard"],
                name="one_adoption_per_unit_and_standard",
                violation_error_message=_("本单位已采用这个标准清单。"),
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit} · {self.version}"

    def get_absolute_url(self) -> str:
        return reverse("exchange:standard_unit", args=[self.standard_id, self.unit_id])
