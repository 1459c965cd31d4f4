"""Officials' pages: my work, a unit's catalog and posts, items, lifecycle actions, history."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .filters import PowerItemFilter
from .forms import LegalBasisFormSet, PostForm, PowerItemForm, TransitionForm
from .lifecycle import QUEUED_MODELS, ConcurrentEditError, Status, apply_transition, save_edit
from .models import Post, PowerItem, Unit
from .permissions import (
    get_unit_for_user,
    get_unit_record_for_user,
    has_unit_perm,
    unit_filter,
    unit_perms,
)
from .timeline import describe_changes, record_timeline


@login_required
def my_work(request: HttpRequest) -> HttpResponse:
    user = request.user
    units = (
        Unit.objects.filter(unit_filter(user, "view_records", prefix=""))
        .select_related("township")
        .annotate(
            item_count=Count("power_items"),
            public_count=Count("power_items", filter=Q(power_items__is_public=True)),
        )
    )
    roles = user.role_assignments.filter(is_active=True).select_related(
        "unit", "township", "county"
    )
    awaiting = [
        (label, waiting(user, permission, status))
        for label, permission, status in (
            (_("退回待修改"), "submit_records", Status.RETURNED),
            (_("待单位负责人确认"), "confirm_records", Status.SUBMITTED),
            (_("待乡镇审核"), "review_records", Status.CONFIRMED),
        )
    ]
    return render(
        request,
        "powers/my_work.html",
        {"units": units, "roles": roles, "awaiting": awaiting},
    )


def waiting(user, permission: str, status: str, limit: int = 100) -> list:
    """Records of every queued kind in ``status`` in the units where the user may act on them;
    one query per kind."""
    records = []
    for model, filters in QUEUED_MODELS:
        queryset = (
            model.objects.filter(unit_filter(user, permission), status=status, **filters)
            .select_related("unit__township")
            .order_by("updated_at")
        )
        records += list(queryset[:limit])
    return sorted(records, key=lambda record: record.updated_at)


@login_required
def review_queue(request: HttpRequest) -> HttpResponse:
    """Everything units have confirmed and sent up, across the reviewer's townships, and what
    still waits for a unit head."""
    user = request.user
    records = waiting(user, "review_records", Status.CONFIRMED) + waiting(
        user, "review_records", Status.SUBMITTED
    )
    return render(request, "powers/review_queue.html", {"records": records})


@login_required
def unit_catalog(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = get_unit_for_user(request, unit_id)
    items = (
        unit.power_items.select_related("category", "handling_post", "list_type")
        # The list shows none of the long texts: leave them in the database.
        .defer(
            "published_data",
            "responsibilities",
            "accountability_cases",
            "conditions",
            "service_commitment",
            "work_discipline",
            "accountability",
        )
        .in_catalog_order()
    )
    item_filter = PowerItemFilter(request.GET, queryset=items, unit=unit)
    perms = unit_perms(request.user, unit)
    return render(
        request,
        "powers/unit_catalog.html",
        {
            "unit": unit,
            "filter": item_filter,
            "items": item_filter.qs,
            "can_edit": "change_records" in perms,
        },
    )


def _save_children(formset, user, reason: str):
    def save(item: PowerItem) -> None:
        formset.instance = item
        for child in formset.save(commit=False):
            child._history_user = user
            child._change_reason = reason or None
            child.save()
        for child in formset.deleted_objects:
            child._history_user = user
            child._change_reason = reason or None
            child.delete()

    return save


def _still_allowed(user, item: PowerItem) -> None:
    # NetBox's ObjectEditView check: the saved record must still be in the user's units.
    if not has_unit_perm(user, Unit.objects.get(pk=item.unit_id), "change_records"):
        raise PermissionDenied


def _edit_item(request: HttpRequest, unit: Unit, item: PowerItem) -> HttpResponse:
    creating = item.pk is None
    conflict = None
    if request.method == "POST":
        form = PowerItemForm(request.POST, instance=item, unit=unit)
        formset = LegalBasisFormSet(request.POST, instance=item, prefix="bases")
        if form.is_valid() and formset.is_valid():
            reason = form.cleaned_data["change_reason"]
            item = form.save(commit=False)
            try:
                with transaction.atomic():
                    save_edit(
                        item,
                        user=request.user,
                        expected_version=None if creating else form.cleaned_data["version"],
                        reason=reason,
                        children=[_save_children(formset, request.user, reason)],
                    )
                    _still_allowed(request.user, item)
            except ConcurrentEditError as error:
                conflict = describe_changes(error.base, error.current) if error.base else []
                form.add_error(
                    None,
                    _(
                        "保存未成功：在您编辑期间，%(user)s 已修改了这条记录。"
                        "您填写的内容仍在下面，请对照对方的修改后再保存。"
                    )
                    % {"user": error.current.history.first().history_user_name},
                )
                form.data = form.data.copy()
                form.data["version"] = error.current.version
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("已保存“%(name)s”。") % {"name": item.name})
                return redirect("powers:item_detail", item_id=item.pk)
    else:
        form = PowerItemForm(instance=item, unit=unit)
        formset = LegalBasisFormSet(instance=item, prefix="bases")
    return render(
        request,
        "powers/item_form.html",
        {
            "unit": unit,
            "item": item,
            "form": form,
            "formset": formset,
            "creating": creating,
            "conflict": conflict,
        },
    )


@login_required
def item_create(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = get_unit_for_user(request, unit_id, "change_records")
    return _edit_item(request, unit, PowerItem(unit=unit))


@login_required
def item_edit(request: HttpRequest, item_id: int) -> HttpResponse:
    item = get_unit_record_for_user(request, PowerItem, item_id, "change_records")
    if not item.is_editable:
        messages.error(
            request,
            _("“%(name)s”正在审核中（%(status)s），不能修改。")
            % {"name": item.name, "status": item.get_status_display()},
        )
        return redirect("powers:item_detail", item_id=item.pk)
    return _edit_item(request, item.unit, item)


@login_required
def item_detail(request: HttpRequest, item_id: int) -> HttpResponse:
    item = get_unit_record_for_user(
        request, PowerItem, item_id, related=("category", "handling_post", "parent", "list_type")
    )
    perms = unit_perms(request.user, item.unit)
    return render(
        request,
        "powers/item_detail.html",
        {
            "item": item,
            "unit": item.unit,
            "legal_bases": item.legal_bases.all(),
            "sub_items": item.sub_items.select_related("category").order_by("sort_order", "pk"),
            "transitions": item.available_transitions(perms),
            "transition_form": TransitionForm(),
            "can_edit": "change_records" in perms and item.is_editable,
            "can_view_history": "view_history" in perms,
        },
    )


@login_required
@require_POST
def item_transition(request: HttpRequest, item_id: int, name: str) -> HttpResponse:
    item = get_unit_record_for_user(request, PowerItem, item_id)
    form = TransitionForm(request.POST)
    reason = form.data.get("reason", "") if form.is_valid() else ""
    try:
        apply_transition(
            item, name, user=request.user, perms=unit_perms(request.user, item.unit), reason=reason
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("“%(name)s”现在的状态：%(status)s。")
            % {"name": item.name, "status": item.get_status_display()},
        )
    return redirect("powers:item_detail", item_id=item.pk)


@login_required
def item_history(request: HttpRequest, item_id: int) -> HttpResponse:
    item = get_unit_record_for_user(request, PowerItem, item_id, "view_history")
    return render(
        request,
        "powers/item_history.html",
        {"item": item, "unit": item.unit, "entries": record_timeline(item)},
    )


@login_required
def unit_posts(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = get_unit_for_user(request, unit_id)
    posts = unit.posts.annotate(item_count=Count("handled_items"))
    return render(
        request,
        "powers/unit_posts.html",
        {
            "unit": unit,
            "posts": posts,
            "can_edit": has_unit_perm(request.user, unit, "change_records"),
        },
    )


def _edit_post(request: HttpRequest, unit: Unit, post: Post) -> HttpResponse:
    form = PostForm(request.POST or None, instance=post, unit=unit)
    if request.method == "POST" and form.is_valid():
        post = form.save(commit=False)
        post._history_user = request.user
        with transaction.atomic():
            post.save()
            if not has_unit_perm(request.user, post.unit, "change_records"):
                raise PermissionDenied
        messages.success(request, _("已保存岗位“%(name)s”。") % {"name": post.name})
        return redirect("powers:unit_posts", unit_id=unit.pk)
    return render(request, "powers/post_form.html", {"unit": unit, "post": post, "form": form})


@login_required
def post_create(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = get_unit_for_user(request, unit_id, "change_records")
    return _edit_post(request, unit, Post(unit=unit))


@login_required
def post_edit(request: HttpRequest, post_id: int) -> HttpResponse:
    post = get_unit_record_for_user(request, Post, post_id, "change_records")
    return _edit_post(request, post.unit, post)
