"""The daily warning (预警) for feedback left unanswered past its reply deadline."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from feedback.models import Feedback
from feedback.tasks import warn_unanswered_feedback
from risks.models import Warning
from tests.feedback.test_feedback_officials import make_feedback

FeedbackStatus = Feedback.FeedbackStatus


@pytest.mark.django_db
def test_overdue_feedback_raises_one_reminder_and_a_second_run_adds_none(demo):
    # The demo's own overdue feedback gets its warnings first, so only ours are counted.
    warn_unanswered_feedback()
    before = Warning.objects.filter(cause_key__startswith="feedback-overdue:").count()
    overdue = make_feedback(demo.unit, days_left=-1)
    make_feedback(demo.unit, days_left=0)  # due today: not yet late
    make_feedback(demo.unit, days_left=-5, status=FeedbackStatus.REPLIED)
    make_feedback(demo.unit, days_left=-5, status=FeedbackStatus.CLOSED)

    assert warn_unanswered_feedback.delay().get() == {"issued": 1}
    warning = Warning.objects.get(cause_key=f"feedback-overdue:{overdue.pk}")
    assert warning.unit == demo.unit
    assert warning.tier == Warning.Tier.REMINDER
    assert warning.cause == f"群众来信 {overdue.tracking_code} 超过答复期限未答复"
    assert warning.issued_by is None
    assert warning.deadline == timezone.localdate() + timedelta(days=5)
    row = warning.history.get()
    assert row.history_request == "job:warn_unanswered_feedback"

    assert warn_unanswered_feedback.delay().get() == {"issued": 0}
    assert Warning.objects.filter(cause_key__startswith="feedback-overdue:").count() == before + 1


@pytest.mark.django_db
def test_a_warning_issued_meanwhile_is_not_duplicated(demo, monkeypatch):
    # The demo's own overdue feedback gets its warnings first, so only ours are counted.
    warn_unanswered_feedback()
    overdue = make_feedback(demo.unit, days_left=-1)
    Warning.objects.create(
        unit=demo.unit,
        tier=Warning.Tier.REMINDER,
        cause="另一进程发出的预警",
        cause_key=f"feedback-overdue:{overdue.pk}",
        deadline=timezone.localdate(),
    )
    # As if another worker issued it between our look-up and our save: the constraint holds.
    monkeypatch.setattr(
        "feedback.tasks.Warning.objects.open",
        lambda: Warning.objects.none(),
    )
    assert warn_unanswered_feedback() == {"issued": 0}
    assert Warning.objects.filter(cause_key=f"feedback-overdue:{overdue.pk}").count() == 1
