"""Domain logic of the catalog that is neither a view nor a model."""

from __future__ import annotations

from django.contrib.auth.models import Group as AuthGroup
from django.contrib.auth.models import Permission
from django.db import transaction

from .models import PowerCategory, Township

Group = PowerCategory.Group

# The township's starting vocabulary: the seed's categories for township-level units, the
# national power-list categories, and the groupings village small-power lists use.
DEFAULT_CATEGORIES: list[tuple[str, str, str]] = [
    (Group.SEED, "行政许可", ""),
    (Group.SEED, "行政执法", ""),
    (Group.SEED, "行政处罚", ""),
    (Group.SEED, "行政收费", ""),
    (Group.SEED, "重大事项决策", "重点项目、资金分配、资产处置"),
    (Group.SEED, "非行政许可审批", ""),
    (Group.SEED, "人事管理", "录用、调动、任免、奖惩"),
    (Group.SEED, "财务与物资管理", "财务支配、物资采购分配"),
    (Group.SEED, "其他", ""),
    (Group.NATIONAL, "行政强制", ""),
    (Group.NATIONAL, "行政征收", ""),
    (Group.NATIONAL, "行政给付", ""),
    (Group.NATIONAL, "行政检查", ""),
    (Group.NATIONAL, "行政确认", ""),
    (Group.NATIONAL, "行政奖励", ""),
    (Group.NATIONAL, "行政裁决", ""),
    (Group.NATIONAL, "其他行政权力", ""),
    (Group.NATIONAL, "公共服务", ""),
    (Group.VILLAGE, "集体管理事务", ""),
    (Group.VILLAGE, "便民服务", ""),
]


def seed_categories(township: Township, user=None) -> None:
    """Give a township the default category vocabulary; categories it already has stay."""
    existing = set(township.categories.values_list("name", flat=True))
    with transaction.atomic():
        for order, (group, name, description) in enumerate(DEFAULT_CATEGORIES, start=1):
            if name in existing:
                continue
            category = PowerCategory(
                township=township, name=name, group=group, description=description, order=order
            )
            category._history_user = user
            category.save()


ADMINISTRATORS_GROUP = "乡镇管理员"
# What a township administrator may do in the Django admin (scoped to their townships there).
ADMINISTRATOR_MODEL_PERMISSIONS = [
    ("powers", "view_township"),
    ("powers", "change_township"),
    ("powers", "view_unit"),
    ("powers", "add_unit"),
    ("powers", "change_unit"),
    ("powers", "view_post"),
    ("powers", "add_post"),
    ("powers", "change_post"),
    ("powers", "view_powercategory"),
    ("powers", "add_powercategory"),
    ("powers", "change_powercategory"),
    ("powers", "view_poweritem"),
    ("powers", "view_roleassignment"),
    ("powers", "add_roleassignment"),
    ("powers", "change_roleassignment"),
    ("powers", "view_partymembership"),
    ("powers", "add_partymembership"),
    ("powers", "change_partymembership"),
    ("risks", "view_riskmatrix"),
    ("risks", "add_riskmatrix"),
    ("risks", "change_riskmatrix"),
    ("auth", "view_user"),
    ("auth", "add_user"),
    ("auth", "change_user"),
]


# What a county administrator may do besides: see and change their county (never add one).
COUNTY_ADMINISTRATORS_GROUP = "县级管理员"
COUNTY_ADMINISTRATOR_MODEL_PERMISSIONS = [
    ("powers", "view_county"),
    ("powers", "change_county"),
]


def _group_with(name: str, permissions: list[tuple[str, str]]) -> AuthGroup:
    group, _created = AuthGroup.objects.get_or_create(name=name)
    wanted = Permission.objects.none()
    for app_label, codename in permissions:
        wanted |= Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    group.permissions.set(wanted)
    return group


def administrators_group() -> AuthGroup:
    """The group that gives township administrators their Django admin pages."""
    return _group_with(ADMINISTRATORS_GROUP, ADMINISTRATOR_MODEL_PERMISSIONS)


def county_administrators_group() -> AuthGroup:
    """The group that gives county administrators their county's admin page."""
    return _group_with(COUNTY_ADMINISTRATORS_GROUP, COUNTY_ADMINISTRATOR_MODEL_PERMISSIONS)


def sync_administrator_access(user, acting_user=None) -> None:
    """Staff access and the administrators' groups follow the user's active 管理员 roles: a
    county administrator is a township administrator of each of the county's townships (the
    grants are on them) and also sees their county."""
    from .models import RoleAssignment

    roles = RoleAssignment.objects.filter(
        user=user, role=RoleAssignment.Role.ADMINISTRATOR, is_active=True
    )
    is_administrator = roles.exists()
    is_county_administrator = is_administrator and roles.filter(county__isnull=False).exists()
    for group, member in (
        (administrators_group(), is_administrator),
        (county_administrators_group(), is_county_administrator),
    ):
        if member:
            user.groups.add(group)
        else:
            user.groups.remove(group)
    staff = is_administrator or user.is_superuser
    if user.is_staff != staff:
        user.is_staff = staff
        user._history_user = acting_user
        user.save(update_fields=["is_staff"])
