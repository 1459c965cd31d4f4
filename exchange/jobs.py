"""Starting an import: the uploaded file kept with its job, the preview queued after commit;
confirming it queues the import. What a job does is :mod:`exchange.tasks`."""

from __future__ import annotations

import hashlib
import uuid

from django.core.files.base import ContentFile
from django.db import transaction

from powers.models import Unit

from .kinds import Kind
from .models import ImportJob, StandardVersion
from .tasks import send


def start_import(
    kind: Kind,
    unit: Unit,
    *,
    user,
    name: str,
    data: bytes,
    standard_version: StandardVersion | None = None,
    only_rows: list[int] | None = None,
) -> ImportJob:
    """Keep the file with a new job and queue its preview. ``standard_version``: the file is
    that version of a standard list (the unit's adoption follows the import); ``only_rows``: the
    file's row numbers to import, all when None."""
    with transaction.atomic():
        job = ImportJob(
            unit=unit,
            kind=kind.key,
            file_name=name[:255],
            requested_by=user,
            token=f"{hashlib.sha256(data).hexdigest()[:16]}-{uuid.uuid4().hex[:12]}",
            standard_version=standard_version,
            only_rows=only_rows,
        )
        job.file.save(job.token, ContentFile(data), save=False)
        job.save()
        transaction.on_commit(lambda: send(job.pk, commit=False))
    return job


def preview_again(job: ImportJob) -> None:
    """The mapping changed: preview the file again."""
    with transaction.atomic():
        updated = ImportJob.objects.filter(
            pk=job.pk, status__in=[ImportJob.Status.PREVIEWED, ImportJob.Status.FAILED]
        ).update(
            status=ImportJob.Status.QUEUED,
            started_at=None,
            message="",
            enqueued_at=None,
            attempts=0,
        )
        if updated:
            transaction.on_commit(lambda: send(job.pk, commit=False))


def confirm_import(job: ImportJob) -> bool:
    """Queue the import of a previewed job; False when it is not waiting for confirmation."""
    with transaction.atomic():
        updated = ImportJob.objects.filter(pk=job.pk, status=ImportJob.Status.PREVIEWED).update(
            status=ImportJob.Status.IMPORTING,
            started_at=None,
            processed_rows=0,
            enqueued_at=None,
            attempts=0,
        )
        if updated:
            transaction.on_commit(lambda: send(job.pk, commit=True))
    return bool(updated)
