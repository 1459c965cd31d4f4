"""Power in operation (权力运行记录): cases, their step records, attachments and breaches.

A :class:`Case` follows the snapshot of its item's flowchart taken when it opened (steps, edges
and the rules of each step, plus the township's amount rules), kept as data on the case, so a
later edit of the chart changes nothing about a case already running. Officials record what
happened at each step in a :class:`StepRecord`; :mod:`cases.checks` compares the records with
the snapshot and each finding is kept as a :class:`Breach`.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from powers.history import audited_history
from powers.models import PowerItem, Township, Unit
from powers.permissions import unit_filter


class ProcedureRule(models.Model):
    """A township's amount threshold (限额) above which a matter must be decided by a
    collective procedure: e.g. village spending above 1,000 yuan by the two committees, matters
    above 50,000 yuan by 四议两公开. Thresholds differ between townships, so they are data."""

    class Procedure(models.TextChoices):
        COLLECTIVE = "collective", _("集体研究决定")
        FOUR_DELIBERATIONS = "four_deliberations", _("“四议两公开”")

    # How many voting meetings (会议表决环节) each procedure holds at least: the two committees;
    # or the two committees, the party members' meeting and the villagers' representatives.
    MEETINGS = {Procedure.COLLECTIVE: 1, Procedure.FOUR_DELIBERATIONS: 3}

    township = models.ForeignKey(
        Township, models.PROTECT, related_name="procedure_rules", verbose_name=_("乡镇")
    )
    name = models.CharField(_("规则名称"), max_length=100)
    min_amount = models.DecimalField(_("金额达到（元）"), max_digits=14, decimal_places=2)
    procedure = models.CharField(_("须履行的程序"), max_length=20, choices=Procedure.choices)
    villages_only = models.BooleanField(_("仅适用于村（居）"), default=True)
    is_active = models.BooleanField(_("启用"), default=True)
    history = audited_history()

    class Meta:
        verbose_name = _("金额程序规则")
        verbose_name_plural = _("金额程序规则")
        ordering = ["township", "min_amount"]

    def __str__(self) -> str:
        return f"{self.name}（{self.min_amount} 元）"

    def snapshot(self) -> dict:
        return {
            "name": self.name,
            "min_amount": str(self.min_amount),
            "procedure": self.procedure,
            "procedure_label": str(self.get_procedure_display()),
            "meetings": self.MEETINGS[self.procedure],
        }


# Who may switch a case public or stop it: the unit head (单位负责人) or the township reviewer.
# The clerk, who records the case, may only ask for it.
PUBLISH_PERMISSIONS = frozenset({"confirm_records", "review_records"})


class CaseQuerySet(models.QuerySet):
    def visible_to(self, user, perm: str = "view_records") -> CaseQuerySet:
        return self.filter(unit_filter(user, perm))

    def public(self) -> CaseQuerySet:
        """Cases the unit publishes (with the snapshot the public reads), of items the public
        can see."""
        return self.filter(
            is_public=True,
            published_data__isnull=False,
            item__is_public=True,
            unit__is_active=True,
        )


class Case(models.Model):
    """One exercise of a published power item (年度办理事项): a major decision, a procurement, a
    homestead application, a subsidy review ..., recorded step by step against its flowchart."""

    class CaseStatus(models.TextChoices):
        OPEN = "open", _("办理中")
        CLOSED = "closed", _("已办结")

    class Outcome(models.TextChoices):
        NONE = "", _("未定")
        APPROVED = "approved", _("通过（办结）")
        REJECTED = "rejected", _("不予通过")
        TERMINATED = "terminated", _("终止")

    unit = models.ForeignKey(Unit, models.PROTECT, related_name="cases", verbose_name=_("单位"))
    item = models.ForeignKey(
        PowerItem, models.PROTECT, related_name="cases", verbose_name=_("权力事项")
    )
    reference = models.CharField(
        _("编号"), max_length=40, help_text=_("本单位内唯一，如 2026-001。")
    )
    title = models.CharField(
        _("事项名称"), max_length=200, help_text=_("会公开：不要写入申请人姓名等个人信息。")
    )
    amount = models.DecimalField(
        _("涉及金额（元）"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    # Personal data: kept for the officials, never shown on the public site.
    applicant = models.CharField(_("申请人或相对方（不公开）"), max_length=100, blank=True)
    applicant_contact = models.CharField(_("联系方式（不公开）"), max_length=100, blank=True)
    opened_on = models.DateField(_("启动日期"))
    closed_on = models.DateField(_("办结日期"), null=True, blank=True)
    status = models.CharField(
        _("办理状态"),
        max_length=10,
        choices=CaseStatus.choices,
        default=CaseStatus.OPEN,
        db_index=True,
    )
    outcome = models.CharField(
        _("办理结果"), max_length=12, choices=Outcome.choices, default="", blank=True
    )
    result = models.TextField(_("结果说明"), blank=True)
    closing_reason = models.TextField(_("带违规办结的理由"), blank=True)
    is_public = models.BooleanField(_("对外公开"), default=False)
    # The clerk asks; the unit head or the township reviewer switches the case public.
    publish_requested = models.BooleanField(_("已申请对外公开"), default=False)
    # What the public reads of the case (its public fields and step records), taken when the
    # unit head or the township reviewer publishes it (services.set_public): what the clerk
    # records afterwards shows only once they publish the update.
    published_data = models.JSONField(_("公开内容"), null=True, blank=True, editable=False)
    published_at = models.DateTimeField(_("公开时间"), null=True, blank=True, editable=False)
    has_unpublished_changes = models.BooleanField(_("有尚未公开的更新"), default=False)
    snapshot = models.JSONField(_("流程快照"), editable=False)
    disclosure = models.ForeignKey(
        "disclosures.Disclosure",
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("结果公开"),
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        related_name="+",
        verbose_name=_("登记人"),
    )
    version = models.PositiveIntegerField(_("版本"), default=1)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)
    history = audited_history(excluded_fields=["updated_at"])

    objects = CaseQuerySet.as_manager()

    class Meta:
        verbose_name = _("权力运行记录")
        verbose_name_plural = _("权力运行记录")
        ordering = ["-opened_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "reference"],
                name="case_reference_unique_in_unit",
                violation_error_message=_("本单位已有相同编号的办理事项。"),
            )
        ]
        indexes = [models.Index(fields=["unit", "status"], name="case_unit_status")]

    def __str__(self) -> str:
        return f"{self.reference} {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("cases:case_detail", args=[self.pk])

    def get_unit(self) -> Unit:
        return self.unit

    @property
    def is_open(self) -> bool:
        return self.status == self.CaseStatus.OPEN

    @property
    def awaits_publication(self) -> bool:
        """The clerk asked to publish the case, or its update."""
        return self.publish_requested and (not self.is_public or self.has_unpublished_changes)

    @property
    def awaits_update(self) -> bool:
        """Public, with records or a result the public does not see yet."""
        return self.is_public and self.has_unpublished_changes

    def snapshot_step(self, step_id: int) -> dict | None:
        return next((s for s in self.snapshot["steps"] if s["id"] == step_id), None)


class StepRecord(models.Model):
    """What happened at one step of a case (环节记录表): when, who handled it, what was decided,
    and what the step asks for: a meeting's attendance and votes with the township's witness
    and the supervision committee's opinion, a posting's dates."""

    class Result(models.TextChoices):
        NONE = "", _("—")
        PASSED = "passed", _("通过")
        REJECTED = "rejected", _("未通过")

    case = models.ForeignKey(
        Case, models.PROTECT, related_name="records", verbose_name=_("办理事项")
    )
    # The id of the step in the case's snapshot (the FlowStep it was taken from).
    step_id = models.PositiveIntegerField(_("环节"))
    step_name = models.CharField(_("环节名称"), max_length=100)
    started_on = models.DateField(_("开始日期"))
    completed_on = models.DateField(_("完成日期"), null=True, blank=True)
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("经办人（不公开）"),
    )
    decision = models.TextField(_("办理意见或决定（不公开）"), blank=True)
    branch = models.CharField(_("走向（判断结果）"), max_length=50, blank=True)
    result = models.CharField(
        _("表决结果"), max_length=10, choices=Result.choices, default="", blank=True
    )
    should_attend = models.PositiveIntegerField(_("应到人数"), null=True, blank=True)
    attended = models.PositiveIntegerField(_("实到人数"), null=True, blank=True)
    votes_for = models.PositiveIntegerField(_("同意票"), null=True, blank=True)
    votes_against = models.PositiveIntegerField(_("反对票"), null=True, blank=True)
    township_witness = models.CharField(_("乡镇见证人（不公开）"), max_length=100, blank=True)
    supervision_opinion = models.TextField(_("村务监督委员会意见"), blank=True)
    posting_start = models.DateField(_("公示开始"), null=True, blank=True)
    posting_end = models.DateField(_("公示结束"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        related_name="+",
        verbose_name=_("录入人"),
    )
    version = models.PositiveIntegerField(_("版本"), default=1)
    history = audited_history()

    class Meta:
        verbose_name = _("环节记录")
        verbose_name_plural = _("环节记录")
        ordering = ["case", "started_on", "pk"]

    def __str__(self) -> str:
        return f"{self.case.reference} · {self.step_name}"

    def get_unit(self) -> Unit:
        return self.case.unit

    @property
    def attendance_ratio(self) -> str:
        if not self.should_attend or self.attended is None:
            return ""
        return f"{self.attended}/{self.should_attend}（{self.attended / self.should_attend:.0%}）"


def attachment_path(instance: StepAttachment, filename: str) -> str:
    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"cases/{instance.sha256[:2]}/{instance.sha256}.{suffix}"


class StepAttachment(models.Model):
    """A file kept with a step record: minutes, a sign-in sheet, a photo of the posting. Its
    type is checked by content and its SHA-256 kept (risks.uploads); officials only."""

    record = models.ForeignKey(
        StepRecord, models.PROTECT, related_name="attachments", verbose_name=_("环节记录")
    )
    file = models.FileField(_("文件"), upload_to=attachment_path)
    original_name = models.CharField(_("原文件名"), max_length=255)
    content_type = models.CharField(_("文件类型"), max_length=100)
    size = models.PositiveIntegerField(_("大小（字节）"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        related_name="+",
        verbose_name=_("上传人"),
    )
    uploaded_at = models.DateTimeField(_("上传时间"), auto_now_add=True)
    history = audited_history()

    class Meta:
        verbose_name = _("环节附件")
        verbose_name_plural = _("环节附件")
        ordering = ["record", "pk"]

    def __str__(self) -> str:
        return self.original_name

    def get_unit(self) -> Unit:
        return self.record.case.unit


class Breach(models.Model):
    """A departure of a case from its flowchart's rules, found by :mod:`cases.checks`. Open
    until the records no longer show it; a case closed over an open breach keeps it."""

    class Kind(models.TextChoices):
        SKIPPED = "skipped", _("跳过环节")
        OUT_OF_ORDER = "out_of_order", _("环节顺序颠倒")
        QUORUM = "quorum", _("到会人数不足")
        VOTE = "vote", _("表决未达通过要求")
        POSTING = "posting", _("公示天数不足")
        OVERDUE = "overdue", _("超过时限")
        NOT_STARTED = "not_started", _("环节逾期未办理")
        AMOUNT = "amount", _("金额须履行其他程序")

    case = models.ForeignKey(
        Case, models.PROTECT, related_name="breaches", verbose_name=_("办理事项")
    )
    record = models.ForeignKey(
        StepRecord,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="breaches",
        verbose_name=_("环节记录"),
    )
    kind = models.CharField(_("违规类型"), max_length=16, choices=Kind.choices)
    # What the finding is about, e.g. "quorum:12" (record 12): one open breach each.
    key = models.CharField(_("标识"), max_length=100)
    message = models.TextField(_("说明"))
    found_at = models.DateTimeField(_("发现时间"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("纠正时间"), null=True, blank=True)
    history = audited_history()

    class Meta:
        verbose_name = _("流程违规")
        verbose_name_plural = _("流程违规")
        ordering = ["case", "found_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["case", "key"],
                condition=Q(resolved_at__isnull=True),
                name="one_open_breach_per_key",
                violation_error_message=_("该办理事项已有同一未纠正的违规。"),
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}：{self.message}"

    def get_unit(self) -> Unit:
        return self.case.unit

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None


def public_content(case: Case, records) -> dict:
    """What the public reads of ``case`` and its step ``records`` (in any order), as JSON:
    the case's public fields and, of each record, what :mod:`cases.public_views` shows (whether
    the township witnessed a meeting, not who). Codes, not labels, so each page speaks its
    visitor's language. Attachments stay with the officials. Kept in
    ``Case.published_data``; the data migration 0004 writes the same shape."""

    def day(value) -> str | None:
        return value.isoformat() if value else None

    return {
        "case": {
            "reference": case.reference,
            "title": case.title,
            "amount": None if case.amount is None else str(case.amount),
            "opened_on": day(case.opened_on),
            "closed_on": day(case.closed_on),
            "status": case.status,
            "outcome": case.outcome,
            "result": case.result,
        },
        "records": [
            {
                "pk": record.pk,
                "step_id": record.step_id,
                "step_name": record.step_name,
                "started_on": day(record.started_on),
                "completed_on": day(record.completed_on),
                "branch": record.branch,
                "result": record.result,
                "should_attend": record.should_attend,
                "attended": record.attended,
                "votes_for": record.votes_for,
                "votes_against": record.votes_against,
                "witnessed": bool(record.township_witness),
                "supervision_opinion": record.supervision_opinion,
                "posting_start": day(record.posting_start),
                "posting_end": day(record.posting_end),
            }
            for record in sorted(records, key=lambda r: (r.started_on, r.pk))
        ],
    }


Case.history_children = [
    (StepRecord, lambda case: {"case_id": case.pk}),
    (Breach, lambda case: {"case_id": case.pk}),
    (
        StepAttachment,
        lambda case: {"record_id__in": StepRecord.history.filter(case_id=case.pk).values("id")},
    ),
]
