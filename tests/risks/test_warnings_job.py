"""The daily warning job: system warnings from the quality checks, issued once per cause, and
escalated a tier when left unanswered past their deadline."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from celery.schedules import crontab
from django.conf import settings
from django.utils import timezone

from risks import tasks
from risks.models import TIER_ORDER, PreventionMeasure, RiskPoint, Warning
from risks.tasks import WARNING_DEADLINE_DAYS, issue_system_warnings
from tests.conftest import beijing

pytestmark = pytest.mark.dates

Tier = Warning.Tier
Phase = PreventionMeasure.Phase


def make_point(unit, code: str, *, likelihood: int = 1, impact: int = 1, measures=()) -> RiskPoint:
    point = RiskPoint(
        unit=unit,
        code=code,
        description=f"风险点{code}的描述",
        risk_type="process",
        likelihood=likelihood,
        impact=impact,
        post=unit.posts.first(),
    )
    point.save()
    for phase, due in measures:
        PreventionMeasure(risk_point=point, phase=phase, measure="措施", due_date=due).save()
    return point


@pytest.fixture
def points(demo):
    """One point of each kind of problem the job warns about, in the demo's first village."""
    yesterday = timezone.localdate() - timedelta(days=1)
    next_month = timezone.localdate() + timedelta(days=30)
    return {
        # A low-level point without any measure: a reminder.
        "no_measure": make_point(demo.unit, "J-001"),
        # A 一级 point with only a measure beforehand: a prevention notice.
        "top_level": make_point(
            demo.unit, "J-002", likelihood=3, impact=3, measures=[(Phase.BEFORE, next_month)]
        ),
        # A measure past its due date: a prevention notice.
        "overdue": make_point(demo.unit, "J-003", measures=[(Phase.BEFORE, yesterday)]),
    }


# A Friday near a month's end: deadlines and escalations cross a weekend and a month's end.
DAY_ONE = date(2027, 1, 29)


@pytest.fixture(autouse=True)
def _day_one(time_machine):
    time_machine.move_to(beijing(DAY_ONE))


@pytest.fixture
def days_later(time_machine):
    """Move the clock forward to 09:30 of a later day, for the job and everything else."""

    def move(days: int) -> date:
        later = DAY_ONE + timedelta(days=days)
        time_machine.move_to(beijing(later))
        return later

    return move


def warnings_of(point: RiskPoint):
    return Warning.objects.filter(risk_point=point).order_by("pk")


@pytest.mark.django_db
def test_it_issues_one_warning_per_problem_and_nothing_the_second_time(demo, points):
    before = Warning.objects.count()
    first = issue_system_warnings.delay().get()
    assert first["issued"] >= 3
    # Every issue and every escalation adds one warning.
    assert Warning.objects.count() == before + first["issued"] + first["escalated"]
    expected = {
        "no_measure": (Tier.REMINDER, f"risk-no-measure:{points['no_measure'].pk}"),
        "top_level": (Tier.PREVENTION_NOTICE, f"risk-top-level-control:{points['top_level'].pk}"),
        "overdue": (Tier.PREVENTION_NOTICE, "measure-overdue:"),
    }
    for name, (tier, key) in expected.items():
        [warning] = warnings_of(points[name])
        assert warning.tier == tier
        assert warning.cause_key.startswith(key)
        assert warning.issued_by is None
        assert warning.issuer_name == "系统"
        assert warning.status == Warning.Status.OPEN
        assert warning.post == points[name].post
        assert warning.unit == demo.unit
        assert warning.deadline == timezone.localdate() + timedelta(days=WARNING_DEADLINE_DAYS)
        assert points[name].code in warning.cause

    count = Warning.objects.count()
    assert issue_system_warnings() == {"issued": 0, "escalated": 0}
    assert Warning.objects.count() == count


@pytest.mark.django_db
def test_an_unanswered_warning_escalates_once_past_its_deadline(demo, points, days_later):
    issue_system_warnings()
    [reminder] = warnings_of(points["no_measure"])

    later = days_later(WARNING_DEADLINE_DAYS + 1)
    assert issue_system_warnings()["escalated"] >= 3
    assert all(warnings_of(point).count() == 2 for point in points.values())
    reminder.refresh_from_db()
    assert reminder.status == Warning.Status.CLOSED
    assert reminder.closing_note == "逾期未回复，已升级"
    assert reminder.closed_by is None
    assert reminder.closed_at is not None
    notice = reminder.escalated_to
    assert notice.tier == Tier.PREVENTION_NOTICE
    assert notice.escalated_from == reminder
    assert notice.cause_key == reminder.cause_key
    assert notice.cause == reminder.cause
    assert notice.status == Warning.Status.OPEN
    assert notice.issued_by is None
    assert notice.deadline == later + timedelta(days=WARNING_DEADLINE_DAYS)

    # The same day again: nothing is escalated twice, nothing new is issued.
    count = Warning.objects.count()
    assert issue_system_warnings() == {"issued": 0, "escalated": 0}
    assert Warning.objects.count() == count
    assert list(warnings_of(points["no_measure"])) == [reminder, notice]

    # Still unanswered after the new deadline: the next tier.
    days_later(2 * (WARNING_DEADLINE_DAYS + 1))
    issue_system_warnings()
    notice.refresh_from_db()
    assert notice.status == Warning.Status.CLOSED
    assert notice.escalated_to.tier == Tier.HANDLING_NOTICE


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("days", "escalated"),
    [
        (WARNING_DEADLINE_DAYS - 1, False),  # the day before its deadline
        (WARNING_DEADLINE_DAYS, False),  # the deadline itself
        (WARNING_DEADLINE_DAYS + 1, True),  # the day after
    ],
)
def test_a_warning_escalates_the_day_after_its_deadline_and_not_before(
    demo, points, days_later, days, escalated
):
    issue_system_warnings()
    [reminder] = warnings_of(points["no_measure"])
    assert reminder.deadline == DAY_ONE + timedelta(days=WARNING_DEADLINE_DAYS)
    days_later(days)
    issue_system_warnings()
    reminder.refresh_from_db()
    assert (reminder.status == Warning.Status.CLOSED) is escalated
    assert warnings_of(points["no_measure"]).count() == (2 if escalated else 1)


@pytest.mark.django_db
def test_an_answered_warning_is_not_escalated(demo, points, days_later):
    issue_system_warnings()
    [warning] = warnings_of(points["no_measure"])
    warning.response = "已补充防控措施。"
    warning.responded_by = demo.clerk
    warning.responded_at = timezone.now()
    warning.status = Warning.Status.RESPONDED
    warning._history_user = demo.clerk
    warning.save()

    days_later(WARNING_DEADLINE_DAYS + 1)
    issue_system_warnings()
    assert list(warnings_of(points["no_measure"])) == [warning]
    warning.refresh_from_db()
    assert warning.status == Warning.Status.RESPONDED


@pytest.mark.django_db
def test_a_warning_at_the_last_tier_stays_open_and_is_not_duplicated(demo, points):
    point = points["no_measure"]
    last = Warning(
        unit=demo.unit,
        risk_point=point,
        tier=TIER_ORDER[-1],
        cause="限期整改：补充防控措施",
        cause_key=f"risk-no-measure:{point.pk}",
        deadline=timezone.localdate() - timedelta(days=5),
        issued_by=demo.reviewer,
    )
    last._history_user = demo.reviewer
    last.save()

    issue_system_warnings()
    issue_system_warnings()
    assert list(warnings_of(point)) == [last]
    last.refresh_from_db()
    assert last.status == Warning.Status.OPEN
    assert last.is_overdue


@pytest.mark.django_db
def test_a_closed_warning_whose_problem_remains_is_issued_again(demo, points):
    issue_system_warnings()
    [warning] = warnings_of(points["no_measure"])
    warning.status = Warning.Status.CLOSED
    warning.closing_note = "已核查"
    warning.closed_by = demo.reviewer
    warning._history_user = demo.reviewer
    warning.save()

    assert issue_system_warnings()["issued"] == 1
    assert warnings_of(points["no_measure"]).open().count() == 1


@pytest.mark.django_db
def test_system_changes_are_in_the_history_without_a_user(demo, points, days_later):
    issue_system_warnings()
    days_later(WARNING_DEADLINE_DAYS + 1)
    issue_system_warnings()
    reminder, notice = warnings_of(points["no_measure"])
    rows = list(Warning.history.filter(id__in=[reminder.pk, notice.pk]).order_by("history_id"))
    # The reminder issued, the reminder closed, the notice issued.
    assert [(row.id, row.history_type) for row in rows] == [
        (reminder.pk, "+"),
        (reminder.pk, "~"),
        (notice.pk, "+"),
    ]
    for row in rows:
        assert row.history_user is None
        assert row.history_user_name == "系统"
        assert row.history_request == "job:issue_system_warnings"
    assert rows[1].history_change_reason == "逾期未回复，系统自动升级"


@pytest.mark.django_db
def test_a_warning_another_worker_issued_meanwhile_is_not_duplicated(demo, points, monkeypatch):
    issue_system_warnings()
    count = Warning.objects.count()
    # As if a second worker read the open warnings before the first one wrote its own:
    # the unique constraint turns its attempts away, one by one.
    monkeypatch.setattr(tasks, "_open_causes", set)
    assert issue_system_warnings() == {"issued": 0, "escalated": 0}
    assert Warning.objects.count() == count


@pytest.mark.django_db
def test_a_withdrawn_point_gets_no_warning(demo):
    withdrawn = make_point(demo.unit, "J-010")
    withdrawn.status = "withdrawn"
    withdrawn.save()
    issue_system_warnings()
    assert not warnings_of(withdrawn).exists()


def test_the_job_runs_every_morning_in_china_time():
    entry = next(
        entry
        for entry in settings.CELERY_BEAT_SCHEDULE.values()
        if entry["task"] == "risks.tasks.issue_system_warnings"
    )
    assert entry["schedule"] == crontab(hour=6, minute=0)
    assert settings.CELERY_TIMEZONE == "Asia/Shanghai"
    assert issue_system_warnings.name == "risks.tasks.issue_system_warnings"
