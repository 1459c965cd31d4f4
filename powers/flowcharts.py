"""Flowchart rules and work: validation, templates, copies and asking for a render."""

from __future__ import annotations

import logging
import threading
from collections import defaultdict, deque
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import flowchart_templates
from .dot import RenderError, build_dot
from .history import job_context
from .models import Flowchart, FlowchartRender, FlowEdge, FlowStep, Post

logger = logging.getLogger(__name__)
Kind = FlowStep.Kind
_paused = threading.local()


@contextmanager
def renders_paused() -> Iterator[None]:
    """Ask for no renders inside the block (loading the demo for the tests draws nothing)."""
    _paused.active = True
    try:
        yield
    finally:
        _paused.active = False


def validate(chart: Flowchart) -> list[str]:
    """What is wrong with the chart's shape, each message naming the step concerned."""
    steps = list(chart.steps.order_by("order", "pk"))
    edges = list(chart.edges.all())
    names = {step.pk: step.name for step in steps}
    errors: list[str] = []
    starts = [s for s in steps if s.kind == Kind.START]
    ends = [s for s in steps if s.kind == Kind.END]
    if len(starts) != 1:
        errors.append(
            _("流程图必须有且只有一个开始环节，现在有 %(count)s 个%(names)s。")
            % {
                "count": len(starts),
                "names": "：" + "、".join(f"“{s.name}”" for s in starts) if starts else "",
            }
        )
    if not ends:
        errors.append(_("流程图至少要有一个结束环节。"))
    forward, backward = defaultdict(list), defaultdict(list)
    for edge in edges:
        forward[edge.source_id].append(edge.target_id)
        backward[edge.target_id].append(edge.source_id)
    if len(starts) == 1:
        reached = _reach(starts[0].pk, forward)
        for step in steps:
            if step.pk not in reached:
                errors.append(_("环节“%(name)s”从开始环节无法到达。") % {"name": step.name})
    if ends:
        can_finish = set().union(*(_reach(end.pk, backward) for end in ends))
        for step in steps:
            if step.pk not in can_finish:
                errors.append(_("从环节“%(name)s”无法走到任何结束环节。") % {"name": step.name})
    for step in steps:
        outgoing = [e for e in edges if e.source_id == step.pk]
        if step.kind == Kind.DECISION:
            if len(outgoing) < 2:
                errors.append(_("判断环节“%(name)s”至少要有两个去向。") % {"name": step.name})
            for edge in outgoing:
                if not edge.label.strip():
                    errors.append(
                        _(
                            "判断环节“%(name)s”通往“%(target)s”的连线缺少条件标注"
                            "（如 同意 / 不同意）。"
                        )
                        % {"name": step.name, "target": names.get(edge.target_id, "?")}
                    )
        if step.kind == Kind.END and outgoing:
            errors.append(_("结束环节“%(name)s”不应再有去向。") % {"name": step.name})
    return errors


def _reach(origin: int, graph: dict[int, list[int]]) -> set[int]:
    seen, queue = {origin}, deque([origin])
    while queue:
        for following in graph[queue.popleft()]:
            if following not in seen:
                seen.add(following)
                queue.append(following)
    return seen


def _stamped(record, user, reason: str = ""):
    record._history_user = user
    record._change_reason = reason or None
    return record


def fill_from_template(chart: Flowchart, template_id: str, *, user, reason: str = "") -> None:
    """Add a template's steps and edges to an empty chart, matching posts by name."""
    template = flowchart_templates.TEMPLATES[template_id]
    posts = {post.name: post for post in Post.objects.filter(unit=chart.unit_id)}
    keys: dict[str, FlowStep] = {}
    for order, spec in enumerate(template["steps"], start=1):
        fields = {k: v for k, v in spec.items() if k not in {"key", "post_hint"}}
        step = FlowStep(flowchart=chart, order=order * 10, **fields)
        step.handling_post = _match_post(posts, spec["post_hint"])
        _stamped(step, user, reason).save()
        keys[spec["key"]] = step
    for spec in template["edges"]:
        edge = FlowEdge(
            flowchart=chart, source=keys[spec["from"]], target=keys[spec["to"]], label=spec["label"]
        )
        _stamped(edge, user, reason).save()


def _match_post(posts: dict[str, Post], hint: str) -> Post | None:
    if not hint:
        return None
    if hint in posts:
        return posts[hint]
    for name, post in posts.items():
        if hint in name or name in hint:
            return post
    return None


def copy_steps(source: Flowchart, chart: Flowchart, *, user, reason: str = "") -> None:
    """Copy another chart's steps and edges into an empty chart (posts kept when same unit)."""
    same_unit = source.unit_id == chart.unit_id
    posts = {post.name: post for post in Post.objects.filter(unit=chart.unit_id)}
    mapping: dict[int, FlowStep] = {}
    for original in source.steps.select_related("handling_post").order_by("order", "pk"):
        copy = FlowStep(flowchart=chart)
        for field in FlowStep._meta.concrete_fields:
            if field.name not in {"id", "flowchart", "handling_post"}:
                setattr(copy, field.attname, getattr(original, field.attname))
        if original.handling_post_id:
            copy.handling_post = (
                original.handling_post
                if same_unit
                else _match_post(posts, original.handling_post.name)
            )
        _stamped(copy, user, reason).save()
        mapping[original.pk] = copy
    for edge in source.edges.all():
        copy = FlowEdge(
            flowchart=chart,
            source=mapping[edge.source_id],
            target=mapping[edge.target_id],
            label=edge.label,
        )
        _stamped(copy, user, reason).save()


def request_render(chart: Flowchart, *, user) -> FlowchartRender | None:
    """Make sure the chart's current source is (or will be) rendered; never runs ``dot`` here.

    Called inside the transaction that saved the chart: the render row is the outbox, and
    the task is sent only after commit. An unchanged chart finds its finished render and
    nothing is drawn again. Returns None when the chart is too large to draw (the official
    sees why through :func:`render_problem`).
    """
    if getattr(_paused, "active", False):
        return None
    try:
        dot = build_dot(chart)
    except RenderError:
        return None
    if chart.source_hash != dot.source_hash:
        Flowchart.objects.filter(pk=chart.pk).update(source_hash=dot.source_hash)
        chart.source_hash = dot.source_hash
    render, created = FlowchartRender.objects.get_or_create(
        source_hash=dot.source_hash, defaults={"dot_source": dot.source, "requested_by": user}
    )
    if render.status == FlowchartRender.Status.DONE:
        if chart.rendered_hash != render.source_hash:
            mark_rendered(render, requested_by=user)
        return render
    if render.status == FlowchartRender.Status.FAILED and not created:
        return render  # the same source fails the same way; see retry_render
    transaction.on_commit(lambda: send_render(render.pk))
    return render


def retry_render(render: FlowchartRender, *, user) -> None:
    FlowchartRender.objects.filter(pk=render.pk).update(
        status=FlowchartRender.Status.QUEUED, error="", enqueued_at=None, requested_by=user
    )
    transaction.on_commit(lambda: send_render(render.pk))


def render_problem(chart: Flowchart) -> str:
    """Why the chart cannot be drawn at all (too large), or ''."""
    try:
        build_dot(chart)
    except RenderError as error:
        return str(error)
    return ""


def send_render(render_id: int) -> bool:
    """Hand the render to the workers. With Redis down the row stays queued for the sweep."""
    from .tasks import render_flowchart

    try:
        render_flowchart.apply_async((render_id,), retry=False)
    except Exception:  # the broker is unreachable: kombu raises many kinds of errors
        logger.warning("render %s not sent; the periodic sweep will send it", render_id)
        return False
    FlowchartRender.objects.filter(pk=render_id, enqueued_at__isnull=True).update(
        enqueued_at=timezone.now()
    )
    return True


def mark_rendered(render: FlowchartRender, *, requested_by) -> None:
    """Point every chart whose current source this is at the new images, in their history."""
    charts = Flowchart.objects.filter(source_hash=render.source_hash).exclude(
        rendered_hash=render.source_hash
    )
    with job_context("render_flowchart"):
        for chart in charts:
            chart.rendered_hash = render.source_hash
            _stamped(chart, requested_by, _("流程图图像已生成")).save(
                update_fields=["rendered_hash", "updated_at"]
            )
