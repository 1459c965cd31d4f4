"""Creating and editing a risk point with its measures; levels always from the matrix."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from powers.lifecycle import Status
from powers.models import FlowStep, Post
from risks.models import PreventionMeasure, RiskMatrix, RiskPoint
from risks.services import save_matrix
from tests.risks.test_ledger import make_point
from tests.risks.test_ledger_permissions import point_form_data

Phase = PreventionMeasure.Phase
MeasureStatus = PreventionMeasure.MeasureStatus


def township_matrix(demo) -> RiskMatrix:
    """The township's stored matrix (a fresh copy), or the default one to be stored."""
    stored = RiskMatrix.objects.filter(township=demo.township).first()
    return stored or RiskMatrix.default_for(demo.township)


def new_point_data(demo, **changes) -> dict:
    template = RiskPoint(
        unit=demo.unit, code="TST-F-1", description="虚报冒领", risk_type="process"
    )
    template.likelihood, template.impact = 3, 3
    data = point_form_data(template, version="")
    data.update(changes)
    return data


def select(page: str, name: str) -> str:
    return re.search(rf'<select name="{name}".*?</select>', page, re.S).group(0)


@pytest.mark.django_db
def test_the_form_offers_the_matrix_scales_and_only_the_units_records(client, demo):
    client.force_login(demo.clerk)
    page = client.get(reverse("risks:point_create", args=[demo.unit.pk])).content.decode()
    assert '<option value="1">1 低</option>' in select(page, "likelihood")
    assert '<option value="3">3 大</option>' in select(page, "impact")
    assert "（未评估）" in select(page, "residual_impact")  # may stay empty
    posts = select(page, "post")
    own_post = Post.objects.filter(unit=demo.unit).first()
    other_post = Post.objects.filter(unit=demo.other_unit).first()
    assert f'<option value="{own_post.pk}">{own_post.name}</option>' in posts
    assert f'<option value="{other_post.pk}">' not in posts
    step = FlowStep.objects.filter(flowchart__unit=demo.unit, flowchart__item__isnull=False)[0]
    steps = select(page, "step")
    assert f'<option value="{step.pk}">{step.flowchart.item.name} · {step.name}</option>' in steps
    other_step = FlowStep.objects.filter(flowchart__unit=demo.other_unit)[0]
    assert f'<option value="{other_step.pk}">' not in steps
    owners = select(page, "owner")
    assert f"{demo.clerk.first_name}（{demo.clerk.username}）" in owners
    assert f'<option value="{demo.other_clerk.pk}">' not in owners
    assert f'<option value="{demo.reviewer.pk}">' not in owners


@pytest.mark.django_db
def test_creating_a_point_computes_its_level_and_keeps_who_found_it(client, demo):
    post = Post.objects.filter(unit=demo.unit).first()
    client.force_login(demo.clerk)
    data = new_point_data(
        demo,
        post=post.pk,
        residual_likelihood=1,
        residual_impact=2,
        owner=demo.head.pk,
        **{
            "measures-TOTAL_FORMS": 1,
            "measures-0-phase": Phase.DURING,
            "measures-0-measure": "两人以上共同经办",
            "measures-0-responsible_post": post.pk,
            "measures-0-due_date": "2026-12-31",
            "measures-0-status": MeasureStatus.PLANNED,
        },
    )
    response = client.post(reverse("risks:point_create", args=[demo.unit.pk]), data)
    point = RiskPoint.objects.get(unit=demo.unit, code="TST-F-1")
    assert response.status_code == 302
    assert response["Location"] == reverse("risks:point_detail", args=[point.pk])
    assert point.inherent_level == "1"  # 3 × 3 in the default matrix
    assert point.residual_level == "3"
    assert point.identified_by == demo.clerk
    assert point.identified_at is not None
    assert point.owner == demo.head
    assert point.status == Status.DRAFT
    measure = point.measures.get()
    assert measure.measure == "两人以上共同经办"
    assert measure.history.get().history_user == demo.clerk
    assert point.history.get().history_user == demo.clerk


@pytest.mark.django_db
def test_the_form_path_takes_the_level_from_the_townships_own_matrix(client, demo):
    matrix = township_matrix(demo)
    matrix.likelihood_labels = ["很低", "低", "中", "高"]
    matrix.levels = [
        {"code": "A", "name": "A级", "colour": "#8e0000", "meaning": "重大"},
        {"code": "B", "name": "B级", "colour": "#1565c0", "meaning": "一般"},
    ]
    matrix.cells = [["B", "B", "B"], ["B", "B", "A"], ["B", "A", "A"], ["A", "A", "A"]]
    matrix.kind_grades = {"school": ["甲级", "乙级"]}  # as many names as levels
    save_matrix(matrix, user=demo.reviewer, reason="改用四级可能性")
    client.force_login(demo.clerk)
    page = client.get(reverse("risks:point_create", args=[demo.unit.pk])).content.decode()
    assert '<option value="4">4 高</option>' in page
    data = new_point_data(demo, likelihood=4, impact=1, level="B", inherent_level="B")
    client.post(reverse("risks:point_create", args=[demo.unit.pk]), data)
    point = RiskPoint.objects.get(unit=demo.unit, code="TST-F-1")
    assert point.inherent_level == "A"  # the matrix decides, whatever the form posts
    client.force_login(demo.clerk)
    page = client.get(reverse("risks:unit_ledger", args=[demo.unit.pk])).content.decode()
    row = page.split(">TST-F-1</a>", 1)[1].split("</tr>", 1)[0]
    assert '<span class="risk-badge risk-level-0" title="重大">A级</span>' in row


@pytest.mark.django_db
def test_a_scale_value_outside_the_matrix_is_refused(client, demo):
    client.force_login(demo.clerk)
    data = new_point_data(demo, likelihood=4)
    response = client.post(reverse("risks:point_create", args=[demo.unit.pk]), data)
    assert response.status_code == 200
    assert "选择一个有效的选项" in response.content.decode()
    assert not RiskPoint.objects.filter(code="TST-F-1").exists()


@pytest.mark.django_db
def test_changing_the_matrix_relevels_open_points_with_history(demo):
    point = make_point(demo.unit, "TST-F-2", likelihood=1, impact=1)
    withdrawn = make_point(demo.unit, "TST-F-3", likelihood=1, impact=1, status="withdrawn")
    assert point.inherent_level == "3"
    matrix = township_matrix(demo)
    matrix.cells = [["1"] * 3 for _ in range(3)]  # every cell 一级
    save_matrix(matrix, user=demo.reviewer, reason="从严管理")
    point.refresh_from_db()
    withdrawn.refresh_from_db()
    assert point.inherent_level == "1"
    assert withdrawn.inherent_level == "3"
    latest = point.history.first()
    assert latest.history_user == demo.reviewer
    assert "从严管理" in latest.history_change_reason
    assert latest.inherent_level == "1"


@pytest.mark.django_db
def test_measures_are_added_changed_and_removed_through_the_point_form(client, demo):
    point = make_point(
        demo.unit,
        "TST-F-4",
        user=demo.clerk,
        measures=[Phase.BEFORE, {"phase": Phase.AFTER, "measure": "事后审计"}],
    )
    before, after = point.measures.order_by("phase")  # "after" sorts before "before"
    before, after = (after, before) if before.phase == Phase.AFTER else (before, after)
    client.force_login(demo.clerk)
    data = point_form_data(point)
    index = {int(data[f"measures-{n}-id"]): n for n in range(2)}
    data[f"measures-{index[before.pk]}-status"] = MeasureStatus.IN_EFFECT
    data[f"measures-{index[after.pk]}-DELETE"] = "on"
    data.update(
        {
            "measures-TOTAL_FORMS": 3,
            "measures-2-phase": Phase.DURING,
            "measures-2-measure": "资金支出双签",
            "measures-2-status": MeasureStatus.PLANNED,
        }
    )
    response = client.post(reverse("risks:point_edit", args=[point.pk]), data)
    assert response.status_code == 302
    assert {(m.phase, m.status) for m in point.measures.all()} == {
        (Phase.BEFORE, MeasureStatus.IN_EFFECT),
        (Phase.DURING, MeasureStatus.PLANNED),
    }
    deleted = PreventionMeasure.history.filter(id=after.pk, history_type="-").get()
    assert deleted.history_user == demo.clerk
    history = client.get(reverse("risks:point_history", args=[point.pk])).content.decode()
    assert "防控措施：" in history
    assert "资金支出双签" in history
    assert "已落实" in history


@pytest.mark.django_db
def test_a_measure_cannot_name_another_units_post(client, demo):
    point = make_point(demo.unit, "TST-F-5", measures=[Phase.BEFORE])
    other_post = Post.objects.filter(unit=demo.other_unit).first()
    client.force_login(demo.clerk)
    data = point_form_data(point, **{"measures-0-responsible_post": other_post.pk})
    response = client.post(reverse("risks:point_edit", args=[point.pk]), data)
    assert response.status_code == 200
    assert "选择一个有效的选项" in response.content.decode()
    assert point.measures.get().responsible_post is None


@pytest.mark.django_db
def test_a_stale_edit_is_refused_and_shows_the_other_change(client, demo):
    point = make_point(demo.unit, "TST-F-6", user=demo.clerk)
    stale = point_form_data(point, description="我的修改")
    point.description = "别人的修改"
    point.version += 1
    point._history_user = demo.head
    point.save()
    client.force_login(demo.clerk)
    response = client.post(reverse("risks:point_edit", args=[point.pk]), stale)
    page = response.content.decode()
    assert response.status_code == 200
    assert "在您编辑期间" in page
    assert "别人的修改" in page
    point.refresh_from_db()
    assert point.description == "别人的修改"


@pytest.mark.django_db
def test_a_point_under_review_cannot_be_edited(client, demo):
    point = make_point(demo.unit, "TST-F-7", status=Status.SUBMITTED)
    client.force_login(demo.clerk)
    response = client.get(reverse("risks:point_edit", args=[point.pk]), follow=True)
    assert "正在审核中（已提交），不能修改" in response.content.decode()


@pytest.mark.django_db
def test_an_internal_point_needs_a_reason(client, demo):
    client.force_login(demo.clerk)
    data = new_point_data(demo, is_internal="on")
    response = client.post(reverse("risks:point_create", args=[demo.unit.pk]), data)
    assert "不公开的风险点必须说明理由。" in response.content.decode()
    data["internal_reason"] = "涉及个人隐私"
    client.post(reverse("risks:point_create", args=[demo.unit.pk]), data)
    assert RiskPoint.objects.get(code="TST-F-1").is_internal


@pytest.mark.django_db
def test_an_edit_after_approval_needs_a_reason(client, demo):
    from django.utils import timezone

    point = make_point(demo.unit, "TST-F-8", status=Status.PUBLISHED)
    point.first_approved_at = timezone.now()
    point.save()
    client.force_login(demo.clerk)
    url = reverse("risks:point_edit", args=[point.pk])
    response = client.post(url, point_form_data(point, description="新的描述"))
    assert "修改时必须填写修改原因" in response.content.decode()
    client.post(url, point_form_data(point, description="新的描述", change_reason="评议后调整"))
    point.refresh_from_db()
    assert point.description == "新的描述"
    assert point.status == Status.DRAFT  # the public keeps the approved version
    assert point.history.first().history_change_reason == "评议后调整"
