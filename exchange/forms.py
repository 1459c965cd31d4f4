"""The upload form and the column mapping an official corrects in the preview."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from powers.models import Unit
from risks.uploads import size_label

from .kinds import KINDS, Kind
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


def _kind_choices():
    return [(key, kind.label) for key, kind in KINDS.items()]


class StandardVersionForm(UploadForm):
    """A new version of a standard list: its spreadsheet as issued, and what changed."""

    note = forms.CharField(
        label=_("修订说明"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("如“新增第37项；第12项办理时限改为5个工作日”。"),
    )


class StandardListForm(StandardVersionForm):
    """A new standard list, with its first version."""

    scope = forms.ChoiceField(
        label=_("发布单位"),
        help_text=_("乡镇发布的供本乡镇各单位采用；县发布的供全县各乡镇的单位采用。"),
    )
    kind = forms.ChoiceField(label=_("表格类型"))
    name = forms.CharField(label=_("名称"), max_length=200)
    issuer = forms.CharField(label=_("发布机关"), max_length=200, required=False)
    unit_kinds = forms.MultipleChoiceField(
        label=_("适用单位类型"),
        choices=Unit.Kind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("不选即适用于所有单位。"),
    )
    description = forms.CharField(
        label=_("说明"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    field_order = ["scope", "kind", "name", "issuer", "unit_kinds", "description", "file"]

    def __init__(self, *args, scopes, **kwargs):
        super().__init__(*args, **kwargs)
        self.scopes = {_scope_key(scope): scope for scope in scopes}
        self.fields["scope"].choices = [
            (key, f"{scope.name} · {scope._meta.verbose_name}")
            for key, scope in self.scopes.items()
        ]
        self.fields["kind"].choices = _kind_choices()

    def clean_scope(self):
        return self.scopes[self.cleaned_data["scope"]]

    def clean(self):
        data = super().clean()
        scope, name = data.get("scope"), data.get("name")
        if scope and name and scope.standard_lists.filter(name=name).exists():
            self.add_error("name", _("已有同名的标准清单。"))
        return data


def _scope_key(scope) -> str:
    return f"{scope._meta.model_name}-{scope.pk}"
