"""Warning pages and actions: each role × own unit, another unit, another township.

Users who cannot see the unit get a 404; users who see it but lack the right get a 403. The
township reviewer issues and closes, the unit's clerk or head answers, the discipline committee
reads every warning of its township and changes none.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from powers.models import Post
from risks.models import RiskPoint, Warning
from risks.tasks import issue_system_warnings

Tier = Warning.Tier
Status = Warning.Status

USERS = [
    "clerk",
    "head",
    "reviewer",
    "discipline",
    "administrator",
    "other_clerk",
    "foreign_clerk",
    "foreign_reviewer",
]
SEES_UNIT = {"clerk", "head", "reviewer", "discipline", "administrator"}
RESPONDERS = {"clerk", "head"}
REVIEWERS = {"reviewer"}


def expected(user: str, allowed: set[str]) -> int:
    if user in allowed:
        return 200
    return 403 if user in SEES_UNIT else 404


def make_warning(unit, *, by=None, tier=Tier.REMINDER, cause="请补充事中防控措施", **fields):
    warning = Warning(
        unit=unit,
        post=Post.objects.filter(unit=unit).first(),
        tier=tier,
        cause=cause,
        issued_by=by,
        deadline=fields.pop("deadline", timezone.localdate() + timedelta(days=10)),
        **fields,
    )
    warning._history_user = by
    warning.save()
    return warning


@pytest.fixture
def warning(demo) -> Warning:
    return make_warning(demo.unit, by=demo.reviewer, cause="矩阵测试预警：报账审批缺少复核")


PAGES = {
    # page name → (roles allowed, how to build the url)
    "unit_warnings": (SEES_UNIT, lambda d, w: reverse("risks:unit_warnings", args=[d.unit.pk])),
    "detail": (SEES_UNIT, lambda d, w: reverse("risks:warning_detail", args=[w.pk])),
    "issue": (REVIEWERS, lambda d, w: reverse("risks:warning_issue", args=[d.unit.pk])),
    "respond": (RESPONDERS, lambda d, w: reverse("risks:warning_respond", args=[w.pk])),
    "close": (REVIEWERS, lambda d, w: reverse("risks:warning_close", args=[w.pk])),
    "ledger_xlsx": (SEES_UNIT, lambda d, w: reverse("risks:ledger_xlsx", args=[d.unit.pk])),
}


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
@pytest.mark.parametrize("page", list(PAGES))
def test_pages(client, demo, warning, user, page):
    allowed, url = PAGES[page]
    client.force_login(getattr(demo, user))
    assert client.get(url(demo, warning)).status_code == expected(user, allowed)


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
def test_issuing_a_warning(client, demo, user):
    client.force_login(getattr(demo, user))
    post = Post.objects.filter(unit=demo.unit).first()
    deadline = timezone.localdate() + timedelta(days=7)
    response = client.post(
        reverse("risks:warning_issue", args=[demo.unit.pk]),
        {
            "tier": Tier.PREVENTION_NOTICE,
            "post": post.pk,
            "cause": "矩阵测试：村级采购未经三重一大集体决策",
            "deadline": deadline.isoformat(),
            "reason": "乡纪委专项检查发现",
        },
    )
    issued = Warning.objects.filter(cause="矩阵测试：村级采购未经三重一大集体决策").first()
    if user in REVIEWERS:
        assert response.status_code == 302
        assert issued.unit == demo.unit
        assert issued.post == post
        assert issued.tier == Tier.PREVENTION_NOTICE
        assert issued.issued_by == demo.reviewer
        assert issued.deadline == deadline
        row = issued.history.get()
        assert row.history_user == demo.reviewer
        assert row.history_change_reason == "发出预警：乡纪委专项检查发现"
    else:
        assert response.status_code == expected(user, set())
        assert issued is None


@pytest.mark.django_db
def test_a_warning_names_only_posts_and_points_of_its_unit(client, demo):
    client.force_login(demo.reviewer)
    foreign_post = Post.objects.filter(unit=demo.other_unit).first()
    response = client.post(
        reverse("risks:warning_issue", args=[demo.unit.pk]),
        {
            "tier": Tier.REMINDER,
            "post": foreign_post.pk,
            "cause": "别村岗位",
            "deadline": (timezone.localdate() + timedelta(days=3)).isoformat(),
        },
    )
    assert response.status_code == 200
    assert not Warning.objects.filter(cause="别村岗位").exists()
    response = client.post(
        reverse("risks:warning_issue", args=[demo.unit.pk]),
        {
            "tier": Tier.REMINDER,
            "cause": "期限已过",
            "deadline": (timezone.localdate() - timedelta(days=1)).isoformat(),
        },
    )
    assert "回复期限不能早于今天" in response.content.decode()
    assert not Warning.objects.filter(cause="期限已过").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
def test_answering_a_warning(client, demo, warning, user):
    client.force_login(getattr(demo, user))
    response = client.post(
        reverse("risks:warning_respond", args=[warning.pk]),
        {"response": "已召开两委会议，补充报账复核环节。"},
    )
    warning.refresh_from_db()
    if user in RESPONDERS:
        assert response.status_code == 302
        assert warning.status == Status.RESPONDED
        assert warning.response == "已召开两委会议，补充报账复核环节。"
        assert warning.responded_by == getattr(demo, user)
        assert warning.responded_at is not None
        row = warning.history.first()
        assert row.history_user == getattr(demo, user)
        assert row.history_change_reason == "单位回复预警"
    else:
        assert response.status_code == expected(user, set())
        assert warning.status == Status.OPEN
        assert warning.response == ""


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
def test_closing_a_warning(client, demo, warning, user):
    client.force_login(getattr(demo, user))
    response = client.post(
        reverse("risks:warning_close", args=[warning.pk]),
        {"closing_note": "经核查，整改已落实。"},
    )
    warning.refresh_from_db()
    if user in REVIEWERS:
        assert response.status_code == 302
        assert warning.status == Status.CLOSED
        assert warning.closing_note == "经核查，整改已落实。"
        assert warning.closed_by == demo.reviewer
        assert warning.history.first().history_user == demo.reviewer
    else:
        assert response.status_code == expected(user, set())
        assert warning.status == Status.OPEN


@pytest.mark.django_db
def test_a_closed_warning_takes_no_answer(client, demo, warning):
    client.force_login(demo.reviewer)
    client.post(reverse("risks:warning_close", args=[warning.pk]), {"closing_note": "误发"})
    client.force_login(demo.clerk)
    response = client.post(
        reverse("risks:warning_respond", args=[warning.pk]), {"response": "迟到的回复"}
    )
    assert response.status_code == 302
    warning.refresh_from_db()
    assert warning.status == Status.CLOSED
    assert warning.response == ""
    page = client.get(reverse("risks:warning_detail", args=[warning.pk])).content.decode()
    assert reverse("risks:warning_respond", args=[warning.pk]) not in page


@pytest.mark.django_db
def test_the_discipline_committee_changes_nothing(client, demo, warning):
    client.force_login(demo.discipline)
    before = Warning.history.count()
    client.post(
        reverse("risks:warning_issue", args=[demo.unit.pk]),
        {"tier": Tier.TALK, "cause": "纪委不能发", "deadline": "2099-01-01"},
    )
    client.post(reverse("risks:warning_respond", args=[warning.pk]), {"response": "x"})
    client.post(reverse("risks:warning_close", args=[warning.pk]), {"closing_note": "x"})
    assert Warning.history.count() == before
    page = client.get(reverse("risks:warning_detail", args=[warning.pk])).content.decode()
    assert warning.cause in page
    assert reverse("risks:warning_close", args=[warning.pk]) not in page
    assert reverse("risks:warning_respond", args=[warning.pk]) not in page


@pytest.mark.django_db
def test_the_unit_page_lists_open_warnings_before_closed_ones(client, demo):
    closed = make_warning(demo.unit, by=demo.reviewer, cause="已关闭的预警", status=Status.CLOSED)
    answered = make_warning(demo.unit, by=demo.reviewer, cause="已回复的预警")
    answered.status = Status.RESPONDED
    answered.response = "已整改"
    answered.save()
    unanswered = make_warning(demo.unit, by=demo.reviewer, cause="待回复的预警")
    elsewhere = make_warning(demo.other_unit, by=demo.reviewer, cause="二村的预警")
    client.force_login(demo.clerk)
    page = client.get(reverse("risks:unit_warnings", args=[demo.unit.pk])).content.decode()
    assert page.index(unanswered.cause) < page.index(answered.cause) < page.index(closed.cause)
    assert elsewhere.cause not in page


@pytest.mark.django_db
def test_the_detail_page_shows_the_job_and_the_escalation(client, demo):
    point = RiskPoint(
        unit=demo.unit,
        code="V-001",
        description="没有措施的风险点",
        risk_type="process",
        likelihood=1,
        impact=1,
    )
    point.save()
    issue_system_warnings()
    reminder = Warning.objects.get(risk_point=point)
    client.force_login(demo.discipline)
    page = client.get(reverse("risks:warning_detail", args=[reminder.pk])).content.decode()
    assert "系统" in page
    assert "后台任务 issue_system_warnings" in page
    assert "V-001" in page


@pytest.fixture
def warnings_everywhere(demo):
    return {
        "first": make_warning(demo.unit, by=demo.reviewer, cause="一村的预警", tier=Tier.TALK),
        "second": make_warning(
            demo.other_unit,
            cause="二村的逾期预警",
            deadline=timezone.localdate() - timedelta(days=1),
        ),
        "closed": make_warning(demo.other_unit, cause="二村已关闭的预警", status=Status.CLOSED),
        "foreign": make_warning(
            demo.other_township_unit, by=demo.foreign_reviewer, cause="邻乡的预警"
        ),
    }


@pytest.mark.django_db
def test_the_discipline_committee_sees_every_warning_of_its_township(
    client, demo, warnings_everywhere
):
    client.force_login(demo.discipline)
    page = client.get(reverse("risks:township_warnings")).content.decode()
    for name in ("first", "second", "closed"):
        assert warnings_everywhere[name].cause in page
    assert warnings_everywhere["foreign"].cause not in page

    client.force_login(demo.foreign_reviewer)
    page = client.get(reverse("risks:township_warnings")).content.decode()
    assert warnings_everywhere["foreign"].cause in page
    assert warnings_everywhere["first"].cause not in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ({"tier": Tier.TALK}, {"first"}, {"second", "closed"}),
        ({"status": "unclosed"}, {"first", "second"}, {"closed"}),
        ({"status": Status.CLOSED}, {"closed"}, {"first", "second"}),
        ({"overdue": "yes"}, {"second"}, {"first", "closed"}),
        ({"overdue": "no"}, {"first", "closed"}, {"second"}),
    ],
)
def test_the_township_list_filters(client, demo, warnings_everywhere, query, shown, hidden):
    client.force_login(demo.reviewer)
    page = client.get(reverse("risks:township_warnings"), query).content.decode()
    assert all(warnings_everywhere[name].cause in page for name in shown)
    assert not any(warnings_everywhere[name].cause in page for name in hidden)


@pytest.mark.django_db
def test_the_township_list_filters_by_unit(client, demo, warnings_everywhere):
    client.force_login(demo.reviewer)
    page = client.get(
        reverse("risks:township_warnings"), {"unit": demo.other_unit.pk}
    ).content.decode()
    assert warnings_everywhere["second"].cause in page
    assert warnings_everywhere["first"].cause not in page
    # A unit of another township is no choice: the filter refuses it and shows nothing of it.
    page = client.get(
        reverse("risks:township_warnings"), {"unit": demo.other_township_unit.pk}
    ).content.decode()
    assert warnings_everywhere["foreign"].cause not in page


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
def test_who_reads_the_township_list(client, demo, user):
    client.force_login(getattr(demo, user))
    response = client.get(reverse("risks:township_warnings"))
    township_roles = {"reviewer", "discipline", "administrator", "foreign_reviewer"}
    assert response.status_code == (200 if user in township_roles else 403)


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_warning_lists_do_not_grow_with_warnings(client, demo):
    client.force_login(demo.discipline)
    unit_url = reverse("risks:unit_warnings", args=[demo.unit.pk])
    township_url = reverse("risks:township_warnings")
    for n in range(3):
        make_warning(demo.unit, by=demo.reviewer, cause=f"少量预警{n}")
    few = count_queries(client, unit_url), count_queries(client, township_url)
    for n in range(30):
        make_warning(demo.unit if n % 2 else demo.other_unit, cause=f"大量预警{n}")
    many = count_queries(client, unit_url), count_queries(client, township_url)
    assert few == many


@pytest.mark.django_db
def test_the_unit_warnings_page_queries(client, demo, django_assert_num_queries):
    for n in range(5):
        make_warning(demo.unit, by=demo.reviewer, cause=f"预警{n}")
    client.force_login(demo.clerk)
    client.get(reverse("risks:unit_warnings", args=[demo.unit.pk]))  # session warmed up
    # 1. the session, 2. the user, 3.–4. the user's grants on units and on townships,
    # 5. the unit with its township, 6. its warnings with their post, point and issuer
    with django_assert_num_queries(6):
        page = client.get(reverse("risks:unit_warnings", args=[demo.unit.pk]))
    shown = page.content.decode().count('class="warning-row"')
    assert shown == Warning.objects.filter(unit=demo.unit).count() >= 5
