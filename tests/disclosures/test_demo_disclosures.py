"""The demo's disclosures, catalogs, projects and feedback (disclosures.demo)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from disclosures.demo import DemoCalendar
from disclosures.models import Audience, Disclosure, DisclosureObligation
from disclosures.obligations import catalog_rows
from disclosures.publishing import is_scheduled
from feedback.models import Feedback
from powers.lifecycle import Status
from powers.models import Unit
from powers.sanitize import clean_html
from projects.models import Project
from public.models import SearchEntry
from public.search import Filters, find

pytestmark = [pytest.mark.django_db, pytest.mark.dates]


def test_every_category_is_published(demo):
    published = Disclosure.objects.filter(unit__township=demo.township, is_public=True)
    assert set(published.values_list("category", flat=True)) == set(Disclosure.Category.values)
    assert published.filter(audience=Audience.PARTY).count() == 1
    for disclosure in published:
        assert disclosure.body == clean_html(disclosure.body)
        assert disclosure.history.earliest().history_user.username.endswith("-clerk")
        assert disclosure.channels.exists()
    # Some are in their publicity period now, some past; others wait in review.
    assert any(d.in_publicity for d in published)
    assert published.filter(publicity_end__lt=timezone.localdate()).exists()
    words = DemoCalendar(timezone.localdate())
    assert "<table" in published.get(title=words.fill("清溪村{last_month}财务收支公开")).body
    states = set(Disclosure.objects.values_list("status", flat=True))
    assert {Status.DRAFT, Status.SUBMITTED} <= states


def test_one_disclosure_waits_for_its_publication_time(demo):
    (scheduled,) = [d for d in Disclosure.objects.filter(status=Status.APPROVED) if is_scheduled(d)]
    assert scheduled.publish_at.date() == timezone.localdate() + timedelta(days=2)


def test_every_unit_has_a_catalog_and_some_matters_are_overdue(demo):
    today = timezone.localdate()
    overdue, met = [], []
    for unit in Unit.objects.filter(township=demo.township):
        rows = catalog_rows(DisclosureObligation.objects.filter(unit=unit), today)
        assert rows, unit
        overdue += [row for row in rows if row.state.overdue]
        met += [row for row in rows if row.last_published and not row.state.overdue]
    matters = {(row.obligation.unit.code, row.obligation.matter) for row in overdue}
    assert ("qx-v02", "重大事项决策") in matters  # a resolution not yet posted
    assert ("qx-v03", "财务收支") in matters  # no accounts since its catalog took effect
    assert ("qx-v01", "财务收支") not in matters
    assert met


def test_two_public_projects_in_progress(demo):
    projects = Project.objects.filter(
        unit__township=demo.township,
        is_public=True,
        progress_status=Project.ProjectStatus.BUILDING,
    )
    assert projects.count() == 2
    for project in projects:
        # Written by the clerk, confirmed by the head, approved by the reviewer.
        assert project.status == Status.PUBLISHED
        code = project.unit.code
        assert [h.history_user.username for h in project.history.order_by("history_id")] == [
            f"{code}-clerk",  # writes it
            f"{code}-clerk",  # submits it
            f"{code}-head",
            "reviewer",
        ]
        assert project.published_data["milestones"][0]["name"] == project.milestones.first().name
        assert 0 < project.percent_done < 100
        milestones = list(project.milestones.all())
        assert 3 <= len(milestones) <= 5
        assert any(m.done_date and m.note for m in milestones)
        assert any(m.done_date is None for m in milestones)
        progress = project.disclosures.get()
        assert progress.is_public and progress.category == Disclosure.Category.PROJECT


def test_feedback_with_replies_and_one_overdue(demo):
    feedback = Feedback.objects.filter(unit__township=demo.township)
    assert 5 <= feedback.count() <= 8
    replied = feedback.filter(status__in=["replied", "closed"])
    assert replied.filter(status="closed").exists()
    for item in replied:
        assert item.reply and item.replied_by.username == f"{item.unit.code}-clerk"
    assert [item for item in feedback if item.is_overdue] == [
        feedback.get(item__code="XK-01", unit__code="qx-v02")
    ]
    assert feedback.get(status="received", kind="rating").history.earliest().history_user is None


def test_public_search_finds_a_demo_disclosure_by_a_two_character_word(demo, client):
    entries = find(demo.township.pk, "低保", Filters())
    assert entries.filter(kind="disclosure", title__contains="低保民主评议").exists()
    # Not the draft nor the party's accounts.
    assert not SearchEntry.objects.filter(title__contains="党费").exists()
    draft = DemoCalendar(timezone.localdate()).fill("竹坞村{quarter}低保评议结果")
    assert Disclosure.objects.filter(title=draft, status=Status.DRAFT).exists()
    assert not find(demo.township.pk, draft, Filters()).exists()
    assert find(demo.township.pk, "硬化", Filters()).filter(kind="project").exists()
    response = client.get(reverse("public:search", args=[demo.township.code]), {"q": "低保"})
    assert response.status_code == 200
    assert "低保民主评议结果公示" in response.content.decode()
