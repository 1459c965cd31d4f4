"""Submitting a summary report (专题报告): sealing it with the chain's head and freezing its PDF.
Above both :mod:`audit.report` (what the report says) and :mod:`audit.tasks` (the job that
renders the frozen report)."""

from __future__ import annotations

from django.db import transaction

from .models import SummaryReport
from .report import submission_link, submitted_content
from .tasks import freeze_submitted_report


def seal_submission(report: SummaryReport, user) -> None:
    """Keep on the just-submitted report the chain's head as the submission left it.

    Called in the submission's transaction, after its save: the submission's history row is
    then chained (:func:`audit.chain.chain_history_row`) and, with the chain locked until the
    transaction ends, its link is the head, so the hash covers the submission itself. Writing
    the hash is a change of its own, with its own history row (no write skips history); that
    row comes after the hash it records, as it must.
    """
    report.submitted_head_hash = submission_link(report).row_hash
    # Counted after the submission's save, so that its own checklist item reads as done.
    report.submitted_content = submitted_content(report)
    report._history_user = user
    report.save(update_fields=["submitted_head_hash", "submitted_content"])
    transaction.on_commit(lambda: freeze_submitted_report.delay(report.pk))
