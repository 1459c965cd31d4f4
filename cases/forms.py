"""Forms of the officials' case pages."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from powers.models import PowerItem
from risks.uploads import EvidenceFileField

from . import services
from .models import Case, StepRecord

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def item_label(item: PowerItem) -> str:
    label = f"{item.code} {item.name}"
    if not item.flowchart.is_public:
        label += str(_("（流程图未审核发布）"))
    return label


class CaseOpenForm(forms.ModelForm):
    class Meta:
        model = Case
        fields = [
            "item",
            "reference",
            "title",
            "amount",
            "applicant",
            "applicant_contact",
            "opened_on",
        ]
        widgets = {"opened_on": DATE}

    def __init__(self, *args, unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.unit = unit
        self.fields["item"].queryset = (
            PowerItem.objects.public()
            .filter(unit=unit, flowchart__isnull=False)
            .select_related("flowchart")
            .order_by("code")
        )
        self.fields["item"].label_from_instance = item_label
        self.fields["opened_on"].initial = timezone.localdate()

    def clean_item(self) -> PowerItem:
        item = self.cleaned_data["item"]
        services.approved_chart(item)  # refused with its reason, shown on the field
        return item

    def clean_reference(self) -> str:
        reference = self.cleaned_data["reference"].strip()
        if Case.objects.filter(unit=self.instance.unit, reference=reference).exists():
            raise forms.ValidationError(_("本单位已有相同编号的办理事项。"))
        return reference


class StepRecordForm(forms.ModelForm):
    step_id = forms.TypedChoiceField(label=_("环节"), coerce=int)
    branch = forms.ChoiceField(label=_("走向（判断结果）"), required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = StepRecord
        fields = [
            "step_id",
            "started_on",
            "completed_on",
            "branch",
            "result",
            "decision",
            "should_attend",
            "attended",
            "votes_for",
            "votes_against",
            "township_witness",
            "supervision_opinion",
            "posting_start",
            "posting_end",
        ]
        widgets = {
            "started_on": DATE,
            "completed_on": DATE,
            "posting_start": DATE,
            "posting_end": DATE,
            "decision": forms.Textarea(attrs={"rows": 2}),
            "supervision_opinion": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, case: Case, **kwargs):
        super().__init__(*args, **kwargs)
        self.case = case
        self.instance.case = case
        steps = case.snapshot["steps"]
        self.fields["step_id"].choices = [(s["id"], s["name"]) for s in steps]
        labels = sorted({e["label"] for e in case.snapshot["edges"] if e["label"]})
        self.fields["branch"].choices = [("", "—"), *[(label, label) for label in labels]]
        self.fields["version"].initial = self.instance.version
        # Editing needs the version the clerk saw, or a stale save would go unnoticed.
        self.fields["version"].required = bool(self.instance.pk)
        if not self.instance.pk:
            self.fields["started_on"].initial = timezone.localdate()

    def clean(self):
        data = super().clean()
        step = self.case.snapshot_step(data.get("step_id"))
        if step is None:
            return data
        branch = data.get("branch")
        labels = {e["label"] for e in self.case.snapshot["edges"] if e["source"] == step["id"]}
        if branch and branch not in labels:
            self.add_error("branch", _("“%(step)s”没有这个走向。") % {"step": step["name"]})
        started, completed = data.get("started_on"), data.get("completed_on")
        if started and completed and completed < started:
            self.add_error("completed_on", _("完成日期不能早于开始日期。"))
        if started and started < self.case.opened_on:
            self.add_error("started_on", _("开始日期不能早于事项启动日期。"))
        should, attended = data.get("should_attend"), data.get("attended")
        if should is not None and attended is not None and attended > should:
            self.add_error("attended", _("实到人数不能多于应到人数。"))
        votes = (data.get("votes_for") or 0) + (data.get("votes_against") or 0)
        if attended is not None and votes > attended:
            self.add_error("votes_for", _("同意票和反对票之和不能多于实到人数。"))
        start, end = data.get("posting_start"), data.get("posting_end")
        if start and end and end < start:
            self.add_error("posting_end", _("公示结束日期不能早于开始日期。"))
        return data


class CloseForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("办理结果"), choices=[c for c in Case.Outcome.choices if c[0]]
    )
    result = forms.CharField(
        label=_("结果说明（会公开）"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000
    )
    closed_on = forms.DateField(label=_("办结日期"), widget=DATE)
    reason = forms.CharField(
        label=_("带违规办结的理由"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("有未纠正的违规时必须填写，理由永久保存在变更历史中。"),
    )
    version = forms.IntegerField(widget=forms.HiddenInput)


class VersionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)


class AttachmentForm(forms.Form):
    file = EvidenceFileField(
        noun=_("附件"),
        label=_("附件"),
        help_text=_("会议记录、签到表、公示照片：PDF、JPG、PNG、Word 或 Excel，不超过 10 MB。"),
    )
