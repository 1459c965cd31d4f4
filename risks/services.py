"""Risk ledger logic that is neither a view nor a model: levels, the quality check, matrices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from powers.history import job_context

from .models import PreventionMeasure, RiskMatrix, RiskPoint, matrix_for

Phase = PreventionMeasure.Phase
REVIEW_EVERY = timedelta(days=365)


@dataclass
class Problem:
    """One finding of the quality check, with a key that names it for warnings."""

    kind: str
    key: str
    point: RiskPoint
    message: str


def quality_check(points) -> list[Problem]:
    """What is wrong in a ledger: levels, missing or overdue measures, stale reviews.

    ``points`` is a RiskPoint queryset; the check runs in three queries whatever its size.
    """
    today = timezone.localdate()
    stale = timezone.now() - REVIEW_EVERY
    problems: list[Problem] = []
    points = points.exclude(status="withdrawn").select_related("unit__township")
    matrices: dict[int, RiskMatrix] = {}  # one matrix query per township, not per point
    for point in points.prefetch_related("measures"):
        township = point.unit.township
        if township.pk not in matrices:
            matrices[township.pk] = matrix_for(township)
        matrix = matrices[township.pk]
        township._risk_matrix_cache = matrix  # the point's grade names come from it
        measures = list(point.measures.all())
        name = f"{point.code}"
        if point.residual_level and matrix.rank(point.residual_level) < matrix.rank(
            point.inherent_level
        ):
            problems.append(
                Problem(
                    "residual_above_inherent",
                    f"risk-residual:{point.pk}",
                    point,
                    _("风险点 %(code)s 的剩余风险高于固有风险，请核实评估。") % {"code": name},
                )
            )
        if not measures:
            problems.append(
                Problem(
                    "no_measure",
                    f"risk-no-measure:{point.pk}",
                    point,
                    _("风险点 %(code)s 还没有任何防控措施。") % {"code": name},
                )
            )
        elif matrix.rank(point.inherent_level) == 0:
            phases = {m.phase for m in measures if m.status != m.MeasureStatus.LAPSED}
            # A table that lists its measures without phases says nothing about when they
            # act: no finding is made up for it.
            if "" not in phases and not phases & {Phase.DURING, Phase.AFTER}:
                problems.append(
                    Problem(
                        "top_level_without_control",
                        f"risk-top-level-control:{point.pk}",
                        point,
                        _("%(level)s风险点 %(code)s 缺少事中或事后防控措施。")
                        % {"level": point.grade_label, "code": name},
                    )
                )
        for measure in measures:
            if (
                measure.status == measure.MeasureStatus.PLANNED
                and measure.due_date
                and (measure.due_date < today)
            ):
                problems.append(
                    Problem(
                        "measure_overdue",
                        f"measure-overdue:{measure.pk}",
                        point,
                        _("风险点 %(code)s 的%(phase)s措施已超过完成期限（%(due)s）。")
                        % {
                            "code": name,
                            "phase": measure.get_phase_display() if measure.phase else "",
                            "due": measure.due_date.isoformat(),
                        },
                    )
                )
        reviewed = point.first_approved_at or point.reviewed_at or point.identified_at
        if (
            reviewed is not None
            and reviewed < stale
            and (point.reviewed_at is None or point.reviewed_at < stale)
        ):
            problems.append(
                Problem(
                    "not_reviewed",
                    f"risk-not-reviewed:{point.pk}",
                    point,
                    _("风险点 %(code)s 已超过一年未重新评议。") % {"code": name},
                )
            )
    return problems


def save_matrix(matrix: RiskMatrix, *, user, reason: str) -> int:
    """Save a township's matrix and re-level its open points, each with history. Returns how
    many points changed level."""
    changed = 0
    with transaction.atomic():
        matrix.full_clean()
        matrix._history_user = user
        matrix._change_reason = reason
        matrix.save()
        matrix.township._risk_matrix_cache = matrix
        points = RiskPoint.objects.filter(unit__township=matrix.township).exclude(
            status="withdrawn"
        )
        with job_context("relevel_risk_points"):
            for point in points.select_related("unit__township"):
                before = (point.inherent_level, point.residual_level)
                point.unit.township._risk_matrix_cache = matrix
                point.relevel(matrix)
                if (point.inherent_level, point.residual_level) != before:
                    point._history_user = user
                    point._change_reason = _("风险矩阵调整：%(reason)s") % {"reason": reason}
                    point.save(update_fields=["inherent_level", "residual_level"])
                    changed += 1
    return changed
