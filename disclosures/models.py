"""Disclosures (党务公开 / 村务公开), their channels and their catalog (公开目录)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from powers.history import audited_history
from powers.lifecycle import LifecycleRecord, queue_in_my_work
from powers.models import Post, PowerItem, Unit
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


# An attachment's changes show in its disclosure's timeline.
Disclosure.history_children = [
    (DisclosureAttachment, lambda disclosure: {"disclosure_id": disclosure.pk}),
]
queue_in_my_work(Disclosure)
