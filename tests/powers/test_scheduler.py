"""The embedded scheduler that `make run` starts beside the web server when there is no Redis:
every job of the beat schedule runs on its schedule, a failure is recorded and the others
still run, and a due time is run once; `run_job` runs one job by hand."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from io import StringIO

import pytest
from celery import shared_task
from celery.schedules import crontab
from django.conf import settings
from django.core.management import CommandError, call_command
from django.utils import timezone

from powers.models import ScheduledRun
from powers.scheduler import claim, scheduled_jobs
from risks.models import RiskPoint, Warning
from risks.tasks import WARNING_DEADLINE_DAYS
from tests import workers
from tests.conftest import beijing

pytestmark = pytest.mark.dates

Outcome = ScheduledRun.Outcome
# A Friday near a month's end: the deadline and the escalation cross a weekend.
DAY_ONE = date(2027, 1, 29)
runs_of_counted: list[str] = []


@shared_task(name="tests.scheduler.explode")
def explode() -> None:
    raise RuntimeError("电表读数缺失")


@shared_task(name="tests.scheduler.counted")
def counted() -> int:
    runs_of_counted.append(timezone.now().isoformat())
    return len(runs_of_counted)


def tick() -> tuple[str, str]:
    """One look at the schedule, as the loop that `make run` starts takes every few seconds."""
    out, err = StringIO(), StringIO()
    call_command("run_scheduler", "--once", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def last_run(name: str) -> ScheduledRun:
    return ScheduledRun.objects.get(name=name)


@pytest.fixture
def point_without_measure(demo) -> RiskPoint:
    point = RiskPoint(
        unit=demo.unit,
        code="S-001",
        description="无防控措施的风险点",
        risk_type="process",
        likelihood=1,
        impact=1,
        post=demo.unit.posts.first(),
    )
    point.save()
    return point


@pytest.mark.django_db
def test_an_unanswered_warning_past_its_deadline_is_escalated_by_the_next_daily_run(
    point_without_measure, time_machine
):
    time_machine.move_to(beijing(DAY_ONE, 9, 30))
    out, _ = tick()  # the first start: every job runs at once
    assert "issue-system-warnings done" in out
    [reminder] = Warning.objects.filter(risk_point=point_without_measure)
    assert reminder.tier == Warning.Tier.REMINDER
    deadline = DAY_ONE + timedelta(days=WARNING_DEADLINE_DAYS)
    assert reminder.deadline == deadline

    # The deadline's own 06:00 run: the unit still has the day to answer.
    time_machine.move_to(beijing(deadline, 6, 0))
    tick()
    reminder.refresh_from_db()
    assert reminder.status == Warning.Status.OPEN
    ran_at = last_run("issue-system-warnings").last_run_at

    # The next morning before 06:00 the daily job is not due yet.
    time_machine.move_to(beijing(deadline + timedelta(days=1), 5, 59))
    out, _ = tick()
    assert "issue-system-warnings" not in out
    assert last_run("issue-system-warnings").last_run_at == ran_at
    reminder.refresh_from_db()
    assert reminder.status == Warning.Status.OPEN

    # At 06:00 it runs and escalates the unanswered reminder.
    time_machine.move_to(beijing(deadline + timedelta(days=1), 6, 0))
    out, _ = tick()
    assert "issue-system-warnings done" in out
    reminder.refresh_from_db()
    assert reminder.status == Warning.Status.CLOSED
    assert reminder.escalated_to.tier == Warning.Tier.PREVENTION_NOTICE
    run = last_run("issue-system-warnings")
    assert run.last_status == Outcome.SUCCEEDED
    assert json.loads(run.last_result)["escalated"] >= 1
    assert timezone.localtime(run.last_run_at).date() == deadline + timedelta(days=1)


@pytest.mark.django_db
def test_a_job_that_fails_is_recorded_and_the_others_still_run(demo, settings, time_machine):
    time_machine.move_to(beijing(DAY_ONE, 9, 30))
    settings.CELERY_BEAT_SCHEDULE = {
        "explode": {"task": "tests.scheduler.explode", "schedule": 60},
        **settings.CELERY_BEAT_SCHEDULE,
    }
    out, err = tick()
    assert "explode FAILED: RuntimeError: 电表读数缺失" in err
    failed = last_run("explode")
    assert failed.last_status == Outcome.FAILED
    assert "电表读数缺失" in failed.last_error
    assert failed.last_finished_at is not None
    others = ScheduledRun.objects.exclude(name="explode")
    assert set(others.values_list("name", flat=True)) == set(scheduled_jobs()) - {"explode"}
    assert set(others.values_list("last_status", flat=True)) == {Outcome.SUCCEEDED}
    for name in set(scheduled_jobs()) - {"explode"}:
        assert f"{name} done" in out

    # It is tried again at its next due time, not before.
    time_machine.move_to(beijing(DAY_ONE, 9, 30) + timedelta(seconds=30))
    _, err = tick()
    assert "explode" not in err
    time_machine.move_to(beijing(DAY_ONE, 9, 30) + timedelta(seconds=61))
    _, err = tick()
    assert "explode FAILED" in err


@pytest.mark.django_db
def test_a_due_time_is_run_once_however_many_schedulers_look(settings, time_machine):
    runs_of_counted.clear()
    settings.CELERY_BEAT_SCHEDULE = {
        "counted": {"task": "tests.scheduler.counted", "schedule": crontab(hour=6, minute=0)}
    }
    time_machine.move_to(beijing(DAY_ONE, 6, 0), tick=False)
    tick()
    tick()
    assert len(runs_of_counted) == 1

    # Next morning, a second scheduler read the row at the same moment as the first: the one
    # that claims the due time first runs it, the other finds it claimed.
    time_machine.move_to(beijing(DAY_ONE + timedelta(days=1), 6, 0), tick=False)
    seen = last_run("counted").last_run_at
    assert claim("counted", seen, timezone.now())
    assert not claim("counted", seen, timezone.now())
    ScheduledRun.objects.filter(name="counted").update(last_status=Outcome.SUCCEEDED)
    tick()
    assert len(runs_of_counted) == 1


@pytest.mark.django_db
def test_a_job_being_run_is_not_started_again(settings, time_machine):
    runs_of_counted.clear()
    settings.CELERY_BEAT_SCHEDULE = {"counted": {"task": "tests.scheduler.counted", "schedule": 60}}
    time_machine.move_to(beijing(DAY_ONE, 6, 0), tick=False)
    started = timezone.now() - timedelta(minutes=5)
    ScheduledRun.objects.create(name="counted", last_run_at=started, last_status=Outcome.RUNNING)
    tick()
    with pytest.raises(CommandError, match="counted is running right now"):
        call_command("run_job", "counted", stdout=StringIO())
    assert runs_of_counted == []

    # A run that never finished (its process died) is taken over after an hour.
    time_machine.move_to(beijing(DAY_ONE, 7, 0), tick=False)
    tick()
    assert len(runs_of_counted) == 1
    assert last_run("counted").last_status == Outcome.SUCCEEDED


@pytest.mark.django_db
def test_run_job_runs_one_job_now_and_reports_it(point_without_measure, time_machine):
    time_machine.move_to(beijing(DAY_ONE, 9, 30))
    out = StringIO()
    call_command("run_job", "issue-system-warnings", stdout=out)
    assert "issue-system-warnings (risks.tasks.issue_system_warnings) done: {'issued': " in (
        out.getvalue()
    )
    assert Warning.objects.filter(risk_point=point_without_measure).count() == 1
    assert list(ScheduledRun.objects.values_list("name", "last_status")) == [
        ("issue-system-warnings", Outcome.SUCCEEDED)
    ]
    # The scheduler counts the run by hand: today's run is done.
    scheduler_out, _ = tick()
    assert "issue-system-warnings" not in scheduler_out

    # A task's registered name finds its schedule entry too.
    out = StringIO()
    call_command("run_job", "risks.tasks.issue_system_warnings", stdout=out)
    assert "done: {'issued': 0, 'escalated': 0}" in out.getvalue()

    listing = StringIO()
    call_command("run_job", "--list", stdout=listing)
    lines = listing.getvalue().splitlines()
    assert len(lines) == len(settings.CELERY_BEAT_SCHEDULE)
    [warnings_line] = [line for line in lines if line.startswith("issue-system-warnings ")]
    assert "daily at 06:00 (Asia/Shanghai)" in warnings_line
    assert "risks.tasks.issue_system_warnings" in warnings_line
    assert "last run 2027-01-29 09:30" in warnings_line
    assert "every 60 s" in next(line for line in lines if line.startswith("sweep-print-jobs "))


@pytest.mark.django_db
def test_run_job_with_an_unknown_name_lists_the_jobs():
    with pytest.raises(CommandError) as failure:
        call_command("run_job", "escalate-warnings", stdout=StringIO())
    message = str(failure.value)
    assert message.startswith("No job named 'escalate-warnings'. Jobs: ")
    for name in settings.CELERY_BEAT_SCHEDULE:
        assert name in message
    assert not ScheduledRun.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_the_scheduler_make_run_starts_runs_due_jobs_and_stops_on_sigterm(demo):
    # Every job but one ran a moment ago: the process has exactly one job to run at start.
    now = timezone.now()
    for name in scheduled_jobs():
        if name != "publish-due-disclosures":
            ScheduledRun.objects.create(name=name, last_run_at=now, last_status=Outcome.SUCCEEDED)
    env = {**os.environ, "DATABASE_URL": workers.test_database_url(), "PYTHONUNBUFFERED": "1"}
    env.pop("REDIS_URL", None)
    process = subprocess.Popen(
        [sys.executable, "manage.py", "run_scheduler", "--tick", "1"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not ScheduledRun.objects.filter(
            name="publish-due-disclosures", last_status=Outcome.SUCCEEDED
        ).exists():
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the scheduler did not run the due job"
            time.sleep(0.2)
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "Scheduler: publish-due-disclosures done" in out
    assert out.rstrip().endswith("Scheduler stopped.")
    # The others ran a moment ago and are not due again yet.
    assert "sweep-print-jobs" not in out.split("jobs (", 1)[1].split("\n", 1)[1]
