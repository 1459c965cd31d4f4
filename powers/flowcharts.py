"""Flowchart work: templates, copies and asking for a render (the rules a chart must keep,
:func:`validate`, live beside its models)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import flowchart_templates
from .dot import RenderError, build_dot
from .history import job_context
from .models import Flowchart, FlowchartRender, FlowEdge, FlowStep, Post
from .models.flowcharts import validate  # noqa: F401 (the chart rules live beside the models)
from .scheduler import registered_task

logger = logging.getLogger(__name__)
Kind = FlowStep.Kind
_paused = threading.local()
# Found by name in Celery's registry: the tasks module sits above this one (it marks charts
# rendered through mark_rendered), so this one never imports it.
RENDER_TASK = "powers.tasks.render_flowchart"


@contextmanager
def renders_paused() -> Iterator[None]:
    """Ask for no renders inside the block (loading the demo for the tests draws nothing)."""
    _paused.active = True
    try:
        yield
    finally:
        _paused.active = False


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
    render_flowchart = registered_task(RENDER_TASK)
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
