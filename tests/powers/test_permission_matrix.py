"""Each role × own unit, another unit, another township × every page and action.

The item under test belongs to the demo's first village. Users who cannot see the unit get a
404 (no hint that the record exists); users who see it but lack the right get a 403.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from powers.lifecycle import Status
from powers.models import Post, PowerItem
from tests.factories import PowerItemFactory

USERS = [
    "clerk",
    "head",
    "reviewer",
    "discipline",
    "other_clerk",
    "foreign_clerk",
    "foreign_reviewer",
]
SEES_UNIT = {"clerk", "head", "reviewer", "discipline"}


def expected(user: str, allowed: set[str]) -> int:
    if user in allowed:
        return 200
    return 403 if user in SEES_UNIT else 404


@pytest.fixture
def item(demo) -> PowerItem:
    return PowerItemFactory(unit=demo.unit, code="M-001", name="矩阵测试事项")


def item_form_data(item: PowerItem, **changes) -> dict:
    data = {
        "code": item.code,
        "name": item.name,
        "category": item.category_id,
        "power_kind": item.power_kind,
        "origin": item.origin,
        "time_limit_type": item.time_limit_type,
        "version": item.version,
        "bases-TOTAL_FORMS": 0,
        "bases-INITIAL_FORMS": 0,
        "bases-MIN_NUM_FORMS": 0,
        "bases-MAX_NUM_FORMS": 1000,
    }
    data.update(changes)
    return data


PAGES = {
    # page name → (roles allowed, how to build the url)
    "catalog": (SEES_UNIT, lambda d, i: reverse("powers:unit_catalog", args=[d.unit.pk])),
    "posts": (SEES_UNIT, lambda d, i: reverse("powers:unit_posts", args=[d.unit.pk])),
    "detail": (SEES_UNIT, lambda d, i: reverse("powers:item_detail", args=[i.pk])),
    "history": (SEES_UNIT, lambda d, i: reverse("powers:item_history", args=[i.pk])),
    "edit": ({"clerk"}, lambda d, i: reverse("powers:item_edit", args=[i.pk])),
    "create": ({"clerk"}, lambda d, i: reverse("powers:item_create", args=[d.unit.pk])),
    "post_create": ({"clerk"}, lambda d, i: reverse("powers:post_create", args=[d.unit.pk])),
    "post_edit": (
        {"clerk"},
        lambda d, i: reverse("powers:post_edit", args=[Post.objects.filter(unit=d.unit)[0].pk]),
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
@pytest.mark.parametrize("page", list(PAGES))
def test_pages(client, demo, item, user, page):
    allowed, url = PAGES[page]
    client.force_login(getattr(demo, user))
    assert client.get(url(demo, item)).status_code == expected(user, allowed)


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
def test_editing_an_item(client, demo, item, user):
    client.force_login(getattr(demo, user))
    url = reverse("powers:item_edit", args=[item.pk])
    response = client.post(url, item_form_data(item, name="被改过的名称"))
    item.refresh_from_db()
    if user == "clerk":
        assert response.status_code == 302
        assert item.name == "被改过的名称"
    else:
        assert response.status_code == expected(user, set())
        assert item.name == "矩阵测试事项"


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
def test_creating_an_item(client, demo, user):
    client.force_login(getattr(demo, user))
    template = PowerItemFactory.build(unit=demo.unit, code="NEW-1", name="新增的事项")
    url = reverse("powers:item_create", args=[demo.unit.pk])
    response = client.post(url, item_form_data(template))
    created = PowerItem.objects.filter(unit=demo.unit, code="NEW-1").exists()
    assert created == (user == "clerk")
    if user != "clerk":
        assert response.status_code == expected(user, set())


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
def test_editing_a_post(client, demo, user):
    client.force_login(getattr(demo, user))
    post = Post.objects.filter(unit=demo.unit).first()
    url = reverse("powers:post_edit", args=[post.pk])
    response = client.post(url, {"name": post.name, "holder": "新任人员", "order": 1})
    post.refresh_from_db()
    assert (post.holder == "新任人员") == (user == "clerk")
    if user != "clerk":
        assert response.status_code == expected(user, set())


# transition → (starting status, is the item public first, who may, status after)
TRANSITIONS = {
    "submit": (Status.DRAFT, False, {"clerk"}, Status.SUBMITTED),
    "confirm": (Status.SUBMITTED, False, {"head"}, Status.CONFIRMED),
    "return_to_clerk": (Status.SUBMITTED, False, {"head"}, Status.RETURNED),
    "approve": (Status.CONFIRMED, False, {"reviewer"}, Status.PUBLISHED),
    "return": (Status.CONFIRMED, False, {"reviewer"}, Status.RETURNED),
    "withdraw": (Status.PUBLISHED, True, {"reviewer"}, Status.WITHDRAWN),
}


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
@pytest.mark.parametrize("transition", list(TRANSITIONS))
def test_transitions(client, demo, item, user, transition):
    start, public, allowed, after = TRANSITIONS[transition]
    item.status = start
    item.is_public = public
    item.published_data = item.public_snapshot() if public else None
    item.save()
    client.force_login(getattr(demo, user))
    url = reverse("powers:item_transition", args=[item.pk, transition])
    response = client.post(url, {"reason": "测试原因"})
    item.refresh_from_db()
    if user in allowed:
        assert response.status_code == 302
        assert item.status == after
    else:
        assert response.status_code == expected(user, set())
        assert item.status == start


@pytest.mark.django_db
def test_the_discipline_committee_changes_nothing(client, demo, item):
    client.force_login(demo.discipline)
    before = PowerItem.history.count()
    for transition in TRANSITIONS:
        client.post(reverse("powers:item_transition", args=[item.pk, transition]), {"reason": "x"})
    client.post(reverse("powers:item_edit", args=[item.pk]), item_form_data(item, name="改"))
    assert PowerItem.history.count() == before


@pytest.mark.django_db
def test_lists_show_only_the_users_units(client, demo):
    client.force_login(demo.other_clerk)
    page = client.get(reverse("powers:my_work")).content.decode()
    assert demo.other_unit.name in page
    assert demo.unit.name not in page
    client.force_login(demo.foreign_reviewer)
    queue = client.get(reverse("powers:review_queue")).content.decode()
    assert demo.unit.name not in queue
    client.force_login(demo.reviewer)
    queue = client.get(reverse("powers:review_queue")).content.decode()
    confirmed = PowerItem.objects.filter(unit__township=demo.township, status=Status.CONFIRMED)
    assert confirmed.exists()
    for pending in confirmed:
        assert pending.name in queue
