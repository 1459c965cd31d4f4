"""Printed sheets show what was approved (issue 6): the catalog board, the risk ledger and the
flowchart sheet print the approved snapshot the public pages read, so an edit after approval
changes nothing on the paper, and leaves a printed sheet current, until it is approved again."""

from __future__ import annotations

import pytest
from django.urls import reverse

from powers.lifecycle import save_edit
from powers.models import Flowchart
from printing import sheets as printing
from printing.models import PrintJob
from risks.models import RiskPoint
from tests.powers.test_flowchart_editor import publish
from tests.printing.test_print_documents import ask_for_print, downloaded_pdf, pdf_text
from tests.printing.test_print_jobs import check_path

Kind = PrintJob.Kind


def flat(text: str) -> str:
    return "".join(text.split())


def sheet_text(client, job: PrintJob, folder) -> str:
    job.refresh_from_db()
    assert job.status == PrintJob.Status.DONE, job.error
    return flat(pdf_text(downloaded_pdf(client, job, folder)))


def verdict(client, job: PrintJob) -> str:
    client.logout()
    page = client.get(check_path(job)).content.decode()
    return "current" if "这是最新版本" in page else "outdated" if "已过时" in page else page


def sheet_of(kind: str, record) -> tuple[str, str]:
    return printing.compose(printing.build_sheet(kind, record))


@pytest.mark.django_db
def test_the_catalog_board_prints_the_approved_item_until_the_edit_is_approved(
    client, demo, tmp_path, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    # A short name, so that the board's narrow column does not break it over lines.
    item = min(
        demo.unit.power_items.filter(is_public=True, status="published"),
        key=lambda item: len(item.published_data["name"]),
    )
    approved = item.published_data["name"]
    job = ask_for_print(client, demo.clerk, Kind.CATALOG_BOARD, demo.unit.pk, capture)
    assert approved in sheet_text(client, job, tmp_path)

    item.name = "修订后事项"
    save_edit(item, user=demo.clerk, expected_version=item.version, reason="名称调整")
    # Not approved yet: the public page, the sheet and its verdict are as they were.
    unit = demo.unit
    public_page = reverse("public:unit_page", args=[unit.township.code, unit.code])
    assert approved in client.get(public_page).content.decode()
    assert verdict(client, job) == "current"
    again = ask_for_print(client, demo.clerk, Kind.CATALOG_BOARD, unit.pk, capture)
    assert again.pk == job.pk  # the same sheet: nothing rendered again
    text = sheet_text(client, again, tmp_path)
    assert approved in text and "修订后事项" not in text

    with capture(execute=True):
        publish(item, demo)  # submitted, confirmed and approved again
    assert verdict(client, job) == "outdated"
    newer = ask_for_print(client, demo.clerk, Kind.CATALOG_BOARD, unit.pk, capture)
    assert newer.pk != job.pk
    assert "修订后事项" in sheet_text(client, newer, tmp_path)
    assert verdict(client, newer) == "current"
    job.refresh_from_db()
    assert job.is_outdated


@pytest.mark.django_db
def test_the_risk_ledger_prints_the_approved_point_not_its_edit(client, demo):
    point = (
        RiskPoint.objects.public().filter(unit=demo.unit, item__is_public=True).order_by("code")
    ).first()
    before_html, before_hash = sheet_of(Kind.RISK_LEDGER, demo.unit)
    assert point.published_data["description"] in before_html

    point.description = "在修订中尚未审核的风险点描述"
    save_edit(point, user=demo.clerk, expected_version=point.version, reason="描述调整")
    measure = point.measures.first()
    measure.measure = "尚未审核的防控措施"
    measure.save()

    html, content_hash = sheet_of(Kind.RISK_LEDGER, demo.unit)
    assert content_hash == before_hash
    assert "尚未审核" not in html


@pytest.mark.django_db
def test_the_flowchart_sheet_prints_the_approved_steps_until_they_are_approved_again(
    client, demo, tmp_path, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    chart = Flowchart.objects.filter(
        unit=demo.unit, item__is_public=True, is_public=True, status="published"
    ).first()
    item = chart.item
    step = chart.steps.order_by("order", "pk").first()
    approved_step = step.name
    job = ask_for_print(client, demo.clerk, Kind.FLOWCHART_SHEET, chart.pk, capture)
    assert flat(approved_step) in sheet_text(client, job, tmp_path)

    # The item and its chart edited together, as the item's editor saves them.
    save_edit(item, user=demo.clerk, expected_version=item.version, reason="流程调整")
    step.name = "新增审核环节"

    def save_step(_chart):
        step.save()

    save_edit(
        chart,
        user=demo.clerk,
        expected_version=chart.version,
        reason="流程调整",
        children=[save_step],
    )
    html, _hash = sheet_of(Kind.FLOWCHART_SHEET, chart)
    assert approved_step in html and "新增审核环节" not in html and "样稿" not in html
    assert verdict(client, job) == "current"

    with capture(execute=True):
        publish(item, demo)
    chart.refresh_from_db()
    assert "新增审核环节" in sheet_of(Kind.FLOWCHART_SHEET, chart)[0]
    assert verdict(client, job) == "outdated"


@pytest.mark.django_db
def test_a_chart_never_approved_prints_as_a_marked_draft(demo):
    chart = Flowchart.objects.filter(unit=demo.unit, steps__isnull=False).distinct().first()
    Flowchart.objects.filter(pk=chart.pk).update(
        is_public=False, published_data=None, status="draft"
    )
    chart.refresh_from_db()
    html, _hash = sheet_of(Kind.FLOWCHART_SHEET, chart)
    assert "样稿" in html and chart.title in html
    assert chart.steps.first().name in html


@pytest.mark.django_db
def test_a_published_notice_prints_its_approved_text_until_the_edit_is_approved(
    client, demo, tmp_path, django_capture_on_commit_callbacks
):
    from tests.disclosures.test_disclosure_editor import publish as publish_disclosure
    from tests.printing.test_print_jobs import notice

    capture = django_capture_on_commit_callbacks
    disclosure = notice(demo, body="<p>处置方案第一稿。</p>")
    draft = ask_for_print(client, demo.clerk, Kind.NOTICE, disclosure.pk, capture)
    assert "样稿" in sheet_text(client, draft, tmp_path)  # never approved: a marked draft
    with capture(execute=True):
        publish_disclosure(disclosure, demo)
    disclosure.refresh_from_db()
    job = ask_for_print(client, demo.clerk, Kind.NOTICE, disclosure.pk, capture)
    text = sheet_text(client, job, tmp_path)
    assert "处置方案第一稿" in text and "样稿" not in text

    disclosure.body = "<p>处置方案第二稿。</p>"
    save_edit(disclosure, user=demo.clerk, expected_version=disclosure.version, reason="调整")
    again = ask_for_print(client, demo.clerk, Kind.NOTICE, disclosure.pk, capture)
    assert again.pk == job.pk and verdict(client, job) == "current"
    with capture(execute=True):
        publish_disclosure(disclosure, demo)
    assert verdict(client, job) == "outdated"
    newer = ask_for_print(client, demo.clerk, Kind.NOTICE, disclosure.pk, capture)
    assert "处置方案第二稿" in sheet_text(client, newer, tmp_path)
