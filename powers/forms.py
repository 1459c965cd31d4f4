"""Forms officials use to keep their unit's catalog and posts."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import LegalBasis, Post, PowerItem, Unit


class ChangeReasonMixin(forms.Form):
    """A reason field, required once the record has been approved (and optional before)."""

    change_reason = forms.CharField(
        label=_("修改原因"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("记录审核通过后，每次修改都须说明原因，原因会保存在变更历史中。"),
    )

    def clean_change_reason(self) -> str:
        reason = self.cleaned_data.get("change_reason", "").strip()
        instance = getattr(self, "instance", None)
        approved = instance is not None and getattr(instance, "needs_change_reason", False)
        if approved and instance.pk and not reason:
            raise forms.ValidationError(_("该记录已审核通过，修改时必须填写修改原因。"))
        return reason


class PowerItemForm(ChangeReasonMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    accountability_cases_text = forms.CharField(
        label=_("追责情形"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("每行一条。"),
    )

    class Meta:
        model = PowerItem
        fields = [
            "position",
            "code",
            "name",
            "parent",
            "list_type",
            "category",
            "power_kind",
            "origin",
            "first_review_only",
            "is_major_decision",
            "is_major_appointment",
            "is_major_project",
            "is_large_sum",
            "responsible_body",
            "leader_in_charge",
            "responsible_office",
            "handling_post",
            "conditions",
            "time_limit_text",
            "time_limit_immediate",
            "time_limit_statutory_days",
            "time_limit_days",
            "time_limit_type",
            "time_limit_from",
            "time_limit_minimum",
            "time_limit_rule",
            "service_commitment",
            "work_discipline",
            "accountability",
            "complaint_channel",
            "sort_order",
        ]
        widgets = {
            "sort_order": forms.NumberInput(attrs={"min": 1}),
            "conditions": forms.Textarea(attrs={"rows": 3}),
            "service_commitment": forms.Textarea(attrs={"rows": 3}),
            "work_discipline": forms.Textarea(attrs={"rows": 3}),
            "accountability": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, unit: Unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.unit = unit
        self.instance.unit = unit
        self.fields["category"].queryset = unit.township.categories.filter(is_active=True)
        self.fields["list_type"].queryset = unit.township.list_types.all()
        self.fields["list_type"].empty_label = _("权力清单（本单位的主清单）")
        self.fields["handling_post"].queryset = unit.posts.all()
        parents = unit.power_items.filter(parent__isnull=True)
        if self.instance.pk:
            parents = parents.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = parents
        for key, label in PowerItem.STAGES:
            self.fields[f"responsibility_{key}"] = forms.CharField(
                label=_("责任事项：%(stage)s") % {"stage": label},
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=self.instance.responsibilities.get(key, ""),
            )
        self.fields["accountability_cases_text"].initial = "\n".join(
            self.instance.accountability_cases
        )
        self.fields["version"].initial = self.instance.version
        # Keep the reason last, where the official finishes the form.
        self.order_fields([name for name in self.fields if name != "change_reason"])

    def clean_code(self) -> str:
        code = self.cleaned_data["code"].strip()
        taken = self.unit.power_items.filter(code=code).exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError(_("本单位已有相同编码的权力事项。"))
        return code

    def clean_sort_order(self) -> int | None:
        # Left empty: an existing item keeps its place, a new one goes last (the model's save
        # numbers it).
        value = self.cleaned_data.get("sort_order")
        return self.instance.sort_order if value is None else value

    def responsibility_fields(self):
        return [self[f"responsibility_{key}"] for key, _label in PowerItem.STAGES]

    def save(self, commit: bool = True) -> PowerItem:
        item = super().save(commit=False)
        item.responsibilities = {
            key: self.cleaned_data.get(f"responsibility_{key}", "").strip()
            for key, _label in PowerItem.STAGES
        }
        item.accountability_cases = [
            line.strip()
            for line in self.cleaned_data.get("accountability_cases_text", "").splitlines()
            if line.strip()
        ]
        if commit:
            item.save()
        return item


class LegalBasisForm(forms.ModelForm):
    class Meta:
        model = LegalBasis
        fields = ["document", "version", "article", "text", "rank", "order"]
        widgets = {"text": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["order"].required = False

    def clean_order(self) -> int:
        return self.cleaned_data.get("order") or 0


LegalBasisFormSet = forms.inlineformset_factory(
    PowerItem, LegalBasis, form=LegalBasisForm, extra=1, can_delete=True
)


class PostForm(forms.ModelForm):
    class Meta:
        model = Post
        fields = [
            "name",
            "holder",
            "duties",
            "manages_people",
            "manages_money",
            "manages_goods",
            "manages_affairs",
            "order",
        ]
        widgets = {"duties": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, unit: Unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.unit = unit
        self.instance.unit = unit
        self.fields["order"].required = False

    def clean_order(self) -> int:
        return self.cleaned_data.get("order") or 0

    def clean_name(self) -> str:
        name = self.cleaned_data["name"].strip()
        if self.unit.posts.filter(name=name).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("本单位已有同名岗位。"))
        return name


class TransitionForm(forms.Form):
    reason = forms.CharField(
        label=_("原因"), required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
    )
