"""Background jobs of cases: the daily re-check of open cases as days pass (超时检查).

The checks run when a record is saved or a case is closed; a step left pending past its time
limit, or a next step nobody has started within its limit, changes nothing in the records, so
only this job finds it.
"""

from __future__ import annotations

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation

from powers.history import job_context

from .models import Case
from .services import refresh_breaches

JOB_NAME = "check_open_cases"


@shared_task
def check_open_cases() -> dict[str, int]:
    """Refresh the breaches and warnings of every open case as of today. Running it twice the
    same day changes nothing the second time: one open breach per finding, one open warning
    per case."""
    today = timezone.localdate()
    checked = breaching = 0
    # Breaches and warnings are read by officials in the site's language.
    with translation.override(settings.LANGUAGE_CODE), job_context(JOB_NAME):
        case_ids = list(
            Case.objects.filter(status=Case.CaseStatus.OPEN, unit__is_active=True)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        for case_id in case_ids:
            # Locked like a record's save, so a clerk saving meanwhile is checked after us.
            with transaction.atomic():
                case = (
                    Case.objects.select_for_update()
                    .filter(pk=case_id, status=Case.CaseStatus.OPEN)
                    .first()
                )
                if case is None:  # closed meanwhile
                    continue
                checked += 1
                if refresh_breaches(case, user=None, today=today, raise_not_started=True):
                    breaching += 1
    return {"checked": checked, "breaching": breaching}
