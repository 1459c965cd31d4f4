"""Benchmark row of cases: the public case page of a case that went through 50 steps."""

from __future__ import annotations

import statistics
import time
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.test.utils import override_settings
from django.urls import reverse
from django.utils import timezone

from powers.bench import BenchContext, Row, _bench_chart, _Rollback, query_count, register
from powers.lifecycle import Status
from powers.models import Flowchart, PowerItem, Unit

from . import services
from .models import Case, StepRecord

STEPS = 50
REQUESTS = 20
QUERY_GOAL = 5
MILLISECONDS_GOAL = 250


def _case_of_steps(ctx: BenchContext, steps: int) -> Case:
    """A public case of a fresh ``steps``-step chart, with a record for every step in order."""
    scale, clerk = ctx.scale, ctx.official
    unit = Unit.objects.get(township__code=scale.first_township, code=scale.large_unit)
    chart = _bench_chart(unit, clerk, steps)
    PowerItem.objects.filter(pk=chart.item_id).update(is_public=True)
    # Approved as the review would (a case follows the published chart).
    Flowchart.objects.filter(pk=chart.pk).update(
        status=Status.PUBLISHED,
        is_public=True,
        published_data=chart.public_snapshot(),
        published_version=chart.version,
        published_at=timezone.now(),
    )
    opened = timezone.localdate() - timedelta(days=steps)
    case = Case(
        unit=unit,
        item=PowerItem.objects.get(pk=chart.item_id),
        reference=f"BENCH-{uuid.uuid4().hex[:8]}",
        title=f"{steps} 个环节的办理事项",
        opened_on=opened,
    )
    services.open_case(case, user=clerk)
    for day, step in enumerate(case.snapshot["steps"]):
        services.save_record(
            StepRecord(
                case=case,
                step_id=step["id"],
                started_on=opened + timedelta(days=day),
                completed_on=opened + timedelta(days=day),
                branch="同意" if step["kind"] == "decision" else "",
                should_attend=9,
                attended=8,
                votes_for=7,
                votes_against=1,
                supervision_opinion="程序合规。",
            ),
            user=clerk,
        )
    services.set_public(case, user=clerk, public=True)
    return case


def _median_ms(path: str) -> float:
    hosts = [*settings.ALLOWED_HOSTS, "127.0.0.1"]
    empty_cache = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"bench-cases-{uuid.uuid4().hex}",
        }
    }
    timings = []
    with override_settings(ALLOWED_HOSTS=hosts, SECURE_SSL_REDIRECT=False, CACHES=empty_cache):
        client = Client(HTTP_HOST="127.0.0.1")
        for _ in range(REQUESTS):
            cache.clear()  # the page rendered, not served from the public page cache
            started = time.perf_counter()
            client.get(path)
            timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


@register
def public_case_page_rows(ctx: BenchContext) -> list[Row]:
    """Queries and in-process render time of the public page of a case of 50 steps."""
    rows: list[Row] = []
    try:
        with transaction.atomic():
            case = _case_of_steps(ctx, STEPS)
            path = reverse(
                "cases:public_case", args=[case.unit.township.code, case.unit.code, case.pk]
            )
            queries = query_count(path)
            milliseconds = _median_ms(path)
            rows = [
                Row(
                    f"public case page, {STEPS} steps: queries",
                    queries,
                    "",
                    f"≤ {QUERY_GOAL}",
                    queries <= QUERY_GOAL,
                ),
                Row(
                    f"public case page, {STEPS} steps: render (median of {REQUESTS})",
                    milliseconds,
                    "ms",
                    f"≤ {MILLISECONDS_GOAL} ms",
                    milliseconds <= MILLISECONDS_GOAL,
                ),
            ]
            raise _Rollback
    except _Rollback:
        pass
    return rows
