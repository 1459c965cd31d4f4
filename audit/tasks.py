"""Background jobs of the audit app: verifying the history chain, and warning units of
their overdue work-plan checklist items."""

from __future__ import annotations

from datetime import date, timedelta

from celery import shared_task
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from powers.history import job_context
from powers.models import Township
from risks.models import Warning

from .chain import (
    describe,
    describe_unchained,
    publish_daily_head,
    record_head,
    unchained_rows,
    verify,
)
from .models import ChainHead, ChainVerification, SummaryReport
from .workplan import checklists, current_plan


@shared_task(acks_late=True, time_limit=3600)
def verify_chain(verification_id: int) -> str:
    """Check the whole chain and record the result on the verification row."""
    run = ChainVerification.objects.get(pk=verification_id)
    if run.result != ChainVerification.Result.RUNNING:
        return run.result  # already done: running it again changes nothing

    def progress(checked: int) -> None:
        ChainVerification.objects.filter(pk=run.pk).update(links_checked=checked)

    try:
        outcome = verify(progress=progress)
        missing = {} if outcome.first_break else unchained_rows()
    except Exception as error:  # recorded for the committee, then re-raised for the logs
        ChainVerification.objects.filter(pk=run.pk).update(
            result=ChainVerification.Result.FAILED,
            broken_reason=str(error)[:2000],
            finished_at=timezone.now(),
        )
        raise
    # A history row with no link was written around the chain: the chain does not hold.
    if outcome.first_break:
        reason = describe(outcome.first_break)
    elif missing:
        reason = describe_unchained(missing)
    else:
        reason = ""
    ChainVerification.objects.filter(pk=run.pk).update(
        result=ChainVerification.Result.BROKEN if reason else ChainVerification.Result.INTACT,
        links_checked=outcome.links_checked,
        head_hash=outcome.head_hash,
        broken_seq=outcome.first_break.seq if outcome.first_break else None,
        broken_reason=reason,
        finished_at=timezone.now(),
    )
    # The head it reached, for every later verification to find again.
    record_head(outcome, ChainHead.Source.VERIFICATION, user=run.requested_by, verification=run)
    return "broken" if reason else "intact"


FREEZE_JOB_NAME = "freeze_submitted_report"


@shared_task(bind=True, acks_late=True, max_retries=30)
def freeze_submitted_report(self, report_id: int) -> str:
    """Render a just-submitted report from its frozen content through a print job, and keep
    the PDF on the report. Running it twice keeps one PDF; while a worker is still rendering
    the print job, it tries again shortly."""
    from printing.jobs import request_print
    from printing.models import PrintJob
    from printing.tasks import render_print_job

    from .report import UNIT_KIND

    report = SummaryReport.objects.filter(pk=report_id).select_related("submitted_by").first()
    if report is None or not report.submitted_content or report.submitted_pdf:
        return "nothing to do"
    job = request_print(UNIT_KIND, report, user=report.submitted_by)
    if job.status != PrintJob.Status.DONE and self.request.is_eager:
        render_print_job.apply((job.pk,))  # in-process: render it here and now
    job.refresh_from_db()
    if job.status in {PrintJob.Status.QUEUED, PrintJob.Status.RUNNING}:
        if self.request.is_eager:  # rendered elsewhere: the report page asks again
            return "pending"
        raise self.retry(countdown=10)
    if job.status != PrintJob.Status.DONE:
        return "failed"
    with job.pdf.open("rb") as pdf:
        data = pdf.read()
    with job_context(FREEZE_JOB_NAME), transaction.atomic():
        report = SummaryReport.objects.select_for_update().get(pk=report_id)
        if report.submitted_pdf:
            return "nothing to do"
        name = f"{report.pk}-{job.content_hash[:16]}.pdf"
        report.submitted_pdf.save(name, ContentFile(data), save=False)
        report._history_user = report.submitted_by  # the change is made on their behalf
        report.save(update_fields=["submitted_pdf"])
    return "done"


@shared_task
def publish_daily_chain_head() -> int:
    """Record today's chain head for the public page of daily heads (every day,
    CELERY_BEAT_SCHEDULE; the page records it itself when no beat runs). Running it twice
    records one head."""
    return publish_daily_head().seq


# The work plan: a warning for each checklist item past its phase's deadline ----------------

WORKPLAN_JOB_NAME = "warn_overdue_workplan_items"
# How long the unit has to answer (and to catch up) before the warning escalates.
WORKPLAN_WARNING_DEADLINE_DAYS = 5


def workplan_cause_key(plan_id: int, check_key: str) -> str:
    return f"workplan-overdue:{plan_id}:{check_key}"


def _issue_workplan_warning(plan, unit, result, today: date) -> bool:
    warning = Warning(
        unit_id=unit.pk,
        tier=Warning.Tier.REMINDER,
        cause=_("工作方案“%(phase)s”阶段的“%(item)s”已逾期（期限 %(due)s）：%(note)s")
        % {
            "phase": result.phase.name if result.phase else "",
            "item": result.check.label,
            "due": result.deadline.isoformat(),
            "note": result.note,
        },
        cause_key=workplan_cause_key(plan.pk, result.check.key),
        issued_by=None,
        deadline=today + timedelta(days=WORKPLAN_WARNING_DEADLINE_DAYS),
    )
    return warning.issue_by_system(_("系统每日检查工作方案进度发出预警"))


def warn_overdue_workplan(today: date) -> int:
    """One warning per unit and overdue checklist item of each township's plan in force, unless
    one was issued before (open, answered, or closed by the township)."""
    issued = 0
    for township in Township.objects.all():
        plan = current_plan(township)
        if plan is None:
            continue
        overdue = [
            (checklist.unit, result)
            for checklist in checklists(plan, today=today)
            for result in checklist.items
            if result.is_overdue
        ]
        issued_before = set(
            Warning.objects.filter(
                cause_key__startswith=workplan_cause_key(plan.pk, "")
            ).values_list("unit_id", "cause_key")
        )
        for unit, result in overdue:
            if (unit.pk, workplan_cause_key(plan.pk, result.check.key)) in issued_before:
                continue
            issued += _issue_workplan_warning(plan, unit, result, today)
    return issued


@shared_task
def warn_overdue_workplan_items() -> dict[str, int]:
    """Warn each unit of its work-plan checklist items past their deadline (every day,
    CELERY_BEAT_SCHEDULE); running it twice warns once."""
    today = timezone.localdate()
    # Warnings are read by officials in the site's language, whoever queued the job.
    with translation.override(settings.LANGUAGE_CODE), job_context(WORKPLAN_JOB_NAME):
        return {"issued": warn_overdue_workplan(today)}
