"""The power catalog (权力目录): categories, items and their legal bases."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ..history import audited_history
from ..lifecycle import LifecycleRecord
from .organisation import Post, Township, Unit, unit_filter


class PowerCategory(models.Model):
    """A category of power (权力类别) in a township's vocabulary, stored as data."""

    class Group(models.TextChoices):
        SEED = "seed", _("乡镇工作方案")
        NATIONAL = "national", _("国家权力清单分类")
        VILLAGE = "village", _("村级事务分组")
        LOCAL = "local", _("本乡镇自定")

    township = models.ForeignKey(
        Township, models.PROTECT, related_name="categories", verbose_name=_("乡镇")
    )
    name = models.CharField(_("类别名称"), max_length=50)
    group = models.CharField(_("来源"), max_length=16, choices=Group.choices, default=Group.LOCAL)
    description = models.CharField(_("说明"), max_length=200, blank=True)
    order = models.PositiveIntegerField(_("排序"), default=0)
    is_active = models.BooleanField(_("启用"), default=True)
    history = audited_history()

    class Meta:
        verbose_name = _("权力类别")
        verbose_name_plural = _("权力类别")
        ordering = ["township", "order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["township", "name"],
                name="category_name_unique_in_township",
                violation_error_message=_("本乡镇已有同名权力类别。"),
            )
        ]

    def __str__(self) -> str:
        return self.name


class PowerItemQuerySet(models.QuerySet):
    def visible_to(self, user, perm: str = "view_records") -> PowerItemQuerySet:
        """Items of the units where ``user`` holds ``perm`` (directly or through the township)."""
        return self.filter(unit_filter(user, perm))

    def public(self) -> PowerItemQuerySet:
        return self.filter(is_public=True)


class PowerItem(LifecycleRecord):
    """One entry of a unit's power catalog (权力目录 / 职权目录 / 权力清单)."""

    class PowerKind(models.TextChoices):
        DECISION = "decision", _("决策权")
        EXECUTION = "execution", _("执行权")
        SUPERVISION = "supervision", _("监督权")

    class Origin(models.TextChoices):
        STATUTORY = "statutory", _("法定")
        DELEGATED = "delegated", _("县级下放")
        ENTRUSTED = "entrusted", _("县级委托")

    class DayType(models.TextChoices):
        WORKING = "working", _("工作日")
        CALENDAR = "calendar", _("自然日")

    STAGES = [
        ("accept", _("受理")),
        ("review", _("审查")),
        ("decide", _("决定")),
        ("deliver", _("送达")),
        ("supervise", _("事后监管")),
    ]

    unit = models.ForeignKey(
        Unit, models.PROTECT, related_name="power_items", verbose_name=_("单位")
    )
    parent = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="sub_items",
        verbose_name=_("上级事项（子项所属）"),
    )
    code = models.CharField(
        _("编码"),
        max_length=30,
        help_text=_("本单位内唯一，如 JC-01；子项在上级编码后加 -1、-2。"),
    )
    name = models.CharField(_("权力名称"), max_length=200)
    category = models.ForeignKey(
        PowerCategory, models.PROTECT, related_name="items", verbose_name=_("权力类别")
    )
    power_kind = models.CharField(_("权力性质"), max_length=16, choices=PowerKind.choices)
    origin = models.CharField(
        _("权力来源"), max_length=16, choices=Origin.choices, default=Origin.STATUTORY
    )
    first_review_only = models.BooleanField(
        _("仅负责初审"), default=False, help_text=_("本单位只做初审，由上级机关决定。")
    )
    is_major_decision = models.BooleanField(_("重大决策"), default=False)
    is_major_appointment = models.BooleanField(_("重要人事任免"), default=False)
    is_major_project = models.BooleanField(_("重大项目安排"), default=False)
    is_large_sum = models.BooleanField(_("大额资金使用"), default=False)
    leader_in_charge = models.CharField(_("主管领导"), max_length=100, blank=True)
    responsible_office = models.CharField(_("内部负责机构"), max_length=100, blank=True)
    handling_post = models.ForeignKey(
        Post,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="handled_items",
        verbose_name=_("承办岗位"),
    )
    conditions = models.TextField(_("办理条件"), blank=True)
    time_limit_days = models.PositiveIntegerField(_("办理时限（天）"), null=True, blank=True)
    time_limit_type = models.CharField(
        _("时限计算"), max_length=10, choices=DayType.choices, default=DayType.WORKING
    )
    time_limit_rule = models.CharField(
        _("时限说明"),
        max_length=300,
        blank=True,
        help_text=_("从何时起算、可否延长等。"),
    )
    service_commitment = models.TextField(_("服务承诺"), blank=True)
    work_discipline = models.TextField(_("工作纪律"), blank=True)
    responsibilities = models.JSONField(_("责任事项"), default=dict, blank=True)
    accountability = models.TextField(_("责任追究"), blank=True)
    accountability_cases = models.JSONField(_("追责情形"), default=list, blank=True)
    complaint_channel = models.CharField(_("投诉举报途径"), max_length=300, blank=True)
    history = audited_history(excluded_fields=LifecycleRecord.history_excluded_fields)

    objects = PowerItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("权力事项")
        verbose_name_plural = _("权力事项")
        ordering = ["unit", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "code"],
                name="item_code_unique_in_unit",
                violation_error_message=_("本单位已有相同编码的权力事项。"),
            )
        ]
        indexes = [models.Index(fields=["unit", "is_public"], name="item_unit_public")]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    @property
    def major_flags(self) -> list[str]:
        """The 三重一大 flags this item carries, as labels."""
        names = ["is_major_decision", "is_major_appointment", "is_major_project", "is_large_sum"]
        return [str(self._meta.get_field(n).verbose_name) for n in names if getattr(self, n)]

    @property
    def time_limit_display(self) -> str:
        if self.time_limit_days is None:
            return ""
        return f"{self.time_limit_days} {self.get_time_limit_type_display()}"

    def stage_responsibilities(self) -> list[tuple[str, str]]:
        return [(str(label), self.responsibilities.get(key, "")) for key, label in self.STAGES]

    def get_absolute_url(self) -> str:
        return reverse("powers:item_detail", args=[self.pk])

    def lifecycle_companions(self) -> list:
        """Records reviewed and published together with the item: its flowchart."""
        chart = getattr(self, "flowchart", None)
        return [chart] if chart is not None else []

    def public_snapshot(self) -> dict:
        handling_post = self.handling_post
        return {
            "code": self.code,
            "name": self.name,
            "parent_code": self.parent.code if self.parent_id else "",
            "category": {
                "id": self.category_id,
                "name": self.category.name,
                "order": self.category.order,
            },
            "power_kind": self.get_power_kind_display(),
            "origin": self.get_origin_display(),
            "first_review_only": self.first_review_only,
            "major_flags": self.major_flags,
            "leader_in_charge": self.leader_in_charge,
            "responsible_office": self.responsible_office,
            "handling_post": handling_post.name if handling_post else "",
            "conditions": self.conditions,
            "time_limit": self.time_limit_display,
            "time_limit_rule": self.time_limit_rule,
            "service_commitment": self.service_commitment,
            "work_discipline": self.work_discipline,
            "responsibilities": [
                {"stage": stage, "text": text} for stage, text in self.stage_responsibilities()
            ],
            "accountability": self.accountability,
            "accountability_cases": list(self.accountability_cases),
            "complaint_channel": self.complaint_channel,
            "legal_bases": [
                {
                    "rank": basis.get_rank_display(),
                    "document": basis.document,
                    "article": basis.article,
                    "text": basis.text,
                }
                for basis in self.legal_bases.all()
            ],
        }


class LegalBasis(models.Model):
    """One legal basis (行使依据) of a catalog entry: its rank, document, article and text."""

    class Rank(models.TextChoices):
        LAW = "law", _("法律")
        REGULATION = "regulation", _("行政法规")
        LOCAL_REGULATION = "local_regulation", _("地方性法规")
        RULE = "rule", _("规章")
        NORMATIVE = "normative", _("规范性文件")

    item = models.ForeignKey(
        PowerItem, models.CASCADE, related_name="legal_bases", verbose_name=_("权力事项")
    )
    rank = models.CharField(_("效力层级"), max_length=20, choices=Rank.choices)
    document = models.CharField(_("文件名称"), max_length=200)
    article = models.CharField(_("条款"), max_length=100, blank=True)
    text = models.TextField(_("条款内容"), blank=True)
    order = models.PositiveIntegerField(_("排序"), default=0)
    history = audited_history()

    class Meta:
        verbose_name = _("行使依据")
        verbose_name_plural = _("行使依据")
        ordering = ["item", "order", "pk"]

    def __str__(self) -> str:
        return f"{self.document}{self.article}"

    def get_unit(self) -> Unit:
        return self.item.unit
