"""Forms of early warnings (廉能风险预警): issuing, answering, closing, and the list filters."""

from __future__ import annotations

from datetime import timedelta

import django_filters
from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from powers.models import Unit

from .models import Warning
from .tasks import WARNING_DEADLINE_DAYS


class WarningIssueForm(forms.ModelForm):
    """A township reviewer's warning to a unit, or to one of its posts."""

    reason = forms.CharField(
        label=_("发出说明"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("写入变更历史，如依据的检查、会议或举报。"),
    )

    class Meta:
        model = Warning
        fields = ["tier", "post", "risk_point", "cause", "deadline"]
        widgets = {
            "cause": forms.Textarea(attrs={"rows": 4}),
            "deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        help_texts = {
            "post": _("不选则预警整个单位。"),
            "risk_point": _("可选：预警针对的风险点。"),
        }

    def __init__(self, *args, unit: Unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.unit = unit
        self.fields["post"].queryset = unit.posts.all()
        self.fields["risk_point"].queryset = unit.risk_points.exclude(status="withdrawn")
        self.fields["deadline"].initial = timezone.localdate() + timedelta(
            days=WARNING_DEADLINE_DAYS
        )

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        if deadline < timezone.localdate():
            raise forms.ValidationError(_("回复期限不能早于今天。"))
        return deadline


class WarningResponseForm(forms.Form):
    response = forms.CharField(
        label=_("单位回复"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("说明已查明的情况和已采取或将采取的整改措施。"),
    )

    def clean_response(self) -> str:
        response = self.cleaned_data["response"].strip()
        if not response:
            raise forms.ValidationError(_("请填写回复内容。"))
        return response


class WarningCloseForm(forms.Form):
    closing_note = forms.CharField(
        label=_("关闭说明"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("如：整改已落实，经核查符合要求。"),
    )

    def clean_closing_note(self) -> str:
        note = self.cleaned_data["closing_note"].strip()
        if not note:
            raise forms.ValidationError(_("请填写关闭说明。"))
        return note


class WarningFilter(django_filters.FilterSet):
    """Filters of the township's warning list."""

    unit = django_filters.ModelChoiceFilter(label=_("单位"), queryset=None, empty_label=_("全部"))
    tier = django_filters.ChoiceFilter(
        label=_("预警等级"), choices=Warning.Tier.choices, empty_label=_("全部")
    )
    status = django_filters.ChoiceFilter(
        label=_("状态"),
        choices=[("unclosed", _("未关闭")), *Warning.Status.choices],
        empty_label=_("全部"),
        method="filter_status",
    )
    overdue = django_filters.ChoiceFilter(
        label=_("逾期未回复"),
        choices=[("yes", _("是")), ("no", _("否"))],
        empty_label=_("全部"),
        method="filter_overdue",
    )

    class Meta:
        model = Warning
        fields = ["unit", "tier", "status", "overdue"]

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["unit"].queryset = units

    def filter_status(self, queryset, name, value):
        if value == "unclosed":
            return queryset.open()
        return queryset.filter(status=value)

    def filter_overdue(self, queryset, name, value):
        overdue = Q(status=Warning.Status.OPEN, deadline__lt=timezone.localdate())
        return queryset.filter(overdue) if value == "yes" else queryset.exclude(overdue)
