"""The benchmark behind ``make bench``: a scaled data set, a load generator and a table of rows.

Apps add rows without powers importing them: a project app's ``bench.py`` decorates functions
``fn(ctx) -> list[Row]`` with :func:`register`; the ``bench`` command imports those modules (as
the admin discovers ``admin.py``), calls each function with a :class:`BenchContext` and prints
the rows in registration order. Goals are shown in the table, never asserted: a missed goal says
``MISSED`` and the command still succeeds.

Requests per second are relative: this may be a shared two-core machine, so every page is
measured in turn with a trivial view (``/healthz/``) served by the same gunicorn in the same
run, and the table shows the ratio of medians.
"""

from __future__ import annotations

import itertools
import statistics
import subprocess
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from importlib import import_module

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth.models import User
from django.db import connection, transaction
from django.db.models import prefetch_related_objects
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse
from django.utils import timezone

from .history import job_context
from .lifecycle import Status, public_content_changed
from .loadgen import TRIVIAL_PATH, ServerError, measure_rps
from .models import County, Post, PowerItem, RoleAssignment, Township, Unit

CLERK_USERNAME = "bench-clerk"
SMALL_UNIT_ITEMS = 10
LARGE_UNIT_ITEMS = 200
PUBLIC_RATIO_GOAL = 0.7
CATALOG_QUERY_GOAL = 15


class BenchError(ServerError):
    """The benchmark could not measure something (the server did not start, a page failed)."""


# --- rows and their registry ---------------------------------------------------------------


@dataclass
class Row:
    """One line of the table: a measure, its value and unit, the goal and whether it is met."""

    name: str
    value: float | int | str
    unit: str = ""
    goal: str = ""
    ok: bool | None = None  # None: no goal, shown for information

    @property
    def value_text(self) -> str:
        if isinstance(self.value, float):
            number = f"{self.value:.2f}" if abs(self.value) < 10 else f"{self.value:.1f}"
        else:
            number = str(self.value)
        return f"{number} {self.unit}".strip()

    @property
    def verdict(self) -> str:
        if self.ok is None:
            return ""
        return "ok" if self.ok else "MISSED"


RowFunction = Callable[["BenchContext"], list[Row]]
_row_functions: list[RowFunction] = []


def register(fn: RowFunction) -> RowFunction:
    """Add ``fn(ctx) -> list[Row]`` to the table; rows come out in registration order."""
    if fn not in _row_functions:
        _row_functions.append(fn)
    return fn


def registered() -> list[RowFunction]:
    return list(_row_functions)


def format_table(rows: list[Row]) -> str:
    """The rows as a plain-text table with the columns measure, value, goal and ok."""
    header = ("measure", "value", "goal", "ok")
    cells = [header] + [(r.name, r.value_text, r.goal, r.verdict) for r in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(header))]

    def line(values) -> str:
        return "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(c) for c in cells[1:])])


# --- the data set ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Scale:
    """How much data to seed: townships × units × published items, plus two sized units."""

    name: str
    townships: int
    units_per_township: int
    items_per_unit: int
    code_prefix: str
    # Rows of the generated files the import rows preview and import (exchange.bench): the
    # goal is set for 2,000; the small scale (the tests) checks the path, not the speed.
    import_rows: int = 2000

    def township_code(self, number: int) -> str:
        return f"{self.code_prefix}-{number:02d}"

    @property
    def first_township(self) -> str:
        return self.township_code(1)

    @property
    def typical_unit(self) -> str:
        """A unit with ``items_per_unit`` items, the one whose public page is loaded."""
        return f"{self.first_township}-v01"

    @property
    def small_unit(self) -> str:
        return f"{self.first_township}-u{SMALL_UNIT_ITEMS}"

    @property
    def large_unit(self) -> str:
        return f"{self.first_township}-u{LARGE_UNIT_ITEMS}"

    def describe(self) -> str:
        return (
            f"{self.name}: {self.townships} townships × {self.units_per_township} units × "
            f"{self.items_per_unit} items, plus units of {SMALL_UNIT_ITEMS} and "
            f"{LARGE_UNIT_ITEMS} items in {self.first_township}"
        )


# The small scale has its own codes, so a test run never leaves a half-sized `bench-01` behind.
SCALES = {
    "full": Scale("full", 20, 25, 40, "bench"),
    "small": Scale("small", 2, 3, 5, "bench-s", import_rows=60),
}


@dataclass
class SeedResult:
    townships: int  # townships created by this run; 0 when the data was already there
    items: int
    seconds: float


def seed(scale: Scale) -> SeedResult:
    """Create the scale's townships that are missing; running it again changes nothing.

    Benchmark seed data is written in bulk without history, on purpose: twenty thousand audited
    saves would take minutes and fill the history with rows nobody wrote. It lives in its own
    townships (``bench-…``), kept out of the demo township, whose history reads like real use.
    Each township is written in one transaction, so a township that exists is complete.
    """
    started = time.perf_counter()
    townships = items = 0
    with job_context("bench seed"):
        for number in range(1, scale.townships + 1):
            if not Township.objects.filter(code=scale.township_code(number)).exists():
                items += _seed_township(scale, number)
                townships += 1
        _seed_clerk(scale)
    return SeedResult(townships, items, time.perf_counter() - started)


def bench_county() -> County:
    """The county the bench's townships are in, kept apart from the demo's."""
    county, _created = County.objects.get_or_create(
        code="bench-county", defaults={"name": "基准测试县"}
    )
    return county


def _seed_township(scale: Scale, number: int) -> int:
    code = scale.township_code(number)
    now = timezone.now()
    with transaction.atomic():
        township = Township(name=f"基准测试乡{number:02d}", code=code, county=bench_county())
        township.save()  # saved one by one: its post_save signal gives it the default categories
        category = township.categories.first()
        sizes = {
            f"{code}-v{n:02d}": scale.items_per_unit for n in range(1, 1 + scale.units_per_township)
        }
        if number == 1:
            sizes[scale.small_unit] = SMALL_UNIT_ITEMS
            sizes[scale.large_unit] = LARGE_UNIT_ITEMS
        units = Unit.objects.bulk_create(
            Unit(
                township=township,
                code=unit_code,
                name=f"基准测试{number:02d}乡{unit_code.rsplit('-', 1)[1]}村",
                kind=Unit.Kind.VILLAGE,
                first_responsible="张三",
                first_responsible_title="村党支部书记",
                phone="0000-0000000",
            )
            for unit_code in sizes
        )
        posts = Post.objects.bulk_create(
            Post(unit=unit, name="报账员", manages_money=True) for unit in units
        )
        items = [
            _published_item(unit, post, category, n, now)
            for unit, post in zip(units, posts, strict=True)
            for n in range(1, 1 + sizes[unit.code])
        ]
        PowerItem.objects.bulk_create(items, batch_size=1000)
        # The snapshot reads an item's legal bases, which needs its id; these items have none,
        # and one prefetch answers that for all of them instead of a query per item.
        prefetch_related_objects(items, "legal_bases")
        for item in items:
            item.published_data = item.public_snapshot()
        PowerItem.objects.bulk_update(items, ["published_data"], batch_size=500)
        # Tell the public cache, as an approval does, so no stale page of a reused code is served.
        first = items[0]
        transaction.on_commit(lambda: public_content_changed.send(sender=PowerItem, record=first))
    return len(items)


def _published_item(unit: Unit, post: Post, category, number: int, now) -> PowerItem:
    kinds = PowerItem.PowerKind.values
    return PowerItem(
        unit=unit,
        code=f"B-{number:03d}",
        sort_order=number,  # bulk_create skips save(), which numbers new items
        name=f"基准测试权力事项{number:03d}",
        category=category,
        power_kind=kinds[number % len(kinds)],
        handling_post=post,
        is_major_decision=number % 7 == 0,
        leader_in_charge="村党支部书记",
        responsible_office="村民委员会",
        conditions="申请人提交书面申请及相关证明材料。",
        time_limit_days=5 + number % 10,
        service_commitment="材料齐全的，当场受理，限时办结。",
        work_discipline="不得刁难群众，不得收受财物。",
        accountability="违反规定的，依纪依法追究责任。",
        complaint_channel="乡纪委监督电话",
        status=Status.PUBLISHED,
        is_public=True,
        published_version=1,
        published_at=now,
        first_approved_at=now,
    )


def _seed_clerk(scale: Scale) -> None:
    """The official whose catalog pages are measured: a clerk of the 10- and 200-item units."""
    with transaction.atomic():
        clerk = User.objects.filter(username=CLERK_USERNAME).first()
        if clerk is None:
            clerk = User(username=CLERK_USERNAME, first_name="基准测试录入员")
            clerk.set_unusable_password()  # signs in only through the session the bench makes
            clerk.save()
        for unit in Unit.objects.filter(
            township__code=scale.first_township, code__in=[scale.small_unit, scale.large_unit]
        ):
            role = RoleAssignment.Role.CLERK
            if not unit.role_assignments.filter(user=clerk, role=role, is_active=True).exists():
                assignment = RoleAssignment(user=clerk, role=role, unit=unit, note="基准测试")
                assignment.full_clean()
                assignment.save()


# --- sessions and in-process query counts ----------------------------------------------------


def login_session(user: User, secret_key: str | None = None) -> str:
    """Store a signed-in session for ``user`` and return its key (the session cookie's value).

    It holds what ``django.contrib.auth.login`` stores, without sending ``user_logged_in``, so
    a run writes no sign-in history. ``secret_key`` signs it for a server started with a key
    other than this process's.
    """
    engine = import_module(settings.SESSION_ENGINE)
    signing = override_settings(SECRET_KEY=secret_key) if secret_key else nullcontext()
    with signing:
        store = engine.SessionStore()
        store[SESSION_KEY] = user._meta.pk.value_to_string(user)
        store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()
        store.create()
    return store.session_key


def end_session(session_key: str) -> None:
    import_module(settings.SESSION_ENGINE).SessionStore(session_key=session_key).delete()


def query_count(path: str, user: User | None = None) -> int:
    """How many queries one GET of ``path`` makes, served in this process.

    An empty local-memory cache stands in for the configured one, so the count is that of
    rendering the page, not of a cache hit left by gunicorn in a shared Redis.
    """
    hosts = list(settings.ALLOWED_HOSTS)
    if "127.0.0.1" not in hosts and "*" not in hosts:
        hosts.append("127.0.0.1")
    empty_cache = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"bench-{uuid.uuid4().hex}",
        }
    }
    session_key = login_session(user) if user is not None else None
    try:
        # The middleware reads SECURE_SSL_REDIRECT when the client is built: build it inside.
        with override_settings(ALLOWED_HOSTS=hosts, SECURE_SSL_REDIRECT=False, CACHES=empty_cache):
            client = Client(HTTP_HOST="127.0.0.1")
            if session_key:
                client.cookies[settings.SESSION_COOKIE_NAME] = session_key
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path)
    finally:
        if session_key:
            end_session(session_key)
    if response.status_code != 200:
        raise BenchError(f"GET {path} answered {response.status_code}, not 200")
    return len(queries)


# --- the context handed to row functions -----------------------------------------------------


@dataclass
class Comparison:
    """Median rates of a page and of the trivial view, measured in turn in the same run."""

    target: float
    trivial: float
    errors: Counter[str]

    @property
    def ratio(self) -> float:
        return self.target / self.trivial if self.trivial else 0.0


@dataclass
class BenchContext:
    """What row functions get: the data set, the server (if any) and a signed-in official."""

    scale: Scale
    seconds: float = 3.0
    rounds: int = 3
    base_url: str | None = None  # None with --no-server: rows that need the server are left out
    cookies: dict[str, str] = field(default_factory=dict)  # the official's session at the server
    official: User | None = None

    @property
    def has_server(self) -> bool:
        return self.base_url is not None

    def url(self, path: str) -> str:
        if self.base_url is None:
            raise BenchError("no server in this run (--no-server)")
        return self.base_url + path

    def warm_up(self, path: str, cookies: dict[str, str] | None = None) -> None:
        """Load a page briefly (filling caches, opening connections) and insist it answers 200."""
        rate = measure_rps(self.url(path), min(1.0, self.seconds), cookies)
        if rate.ok == 0:
            raise BenchError(f"GET {path} never answered 200 while warming up: {dict(rate.errors)}")

    def compare_rps(self, *pages: tuple[str, dict[str, str] | None]) -> list[Comparison]:
        """Rates of each ``(path, cookies)`` page and of the trivial view, ``rounds`` times.

        Each round loads the trivial view before each page, so the two share the noise of a
        shared machine; medians drop a round that another process disturbed. All pages of one
        call share the trivial view's median, so their ratios compare with each other.
        """
        self.warm_up(TRIVIAL_PATH)
        for path, cookies in pages:
            self.warm_up(path, cookies)
        trivials: list[float] = []
        rates: list[list[float]] = [[] for _ in pages]
        errors: list[Counter[str]] = [Counter() for _ in pages]
        for _ in range(self.rounds):
            for (path, cookies), samples, page_errors in zip(pages, rates, errors, strict=True):
                for url_path, url_cookies, url_samples in (
                    (TRIVIAL_PATH, None, trivials),
                    (path, cookies, samples),
                ):
                    rate = measure_rps(self.url(url_path), self.seconds, url_cookies)
                    url_samples.append(rate.rps)
                    page_errors.update(rate.errors)
        trivial = statistics.median(trivials)
        return [
            Comparison(statistics.median(samples), trivial, page_errors)
            for samples, page_errors in zip(rates, errors, strict=True)
        ]


# --- the rows of the catalog pages -----------------------------------------------------------


def _public_unit_path(scale: Scale, unit_code: str) -> str:
    return reverse("public:unit_page", args=[scale.first_township, unit_code])


def _catalog_path(scale: Scale, unit_code: str) -> str:
    unit = Unit.objects.get(township__code=scale.first_township, code=unit_code)
    return reverse("powers:unit_catalog", args=[unit.pk])


def _errors_text(errors: Counter[str]) -> str:
    total = sum(errors.values())
    if not total:
        return "0"
    kinds = ", ".join(f"{kind} ×{count}" for kind, count in errors.most_common())
    return f"{total} ({kinds})"


@register
def catalog_page_rates(ctx: BenchContext) -> list[Row]:
    """Requests per second of the public unit page and the officials' catalog page."""
    if not ctx.has_server:
        return []
    scale = ctx.scale
    public, catalog = ctx.compare_rps(
        (_public_unit_path(scale, scale.typical_unit), None),
        (_catalog_path(scale, scale.large_unit), ctx.cookies),
    )
    errors = public.errors + catalog.errors
    return [
        Row(f"trivial view ({TRIVIAL_PATH}) rps", public.trivial, "req/s"),
        Row(f"public unit page ({scale.items_per_unit} items) rps", public.target, "req/s"),
        Row(
            "public unit page ÷ trivial view",
            public.ratio,
            "×",
            f"≥ {PUBLIC_RATIO_GOAL:.2f} ×",
            public.ratio >= PUBLIC_RATIO_GOAL,
        ),
        Row(f"officials' catalog page ({LARGE_UNIT_ITEMS} items) rps", catalog.target, "req/s"),
        Row("officials' catalog page ÷ trivial view", catalog.ratio, "×"),
        Row("failed requests under load", _errors_text(errors), "", "0", not errors),
    ]


@register
def catalog_page_queries(ctx: BenchContext) -> list[Row]:
    """Queries of the same pages for a unit of 10 items and one of 200: they must not grow."""
    scale = ctx.scale
    public_small = query_count(_public_unit_path(scale, scale.small_unit))
    public_large = query_count(_public_unit_path(scale, scale.large_unit))
    catalog_small = query_count(_catalog_path(scale, scale.small_unit), user=ctx.official)
    catalog_large = query_count(_catalog_path(scale, scale.large_unit), user=ctx.official)
    most = CATALOG_QUERY_GOAL
    return [
        Row(f"public unit page queries, {SMALL_UNIT_ITEMS} items", public_small, "queries"),
        Row(
            f"public unit page queries, {LARGE_UNIT_ITEMS} items",
            public_large,
            "queries",
            f"same as {SMALL_UNIT_ITEMS} items",
            public_large == public_small,
        ),
        Row(
            f"officials' catalog page queries, {SMALL_UNIT_ITEMS} items",
            catalog_small,
            "queries",
            f"≤ {most}",
            catalog_small <= most,
        ),
        Row(
            f"officials' catalog page queries, {LARGE_UNIT_ITEMS} items",
            catalog_large,
            "queries",
            f"same as {SMALL_UNIT_ITEMS} items, ≤ {most}",
            catalog_large == catalog_small and catalog_large <= most,
        ),
    ]


# --- the rows of flowchart rendering ---------------------------------------------------------

RENDER_RATIO_GOAL = 1.3
RENDER_SAMPLES = 5


class _Rollback(Exception):
    """Leaves the benchmark's charts out of the database."""


def _bench_chart(unit: Unit, user: User, steps: int):
    """An item chart of ``steps`` steps, with a decision every tenth step, like real charts."""
    from .lifecycle import save_edit
    from .models import Flowchart, FlowEdge, FlowStep

    item = PowerItem.objects.filter(unit=unit, flowchart__isnull=True).first()
    chart = Flowchart(unit=unit, kind="item", item=item, title=f"{steps} 个环节的流程图")
    save_edit(chart, user=user, expected_version=None)
    kinds = ["start"] + ["decision" if n % 10 == 5 else "step" for n in range(1, steps - 1)]
    created = [
        FlowStep.objects.create(
            flowchart=chart,
            order=n,
            name=f"第{n}环节：审核申请材料并登记",
            kind=kind,
            responsible_party="村两委",
            time_limit_days=3,
        )
        for n, kind in enumerate([*kinds, "end"])
    ]
    for n, (source, target) in enumerate(itertools.pairwise(created)):
        FlowEdge.objects.create(
            flowchart=chart,
            source=source,
            target=target,
            label="同意" if source.kind == "decision" else "",
        )
        if source.kind == "decision":
            FlowEdge.objects.create(
                flowchart=chart, source=source, target=created[max(0, n - 3)], label="不同意，补正"
            )
    return chart


def _plain_dot(source: str, folder: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        ["dot", "-Tsvg", "-o", f"{folder}/plain.svg", "-Tpng", "-o", f"{folder}/plain.png"],
        input=source.encode(),
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def _through_task(chart) -> float:
    from .dot import build_dot
    from .models import FlowchartRender
    from .tasks import render_flowchart

    dot = build_dot(chart)
    FlowchartRender.objects.filter(source_hash=dot.source_hash).delete()
    job = FlowchartRender.objects.create(source_hash=dot.source_hash, dot_source=dot.source)
    started = time.perf_counter()
    render_flowchart.apply((job.pk,))
    elapsed = time.perf_counter() - started
    job.refresh_from_db()
    if job.status != "done":
        raise BenchError(f"the render task failed: {job.error}")
    return elapsed


@register
def flowchart_render_rows(ctx: BenchContext) -> list[Row]:
    """Drawing a 30- and a 100-step chart through the task against plain ``dot``; re-saving."""
    from unittest import mock

    from . import tasks
    from .dot import build_dot
    from .flowcharts import request_render

    scale = ctx.scale
    unit = Unit.objects.get(township__code=scale.first_township, code=scale.large_unit)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as media, override_settings(MEDIA_ROOT=media):
        try:
            with transaction.atomic():
                for steps in (30, 100):
                    chart = _bench_chart(unit, ctx.official, steps)
                    source = build_dot(chart).source
                    plain, task = [], []
                    for _ in range(RENDER_SAMPLES):  # interleaved, so both share the noise
                        plain.append(_plain_dot(source, media))
                        task.append(_through_task(chart))
                    ratio = statistics.median(task) / statistics.median(plain)
                    rows += [
                        Row(
                            f"plain dot, {steps}-step chart (SVG+PNG)",
                            statistics.median(plain) * 1000,
                            "ms",
                        ),
                        Row(
                            f"render task, {steps}-step chart", statistics.median(task) * 1000, "ms"
                        ),
                        Row(
                            f"render task ÷ plain dot, {steps} steps",
                            ratio,
                            "×",
                            f"≤ {RENDER_RATIO_GOAL} ×",
                            ratio <= RENDER_RATIO_GOAL,
                        ),
                    ]
                # Draw a chart once (its send after commit never runs inside this block), then
                # save it again unchanged: that must find the render and run no dot.
                chart = _bench_chart(unit, ctx.official, 30)
                request_render(chart, user=ctx.official)
                tasks.render_flowchart.apply((_latest_render(chart),))
                with mock.patch.object(tasks, "render", wraps=tasks.render) as dot:
                    started = time.perf_counter()
                    request_render(chart, user=ctx.official)
                    saved = time.perf_counter() - started
                rows += [
                    Row("save of an unchanged 30-step chart", saved * 1000, "ms"),
                    Row(
                        "dot runs when saving an unchanged chart",
                        dot.call_count,
                        "",
                        "0",
                        dot.call_count == 0,
                    ),
                ]
                raise _Rollback
        except _Rollback:
            pass
    return rows


def _latest_render(chart) -> int:
    from .models import FlowchartRender

    chart.refresh_from_db()
    return FlowchartRender.objects.get(source_hash=chart.source_hash).pk
