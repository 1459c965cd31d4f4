"""The Celery app, wired as cookiecutter-django does: tasks live in each app's tasks.py."""

from __future__ import annotations

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "township_portal.settings")

app = Celery("township_portal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
