from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from ...models import ScheduledRun
from ...scheduler import (
    AlreadyRunning,
    UnknownJob,
    find_job,
    project_task_names,
    run_now,
    scheduled_jobs,
)


class Command(BaseCommand):
    help = (
        "Run one periodic job now, in this process, and print its result: NAME is an entry "
        "of CELERY_BEAT_SCHEDULE (see --list) or a registered task's name."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name", nargs="?", help="the job's name, e.g. issue-system-warnings")
        parser.add_argument(
            "--list", action="store_true", help="list every job, its schedule and its last run"
        )

    def handle(self, *args, name: str | None, list: bool, **options) -> None:
        if list:
            self.list_jobs()
            return
        if not name:
            raise CommandError(f"Name a job: {self.job_names()} (or use --list).")
        try:
            job = find_job(name)
        except UnknownJob:
            raise CommandError(
                f"No job named {name!r}. Jobs: {self.job_names()}. "
                f"Tasks: {', '.join(project_task_names())}."
            ) from None
        try:
            run, value = run_now(job)
        except AlreadyRunning:
            raise CommandError(
                f"{job.name} is running right now (started by the scheduler or by hand); "
                "try again when it has finished."
            ) from None
        except RuntimeError as error:  # a task outside the schedule failed: nothing recorded
            raise CommandError(f"{job.name} failed:\n{error}") from None
        if run is not None and run.last_status == ScheduledRun.Outcome.FAILED:
            raise CommandError(f"{job.name} failed (recorded):\n{run.last_error}")
        self.stdout.write(self.style.SUCCESS(f"{job.name} ({job.task}) done: {value!r}"))

    def job_names(self) -> str:
        return ", ".join(scheduled_jobs())

    def list_jobs(self) -> None:
        runs = {run.name: run for run in ScheduledRun.objects.all()}
        for job in scheduled_jobs().values():
            run = runs.get(job.name)
            if run is None or run.last_run_at is None:
                last = "never run"
            else:
                when = timezone.localtime(run.last_run_at).strftime("%Y-%m-%d %H:%M:%S")
                last = f"last run {when}: {run.last_status}"
            self.stdout.write(f"{job.name:<28} {job.describe_schedule():<32} {job.task}  ({last})")
