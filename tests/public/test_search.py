"""Public search: two-character Chinese words, filters, and nothing the public may not read.

Runs on whichever database the tests use; on PostgreSQL (the CI) the full-text path with the
GIN index of migration 0003 is the one exercised, and a test checks the index is there.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from disclosures.models import Audience
from powers.lifecycle import apply_transition, public_content_changed
from powers.models import PowerItem
from powers.permissions import unit_perms
from projects.models import Project
from public import search
from public.models import SearchEntry
from risks.models import RiskPoint
from tests.disclosures.test_disclosure_editor import make_disclosure, publish
from tests.factories import PowerItemFactory, UnitFactory
from tests.public.test_public_unit_page import (
    project,
    public_disclosure,
    published,
    risk_point,
)


def search_url(township, **params) -> str:
    url = reverse("public:search", args=[township.code])
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"{url}?{query}" if query else url


def titles(client, township, **params) -> str:
    response = client.get(search_url(township, **params))
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def indexed(demo, django_capture_on_commit_callbacks):
    """A unit with one public record of each kind about 低保 or 宅基地, and the same words in
    records the public may not read; indexed as publishing indexes them."""
    unit = UnitFactory(township=demo.township, name="检索村", code="search-v")
    item = published(PowerItemFactory(unit=unit, code="S-1", name="宅基地申请初审"))
    draft_item = PowerItemFactory(unit=unit, code="S-2", name="宅基地草稿事项")
    public_disclosure(unit, "低保对象评议结果公示")
    public_disclosure(unit, "低保党内通报", audience=Audience.PARTY)
    public_disclosure(unit, "低保内部名单", audience=Audience.UNIT)
    risk_point(unit, "R-1", item=item, description="低保审核优亲厚友")
    risk_point(unit, "R-2", item=draft_item, description="低保草稿事项的风险")
    risk_point(unit, "R-3", description="低保内部风险", is_internal=True, internal_reason="隐私")
    project(unit, "P-1", "宅基地复垦工程")
    project(unit, "P-2", "宅基地未公开工程", is_public=False)
    with django_capture_on_commit_callbacks(execute=True):
        pass
    call_command("rebuild_search_index", verbosity=0)
    return unit


@pytest.mark.django_db
def test_two_character_words_find_published_items_disclosures_risks_and_projects(
    client, demo, indexed
):
    page = titles(client, demo.township, q="低保", unit=indexed.code)
    assert "低保对象评议结果公示" in page
    assert "低保审核优亲厚友" in page
    assert "共找到 2 条" in page
    page = titles(client, demo.township, q="宅基", unit=indexed.code)
    assert "宅基地申请初审" in page and "宅基地复垦工程" in page
    assert "共找到 2 条" in page
    # A longer word is all its pairs: 宅基地 is 宅基 and 基地.
    assert "宅基地申请初审" in titles(client, demo.township, q="宅基地")
    assert "共找到 0 条" in titles(client, demo.township, q="宅基低保", unit=indexed.code)
    # The demo township's published catalog is found as well (indexed by the rebuild).
    assert "宅基地申请初审" in titles(client, demo.township, q="宅基", kind="item")


@pytest.mark.django_db
def test_nothing_the_public_may_not_read_is_found(client, demo, indexed):
    everything = titles(client, demo.township, q="低保") + titles(client, demo.township, q="宅基")
    for hidden in (
        "低保党内通报",
        "低保内部名单",
        "宅基地草稿事项",
        "低保草稿事项的风险",
        "低保内部风险",
        "宅基地未公开工程",
    ):
        assert hidden not in everything
    # The index itself holds nothing else.
    assert not SearchEntry.objects.filter(title__contains="党内").exists()
    assert not SearchEntry.objects.filter(title__contains="草稿").exists()


@pytest.mark.django_db
def test_filters_by_unit_kind_and_date(client, demo, indexed):
    elsewhere = public_disclosure(demo.other_unit, "石门村低保公示")
    search.sync_disclosure(elsewhere.pk)
    assert "石门村低保公示" in titles(client, demo.township, q="低保")
    by_unit = titles(client, demo.township, q="低保", unit=indexed.code)
    assert "石门村低保公示" not in by_unit and "低保对象评议结果公示" in by_unit
    by_kind = titles(client, demo.township, q="低保", kind="risk")
    assert "低保审核优亲厚友" in by_kind and "低保对象评议结果公示" not in by_kind
    old = SearchEntry.objects.get(kind="risk", title__contains="低保审核")
    old.published_at = timezone.now() - timedelta(days=400)
    old.save()
    since = (timezone.localdate() - timedelta(days=30)).isoformat()
    recent = titles(client, demo.township, q="低保", **{"from": since})
    assert "低保审核优亲厚友" not in recent and "低保对象评议结果公示" in recent
    until = (timezone.localdate() - timedelta(days=300)).isoformat()
    older = titles(client, demo.township, q="低保", to=until)
    assert "低保审核优亲厚友" in older and "低保对象评议结果公示" not in older
    # Filters alone browse: every public disclosure of the unit.
    assert "低保对象评议结果公示" in titles(
        client, demo.township, unit=indexed.code, kind="disclosure"
    )
    # A bad date is ignored, not an error.
    assert "低保对象评议结果公示" in titles(client, demo.township, q="低保", to="not-a-date")


@pytest.mark.django_db
def test_other_townships_are_not_searched(client, demo, indexed):
    foreign = public_disclosure(demo.other_township_unit, "邻乡低保公示")
    search.sync_disclosure(foreign.pk)
    assert "邻乡低保公示" not in titles(client, demo.township, q="低保")
    assert "邻乡低保公示" in titles(client, demo.other_township_unit.township, q="低保")


@pytest.mark.django_db
def test_a_single_character_and_latin_words_are_found_too(client, demo, indexed):
    page = titles(client, demo.township, q="保")
    assert "低保对象评议结果公示" in page
    disclosure = public_disclosure(indexed, "GDP Report 2026年统计")
    search.sync_disclosure(disclosure.pk)
    assert "GDP Report" in titles(client, demo.township, q="gdp")
    assert "GDP Report" in titles(client, demo.township, q="report 2026")


@pytest.mark.django_db
def test_results_are_newest_first_paginated_with_marked_escaped_snippets(client, demo):
    unit = UnitFactory(township=demo.township)
    for n in range(23):
        disclosure = public_disclosure(
            unit, f"低保第{n:02d}期", body=f"<p>&lt;b&gt;第{n:02d}期低保名单</p>"
        )
        search.sync_disclosure(disclosure.pk)
    first = titles(client, demo.township, q="低保", unit=unit.code)
    assert "共找到 23 条" in first
    assert first.index("低保第22期") < first.index("低保第21期")
    assert "低保第02期" not in first
    assert "<mark>低保</mark>" in first
    assert "&lt;b&gt;" in first and "<b>第" not in first  # escaped, then marked
    second = titles(client, demo.township, q="低保", unit=unit.code, page=2)
    assert "低保第02期" in second and "低保第00期" in second and "低保第22期" not in second


def test_highlight_escapes_before_marking_and_merges_overlapping_terms():
    snippet = search.highlight("<script>宅基地</script> amp", ["宅基", "基地", "amp"])
    assert snippet == "&lt;script&gt;<mark>宅基地</mark>&lt;/script&gt; <mark>amp</mark>"


@pytest.mark.django_db
def test_a_publish_and_a_withdrawal_show_on_the_next_search(
    client, demo, django_capture_on_commit_callbacks
):
    disclosure = make_disclosure(demo.unit, demo.clerk, title="宅基地审批结果公示")
    assert "宅基地审批结果公示" not in titles(client, demo.township, q="宅基")  # now cached
    with django_capture_on_commit_callbacks(execute=True):
        publish(disclosure, demo)
    assert "宅基地审批结果公示" in titles(client, demo.township, q="宅基")
    with django_capture_on_commit_callbacks(execute=True):
        apply_transition(
            disclosure,
            "withdraw",
            user=demo.reviewer,
            perms=unit_perms(demo.reviewer, demo.unit),
            reason="内容有误",
        )
    assert "宅基地审批结果公示" not in titles(client, demo.township, q="宅基")


@pytest.mark.django_db
def test_items_risks_and_projects_follow_their_public_state(
    client, demo, django_capture_on_commit_callbacks
):
    unit = UnitFactory(township=demo.township)
    item = published(PowerItemFactory(unit=unit, code="F-1", name="低保申请受理"))
    point = risk_point(unit, "R-F", item=item, description="宅基审批风险")
    with django_capture_on_commit_callbacks(execute=True):
        public_content_changed.send(sender=PowerItem, record=item)
        public_content_changed.send(sender=RiskPoint, record=point)
    assert "低保申请受理" in titles(client, demo.township, q="低保")
    assert "宅基审批风险" in titles(client, demo.township, q="宅基")
    # The item is withdrawn: it and its risk points leave search.
    item.is_public = False
    item.save()
    with django_capture_on_commit_callbacks(execute=True):
        public_content_changed.send(sender=PowerItem, record=item)
    assert "低保申请受理" not in titles(client, demo.township, q="低保")
    assert "宅基审批风险" not in titles(client, demo.township, q="宅基")
    # A project goes public when it is approved, and leaves when it is deleted.
    with django_capture_on_commit_callbacks(execute=True):
        works = project(unit, "P-F", "低保户危房改造", is_public=False)
    assert "低保户危房改造" not in titles(client, demo.township, q="低保")
    with django_capture_on_commit_callbacks(execute=True):
        for name, perm in (
            ("submit", "submit_records"),
            ("confirm", "confirm_records"),
            ("approve", "review_records"),
        ):
            apply_transition(works, name, user=None, perms={perm})
    assert "低保户危房改造" in titles(client, demo.township, q="低保")
    with django_capture_on_commit_callbacks(execute=True):
        Project.objects.get(pk=works.pk).delete()
    assert "低保户危房改造" not in titles(client, demo.township, q="低保")


@pytest.mark.django_db
def test_rebuilding_the_index_is_idempotent(demo, indexed):
    call_command("rebuild_search_index", verbosity=0)
    first = sorted(SearchEntry.objects.values_list("kind", "object_id", "published_at", "terms"))
    call_command("rebuild_search_index", verbosity=0)
    second = sorted(SearchEntry.objects.values_list("kind", "object_id", "published_at", "terms"))
    assert first == second
    kinds = {kind for kind, *_rest in first}
    assert kinds >= {"disclosure", "item", "risk", "project"}


@pytest.mark.django_db
def test_each_database_uses_its_own_search_path(demo, indexed):
    entries = search.find(demo.township.pk, "低保", search.Filters())
    assert "低保对象评议结果公示" in [entry.title for entry in entries]
    sql = str(entries.query)
    if connection.vendor != "postgresql":
        # SQLite has no full-text index for Chinese: the terms are matched as substrings.
        assert "LIKE" in sql and "to_tsvector" not in sql
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'disclosures_searchentry_terms_fts'"
        )
        (definition,) = cursor.fetchone()
    assert "to_tsvector('simple'::regconfig, terms)" in definition
    entries = search.find(demo.township.pk, "低保", search.Filters())
    sql = str(entries.query)
    assert "to_tsvector('simple'::regconfig, terms) @@ to_tsquery('simple'" in sql
    assert "低保对象评议结果公示" in [entry.title for entry in entries]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            f"EXPLAIN SELECT id FROM {SearchEntry._meta.db_table} "
            "WHERE to_tsvector('simple'::regconfig, terms) @@ to_tsquery('simple', %s)",
            ["'低保'"],
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "disclosures_searchentry_terms_fts" in plan


@pytest.mark.django_db
def test_the_search_page_without_a_query_invites_one(client, demo):
    page = titles(client, demo.township)
    assert "两个字的词" in page and "共找到" not in page


@pytest.mark.django_db
def test_a_huge_page_number_shows_a_page_not_an_error(client, demo, monkeypatch):
    unit = UnitFactory(township=demo.township)
    for n in range(3):
        search.sync_disclosure(public_disclosure(unit, f"低保第{n:02d}期").pk)
    huge = "9" * 30  # past any OFFSET the database can hold
    page = titles(client, demo.township, q="低保", unit=unit.code, page=huge)
    assert "共找到 3 条" in page and "低保第02期" in page
    monkeypatch.setattr(search, "COUNT_CAP", 2)  # the open-ended pager walks to the page
    page, results = search.results_page(demo.township.pk, "低保", search.Filters(unit=unit), huge)
    assert page.capped and page.number == 1 and len(results) == 3  # past the last: the first
