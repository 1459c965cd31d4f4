"""Who is asking: the client's address, for every limit that counts per address.

Behind the reverse proxy the README prescribes, ``REMOTE_ADDR`` is the proxy's address, the
same for every villager, and ``X-Forwarded-For`` is a list anyone can start with addresses of
their own choosing; only the entries the trusted proxies appended on the right can be believed.
``settings.TRUSTED_PROXY_COUNT`` says how many proxies stand in front (0: none, the header is
ignored). The sign-in lockout (django-axes, ``AXES_CLIENT_IP_CALLABLE``), the feedback and
tracking-code limits (django-ratelimit, ``RATELIMIT_IP_META_KEY``) and the open data API's
throttle all ask :func:`client_ip`, so they agree on who a client is.

The sign-in lockout also limits password spraying (a few guesses at each of many accounts from
one address): :class:`SprayLimitingAxesHandler`.
"""

from __future__ import annotations

import ipaddress

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The address of the client, as the trusted proxies in front saw it.

    With N trusted proxies the outermost one appended the client's address N entries from the
    right of X-Forwarded-For. A header shorter than that, or an entry that is no address, did
    not come through the proxies as configured: the connecting address is used then, so a
    client can never choose the address it is counted under.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if not proxies:
        return remote
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    forwarded = [part.strip() for part in header.split(",") if part.strip()]
    if len(forwarded) < proxies:
        return remote
    try:
        return str(ipaddress.ip_address(forwarded[-proxies]))
    except ValueError:
        return remote


class SprayLimitingAxesHandler(AxesDatabaseHandler):
    """django-axes' database handler, also locking an address out after too many failures
    across all accounts (``AXES_IP_FAILURE_LIMIT``, higher than the per-account limit).

    Axes has one failure limit for all its lockout parameters: an address-only parameter at the
    per-account limit of 5 would lock a township office behind one NAT address out after five
    typos by different officials, while the per-account limit alone never stops one address
    trying a few passwords at each of a hundred accounts. The failures stay in axes' own table
    (shared by every process), so ``axes_reset_ip`` and the admin's attempt list still work.
    """

    def get_failures(self, request, credentials: dict | None = None) -> int:
        """The account's failures from this address, or the failure limit itself once the
        address has failed too often across accounts: axes then locks it out, both when it
        records a failure and when it checks the next attempt."""
        failures = super().get_failures(request, credentials)
        attempts = AccessAttempt.objects.filter(ip_address=request.axes_ip_address)
        if settings.AXES_COOLOFF_TIME is not None:
            attempts = attempts.filter(attempt_time__gte=get_cool_off_threshold(request))
        address_failures = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
        if address_failures >= settings.AXES_IP_FAILURE_LIMIT:
            return max(failures, get_failure_limit(request, credentials))
        return failures
