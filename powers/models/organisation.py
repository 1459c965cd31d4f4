"""Townships, units, posts and who holds which role where."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from guardian.models import UserObjectPermissionBase
from simple_history import register as register_history

from ..history import HistoryExtras, audited_history

# Object permissions, the same on Unit and on Township (a township grant covers its units).
RECORD_PERMISSIONS = [
    ("view_records", _("查看单位记录（含草稿）")),
    ("change_records", _("录入和修改单位记录")),
    ("submit_records", _("提交审核")),
    ("confirm_records", _("单位负责人确认或退回")),
    ("review_records", _("乡镇审核、退回、发布和撤回")),
    ("view_history", _("查看变更历史")),
    ("manage_unit", _("管理岗位和用户角色")),
]


class County(models.Model):
    """A county (县、市、区) above townships, for a deployment that serves a whole county: its
    administrators and discipline committee hold their roles on every township of it."""

    name = models.CharField(_("名称"), max_length=100)
    code = models.SlugField(_("代码"), max_length=20, unique=True)
    address = models.CharField(_("地址"), max_length=200, blank=True)
    phone = models.CharField(_("电话"), max_length=50, blank=True)
    discipline_contact = models.CharField(_("纪委监督联系方式"), max_length=200, blank=True)
    history = audited_history()

    class Meta:
        verbose_name = _("县（市、区）")
        verbose_name_plural = _("县（市、区）")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class TownshipHistory(HistoryExtras):
    """What a township's history keeps beyond the extras: its county by name.

    The county was a text column before it became a foreign key, and the audit chain's links
    hash the history table's columns by name: dropping that column would leave every earlier
    township link uncheckable. So the history keeps the column, filled with the county's name
    (``powers.signals``), and the foreign key itself stays out of the history.
    """

    county = models.CharField(_("所属县（市、区）"), max_length=100, blank=True)

    class Meta:
        abstract = True


class Township(models.Model):
    """A township (乡镇): the top of one deployment; a county may host many."""

    name = models.CharField(_("名称"), max_length=100)
    code = models.SlugField(_("代码"), max_length=20, unique=True)
    county = models.ForeignKey(
        County,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="townships",
        verbose_name=_("所属县（市、区）"),
    )
    address = models.CharField(_("地址"), max_length=200, blank=True)
    phone = models.CharField(_("电话"), max_length=50, blank=True)
    discipline_contact = models.CharField(_("纪委监督联系方式"), max_length=200, blank=True)
    history = audited_history(bases=[TownshipHistory], excluded_fields=["county"])

    class Meta:
        verbose_name = _("乡镇")
        verbose_name_plural = _("乡镇")
        ordering = ["code"]
        permissions = RECORD_PERMISSIONS

    def __str__(self) -> str:
        return self.name


class UnitQuerySet(models.QuerySet):
    def with_perm(self, user, perm: str = "view_records") -> UnitQuerySet:
        return self.filter(unit_filter(user, perm, prefix=""))


class Unit(models.Model):
    """A village or residents' committee (村/居), a township-level unit (乡直单位), the
    township government itself (乡镇人民政府) or one of its offices (乡镇内设机构)."""

    class Kind(models.TextChoices):
        TOWNSHIP_GOVERNMENT = "township_government", _("乡镇人民政府")
        OFFICE = "office", _("乡镇内设机构")
        VILLAGE = "village", _("村")
        COMMUNITY = "community", _("居（社区）")
        FINANCE = "finance", _("财政所")
        HEALTH = "health", _("卫生院")
        SCHOOL = "school", _("学校")
        OTHER = "other", _("其他乡直单位")

    township = models.ForeignKey(
        Township, models.PROTECT, related_name="units", verbose_name=_("乡镇")
    )
    code = models.SlugField(_("代码"), max_length=30)
    name = models.CharField(_("名称"), max_length=100)
    kind = models.CharField(_("类型"), max_length=24, choices=Kind.choices)
    address = models.CharField(_("地址"), max_length=200, blank=True)
    phone = models.CharField(_("电话"), max_length=50, blank=True)
    first_responsible = models.CharField(_("第一责任人"), max_length=50, blank=True)
    first_responsible_title = models.CharField(_("第一责任人职务"), max_length=50, blank=True)
    is_active = models.BooleanField(_("启用"), default=True)
    history = audited_history()

    objects = UnitQuerySet.as_manager()

    class Meta:
        verbose_name = _("单位")
        verbose_name_plural = _("单位")
        ordering = ["township", "code"]
        permissions = RECORD_PERMISSIONS
        constraints = [
            models.UniqueConstraint(
                fields=["township", "code"],
                name="unit_code_unique_in_township",
                violation_error_message=_("本乡镇已有相同代码的单位。"),
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_village(self) -> bool:
        return self.kind in {self.Kind.VILLAGE, self.Kind.COMMUNITY}


class UnitUserObjectPermission(UserObjectPermissionBase):
    """A permission a user holds on one unit (django-guardian, direct foreign key)."""

    content_object = models.ForeignKey(Unit, models.CASCADE)

    class Meta(UserObjectPermissionBase.Meta):
        verbose_name = _("单位权限")
        verbose_name_plural = _("单位权限")


class TownshipUserObjectPermission(UserObjectPermissionBase):
    """A permission a user holds on a township, covering all of its units."""

    content_object = models.ForeignKey(Township, models.CASCADE)

    class Meta(UserObjectPermissionBase.Meta):
        verbose_name = _("乡镇权限")
        verbose_name_plural = _("乡镇权限")


class RoleAssignment(models.Model):
    """A role granted to a user on a unit, a township or a county: the record behind
    guardian's rows.

    Saving it grants or revokes the role's permissions, so who granted what to whom and when
    stays in its history. Revoking sets ``is_active`` off; nothing is deleted. A county role
    (管理员 or 纪委 only) is held on every township of the county.
    """

    class Role(models.TextChoices):
        CLERK = "clerk", _("录入员")
        UNIT_HEAD = "unit_head", _("单位负责人")
        REVIEWER = "reviewer", _("乡镇审核员")
        DISCIPLINE = "discipline", _("纪委")
        ADMINISTRATOR = "administrator", _("管理员")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        related_name="role_assignments",
        verbose_name=_("用户"),
    )
    role = models.CharField(_("角色"), max_length=20, choices=Role.choices)
    unit = models.ForeignKey(
        Unit,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="role_assignments",
        verbose_name=_("单位"),
    )
    township = models.ForeignKey(
        Township,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="role_assignments",
        verbose_name=_("乡镇"),
    )
    county = models.ForeignKey(
        County,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="role_assignments",
        verbose_name=_("县（市、区）"),
    )
    is_active = models.BooleanField(_("有效"), default=True)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("授权人"),
    )
    note = models.CharField(_("备注"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("授权时间"), auto_now_add=True)
    history = audited_history()

    class Meta:
        verbose_name = _("角色授权")
        verbose_name_plural = _("角色授权")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(unit__isnull=False, township__isnull=True, county__isnull=True)
                    | Q(unit__isnull=True, township__isnull=False, county__isnull=True)
                    | Q(unit__isnull=True, township__isnull=True, county__isnull=False)
                ),
                name="role_on_one_scope",
                violation_error_message=_("角色必须授予一个单位、一个乡镇或一个县，只能选一。"),
            ),
            models.UniqueConstraint(
                fields=["user", "role", "unit"],
                condition=Q(is_active=True, unit__isnull=False),
                name="one_active_role_per_unit",
                violation_error_message=_("该用户在此单位已有这个角色。"),
            ),
            models.UniqueConstraint(
                fields=["user", "role", "township"],
                condition=Q(is_active=True, township__isnull=False),
                name="one_active_role_per_township",
                violation_error_message=_("该用户在此乡镇已有这个角色。"),
            ),
            models.UniqueConstraint(
                fields=["user", "role", "county"],
                condition=Q(is_active=True, county__isnull=False),
                name="one_active_role_per_county",
                violation_error_message=_("该用户在此县已有这个角色。"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()} · {self.scope}"

    @property
    def scope(self):
        return self.unit or self.township or self.county

    def clean(self) -> None:
        if self.role in TOWNSHIP_ONLY_ROLES and self.unit_id:
            raise ValidationError({"unit": _("该角色只能授予乡镇。")})
        if self.county_id and self.role and self.role not in COUNTY_ROLES:
            raise ValidationError({"role": _("县级只能授予管理员或纪委角色。")})


class PartyMembership(models.Model):
    """A user's party membership (中共党员) as the portal knows it: what lets an official read
    the township's disclosures within the party (党内公开).

    An administrator grants it and revokes it by setting ``is_active`` off; nothing is deleted,
    so who granted it to whom and when stays in its history, as with role grants.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        related_name="party_membership",
        verbose_name=_("用户"),
    )
    is_active = models.BooleanField(_("有效"), default=True)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("授权人"),
    )
    granted_at = models.DateTimeField(_("授权时间"), null=True, blank=True)
    note = models.CharField(_("备注"), max_length=200, blank=True)
    history = audited_history()

    class Meta:
        verbose_name = _("党员身份")
        verbose_name_plural = _("党员身份")
        ordering = ["user__username"]

    def __str__(self) -> str:
        return str(self.user)


class Post(models.Model):
    """A post (岗位) within a unit; key posts handle people, money, goods or affairs."""

    unit = models.ForeignKey(Unit, models.PROTECT, related_name="posts", verbose_name=_("单位"))
    name = models.CharField(_("岗位名称"), max_length=100)
    holder = models.CharField(_("在岗人员"), max_length=100, blank=True)
    duties = models.TextField(_("岗位职责"), blank=True)
    manages_people = models.BooleanField(_("管人"), default=False)
    manages_money = models.BooleanField(_("管财"), default=False)
    manages_goods = models.BooleanField(_("管物"), default=False)
    manages_affairs = models.BooleanField(_("管事"), default=False)
    order = models.PositiveIntegerField(_("排序"), default=0)
    history = audited_history()

    class Meta:
        verbose_name = _("岗位")
        verbose_name_plural = _("岗位")
        ordering = ["unit", "order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "name"],
                name="post_name_unique_in_unit",
                violation_error_message=_("本单位已有同名岗位。"),
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_key_post(self) -> bool:
        return any(
            (self.manages_people, self.manages_money, self.manages_goods, self.manages_affairs)
        )

    def get_unit(self) -> Unit:
        return self.unit


# Users are audited too (activation, names, staff flags); passwords and sign-in times are not.
register_history(
    User,
    app="powers",
    bases=[HistoryExtras],
    excluded_fields=["password", "last_login"],
    user_db_constraint=False,
)


# --- who holds what: roles' permissions and a user's grants, read by the models' querysets and
# by powers.permissions (which re-exports them) --------------------------------------------------

Role = RoleAssignment.Role

ROLE_PERMISSIONS: dict[str, set[str]] = {
    Role.CLERK: {"view_records", "change_records", "submit_records", "view_history"},
    Role.UNIT_HEAD: {"view_records", "confirm_records", "view_history"},
    Role.REVIEWER: {"view_records", "review_records", "view_history"},
    Role.DISCIPLINE: {"view_records", "view_history"},
    Role.ADMINISTRATOR: {"view_records", "view_history", "manage_unit"},
}
ALL_PERMISSIONS = set().union(*ROLE_PERMISSIONS.values())
TOWNSHIP_ONLY_ROLES = {Role.REVIEWER, Role.DISCIPLINE, Role.ADMINISTRATOR}
# A county's administrators and discipline committee; review stays with each township.
COUNTY_ROLES = {Role.ADMINISTRATOR, Role.DISCIPLINE}


@dataclass
class Grants:
    """The permissions one user holds, by unit id and by township id."""

    units: dict[int, set[str]] = field(default_factory=dict)
    townships: dict[int, set[str]] = field(default_factory=dict)
    everything: bool = False

    def on_unit(self, unit: Unit) -> set[str]:
        if self.everything:
            return set(ALL_PERMISSIONS)
        return self.units.get(unit.pk, set()) | self.townships.get(unit.township_id, set())

    def on_township(self, township_id: int) -> set[str]:
        if self.everything:
            return set(ALL_PERMISSIONS)
        return self.townships.get(township_id, set())


def grants_for(user) -> Grants:
    if not user.is_authenticated or not user.is_active:
        return Grants()
    cached = getattr(user, "_portal_grants", None)
    if cached is not None:
        return cached
    grants = Grants(everything=user.is_superuser)
    if not grants.everything:
        for unit_id, codename in UnitUserObjectPermission.objects.filter(user=user).values_list(
            "content_object_id", "permission__codename"
        ):
            grants.units.setdefault(unit_id, set()).add(codename)
        for township_id, codename in TownshipUserObjectPermission.objects.filter(
            user=user
        ).values_list("content_object_id", "permission__codename"):
            grants.townships.setdefault(township_id, set()).add(codename)
    user._portal_grants = grants
    return grants


def unit_filter(user, perm: str, prefix: str = "unit__") -> Q:
    """A filter for records (``prefix`` to their unit) in units where the user holds ``perm``."""
    grants = grants_for(user)
    if grants.everything:
        return Q()
    unit_ids = [pk for pk, perms in grants.units.items() if perm in perms]
    township_ids = [pk for pk, perms in grants.townships.items() if perm in perms]
    unit_key = f"{prefix}pk__in" if prefix else "pk__in"
    return Q(**{unit_key: unit_ids}) | Q(**{f"{prefix}township_id__in": township_ids})
