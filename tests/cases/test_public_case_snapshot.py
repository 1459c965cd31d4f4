"""The public reads a case as the unit head published it: what the clerk records afterwards (a
new step record, an edited one, the closing result) waits, marked 有尚未公开的更新 on the case
page, until the head publishes the update."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from cases import services
from cases.models import Case, StepRecord

from .helpers import open_case, record

pytestmark = pytest.mark.django_db

MARK = "未公开更新XYZ"


def public_pages(case: Case) -> list[str]:
    t, u = case.unit.township.code, case.unit.code
    return [
        reverse("cases:public_case", args=[t, u, case.pk]),
        reverse("cases:public_cases", args=[t, u]) + f"?year={case.opened_on.year}",
    ]


def shown(client, case: Case) -> str:
    texts = []
    for url in public_pages(case):
        response = client.get(url)
        assert response.status_code == 200, url
        texts.append(response.content.decode())
    return "\n".join(texts)


def published(demo) -> Case:
    case = open_case(demo, "JC-01", reference="T-SNAP", title="村部屋顶防水维修")
    record(case, "党支部提议", 0, user=demo.clerk)
    services.request_publication(case, user=demo.clerk)
    services.set_public(case, user=demo.head, public=True)
    return case


def publish_update(client, demo, case: Case, capture) -> None:
    """The clerk asks, the head publishes the update from the case page (which renews the
    township's cached public pages once it commits)."""
    client.force_login(demo.clerk)
    case.refresh_from_db()
    page = client.get(case.get_absolute_url()).content.decode()
    assert "有尚未公开的更新" in page and "申请公开更新" in page
    client.post(
        reverse("cases:case_request_publication", args=[case.pk]), {"version": case.version}
    )
    case.refresh_from_db()
    assert case.publish_requested and case.awaits_publication
    client.force_login(demo.head)
    page = client.get(case.get_absolute_url()).content.decode()
    assert "公开更新" in page
    with capture(execute=True):
        client.post(
            reverse("cases:case_publish", args=[case.pk]),
            {"version": case.version, "public": "1"},
        )
    case.refresh_from_db()
    assert case.is_public and not case.has_unpublished_changes and not case.publish_requested
    entry = case.history.first()
    assert (entry.history_user, entry.history_change_reason) == (demo.head, "公开更新")
    client.logout()


def test_a_new_record_shows_only_once_the_head_publishes_it(
    client, demo, django_capture_on_commit_callbacks
):
    case = published(demo)
    assert "党支部提议" in shown(client, case)
    record(case, "两委联席会议商议", 1, user=demo.clerk, supervision_opinion=f"{MARK}监委会意见")
    case.refresh_from_db()
    assert case.has_unpublished_changes and case.is_public
    assert case.history.first().history_change_reason == "有尚未公开的更新"
    text = shown(client, case)
    assert MARK not in text
    assert "党支部提议" in text

    publish_update(client, demo, case, django_capture_on_commit_callbacks)
    assert f"{MARK}监委会意见" in shown(client, case)


def test_an_edited_record_shows_as_published_until_the_update(
    client, demo, django_capture_on_commit_callbacks
):
    case = published(demo)
    first = StepRecord.objects.get(case=case, step_name="党支部提议")
    first.supervision_opinion = f"{MARK}改后意见"
    services.save_record(first, user=demo.clerk, expected_version=first.version)
    assert MARK not in shown(client, case)
    publish_update(client, demo, case, django_capture_on_commit_callbacks)
    assert f"{MARK}改后意见" in shown(client, case)


def test_the_closing_result_shows_only_once_the_head_publishes_it(
    client, demo, django_capture_on_commit_callbacks
):
    case = published(demo)
    case.refresh_from_db()
    services.close_case(
        case,
        user=demo.clerk,
        outcome=Case.Outcome.TERMINATED,
        result=f"{MARK}结果说明",
        closed_on=case.opened_on,
        reason="测试：提前终止",
    )
    case.refresh_from_db()
    assert case.has_unpublished_changes
    assert MARK not in shown(client, case)
    detail = client.get(public_pages(case)[0]).content.decode()
    assert "办理中" in detail and "已办结" not in detail

    publish_update(client, demo, case, django_capture_on_commit_callbacks)
    assert f"{MARK}结果说明" in shown(client, case)
    assert "已办结" in client.get(public_pages(case)[0]).content.decode()


def test_personal_data_in_the_result_blocks_the_update(
    client, demo, django_capture_on_commit_callbacks
):
    case = published(demo)
    case.refresh_from_db()
    services.close_case(
        case,
        user=demo.clerk,
        outcome=Case.Outcome.TERMINATED,
        result="申请人电话 13912345678",
        closed_on=case.opened_on,
        reason="测试：提前终止",
    )
    with pytest.raises(ValidationError, match="个人信息"):
        services.set_public(case, user=demo.head, public=True)
    case.refresh_from_db()
    assert case.has_unpublished_changes
    assert "13912345678" not in shown(client, case)


def test_stopping_and_publishing_again_takes_a_new_snapshot(
    client, demo, django_capture_on_commit_callbacks
):
    case = published(demo)
    record(case, "两委联席会议商议", 1, user=demo.clerk, supervision_opinion=MARK)
    with django_capture_on_commit_callbacks(execute=True):
        services.set_public(case, user=demo.head, public=False)
    assert client.get(public_pages(case)[0]).status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        services.set_public(case, user=demo.head, public=True)
    assert MARK in shown(client, case)


def test_a_case_made_public_without_a_snapshot_is_not_shown(
    client, demo, django_capture_on_commit_callbacks
):
    case = published(demo)
    Case.objects.filter(pk=case.pk).update(published_data=None)
    assert client.get(public_pages(case)[0]).status_code == 404
