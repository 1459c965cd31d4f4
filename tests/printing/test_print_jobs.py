"""Print jobs (issue 6): the official's status page, content-hash caching, idempotent jobs,
failures on the row, outdated sheets on the public sheet-check page, and who may print."""

from __future__ import annotations

import pytest
from django.urls import reverse

from audit.report import TOWNSHIP_KIND, UNIT_KIND
from powers.lifecycle import save_edit
from printing import sheets as printing
from printing import tasks as print_tasks
from printing.models import PrintJob
from tests.disclosures.test_disclosure_editor import make_disclosure
from tests.printing.test_print_documents import ask_for_print


def jobs_of_the_test():
    """The print jobs of the test: the demo's submitted summary reports are printed (frozen)
    as it loads."""
    return PrintJob.objects.exclude(kind__in=(UNIT_KIND, TOWNSHIP_KIND))


Kind = PrintJob.Kind
Status = PrintJob.Status


def check_path(job: PrintJob) -> str:
    return reverse("printing:sheet_check", args=[job.content_hash[:16]])


def notice(demo, **fields):
    values = {"title": "关于村集体资产处置方案的公告", "body": "<p>方案如下。</p>", **fields}
    return make_disclosure(demo.unit, demo.clerk, **values)


@pytest.mark.django_db
def test_the_job_run_twice_renders_once(client, demo, django_capture_on_commit_callbacks):
    disclosure = notice(demo)
    client.force_login(demo.clerk)
    # The button, without the job being sent: the official sees it waiting.
    response = client.post(
        reverse("printing:request", args=[Kind.NOTICE, disclosure.pk]), follow=True
    )
    job = jobs_of_the_test().get()
    page = response.content.decode()
    assert "排队中" in page and 'http-equiv="refresh"' in page and "<script" not in page

    assert print_tasks.render_print_job(job.pk) == "done"
    job.refresh_from_db()
    first_file, first_finished = job.pdf.name, job.finished_at
    assert print_tasks.render_print_job(job.pk) == "nothing to do"
    job.refresh_from_db()
    assert (job.attempts, job.pdf.name, job.finished_at) == (1, first_file, first_finished)
    assert job.page_count == 1 and job.size_bytes > 10_000 and job.render_seconds > 0
    assert job.requested_by == demo.clerk and job.record_version == str(disclosure.version)


@pytest.mark.django_db
def test_an_unchanged_document_is_not_rendered_again(
    client, demo, django_capture_on_commit_callbacks
):
    disclosure = notice(demo)
    first = ask_for_print(
        client, demo.clerk, Kind.NOTICE, disclosure.pk, django_capture_on_commit_callbacks
    )
    again = ask_for_print(
        client, demo.head, Kind.NOTICE, disclosure.pk, django_capture_on_commit_callbacks
    )
    assert again.pk == first.pk
    again.refresh_from_db()
    assert again.attempts == 1 and jobs_of_the_test().count() == 1


@pytest.mark.django_db
def test_a_changed_record_makes_its_printed_sheet_outdated(
    client, demo, django_capture_on_commit_callbacks
):
    from tests.disclosures.test_disclosure_editor import publish

    disclosure = notice(demo)
    with django_capture_on_commit_callbacks(execute=True):
        publish(disclosure, demo)  # only a public record is named on the check page
    disclosure.refresh_from_db()
    job = ask_for_print(
        client, demo.clerk, Kind.NOTICE, disclosure.pk, django_capture_on_commit_callbacks
    )
    client.logout()
    page = client.get(check_path(job)).content.decode()
    assert "这是最新版本" in page and "已过时" not in page
    assert "关于村集体资产处置方案的公告" in page and demo.unit.name in page
    assert f"/feedback/new/?unit={demo.unit.pk}" in page  # the feedback form

    disclosure.body = "<p>方案已调整。</p>"
    save_edit(disclosure, user=demo.clerk, expected_version=disclosure.version, reason="方案调整")
    # The posted notice prints what the public page shows: the edit waits for its review.
    page = client.get(check_path(job)).content.decode()
    assert "这是最新版本" in page and "已过时" not in page
    same = ask_for_print(
        client, demo.clerk, Kind.NOTICE, disclosure.pk, django_capture_on_commit_callbacks
    )
    assert same.pk == job.pk
    client.logout()

    with django_capture_on_commit_callbacks(execute=True):
        publish(disclosure, demo)
    disclosure.refresh_from_db()
    page = client.get(check_path(job)).content.decode()
    assert "已过时" in page and "这是最新版本" not in page
    job.refresh_from_db()
    assert job.is_outdated

    newer = ask_for_print(
        client, demo.clerk, Kind.NOTICE, disclosure.pk, django_capture_on_commit_callbacks
    )
    assert newer.pk != job.pk and newer.record_version == str(disclosure.published_version)
    client.logout()
    assert "这是最新版本" in client.get(check_path(newer)).content.decode()
    assert "已过时" in client.get(check_path(job)).content.decode()


@pytest.mark.django_db
def test_a_new_layout_of_the_same_words_leaves_a_posted_sheet_current(
    client, demo, monkeypatch, django_capture_on_commit_callbacks
):
    """A release that changes how sheets are laid out (a style rule here) renders them anew,
    but a posted sheet still says what the record says: its check page calls it current, and
    printing it again in the new layout does not make the posted one outdated."""
    from tests.disclosures.test_disclosure_editor import publish

    disclosure = notice(demo)
    with django_capture_on_commit_callbacks(execute=True):
        publish(disclosure, demo)
    disclosure.refresh_from_db()
    posted = ask_for_print(
        client, demo.clerk, Kind.NOTICE, disclosure.pk, django_capture_on_commit_callbacks
    )
    render_sheet = printing._render_sheet
    monkeypatch.setattr(
        printing,
        "_render_sheet",
        lambda sheet: render_sheet(sheet).replace("</style>", "td { color: #111; }</style>", 1),
    )
    client.logout()
    page = client.get(check_path(posted)).content.decode()
    assert "这是最新版本" in page and "已过时" not in page

    reprinted = ask_for_print(
        client, demo.clerk, Kind.NOTICE, disclosure.pk, django_capture_on_commit_callbacks
    )
    assert reprinted.pk != posted.pk  # rendered again: the layout is part of the content hash
    assert reprinted.text_hash == posted.text_hash
    posted.refresh_from_db()
    assert not posted.is_outdated
    client.logout()
    assert "这是最新版本" in client.get(check_path(posted)).content.decode()


@pytest.mark.django_db
def test_a_catalog_sheet_goes_out_of_date_when_an_items_change_is_approved(
    client, demo, django_capture_on_commit_callbacks
):
    from tests.powers.test_flowchart_editor import publish

    job = ask_for_print(
        client, demo.clerk, Kind.CATALOG_BOARD, demo.unit.pk, django_capture_on_commit_callbacks
    )
    item = demo.unit.power_items.filter(is_public=True).order_by("code").first()
    item.name = item.name + "（修订）"
    save_edit(item, user=demo.clerk, expected_version=item.version, reason="名称调整")
    client.logout()
    # The board prints what the public reads: the edit waits for its approval.
    assert "这是最新版本" in client.get(check_path(job)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        publish(item, demo)
    client.logout()
    assert "已过时" in client.get(check_path(job)).content.decode()


@pytest.mark.django_db
def test_a_published_notice_leads_to_its_live_page(
    client, demo, django_capture_on_commit_callbacks
):
    from tests.disclosures.test_disclosure_editor import publish

    disclosure = notice(demo)
    with django_capture_on_commit_callbacks(execute=True):
        publish(disclosure, demo)
    disclosure.refresh_from_db()
    job = ask_for_print(
        client, demo.clerk, Kind.NOTICE, disclosure.pk, django_capture_on_commit_callbacks
    )
    client.logout()
    page = client.get(check_path(job)).content.decode()
    unit = demo.unit
    live = reverse("public:disclosure_page", args=[unit.township.code, unit.code, disclosure.pk])
    assert live in page
    assert f"disclosure={disclosure.pk}" in page
    assert client.get(live).status_code == 200


@pytest.mark.django_db
def test_a_failed_render_shows_its_reason(
    client, demo, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(html):
        raise printing.SheetTooLarge("内容过多，无法生成打印件，请分批打印。")

    monkeypatch.setattr(print_tasks, "render_pdf", broken)
    disclosure = notice(demo)
    job = ask_for_print(
        client, demo.clerk, Kind.NOTICE, disclosure.pk, django_capture_on_commit_callbacks
    )
    job.refresh_from_db()
    assert job.status == Status.FAILED
    page = client.get(reverse("printing:job", args=[job.pk])).content.decode()
    assert "失败" in page and "内容过多" in page
    assert client.get(reverse("printing:download", args=[job.pk])).status_code == 404

    monkeypatch.undo()  # asked again, the job runs again
    again = ask_for_print(
        client, demo.clerk, Kind.NOTICE, disclosure.pk, django_capture_on_commit_callbacks
    )
    again.refresh_from_db()
    assert again.pk == job.pk and again.status == Status.DONE and again.attempts == 2


@pytest.mark.django_db
def test_only_officials_of_the_unit_may_print_follow_and_download(
    client, demo, django_capture_on_commit_callbacks
):
    disclosure = notice(demo)
    job = ask_for_print(
        client, demo.clerk, Kind.NOTICE, disclosure.pk, django_capture_on_commit_callbacks
    )
    urls = [
        reverse("printing:job", args=[job.pk]),
        reverse("printing:download", args=[job.pk]),
    ]
    for outsider in (demo.other_clerk, demo.foreign_clerk, demo.foreign_reviewer):
        client.force_login(outsider)
        for url in urls:
            assert client.get(url).status_code == 404
        for kind, record_id in (
            (Kind.NOTICE, disclosure.pk),
            (Kind.CATALOG_BOARD, demo.unit.pk),
            (Kind.RISK_LEDGER, demo.unit.pk),
        ):
            url = reverse("printing:request", args=[kind, record_id])
            assert client.post(url).status_code == 404
    assert jobs_of_the_test().count() == 1

    client.logout()
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith(reverse("login"))
    response = client.post(reverse("printing:request", args=[Kind.NOTICE, disclosure.pk]))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))

    for insider in (demo.head, demo.reviewer, demo.discipline):
        client.force_login(insider)
        for url in urls:
            assert client.get(url).status_code == 200
    assert client.post(reverse("printing:request", args=["nonsense", 1])).status_code == 404


@pytest.mark.django_db
def test_the_sheet_check_page_answers_only_real_codes(client):
    assert client.get(reverse("printing:sheet_check", args=["0" * 16])).status_code == 404
    assert client.get("/sheets/ABCDEF0123456789/").status_code == 404
    assert client.get("/sheets/%2e%2e%2fetc%2fpasswd/").status_code == 404


@pytest.mark.django_db
def test_the_print_button_is_on_every_official_page_that_prints(client, demo):
    from powers.models import Flowchart

    disclosure = notice(demo)
    chart = Flowchart.objects.filter(unit=demo.unit).first()
    pages = {
        reverse("disclosures:official_detail", args=[disclosure.pk]): (Kind.NOTICE, disclosure.pk),
        reverse("powers:unit_catalog", args=[demo.unit.pk]): (Kind.CATALOG_BOARD, demo.unit.pk),
        reverse("powers:flowchart_detail", args=[chart.pk]): (Kind.FLOWCHART_SHEET, chart.pk),
        reverse("risks:unit_ledger", args=[demo.unit.pk]): (Kind.RISK_LEDGER, demo.unit.pk),
        reverse("disclosures:catalog", args=[demo.unit.pk]): (
            Kind.DISCLOSURE_CATALOG,
            demo.unit.pk,
        ),
    }
    client.force_login(demo.clerk)
    for page, (kind, record_id) in pages.items():
        html = client.get(page).content.decode()
        action = reverse("printing:request", args=[kind, record_id])
        assert f'action="{action}"' in html, page
        assert "打印/生成PDF" in html
