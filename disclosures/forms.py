"""Forms officials use to write a unit's disclosures (党务公开 / 村务公开) and attach files."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from powers.forms import ChangeReasonMixin
from powers.lifecycle import Status
from powers.models import Unit
from powers.sanitize import clean_body
from risks.uploads import CheckedUpload, check_upload

from .models import Audience, Channel, Disclosure

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


class DisclosureForm(ChangeReasonMixin, forms.ModelForm):
    """A disclosure of one unit. The body is cleaned here, before anything stores it."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Disclosure
        fields = [
            "title",
            "category",
            "audience",
            "body",
            "channels",
            "publicity_start",
            "publicity_end",
            "objection_contact",
            "related_items",
            "obligation",
            "project",
            "publish_at",
        ]
        widgets = {
            "body": forms.Textarea(attrs={"rows": 14}),
            "channels": forms.CheckboxSelectMultiple,
            "related_items": forms.CheckboxSelectMultiple,
            "publicity_start": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "publicity_end": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "publish_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
        }

    def __init__(self, *args, unit: Unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.unit = unit
        self.instance.unit = unit
        # The shared channels and the township's own, never another township's.
        self.fields["channels"].queryset = Channel.objects.offered_in(unit.township_id)
        # Only the unit's own records: another unit's items, catalog entries or projects are
        # not the clerk's to link, and would show on this unit's public page.
        self.fields["related_items"].queryset = unit.power_items.order_by("code")
        self.fields["related_items"].label_from_instance = lambda item: f"{item.code} {item.name}"
        self.fields["obligation"].queryset = unit.disclosure_obligations.filter(is_active=True)
        self.fields["project"].queryset = unit.projects.all()
        self.fields["publish_at"].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        self.fields["body"].help_text = _(
            "直接输入文字即可，空一行另起一段；也可粘贴带标题、列表和表格的内容。"
            "脚本、样式和图片会被去除，图片请作为附件上传。"
        )
        self.fields["objection_contact"].help_text = _(
            "设公示期的，须写明群众提出异议的电话或网上渠道。"
        )
        self.fields["version"].initial = self.instance.version
        # Keep the reason last, where the official finishes the form.
        self.order_fields([name for name in self.fields if name != "change_reason"])

    def clean_body(self) -> str:
        body = clean_body(self.cleaned_data.get("body", ""))
        if not body:
            raise forms.ValidationError(
                _("请填写正文（脚本、样式和图片会被去除，图片请作为附件上传）。")
            )
        return body

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("publicity_start"), data.get("publicity_end")
        if bool(start) != bool(end):
            self.add_error(
                "publicity_end" if start else "publicity_start",
                _("公示期须同时填写开始和结束日期。"),
            )
        elif start and end:
            if end < start:
                self.add_error("publicity_end", _("公示结束日期不能早于开始日期。"))
            if not data.get("objection_contact", "").strip():
                self.add_error("objection_contact", _("设公示期的，请填写异议受理方式。"))
        return data


class DisclosureListFilter(forms.Form):
    """The filters above a unit's disclosure list."""

    category = forms.ChoiceField(
        label=_("公开类别"),
        required=False,
        choices=[("", _("全部")), *Disclosure.Category.choices],
    )
    status = forms.ChoiceField(
        label=_("状态"), required=False, choices=[("", _("全部")), *Status.choices]
    )
    audience = forms.ChoiceField(
        label=_("公开范围"), required=False, choices=[("", _("全部")), *Audience.choices]
    )

    def filter(self, queryset):
        if not self.is_valid():
            return queryset
        wanted = {name: value for name, value in self.cleaned_data.items() if value}
        return queryset.filter(**wanted)


class AttachmentField(forms.FileField):
    """A file field whose cleaned value is a :class:`CheckedUpload`: the type read from the
    bytes (risks.uploads), the size at most :data:`MAX_ATTACHMENT_BYTES`."""

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if not upload:
            return upload
        return check_upload(upload, noun=_("附件"), max_bytes=MAX_ATTACHMENT_BYTES)


class AttachmentUploadForm(ChangeReasonMixin, forms.Form):
    """One attachment for a disclosure. Adding one changes the disclosure: after its first
    approval the clerk says why, and the public sees the file only once it is approved again."""

    file = AttachmentField(
        label=_("附件"),
        help_text=_(
            "会议记录、公示表、照片等：PDF、JPG、PNG、Word（.docx）或 Excel（.xlsx），"
            "不超过 20 MB。图片和 PDF 可在页面上直接预览。"
        ),
    )

    def __init__(self, *args, instance: Disclosure, **kwargs):
        self.instance = instance  # ChangeReasonMixin asks it whether a reason is required
        super().__init__(*args, **kwargs)

    @property
    def checked(self) -> CheckedUpload:
        return self.cleaned_data["file"]
