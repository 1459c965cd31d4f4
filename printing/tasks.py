"""The background job that renders a printed sheet (打印件) as PDF.

Bounded in time by Celery's limits: at the soft limit the job fails with a reason the official
reads; at the hard limit the worker child is killed, and the job, left running, is sent again
when the official asks again. Celery enforces those limits only in a worker: a job run
in-process (the embedded set-up, without REDIS_URL, runs tasks eagerly in the web process)
renders in a forked child bounded in time and memory instead (``print_render.render_bounded``),
and fails with the reason when past a bound. A warm worker renders in its own process, which
keeps its shared fonts and skips the fork.

Running it twice renders once: a finished or failed job is left alone, and a job another worker
started recently is not started again.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import sheets
from .models import PrintJob
from .render import RenderBoundExceeded, RenderCrashed, render_bounded, render_pdf

logger = logging.getLogger(__name__)
Status = PrintJob.Status

# Seconds. A ten-page board renders in about a second; a minute means something is wrong.
SOFT_TIME_LIMIT = 60
TIME_LIMIT = 75
# A job that has started this many times without finishing (its worker killed each time) is
# failed rather than started again.
MAX_ATTEMPTS = 3
# Seconds a render run in-process (not in a worker) may take, as the worker's soft limit.
IN_PROCESS_TIME_LIMIT = SOFT_TIME_LIMIT


def _fail(job: PrintJob, reason: str) -> str:
    PrintJob.objects.filter(pk=job.pk).update(
        status=Status.FAILED, error=reason, finished_at=timezone.now()
    )
    return "failed"


def _render(html: str, *, in_worker: bool):
    if in_worker:
        return render_pdf(html)
    return render_bounded(html, seconds=IN_PROCESS_TIME_LIMIT, render=render_pdf)


@shared_task(bind=True, acks_late=True, soft_time_limit=SOFT_TIME_LIMIT, time_limit=TIME_LIMIT)
def render_print_job(self, job_id: int) -> str:
    """Render one print job's HTML as PDF and keep it under the content hash."""
    # Celery's time limits hold only in a worker, not for a task applied eagerly or called.
    in_worker = not (self.request.is_eager or self.request.called_directly)
    with transaction.atomic():
        job = PrintJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.status in {Status.DONE, Status.FAILED}:
            return "nothing to do"
        if (
            job.status == Status.RUNNING
            and job.started_at
            and timezone.now() - job.started_at < timedelta(seconds=TIME_LIMIT + 15)
        ):
            return "already running"
        if job.attempts >= MAX_ATTEMPTS:
            return _fail(
                job,
                _("已尝试生成 %(n)s 次仍未完成，已停止重试，请减少内容后重新申请打印。")
                % {"n": job.attempts},
            )
        job.status = Status.RUNNING
        job.started_at = timezone.now()
        job.attempts += 1
        job.save(update_fields=["status", "started_at", "attempts"])
    try:
        result = _render(job.html, in_worker=in_worker)
    except SoftTimeLimitExceeded:
        return _fail(
            job, _("生成超时（超过 %(s)s 秒），请减少内容后重试。") % {"s": SOFT_TIME_LIMIT}
        )
    except (sheets.SheetTooLarge, RenderBoundExceeded) as error:
        logger.warning("print job %s failed: %s", job.pk, error)
        return _fail(job, str(error))
    except RenderCrashed as error:
        logger.error("print job %s failed in its render process: %s", job.pk, error.kind)
        return _fail(job, _("生成失败：%(error)s") % {"error": error.kind})
    except Exception as error:  # WeasyPrint raises many kinds; the official needs the reason
        logger.exception("print job %s failed", job.pk)
        return _fail(job, _("生成失败：%(error)s") % {"error": type(error).__name__})
    name = f"prints/{job.content_hash[:2]}/{job.content_hash}.pdf"
    if default_storage.exists(name):
        default_storage.delete(name)
    job.pdf.name = default_storage.save(name, ContentFile(result.pdf))
    PrintJob.objects.filter(pk=job.pk).update(
        pdf=job.pdf.name,
        status=Status.DONE,
        error="",
        finished_at=timezone.now(),
        page_count=result.pages,
        size_bytes=len(result.pdf),
        render_seconds=round(result.seconds, 3),
    )
    return "done"


# A job sent this long ago and still queued lost its message (Redis restarted without it).
RESEND_AFTER = timedelta(minutes=5)


@shared_task
def sweep_print_jobs() -> int:
    """The outbox sweep, run by beat: send again the jobs that never reached a worker (the
    broker was down when they were asked for), whose message was lost, or whose worker was
    killed while rendering. Safe to run any number of times: a job just sent waits
    ``RESEND_AFTER`` before it is sent again, and the job itself renders once."""
    now = timezone.now()
    queued = PrintJob.objects.filter(status=Status.QUEUED)
    pending = queued.filter(enqueued_at__isnull=True) | queued.filter(
        enqueued_at__lt=now - RESEND_AFTER
    )
    stuck = PrintJob.objects.filter(
        status=Status.RUNNING, started_at__lt=now - timedelta(seconds=TIME_LIMIT + 15)
    )
    sent = 0
    for job_id in list(pending.values_list("pk", flat=True)) + list(
        stuck.values_list("pk", flat=True)
    ):
        PrintJob.objects.filter(pk=job_id).update(enqueued_at=None)
        sent += send_print(job_id)
    return sent


def stuck(job: PrintJob) -> bool:
    """A job left running by a worker that was killed (the hard time limit)."""
    return (
        job.status == PrintJob.Status.RUNNING
        and job.started_at is not None
        and timezone.now() - job.started_at > timedelta(seconds=TIME_LIMIT + 15)
    )


def send_print(job_id: int) -> bool:
    """Hand the job to the workers; with the broker down the row stays queued."""
    try:
        render_print_job.apply_async((job_id,), retry=False)
    except Exception:  # the broker is unreachable: kombu raises many kinds of errors
        logger.warning("print job %s not sent", job_id)
        return False
    PrintJob.objects.filter(pk=job_id, enqueued_at__isnull=True).update(enqueued_at=timezone.now())
    return True
