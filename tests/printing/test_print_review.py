"""Printed sheets after review: a sheet for the public prints only what the public may read,
a job that keeps dying is given up, and the public sheet-check page names only public records."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from disclosures.models import Audience
from disclosures.sheets import disclosure_catalog_sheet
from powers.models import Flowchart
from printing import sheets as printing
from printing import tasks as print_tasks
from printing.jobs import request_print
from printing.models import PrintJob
from risks.models import RiskPoint
from risks.sheets import flowchart_sheet
from tests.printing.test_print_jobs import check_path, notice

Kind = PrintJob.Kind
Status = PrintJob.Status


def sheet_html(kind: str, record) -> str:
    return printing.compose(printing.build_sheet(kind, record))[0]


@pytest.mark.django_db
def test_the_flowchart_sheet_leaves_out_risk_points_not_yet_published(demo):
    chart = next(
        chart
        for chart in Flowchart.objects.filter(unit=demo.unit)
        if flowchart_sheet(chart).context["points"]
    )
    shown = flowchart_sheet(chart).context["points"]
    hidden = shown[0]
    RiskPoint.objects.filter(pk=hidden["pk"]).update(is_public=False)

    sheet = flowchart_sheet(chart)
    assert hidden["pk"] not in [point["pk"] for point in sheet.context["points"]]
    assert len(sheet.context["points"]) == len(shown) - 1
    assert hidden["description"] not in sheet_html(Kind.FLOWCHART_SHEET, chart)


@pytest.mark.django_db
def test_the_disclosure_catalog_sheet_lists_only_what_society_reads(demo):
    obligations = demo.unit.disclosure_obligations.filter(
        is_active=True, audience=Audience.SOCIETY
    ).order_by("pk")
    assert obligations.count() >= 2
    party, unit_only = obligations[0], obligations[1]
    party.matter, party.audience = "党员发展对象公示（党内）", Audience.PARTY
    party.save()
    unit_only.matter, unit_only.audience = "干部考勤情况（单位内部）", Audience.UNIT
    unit_only.save()

    sheet = disclosure_catalog_sheet(demo.unit)
    listed = {obligation.pk for obligation in sheet.context["obligations"]}
    assert party.pk not in listed and unit_only.pk not in listed and listed
    html = sheet_html(Kind.DISCLOSURE_CATALOG, demo.unit)
    assert "党员发展对象公示（党内）" not in html and "干部考勤情况（单位内部）" not in html


@pytest.mark.django_db
def test_a_job_that_keeps_dying_is_failed_and_not_sent_again(demo, monkeypatch):
    disclosure = notice(demo)
    job = request_print(Kind.NOTICE, disclosure, user=demo.clerk)
    long_ago = timezone.now() - timedelta(minutes=10)
    # Killed at the hard limit three times: left running, its start long past.
    PrintJob.objects.filter(pk=job.pk).update(
        status=Status.RUNNING, attempts=3, started_at=long_ago, enqueued_at=long_ago
    )
    rendered = []
    monkeypatch.setattr(print_tasks, "render_pdf", lambda html: rendered.append(html))

    assert print_tasks.render_print_job(job.pk) == "failed"
    job.refresh_from_db()
    assert job.status == Status.FAILED and job.attempts == 3 and not rendered
    assert "已尝试生成 3 次" in job.error

    sent = []
    monkeypatch.setattr(print_tasks, "send_print", lambda job_id: sent.append(job_id) or True)
    assert print_tasks.sweep_print_jobs() == 0 and sent == []


@pytest.mark.django_db
def test_the_check_page_names_only_a_record_the_public_reads(
    client, demo, django_capture_on_commit_callbacks
):
    from tests.disclosures.test_disclosure_editor import publish
    from tests.printing.test_print_documents import ask_for_print

    title = "关于村集体资产处置方案的公告"
    party = notice(demo, title="党内通报：某同志违纪问题处理情况", audience=Audience.PARTY)
    draft = notice(demo, title="尚未审核的低保名单")
    with django_capture_on_commit_callbacks(execute=True):
        publish(party, demo)
    for disclosure in (party, draft):
        disclosure.refresh_from_db()
        job = ask_for_print(
            client, demo.clerk, Kind.NOTICE, disclosure.pk, django_capture_on_commit_callbacks
        )
        client.logout()
        page = client.get(check_path(job)).content.decode()
        assert disclosure.title not in page and demo.unit.name not in page, disclosure.title
        assert "这是最新版本" in page or "已过时" in page
        assert "/feedback/new/" not in page

    public = notice(demo)
    with django_capture_on_commit_callbacks(execute=True):
        publish(public, demo)
    public.refresh_from_db()
    job = ask_for_print(
        client, demo.clerk, Kind.NOTICE, public.pk, django_capture_on_commit_callbacks
    )
    client.logout()
    page = client.get(check_path(job)).content.decode()
    assert title in page and demo.unit.name in page and "这是最新版本" in page
