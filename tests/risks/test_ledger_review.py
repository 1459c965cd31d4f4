"""自己找 → 民主评 → 乡镇审: the democratic review is recorded by the unit, and the township's
approval waits for it."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from powers.lifecycle import Status, apply_transition
from powers.permissions import unit_perms
from risks.models import PreventionMeasure, RiskPoint
from tests.risks.test_ledger import make_point
from tests.risks.test_ledger_permissions import REVIEW


@pytest.fixture
def confirmed(demo) -> RiskPoint:
    """A point its unit head has confirmed, found by the clerk, not yet reviewed."""
    point = make_point(
        demo.unit,
        "TST-R-1",
        user=demo.clerk,
        status=Status.CONFIRMED,
        identified_by=demo.clerk,
        identified_at=timezone.now(),
        measures=[PreventionMeasure.Phase.DURING],
    )
    return point


def review(client, point: RiskPoint, **changes):
    data = {**REVIEW, "version": point.version, **changes}
    return client.post(reverse("risks:risk_review", args=[point.pk]), data, follow=True)


def approve(client, point: RiskPoint):
    url = reverse("risks:point_transition", args=[point.pk, "approve"])
    return client.post(url, follow=True)


@pytest.mark.django_db
def test_the_township_cannot_approve_before_the_democratic_review(client, demo, confirmed):
    client.force_login(demo.reviewer)
    detail = client.get(reverse("risks:point_detail", args=[confirmed.pk])).content.decode()
    assert "乡镇审核须在民主评议之后" in detail
    page = approve(client, confirmed).content.decode()
    assert "乡镇审核须在民主评议之后：风险点“TST-R-1”尚未记录民主评议" in page
    confirmed.refresh_from_db()
    assert confirmed.status == Status.CONFIRMED
    assert not confirmed.is_public
    assert confirmed.approved_by is None


@pytest.mark.django_db
def test_the_lifecycle_itself_refuses_it_too(demo, confirmed):
    perms = unit_perms(demo.reviewer, demo.unit)
    assert "approve" not in {t.name for t in confirmed.available_transitions(perms)}
    with pytest.raises(ValidationError):
        apply_transition(confirmed, "approve", user=demo.reviewer, perms=perms)


@pytest.mark.django_db
def test_after_the_democratic_review_the_township_approves(client, demo, confirmed):
    client.force_login(demo.clerk)
    page = review(client, confirmed).content.decode()
    assert "已记录风险点“TST-R-1”的民主评议" in page
    confirmed.refresh_from_db()
    assert confirmed.status == Status.CONFIRMED  # recorded while it waits for the township
    assert confirmed.reviewed_by == demo.clerk
    assert confirmed.review_meeting == "村民代表会议"
    assert confirmed.review_participants == 23
    assert confirmed.review_stage == "已民主评议"

    client.force_login(demo.reviewer)
    page = approve(client, confirmed).content.decode()
    assert "现在的状态：已发布" in page
    confirmed.refresh_from_db()
    assert confirmed.status == Status.PUBLISHED
    assert confirmed.is_public
    assert confirmed.approved_by == demo.reviewer
    assert confirmed.review_stage == "乡镇已审核"
    assert confirmed.history.first().history_user == demo.reviewer
    # The trail names who did each step, and when.
    trail = page.split('id="trail-h"', 1)[1].split("</section>", 1)[0]
    assert demo.clerk.first_name in trail.split("民主评", 1)[0]  # 自己找
    assert "村民代表会议" in trail and ">23<" in trail
    assert demo.reviewer.first_name in trail.split("乡镇审", 1)[1]


@pytest.mark.django_db
def test_the_review_keeps_history_and_a_new_version(client, demo, confirmed):
    version = confirmed.version
    client.force_login(demo.clerk)
    review(client, confirmed)
    confirmed.refresh_from_db()
    assert confirmed.version == version + 1
    row = confirmed.history.first()
    assert row.history_user == demo.clerk
    assert row.history_change_reason == "民主评议：村民代表会议"
    history = client.get(reverse("risks:point_history", args=[confirmed.pk])).content.decode()
    assert "评议结果" in history and "同意列为风险点" in history


@pytest.mark.django_db
def test_a_review_needs_its_meeting_and_at_least_one_participant(client, demo, confirmed):
    client.force_login(demo.clerk)
    page = review(client, confirmed, review_participants=0, review_meeting="").content.decode()
    assert "参加人数至少为 1 人。" in page
    assert "这个字段是必填项。" in page
    confirmed.refresh_from_db()
    assert confirmed.reviewed_at is None


@pytest.mark.django_db
def test_a_stale_review_is_refused(client, demo, confirmed):
    client.force_login(demo.clerk)
    page = review(client, confirmed, version=confirmed.version - 1).content.decode()
    assert "在您编辑期间" in page
    confirmed.refresh_from_db()
    assert confirmed.reviewed_at is None


@pytest.mark.django_db
def test_a_published_point_is_not_reviewed_in_place(client, demo, confirmed):
    confirmed.status = Status.PUBLISHED
    confirmed.save()
    client.force_login(demo.clerk)
    page = review(client, confirmed).content.decode()
    assert "不能记录民主评议" in page
    confirmed.refresh_from_db()
    assert confirmed.reviewed_at is None
