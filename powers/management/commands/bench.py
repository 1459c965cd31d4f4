"""``manage.py bench`` (``make bench``): seed the scaled data set, serve it, print the table."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from django.utils.module_loading import module_has_submodule

from powers import bench
from powers.loadgen import CLIENT_CONNECTIONS, TRIVIAL_PATH, ServerError, gunicorn_server


def discover_bench_modules() -> None:
    """Import the ``bench`` module of each of this project's apps, so their rows register."""
    for app_config in apps.get_app_configs():
        # The project's apps sit at the top of the repository (the virtualenv is inside it too).
        ours = Path(app_config.path).parent == Path(settings.BASE_DIR)
        if ours and module_has_submodule(app_config.module, "bench"):
            import_module(f"{app_config.name}.bench")


def database_description() -> str:
    version = ".".join(str(part) for part in connection.get_database_version())
    return f"{connection.vendor} {version} ({settings.DATABASES['default']['NAME']})"


def cache_description() -> str:
    cache = settings.CACHES["default"]
    backend = cache["BACKEND"]
    if "locmem" in backend:
        return f"{backend} (one per process: each gunicorn worker keeps its own)"
    location = cache.get("LOCATION", "")
    if isinstance(location, str) and "://" in location:
        # Host, port and database only: a password in the address stays out of the output.
        parts = urlsplit(location)
        location = f"{parts.scheme}://{parts.hostname}:{parts.port or ''}{parts.path}"
    return f"{backend} ({location})" if location else backend


class Command(BaseCommand):
    help = (
        "Seed the benchmark data set (once), serve it with gunicorn and print requests per "
        "second and query counts of the catalog pages, with their goals. Goals are reported, "
        "not enforced: the command succeeds when one is missed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--seconds",
            type=float,
            default=3.0,
            help="length of each measurement (default 3)",
        )
        parser.add_argument(
            "--rounds",
            type=int,
            default=3,
            help="measurements of each page, alternating with the trivial view (default 3)",
        )
        parser.add_argument(
            "--scale",
            choices=sorted(bench.SCALES),
            default="full",
            help="full: 20 townships × 25 units × 40 items; small: 2 × 3 × 5, for the tests",
        )
        parser.add_argument(
            "--only",
            action="append",
            default=[],
            metavar="NAME",
            help="run only the row functions whose module.name contains NAME (repeatable), "
            "e.g. --only audit.bench or --only audit_timeline_rows",
        )
        parser.add_argument(
            "--no-server",
            action="store_true",
            help="start no gunicorn and leave out the requests-per-second rows (the tests: "
            "the server would not see the test database)",
        )

    def handle(
        self, *args, seconds: float, rounds: int, scale: str, no_server: bool, only, **options
    ):
        if seconds <= 0 or rounds < 1:
            raise CommandError("--seconds must be above 0 and --rounds at least 1")
        discover_bench_modules()
        size = bench.SCALES[scale]
        self.stdout.write(f"data set:  {size.describe()}")
        self.stdout.write(f"database:  {database_description()}")
        self.stdout.write(f"cache:     {cache_description()}")

        result = bench.seed(size)
        if result.townships:
            self.stdout.write(
                f"seeding:   {result.townships} townships, {result.items} items "
                f"in {result.seconds:.1f} s"
            )
        else:
            self.stdout.write(f"seeding:   already present, skipped ({result.seconds:.1f} s)")

        self.only = only
        ctx = bench.BenchContext(
            scale=size,
            seconds=seconds,
            rounds=rounds,
            official=User.objects.get(username=bench.CLERK_USERNAME),
        )
        try:
            if no_server:
                self.stdout.write(
                    "server:    none (--no-server): requests-per-second rows left out"
                )
                rows = self.collect(ctx)
            else:
                rows = self.collect_with_server(ctx)
        except ServerError as error:  # gunicorn did not start, or a BenchError
            raise CommandError(str(error)) from error

        self.stdout.write("")
        self.stdout.write(bench.format_table(rows))
        missed = [row.name.strip() for row in rows if row.ok is False]
        if missed:
            self.stdout.write(
                self.style.WARNING(f"\nMISSED {len(missed)} goal(s): " + "; ".join(missed))
            )
        else:
            self.stdout.write(self.style.SUCCESS("\nAll goals met."))

    def collect_with_server(self, ctx: bench.BenchContext) -> list[bench.Row]:
        with gunicorn_server() as server:
            self.stdout.write(f"server:    {server.description}")
            self.stdout.write(
                f"load:      {CLIENT_CONNECTIONS} keep-alive connections, "
                f"{ctx.seconds:g} s × {ctx.rounds} round(s) per page, alternating with "
                f"the trivial view {TRIVIAL_PATH}; ratios of medians"
            )
            session_key = bench.login_session(ctx.official, secret_key=server.secret_key)
            try:
                ctx.base_url = server.base_url
                ctx.cookies = {settings.SESSION_COOKIE_NAME: session_key}
                return self.collect(ctx)
            except bench.BenchError as error:
                tail = server.log_tail()
                raise bench.BenchError(f"{error}\ngunicorn's log ends with:\n{tail}") from error
            finally:
                bench.end_session(session_key)

    def collect(self, ctx: bench.BenchContext) -> list[bench.Row]:
        rows: list[bench.Row] = []
        for row_function in bench.registered():
            name = f"{row_function.__module__}.{row_function.__name__}"
            if self.only and not any(part in name for part in self.only):
                continue
            rows += row_function(ctx)
        return rows
