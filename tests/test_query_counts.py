"""Pages whose number of queries must not grow with the number of rows."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from powers.models import Post, PowerItem, RoleAssignment
from tests.factories import PowerItemFactory, UnitFactory, UserFactory, grant


def unit_with_items(township, count: int):
    unit = UnitFactory(township=township)
    post = Post.objects.create(unit=unit, name="报账员")
    for n in range(count):
        item = PowerItemFactory(unit=unit, code=f"Q-{n:03d}", handling_post=post)
        item.is_public = True
        item.status = "published"
        item.published_data = item.public_snapshot()
        item.save()
    return unit


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_the_public_unit_page_does_not_grow_with_items(client, demo, django_assert_num_queries):
    small = unit_with_items(demo.township, 10)
    large = unit_with_items(demo.township, 200)
    url = "public:unit_page"
    # The catalog tab: 1. the unit with its township, 2. its published items (the unit charts
    # are on their own tab, tests/disclosures/test_public_unit_page.py).
    with django_assert_num_queries(2):
        page = client.get(reverse(url, args=[demo.township.code, small.code]))
    assert page.content.decode().count('class="code"') == 10
    with django_assert_num_queries(2):
        page = client.get(reverse(url, args=[demo.township.code, large.code]))
    assert page.content.decode().count('class="code"') == 200
    # A second visit is served from the cache.
    with django_assert_num_queries(0):
        client.get(reverse(url, args=[demo.township.code, large.code]))


@pytest.mark.django_db
def test_the_officials_catalog_page_does_not_grow_with_items(client, demo):
    small = unit_with_items(demo.township, 10)
    large = unit_with_items(demo.township, 200)
    clerk = UserFactory()
    grant(clerk, RoleAssignment.Role.CLERK, small)
    grant(clerk, RoleAssignment.Role.CLERK, large)
    client.force_login(clerk)
    small_count = count_queries(client, reverse("powers:unit_catalog", args=[small.pk]))
    large_count = count_queries(client, reverse("powers:unit_catalog", args=[large.pk]))
    assert small_count == large_count
    assert large_count <= 15
    page = client.get(reverse("powers:unit_catalog", args=[large.pk])).content.decode()
    assert page.count("/work/items/") >= 200


@pytest.mark.django_db
def test_the_catalog_filters_narrow_the_list(client, demo):
    client.force_login(demo.clerk)
    url = reverse("powers:unit_catalog", args=[demo.unit.pk])
    everything = PowerItem.objects.filter(unit=demo.unit)
    major = [i for i in everything if i.major_flags]
    page = client.get(url, {"major": "yes"}).content.decode()
    assert all(i.name in page for i in major)
    minor = [i for i in everything if not i.major_flags]
    assert not any(f">{i.name}</a>" in page for i in minor)
    drafts = everything.filter(status="draft")
    page = client.get(url, {"status": "draft"}).content.decode()
    assert all(f">{i.name}</a>" in page for i in drafts)
    first = everything.first()
    page = client.get(url, {"q": first.name[:2]}).content.decode()
    assert f">{first.name}</a>" in page
