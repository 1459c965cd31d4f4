"""The upload form and the column mapping an official corrects in the preview."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from risks.uploads import size_label

from .kinds import Kind
from .readers import SUFFIXES


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("文件"),
        help_text=_("Excel（.xlsx）、CSV（.csv，UTF-8 或 GB18030）或 Word（.docx）表格。"),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(SUFFIXES)}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(SUFFIXES):
            raise forms.ValidationError(_("只能导入 .xlsx、.csv 或 .docx 文件。"))
        if upload.size > settings.IMPORT_MAX_BYTES:
            raise forms.ValidationError(
                _("文件过大：导入的表格不能超过 %(limit)s。")
                % {"limit": size_label(settings.IMPORT_MAX_BYTES)}
            )
        return upload


class MappingForm(forms.Form):
    """One select per column of the file: which field it fills, or none."""

    def __init__(self, *args, kind: Kind, mapping: list[dict], **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _("（不导入）"))] + [(column.key, column.header) for column in kind.columns]
        self.columns = []
        for column in mapping:
            name = f"column_{column['index']}"
            self.fields[name] = forms.ChoiceField(
                label=column["header"] or _("（无表头）"),
                choices=choices,
                required=False,
                initial=column["key"],
            )
            self.columns.append((name, column["header"]))

    def headers_to_keys(self) -> dict[str, str]:
        return {header: self.cleaned_data[name] for name, header in self.columns if header}

    def clean(self):
        data = super().clean()
        chosen = [value for value in data.values() if value]
        if len(chosen) != len(set(chosen)):
            raise forms.ValidationError(_("同一字段只能对应一列。"))
        return data
