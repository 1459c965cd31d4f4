"""Background jobs of the disclosures: scheduled publication (定时发布)."""

from __future__ import annotations

from celery import shared_task
from django.conf import settings
from django.utils import translation

from powers.history import job_context

from . import publishing

# Celery discovers each app's tasks.py only: the catalog's job registers here.
from .catalog_tasks import warn_overdue_obligations  # noqa: F401

JOB_NAME = "publish_due_disclosures"


@shared_task
def publish_due_disclosures() -> list[int]:
    """Publish the approved disclosures whose publication time has come (every five minutes,
    CELERY_BEAT_SCHEDULE). Running it twice publishes each once."""
    # History reasons are read in the site's language, whatever the worker's locale.
    with translation.override(settings.LANGUAGE_CODE), job_context(JOB_NAME):
        return publishing.publish_due()
