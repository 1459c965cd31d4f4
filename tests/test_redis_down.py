"""With Redis down the public site, the open data API, feedback tracking and sign-in still
answer: the cache is skipped (powers/cache_backend.py), limits let requests through, and
one warning says so instead of a log line per request."""

from __future__ import annotations

import logging

import pytest
from django.core.cache import cache, caches
from django.urls import reverse

from disclosures.models import Disclosure
from feedback.models import Feedback
from powers import cache_backend
from tests.disclosures.test_disclosure_publishing import page_url
from tests.workers import redis_server


@pytest.fixture
def redis_cache(settings):
    """Both caches (pages and limits) on a Redis of the test's own: (stop, start)."""
    with redis_server() as (url, stop, start):
        settings.CACHES = {
            alias: {
                "BACKEND": "powers.cache_backend.FailSoftRedisCache",
                "LOCATION": url,
                "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0},
            }
            for alias in ("default", "limits")
        }
        yield stop, start


def public_urls(demo) -> dict[str, str]:
    disclosure = Disclosure.objects.public().filter(unit=demo.unit).first()
    feedback = Feedback.objects.filter(unit__township=demo.township).first()
    assert disclosure is not None and feedback is not None  # the demo township has both
    return {
        "township home": reverse("public:township_home", args=[demo.township.code]),
        "unit page": reverse("public:unit_page", args=[demo.township.code, demo.unit.code]),
        "disclosure page": page_url(disclosure),
        "search": reverse("public:search", args=[demo.township.code]) + "?q=公示",
        "api list": "/api/disclosures/",
        "feedback tracking": reverse("feedback:track") + f"?code={feedback.tracking_code}",
    }


@pytest.mark.django_db
def test_public_pages_api_and_tracking_answer_with_redis_stopped(client, demo, redis_cache, caplog):
    stop, _ = redis_cache
    urls = public_urls(demo)
    for name, url in urls.items():  # with Redis up: rendered and cached
        assert client.get(url).status_code == 200, name
    township_page = client.get(urls["township home"]).content.decode()

    stop()
    caplog.set_level(logging.WARNING, logger="powers.cache_backend")
    for _ in range(3):
        for name, url in urls.items():
            response = client.get(url)
            assert response.status_code == 200, name
    # The page is the same one, rendered from the database.
    assert demo.township.name in client.get(urls["township home"]).content.decode()
    assert demo.unit.name in township_page

    # Sign-in (axes and sessions live in the database) works too.
    response = client.post(
        reverse("login"), {"username": demo.clerk.username, "password": demo.password}
    )
    assert response.status_code == 302
    assert client.get(reverse("powers:my_work")).status_code == 200

    # One warning for all those failures, not one per request.
    warnings = [r for r in caplog.records if r.name == "powers.cache_backend"]
    assert len(warnings) == 1
    assert "Cache server unreachable" in warnings[0].getMessage()


@pytest.mark.django_db
def test_a_villager_can_still_send_feedback_with_redis_stopped(client, demo, redis_cache):
    from tests.feedback.test_feedback import submit

    stop, _ = redis_cache
    stop()
    before = Feedback.objects.count()
    response = submit(client, demo.unit)
    assert response.status_code == 302
    assert Feedback.objects.count() == before + 1


@pytest.mark.django_db
def test_the_cache_is_used_again_once_redis_is_back(client, demo, redis_cache, monkeypatch):
    monkeypatch.setattr(cache_backend, "RETRY_AFTER_SECONDS", 0.0)
    stop, start = redis_cache
    stop()
    url = reverse("public:unit_page", args=[demo.township.code, demo.unit.code])
    assert client.get(url).status_code == 200
    assert cache.get("public-generation:qx") is None  # nothing could be stored

    start()
    assert client.get(url).status_code == 200
    assert cache.get("public-generation:qx") == 1  # the page is cached again
    caches["limits"].set("probe", 1)
    assert caches["limits"].get("probe") == 1


@pytest.mark.django_db
def test_a_publication_while_redis_is_down_is_logged_as_possibly_stale(demo, redis_cache, caplog):
    from powers.public_cache import bump

    stop, _ = redis_cache
    stop()
    with caplog.at_level(logging.ERROR, logger="powers.public_cache"):
        bump(demo.township.code)
    assert "could not be expired" in caplog.text
