"""Filters of the officials' catalog page (django-filter)."""

from __future__ import annotations

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .lifecycle import Status
from .models import PowerItem


class PowerItemFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("搜索"), method="search")
    category = django_filters.ModelChoiceFilter(
        label=_("权力类别"), queryset=None, empty_label=_("全部"), null_label=_("未写明类别")
    )
    list_type = django_filters.ModelChoiceFilter(
        label=_("所属清单"), queryset=None, empty_label=_("全部"), method="filter_list_type"
    )
    power_kind = django_filters.ChoiceFilter(
        label=_("权力性质"), choices=PowerItem.PowerKind.choices, empty_label=_("全部")
    )
    major = django_filters.ChoiceFilter(
        label=_("三重一大"),
        choices=[("yes", _("是")), ("no", _("否"))],
        empty_label=_("全部"),
        method="filter_major",
    )
    status = django_filters.ChoiceFilter(
        label=_("状态"), choices=Status.choices, empty_label=_("全部")
    )

    class Meta:
        model = PowerItem
        fields = ["q", "list_type", "category", "power_kind", "major", "status"]

    def __init__(self, *args, unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["category"].queryset = unit.township.categories.all()
        self.filters["list_type"].queryset = unit.township.list_types.all()

    def search(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(
            Q(name__icontains=value) | Q(code__icontains=value) | Q(position__icontains=value)
        )

    def filter_list_type(self, queryset, name, value):
        return queryset.filter(list_type=value) if value else queryset

    def filter_major(self, queryset, name, value):
        major = (
            Q(is_major_decision=True)
            | Q(is_major_appointment=True)
            | Q(is_major_project=True)
            | Q(is_large_sum=True)
        )
        return queryset.filter(major) if value == "yes" else queryset.exclude(major)
