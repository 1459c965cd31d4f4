"""What the embedded scheduler remembers of each periodic job between ticks and restarts."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class ScheduledRun(models.Model):
    """The last run of one entry of the beat schedule (CELERY_BEAT_SCHEDULE) by the embedded
    scheduler (`manage.py run_scheduler`) or by hand (`manage.py run_job`): when it started,
    how it ended and why it failed. Claiming a run moves `last_run_at` atomically, so one due
    time is run once, however many schedulers are running."""

    class Outcome(models.TextChoices):
        RUNNING = "running", _("运行中")
        SUCCEEDED = "succeeded", _("成功")
        FAILED = "failed", _("失败")

    name = models.CharField(_("任务名称"), max_length=200, unique=True)
    last_run_at = models.DateTimeField(_("最近运行时间"), null=True, blank=True)
    last_finished_at = models.DateTimeField(_("最近结束时间"), null=True, blank=True)
    last_status = models.CharField(
        _("最近运行结果"), max_length=20, choices=Outcome.choices, blank=True
    )
    last_result = models.TextField(_("最近返回值"), blank=True)
    last_error = models.TextField(_("最近错误"), blank=True)

    class Meta:
        verbose_name = _("定时任务运行记录")
        verbose_name_plural = _("定时任务运行记录")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
