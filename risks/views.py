"""Officials' risk ledger (风险台账): a unit's ledger, a township's, and a risk point's pages.

A risk point is found by its unit (自己找), reviewed by the unit's democratic meeting (民主评)
and approved by the township (乡镇审, the lifecycle's "approve", refused before the review).
Its levels always come from the township's matrix (``RiskPoint.save`` computes them from
likelihood × impact, or from a grade written in the unit's names), so no page here takes a
level from a form; each unit's pages name the levels in its own grade names. Lists follow the
order of the unit's table and load everything up front: a ledger page costs the same number of
queries for five points as for five hundred.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Case, Count, IntegerField, Q, When
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from powers.dot import COLOUR
from powers.forms import TransitionForm
from powers.lifecycle import TRANSITIONS, ConcurrentEditError, Status, apply_transition, save_edit
from powers.models import Township, Unit
from powers.permissions import (
    get_unit_for_user,
    get_unit_record_for_user,
    grants_for,
    has_unit_perm,
    townships_with_perm,
    unit_perms,
)
from powers.timeline import describe_changes, record_timeline

from .filters import RiskPointFilter
from .forms import PreventionMeasureFormSet, RiskPointForm, RiskReviewForm
from .models import EvidenceFile, Grades, PreventionMeasure, RiskMatrix, RiskPoint, matrix_for
from .services import quality_check
from .uploads import ALLOWED_TYPES, EvidenceUploadForm, store_evidence

Phase = PreventionMeasure.Phase
# 事前, 事中, 事后 in the order they happen (their codes sort otherwise), after the table's order.
PHASE_ORDER = Case(
    *(When(phase=phase, then=rank) for rank, phase in enumerate(Phase.values)),
    output_field=IntegerField(),
)
MEASURE_ORDER = ("sequence", PHASE_ORDER, "pk")

PROBLEM_LABELS = {
    "residual_above_inherent": gettext_lazy("剩余风险高于固有风险"),
    "top_level_without_control": gettext_lazy("缺少事中或事后措施"),
    "measure_overdue": gettext_lazy("措施超过期限"),
    "no_measure": gettext_lazy("没有防控措施"),
    "not_reviewed": gettext_lazy("超过一年未评议"),
}

# The democratic review may be recorded while the point waits for its unit or the township.
REVIEWABLE = {Status.DRAFT, Status.RETURNED, Status.SUBMITTED, Status.CONFIRMED}


# Access helpers ----------------------------------------------------------------------------


def _require(request: HttpRequest, unit: Unit, perm: str) -> None:
    # As permissions.get_unit_record_for_user: 404 when the unit is not visible at all (no
    # hint the record exists), 403 when it is visible but ``perm`` is missing.
    perms = unit_perms(request.user, unit)
    if "view_records" not in perms:
        raise Http404
    if perm not in perms:
        raise PermissionDenied


def get_point_for_user(
    request: HttpRequest, point_id: int, perm: str = "view_records", related=()
) -> RiskPoint:
    """A risk point with its unit, post, item and step; 404 when not visible, 403 without perm."""
    return get_unit_record_for_user(
        request,
        RiskPoint,
        point_id,
        perm,
        related=("post", "item", "step__flowchart__item", "owner", *related),
    )


def get_measure_for_user(request: HttpRequest, measure_id: int, perm: str = "change_records"):
    measure = get_object_or_404(
        PreventionMeasure.objects.select_related("risk_point__unit__township"), pk=measure_id
    )
    _require(request, measure.risk_point.unit, perm)
    return measure


def get_evidence_for_user(request: HttpRequest, evidence_id: int, perm: str = "view_records"):
    evidence = get_object_or_404(
        EvidenceFile.objects.select_related("measure__risk_point__unit__township"),
        pk=evidence_id,
    )
    _require(request, evidence.measure.risk_point.unit, perm)
    return evidence


def get_township_for_user(request: HttpRequest, township_id: int, perm: str = "view_records"):
    """A township the user holds ``perm`` on as a whole; 403 for an official of one of its
    units only, 404 for everyone else."""
    township = townships_with_perm(request.user, perm).filter(pk=township_id).first()
    if township is not None:
        return township
    visible = Unit.objects.with_perm(request.user, "view_records").filter(township_id=township_id)
    if visible.exists():
        raise PermissionDenied
    raise Http404


def _sees_township(user, township: Township) -> bool:
    if "view_records" in grants_for(user).on_township(township.pk):
        return True
    return Unit.objects.with_perm(user, "view_records").filter(township=township).exists()


def _still_allowed(user, point: RiskPoint) -> None:
    # NetBox's ObjectEditView check: the saved record must still be in the user's units.
    if not has_unit_perm(user, Unit.objects.get(pk=point.unit_id), "change_records"):
        raise PermissionDenied


# Levels, as the township's matrix names and colours them -----------------------------------


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def ink_for(colour: str) -> str:
    """White or near-black text, whichever reads better on the level's colour."""
    background = _luminance(colour)
    on_white = (1.05) / (background + 0.05)
    on_ink = (background + 0.05) / (_luminance("#1f2328") + 0.05)
    return "#ffffff" if on_white >= on_ink else "#1f2328"


def level_palette(matrix: RiskMatrix, grades: Grades | None = None) -> dict[str, dict]:
    """Level code → its name (in ``grades``, a unit's own names, or the matrix's), meaning
    and CSS class (``risk-level-<rank>``, see level_styles)."""
    return {
        level["code"]: {
            "code": level["code"],
            "name": grades.labels[rank] if grades else level.get("name", level["code"]),
            "meaning": level.get("meaning", ""),
            "css": f"risk-level-{rank}",
            "rank": rank,
        }
        for rank, level in enumerate(matrix.levels)
    }


def point_level(point: RiskPoint, palette: dict[str, dict], blank: dict) -> dict:
    """A point's inherent level as its unit writes it: a grade entered as written keeps its
    own word even if the unit's names have changed since."""
    level = palette.get(point.inherent_level, blank)
    return {**level, "name": point.grade} if point.grade else level


def no_level(matrix: RiskMatrix) -> dict:
    return {"code": "", "name": _("未评估"), "meaning": "", "css": "risk-level-none", "rank": 99}


def level_styles_url(matrix: RiskMatrix, township_id: int) -> str:
    # Versioned by the levels' content, so a changed colour is never served from a cache.
    version = hashlib.sha256(json.dumps(matrix.levels, sort_keys=True).encode()).hexdigest()
    return f"{reverse('risks:level_styles', args=[township_id])}?v={version[:12]}"


@login_required
@require_GET
def level_styles(request: HttpRequest, township_id: int) -> HttpResponse:
    """The township's level colours as a stylesheet: the policy allows no inline styles, and
    the colours are the township's data, not ours."""
    township = get_object_or_404(Township, pk=township_id)
    if not _sees_township(request.user, township):
        raise Http404
    matrix = matrix_for(township)
    rules = [".risk-level-none { background: #f6f8fa; color: #57606a; }"]
    for rank, level in enumerate(matrix.levels):
        colour = str(level.get("colour", ""))
        if not COLOUR.match(colour):  # never let stored text into the stylesheet
            colour = "#57606a"
        rules.append(f".risk-level-{rank} {{ background: {colour}; color: {ink_for(colour)}; }}")
    response = HttpResponse("\n".join(rules) + "\n", content_type="text/css; charset=utf-8")
    response["Cache-Control"] = "private, max-age=86400"
    return response


def heat_map(
    matrix: RiskMatrix,
    counts: dict[tuple[int, int], int],
    selected=None,
    grades: Grades | None = None,
) -> dict:
    """The matrix as a table: likelihood rows (highest first) × impact columns. Points graded
    directly (without likelihood × impact) are in no cell: ``outside`` counts them."""
    palette = level_palette(matrix, grades)
    blank = no_level(matrix)
    rows = []
    for likelihood in range(len(matrix.likelihood_labels), 0, -1):
        cells = []
        for impact in range(1, len(matrix.impact_labels) + 1):
            code = matrix.level_of(likelihood, impact)
            cells.append(
                {
                    "likelihood": likelihood,
                    "impact": impact,
                    "count": counts.get((likelihood, impact), 0),
                    "level": palette.get(code, blank),
                    "selected": selected == (likelihood, impact),
                }
            )
        rows.append(
            {
                "number": likelihood,
                "label": matrix.likelihood_labels[likelihood - 1],
                "cells": cells,
            }
        )
    impacts = [(number, label) for number, label in enumerate(matrix.impact_labels, start=1)]
    outside = sum(n for (likelihood, impact), n in counts.items() if not (likelihood and impact))
    return {
        "rows": rows,
        "impacts": impacts,
        "levels": list(palette.values()),
        "outside": outside,
    }


def _group(rows, key, name, palette, blank, matrix) -> list[dict]:
    """Points per group (a post, an item) with the group's worst inherent level."""
    groups: dict = {}
    for row in rows:
        group = groups.setdefault(
            row[key], {"id": row[key], "name": name(row), "count": 0, "worst": None}
        )
        group["count"] += row["n"]
        level = row["inherent_level"]
        if group["worst"] is None or matrix.rank(level) < matrix.rank(group["worst"]):
            group["worst"] = level
    for group in groups.values():
        group["level"] = palette.get(group["worst"], blank)
    return list(groups.values())


# Ledgers -----------------------------------------------------------------------------------


@login_required
@require_GET
def unit_ledger(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = get_unit_for_user(request, unit_id)
    matrix = matrix_for(unit.township)
    grades = matrix.grades_for(unit.kind)
    palette, blank = level_palette(matrix, grades), no_level(matrix)
    measures = {
        f"{phase or 'unphased'}_count": Count(
            "measures", filter=Q(measures__phase=phase), distinct=True
        )
        for phase in [*Phase.values, ""]
    }
    points = (
        unit.risk_points.select_related("post", "item", "step")
        .defer("published_data", "review_outcome")
        .annotate(**measures)
        .order_by("sequence", "code")
    )
    ledger_filter = RiskPointFilter(request.GET, queryset=points, unit=unit, grades=grades)
    table = list(ledger_filter.qs)
    for point in table:
        point.level_info = point_level(point, palette, blank)
        point.residual_info = palette.get(point.residual_level) if point.residual_level else None

    # One query for the heat map and both groupings, over the whole ledger.
    summary = list(
        unit.risk_points.values(
            "likelihood",
            "impact",
            "inherent_level",
            "post_id",
            "post__name",
            "post__order",
            "item_id",
            "item__code",
            "item__name",
        ).annotate(n=Count("id"))
    )
    cells: Counter = Counter()
    for row in summary:
        cells[(row["likelihood"], row["impact"])] += row["n"]
    by_post = _group(
        sorted(
            summary, key=lambda r: (r["post_id"] is None, r["post__order"] or 0, r["post_id"] or 0)
        ),
        "post_id",
        lambda r: r["post__name"] or _("未指定岗位"),
        palette,
        blank,
        matrix,
    )
    by_item = _group(
        sorted(summary, key=lambda r: (r["item_id"] is None, r["item__code"] or "")),
        "item_id",
        lambda r: f"{r['item__code']} {r['item__name']}" if r["item_id"] else _("未指定事项"),
        palette,
        blank,
        matrix,
    )
    problems = quality_check(unit.risk_points.all())
    perms = unit_perms(request.user, unit)
    return render(
        request,
        "risks/unit_ledger.html",
        {
            "unit": unit,
            "matrix": matrix,
            "level_css": level_styles_url(matrix, unit.township_id),
            "filter": ledger_filter,
            "points": table,
            "total": sum(cells.values()),
            "heat_map": heat_map(matrix, cells, selected=ledger_filter.cell, grades=grades),
            "by_post": by_post,
            "by_item": by_item,
            "problems": [(PROBLEM_LABELS.get(p.kind, p.kind), p) for p in problems],
            "can_edit": "change_records" in perms,
            "can_view_township": "view_records"
            in grants_for(request.user).on_township(unit.township_id),
        },
    )


@login_required
@require_GET
def township_ledger(request: HttpRequest, township_id: int) -> HttpResponse:
    """Every unit's ledger at a glance, for the township's reviewers and discipline committee."""
    township = get_township_for_user(request, township_id)
    matrix = matrix_for(township)
    palette, blank = level_palette(matrix), no_level(matrix)
    units = list(township.units.order_by("code"))
    summary = RiskPoint.objects.filter(unit__township=township).values(
        "unit_id", "likelihood", "impact", "inherent_level"
    )
    per_unit: dict[int, Counter] = defaultdict(Counter)
    cells: Counter = Counter()
    for row in summary.annotate(n=Count("id")):
        per_unit[row["unit_id"]][row["inherent_level"]] += row["n"]
        cells[(row["likelihood"], row["impact"])] += row["n"]
    problems = Counter(
        problem.point.unit_id
        for problem in quality_check(RiskPoint.objects.filter(unit__township=township))
    )
    levels = list(palette.values())
    rows = [
        {
            "unit": unit,
            "levels": [(level, per_unit[unit.pk][level["code"]]) for level in levels],
            "unlevelled": sum(n for code, n in per_unit[unit.pk].items() if code not in palette),
            "total": sum(per_unit[unit.pk].values()),
            "problems": problems[unit.pk],
        }
        for unit in units
    ]
    return render(
        request,
        "risks/township_ledger.html",
        {
            "township": township,
            "matrix": matrix,
            "level_css": level_styles_url(matrix, township.pk),
            "levels": levels,
            "blank": blank,
            "rows": rows,
            "total": sum(cells.values()),
            "problem_total": sum(problems.values()),
            "heat_map": heat_map(matrix, cells),
            # Kinds of unit writing their own grade names: which name is which level.
            "kind_grades": [
                (Unit.Kind(kind).label, matrix.grades_for(kind).labels)
                for kind in Unit.Kind.values
                if matrix.grades_for(kind).own
            ],
        },
    )


# A risk point ------------------------------------------------------------------------------


def _save_measures(formset, user, reason: str):
    def save(point: RiskPoint) -> None:
        formset.instance = point
        for measure in formset.save(commit=False):
            measure._history_user = user
            measure._change_reason = reason or None
            measure.save()
        for measure in formset.deleted_objects:
            measure._history_user = user
            measure._change_reason = reason or None
            measure.delete()

    return save


def _conflict_message(error: ConcurrentEditError) -> str:
    last = error.current.history.first()
    return _(
        "保存未成功：在您编辑期间，%(user)s 已修改了这个风险点。"
        "您填写的内容仍在下面，请对照对方的修改后再保存。"
    ) % {"user": last.history_user_name if last else _("其他人")}


def _edit_point(request: HttpRequest, unit: Unit, point: RiskPoint) -> HttpResponse:
    creating = point.pk is None
    conflict = None
    if request.method == "POST":
        form = RiskPointForm(request.POST, instance=point, unit=unit)
        formset = PreventionMeasureFormSet(
            request.POST,
            instance=point,
            prefix="measures",
            form_kwargs={"unit": unit},
            queryset=PreventionMeasure.objects.order_by(*MEASURE_ORDER),
        )
        if form.is_valid() and formset.is_valid():
            reason = form.cleaned_data["change_reason"]
            point = form.save(commit=False)
            if creating:  # 自己找: who found it, and when
                point.identified_by = request.user
                point.identified_at = timezone.now()
            try:
                with transaction.atomic():
                    save_edit(
                        point,
                        user=request.user,
                        expected_version=None if creating else form.cleaned_data["version"],
                        reason=reason,
                        children=[_save_measures(formset, request.user, reason)],
                    )
                    _still_allowed(request.user, point)
            except ConcurrentEditError as error:
                conflict = describe_changes(error.base, error.current) if error.base else []
                form.add_error(None, _conflict_message(error))
                form.data = form.data.copy()
                form.data["version"] = error.current.version
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("已保存风险点“%(code)s”。") % {"code": point.code})
                return redirect("risks:point_detail", point_id=point.pk)
    else:
        form = RiskPointForm(instance=point, unit=unit)
        formset = PreventionMeasureFormSet(
            instance=point,
            prefix="measures",
            form_kwargs={"unit": unit},
            queryset=PreventionMeasure.objects.order_by(*MEASURE_ORDER),
        )
    return render(
        request,
        "risks/point_form.html",
        {
            "unit": unit,
            "point": point,
            "form": form,
            "formset": formset,
            "creating": creating,
            "conflict": conflict,
        },
    )


@login_required
def point_create(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = get_unit_for_user(request, unit_id, "change_records")
    return _edit_point(request, unit, RiskPoint(unit=unit))


@login_required
def point_edit(request: HttpRequest, point_id: int) -> HttpResponse:
    point = get_point_for_user(request, point_id, "change_records")
    if not point.is_editable:
        messages.error(
            request,
            _("风险点“%(code)s”正在审核中（%(status)s），不能修改；如需修改请先退回。")
            % {"code": point.code, "status": point.get_status_display()},
        )
        return redirect("risks:point_detail", point_id=point.pk)
    return _edit_point(request, point.unit, point)


@login_required
@require_GET
def point_detail(request: HttpRequest, point_id: int) -> HttpResponse:
    point = get_point_for_user(
        request, point_id, related=("identified_by", "reviewed_by", "approved_by")
    )
    matrix = matrix_for(point.unit.township)
    palette, blank = level_palette(matrix, point.grades), no_level(matrix)
    perms = unit_perms(request.user, point.unit)
    measures = (
        point.measures.select_related("responsible_post")
        .prefetch_related("evidence__uploaded_by")
        .order_by(*MEASURE_ORDER)
    )
    approve = TRANSITIONS["approve"]
    return render(
        request,
        "risks/point_detail.html",
        {
            "point": point,
            "unit": point.unit,
            "matrix": matrix,
            "level_css": level_styles_url(matrix, point.unit.township_id),
            "inherent": point_level(point, palette, blank),
            "residual": palette.get(point.residual_level) if point.residual_level else None,
            "likelihood_label": _scale_label(matrix.likelihood_labels, point.likelihood),
            "impact_label": _scale_label(matrix.impact_labels, point.impact),
            "residual_likelihood_label": _scale_label(
                matrix.likelihood_labels, point.residual_likelihood
            ),
            "residual_impact_label": _scale_label(matrix.impact_labels, point.residual_impact),
            "measures": measures,
            "upload_accept": ",".join(ALLOWED_TYPES),
            "upload_help": EvidenceUploadForm.base_fields["file"].help_text,
            "transitions": point.available_transitions(perms),
            "transition_form": TransitionForm(),
            # 乡镇审 waits for 民主评: say so where the approve button would be.
            "approval_waits": point.status == Status.CONFIRMED
            and not point.reviewed_at
            and approve.permission in perms,
            "can_edit": "change_records" in perms and point.is_editable,
            "can_upload": "change_records" in perms,
            "can_review": "change_records" in perms and point.status in REVIEWABLE,
            "can_view_history": "view_history" in perms,
        },
    )


def _scale_label(labels: list[str], number: int | None) -> str:
    if not number or number > len(labels):
        return ""
    return f"{number} {labels[number - 1]}"


@login_required
@require_POST
def point_transition(request: HttpRequest, point_id: int, name: str) -> HttpResponse:
    point = get_point_for_user(request, point_id)
    form = TransitionForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    perms = unit_perms(request.user, point.unit)
    approve = TRANSITIONS["approve"]
    try:
        with transaction.atomic():
            if name == approve.name and approve.permission in perms:
                # Locked, so that the check and the approval see the same review.
                locked = RiskPoint.objects.select_for_update().get(pk=point.pk)
                if locked.status == Status.CONFIRMED and not locked.reviewed_at:
                    raise ValidationError(
                        _(
                            "乡镇审核须在民主评议之后：风险点“%(code)s”尚未记录民主评议，"
                            "请单位先录入民主评议结果。"
                        )
                        % {"code": locked.code}
                    )
            apply_transition(point, name, user=request.user, perms=perms, reason=reason)
            if name == approve.name:
                point.approved_by = request.user
                point._history_user = request.user
                point._change_reason = str(approve.label)
                point.save(update_fields=["approved_by"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("风险点“%(code)s”现在的状态：%(status)s。")
            % {"code": point.code, "status": point.get_status_display()},
        )
    return redirect("risks:point_detail", point_id=point.pk)


def record_review(point: RiskPoint, data: dict, *, user, expected_version, reason: str) -> None:
    """Record the democratic review (民主评) of a point.

    Not through save_edit, on purpose: save_edit only saves records that are editable (draft,
    returned), but the review is itself a step of the point's review, between the unit's
    finding and the township's approval, and the township cannot approve without it. So it
    must be recordable while the point waits for its unit head (submitted) or the township
    (confirmed). It changes only the review fields, under the same guarantees as save_edit:
    a row lock, a refused stale version, a new version, the user and the reason in history.
    """
    with transaction.atomic():
        current = RiskPoint.objects.select_for_update().get(pk=point.pk)
        if expected_version is not None and current.version != expected_version:
            base = current.history.filter(version=expected_version).first()
            raise ConcurrentEditError(current, base)
        if current.status not in REVIEWABLE:
            raise ValidationError(
                _("风险点当前状态（%(status)s）不能记录民主评议；如需重新评议请先修改风险点。")
                % {"status": current.get_status_display()}
            )
        for field in RiskReviewForm.Meta.fields:
            setattr(current, field, data[field])
        current.reviewed_by = user
        current.reviewed_at = timezone.now()
        current.version += 1
        current._history_user = user
        current._change_reason = _("民主评议：%(meeting)s") % {"meeting": data["review_meeting"]}
        if reason:
            current._change_reason += f"；{reason}"
        current.save()


@login_required
def risk_review(request: HttpRequest, point_id: int) -> HttpResponse:
    point = get_point_for_user(request, point_id, "change_records")
    if point.status not in REVIEWABLE:
        messages.error(
            request,
            _("风险点当前状态（%(status)s）不能记录民主评议；如需重新评议请先修改风险点。")
            % {"status": point.get_status_display()},
        )
        return redirect("risks:point_detail", point_id=point.pk)
    conflict = None
    form = RiskReviewForm(request.POST or None, instance=point)
    if request.method == "POST" and form.is_valid():
        try:
            record_review(
                point,
                form.cleaned_data,
                user=request.user,
                expected_version=form.cleaned_data["version"],
                reason=form.cleaned_data["change_reason"],
            )
        except ConcurrentEditError as error:
            conflict = describe_changes(error.base, error.current) if error.base else []
            form.add_error(None, _conflict_message(error))
            form.data = form.data.copy()
            form.data["version"] = error.current.version
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("已记录风险点“%(code)s”的民主评议。") % {"code": point.code}
            )
            return redirect("risks:point_detail", point_id=point.pk)
    return render(
        request,
        "risks/point_review.html",
        {"point": point, "unit": point.unit, "form": form, "conflict": conflict},
    )


@login_required
@require_GET
def point_history(request: HttpRequest, point_id: int) -> HttpResponse:
    """The point's history with its measures' and their evidence's."""
    point = get_point_for_user(request, point_id, "view_history")
    return render(
        request,
        "risks/point_history.html",
        {"point": point, "unit": point.unit, "entries": record_timeline(point)},
    )


# Evidence ----------------------------------------------------------------------------------


@login_required
@require_POST
def evidence_upload(request: HttpRequest, measure_id: int) -> HttpResponse:
    measure = get_measure_for_user(request, measure_id, "change_records")
    form = EvidenceUploadForm(request.POST, request.FILES)
    if form.is_valid():
        evidence = store_evidence(measure, form.cleaned_data["file"], user=request.user)
        messages.success(
            request, _("已上传佐证材料“%(name)s”。") % {"name": evidence.original_name}
        )
    else:
        for error in form.errors.get("file", []):
            messages.error(request, _("上传未成功：%(error)s") % {"error": error})
    url = reverse("risks:point_detail", args=[measure.risk_point_id])
    return redirect(f"{url}#measure-{measure.pk}")


@login_required
@require_GET
def evidence_download(request: HttpRequest, evidence_id: int) -> FileResponse:
    evidence = get_evidence_for_user(request, evidence_id)
    try:
        handle = evidence.file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=evidence.original_name,
        content_type=evidence.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
