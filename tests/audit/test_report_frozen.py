"""A submitted summary report is frozen: what the unit submitted is what the report page and
every later print show, whatever changes in the unit's records afterwards."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from audit.models import SummaryReport
from audit.report import UNIT_KIND, unit_figures
from printing import sheets as printing
from tests.audit.test_summary_report import plan, press_print, report_url, write
from tests.factories import PowerItemFactory

__all__ = ["plan"]  # the fixture, used by name


def total_items_printed(html: str) -> int:
    """The 合计 row of the sheet's first table: the unit's catalog items."""
    found = re.search(r'<tr class="total"><th>合计</th><td class="num">(\d+)</td>', html)
    return int(found.group(1))


@pytest.mark.django_db
def test_the_submitted_report_keeps_its_figures_after_the_records_change(
    client, demo, plan, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        write(client, demo.head, demo.unit, submit=True)
    report = SummaryReport.objects.get(plan=plan, unit=demo.unit)
    submitted = report.submitted_content["figures"]["items"]
    assert submitted == unit_figures(plan, [demo.unit])[0].items
    # The PDF was rendered after the submission's commit, from the frozen content.
    assert report.submitted_pdf
    submitted_pdf = report.submitted_pdf.read()
    assert submitted_pdf.startswith(b"%PDF")
    assert report.history.first().history_request == "job:freeze_submitted_report"

    # The unit goes on working: three more catalog items.
    for n in range(3):
        PowerItemFactory(unit=demo.unit, code=f"LATER-{n}")
    assert unit_figures(plan, [demo.unit])[0].items == submitted + 3

    client.force_login(demo.discipline)
    page = client.get(report_url(demo.unit)).content.decode()
    assert f'data-figure="items">{submitted}<' in page
    assert reverse("workplan:submitted_report_pdf", args=[demo.unit.pk]) in page
    download = client.get(reverse("workplan:submitted_report_pdf", args=[demo.unit.pk]))
    assert b"".join(download.streaming_content) == submitted_pdf

    # A print asked for now prints the report as submitted: the same sheet, the same PDF.
    html, _hash = printing.compose(printing.build_sheet(UNIT_KIND, report))
    assert total_items_printed(html) == submitted
    job = press_print(client, UNIT_KIND, report.pk, django_capture_on_commit_callbacks)
    assert job.pdf.read() == submitted_pdf


@pytest.mark.django_db
def test_a_draft_still_counts_the_units_figures_as_they_are(client, demo, plan):
    write(client, demo.clerk, demo.unit, submit=False)
    report = SummaryReport.objects.get(plan=plan, unit=demo.unit)
    assert report.submitted_content is None
    before = total_items_printed(printing.compose(printing.build_sheet(UNIT_KIND, report))[0])
    PowerItemFactory(unit=demo.unit, code="LATER-DRAFT")
    after = total_items_printed(printing.compose(printing.build_sheet(UNIT_KIND, report))[0])
    assert after == before + 1
