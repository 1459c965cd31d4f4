"""Background jobs of the catalog app: drawing flowcharts."""

from __future__ import annotations

import logging
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from .dot import RenderError, render
from .flowcharts import mark_rendered, send_render
from .models import FlowchartRender

logger = logging.getLogger(__name__)
Status = FlowchartRender.Status


def _store(name: str, content: bytes) -> str:
    # Content-addressed: the same source always writes the same bytes under the same name.
    if default_storage.exists(name):
        default_storage.delete(name)
    return default_storage.save(name, ContentFile(content))


@shared_task(
    acks_late=True,
    time_limit=settings.FLOWCHART_RENDER_TIMEOUT + 30,
    soft_time_limit=settings.FLOWCHART_RENDER_TIMEOUT + 15,
)
def render_flowchart(render_id: int) -> str:
    """Draw one DOT source as SVG and PNG. Running it twice draws once."""
    with transaction.atomic():
        job = FlowchartRender.objects.select_for_update().filter(pk=render_id).first()
        if job is None or job.status == Status.DONE:
            return "nothing to do"
        if (
            job.status == Status.RENDERING
            and job.started_at
            and (timezone.now() - job.started_at)
            < timedelta(seconds=settings.FLOWCHART_RENDER_TIMEOUT + 60)
        ):
            return "already rendering"
        job.status = Status.RENDERING
        job.started_at = timezone.now()
        job.attempts += 1
        job.save(update_fields=["status", "started_at", "attempts"])
    try:
        svg, png = render(job.dot_source)
    except RenderError as error:
        FlowchartRender.objects.filter(pk=job.pk).update(
            status=Status.FAILED, error=str(error), finished_at=timezone.now()
        )
        return "failed"
    base = f"flowcharts/{job.source_hash[:2]}/{job.source_hash}"
    job.svg.name = _store(f"{base}.svg", svg)
    job.png.name = _store(f"{base}.png", png)
    job.status = Status.DONE
    job.error = ""
    job.finished_at = timezone.now()
    with transaction.atomic():
        job.save(update_fields=["svg", "png", "status", "error", "finished_at"])
        mark_rendered(job, requested_by=job.requested_by)
    return "done"


@shared_task
def sweep_flowchart_renders() -> int:
    """Send renders that never reached a worker, or whose worker died while drawing."""
    now = timezone.now()
    stale_send = now - timedelta(minutes=5)
    stale_start = now - timedelta(seconds=settings.FLOWCHART_RENDER_TIMEOUT + 60)
    pending = FlowchartRender.objects.filter(status=Status.QUEUED).filter(
        enqueued_at__isnull=True
    ) | FlowchartRender.objects.filter(status=Status.QUEUED, enqueued_at__lt=stale_send)
    stuck = FlowchartRender.objects.filter(status=Status.RENDERING, started_at__lt=stale_start)
    sent = 0
    for render_id in list(pending.values_list("pk", flat=True)) + list(
        stuck.values_list("pk", flat=True)
    ):
        FlowchartRender.objects.filter(pk=render_id).update(enqueued_at=None)
        sent += send_render(render_id)
    return sent
