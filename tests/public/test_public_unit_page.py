"""The public unit page: its tabs, what each lists (and what it must not), and its queries."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from disclosures.models import Audience, Disclosure
from powers.lifecycle import apply_transition
from powers.models import Post
from powers.permissions import unit_perms
from projects.models import Project
from risks.models import RiskPoint
from tests.disclosures.test_disclosure_editor import make_disclosure, publish
from tests.factories import PowerItemFactory, UnitFactory, reviewed_project

pytestmark = pytest.mark.dates

TABS = ["catalog", "charts", "risks", "disclosures", "projects", "contacts"]


def published(record, **fields):
    """Mark a record published as an approval would, without walking the whole lifecycle."""
    for name, value in fields.items():
        setattr(record, name, value)
    record.save()
    record.status = "published"
    record.is_public = True
    record.published_at = record.published_at or timezone.now()
    record.published_data = record.public_snapshot()
    record.save()
    return record


def public_disclosure(unit, title: str, **fields) -> Disclosure:
    values = {
        "title": title,
        "category": Disclosure.Category.FINANCE,
        "body": f"<p>{title}：正文。</p>",
        "audience": Audience.SOCIETY,
    }
    values.update(fields)
    return published(Disclosure(unit=unit, **values))


def risk_point(unit, code: str, *, post=None, item=None, description="", public=True, **fields):
    point = RiskPoint(
        unit=unit,
        code=code,
        post=post,
        item=item,
        description=description or f"{code} 违规办理",
        risk_type=RiskPoint.RiskType.POST_DUTY,
        likelihood=3,
        impact=3,
        **fields,
    )
    point.save()
    return published(point) if public else point


def project(unit, code: str, name: str, *, is_public: bool = True, **fields) -> Project:
    """A project, approved through review when ``is_public``."""
    values = {
        "budget": 120000,
        "fund_source": "财政衔接资金",
        "progress_status": Project.ProjectStatus.BUILDING,
        "percent_done": 40,
    }
    values.update(fields)
    return reviewed_project(unit, public=is_public, code=code, name=name, **values)


def unit_with_rows(township, count: int):
    """A unit with ``count`` public rows in every tab (and one row of each that must not show)."""
    unit = UnitFactory(township=township, phone="0000-1234567", first_responsible="张书记")
    post = Post.objects.create(unit=unit, name="报账员")
    for n in range(count):
        item = published(PowerItemFactory(unit=unit, code=f"Q-{n:03d}", handling_post=post))
        risk_point(unit, f"R-{n:03d}", post=post, item=item)
        public_disclosure(unit, f"公开事项{n:03d}")
        project(unit, f"P-{n:03d}", f"民生工程{n:03d}")
    return unit


def tab_url(unit, tab: str = "") -> str:
    url = reverse("public:unit_page", args=[unit.township.code, unit.code])
    return f"{url}?tab={tab}" if tab else url


@pytest.mark.django_db
def test_every_tab_renders_with_a_tab_bar_that_marks_the_current_one(client, demo):
    unit = unit_with_rows(demo.township, 2)
    for tab in TABS:
        page = client.get(tab_url(unit, tab)).content.decode()
        for other in TABS:
            assert f'href="?tab={other}#tab-panel"' in page
        assert page.count('aria-current="page"') == 1
        assert f'href="?tab={tab}#tab-panel" aria-current="page"' in page
    # No tab, or one that does not exist: the catalog.
    assert (
        'href="?tab=catalog#tab-panel" aria-current="page"'
        in client.get(tab_url(unit)).content.decode()
    )
    assert "Q-000" in client.get(tab_url(unit, "nonsense")).content.decode()


@pytest.mark.django_db
def test_the_tabs_show_their_contents(client, demo):
    unit = unit_with_rows(demo.township, 2)
    catalog = client.get(tab_url(unit, "catalog")).content.decode()
    assert "Q-000" in catalog and "Q-001" in catalog
    charts = client.get(tab_url(unit, "charts")).content.decode()
    assert "每个权力事项的流程图在该事项的页面上" in charts
    risks = client.get(tab_url(unit, "risks")).content.decode()
    assert "报账员" in risks and "R-000 违规办理" in risks
    assert 'class="level level-' in risks
    disclosures = client.get(tab_url(unit, "disclosures")).content.decode()
    assert disclosures.index("公开事项001") < disclosures.index("公开事项000")  # newest first
    assert "财务收支" in disclosures
    projects = client.get(tab_url(unit, "projects")).content.decode()
    assert "民生工程000" in projects and "在建" in projects and 'value="40"' in projects
    assert reverse("projects:page", args=[unit.township.code, unit.code, "P-000"]) in projects
    contacts = client.get(tab_url(unit, "contacts")).content.decode()
    assert "张书记" in contacts and "0000-1234567" in contacts and "监督评议" in contacts


@pytest.mark.django_db
def test_the_risk_tab_groups_by_post_with_levels_and_measures(client, demo):
    unit = UnitFactory(township=demo.township)
    clerk_post = Post.objects.create(unit=unit, name="报账员")
    head_post = Post.objects.create(unit=unit, name="村书记")
    point = risk_point(unit, "R-1", post=clerk_post, public=False)
    point.measures.create(phase="before", measure="票据双人审核")
    published(point)
    risk_point(unit, "R-2", post=head_post)
    risk_point(unit, "R-3")
    page = client.get(tab_url(unit, "risks")).content.decode()
    assert page.index("报账员") < page.index("R-1") < page.index("村书记") < page.index("R-2")
    assert "未指定岗位" in page and "R-3" in page
    assert "票据双人审核" in page
    assert f'id="risk-{point.pk}"' in page


@pytest.mark.django_db
def test_the_public_does_not_see_what_is_not_theirs(client, demo):
    unit = UnitFactory(township=demo.township)
    public_item = published(PowerItemFactory(unit=unit, code="PUB"))
    hidden_item = PowerItemFactory(unit=unit, code="DRAFT")  # never published
    withdrawn_item = published(PowerItemFactory(unit=unit, code="WD"))
    withdrawn_item.is_public = False
    withdrawn_item.save()
    risk_point(unit, "R-OK", item=public_item)
    risk_point(unit, "R-NOITEM")
    risk_point(unit, "R-HIDDEN-ITEM", item=hidden_item)
    risk_point(unit, "R-WITHDRAWN-ITEM", item=withdrawn_item)
    risk_point(unit, "R-INTERNAL", is_internal=True, internal_reason="涉及个人隐私")
    risk_point(unit, "R-DRAFT", public=False)
    public_disclosure(unit, "面向社会的公开")
    public_disclosure(unit, "党内公开的决定", audience=Audience.PARTY)
    narrowed = public_disclosure(unit, "改为单位内部的公开")
    narrowed.audience = Audience.UNIT  # narrowed after approval: gone at once
    narrowed.save()
    draft = Disclosure(
        unit=unit, title="草稿公开事项", category="other", body="<p>草稿</p>", audience="society"
    )
    draft.save()
    project(unit, "P-1", "公开的工程")
    project(unit, "P-2", "未公开的工程", is_public=False)

    risks = client.get(tab_url(unit, "risks")).content.decode()
    assert "R-OK" in risks and "R-NOITEM" in risks
    for hidden in ("R-HIDDEN-ITEM", "R-WITHDRAWN-ITEM", "R-INTERNAL", "R-DRAFT"):
        assert hidden not in risks
    disclosures = client.get(tab_url(unit, "disclosures")).content.decode()
    assert "面向社会的公开" in disclosures
    for hidden in ("党内公开的决定", "改为单位内部的公开", "草稿公开事项"):
        assert hidden not in disclosures
    projects = client.get(tab_url(unit, "projects")).content.decode()
    assert "公开的工程" in projects and "未公开的工程" not in projects
    catalog = client.get(tab_url(unit, "catalog")).content.decode()
    assert ">PUB<" in catalog and ">DRAFT<" not in catalog and ">WD<" not in catalog


@pytest.mark.django_db
def test_a_disclosure_in_its_publicity_period_is_marked(client, demo):
    unit = UnitFactory(township=demo.township)
    today = timezone.localdate()
    public_disclosure(
        unit,
        "低保对象评议结果公示",
        publicity_start=today - timedelta(days=1),
        publicity_end=today + timedelta(days=6),
        objection_contact="村委会 0000-1234567",
    )
    public_disclosure(
        unit,
        "上月的公示",
        publicity_start=today - timedelta(days=40),
        publicity_end=today - timedelta(days=33),
        objection_contact="村委会",
    )
    page = client.get(tab_url(unit, "disclosures")).content.decode()
    rows = {row.split("</a>")[0].split(">")[-1]: row for row in page.split("<li>")[1:]}
    assert "公示中" in rows["低保对象评议结果公示"]
    assert "公示中" not in rows["上月的公示"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("tab", "queries", "marker"),
    [
        # 1. the unit with its township, 2. its published items
        ("catalog", 2, 'class="code"'),
        # 1. the unit with its township, 2. its published unit charts
        ("charts", 2, None),
        # 1. the unit with its township, 2. its public risk points of public items or none
        ("risks", 2, 'class="level level-'),
        # 1. the unit with its township, 2. its latest public disclosures (one more than shown)
        ("disclosures", 2, "公开事项0"),
        # 1. the unit with its township, 2. its public projects
        ("projects", 2, "<progress"),
        # 1. the unit with its township (the feedback form asks nothing of the database)
        ("contacts", 1, None),
    ],
)
def test_no_tab_grows_with_its_rows(client, demo, django_assert_num_queries, tab, queries, marker):
    small = unit_with_rows(demo.township, 10)
    large = unit_with_rows(demo.township, 60)
    for unit, rows in ((small, 10), (large, 60)):
        with django_assert_num_queries(queries):
            page = client.get(tab_url(unit, tab)).content.decode()
        if marker:
            # The disclosures tab shows at most 30 and links to the rest.
            assert page.count(marker) == (min(rows, 30) if tab == "disclosures" else rows)
    with django_assert_num_queries(0):  # the second visit is served from the cache
        client.get(tab_url(large, tab))


@pytest.mark.django_db
def test_a_publish_and_a_withdrawal_show_on_the_next_request(
    client, demo, django_capture_on_commit_callbacks
):
    url = tab_url(demo.unit, "disclosures")
    disclosure = make_disclosure(demo.unit, demo.clerk, title="宅基地审批结果公示")
    assert "宅基地审批结果公示" not in client.get(url).content.decode()  # now cached
    with django_capture_on_commit_callbacks(execute=True):
        publish(disclosure, demo)
    assert "宅基地审批结果公示" in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        apply_transition(
            disclosure,
            "withdraw",
            user=demo.reviewer,
            perms=unit_perms(demo.reviewer, demo.unit),
            reason="内容有误",
        )
    assert "宅基地审批结果公示" not in client.get(url).content.decode()


@pytest.mark.django_db
def test_the_township_home_lists_the_latest_public_disclosures_and_a_search_box(
    client, demo, django_assert_num_queries
):
    for n in range(12):
        public_disclosure(demo.unit, f"乡首页公开{n:02d}")
    public_disclosure(demo.other_unit, "党内通报", audience=Audience.PARTY)
    public_disclosure(demo.other_township_unit, "邻乡的公开")
    url = reverse("public:township_home", args=[demo.township.code])
    # 1. the township, 2. its active units with their public item counts, 3. the latest ten
    with django_assert_num_queries(3):
        page = client.get(url).content.decode()
    assert page.count("乡首页公开") == 10
    assert "乡首页公开11" in page and "乡首页公开01" not in page
    assert page.index("乡首页公开11") < page.index("乡首页公开10")
    assert "党内通报" not in page and "邻乡的公开" not in page
    assert reverse("public:search", args=[demo.township.code]) in page
    assert 'name="q"' in page
    assert demo.unit.name in page and demo.other_unit.name in page
