"""The form officials use to write an entry of their unit's disclosure catalog (公开目录)."""

from __future__ import annotations

from django import forms
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from powers.models import Unit

from .models import Channel, DisclosureObligation, level_words


class EditReasonMixin(forms.Form):
    """A reason for every change of an existing record: it is kept in the record's history."""

    change_reason = forms.CharField(
        label=_("修改原因"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("修改已有记录时须说明原因，原因会保存在变更历史中。"),
    )

    def clean_change_reason(self) -> str:
        reason = self.cleaned_data.get("change_reason", "").strip()
        instance = getattr(self, "instance", None)
        if instance is not None and instance.pk and not reason:
            raise forms.ValidationError(_("请填写修改原因。"))
        return reason


class ObligationForm(EditReasonMixin, forms.ModelForm):
    """One matter of a unit's disclosure catalog, as the catalog writes it: its domain and
    channels are the township's, its responsible post one of the unit's."""

    levels = forms.MultipleChoiceField(
        label=_("公开层级"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("可多选，如目录在“镇级”“村级”下均打勾。"),
    )

    class Meta:
        model = DisclosureObligation
        fields = [
            "position",
            "sort_order",
            "catalog_domain",
            "matter",
            "sub_matter",
            "content_elements",
            "basis",
            "category",
            "frequency_text",
            "frequency",
            "deadline_day",
            "deadline_days",
            "deadline_day_type",
            "deadline_rule",
            "effective_from",
            "discloser",
            "responsible_post",
            "channels",
            "audience",
            "mode",
            "levels",
            "is_active",
        ]
        widgets = {
            "content_elements": forms.Textarea(attrs={"rows": 3}),
            "basis": forms.Textarea(attrs={"rows": 2}),
            "channels": forms.CheckboxSelectMultiple,
            "effective_from": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, unit: Unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.unit = unit
        self.instance.unit = unit
        township = unit.township
        self.fields["catalog_domain"].queryset = township.disclosure_domains.all()
        self.fields["responsible_post"].queryset = unit.posts.all()
        self.fields["channels"].queryset = Channel.objects.offered_in(township.pk)
        self.fields["levels"].choices = list(level_words(township).items())
        self.fields["deadline_day"].widget.attrs.update({"min": 1, "max": 366})
        self.fields["deadline_days"].widget.attrs.update({"min": 1, "max": 366})
        self.fields["deadline_rule"].help_text = _(
            "写给群众看的时限，如“每季度第一个月20日前”“事项发生后10日内”。"
        )
        if self.instance.pk:
            self.initial["levels"] = list(self.instance.levels)
        else:
            self.initial["sort_order"] = _next_place(unit)

    def clean_sort_order(self) -> int:
        place = self.cleaned_data.get("sort_order")
        if place is None:
            return self.instance.sort_order if self.instance.pk else _next_place(self.unit)
        return place

    def clean(self) -> dict:
        data = super().clean()
        day = data.get("deadline_day")
        frequency = data.get("frequency")
        periodic = {
            DisclosureObligation.Frequency.MONTHLY,
            DisclosureObligation.Frequency.QUARTERLY,
            DisclosureObligation.Frequency.YEARLY,
        }
        if day is not None and frequency in periodic and not 1 <= day <= 31:
            self.add_error("deadline_day", _("期限日应在 1 至 31 之间。"))
        if data.get("deadline_days") is not None and not data.get("deadline_day_type"):
            self.add_error("deadline_day_type", _("请选择期限天数是工作日还是自然日。"))
        return data

    def save(self, commit: bool = True) -> DisclosureObligation:
        self.instance.levels = self.cleaned_data.get("levels") or []
        if self.cleaned_data.get("catalog_domain") is None:
            self.instance.domain = ""  # no domain chosen: not the name the row had before
        return super().save(commit)


def _next_place(unit: Unit) -> int:
    """After the unit's last row, leaving room to put rows between."""
    last = unit.disclosure_obligations.aggregate(last=Max("sort_order"))["last"]
    return (last or 0) + 10
