"""Role grants through the admin: scoped to the administrator's township, audited, revocable."""

from __future__ import annotations

import pytest
from django.urls import reverse

from powers.models import RoleAssignment, Unit
from powers.permissions import forget_grants, has_unit_perm
from tests.factories import UserFactory

Role = RoleAssignment.Role


@pytest.fixture
def township_admin(demo):
    return demo.administrator


@pytest.mark.django_db
def test_a_township_administrator_grants_a_role_and_history_names_them(
    client, demo, township_admin
):
    newcomer = UserFactory(username="newcomer")
    client.force_login(township_admin)
    response = client.post(
        reverse("admin:powers_roleassignment_add"),
        {"user": newcomer.pk, "role": Role.CLERK, "unit": demo.unit.pk, "is_active": "on"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assignment = RoleAssignment.objects.get(user=newcomer)
    assert assignment.granted_by == township_admin
    row = assignment.history.get()
    assert row.history_user == township_admin
    assert has_unit_perm(newcomer, demo.unit, "change_records")

    # Revoking keeps the record and its history, and takes the permissions away.
    response = client.post(
        reverse("admin:powers_roleassignment_change", args=[assignment.pk]),
        {"user": newcomer.pk, "role": Role.CLERK, "unit": demo.unit.pk},
    )
    assert response.status_code == 302
    forget_grants(newcomer)
    assert not has_unit_perm(newcomer, demo.unit, "view_records")
    assert assignment.history.count() == 2


@pytest.mark.django_db
def test_a_township_administrator_cannot_grant_in_another_township(client, demo, township_admin):
    newcomer = UserFactory(username="newcomer2")
    client.force_login(township_admin)
    response = client.post(
        reverse("admin:powers_roleassignment_add"),
        {"user": newcomer.pk, "role": Role.CLERK, "unit": demo.other_township_unit.pk},
    )
    assert response.status_code == 200  # the other township's unit is not a valid choice
    assert not RoleAssignment.objects.filter(user=newcomer).exists()
    listing = client.get(reverse("admin:powers_roleassignment_changelist")).content.decode()
    assert "other-clerk" not in listing
    assert demo.clerk.username in listing
    units = client.get(reverse("admin:powers_unit_changelist")).content.decode()
    assert demo.other_township_unit.name not in units


@pytest.mark.django_db
def test_a_township_administrator_cannot_make_superusers(client, demo, township_admin):
    client.force_login(township_admin)
    target = demo.clerk
    response = client.get(reverse("admin:auth_user_change", args=[target.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert 'name="is_superuser"' not in page
    assert 'name="groups"' not in page


@pytest.mark.django_db
def test_nobody_deletes_users_or_roles(client, demo):
    client.force_login(demo.admin)
    response = client.get(reverse("admin:auth_user_delete", args=[demo.clerk.pk]))
    assert response.status_code == 403
    assignment = RoleAssignment.objects.filter(user=demo.clerk).first()
    response = client.get(reverse("admin:powers_roleassignment_delete", args=[assignment.pk]))
    assert response.status_code == 403


@pytest.mark.django_db
def test_deactivating_a_user_is_audited_and_blocks_sign_in(client, demo):
    client.force_login(demo.admin)
    client.post(
        reverse("admin:auth_user_changelist"),
        {"action": "deactivate", "_selected_action": [demo.other_clerk.pk]},
    )
    demo.other_clerk.refresh_from_db()
    assert not demo.other_clerk.is_active
    assert demo.other_clerk.history.first().history_user == demo.admin
    client.logout()
    response = client.post(
        reverse("login"), {"username": demo.other_clerk.username, "password": demo.password}
    )
    assert response.status_code == 200  # refused: back on the sign-in form


@pytest.mark.django_db
def test_a_unit_role_cannot_be_a_township_only_role(demo):
    from django.core.exceptions import ValidationError

    assignment = RoleAssignment(user=demo.clerk, role=Role.REVIEWER, unit=demo.unit)
    with pytest.raises(ValidationError):
        assignment.full_clean()
    assert Unit.objects.filter(pk=demo.unit.pk).exists()


@pytest.mark.django_db
def test_an_old_version_is_read_in_the_admin_never_restored(client, demo, township_admin):
    post = demo.unit.posts.first()
    old_name = post.name
    first = post.history.order_by("history_id").first()
    post.name = "改过的岗位名称"
    post._change_reason = "岗位调整"
    post.save()
    url = reverse("admin:powers_post_simple_history", args=[post.pk, first.history_id])

    client.force_login(demo.admin)
    assert old_name in client.get(url).content.decode()
    # Posting the old version's form back would restore it: refused, even for a superuser.
    response = client.post(url, {"unit": post.unit_id, "name": old_name, "order": post.order})
    assert response.status_code == 403
    post.refresh_from_db()
    assert post.name == "改过的岗位名称"

    # A township administrator reads only their own township's old versions.
    other_post = demo.other_township_unit.posts.create(name="邻乡岗位")
    other_row = other_post.history.get()
    client.force_login(township_admin)
    other_url = reverse(
        "admin:powers_post_simple_history", args=[other_post.pk, other_row.history_id]
    )
    assert client.get(other_url).status_code == 404
    assert client.get(url).status_code == 200
