"""The readiness checks behind `/readyz/`: can this installation do its work right now?

`/healthz/` (public.views) stays the cheap liveness check a load balancer polls; `/readyz/`
asks every dependency, each check on its own, so one failure names itself:

- database: a query answers;
- cache: a value written is read back (the Redis cache treats Redis down as a miss, so a
  failure shows here rather than as an error);
- broker: Redis answers PING (the embedded default has no broker: "not configured" is fine);
- worker: the worker's heartbeat is recent (tasks run in-process in the embedded default);
- beat: the last run of a periodic job, by the embedded scheduler (ScheduledRun) or by beat
  sending the heartbeat, is recent;
- media: MEDIA_ROOT's disk has the free space READY_MEDIA_MIN_FREE_MB asks for.

Nothing secret is shown: no address, user or password, only ages, sizes and states.
"""

from __future__ import annotations

import secrets
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

import redis
from celery import current_app
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Max
from django.utils import timezone

from powers.models import ScheduledRun

from .models import Heartbeat

MB = 1024 * 1024
PING_TIMEOUT = 1.0  # seconds: a readiness probe must answer quickly


@dataclass
class Check:
    ok: bool
    detail: str
    age_seconds: int | None = None


def _age(moment: datetime | None) -> int | None:
    return None if moment is None else max(0, int((timezone.now() - moment).total_seconds()))


def _fresh(moment: datetime | None, max_age: int, what: str) -> Check:
    age = _age(moment)
    if age is None:
        return Check(False, f"no {what} recorded yet")
    if age > max_age:
        return Check(False, f"last {what} {age} s ago, more than {max_age} s", age)
    return Check(True, f"last {what} {age} s ago", age)


def check_database() -> Check:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return Check(True, "answers")


def check_cache() -> Check:
    key, token = "operations:readyz", secrets.token_hex(8)
    cache.set(key, token, 30)
    if cache.get(key) != token:
        return Check(False, "a value written was not read back")
    return Check(True, "answers")


def _broker_url() -> str:
    return (settings.CELERY_BROKER_URL or "").strip()


def check_broker() -> Check:
    url = _broker_url()
    if not url or url.startswith("memory://"):
        return Check(True, "not configured (tasks run in-process)")
    if not url.startswith(("redis://", "rediss://")):
        return Check(True, "not checked (not Redis)")
    client = redis.Redis.from_url(
        url, socket_connect_timeout=PING_TIMEOUT, socket_timeout=PING_TIMEOUT
    )
    try:
        client.ping()
    finally:
        client.close()
    return Check(True, "answers PING")


def _in_process() -> bool:
    return bool(current_app.conf.task_always_eager)


def check_worker() -> Check:
    if _in_process():
        return Check(True, "in-process")
    beat = Heartbeat.objects.filter(source=Heartbeat.Source.WORKER).first()
    return _fresh(beat and beat.beat_at, settings.READY_HEARTBEAT_MAX_AGE, "heartbeat")


def check_beat() -> Check:
    scheduled = ScheduledRun.objects.aggregate(last=Max("last_run_at"))["last"]
    sent = Heartbeat.objects.filter(source=Heartbeat.Source.BEAT).first()
    moments = [moment for moment in (scheduled, sent and sent.beat_at) if moment is not None]
    return _fresh(max(moments, default=None), settings.READY_BEAT_MAX_AGE, "periodic job")


def _existing(folder: Path) -> Path:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def check_media() -> Check:
    free = shutil.disk_usage(_existing(Path(settings.MEDIA_ROOT))).free
    wanted = settings.READY_MEDIA_MIN_FREE_MB * MB
    detail = f"{free // MB} MB free, at least {settings.READY_MEDIA_MIN_FREE_MB} MB wanted"
    return Check(free >= wanted, detail)


CHECKS: dict[str, Callable[[], Check]] = {
    "database": check_database,
    "cache": check_cache,
    "broker": check_broker,
    "worker": check_worker,
    "beat": check_beat,
    "media": check_media,
}


def run_checks() -> dict:
    """Every check, each on its own: an exception fails that check only (named by its type)."""
    results = {}
    for name, check in CHECKS.items():
        try:
            outcome = check()
        except Exception as error:
            # The type, never the message: a driver's message may carry an address or a user.
            outcome = Check(False, f"error: {type(error).__name__}")
        results[name] = {key: value for key, value in asdict(outcome).items() if value is not None}
    failing = [name for name, result in results.items() if not result["ok"]]
    return {"status": "fail" if failing else "ok", "failing": failing, "checks": results}
