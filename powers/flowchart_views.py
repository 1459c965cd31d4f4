"""The officials' flowchart editor: a chart, its steps and arrows, and its image.

A chart is an item's (项目流程图, reached through its item) or a unit's own: of a category, or
for villages of how the village decides, runs, discloses and supervises (listed on the unit's
flowchart page). Every change of a step or an arrow is an edit of the chart: it goes through
:func:`lifecycle.save_edit` on the chart (a stale version is refused, a reason is demanded
after approval) and asks for a new render in the same transaction. Editing the chart of a
published item puts the item back into draft, as an edit of the item itself would: the public
keeps the approved item and chart until they are approved again. A unit's own chart goes
through review on its own, from its page.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, ProtectedError, Q
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from . import flowchart_templates, flowcharts
from .flowchart_forms import (
    ChartChangeForm,
    FlowchartCreateForm,
    FlowEdgeFormSet,
    FlowStepForm,
    UnitFlowchartCreateForm,
)
from .forms import TransitionForm
from .lifecycle import ConcurrentEditError, Status, apply_transition, save_edit
from .models import Flowchart, FlowchartRender, FlowEdge, FlowStep, PowerItem, Unit
from .permissions import get_unit_for_user, get_unit_record_for_user, unit_perms
from .timeline import record_timeline

RenderStatus = FlowchartRender.Status


# Access helpers ----------------------------------------------------------------------------


def _require(request: HttpRequest, unit, perm: str) -> None:
    # The rule of permissions.get_unit_record_for_user: 404 when the unit is not visible at
    # all (no hint the record exists), 403 when it is visible but ``perm`` is missing.
    perms = unit_perms(request.user, unit)
    if "view_records" not in perms:
        raise Http404
    if perm not in perms:
        raise PermissionDenied


def get_chart_for_user(request: HttpRequest, chart_id: int, perm: str = "view_records"):
    """A chart, with its unit, item and category; 404 when not visible, 403 without ``perm``."""
    return get_unit_record_for_user(
        request, Flowchart, chart_id, perm, related=("item", "category")
    )


def get_step_for_user(request: HttpRequest, step_id: int, perm: str = "change_records"):
    """A step of a chart, loaded with the chart, its unit, item and category."""
    step = get_object_or_404(
        FlowStep.objects.select_related(
            "flowchart__unit__township", "flowchart__item", "flowchart__category"
        ),
        pk=step_id,
    )
    _require(request, step.flowchart.unit, perm)
    return step


def chart_url(chart: Flowchart) -> str:
    """The chart's page: an item's chart lives under its item, a unit's chart on its own."""
    if chart.item_id:
        return reverse("powers:item_flowchart", args=[chart.item_id])
    return reverse("powers:flowchart_detail", args=[chart.pk])


def _chart_page(chart: Flowchart) -> HttpResponse:
    return redirect(chart_url(chart))


def _refuse_when_locked(request: HttpRequest, chart: Flowchart) -> HttpResponse | None:
    if chart.is_editable:
        return None
    # An item's chart is locked by its item's review; a unit's chart by its own.
    reviewed, name = (chart.item, chart.item.name) if chart.item_id else (chart, chart.title)
    messages.error(
        request,
        _("“%(name)s”正在审核中（%(status)s），流程图不能修改；如需修改请先退回。")
        % {"name": name, "status": reviewed.get_status_display()},
    )
    return _chart_page(chart)


# Rendering state ---------------------------------------------------------------------------


def image_url(source_hash: str, fmt: str) -> str:
    if not source_hash:
        return ""
    return reverse("public:flowchart_image", args=[source_hash, fmt])


def render_state(chart: Flowchart, job: FlowchartRender | None) -> dict:
    """What the page and the status JSON say about the chart's image."""
    return {
        "status": job.status if job else "",
        "status_label": job.get_status_display() if job else _("尚未生成"),
        "error": job.error if job else "",
        "rendered_hash": chart.rendered_hash,
        "svg_url": image_url(chart.rendered_hash, "svg"),
        "png_url": image_url(chart.rendered_hash, "png"),
        "source_hash": chart.source_hash,
    }


def _current_render(chart: Flowchart) -> FlowchartRender | None:
    if not chart.source_hash:
        return None
    return FlowchartRender.objects.filter(source_hash=chart.source_hash).first()


# Saving ------------------------------------------------------------------------------------


def _stamp(record, user, reason: str):
    record._history_user = user
    record._change_reason = reason or None
    return record


def _put_item_in_draft(item: PowerItem | None, user, reason: str) -> None:
    # As an edit of the item would: the public keeps the approved version until re-approval.
    # A unit's own chart has no item: save_edit already put the chart itself back into draft.
    if item is not None and item.status == Status.PUBLISHED:
        save_edit(item, user=user, expected_version=item.version, reason=reason)


def _save_chart(
    chart: Flowchart, *, user, expected_version: int | None, reason: str, children: list[Callable]
) -> None:
    """One edit of the chart: its children, a new render, and its item (if any) back into draft."""
    with transaction.atomic():
        if chart.pk:
            # A render may have finished since the page was loaded; save_edit saves every field.
            chart.refresh_from_db(fields=["source_hash", "rendered_hash"])
        save_edit(
            chart,
            user=user,
            expected_version=expected_version,
            reason=reason,
            children=[*children, lambda saved: flowcharts.request_render(saved, user=user)],
        )
        _put_item_in_draft(chart.item if chart.item_id else None, user, reason)


def _conflict_message(error: ConcurrentEditError, *, kept_input: bool = True) -> str:
    last = error.current.history.first()
    who = {"user": last.history_user_name if last else _("其他人")}
    if kept_input:
        return (
            _(
                "保存未成功：在您编辑期间，%(user)s 已修改了这张流程图。"
                "您填写的内容仍在下面，请对照右侧最新的流程图后再保存。"
            )
            % who
        )
    return (
        _("操作未成功：在您查看期间，%(user)s 已修改了这张流程图。请看过最新的内容后再操作。") % who
    )


def _ordered_steps(chart: Flowchart) -> list[FlowStep]:
    return list(chart.steps.order_by("order", "pk"))


def _renumber(steps: list[FlowStep], user, reason: str) -> None:
    """Give the steps orders 10, 20, 30 ... in list order, saving only those that change."""
    for index, step in enumerate(steps, start=1):
        if step.order != index * 10:
            step.order = index * 10
            if step.pk:
                _stamp(step, user, reason).save(update_fields=["order"])


def _place_new_step(step: FlowStep, previous: FlowStep | None, user, reason: str) -> None:
    steps = _ordered_steps(step.flowchart)
    if previous is None:
        step.order = (steps[-1].order + 10) if steps else 10
        return
    position = next(i for i, s in enumerate(steps) if s.pk == previous.pk) + 1
    following = steps[position] if position < len(steps) else None
    if following is None:
        step.order = previous.order + 10
    elif following.order - previous.order >= 2:
        step.order = (previous.order + following.order) // 2
    else:  # no room between them: renumber the whole chart
        steps.insert(position, step)
        _renumber(steps, user, reason)


# Pages -------------------------------------------------------------------------------------


@login_required
@require_GET
def item_flowchart(request: HttpRequest, item_id: int) -> HttpResponse:
    item = get_unit_record_for_user(request, PowerItem, item_id)
    perms = unit_perms(request.user, item.unit)
    can_change = "change_records" in perms
    chart = Flowchart.objects.filter(item=item).first()
    if chart is None:
        form = None
        if can_change and item.is_editable:
            form = FlowchartCreateForm(instance=item, user=request.user)
        return _start_page(request, item, form)
    chart.item = item  # already loaded with its unit
    chart.unit = item.unit
    return _chart_detail(request, chart, perms)


@login_required
@require_GET
def flowchart_detail(request: HttpRequest, chart_id: int) -> HttpResponse:
    """A unit's own chart (an item's chart is shown under its item)."""
    chart = get_chart_for_user(request, chart_id)
    if chart.item_id:
        return _chart_page(chart)
    return _chart_detail(request, chart, unit_perms(request.user, chart.unit))


def _chart_detail(request: HttpRequest, chart: Flowchart, perms: set[str]) -> HttpResponse:
    can_change = "change_records" in perms
    job = _current_render(chart)
    steps = chart.steps.select_related("handling_post").prefetch_related("outgoing__target")
    problems = flowcharts.validate(chart)
    context = {
        "item": chart.item if chart.item_id else None,
        "unit": chart.unit,
        "chart": chart,
        "chart_url": chart_url(chart),
        "steps": steps,
        "render": render_state(chart, job),
        "problems": problems,
        "render_problem": flowcharts.render_problem(chart),
        "change_form": ChartChangeForm(instance=chart),
        "can_edit": can_change and chart.is_editable,
        "can_retry": can_change,
        "can_view_history": "view_history" in perms,
    }
    if not chart.item_id:  # an item's chart is reviewed with its item, on the item's page
        context["transitions"] = chart.available_transitions(perms)
    return render(request, "powers/flowchart_detail.html", context)


def _start_page(
    request: HttpRequest, item: PowerItem, form: FlowchartCreateForm | None
) -> HttpResponse:
    return render(
        request,
        "powers/flowchart_start.html",
        {"item": item, "unit": item.unit, "form": form},
    )


@login_required
@require_POST
def flowchart_create(request: HttpRequest, item_id: int) -> HttpResponse:
    item = get_unit_record_for_user(request, PowerItem, item_id, "change_records")
    if Flowchart.objects.filter(item=item).exists():
        messages.info(request, _("该事项已有流程图。"))
        return redirect("powers:item_flowchart", item_id=item.pk)
    if not item.is_editable:
        messages.error(
            request,
            _("“%(name)s”正在审核中（%(status)s），不能新建流程图。")
            % {"name": item.name, "status": item.get_status_display()},
        )
        return redirect("powers:item_flowchart", item_id=item.pk)
    form = FlowchartCreateForm(request.POST, instance=item, user=request.user)
    if not form.is_valid():
        return _start_page(request, item, form)
    data = form.cleaned_data
    reason = data["change_reason"]
    user = request.user
    chart = Flowchart(unit=item.unit, kind=Flowchart.Kind.ITEM, item=item, title=item.name)
    children: list[Callable] = []
    if data["start"] == form.Start.TEMPLATE:
        children.append(
            lambda c: flowcharts.fill_from_template(c, data["template"], user=user, reason=reason)
        )
    elif data["start"] == form.Start.COPY:
        children.append(
            lambda c: flowcharts.copy_steps(data["copy_from"], c, user=user, reason=reason)
        )
    try:
        _save_chart(chart, user=user, expected_version=None, reason=reason, children=children)
    except ConcurrentEditError as error:
        form.add_error(None, _conflict_message(error))
        return _start_page(request, item, form)
    except ValidationError as error:
        form.add_error(None, error)
        return _start_page(request, item, form)
    except IntegrityError:  # someone created the chart at the same moment
        messages.info(request, _("该事项已有流程图。"))
        return redirect("powers:item_flowchart", item_id=item.pk)
    messages.success(request, _("已建立流程图“%(title)s”。") % {"title": chart.title})
    return _chart_page(chart)


# A unit's own charts ------------------------------------------------------------------------


def _unit_charts_page(
    request: HttpRequest, unit: Unit, form: UnitFlowchartCreateForm | None
) -> HttpResponse:
    charts = (
        unit.flowcharts.exclude(kind=Flowchart.Kind.ITEM)
        .select_related("category")
        .defer("published_data", "description")
        .annotate(step_count=Count("steps"))
        .order_by("kind", "category__order", "pk")
    )
    return render(
        request,
        "powers/flowchart_list.html",
        {"unit": unit, "charts": charts, "form": form},
    )


@login_required
@require_GET
def unit_flowcharts(request: HttpRequest, unit_id: int) -> HttpResponse:
    """A unit's category charts and, for villages, its decision, operation, disclosure and
    supervision charts; the unit's clerk starts new ones here."""
    unit = get_unit_for_user(request, unit_id)
    form = None
    if "change_records" in unit_perms(request.user, unit):
        form = UnitFlowchartCreateForm(unit=unit, user=request.user)
    return _unit_charts_page(request, unit, form)


@login_required
@require_POST
def unit_flowchart_create(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = get_unit_for_user(request, unit_id, "change_records")
    form = UnitFlowchartCreateForm(request.POST, unit=unit, user=request.user)
    if not form.is_valid():
        return _unit_charts_page(request, unit, form)
    data = form.cleaned_data
    user = request.user
    chart = Flowchart(unit=unit, kind=data["kind"], category=data["category"], title=data["title"])
    children: list[Callable] = []
    if data["start"] == form.Start.TEMPLATE:
        chart.description = flowchart_templates.TEMPLATES[data["template"]]["description"]
        children.append(lambda c: flowcharts.fill_from_template(c, data["template"], user=user))
    elif data["start"] == form.Start.COPY:
        chart.description = data["copy_from"].description
        children.append(lambda c: flowcharts.copy_steps(data["copy_from"], c, user=user))
    try:
        _save_chart(chart, user=user, expected_version=None, reason="", children=children)
    except ValidationError as error:
        form.add_error(None, error)
        return _unit_charts_page(request, unit, form)
    messages.success(request, _("已建立流程图“%(title)s”。") % {"title": chart.title})
    return _chart_page(chart)


@login_required
@require_POST
def flowchart_transition(request: HttpRequest, chart_id: int, name: str) -> HttpResponse:
    """Move a unit's own chart along the review lifecycle (an item's chart moves with its item)."""
    chart = get_chart_for_user(request, chart_id)
    if chart.item_id:
        messages.error(
            request,
            _("项目流程图随所属事项“%(name)s”一起提交和审核，请在事项页面操作。")
            % {"name": chart.item.name},
        )
        return _chart_page(chart)
    form = TransitionForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    perms = unit_perms(request.user, chart.unit)
    try:
        # The shared lifecycle refuses to submit a chart whose shape is broken.
        apply_transition(chart, name, user=request.user, perms=perms, reason=reason)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("“%(name)s”现在的状态：%(status)s。")
            % {"name": chart.title, "status": chart.get_status_display()},
        )
    return _chart_page(chart)


@login_required
@require_GET
def flowchart_history(request: HttpRequest, chart_id: int) -> HttpResponse:
    """A unit's own chart's history with its steps' and arrows' (an item's is the item's)."""
    chart = get_chart_for_user(request, chart_id, "view_history")
    if chart.item_id:
        return redirect("powers:item_history", item_id=chart.item_id)
    return render(
        request,
        "powers/flowchart_history.html",
        {"chart": chart, "unit": chart.unit, "entries": record_timeline(chart)},
    )


@login_required
@never_cache
@require_GET
def flowchart_status(request: HttpRequest, chart_id: int) -> JsonResponse:
    chart = get_chart_for_user(request, chart_id)
    return JsonResponse(render_state(chart, _current_render(chart)))


@login_required
@require_POST
def flowchart_retry(request: HttpRequest, chart_id: int) -> HttpResponse:
    chart = get_chart_for_user(request, chart_id, "change_records")
    job = _current_render(chart)
    if job is None or job.status != RenderStatus.FAILED:
        messages.info(request, _("流程图没有生成失败，无需重新生成。"))
        return _chart_page(chart)
    with transaction.atomic():
        flowcharts.retry_render(job, user=request.user)
    messages.success(request, _("已重新排队生成流程图。"))
    return _chart_page(chart)


# Steps -------------------------------------------------------------------------------------


def _save_step(step: FlowStep, formset, previous: FlowStep | None, user, reason: str):
    def save(chart: Flowchart) -> None:
        step.flowchart = chart
        if step.pk is None:
            _place_new_step(step, previous, user, reason)
        _stamp(step, user, reason).save()
        formset.instance = step
        for edge in formset.save(commit=False):
            edge.flowchart = chart
            edge.source = step
            _stamp(edge, user, reason).save()
        for edge in formset.deleted_objects:
            _stamp(edge, user, reason).delete()
        if previous is not None:
            link = FlowEdge(flowchart=chart, source=previous, target=step)
            _stamp(link, user, reason).save()

    return save


def _edit_step(request: HttpRequest, chart: Flowchart, step: FlowStep) -> HttpResponse:
    creating = step.pk is None
    if request.method == "POST":
        form = FlowStepForm(request.POST, instance=step, chart=chart)
        formset = FlowEdgeFormSet(
            request.POST, instance=step, prefix="edges", form_kwargs={"chart": chart}
        )
        change = ChartChangeForm(request.POST, instance=chart)
        if form.is_valid() and formset.is_valid() and change.is_valid():
            reason = change.cleaned_data["change_reason"]
            step = form.save(commit=False)
            previous = form.cleaned_data.get("previous_step")
            try:
                _save_chart(
                    chart,
                    user=request.user,
                    expected_version=change.cleaned_data["version"],
                    reason=reason,
                    children=[_save_step(step, formset, previous, request.user, reason)],
                )
            except ConcurrentEditError as error:
                change.add_error(None, _conflict_message(error))
                change.data = change.data.copy()
                change.data["version"] = error.current.version
                chart.refresh_from_db()
            except ValidationError as error:
                change.add_error(None, error)
            else:
                messages.success(request, _("已保存环节“%(name)s”。") % {"name": step.name})
                return _chart_page(chart)
    else:
        form = FlowStepForm(instance=step, chart=chart)
        formset = FlowEdgeFormSet(instance=step, prefix="edges", form_kwargs={"chart": chart})
        change = ChartChangeForm(instance=chart)
    return render(
        request,
        "powers/flowchart_step_form.html",
        {
            "item": chart.item if chart.item_id else None,
            "unit": chart.unit,
            "chart": chart,
            "chart_url": chart_url(chart),
            "step": step,
            "form": form,
            "formset": formset,
            "change_form": change,
            "creating": creating,
            "render": render_state(chart, _current_render(chart)),
        },
    )


@login_required
def step_create(request: HttpRequest, chart_id: int) -> HttpResponse:
    chart = get_chart_for_user(request, chart_id, "change_records")
    return _refuse_when_locked(request, chart) or _edit_step(
        request, chart, FlowStep(flowchart=chart)
    )


@login_required
def step_edit(request: HttpRequest, step_id: int) -> HttpResponse:
    step = get_step_for_user(request, step_id)
    chart = step.flowchart
    return _refuse_when_locked(request, chart) or _edit_step(request, chart, step)


@login_required
def step_delete(request: HttpRequest, step_id: int) -> HttpResponse:
    """GET asks for confirmation (and a reason after approval); POST removes the step."""
    step = get_step_for_user(request, step_id)
    chart = step.flowchart
    if locked := _refuse_when_locked(request, chart):
        return locked
    change = ChartChangeForm(request.POST or None, instance=chart)
    if request.method == "POST" and change.is_valid():
        reason = change.cleaned_data["change_reason"]
        user = request.user

        def remove(saved: Flowchart) -> None:
            # The CASCADE would delete the arrows without naming who did it in their history.
            for edge in FlowEdge.objects.filter(Q(source=step) | Q(target=step)):
                _stamp(edge, user, reason).delete()
            _stamp(step, user, reason).delete()

        try:
            _save_chart(
                chart,
                user=user,
                expected_version=change.cleaned_data["version"],
                reason=reason,
                children=[remove],
            )
        except ConcurrentEditError as error:
            messages.error(request, _conflict_message(error, kept_input=False))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        except ProtectedError:
            messages.error(
                request,
                _("环节“%(name)s”还关联着其他记录（如风险点），不能删除。") % {"name": step.name},
            )
        else:
            messages.success(request, _("已删除环节“%(name)s”。") % {"name": step.name})
        return _chart_page(chart)
    return render(
        request,
        "powers/flowchart_step_delete.html",
        {
            "item": chart.item if chart.item_id else None,
            "unit": chart.unit,
            "chart": chart,
            "chart_url": chart_url(chart),
            "step": step,
            "change_form": change,
            "incoming": step.incoming.select_related("source"),
            "outgoing": step.outgoing.select_related("target"),
        },
    )


@login_required
@require_POST
def step_move(request: HttpRequest, step_id: int, direction: str) -> HttpResponse:
    if direction not in {"up", "down"}:
        raise Http404
    step = get_step_for_user(request, step_id)
    chart = step.flowchart
    if locked := _refuse_when_locked(request, chart):
        return locked
    change = ChartChangeForm(request.POST, instance=chart)
    if not change.is_valid():
        for errors in change.errors.values():
            messages.error(request, " ".join(errors))
        return _chart_page(chart)
    reason = change.cleaned_data["change_reason"]
    user = request.user
    offset = -1 if direction == "up" else 1
    steps = _ordered_steps(chart)
    index = next(i for i, s in enumerate(steps) if s.pk == step.pk)
    if not 0 <= index + offset < len(steps):
        edge = (
            _("“%(name)s”已经是第一个环节。")
            if direction == "up"
            else _("“%(name)s”已经是最后一个环节。")
        )
        messages.info(request, edge % {"name": step.name})
        return _chart_page(chart)

    def move(saved: Flowchart) -> None:
        steps = _ordered_steps(saved)  # again, inside the transaction
        index = next(i for i, s in enumerate(steps) if s.pk == step.pk)
        other = index + offset
        if not 0 <= other < len(steps):
            return
        this, neighbour = steps[index], steps[other]
        if this.order != neighbour.order:
            this.order, neighbour.order = neighbour.order, this.order
            for moved in (this, neighbour):
                _stamp(moved, user, reason).save(update_fields=["order"])
        else:  # equal orders cannot be swapped: number the whole chart afresh
            steps[index], steps[other] = neighbour, this
            _renumber(steps, user, reason)

    try:
        _save_chart(
            chart,
            user=user,
            expected_version=change.cleaned_data["version"],
            reason=reason,
            children=[move],
        )
    except ConcurrentEditError as error:
        messages.error(request, _conflict_message(error, kept_input=False))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        label = _("上移") if direction == "up" else _("下移")
        messages.success(
            request, _("已%(action)s环节“%(name)s”。") % {"action": label, "name": step.name}
        )
    return _chart_page(chart)
