"""Who a client is, for the sign-in lockout, the feedback limits and the API throttle.

With no proxy configured a client's own X-Forwarded-For changes nothing; behind one proxy two
villagers are two clients, not one proxy address; one address guessing at many accounts is
stopped; and the counts live where every process sees them.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.core.cache.backends.db import DatabaseCache
from django.test import RequestFactory
from django.urls import reverse
from django_ratelimit.core import get_usage
from rest_framework.throttling import AnonRateThrottle

from powers.clientip import client_ip
from tests.feedback.test_feedback import form_data

from .test_security import ROOT

PROXY = "10.0.0.1"
VILLAGER = "203.0.113.5"
OTHER_VILLAGER = "198.51.100.7"


def forwarded(remote: str, header: str | None) -> dict:
    meta = {"REMOTE_ADDR": remote}
    if header is not None:
        meta["HTTP_X_FORWARDED_FOR"] = header
    return meta


@pytest.mark.parametrize(
    ("proxies", "remote", "header", "expected"),
    [
        (0, VILLAGER, "1.2.3.4", VILLAGER),  # no proxy: the header is the client's own words
        (0, VILLAGER, None, VILLAGER),
        (1, PROXY, VILLAGER, VILLAGER),
        (1, PROXY, f"1.2.3.4, {VILLAGER}", VILLAGER),  # the client's own entry is on the left
        (2, "10.0.0.2", f"1.2.3.4, {VILLAGER}, {PROXY}", VILLAGER),
        (1, PROXY, None, PROXY),  # not through the proxy as configured
        (2, "10.0.0.2", VILLAGER, "10.0.0.2"),
        (1, PROXY, "not-an-address", PROXY),
        (1, PROXY, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_client_ip(settings, proxies, remote, header, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", **forwarded(remote, header))
    assert client_ip(request) == expected


@pytest.mark.parametrize("value", ["one", "-1", "1.5"])
def test_a_bad_proxy_count_stops_the_site_from_starting(value):
    env = {
        **os.environ,
        "TRUSTED_PROXY_COUNT": value,
        "DJANGO_SETTINGS_MODULE": "township_portal.settings",
    }
    result = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; settings.CACHES"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured: TRUSTED_PROXY_COUNT=" in result.stderr


# The sign-in lockout --------------------------------------------------------------------------


def sign_in(client, username: str, password: str, **meta):
    return client.post(reverse("login"), {"username": username, "password": password}, **meta)


@pytest.mark.django_db
def test_a_spoofed_forwarded_for_does_not_dodge_the_lockout(client, demo, settings):
    for number in range(settings.AXES_FAILURE_LIMIT - 1):
        response = sign_in(
            client, demo.clerk.username, "wrong", HTTP_X_FORWARDED_FOR=f"1.2.3.{number}"
        )
        assert response.status_code == 200
    response = sign_in(client, demo.clerk.username, "wrong", HTTP_X_FORWARDED_FOR="9.9.9.9")
    assert response.status_code == 429
    assert "登录已暂时锁定" in response.content.decode()


@pytest.mark.django_db
def test_behind_the_proxy_a_villagers_typos_do_not_lock_the_official_out(client, demo, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, demo.clerk.username, "wrong", **forwarded(PROXY, VILLAGER))
    locked = sign_in(client, demo.clerk.username, demo.password, **forwarded(PROXY, VILLAGER))
    assert locked.status_code == 429
    # The clerk, at another address behind the same proxy, signs in.
    response = sign_in(
        client, demo.clerk.username, demo.password, **forwarded(PROXY, OTHER_VILLAGER)
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_guessing_at_twenty_accounts_from_one_address_is_stopped(client, demo, settings):
    assert settings.AXES_IP_FAILURE_LIMIT == 20
    for number in range(19):  # one guess each: no account reaches its own limit
        response = sign_in(client, f"official-{number:02d}", "123456", REMOTE_ADDR=VILLAGER)
        assert response.status_code == 200
    response = sign_in(client, "official-19", "123456", REMOTE_ADDR=VILLAGER)
    assert response.status_code == 429  # the twentieth account
    assert "登录已暂时锁定" in response.content.decode()
    # Even a right password is refused from that address during the cool-off ...
    locked = sign_in(client, demo.clerk.username, demo.password, REMOTE_ADDR=VILLAGER)
    assert locked.status_code == 429
    # ... while everyone else signs in.
    other = sign_in(client, demo.clerk.username, demo.password, REMOTE_ADDR=OTHER_VILLAGER)
    assert other.status_code == 302


# The feedback limits ------------------------------------------------------------------------


def submit(client, demo, **meta):
    return client.post(reverse("feedback:submit"), form_data(demo.unit), **meta)


@pytest.mark.django_db
def test_a_spoofed_forwarded_for_does_not_dodge_the_feedback_limit(client, demo):
    for number in range(5):
        response = submit(client, demo, HTTP_X_FORWARDED_FOR=f"1.2.3.{number}")
        assert response.status_code == 302
    assert submit(client, demo, HTTP_X_FORWARDED_FOR="9.9.9.9").status_code == 429


@pytest.mark.django_db
def test_behind_the_proxy_two_villagers_have_a_feedback_limit_each(client, demo, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(5):
        assert submit(client, demo, **forwarded(PROXY, VILLAGER)).status_code == 302
    assert submit(client, demo, **forwarded(PROXY, VILLAGER)).status_code == 429
    assert submit(client, demo, **forwarded(PROXY, OTHER_VILLAGER)).status_code == 302
    # A spoofed entry on the left does not make the first villager someone else.
    spoofed = forwarded(PROXY, f"{OTHER_VILLAGER}, {VILLAGER}")
    assert submit(client, demo, **spoofed).status_code == 429


@pytest.mark.django_db
def test_behind_the_proxy_two_villagers_look_up_tracking_codes_apart(client, demo, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    url = reverse("feedback:track")
    for number in range(30):
        client.get(url, {"code": f"GUESS{number:05d}"}, **forwarded(PROXY, VILLAGER))
    assert client.get(url, {"code": "GUESS"}, **forwarded(PROXY, VILLAGER)).status_code == 429
    other = client.get(url, {"code": "GUESS"}, **forwarded(PROXY, OTHER_VILLAGER))
    assert other.status_code == 404  # looked up, not found


# The open data API's throttle ------------------------------------------------------------------


@pytest.fixture
def two_a_minute(monkeypatch):
    # DRF reads the rates once, when it is imported: a settings override would not reach them.
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "2/min"})


@pytest.mark.django_db
def test_a_spoofed_forwarded_for_does_not_dodge_the_api_throttle(client, demo, two_a_minute):
    codes = [
        client.get("/api/townships/", HTTP_X_FORWARDED_FOR=f"1.2.3.{number}").status_code
        for number in range(3)
    ]
    assert codes == [200, 200, 429]


@pytest.mark.django_db
def test_behind_the_proxy_two_callers_have_an_api_rate_each(client, demo, settings, two_a_minute):
    settings.TRUSTED_PROXY_COUNT = 1
    codes = [
        client.get("/api/townships/", **forwarded(PROXY, VILLAGER)).status_code for _ in range(3)
    ]
    assert codes == [200, 200, 429]
    assert client.get("/api/townships/", **forwarded(PROXY, OTHER_VILLAGER)).status_code == 200


# Counts every process sees --------------------------------------------------------------------


def test_without_redis_the_limits_count_in_the_database():
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    env["DJANGO_SETTINGS_MODULE"] = "township_portal.settings"
    code = (
        "from django.conf import settings; "
        "print(settings.CACHES['limits']['BACKEND'], settings.RATELIMIT_USE_CACHE)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.stdout.split() == ["django.core.cache.backends.db.DatabaseCache", "limits"]


@pytest.mark.django_db
def test_two_processes_caches_share_one_count(monkeypatch):
    """Two cache objects on the limits table, as two gunicorn workers hold: what one counts,
    the other sees."""
    first = DatabaseCache("portal_limits_cache", {})
    second = DatabaseCache("portal_limits_cache", {})
    request = RequestFactory().post("/feedback/submit/", REMOTE_ADDR=VILLAGER)

    def usage(cache):
        monkeypatch.setattr("django_ratelimit.core.caches", {"limits": cache})
        return get_usage(
            request,
            group="feedback-submit",
            key="ip",
            rate="5/10m",
            method="POST",
            increment=True,
        )

    for _ in range(3):
        assert not usage(first)["should_limit"]
    for _ in range(2):
        assert not usage(second)["should_limit"]
    sixth = usage(first)
    assert sixth["count"] == 6
    assert sixth["should_limit"]
