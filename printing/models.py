"""Printed sheets (打印件) and their jobs."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from powers.models import Township, Unit


class PrintJob(models.Model):
    """A printed sheet (打印件) of a record for the bulletin board (公开栏) or the service window:
    a disclosure notice, a unit's power catalog board, an item's flowchart sheet, the risk
    ledger or the disclosure catalog, rendered as PDF by a background job.

    The row is the job's status as the official sees it, the outbox (it holds the HTML to
    render, so a job that never reached a worker can be sent again) and the sheet's identity:
    the QR code on the paper names its content hash, and the public sheet-check page answers
    from this row whether the sheet is still current. Written only by the system on an
    official's request, never edited by hand, so it keeps no history of its own: who asked,
    when, and what came of it are its fields.
    """

    class Kind(models.TextChoices):
        NOTICE = "notice", _("公开公示（公告）")
        CATALOG_BOARD = "catalog_board", _("权力目录公开栏")
        FLOWCHART_SHEET = "flowchart_sheet", _("权力运行流程图")
        RISK_LEDGER = "risk_ledger", _("廉政风险台账")
        DISCLOSURE_CATALOG = "disclosure_catalog", _("公开目录")

    class Status(models.TextChoices):
        QUEUED = "queued", _("排队中")
        RUNNING = "running", _("生成中")
        DONE = "done", _("已完成")
        FAILED = "failed", _("失败")

    kind = models.CharField(_("文书类型"), max_length=20, choices=Kind.choices)
    # Whose sheet it is: a unit's, or a whole township's (the township summary report);
    # exactly one of the two.
    unit = models.ForeignKey(
        Unit,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="print_jobs",
        verbose_name=_("单位"),
    )
    township = models.ForeignKey(
        Township,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="print_jobs",
        verbose_name=_("乡镇"),
    )
    record_type = models.CharField(_("记录类型"), max_length=50)
    record_id = models.PositiveBigIntegerField(_("记录编号"))
    record_version = models.CharField(_("记录版本"), max_length=40, blank=True)
    title = models.CharField(_("标题"), max_length=300)
    content_hash = models.CharField(_("内容哈希"), max_length=64, unique=True)
    # What the sheet says, without its layout; blank on sheets printed before it was kept.
    text_hash = models.CharField(_("文字哈希"), max_length=64, blank=True, default="")
    html = models.TextField(_("排版源"), blank=True)
    status = models.CharField(
        _("状态"), max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    error = models.TextField(_("失败原因"), blank=True)
    pdf = models.FileField(_("PDF 文件"), upload_to="prints/", blank=True)
    is_outdated = models.BooleanField(_("已过时"), default=False)
    outdated_at = models.DateTimeField(_("过时时间"), null=True, blank=True)
    page_count = models.PositiveIntegerField(_("页数"), null=True, blank=True)
    size_bytes = models.PositiveIntegerField(_("文件大小（字节）"), null=True, blank=True)
    render_seconds = models.FloatField(_("生成耗时（秒）"), null=True, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("请求人"),
    )
    requested_at = models.DateTimeField(_("请求时间"), auto_now_add=True)
    enqueued_at = models.DateTimeField(_("发送时间"), null=True, blank=True)
    started_at = models.DateTimeField(_("开始时间"), null=True, blank=True)
    finished_at = models.DateTimeField(_("完成时间"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("尝试次数"), default=0)

    class Meta:
        verbose_name = _("打印文书")
        verbose_name_plural = _("打印文书")
        ordering = ["-requested_at"]
        indexes = [
            models.Index(fields=["kind", "record_type", "record_id"], name="print_job_record"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(unit__isnull=False, township__isnull=True)
                | models.Q(unit__isnull=True, township__isnull=False),
                name="print_job_unit_or_township",
                violation_error_message=_("打印文书须属于一个单位或一个乡镇。"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.title} · {self.content_hash[:12]}"

    def get_absolute_url(self) -> str:
        return reverse("printing:job", args=[self.pk])

    def get_unit(self) -> Unit | None:
        """The sheet's unit; None for a whole township's sheet (see ``township``)."""
        return self.unit

    @property
    def owner_name(self) -> str:
        """The unit or township whose sheet it is."""
        return self.unit.name if self.unit_id else self.township.name

    @property
    def short_hash(self) -> str:
        return self.content_hash[:12]
