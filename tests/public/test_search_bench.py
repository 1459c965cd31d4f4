"""`make bench`: the disclosures rows (search over a seeded corpus, the disclosure page's rate).

The timings are printed by the bench, never asserted here; what is asserted is that the rows
are there with figures, that the corpus is what publishing would have indexed, and that the
page of results the search page gets is the same whichever way the database orders it.
"""

from __future__ import annotations

import pytest
from django.core.paginator import Paginator

from disclosures.models import Disclosure
from powers.bench import SCALES, BenchContext
from powers.models import Township
from public import search
from public.bench import (
    disclosure_page_rates,
    search_latency_rows,
    search_township_code,
    seed_search_corpus,
)
from public.models import SearchEntry
from public.search import sync_disclosure as sync_search_entry

SMALL = SCALES["small"]


@pytest.mark.django_db
def test_the_search_rows_seed_once_and_report_figures():
    ctx = BenchContext(scale=SMALL, seconds=0.1, rounds=1)

    rows = {row.name: row for row in search_latency_rows(ctx)}

    corpus = next(row for name, row in rows.items() if name.startswith("search corpus"))
    assert corpus.value == 300 and "seeded now" in corpus.name
    for query in ("低保", "宅基", "公示"):
        found = int(rows[f"search {query}: matching records"].value.split()[0])
        if query == "公示":
            assert found == 300  # the common word: in every notice
        else:
            assert 0 < found < 300  # a realistic few, not every record
        p95 = rows[f"search {query}: p95"]
        assert isinstance(p95.value, float) and p95.value > 0 and p95.unit == "ms"
    assert disclosure_page_rates(ctx) == []  # no server, no rate

    again = {row.name: row for row in search_latency_rows(ctx)}
    assert any(name.startswith("search corpus") and "reused" in name for name in again)
    township = Township.objects.get(code=search_township_code(SMALL))
    assert SearchEntry.objects.filter(township=township).count() == 300


@pytest.mark.django_db
def test_the_corpus_is_published_disclosures_indexed_as_publishing_indexes_them(client):
    seed_search_corpus(SMALL)
    disclosures = Disclosure.objects.public().filter(
        unit__township__code=search_township_code(SMALL)
    )
    assert disclosures.count() == 300
    disclosure = disclosures.filter(title__contains="低保").first()
    seeded = SearchEntry.objects.get(kind="disclosure", object_id=disclosure.pk)
    indexed = sync_search_entry(disclosure.pk)
    fields = ["title", "snippet", "text", "terms", "url", "published_at", "unit_id"]
    assert [getattr(indexed, f) for f in fields] == [getattr(seeded, f) for f in fields]
    page = client.get(seeded.url)
    assert page.status_code == 200 and disclosure.title in page.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("number", [None, "2", "3", "99", "abc"])
def test_a_page_of_results_is_the_newest_first_page_of_all_matches(number):
    seed_search_corpus(SMALL)
    township = Township.objects.get(code=search_township_code(SMALL))
    unit = township.units.order_by("code").first()
    for filters in (search.Filters(), search.Filters(unit=unit, kind="disclosure")):
        matches = search.find(township.pk, "低保", filters)
        expected = Paginator(matches, search.PAGE_SIZE).get_page(number)

        page, results = search.results_page(township.pk, "低保", filters, number)

        assert page.paginator.count == expected.paginator.count > 0
        assert page.number == expected.number
        assert [entry.pk for entry in page.object_list] == [e.pk for e in expected.object_list]
        assert [r["title"] for r in results] == [e.title for e in expected.object_list]
        assert all("<mark>低保</mark>" in r["snippet"] for r in results)


@pytest.mark.django_db
@pytest.mark.parametrize("number", [None, "2", "15", "16"])
def test_the_common_word_is_capped_and_paged_newest_first(monkeypatch, number):
    """公示 is in all 300 notices: with a cap of 100 the count stops there, and pages past the
    cap still come newest first."""
    monkeypatch.setattr(search, "COUNT_CAP", 100)
    seed_search_corpus(SMALL)
    township = Township.objects.get(code=search_township_code(SMALL))
    matches = list(search.find(township.pk, "公示", search.Filters()).values_list("pk", flat=True))
    assert len(matches) == 300

    page, results = search.results_page(township.pk, "公示", search.Filters(), number)

    assert page.capped
    assert page.number == (1 if number in (None, "16") else int(number))  # past the last: 1
    start = (page.number - 1) * search.PAGE_SIZE
    assert [entry.pk for entry in page.object_list] == matches[start : start + search.PAGE_SIZE]
    assert page.has_next() == (page.number < 15)
    assert all("<mark>公示</mark>" in r["snippet"] for r in results)
