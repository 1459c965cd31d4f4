"""The power catalog (权力目录): categories, items and their legal bases."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Max
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ..history import audited_history
from ..lifecycle import LifecycleRecord
from ..time_limits import parse_time_limit
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


class ListType(models.Model):
    """A named list a unit publishes beside its power list (权力清单), in a township's
    vocabulary, stored as data: a negative list (负面清单, e.g. 村级证明事项负面清单, what a
    village must not issue) or another list (保留证明事项清单, 公共服务事项清单).

    Items with no list type belong to the unit's power list itself. A list is a property of
    the item, not of its category: the lists are published as documents of their own, and a
    negative list's rows state no power type at all.
    """

    class Kind(models.TextChoices):
        POWER = "power", _("权力清单")
        NEGATIVE = "negative", _("负面清单")
        OTHER = "other", _("其他清单")

    township = models.ForeignKey(
        Township, models.PROTECT, related_name="list_types", verbose_name=_("乡镇")
    )
    name = models.CharField(
        _("清单名称"), max_length=100, help_text=_("照公布的名称填写，如“村级证明事项负面清单”。")
    )
    kind = models.CharField(_("清单性质"), max_length=16, choices=Kind.choices, default=Kind.OTHER)
    description = models.CharField(_("说明"), max_length=300, blank=True)
    order = models.PositiveIntegerField(_("排序"), default=0)
    history = audited_history()

    class Meta:
        verbose_name = _("清单类型")
        verbose_name_plural = _("清单类型")
        ordering = ["township", "order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["township", "name"],
                name="list_type_name_unique_in_township",
                violation_error_message=_("本乡镇已有同名清单。"),
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_negative(self) -> bool:
        return self.kind == self.Kind.NEGATIVE


class PowerItemQuerySet(models.QuerySet):
    def visible_to(self, user, perm: str = "view_records") -> PowerItemQuerySet:
        """Items of the units where ``user`` holds ``perm`` (directly or through the township)."""
        return self.filter(unit_filter(user, perm))

    def public(self) -> PowerItemQuerySet:
        return self.filter(is_public=True)

    def in_catalog_order(self, *before) -> PowerItemQuerySet:
        """The order the unit publishes: its power list first, then its other lists in their
        order; within a list by ``sort_order``, each sub-item right after its parent.
        ``before``: orderings that come first (the township and unit, across units)."""
        return self.order_by(
            *before,
            F("list_type__order").asc(nulls_first=True),
            F("list_type_id").asc(nulls_first=True),
            Coalesce("parent__sort_order", "sort_order"),
            F("parent_id").asc(nulls_first=True),
            "sort_order",
            "pk",
        )


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
        # 5、其他法律法规政策规定应履行的责任: the closing duty of published 责任事项.
        ("other", _("其他责任")),
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
        PowerCategory,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="items",
        verbose_name=_("权力类别"),
        help_text=_("清单未写明权力类型的留空（如负面清单、没有类型栏的小微权力清单）。"),
    )
    position = models.CharField(
        _("序号"),
        max_length=20,
        blank=True,
        help_text=_("照公布的清单填写，如 1、1.2、（三）；没有序号的留空。"),
    )
    sort_order = models.PositiveIntegerField(
        _("排列顺序"),
        null=True,
        blank=True,
        help_text=_("在清单中的先后位置；新增时留空则排在最后，修改时留空则保持原位置。"),
    )
    list_type = models.ForeignKey(
        ListType,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="items",
        verbose_name=_("所属清单"),
        help_text=_("留空即本单位的权力清单；负面清单等其他清单的事项选所属清单。"),
    )
    power_kind = models.CharField(
        _("权力性质"),
        max_length=16,
        choices=PowerKind.choices,
        blank=True,
        help_text=_("清单未写明决策权、执行权或监督权的留空。"),
    )
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
    responsible_body = models.CharField(
        _("实施主体"),
        max_length=200,
        blank=True,
        help_text=_("照清单原文填写，如“某某镇人民政府”“村民委员会”。"),
    )
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
    time_limit_text = models.CharField(
        _("办理时限（原文）"),
        max_length=300,
        blank=True,
        help_text=_(
            "照清单原文填写，如“即办”“法定20个工作日，承诺10个工作日”“自受理之日起20个工作日内”。"
            "公开页面显示原文；填写后，下面的天数等由原文读出，读不出的留空。"
        ),
    )
    time_limit_immediate = models.BooleanField(_("即办"), default=False)
    time_limit_statutory_days = models.PositiveIntegerField(
        _("法定时限（天）"), null=True, blank=True
    )
    time_limit_days = models.PositiveIntegerField(
        _("办理时限（天）"), null=True, blank=True, help_text=_("写明承诺时限的，为承诺时限。")
    )
    time_limit_type = models.CharField(
        _("时限计算"), max_length=10, choices=DayType.choices, blank=True, default=DayType.WORKING
    )
    time_limit_from = models.CharField(
        _("起算事件"), max_length=100, blank=True, help_text=_("如“受理”“公示期满”。")
    )
    time_limit_minimum = models.BooleanField(
        _("最短期限"), default=False, help_text=_("原文写“以上”“不少于”的，时限是最短期限。")
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
        ordering = ["unit", "sort_order", "pk"]
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

    def clean(self) -> None:
        """A sub-item is in its parent's list (a negative list's 子项 is on the negative list)."""
        super().clean()
        main_list = _("权力清单")
        if self.parent_id and self.parent.list_type_id != self.list_type_id:
            raise ValidationError(
                {
                    "list_type": _("子项与上级事项在同一清单中：上级事项“%(parent)s”在“%(list)s”。")
                    % {"parent": self.parent.name, "list": self.parent.list_type or main_list}
                }
            )
        if self.pk:
            elsewhere = self.sub_items.exclude(list_type_id=self.list_type_id).first()
            if elsewhere is not None:
                raise ValidationError(
                    {
                        "list_type": _(
                            "本事项的子项“%(item)s”在“%(list)s”中：子项与上级事项须在同一清单。"
                        )
                        % {"item": elsewhere.name, "list": elsewhere.list_type or main_list}
                    }
                )

    def save(self, *args, **kwargs):
        changed = []
        if self.time_limit_text:
            self.read_time_limit()
            changed += [
                "time_limit_immediate",
                "time_limit_statutory_days",
                "time_limit_days",
                "time_limit_type",
                "time_limit_from",
                "time_limit_minimum",
            ]
        if self.sort_order is None:
            # New items go to the end of the unit's catalog, in the order they are entered.
            last = PowerItem.objects.filter(unit_id=self.unit_id).aggregate(last=Max("sort_order"))
            self.sort_order = (last["last"] or 0) + 1
            changed.append("sort_order")
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and changed:
            kwargs["update_fields"] = {*update_fields, *changed}
        super().save(*args, **kwargs)

    def read_time_limit(self) -> None:
        """Fill the structured time limit from the text as written; what the text does not
        say is left empty rather than kept from before."""
        limit = parse_time_limit(self.time_limit_text)
        self.time_limit_immediate = limit.immediate
        self.time_limit_statutory_days = limit.statutory_days
        self.time_limit_days = limit.days
        self.time_limit_type = limit.day_type
        self.time_limit_from = limit.counted_from
        self.time_limit_minimum = limit.minimum

    @property
    def time_limit_display(self) -> str:
        """The time limit as the public reads it: the text as written, or for an item entered
        without one, its days."""
        if self.time_limit_text:
            return self.time_limit_text
        if self.time_limit_immediate:
            return str(_("即办"))
        if self.time_limit_days is None:
            return ""
        return f"{self.time_limit_days} {self.get_time_limit_type_display()}".strip()

    def time_limit_detail(self) -> dict:
        return {
            "immediate": self.time_limit_immediate,
            "statutory_days": self.time_limit_statutory_days,
            "days": self.time_limit_days,
            "day_type": self.time_limit_type,
            "counted_from": self.time_limit_from,
            "minimum": self.time_limit_minimum,
        }

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
        list_type = self.list_type
        return {
            "code": self.code,
            "position": self.position,
            "sort_order": self.sort_order,
            "name": self.name,
            "parent_code": self.parent.code if self.parent_id else "",
            "list_type": {"name": list_type.name, "kind": list_type.kind, "order": list_type.order}
            if list_type
            else None,
            # None where the list states no type: the public pages then say nothing.
            "category": {
                "id": self.category_id,
                "name": self.category.name,
                "order": self.category.order,
            }
            if self.category_id
            else None,
            "power_kind": self.get_power_kind_display(),
            "origin": self.get_origin_display(),
            "first_review_only": self.first_review_only,
            "major_flags": self.major_flags,
            "responsible_body": self.responsible_body,
            "leader_in_charge": self.leader_in_charge,
            "responsible_office": self.responsible_office,
            "handling_post": handling_post.name if handling_post else "",
            "conditions": self.conditions,
            "time_limit": self.time_limit_display,
            "time_limit_detail": self.time_limit_detail(),
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
                    "version": basis.version,
                    "article": basis.article,
                    "text": basis.text,
                }
                for basis in self.legal_bases.all()
            ],
        }


def published_order(items: list[PowerItem]) -> list[PowerItem]:
    """Published items in the order their approved versions give: the power list first, then
    the other lists in their order; within a list by the approved ``sort_order``, each
    sub-item right after its parent. The public pages and sheets sort so, in Python, because a
    new order is public only once approved (snapshots without one fall back to the code)."""
    by_code = {item.published_data["code"]: item.published_data for item in items}

    def key(item: PowerItem) -> tuple:
        data = item.published_data
        list_type = data.get("list_type")
        parent = by_code.get(data.get("parent_code") or "")
        own = data.get("sort_order") or 0
        return (
            list_type is not None,
            (list_type["order"], list_type["name"]) if list_type else (0, ""),
            (parent.get("sort_order") or 0, parent["code"]) if parent else (own, data["code"]),
            parent is not None,
            own,
            data["code"],
        )

    return sorted(items, key=key)


class LegalBasis(models.Model):
    """One legal basis (行使依据 / 实施依据) of a catalog entry, as the list writes it: the
    document's title (with its 《》), its version or revision date, the article and its text,
    and its rank only where the list states one."""

    class Rank(models.TextChoices):
        LAW = "law", _("法律")
        REGULATION = "regulation", _("行政法规")
        LOCAL_REGULATION = "local_regulation", _("地方性法规")
        RULE = "rule", _("规章")
        NORMATIVE = "normative", _("规范性文件")

    item = models.ForeignKey(
        PowerItem, models.CASCADE, related_name="legal_bases", verbose_name=_("权力事项")
    )
    rank = models.CharField(
        _("效力层级"),
        max_length=20,
        choices=Rank.choices,
        blank=True,
        help_text=_("清单写明的才填。"),
    )
    document = models.CharField(
        _("文件名称"),
        max_length=200,
        help_text=_("照原文填写，连同书名号，如《中华人民共和国土地管理法》。"),
    )
    version = models.CharField(
        _("版本或修订日期"),
        max_length=200,
        blank=True,
        help_text=_("照原文填写，连同括号，如“（2019年12月28日修订）”。"),
    )
    article = models.CharField(_("条款"), max_length=200, blank=True)
    text = models.TextField(_("条款内容"), blank=True)
    order = models.PositiveIntegerField(_("排序"), default=0)
    history = audited_history()

    class Meta:
        verbose_name = _("行使依据")
        verbose_name_plural = _("行使依据")
        ordering = ["item", "order", "pk"]

    def __str__(self) -> str:
        return f"{self.document}{self.version}{self.article}"

    def get_unit(self) -> Unit:
        return self.item.unit
