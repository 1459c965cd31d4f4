"""Officials' pages of early warnings (廉能风险预警) and the ledger's spreadsheet export.

A township reviewer issues a warning to a unit or one of its posts (the daily job issues the
system's own); the unit's clerk or head answers it; the township closes it. Everyone who reads
the unit's records reads its warnings; the discipline committee reads all of its townships'.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Case, IntegerField, Value, When
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from powers.models import Unit
from powers.permissions import (
    get_unit_for_user,
    get_unit_record_for_user,
    townships_with_perm,
    unit_perms,
)
from powers.timeline import record_timeline

from .export import ledger_title, ledger_workbook
from .models import Warning
from .warning_forms import WarningCloseForm, WarningFilter, WarningIssueForm, WarningResponseForm

Status = Warning.Status
# The unit answers its warnings: its clerk (who keeps the records) or its head.
RESPOND_PERMS = {"change_records", "confirm_records"}
LIST_RELATED = ("unit__township", "post", "risk_point", "issued_by")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# Unanswered first, then answered and waiting for the township, then closed.
STATUS_RANK = Case(
    When(status=Status.OPEN, then=Value(0)),
    When(status=Status.RESPONDED, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


def ordered_warnings(queryset):
    return queryset.select_related(*LIST_RELATED).order_by(STATUS_RANK, "deadline", "-issued_at")


def unit_open_warnings(unit: Unit) -> list[Warning]:
    """A unit's warnings not yet closed, for any page of the unit to show (one query)."""
    return list(ordered_warnings(unit.warnings.open()))


def get_warning_for_user(request: HttpRequest, warning_id: int, perm: str = "view_records"):
    return get_unit_record_for_user(
        request,
        Warning,
        warning_id,
        perm,
        related=(
            "post",
            "risk_point",
            "issued_by",
            "responded_by",
            "closed_by",
            "escalated_from",
            "escalated_to",
        ),
    )


def _can_respond(perms: set[str]) -> bool:
    return bool(perms & RESPOND_PERMS)


def _stamp(warning: Warning, user, reason: str) -> None:
    warning._history_user = user
    warning._change_reason = reason


def _still_allowed(user, unit_id: int, perms: set[str]) -> None:
    # NetBox's ObjectEditView check: the saved warning must still be in the user's units.
    if not perms & unit_perms(user, Unit.objects.get(pk=unit_id)):
        raise PermissionDenied


@login_required
def unit_warnings(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = get_unit_for_user(request, unit_id)
    warnings = list(ordered_warnings(unit.warnings.all()))
    perms = unit_perms(request.user, unit)
    return render(
        request,
        "risks/warning_list.html",
        {
            "unit": unit,
            "open_warnings": [w for w in warnings if w.status != Status.CLOSED],
            "closed_warnings": [w for w in warnings if w.status == Status.CLOSED],
            "can_issue": "review_records" in perms,
            "can_respond": _can_respond(perms),
        },
    )


@login_required
def warning_detail(request: HttpRequest, warning_id: int) -> HttpResponse:
    warning = get_warning_for_user(request, warning_id)
    perms = unit_perms(request.user, warning.unit)
    unclosed = warning.status != Status.CLOSED
    return render(
        request,
        "risks/warning_detail.html",
        {
            "warning": warning,
            "unit": warning.unit,
            "escalated_from": warning.escalated_from,
            # A reverse one-to-one: missing unless the job escalated this warning.
            "escalated_to": getattr(warning, "escalated_to", None),
            "can_respond": unclosed and _can_respond(perms),
            "can_close": unclosed and "review_records" in perms,
            "entries": record_timeline(warning) if "view_history" in perms else None,
        },
    )


@login_required
def warning_issue(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = get_unit_for_user(request, unit_id, "review_records")
    form = WarningIssueForm(request.POST or None, unit=unit)
    if request.method == "POST" and form.is_valid():
        warning = form.save(commit=False)
        warning.issued_by = request.user
        warning.issued_at = timezone.now()
        note = form.cleaned_data["reason"].strip()
        _stamp(warning, request.user, _("发出预警") + (f"：{note}" if note else ""))
        with transaction.atomic():
            warning.save()
            _still_allowed(request.user, warning.unit_id, {"review_records"})
        messages.success(
            request,
            _("已向%(unit)s发出“%(tier)s”。")
            % {"unit": unit.name, "tier": warning.get_tier_display()},
        )
        return redirect("risks:warning_detail", warning_id=warning.pk)
    return render(
        request,
        "risks/warning_form.html",
        {
            "unit": unit,
            "form": form,
            "title": _("发出预警"),
            "submit_label": _("发出预警"),
            "cancel_url": "risks:unit_warnings",
            "cancel_arg": unit.pk,
        },
    )


def _change_unclosed(warning: Warning, form, change) -> bool:
    """Apply ``change`` to the warning as it is now, unless someone closed it meanwhile."""
    with transaction.atomic():
        current = Warning.objects.select_for_update().get(pk=warning.pk)
        if current.status == Status.CLOSED:
            form.add_error(None, _("该预警已被关闭，不能再修改。"))
            return False
        change(current)
        current.save()
    return True


def _warning_form_page(request, warning: Warning, form, *, title: str, submit_label: str):
    return render(
        request,
        "risks/warning_form.html",
        {
            "unit": warning.unit,
            "warning": warning,
            "form": form,
            "title": title,
            "submit_label": submit_label,
            "cancel_url": "risks:warning_detail",
            "cancel_arg": warning.pk,
        },
    )


@login_required
def warning_respond(request: HttpRequest, warning_id: int) -> HttpResponse:
    warning = get_warning_for_user(request, warning_id)
    if not _can_respond(unit_perms(request.user, warning.unit)):
        raise PermissionDenied
    if warning.status == Status.CLOSED:
        messages.error(request, _("该预警已关闭，不能再回复。"))
        return redirect("risks:warning_detail", warning_id=warning.pk)
    form = WarningResponseForm(request.POST or None, initial={"response": warning.response})
    if request.method == "POST" and form.is_valid():

        def respond(current: Warning) -> None:
            current.response = form.cleaned_data["response"]
            current.responded_by = request.user
            current.responded_at = timezone.now()
            current.status = Status.RESPONDED
            _stamp(current, request.user, _("单位回复预警"))

        if _change_unclosed(warning, form, respond):
            messages.success(request, _("回复已提交，等待乡镇核查。"))
            return redirect("risks:warning_detail", warning_id=warning.pk)
    return _warning_form_page(
        request, warning, form, title=_("回复预警"), submit_label=_("提交回复")
    )


@login_required
def warning_close(request: HttpRequest, warning_id: int) -> HttpResponse:
    warning = get_warning_for_user(request, warning_id, "review_records")
    if warning.status == Status.CLOSED:
        messages.error(request, _("该预警已经关闭。"))
        return redirect("risks:warning_detail", warning_id=warning.pk)
    form = WarningCloseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():

        def close(current: Warning) -> None:
            current.closing_note = form.cleaned_data["closing_note"]
            current.closed_by = request.user
            current.closed_at = timezone.now()
            current.status = Status.CLOSED
            _stamp(
                current,
                request.user,
                _("关闭预警：%(note)s") % {"note": form.cleaned_data["closing_note"]},
            )

        if _change_unclosed(warning, form, close):
            messages.success(request, _("预警已关闭。"))
            return redirect("risks:warning_detail", warning_id=warning.pk)
    return _warning_form_page(
        request, warning, form, title=_("关闭预警"), submit_label=_("关闭预警")
    )


@login_required
def township_warnings(request: HttpRequest) -> HttpResponse:
    """Every warning of the user's townships: for reviewers, administrators and the
    discipline committee, who follow them across units."""
    township_ids = list(
        townships_with_perm(request.user, "view_records").values_list("pk", flat=True)
    )
    if not township_ids:
        raise PermissionDenied
    units = Unit.objects.filter(township_id__in=township_ids).select_related("township")
    warning_filter = WarningFilter(
        request.GET,
        queryset=ordered_warnings(Warning.objects.filter(unit__township_id__in=township_ids)),
        units=units,
    )
    page = Paginator(warning_filter.qs, 100).get_page(request.GET.get("page"))
    return render(
        request,
        "risks/warning_township.html",
        {"filter": warning_filter, "page": page, "warnings": page.object_list},
    )


def _ascii_filename(unit: Unit, today) -> str:
    code = re.sub(r"[^A-Za-z0-9_-]", "", unit.code) or f"unit{unit.pk}"
    return f"{code}-risk-ledger-{today:%Y-%m-%d}.xlsx"


@login_required
def ledger_xlsx(request: HttpRequest, unit_id: int) -> HttpResponse:
    """The unit's risk ledger as the spreadsheet units keep on paper."""
    unit = get_unit_for_user(request, unit_id)
    today = timezone.localdate()
    response = HttpResponse(ledger_workbook(unit), content_type=XLSX)
    chinese_name = f"{ledger_title(unit)}-{today:%Y-%m-%d}.xlsx"
    response["Content-Disposition"] = (
        f'attachment; filename="{_ascii_filename(unit, today)}"; '
        f"filename*=UTF-8''{quote(chinese_name)}"
    )
    # Drafts and internal points are in it: no shared cache keeps a copy.
    response["Cache-Control"] = "private, no-store"
    return response
