"""The admin of the work plan: township administrators keep their township's plan and phases.

The units' summary reports are shown read-only: a unit head submits them, nobody edits them.
"""

from __future__ import annotations

from django.contrib import admin

from powers.admin import ReadOnlyAdmin, SuperuserOnlyAdmin, TownshipScopedAdmin

from .models import ChainHead, Phase, SummaryReport, WorkPlan


class PhaseInline(admin.TabularInline):
    model = Phase
    extra = 0
    can_delete = False
    fields = ["order", "stage", "name", "start", "deadline", "description"]


@admin.register(WorkPlan)
class WorkPlanAdmin(TownshipScopedAdmin):
    list_display = ["title", "township", "start", "report_due"]
    list_filter = ["township"]
    list_select_related = ["township"]
    inlines = [PhaseInline]

    def save_formset(self, request, form, formset, change: bool) -> None:
        # The phases' history names the administrator, as the plan's does.
        for phase in formset.save(commit=False):
            phase._history_user = request.user
            phase.save()
        formset.save_m2m()


@admin.register(SummaryReport)
class SummaryReportAdmin(ReadOnlyAdmin, TownshipScopedAdmin):
    township_lookups = ("unit__township",)
    list_display = ["unit", "plan", "submitted_by", "submitted_at"]
    list_filter = ["plan__township", "plan"]
    list_select_related = ["unit", "plan", "submitted_by"]


@admin.register(ChainHead)
class ChainHeadAdmin(SuperuserOnlyAdmin, admin.ModelAdmin):
    """Recorded chain heads, to read: nobody adds, changes or deletes one here. They span
    every township (and name who verified), so only superusers read them here; a township's
    committee reads its runs on the chain page."""

    list_display = ["seq", "head_hash", "source", "day", "recorded_by_name", "recorded_at"]
    list_filter = ["source"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
