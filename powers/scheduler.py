"""The embedded scheduler: the periodic jobs of the beat schedule, run in-process.

Without Redis there is no Celery beat and no worker (tasks run eagerly), so `make run` starts
`manage.py run_scheduler` beside the web server. It reads the same CELERY_BEAT_SCHEDULE as beat
and asks Celery's own schedule objects (crontab in CELERY_TIMEZONE, or an interval) whether
each job is due, remembering each job's last run in the database (ScheduledRun), so a restart
neither forgets a run nor repeats one. A job whose time passed while the portal was stopped
runs once at the next tick, not once per missed day; a job never run before runs at once.
Every job is idempotent, so a catch-up run the same day changes nothing that a second run of
the job would not.
"""

from __future__ import annotations

import json
import logging
import threading
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache

from celery import Task
from celery import current_app as app  # township_portal.celery, set as current on import
from celery.schedules import BaseSchedule, crontab, maybe_schedule, schedule
from django.conf import settings
from django.db import close_old_connections, connection
from django.db.models import Q
from django.utils import timezone

from .models import ScheduledRun

logger = logging.getLogger(__name__)

Outcome = ScheduledRun.Outcome

# A run still marked as running after this long was cut short (its process died): another
# scheduler, or a run by hand, may claim the job again.
ABANDONED_AFTER = timedelta(hours=1)
# What is kept of a job's return value and of its traceback.
RESULT_CHARS = 2000
ERROR_CHARS = 10_000


class UnknownJob(LookupError):
    """No entry of the beat schedule, and no registered task, has this name."""


class AlreadyRunning(RuntimeError):
    """Another scheduler or a run by hand has started this job and not finished it."""


@dataclass(frozen=True)
class Job:
    """One entry of CELERY_BEAT_SCHEDULE, or a task run by hand under its own name."""

    name: str
    task: str
    schedule: BaseSchedule | None
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)

    @property
    def in_schedule(self) -> bool:
        return self.schedule is not None

    def describe_schedule(self) -> str:
        return describe(self.schedule) if self.schedule is not None else "by hand only"

    def is_due(self, last_run_at: datetime | None) -> tuple[bool, float]:
        """Whether the job is due now, and in how many seconds it is due next."""
        if last_run_at is None:
            return True, 0.0
        due, next_in = self.schedule.is_due(last_run_at)
        return due, float(next_in)


def describe(every: BaseSchedule) -> str:
    """A schedule as a person reads it: "every 60 s" or "daily at 06:00 (Asia/Shanghai)"."""
    if isinstance(every, crontab):
        fields = (
            every._orig_minute,
            every._orig_hour,
            every._orig_day_of_month,
            every._orig_month_of_year,
            every._orig_day_of_week,
        )
        minute, hour, *days = (str(part) for part in fields)
        zone = settings.CELERY_TIMEZONE
        if days == ["*", "*", "*"] and minute.isdigit() and hour.isdigit():
            return f"daily at {int(hour):02d}:{int(minute):02d} ({zone})"
        return f"cron '{' '.join((minute, hour, *days))}' ({zone})"
    if isinstance(every, schedule):
        seconds = int(every.run_every.total_seconds())
        if seconds % 60 == 0 and seconds >= 120:
            return f"every {seconds // 60} min"
        return f"every {seconds} s"
    return str(every)


def scheduled_jobs() -> dict[str, Job]:
    """The jobs of CELERY_BEAT_SCHEDULE, read afresh: the same entries Celery beat runs."""
    return {
        name: Job(
            name=name,
            task=entry["task"],
            schedule=maybe_schedule(entry["schedule"], app=app),
            args=tuple(entry.get("args", ())),
            kwargs=dict(entry.get("kwargs", {})),
        )
        for name, entry in settings.CELERY_BEAT_SCHEDULE.items()
    }


@cache
def _load_tasks() -> None:
    # What a worker does at start: import every app's tasks.py (autodiscover_tasks).
    app.loader.import_default_modules()


def registered_task(name: str) -> Task:
    _load_tasks()
    try:
        return app.tasks[name]
    except KeyError:
        raise UnknownJob(name) from None


def project_task_names() -> list[str]:
    _load_tasks()
    return sorted(name for name in app.tasks if not name.startswith("celery."))


def find_job(name: str) -> Job:
    """A schedule entry by its name, or by its task's name; else any registered task."""
    jobs = scheduled_jobs()
    if name in jobs:
        return jobs[name]
    for job in jobs.values():
        if job.task == name:
            return job
    registered_task(name)
    return Job(name=name, task=name, schedule=None)


def claim(name: str, previous: datetime | None, now: datetime) -> bool:
    """Mark the job as started now, unless someone else started it since `previous` was read
    or is still running it. One atomic UPDATE: of two schedulers, exactly one wins."""
    ScheduledRun.objects.get_or_create(name=name)
    unchanged = Q(last_run_at=previous) if previous is not None else Q(last_run_at__isnull=True)
    idle = ~Q(last_status=Outcome.RUNNING) | Q(last_run_at__lt=now - ABANDONED_AFTER)
    claimed = ScheduledRun.objects.filter(unchanged, idle, name=name).update(
        last_run_at=now,
        last_finished_at=None,
        last_status=Outcome.RUNNING,
        last_result="",
        last_error="",
    )
    return claimed == 1


def _as_text(value: object) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        text = repr(value)
    return text[:RESULT_CHARS]


def execute(job: Job) -> tuple[bool, object, str]:
    """Run the job's task in this process: (succeeded, its return value, the error)."""
    try:
        task = registered_task(job.task)
        value = task.apply(args=job.args, kwargs=job.kwargs, throw=True).get()
    except Exception:
        logger.exception("scheduled job %s (%s) failed", job.name, job.task)
        return False, None, traceback.format_exc()[-ERROR_CHARS:]
    return True, value, ""


def _drop_broken_connections() -> None:
    # What Django does around each request, for a process that runs for days; inside a
    # transaction (a test, or a caller's own) the connection is not this module's to close.
    if not connection.in_atomic_block:
        close_old_connections()


def _record(name: str, succeeded: bool, value: object, error: str) -> ScheduledRun:
    _drop_broken_connections()  # a job that broke the connection must not lose its record
    run = ScheduledRun.objects.get(name=name)
    run.last_finished_at = timezone.now()
    run.last_status = Outcome.SUCCEEDED if succeeded else Outcome.FAILED
    run.last_result = _as_text(value) if succeeded else ""
    run.last_error = error
    run.save(update_fields=["last_finished_at", "last_status", "last_result", "last_error"])
    return run


def run_now(job: Job) -> tuple[ScheduledRun | None, object]:
    """Run one job by hand at once, recorded like a scheduled run when it is in the schedule.

    Raises AlreadyRunning when another process is running that job right now.
    """
    if not job.in_schedule:
        succeeded, value, error = execute(job)
        if not succeeded:
            raise RuntimeError(error)
        return None, value
    run = ScheduledRun.objects.filter(name=job.name).first()
    previous = run.last_run_at if run else None
    if not claim(job.name, previous, timezone.now()):
        raise AlreadyRunning(job.name)
    succeeded, value, error = execute(job)
    return _record(job.name, succeeded, value, error), value


def run_due_jobs(
    jobs: Iterable[Job] | None = None,
    *,
    stop: threading.Event | None = None,
    report: Callable[[ScheduledRun], None] | None = None,
) -> float:
    """One tick: run each job whose time has come, one after another, each failure recorded
    and the others still run. Returns the seconds until the next job is due."""
    _drop_broken_connections()
    jobs = list(jobs if jobs is not None else scheduled_jobs().values())
    last_runs = dict(ScheduledRun.objects.values_list("name", "last_run_at"))
    next_due = float("inf")
    for job in jobs:
        if stop is not None and stop.is_set():
            break
        try:
            previous = last_runs.get(job.name)
            due, next_in = job.is_due(previous)
            if due and claim(job.name, previous, timezone.now()):
                run = _record(job.name, *execute(job))
                if report is not None:
                    report(run)
                due, next_in = job.is_due(run.last_run_at)
            next_due = min(next_due, next_in)
        except Exception:
            # The scheduler's own trouble (a locked database): try again at the next tick.
            logger.exception("embedded scheduler could not run %s", job.name)
    return next_due


def run_forever(
    stop: threading.Event,
    *,
    tick: float,
    report: Callable[[ScheduledRun], None] | None = None,
) -> None:
    """Tick until `stop` is set, sleeping until the next job is due but never beyond `tick`
    seconds, so a change of the schedule or a run by hand is seen soon."""
    while not stop.is_set():
        next_due = run_due_jobs(stop=stop, report=report)
        stop.wait(max(1.0, min(tick, next_due)))
