"""The tamper-evident chain over the history of every audited record."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ChainLink(models.Model):
    """One history row in the chain: its hash covers the previous link's hash and the row's
    canonical JSON, so changing, deleting or reordering any row breaks every later link."""

    seq = models.BigAutoField(_("序号"), primary_key=True)
    history_model = models.CharField(_("历史表"), max_length=100)
    history_id = models.BigIntegerField(_("历史记录号"))
    prev_hash = models.CharField(_("前一环哈希"), max_length=64)
    row_hash = models.CharField(_("本环哈希"), max_length=64)
    created_at = models.DateTimeField(_("写入时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("审计链环")
        verbose_name_plural = _("审计链")
        constraints = [
            models.UniqueConstraint(
                fields=["history_model", "history_id"], name="one_link_per_history_row"
            )
        ]

    def __str__(self) -> str:
        return f"#{self.seq} {self.history_model}:{self.history_id}"


class ChainVerification(models.Model):
    """One run of the chain check, with who asked, how far it got and the first broken link."""

    class Result(models.TextChoices):
        RUNNING = "running", _("核验中")
        INTACT = "intact", _("完整")
        BROKEN = "broken", _("发现断裂")
        FAILED = "failed", _("核验失败")

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("发起人"),
    )
    started_at = models.DateTimeField(_("开始时间"), auto_now_add=True)
    finished_at = models.DateTimeField(_("结束时间"), null=True, blank=True)
    result = models.CharField(
        _("结果"), max_length=10, choices=Result.choices, default=Result.RUNNING
    )
    links_checked = models.PositiveBigIntegerField(_("已核验环数"), default=0)
    head_hash = models.CharField(_("链头哈希"), max_length=64, blank=True)
    broken_seq = models.BigIntegerField(_("首个断裂环"), null=True, blank=True)
    broken_reason = models.TextField(_("断裂说明"), blank=True)

    class Meta:
        verbose_name = _("审计链核验")
        verbose_name_plural = _("审计链核验")
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.started_at:%Y-%m-%d %H:%M} {self.get_result_display()}"
