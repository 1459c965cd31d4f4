"""Background job of the disclosure catalog (公开目录): a warning for each overdue matter.

Every day (CELERY_BEAT_SCHEDULE) each active obligation of an active unit whose due date has
passed gets a reminder (提醒) in the shared warning ledger (risks.Warning), addressed to the unit
and the obligation's responsible post. The cause key names the obligation and the missed due
date, so one missed deadline gets one open warning however often the job runs, and the next
missed deadline gets a warning of its own.
"""

from __future__ import annotations

from datetime import date, timedelta

from celery import shared_task
from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from powers.history import job_context
from risks.models import Warning

from .models import DisclosureObligation
from .obligations import CatalogRow, catalog_rows

JOB_NAME = "warn_overdue_obligations"
# How long the unit has to answer (and to publish) before the warning escalates.
WARNING_DEADLINE_DAYS = 5


def cause_key(row: CatalogRow) -> str:
    return f"obligation-overdue:{row.obligation.pk}:{row.due.isoformat()}"


def _issue(row: CatalogRow, today: date) -> bool:
    obligation = row.obligation
    warning = Warning(
        unit_id=obligation.unit_id,
        post_id=obligation.responsible_post_id,
        tier=Warning.Tier.REMINDER,
        cause=_("公开目录事项“%(matter)s”已超过公开期限（应于 %(due)s 前公开）")
        % {"matter": obligation, "due": row.due.isoformat()},
        cause_key=cause_key(row),
        issued_by=None,
        deadline=today + timedelta(days=WARNING_DEADLINE_DAYS),
    )
    return warning.issue_by_system(_("系统每日检查公开目录发出预警"))


def warn_overdue(today: date) -> int:
    """One warning per overdue obligation and missed due date, unless one was issued before
    (open or answered) or the township closed it."""
    obligations = DisclosureObligation.objects.filter(is_active=True, unit__is_active=True)
    overdue = [row for row in catalog_rows(obligations, today) if row.state.overdue]
    issued_before = set(
        Warning.objects.filter(cause_key__in=[cause_key(row) for row in overdue]).values_list(
            "unit_id", "cause_key"
        )
    )
    issued = 0
    for row in overdue:
        if (row.obligation.unit_id, cause_key(row)) in issued_before:
            continue
        issued += _issue(row, today)
    return issued


@shared_task
def warn_overdue_obligations() -> dict[str, int]:
    """Warn each unit of its overdue catalog matters; running it twice warns once."""
    today = timezone.localdate()
    # Warnings are read by officials in the site's language, whoever queued the job.
    with translation.override(settings.LANGUAGE_CODE), job_context(JOB_NAME):
        return {"issued": warn_overdue(today)}
