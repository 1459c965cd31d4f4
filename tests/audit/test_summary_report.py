"""The summary report (专题报告, issue 7 part 4): the unit's own text, drafted by the clerk or the
head and submitted once by the head; the unit's and the township's PDF, rendered by real
WeasyPrint and read back with poppler; the hash chain's head on every printed sheet."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from audit.chain import head_hash
from audit.models import SummaryReport, WorkPlan
from audit.report import TOWNSHIP_KIND, UNIT_KIND, unit_figures
from feedback.models import Feedback
from powers.lifecycle import Status
from powers.models import PowerItem, Unit
from printing import sheets as printing
from printing.models import PrintJob
from risks.models import Warning
from tests.audit.test_workplan import DONE, shown_checklist
from tests.factories import PowerItemFactory
from tests.printing.test_print_documents import (
    ask_for_print,
    downloaded_pdf,
    pdf_fonts,
    pdf_text,
)
from tests.printing.test_print_jobs import notice

# unit_figures' queries: the checklist's phases, roles, items, risk points, reports and four for
# the disclosure catalog; then items by category, items without a flowchart, risk points by
# level, measures by status, published disclosures, four for the disclosure catalog again,
# feedback and warnings.
QUERIES = 20
SHORTCOMINGS = "流程图绘制进度落后，两个风险点尚未民主评议。"
IMPROVEMENTS = "十二月底前补齐流程图，召开村民代表会议完成评议。"


@pytest.fixture
def plan(demo) -> WorkPlan:
    return WorkPlan.objects.get(township=demo.township)


def report_url(unit: Unit) -> str:
    return reverse("workplan:report", args=[unit.pk])


def write(client, user, unit: Unit, *, submit: bool, **text):
    client.force_login(user)
    data = {"shortcomings": SHORTCOMINGS, "improvements": IMPROVEMENTS, **text}
    data["submit" if submit else "save"] = "1"
    return client.post(report_url(unit), data)


def press_print(client, kind: str, record_id: int, capture) -> PrintJob:
    """ask_for_print without logging in again: a login writes the user's history, which
    moves the chain's head."""
    with capture(execute=True):
        response = client.post(reverse("printing:request", args=[kind, record_id]))
    assert response.status_code == 302
    job = PrintJob.objects.get(pk=int(response.url.rstrip("/").rsplit("/", 1)[1]))
    job.refresh_from_db()
    assert job.status == PrintJob.Status.DONE, job.error
    return job


def flat(text: str) -> str:
    """pdftotext's text without its line breaks and spaces (a hash may wrap across lines)."""
    return "".join(text.split())


# --- Writing and submitting ------------------------------------------------------------------


@pytest.mark.django_db
def test_the_clerk_drafts_and_the_head_submits_once(client, demo, plan):
    response = write(client, demo.clerk, demo.unit, submit=False)
    assert response.status_code == 302
    report = SummaryReport.objects.get(plan=plan, unit=demo.unit)
    assert not report.is_submitted and report.shortcomings == SHORTCOMINGS
    assert report.history.first().history_user == demo.clerk
    # A draft does not tick the checklist.
    assert shown_checklist(client, demo.unit)["向乡纪委报送专题报告"][0] != DONE
    # The clerk's page offers no submit button, and a forged submit is refused.
    page = client.get(report_url(demo.unit)).content.decode()
    assert "保存草稿" in page and 'name="submit"' not in page
    assert write(client, demo.clerk, demo.unit, submit=True).status_code == 403

    response = write(client, demo.head, demo.unit, submit=True, improvements="按期补齐。")
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.is_submitted and report.submitted_by == demo.head
    assert report.improvements == "按期补齐。"
    assert report.history.first().history_user == demo.head
    state, note = shown_checklist(client, demo.unit)["向乡纪委报送专题报告"]
    assert state == DONE and demo.head.first_name in note

    # Submitted: read-only for everyone, the head included.
    page = client.get(report_url(demo.unit)).content.decode()
    assert "<textarea" not in page and "已报送" in page and "按期补齐。" in page
    for user in (demo.head, demo.clerk):
        assert write(client, user, demo.unit, submit=False, shortcomings="改").status_code == 403
    report.refresh_from_db()
    # A draft, the submission and the chain head it left: nothing more.
    assert report.shortcomings == SHORTCOMINGS and report.history.count() == 3


@pytest.mark.django_db
def test_submitting_without_the_units_text_shows_the_form_again(client, demo, plan):
    response = write(client, demo.head, demo.unit, submit=True, improvements="  ")
    assert response.status_code == 200
    page = response.content.decode()
    assert "报送前请填写此项" in page
    assert SHORTCOMINGS in page  # what was typed is kept
    assert not SummaryReport.objects.filter(plan=plan, unit=demo.unit).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("who", "reads", "drafts", "submits"),
    [
        ("head", 200, 302, 302),
        ("clerk", 200, 302, 403),
        ("reviewer", 200, 403, 403),
        ("discipline", 200, 403, 403),
        ("other_clerk", 404, 404, 404),
        ("foreign_clerk", 404, 404, 404),
    ],
)
def test_who_may_read_draft_and_submit(client, demo, plan, who, reads, drafts, submits):
    user = getattr(demo, who)
    client.force_login(user)
    assert client.get(report_url(demo.unit)).status_code == reads
    assert write(client, user, demo.unit, submit=False).status_code == drafts
    SummaryReport.objects.filter(unit=demo.unit).delete()
    assert write(client, user, demo.unit, submit=True).status_code == submits
    submitted = SummaryReport.objects.filter(unit=demo.unit, submitted_at__isnull=False)
    assert submitted.exists() == (submits == 302)


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_log_in(client, demo, plan):
    for response in (
        client.get(report_url(demo.unit)),
        client.post(report_url(demo.unit), {"shortcomings": "x", "improvements": "y"}),
    ):
        assert response.status_code == 302
        assert reverse("login") in response.url
    assert not SummaryReport.objects.filter(unit=demo.unit).exists()


@pytest.mark.django_db
def test_the_dashboard_shows_who_submitted_and_links_the_report(client, demo, plan):
    write(client, demo.head, demo.unit, submit=True)
    report = SummaryReport.objects.get(plan=plan, unit=demo.unit)
    client.force_login(demo.discipline)
    page = client.get(reverse("workplan:township", args=[demo.township.pk])).content.decode()
    table = page[page.index('id="report-table"') :]
    row = table[table.index(demo.unit.name) : table.index("</tr>", table.index(demo.unit.name))]
    assert "已报送" in row
    assert f"{report.submitted_at.astimezone():%Y-%m-%d %H:%M}" in row
    assert report_url(demo.unit) in row
    assert reverse("printing:request", args=[UNIT_KIND, report.pk]) in row
    assert reverse("printing:request", args=[TOWNSHIP_KIND, plan.pk]) in page
    # A unit that has written nothing is shown as not submitted.
    other = table[table.index(demo.other_unit.name) :]
    assert "未报送" in other[: other.index("</tr>")]


# --- The PDFs --------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=False)
def test_the_unit_report_pdf_holds_the_units_figures_and_the_chain_head(
    client, demo, plan, tmp_path: Path, django_capture_on_commit_callbacks
):
    write(client, demo.head, demo.unit, submit=True)
    report = SummaryReport.objects.get(plan=plan, unit=demo.unit)
    client.force_login(demo.discipline)
    head = head_hash()
    job = press_print(client, UNIT_KIND, report.pk, django_capture_on_commit_callbacks)
    assert head_hash() == head  # printing writes no history
    page = client.get(reverse("printing:job", args=[job.pk])).content.decode()
    assert "单位专题报告" in page
    path = downloaded_pdf(client, job, tmp_path)
    text = pdf_text(path)
    assert demo.unit.name in text and "专题报告" in flat(text)  # spaced out as a title
    # Items per category, counted here one by one.
    items = [
        item
        for item in PowerItem.objects.filter(unit=demo.unit).select_related("category")
        if item.status != Status.WITHDRAWN
    ]
    assert items
    totals = Counter(item.category.name for item in items)
    public = Counter(item.category.name for item in items if item.is_public)
    for name, total in totals.items():
        assert re.search(rf"{re.escape(name)}\s+{total}\s+{public[name]}\b", text), name
    chartless = [item for item in items if not hasattr(item, "flowchart")]
    charted = len(items) - len(chartless)
    assert (
        f"共{len(items)}项权力事项，{charted}项已绘制流程图，{len(chartless)}项尚无流程图"
        in flat(text)
    )
    for item in chartless:
        assert item.name in text
    warnings = Warning.objects.filter(unit=demo.unit)
    assert re.search(rf"收到的预警\s+{warnings.count()}\b", text)
    feedback = Feedback.objects.filter(unit=demo.unit)
    assert re.search(rf"收到的意见、咨询、投诉和评议\s+{feedback.count()}\b", text)
    assert flat(SHORTCOMINGS) in flat(text) and flat(IMPROVEMENTS) in flat(text)
    # The chain's head as it was when the sheet was made, whole on the stamp.
    assert head in flat(text)
    assert f"审计链头{head[:12]}" in flat(text)  # and in every page's footer
    # Chinese fonts embedded (as a subset), never boxes.
    fonts = pdf_fonts(path)
    assert fonts and all(row[-5] == "yes" for row in fonts if len(row) >= 5)


@pytest.mark.django_db
def test_the_township_report_has_one_row_per_unit(
    client, demo, plan, tmp_path: Path, django_capture_on_commit_callbacks
):
    write(client, demo.head, demo.unit, submit=True)
    client.force_login(demo.discipline)
    head = head_hash()
    job = press_print(client, TOWNSHIP_KIND, plan.pk, django_capture_on_commit_callbacks)
    text = pdf_text(downloaded_pdf(client, job, tmp_path))
    assert demo.township.name in text and "专题报告" in flat(text)
    assert head in flat(text)
    units = Unit.objects.filter(township=demo.township, is_active=True)
    for unit in units:
        items = PowerItem.objects.filter(unit=unit).exclude(status=Status.WITHDRAWN).count()
        assert re.search(rf"{re.escape(unit.name)}\s+{items}\s+\d+/{items}\b", text), unit.name
    assert demo.other_township_unit.name not in text
    submitted = SummaryReport.objects.filter(plan=plan, submitted_at__isnull=False)
    assert f"已报送专题报告{submitted.count()}个" in flat(text)
    assert flat(SHORTCOMINGS) in flat(text)


@pytest.mark.django_db
def test_only_readers_of_the_unit_or_township_may_print_the_reports(
    client, demo, plan, django_capture_on_commit_callbacks
):
    write(client, demo.clerk, demo.unit, submit=False)
    report = SummaryReport.objects.get(plan=plan, unit=demo.unit)
    unit_print = reverse("printing:request", args=[UNIT_KIND, report.pk])
    township_print = reverse("printing:request", args=[TOWNSHIP_KIND, plan.pk])
    client.force_login(demo.other_clerk)
    assert client.post(unit_print).status_code == 404
    client.force_login(demo.clerk)
    assert client.post(township_print).status_code == 404  # a unit's clerk holds no township
    job = ask_for_print(
        client, demo.clerk, UNIT_KIND, report.pk, django_capture_on_commit_callbacks
    )
    township_job = ask_for_print(
        client, demo.reviewer, TOWNSHIP_KIND, plan.pk, django_capture_on_commit_callbacks
    )
    download = reverse("printing:download", args=[township_job.pk])
    for user, status in ((demo.clerk, 404), (demo.discipline, 200), (demo.foreign_reviewer, 404)):
        client.force_login(user)
        assert client.get(download).status_code == status
    for user, status in ((demo.other_clerk, 404), (demo.discipline, 200), (demo.head, 200)):
        client.force_login(user)
        assert client.get(reverse("printing:job", args=[job.pk])).status_code == status
    # The public check page says whether the sheet is current, and names no report.
    client.logout()
    for printed in (job, township_job):
        check = client.get(reverse("printing:sheet_check", args=[printed.content_hash[:16]]))
        page = check.content.decode()
        assert "这是最新版本" in page and "专题报告" not in page
        assert demo.township.name not in page and demo.unit.name not in page


@pytest.mark.django_db
def test_a_draft_saved_as_the_head_submits_never_undoes_the_submission(
    client, demo, plan, monkeypatch
):
    from audit import report_views

    write(client, demo.clerk, demo.unit, submit=False)
    report = SummaryReport.objects.get(plan=plan, unit=demo.unit)
    checked = report_views.SummaryReportForm.clean

    def head_submits_meanwhile(form):
        cleaned = checked(form)
        SummaryReport.objects.filter(pk=report.pk).update(
            submitted_by=demo.head, submitted_at=timezone.now(), improvements="报送的文字。"
        )
        return cleaned

    monkeypatch.setattr(report_views.SummaryReportForm, "clean", head_submits_meanwhile)
    response = write(client, demo.clerk, demo.unit, submit=False, shortcomings="迟到的草稿")
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.is_submitted and report.submitted_by == demo.head
    assert (report.shortcomings, report.improvements) == (SHORTCOMINGS, "报送的文字。")
    page = client.get(response.url).content.decode()
    assert "已由他人报送" in page


@pytest.mark.django_db
def test_the_statistics_date_is_on_the_stamp_outside_the_hash(demo, plan):
    """The day the figures were read changes daily; in the hashed content it would render an
    unchanged report again every day."""
    report = SummaryReport.objects.create(
        plan=plan, unit=demo.unit, shortcomings=SHORTCOMINGS, improvements=IMPROVEMENTS
    )
    today = timezone.localdate()
    for kind, record in ((UNIT_KIND, report), (TOWNSHIP_KIND, plan)):
        sheet = printing.build_sheet(kind, record)
        html, content_hash = printing.compose(sheet)
        assert "统计日期" not in html
        stamped = printing.stamped(html, sheet, content_hash, today)
        assert f"统计日期：{today.year}年{today.month}月{today.day}日" in stamped


# --- The chain head on every sheet, outside the content hash ---------------------------------


@pytest.mark.django_db
def test_the_chain_head_is_on_sheets_without_breaking_their_cache(
    client, demo, tmp_path: Path, django_capture_on_commit_callbacks
):
    disclosure = notice(demo)
    client.force_login(demo.clerk)
    first_head = head_hash()
    job = press_print(client, "notice", disclosure.pk, django_capture_on_commit_callbacks)
    assert f"审计链头{first_head[:12]}" in flat(pdf_text(downloaded_pdf(client, job, tmp_path)))

    # An unrelated edit moves the chain's head ...
    item = PowerItem.objects.filter(unit=demo.other_unit).first()
    item.name += "（修订）"
    item._history_user = demo.other_clerk
    item.save()
    assert head_hash() != first_head
    # ... yet the unchanged sheet is found, not rendered again.
    again = press_print(client, "notice", disclosure.pk, django_capture_on_commit_callbacks)
    assert again.pk == job.pk
    assert again.attempts == 1 and again.finished_at == job.finished_at
    assert PrintJob.objects.filter(record_id=disclosure.pk, kind="notice").count() == 1


# --- Bounded queries -------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_figures_take_the_same_queries_for_one_unit_as_for_the_township(
    demo, plan, django_assert_num_queries
):
    units = list(Unit.objects.filter(township=demo.township).select_related("township"))
    assert len(units) > 3
    plan = WorkPlan.objects.select_related("township").get(pk=plan.pk)
    unit_figures(plan, units[:1])  # reads the risk matrix once, kept on the township
    for chosen in (units[:1], units):
        with django_assert_num_queries(QUERIES):
            figures = unit_figures(plan, chosen)
        assert len(figures) == len(chosen)


@pytest.mark.django_db
def test_items_of_no_category_are_counted_last_on_a_row_of_their_own(demo, plan):
    """A list that states no power type (a 负面清单): its items are counted, on the last row
    before the total, under no category's name; none is made up."""
    PowerItemFactory(unit=demo.unit, code="NC-R1", name="无类别一", category=None)
    PowerItemFactory(unit=demo.unit, code="NC-R2", name="无类别二", category=None)
    report = SummaryReport.objects.create(plan=plan, unit=demo.unit)
    html, _hash = printing.compose(printing.build_sheet(UNIT_KIND, report))
    table = html.split("一、权力事项（按类别）")[1].split("</table>")[0]
    rows = [
        [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<t[dh][^>]*>.*?</t[dh]>", r)]
        for r in re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.S)
    ][1:]  # the header row left out
    total = PowerItem.objects.filter(unit=demo.unit).exclude(status=Status.WITHDRAWN).count()
    assert rows[-2] == ["—", "2", "0"]
    assert rows[-1][:2] == ["合计", str(total)]
    assert sum(int(row[1]) for row in rows[:-1]) == total
    named = PowerItem.objects.filter(unit=demo.unit, category__isnull=False)
    assert {row[0] for row in rows[:-2]} == set(named.values_list("category__name", flat=True))
    assert "None" not in table
