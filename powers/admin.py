"""The Django admin, for administrators setting up townships, units, posts, users and roles.

Catalog content is edited on the officials' pages (with review and reasons), so the admin shows
it read-only. Nothing audited can be deleted here: users are deactivated, roles revoked.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.utils import get_fields_from_path, unquote
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    County,
    LegalBasis,
    ListType,
    Post,
    PowerCategory,
    PowerItem,
    RoleAssignment,
    Township,
    Unit,
)
from .permissions import townships_with_perm

User = get_user_model()


def managed_townships(request):
    """The townships where the signed-in user holds the 管理员 role, on the township or on its
    county (all, for a superuser)."""
    return townships_with_perm(request.user, "manage_unit")


def managed_counties(request):
    """The counties where the signed-in user holds the 管理员 role (all, for a superuser)."""
    if request.user.is_superuser:
        return County.objects.all()
    return County.objects.filter(
        role_assignments__user=request.user,
        role_assignments__role=RoleAssignment.Role.ADMINISTRATOR,
        role_assignments__is_active=True,
    )


def users_in_townships(townships, counties=None) -> Q:
    """Users an administrator of ``townships`` (and of ``counties``) may see and change in the
    admin.

    A user is in scope when every active role they hold lies on those townships or their
    units (or on those counties), and they hold at least one there. A user with no active role
    is in scope while nothing ties them elsewhere: not staff, and every role they ever held
    (none, for an account just created and waiting for its first role) lay there. Superusers
    never are. A county's own users (its 纪委, its administrators) are thus the county
    administrator's, never a township administrator's.
    """
    roles = RoleAssignment.objects.filter(user=OuterRef("pk"))
    inside = Q(township__in=townships) | Q(unit__township__in=townships)
    if counties is not None:
        inside |= Q(county__in=counties)
    active = roles.filter(is_active=True)
    return (
        Q(is_superuser=False)
        & ~Exists(active.exclude(inside))
        & (Exists(active.filter(inside)) | (Q(is_staff=False) & ~Exists(roles.exclude(inside))))
    )


class ScopedPagesMixin:
    """What every admin page of ours does with records the user may not see.

    Out-of-scope records answer 404, as the officials' pages do (Django's admin would redirect
    with "does not exist"), and list filters offer only values found in the user's own rows,
    so no other township's or unit's name shows in the sidebar.
    """

    def _get_obj_does_not_exist_redirect(self, request, opts, object_id):
        raise Http404

    def get_list_filter(self, request):
        list_filter = super().get_list_filter(request)
        if request.user.is_superuser:
            return list_filter
        scoped = []
        for entry in list_filter:
            if isinstance(entry, str) and get_fields_from_path(self.model, entry)[-1].is_relation:
                entry = (entry, admin.RelatedOnlyFieldListFilter)
            scoped.append(entry)
        return scoped


class NoDeleteAdmin(ScopedPagesMixin, SimpleHistoryAdmin):
    """Records are deactivated, never deleted; their old versions are read, never restored."""

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def _check_history_access(self, request, object_id) -> None:
        if not self.has_view_history_or_change_history_permission(request):
            raise PermissionDenied
        # simple-history reads the history table directly, and shows the last version of a
        # record its admin cannot find: keep to the records this admin may see.
        if not self.get_queryset(request).filter(pk=unquote(object_id)).exists():
            raise Http404

    def history_view(self, request, object_id, extra_context=None):
        self._check_history_access(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # SIMPLE_HISTORY_REVERT_DISABLED only hides the revert button: simple-history's view of
        # an old version still saves what is posted to it, which would restore that version.
        if request.method != "GET":
            raise PermissionDenied
        self._check_history_access(request, object_id)
        return super().history_form_view(request, object_id, version_id, extra_context)


class TownshipScopedAdmin(NoDeleteAdmin):
    """A township administrator (staff with the 管理员 role) sees and edits only their townships.

    Superusers see everything. ``township_lookups`` are the paths from the model to its
    township; a row is in scope when any of them is a managed township.
    """

    township_lookups: tuple[str, ...] = ("township",)

    def managed_townships(self, request):
        return managed_townships(request)

    def managed_counties(self, request):
        return managed_counties(request)

    def users_in_scope(self, request):
        managed = users_in_townships(
            self.managed_townships(request), self.managed_counties(request)
        )
        return User.objects.filter(managed)

    def scope(self, request) -> Q:
        managed = self.managed_townships(request)
        scope = Q(pk__in=[])
        for lookup in self.township_lookups:
            scope |= Q(**{f"{lookup}__in": managed})
        return scope

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        return queryset.filter(self.scope(request))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if not request.user.is_superuser:
            managed = self.managed_townships(request)
            if db_field.related_model is Township:
                kwargs["queryset"] = managed
            elif db_field.related_model is County:
                kwargs["queryset"] = self.managed_counties(request)
            elif db_field.related_model is Unit:
                kwargs["queryset"] = Unit.objects.filter(township__in=managed)
            elif db_field.related_model is Post:
                kwargs["queryset"] = Post.objects.filter(unit__township__in=managed)
            elif db_field.related_model is User:
                kwargs["queryset"] = self.users_in_scope(request)
            elif isinstance(self.admin_site._registry.get(db_field.related_model), NoDeleteAdmin):
                # Any other choice (a category, a plan) is what its own admin lets the user see.
                related_admin = self.admin_site._registry[db_field.related_model]
                kwargs["queryset"] = related_admin.get_queryset(request)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change: bool) -> None:
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            # NetBox's check: what was saved must still be within the user's townships.
            if not request.user.is_superuser:
                in_scope = type(obj)._default_manager.filter(self.scope(request), pk=obj.pk)
                if not in_scope.exists():
                    raise PermissionDenied


@admin.register(County)
class CountyAdmin(TownshipScopedAdmin):
    """A county, seen and changed by its own administrators (管理员 on the county) and by
    superusers; only a superuser adds one."""

    township_lookups = ("townships",)
    list_display = ["code", "name", "phone", "discipline_contact"]
    search_fields = ["name", "code"]

    def scope(self, request) -> Q:
        return Q(pk__in=self.managed_counties(request))


@admin.register(Township)
class TownshipAdmin(TownshipScopedAdmin):
    township_lookups = ("pk",)
    list_display = ["code", "name", "county", "phone"]
    search_fields = ["name", "code"]
    list_select_related = ["county"]

    def get_readonly_fields(self, request, obj=None):
        # Which county a township is in decides who reads it (the county's 纪委): a superuser
        # sets it, never the township's or the county's administrator.
        fields = super().get_readonly_fields(request, obj)
        return fields if request.user.is_superuser else (*fields, "county")


@admin.register(Unit)
class UnitAdmin(TownshipScopedAdmin):
    list_display = ["code", "name", "kind", "township", "first_responsible", "is_active"]
    list_filter = ["township", "kind", "is_active"]
    search_fields = ["name", "code"]
    list_select_related = ["township"]


@admin.register(Post)
class PostAdmin(TownshipScopedAdmin):
    township_lookups = ("unit__township",)
    list_display = ["name", "unit", "holder", "is_key_post"]
    list_filter = ["unit__township", "unit"]
    search_fields = ["name", "holder", "unit__name"]
    list_select_related = ["unit"]

    @admin.display(boolean=True, description=Post._meta.get_field("manages_money").verbose_name)
    def is_key_post(self, obj: Post) -> bool:
        return obj.is_key_post


@admin.register(PowerCategory)
class PowerCategoryAdmin(TownshipScopedAdmin):
    list_display = ["name", "township", "group", "order", "is_active"]
    list_filter = ["township", "group", "is_active"]


@admin.register(ListType)
class ListTypeAdmin(TownshipScopedAdmin):
    list_display = ["name", "township", "kind", "order"]
    list_filter = ["township", "kind"]


class ReadOnlyAdmin(NoDeleteAdmin):
    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


class LegalBasisInline(admin.TabularInline):
    model = LegalBasis
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(PowerItem)
class PowerItemAdmin(ReadOnlyAdmin, TownshipScopedAdmin):
    township_lookups = ("unit__township",)
    list_display = ["code", "position", "name", "unit", "category", "status", "is_public"]
    list_filter = ["unit__township", "status", "is_public", "category"]
    search_fields = ["name", "code", "unit__name"]
    list_select_related = ["unit", "category"]
    inlines = [LegalBasisInline]


@admin.register(RoleAssignment)
class RoleAssignmentAdmin(TownshipScopedAdmin):
    township_lookups = ("township", "unit__township")
    list_display = [
        "user",
        "role",
        "unit",
        "township",
        "county",
        "is_active",
        "granted_by",
        "created_at",
    ]
    list_filter = ["role", "is_active", "township", "unit__township", "county"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    list_select_related = ["user", "unit", "township", "county", "granted_by"]
    readonly_fields = ["granted_by", "created_at"]
    autocomplete_fields = ["user"]

    def scope(self, request) -> Q:
        # A grant of a user who also works elsewhere belongs to no single township's
        # administrator: only a superuser changes it.
        on_counties = Q(county__in=self.managed_counties(request))
        return (super().scope(request) | on_counties) & Q(user__in=self.users_in_scope(request))

    def save_model(self, request, obj: RoleAssignment, form, change: bool) -> None:
        if not change:
            obj.granted_by = request.user
        super().save_model(request, obj, form, change)


admin.site.unregister(User)


@admin.register(User)
class PortalUserAdmin(UserAdmin, NoDeleteAdmin):
    """Users are deactivated, never deleted: their names stay in the history.

    Only superusers hand out superuser, staff, group or model permissions; a township
    administrator creates accounts and grants roles (RoleAssignment) within the township, and
    sees, changes, resets the password of and deactivates only the users of their townships
    (``users_in_townships``): never a superuser, nor anyone who also works elsewhere.
    """

    actions = ["deactivate"]
    ESCALATING_FIELDS = ("is_superuser", "is_staff", "groups", "user_permissions")

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        return queryset.filter(
            users_in_townships(managed_townships(request), managed_counties(request))
        )

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if request.user.is_superuser:
            return fields
        return (*fields, *self.ESCALATING_FIELDS)

    @admin.action(description=_("停用所选用户"))
    def deactivate(self, request, queryset) -> None:
        # The changelist already narrows the selection; the action keeps to it on its own too.
        for user in queryset.filter(pk__in=self.get_queryset(request).values("pk")):
            user.is_active = False
            user._history_user = request.user
            user.save(update_fields=["is_active"])


class SuperuserOnlyAdmin:
    """An admin that knows no township (Django's groups, django-axes' sign-in logs): only
    superusers reach it, whatever model permissions a township administrator was given."""

    def has_module_permission(self, request) -> bool:
        return request.user.is_superuser and super().has_module_permission(request)

    def has_view_permission(self, request, obj=None) -> bool:
        return request.user.is_superuser and super().has_view_permission(request, obj)

    def has_add_permission(self, request, *args) -> bool:
        return request.user.is_superuser and super().has_add_permission(request, *args)

    def has_change_permission(self, request, obj=None) -> bool:
        return request.user.is_superuser and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        return request.user.is_superuser and super().has_delete_permission(request, obj)


# The apps before ours registered their admins already; those without a township scope become
# superusers only. The apps after ours register TownshipScopedAdmin subclasses
# (tests/test_admin_matrix.py walks every registered admin).
for _model, _model_admin in list(admin.site._registry.items()):
    if not isinstance(_model_admin, NoDeleteAdmin):
        _admin_class = type(_model_admin)
        admin.site.unregister(_model)
        admin.site.register(
            _model, type(_admin_class.__name__, (SuperuserOnlyAdmin, _admin_class), {})
        )


# Party membership (党员身份) -----------------------------------------------------------------

from django.utils import timezone  # noqa: E402

from .models import PartyMembership  # noqa: E402


@admin.register(PartyMembership)
class PartyMembershipAdmin(TownshipScopedAdmin):
    """Who is a party member, for disclosures within the party (党内公开). A township
    administrator grants it to users holding a role in their townships; whoever (re)activates
    it is recorded as granting it, and the history keeps every change."""

    township_lookups = ()  # scoped by the user's roles, as the users' own admin is
    list_display = ["user", "is_active", "granted_by", "granted_at", "note"]
    list_filter = ["is_active"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    list_select_related = ["user", "granted_by"]
    readonly_fields = ["granted_by", "granted_at"]

    def scope(self, request) -> Q:
        return Q(user__in=self.users_in_scope(request))

    def save_model(self, request, obj: PartyMembership, form, change: bool) -> None:
        if obj.is_active and (not change or "is_active" in form.changed_data):
            obj.granted_by = request.user
            obj.granted_at = timezone.now()
        super().save_model(request, obj, form, change)
