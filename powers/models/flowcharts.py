"""Flowcharts (流程图) of how each power is exercised, their steps, edges and rendered images."""

from __future__ import annotations

from collections import defaultdict, deque

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..dot import RenderError, build_dot
from ..history import audited_history
from ..lifecycle import LifecycleRecord
from .catalog import PowerCategory, PowerItem
from .organisation import Post, Unit


class DayType(models.TextChoices):
    WORKING = "working", _("工作日")
    CALENDAR = "calendar", _("自然日")


class Flowchart(LifecycleRecord):
    """A flowchart: of one power item (项目流程图), of a category (类别流程图), or for villages
    of how the unit decides, runs, discloses and supervises (决策、运行、公开、监督流程图).

    An item's chart moves through review together with its item (see
    ``PowerItem.lifecycle_companions``); other charts go through review on their own.
    """

    class Kind(models.TextChoices):
        ITEM = "item", _("项目流程图")
        CATEGORY = "category", _("类别流程图")
        DECISION = "decision", _("决策流程图")
        OPERATION = "operation", _("运行流程图")
        DISCLOSURE = "disclosure", _("公开流程图")
        SUPERVISION = "supervision", _("监督流程图")

    unit = models.ForeignKey(
        Unit, models.PROTECT, related_name="flowcharts", verbose_name=_("单位")
    )
    kind = models.CharField(_("流程图类型"), max_length=16, choices=Kind.choices)
    item = models.OneToOneField(
        PowerItem,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="flowchart",
        verbose_name=_("权力事项"),
    )
    category = models.ForeignKey(
        PowerCategory,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="flowcharts",
        verbose_name=_("权力类别"),
    )
    title = models.CharField(_("标题"), max_length=200)
    description = models.TextField(_("说明"), blank=True)
    # The SHA-256 of the chart's DOT source, and of the last source rendered successfully:
    # the page shows the latter until the former is ready.
    source_hash = models.CharField(_("图源哈希"), max_length=64, blank=True, editable=False)
    rendered_hash = models.CharField(_("已生成图像哈希"), max_length=64, blank=True, editable=False)
    # source_hash is derived from the steps and edges, whose own history says what changed.
    history = audited_history(
        excluded_fields=[*LifecycleRecord.history_excluded_fields, "source_hash"]
    )

    class Meta:
        verbose_name = _("流程图")
        verbose_name_plural = _("流程图")
        ordering = ["unit", "kind", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(kind="item") & Q(item__isnull=False))
                | (~Q(kind="item") & Q(item__isnull=True)),
                name="flowchart_item_kind_has_item",
                violation_error_message=_("项目流程图必须对应一个权力事项。"),
            ),
            models.CheckConstraint(
                condition=(Q(kind="category") & Q(category__isnull=False))
                | (~Q(kind="category") & Q(category__isnull=True)),
                name="flowchart_category_kind_has_category",
                violation_error_message=_("类别流程图必须对应一个权力类别。"),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        if self.item_id:
            return reverse("powers:item_flowchart", args=[self.item_id])
        return reverse("powers:flowchart_detail", args=[self.pk])

    @property
    def is_editable(self) -> bool:
        if self.item_id:
            return self.item.is_editable
        return super().is_editable

    @property
    def needs_change_reason(self) -> bool:
        if self.item_id:
            return self.item.needs_change_reason
        return super().needs_change_reason

    def submission_problems(self) -> list[str]:
        return [f"{self.title}：{problem}" for problem in validate(self)]

    def public_snapshot(self) -> dict:
        steps = list(self.steps.select_related("handling_post"))
        try:
            # The image the public sees is the one of the approved steps, drawn or not yet.
            source_hash = build_dot(self).source_hash
        except RenderError:
            source_hash = ""
        return {
            "title": self.title,
            "kind": self.get_kind_display(),
            "description": self.description,
            "source_hash": source_hash,
            "steps": [step.public_snapshot() for step in steps],
            "edges": [
                {"source": edge.source_id, "target": edge.target_id, "label": edge.label}
                for edge in self.edges.all()
            ],
        }


class FlowStep(models.Model):
    """A step (流程环节) of a flowchart, with who handles it and under which rules."""

    class Kind(models.TextChoices):
        START = "start", _("开始")
        STEP = "step", _("办理环节")
        DECISION = "decision", _("判断")
        END = "end", _("结束")

    class Quorum(models.TextChoices):
        NONE = "", _("不适用")
        HALF = "half", _("过半数到会")
        TWO_THIRDS = "two_thirds", _("三分之二以上到会")

    class VoteRule(models.TextChoices):
        NONE = "", _("不适用")
        MAJORITY_PRESENT = "majority_present", _("到会人员过半数同意")
        MAJORITY_ALL = "majority_all", _("全体成员过半数同意")
        TWO_THIRDS_PRESENT = "two_thirds_present", _("到会人员三分之二以上同意")

    flowchart = models.ForeignKey(
        Flowchart, models.CASCADE, related_name="steps", verbose_name=_("流程图")
    )
    order = models.PositiveIntegerField(_("顺序"), default=0)
    name = models.CharField(_("环节名称"), max_length=100)
    kind = models.CharField(_("环节类型"), max_length=10, choices=Kind.choices, default=Kind.STEP)
    handling_post = models.ForeignKey(
        Post,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="flow_steps",
        verbose_name=_("承办岗位"),
    )
    responsible_party = models.CharField(_("责任主体"), max_length=100, blank=True)
    conditions = models.TextField(_("条件和材料"), blank=True)
    time_limit_days = models.PositiveIntegerField(_("时限（天）"), null=True, blank=True)
    time_limit_type = models.CharField(
        _("时限计算"), max_length=10, choices=DayType.choices, default=DayType.WORKING
    )
    posting_days = models.PositiveIntegerField(_("公示天数"), null=True, blank=True)
    is_meeting = models.BooleanField(_("会议环节"), default=False)
    quorum_fraction = models.CharField(
        _("到会要求"), max_length=12, choices=Quorum.choices, default="", blank=True
    )
    vote_rule = models.CharField(
        _("表决规则"), max_length=20, choices=VoteRule.choices, default="", blank=True
    )
    rules = models.TextField(_("办理规则"), blank=True)
    duty_requirements = models.TextField(_("履职要求"), blank=True)
    is_checkpoint = models.BooleanField(_("监督节点"), default=False)
    checkpoint_measure = models.TextField(_("监督措施"), blank=True)
    counterparty_rights = models.TextField(_("服务对象权利"), blank=True)
    complaint_channel = models.CharField(_("投诉途径"), max_length=300, blank=True)
    history = audited_history()

    class Meta:
        verbose_name = _("流程环节")
        verbose_name_plural = _("流程环节")
        ordering = ["flowchart", "order", "pk"]

    def __str__(self) -> str:
        return self.name

    def get_unit(self) -> Unit:
        return self.flowchart.unit

    @property
    def time_limit_display(self) -> str:
        if self.time_limit_days is None:
            return ""
        return f"{self.time_limit_days} {self.get_time_limit_type_display()}"

    def public_snapshot(self) -> dict:
        return {
            "id": self.pk,
            "name": self.name,
            "kind": self.kind,
            "kind_label": self.get_kind_display(),
            "handling_post": self.handling_post.name if self.handling_post_id else "",
            "responsible_party": self.responsible_party,
            "conditions": self.conditions,
            "time_limit": self.time_limit_display,
            "posting_days": self.posting_days,
            "is_meeting": self.is_meeting,
            "quorum": self.get_quorum_fraction_display() if self.quorum_fraction else "",
            "vote_rule": self.get_vote_rule_display() if self.vote_rule else "",
            "rules": self.rules,
            "duty_requirements": self.duty_requirements,
            "is_checkpoint": self.is_checkpoint,
            "checkpoint_measure": self.checkpoint_measure,
            "counterparty_rights": self.counterparty_rights,
            "complaint_channel": self.complaint_channel,
        }


class FlowEdge(models.Model):
    """An arrow from one step to the next, labelled where the path branches (同意 / 不同意)."""

    flowchart = models.ForeignKey(
        Flowchart, models.CASCADE, related_name="edges", verbose_name=_("流程图")
    )
    source = models.ForeignKey(
        FlowStep, models.CASCADE, related_name="outgoing", verbose_name=_("从")
    )
    target = models.ForeignKey(
        FlowStep, models.CASCADE, related_name="incoming", verbose_name=_("到")
    )
    label = models.CharField(_("条件标注"), max_length=50, blank=True)
    history = audited_history()

    class Meta:
        verbose_name = _("流程连线")
        verbose_name_plural = _("流程连线")
        ordering = ["flowchart", "source__order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "target"],
                name="one_edge_per_step_pair",
                violation_error_message=_("这两个环节之间已有连线。"),
            )
        ]

    def __str__(self) -> str:
        arrow = f"{self.source} → {self.target}"
        return f"{arrow}（{self.label}）" if self.label else arrow

    def get_unit(self) -> Unit:
        return self.flowchart.unit


class FlowchartRender(models.Model):
    """One rendering of a DOT source into SVG and PNG, stored under the source's hash.

    Charts with the same source share a render, so an unchanged chart is never drawn again.
    The row doubles as the job's status (the official sees it) and as the outbox: a render
    whose task could not be sent (Redis down) stays queued and a periodic sweep sends it.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("排队中")
        RENDERING = "rendering", _("生成中")
        DONE = "done", _("已完成")
        FAILED = "failed", _("失败")

    source_hash = models.CharField(_("图源哈希"), max_length=64, unique=True)
    dot_source = models.TextField(_("DOT 图源"))
    status = models.CharField(
        _("状态"), max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    error = models.TextField(_("失败原因"), blank=True)
    svg = models.FileField(_("SVG"), upload_to="flowcharts/", blank=True)
    png = models.FileField(_("PNG"), upload_to="flowcharts/", blank=True)
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
        verbose_name = _("流程图生成任务")
        verbose_name_plural = _("流程图生成任务")
        ordering = ["-requested_at"]

    def __str__(self) -> str:
        return f"{self.source_hash[:12]} {self.get_status_display()}"


def validate(chart: Flowchart) -> list[str]:
    """What is wrong with the chart's shape, each message naming the step concerned."""
    steps = list(chart.steps.order_by("order", "pk"))
    edges = list(chart.edges.all())
    names = {step.pk: step.name for step in steps}
    errors: list[str] = []
    starts = [s for s in steps if s.kind == FlowStep.Kind.START]
    ends = [s for s in steps if s.kind == FlowStep.Kind.END]
    if len(starts) != 1:
        errors.append(
            gettext("流程图必须有且只有一个开始环节，现在有 %(count)s 个%(names)s。")
            % {
                "count": len(starts),
                "names": "：" + "、".join(f"“{s.name}”" for s in starts) if starts else "",
            }
        )
    if not ends:
        errors.append(gettext("流程图至少要有一个结束环节。"))
    forward, backward = defaultdict(list), defaultdict(list)
    for edge in edges:
        forward[edge.source_id].append(edge.target_id)
        backward[edge.target_id].append(edge.source_id)
    if len(starts) == 1:
        reached = _reach(starts[0].pk, forward)
        for step in steps:
            if step.pk not in reached:
                errors.append(gettext("环节“%(name)s”从开始环节无法到达。") % {"name": step.name})
    if ends:
        can_finish = set().union(*(_reach(end.pk, backward) for end in ends))
        for step in steps:
            if step.pk not in can_finish:
                errors.append(
                    gettext("从环节“%(name)s”无法走到任何结束环节。") % {"name": step.name}
                )
    for step in steps:
        outgoing = [e for e in edges if e.source_id == step.pk]
        if step.kind == FlowStep.Kind.DECISION:
            if len(outgoing) < 2:
                errors.append(gettext("判断环节“%(name)s”至少要有两个去向。") % {"name": step.name})
            for edge in outgoing:
                if not edge.label.strip():
                    errors.append(
                        gettext(
                            "判断环节“%(name)s”通往“%(target)s”的连线缺少条件标注"
                            "（如 同意 / 不同意）。"
                        )
                        % {"name": step.name, "target": names.get(edge.target_id, "?")}
                    )
        if step.kind == FlowStep.Kind.END and outgoing:
            errors.append(gettext("结束环节“%(name)s”不应再有去向。") % {"name": step.name})
    return errors


def _reach(origin: int, graph: dict[int, list[int]]) -> set[int]:
    seen, queue = {origin}, deque([origin])
    while queue:
        for following in graph[queue.popleft()]:
            if following not in seen:
                seen.add(following)
                queue.append(following)
    return seen
