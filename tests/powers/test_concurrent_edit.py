"""Two officials editing the same item: the second save is refused, and nothing is lost."""

from __future__ import annotations

import pytest
from django.urls import reverse

from powers.models import PowerItem, RoleAssignment
from tests.factories import UserFactory, grant

from .test_permission_matrix import item_form_data


@pytest.mark.django_db
def test_the_second_save_is_refused_with_what_changed(client, demo):
    item = PowerItem.objects.filter(unit=demo.unit, status="draft", first_approved_at=None)[0]
    second_clerk = UserFactory(username="second-clerk", first_name="第二录入员")
    grant(second_clerk, RoleAssignment.Role.CLERK, demo.unit)
    url = reverse("powers:item_edit", args=[item.pk])
    loaded = item_form_data(item)  # both opened the form at the same version

    client.force_login(second_clerk)
    assert client.post(url, {**loaded, "conditions": "第二人填写的条件"}).status_code == 302

    client.force_login(demo.clerk)
    response = client.post(url, {**loaded, "conditions": "第一人填写的条件"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "第二录入员" in page
    assert "已修改了这条记录" in page
    assert "第二人填写的条件" in page  # what the other changed, shown in the conflict table
    assert "第一人填写的条件" in page  # the refused input is still in the form
    item.refresh_from_db()
    assert item.conditions == "第二人填写的条件"

    # Saving again from the re-displayed form (now at the current version) goes through.
    resubmit = {**loaded, "conditions": "第一人填写的条件", "version": item.version}
    assert client.post(url, resubmit).status_code == 302
    item.refresh_from_db()
    assert item.conditions == "第一人填写的条件"
