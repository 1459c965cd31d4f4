"""The summary report keeps the hash chain's head as its submission left it (issue 7 part 4:
"submitted to the discipline committee with a timestamp; it carries the chain's head hash"):
later changes move the chain's head, never the hash the report was submitted with."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from audit.chain import head_hash, verify
from audit.models import ChainLink, SummaryReport
from audit.report import UNIT_KIND
from powers.lifecycle import save_edit
from powers.models import PowerItem
from printing import sheets as printing
from tests.audit.test_summary_report import flat, plan, press_print, report_url, write
from tests.printing.test_print_documents import downloaded_pdf, pdf_text

__all__ = ["plan"]  # the fixture, used by name

SEALED_LABEL = "报送时审计链头哈希"


def sealed_hash_in(text: str) -> str | None:
    """The hash printed under the submission's label (the label is bracketed on the PDF)."""
    found = re.search(rf"{SEALED_LABEL}[】：]?([0-9a-f]{{64}})", flat(text))
    return found.group(1) if found else None


@pytest.mark.django_db
def test_the_submission_keeps_the_head_hash_that_covers_it(client, demo, plan):
    write(client, demo.clerk, demo.unit, submit=False)
    report = SummaryReport.objects.get(plan=plan, unit=demo.unit)
    assert report.submitted_head_hash == ""
    draft_html, _hash = printing.compose(printing.build_sheet(UNIT_KIND, report))
    assert SEALED_LABEL not in draft_html  # a draft shows only the stamp's current head

    write(client, demo.head, demo.unit, submit=True)
    report.refresh_from_db()
    sealed = report.submitted_head_hash
    assert re.fullmatch(r"[0-9a-f]{64}", sealed)
    # The hash is the link of the submission's own history row: the head hash covers the
    # submission itself, not the draft before it.
    link = ChainLink.objects.get(row_hash=sealed)
    assert link.history_model == SummaryReport.history.model._meta.label_lower
    submission = report.history.get(history_id=link.history_id)
    assert submission.submitted_at == report.submitted_at
    assert submission.history_user == demo.head and submission.history_type == "~"
    # Recording the hash is itself a change in the history, chained right after it.
    recorded = report.history.order_by("-history_id").first()
    assert recorded.submitted_head_hash == sealed and recorded.history_user == demo.head
    after = ChainLink.objects.get(history_model=link.history_model, history_id=recorded.pk)
    assert after.prev_hash == sealed
    # The chain check walks the whole chain, that link included, and finds it intact.
    result = verify()
    assert result.first_break is None
    assert result.links_checked == ChainLink.objects.count()
    assert ChainLink.objects.filter(seq__lte=link.seq).count() <= result.links_checked

    client.force_login(demo.discipline)
    page = client.get(report_url(demo.unit)).content.decode()
    assert sealed in page[page.index('id="report-head-hash"') :]


@pytest.mark.django_db
def test_the_pdf_prints_the_hash_at_submission_not_the_current_head(
    client, demo, plan, tmp_path: Path, django_capture_on_commit_callbacks
):
    write(client, demo.head, demo.unit, submit=True)
    report = SummaryReport.objects.get(plan=plan, unit=demo.unit)
    sealed = report.submitted_head_hash
    # Changes after the submission move the chain's head.
    item = PowerItem.objects.filter(unit=demo.unit).first()
    item.conditions = "报送后补充的办理条件"
    save_edit(item, user=demo.clerk, expected_version=item.version, reason="纪委抽查后补充")
    client.force_login(demo.discipline)
    current = head_hash()
    assert current != sealed

    job = press_print(client, UNIT_KIND, report.pk, django_capture_on_commit_callbacks)
    text = pdf_text(downloaded_pdf(client, job, tmp_path))
    assert sealed_hash_in(text) == sealed
    # The stamp still gives the head as it was read for this sheet, labelled with that time.
    stamp = flat(text)[flat(text).index("审计链头哈希（") :]
    assert re.match(rf"审计链头哈希（[^）]+读取）：{current}", stamp)
