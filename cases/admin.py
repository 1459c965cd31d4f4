"""The admin of cases: township administrators keep their township's amount rules (限额).

Cases and their records are written on the officials' pages, with checks and history; the
admin does not show them.
"""

from __future__ import annotations

from django.contrib import admin

from powers.admin import TownshipScopedAdmin

from .models import ProcedureRule


@admin.register(ProcedureRule)
class ProcedureRuleAdmin(TownshipScopedAdmin):
    """Changing a rule changes nothing for cases already open: they keep their snapshot."""

    list_display = ["township", "name", "min_amount", "procedure", "villages_only", "is_active"]
    list_filter = ["procedure", "is_active"]
