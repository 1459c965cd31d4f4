"""The officials' navigation link to the audit timeline, for those who read it."""

from __future__ import annotations

from django import template

from ..browser import reads_audit

register = template.Library()


@register.simple_tag(takes_context=True)
def reads_audit_timeline(context) -> bool:
    """Whether the user reviews the audit history (committee, administrator, superuser)."""
    return reads_audit(context["request"].user)
