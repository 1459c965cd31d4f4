"""What standard lists show on every officials' page of a unit: the lists it adopted (with a
newer version waiting, if any) and the ones issued for it that it has not adopted, each linked
to the unit's comparison with the list."""

from __future__ import annotations

from django.db.models import Q
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
    issued = StandardList.objects.filter(is_active=True).filter(
        Q(township_id=unit.township_id) | Q(county_id=unit.township.county_id, county__isnull=False)
    )
    standards = [standard for standard in issued if standard.applies_to(unit)]
    if not standards:
        return ""
    adoptions = {
        adoption.standard_id: adoption
        for adoption in Adoption.objects.filter(unit=unit).select_related("version")
    }
    entries = []
    for standard in standards:
        adoption = adoptions.get(standard.pk)
        latest = standard.latest
        entries.append(
            {
                "standard": standard,
                "adoption": adoption,
                "newer": latest
                if adoption and latest and latest.number > adoption.version.number
                else None,
            }
        )
    return render_to_string(
        "exchange/standards_panel.html", {"unit": unit, "entries": entries}, request=request
    )
