"""A unit's risk ledger page and the township's: table, filters, heat map, groupings, quality.

The demo may hold risk points of its own; these tests count only the points they create, in a
unit of the demo township that starts empty.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from powers.models import Post, RoleAssignment, Unit
from risks.models import PreventionMeasure, RiskPoint
from tests.factories import PowerItemFactory, UnitFactory, grant

Phase = PreventionMeasure.Phase


def make_point(unit: Unit, code: str, *, user=None, measures=(), **fields) -> RiskPoint:
    """A risk point as the clerk would save it; ``measures`` are phases or dicts of fields."""
    values = {
        "description": f"测试风险点 {code}",
        "risk_type": RiskPoint.RiskType.PROCESS,
        "likelihood": 2,
        "impact": 2,
        **fields,
    }
    point = RiskPoint(unit=unit, code=code, **values)
    point._history_user = user
    point.save()
    for measure in measures:
        data = {"phase": measure} if isinstance(measure, str) else dict(measure)
        data.setdefault("measure", f"{code} 的{data['phase']}措施")
        child = PreventionMeasure(risk_point=point, **data)
        child._history_user = user
        child.save()
    return point


@pytest.fixture
def unit(demo) -> Unit:
    """An empty unit of the demo township, where the demo clerk and head also work."""
    unit = UnitFactory(township=demo.township, code="ledger-test", name="台账测试村")
    grant(demo.clerk, RoleAssignment.Role.CLERK, unit)
    grant(demo.head, RoleAssignment.Role.UNIT_HEAD, unit)
    for order, name in enumerate(["村党支部书记", "报账员"], start=1):
        Post.objects.create(unit=unit, name=name, order=order)
    return unit


def ledger(client, unit: Unit, **params) -> str:
    response = client.get(reverse("risks:unit_ledger", args=[unit.pk]), params)
    assert response.status_code == 200
    return response.content.decode()


def table_codes(page: str) -> list[str]:
    table = page.split('class="table ledger-table"', 1)[1]
    return re.findall(r'/work/risks/points/\d+/">([^<]+)</a>', table)


@pytest.mark.django_db
def test_the_table_shows_each_point_with_its_levels_measures_and_stage(client, demo, unit):
    post = unit.posts.get(name="报账员")
    item = PowerItemFactory(unit=unit, code="CW-01", name="村级财务收支审批")
    make_point(
        unit,
        "TST-1",
        post=post,
        item=item,
        likelihood=3,
        impact=3,
        residual_likelihood=1,
        residual_impact=2,
        measures=[Phase.BEFORE, Phase.DURING, Phase.DURING],
    )
    client.force_login(demo.clerk)
    page = ledger(client, unit)
    row = page.split(">TST-1</a>", 1)[1].split("</tr>", 1)[0]
    assert "报账员" in row
    assert "CW-01 村级财务收支审批" in row
    assert 'class="risk-badge risk-level-0"' in row and "一级" in row  # 3 × 3
    assert 'class="risk-badge risk-level-2"' in row and "三级" in row  # 1 × 2
    assert re.search(r">1</span> / <span[^>]*>2</span> / <span[^>]*>0<", row)
    assert "自己查找" in row
    assert "草稿" in row
    # The levels' colours come from the township's matrix, through its stylesheet.
    css_url = re.search(r'href="(/work/risks/townships/\d+/levels\.css\?v=\w+)"', page).group(1)
    css = client.get(css_url).content.decode()
    assert ".risk-level-0 { background: #c62828; color: #ffffff; }" in css


@pytest.mark.django_db
def test_filters_narrow_the_table(client, demo, unit):
    secretary, bookkeeper = unit.posts.order_by("order")
    make_point(unit, "TST-1", post=secretary, likelihood=3, impact=3, description="集体资产处置")
    make_point(unit, "TST-2", post=bookkeeper, likelihood=1, impact=1, description="报销凭证")
    reviewed = make_point(unit, "TST-3", post=bookkeeper, likelihood=2, impact=2)
    reviewed.reviewed_at = timezone.now()
    reviewed.save()
    client.force_login(demo.clerk)
    assert table_codes(ledger(client, unit)) == ["TST-1", "TST-2", "TST-3"]
    assert table_codes(ledger(client, unit, level="1")) == ["TST-1"]
    assert table_codes(ledger(client, unit, post=bookkeeper.pk)) == ["TST-2", "TST-3"]
    assert table_codes(ledger(client, unit, q="报销")) == ["TST-2"]
    assert table_codes(ledger(client, unit, review_stage="reviewed")) == ["TST-3"]
    assert table_codes(ledger(client, unit, review_stage="identified")) == ["TST-1", "TST-2"]
    assert table_codes(ledger(client, unit, status="submitted")) == []


@pytest.mark.django_db
def test_the_heat_map_counts_points_per_cell_and_each_cell_filters_the_table(client, demo, unit):
    make_point(unit, "TST-1", likelihood=3, impact=3)
    make_point(unit, "TST-2", likelihood=3, impact=3)
    make_point(unit, "TST-3", likelihood=1, impact=2)
    client.force_login(demo.clerk)
    page = ledger(client, unit)
    heat_map = page.split('<table class="heat-map">', 1)[1].split("</table>", 1)[0]
    cell = re.search(
        r'<td class="risk-level-0">\s*<a href="\?likelihood=3&amp;impact=3#points">2<', heat_map
    )
    assert cell, heat_map
    assert re.search(
        r'class="risk-level-2">\s*<a href="\?likelihood=1&amp;impact=2#points">1<', heat_map
    )
    assert re.search(
        r'class="risk-level-1 empty">\s*<a href="\?likelihood=2&amp;impact=2#', heat_map
    )
    filtered = ledger(client, unit, likelihood=3, impact=3)
    assert table_codes(filtered) == ["TST-1", "TST-2"]
    assert 'class="risk-level-0 selected"' in filtered
    assert "只显示可能性为“高”" in filtered


@pytest.mark.django_db
def test_points_are_grouped_by_post_and_by_item_with_the_worst_level(client, demo, unit):
    secretary, bookkeeper = unit.posts.order_by("order")
    item = PowerItemFactory(unit=unit, code="CW-01", name="村级财务收支审批")
    make_point(unit, "TST-1", post=bookkeeper, item=item, likelihood=1, impact=1)
    make_point(unit, "TST-2", post=bookkeeper, item=item, likelihood=3, impact=2)
    make_point(unit, "TST-3", post=secretary, likelihood=1, impact=2)
    client.force_login(demo.clerk)
    page = ledger(client, unit)
    by_post = page.split('id="by-post-h"', 1)[1].split("</section>", 1)[0]
    row = by_post.split(f'?post={bookkeeper.pk}#points">报账员</a>', 1)[1].split("</tr>")[0]
    assert "<td>2</td>" in row and "一级" in row  # 3 × 2 = 6
    row = by_post.split(f'?post={secretary.pk}#points">村党支部书记</a>', 1)[1].split("</tr>")[0]
    assert "<td>1</td>" in row and "三级" in row
    by_item = page.split('id="by-item-h"', 1)[1].split("</section>", 1)[0]
    assert f'?item={item.pk}#points">CW-01 村级财务收支审批</a>' in by_item
    assert '?item=null#points">未指定事项</a>' in by_item
    assert table_codes(ledger(client, unit, item="null")) == ["TST-3"]


@pytest.mark.django_db
def test_the_quality_check_lists_each_problem_with_a_link_to_its_point(client, demo, unit):
    long_ago = timezone.now() - timedelta(days=400)
    no_measure = make_point(unit, "TST-1")
    inverted = make_point(
        unit,
        "TST-2",
        likelihood=1,
        impact=1,
        residual_likelihood=3,
        residual_impact=3,
        measures=[Phase.BEFORE],
    )
    top_without_control = make_point(unit, "TST-3", likelihood=3, impact=3, measures=["before"])
    overdue = make_point(
        unit,
        "TST-4",
        measures=[{"phase": Phase.AFTER, "due_date": timezone.localdate() - timedelta(days=3)}],
    )
    stale = make_point(unit, "TST-5", identified_at=long_ago, measures=[Phase.DURING])
    fine = make_point(unit, "TST-6", measures=[Phase.DURING], identified_at=timezone.now())
    client.force_login(demo.clerk)
    page = ledger(client, unit)
    quality = page.split('id="quality"', 1)[1].split("</section>", 1)[0]
    assert "5 个问题" in quality
    for point, text in [
        (no_measure, "还没有任何防控措施"),
        (inverted, "剩余风险高于固有风险"),
        (top_without_control, "一级风险点 TST-3 缺少事中或事后防控措施"),
        (overdue, "措施已超过完成期限"),
        (stale, "已超过一年未重新评议"),
    ]:
        link = reverse("risks:point_detail", args=[point.pk])
        assert re.search(rf'<a href="{link}">[^<]*{text}', quality), text
    assert reverse("risks:point_detail", args=[fine.pk]) not in quality


@pytest.mark.django_db
def test_the_township_ledger_counts_each_units_points_by_level(client, demo, unit):
    make_point(unit, "TST-1", likelihood=3, impact=3, measures=[Phase.DURING])
    make_point(unit, "TST-2", likelihood=3, impact=3)  # no measure: one problem
    make_point(unit, "TST-3", likelihood=1, impact=1, measures=[Phase.BEFORE])
    client.force_login(demo.reviewer)
    response = client.get(reverse("risks:township_ledger", args=[demo.township.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    link = reverse("risks:unit_ledger", args=[unit.pk])
    row = page.split(f'<a href="{link}">台账测试村</a>', 1)[1].split("</tr>", 1)[0]
    cells = re.findall(r"<td>(.*?)</td>", row, re.S)
    assert [c.strip() for c in cells[:4]] == ["2", "0", "1", "3"]  # 一级, 二级, 三级, 合计
    assert f'href="{link}#quality">1</a>' in row
    total = RiskPoint.objects.filter(unit__township=demo.township).count()
    assert f"全乡共 {total} 个风险点" in page
    for other in Unit.objects.filter(township=demo.township):
        assert reverse("risks:unit_ledger", args=[other.pk]) in page
    assert "邻乡某村" not in page


@pytest.mark.django_db
def test_the_catalog_links_to_the_ledger(client, demo):
    client.force_login(demo.clerk)
    page = client.get(reverse("powers:unit_catalog", args=[demo.unit.pk])).content.decode()
    assert f'href="{reverse("risks:unit_ledger", args=[demo.unit.pk])}">风险台账</a>' in page


def _fill(unit: Unit, start: int, count: int, user) -> None:
    """Points on every post and item, each with measures before and (overdue) during."""
    posts = list(unit.posts.all())
    items = [PowerItemFactory(unit=unit, code=f"Q-{start + n}") for n in range(3)]
    for n in range(start, start + count):
        make_point(
            unit,
            f"TST-{n:03d}",
            user=user,
            post=posts[n % len(posts)],
            item=items[n % len(items)],
            likelihood=n % 3 + 1,
            impact=(n // 3) % 3 + 1,
            residual_likelihood=1,
            residual_impact=n % 3 + 1,
            measures=[
                Phase.BEFORE,
                {"phase": Phase.DURING, "due_date": timezone.localdate() - timedelta(days=1)},
            ],
        )


@pytest.mark.django_db
def test_the_ledger_costs_the_same_queries_for_5_points_as_for_40(client, demo, unit):
    client.force_login(demo.clerk)
    url = reverse("risks:unit_ledger", args=[unit.pk])
    params = {"post": unit.posts.first().pk}
    counts = []
    for start, count in ((0, 5), (5, 35)):
        _fill(unit, start, count, demo.clerk)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, params)
        assert response.status_code == 200
        counts.append(len(queries))
    # 1 the session, 2 the user, 3 the unit and its township, 4–5 the user's unit and
    # township grants, 6 the township's matrix, 7 the post of ?post= (the filter validates
    # it), 8 the table's points with their post, item, step and measure counts per phase,
    # 9 the counts per cell, post and item (heat map and groupings), 10–12 the quality check's
    # points, their measures and the matrix, 13–14 the filter form's post and item choices,
    # 15 the unit's open warnings, 16 its unanswered feedback and 17 the standard lists issued
    # for it (the panels on every page of the unit).
    assert counts == [17, 17]


@pytest.mark.django_db
def test_the_township_ledger_costs_the_same_queries_for_5_points_as_for_40(client, demo, unit):
    client.force_login(demo.reviewer)
    url = reverse("risks:township_ledger", args=[demo.township.pk])
    counts = []
    for start, count in ((0, 5), (5, 35)):
        _fill(unit, start, count, demo.clerk)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        counts.append(len(queries))
    # 1 the session, 2 the user, 3–4 the user's unit and township grants, 5 the township,
    # 6 its matrix, 7 its units, 8 the counts per unit, cell and level, 9–11 the quality
    # check's points, their measures and the matrix.
    assert counts == [11, 11]
