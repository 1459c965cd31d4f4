"""An import is never left hanging: the sweep beat runs every minute sends again a preview or
an import that never reached a worker, starts again one whose worker was killed (the import
again changes only what it had not yet written), and gives up, saying why, on one killed
three times. (Tasks run in-process in the tests, as in `make run`; the real worker's sweep of
print jobs is tested with Redis in tests/printing/test_print_workers.py.)"""

from __future__ import annotations

from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from exchange.models import ImportJob
from exchange.tasks import sweep_import_jobs
from risks.models import RiskPoint

from .conftest import example

Status = ImportJob.Status


def upload_while_the_broker_is_down(client, unit) -> ImportJob:
    """The upload's own send never happens (its after-commit callback is dropped)."""
    client.post(
        reverse("exchange:upload", args=[unit.pk, "risks"]),
        {"file": SimpleUploadedFile("台账.xlsx", example("risk-ledger-graded.xlsx"))},
    )
    return ImportJob.objects.get(unit=unit)


def test_a_preview_and_an_import_never_sent_are_sent_by_the_sweep(
    client, village, village_clerk, graded_villages
):
    client.force_login(village_clerk)
    job = upload_while_the_broker_is_down(client, village)
    assert (job.status, job.enqueued_at) == (Status.QUEUED, None)

    assert sweep_import_jobs() == 1
    job.refresh_from_db()
    assert job.status == Status.PREVIEWED and job.counts["added"] == 12
    assert sweep_import_jobs() == 0  # nothing left to send

    client.post(reverse("exchange:job_confirm", args=[job.pk]))  # its send dropped too
    job.refresh_from_db()
    assert (job.status, job.started_at) == (Status.IMPORTING, None)
    assert sweep_import_jobs() == 1
    job.refresh_from_db()
    assert job.status == Status.DONE
    assert RiskPoint.objects.filter(unit=village).count() == 12


def test_a_step_just_sent_is_not_sent_again(client, village, village_clerk, graded_villages):
    client.force_login(village_clerk)
    job = upload_while_the_broker_is_down(client, village)
    ImportJob.objects.filter(pk=job.pk).update(enqueued_at=timezone.now() - timedelta(minutes=1))
    assert sweep_import_jobs() == 0
    job.refresh_from_db()
    assert job.status == Status.QUEUED
    ImportJob.objects.filter(pk=job.pk).update(enqueued_at=timezone.now() - timedelta(minutes=6))
    assert sweep_import_jobs() == 1  # its message was lost: sent again


def test_an_import_whose_worker_was_killed_starts_again_and_ends(
    client, village, village_clerk, graded_villages
):
    client.force_login(village_clerk)
    job = upload_while_the_broker_is_down(client, village)
    sweep_import_jobs()
    # The import ran, then its worker was killed before it could say it had finished.
    client.post(reverse("exchange:job_confirm", args=[job.pk]))
    sweep_import_jobs()
    history = RiskPoint.history.filter(unit_id=village.pk).count()
    long_ago = timezone.now() - timedelta(minutes=30)
    ImportJob.objects.filter(pk=job.pk).update(
        status=Status.IMPORTING, started_at=long_ago, finished_at=None, attempts=1
    )

    assert sweep_import_jobs() == 1
    job.refresh_from_db()
    assert job.status == Status.DONE and job.attempts == 2
    assert job.counts["unchanged"] == 12 and job.counts["added"] == 0
    assert RiskPoint.history.filter(unit_id=village.pk).count() == history  # written once


def test_a_step_killed_three_times_fails_and_says_why(
    client, village, village_clerk, graded_villages
):
    client.force_login(village_clerk)
    job = upload_while_the_broker_is_down(client, village)
    long_ago = timezone.now() - timedelta(minutes=30)
    ImportJob.objects.filter(pk=job.pk).update(
        status=Status.PREVIEWING, started_at=long_ago, attempts=3
    )

    assert sweep_import_jobs() == 0
    job.refresh_from_db()
    assert job.status == Status.FAILED
    page = client.get(reverse("exchange:job", args=[job.pk])).text
    assert "已开始 3 次，均未能完成" in page and "请拆分文件后重新上传" in page
