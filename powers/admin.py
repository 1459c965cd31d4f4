"""The Django admin, for administrators setting up townships, units, posts, users and roles.

Catalog content is edited on the officials' pages (with review and reasons), so the admin shows
it read-only. Nothing audited can be deleted here: users are deactivated, roles revoked.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from .models import LegalBasis, Post, PowerCategory, PowerItem, RoleAssignment, Township, Unit
from .permissions import townships_with_perm


class NoDeleteAdmin(SimpleHistoryAdmin):
    """Records are deactivated, never deleted; their old versions are read, never restored."""

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # SIMPLE_HISTORY_REVERT_DISABLED only hides the revert button: simple-history's view of
        # an old version still saves what is posted to it, which would restore that version.
        if request.method != "GET":
            raise PermissionDenied
        # Its lookup reads the history table directly: keep to the records this admin may see.
        if not self.get_queryset(request).filter(pk=object_id).exists():
            raise Http404
        return super().history_form_view(request, object_id, version_id, extra_context)


class TownshipScopedAdmin(NoDeleteAdmin):
    """A township administrator (staff with the 管理员 role) sees and edits only their townships.

    Superusers see everything. ``township_lookups`` are the paths from the model to its
    township; a row is in scope when any of them is a managed township.
    """

    township_lookups: tuple[str, ...] = ("township",)

    def managed_townships(self, request):
        return townships_with_perm(request.user, "manage_unit")

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
            elif db_field.related_model is Unit:
                kwargs["queryset"] = Unit.objects.filter(township__in=managed)
            elif db_field.related_model is Post:
                kwargs["queryset"] = Post.objects.filter(unit__township__in=managed)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change: bool) -> None:
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            # NetBox's check: what was saved must still be within the user's townships.
            if not request.user.is_superuser:
                in_scope = type(obj)._default_manager.filter(self.scope(request), pk=obj.pk)
                if not in_scope.exists():
                    raise PermissionDenied


@admin.register(Township)
class TownshipAdmin(TownshipScopedAdmin):
    township_lookups = ("pk",)
    list_display = ["code", "name", "county", "phone"]
    search_fields = ["name", "code"]


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
    list_display = ["code", "name", "unit", "category", "status", "is_public"]
    list_filter = ["unit__township", "status", "is_public", "category"]
    search_fields = ["name", "code", "unit__name"]
    list_select_related = ["unit", "category"]
    inlines = [LegalBasisInline]


@admin.register(RoleAssignment)
class RoleAssignmentAdmin(TownshipScopedAdmin):
    township_lookups = ("township", "unit__township")
    list_display = ["user", "role", "unit", "township", "is_active", "granted_by", "created_at"]
    list_filter = ["role", "is_active", "township", "unit__township"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    list_select_related = ["user", "unit", "township", "granted_by"]
    readonly_fields = ["granted_by", "created_at"]
    autocomplete_fields = ["user"]

    def save_model(self, request, obj: RoleAssignment, form, change: bool) -> None:
        if not change:
            obj.granted_by = request.user
        super().save_model(request, obj, form, change)


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class PortalUserAdmin(UserAdmin, NoDeleteAdmin):
    """Users are deactivated, never deleted: their names stay in the history.

    Only superusers hand out superuser, staff, group or model permissions; a township
    administrator creates accounts and grants roles (RoleAssignment) within the township.
    """

    actions = ["deactivate"]
    ESCALATING_FIELDS = ("is_superuser", "is_staff", "groups", "user_permissions")

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if request.user.is_superuser:
            return fields
        return (*fields, *self.ESCALATING_FIELDS)

    @admin.action(description=_("停用所选用户"))
    def deactivate(self, request, queryset) -> None:
        for user in queryset:
            user.is_active = False
            user._history_user = request.user
            user.save(update_fields=["is_active"])
