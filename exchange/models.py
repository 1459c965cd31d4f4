"""What the import remembers: the columns a unit mapped, and each import as a job."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from powers.models import Unit


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
