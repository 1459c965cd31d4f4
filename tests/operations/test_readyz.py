"""`/readyz/` (issue #18): every dependency reported with its state, 200 when all answer, 503
naming the one that does not, each stopped in turn; no sign-in, nothing secret in the answer.
`/healthz/` stays the cheap liveness check."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import OperationalError, connections
from django.utils import timezone

from operations.models import Heartbeat
from operations.tasks import heartbeat
from powers.models import ScheduledRun
from tests import workers
from township_portal.celery import app

pytestmark = pytest.mark.django_db

URL = "/readyz/"


@pytest.fixture
def healthy(settings):
    """An installation whose periodic jobs ran a moment ago, with room on the disk."""
    settings.READY_MEDIA_MIN_FREE_MB = 1
    ScheduledRun.objects.create(name="heartbeat", last_run_at=timezone.now())
    return settings


@pytest.fixture
def with_workers():
    """Tasks go to Celery workers (the Redis setup), not in-process (the autouse fixture of
    tests/conftest.py puts it back)."""
    app.conf.task_always_eager = False


def closed_port_url(scheme: str = "redis") -> str:
    return f"{scheme}://127.0.0.1:{workers.free_port()}/0"


def failing(response) -> list[str]:
    return response.json()["failing"]


def test_all_fine_answers_200_without_signing_in(client, healthy):
    response = client.get(URL)
    assert response.status_code == 200, response.json()
    report = response.json()
    assert report["status"] == "ok"
    assert set(report["checks"]) == {"database", "cache", "broker", "worker", "beat", "media"}
    assert report["checks"]["worker"]["detail"] == "in-process"
    assert report["checks"]["beat"]["age_seconds"] <= 5
    assert "no-cache" in response["Cache-Control"]


def test_healthz_stays_the_cheap_liveness_check(client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.content == b"ok"


def test_the_database_down_answers_503(client, healthy, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(connections["default"], "cursor", refuse)
    response = client.get(URL)
    assert response.status_code == 503
    assert "database" in failing(response)
    assert response.json()["checks"]["database"]["detail"] == "error: OperationalError"


def test_the_cache_down_answers_503(client, healthy):
    healthy.CACHES = {
        **healthy.CACHES,
        "default": {
            "BACKEND": "powers.cache_backend.FailSoftRedisCache",
            "LOCATION": closed_port_url(),
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        },
    }
    response = client.get(URL)
    assert response.status_code == 503
    assert failing(response) == ["cache"]


def test_the_broker_stopped_answers_503_and_started_200(client, healthy):
    with workers.redis_server() as (url, stop, start):
        healthy.CELERY_BROKER_URL = url
        response = client.get(URL)
        assert response.status_code == 200, response.json()
        assert response.json()["checks"]["broker"]["detail"] == "answers PING"
        stop()
        response = client.get(URL)
        assert response.status_code == 503
        assert failing(response) == ["broker"]
        start()
        assert client.get(URL).status_code == 200


def test_the_embedded_default_has_no_broker_and_is_fine(client, healthy):
    healthy.CELERY_BROKER_URL = "memory://"
    report = client.get(URL).json()
    assert report["checks"]["broker"] == {
        "ok": True,
        "detail": "not configured (tasks run in-process)",
    }


def test_no_secret_in_the_answer(client, healthy):
    healthy.CELERY_BROKER_URL = f"redis://:s3cret-pass@127.0.0.1:{workers.free_port()}/0"
    response = client.get(URL)
    assert response.status_code == 503
    assert b"s3cret-pass" not in response.content
    assert b"127.0.0.1" not in response.content


def test_a_worker_without_heartbeat_answers_503(client, healthy, with_workers):
    response = client.get(URL)
    assert response.status_code == 503
    assert failing(response) == ["worker"]
    assert response.json()["checks"]["worker"]["detail"] == "no heartbeat recorded yet"


def test_a_stale_worker_heartbeat_answers_503_with_its_age(client, healthy, with_workers):
    Heartbeat.objects.create(source="worker", beat_at=timezone.now() - timedelta(minutes=10))
    response = client.get(URL)
    assert response.status_code == 503
    assert failing(response) == ["worker"]
    assert response.json()["checks"]["worker"]["age_seconds"] >= 600


def test_the_heartbeat_task_makes_the_worker_ready(client, healthy, with_workers):
    heartbeat.apply()  # what a worker does when beat sends it
    response = client.get(URL)
    assert response.status_code == 200, response.json()
    assert response.json()["checks"]["worker"]["age_seconds"] <= 5


def test_beat_never_run_answers_503(client, healthy):
    ScheduledRun.objects.all().delete()
    response = client.get(URL)
    assert response.status_code == 503
    assert failing(response) == ["beat"]


def test_beat_stale_answers_503_with_its_age(client, healthy):
    ScheduledRun.objects.update(last_run_at=timezone.now() - timedelta(hours=2))
    response = client.get(URL)
    assert response.status_code == 503
    assert failing(response) == ["beat"]
    assert response.json()["checks"]["beat"]["age_seconds"] >= 7200


def test_beat_sending_the_heartbeat_counts_as_its_last_run(client, healthy, with_workers):
    ScheduledRun.objects.all().delete()
    # Beat publishes the task to the broker: Celery's before_task_publish fires in beat.
    with app.connection_for_write("memory://") as broker:
        app.send_task("operations.tasks.heartbeat", connection=broker)
    assert Heartbeat.objects.get(source="beat").beat_at > timezone.now() - timedelta(seconds=5)
    response = client.get(URL)
    # Beat is fine; no worker has run the task yet.
    assert response.json()["checks"]["beat"]["ok"], response.json()
    assert failing(response) == ["worker"]
    heartbeat.apply()
    assert client.get(URL).status_code == 200


def test_too_little_free_space_for_media_answers_503(client, healthy):
    healthy.READY_MEDIA_MIN_FREE_MB = 1024 * 1024 * 1024  # a petabyte
    response = client.get(URL)
    assert response.status_code == 503
    assert failing(response) == ["media"]
    assert "MB free" in response.json()["checks"]["media"]["detail"]
