"""Heartbeats: the worker's (it ran the heartbeat task) and beat's (it sent it).

The beat schedule sends ``operations.tasks.heartbeat`` every minute. Beat notes each sending
(Celery's ``before_task_publish`` signal, in the beat process), and the worker that runs the
task notes the run: `/readyz/` can then tell a stopped beat from a stopped worker. In the
embedded setup nothing is sent: the embedded scheduler runs the task in-process and records
the run itself (ScheduledRun).
"""

from __future__ import annotations

import logging

from celery.signals import before_task_publish
from django.db import close_old_connections, connection
from django.utils import timezone

from .models import Heartbeat

logger = logging.getLogger(__name__)

TASK = "operations.tasks.heartbeat"


def record(source: str) -> None:
    Heartbeat.objects.update_or_create(source=source, defaults={"beat_at": timezone.now()})


def _beat_sent(sender: str | None = None, **kwargs) -> None:
    if sender != TASK:
        return
    try:
        if not connection.in_atomic_block:
            close_old_connections()  # beat runs for weeks: drop a connection the server closed
        record(Heartbeat.Source.BEAT)
    except Exception:
        # A heartbeat never stops beat from sending: /readyz/ will show the stale age.
        logger.exception("could not record beat's heartbeat")


def connect() -> None:
    before_task_publish.connect(_beat_sent, weak=False, dispatch_uid="operations.beat_heartbeat")
