"""Forms of public feedback (监督评议): the public's form, the officials' filters and actions."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.core import signing
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from powers.models import RoleAssignment, Unit

from . import antispam
from .models import Feedback

Kind = Feedback.Kind
FeedbackStatus = Feedback.FeedbackStatus
MAX_BODY = 2000
MAX_CONTACT = 100
MAX_REPLY = 2000
# The roles that handle feedback: the discipline committee and administrators only read it.
HANDLING_ROLES = [
    RoleAssignment.Role.CLERK,
    RoleAssignment.Role.UNIT_HEAD,
    RoleAssignment.Role.REVIEWER,
]


class PublicFeedbackForm(forms.Form):
    """What a villager fills in. The target (unit, item, disclosure, project) travels in
    hidden fields and is checked by the view; here: the content and the spam checks."""

    unit = forms.IntegerField(widget=forms.HiddenInput)
    item = forms.CharField(required=False, max_length=50, widget=forms.HiddenInput)
    disclosure = forms.IntegerField(required=False, widget=forms.HiddenInput)
    project = forms.IntegerField(required=False, widget=forms.HiddenInput)
    kind = forms.ChoiceField(label=_("类型"), choices=Kind.choices, widget=forms.RadioSelect)
    rating = forms.ChoiceField(
        label=_("满意度"),
        choices=Feedback.Rating.choices,
        required=False,
        widget=forms.RadioSelect,
        help_text=_("选择“评议”时必填。"),
    )
    body = forms.CharField(
        label=_("内容"),
        required=False,
        max_length=MAX_BODY,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("最多 2000 字。请勿填写身份证号等个人隐私，内容和答复会公开查询。"),
        error_messages={
            "max_length": _(
                "内容最多 %(limit_value)d 字，现在有 %(show_value)d 字，请精简后再提交。"
            )
        },
    )
    contact = forms.CharField(
        label=_("联系方式（选填，不公开）"),
        required=False,
        max_length=MAX_CONTACT,
        help_text=_("电话或地址，仅工作人员可见，便于向您了解情况。"),
        error_messages={"max_length": _("联系方式最多 %(limit_value)d 字。")},
    )
    # The honeypot: hidden from people (the template hides its wrapper), filled by robots.
    website = forms.CharField(label=_("请勿填写此项"), required=False)
    shown_at = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["shown_at"].initial = antispam.issue_form_token()
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    def refresh_stamp(self) -> None:
        """Show the form again with a fresh stamp, so the next try is judged from now."""
        if self.is_bound:
            self.data = self.data.copy()
            self.data["shown_at"] = antispam.issue_form_token()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get(antispam.HONEYPOT_FIELD):
            raise forms.ValidationError(
                _("提交未通过校验，请刷新页面后重新填写。"), code="honeypot"
            )
        try:
            antispam.check_form_token(cleaned.get("shown_at") or "")
        except antispam.FormTooFast:
            raise forms.ValidationError(
                _("提交太快了，请确认内容后再点一次“提交”。"), code="too_fast"
            ) from None
        except antispam.FormTooOld:
            raise forms.ValidationError(
                _("页面打开已超过 2 小时，请确认内容后再点一次“提交”。"), code="too_old"
            ) from None
        except signing.BadSignature:
            raise forms.ValidationError(
                _("提交未通过校验，请刷新页面后重新填写。"), code="bad_stamp"
            ) from None
        kind = cleaned.get("kind")
        body = (cleaned.get("body") or "").strip()
        cleaned["body"] = body
        if kind == Kind.RATING and not cleaned.get("rating"):
            self.add_error("rating", _("请选择满意度。"))
        if kind and kind != Kind.RATING:
            cleaned["rating"] = ""
            if not body:
                self.add_error("body", _("请填写内容。"))
        if antispam.count_links(body) > antispam.MAX_LINKS:
            self.add_error(
                "body",
                _("内容中的链接不能超过 %(count)d 个。") % {"count": antispam.MAX_LINKS},
            )
        return cleaned


class FeedbackFilter(forms.Form):
    """The filters above a list of feedback."""

    COMPLAINTS_AND_REPORTS = "complaint_report"

    kind = forms.ChoiceField(label=_("类型"), required=False)
    status = forms.ChoiceField(
        label=_("办理状态"),
        required=False,
        choices=[("", _("全部")), *FeedbackStatus.choices],
    )
    overdue = forms.BooleanField(label=_("只看逾期未答复"), required=False)

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [
            ("", _("全部")),
            (self.COMPLAINTS_AND_REPORTS, _("投诉和举报")),
            *Kind.choices,
        ]
        if units is not None:
            self.fields["unit"] = forms.ModelChoiceField(
                label=_("单位"), queryset=units, required=False, empty_label=_("全部单位")
            )

    def filter(self, queryset):
        if not self.is_valid():
            return queryset
        data = self.cleaned_data
        if data["kind"] == self.COMPLAINTS_AND_REPORTS:
            queryset = queryset.filter(kind__in=[Kind.COMPLAINT, Kind.REPORT])
        elif data["kind"]:
            queryset = queryset.filter(kind=data["kind"])
        if data["status"]:
            queryset = queryset.filter(status=data["status"])
        if data["overdue"]:
            queryset = queryset.filter(
                status__in=[FeedbackStatus.RECEIVED, FeedbackStatus.ASSIGNED],
                reply_deadline__lt=timezone.localdate(),
            )
        if data.get("unit"):
            queryset = queryset.filter(unit=data["unit"])
        return queryset


def assignable_users(unit: Unit):
    """Users who may handle the unit's feedback: a handling role on the unit or its township."""
    return (
        get_user_model()
        .objects.filter(
            Q(role_assignments__unit=unit) | Q(role_assignments__township_id=unit.township_id),
            role_assignments__is_active=True,
            role_assignments__role__in=HANDLING_ROLES,
            is_active=True,
        )
        .distinct()
        .order_by("username")
    )


class AssignForm(forms.Form):
    assigned_to = forms.ModelChoiceField(label=_("承办人"), queryset=None)
    note = forms.CharField(label=_("交办说明"), required=False, max_length=500)

    def __init__(self, *args, unit: Unit, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["assigned_to"]
        field.queryset = assignable_users(unit)
        field.label_from_instance = lambda user: user.get_full_name() or user.get_username()


class ReplyForm(forms.Form):
    reply = forms.CharField(
        label=_("公开答复"),
        max_length=MAX_REPLY,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("答复会在查询页面公开，请勿写入来信人的联系方式等个人信息。"),
    )


class CloseForm(forms.Form):
    note = forms.CharField(label=_("办结说明"), required=False, max_length=500)
