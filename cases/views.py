"""Officials' pages of cases, under /work/cases/: a unit's cases with what is due, opening a
case, recording its steps, closing it, publishing it and its result; the discipline
committee's list of cases with breaches across the township.

Reading needs ``view_records`` on the case's unit (clerk, unit head, township reviewer,
discipline committee); every write needs ``change_records`` (the unit's clerk), except
switching a case public or stopping it, which the clerk may only ask for and the unit head or
the township reviewer decides (``PUBLISH_PERMISSIONS``): 404 for a unit the user cannot see,
403 for an action the role does not allow.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Prefetch, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from disclosures.views import file_response
from powers.lifecycle import ConcurrentEditError
from powers.models import Unit
from powers.permissions import (
    get_unit_for_user,
    get_unit_record_for_user,
    has_unit_perm,
    townships_with_perm,
    unit_perms,
)
from powers.timeline import record_timeline

from . import checks, services
from .forms import AttachmentForm, CaseOpenForm, CloseForm, StepRecordForm, VersionForm
from .models import PUBLISH_PERMISSIONS, Breach, Case, StepAttachment, StepRecord


def get_case_for_user(request: HttpRequest, case_id: int, perm: str = "view_records") -> Case:
    """A case with its unit and item; 404 when not visible, 403 without ``perm``."""
    return get_unit_record_for_user(request, Case, case_id, perm, related=("item",))


def get_record_for_user(request: HttpRequest, record_id: int, perm: str) -> StepRecord:
    record = get_object_or_404(
        StepRecord.objects.select_related("case__unit__township", "case__item"), pk=record_id
    )
    perms = unit_perms(request.user, record.case.unit)
    if "view_records" not in perms:
        raise Http404
    if perm not in perms:
        raise PermissionDenied
    return record


def _still_allowed(user, unit_id: int) -> None:
    if not has_unit_perm(user, Unit.objects.get(pk=unit_id), "change_records"):
        raise PermissionDenied


@dataclass
class StepRow:
    """One step of a case's chart as its pages show it."""

    step: dict
    state: str  # done, current, next, passed, skipped, ahead
    records: list
    following: list[dict]

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]


STATE_LABELS = {
    "done": gettext_lazy("已完成"),
    "current": gettext_lazy("办理中"),
    "next": gettext_lazy("下一步"),
    "passed": gettext_lazy("已经过"),
    "skipped": gettext_lazy("被跳过"),
    "ahead": gettext_lazy("未到"),
}


def step_rows(case: Case, records: list) -> list[StepRow]:
    """The snapshot's steps in order, each marked done, current, next, skipped or ahead."""
    progress = checks.progress(case.snapshot, records)
    names = {s["id"]: s["name"] for s in case.snapshot["steps"]}
    following: dict[int, list[dict]] = {}
    for edge in case.snapshot["edges"]:
        following.setdefault(edge["source"], []).append(
            {"name": names.get(edge["target"], ""), "label": edge["label"]}
        )
    by_step: dict[int, list] = {}
    for record in checks.ordered(records):
        by_step.setdefault(record.step_id, []).append(record)
    rows = []
    for step in case.snapshot["steps"]:
        step_id = step["id"]
        if step_id in progress.current:
            state = "current"
        elif step_id in progress.done:
            state = "done"
        elif step_id in progress.passed:
            state = "passed"
        elif step_id in progress.skipped:
            state = "skipped"
        elif case.is_open and step_id in progress.next_steps:
            state = "next"
        else:
            state = "ahead"
        rows.append(StepRow(step, state, by_step.get(step_id, []), following.get(step_id, [])))
    return rows


# A unit's cases ---------------------------------------------------------------------------


@dataclass
class CaseRow:
    case: Case
    next_steps: list[str]
    due: date | None
    overdue: bool
    open_breaches: int


def case_rows(cases, today: date) -> list[CaseRow]:
    rows = []
    for case in cases:
        records = list(case.records.all())
        step_ids, due = checks.due_date(case.snapshot, records, case.opened_on)
        names = [case.snapshot_step(s)["name"] for s in step_ids] if case.is_open else []
        rows.append(
            CaseRow(
                case,
                names,
                due if case.is_open else None,
                bool(case.is_open and due and due < today),
                case.open_breach_count,
            )
        )
    return rows


@login_required
@require_GET
def unit_cases(request: HttpRequest, unit_id: int) -> HttpResponse:
    """The unit's open cases with what is due next and what is overdue, then this year's
    closed ones (three queries whatever their number)."""
    unit = get_unit_for_user(request, unit_id)
    today = timezone.localdate()
    cases = (
        Case.objects.filter(unit=unit)
        .filter(Q(status=Case.CaseStatus.OPEN) | Q(opened_on__year=today.year))
        .select_related("item")
        .prefetch_related(
            Prefetch(
                "records",
                queryset=StepRecord.objects.only(
                    "pk",
                    "case_id",
                    "step_id",
                    "started_on",
                    "completed_on",
                    "branch",
                    "posting_end",
                ),
            )
        )
        .annotate(open_breach_count=Count("breaches", filter=Q(breaches__resolved_at__isnull=True)))
        .order_by("status", "-opened_on", "-pk")
    )
    rows = case_rows(cases, today)
    return render(
        request,
        "cases/unit_cases.html",
        {
            "unit": unit,
            "open_rows": [row for row in rows if row.case.is_open],
            "closed_rows": [row for row in rows if not row.case.is_open],
            "can_edit": has_unit_perm(request.user, unit, "change_records"),
            "today": today,
        },
    )


@login_required
def case_open(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = get_unit_for_user(request, unit_id, "change_records")
    form = CaseOpenForm(request.POST or None, unit=unit)
    if request.method == "POST" and form.is_valid():
        case = form.save(commit=False)
        try:
            with transaction.atomic():
                services.open_case(case, user=request.user)
                _still_allowed(request.user, case.unit_id)
        except ValidationError as error:
            form.add_error(None, error)
        except IntegrityError:
            # Another request took the same reference after this form was checked.
            form.add_error("reference", _("本单位已有相同编号的办理事项。"))
        else:
            messages.success(request, _("已登记“%(title)s”。") % {"title": case.title})
            return redirect(case)
    return render(request, "cases/case_open.html", {"unit": unit, "form": form})


# One case ---------------------------------------------------------------------------------


def _case_page(request: HttpRequest, case: Case, record_form=None, close_form=None, status=200):
    records = list(
        case.records.select_related("handler", "recorded_by").prefetch_related("attachments")
    )
    breaches = list(case.breaches.select_related("record").order_by("resolved_at", "found_at"))
    can_edit = has_unit_perm(request.user, case.unit, "change_records")
    rows = step_rows(case, records)
    if can_edit and case.is_open:
        upcoming = [row.step["id"] for row in rows if row.state in ("current", "next")]
        record_form = record_form or StepRecordForm(
            case=case, initial={"step_id": upcoming[0]} if upcoming else None
        )
        close_form = close_form or CloseForm(
            initial={"closed_on": timezone.localdate(), "version": case.version}
        )
    return render(
        request,
        "cases/case_detail.html",
        {
            "case": case,
            "unit": case.unit,
            "rows": rows,
            "records": checks.ordered(records),
            "breaches": breaches,
            "open_breaches": [b for b in breaches if b.is_open],
            "can_edit": can_edit,
            "can_publish": can_publish(request.user, case.unit),
            "record_form": record_form,
            "close_form": close_form,
            "attachment_form": AttachmentForm() if can_edit else None,
        },
        status=status,
    )


@login_required
@require_GET
def case_detail(request: HttpRequest, case_id: int) -> HttpResponse:
    return _case_page(request, get_case_for_user(request, case_id))


def _conflict(form, error: ConcurrentEditError) -> None:
    last = error.current.history.first()
    form.add_error(
        None,
        _(
            "保存未成功：在您编辑期间，%(user)s 已修改了这条记录。"
            "您填写的内容仍在下面，请核对后再保存。"
        )
        % {"user": last.history_user_name if last else _("其他人")},
    )
    form.data = form.data.copy()
    form.data["version"] = error.current.version


@login_required
@require_POST
def record_create(request: HttpRequest, case_id: int) -> HttpResponse:
    case = get_case_for_user(request, case_id, "change_records")
    if not case.is_open:
        messages.error(request, _("该事项已办结，不能再录入环节记录。"))
        return redirect(case)
    form = StepRecordForm(request.POST, case=case, instance=StepRecord(handler=request.user))
    if form.is_valid():
        try:
            services.save_record(form.save(commit=False), user=request.user)
        except ValidationError as error:
            # The case was closed meanwhile: its page has no record form any more.
            messages.error(request, "；".join(error.messages))
            return redirect(case)
        else:
            messages.success(request, _("已记录环节。"))
            return redirect(case)
    return _case_page(request, case, record_form=form, status=400)


@login_required
def record_edit(request: HttpRequest, record_id: int) -> HttpResponse:
    record = get_record_for_user(request, record_id, "change_records")
    case = record.case
    form = StepRecordForm(request.POST or None, case=case, instance=record)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_record(
                form.save(commit=False),
                user=request.user,
                expected_version=form.cleaned_data["version"],
            )
        except ConcurrentEditError as error:
            _conflict(form, error)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("已保存环节记录。"))
            return redirect(case)
    return render(
        request,
        "cases/record_form.html",
        {"case": case, "unit": case.unit, "record": record, "form": form},
    )


@login_required
@require_POST
def attachment_upload(request: HttpRequest, record_id: int) -> HttpResponse:
    record = get_record_for_user(request, record_id, "change_records")
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.attach(record, form.cleaned_data["file"], user=request.user)
        except ValidationError as error:
            messages.error(request, "；".join(error.messages))
        else:
            messages.success(request, _("已上传附件。"))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, _("上传未成功：%(error)s") % {"error": error})
    return redirect(f"{record.case.get_absolute_url()}#record-{record.pk}")


@login_required
@require_GET
def attachment_download(request: HttpRequest, attachment_id: int):
    attachment = get_object_or_404(
        StepAttachment.objects.select_related("record__case__unit__township"), pk=attachment_id
    )
    if not has_unit_perm(request.user, attachment.record.case.unit, "view_records"):
        raise Http404
    response = file_response(request, attachment)
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def case_close(request: HttpRequest, case_id: int) -> HttpResponse:
    case = get_case_for_user(request, case_id, "change_records")
    form = CloseForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.close_case(
                case,
                user=request.user,
                outcome=data["outcome"],
                result=data["result"],
                closed_on=data["closed_on"],
                reason=data["reason"],
                expected_version=data["version"],
            )
        except ConcurrentEditError as error:
            _conflict(form, error)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("已办结。"))
            return redirect(case)
    return _case_page(request, case, close_form=form, status=400)


def can_publish(user, unit: Unit) -> bool:
    return bool(unit_perms(user, unit) & PUBLISH_PERMISSIONS)


@login_required
@require_POST
def case_publish(request: HttpRequest, case_id: int) -> HttpResponse:
    """Switch the case public, or stop: the unit head or the township reviewer only."""
    case = get_case_for_user(request, case_id)
    if not can_publish(request.user, case.unit):
        raise PermissionDenied
    form = VersionForm(request.POST)
    if not form.is_valid():
        raise PermissionDenied
    was_public = case.is_public
    try:
        services.set_public(
            case,
            user=request.user,
            public=request.POST.get("public") == "1",
            expected_version=form.cleaned_data["version"],
        )
    except ConcurrentEditError:
        messages.error(request, _("该事项已被他人修改，请刷新后重试。"))
    except ValidationError as error:  # personal data in its public text
        messages.error(request, " ".join(error.messages))
    else:
        if not case.is_public:
            messages.success(request, _("已停止公开。"))
        else:
            messages.success(request, _("已公开更新。") if was_public else _("已对外公开。"))
    return redirect(case)


@login_required
@require_POST
def case_request_publication(request: HttpRequest, case_id: int) -> HttpResponse:
    """The clerk asks the unit head or the township reviewer to publish the case."""
    case = get_case_for_user(request, case_id, "change_records")
    form = VersionForm(request.POST)
    if not form.is_valid():
        raise PermissionDenied
    requested = request.POST.get("requested", "1") == "1"
    update = case.is_public
    try:
        services.request_publication(
            case,
            user=request.user,
            requested=requested,
            expected_version=form.cleaned_data["version"],
        )
    except ConcurrentEditError:
        messages.error(request, _("该事项已被他人修改，请刷新后重试。"))
    except ValidationError as error:
        messages.error(request, "；".join(error.messages))
    else:
        if update:
            done = _("已申请公开更新，待单位负责人或乡镇审核人员决定。")
        else:
            done = _("已申请对外公开，待单位负责人或乡镇审核人员决定。")
        messages.success(request, done if requested else _("已撤回公开申请。"))
    return redirect(case)


@login_required
@require_POST
def case_disclose(request: HttpRequest, case_id: int) -> HttpResponse:
    case = get_case_for_user(request, case_id, "change_records")
    try:
        disclosure = services.disclose_result(case, user=request.user)
    except ValidationError as error:
        messages.error(request, "；".join(error.messages))
        return redirect(case)
    messages.success(request, _("已生成结果公开草稿，请核对后提交审核。"))
    return redirect("disclosures:official_detail", disclosure.pk)


@login_required
@require_GET
def case_history(request: HttpRequest, case_id: int) -> HttpResponse:
    case = get_case_for_user(request, case_id, "view_history")
    return render(
        request,
        "cases/case_history.html",
        {"case": case, "unit": case.unit, "entries": record_timeline(case)},
    )


# The discipline committee's view ---------------------------------------------------------


@login_required
@require_GET
def breach_list(request: HttpRequest) -> HttpResponse:
    """Cases with breaches in every township where the user reads all units (the discipline
    committee, the reviewers): open breaches first, closed-over-breach cases kept."""
    townships = list(townships_with_perm(request.user, "view_records"))
    if not townships:
        raise PermissionDenied
    cases = (
        Case.objects.filter(unit__township__in=townships, pk__in=Breach.objects.values("case_id"))
        .select_related("unit", "item")
        .prefetch_related(
            Prefetch("breaches", queryset=Breach.objects.order_by("resolved_at", "found_at"))
        )
        .annotate(open_breach_count=Count("breaches", filter=Q(breaches__resolved_at__isnull=True)))
        .order_by("-open_breach_count", "-opened_on", "-pk")
    )
    return render(request, "cases/breach_list.html", {"cases": cases, "townships": townships})
