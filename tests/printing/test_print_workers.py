"""Print jobs through a real Celery worker and Redis, the beat sweep that sends again what never
reached a worker, and the township's own sheets (issue 6)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from audit.models import WorkPlan
from audit.report import TOWNSHIP_KIND
from printing.models import PrintJob
from printing.tasks import sweep_print_jobs
from tests.disclosures.test_disclosure_editor import make_disclosure
from tests.printing.test_print_documents import ask_for_print, downloaded_pdf, pdf_text
from tests.workers import celery_worker, publishing_to, redis_server, wait_for

Kind = PrintJob.Kind
Status = PrintJob.Status
TITLE = "关于村集体资产处置方案的公告"


def press_print(client, user, disclosure) -> PrintJob:
    """The official's 打印/生成PDF button; the job goes wherever the app sends it."""
    client.force_login(user)
    response = client.post(reverse("printing:request", args=[Kind.NOTICE, disclosure.pk]))
    assert response.status_code == 302
    return PrintJob.objects.get(pk=int(response.url.rstrip("/").rsplit("/", 1)[1]))


def job_page(client, job: PrintJob) -> str:
    return client.get(reverse("printing:job", args=[job.pk])).content.decode()


def is_done(job: PrintJob) -> bool:
    return PrintJob.objects.get(pk=job.pk).status == Status.DONE


@pytest.mark.django_db(transaction=True)
def test_an_officials_print_is_rendered_by_a_real_worker(client, demo, tmp_path: Path):
    disclosure = make_disclosure(demo.unit, demo.clerk, title=TITLE)
    with (
        redis_server() as (broker, _stop, _start),
        publishing_to(broker),
        celery_worker(broker) as worker,
    ):
        job = press_print(client, demo.clerk, disclosure)
        assert wait_for(lambda: is_done(job)), "".join(worker.log)
    page = job_page(client, job)
    assert "已完成" in page and 'http-equiv="refresh"' not in page
    assert reverse("printing:download", args=[job.pk]) in page
    job.refresh_from_db()
    assert job.attempts == 1 and job.page_count == 1
    assert TITLE in pdf_text(downloaded_pdf(client, job, tmp_path)).replace(" ", "")


@pytest.mark.django_db(transaction=True)
def test_a_print_asked_for_while_redis_is_down_is_sent_by_the_sweep(client, demo, tmp_path: Path):
    disclosure = make_disclosure(demo.unit, demo.clerk, title=TITLE)
    with redis_server() as (broker, stop, start), publishing_to(broker):
        stop()
        job = press_print(client, demo.clerk, disclosure)  # the official's request succeeds
        job.refresh_from_db()
        assert (job.status, job.enqueued_at) == (Status.QUEUED, None)  # kept in the outbox
        assert "排队中" in job_page(client, job)
        assert sweep_print_jobs() == 0  # still down: nothing sent, still kept
        start()
        with celery_worker(broker) as worker:
            assert sweep_print_jobs() == 1  # the beat job sends what was left
            assert sweep_print_jobs() == 0  # and sends it once
            assert wait_for(lambda: is_done(job)), "".join(worker.log)
    job.refresh_from_db()
    assert job.attempts == 1
    assert "已完成" in job_page(client, job)
    assert TITLE in pdf_text(downloaded_pdf(client, job, tmp_path)).replace(" ", "")


@pytest.mark.django_db
def test_the_sweep_sends_again_only_lost_and_killed_jobs(client, demo):
    """Tasks run in-process here: each job the sweep sends is rendered at once."""
    titles = ["关于一事一议筹资的公告", "关于低保评议结果的公示", "关于道路修缮的公告"]
    titles += ["关于集体土地发包的公告", "关于宅基地审批的公示"]
    lost, killed, sent_now, done, failed = (
        press_print(client, demo.clerk, make_disclosure(demo.unit, demo.clerk, title=title))
        for title in titles
    )
    long_ago = timezone.now() - timedelta(minutes=10)
    PrintJob.objects.filter(pk=lost.pk).update(enqueued_at=long_ago)
    PrintJob.objects.filter(pk=killed.pk).update(
        status=Status.RUNNING, enqueued_at=long_ago, started_at=long_ago, attempts=1
    )
    PrintJob.objects.filter(pk=sent_now.pk).update(enqueued_at=timezone.now())
    PrintJob.objects.filter(pk=done.pk).update(status=Status.DONE, enqueued_at=long_ago)
    PrintJob.objects.filter(pk=failed.pk).update(status=Status.FAILED, enqueued_at=long_ago)

    assert sweep_print_jobs() == 2
    assert sweep_print_jobs() == 0
    rows = {job.pk: job for job in PrintJob.objects.all()}
    assert (rows[lost.pk].status, rows[lost.pk].attempts) == (Status.DONE, 1)
    assert (rows[killed.pk].status, rows[killed.pk].attempts) == (Status.DONE, 2)
    assert rows[killed.pk].pdf
    assert (rows[sent_now.pk].status, rows[sent_now.pk].attempts) == (Status.QUEUED, 0)
    assert rows[done.pk].attempts == rows[failed.pk].attempts == 0
    assert rows[failed.pk].status == Status.FAILED


@pytest.mark.django_db
def test_a_township_report_is_the_townships_own_sheet(
    client, demo, django_capture_on_commit_callbacks
):
    plan = WorkPlan.objects.get(township=demo.township)
    job = ask_for_print(
        client, demo.discipline, TOWNSHIP_KIND, plan.pk, django_capture_on_commit_callbacks
    )
    assert (job.unit, job.township) == (None, demo.township)
    page = job_page(client, job)
    assert f'<p class="breadcrumb">{demo.township.name} · 打印件</p>' in page
    assert "已完成" in page
    client.force_login(demo.clerk)  # reads the unit's records, not the township's
    assert client.get(reverse("printing:job", args=[job.pk])).status_code == 404
    with pytest.raises(IntegrityError), transaction.atomic():
        PrintJob.objects.filter(pk=job.pk).update(unit=demo.unit)  # both
    with pytest.raises(IntegrityError), transaction.atomic():
        PrintJob.objects.filter(pk=job.pk).update(township=None)  # neither
