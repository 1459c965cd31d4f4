"""The public disclosure page from the cache: no database on a hit, and nothing stale after a
change that takes the page away."""

from __future__ import annotations

import pytest

from tests.disclosures.test_disclosure_editor import make_disclosure, publish
from tests.disclosures.test_disclosure_publishing import page_url


@pytest.fixture
def published_page(client, demo, django_capture_on_commit_callbacks):
    disclosure = make_disclosure(demo.unit, demo.clerk, title="村集体土地征收补偿公示")
    with django_capture_on_commit_callbacks(execute=True):
        publish(disclosure, demo)
    url = page_url(disclosure)
    assert client.get(url).status_code == 200  # rendered and cached
    return url


@pytest.mark.django_db
def test_a_cached_disclosure_page_is_served_without_the_database(
    client, published_page, django_assert_num_queries
):
    # One round trip to the cache answers: the audience is not looked up again.
    with django_assert_num_queries(0):
        response = client.get(published_page)
    assert response.status_code == 200
    assert "村集体土地征收补偿公示" in response.content.decode()


@pytest.mark.django_db
def test_closing_the_unit_takes_its_cached_disclosure_page_away(
    client, demo, published_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        demo.unit.is_active = False
        demo.unit.save()
    assert client.get(published_page).status_code == 404
