"""The disclosure catalog (公开目录) as a table: import and export.

A row is a matter of the unit's catalog, found by its 序号 (``position``; the row's place when
the table numbers nothing). Its 公开领域 is kept as written and linked to the township's domain
of that name when there is one; its 公开层级 (镇级、村级) become the catalog's levels; its 责任人
is one of the unit's posts, left unlinked with a warning when the unit has none of that name.
The channels column (公开载体) is not imported: channels are chosen from the township's list on
the catalog's own form. Catalog rows are not reviewed records: a new or changed row is saved as
the catalog's form saves it, with the importing official and "导入：<file name>" in its history.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.db.models import Max
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export import widgets

from disclosures.frequency import read_frequency
from disclosures.models import DisclosureDomain, DisclosureObligation, level_words
from powers.history import stamp
from powers.models import Unit

from .kinds import Column, Kind, register
from .resources import Text, UnitResource, field

Level = DisclosureObligation.Level

COLUMNS = [
    Column("position", "序号", ("序 号", "编号")),
    Column("domain", "公开领域", ("领域", "公开类别", "类别")),
    Column("matter", "公开事项", ("一级事项", "事项名称"), required=True),
    Column("sub_matter", "二级事项", ()),
    Column(
        "content_elements",
        "公开内容",
        ("公开内容（要素）", "公开内容(要素)", "内容"),
        required=True,
    ),
    Column("basis", "公开依据", ("依据", "法律依据")),
    Column("frequency_text", "公开时限", ("公开时间", "公开要求", "公开频次", "公开时限要求")),
    Column("discloser", "公开主体", ("责任主体", "公开单位")),
    Column("levels", "公开层级", ()),
    Column("responsible_post", "责任人", ("责任岗位",)),
]
LEVEL_WORDS = {
    "县级": Level.COUNTY,
    "区级": Level.COUNTY,
    "乡级": Level.TOWNSHIP,
    "镇级": Level.TOWNSHIP,
    "街道级": Level.TOWNSHIP,
    "镇街级": Level.TOWNSHIP,
    "乡镇级": Level.TOWNSHIP,
    "村级": Level.VILLAGE,
    "社区级": Level.VILLAGE,
}


class Levels(widgets.Widget):
    """``镇级、村级`` → ["township", "village"], as the unit's township writes them back."""

    resource = None

    def clean(self, value, row=None, **kwargs) -> list[str]:
        levels = []
        for word in re.split(r"[、，,；;/\s]+", Text().clean(value)):
            if not word:
                continue
            level = LEVEL_WORDS.get(word)
            if level is None:
                self.resource.warn(
                    "levels", _("公开层级“%(word)s”无法识别，未导入。") % {"word": word}
                )
            elif level not in levels:
                levels.append(level)
        return levels

    def render(self, value, obj=None, **kwargs) -> str:
        words = self.resource.level_words if self.resource is not None else {}
        return "、".join(str(words.get(level, level)) for level in value or [])


class PostByName(widgets.Widget):
    resource = None

    def clean(self, value, row=None, **kwargs):
        name = Text().clean(value)
        if not name:
            return None
        post = self.resource.posts.get(name)
        if post is None:
            self.resource.warn(
                "responsible_post",
                _("本单位没有“%(name)s”岗位，未关联责任岗位。") % {"name": name},
            )
        return post

    def render(self, value, obj=None, **kwargs) -> str:
        return value.name if value else ""


class DisclosureObligationResource(UnitResource):
    position = field("position")
    domain = field("domain")
    matter = field("matter")
    sub_matter = field("sub_matter")
    content_elements = field("content_elements")
    basis = field("basis")
    frequency_text = field("frequency_text")
    discloser = field("discloser")
    levels = field("levels", widget=Levels())
    responsible_post = field("responsible_post", widget=PostByName())

    class Meta(UnitResource.Meta):
        model = DisclosureObligation
        fields = tuple(column.key for column in COLUMNS)
        import_id_fields = ("position",)

    def __init__(self, *, unit: Unit, **kwargs):
        super().__init__(unit=unit, **kwargs)
        self.level_words = level_words(unit.township)
        self.posts = {post.name: post for post in unit.posts.all()}
        self.domains = {
            domain.name: domain
            for domain in DisclosureDomain.objects.filter(township_id=unit.township_id)
        }
        last = DisclosureObligation.objects.filter(unit=unit).aggregate(last=Max("sort_order"))
        self.next_order = (last["last"] or 0) + 1

    def get_queryset(self):
        return DisclosureObligation.objects.filter(unit=self.unit).select_related(
            "responsible_post", "catalog_domain"
        )

    def get_instance(self, instance_loader, row):
        # Catalogs entered by hand may repeat a number: the first row of it is the one.
        position = self.fields["position"].clean(row)
        return self.get_queryset().filter(position=position).order_by("sort_order", "pk").first()

    def init_instance(self, row=None) -> DisclosureObligation:
        obligation = DisclosureObligation(unit=self.unit, sort_order=self.next_order)
        self.next_order += 1
        return obligation

    def import_instance(self, instance, row, **kwargs) -> None:
        written = instance.frequency_text if instance.pk else None
        super().import_instance(instance, row, **kwargs)
        if "domain" in row:
            instance.catalog_domain = self.domains.get(instance.domain)
        if instance.frequency_text != written:
            # A new or changed 公开时限 sets the period the due dates count from, as far as the
            # words say it; an unchanged one leaves what an official chose on the form.
            read_frequency(instance.frequency_text).apply(instance)

    def save_instance(self, instance, is_create, row, **kwargs) -> None:
        if kwargs.get("dry_run"):
            return
        try:
            with transaction.atomic():
                stamp(instance, self.user, self.reason)
                instance.save()
        except DatabaseError as error:
            raise ValidationError(_("保存失败：%(error)s") % {"error": error}) from error


register(
    Kind(
        key="disclosure-catalog",
        label=gettext_lazy("公开目录"),
        columns=COLUMNS,
        resource=DisclosureObligationResource,
        records=lambda unit: (
            DisclosureObligation.objects.filter(unit=unit)
            .select_related("responsible_post", "catalog_domain")
            .order_by("sort_order", "pk")
        ),
        title=lambda unit: _("%(unit)s公开目录") % {"unit": unit.name},
        list_url=lambda unit: reverse("disclosures:catalog", args=[unit.pk]),
        extra={"position_key": "position"},
    )
)
