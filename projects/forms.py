"""Forms officials use for a unit's livelihood projects (民生工程): the project with its
milestones, and a progress update (发布进展)."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from disclosures.catalog_forms import EditReasonMixin
from powers.models import Unit
from risks.uploads import check_upload

from .models import Project, ProjectMilestone

MAX_PHOTO_BYTES = 10 * 1024 * 1024
PHOTO_TYPES = {"image/jpeg", "image/png"}
DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ProjectForm(EditReasonMixin, forms.ModelForm):
    """A project as its unit's clerk writes it; the public sees it once it is approved."""

    # The version the editor loaded: a save based on an older one is refused (save_edit).
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Project
        fields = [
            "code",
            "name",
            "description",
            "budget",
            "fund_source",
            "contractor",
            "progress_status",
            "percent_done",
            "start_date",
            "planned_end",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 4}),
            "percent_done": forms.NumberInput(attrs={"min": 0, "max": 100}),
            "start_date": DATE_WIDGET,
            "planned_end": DATE_WIDGET,
        }

    def __init__(self, *args, unit: Unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.unit = unit
        self.instance.unit = unit
        self.fields["version"].initial = self.instance.version

    def clean_percent_done(self) -> int:
        percent = self.cleaned_data["percent_done"]
        if percent > 100:
            raise ValidationError(_("完成进度不能超过 100%。"))
        return percent

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("start_date"), data.get("planned_end")
        if start and end and end < start:
            self.add_error("planned_end", _("计划完工日期不能早于开工日期。"))
        return data


class PhotoField(forms.ImageField):
    """A site photo: JPG or PNG by its bytes (risks.uploads) and by Pillow, at most 10 MB."""

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if not upload or upload is initial or not hasattr(upload, "seek"):
            return upload
        checked = check_upload(upload, noun=_("照片"), max_bytes=MAX_PHOTO_BYTES)
        if checked.content_type not in PHOTO_TYPES:
            raise ValidationError(_("现场照片只能是 JPG 或 PNG 图片。"))
        # The picture as re-encoded without its metadata (GPS position, camera owner).
        photo = checked.upload
        photo.checked = checked
        return photo


class MilestoneForm(forms.ModelForm):
    photo = PhotoField(
        label=_("现场照片"), required=False, help_text=_("JPG 或 PNG，不超过 10 MB。")
    )

    class Meta:
        model = ProjectMilestone
        fields = ["name", "planned_date", "done_date", "note", "photo", "order"]
        widgets = {
            "planned_date": DATE_WIDGET,
            "done_date": DATE_WIDGET,
            "note": forms.Textarea(attrs={"rows": 2}),
        }


MilestoneFormSet = forms.inlineformset_factory(
    Project, ProjectMilestone, form=MilestoneForm, extra=2, can_delete=True
)


class ProgressForm(forms.Form):
    """A progress update: the new status and percentage, and a milestone reached, if any."""

    status = forms.ChoiceField(label=_("进展状态"), choices=Project.ProjectStatus.choices)
    percent_done = forms.IntegerField(label=_("完成进度（%）"), min_value=0, max_value=100)
    milestone = forms.ModelChoiceField(
        label=_("本次完成的节点"), queryset=ProjectMilestone.objects.none(), required=False
    )
    done_date = forms.DateField(label=_("节点完成日期"), required=False, widget=DATE_WIDGET)
    note = forms.CharField(
        label=_("进展说明"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("写入进展公告正文和变更历史。"),
    )

    def __init__(self, *args, project: Project, **kwargs):
        super().__init__(*args, **kwargs)
        self.project = project
        self.fields["milestone"].queryset = project.milestones.filter(done_date__isnull=True)
        self.fields["status"].initial = project.progress_status
        self.fields["percent_done"].initial = project.percent_done

    def clean(self) -> dict:
        data = super().clean()
        if data.get("milestone") and not data.get("done_date"):
            self.add_error("done_date", _("请填写节点完成日期。"))
        unchanged = (
            data.get("status") == self.project.progress_status
            and data.get("percent_done") == self.project.percent_done
            and not data.get("milestone")
        )
        if unchanged and not self.errors:
            raise ValidationError(_("进展没有变化：请修改状态、进度或选择完成的节点。"))
        return data
