"""RSS and Atom feeds of the township's and a unit's public disclosures."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from disclosures.models import Audience, Disclosure
from powers.lifecycle import apply_transition
from powers.permissions import unit_perms
from tests.disclosures.test_disclosure_editor import make_disclosure, publish
from tests.public.test_public_unit_page import public_disclosure

ATOM = "{http://www.w3.org/2005/Atom}"


def rss_titles(client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    return [item.findtext("title") for item in root.iter("item")]


def atom_titles(client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]


@pytest.fixture
def disclosures(demo, demo_titles):
    public_disclosure(demo.unit, "清溪村财务公开 <第一季度> & 附表")
    public_disclosure(demo.other_unit, "石门村低保公示")
    public_disclosure(demo.unit, "党内通报", audience=Audience.PARTY)
    public_disclosure(demo.unit, "单位内部通知", audience=Audience.UNIT)
    narrowed = public_disclosure(demo.unit, "改为党内的公开")
    narrowed.audience = Audience.PARTY
    narrowed.save()
    Disclosure.objects.create(
        unit=demo.unit, title="草稿", category="other", body="<p>x</p>", audience="society"
    )
    public_disclosure(demo.other_township_unit, "邻乡的公开")
    return set(Disclosure.objects.values_list("title", flat=True)) - demo_titles


@pytest.fixture
def demo_titles(demo):
    """What the demo township published of its own, before the tests' disclosures."""
    return set(Disclosure.objects.values_list("title", flat=True))


@pytest.mark.django_db
def test_the_township_feeds_list_its_public_disclosures_only(client, demo, disclosures):
    code = demo.township.code
    for titles in (
        rss_titles(client, reverse("public:township_rss", args=[code])),
        atom_titles(client, reverse("public:township_atom", args=[code])),
    ):
        assert set(titles) & disclosures == {"清溪村财务公开 <第一季度> & 附表", "石门村低保公示"}


@pytest.mark.django_db
def test_the_unit_feeds_list_the_units_public_disclosures_only(client, demo, disclosures):
    args = [demo.township.code, demo.unit.code]
    rss = rss_titles(client, reverse("public:unit_rss", args=args))
    assert [title for title in rss if title in disclosures] == ["清溪村财务公开 <第一季度> & 附表"]
    atom = atom_titles(client, reverse("public:unit_atom", args=args))
    assert [title for title in atom if title in disclosures] == ["清溪村财务公开 <第一季度> & 附表"]


@pytest.mark.django_db
def test_feed_items_link_to_the_disclosure_page_newest_first_thirty_at_most(client, demo):
    created = [public_disclosure(demo.unit, f"第{n:02d}号公开") for n in range(32)]
    response = client.get(reverse("public:township_rss", args=[demo.township.code]))
    root = ET.fromstring(response.content)
    items = list(root.iter("item"))
    assert len(items) == 30
    assert items[0].findtext("title") == "第31号公开"
    newest = created[-1]
    page = reverse("public:disclosure_page", args=[demo.township.code, demo.unit.code, newest.pk])
    assert items[0].findtext("link").endswith(page)
    assert items[0].findtext("category") == "财务收支"
    assert client.get(page).status_code == 200


@pytest.mark.django_db
def test_unknown_townships_and_units_have_no_feed(client, demo):
    assert client.get(reverse("public:township_rss", args=["nowhere"])).status_code == 404
    url = reverse("public:unit_atom", args=[demo.township.code, "nowhere"])
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_a_publish_and_a_withdrawal_show_in_the_next_feed(
    client, demo, django_capture_on_commit_callbacks
):
    url = reverse("public:unit_rss", args=[demo.township.code, demo.unit.code])
    disclosure = make_disclosure(demo.unit, demo.clerk, title="宅基地审批结果公示")
    assert "宅基地审批结果公示" not in rss_titles(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        publish(disclosure, demo)
    assert "宅基地审批结果公示" in rss_titles(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        apply_transition(
            disclosure,
            "withdraw",
            user=demo.reviewer,
            perms=unit_perms(demo.reviewer, demo.unit),
            reason="内容有误",
        )
    assert "宅基地审批结果公示" not in rss_titles(client, url)
