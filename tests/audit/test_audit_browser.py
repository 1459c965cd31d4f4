"""The discipline committee's audit browser: one timeline of every change, filtered, exported."""

from __future__ import annotations

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from audit.browser import visible_types
from disclosures.models import Disclosure
from powers.lifecycle import save_edit
from powers.models import Flowchart, LegalBasis, Post, PowerItem
from tests.factories import PowerItemFactory

TIMELINE = reverse("audit:timeline")
CSV = reverse("audit:timeline_csv")


def entries(client, **params) -> list:
    """The entries the timeline page lists for these filters (its first page of 100)."""
    response = client.get(TIMELINE, {"size": 100, **params})
    assert response.status_code == 200
    return response.context["page"].entries


def subjects(client, **params) -> list[str]:
    return [e.entry.subject for e in entries(client, **params)]


def edited_item(unit, user, name: str) -> PowerItem:
    """A new item of the unit, then edited once: two entries in the timeline."""
    item = PowerItemFactory(unit=unit, name=name)
    item.conditions = "补充了办理条件"
    save_edit(item, user=user, expected_version=item.version)
    return item


@pytest.mark.django_db
def test_the_committee_sees_every_unit_of_its_township_and_nothing_of_another(client, demo):
    edited_item(demo.unit, demo.clerk, "一村的审计测试事项")
    edited_item(demo.other_unit, demo.other_clerk, "二村的审计测试事项")
    edited_item(demo.other_township_unit, demo.foreign_clerk, "邻乡的审计测试事项")

    client.force_login(demo.discipline)
    seen = subjects(client, q="审计测试事项")
    assert any("一村的审计测试事项" in s for s in seen)
    assert any("二村的审计测试事项" in s for s in seen)
    assert not any("邻乡" in s for s in seen)
    # Nothing of the other township on any page of the unfiltered timeline either.
    page = client.get(TIMELINE, {"size": 100}).content.decode()
    assert "邻乡的审计测试事项" not in page

    client.force_login(User.objects.get(username="other-jiwei"))
    seen = subjects(client, q="审计测试事项")
    assert seen and all("邻乡的审计测试事项" in s for s in seen)


@pytest.mark.django_db
def test_the_administrator_reads_it_and_the_nav_links_it(client, demo):
    client.force_login(demo.administrator)
    page = client.get(TIMELINE).content.decode()
    assert f'href="{TIMELINE}"' in page
    client.force_login(demo.admin)
    assert client.get(TIMELINE).status_code == 200


@pytest.mark.django_db
def test_clerks_heads_and_reviewers_are_refused(client, demo):
    item = PowerItem.objects.filter(unit=demo.unit).first()
    record = reverse("audit:record_history", args=["powers.poweritem", item.pk])
    for user in (demo.clerk, demo.head, demo.reviewer, demo.other_clerk):
        client.force_login(user)
        for url in (TIMELINE, CSV, record):
            assert client.get(url).status_code == 403, (user.username, url)
        # Nor do their pages link to it.
        assert f'href="{TIMELINE}"' not in client.get(reverse("powers:my_work")).content.decode()


@pytest.mark.django_db
def test_it_offers_no_way_to_change_anything(client, demo):
    client.force_login(demo.admin)
    page = client.get(TIMELINE).content.decode()
    assert 'method="post"' not in page.split("<main", 1)[-1].split("</main>")[0].lower() or (
        page.lower().count('method="post"') == 1  # the sign-out button of the navigation
    )
    for url in (TIMELINE, CSV):
        assert client.post(url).status_code == 405


@pytest.mark.django_db
def test_filter_by_unit_and_township(client, demo):
    edited_item(demo.unit, demo.clerk, "一村筛选事项")
    edited_item(demo.other_unit, demo.other_clerk, "二村筛选事项")
    edited_item(demo.other_township_unit, demo.foreign_clerk, "邻乡筛选事项")
    client.force_login(demo.admin)

    by_unit = entries(client, township=demo.township.pk, unit=demo.unit.pk)
    assert by_unit and {e.unit_name for e in by_unit} == {demo.unit.name}
    assert "二村筛选事项" not in str([e.entry.subject for e in by_unit])

    by_township = entries(client, township=demo.other_township_unit.township.pk)
    assert any("邻乡筛选事项" in e.entry.subject for e in by_township)
    assert not any(
        "村筛选事项" in e.entry.subject and "邻乡" not in e.entry.subject for e in by_township
    )

    # The committee cannot pick another township at all.
    client.force_login(demo.discipline)
    response = client.get(TIMELINE, {"township": demo.other_township_unit.township.pk})
    assert "township" in response.context["filter"].form.errors


@pytest.mark.django_db
def test_filter_by_user_record_type_and_action(client, demo):
    item = edited_item(demo.unit, demo.clerk, "按人筛选事项")
    basis = LegalBasis.objects.create(item=item, document="《临时文件》", article="第一条")
    basis.delete()
    client.force_login(demo.discipline)

    clerk_name = demo.clerk.get_full_name() or demo.clerk.username
    by_user = entries(client, user=clerk_name)
    assert by_user and all(clerk_name in e.entry.user_name for e in by_user)

    by_type = entries(client, record_type="powers.historicallegalbasis")
    assert by_type and {e.audited.model for e in by_type} == {LegalBasis}

    deleted = entries(client, action="-")
    assert deleted and all(e.entry.action == "删除" for e in deleted)
    assert any("《临时文件》" in e.entry.subject for e in deleted)
    created = entries(client, action="+", q="按人筛选事项")
    assert [e.entry.action for e in created] == ["创建"]


@pytest.mark.django_db
def test_filter_by_date_range_and_text(client, demo):
    old = PowerItemFactory.build(unit=demo.unit, name="二〇二〇年的旧事项")
    old._history_date = timezone.make_aware(datetime.datetime(2020, 1, 15, 10, 0))
    old.save()
    edited_item(demo.unit, demo.clerk, "今天的新事项")
    client.force_login(demo.discipline)

    january = entries(client, date_from="2020-01-01", date_to="2020-01-31")
    assert [e.entry.subject for e in january] == [str(old)]
    assert entries(client, date_from="2020-01-16", date_to="2020-01-31") == []
    recent = subjects(client, date_from=timezone.localdate().isoformat())
    assert any("今天的新事项" in s for s in recent) and not any("旧事项" in s for s in recent)

    assert all("今天的新事项" in s for s in subjects(client, q="今天的新事项"))
    # The reason is searched too.
    item = PowerItem.objects.get(name="今天的新事项")
    item.first_approved_at = timezone.now()  # once approved, an edit states its reason
    item.save()
    item.conditions = "再次修改"
    save_edit(item, user=demo.clerk, expected_version=item.version, reason="纪委要求整改的说明")
    found = entries(client, q="纪委要求整改")
    assert [e.entry.reason for e in found] == ["纪委要求整改的说明"]


@pytest.mark.django_db
def test_a_diff_names_fields_and_related_records(client, demo):
    item = PowerItemFactory(unit=demo.unit, name="换岗位的事项")
    post = Post.objects.create(unit=demo.unit, name="村务监督员")
    item.handling_post = post
    save_edit(item, user=demo.clerk, expected_version=item.version)
    client.force_login(demo.discipline)

    latest = entries(client, q="换岗位的事项", action="~")[0].entry
    changes = {c.label: (c.old, c.new) for c in latest.changes}
    assert changes["承办岗位"] == ("（空）", "村务监督员")
    page = client.get(TIMELINE, {"q": "换岗位的事项"}).content.decode()
    assert "承办岗位" in page and "村务监督员" in page
    assert f"#{post.pk}" not in page.replace(f"#{latest}", "")
    assert "handling_post" not in page


@pytest.mark.django_db
def test_a_record_timeline_shows_its_childrens_changes(client, demo):
    chart = Flowchart.objects.filter(unit=demo.unit, steps__isnull=False).first()
    step = chart.steps.first()
    step.name = "审核材料（纪委抽查后改名）"
    step.save()
    client.force_login(demo.discipline)
    url = reverse("audit:record_history", args=["powers.flowchart", chart.pk])
    page = client.get(url).content.decode()
    assert "审核材料（纪委抽查后改名）" in page
    assert "环节名称" in page
    # The committee of another township does not see it.
    client.force_login(User.objects.get(username="other-jiwei"))
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_the_csv_export_escapes_formulas_and_keeps_chinese(client, demo):
    disclosure = Disclosure.objects.create(
        unit=demo.unit, title='=HYPERLINK("http://evil.example","点我")', category="finance"
    )
    disclosure.body = "<p>补充说明</p>"
    save_edit(disclosure, user=demo.clerk, expected_version=disclosure.version)
    client.force_login(demo.discipline)
    response = client.get(CSV, {"q": "HYPERLINK"})
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark, for Excel
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0][:4] == ["序号", "时间", "操作人", "操作"]
    records = [row[6] for row in rows[1:]]
    assert len(records) == 2
    assert all(r.startswith("'") and "点我" in r for r in records)
    assert {row[3] for row in rows[1:]} == {"创建", "修改"}


@pytest.mark.django_db
def test_the_csv_export_covers_every_page(client, demo):
    client.force_login(demo.discipline)
    unit_filter = {"unit": demo.unit.pk}
    body = b"".join(client.get(CSV, unit_filter).streaming_content)
    exported = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))[1:]
    listed, before = 0, None
    while True:
        params = {"size": 100, **unit_filter, **({"before": before} if before else {})}
        page = client.get(TIMELINE, params).context["page"]
        listed += len(page.entries)
        if page.next_before is None:
            break
        before = page.next_before
    assert len(exported) == listed > 100


@pytest.mark.django_db
def test_the_first_page_costs_the_same_queries_at_25_and_100_entries(
    client, demo, django_assert_num_queries
):
    # The newest 110 changes alternate between an item and a post, so both pages hold
    # entries of the same two history tables, 25 of them or 100.
    item = PowerItemFactory(unit=demo.unit)
    post = Post.objects.create(unit=demo.unit, name="报账员（二）")
    for n in range(55):
        item.conditions = f"第{n}次修改"
        item.save()
        post.duties = f"第{n}次修改"
        post.save()
    client.force_login(demo.discipline)
    # session, user, the user's unit grants and township grants, the filter's townships and
    # units, the page's links, then one query per history table on the page (items, posts).
    with django_assert_num_queries(9):
        small = client.get(TIMELINE, {"size": 25}).context["page"].entries
    with django_assert_num_queries(9):
        large = client.get(TIMELINE, {"size": 100}).context["page"].entries
    assert (len(small), len(large)) == (25, 100)
    assert {e.audited.model for e in small} == {e.audited.model for e in large} == {PowerItem, Post}


@pytest.mark.django_db
def test_a_page_costs_at_most_one_query_per_history_table(
    client, demo, django_assert_max_num_queries
):
    client.force_login(demo.discipline)
    with django_assert_max_num_queries(7 + len(visible_types(demo.discipline))):
        page = client.get(TIMELINE, {"size": 100}).context["page"]
    assert len({e.audited for e in page.entries}) > 2
