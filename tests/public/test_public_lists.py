"""The public unit page lists a unit's powers in the order its published list has them, with
their 序号 as written, and each other list (负面清单 ...) under its own name."""

from __future__ import annotations

import pytest
from django.test import TestCase
from django.urls import reverse

from powers.lifecycle import apply_transition, save_edit
from powers.models import PowerItem
from powers.public_cache import bump


def reorder(item: PowerItem, sort_order: int, clerk, *, approve: bool = True) -> None:
    """Move an item in its list as the officials' form does, and have the move approved."""
    item.sort_order = sort_order
    with TestCase.captureOnCommitCallbacks(execute=True):
        save_edit(item, user=clerk, expected_version=item.version, reason="按公布的清单调整顺序")
        if approve:
            for name, perm in (
                ("submit", "submit_records"),
                ("confirm", "confirm_records"),
                ("approve", "review_records"),
            ):
                apply_transition(item, name, user=None, perms={perm})


def unit_page(client, unit) -> str:
    return client.get(
        reverse("public:unit_page", args=[unit.township.code, unit.code])
    ).content.decode()


@pytest.mark.django_db
def test_the_catalog_follows_the_lists_order_not_the_codes(client, demo):
    page = unit_page(client, demo.unit)
    # 低保 (GF-01, 9th in the village's list) before 出具证明 (BM-01, 11th), whatever the codes say.
    assert page.index("低保和困难补助申请初审") < page.index("出具证明和印章使用")
    assert '<span class="position">5.1</span>' in page  # the list's numbers as written

    moved = PowerItem.objects.get(unit=demo.unit, code="CW-03")
    reorder(moved, 0, demo.clerk, approve=False)
    page = unit_page(client, demo.unit)
    assert page.index("村级财务收支审批") < page.index("村干部报酬与补贴发放")  # not yet approved
    reorder(moved, 0, demo.clerk)
    page = unit_page(client, demo.unit)
    assert page.index("村干部报酬与补贴发放") < page.index("村级财务收支审批")
    # A category comes where its first item stands.
    assert page.index("财务与物资管理") < page.index("重大事项决策")


@pytest.mark.django_db
def test_sub_items_follow_their_parent_in_the_lists_order(client, demo):
    parent = PowerItem.objects.get(unit=demo.unit, code="GF-01")
    first, second = parent.sub_items.order_by("sort_order")
    places = first.sort_order, second.sort_order
    reorder(second, places[0], demo.clerk)
    reorder(first, places[1], demo.clerk)
    page = unit_page(client, demo.unit)
    assert page.index(second.name) < page.index(first.name)
    item_page = client.get(
        reverse("public:item_page", args=[demo.township.code, demo.unit.code, parent.code])
    ).content.decode()
    subs = item_page.split("子项</h2>")[1]
    assert subs.index(second.name) < subs.index(first.name)


@pytest.mark.django_db
def test_a_negative_list_shows_under_its_own_name_after_the_power_list(client, demo):
    page = unit_page(client, demo.unit)
    heading = page.index("村级证明事项负面清单")
    assert page.index("村务监督") < heading < page.index("亲属关系证明")
    item = PowerItem.objects.get(unit=demo.unit, code="FM-01")
    item_page = client.get(
        reverse("public:item_page", args=[demo.township.code, demo.unit.code, item.code])
    ).content.decode()
    assert "村级证明事项负面清单" in item_page
    assert not any(kind in item_page for kind in ("决策权", "执行权", "监督权"))


@pytest.mark.django_db
def test_an_item_without_a_power_kind_lists_no_kind(client, demo):
    page = unit_page(client, demo.unit)
    entry = page.split("村务公开</a>")[1].split("</li>")[0]
    assert not any(kind in entry for kind in ("决策权", "执行权", "监督权", "—"))
    assert not entry.split('<span class="muted">')[1].startswith(" ·")


@pytest.mark.django_db
def test_an_items_page_lists_its_sub_items_as_approved(client, demo):
    parent = PowerItem.objects.get(unit=demo.unit, code="GF-01")
    child = parent.sub_items.first()
    url = reverse("public:item_page", args=[demo.township.code, demo.unit.code, parent.code])
    assert child.published_data["name"] in client.get(url).content.decode()
    child.parent = None  # a draft not yet reviewed takes it out from under its parent
    with TestCase.captureOnCommitCallbacks(execute=True):
        save_edit(child, user=demo.clerk, expected_version=child.version, reason="调整上级事项")
    bump(demo.township.code)  # drawn afresh, not the cached page
    assert child.published_data["name"] in client.get(url).content.decode()
