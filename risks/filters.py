"""Filters of a unit's risk ledger (django-filter)."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from powers.lifecycle import Status

from .models import Grades, RiskPoint


class ReviewStage:
    """Where a point is on 自己找 → 民主评 → 乡镇审 (as ``RiskPoint.review_stage`` says)."""

    IDENTIFIED = "identified"
    REVIEWED = "reviewed"
    APPROVED = "approved"
    CHOICES = [
        (IDENTIFIED, _("自己查找")),
        (REVIEWED, _("已民主评议")),
        (APPROVED, _("乡镇已审核")),
    ]
    LOOKUPS = {
        IDENTIFIED: Q(reviewed_at__isnull=True, first_approved_at__isnull=True),
        REVIEWED: Q(reviewed_at__isnull=False, first_approved_at__isnull=True),
        APPROVED: Q(first_approved_at__isnull=False),
    }


class RiskPointFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("搜索"), method="search")
    level = django_filters.ChoiceFilter(
        label=_("固有风险等级"), field_name="inherent_level", empty_label=_("全部")
    )
    residual_level = django_filters.ChoiceFilter(label=_("剩余风险等级"), empty_label=_("全部"))
    risk_type = django_filters.ChoiceFilter(
        label=_("风险类型"), choices=RiskPoint.RiskType.choices, empty_label=_("全部")
    )
    post_risk = django_filters.ChoiceFilter(
        label=_("岗位风险类别"), choices=RiskPoint.PostRisk.choices, empty_label=_("全部")
    )
    post = django_filters.ModelChoiceFilter(
        label=_("岗位"), queryset=None, empty_label=_("全部"), null_label=_("未指定岗位")
    )
    item = django_filters.ModelChoiceFilter(
        label=_("权力事项"), queryset=None, empty_label=_("全部"), null_label=_("未指定事项")
    )
    status = django_filters.ChoiceFilter(
        label=_("状态"), choices=Status.choices, empty_label=_("全部")
    )
    review_stage = django_filters.ChoiceFilter(
        label=_("查找评审环节"),
        choices=ReviewStage.CHOICES,
        empty_label=_("全部"),
        method="filter_review_stage",
    )
    # Set by the heat map's cells; kept as hidden fields so filtering further keeps the cell.
    likelihood = django_filters.NumberFilter(widget=forms.HiddenInput)
    impact = django_filters.NumberFilter(widget=forms.HiddenInput)

    class Meta:
        model = RiskPoint
        fields = [
            "q",
            "level",
            "residual_level",
            "risk_type",
            "post_risk",
            "post",
            "item",
            "status",
            "review_stage",
            "likelihood",
            "impact",
        ]

    def __init__(self, *args, unit, grades: Grades, **kwargs):
        super().__init__(*args, **kwargs)
        # The unit's grade names; the values are the matrix levels they stand for.
        levels = [
            (grades.matrix.code_at(rank), label) for rank, label in enumerate(grades.labels, 1)
        ]
        self.filters["level"].extra["choices"] = levels
        self.filters["residual_level"].extra["choices"] = levels
        self.filters["post"].queryset = unit.posts.all()
        self.filters["item"].queryset = unit.power_items.order_by("code")

    def search(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(
            Q(code__icontains=value)
            | Q(description__icontains=value)
            | Q(manifestation__icontains=value)
        )

    def filter_review_stage(self, queryset, name, value):
        return queryset.filter(ReviewStage.LOOKUPS[value]) if value else queryset

    @property
    def cell(self) -> tuple[int, int] | None:
        """The heat-map cell the table is filtered to, if it is."""
        data = self.form.cleaned_data if self.form.is_bound and self.form.is_valid() else {}
        likelihood, impact = data.get("likelihood"), data.get("impact")
        if likelihood is None or impact is None:
            return None
        return int(likelihood), int(impact)
