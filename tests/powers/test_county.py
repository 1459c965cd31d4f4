"""A county above townships (#15): its discipline committee reads every township of it, its
administrators administer each of them, and no role held on the county reaches further.

The demo's county (青山县, code ``qs``) holds the demo township (清溪乡) and has a discipline
user and an administrator of its own; the other township of the tests (邻乡) is in no county.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from audit.chain import verify
from powers.models import County, RoleAssignment, Township
from tests.factories import PowerItemFactory, TownshipFactory, UnitFactory, UserFactory, grant

Role = RoleAssignment.Role


@pytest.fixture
def county(demo) -> County:
    return demo.township.county


@pytest.fixture
def county_discipline(demo) -> User:
    return User.objects.get(username="qs-county-discipline")


@pytest.fixture
def county_admin(demo) -> User:
    return User.objects.get(username="qs-county-admin")


def new_township(county: County | None, code: str):
    """A township with a village and a draft item in it; returns the item."""
    township = TownshipFactory(code=code, name=f"{code}乡", county=county)
    unit = UnitFactory(township=township, code=f"{code}-v1", name=f"{code}村")
    return PowerItemFactory(unit=unit, name=f"{code}村的草稿事项")


def grant_on_county(user: User, role: str, county: County) -> RoleAssignment:
    """Give ``user`` a role on a county, as an administrator would (``grant`` for the others)."""
    assignment = RoleAssignment(user=user, role=role, county=county)
    assignment.full_clean()
    assignment.save()
    return assignment


def reads(client, user: User, item) -> bool:
    """Whether ``user`` can open the item's page (drafts included): 200, or 404 for unseen."""
    client.force_login(user)
    status = client.get(reverse("powers:item_detail", args=[item.pk])).status_code
    assert status in (200, 404), status
    return status == 200


@pytest.mark.django_db
def test_the_county_discipline_committee_reads_every_township_of_the_county_and_no_other(
    client, demo, county, county_discipline
):
    in_county = new_township(county, "dongshan")  # joined after the role was granted
    outside = new_township(None, "xishan")
    home_item = PowerItemFactory(unit=demo.unit, name="清溪村的草稿事项")

    assert reads(client, county_discipline, home_item)
    assert reads(client, county_discipline, in_county)
    assert not reads(client, county_discipline, outside)
    assert not reads(client, county_discipline, PowerItemFactory(unit=demo.other_township_unit))

    # The township's own committee reads its township only, not its county neighbour's.
    assert reads(client, demo.discipline, home_item)
    assert not reads(client, demo.discipline, in_county)

    # Reading is all a discipline committee does, on the county as on the township.
    client.force_login(county_discipline)
    edit = reverse("powers:item_edit", args=[in_county.pk])
    assert client.get(edit).status_code == 403


@pytest.mark.django_db
def test_a_township_joining_the_county_gets_its_roles_and_leaving_loses_them(
    client, county, county_discipline
):
    item = new_township(None, "beishan")
    township = item.unit.township
    assert not reads(client, county_discipline, item)

    township.county = county
    township.save()
    assert reads(client, county_discipline, item)

    township.county = None
    township.save()
    assert not reads(client, county_discipline, item)


@pytest.mark.django_db
def test_revoking_a_county_role_takes_away_what_it_gave(client, county, county_discipline):
    item = new_township(county, "nanshan")
    assignment = RoleAssignment.objects.get(user=county_discipline, county=county)
    assert reads(client, county_discipline, item)

    assignment.is_active = False
    assignment.save()
    assert not reads(client, county_discipline, item)
    assert assignment.history.count() == 2  # granted, revoked: nothing deleted


@pytest.mark.django_db
def test_a_township_role_and_a_county_role_on_the_same_township_outlive_each_other(
    client, demo, county
):
    both = UserFactory(username="both-levels")
    neighbour = new_township(county, "lingshan")
    home_item = PowerItemFactory(unit=demo.unit, name="两级都有的事项")
    on_township = grant(both, Role.DISCIPLINE, demo.township)
    on_county = grant_on_county(both, Role.DISCIPLINE, county)

    # Revoking the county's role leaves what the township's role gives.
    on_county.is_active = False
    on_county.save()
    assert reads(client, both, home_item)
    assert not reads(client, both, neighbour)

    # And the other way round.
    on_county.is_active = True
    on_county.save()
    on_township.is_active = False
    on_township.save()
    assert reads(client, both, home_item)
    assert reads(client, both, neighbour)


@pytest.mark.django_db
def test_a_role_must_be_on_exactly_one_unit_township_or_county(demo, county):
    user = UserFactory(username="two-scopes")
    message = "角色必须授予一个单位、一个乡镇或一个县，只能选一。"
    for role, scopes in (
        (Role.DISCIPLINE, {"township": demo.township, "county": county}),
        (Role.CLERK, {"unit": demo.unit, "county": county}),
        (Role.DISCIPLINE, {}),
    ):
        assignment = RoleAssignment(user=user, role=role, **scopes)
        with pytest.raises(ValidationError) as refused:
            assignment.full_clean()
        assert message in refused.value.messages, scopes
        with pytest.raises(IntegrityError), transaction.atomic():
            assignment.save()  # the database refuses it too
    assert not RoleAssignment.objects.filter(user=user).exists()


@pytest.mark.django_db
def test_a_county_grants_administrators_and_discipline_committees_only(client, demo, county):
    newcomer = UserFactory(username="county-newcomer")
    client.force_login(demo.admin)
    for role in (Role.CLERK, Role.UNIT_HEAD, Role.REVIEWER):
        response = client.post(
            reverse("admin:powers_roleassignment_add"),
            {"user": newcomer.pk, "role": role, "county": county.pk, "is_active": "on"},
        )
        assert response.status_code == 200, role
        assert "县级只能授予管理员或纪委角色。" in response.content.decode(), role
    assert not RoleAssignment.objects.filter(user=newcomer).exists()

    response = client.post(
        reverse("admin:powers_roleassignment_add"),
        {"user": newcomer.pk, "role": Role.DISCIPLINE, "county": county.pk, "is_active": "on"},
    )
    assert response.status_code == 302
    assert reads(client, newcomer, PowerItemFactory(unit=demo.unit))


@pytest.mark.django_db
def test_a_county_administrator_administers_each_township_of_the_county(
    client, demo, county, county_admin
):
    neighbour = new_township(county, "qingshan2").unit.township
    client.force_login(county_admin)
    for township in (demo.township, neighbour):
        url = reverse("admin:powers_township_change", args=[township.pk])
        assert client.get(url).status_code == 200, township
    assert client.get(reverse("admin:powers_county_change", args=[county.pk])).status_code == 200
    other = demo.other_township_unit.township
    assert client.get(reverse("admin:powers_township_change", args=[other.pk])).status_code == 404

    # They grant roles in the county's townships, and on the county itself.
    newcomer = UserFactory(username="county-made")
    for data in (
        {"role": Role.CLERK, "unit": neighbour.units.get().pk},
        {"role": Role.DISCIPLINE, "county": county.pk},
    ):
        response = client.post(
            reverse("admin:powers_roleassignment_add"),
            {"user": newcomer.pk, "is_active": "on", **data},
        )
        assert response.status_code == 302, response.content.decode()[:2000]
    users = client.get(reverse("admin:auth_user_changelist"), {"all": ""}).content.decode()
    assert "county-made" in users
    assert "qs-county-discipline" in users

    # The township's administrator is refused the county's page and sees no county user.
    client.force_login(demo.administrator)
    assert client.get(reverse("admin:powers_county_change", args=[county.pk])).status_code == 403
    users = client.get(reverse("admin:auth_user_changelist"), {"all": ""}).content.decode()
    assert "qs-county-discipline" not in users
    assert "county-made" not in users  # works at the county too

    # Revoking the county role ends their admin access.
    assignment = RoleAssignment.objects.get(user=county_admin, county=county)
    assignment.is_active = False
    assignment.save()
    county_admin.refresh_from_db()
    assert not county_admin.is_staff
    client.force_login(county_admin)
    response = client.get(reverse("admin:powers_township_change", args=[demo.township.pk]))
    assert response.status_code == 302  # to the admin's sign-in


@pytest.mark.django_db
def test_only_a_superuser_moves_a_township_to_another_county(client, demo, county, county_admin):
    url = reverse("admin:powers_township_change", args=[demo.township.pk])
    client.force_login(county_admin)
    page = client.get(url).content.decode()
    assert 'name="county"' not in page  # shown, not editable
    assert ">青山县</" in page
    client.force_login(demo.administrator)
    assert 'name="county"' not in client.get(url).content.decode()
    client.force_login(demo.admin)
    assert 'name="county"' in client.get(url).content.decode()


@pytest.mark.django_db
def test_the_public_pages_show_the_county_by_name(client, demo):
    home = client.get(reverse("public:home")).content.decode()
    assert "青山县 · " in home
    assert "None" not in home  # 邻乡 is in no county
    township = client.get(reverse("public:township_home", args=[demo.township.code]))
    assert f"青山县 · {demo.township.address}" in township.content.decode()
    other = demo.other_township_unit.township
    page = client.get(reverse("public:township_home", args=[other.code])).content.decode()
    assert "None" not in page


@pytest.mark.django_db
def test_the_api_gives_the_county_as_its_name(client, demo):
    rows = {row["code"]: row for row in client.get("/api/townships/").json()["results"]}
    assert rows[demo.township.code]["county"] == "青山县"
    assert rows[demo.other_township_unit.township.code]["county"] == ""


@pytest.mark.django_db
def test_a_townships_history_names_its_county_and_the_audit_chain_still_holds(demo, county):
    other = County.objects.create(code="baishui", name="白水县")
    township = Township.objects.get(pk=demo.township.pk)
    township.county = other
    township._history_user = demo.admin
    township.save()
    assert [row.county for row in township.history.order_by("history_id")][-2:] == [
        "青山县",
        "白水县",
    ]
    assert verify().first_break is None


@pytest.mark.django_db
def test_the_demo_lists_the_county_accounts(demo):
    from powers.demo import demo_accounts

    accounts = {a.username: a for a in demo_accounts()}
    assert accounts["qs-county-discipline"].scope == "青山县"
    assert accounts["qs-county-admin"].scope == "青山县"
    assert User.objects.get(username="qs-county-discipline").check_password(demo.password)
