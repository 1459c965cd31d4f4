"""Spam resistance of the public feedback form, without any third-party service.

Four cheap checks a person never notices: a honeypot field that only robots fill, a signed
time stamp of when the form was shown (a person takes at least a few seconds to write, and a
form kept open for hours is likely replayed), a cap on links in the text, and a rate limit per
client address (django-ratelimit, counted in the "limits" cache every process shares; the
address is powers.clientip.client_ip's, through settings RATELIMIT_IP_META_KEY).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core import signing
from django.utils.module_loading import import_string
from django_ratelimit.decorators import ratelimit
from django_ratelimit.exceptions import Ratelimited

FORM_TOKEN_SALT = "disclosures.feedback.form-shown-at"
# A person reads the form and writes at least a line: faster than this is a robot.
MIN_FORM_SECONDS = 3
# A form shown longer ago than this is refused (and offered again with a fresh stamp).
MAX_FORM_SECONDS = 2 * 3600
MAX_LINKS = 2
# The name looks worth filling to a robot; people never see the field.
HONEYPOT_FIELD = "website"

LINK = re.compile(r"(https?://|www\.)", re.IGNORECASE)


class FormTooFast(Exception):
    pass


class FormTooOld(Exception):
    pass


def issue_form_token(now: float | None = None) -> str:
    """A signed stamp of the moment the form is shown."""
    return signing.dumps(int(now if now is not None else time.time()), salt=FORM_TOKEN_SALT)


def check_form_token(token: str, now: float | None = None) -> None:
    """Raise :class:`signing.BadSignature`, :class:`FormTooFast` or :class:`FormTooOld`."""
    shown_at = signing.loads(token, salt=FORM_TOKEN_SALT)
    if not isinstance(shown_at, int):
        raise signing.BadSignature("not a time stamp")
    age = (now if now is not None else time.time()) - shown_at
    if age < MIN_FORM_SECONDS:
        raise FormTooFast
    if age > MAX_FORM_SECONDS:
        raise FormTooOld


def count_links(text: str) -> int:
    return len(LINK.findall(text))


def rate_limit(*, group: str, rate: str, method: str) -> Callable:
    """django-ratelimit per client address, answered by ``settings.RATELIMIT_VIEW``.

    The exception is turned into that view's response here rather than by
    ``RatelimitMiddleware``, so the limit answers 429 whatever the middleware list holds.
    """

    def decorator(view: Callable) -> Callable:
        limited = ratelimit(group=group, key="ip", rate=rate, method=method, block=True)(view)

        @wraps(view)
        def wrapper(request, *args, **kwargs):
            try:
                return limited(request, *args, **kwargs)
            except Ratelimited as exception:
                return import_string(settings.RATELIMIT_VIEW)(request, exception)

        return wrapper

    return decorator
