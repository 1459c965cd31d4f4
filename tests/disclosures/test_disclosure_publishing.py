"""Publication: scheduled (定时发布), immediate, and withdrawal, on the next request, in search."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from disclosures.tasks import publish_due_disclosures
from powers.lifecycle import Status, apply_transition
from powers.permissions import unit_perms
from public.models import SearchEntry
from public.search import bigram_terms
from tests.disclosures.test_disclosure_editor import make_disclosure, publish

pytestmark = pytest.mark.dates


def page_url(disclosure) -> str:
    unit = disclosure.unit
    return reverse("public:disclosure_page", args=[unit.township.code, unit.code, disclosure.pk])


def entries(disclosure):
    return SearchEntry.objects.filter(kind="disclosure", object_id=disclosure.pk)


def confirmed(demo, **fields):
    disclosure = make_disclosure(demo.unit, demo.clerk, **fields)
    unit = demo.unit
    apply_transition(disclosure, "submit", user=demo.clerk, perms=unit_perms(demo.clerk, unit))
    apply_transition(disclosure, "confirm", user=demo.head, perms=unit_perms(demo.head, unit))
    return disclosure


def test_bigram_terms_pairs_chinese_and_keeps_other_words():
    assert bigram_terms("宅基地审批") == "宅基 基地 地审 审批"
    assert bigram_terms("村 GDP增长 2026年 Road-Works") == "村 gdp 增长 2026 年 road works"
    assert bigram_terms("低保低保") == "低保 保低"  # each term once


@pytest.mark.django_db
def test_a_scheduled_disclosure_waits_then_the_job_publishes_it(
    client, demo, monkeypatch, django_capture_on_commit_callbacks
):
    publish_at = timezone.now() + timedelta(hours=2)
    disclosure = confirmed(demo, title="低保对象评议结果公示", publish_at=publish_at)
    client.get(page_url(disclosure))  # a visitor comes early: nothing to see, nothing cached
    client.force_login(demo.reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("disclosures:official_transition", args=[disclosure.pk, "approve"]),
            follow=True,
        )
    assert "定时发布" in response.content.decode()
    disclosure.refresh_from_db()
    assert disclosure.status == Status.APPROVED
    assert not disclosure.is_public
    assert disclosure.published_data["title"] == "低保对象评议结果公示"
    assert disclosure.history.first().history_change_reason.startswith("定时发布：等待 ")
    assert disclosure.history.first().history_user == demo.reviewer
    client.logout()
    assert client.get(page_url(disclosure)).status_code == 404
    assert not entries(disclosure).exists()

    with django_capture_on_commit_callbacks(execute=True):
        assert publish_due_disclosures() == []  # not yet
    disclosure.refresh_from_db()
    assert disclosure.status == Status.APPROVED

    later = publish_at + timedelta(minutes=3)
    monkeypatch.setattr(timezone, "now", lambda: later)
    with django_capture_on_commit_callbacks(execute=True):
        assert publish_due_disclosures() == [disclosure.pk]
    disclosure.refresh_from_db()
    assert disclosure.status == Status.PUBLISHED
    assert disclosure.is_public
    assert disclosure.published_at == later
    last = disclosure.history.first()
    assert last.history_user == demo.reviewer
    assert last.history_change_reason == "定时发布"
    assert last.history_request == "job:publish_due_disclosures"
    page = client.get(page_url(disclosure))
    assert page.status_code == 200
    assert "低保对象评议结果公示" in page.content.decode()
    assert entries(disclosure).get().published_at == later

    # Idempotent: a second run publishes nothing and writes no history.
    rows = disclosure.history.count()
    with django_capture_on_commit_callbacks(execute=True):
        assert publish_due_disclosures() == []
    assert disclosure.history.count() == rows


@pytest.mark.django_db
def test_a_past_or_empty_publication_time_publishes_at_approval(
    client, demo, django_capture_on_commit_callbacks
):
    for publish_at in (None, timezone.now() - timedelta(minutes=1)):
        disclosure = confirmed(demo, title=f"立即发布 {publish_at}", publish_at=publish_at)
        client.force_login(demo.reviewer)
        with django_capture_on_commit_callbacks(execute=True):
            client.post(reverse("disclosures:official_transition", args=[disclosure.pk, "approve"]))
        disclosure.refresh_from_db()
        assert disclosure.status == Status.PUBLISHED
        assert disclosure.is_public
        assert entries(disclosure).exists()


@pytest.mark.django_db
def test_a_reviewer_can_cancel_a_scheduled_publication(
    client, demo, monkeypatch, django_capture_on_commit_callbacks
):
    publish_at = timezone.now() + timedelta(days=1)
    disclosure = confirmed(demo, title="撤下的定时公开", publish_at=publish_at)
    client.force_login(demo.reviewer)
    url = reverse("disclosures:official_transition", args=[disclosure.pk, "approve"])
    client.post(url)
    detail = client.get(disclosure.get_absolute_url()).content.decode()
    assert "取消定时发布" in detail
    cancel = reverse("disclosures:official_transition", args=[disclosure.pk, "cancel_schedule"])
    client.post(cancel, {"reason": ""})
    disclosure.refresh_from_db()
    assert disclosure.status == Status.APPROVED  # a reason is required
    client.post(cancel, {"reason": "公示对象名单有误"})
    disclosure.refresh_from_db()
    assert disclosure.status == Status.WITHDRAWN
    assert disclosure.history.first().history_change_reason == "取消定时发布：公示对象名单有误"
    monkeypatch.setattr(timezone, "now", lambda: publish_at + timedelta(minutes=1))
    with django_capture_on_commit_callbacks(execute=True):
        assert publish_due_disclosures() == []
    assert client.get(page_url(disclosure)).status_code == 404


@pytest.mark.django_db
def test_a_withdrawal_takes_the_page_and_the_search_entry_away_at_once(
    client, demo, django_capture_on_commit_callbacks
):
    disclosure = make_disclosure(demo.unit, demo.clerk, title="村集体资产处置结果公开")
    with django_capture_on_commit_callbacks(execute=True):
        publish(disclosure, demo)
    assert client.get(page_url(disclosure)).status_code == 200  # cached from here on
    assert client.get(page_url(disclosure)).status_code == 200
    assert entries(disclosure).exists()
    client.force_login(demo.reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("disclosures:official_transition", args=[disclosure.pk, "withdraw"]),
            {"reason": "处置价格有误，待核实"},
        )
    client.logout()
    assert client.get(page_url(disclosure)).status_code == 404
    assert not entries(disclosure).exists()
    disclosure.refresh_from_db()
    assert disclosure.status == Status.WITHDRAWN
    assert disclosure.status_reason == "处置价格有误，待核实"
