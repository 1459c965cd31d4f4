"""A unit's own flowcharts: category charts and a village's decision, operation, disclosure and
supervision charts, created on the unit's flowchart page and reviewed on their own."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from powers.flowchart_templates import TEMPLATES
from powers.lifecycle import save_edit
from powers.models import Flowchart, FlowchartRender, FlowEdge, FlowStep, RoleAssignment, Unit
from tests.factories import PowerItemFactory, UnitFactory, UserFactory, grant
from tests.powers.test_flowchart_editor import names, step_data

TITLE = "清溪一村重大事项决策流程（测试）"


def list_page(unit: Unit) -> str:
    return reverse("powers:unit_flowcharts", args=[unit.pk])


def chart_page(chart: Flowchart) -> str:
    return reverse("powers:flowchart_detail", args=[chart.pk])


def public_unit_page(demo) -> str:
    """The public unit page's tab that lists the unit's own charts."""
    page = reverse("public:unit_page", args=[demo.township.code, demo.unit.code])
    return f"{page}?tab=charts"


def public_chart_page(demo, chart: Flowchart) -> str:
    return reverse("public:chart_page", args=[demo.township.code, demo.unit.code, chart.pk])


def create_decision_chart(client, demo, **fields) -> Flowchart:
    """The clerk starts a decision chart from the 四议两公开 template, through the page."""
    client.force_login(demo.clerk)
    data = {"kind": "decision", "title": TITLE, "start": "template"}
    data |= {"template": "four_deliberations", **fields}
    response = client.post(reverse("powers:unit_flowchart_create", args=[demo.unit.pk]), data)
    assert response.status_code == 302, response.content.decode()
    chart = Flowchart.objects.get(unit=demo.unit, title=data["title"])
    assert response.url == chart_page(chart)
    return chart


def act(client, chart: Flowchart, name: str, user, reason: str = "") -> str:
    """``user`` presses a lifecycle button on the chart's page; the page they land on."""
    client.force_login(user)
    url = reverse("powers:flowchart_transition", args=[chart.pk, name])
    response = client.post(url, {"reason": reason}, follow=True)
    assert response.redirect_chain == [(chart_page(chart), 302)]
    chart.refresh_from_db()
    return response.content.decode()


def publish(client, chart: Flowchart, demo) -> None:
    for name, user in [("submit", demo.clerk), ("confirm", demo.head), ("approve", demo.reviewer)]:
        act(client, chart, name, user)
    assert chart.status == "published"


@pytest.mark.django_db
def test_it_creates_a_decision_chart_from_the_four_deliberations_template(
    client, demo, django_capture_on_commit_callbacks
):
    client.force_login(demo.clerk)
    page = client.get(list_page(demo.unit)).content.decode()
    assert "新建流程图" in page
    for kind in ("决策流程图", "运行流程图", "公开流程图", "监督流程图", "类别流程图"):
        assert f">{kind}</option>" in page  # a village may draw every kind
    assert '<option value="four_deliberations" selected>' in page  # decision comes first

    with django_capture_on_commit_callbacks(execute=True):
        chart = create_decision_chart(client, demo)
    template = TEMPLATES["four_deliberations"]
    assert chart.kind == "decision"
    assert chart.item is None and chart.category is None
    assert chart.status == "draft"
    assert names(chart) == [spec["name"] for spec in template["steps"]]
    assert chart.edges.count() == len(template["edges"])
    assert chart.history.first().history_user == demo.clerk
    assert FlowchartRender.objects.get(source_hash=chart.source_hash).status == "done"

    page = client.get(chart_page(chart)).content.decode()
    assert TITLE in page
    assert "流程图结构完整" in page
    assert reverse("powers:unit_flowcharts", args=[demo.unit.pk]) in page  # the breadcrumb
    assert "提交审核" in page
    svg_url = reverse("public:flowchart_image", args=[chart.source_hash, "svg"])
    assert f'src="{svg_url}"' in page

    page = client.get(list_page(demo.unit)).content.decode()
    assert f'<a href="{chart_page(chart)}">{TITLE}</a>' in page
    assert "草稿" in page


@pytest.mark.django_db
def test_submit_confirm_approve_publishes_it_on_the_public_site(
    client, demo, django_capture_on_commit_callbacks
):
    chart = create_decision_chart(client, demo)
    villager = Client()
    assert TITLE not in villager.get(public_unit_page(demo)).content.decode()  # now cached

    page = act(client, chart, "submit", demo.clerk)
    assert chart.status == "submitted"
    assert "现在的状态：已提交" in page
    assert "新增环节" not in page  # under review: locked
    act(client, chart, "confirm", demo.head)
    assert chart.status == "confirmed"
    with django_capture_on_commit_callbacks(execute=True):
        act(client, chart, "approve", demo.reviewer)
    assert chart.status == "published"
    assert chart.is_public

    unit_page = villager.get(public_unit_page(demo)).content.decode()
    assert TITLE in unit_page  # the cached page was invalidated by the approval
    assert public_chart_page(demo, chart) in unit_page
    public = villager.get(public_chart_page(demo, chart)).content.decode()
    for spec in TEMPLATES["four_deliberations"]["steps"]:
        assert spec["name"] in public

    client.force_login(demo.clerk)
    page = client.get(list_page(demo.unit)).content.decode()
    assert f'<a href="{public_chart_page(demo, chart)}">公开中</a>' in page


@pytest.mark.django_db
def test_editing_after_approval_needs_a_reason_and_keeps_the_public_version(
    client, demo, django_capture_on_commit_callbacks
):
    chart = create_decision_chart(client, demo)
    with django_capture_on_commit_callbacks(execute=True):
        publish(client, chart, demo)
    first = chart.steps.order_by("order", "pk").first()
    old_name = first.name
    client.force_login(demo.clerk)
    url = reverse("powers:step_edit", args=[first.pk])

    refused = client.post(url, step_data(chart, first, name="党组织提议（修订）"))
    assert refused.status_code == 200
    assert "必须填写修改原因" in refused.content.decode()
    assert FlowStep.objects.get(pk=first.pk).name == old_name

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url, step_data(chart, first, name="党组织提议（修订）", change_reason="按新规定调整")
        )
    assert response.status_code == 302
    assert response.url == chart_page(chart)
    chart.refresh_from_db()
    assert chart.status == "draft"  # to be approved again
    assert chart.is_public
    assert FlowStep.history.filter(id=first.pk).first().history_change_reason == "按新规定调整"
    page = client.get(chart_page(chart)).content.decode()
    assert "公开网站显示的是已审核的版本" in page
    history = client.get(reverse("powers:flowchart_history", args=[chart.pk])).content.decode()
    assert "按新规定调整" in history

    villager = Client()
    public = villager.get(public_chart_page(demo, chart)).content.decode()
    assert old_name in public
    assert "党组织提议（修订）" not in public

    with django_capture_on_commit_callbacks(execute=True):
        publish(client, chart, demo)
    public = villager.get(public_chart_page(demo, chart)).content.decode()
    assert "党组织提议（修订）" in public


@pytest.mark.django_db
def test_a_chart_with_a_structural_error_cannot_be_submitted(client, demo):
    chart = create_decision_chart(client, demo, start="empty", title="未完成的监督流程")
    start = FlowStep.objects.create(flowchart=chart, order=10, name="受理监督事项", kind="start")
    check = FlowStep.objects.create(flowchart=chart, order=20, name="是否属实", kind="decision")
    end = FlowStep.objects.create(flowchart=chart, order=30, name="办结", kind="end")
    FlowEdge.objects.create(flowchart=chart, source=start, target=check)
    FlowEdge.objects.create(flowchart=chart, source=check, target=end)  # one way, unlabelled

    page = act(client, chart, "submit", demo.clerk)
    assert chart.status == "draft"
    assert "不能提交审核" in page
    assert "判断环节“是否属实”至少要有两个去向" in page
    assert "判断环节“是否属实”通往“办结”的连线缺少条件标注" in page

    # Fixed: the decision labelled, and its second way leading through a reply to the end.
    FlowEdge.objects.filter(source=check).update(label="属实")
    reply = FlowStep.objects.create(flowchart=chart, order=25, name="答复反映人", kind="step")
    FlowEdge.objects.create(flowchart=chart, source=check, target=reply, label="不属实")
    FlowEdge.objects.create(flowchart=chart, source=reply, target=end)
    act(client, chart, "submit", demo.clerk)
    assert chart.status == "submitted"


@pytest.mark.django_db
def test_a_category_chart_needs_a_category_and_is_named_after_it(client, demo):
    client.force_login(demo.clerk)
    url = reverse("powers:unit_flowchart_create", args=[demo.unit.pk])
    refused = client.post(url, {"kind": "category", "start": "empty"})
    assert refused.status_code == 200
    assert "类别流程图必须选择权力类别" in refused.content.decode()
    assert not Flowchart.objects.filter(unit=demo.unit, kind="category").exists()

    category = demo.township.categories.filter(is_active=True).first()
    response = client.post(url, {"kind": "category", "category": category.pk, "start": "empty"})
    assert response.status_code == 302
    chart = Flowchart.objects.get(unit=demo.unit, kind="category")
    assert chart.category == category
    assert chart.title == f"{demo.unit.name}{category.name}类别流程图"
    page = client.get(list_page(demo.unit)).content.decode()
    assert chart.title in page
    assert category.name in page


@pytest.mark.django_db
def test_a_township_unit_draws_only_category_charts(client, demo):
    office = UnitFactory(township=demo.township, kind=Unit.Kind.FINANCE, name="测试财政所")
    clerk = UserFactory()
    grant(clerk, RoleAssignment.Role.CLERK, office)
    client.force_login(clerk)
    page = client.get(list_page(office)).content.decode()
    assert ">类别流程图</option>" in page
    assert ">决策流程图</option>" not in page

    url = reverse("powers:unit_flowchart_create", args=[office.pk])
    refused = client.post(url, {"kind": "decision", "start": "empty"})
    assert refused.status_code == 200
    assert not Flowchart.objects.filter(unit=office).exists()


@pytest.mark.django_db
def test_an_items_chart_moves_only_with_its_item(client, demo):
    item = PowerItemFactory(unit=demo.unit)
    chart = Flowchart(unit=demo.unit, kind="item", item=item, title=item.name)
    save_edit(chart, user=demo.clerk, expected_version=None)
    client.force_login(demo.clerk)
    item_chart_page = reverse("powers:item_flowchart", args=[item.pk])
    assert client.get(chart_page(chart)).url == item_chart_page
    page = client.get(item_chart_page).content.decode()
    assert "项目流程图随所属事项一起提交和审核" in page
    assert reverse("powers:flowchart_transition", args=[chart.pk, "submit"]) not in page

    url = reverse("powers:flowchart_transition", args=[chart.pk, "submit"])
    page = client.post(url, follow=True).content.decode()
    assert "请在事项页面操作" in page
    chart.refresh_from_db()
    assert chart.status == "draft"


@pytest.mark.django_db
@pytest.mark.parametrize(("user", "status"), [("other_clerk", 404), ("head", 403)])
def test_only_the_units_clerk_may_create_or_edit(client, demo, user, status):
    chart = create_decision_chart(client, demo)
    step = chart.steps.order_by("order", "pk").first()
    client.force_login(getattr(demo, user))
    create = reverse("powers:unit_flowchart_create", args=[demo.unit.pk])
    data = {"kind": "decision", "title": "越权新建", "start": "empty"}
    assert client.post(create, data).status_code == status
    edit = reverse("powers:step_edit", args=[step.pk])
    assert client.post(edit, step_data(chart, step, name="越权修改")).status_code == status
    add = reverse("powers:step_create", args=[chart.pk])
    assert client.post(add, step_data(chart, name="越权新增")).status_code == status
    assert not Flowchart.objects.filter(title="越权新建").exists()
    chart.refresh_from_db()
    assert chart.version == 1
    assert not chart.steps.filter(name__startswith="越权").exists()


@pytest.mark.django_db
def test_outsiders_see_nothing_of_the_units_charts(client, demo):
    chart = create_decision_chart(client, demo)
    client.force_login(demo.other_clerk)
    for url in (
        list_page(demo.unit),
        chart_page(chart),
        reverse("powers:flowchart_history", args=[chart.pk]),
        reverse("powers:flowchart_status", args=[chart.pk]),
    ):
        assert client.get(url).status_code == 404, url
    submit = reverse("powers:flowchart_transition", args=[chart.pk, "submit"])
    assert client.post(submit).status_code == 404
    chart.refresh_from_db()
    assert chart.status == "draft"


@pytest.mark.django_db
def test_the_discipline_committee_reads_but_changes_nothing(client, demo):
    chart = create_decision_chart(client, demo)
    client.force_login(demo.discipline)
    listing = client.get(list_page(demo.unit)).content.decode()
    assert TITLE in listing
    assert "新建流程图" not in listing
    page = client.get(chart_page(chart)).content.decode()
    assert "新增环节" not in page
    assert "提交审核" not in page  # no lifecycle button of theirs
    history = client.get(reverse("powers:flowchart_history", args=[chart.pk]))
    assert history.status_code == 200
    assert "创建" in history.content.decode()

    create = reverse("powers:unit_flowchart_create", args=[demo.unit.pk])
    assert client.post(create, {"kind": "decision", "start": "empty"}).status_code == 403
    for name in ("submit", "confirm", "approve"):
        url = reverse("powers:flowchart_transition", args=[chart.pk, name])
        assert client.post(url).status_code == 403
    step = chart.steps.first()
    edit = reverse("powers:step_edit", args=[step.pk])
    assert client.post(edit, step_data(chart, step, name="纪委修改")).status_code == 403
    chart.refresh_from_db()
    assert chart.status == "draft"
    assert chart.version == 1


@pytest.mark.django_db
def test_the_head_confirms_but_cannot_submit(client, demo):
    chart = create_decision_chart(client, demo)
    client.force_login(demo.head)
    page = client.get(chart_page(chart)).content.decode()
    assert "提交审核" not in page
    url = reverse("powers:flowchart_transition", args=[chart.pk, "submit"])
    assert client.post(url).status_code == 403
    act(client, chart, "submit", demo.clerk)
    client.force_login(demo.head)
    page = client.get(chart_page(chart)).content.decode()
    assert "确认上报" in page
    assert "退回录入员" in page
    page = act(client, chart, "return_to_clerk", demo.head, reason="请补充监督委员会的环节。")
    assert chart.status == "returned"
    assert "请补充监督委员会的环节。" in page


@pytest.mark.django_db
def test_the_list_page_does_not_grow_with_charts(client, demo, django_assert_num_queries):
    village = UnitFactory(township=demo.township, name="测试村")
    clerk = UserFactory()
    grant(clerk, RoleAssignment.Role.CLERK, village)
    category = demo.township.categories.filter(is_active=True).first()
    client.force_login(clerk)

    def add_charts(count: int) -> None:
        for n in range(count):
            chart = Flowchart(unit=village, kind="category", category=category, title=f"类别{n}")
            save_edit(chart, user=clerk, expected_version=None)
            FlowStep.objects.create(flowchart=chart, name="开始", kind="start")

    pages = []
    for count in (1, 20):
        add_charts(count)
        # 1. session, 2. user, 3. unit with township, 4.-5. the user's grants on units and
        # townships, 6. the charts with their categories and step counts, 7. the categories
        # of the create form, 8. the charts it may copy from, with their units and items,
        # 9. the unit's open warnings, 10. its unanswered feedback and 11. the standard lists
        # issued for it (the panels on every page of the unit)
        with django_assert_num_queries(11):
            pages.append(client.get(list_page(village)).content.decode())
    assert pages[0].count("<td>类别流程图</td>") == 1
    assert pages[1].count("<td>类别流程图</td>") == 21
