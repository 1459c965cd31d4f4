"""The periodic jobs of operations: the heartbeat, and the scheduled backup with retention."""

from __future__ import annotations

from pathlib import Path

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from .backup import create_backup, prune
from .heartbeat import record
from .models import Heartbeat


@shared_task(ignore_result=True)
def heartbeat() -> str:
    """The worker's sign of life for /readyz/: running it twice just moves the time."""
    record(Heartbeat.Source.WORKER)
    return timezone.now().isoformat()


@shared_task(time_limit=6 * 3600, soft_time_limit=6 * 3600 - 60)
def backup_and_prune() -> dict:
    """A backup into BACKUP_DIR, then the backups beyond BACKUP_KEEP_COUNT or older than
    BACKUP_KEEP_DAYS deleted (never the newest). A second run the same day adds one backup
    and prunes by the same rules."""
    if not settings.BACKUP_DIR:
        return {"skipped": "BACKUP_DIR is not set"}
    root = Path(settings.BACKUP_DIR)
    summary = create_backup(root)
    removed = prune(
        root, keep_days=settings.BACKUP_KEEP_DAYS, keep_count=settings.BACKUP_KEEP_COUNT
    )
    summary["pruned"] = [str(path) for path in removed]
    return summary
