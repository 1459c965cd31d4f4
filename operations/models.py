"""What the readiness check remembers between requests: the last beat of each heartbeat."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Heartbeat(models.Model):
    """The last sign of life of a background process: the worker (it ran the heartbeat task)
    or Celery beat (it sent it). `/readyz/` reports each one's age."""

    class Source(models.TextChoices):
        WORKER = "worker", _("后台任务进程")
        BEAT = "beat", _("定时调度进程")

    source = models.CharField(_("来源"), max_length=20, choices=Source.choices, unique=True)
    beat_at = models.DateTimeField(_("最近心跳时间"))

    class Meta:
        verbose_name = _("心跳")
        verbose_name_plural = _("心跳")

    def __str__(self) -> str:
        return f"{self.source} {self.beat_at:%Y-%m-%d %H:%M:%S}"
