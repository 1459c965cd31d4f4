"""Disclosures (党务公开 / 村务公开), their channels and catalog, livelihood projects, public
feedback (监督评议) and the public search index."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from powers.history import audited_history
from powers.lifecycle import LifecycleRecord, queue_in_my_work
from powers.models import Post, PowerItem, Township, Unit
from powers.permissions import grants_for, is_party_member, unit_filter


class Channel(models.Model):
    """A channel (公开载体) a disclosure goes out through: the bulletin board, the electronic
    screen, the website, the service window, a service guide, a public commitment, a hotline or
    a work bulletin."""

    code = models.SlugField(_("代码"), max_length=30, unique=True)
    name = models.CharField(_("名称"), max_length=50)
    order = models.PositiveIntegerField(_("排序"), default=0)

    class Meta:
        verbose_name = _("公开载体")
        verbose_name_plural = _("公开载体")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.name


class Audience(models.TextChoices):
    SOCIETY = "society", _("社会公开")
    PARTY = "party", _("党内公开")
    UNIT = "unit", _("单位内部公开")


# The audience a published disclosure goes to is the narrower of its approved and its current
# one (publishing.effective_audience): a narrowing takes effect at once, a widening once approved.
TO_SOCIETY = Q(audience=Audience.SOCIETY, published_data__audience=Audience.SOCIETY)
TO_PARTY = Q(published_data__audience=Audience.PARTY) | Q(
    published_data__audience=Audience.SOCIETY, audience=Audience.PARTY
)
TO_UNIT = (
    Q(published_data__audience=Audience.UNIT)
    | Q(published_data__audience__isnull=True)
    | Q(published_data__audience=Audience.SOCIETY, audience=Audience.UNIT)
)


class DisclosureQuerySet(models.QuerySet):
    def visible_to(self, user, perm: str = "view_records") -> DisclosureQuerySet:
        """The records of the units where ``user`` holds ``perm``, drafts included: the
        officials' pages, where the unit writes and confirms them and the township reviews."""
        return self.filter(unit_filter(user, perm))

    def public(self) -> DisclosureQuerySet:
        """What anyone may read: published to society, in the approved version and now."""
        return self.filter(TO_SOCIETY, is_public=True)

    def readable_by(self, user) -> DisclosureQuerySet:
        """The published disclosures ``user`` may read, by their audience (公开范围): the one rule
        for a published disclosure's page and files. The public lists, feeds, search and API
        show what it gives anyone, :meth:`public`.

        To society: everyone. Within the unit (单位内部): the unit's own officials. Within the
        party (党内): party members (:class:`PartyMembership`) holding a role in the township.
        The township's roles (reviewer, discipline committee, administrator), who supervise
        every unit of it, read all three.
        """
        readable = TO_SOCIETY
        grants = grants_for(user)
        if grants.everything:
            readable = Q()
        elif user.is_authenticated:
            supervised = [pk for pk, perms in grants.townships.items() if "view_records" in perms]
            readable |= TO_UNIT & unit_filter(user, "view_records")
            readable |= TO_PARTY & Q(unit__township_id__in=supervised)
            if is_party_member(user):
                units = [pk for pk, perms in grants.units.items() if "view_records" in perms]
                readable |= TO_PARTY & Q(
                    unit__township_id__in=Unit.objects.filter(pk__in=units).values("township_id")
                )
        return self.filter(readable, is_public=True)


class Disclosure(LifecycleRecord):
    """One disclosure: a decision and its execution, a project's progress, an appointment, an
    award, the handling of a discipline case, the month's accounts ... published "timely,
    objective, accurate and complete" to its audience through its channels."""

    class Category(models.TextChoices):
        DECISION = "decision", _("重大决策和决议")
        EXECUTION = "execution", _("决议执行")
        PROJECT = "project", _("民生工程进展")
        APPOINTMENT = "appointment", _("人事任免")
        AWARD = "award", _("评先评优表彰")
        DISCIPLINE = "discipline", _("违纪违法处理")
        FINANCE = "finance", _("财务收支")
        POWERS = "powers", _("权力目录和流程")
        OTHER = "other", _("其他")

    unit = models.ForeignKey(
        Unit, models.PROTECT, related_name="disclosures", verbose_name=_("单位")
    )
    title = models.CharField(_("标题"), max_length=200)
    category = models.CharField(_("公开类别"), max_length=16, choices=Category.choices)
    body = models.TextField(_("正文"), help_text=_("可使用标题、列表和表格；脚本和样式会被去除。"))
    audience = models.CharField(
        _("公开范围"), max_length=10, choices=Audience.choices, default=Audience.SOCIETY
    )
    channels = models.ManyToManyField(
        Channel, blank=True, related_name="disclosures", verbose_name=_("公开载体")
    )
    publicity_start = models.DateField(_("公示开始"), null=True, blank=True)
    publicity_end = models.DateField(_("公示结束"), null=True, blank=True)
    objection_contact = models.CharField(_("异议受理方式"), max_length=300, blank=True)
    related_items = models.ManyToManyField(
        PowerItem, blank=True, related_name="disclosures", verbose_name=_("相关权力事项")
    )
    obligation = models.ForeignKey(
        "DisclosureObligation",
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="disclosures",
        verbose_name=_("对应公开目录事项"),
    )
    project = models.ForeignKey(
        "Project",
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="disclosures",
        verbose_name=_("民生工程"),
    )
    publish_at = models.DateTimeField(
        _("定时发布"), null=True, blank=True, help_text=_("留空则审核通过后立即发布。")
    )
    history = audited_history(
        excluded_fields=LifecycleRecord.history_excluded_fields,
        m2m_fields=[channels, related_items],
    )

    objects = DisclosureQuerySet.as_manager()

    class Meta:
        verbose_name = _("公开事项")
        verbose_name_plural = _("公开事项")
        ordering = ["-published_at", "-pk"]
        indexes = [
            models.Index(fields=["unit", "is_public", "audience"], name="disclosure_unit_public"),
            models.Index(fields=["-published_at"], name="disclosure_published"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("disclosures:official_detail", args=[self.pk])

    @property
    def in_publicity(self) -> bool:
        today = timezone.localdate()
        return bool(
            self.publicity_start
            and self.publicity_end
            and self.publicity_start <= today <= self.publicity_end
        )

    def public_snapshot(self) -> dict:
        return {
            "title": self.title,
            "category": self.get_category_display(),
            "category_code": self.category,
            "body": self.body,
            "audience": self.audience,
            "channels": [channel.name for channel in self.channels.all()],
            "publicity_start": self.publicity_start.isoformat() if self.publicity_start else "",
            "publicity_end": self.publicity_end.isoformat() if self.publicity_end else "",
            "objection_contact": self.objection_contact,
            "related_items": [
                {"code": item.code, "name": item.name} for item in self.related_items.all()
            ],
            "attachments": [
                {"id": a.pk, "name": a.original_name, "content_type": a.content_type}
                for a in self.attachments.all()
            ],
        }


class DisclosureAttachment(models.Model):
    """A file attached to a disclosure (minutes, a table, a photo), checked by its content."""

    disclosure = models.ForeignKey(
        Disclosure, models.CASCADE, related_name="attachments", verbose_name=_("公开事项")
    )
    file = models.FileField(_("文件"), upload_to="disclosures/%Y/%m/")
    original_name = models.CharField(_("原文件名"), max_length=255)
    content_type = models.CharField(_("文件类型"), max_length=100)
    size = models.PositiveIntegerField(_("大小（字节）"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, related_name="+", verbose_name=_("上传人")
    )
    uploaded_at = models.DateTimeField(_("上传时间"), auto_now_add=True)
    history = audited_history()

    class Meta:
        verbose_name = _("公开附件")
        verbose_name_plural = _("公开附件")
        ordering = ["disclosure", "uploaded_at"]

    def __str__(self) -> str:
        return self.original_name

    def get_unit(self) -> Unit:
        return self.disclosure.unit

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")


class DisclosureObligation(models.Model):
    """An entry of a unit's disclosure catalog (公开目录): a matter, what it contains, on what
    basis, how often and by when, who publishes it, where and to whom (GB/T 40088-2021)."""

    class Frequency(models.TextChoices):
        MONTHLY = "monthly", _("每月")
        QUARTERLY = "quarterly", _("每季度")
        YEARLY = "yearly", _("每年")
        ON_EVENT = "on_event", _("事项发生后")
        IMMEDIATELY = "immediately", _("随时（即时公开）")

    class Mode(models.TextChoices):
        PROACTIVE = "proactive", _("主动公开")
        ON_REQUEST = "on_request", _("依申请公开")

    class Level(models.TextChoices):
        COUNTY = "county", _("县级")
        TOWNSHIP = "township", _("乡级")
        VILLAGE = "village", _("村级")

    unit = models.ForeignKey(
        Unit, models.PROTECT, related_name="disclosure_obligations", verbose_name=_("单位")
    )
    domain = models.CharField(_("公开领域"), max_length=100)
    matter = models.CharField(_("一级事项"), max_length=100)
    sub_matter = models.CharField(_("二级事项"), max_length=100, blank=True)
    content_elements = models.TextField(_("公开内容（要素）"))
    basis = models.TextField(_("公开依据"), blank=True)
    frequency = models.CharField(_("公开频次"), max_length=12, choices=Frequency.choices)
    deadline_day = models.PositiveSmallIntegerField(
        _("期限日"),
        null=True,
        blank=True,
        help_text=_("每期第几日前公开，如季度事项“每季度第一个月20日前”填 20；事项发生后填天数。"),
    )
    deadline_rule = models.CharField(_("公开时限说明"), max_length=200, blank=True)
    effective_from = models.DateField(
        _("起始日期"),
        null=True,
        blank=True,
        help_text=_(
            "从哪一天起按本目录公开（如目录印发施行之日）；定期事项从这一期起计算应公开的期限。"
            "不填则从本期算起。"
        ),
    )
    responsible_post = models.ForeignKey(
        Post,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="disclosure_obligations",
        verbose_name=_("责任岗位"),
    )
    channels = models.ManyToManyField(
        Channel, blank=True, related_name="obligations", verbose_name=_("公开载体")
    )
    audience = models.CharField(
        _("公开范围"), max_length=10, choices=Audience.choices, default=Audience.SOCIETY
    )
    mode = models.CharField(
        _("公开方式"), max_length=12, choices=Mode.choices, default=Mode.PROACTIVE
    )
    level = models.CharField(_("公开层级"), max_length=10, choices=Level.choices)
    category = models.CharField(
        _("对应公开类别"), max_length=16, choices=Disclosure.Category.choices
    )
    is_active = models.BooleanField(_("启用"), default=True)
    history = audited_history(m2m_fields=[channels])

    class Meta:
        verbose_name = _("公开目录事项")
        verbose_name_plural = _("公开目录")
        ordering = ["unit", "domain", "matter", "sub_matter"]

    def __str__(self) -> str:
        return " / ".join(part for part in (self.matter, self.sub_matter) if part)

    def get_unit(self) -> Unit:
        return self.unit


class ProjectQuerySet(models.QuerySet):
    def visible_to(self, user, perm: str = "view_records") -> ProjectQuerySet:
        return self.filter(unit_filter(user, perm))

    def public(self) -> ProjectQuerySet:
        """What anyone may read: approved and not withdrawn, of an active unit."""
        return self.filter(is_public=True, unit__is_active=True)


class Project(LifecycleRecord):
    """A livelihood project (民生工程) disclosed with its progress: status, percent done,
    milestones, money source and amount, contractor.

    Reviewed like a disclosure (powers.lifecycle): the public reads the approved snapshot, with
    its milestones inside it, so a changed budget, contractor or progress waits for approval.
    ``progress_status`` is where the works stand (在建, 已完工); ``status`` is the review state.
    """

    class ProjectStatus(models.TextChoices):
        PLANNED = "planned", _("筹备中")
        TENDERING = "tendering", _("招投标")
        BUILDING = "building", _("在建")
        ACCEPTING = "accepting", _("验收中")
        DONE = "done", _("已完工")
        SUSPENDED = "suspended", _("暂停")

    unit = models.ForeignKey(Unit, models.PROTECT, related_name="projects", verbose_name=_("单位"))
    code = models.SlugField(_("编号"), max_length=30)
    name = models.CharField(_("工程名称"), max_length=200)
    description = models.TextField(_("建设内容"), blank=True)
    budget = models.DecimalField(_("预算（元）"), max_digits=14, decimal_places=2)
    fund_source = models.CharField(_("资金来源"), max_length=200)
    contractor = models.CharField(_("施工单位"), max_length=200, blank=True)
    progress_status = models.CharField(
        _("进展状态"),
        max_length=12,
        choices=ProjectStatus.choices,
        default=ProjectStatus.PLANNED,
    )
    percent_done = models.PositiveSmallIntegerField(_("完成进度（%）"), default=0)
    start_date = models.DateField(_("开工日期"), null=True, blank=True)
    planned_end = models.DateField(_("计划完工"), null=True, blank=True)
    history = audited_history(excluded_fields=LifecycleRecord.history_excluded_fields)

    objects = ProjectQuerySet.as_manager()

    class Meta:
        verbose_name = _("民生工程")
        verbose_name_plural = _("民生工程")
        ordering = ["unit", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "code"],
                name="project_code_unique_in_unit",
                violation_error_message=_("本单位已有相同编号的民生工程。"),
            ),
            models.CheckConstraint(
                condition=models.Q(percent_done__lte=100),
                name="project_percent_at_most_100",
                violation_error_message=_("完成进度不能超过 100%。"),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_unit(self) -> Unit:
        return self.unit

    def get_absolute_url(self) -> str:
        return reverse("disclosures:project_detail", args=[self.pk])

    def public_snapshot(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "description": self.description,
            "budget": str(self.budget),
            "fund_source": self.fund_source,
            "contractor": self.contractor,
            "status": self.progress_status,
            "status_label": self.get_progress_status_display(),
            "percent_done": self.percent_done,
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "planned_end": self.planned_end.isoformat() if self.planned_end else None,
            "milestones": [
                {
                    "id": milestone.pk,
                    "name": milestone.name,
                    "planned_date": _iso(milestone.planned_date),
                    "done_date": _iso(milestone.done_date),
                    "note": milestone.note,
                    # The stored file (named by its hash): a later upload does not replace it.
                    "photo": milestone.photo.name or "",
                }
                for milestone in self.milestones.order_by("order", "planned_date", "pk")
            ],
        }


def _iso(day) -> str | None:
    return day.isoformat() if day else None


class ProjectMilestone(models.Model):
    """A milestone of a project, planned and (once reached) done, with a note and a photo."""

    project = models.ForeignKey(
        Project, models.CASCADE, related_name="milestones", verbose_name=_("民生工程")
    )
    name = models.CharField(_("节点"), max_length=100)
    planned_date = models.DateField(_("计划日期"), null=True, blank=True)
    done_date = models.DateField(_("完成日期"), null=True, blank=True)
    note = models.TextField(_("说明"), blank=True)
    photo = models.ImageField(_("现场照片"), upload_to="projects/%Y/%m/", blank=True)
    order = models.PositiveIntegerField(_("排序"), default=0)
    history = audited_history()

    class Meta:
        verbose_name = _("工程节点")
        verbose_name_plural = _("工程节点")
        ordering = ["project", "order", "planned_date", "pk"]

    def __str__(self) -> str:
        return f"{self.project} · {self.name}"

    def get_unit(self) -> Unit:
        return self.project.unit


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


class SearchEntry(models.Model):
    """One published record in the public search index: what the search page lists and finds.

    Rebuilt from a record's public snapshot whenever it is published or withdrawn, so search
    never sees a draft. ``terms`` holds the text as Chinese bigrams (低保 → 低保; 宅基地 → 宅基
    基地) so that a two-character word is found through an index on PostgreSQL.
    """

    township = models.ForeignKey(Township, models.CASCADE, related_name="+")
    unit = models.ForeignKey(Unit, models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, db_index=True)
    object_id = models.PositiveBigIntegerField()
    title = models.CharField(max_length=300)
    snippet = models.TextField(blank=True)
    text = models.TextField()
    terms = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    published_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("检索条目")
        verbose_name_plural = _("检索条目")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id"], name="one_search_entry_per_record"
            )
        ]

    def __str__(self) -> str:
        return self.title


# An attachment's changes show in its disclosure's timeline.
Disclosure.history_children = [
    (DisclosureAttachment, lambda disclosure: {"disclosure_id": disclosure.pk}),
]
# A milestone's changes show in its project's timeline.
Project.history_children = [
    (ProjectMilestone, lambda project: {"project_id": project.pk}),
]
queue_in_my_work(Disclosure)
queue_in_my_work(Project)


class PrintJob(models.Model):
    """A printed sheet (打印件) of a record for the bulletin board (公开栏) or the service window:
    a disclosure notice, a unit's power catalog board, an item's flowchart sheet, the risk
    ledger or the disclosure catalog, rendered as PDF by a background job.

    The row is the job's status as the official sees it, the outbox (it holds the HTML to
    render, so a job that never reached a worker can be sent again) and the sheet's identity:
    the QR code on the paper names its content hash, and the public sheet-check page answers
    from this row whether the sheet is still current. Written only by the system on an
    official's request, never edited by hand, so it keeps no history of its own: who asked,
    when, and what came of it are its fields.
    """

    class Kind(models.TextChoices):
        NOTICE = "notice", _("公开公示（公告）")
        CATALOG_BOARD = "catalog_board", _("权力目录公开栏")
        FLOWCHART_SHEET = "flowchart_sheet", _("权力运行流程图")
        RISK_LEDGER = "risk_ledger", _("廉政风险台账")
        DISCLOSURE_CATALOG = "disclosure_catalog", _("公开目录")

    class Status(models.TextChoices):
        QUEUED = "queued", _("排队中")
        RUNNING = "running", _("生成中")
        DONE = "done", _("已完成")
        FAILED = "failed", _("失败")

    kind = models.CharField(_("文书类型"), max_length=20, choices=Kind.choices)
    # Whose sheet it is: a unit's, or a whole township's (the township summary report);
    # exactly one of the two.
    unit = models.ForeignKey(
        Unit,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="print_jobs",
        verbose_name=_("单位"),
    )
    township = models.ForeignKey(
        Township,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="print_jobs",
        verbose_name=_("乡镇"),
    )
    record_type = models.CharField(_("记录类型"), max_length=50)
    record_id = models.PositiveBigIntegerField(_("记录编号"))
    record_version = models.CharField(_("记录版本"), max_length=40, blank=True)
    title = models.CharField(_("标题"), max_length=300)
    content_hash = models.CharField(_("内容哈希"), max_length=64, unique=True)
    # What the sheet says, without its layout; blank on sheets printed before it was kept.
    text_hash = models.CharField(_("文字哈希"), max_length=64, blank=True, default="")
    html = models.TextField(_("排版源"), blank=True)
    status = models.CharField(
        _("状态"), max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    error = models.TextField(_("失败原因"), blank=True)
    pdf = models.FileField(_("PDF 文件"), upload_to="prints/", blank=True)
    is_outdated = models.BooleanField(_("已过时"), default=False)
    outdated_at = models.DateTimeField(_("过时时间"), null=True, blank=True)
    page_count = models.PositiveIntegerField(_("页数"), null=True, blank=True)
    size_bytes = models.PositiveIntegerField(_("文件大小（字节）"), null=True, blank=True)
    render_seconds = models.FloatField(_("生成耗时（秒）"), null=True, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("请求人"),
    )
    requested_at = models.DateTimeField(_("请求时间"), auto_now_add=True)
    enqueued_at = models.DateTimeField(_("发送时间"), null=True, blank=True)
    started_at = models.DateTimeField(_("开始时间"), null=True, blank=True)
    finished_at = models.DateTimeField(_("完成时间"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("尝试次数"), default=0)

    class Meta:
        verbose_name = _("打印文书")
        verbose_name_plural = _("打印文书")
        ordering = ["-requested_at"]
        indexes = [
            models.Index(fields=["kind", "record_type", "record_id"], name="print_job_record"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(unit__isnull=False, township__isnull=True)
                | models.Q(unit__isnull=True, township__isnull=False),
                name="print_job_unit_or_township",
                violation_error_message=_("打印文书须属于一个单位或一个乡镇。"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.title} · {self.content_hash[:12]}"

    def get_absolute_url(self) -> str:
        return reverse("disclosures:print_job", args=[self.pk])

    def get_unit(self) -> Unit | None:
        """The sheet's unit; None for a whole township's sheet (see ``township``)."""
        return self.unit

    @property
    def owner_name(self) -> str:
        """The unit or township whose sheet it is."""
        return self.unit.name if self.unit_id else self.township.name

    @property
    def short_hash(self) -> str:
        return self.content_hash[:12]
