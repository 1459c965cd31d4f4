"""Forms of the risk ledger: a risk point with its prevention measures, and its 民主评 record."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from powers.forms import ChangeReasonMixin
from powers.history import user_display_name
from powers.models import FlowStep, Unit

from .models import PreventionMeasure, RiskMatrix, RiskPoint, matrix_for


def scale_choices(labels: list[str]) -> list[tuple[int, str]]:
    """A matrix scale as the official reads it: "1 低", "2 中", "3 高"."""
    return [(number, f"{number} {label}") for number, label in enumerate(labels, start=1)]


def step_label(step: FlowStep) -> str:
    chart = step.flowchart
    owner = chart.item.name if chart.item_id else chart.title
    return f"{owner} · {step.name}"


def keep_place(form: forms.ModelForm) -> int | None:
    """A row's place left empty: an existing row keeps its own, a new one goes last (the
    model's save numbers it)."""
    value = form.cleaned_data.get("sequence")
    return form.instance.sequence if value is None else value


class RiskPointForm(ChangeReasonMixin, forms.ModelForm):
    """A risk point of one unit, as its table writes it. Its grade is either entered in the
    unit's grade names or left to the township's matrix (likelihood × impact); the levels
    themselves are not fields: the model computes them on every save, whatever path the point
    is saved through, and refuses a written grade the matrix contradicts."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = RiskPoint
        fields = [
            "code",
            "sequence",
            "description",
            "manifestation",
            "risk_type",
            "post_risk",
            "post",
            "item",
            "step",
            "grade",
            "likelihood",
            "impact",
            "residual_likelihood",
            "residual_impact",
            "responsible_posts",
            "responsible_person",
            "leader_in_charge",
            "principal_leader",
            "supervisors",
            "owner",
            "is_internal",
            "internal_reason",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "manifestation": forms.Textarea(attrs={"rows": 3}),
            "sequence": forms.NumberInput(attrs={"min": 1}),
        }
        labels = {"description": _("风险点")}

    def __init__(self, *args, unit: Unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.unit = unit
        self.instance.unit = unit
        self.matrix: RiskMatrix = matrix_for(unit.township)
        likelihood = scale_choices(self.matrix.likelihood_labels)
        impact = scale_choices(self.matrix.impact_labels)
        for name, choices in (
            ("likelihood", likelihood),
            ("impact", impact),
            ("residual_likelihood", likelihood),
            ("residual_impact", impact),
        ):
            model_field = self.fields[name]
            self.fields[name] = forms.TypedChoiceField(
                label=model_field.label,
                choices=[("", _("（未评估）")), *choices],
                coerce=int,
                empty_value=None,
                required=False,
                help_text=model_field.help_text,
            )
        self.fields["residual_likelihood"].help_text = _("落实防控措施后的可能性和影响程度。")
        grades = self.matrix.grades_for(unit.kind)
        grade_choices = [(label, label) for label in grades.labels]
        written = self.instance.grade
        if written and written not in grades.labels:  # shown as kept, for the model to judge
            grade_choices.append((written, written))
        # The model's own words for a name that is not one of the unit's grades.
        not_a_grade = _("“%(grade)s”不是本单位的风险等级；可填：%(grades)s。") % {
            "grade": "%(value)s",
            "grades": "、".join(grades.labels),
        }
        self.fields["grade"] = forms.ChoiceField(
            label=self.fields["grade"].label,
            choices=[("", _("（由可能性和影响程度确定）")), *grade_choices],
            required=False,
            help_text=self.fields["grade"].help_text,
            error_messages={"invalid_choice": not_a_grade},
        )
        self.fields["post"].queryset = unit.posts.all()
        self.fields["item"].queryset = unit.power_items.order_by("code")
        self.fields["step"].queryset = FlowStep.objects.filter(flowchart__unit=unit).select_related(
            "flowchart__item"
        )
        self.fields["step"].label_from_instance = step_label
        self.fields["owner"].queryset = (
            get_user_model()
            .objects.filter(role_assignments__unit=unit, role_assignments__is_active=True)
            .distinct()
            .order_by("username")
        )
        self.fields["owner"].label_from_instance = user_display_name
        self.fields["internal_reason"].help_text = _("勾选“仅内部掌握”时必须填写。")
        self.fields["version"].initial = self.instance.version
        self.order_fields([name for name in self.fields if name != "change_reason"])

    def clean_code(self) -> str:
        code = self.cleaned_data["code"].strip()
        taken = self.unit.risk_points.filter(code=code).exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError(_("本单位已有相同编号的风险点。"))
        return code

    def clean_sequence(self) -> int | None:
        return keep_place(self)


class PreventionMeasureForm(forms.ModelForm):
    """One measure as the table lists it; its phase (事前、事中、事后) only where it says one."""

    class Meta:
        model = PreventionMeasure
        fields = [
            "sequence",
            "phase",
            "measure",
            "responsible_post",
            "responsible_person",
            "due_date",
            "status",
        ]
        widgets = {
            "measure": forms.Textarea(attrs={"rows": 2}),
            "due_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "sequence": forms.NumberInput(attrs={"min": 1}),
        }

    def __init__(self, *args, unit: Unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["responsible_post"].queryset = unit.posts.all()
        self.fields["phase"].choices = [("", _("（未分阶段）")), *PreventionMeasure.Phase.choices]

    def clean_sequence(self) -> int | None:
        return keep_place(self)


PreventionMeasureFormSet = forms.inlineformset_factory(
    RiskPoint, PreventionMeasure, form=PreventionMeasureForm, extra=1, can_delete=True
)


class RiskReviewForm(ChangeReasonMixin, forms.ModelForm):
    """The democratic review (民主评) of a risk point, as the unit's meeting held it."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = RiskPoint
        fields = ["review_date", "review_meeting", "review_participants", "review_outcome"]
        widgets = {
            "review_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "review_outcome": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "review_meeting": _("如：党员大会、村民代表会议、职工大会。"),
            "review_outcome": _("会议对风险点、等级和防控措施的意见。"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.Meta.fields:
            self.fields[name].required = True
        self.fields["review_participants"].widget.attrs["min"] = 1
        self.fields["version"].initial = self.instance.version
        self.order_fields([name for name in self.fields if name != "change_reason"])

    def clean_review_participants(self) -> int:
        participants = self.cleaned_data["review_participants"]
        if participants is None or participants < 1:
            raise forms.ValidationError(_("参加人数至少为 1 人。"))
        return participants
