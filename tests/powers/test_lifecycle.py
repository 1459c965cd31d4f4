"""The review lifecycle as officials and the public see it."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from powers.lifecycle import Status
from powers.models import PowerItem
from tests.factories import PowerItemFactory

from .test_permission_matrix import item_form_data


def act(client, user, item, transition, reason=""):
    """Sign in as ``user`` and press the transition's button, running what waits for commit."""
    from django.test import TestCase

    client.force_login(user)
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(
            reverse("powers:item_transition", args=[item.pk, transition]), {"reason": reason}
        )


def public_url(item: PowerItem) -> str:
    unit = item.unit
    return reverse("public:item_page", args=[unit.township.code, unit.code, item.code])


def unit_url(item: PowerItem) -> str:
    return reverse("public:unit_page", args=[item.unit.township.code, item.unit.code])


@pytest.fixture
def item(demo):
    return PowerItemFactory(unit=demo.unit, code="L-001", name="宅基地申请初审（测试）")


@pytest.mark.django_db
def test_a_draft_reaches_the_public_only_after_the_whole_review(client, demo, item):
    public = client  # the same client, signed out between steps
    assert public.get(public_url(item)).status_code == 404
    assert item.name not in public.get(unit_url(item)).content.decode()

    act(client, demo.clerk, item, "submit")
    act(client, demo.head, item, "confirm")
    client.logout()
    assert client.get(public_url(item)).status_code == 404
    assert item.name not in client.get(unit_url(item)).content.decode()

    act(client, demo.reviewer, item, "approve")
    client.logout()
    # Visible on the very next request, although the unit page was cached before.
    assert item.name in client.get(unit_url(item)).content.decode()
    assert client.get(public_url(item)).status_code == 200


@pytest.mark.django_db
def test_an_edit_of_a_published_item_changes_nothing_public_until_approved(client, demo, item):
    for user, transition in [(demo.clerk, "submit"), (demo.head, "confirm")]:
        act(client, user, item, transition)
    act(client, demo.reviewer, item, "approve")
    item.refresh_from_db()

    client.force_login(demo.clerk)
    response = client.post(
        reverse("powers:item_edit", args=[item.pk]),
        item_form_data(item, name="改了名字的事项", change_reason="更正名称"),
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == Status.DRAFT
    assert item.is_public

    client.logout()
    page = client.get(public_url(item)).content.decode()
    assert "宅基地申请初审（测试）" in page
    assert "改了名字的事项" not in page

    for user, transition in [(demo.clerk, "submit"), (demo.head, "confirm")]:
        act(client, user, item, transition)
    act(client, demo.reviewer, item, "approve")
    client.logout()
    assert "改了名字的事项" in client.get(public_url(item)).content.decode()


@pytest.mark.django_db
def test_a_withdrawn_item_leaves_the_public_site_at_once(client, demo):
    item = PowerItem.objects.filter(unit=demo.unit, is_public=True).first()
    assert client.get(public_url(item)).status_code == 200
    assert item.name in client.get(unit_url(item)).content.decode()
    act(client, demo.reviewer, item, "withdraw", reason="暂停执行")
    client.logout()
    assert client.get(public_url(item)).status_code == 404
    assert item.name not in client.get(unit_url(item)).content.decode()


@pytest.mark.django_db
def test_a_return_needs_a_reason_and_shows_it_to_the_clerk(client, demo, item):
    act(client, demo.clerk, item, "submit")
    act(client, demo.head, item, "confirm")
    response = act(client, demo.reviewer, item, "return", reason="")
    item.refresh_from_db()
    assert item.status == Status.CONFIRMED
    assert "请填写原因" in client.get(response["Location"]).content.decode()

    act(client, demo.reviewer, item, "return", reason="行使依据缺少条款")
    item.refresh_from_db()
    assert item.status == Status.RETURNED
    client.force_login(demo.clerk)
    assert "行使依据缺少条款" in client.get(reverse("powers:my_work")).content.decode()


@pytest.mark.django_db
def test_no_draft_or_unapproved_record_is_on_any_public_page(client, demo):
    hidden = PowerItem.objects.filter(unit__township=demo.township, is_public=False)
    assert hidden.exists()
    for item in hidden.select_related("unit__township"):
        assert f"{item.code}</span> {item.name}" not in client.get(unit_url(item)).content.decode()
        assert client.get(public_url(item)).status_code == 404
    for item in PowerItem.objects.filter(unit__township=demo.township, is_public=True):
        if item.status != "published":  # edited since: the public sees the approved text
            assert item.published_data["name"] in client.get(public_url(item)).content.decode()


@pytest.mark.django_db
def test_an_item_under_review_cannot_be_edited(client, demo, item):
    act(client, demo.clerk, item, "submit")
    client.force_login(demo.clerk)
    response = client.get(reverse("powers:item_edit", args=[item.pk]), follow=True)
    assert "不能修改" in response.content.decode()
    response = client.post(
        reverse("powers:item_edit", args=[item.pk]), item_form_data(item, name="偷偷修改")
    )
    item.refresh_from_db()
    assert item.name == "宅基地申请初审（测试）"


@pytest.mark.django_db
def test_a_reviewer_reading_english_publishes_the_chinese_labels(client, demo, item):
    """The approved snapshot keeps its labels (the kind of power, the time limit) in the site's
    language: the public page and the printed board are Chinese whoever approved."""
    PowerItem.objects.filter(pk=item.pk).update(time_limit_days=5)
    act(client, demo.clerk, item, "submit")
    act(client, demo.head, item, "confirm")
    client.get(reverse("public:switch_language", args=["en"]))
    act(client, demo.reviewer, item, "approve")
    item.refresh_from_db()
    kind = item.PowerKind(item.power_kind)
    with translation.override("en"):
        english = str(kind.label), item.time_limit_display
    with translation.override(settings.LANGUAGE_CODE):
        chinese = str(kind.label), item.time_limit_display
    assert english != chinese
    assert (item.published_data["power_kind"], item.published_data["time_limit"]) == chinese

    client.logout()
    client.cookies.clear()
    page = client.get(public_url(item)).content.decode()
    assert all(label in page for label in chinese)
    assert not [label for label in english if label in page], english
