from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """Backups (`manage.py backup`), restores (`manage.py restore`), the scheduled backup
    with its retention, and the readiness check `/readyz/`."""

    name = "operations"
    verbose_name = _("运行维护")

    def ready(self) -> None:
        from . import heartbeat

        heartbeat.connect()
