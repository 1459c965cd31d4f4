"""Background jobs of the risk ledger: the daily early warnings (廉能风险预警)."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from celery import shared_task
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from powers.history import job_context
from powers.models import Township

from .models import TIER_ORDER, RiskPoint, Warning
from .services import Problem, quality_check

logger = logging.getLogger(__name__)

JOB_NAME = "issue_system_warnings"
# How long a unit has to answer a system warning, and each escalated one.
WARNING_DEADLINE_DAYS = 10
# An emerging risk gets a prevention notice (防控通知书) at once, not a reminder: a top-level
# point left without any control during or after the act, and a measure past its due date.
NOTICE_KINDS = {"top_level_without_control", "measure_overdue"}

Tier = Warning.Tier
Status = Warning.Status


def next_tier(tier: str) -> str | None:
    """The tier a warning left unanswered escalates to, or None at the last one."""
    position = TIER_ORDER.index(tier)
    return TIER_ORDER[position + 1] if position + 1 < len(TIER_ORDER) else None


def _open_causes() -> set[tuple[int, str]]:
    return set(Warning.objects.open().exclude(cause_key="").values_list("unit_id", "cause_key"))


def _issue(problem: Problem, today: date) -> bool:
    point = problem.point
    warning = Warning(
        unit_id=point.unit_id,
        post_id=point.post_id,
        risk_point=point,
        tier=Tier.PREVENTION_NOTICE if problem.kind in NOTICE_KINDS else Tier.REMINDER,
        cause=problem.message,
        cause_key=problem.key,
        issued_by=None,
        deadline=today + timedelta(days=WARNING_DEADLINE_DAYS),
    )
    return warning.issue_by_system(_("系统每日检查发出预警"))


def issue_from_checks(today: date) -> int:
    """One warning for each problem of the quality check that has no open warning yet."""
    issued = 0
    open_causes = _open_causes()
    for township in Township.objects.all():
        points = RiskPoint.objects.filter(unit__township=township, unit__is_active=True)
        for problem in quality_check(points):
            cause = (problem.point.unit_id, problem.key)
            if cause in open_causes:
                continue
            if _issue(problem, today):
                issued += 1
            open_causes.add(cause)
    return issued


def _escalate(warning_id: int, today: date) -> bool:
    try:
        with transaction.atomic():
            warning = Warning.objects.select_for_update().filter(pk=warning_id).first()
            # Another worker (or the unit's answer) may have got there first.
            if warning is None or warning.status != Status.OPEN or warning.deadline >= today:
                return False
            tier = next_tier(warning.tier)
            if tier is None:
                return False
            warning.status = Status.CLOSED
            warning.closed_by = None
            warning.closed_at = timezone.now()
            warning.closing_note = _("逾期未回复，已升级")
            warning._history_user = None
            warning._change_reason = _("逾期未回复，系统自动升级")
            warning.save()
            escalated = Warning(
                unit_id=warning.unit_id,
                post_id=warning.post_id,
                risk_point_id=warning.risk_point_id,
                tier=tier,
                cause=warning.cause,
                cause_key=warning.cause_key,
                issued_by=None,
                deadline=today + timedelta(days=WARNING_DEADLINE_DAYS),
                escalated_from=warning,
            )
            escalated._history_user = None
            escalated._change_reason = _("由逾期未回复的“%(tier)s”升级") % {
                "tier": warning.get_tier_display()
            }
            escalated.save()
    except IntegrityError:
        # escalated_from is one-to-one: a second escalation of the same warning cannot exist.
        logger.info("warning %s already escalated", warning_id)
        return False
    return True


def escalate_overdue(today: date) -> int:
    """Close each open warning past its deadline and issue the next tier in its place.

    A warning already at the last tier stays open: there is nothing above it to issue.
    """
    overdue = (
        Warning.objects.filter(status=Status.OPEN, deadline__lt=today)
        .exclude(tier=TIER_ORDER[-1])
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    return sum(_escalate(warning_id, today) for warning_id in list(overdue))


@shared_task
def issue_system_warnings() -> dict[str, int]:
    """Issue warnings from the quality checks and escalate unanswered ones.

    Running it twice the same day changes nothing the second time: a cause with an open
    warning gets no other, and an escalated warning's new deadline lies ahead.
    """
    today = timezone.localdate()
    # Warnings are read by officials in the site's language, whoever queued the job.
    with translation.override(settings.LANGUAGE_CODE), job_context(JOB_NAME):
        issued = issue_from_checks(today)
        escalated = escalate_overdue(today)
    return {"issued": issued, "escalated": escalated}
