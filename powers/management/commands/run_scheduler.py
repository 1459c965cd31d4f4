from __future__ import annotations

import signal
import threading

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from ...models import ScheduledRun
from ...scheduler import describe, run_due_jobs, run_forever, scheduled_jobs


class Command(BaseCommand):
    help = (
        "Run the periodic jobs of CELERY_BEAT_SCHEDULE in this process, each on its schedule "
        "(the embedded setup without Redis; with Redis, Celery beat and a worker run them). "
        "Stops cleanly on SIGTERM or Ctrl-C."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--tick",
            type=float,
            default=30.0,
            help="longest wait in seconds between two looks at the schedule (default 30)",
        )
        parser.add_argument(
            "--once", action="store_true", help="run the jobs that are due now, then exit"
        )

    def handle(self, *args, tick: float, once: bool, **options) -> None:
        if once:
            run_due_jobs(report=self.report)
            return
        if not settings.CELERY_TASK_ALWAYS_EAGER:
            self.stderr.write(
                "REDIS_URL is set: Celery beat should run the schedule; running it here too "
                "is safe (each due time is claimed once) but needless."
            )
        stop = threading.Event()
        previous = {
            signum: signal.signal(signum, lambda *_: stop.set())
            for signum in (signal.SIGTERM, signal.SIGINT)
        }
        jobs = scheduled_jobs().values()
        self.stdout.write(
            f"Scheduler: {len(jobs)} jobs ("
            + ", ".join(f"{job.name} {describe(job.schedule)}" for job in jobs)
            + ")"
        )
        try:
            run_forever(stop, tick=tick, report=self.report)
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
        self.stdout.write("Scheduler stopped.")

    def report(self, run: ScheduledRun) -> None:
        if run.last_status == ScheduledRun.Outcome.SUCCEEDED:
            self.stdout.write(f"Scheduler: {run.name} done: {run.last_result}")
        else:
            last_line = run.last_error.strip().splitlines()[-1] if run.last_error else ""
            self.stderr.write(f"Scheduler: {run.name} FAILED: {last_line}")
