"""Asking for a printed sheet: the job that prints it, found again when nothing changed, sent
to the workers after commit (:mod:`printing.tasks`). What a sheet says is :mod:`printing.sheets`."""

from __future__ import annotations

from django.db import models, transaction
from django.utils import timezone

from .models import PrintJob
from .sheets import build_sheet, compose, mark_outdated, stamped, text_hash
from .tasks import send_print, stuck


def request_print(kind: str, record: models.Model, *, user) -> PrintJob:
    """The sheet's print job: the finished one when nothing changed, else a new one sent to
    the workers after commit. Older sheets of the same record that say something else become
    outdated; one of the same words in an older layout stays current."""
    sheet = build_sheet(kind, record)
    html, content_hash = compose(sheet)
    words = text_hash(sheet, html)
    with transaction.atomic():
        job, created = PrintJob.objects.get_or_create(
            content_hash=content_hash,
            defaults={
                "kind": kind,
                "unit": sheet.unit,
                "township": None if sheet.unit else sheet.township,
                "record_type": sheet.record_type,
                "record_id": record.pk,
                "record_version": sheet.version,
                "title": sheet.title[:300],
                "html": stamped(html, sheet, content_hash, timezone.localdate()),
                "text_hash": words,
                "requested_by": user,
            },
        )
        mark_outdated(
            PrintJob.objects.filter(kind=kind, record_type=sheet.record_type, record_id=record.pk)
            .exclude(pk=job.pk)
            .exclude(text_hash=words)
        )
        if job.is_outdated:  # the record changed back to what this sheet shows
            PrintJob.objects.filter(pk=job.pk).update(is_outdated=False, outdated_at=None)
            job.is_outdated = False
        if job.status == PrintJob.Status.FAILED and not created:
            # Asked again: try once more (a time-out may have been a busy machine).
            PrintJob.objects.filter(pk=job.pk).update(
                status=PrintJob.Status.QUEUED, error="", enqueued_at=None, requested_by=user
            )
            job.status = PrintJob.Status.QUEUED
        if job.status == PrintJob.Status.QUEUED or stuck(job):
            transaction.on_commit(lambda: send_print(job.pk))
    return job
