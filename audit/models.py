"""The tamper-evident chain over the history of every audited record."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from powers.history import audited_history


class ChainLayout(models.Model):
    """The columns a link's hash covers, as the history table had them when the link was
    written: a migration adding a column later leaves earlier links checkable. With
    ``covers_scope`` the hash also covers the link's township and unit."""

    history_model = models.CharField(_("历史表"), max_length=100)
    columns = models.JSONField(_("哈希覆盖的列"))
    covers_scope = models.BooleanField(_("覆盖归属"), default=False)

    class Meta:
        verbose_name = _("审计链环格式")
        verbose_name_plural = _("审计链环格式")
        constraints = [
            models.UniqueConstraint(
                fields=["history_model", "columns", "covers_scope"], name="one_chain_layout"
            )
        ]

    def __str__(self) -> str:
        return f"{self.history_model} #{self.pk}"


class ChainLink(models.Model):
    """One history row in the chain: its hash covers the previous link's hash and the row's
    canonical JSON, so changing, deleting or reordering any row breaks every later link."""

    seq = models.BigAutoField(_("序号"), primary_key=True)
    history_model = models.CharField(_("历史表"), max_length=100)
    history_id = models.BigIntegerField(_("历史记录号"))
    prev_hash = models.CharField(_("前一环哈希"), max_length=64)
    row_hash = models.CharField(_("本环哈希"), max_length=64)
    created_at = models.DateTimeField(_("写入时间"), auto_now_add=True)
    # Where the history row belongs and what it says, copied from it when the link is written
    # (:func:`audit.chain.append`), so the audit timeline filters and pages over this one table.
    # The chain check compares them with the history row; township and unit are hashed in
    # links whose layout covers the scope. No unit or township: superusers only.
    township_id = models.BigIntegerField(_("乡镇"), null=True, blank=True)
    unit_id = models.BigIntegerField(_("单位"), null=True, blank=True)
    record_id = models.BigIntegerField(_("记录号"), null=True, blank=True)
    history_date = models.DateTimeField(_("变更时间"), null=True, blank=True, db_index=True)
    history_type = models.CharField(_("操作"), max_length=1, blank=True, default="")
    history_user_name = models.CharField(_("操作人姓名"), max_length=150, blank=True, default="")
    # The columns the hash covers (and whether it covers township and unit too).
    layout = models.ForeignKey(
        ChainLayout, models.PROTECT, related_name="+", verbose_name=_("链环格式")
    )

    class Meta:
        verbose_name = _("审计链环")
        verbose_name_plural = _("审计链")
        constraints = [
            models.UniqueConstraint(
                fields=["history_model", "history_id"], name="one_link_per_history_row"
            )
        ]
        indexes = [
            models.Index(fields=["township_id", "seq"], name="chainlink_township_seq"),
            models.Index(fields=["unit_id", "seq"], name="chainlink_unit_seq"),
            models.Index(fields=["history_model", "seq"], name="chainlink_model_seq"),
            models.Index(fields=["history_model", "record_id"], name="chainlink_model_record"),
        ]

    def __str__(self) -> str:
        return f"#{self.seq} {self.history_model}:{self.history_id}"


class ChainVerification(models.Model):
    """One run of the chain check, with who asked, how far it got and the first broken link."""

    class Result(models.TextChoices):
        RUNNING = "running", _("核验中")
        INTACT = "intact", _("完整")
        BROKEN = "broken", _("发现断裂")
        FAILED = "failed", _("核验失败")

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("发起人"),
    )
    # The township it was asked for: its committee sees it. None: a superuser's, or from
    # before runs had a township (superusers only).
    township = models.ForeignKey(
        "powers.Township",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("乡镇"),
    )
    started_at = models.DateTimeField(_("开始时间"), auto_now_add=True)
    finished_at = models.DateTimeField(_("结束时间"), null=True, blank=True)
    result = models.CharField(
        _("结果"), max_length=10, choices=Result.choices, default=Result.RUNNING
    )
    links_checked = models.PositiveBigIntegerField(_("已核验环数"), default=0)
    head_hash = models.CharField(_("链头哈希"), max_length=64, blank=True)
    broken_seq = models.BigIntegerField(_("首个断裂环"), null=True, blank=True)
    broken_reason = models.TextField(_("断裂说明"), blank=True)

    class Meta:
        verbose_name = _("审计链核验")
        verbose_name_plural = _("审计链核验")
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["township", "started_at"], name="verification_township")]

    def __str__(self) -> str:
        return f"{self.started_at:%Y-%m-%d %H:%M} {self.get_result_display()}"


class AppendOnly(Exception):
    """A recorded chain head was about to be changed or deleted: they are kept as written."""


class ChainHeadQuerySet(models.QuerySet):
    """Recorded heads are only ever added: no bulk update or delete path."""

    def update(self, **kwargs):
        raise AppendOnly("recorded chain heads are never changed")

    def delete(self):
        raise AppendOnly("recorded chain heads are never deleted")


class ChainHead(models.Model):
    """The chain's head as a verification reached it, or as the daily job published it: the
    sequence number and hash of the last link, when, and who or what recorded it. Append-only
    (no update or delete path here; a database trigger refuses them on PostgreSQL), so a later
    verification can prove that every recorded head is still on the chain: a chain cut short
    after the head (truncation) or rewritten up to it no longer has that link with that hash."""

    class Source(models.TextChoices):
        BASELINE = "baseline", _("启用链头记录时的链头")
        VERIFICATION = "verification", _("页面核验")
        COMMAND = "command", _("命令行核验")
        DAILY = "daily", _("每日公布")

    seq = models.BigIntegerField(_("链头序号"))
    head_hash = models.CharField(_("链头哈希"), max_length=64)
    recorded_at = models.DateTimeField(_("记录时间"), default=timezone.now)
    source = models.CharField(_("来源"), max_length=16, choices=Source.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("记录人"),
    )
    # Who or what recorded it, as text: the person's name, the command or the daily job.
    recorded_by_name = models.CharField(_("记录人（名称）"), max_length=150, blank=True)
    # The day a daily head was published for (one per day).
    day = models.DateField(_("公布日期"), null=True, blank=True)
    verification = models.ForeignKey(
        ChainVerification,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="heads",
        verbose_name=_("核验"),
    )

    objects = ChainHeadQuerySet.as_manager()

    class Meta:
        verbose_name = _("已记录的审计链头")
        verbose_name_plural = _("已记录的审计链头")
        ordering = ["-seq", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["day"],
                condition=models.Q(source="daily"),
                name="one_daily_chain_head",
                violation_error_message=_("当天的链头已经公布。"),
            )
        ]

    def __str__(self) -> str:
        return f"#{self.seq} {self.head_hash[:16]}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise AppendOnly("recorded chain heads are never changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnly("recorded chain heads are never deleted")


# The work plan (实施步骤) -------------------------------------------------------------------


class WorkPlan(models.Model):
    """A township's work plan (实施方案) for making the exercise of power open: its phases
    (实施步骤) with their deadlines, and the date by which every unit sends its summary report
    (专题报告) to the township discipline committee."""

    township = models.ForeignKey(
        "powers.Township", models.PROTECT, related_name="work_plans", verbose_name=_("乡镇")
    )
    title = models.CharField(_("方案名称"), max_length=200)
    start = models.DateField(_("启动日期"))
    report_due = models.DateField(
        _("专题报告报送期限"), help_text=_("各单位向乡纪委报送专题报告的最后日期。")
    )
    history = audited_history()

    class Meta:
        verbose_name = _("工作方案")
        verbose_name_plural = _("工作方案")
        ordering = ["township", "-start", "-pk"]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.start and self.report_due and self.report_due < self.start:
            raise ValidationError({"report_due": _("报送期限不能早于启动日期。")})


class Phase(models.Model):
    """One phase of the work plan (实施步骤): 安排部署, 职权清理, 健全制度 or 总结完善, with the
    dates the plan sets. Which checklist items a phase answers for follows from its stage."""

    class Stage(models.TextChoices):
        ARRANGE = "arrange", _("安排部署")
        CLEAR_POWERS = "clear_powers", _("职权清理")
        INSTITUTIONS = "institutions", _("健全制度")
        SUMMARY = "summary", _("总结完善")

    plan = models.ForeignKey(
        WorkPlan, models.CASCADE, related_name="phases", verbose_name=_("工作方案")
    )
    stage = models.CharField(_("阶段"), max_length=16, choices=Stage.choices)
    name = models.CharField(_("阶段名称"), max_length=50)
    order = models.PositiveSmallIntegerField(_("排序"), default=0)
    start = models.DateField(_("开始日期"), null=True, blank=True)
    deadline = models.DateField(_("完成期限"))
    description = models.TextField(_("工作内容"), blank=True)
    history = audited_history()

    class Meta:
        verbose_name = _("实施阶段")
        verbose_name_plural = _("实施阶段")
        ordering = ["plan", "order", "deadline", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "stage"],
                name="one_phase_per_stage",
                violation_error_message=_("本方案已有这个阶段。"),
            )
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.start and self.deadline and self.deadline < self.start:
            raise ValidationError({"deadline": _("完成期限不能早于开始日期。")})


class SummaryReport(models.Model):
    """A unit's summary report (专题报告) to the township discipline committee: the unit's own
    words on its shortcomings (差距和不足) and improvements (改进措施), drafted by its clerk or
    head and submitted by the unit head. Until submitted it is a draft (no submission time);
    once submitted it is read-only and is not submitted again: its history keeps every draft.
    Submitting writes two history rows: the submission, then the chain's head hash it left.
    The PDF beside it is generated from the unit's data (:mod:`audit.report`)."""

    plan = models.ForeignKey(
        WorkPlan, models.PROTECT, related_name="summary_reports", verbose_name=_("工作方案")
    )
    unit = models.ForeignKey(
        "powers.Unit", models.PROTECT, related_name="summary_reports", verbose_name=_("单位")
    )
    shortcomings = models.TextField(_("差距和不足"), blank=True)
    improvements = models.TextField(_("改进措施"), blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("报送人"),
    )
    submitted_at = models.DateTimeField(_("报送时间"), null=True, blank=True)
    # The chain's head as the submission left it: the hash of the submission's own history row
    # (:func:`audit.submission.seal_submission`), printed on the report so the committee can keep
    # it outside the database and later find that very link in the chain.
    submitted_head_hash = models.CharField(_("报送时审计链头哈希"), max_length=64, blank=True)
    # What was submitted, frozen: the content as counted at submission (written with the head
    # hash), and the PDF rendered from it after commit (:mod:`audit.report`).
    submitted_content = models.JSONField(_("报送时的报告内容"), null=True, blank=True)
    submitted_pdf = models.FileField(
        _("报送时的报告PDF"), upload_to="reports/submitted/", blank=True, max_length=200
    )
    history = audited_history()

    class Meta:
        verbose_name = _("专题报告")
        verbose_name_plural = _("专题报告")
        ordering = ["plan", "unit"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "unit"],
                name="one_summary_report_per_unit",
                violation_error_message=_("该单位已报送本方案的专题报告。"),
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit} · {self.plan}"

    def get_unit(self):
        return self.unit

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None
