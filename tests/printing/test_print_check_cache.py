"""The public sheet-check page (issue 6) keeps its answer in the cache: scanning a sheet again
does not rebuild it, and an approved change still flips the answer from current to outdated."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from powers.lifecycle import save_edit
from printing.models import PrintJob
from tests.powers.test_flowchart_editor import publish
from tests.printing.test_print_documents import ask_for_print
from tests.printing.test_print_jobs import check_path

Kind = PrintJob.Kind


@pytest.mark.django_db
def test_a_second_scan_is_answered_from_the_cache_until_a_change_is_approved(
    client, demo, django_assert_num_queries, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    job = ask_for_print(client, demo.clerk, Kind.CATALOG_BOARD, demo.unit.pk, capture)
    client.logout()
    with CaptureQueriesContext(connection) as first:
        page = client.get(check_path(job)).content.decode()
    assert "这是最新版本" in page and demo.unit.name in page
    # 1. the job with its unit and township; the sheet itself comes from the cache
    with django_assert_num_queries(1):
        page = client.get(check_path(job)).content.decode()
    assert "这是最新版本" in page and demo.unit.name in page
    assert len(first) > 1

    item = demo.unit.power_items.filter(is_public=True, status="published").first()
    item.name = "修订后事项"
    save_edit(item, user=demo.clerk, expected_version=item.version, reason="名称调整")
    assert "这是最新版本" in client.get(check_path(job)).content.decode()  # not approved yet

    with capture(execute=True):
        publish(item, demo)
    client.logout()
    page = client.get(check_path(job)).content.decode()
    assert "已过时" in page and "这是最新版本" not in page
    job.refresh_from_db()
    assert job.is_outdated
    assert "已过时" in client.get(check_path(job)).content.decode()


@pytest.mark.django_db
def test_a_draft_notice_edited_goes_out_of_date_on_its_cached_check_page(
    client, demo, django_capture_on_commit_callbacks
):
    """A notice prints its draft (marked 样稿), which no approval bumps: the cached answer
    follows the record's own version."""
    from tests.printing.test_print_jobs import notice

    disclosure = notice(demo)
    job = ask_for_print(
        client, demo.clerk, Kind.NOTICE, disclosure.pk, django_capture_on_commit_callbacks
    )
    client.logout()
    assert "这是最新版本" in client.get(check_path(job)).content.decode()
    assert "这是最新版本" in client.get(check_path(job)).content.decode()

    disclosure.body = "<p>方案已调整。</p>"
    save_edit(disclosure, user=demo.clerk, expected_version=disclosure.version, reason="")
    assert "已过时" in client.get(check_path(job)).content.decode()
