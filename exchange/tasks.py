"""The background job of an import: its preview (a dry run) and, once confirmed, the import.

Queued after commit by :mod:`exchange.jobs`; in the embedded set-up (no REDIS_URL) Celery runs
it eagerly, in the web process, as the project's other jobs. Running it twice does the work
once: a job already past the step asked for is left alone, and an import of unchanged rows
writes nothing.
"""

from __future__ import annotations

import logging

from celery import shared_task
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from powers.history import job_context

from .kinds import get_kind
from .models import ImportJob
from .readers import UnreadableFile
from .services import run

logger = logging.getLogger(__name__)
Status = ImportJob.Status

SOFT_TIME_LIMIT = 600
TIME_LIMIT = 660


def _claim(job_id: int, commit: bool) -> ImportJob | None:
    ready, running = (
        (Status.IMPORTING, Status.IMPORTING) if commit else (Status.QUEUED, Status.PREVIEWING)
    )
    with transaction.atomic():
        job = ImportJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.status != ready or (commit and job.started_at):
            return None
        job.status = running
        job.started_at = timezone.now()
        job.processed_rows = 0
        job.save(update_fields=["status", "started_at", "processed_rows"])
    return job


@shared_task(acks_late=True, soft_time_limit=SOFT_TIME_LIMIT, time_limit=TIME_LIMIT)
def run_import_job(job_id: int, commit: bool = False) -> str:
    """Preview the job's file (``commit`` False) or import it (``commit`` True)."""
    job = _claim(job_id, commit)
    if job is None:
        return "nothing to do"
    kind = get_kind(job.kind)

    def progress(done: int, total: int) -> None:
        ImportJob.objects.filter(pk=job.pk).update(processed_rows=done, total_rows=total)

    try:
        with job.file.open("rb") as handle:
            data = handle.read()
        with job_context(f"import:{job.pk}"):
            report = run(
                kind,
                job.unit,
                user=job.requested_by,
                name=job.file_name,
                data=data,
                dry_run=not commit,
                progress=progress,
            )
    except UnreadableFile as error:
        return _fail(job, str(error))
    except Exception as error:  # the official needs a reason, the log the traceback
        logger.exception("import job %s failed", job.pk)
        return _fail(job, _("导入失败：%(error)s") % {"error": type(error).__name__})
    counts = report.counts()
    fields = {
        "counts": counts,
        "errors": report.row_errors(),
        "total_rows": counts["rows"],
        "processed_rows": counts["rows"],
        "finished_at": timezone.now(),
    }
    if commit:
        fields["status"] = Status.DONE
        fields["preview"] = {**job.preview, "result": report.as_dict()}
    else:
        fields["status"] = Status.PREVIEWED
        fields["preview"] = report.as_dict()
    ImportJob.objects.filter(pk=job.pk).update(**fields)
    return fields["status"]


def _fail(job: ImportJob, reason: str) -> str:
    ImportJob.objects.filter(pk=job.pk).update(
        status=Status.FAILED, message=reason, finished_at=timezone.now()
    )
    return "failed"


def send(job_id: int, commit: bool) -> None:
    try:
        run_import_job.apply_async((job_id, commit), retry=False)
    except Exception:  # the broker is unreachable: kombu raises many kinds of errors
        logger.warning("import job %s not sent", job_id)
