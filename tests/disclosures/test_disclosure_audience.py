"""Audience rules (公开范围) on the public pages and in search.

A disclosure to society is for everyone. One within the unit (单位内部) is for the unit's own
officials and the township's supervisors (reviewer, discipline committee, administrator); one
within the party (党内) for party members (PartyMembership, granted in the admin) with a role in
the township, and the township's supervisors. Everyone else gets 404; neither is ever in the
public search index, the API or the feeds, nor served from the public page cache.
"""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from disclosures.models import Audience, Disclosure
from powers.lifecycle import save_edit
from powers.models import PartyMembership
from public.models import SearchEntry
from tests.disclosures.test_disclosure_editor import make_disclosure, publish

# user → may read a unit-internal disclosure of the demo's first village
UNIT_READERS = {
    "clerk": True,
    "head": True,
    "reviewer": True,  # the township's roles supervise every unit of it
    "discipline": True,
    "administrator": True,
    "other_clerk": False,  # a role in another village of the same township
    "foreign_clerk": False,
    "foreign_reviewer": False,
}
# user → may read a party disclosure there: (without, with) the party-member flag
PARTY_READERS = {
    "clerk": (False, True),
    "head": (False, True),
    "reviewer": (True, True),
    "discipline": (True, True),
    "administrator": (True, True),
    "other_clerk": (False, True),  # a party member of the same township
    "foreign_clerk": (False, False),
    "foreign_reviewer": (False, False),
}


def make_party_member(user, demo) -> PartyMembership:
    return PartyMembership.objects.create(
        user=user, granted_by=demo.administrator, granted_at=timezone.now()
    )


def page_url(disclosure) -> str:
    unit = disclosure.unit
    return reverse("public:disclosure_page", args=[unit.township.code, unit.code, disclosure.pk])


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


def assert_reads(client, disclosure, may_read: bool) -> None:
    response = client.get(page_url(disclosure))
    assert response.status_code == (200 if may_read else 404)
    readable = Disclosure.objects.readable_by(response.wsgi_request.user)
    assert readable.filter(pk=disclosure.pk).exists() == may_read
    if may_read:
        assert disclosure.title in response.content.decode()
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]


@pytest.mark.django_db
@pytest.mark.parametrize("user", list(UNIT_READERS))
def test_a_unit_disclosure_is_for_the_units_officials_and_the_townships_supervisors(
    client, demo, django_capture_on_commit_callbacks, user
):
    disclosure = make_disclosure(demo.unit, demo.clerk, title="单位内部公开", audience="unit")
    with django_capture_on_commit_callbacks(execute=True):
        publish(disclosure, demo)
    client.force_login(getattr(demo, user))
    assert_reads(client, disclosure, UNIT_READERS[user])


@pytest.mark.django_db
@pytest.mark.parametrize("member", [False, True])
@pytest.mark.parametrize("user", list(PARTY_READERS))
def test_a_party_disclosure_is_for_party_members_of_the_township(
    client, demo, django_capture_on_commit_callbacks, user, member
):
    disclosure = make_disclosure(demo.unit, demo.clerk, title="党内公开", audience="party")
    with django_capture_on_commit_callbacks(execute=True):
        publish(disclosure, demo)
    if member:
        make_party_member(getattr(demo, user), demo)
    client.force_login(getattr(demo, user))
    assert_reads(client, disclosure, PARTY_READERS[user][member])


@pytest.mark.django_db
def test_a_revoked_party_membership_reads_no_more(client, demo, party_disclosure):
    membership = make_party_member(demo.other_clerk, demo)
    client.force_login(demo.other_clerk)
    assert client.get(page_url(party_disclosure)).status_code == 200
    membership.is_active = False
    membership.save()
    assert client.get(page_url(party_disclosure)).status_code == 404


@pytest.mark.django_db
def test_another_units_official_finds_a_unit_disclosure_nowhere(
    client, demo, django_capture_on_commit_callbacks
):
    disclosure = make_disclosure(demo.unit, demo.clerk, title="村务内部通报", audience="unit")
    with django_capture_on_commit_callbacks(execute=True):
        publish(disclosure, demo)
    client.force_login(demo.other_clerk)
    assert client.get(page_url(disclosure)).status_code == 404
    # The unit's own pages, the detail page, the search and the API.
    unit_list = reverse("disclosures:official_list", args=[demo.unit.pk])
    assert client.get(unit_list).status_code == 404
    detail = reverse("disclosures:official_detail", args=[disclosure.pk])
    assert client.get(detail).status_code == 404
    search = reverse("public:search", args=[demo.township.code])
    assert "村务内部通报" not in client.get(search, {"q": "内部通报"}).content.decode()
    api = client.get("/api/disclosures/", {"unit": demo.unit.code}).content.decode()
    assert "村务内部通报" not in api
    own_list = reverse("disclosures:official_list", args=[demo.other_unit.pk])
    assert "村务内部通报" not in client.get(own_list).content.decode()


@pytest.mark.django_db
def test_granting_party_membership_in_the_admin_is_kept_in_history(client, demo, party_disclosure):
    client.force_login(demo.administrator)
    response = client.post(
        reverse("admin:powers_partymembership_add"),
        {"user": demo.other_clerk.pk, "is_active": "on", "note": "村党支部党员"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    membership = PartyMembership.objects.get(user=demo.other_clerk)
    assert membership.granted_by == demo.administrator
    assert membership.granted_at is not None
    row = membership.history.get()
    assert row.history_user == demo.administrator
    assert demo.administrator.username in row.history_user_name
    client.force_login(demo.other_clerk)
    assert client.get(page_url(party_disclosure)).status_code == 200

    # Someone with no role in the administrator's township is not a choice.
    client.force_login(demo.administrator)
    response = client.post(
        reverse("admin:powers_partymembership_add"),
        {"user": demo.foreign_clerk.pk, "is_active": "on"},
    )
    assert response.status_code == 200
    assert not PartyMembership.objects.filter(user=demo.foreign_clerk).exists()
    listing = client.get(reverse("admin:powers_partymembership_changelist")).content.decode()
    assert demo.other_clerk.username in listing


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
    make_party_member(demo.clerk, demo)
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
        "public:disclosure_page", args=[demo.township.code, demo.other_unit.code, draft.pk]
    )
    assert client.get(wrong_unit).status_code == 404
