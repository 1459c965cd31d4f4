"""Public supervision (监督评议): comments, questions, complaints and ratings, with replies."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from disclosures.models import Disclosure
from powers.history import audited_history
from powers.models import PowerItem, Unit
from powers.permissions import unit_filter
from projects.models import Project


def new_tracking_code() -> str:
    # Unambiguous letters and digits only, easy to read out over the phone.
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(10))


class FeedbackQuerySet(models.QuerySet):
    def visible_to(self, user, perm: str = "view_records") -> FeedbackQuerySet:
        return self.filter(unit_filter(user, perm))


class Feedback(models.Model):
    """Public supervision (监督评议): a comment, question, complaint, report or rating on a unit,
    a power item, a disclosure or a project, answered in public; the contact stays private."""

    class Kind(models.TextChoices):
        COMMENT = "comment", _("意见建议")
        QUESTION = "question", _("咨询")
        COMPLAINT = "complaint", _("投诉")
        REPORT = "report", _("举报")
        RATING = "rating", _("评议")

    class Rating(models.TextChoices):
        SATISFIED = "satisfied", _("满意")
        FAIRLY = "fairly", _("基本满意")
        DISSATISFIED = "dissatisfied", _("不满意")

    class FeedbackStatus(models.TextChoices):
        RECEIVED = "received", _("已受理")
        ASSIGNED = "assigned", _("办理中")
        REPLIED = "replied", _("已答复")
        CLOSED = "closed", _("已办结")

    unit = models.ForeignKey(Unit, models.PROTECT, related_name="feedback", verbose_name=_("单位"))
    item = models.ForeignKey(
        PowerItem,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="feedback",
        verbose_name=_("权力事项"),
    )
    disclosure = models.ForeignKey(
        Disclosure,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="feedback",
        verbose_name=_("公开事项"),
    )
    project = models.ForeignKey(
        Project,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="feedback",
        verbose_name=_("民生工程"),
    )
    kind = models.CharField(_("类型"), max_length=10, choices=Kind.choices)
    rating = models.CharField(_("评价"), max_length=12, choices=Rating.choices, blank=True)
    body = models.TextField(_("内容"), max_length=2000, blank=True)
    contact = models.CharField(
        _("联系方式（不公开）"), max_length=100, blank=True, help_text=_("仅工作人员可见。")
    )
    tracking_code = models.CharField(
        _("查询码"), max_length=12, unique=True, default=new_tracking_code, editable=False
    )
    status = models.CharField(
        _("办理状态"),
        max_length=10,
        choices=FeedbackStatus.choices,
        default=FeedbackStatus.RECEIVED,
        db_index=True,
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="assigned_feedback",
        verbose_name=_("承办人"),
    )
    reply = models.TextField(_("公开答复"), blank=True)
    replied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("答复人"),
    )
    replied_at = models.DateTimeField(_("答复时间"), null=True, blank=True)
    reply_deadline = models.DateField(_("答复期限"))
    created_at = models.DateTimeField(_("提交时间"), auto_now_add=True)
    history = audited_history()

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = _("监督评议")
        verbose_name_plural = _("监督评议")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.tracking_code}"

    @property
    def is_overdue(self) -> bool:
        return (
            self.status in {"received", "assigned"} and self.reply_deadline < timezone.localdate()
        )
