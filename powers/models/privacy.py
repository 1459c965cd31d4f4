"""Confirmations that personal data found in a record may go public after all."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..history import audited_history
from .organisation import Unit


class PersonalDataWaiver(models.Model):
    """The township reviewer's confirmation, with a reason, that what the personal-data check
    found in a record may be published as it is (an office's own number, a name a notice of
    award must carry). It covers the record's public text exactly as it was confirmed, named
    by its fingerprint: any later edit of that text needs a confirmation of its own."""

    unit = models.ForeignKey(
        Unit, models.PROTECT, related_name="personal_data_waivers", verbose_name=_("单位")
    )
    content_type = models.ForeignKey(
        ContentType, models.PROTECT, related_name="+", verbose_name=_("记录类型")
    )
    object_id = models.PositiveBigIntegerField(_("记录编号"))
    record = GenericForeignKey("content_type", "object_id")
    fingerprint = models.CharField(_("内容指纹"), max_length=64)
    findings = models.JSONField(_("确认的内容（已遮盖）"), default=list)
    reason = models.TextField(_("确认理由"))
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, related_name="+", verbose_name=_("确认人")
    )
    confirmed_at = models.DateTimeField(_("确认时间"), auto_now_add=True)
    history = audited_history()

    class Meta:
        verbose_name = _("个人信息公开确认")
        verbose_name_plural = _("个人信息公开确认")
        ordering = ["-confirmed_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "fingerprint"],
                name="one_personal_data_waiver_per_text",
                violation_error_message=_("这段内容已经确认过。"),
            )
        ]

    def __str__(self) -> str:
        return f"{self.content_type.name} #{self.object_id}"

    def get_unit(self) -> Unit:
        return self.unit
