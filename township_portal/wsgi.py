"""WSGI entry point (gunicorn township_portal.wsgi)."""

from __future__ import annotations

import os

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "township_portal.settings")

application = get_wsgi_application()

if not settings.DEBUG and not settings.SECRET_KEY_IS_SET:
    raise ImproperlyConfigured("SECRET_KEY is not set: set it to a long random value to serve.")
