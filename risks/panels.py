"""What the risk ledger shows on every officials' page of a unit: its open warnings."""

from __future__ import annotations

from django.http import HttpRequest
from django.template.loader import render_to_string

from powers.models import Unit
from powers.panels import register_unit_panel
from powers.permissions import has_unit_perm

from .warning_views import unit_open_warnings


@register_unit_panel
def open_warnings_panel(request: HttpRequest, unit: Unit) -> str:
    if not has_unit_perm(request.user, unit, "view_records"):
        return ""
    return render_to_string(
        "risks/warning_panel.html",
        {"unit": unit, "open_warnings": unit_open_warnings(unit)},
        request=request,
    )
