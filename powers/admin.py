"""The Django admin, for administrators setting up townships, units, posts, users and roles.

Catalog content is edited on the officials' pages (with review and reasons), so the admin shows
it read-only. Nothing audited can be deleted here: users are deactivated, roles revoked.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from .models import LegalBasis, Post, PowerCategory, PowerItem, RoleAssignment, Township, Unit


class NoDeleteAdmin(SimpleHistoryAdmin):
    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Township)
class TownshipAdmin(NoDeleteAdmin):
    list_display = ["code", "name", "county", "phone"]
    search_fields = ["name", "code"]


@admin.register(Unit)
class UnitAdmin(NoDeleteAdmin):
    list_display = ["code", "name", "kind", "township", "first_responsible", "is_active"]
    list_filter = ["township", "kind", "is_active"]
    search_fields = ["name", "code"]
    list_select_related = ["township"]


@admin.register(Post)
class PostAdmin(NoDeleteAdmin):
    list_display = ["name", "unit", "holder", "is_key_post"]
    list_filter = ["unit__township", "unit"]
    search_fields = ["name", "holder", "unit__name"]
    list_select_related = ["unit"]

    @admin.display(boolean=True, description=Post._meta.get_field("manages_money").verbose_name)
    def is_key_post(self, obj: Post) -> bool:
        return obj.is_key_post


@admin.register(PowerCategory)
class PowerCategoryAdmin(NoDeleteAdmin):
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
class PowerItemAdmin(ReadOnlyAdmin):
    list_display = ["code", "name", "unit", "category", "status", "is_public"]
    list_filter = ["unit__township", "status", "is_public", "category"]
    search_fields = ["name", "code", "unit__name"]
    list_select_related = ["unit", "category"]
    inlines = [LegalBasisInline]


@admin.register(RoleAssignment)
class RoleAssignmentAdmin(NoDeleteAdmin):
    list_display = ["user", "role", "unit", "township", "is_active", "granted_by", "created_at"]
    list_filter = ["role", "is_active", "township", "unit__township"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    list_select_related = ["user", "unit", "township", "granted_by"]
    readonly_fields = ["granted_by", "created_at"]
    autocomplete_fields = ["user"]

    def save_model(self, request, obj: RoleAssignment, form, change: bool) -> None:
        if not change:
            obj.granted_by = request.user
        obj.full_clean()
        super().save_model(request, obj, form, change)


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class PortalUserAdmin(UserAdmin, NoDeleteAdmin):
    """Users are deactivated, never deleted: their names stay in the history."""

    actions = ["deactivate"]

    @admin.action(description=_("停用所选用户"))
    def deactivate(self, request, queryset) -> None:
        for user in queryset:
            user.is_active = False
            user._history_user = request.user
            user.save(update_fields=["is_active"])
