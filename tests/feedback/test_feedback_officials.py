"""Public feedback (监督评议) from the officials' side: who reads it, who sees the contact,
who assigns, replies and closes, the township list, the history and the unit panel."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

# Registers the unit panel, as FeedbackConfig.ready() does.
from feedback import panels  # noqa: F401
from feedback.models import Feedback

Kind = Feedback.Kind
FeedbackStatus = Feedback.FeedbackStatus
CONTACT = "13900005678"

# user → (reads the first village's feedback, may assign and reply, may close)
ROLES = {
    "clerk": (True, True, False),
    "head": (True, False, True),
    "reviewer": (True, True, True),
    "discipline": (True, False, False),
    "other_clerk": (False, False, False),  # another village of the same township
    "foreign_clerk": (False, False, False),
    "foreign_reviewer": (False, False, False),
}


def make_feedback(unit, kind=Kind.QUESTION, days_left=10, **fields) -> Feedback:
    values = {
        "body": "村道路灯坏了三个月，什么时候修？",
        "contact": CONTACT,
        "reply_deadline": timezone.localdate() + timedelta(days=days_left),
    }
    values.update(fields)
    feedback = Feedback(unit=unit, kind=kind, **values)
    feedback._change_reason = "群众通过公开网站提交"
    feedback.save()
    return feedback


def detail_url(feedback) -> str:
    return reverse("feedback:detail", args=[feedback.pk])


def action_url(feedback, name: str) -> str:
    return reverse(f"feedback:{name}", args=[feedback.pk])


@pytest.mark.django_db
@pytest.mark.parametrize("user", list(ROLES))
def test_each_role_reads_and_acts_as_allowed(client, demo, user):
    reads, handles, closes = ROLES[user]
    feedback = make_feedback(demo.unit)
    client.force_login(getattr(demo, user))

    listing = client.get(reverse("feedback:unit_list", args=[demo.unit.pk]))
    detail = client.get(detail_url(feedback))
    if not reads:
        assert listing.status_code == 404
        assert detail.status_code == 404
        for name in ("assign", "reply", "close"):
            assert client.post(action_url(feedback, name), {"reply": "x"}).status_code == 404
        return
    assert feedback.tracking_code in listing.content.decode()
    html = detail.content.decode()
    assert CONTACT in html  # officials of the unit, the reviewer, the discipline committee
    assert ("公开答复" in html and 'name="reply"' in html) == handles
    assert (action_url(feedback, "close") in html) == closes

    response = client.post(action_url(feedback, "reply"), {"reply": "已安排电工本周维修。"})
    feedback.refresh_from_db()
    if handles:
        assert response.status_code == 302
        assert feedback.status == FeedbackStatus.REPLIED
        assert feedback.reply == "已安排电工本周维修。"
        assert feedback.replied_by == getattr(demo, user)
        row = feedback.history.first()
        assert row.history_user == getattr(demo, user)
        assert row.history_change_reason == "公开答复"
    else:
        assert response.status_code == 403
        assert feedback.status == FeedbackStatus.RECEIVED

    response = client.post(action_url(feedback, "close"), {"note": "已修好"})
    feedback.refresh_from_db()
    if closes:
        assert response.status_code == 302
        assert feedback.status == FeedbackStatus.CLOSED
        assert feedback.history.first().history_change_reason == "办结：已修好"
    else:
        assert response.status_code == 403
        assert feedback.status != FeedbackStatus.CLOSED


@pytest.mark.django_db
def test_the_reviewer_assigns_to_a_clerk_of_the_unit_only(client, demo):
    feedback = make_feedback(demo.unit)
    client.force_login(demo.reviewer)
    # A clerk of another village cannot be given this unit's feedback.
    response = client.post(action_url(feedback, "assign"), {"assigned_to": demo.other_clerk.pk})
    assert response.status_code == 400
    feedback.refresh_from_db()
    assert feedback.assigned_to is None
    response = client.post(
        action_url(feedback, "assign"), {"assigned_to": demo.clerk.pk, "note": "请三日内答复"}
    )
    assert response.status_code == 302
    feedback.refresh_from_db()
    assert feedback.assigned_to == demo.clerk
    assert feedback.status == FeedbackStatus.ASSIGNED
    row = feedback.history.first()
    assert row.history_user == demo.reviewer
    assert "请三日内答复" in row.history_change_reason

    history = client.get(reverse("feedback:history", args=[feedback.pk]))
    html = history.content.decode()
    assert "群众通过公开网站提交" in html
    assert "请三日内答复" in html


@pytest.mark.django_db
def test_a_closed_feedback_takes_no_more_changes(client, demo):
    feedback = make_feedback(demo.unit, status=FeedbackStatus.CLOSED)
    client.force_login(demo.reviewer)
    response = client.post(action_url(feedback, "reply"), {"reply": "补充答复"}, follow=True)
    assert "该事项已办结，不能再修改。" in response.content.decode()
    feedback.refresh_from_db()
    assert feedback.reply == ""


@pytest.mark.django_db
def test_the_discipline_committee_follows_complaints_and_reports_across_the_township(client, demo):
    complaint = make_feedback(demo.unit, Kind.COMPLAINT, body="报账员收费不开票")
    report = make_feedback(demo.other_unit, Kind.REPORT, body="村干部优亲厚友")
    question = make_feedback(demo.other_unit, Kind.QUESTION, body="医保什么时候交")
    foreign = make_feedback(demo.other_township_unit, Kind.COMPLAINT, body="邻乡的投诉")
    client.force_login(demo.discipline)
    url = reverse("feedback:township_list")

    html = client.get(url).content.decode()
    for feedback in (complaint, report, question):
        assert feedback.tracking_code in html
    assert foreign.tracking_code not in html

    html = client.get(url, {"kind": "complaint_report"}).content.decode()
    assert complaint.tracking_code in html
    assert report.tracking_code in html
    assert question.tracking_code not in html

    # The committee reads the contact and changes nothing.
    assert CONTACT in client.get(detail_url(report)).content.decode()
    assert client.post(action_url(report, "reply"), {"reply": "x"}).status_code == 403
    assert client.post(action_url(report, "close"), {}).status_code == 403
    assert (
        client.post(action_url(report, "assign"), {"assigned_to": demo.clerk.pk}).status_code == 403
    )

    client.force_login(demo.clerk)  # no township role
    assert client.get(url).status_code == 403


@pytest.mark.django_db
def test_the_list_filters_overdue_and_loads_in_constant_queries(
    client, demo, django_assert_num_queries
):
    overdue = make_feedback(demo.unit, days_left=-1)
    fresh = make_feedback(demo.unit)
    client.force_login(demo.clerk)
    url = reverse("feedback:unit_list", args=[demo.unit.pk])
    html = client.get(url, {"overdue": "on"}).content.decode()
    assert overdue.tracking_code in html
    assert fresh.tracking_code not in html
    assert "已逾期" in html

    def count_queries() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context)

    few = count_queries()
    for _ in range(5):
        make_feedback(demo.unit, assigned_to=demo.clerk)
    # session, user, grants ×2, unit, count, page of rows (with their targets and assignees),
    # and the unit panels: the same however many rows there are.
    with django_assert_num_queries(few):
        client.get(url)


@pytest.mark.django_db
def test_the_unit_pages_show_unanswered_and_overdue_counts(client, demo):
    # The demo's own feedback of the unit is counted too: start from it.
    unanswered = Feedback.objects.filter(
        unit=demo.unit, status__in=[FeedbackStatus.RECEIVED, FeedbackStatus.ASSIGNED]
    )
    before = unanswered.count()
    overdue_before = unanswered.filter(reply_deadline__lt=timezone.localdate()).count()
    make_feedback(demo.unit, days_left=-2)
    make_feedback(demo.unit)
    make_feedback(demo.unit, status=FeedbackStatus.REPLIED)
    client.force_login(demo.clerk)
    html = client.get(reverse("powers:unit_catalog", args=[demo.unit.pk])).content.decode()
    assert f"{before + 2} 条监督评议待答复" in html
    assert f"{overdue_before + 1} 条已逾期" in html
    assert reverse("feedback:unit_list", args=[demo.unit.pk]) in html
