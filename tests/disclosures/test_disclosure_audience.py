"""Audience rules (公开范围) on the public pages and in search.

A disclosure to society is for everyone; one within the party or the unit only for signed-in
officials with a role in its township, 404 for everyone else, never in the public search index
and never served from the public page cache.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from disclosures.models import Audience, SearchEntry
from powers.lifecycle import save_edit
from tests.disclosures.test_disclosure_editor import make_disclosure, publish

# user → may read a party or unit disclosure of the demo's first village
READERS = {
    "clerk": True,
    "head": True,
    "reviewer": True,
    "discipline": True,
    "administrator": True,
    "other_clerk": True,  # a role in another village of the same township
    "foreign_clerk": False,
    "foreign_reviewer": False,
}


def page_url(disclosure) -> str:
    unit = disclosure.unit
    return reverse(
        "disclosures:disclosure_page", args=[unit.township.code, unit.code, disclosure.pk]
    )


def entries(disclosure):
    return SearchEntry.objects.filter(kind="disclosure", object_id=disclosure.pk)


@pytest.fixture
def party_disclosure(demo, django_capture_on_commit_callbacks):
    disclosure = make_disclosure(
        demo.unit, demo.clerk, title="党员发展对象公示", category="appointment", audience="party"
    )
    with django_capture_on_commit_callbacks(execute=True):
        publish(disclosure, demo)
    return disclosure


@pytest.mark.django_db
@pytest.mark.parametrize("audience", [Audience.PARTY, Audience.UNIT])
@pytest.mark.parametrize("user", list(READERS))
def test_a_party_or_unit_disclosure_is_for_officials_of_the_township(
    client, demo, django_capture_on_commit_callbacks, audience, user
):
    disclosure = make_disclosure(demo.unit, demo.clerk, title="内部公开", audience=audience)
    with django_capture_on_commit_callbacks(execute=True):
        publish(disclosure, demo)
    client.force_login(getattr(demo, user))
    response = client.get(page_url(disclosure))
    assert response.status_code == (200 if READERS[user] else 404)
    if READERS[user]:
        assert "内部公开" in response.content.decode()
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]


@pytest.mark.django_db
def test_a_party_disclosure_is_not_found_by_anonymous_visitors_nor_in_search(
    client, demo, party_disclosure
):
    assert party_disclosure.is_public
    assert client.get(page_url(party_disclosure)).status_code == 404
    assert not entries(party_disclosure).exists()


@pytest.mark.django_db
def test_a_party_page_is_never_served_from_the_cache_to_anonymous_visitors(
    client, demo, party_disclosure
):
    client.force_login(demo.clerk)
    assert client.get(page_url(party_disclosure)).status_code == 200
    client.logout()
    assert client.get(page_url(party_disclosure)).status_code == 404
    client.force_login(demo.foreign_clerk)
    assert client.get(page_url(party_disclosure)).status_code == 404


@pytest.mark.django_db
def test_a_society_disclosure_is_public_and_searchable(
    client, demo, django_capture_on_commit_callbacks
):
    disclosure = make_disclosure(
        demo.unit,
        demo.clerk,
        title="宅基地审批结果公示",
        body="<p>经村民代表会议审议，同意张三宅基地申请。</p>",
    )
    with django_capture_on_commit_callbacks(execute=True):
        publish(disclosure, demo)
    response = client.get(page_url(disclosure))
    assert response.status_code == 200
    assert "宅基地审批结果公示" in response.content.decode()
    entry = entries(disclosure).get()
    assert entry.title == "宅基地审批结果公示"
    assert entry.url == page_url(disclosure)
    assert entry.township == demo.township
    assert entry.unit == demo.unit
    assert entry.snippet == "经村民代表会议审议，同意张三宅基地申请。"
    assert entry.text.startswith("宅基地审批结果公示 经村民代表会议")
    assert "宅基 基地" in entry.terms
    assert entry.published_at == disclosure.published_at


@pytest.mark.django_db
def test_narrowing_the_audience_of_a_published_disclosure_takes_effect_at_once(
    client, demo, django_capture_on_commit_callbacks
):
    disclosure = make_disclosure(demo.unit, demo.clerk, title="先对社会公开")
    with django_capture_on_commit_callbacks(execute=True):
        publish(disclosure, demo)
    assert client.get(page_url(disclosure)).status_code == 200  # now in the page cache
    assert entries(disclosure).exists()
    disclosure.audience = Audience.PARTY
    disclosure.refresh_from_db(fields=["version"])
    with django_capture_on_commit_callbacks(execute=True):
        save_edit(
            disclosure,
            user=demo.clerk,
            expected_version=disclosure.version,
            reason="涉及党员个人信息，改为党内公开",
        )
    assert client.get(page_url(disclosure)).status_code == 404
    assert not entries(disclosure).exists()


@pytest.mark.django_db
def test_widening_the_audience_waits_for_approval(client, demo, party_disclosure):
    party_disclosure.audience = Audience.SOCIETY
    save_edit(
        party_disclosure,
        user=demo.clerk,
        expected_version=party_disclosure.version,
        reason="改为对社会公开",
    )
    assert client.get(page_url(party_disclosure)).status_code == 404
    assert not entries(party_disclosure).exists()


@pytest.mark.django_db
def test_the_page_is_not_found_under_another_unit_or_when_not_public(client, demo):
    draft = make_disclosure(demo.unit, demo.clerk, title="草稿")
    assert client.get(page_url(draft)).status_code == 404
    client.force_login(demo.clerk)
    assert client.get(page_url(draft)).status_code == 404  # drafts are on the officials' pages
    publish(draft, demo)
    wrong_unit = reverse(
        "disclosures:disclosure_page", args=[demo.township.code, demo.other_unit.code, draft.pk]
    )
    assert client.get(wrong_unit).status_code == 404
