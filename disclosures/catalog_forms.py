"""The form officials use to write an entry of their unit's disclosure catalog (公开目录)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from powers.models import Unit

from .models import Channel, DisclosureObligation


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
    """One matter of a unit's disclosure catalog; its responsible post is one of the unit's."""

    class Meta:
        model = DisclosureObligation
        fields = [
            "domain",
            "matter",
            "sub_matter",
            "content_elements",
            "basis",
            "category",
            "frequency",
            "deadline_day",
            "deadline_rule",
            "effective_from",
            "responsible_post",
            "channels",
            "audience",
            "mode",
            "level",
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
        self.fields["responsible_post"].queryset = unit.posts.all()
        self.fields["channels"].queryset = Channel.objects.all()
        self.fields["deadline_day"].widget.attrs.update({"min": 1, "max": 366})
        self.fields["deadline_rule"].help_text = _(
            "写给群众看的时限，如“每季度第一个月20日前”“事项发生后10日内”。"
        )
        if not self.instance.pk:
            self.fields["level"].initial = (
                DisclosureObligation.Level.VILLAGE
                if unit.is_village
                else DisclosureObligation.Level.TOWNSHIP
            )

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
        return data
