"""Benchmark rows of the audit app: how fast the history chain verifies, and how fast the
committee's audit timeline answers at a million history rows."""

from __future__ import annotations

import os
import statistics
import time

from django.conf import settings
from django.contrib.auth.models import User
from django.db import connection, transaction
from django.test import Client
from django.test.utils import override_settings
from django.urls import reverse
from django.utils import timezone

from powers.bench import (
    BenchContext,
    BenchError,
    Row,
    end_session,
    login_session,
    query_count,
    register,
)
from powers.models import RoleAssignment, Township, Unit

from .chain import verify
from .models import ChainLink

VERIFY_GOAL_ROWS_PER_SECOND = 1_000_000 / 60  # the issue: a million rows within 60 s


@register
def chain_verification_rows(ctx: BenchContext) -> list[Row]:
    """Verifying the whole chain as it stands (the demo's and the seed data's history), in
    segments checked side by side by one process per core (the bench command's own process
    forks them; a daemonic Celery worker could not)."""
    workers = os.cpu_count() or 1
    started = time.perf_counter()
    outcome = verify(workers=workers)
    seconds = time.perf_counter() - started
    rate = outcome.links_checked / seconds if seconds else 0.0
    return [
        Row("history chain links verified", outcome.links_checked, "links"),
        Row("chain verification processes", workers, "processes"),
        Row(
            "chain verification speed",
            rate,
            "rows/s",
            f"≥ {VERIFY_GOAL_ROWS_PER_SECOND:,.0f} rows/s",
            rate >= VERIFY_GOAL_ROWS_PER_SECOND,
        ),
        Row(
            "chain intact",
            "yes" if outcome.first_break is None else "NO",
            "",
            "yes",
            outcome.first_break is None,
        ),
    ]


# --- the audit timeline at a million history rows ------------------------------------------

TIMELINE_HISTORY_ROWS = 1_000_000
TIMELINE_GOAL_MS = 200
TIMELINE_SAMPLES = 15
BENCH_REQUEST = "bench:audit-timeline"  # marks the seeded rows, so a later run reuses them
COMMITTEE_USERNAME = "bench-jiwei"
SUPERUSER_USERNAME = "bench-superuser"
SEED_BATCH = 20_000


def _seed_history(scale, total: int) -> tuple[int, float]:
    """Bring the history up to ``total`` rows: versions of the bench townships' items.

    On PostgreSQL the rows are written by one ``INSERT … SELECT`` over ``generate_series``
    (each round touches every bench item, so townships interleave as in use), then chained as
    the app chains them (the hash over the previous hash and the row's JSON, read back from the
    database) and the links written with ``COPY``. Rows seeded by an earlier run are kept.
    """
    from powers.models import PowerItem

    from .chain import _lock_chain, current_layout, hashed_values, head_hash, link_hash

    started = time.perf_counter()
    missing = total - ChainLink.objects.count()
    if missing <= 0:
        return 0, time.perf_counter() - started
    if connection.vendor != "postgresql":
        raise BenchError("the audit timeline row seeds its million rows on PostgreSQL only")
    history = PowerItem.history.model
    label = history._meta.label_lower
    township_codes = rf"^{scale.code_prefix}-[0-9]+$"  # the scale's townships: bench-01 …
    item_count = PowerItem.objects.filter(unit__township__code__regex=township_codes).count()
    if not item_count:
        raise BenchError("no bench items to write history for")
    record_columns = {f.column for f in PowerItem._meta.concrete_fields}
    copied = [
        f.column
        for f in history._meta.concrete_fields
        if f.column in record_columns and f.column != "history_id"
    ]
    rounds = -(-missing // item_count)
    with transaction.atomic():
        _lock_chain()
        last = (
            history._default_manager.order_by("-history_id")
            .values_list("history_id", flat=True)
            .first()
            or 0
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {history._meta.db_table}
                    ({", ".join(copied)}, history_date, history_type, history_user_name,
                     history_request, history_change_reason)
                SELECT {", ".join(f"p.{c}" for c in copied)},
                       now() - make_interval(mins => %s - g),
                       '~', '基准测试录入员', %s, '基准测试：第' || g || '轮修改'
                FROM {PowerItem._meta.db_table} p
                JOIN {Unit._meta.db_table} u ON u.id = p.unit_id
                JOIN {Township._meta.db_table} t ON t.id = u.township_id
                CROSS JOIN generate_series(1, %s) AS g
                WHERE t.code ~ %s
                ORDER BY g, p.id
                LIMIT %s
                """,
                [rounds, BENCH_REQUEST, rounds, township_codes, missing],
            )
        prev = head_hash()
        layout = current_layout(history)  # the columns and scope append hashes
        columns = layout.columns
        copy_sql = (
            f"COPY {ChainLink._meta.db_table} "
            "(history_model, history_id, prev_hash, row_hash, created_at, township_id, unit_id,"
            " record_id, history_date, history_type, history_user_name, layout_id) FROM STDIN"
        )
        # The links carry where their row belongs, as chain.append writes them.
        townships = dict(Unit.objects.values_list("pk", "township_id"))
        now = timezone.now()
        while True:
            # A batch is read in full first: the connection runs nothing else during a COPY.
            batch = list(
                history._default_manager.filter(history_id__gt=last)
                .order_by("history_id")
                .values(*columns)[:SEED_BATCH]
            )
            if not batch:
                break
            with connection.cursor() as cursor, cursor.cursor.copy(copy_sql) as copy:
                for values in batch:
                    unit = values["unit_id"]
                    hashed = hashed_values(values, True, townships.get(unit), unit)
                    row_hash = link_hash(prev, label, hashed)
                    copy.write_row(
                        (
                            *(label, values["history_id"], prev, row_hash, now),
                            *(townships.get(unit), unit, values["id"], values["history_date"]),
                            *(values["history_type"], values["history_user_name"], layout.pk),
                        )
                    )
                    prev = row_hash
            last = batch[-1]["history_id"]
    with connection.cursor() as cursor:
        # Fresh statistics, as autovacuum would gather soon after such a load.
        cursor.execute(f"ANALYZE {history._meta.db_table}, {ChainLink._meta.db_table}")
    return missing, time.perf_counter() - started


def _committee_member(scale) -> User:
    """The discipline committee of the first bench township, whose timeline is measured."""
    township = Township.objects.get(code=scale.first_township)
    member = User.objects.filter(username=COMMITTEE_USERNAME).first()
    if member is None:
        member = User(username=COMMITTEE_USERNAME, first_name="基准测试纪委")
        member.set_unusable_password()
        member.save()
    role = RoleAssignment.Role.DISCIPLINE
    if not township.role_assignments.filter(user=member, role=role, is_active=True).exists():
        assignment = RoleAssignment(user=member, role=role, township=township, note="基准测试")
        assignment.full_clean()
        assignment.save()
    return member


def _page_times(path: str, user: User, samples: int) -> list[float]:
    """Seconds of ``samples`` GETs of the page, served in this process (as query_count does)."""
    session_key = login_session(user)
    hosts = [*settings.ALLOWED_HOSTS, "127.0.0.1"]
    try:
        with override_settings(ALLOWED_HOSTS=hosts, SECURE_SSL_REDIRECT=False):
            client = Client(HTTP_HOST="127.0.0.1")
            client.cookies[settings.SESSION_COOKIE_NAME] = session_key
            times = []
            for _ in range(samples + 1):
                started = time.perf_counter()
                response = client.get(path)
                times.append(time.perf_counter() - started)
                if response.status_code != 200:
                    raise BenchError(f"GET {path} answered {response.status_code}, not 200")
    finally:
        end_session(session_key)
    return times[1:]  # the first warms the connection and the caches


@register
def audit_timeline_rows(ctx: BenchContext) -> list[Row]:
    """The committee's audit timeline, first page, with a million history rows."""
    if ctx.scale.name != "full":
        # A million rows is the point of this row; the small scale is the tests' quick run.
        return []
    seeded, seconds = _seed_history(ctx.scale, TIMELINE_HISTORY_ROWS)
    member = _committee_member(ctx.scale)
    superuser = User.objects.filter(username=SUPERUSER_USERNAME).first()
    if superuser is None:
        superuser = User(username=SUPERUSER_USERNAME, is_superuser=True, is_staff=True)
        superuser.set_unusable_password()
        superuser.save()
    links = ChainLink.objects.count()
    path = reverse("audit:timeline")
    rows = [
        Row(
            "history rows (chain links)",
            links,
            "rows",
            f"≥ {TIMELINE_HISTORY_ROWS:,}",
            links >= TIMELINE_HISTORY_ROWS,
        ),
        Row(
            "history seeding" + (" (reused)" if not seeded else f", {seeded:,} rows"),
            seconds,
            "s",
        ),
    ]
    readers = [("committee of one township", member), ("superuser, all townships", superuser)]
    for who, user in readers:
        for size in (25, 100):
            page = f"{path}?size={size}"
            p50 = statistics.median(_page_times(page, user, TIMELINE_SAMPLES)) * 1000
            rows.append(
                Row(
                    f"audit timeline first page p50, {size} entries, {who}",
                    p50,
                    "ms",
                    f"≤ {TIMELINE_GOAL_MS} ms",
                    p50 <= TIMELINE_GOAL_MS,
                )
            )
        small, large = query_count(f"{path}?size=25", user), query_count(f"{path}?size=100", user)
        rows += [
            Row(f"audit timeline queries, 25 entries, {who}", small, "queries"),
            Row(
                f"audit timeline queries, 100 entries, {who}",
                large,
                "queries",
                "same as 25 entries",
                large == small,
            ),
        ]
    return rows
