"""Every render is bounded in time and memory (issue 6), also where no Celery worker enforces
its limits: in the embedded set-up a job runs in-process, and renders in a forked child with a
wall-clock limit and a cap on its address space. Past a bound the job fails with the reason
the official reads, and nothing else is lost."""

from __future__ import annotations

import pytest
from django.urls import reverse

from disclosures.models import Disclosure
from printing import render as print_render
from printing import tasks as print_tasks
from printing.models import PrintJob
from tests.printing.test_print_documents import ask_for_print, downloaded_pdf, pdf_text
from tests.printing.test_print_jobs import jobs_of_the_test, notice

Kind = PrintJob.Kind
Status = PrintJob.Status


def failed_with(client, job: PrintJob) -> str:
    job.refresh_from_db()
    assert job.status == Status.FAILED and not job.pdf
    page = client.get(reverse("printing:job", args=[job.pk])).content.decode()
    assert "生成失败" in page and job.error in page
    return job.error


def nothing_else_lost(client, demo, earlier: PrintJob, disclosure: Disclosure, folder) -> None:
    """The sheet printed before, its file, its record and the database connection all intact
    (the child shared the connection and must have left it alone)."""
    earlier.refresh_from_db()
    assert earlier.status == Status.DONE
    assert "关于村集体资产处置方案的公告" in "".join(
        pdf_text(downloaded_pdf(client, earlier, folder)).split()
    )
    disclosure.refresh_from_db()
    assert disclosure.title == "关于村集体资产处置方案的公告"
    assert jobs_of_the_test().count() == 2


@pytest.mark.django_db
def test_an_over_long_render_in_process_fails_with_its_reason(
    client, demo, tmp_path, monkeypatch, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    disclosure = notice(demo)
    earlier = ask_for_print(client, demo.clerk, Kind.NOTICE, disclosure.pk, capture)

    monkeypatch.setattr(print_tasks, "IN_PROCESS_TIME_LIMIT", 0.001)
    job = ask_for_print(client, demo.clerk, Kind.CATALOG_BOARD, demo.unit.pk, capture)
    assert "生成超时（超过 0.001 秒）" in failed_with(client, job)
    nothing_else_lost(client, demo, earlier, disclosure, tmp_path)

    monkeypatch.undo()  # asked again within the bound, the sheet is made
    again = ask_for_print(client, demo.clerk, Kind.CATALOG_BOARD, demo.unit.pk, capture)
    again.refresh_from_db()
    assert again.pk == job.pk and again.status == Status.DONE and again.page_count >= 1


@pytest.mark.django_db
def test_a_render_past_its_memory_bound_fails_with_its_reason(
    client, demo, tmp_path, monkeypatch, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    disclosure = notice(demo)
    earlier = ask_for_print(client, demo.clerk, Kind.NOTICE, disclosure.pk, capture)

    # Not one byte of address space beyond what the process maps already.
    monkeypatch.setattr(print_render, "BOUNDED_EXTRA_MEMORY", 0)
    job = ask_for_print(client, demo.clerk, Kind.RISK_LEDGER, demo.unit.pk, capture)
    assert "内存超过上限（0 MB）" in failed_with(client, job)
    nothing_else_lost(client, demo, earlier, disclosure, tmp_path)


@pytest.mark.django_db
def test_a_worker_renders_in_its_own_process(demo, monkeypatch):
    """In a worker (neither eager nor called directly) Celery's limits hold, and the warm
    fonts are used as they are, without a fork."""
    forked = []
    monkeypatch.setattr(print_tasks, "render_bounded", lambda *a, **k: forked.append(a))
    rendered = []
    monkeypatch.setattr(print_tasks, "render_pdf", lambda html: rendered.append(html))

    print_tasks._render("<p>一</p>", in_worker=True)
    assert rendered == ["<p>一</p>"] and not forked
    print_tasks._render("<p>二</p>", in_worker=False)
    assert len(forked) == 1 and rendered == ["<p>一</p>"]
