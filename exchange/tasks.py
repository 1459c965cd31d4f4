"""The background job of an import: its preview (a dry run) and, once confirmed, the import.

Queued after commit by :mod:`exchange.jobs`; in the embedded set-up (no REDIS_URL) Celery runs
it eagerly, in the web process, as the project's other jobs. Running it twice does the work
once: a job already past the step asked for is left alone, and an import of unchanged rows
writes nothing.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from celery import shared_task
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from powers.history import job_context, stamp

from .kinds import get_kind
from .models import Adoption, ImportJob
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
        job.attempts += 1
        job.save(update_fields=["status", "started_at", "processed_rows", "attempts"])
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
                only_rows=job.only_rows,
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
    with transaction.atomic():
        ImportJob.objects.filter(pk=job.pk).update(**fields)
        if commit and job.standard_version_id:
            record_adoption(job, fields["finished_at"])
    return fields["status"]


def record_adoption(job: ImportJob, finished_at) -> Adoption:
    """A confirmed import of a standard list's version is done: the unit's adoption names that
    version (a later import of an older version leaves it)."""
    version = job.standard_version
    adoption = Adoption.objects.filter(unit=job.unit, standard=version.standard).first()
    if adoption is not None and adoption.version.number >= version.number:
        return adoption
    adoption = adoption or Adoption(unit=job.unit, standard=version.standard)
    adoption.version = version
    adoption.adopted_at = finished_at
    adoption.adopted_by = job.requested_by
    stamp(adoption, job.requested_by, _("采用标准清单：%(version)s") % {"version": version})
    adoption.save()
    return adoption


def _fail(job: ImportJob, reason: str) -> str:
    ImportJob.objects.filter(pk=job.pk).update(
        status=Status.FAILED, message=reason, finished_at=timezone.now()
    )
    return "failed"


def send(job_id: int, commit: bool) -> bool:
    """Hand the job's step to the workers; with the broker down the job stays as it is, for
    the sweep to send again."""
    sent_at = timezone.now()
    try:
        run_import_job.apply_async((job_id, commit), retry=False)
    except Exception:  # the broker is unreachable: kombu raises many kinds of errors
        logger.warning("import job %s not sent", job_id)
        return False
    ImportJob.objects.filter(pk=job_id, enqueued_at__isnull=True).update(enqueued_at=sent_at)
    return True


# A step sent this long ago and not started lost its message (Redis restarted without it).
RESEND_AFTER = timedelta(minutes=5)
# A step started this long ago and not finished lost its worker (killed at the hard limit).
KILLED_AFTER = timedelta(seconds=TIME_LIMIT + 15)
# Started this many times and never finished: the file itself is the trouble; say so.
MAX_ATTEMPTS = 3


@shared_task
def sweep_import_jobs() -> int:
    """The outbox sweep for imports, run by beat as the print jobs' is: send again a preview or
    an import that never reached a worker or whose message was lost, and start again one whose
    worker was killed (an import again does only the rows not yet written: it changes nothing
    it already changed). A step killed ``MAX_ATTEMPTS`` times fails with the reason, so the
    official is not left with a bar that never moves. Returns how many steps it sent."""
    now = timezone.now()
    lost = Q(enqueued_at__isnull=True) | Q(enqueued_at__lt=now - RESEND_AFTER)
    waiting = ImportJob.objects.filter(
        Q(status=Status.QUEUED) | Q(status=Status.IMPORTING, started_at__isnull=True), lost
    )
    killed = ImportJob.objects.filter(
        status__in=[Status.PREVIEWING, Status.IMPORTING], started_at__lt=now - KILLED_AFTER
    )
    for job in killed.filter(attempts__gte=MAX_ATTEMPTS):
        _fail(
            job,
            _("导入任务已开始 %(n)d 次，均未能完成（文件可能过大），已停止。请拆分文件后重新上传。")
            % {"n": job.attempts},
        )
    restarted = killed.filter(attempts__lt=MAX_ATTEMPTS)
    restarted.filter(status=Status.PREVIEWING).update(
        status=Status.QUEUED, started_at=None, enqueued_at=None
    )
    restarted.filter(status=Status.IMPORTING).update(started_at=None, enqueued_at=None)
    sent = 0
    for job_id, status in list(waiting.values_list("pk", "status")):
        ImportJob.objects.filter(pk=job_id).update(enqueued_at=None)
        sent += send(job_id, commit=status == Status.IMPORTING)
    return sent
