"""Background job of public feedback: a warning for feedback left unanswered past its deadline."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from celery import shared_task
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from powers.history import job_context
from risks.models import Warning

from .models import Feedback

logger = logging.getLogger(__name__)

JOB_NAME = "warn_unanswered_feedback"
# How long the unit has to answer the warning (and so, at last, the villager).
WARNING_DEADLINE_DAYS = 5
UNANSWERED = [Feedback.FeedbackStatus.RECEIVED, Feedback.FeedbackStatus.ASSIGNED]


def cause_key(feedback_id: int) -> str:
    return f"feedback-overdue:{feedback_id}"


def _issue(unit_id: int, feedback_id: int, code: str, today: date) -> bool:
    warning = Warning(
        unit_id=unit_id,
        tier=Warning.Tier.REMINDER,
        cause=_("群众来信 %(code)s 超过答复期限未答复") % {"code": code},
        cause_key=cause_key(feedback_id),
        issued_by=None,
        deadline=today + timedelta(days=WARNING_DEADLINE_DAYS),
    )
    warning._history_user = None
    warning._change_reason = _("系统每日检查：监督评议逾期未答复")
    try:
        # A savepoint each: another worker's warning for the same feedback loses only this one.
        with transaction.atomic():
            warning.save()
    except IntegrityError:
        logger.info("warning for feedback %s already issued", feedback_id)
        return False
    return True


@shared_task
def warn_unanswered_feedback() -> dict[str, int]:
    """One reminder for each feedback past its reply deadline, neither replied nor closed,
    that has no open warning yet. Running it twice issues nothing the second time."""
    today = timezone.localdate()
    with translation.override(settings.LANGUAGE_CODE), job_context(JOB_NAME):
        overdue = Feedback.objects.filter(
            status__in=UNANSWERED, reply_deadline__lt=today, unit__is_active=True
        ).values_list("pk", "unit_id", "tracking_code")
        open_causes = set(
            Warning.objects.open()
            .filter(cause_key__startswith="feedback-overdue:")
            .values_list("unit_id", "cause_key")
        )
        issued = 0
        for feedback_id, unit_id, code in overdue.order_by("pk"):
            if (unit_id, cause_key(feedback_id)) in open_causes:
                continue
            issued += _issue(unit_id, feedback_id, code, today)
    return {"issued": issued}
