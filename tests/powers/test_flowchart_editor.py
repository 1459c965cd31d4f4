"""The officials' flowchart editor: start from a template, edit steps and arrows, see the image."""

from __future__ import annotations

import itertools

import pytest
from django.test import Client
from django.urls import reverse

from powers.flowchart_templates import TEMPLATES
from powers.lifecycle import apply_transition, save_edit
from powers.models import Flowchart, FlowchartRender, FlowEdge, FlowStep, PowerItem
from powers.permissions import unit_perms
from tests.factories import PowerItemFactory


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path  # rendered images of these tests go to a scratch folder


def make_chart(unit, user, kinds: list[str], *, item: PowerItem | None = None) -> Flowchart:
    """An item's chart built directly: steps 环节1, 环节2 ... in a chain, orders 10, 20 ..."""
    item = item or PowerItemFactory(unit=unit)
    chart = Flowchart(unit=unit, kind="item", item=item, title=item.name)
    save_edit(chart, user=user, expected_version=None)
    steps = [
        FlowStep.objects.create(flowchart=chart, order=n * 10, name=f"环节{n}", kind=kind)
        for n, kind in enumerate(kinds, start=1)
    ]
    for source, target in itertools.pairwise(steps):
        FlowEdge.objects.create(flowchart=chart, source=source, target=target)
    return chart


def chain(length: int) -> list[str]:
    return ["start", *["step"] * (length - 2), "end"]


def step_data(chart: Flowchart, step: FlowStep | None = None, edges=(), **fields) -> dict:
    """What the step form posts: the step's fields, its arrows, the chart's version."""
    existing = list(step.outgoing.all()) if step else []
    data = {
        "name": step.name if step else "",
        "kind": step.kind if step else "step",
        "time_limit_type": "working",
        "version": chart.version,
        "change_reason": "",
        "edges-TOTAL_FORMS": len(existing) + len(edges),
        "edges-INITIAL_FORMS": len(existing),
        "edges-MIN_NUM_FORMS": 0,
        "edges-MAX_NUM_FORMS": 1000,
    }
    for n, edge in enumerate(existing):
        data |= {f"edges-{n}-id": edge.pk, f"edges-{n}-target": edge.target_id}
        data |= {f"edges-{n}-label": edge.label, f"edges-{n}-source": step.pk}
    for n, (target, label) in enumerate(edges, start=len(existing)):
        data |= {f"edges-{n}-target": target.pk, f"edges-{n}-label": label}
    data.update(fields)
    return data


def chart_page(item: PowerItem) -> str:
    return reverse("powers:item_flowchart", args=[item.pk])


def names(chart: Flowchart) -> list[str]:
    return list(chart.steps.order_by("order", "pk").values_list("name", flat=True))


def publish(item: PowerItem, demo) -> None:
    for name, user in [("submit", demo.clerk), ("confirm", demo.head), ("approve", demo.reviewer)]:
        apply_transition(item, name, user=user, perms=unit_perms(user, item.unit))


@pytest.mark.django_db
def test_it_creates_a_chart_from_the_four_deliberations_template(
    client, demo, django_capture_on_commit_callbacks
):
    item = PowerItemFactory(unit=demo.unit, name="村级重大事项决策")
    client.force_login(demo.clerk)

    page = client.get(chart_page(item)).content.decode()
    assert "该事项还没有流程图" in page
    assert '<option value="four_deliberations" selected>' in page  # suggested by the name

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("powers:flowchart_create", args=[item.pk]),
            {"start": "template", "template": "four_deliberations", "version": item.version},
        )
    assert response.status_code == 302
    assert response.url == chart_page(item)

    chart = Flowchart.objects.get(item=item)
    template = TEMPLATES["four_deliberations"]
    assert names(chart) == [spec["name"] for spec in template["steps"]]
    assert chart.edges.count() == len(template["edges"])
    render = FlowchartRender.objects.get(source_hash=chart.source_hash)
    assert render.status == "done"  # no Redis: the task ran in-process after commit
    assert chart.rendered_hash == chart.source_hash

    page = client.get(chart_page(item)).content.decode()
    svg_url = reverse("public:flowchart_image", args=[chart.rendered_hash, "svg"])
    assert f'src="{svg_url}"' in page
    assert "已完成" in page
    assert "流程图结构完整" in page  # the template passes validation
    image = client.get(svg_url)
    assert image.status_code == 200
    assert image["Content-Type"] == "image/svg+xml"


@pytest.mark.django_db
def test_it_copies_another_items_chart(client, demo):
    source = make_chart(demo.unit, demo.clerk, chain(3))
    item = PowerItemFactory(unit=demo.unit)
    client.force_login(demo.clerk)
    page = client.get(chart_page(item)).content.decode()
    assert f"{demo.unit.name} · {source.item.code} {source.item.name}" in page

    response = client.post(
        reverse("powers:flowchart_create", args=[item.pk]),
        {"start": "copy", "copy_from": source.pk},
    )
    assert response.status_code == 302
    assert names(Flowchart.objects.get(item=item)) == ["环节1", "环节2", "环节3"]


@pytest.mark.django_db
def test_it_adds_a_step_after_another_and_links_it_with_labels(client, demo):
    chart = make_chart(demo.unit, demo.clerk, chain(2))
    start, end = chart.steps.order_by("order")
    client.force_login(demo.clerk)

    data = step_data(
        chart,
        edges=[(end, "同意"), (start, "不同意")],
        name="两委商议",
        kind="decision",
        previous_step=start.pk,
    )
    response = client.post(reverse("powers:step_create", args=[chart.pk]), data)
    assert response.status_code == 302
    assert response.url == chart_page(chart.item)

    step = FlowStep.objects.get(flowchart=chart, name="两委商议")
    assert names(chart) == ["环节1", "两委商议", "环节2"]  # placed after the chosen step
    assert {(e.target.name, e.label) for e in step.outgoing.all()} == {
        ("环节2", "同意"),
        ("环节1", "不同意"),
    }
    assert start.outgoing.filter(target=step).exists()  # linked from the previous step
    assert step.history.first().history_user == demo.clerk
    chart.refresh_from_db()
    assert chart.version == 2

    page = client.get(chart_page(chart.item)).content.decode()
    assert '→ 环节2<span class="edge-label">（同意）</span>' in page


@pytest.mark.django_db
def test_it_edits_a_step_and_removes_an_arrow(client, demo):
    chart = make_chart(demo.unit, demo.clerk, chain(3))
    first = chart.steps.get(name="环节1")
    client.force_login(demo.clerk)
    # Choosing "（不连线）" for an existing arrow removes it.
    data = step_data(chart, first, name="申请", **{"edges-0-target": ""})
    response = client.post(reverse("powers:step_edit", args=[first.pk]), data)
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.name == "申请"
    assert not first.outgoing.exists()
    removed = FlowEdge.history.filter(history_type="-", source_id=first.pk).get()
    assert removed.history_user == demo.clerk


@pytest.mark.django_db
def test_it_moves_a_step_up(client, demo):
    chart = make_chart(demo.unit, demo.clerk, chain(4))
    third = chart.steps.get(name="环节3")
    client.force_login(demo.clerk)
    response = client.post(
        reverse("powers:step_move", args=[third.pk, "up"]), {"version": chart.version}
    )
    assert response.status_code == 302
    assert names(chart) == ["环节1", "环节3", "环节2", "环节4"]
    # The first step cannot go further up, and nothing is saved for trying.
    chart.refresh_from_db()
    first = chart.steps.get(name="环节1")
    client.post(reverse("powers:step_move", args=[first.pk, "up"]), {"version": chart.version})
    assert names(chart) == ["环节1", "环节3", "环节2", "环节4"]
    assert Flowchart.objects.get(pk=chart.pk).version == chart.version


@pytest.mark.django_db
def test_it_deletes_a_step_with_its_arrows(client, demo):
    chart = make_chart(demo.unit, demo.clerk, chain(3))
    middle = chart.steps.get(name="环节2")
    client.force_login(demo.clerk)
    url = reverse("powers:step_delete", args=[middle.pk])
    assert "确定要删除环节“环节2”吗" in client.get(url).content.decode()

    response = client.post(url, {"version": chart.version})
    assert response.status_code == 302
    assert names(chart) == ["环节1", "环节3"]
    assert not chart.edges.exists()
    deleted = FlowEdge.history.filter(history_type="-", flowchart_id=chart.pk)
    assert deleted.count() == 2
    assert {row.history_user for row in deleted} == {demo.clerk}
    page = client.get(chart_page(chart.item)).content.decode()
    assert "从开始环节无法到达" in page  # the end is now cut off, and the page says so


@pytest.mark.django_db
def test_a_decision_with_an_unlabelled_arrow_is_named_on_the_page(client, demo):
    chart = make_chart(demo.unit, demo.clerk, ["start", "decision", "end"])
    decision = chart.steps.get(kind="decision")
    FlowEdge.objects.create(flowchart=chart, source=decision, target=chart.steps.get(kind="start"))
    client.force_login(demo.clerk)
    page = client.get(chart_page(chart.item)).content.decode()
    assert "判断环节“环节2”通往“环节3”的连线缺少条件标注" in page
    assert "流程图结构完整" not in page


@pytest.mark.django_db
def test_a_stale_version_is_refused_and_the_input_kept(client, demo):
    chart = make_chart(demo.unit, demo.clerk, chain(2))
    step = chart.steps.get(name="环节1")
    client.force_login(demo.clerk)
    loaded = step_data(chart, step)
    url = reverse("powers:step_edit", args=[step.pk])
    assert client.post(url, {**loaded, "name": "第一次保存"}).status_code == 302

    response = client.post(url, {**loaded, "name": "过时的保存"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "已修改了这张流程图" in page
    assert 'value="过时的保存"' in page
    step.refresh_from_db()
    assert step.name == "第一次保存"


@pytest.mark.django_db
def test_editing_a_published_items_chart_needs_a_reason_and_keeps_the_public_version(client, demo):
    item = PowerItemFactory(unit=demo.unit)
    chart = make_chart(demo.unit, demo.clerk, chain(3), item=item)
    publish(item, demo)
    item.refresh_from_db()
    assert item.status == "published"
    step = chart.steps.get(name="环节2")
    client.force_login(demo.clerk)
    chart.refresh_from_db()
    url = reverse("powers:step_edit", args=[step.pk])

    refused = client.post(url, step_data(chart, step, name="新的环节名"))
    assert refused.status_code == 200
    assert "必须填写修改原因" in refused.content.decode()
    assert FlowStep.objects.get(pk=step.pk).name == "环节2"

    response = client.post(
        url, step_data(chart, step, name="新的环节名", change_reason="按新规定调整")
    )
    assert response.status_code == 302
    item.refresh_from_db()
    chart.refresh_from_db()
    assert item.status == "draft"  # back to draft, to be approved again
    assert item.is_public and chart.is_public
    assert [s["name"] for s in chart.published_data["steps"]] == ["环节1", "环节2", "环节3"]
    assert FlowStep.history.filter(id=step.pk).first().history_change_reason == "按新规定调整"

    public = (
        Client()
        .get(  # a villager's visit
            reverse("public:item_page", args=[demo.township.code, demo.unit.code, item.code])
        )
        .content.decode()
    )
    assert "环节2" in public
    assert "新的环节名" not in public


ACTIONS = {
    "step_create": lambda chart, step: reverse("powers:step_create", args=[chart.pk]),
    "step_edit": lambda chart, step: reverse("powers:step_edit", args=[step.pk]),
    "step_delete": lambda chart, step: reverse("powers:step_delete", args=[step.pk]),
    "step_move": lambda chart, step: reverse("powers:step_move", args=[step.pk, "down"]),
    "flowchart_create": None,
}


@pytest.mark.django_db
@pytest.mark.parametrize(("user", "status"), [("other_clerk", 404), ("head", 403)])
@pytest.mark.parametrize("action", list(ACTIONS))
def test_only_the_units_clerk_may_change_a_chart(client, demo, user, status, action):
    chart = make_chart(demo.unit, demo.clerk, chain(3))
    step = chart.steps.get(name="环节1")
    bare_item = PowerItemFactory(unit=demo.unit)
    client.force_login(getattr(demo, user))
    if action == "flowchart_create":
        url = reverse("powers:flowchart_create", args=[bare_item.pk])
        data = {"start": "empty"}
    else:
        url = ACTIONS[action](chart, step)
        data = step_data(chart, step, name="越权修改", previous_step=step.pk)
    assert client.post(url, data).status_code == status
    chart.refresh_from_db()
    assert chart.version == 1
    assert names(chart) == ["环节1", "环节2", "环节3"]
    assert chart.edges.count() == 2
    assert not Flowchart.objects.filter(item=bare_item).exists()


@pytest.mark.django_db
def test_the_unit_head_sees_the_chart_without_edit_buttons(client, demo):
    chart = make_chart(demo.unit, demo.clerk, chain(3))
    client.force_login(demo.head)
    page = client.get(chart_page(chart.item)).content.decode()
    assert "环节2" in page
    assert "新增环节" not in page
    assert "上移" not in page
    client.force_login(demo.other_clerk)
    assert client.get(chart_page(chart.item)).status_code == 404
    status_url = reverse("powers:flowchart_status", args=[chart.pk])
    assert client.get(status_url).status_code == 404


@pytest.mark.django_db
def test_the_status_json_follows_the_render(client, demo, django_capture_on_commit_callbacks):
    chart = make_chart(demo.unit, demo.clerk, chain(3))
    client.force_login(demo.clerk)
    with django_capture_on_commit_callbacks() as callbacks:
        client.post(
            reverse("powers:step_move", args=[chart.steps.get(name="环节2").pk, "up"]),
            {"version": chart.version},
        )
    url = reverse("powers:flowchart_status", args=[chart.pk])
    state = client.get(url).json()
    assert state["status"] == "queued"
    assert state["status_label"] == "排队中"
    assert state["svg_url"] == ""

    for callback in callbacks:  # the commit happens: the task runs in-process
        callback()
    state = client.get(url).json()
    chart.refresh_from_db()
    assert state["status"] == "done"
    assert state["status_label"] == "已完成"
    assert state["rendered_hash"] == state["source_hash"] == chart.source_hash
    assert state["svg_url"] == reverse("public:flowchart_image", args=[chart.source_hash, "svg"])
    assert state["png_url"].endswith(".png")


@pytest.mark.django_db
def test_a_failed_render_can_be_retried(client, demo, django_capture_on_commit_callbacks):
    chart = make_chart(demo.unit, demo.clerk, chain(2))
    client.force_login(demo.clerk)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("powers:step_move", args=[chart.steps.get(name="环节2").pk, "up"]),
            {"version": chart.version},
        )
    chart.refresh_from_db()
    FlowchartRender.objects.filter(source_hash=chart.source_hash).update(
        status="failed", error="流程图生成失败：测试"
    )
    page = client.get(chart_page(chart.item)).content.decode()
    assert "流程图生成失败：测试" in page
    assert "重新生成" in page

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("powers:flowchart_retry", args=[chart.pk]))
    assert FlowchartRender.objects.get(source_hash=chart.source_hash).status == "done"


@pytest.mark.django_db
def test_the_chart_page_does_not_grow_with_steps(client, demo, django_assert_num_queries):
    small = make_chart(demo.unit, demo.clerk, chain(5))
    large = make_chart(demo.unit, demo.clerk, chain(30))
    post = demo.unit.posts.first()
    FlowStep.objects.filter(flowchart__in=[small, large]).update(handling_post=post)
    for chart in (small, large):  # both drawn, so the page also reads their render row
        FlowchartRender.objects.create(source_hash=f"{chart.pk:064d}", dot_source="digraph {}")
        Flowchart.objects.filter(pk=chart.pk).update(source_hash=f"{chart.pk:064d}")
    client.force_login(demo.clerk)
    pages = {}
    for chart in (small, large):
        # 1. session, 2. user, 3. item with unit and township, 4.-5. the user's grants on
        # units and townships, 6. the chart, 7. its render row, 8.-9. validation (steps,
        # edges), 10.-11. render_problem (steps, edges), 12.-13. its risk marks (the
        # township's risk matrix, the steps' public risk points), 14. the steps with their
        # posts, 15. their outgoing edges, 16. the edges' targets, 17. the steps' text for
        # the personal-data check
        with django_assert_num_queries(17):
            response = client.get(chart_page(chart.item))
        pages[chart] = response.content.decode()
    assert pages[small].count('class="step-card') == 5
    assert pages[large].count('class="step-card') == 30
