"""What standard lists show on every officials' page of a unit: the lists issued for it, each
with the version it adopted and a newer one waiting (or "not adopted"), linked to the unit's
comparison with the list. One query."""

from __future__ import annotations

from django.db.models import Max, OuterRef, Q, Subquery
from django.http import HttpRequest
from django.template.loader import render_to_string

from powers.models import Unit
from powers.panels import register_unit_panel
from powers.permissions import has_unit_perm

from .models import Adoption, StandardList


@register_unit_panel
def standards_panel(request: HttpRequest, unit: Unit) -> str:
    if not has_unit_perm(request.user, unit, "view_records"):
        return ""
    county_id = unit.township.county_id
    issued = (
        StandardList.objects.filter(is_active=True)
        .filter(Q(township_id=unit.township_id) | Q(county_id=county_id, county__isnull=False))
        .annotate(
            latest_number=Max("versions__number"),
            adopted_number=Subquery(
                Adoption.objects.filter(standard=OuterRef("pk"), unit=unit).values(
                    "version__number"
                )[:1]
            ),
        )
        .order_by("name")
    )
    entries = [
        {
            "standard": standard,
            "adopted": standard.adopted_number,
            "newer": standard.latest_number
            if standard.adopted_number and standard.latest_number > standard.adopted_number
            else None,
        }
        for standard in issued
        if standard.applies_to(unit)
    ]
    if not entries:
        return ""
    return render_to_string(
        "exchange/standards_panel.html",
        {"unit": unit, "entries": entries, "waiting": any(entry["newer"] for entry in entries)},
        request=request,
    )
