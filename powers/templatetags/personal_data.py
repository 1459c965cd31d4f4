"""The personal-data warning on a record's page and edit form:
``{% personal_data_warning record %}``."""

from __future__ import annotations

from django import template
from django.contrib.contenttypes.models import ContentType

from ..permissions import unit_perms
from ..personal_data_guard import check_record

register = template.Library()


@register.inclusion_tag("powers/includes/personal_data_warning.html", takes_context=True)
def personal_data_warning(context, record) -> dict:
    """The findings in the record's public text, with the actions the user may take."""
    check = check_record(record) if record is not None and record.pk else None
    if check is None or not (check.findings or check.unreadable):
        return {"check": None}
    request = context["request"]
    perms = unit_perms(request.user, record.get_unit())
    editable = getattr(record, "is_editable", True)
    return {
        "check": check,
        "record": record,
        "content_type_id": ContentType.objects.get_for_model(record).pk,
        "can_mask": "change_records" in perms and editable and check.maskable,
        "can_confirm": "review_records" in perms and check.blocks,
        "version": getattr(record, "version", ""),
        "next": request.get_full_path(),
        "csrf_token": context.get("csrf_token"),
    }
