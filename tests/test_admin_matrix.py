"""The Django admin as each role sees it: every registered admin, every page, every identity.

The superuser reaches everything. A township administrator reaches their own township's
records (200), is told other townships' records do not exist (404) and is refused the admins
they hold no model permission for (403); a county administrator is the administrator of each
township of the county and also reaches the county's own page. Officials without staff access
are sent to the admin's sign-in. Then one test per security finding, each failing before the
admin was scoped.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.contrib import admin
from django.contrib.admin.utils import NotRelationField, get_fields_from_path
from django.contrib.auth.models import Group, Permission, User
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q
from django.test import Client, RequestFactory
from django.urls import NoReverseMatch, reverse
from simple_history.admin import SimpleHistoryAdmin

from powers.admin import PortalUserAdmin, TownshipScopedAdmin
from powers.models import County, PartyMembership, RoleAssignment, Township

from .factories import UserFactory, grant

Role = RoleAssignment.Role
HOME, FOREIGN = "qx", "other"  # the demo township and the other one (tests/conftest.py)
NOBODYS = ""  # a record in no township: the superuser's account, a sign-in log
IDENTITIES = [
    "clerk",
    "head",
    "reviewer",
    "discipline",
    "administrator",
    "county_administrator",
    "admin",
    "other_clerk",
    "foreign_clerk",
    "foreign_reviewer",
    "foreign_administrator",
]
TOWNSHIP_OF_ADMINISTRATOR = {
    "administrator": HOME,
    "county_administrator": HOME,  # the demo's county holds the demo township only
    "foreign_administrator": FOREIGN,
}
COUNTY_ADMINISTRATOR = "qs-county-admin"  # the demo's


@pytest.fixture
def foreign_administrator(demo) -> User:
    user = UserFactory(username="other-admin")
    grant(user, Role.ADMINISTRATOR, demo.other_township_unit.township)
    user.refresh_from_db()  # the grant made them staff
    return user


@pytest.fixture
def records_in_both_townships(demo) -> None:
    """A record of each kind in both townships, so every scoped admin is walked both ways."""
    import datetime as dt

    from audit.models import SummaryReport, WorkPlan
    from cases.models import ProcedureRule
    from risks.models import RiskMatrix

    from .factories import PowerItemFactory

    for unit in (demo.unit, demo.other_township_unit):
        township = unit.township
        if not unit.posts.exists():
            unit.posts.create(name="报账员")
        if not unit.power_items.exists():
            PowerItemFactory(unit=unit)
        if not township.list_types.exists():
            township.list_types.create(name="村级证明事项负面清单", kind="negative")
        if not RiskMatrix.objects.filter(township=township).exists():
            RiskMatrix.default_for(township).save()
        if not ProcedureRule.objects.filter(township=township).exists():
            ProcedureRule.objects.create(
                township=township,
                name="大额开支",
                min_amount=50000,
                procedure=ProcedureRule.Procedure.FOUR_DELIBERATIONS,
            )
        plan = WorkPlan.objects.filter(township=township).first()
        if plan is None:
            plan = WorkPlan.objects.create(
                township=township,
                title="权力公开透明运行实施方案",
                start=dt.date(2026, 3, 1),
                report_due=dt.date(2026, 12, 1),
            )
        if not SummaryReport.objects.filter(unit__township=township).exists():
            SummaryReport.objects.create(plan=plan, unit=unit)
    for user in (demo.clerk, demo.foreign_clerk):  # a party member in each township
        PartyMembership.objects.get_or_create(user=user)
    other_township = demo.other_township_unit.township
    if other_township.county is None:  # the demo's county holds the demo township
        other_township.county = County.objects.create(code="other-county", name="邻县")
        other_township.save()


@dataclass(frozen=True)
class Page:
    model_admin: admin.ModelAdmin
    name: str  # changelist, add, change, history, history-version, password, delete
    url: str
    township: str | None  # the code of the record's township; None for a page without record

    def __str__(self) -> str:
        return f"{self.name} {self.url}"


def _url(name: str, *args) -> str | None:
    try:
        return reverse(f"admin:{name}", args=args)
    except NoReverseMatch:
        return None


def _is_path(model, path: str) -> bool:
    if path == "pk":
        return True
    try:
        get_fields_from_path(model, path)
    except (FieldDoesNotExist, NotRelationField):
        return False
    return True


def _records(model_admin, demo) -> dict[str, object]:
    """One record of each township the admin can hold (or one in no township)."""
    model = model_admin.model
    if isinstance(model_admin, PortalUserAdmin):
        return {HOME: demo.clerk, FOREIGN: demo.foreign_clerk, NOBODYS: demo.admin}
    if isinstance(model_admin, TownshipScopedAdmin):
        lookups = [lookup for lookup in model_admin.township_lookups if _is_path(model, lookup)]
        records = {}
        for code, user in ((HOME, demo.clerk), (FOREIGN, demo.foreign_clerk)):
            township = Township.objects.filter(code=code)
            in_township = Q(pk__in=[])
            for lookup in lookups:
                in_township |= Q(**{f"{lookup}__in": township})
            if not lookups and _is_path(model, "user"):
                in_township = Q(user=user)  # a record about a user, scoped by the user's roles
            records[code] = model._default_manager.filter(in_township).order_by("pk").first()
        return records
    return {NOBODYS: model._default_manager.order_by("pk").first()}


def _admin_pages(demo) -> list[Page]:
    if not Group.objects.exists():
        Group.objects.create(name="随便一个组")
    pages = []
    for model, model_admin in admin.site._registry.items():
        info = f"{model._meta.app_label}_{model._meta.model_name}"
        for name, url in (("changelist", _url(f"{info}_changelist")), ("add", _url(f"{info}_add"))):
            if url:
                pages.append(Page(model_admin, name, url, None))
        for township, record in _records(model_admin, demo).items():
            if record is None:
                continue
            urls = [
                ("change", _url(f"{info}_change", record.pk)),
                ("history", _url(f"{info}_history", record.pk)),
                ("delete", _url(f"{info}_delete", record.pk)),
                ("password", _url(f"{info}_password_change", record.pk)),
            ]
            if isinstance(model_admin, SimpleHistoryAdmin):
                version = record.history.order_by("history_id").first()
                if version is not None:
                    urls.append(
                        (
                            "history-version",
                            _url(f"{info}_simple_history", record.pk, version.history_id),
                        )
                    )
            pages += [Page(model_admin, name, url, township) for name, url in urls if url]
    return pages


def _allowed_by_model_permission(page: Page, user: User) -> bool:
    request = RequestFactory().get(page.url)
    request.user = user
    model_admin = page.model_admin
    if page.name == "add":
        return model_admin.has_add_permission(request)
    if page.name == "delete":
        return model_admin.has_delete_permission(request)
    if page.name == "password":
        return model_admin.has_change_permission(request)
    return model_admin.has_view_or_change_permission(request)


def _expected(identity: str, user: User, page: Page) -> int:
    if not user.is_staff:
        return 302  # to the admin's sign-in
    if not _allowed_by_model_permission(page, user):
        return 403
    if user.is_superuser or page.township is None:
        return 200
    return 200 if page.township == TOWNSHIP_OF_ADMINISTRATOR[identity] else 404


def _identity(demo, foreign_administrator, identity: str) -> User:
    if identity == "foreign_administrator":
        return foreign_administrator
    if identity == "county_administrator":
        return User.objects.get(username=COUNTY_ADMINISTRATOR)
    return getattr(demo, identity)


@pytest.mark.django_db
@pytest.mark.parametrize("identity", IDENTITIES)
def test_every_admin_page_answers_each_identity_as_its_scope_says(
    demo, foreign_administrator, records_in_both_townships, identity
):
    user = _identity(demo, foreign_administrator, identity)
    client = Client()
    client.force_login(user)
    pages = _admin_pages(demo)
    wrong = []
    for page in pages:
        response = client.get(page.url)
        expected = _expected(identity, user, page)
        if response.status_code != expected:
            wrong.append(f"{page}: {response.status_code}, expected {expected}")
        elif expected == 302 and not response["Location"].startswith("/admin/login/"):
            wrong.append(f"{page}: sent to {response['Location']}, not to the admin's sign-in")
    assert not wrong, "\n".join(wrong)


@pytest.mark.django_db
def test_the_matrix_walks_every_admin_with_records_of_both_townships(
    demo, foreign_administrator, records_in_both_townships
):
    pages = _admin_pages(demo)
    walked = {page.model_admin for page in pages}
    assert walked == set(admin.site._registry.values())
    for model_admin in admin.site._registry.values():
        if isinstance(model_admin, TownshipScopedAdmin | PortalUserAdmin):
            townships = {page.township for page in pages if page.model_admin is model_admin}
            assert {HOME, FOREIGN} <= townships, (
                f"{model_admin}: add a record of both townships to records_in_both_townships"
            )
    # The township administrator reaches pages of their own, so the 404s are not vacuous.
    own = [
        page
        for page in pages
        if page.township == HOME and _expected("administrator", demo.administrator, page) == 200
    ]
    assert len(own) >= 20
    print(f"admin matrix: {len(pages)} pages x {len(IDENTITIES)} identities")


# One test per finding --------------------------------------------------------------------------


def _password_form(new_password: str) -> dict[str, str]:
    return {
        "password1": new_password,
        "password2": new_password,
        "usable_password": "true",
        "set_usable_password": "true",
    }


@pytest.mark.django_db
def test_a_township_administrator_cannot_open_or_post_the_superusers_password_form(client, demo):
    client.force_login(demo.administrator)
    url = reverse("admin:auth_user_password_change", args=[demo.admin.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, _password_form("Taken-over-1234")).status_code == 404
    demo.admin.refresh_from_db()
    assert demo.admin.check_password(demo.password)
    assert client.get(reverse("admin:auth_user_change", args=[demo.admin.pk])).status_code == 404


@pytest.mark.django_db
def test_a_township_administrator_cannot_change_the_password_of_anyone_working_elsewhere(
    client, demo, foreign_administrator
):
    both_townships = UserFactory(username="two-townships")
    grant(both_townships, Role.CLERK, demo.unit)
    grant(both_townships, Role.CLERK, demo.other_township_unit)
    client.force_login(demo.administrator)
    for target in (demo.foreign_clerk, foreign_administrator, both_townships):
        url = reverse("admin:auth_user_password_change", args=[target.pk])
        assert client.post(url, _password_form("Taken-over-1234")).status_code == 404, target
        target.refresh_from_db()
        assert not target.check_password("Taken-over-1234"), target

    # Their own township's clerk is theirs to help.
    url = reverse("admin:auth_user_password_change", args=[demo.clerk.pk])
    assert client.post(url, _password_form("Fresh-start-1234")).status_code == 302
    demo.clerk.refresh_from_db()
    assert demo.clerk.check_password("Fresh-start-1234")


@pytest.mark.django_db
def test_a_township_administrator_cannot_deactivate_another_townships_user(client, demo):
    client.force_login(demo.administrator)
    client.post(
        reverse("admin:auth_user_changelist"),
        {
            "action": "deactivate",
            "_selected_action": [demo.foreign_clerk.pk, demo.admin.pk, demo.other_clerk.pk],
        },
    )
    for user in (demo.foreign_clerk, demo.admin, demo.other_clerk):
        user.refresh_from_db()
    assert demo.foreign_clerk.is_active
    assert demo.admin.is_active
    assert not demo.other_clerk.is_active  # a village of their own township


@pytest.mark.django_db
def test_the_user_list_shows_a_township_administrator_only_their_townships_users(client, demo):
    newcomer = UserFactory(username="newcomer")  # just created, waiting for a first role
    both_townships = UserFactory(username="two-townships")
    grant(both_townships, Role.CLERK, demo.unit)
    grant(both_townships, Role.CLERK, demo.other_township_unit)
    client.force_login(demo.administrator)

    response = client.get(reverse("admin:auth_user_changelist"), {"all": ""})
    listed = {user.username for user in response.context["cl"].queryset}

    def works_only_here(user: User) -> bool:
        roles = [a for a in user.role_assignments.all() if a.is_active]
        # A role on the county is no township's: the county's users are not theirs.
        townships = {(a.unit.township if a.unit else a.township) for a in roles}
        return {t.code if t else None for t in townships} == {HOME}

    users = User.objects.prefetch_related(
        "role_assignments__unit__township", "role_assignments__township"
    )
    expected = {u.username for u in users if not u.is_superuser and works_only_here(u)}
    assert listed == expected | {newcomer.username}
    assert {demo.clerk.username, demo.other_clerk.username, demo.administrator.username} <= listed
    assert not listed & {demo.admin.username, demo.foreign_clerk.username, "two-townships"}

    # Nor does a search, or the role grant's user picker, find anyone else.
    search = client.get(reverse("admin:auth_user_changelist"), {"q": "other"})
    assert not list(search.context["cl"].queryset)
    picker = client.get(
        reverse("admin:autocomplete"),
        {"app_label": "powers", "model_name": "roleassignment", "field_name": "user", "term": ""},
    ).json()
    picked = {User.objects.get(pk=row["id"]).username for row in picker["results"]}
    assert demo.clerk.username in picked
    assert not picked & {demo.admin.username, demo.foreign_clerk.username, "two-townships"}


@pytest.mark.django_db
def test_a_township_administrator_cannot_grant_roles_elsewhere_or_to_users_from_elsewhere(
    client, demo
):
    newcomer = UserFactory(username="newcomer")
    client.force_login(demo.administrator)
    url = reverse("admin:powers_roleassignment_add")
    attempts = [
        {"user": newcomer.pk, "role": Role.CLERK, "unit": demo.other_township_unit.pk},
        {
            "user": newcomer.pk,
            "role": Role.ADMINISTRATOR,
            "township": demo.other_township_unit.township_id,
        },
        {"user": demo.foreign_clerk.pk, "role": Role.CLERK, "unit": demo.unit.pk},
        {"user": demo.admin.pk, "role": Role.CLERK, "unit": demo.unit.pk},
    ]
    for data in attempts:
        response = client.post(url, {**data, "is_active": "on"})
        assert response.status_code == 200, data  # the form answers "not a valid choice"
        assert response.context["adminform"].form.errors, data
    assert not RoleAssignment.objects.filter(user__in=[newcomer, demo.admin]).exists()
    assert not RoleAssignment.objects.filter(user=demo.foreign_clerk, unit=demo.unit).exists()

    # A grant of a user who also works in another township is not theirs to revoke.
    both_townships = UserFactory(username="two-townships")
    here = grant(both_townships, Role.CLERK, demo.unit)
    grant(both_townships, Role.CLERK, demo.other_township_unit)
    change = reverse("admin:powers_roleassignment_change", args=[here.pk])
    assert client.get(change).status_code == 404
    response = client.post(change, {"user": both_townships.pk, "role": Role.CLERK})
    assert response.status_code == 404
    here.refresh_from_db()
    assert here.is_active


@pytest.mark.django_db
def test_a_township_administrator_cannot_set_superuser_staff_groups_or_permissions(client, demo):
    client.force_login(demo.administrator)
    escalation = {
        "is_superuser": "on",
        "is_staff": "on",
        "groups": [Group.objects.get_or_create(name="乡镇管理员")[0].pk],
        "user_permissions": [Permission.objects.get(codename="change_user").pk],
    }
    response = client.post(
        reverse("admin:auth_user_change", args=[demo.clerk.pk]),
        {
            "username": demo.clerk.username,
            "first_name": demo.clerk.first_name,
            "is_active": "on",
            "date_joined_0": "2026-01-05",
            "date_joined_1": "09:30:00",
            **escalation,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    response = client.post(
        reverse("admin:auth_user_add"),
        {"username": "made-here", **_password_form("Qingxi-Spring-9x"), **escalation},
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    for user in (User.objects.get(pk=demo.clerk.pk), User.objects.get(username="made-here")):
        assert not user.is_superuser
        assert not user.is_staff
        assert not user.groups.exists()
        assert not user.user_permissions.exists()


@pytest.mark.django_db
def test_admins_without_a_township_are_for_superusers_only(client, demo):
    """Django's groups and django-axes' sign-in logs know no township: a township
    administrator is refused them even when someone gave them the model permissions."""
    unscoped = [
        model
        for model, model_admin in admin.site._registry.items()
        if model._meta.app_label in {"auth", "axes", "guardian"}
        and not isinstance(model_admin, PortalUserAdmin)
    ]
    assert Group in unscoped
    demo.administrator.user_permissions.add(
        *Permission.objects.filter(content_type__app_label__in={"auth", "axes", "guardian"})
    )
    client.force_login(demo.administrator)
    for model in unscoped:
        info = f"{model._meta.app_label}_{model._meta.model_name}"
        assert client.get(reverse(f"admin:{info}_changelist")).status_code == 403, model
    index = client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:auth_group_changelist") not in index


@pytest.mark.django_db
def test_history_pages_and_list_filters_show_no_other_township(client, demo):
    client.force_login(demo.administrator)
    other_unit = demo.other_township_unit
    for url in (
        reverse("admin:powers_unit_history", args=[other_unit.pk]),
        reverse("admin:auth_user_history", args=[demo.admin.pk]),
        reverse("admin:auth_user_history", args=[demo.foreign_clerk.pk]),
    ):
        assert client.get(url).status_code == 404, url
    assert client.get(reverse("admin:powers_unit_history", args=[demo.unit.pk])).status_code == 200
    for name in ("powers_unit", "powers_post", "powers_roleassignment", "powers_powercategory"):
        page = client.get(reverse(f"admin:{name}_changelist")).content.decode()
        assert other_unit.township.name not in page, name
        assert other_unit.name not in page, name
