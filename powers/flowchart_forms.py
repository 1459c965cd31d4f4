"""Forms of the officials' flowchart editor: creating a chart (of an item or of a unit), its
steps and arrows."""

from __future__ import annotations

import json

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from . import flowchart_templates
from .forms import ChangeReasonMixin
from .models import Flowchart, FlowEdge, FlowStep, PowerCategory, PowerItem, Unit


class ChartChangeForm(ChangeReasonMixin, forms.Form):
    """The version the official loaded and, once approved, why they change it.

    Every edit of a chart (a step saved, moved or removed) is an edit of the chart itself, so
    the reason is asked of the chart (or, when creating a chart, of its item): the mixin checks
    ``self.instance``.
    """

    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)

    def __init__(self, *args, instance: Flowchart | PowerItem, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance = instance
        self.fields["version"].initial = instance.version


class StartChoice(models.TextChoices):
    TEMPLATE = "template", _("使用模板")
    COPY = "copy", _("复制其他流程图")
    EMPTY = "empty", _("从空白开始")


class ChartStartMixin(forms.Form):
    """Where a new chart's steps come from: a template, a copy of another chart, or nothing."""

    Start = StartChoice

    start = forms.ChoiceField(
        label=_("从哪里开始"),
        choices=StartChoice.choices,
        initial=StartChoice.TEMPLATE,
        widget=forms.RadioSelect,
    )
    template = forms.ChoiceField(label=_("模板"), required=False)
    copy_from = forms.ModelChoiceField(
        label=_("复制哪个流程图"),
        queryset=Flowchart.objects.none(),
        required=False,
        empty_label=_("（请选择）"),
        help_text=_("复制后可以再逐个修改环节；其他单位的承办岗位按名称对应到本单位的岗位。"),
    )

    def _set_start_choices(self, user, *, suggested_template: str, copyable) -> None:
        templates = flowchart_templates.TEMPLATES
        self.fields["template"].choices = [
            (template_id, template["title"]) for template_id, template in templates.items()
        ]
        if suggested_template in templates:
            self.fields["template"].initial = suggested_template
        self.fields["copy_from"].queryset = copyable.filter(
            unit__in=Unit.objects.with_perm(user, "view_records")
        ).select_related("unit", "item")
        self.fields["copy_from"].label_from_instance = _copy_label

    def template_descriptions(self) -> list[dict]:
        return [
            {"id": template_id, **template}
            for template_id, template in flowchart_templates.TEMPLATES.items()
        ]

    def clean(self) -> dict:
        data = super().clean()
        start = data.get("start")
        if start == StartChoice.TEMPLATE and not data.get("template"):
            self.add_error("template", _("请选择一个模板。"))
        if start == StartChoice.COPY and not data.get("copy_from"):
            self.add_error("copy_from", _("请选择要复制的流程图。"))
        return data


def _copy_label(chart: Flowchart) -> str:
    if chart.item_id:
        return f"{chart.unit.name} · {chart.item.code} {chart.item.name}"
    return f"{chart.unit.name} · {chart.title}（{chart.get_kind_display()}）"


class FlowchartCreateForm(ChartStartMixin, ChartChangeForm):
    """How to start an item's chart: from a template, from another item's chart, or empty."""

    def __init__(self, *args, instance: PowerItem, user, **kwargs):
        super().__init__(*args, instance=instance, **kwargs)
        self.fields["start"].choices = [
            (StartChoice.TEMPLATE, StartChoice.TEMPLATE.label),
            (StartChoice.COPY, _("复制其他事项的流程图")),
            (StartChoice.EMPTY, StartChoice.EMPTY.label),
        ]
        self._set_start_choices(
            user,
            suggested_template=flowchart_templates.template_for(instance.name),
            copyable=Flowchart.objects.filter(kind=Flowchart.Kind.ITEM).order_by(
                "unit__township_id", "unit__code", "item__code"
            ),
        )
        self.order_fields(["start", "template", "copy_from", "version", "change_reason"])


# The template a new chart of each kind starts from, unless the official picks another.
SUGGESTED_TEMPLATES = {
    Flowchart.Kind.DECISION: "four_deliberations",
    Flowchart.Kind.CATEGORY: flowchart_templates.FALLBACK_TEMPLATE,
}


class UnitFlowchartCreateForm(ChartStartMixin):
    """A new chart of a unit's own: of a category, or for villages of how the village
    decides, runs, discloses and supervises (决策、运行、公开、监督流程图)."""

    kind = forms.ChoiceField(label=_("流程图类型"))
    category = forms.ModelChoiceField(
        label=_("权力类别"),
        queryset=PowerCategory.objects.none(),
        required=False,
        empty_label=_("（请选择）"),
        help_text=_("类别流程图必须选择权力类别。"),
    )
    title = forms.CharField(
        label=_("标题"),
        max_length=200,
        required=False,
        help_text=_("不填时按单位名称和流程图类型（类别流程图按权力类别）生成。"),
    )

    def __init__(self, *args, unit: Unit, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.unit = unit
        Kind = Flowchart.Kind
        kinds = [Kind.CATEGORY]
        if unit.is_village:
            kinds = [Kind.DECISION, Kind.OPERATION, Kind.DISCLOSURE, Kind.SUPERVISION, *kinds]
        self.fields["kind"].choices = [(kind.value, kind.label) for kind in kinds]
        self.fields["kind"].initial = kinds[0].value
        self.fields["kind"].widget.attrs["data-suggested-templates"] = json.dumps(
            {kind.value: SUGGESTED_TEMPLATES.get(kind, "") for kind in kinds}
        )
        self.fields["category"].queryset = unit.township.categories.filter(is_active=True)
        self._set_start_choices(
            user,
            suggested_template=SUGGESTED_TEMPLATES.get(kinds[0], ""),
            copyable=Flowchart.objects.order_by(
                "unit__township_id", "unit__code", "kind", "item__code", "pk"
            ),
        )
        self.order_fields(["kind", "category", "title", "start", "template", "copy_from"])

    def clean(self) -> dict:
        data = super().clean()
        kind = data.get("kind")
        if kind == Flowchart.Kind.CATEGORY:
            if not data.get("category") and "category" not in self.errors:
                self.add_error("category", _("类别流程图必须选择权力类别。"))
        else:
            data["category"] = None  # only category charts belong to a category
        data["title"] = (data.get("title") or "").strip()
        if kind and not data["title"] and not self.errors:
            data["title"] = self.default_title(kind, data.get("category"))
        return data

    def default_title(self, kind: str, category: PowerCategory | None) -> str:
        if category is not None:
            return _("%(unit)s%(category)s类别流程图") % {
                "unit": self.unit.name,
                "category": category.name,
            }
        return f"{self.unit.name}{Flowchart.Kind(kind).label}"


class FlowStepForm(forms.ModelForm):
    """One step (流程环节) of a chart: who handles it, under which rules and limits."""

    class Meta:
        model = FlowStep
        fields = [
            "name",
            "kind",
            "handling_post",
            "responsible_party",
            "conditions",
            "time_limit_days",
            "time_limit_type",
            "posting_days",
            "is_meeting",
            "quorum_fraction",
            "vote_rule",
            "rules",
            "duty_requirements",
            "is_checkpoint",
            "checkpoint_measure",
            "counterparty_rights",
            "complaint_channel",
        ]
        widgets = {
            "conditions": forms.Textarea(attrs={"rows": 2}),
            "rules": forms.Textarea(attrs={"rows": 2}),
            "duty_requirements": forms.Textarea(attrs={"rows": 2}),
            "checkpoint_measure": forms.Textarea(attrs={"rows": 2}),
            "counterparty_rights": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {
            "kind": _("“判断”环节（如 是否同意）至少要有两个去向，每条连线都要标注条件。"),
            "responsible_party": _("没有对应岗位时填写，如 村民代表会议、申请人。"),
            "posting_days": _("需要公示的环节填写公示天数。"),
            "is_checkpoint": _("纪检监督介入的环节，在流程图上以红框标出。"),
        }

    def __init__(self, *args, chart: Flowchart, **kwargs):
        super().__init__(*args, **kwargs)
        self.chart = chart
        self.instance.flowchart = chart
        self.fields["handling_post"].queryset = chart.unit.posts.all()
        if self.instance.pk is None:
            others = chart.steps.order_by("order", "pk")
            self.fields["previous_step"] = forms.ModelChoiceField(
                label=_("上一环节"),
                queryset=others,
                required=False,
                empty_label=_("（放在最后，暂不连线）"),
                help_text=_("选择后，新环节排在它后面，并从它连一条线到新环节。"),
            )

    def clean_name(self) -> str:
        return self.cleaned_data["name"].strip()


class FlowEdgeForm(forms.ModelForm):
    """An arrow from the step being edited to one of its next steps."""

    class Meta:
        model = FlowEdge
        fields = ["target", "label"]

    def __init__(self, *args, chart: Flowchart, **kwargs):
        super().__init__(*args, **kwargs)
        target = self.fields["target"]
        target.label = _("下一环节")
        target.queryset = chart.steps.order_by("order", "pk")
        target.empty_label = _("（不连线）")
        target.required = False  # "不连线" on an existing arrow removes it
        self.fields["label"].widget.attrs["placeholder"] = _("如 同意 / 不同意")

    def clean_label(self) -> str:
        return self.cleaned_data["label"].strip()

    def clean(self) -> dict:
        data = super().clean()
        if data.get("label") and not data.get("target") and "target" not in self.errors:
            self.add_error("target", _("请选择这条连线通往哪个环节，或清空条件标注。"))
        return data


class BaseFlowEdgeFormSet(forms.BaseInlineFormSet):
    def add_fields(self, form, index) -> None:
        super().add_fields(form, index)
        if self.instance.pk:  # a step does not lead to itself
            form.fields["target"].queryset = form.fields["target"].queryset.exclude(
                pk=self.instance.pk
            )
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = _("删除这条连线")

    def _should_delete_form(self, form) -> bool:
        if super()._should_delete_form(form):
            return True
        # An existing arrow whose next step was set to "不连线".
        data = getattr(form, "cleaned_data", {})
        return bool(form.instance.pk) and not data.get("target") and not form.errors

    def clean(self) -> None:
        # Instead of Django's generic "duplicate data for 从 and 到", name the step twice chosen.
        seen: set[int] = set()
        for form in self.forms:
            if not hasattr(form, "cleaned_data") or self._should_delete_form(form):
                continue
            target = form.cleaned_data.get("target")
            if target is None:
                continue
            if target.pk in seen:
                form.add_error("target", _("“%(name)s”已在上面选过了。") % {"name": target})
            seen.add(target.pk)


FlowEdgeFormSet = forms.inlineformset_factory(
    FlowStep,
    FlowEdge,
    form=FlowEdgeForm,
    formset=BaseFlowEdgeFormSet,
    fk_name="source",
    extra=2,
    can_delete=True,
    can_delete_extra=False,
)
