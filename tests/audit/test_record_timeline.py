"""A record's own timeline (its changes and its children's) and many-to-many changes in the
audit browser: what the discipline committee reads, at a cost that does not grow with it."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from disclosures.models import Channel, Disclosure
from powers.models import Flowchart

TIMELINE = reverse("audit:timeline")


def record_url(record) -> str:
    return reverse("audit:record_history", args=[record._meta.label_lower, record.pk])


def read_record_timeline(client, record) -> tuple[list, int]:
    """The record timeline's entries and the queries its page took."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(record_url(record))
    assert response.status_code == 200
    return response.context["entries"], len(queries)


@pytest.mark.django_db
def test_a_record_timeline_costs_the_same_queries_however_long_it_is(client, demo):
    chart = Flowchart.objects.filter(unit=demo.unit, steps__isnull=False, item__isnull=False)
    chart = chart.select_related("item").first()
    item = chart.item
    client.force_login(demo.discipline)
    short, short_queries = read_record_timeline(client, item)

    # More changes of the item's children: its flowchart (whose name the history alone does
    # not fully hold) and its steps.
    for n in range(6):
        chart.title = f"{chart.title[:40]}（第{n}次修订）"
        chart._history_user = demo.clerk
        chart.save()
        for step in chart.steps.all():
            step.name = f"{step.name[:40]}·{n}"
            step._history_user = demo.clerk
            step.save()
    long, long_queries = read_record_timeline(client, item)

    assert len(long) > len(short) + 6
    assert long_queries == short_queries
    subjects = [entry.subject for entry in long]
    assert any(s.startswith("流程图：") and "（第5次修订）" in s for s in subjects)
    assert any(s.startswith("流程环节：") and s.endswith("·5") for s in subjects)
    # The newest first, each step's rename shown as a diff of its name.
    renamed = next(e for e in long if e.subject.startswith("流程环节："))
    assert [c.label for c in renamed.changes] == ["环节名称"]
    assert renamed.changes[0].new.endswith("·5") and renamed.changes[0].old.endswith("·4")


def channels_changed(demo) -> Disclosure:
    """A disclosure first posted on the bulletin board and the website, then moved from the
    website to the electronic screen."""
    board, website, screen = (
        Channel.objects.get_or_create(code=code, defaults={"name": name})[0]
        for code, name in (
            ("board", "公开栏"),
            ("website", "网站"),
            ("screen", "电子显示屏"),
        )
    )
    disclosure = Disclosure(unit=demo.unit, title="载体调整的公开事项", category="finance")
    disclosure._history_user = demo.clerk
    disclosure.save()
    disclosure.channels.set([board, website])
    disclosure.channels.remove(website)
    disclosure.channels.add(screen)
    return disclosure


def channel_changes(entries) -> list[tuple[str, str]]:
    return [
        (change.old, change.new)
        for entry in entries
        for change in entry.changes
        if change.label == "公开载体"
    ]


@pytest.mark.django_db
def test_the_timeline_shows_channels_added_and_removed_by_name(client, demo):
    disclosure = channels_changed(demo)
    client.force_login(demo.discipline)

    response = client.get(TIMELINE, {"q": "载体调整的公开事项", "size": 100})
    timeline = [item.entry for item in response.context["page"].entries]
    expected = [
        # newest first: the screen added, the website removed, the first two channels set
        ("公开栏", "公开栏；电子显示屏（新增：电子显示屏）"),
        ("公开栏；网站", "公开栏（移除：网站）"),
        ("（空）", "公开栏；网站（新增：公开栏；网站）"),
    ]
    assert channel_changes(timeline) == expected
    page = response.content.decode()
    assert "新增：电子显示屏" in page and "移除：网站" in page
    screen = Channel.objects.get(code="screen")
    assert f"#{screen.pk}" not in page

    # The disclosure's own timeline says the same.
    entries, _queries = read_record_timeline(client, disclosure)
    assert channel_changes(entries) == expected
    # Its creation, before any channel was set, lists none.
    assert not channel_changes([e for e in entries if e.action == "创建"])


@pytest.mark.django_db
def test_a_person_in_a_record_is_named_as_the_operator_is(client, demo):
    """The report's 报送人 reads as the person, name and user name, like the operator column,
    not as a bare login name."""
    from audit.models import SummaryReport, WorkPlan
    from powers.history import user_display_name

    head = demo.head
    assert head.get_full_name()
    client.force_login(head)
    unit_report = reverse("workplan:report", args=[demo.unit.pk])
    response = client.post(
        unit_report, {"shortcomings": "不足。", "improvements": "整改。", "submit": "1"}
    )
    assert response.status_code == 302
    report = SummaryReport.objects.get(
        plan=WorkPlan.objects.get(township=demo.township), unit=demo.unit
    )

    client.force_login(demo.discipline)
    entries, _queries = read_record_timeline(client, report)
    submitter = [c.new for e in entries for c in e.changes if c.label == "报送人"]
    assert submitter == [user_display_name(head)]
    assert head.get_full_name() in submitter[0]
