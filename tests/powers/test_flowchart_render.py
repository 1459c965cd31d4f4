"""Flowcharts drawn by Graphviz: Chinese text, hostile labels, validation, caching, workers."""

from __future__ import annotations

import io
import itertools
import re
import xml.etree.ElementTree as ET
from unittest import mock

import pytest
from django.db import transaction
from PIL import Image

from powers import tasks
from powers.dot import FONT, build_dot, label_lines
from powers.flowcharts import request_render, send_render, validate
from powers.lifecycle import save_edit
from powers.models import Flowchart, FlowchartRender, FlowEdge, FlowStep
from powers.tasks import render_flowchart, sweep_flowchart_renders
from tests.factories import PowerItemFactory
from tests.workers import celery_worker, publishing_to, redis_server, wait_for

SVG = "{http://www.w3.org/2000/svg}"


def make_chart(unit, user, names: list[str], *, kinds=None, labels=None) -> Flowchart:
    """A chart of a new item: a chain of steps, start first and end last."""
    item = PowerItemFactory(unit=unit)
    chart = Flowchart(unit=unit, kind="item", item=item, title=item.name)
    save_edit(chart, user=user, expected_version=None)
    kinds = kinds or ["start"] + ["step"] * (len(names) - 2) + ["end"]
    steps = [
        FlowStep.objects.create(flowchart=chart, order=n, name=name, kind=kind)
        for n, (name, kind) in enumerate(zip(names, kinds, strict=True))
    ]
    for n, (source, target) in enumerate(itertools.pairwise(steps)):
        label = (labels or {}).get(n, "")
        FlowEdge.objects.create(flowchart=chart, source=source, target=target, label=label)
    return chart


def draw(chart: Flowchart, user, capture) -> FlowchartRender:
    """Save-and-render as the editor does: the task runs after commit (in-process here)."""
    with capture(execute=True), transaction.atomic():
        render = request_render(chart, user=user)
    render.refresh_from_db()
    chart.refresh_from_db()
    return render


def svg_text(render: FlowchartRender) -> str:
    root = ET.fromstring(render.svg.read())
    return "".join(root.itertext())


@pytest.mark.django_db
def test_the_chart_shows_every_chinese_label_in_a_cjk_font(
    demo, django_capture_on_commit_callbacks
):
    names = ["党支部提议", "两委商议", "党员大会审议", "村民代表会议决议", "决议公开", "办结"]
    chart = make_chart(demo.unit, demo.clerk, names)
    render = draw(chart, demo.clerk, django_capture_on_commit_callbacks)
    assert render.status == "done"
    assert chart.rendered_hash == render.source_hash
    svg = render.svg.read().decode()
    root = ET.fromstring(svg)  # parses as XML
    assert root.tag == f"{SVG}svg"
    text = "".join(root.itertext())
    for name in names:
        assert name in text
    assert FONT in svg  # the text names the CJK font
    image = Image.open(io.BytesIO(render.png.read()))
    image.load()  # the PNG decodes
    assert image.width > 100 and image.height > 300


HOSTILE = [
    '"]; x [shape=box',
    '<IMG SRC="/etc/passwd"/>',
    "\\",
    "第一行\n第二行",
    "权" * 100,  # the longest name a step may have
    "\u202eabc右到左",
    "表情😀🏠",
    "{braces} & <b>bold</b> \\N \\G",
]


@pytest.mark.django_db
def test_hostile_labels_render_literally_and_read_no_file(demo, django_capture_on_commit_callbacks):
    chart = make_chart(demo.unit, demo.clerk, ["开始", *HOSTILE, "结束"])
    FlowStep.objects.filter(flowchart=chart, name="开始").update(
        responsible_party='"]}; node [image="/etc/passwd"]'
    )
    dot = build_dot(chart)
    # Every statement is one the builder wrote: a generated node or an edge between two.
    body = dot.source.splitlines()[5:-1]
    statement = re.compile(r'^  (n\d+ \[shape="[a-z]+", |n\d+ -> n\d+ \[(label=<[^>]*>)?\];$)')
    assert all(statement.match(line) for line in body), body
    assert len(body) == 2 * len(HOSTILE) + 3
    render = draw(chart, demo.clerk, django_capture_on_commit_callbacks)
    assert render.status == "done", render.error
    svg = render.svg.read().decode()
    root = ET.fromstring(svg)
    text = "".join(root.itertext())
    assert '"]; x [shape=box' in text
    assert '<IMG SRC="/etc/passwd"/>' in text
    assert "\\" in text
    assert "第一行" in text and "第二行" in text
    assert "权" * 12 in text and "…" in text  # long labels are shortened on the chart
    assert "[U+202E]abc右到左" in text  # the override is shown, not obeyed
    assert "表情" in text
    flat = re.sub(r"\s+", "", text)  # long labels wrap onto several lines
    assert "{braces}&<b>bold</b>\\N\\G" in flat
    assert root.find(f".//{SVG}image") is None  # Graphviz embedded no file
    assert "root:" not in svg
    assert len(render.svg.read()) < 2_000_000


def test_a_label_of_ten_thousand_characters_is_shortened_not_broken():
    lines = label_lines("权" * 10_000 + "<尾>")
    assert len(lines) <= 10
    assert lines[-1].endswith("…")
    assert all(len(line) <= 12 for line in lines)  # 24 columns of Chinese per line


@pytest.mark.django_db
def test_validation_names_the_step(demo):
    chart = make_chart(
        demo.unit,
        demo.clerk,
        ["申请", "审查", "是否符合", "办结"],
        kinds=["start", "step", "decision", "end"],
    )
    errors = validate(chart)
    assert any("判断环节“是否符合”至少要有两个去向" in e for e in errors)
    assert any("判断环节“是否符合”通往“办结”的连线缺少条件标注" in e for e in errors)

    orphan = FlowStep.objects.create(flowchart=chart, order=99, name="孤立环节", kind="step")
    errors = validate(chart)
    assert any("环节“孤立环节”从开始环节无法到达" in e for e in errors)
    assert any("从环节“孤立环节”无法走到任何结束环节" in e for e in errors)
    orphan.delete()

    FlowStep.objects.create(flowchart=chart, order=0, name="第二个开始", kind="start")
    assert any("只有一个开始环节，现在有 2 个" in e for e in validate(chart))

    FlowStep.objects.filter(flowchart=chart, kind="end").update(kind="step")
    assert any("至少要有一个结束环节" in e for e in validate(chart))


@pytest.mark.django_db
def test_a_valid_chart_has_no_messages(demo):
    chart = make_chart(
        demo.unit,
        demo.clerk,
        ["申请", "审查", "是否符合", "办结"],
        kinds=["start", "step", "decision", "end"],
        labels={2: "符合"},
    )
    refuse = FlowStep.objects.create(flowchart=chart, order=9, name="告知理由", kind="end")
    decision = chart.steps.get(kind="decision")
    FlowEdge.objects.create(flowchart=chart, source=decision, target=refuse, label="不符合")
    assert validate(chart) == []


@pytest.mark.django_db
def test_an_unchanged_chart_is_never_drawn_again(demo, django_capture_on_commit_callbacks):
    chart = make_chart(demo.unit, demo.clerk, ["申请", "受理", "办结"])
    with mock.patch.object(tasks, "render", wraps=tasks.render) as dot:
        first = draw(chart, demo.clerk, django_capture_on_commit_callbacks)
        assert dot.call_count == 1
        again = draw(chart, demo.clerk, django_capture_on_commit_callbacks)
        render_flowchart(first.pk)  # a redelivered task
        assert dot.call_count == 1
    assert again.pk == first.pk
    assert FlowchartRender.objects.filter(source_hash=first.source_hash).count() == 1


@pytest.mark.django_db
def test_the_previous_image_stays_until_the_new_one_is_ready(
    demo, django_capture_on_commit_callbacks
):
    chart = make_chart(demo.unit, demo.clerk, ["申请", "受理", "办结"])
    old = draw(chart, demo.clerk, django_capture_on_commit_callbacks)
    FlowStep.objects.filter(flowchart=chart, name="受理").update(name="受理并登记")
    with transaction.atomic():  # saved, but the task has not run yet
        new = request_render(chart, user=demo.clerk)
    chart.refresh_from_db()
    assert new.source_hash != old.source_hash
    assert chart.source_hash == new.source_hash
    assert chart.rendered_hash == old.source_hash  # the page still shows the old image


@pytest.mark.django_db
def test_a_failing_render_tells_the_official_why(
    demo, django_capture_on_commit_callbacks, settings
):
    chart = make_chart(demo.unit, demo.clerk, ["申请", "办结"])
    with mock.patch.object(
        tasks,
        "render",
        side_effect=tasks.RenderError("流程图过于复杂，30 秒内未能生成，请减少环节或连线。"),
    ):
        render = draw(chart, demo.clerk, django_capture_on_commit_callbacks)
    assert render.status == "failed"
    assert "过于复杂" in render.error


@pytest.mark.django_db
def test_a_too_large_chart_says_so(demo):
    from powers.flowcharts import render_problem

    chart = make_chart(demo.unit, demo.clerk, [f"环节{n}" for n in range(160)])
    assert "超过上限" in render_problem(chart)
    assert request_render(chart, user=demo.clerk) is None


@pytest.mark.django_db
def test_the_render_records_who_asked_in_the_charts_history(
    demo, django_capture_on_commit_callbacks
):
    chart = make_chart(demo.unit, demo.clerk, ["申请", "办结"])
    draw(chart, demo.head, django_capture_on_commit_callbacks)
    row = chart.history.first()
    assert row.rendered_hash == chart.rendered_hash
    assert row.history_user == demo.head
    assert row.history_request == "job:render_flowchart"


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_draws_the_chart_sent_through_redis(demo):
    with (
        redis_server() as (broker, _stop, _start),
        publishing_to(broker),
        celery_worker(broker) as worker,
    ):
        chart = make_chart(demo.unit, demo.clerk, ["申请", "审查", "办结"])
        with transaction.atomic():
            render = request_render(chart, user=demo.clerk)
        assert wait_for(lambda: FlowchartRender.objects.get(pk=render.pk).status == "done"), (
            "".join(worker.log)
        )
    chart.refresh_from_db()
    assert chart.rendered_hash == render.source_hash
    assert "审查" in svg_text(FlowchartRender.objects.get(pk=render.pk))


@pytest.mark.django_db(transaction=True)
def test_a_save_while_redis_is_down_is_drawn_once_redis_is_back(demo):
    with redis_server() as (broker, stop, start), publishing_to(broker):
        stop()
        chart = make_chart(demo.unit, demo.clerk, ["申请", "复核", "办结"])
        with transaction.atomic():  # the official's save succeeds with the broker down
            render = request_render(chart, user=demo.clerk)
        render.refresh_from_db()
        assert render.status == "queued"
        assert render.enqueued_at is None  # kept in the outbox
        start()
        with celery_worker(broker) as worker:
            assert sweep_flowchart_renders() == 1  # the beat job sends what was left
            assert wait_for(lambda: FlowchartRender.objects.get(pk=render.pk).status == "done"), (
                "".join(worker.log)
            )
    chart.refresh_from_db()
    assert chart.rendered_hash == render.source_hash
    assert send_render  # the sweep sends through the same path as a save
