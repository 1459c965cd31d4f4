"""Search for a common word: the count stops at a cap, the pager goes page by page past it, and
every way the search takes gives the same results as the plain newest-first query.

On PostgreSQL three ways answer (walking newest first, walking with the count from the GIN
index, gathering from the GIN index); the planner's estimates choose, so each test forces each
way in turn. On SQLite the walk is the only way. The cap and the page size are made small so
that a few records exceed them.
"""

from __future__ import annotations

import pytest
from django.conf import settings
from django.db import connection
from django.urls import reverse

from disclosures.models import Audience
from public import search
from public.models import SearchEntry
from tests.disclosures.test_disclosure_editor import make_disclosure
from tests.factories import UnitFactory
from tests.public.test_public_unit_page import public_disclosure

CAP = 5
PAGE = 3
# (share to walk, share to walk the page): force each way of results_page.
WAYS = {"walk": (0.0, 0.0), "walk-then-index-count": (2.0, 0.0), "gather": (2.0, 2.0)}


ON_POSTGRESQL = "postgresql" in settings.DATABASES["default"]["ENGINE"]


@pytest.fixture(params=list(WAYS) if ON_POSTGRESQL else ["walk"])
def way(request, monkeypatch):
    walk, walk_page = WAYS[request.param]
    monkeypatch.setattr(search, "SHARE_TO_WALK", walk)
    monkeypatch.setattr(search, "SHARE_TO_WALK_PAGE", walk_page)
    monkeypatch.setattr(search, "COUNT_CAP", CAP)
    monkeypatch.setattr(search, "PAGE_SIZE", PAGE)
    monkeypatch.setattr(search, "_SHARES", {})
    return request.param


def page_html(client, township, **params) -> str:
    response = client.get(reverse("public:search", args=[township.code]), params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def notices(demo):
    """Nine public notices with 公示 in one unit (oldest first), two in another, and notices
    with 公示 the public may not read."""
    unit = UnitFactory(township=demo.township, name="公示村", code="notice-v")
    other = UnitFactory(township=demo.township, name="邻村", code="notice-w")
    public = [public_disclosure(unit, f"第{n}期村务公示") for n in range(1, 10)]
    public += [public_disclosure(other, f"邻村第{n}期公示") for n in range(1, 3)]
    hidden = [
        public_disclosure(unit, "党内公示名单", audience=Audience.PARTY),
        public_disclosure(unit, "单位内部公示", audience=Audience.UNIT),
        make_disclosure(unit, demo.clerk, title="草稿公示"),
    ]
    for disclosure in public + hidden:
        search.sync_disclosure(disclosure.pk)
    return unit, other


@pytest.mark.django_db
def test_a_common_word_shows_the_cap_and_pages_newest_first(client, demo, notices, way):
    unit, _other = notices
    first = page_html(client, demo.township, q="公示", unit=unit.code)
    assert f"超过 {CAP} 条结果" in first and "共找到" not in first
    assert "第 1 页" in first and "第 1 /" not in first
    assert (
        first.index("第9期村务公示") < first.index("第8期村务公示") < first.index("第7期村务公示")
    )
    assert "第6期村务公示" not in first
    assert 'rel="next"' in first and 'rel="prev"' not in first
    second = page_html(client, demo.township, q="公示", unit=unit.code, page=2)
    assert "第6期村务公示" in second and "第4期村务公示" in second
    assert "第7期村务公示" not in second and "第3期村务公示" not in second
    assert 'rel="next"' in second and 'rel="prev"' in second and "第 2 页" in second
    # Past the cap: the walk goes on to the last page, which offers no next one.
    last = page_html(client, demo.township, q="公示", unit=unit.code, page=3)
    assert "第3期村务公示" in last and "第1期村务公示" in last and "第4期村务公示" not in last
    assert 'rel="next"' not in last and 'rel="prev"' in last
    # A page past the last is the first again, not an error.
    assert "第9期村务公示" in page_html(client, demo.township, q="公示", unit=unit.code, page=9)


@pytest.mark.django_db
def test_within_the_cap_the_count_is_exact_and_filters_narrow(client, demo, notices, way):
    _unit, other = notices
    narrowed = page_html(client, demo.township, q="公示", unit=other.code)
    assert "共找到 2 条" in narrowed and "第1期村务公示" not in narrowed
    assert "邻村第2期公示" in narrowed and "邻村第1期公示" in narrowed
    # The type filter leaves no disclosure; the words 村务公示 narrow to one unit's notices.
    assert "共找到 0 条" in page_html(client, demo.township, q="公示", unit=other.code, kind="risk")
    exact = page_html(client, demo.township, q="村务公示", unit=other.code)
    assert "共找到 0 条" in exact


@pytest.mark.django_db
def test_the_cap_counts_only_what_the_public_may_read(client, demo, notices, way, monkeypatch):
    monkeypatch.setattr(search, "COUNT_CAP", 11)
    everything = page_html(client, demo.township, q="公示")
    # 9 + 2 public notices (and the demo's own records with 公示, if any) are counted; the
    # party, unit and draft notices are not.
    expected = search.find(demo.township.pk, "公示", search.Filters()).count()
    assert expected >= 11
    label = f"共找到 {expected} 条" if expected <= 11 else "超过 11 条结果"
    assert label in everything
    pages = [page_html(client, demo.township, q="公示", page=n) for n in range(1, 6)]
    shown = "".join(pages)
    for hidden in ("党内公示名单", "单位内部公示", "草稿公示"):
        assert hidden not in shown
    assert not SearchEntry.objects.filter(title__in=["党内公示名单", "单位内部公示", "草稿公示"])


@pytest.mark.django_db
@pytest.mark.parametrize("number", [None, "2", "3", "4", "99", "abc"])
def test_every_way_gives_the_newest_first_pages_of_all_matches(demo, notices, way, number):
    unit, _other = notices
    for query, filters in (("公示", search.Filters(unit=unit)), ("公示", search.Filters())):
        matches = list(search.find(demo.township.pk, query, filters).values_list("pk", flat=True))

        page, results = search.results_page(demo.township.pk, query, filters, number)

        start = (page.number - 1) * PAGE
        assert [entry.pk for entry in page.object_list] == matches[start : start + PAGE]
        assert page.has_next() == (start + PAGE < len(matches))
        assert page.capped == (len(matches) > CAP)
        if not page.capped:
            assert page.paginator.count == len(matches)
        assert all("<mark>公示</mark>" in result["snippet"] for result in results)


@pytest.mark.django_db
@pytest.mark.usefixtures("notices")
def test_the_walk_matches_whole_terms_as_the_index_does(demo):
    """The walk's match (a term between spaces of ``terms``) finds what the GIN index finds."""
    for query in ("公示", "村务", "期村", "第9期", "务公", "公告"):
        walked = search.find(demo.township.pk, query, search.Filters(), by_index=False)
        indexed = search.find(demo.township.pk, query, search.Filters())
        assert list(walked.values_list("pk", flat=True)) == list(
            indexed.values_list("pk", flat=True)
        )
    if connection.vendor == "postgresql":
        sql = str(search.find(demo.township.pk, "公示", search.Filters(), by_index=False).query)
        assert "STRPOS" in sql.upper() and "to_tsvector" not in sql
