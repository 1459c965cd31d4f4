"""Small template helpers shared by the officials' pages."""

from __future__ import annotations

from django import template
from django.utils.safestring import mark_safe

from ..panels import UNIT_PANELS
from ..permissions import grants_for

register = template.Library()


@register.filter
def verbose_name_of(record) -> str:
    """The kind of a record in words, e.g. 权力事项 or 流程图."""
    return str(record._meta.verbose_name)


@register.simple_tag(takes_context=True)
def unit_panels(context, unit) -> str:
    """What other apps show on the unit's pages (open warnings ...)."""
    request = context["request"]
    return mark_safe("".join(panel(request, unit) for panel in UNIT_PANELS))


@register.simple_tag(takes_context=True)
def holds_township_history(context) -> bool:
    """Whether the user reads a whole township's history (reviewer, committee, administrator)."""
    grants = grants_for(context["request"].user)
    return grants.everything or any("view_history" in p for p in grants.townships.values())
