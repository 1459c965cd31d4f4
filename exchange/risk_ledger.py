"""The risk ledger (廉政风险防控台账, 风险点排查表) as a table: import and export.

A row is a risk point of the unit, found by its 序号 (its ``code``). Its 岗位 is one of the
unit's posts, created (with the 主要职责 beside it as its duties) when the unit has no post of
that name; its 权力事项 is one of the unit's power items, by name or code, left unlinked with a
warning when there is none; its grade is written in the unit's own grade names, and a grade
written in another notation (A/B/C, 高/中/低, Ⅰ级/Ⅱ级/Ⅲ级, I级…, 一级…) is read as the unit's
grade of the same rank, with a warning. Its 防控措施 cell lists the numbered measures, each
stored as a measure of its own without a phase (the table names none).
"""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export import widgets
from import_export.instance_loaders import CachedInstanceLoader

from powers.history import stamp
from powers.models import Post, Unit
from risks.models import PreventionMeasure, RiskPoint, matrix_for

from .kinds import Column, Kind, register
from .resources import Choice, Numbered, Text, UnitResource, field

COLUMNS = [
    Column("code", "序号", ("编号", "序 号", "分序号"), required=False),
    Column("post", "岗位", ("岗位名称", "岗位类别", "单位/科室", "权限", "科室")),
    Column("post_duties", "主要职责", ("岗位职责", "职责")),
    Column("item", "权力事项", ("权力名称", "职权名称", "事项名称")),
    Column(
        "description",
        "风险点",
        ("廉政风险点", "廉政风险", "风险名称", "风险点描述", "风险内容"),
        required=True,
    ),
    Column("manifestation", "表现形式", ("廉政风险主要内容及表现形式", "风险描述", "主要表现")),
    Column("risk_type", "风险类别", ("风险类型",)),
    Column("grade", "风险等级", ("风险级次", "等级", "风险级别")),
    Column("measures", "防控措施", ("防范措施", "防控方法", "防控措施及要求")),
    Column("responsible_posts", "责任人", ("责任岗位", "责任科室", "责任主体")),
    Column("responsible_person", "部门负责人", ("责任人姓名",)),
    Column("leader_in_charge", "分管领导", ("责任领导",)),
    Column("principal_leader", "主管领导", ()),
    Column("supervisors", "监督人", ("监督主体", "监督责任人", "监督部门")),
]

# Grade notations, each from the most serious down: a grade written in one of them is the
# unit's grade of the same rank.
NOTATIONS = [
    ("高", "中", "低"),
    ("一级", "二级", "三级"),
    ("Ⅰ级", "Ⅱ级", "Ⅲ级"),
    ("I级", "II级", "III级"),
    ("A", "B", "C"),
    ("Ⅰ", "Ⅱ", "Ⅲ"),
    ("1级", "2级", "3级"),
    ("高风险", "中风险", "低风险"),
]


class Grade(widgets.Widget):
    resource = None

    def clean(self, value, row=None, **kwargs) -> str:
        text = Text().clean(value)
        if not text or self.resource is None:
            return text
        grades = self.resource.grades
        if grades.rank(text) is not None:
            return text
        upper = text.upper()
        for notation in NOTATIONS:
            if upper in notation:
                rank = notation.index(upper) + 1
                if rank <= len(grades.labels):
                    label = grades.labels[rank - 1]
                    self.resource.warn(
                        "grade",
                        _("等级“%(value)s”按本单位的等级名称记为“%(label)s”。")
                        % {"value": text, "label": label},
                    )
                    return label
        return text  # the model's clean names the unit's grades

    def render(self, value, obj=None, **kwargs) -> str:
        return value or ""


class PostByName(widgets.Widget):
    """A post of the unit by its name; a new one (unsaved) when the unit has none."""

    resource = None

    def clean(self, value, row=None, **kwargs):
        name = Text().clean(value)
        if not name:
            return None
        resource = self.resource
        post = resource.posts.get(name) or resource.pending_posts.get(name)
        if post is not None:
            return post
        if len(name) > Post._meta.get_field("name").max_length:
            raise ValueError(_("岗位名称过长（最多 100 字）。"))
        resource.warn(
            "post", _("本单位还没有“%(name)s”岗位，导入时将新建这个岗位。") % {"name": name}
        )
        duties = Text().clean((row or {}).get("post_duties", ""))
        post = Post(unit=resource.unit, name=name, duties=duties)
        # A preview saves nothing: the rows after this one name the same post to be created.
        resource.pending_posts[name] = post
        return post

    def render(self, value, obj=None, **kwargs) -> str:
        return value.name if value else ""


class ItemByName(widgets.Widget):
    resource = None

    def clean(self, value, row=None, **kwargs):
        text = Text().clean(value)
        if not text:
            return None
        items = self.resource.items
        item = items.get(text)
        if item is None:
            self.resource.warn(
                "item",
                _("本单位的权力清单中没有“%(name)s”，未关联权力事项。") % {"name": text},
            )
        return item

    def render(self, value, obj=None, **kwargs) -> str:
        return value.name if value else ""


class RiskPointResource(UnitResource):
    code = field("code")
    post = field("post", widget=PostByName())
    post_duties = field("post_duties", attribute="")
    item = field("item", widget=ItemByName())
    description = field("description")
    manifestation = field("manifestation")
    risk_type = field(
        "risk_type",
        widget=Choice(RiskPoint.RiskType.choices, suffixes=("风险", "类"), column="risk_type"),
    )
    grade = field("grade", widget=Grade())
    measures = field("measures", attribute="measures_text", widget=Numbered())
    responsible_posts = field("responsible_posts")
    responsible_person = field("responsible_person")
    leader_in_charge = field("leader_in_charge")
    principal_leader = field("principal_leader")
    supervisors = field("supervisors")

    class Meta(UnitResource.Meta):
        model = RiskPoint
        fields = tuple(column.key for column in COLUMNS)
        # The chunk's points, with their measures, in one read rather than one per row.
        instance_loader_class = CachedInstanceLoader

    def __init__(self, *, unit: Unit, **kwargs):
        super().__init__(unit=unit, **kwargs)
        self.fields["post_duties"].attribute = None  # read from the row by the post widget
        self.grades = matrix_for(unit.township).grades_for(unit.kind)
        self.posts = {post.name: post for post in unit.posts.all()}
        self.items = {}
        for item in unit.power_items.order_by("-pk"):
            self.items[item.code] = item
            self.items[item.name] = item
        self._new_post: Post | None = None
        self.pending_posts: dict[str, Post] = {}

    def get_queryset(self):
        return (
            RiskPoint.objects.filter(unit=self.unit)
            .select_related("post", "item")
            .prefetch_related("measures")
        )

    def init_instance(self, row=None) -> RiskPoint:
        return RiskPoint(unit=self.unit, identified_by=self.user, identified_at=timezone.now())

    def after_init_instance(self, instance, new, row, **kwargs) -> None:
        # The resource's unit, whose township holds the risk matrix its clean reads.
        instance.unit = self.unit
        instance.measures_text = () if new else tuple(_measure_texts(instance))

    def dehydrate_post_duties(self, point: RiskPoint) -> str:
        # In a preview the post a row names may be new: held on the point, not yet saved.
        held = point.post_id or RiskPoint._meta.get_field("post").is_cached(point)
        return point.post.duties if held and point.post else ""

    def dehydrate_measures(self, point: RiskPoint) -> str:
        return Numbered().render(_measure_texts(point))

    def prepare_save(self, instance: RiskPoint) -> None:
        post = instance.post
        if post is not None and post.pk is None:
            known = self.posts.get(post.name)
            if known is None:
                stamp(post, self.user, self.reason)
                post.save()
                self.pending_posts.pop(post.name, None)
                self._new_post = post
            else:
                instance.post = known

    def after_lifecycle_save(self) -> None:
        if self._new_post is not None:
            self.posts[self._new_post.name] = self._new_post
            self._new_post = None

    def children(self, instance: RiskPoint) -> list:
        wanted = tuple(getattr(instance, "measures_text", ()) or ())
        user, reason = self.user, self.reason

        def save_measures(point: RiskPoint) -> None:
            existing = list(point.measures.order_by("sequence", "pk"))
            if tuple(m.measure for m in existing) == wanted:
                return
            for position, text in enumerate(wanted, start=1):
                measure = existing[position - 1] if position <= len(existing) else None
                if measure is None:
                    measure = PreventionMeasure(risk_point=point)
                elif measure.measure == text and measure.sequence == position:
                    continue
                measure.measure = text
                measure.sequence = position
                stamp(measure, user, reason)
                measure.save()
            for measure in existing[len(wanted) :]:
                stamp(measure, user, reason)
                measure.delete()

        return [save_measures]


def _measure_texts(point: RiskPoint) -> list[str]:
    """The point's measures in their order, from its prefetched measures."""
    return [m.measure for m in sorted(point.measures.all(), key=lambda m: (m.sequence or 0, m.pk))]


def _records(unit: Unit):
    return (
        RiskPoint.objects.filter(unit=unit)
        .select_related("post", "item")
        .prefetch_related("measures")
        .order_by("sequence", "code", "pk")
    )


register(
    Kind(
        key="risks",
        label=gettext_lazy("风险防控台账"),
        columns=COLUMNS,
        resource=RiskPointResource,
        records=_records,
        title=lambda unit: _("%(unit)s廉政风险防控台账") % {"unit": unit.name},
        list_url=lambda unit: reverse("risks:unit_ledger", args=[unit.pk]),
        extra={"position_key": "code"},
    )
)
