"""Every write leaves a history row with its user, and a reason once approved."""

from __future__ import annotations

import pytest
from django.urls import reverse

from powers.models import LegalBasis, Post, PowerItem

from .test_lifecycle import act
from .test_permission_matrix import item_form_data


@pytest.fixture
def published(demo) -> PowerItem:
    return PowerItem.objects.filter(unit=demo.unit, status="published").first()


@pytest.mark.django_db
def test_creating_an_item_records_the_clerk(client, demo):
    client.force_login(demo.clerk)
    template = PowerItem(unit=demo.unit, code="H-1", name="新事项")
    template.category = demo.township.categories.get(name="便民服务")
    data = item_form_data(template, power_kind="execution")
    data.update({"bases-TOTAL_FORMS": 1, "bases-0-rank": "law", "bases-0-document": "《某法》"})
    assert client.post(reverse("powers:item_create", args=[demo.unit.pk]), data).status_code == 302
    item = PowerItem.objects.get(unit=demo.unit, code="H-1")
    row = item.history.get()
    assert row.history_user == demo.clerk
    assert row.history_user_name.endswith("（qx-v01-clerk）")
    assert row.history_request.startswith("POST /work/units/")
    basis_row = LegalBasis.history.get(item_id=item.pk)
    assert basis_row.history_user == demo.clerk


@pytest.mark.django_db
def test_editing_an_approved_item_requires_a_reason(client, demo, published):
    client.force_login(demo.clerk)
    url = reverse("powers:item_edit", args=[published.pk])
    response = client.post(url, item_form_data(published, name="无原因修改"))
    assert response.status_code == 200
    assert "必须填写修改原因" in response.content.decode()
    published.refresh_from_db()
    assert published.name != "无原因修改"

    response = client.post(
        url, item_form_data(published, name="有原因修改", change_reason="村民代表会议决定更名")
    )
    assert response.status_code == 302
    row = published.history.first()
    assert row.history_change_reason == "村民代表会议决定更名"
    assert row.history_user == demo.clerk


@pytest.mark.django_db
def test_transitions_record_who_and_why(client, demo, published):
    act(client, demo.reviewer, published, "withdraw", reason="依据已废止")
    row = published.history.first()
    assert row.history_user == demo.reviewer
    assert "依据已废止" in row.history_change_reason
    assert row.status == "withdrawn"


@pytest.mark.django_db
def test_editing_a_post_records_the_user(client, demo):
    post = Post.objects.filter(unit=demo.unit).first()
    client.force_login(demo.clerk)
    client.post(
        reverse("powers:post_edit", args=[post.pk]),
        {"name": post.name, "holder": "新人", "order": 1},
    )
    assert post.history.first().history_user == demo.clerk


@pytest.mark.django_db
def test_the_history_page_shows_names_not_ids(client, demo, published):
    other_post = Post.objects.filter(unit=demo.unit).exclude(pk=published.handling_post_id).first()
    client.force_login(demo.clerk)
    client.post(
        reverse("powers:item_edit", args=[published.pk]),
        item_form_data(
            published,
            handling_post=other_post.pk,
            power_kind="supervision",
            change_reason="调整承办岗位",
        ),
    )
    client.force_login(demo.discipline)
    page = client.get(reverse("powers:item_history", args=[published.pk])).content.decode()
    assert "承办岗位" in page
    assert other_post.name in page
    assert "监督权" in page
    assert "调整承办岗位" in page
    assert f"#{other_post.pk}<" not in page


@pytest.mark.django_db
def test_a_legal_basis_change_shows_in_its_items_history(client, demo, published):
    basis = published.legal_bases.first()
    client.force_login(demo.clerk)
    data = item_form_data(published, change_reason="补充条款内容")
    data.update(
        {
            "bases-TOTAL_FORMS": 1,
            "bases-INITIAL_FORMS": 1,
            "bases-0-id": basis.pk,
            "bases-0-item": published.pk,
            "bases-0-rank": basis.rank,
            "bases-0-document": basis.document,
            "bases-0-article": basis.article,
            "bases-0-text": "补充后的条款内容",
            "bases-0-order": basis.order,
        }
    )
    assert client.post(reverse("powers:item_edit", args=[published.pk]), data).status_code == 302
    page = client.get(reverse("powers:item_history", args=[published.pk])).content.decode()
    assert "补充后的条款内容" in page
    assert "行使依据" in page


def read_item_history(client, item: PowerItem) -> tuple[list, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("powers:item_history", args=[item.pk]))
    assert response.status_code == 200
    return response.context["entries"], len(queries)


@pytest.mark.django_db
def test_an_items_history_page_costs_the_same_queries_however_long_it_is(client, demo, published):
    """Each entry names the record (and a legal basis its item) from its own history row; the
    page once read the live record for every row."""
    client.force_login(demo.clerk)
    short, short_queries = read_item_history(client, published)
    for n in range(12):
        basis = published.legal_bases.first()
        basis.article = f"第{n + 1}条"
        basis._change_reason = "更正条款"
        basis.save()
        published.service_commitment = f"承诺第{n + 1}版"
        published._change_reason = "更新承诺"
        published.save()
    long, long_queries = read_item_history(client, published)
    assert len(long) == len(short) + 24
    assert long_queries == short_queries
    assert long[0].subject == str(published)
    assert any(entry.subject.startswith("行使依据：") for entry in long[:2]), long[:2]
