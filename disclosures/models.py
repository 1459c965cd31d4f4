"""Disclosures (党务公开 / 村务公开), their channels and their catalog (公开目录)."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from powers.history import audited_history
from powers.lifecycle import LifecycleRecord, queue_in_my_work
from powers.models import Post, PowerItem, Township, Unit
from powers.permissions import grants_for, is_party_member, unit_filter


class ChannelQuerySet(models.QuerySet):
    def offered_in(self, township_id: int) -> ChannelQuerySet:
        """The channels a unit of the township may choose: the shared ones and its own."""
        return self.filter(Q(township__isnull=True) | Q(township_id=township_id))


class Channel(models.Model):
    """A channel (公开载体) a disclosure goes out through: the bulletin board, the electronic
    screen, the website, the service window, a service guide, a public commitment, a hotline or
    a work bulletin (the seed's eight, offered in every township), and each township's own,
    which its administrators add as practice names them: 便民服务站, 村民微信群, 应急广播 ...

    A channel without a township is shared: every township's forms offer it and only a
    superuser changes it. ``code`` names the shared ones for the demo and the open data."""

    township = models.ForeignKey(
        Township,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="disclosure_channels",
        verbose_name=_("乡镇"),
        help_text=_("留空为各乡镇通用的载体。"),
    )
    code = models.SlugField(_("代码"), max_length=30, blank=True)
    name = models.CharField(_("名称"), max_length=50)
    order = models.PositiveIntegerField(_("排序"), default=0)
    history = audited_history()

    objects = ChannelQuerySet.as_manager()

    class Meta:
        verbose_name = _("公开载体")
        verbose_name_plural = _("公开载体")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["code"],
                condition=~Q(code=""),
                name="channel_code_unique",
                violation_error_message=_("已有使用该代码的公开载体。"),
            ),
            models.UniqueConstraint(
                fields=["township", "name"],
                name="channel_name_unique_in_township",
                violation_error_message=_("本乡镇已有同名公开载体。"),
            ),
        ]

    def __str__(self) -> str:
        return self.name


class DisclosureDomain(models.Model):
    """A domain (领域) of a township's disclosure catalogs, as its catalogs name them: 党务公开,
    政务公开, 村务公开, 财务公开, or a sector of the standard catalogs (计划生育, 社会救助,
    集体资产 ...). The township's administrators keep the list and its order."""

    township = models.ForeignKey(
        Township, models.PROTECT, related_name="disclosure_domains", verbose_name=_("乡镇")
    )
    name = models.CharField(_("名称"), max_length=100)
    order = models.PositiveIntegerField(_("排序"), default=0)
    history = audited_history()

    class Meta:
        verbose_name = _("公开领域")
        verbose_name_plural = _("公开领域")
        ordering = ["township", "order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["township", "name"],
                name="disclosure_domain_unique_in_township",
                violation_error_message=_("本乡镇已有同名公开领域。"),
            )
        ]

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
    # A lazy reference: projects sit above disclosures (a project's progress is published as a
    # disclosure), so this app never imports them.
    project = models.ForeignKey(
        "projects.Project",
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
    basis, how often and by when, who publishes it, where and to whom (GB/T 40088-2021).

    Published catalogs are kept as written: the row's number (``position``), the disclosing
    body (公开主体), the levels ticked (镇级、村级), the frequency in words (``frequency_text``:
    及时公开, 按上级要求, "…较多的村应每月公布一次"), beside the structured period and deadline
    the due dates are counted from (:mod:`disclosures.obligations`). A row whose frequency has
    no structured period gets no due date and no warning.

    ``domain`` and ``level`` are the columns of the first catalogs: ``domain`` now keeps the
    name of ``catalog_domain`` as it was when the row was saved and ``level`` the first of
    ``levels``, so that the history (and its hash chain) keeps every column it ever had.
    """

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

    class DayType(models.TextChoices):
        WORKING = "working", _("工作日")
        CALENDAR = "calendar", _("自然日")

    unit = models.ForeignKey(
        Unit, models.PROTECT, related_name="disclosure_obligations", verbose_name=_("单位")
    )
    position = models.CharField(
        _("序号"), max_length=20, blank=True, help_text=_("目录上的序号，照原样填写。")
    )
    sort_order = models.PositiveIntegerField(
        _("排列顺序"),
        default=0,
        blank=True,
        help_text=_("目录中的先后次序，数字小的在前；不填则排在最后。"),
    )
    catalog_domain = models.ForeignKey(
        DisclosureDomain,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="obligations",
        verbose_name=_("公开领域"),
    )
    domain = models.CharField(_("公开领域（保存时名称）"), max_length=100, blank=True)
    matter = models.CharField(_("一级事项"), max_length=100)
    sub_matter = models.CharField(_("二级事项"), max_length=100, blank=True)
    content_elements = models.TextField(_("公开内容（要素）"))
    basis = models.TextField(_("公开依据"), blank=True)
    frequency_text = models.CharField(
        _("公开时限（原文）"),
        max_length=300,
        blank=True,
        help_text=_("照目录原文填写，如“每季度”“及时公开”“按上级要求”。"),
    )
    frequency = models.CharField(
        _("公开周期"),
        max_length=12,
        choices=Frequency.choices,
        blank=True,
        help_text=_(
            "用于计算应公开日期；原文为“及时公开”“按上级要求”或带条件时可不选，不计算期限。"
        ),
    )
    deadline_day = models.PositiveSmallIntegerField(
        _("期限日"),
        null=True,
        blank=True,
        help_text=_("每期第几日前公开，如季度事项“每季度第一个月20日前”填 20；事项发生后填天数。"),
    )
    deadline_days = models.PositiveSmallIntegerField(
        _("期限天数"),
        null=True,
        blank=True,
        help_text=_("如“信息形成或变更之日起20个工作日内”填 20，并选“工作日”。"),
    )
    deadline_day_type = models.CharField(
        _("天数类型"), max_length=10, choices=DayType.choices, blank=True
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
    discloser = models.CharField(
        _("公开主体"),
        max_length=200,
        blank=True,
        help_text=_("照目录原文填写，如“村/社区”“镇人民政府”。"),
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
    levels = models.JSONField(_("公开层级"), default=list, blank=True)
    level = models.CharField(
        _("公开层级（首项）"), max_length=10, choices=Level.choices, blank=True
    )
    category = models.CharField(
        _("对应公开类别"), max_length=16, choices=Disclosure.Category.choices, blank=True
    )
    is_active = models.BooleanField(_("启用"), default=True)
    history = audited_history(m2m_fields=[channels])

    class Meta:
        verbose_name = _("公开目录事项")
        verbose_name_plural = _("公开目录")
        # The published order; rows entered without one keep the order of the first catalogs.
        ordering = ["unit", "sort_order", "domain", "matter", "sub_matter", "pk"]

    def __str__(self) -> str:
        return " / ".join(part for part in (self.matter, self.sub_matter) if part)

    def save(self, *args, **kwargs) -> None:
        if self.catalog_domain_id:
            self.domain = self.catalog_domain.name
        self.level = self.levels[0] if self.levels else ""  # the first, for older readers
        super().save(*args, **kwargs)

    def clean(self) -> None:
        errors = {}
        unknown = [level for level in self.levels or [] if level not in self.Level.values]
        if unknown:
            errors["levels"] = _("未知的公开层级：%(levels)s") % {"levels": "、".join(unknown)}
        if self.catalog_domain_id and self.catalog_domain.township_id != self.unit.township_id:
            errors["catalog_domain"] = _("只能选择本乡镇的公开领域。")
        if errors:
            raise ValidationError(errors)

    def get_unit(self) -> Unit:
        return self.unit

    @property
    def domain_name(self) -> str:
        return self.catalog_domain.name if self.catalog_domain_id else self.domain

    @property
    def levels_display(self) -> str:
        """The levels as the township's catalogs write them: 镇级、村级 in a town (镇), 乡级 in
        a township (乡), 街道级 in a subdistrict (街道)."""
        words = level_words(self.unit.township)
        return "、".join(words.get(level, level) for level in self.levels)

    @property
    def frequency_display(self) -> str:
        """The frequency as written, or else the structured period's name."""
        return self.frequency_text or self.get_frequency_display()


def level_words(township: Township) -> dict[str, str]:
    """Each level's name as a catalog of ``township`` writes it."""
    township_word = DisclosureObligation.Level.TOWNSHIP.label
    name = township.name
    if name.endswith("镇"):
        township_word = _("镇级")
    elif name.endswith(("街道", "街道办事处")):
        township_word = _("街道级")
    return {
        DisclosureObligation.Level.COUNTY: str(DisclosureObligation.Level.COUNTY.label),
        DisclosureObligation.Level.TOWNSHIP: str(township_word),
        DisclosureObligation.Level.VILLAGE: str(DisclosureObligation.Level.VILLAGE.label),
    }


# An attachment's changes show in its disclosure's timeline.
Disclosure.history_children = [
    (DisclosureAttachment, lambda disclosure: {"disclosure_id": disclosure.pk}),
]
queue_in_my_work(Disclosure)
