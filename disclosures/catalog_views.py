"""Officials' pages for a unit's disclosure catalog (公开目录), under /work/disclosures/.

The catalog lists each matter by domain, first- and second-level matter, with what it contains,
its basis, frequency and deadline, post, channels, audience, mode and level, the latest
publication and the next due date (:mod:`disclosures.obligations`). Anyone who sees the unit
reads it; clerks (change_records) write it; every change keeps its author and, for an edit,
its reason. The public site shows the same rows through :func:`public_catalog`.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from powers.models import Unit
from powers.permissions import get_unit_for_user, get_unit_record_for_user, has_unit_perm
from powers.timeline import record_timeline

from .catalog_forms import ObligationForm
from .models import Audience, DisclosureObligation
from .obligations import CatalogRow, catalog_rows, grouped_rows


def public_catalog(unit: Unit) -> list[CatalogRow]:
    """The unit's active catalog entries disclosed to society, for the public site: each with
    its latest publication the public may read and its next due date. Grouped in order of
    the catalog's published order (``{% regroup %}`` on ``obligation.domain_name``)."""
    obligations = unit.disclosure_obligations.filter(is_active=True, audience=Audience.SOCIETY)
    return catalog_rows(obligations, timezone.localdate(), public=True)


def get_obligation_for_user(
    request: HttpRequest, obligation_id: int, perm: str = "view_records"
) -> DisclosureObligation:
    """A catalog entry with its unit; 404 when not visible, 403 without ``perm``."""
    return get_unit_record_for_user(request, DisclosureObligation, obligation_id, perm)


def _still_allowed(user, obligation: DisclosureObligation) -> None:
    # The saved entry must still be in a unit the user writes to.
    if not has_unit_perm(user, Unit.objects.get(pk=obligation.unit_id), "change_records"):
        raise PermissionDenied


@login_required
@require_GET
def catalog(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = get_unit_for_user(request, unit_id)
    rows = grouped_rows(catalog_rows(unit.disclosure_obligations.all(), timezone.localdate()))
    return render(
        request,
        "disclosures/catalog_list.html",
        {
            "unit": unit,
            "rows": rows,
            "overdue_count": sum(row.state.overdue for row in rows),
            "due_soon_count": sum(row.state.due_soon for row in rows),
            "can_edit": has_unit_perm(request.user, unit, "change_records"),
            "can_view_history": has_unit_perm(request.user, unit, "view_history"),
        },
    )


def _edit_obligation(
    request: HttpRequest, unit: Unit, obligation: DisclosureObligation
) -> HttpResponse:
    creating = obligation.pk is None
    if request.method == "POST":
        form = ObligationForm(request.POST, instance=obligation, unit=unit)
        if form.is_valid():
            obligation = form.save(commit=False)
            obligation._history_user = request.user
            obligation._change_reason = form.cleaned_data["change_reason"] or None
            with transaction.atomic():
                obligation.save()
                form.save_m2m()
                _still_allowed(request.user, obligation)
            messages.success(request, _("已保存公开目录事项“%(name)s”。") % {"name": obligation})
            return redirect(f"{_catalog_url(unit)}#obligation-{obligation.pk}")
    else:
        form = ObligationForm(instance=obligation, unit=unit)
    return render(
        request,
        "disclosures/catalog_form.html",
        {"unit": unit, "obligation": obligation, "form": form, "creating": creating},
    )


def _catalog_url(unit: Unit) -> str:
    return reverse("disclosures:catalog", args=[unit.pk])


@login_required
def obligation_create(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = get_unit_for_user(request, unit_id, "change_records")
    return _edit_obligation(request, unit, DisclosureObligation(unit=unit))


@login_required
def obligation_edit(request: HttpRequest, obligation_id: int) -> HttpResponse:
    obligation = get_obligation_for_user(request, obligation_id, "change_records")
    return _edit_obligation(request, obligation.unit, obligation)


@login_required
@require_GET
def obligation_history(request: HttpRequest, obligation_id: int) -> HttpResponse:
    obligation = get_obligation_for_user(request, obligation_id, "view_history")
    return render(
        request,
        "disclosures/catalog_history.html",
        {
            "unit": obligation.unit,
            "obligation": obligation,
            "entries": record_timeline(obligation),
        },
    )
