"""A case's life: the snapshot it keeps, the breaches stored on it and the warning they raise,
closing over a breach, publishing the result as a disclosure, and the demo's cases."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from cases import services
from cases.models import Breach, Case
from disclosures.models import Disclosure
from powers.demo import DEMO_EXTENSIONS
from powers.models import FlowStep
from risks.models import Warning

from .helpers import open_case, record, step_id

pytestmark = pytest.mark.django_db

MEETING = {"should_attend": 9, "attended": 9, "votes_for": 9, "votes_against": 0}


def test_a_flowchart_edited_after_the_case_opened_does_not_change_its_snapshot(demo):
    case = open_case(demo, "JC-01")
    before = Case.objects.get(pk=case.pk).snapshot
    chart = case.item.flowchart
    announce = chart.steps.get(name="决议公开")
    announce.name, announce.posting_days = "决议公示", 1
    announce.save()
    FlowStep.objects.create(flowchart=chart, order=99, name="新增环节")
    chart.edges.filter(source=announce).update(label="改")

    case.refresh_from_db()
    assert case.snapshot == before
    names = [step["name"] for step in case.snapshot["steps"]]
    assert "决议公开" in names and "新增环节" not in names
    assert case.snapshot_step(announce.pk)["posting_days"] == 5
    # The checks still hold the case to the 5 days it opened with.
    record(case, "党支部提议", 0)
    record(case, "两委联席会议商议", 1, **MEETING)
    record(case, "党员大会审议", 2, **MEETING)
    record(case, "村民代表会议或村民会议决议", 3, **MEETING)
    opened = case.opened_on
    posting = record(
        case,
        "决议公开",
        4,
        7,
        posting_start=opened + timedelta(days=4),
        posting_end=opened + timedelta(days=7),
    )
    assert [(b.kind, b.record_id) for b in case.breaches.all()] == [
        (Breach.Kind.POSTING, posting.pk)
    ]


def test_a_breach_is_stored_on_its_record_and_warns_the_unit_once(demo):
    case = open_case(demo, "JC-01")
    record(case, "党支部提议", 0)
    short = record(case, "两委联席会议商议", 1, should_attend=9, attended=5, votes_for=5)
    breach = case.breaches.get()
    assert (breach.kind, breach.record_id, breach.is_open) == (Breach.Kind.QUORUM, short.pk, True)
    warnings = Warning.objects.filter(cause_key=services.warning_cause_key(case))
    assert warnings.count() == 1
    warning = warnings.get()
    assert warning.unit == demo.unit and warning.status == Warning.Status.OPEN
    assert case.reference in warning.cause

    # A second breach on the same case adds to the case, not to the warnings.
    record(case, "党员大会审议", 2, should_attend=30, attended=12, votes_for=12, result="rejected")
    assert case.breaches.filter(resolved_at__isnull=True).count() == 2
    assert warnings.count() == 1

    # Correcting the record resolves the breach; its history keeps both.
    short.attended = short.votes_for = 6
    services.save_record(short, user=demo.clerk, expected_version=short.version)
    breach.refresh_from_db()
    assert breach.resolved_at is not None
    assert breach.history.count() == 2


def test_the_discipline_committee_sees_the_breach_across_the_township(client, demo):
    case = open_case(demo, "JC-01", reference="T-JW")
    record(case, "党支部提议", 0)
    record(case, "两委联席会议商议", 1, should_attend=9, attended=5, votes_for=5)
    client.force_login(demo.discipline)
    page = client.get(reverse("cases:breach_list")).content.decode()
    assert "T-JW" in page and "应到 9 人、实到 5 人" in page
    # The demo's own quorum and posting breaches are there too.
    assert "山塘承包" in page and "少于规定的 7 天" in page


def test_closing_over_an_open_breach_needs_a_reason_that_stays_in_history(client, demo):
    case = open_case(demo, "JC-01")
    record(case, "党支部提议", 0)
    record(case, "两委联席会议商议", 1, should_attend=9, attended=5, votes_for=5)
    client.force_login(demo.clerk)
    url = reverse("cases:case_close", args=[case.pk])
    data = {
        "outcome": "terminated",
        "result": "方案撤回。",
        "closed_on": timezone.localdate().isoformat(),
        "version": Case.objects.get(pk=case.pk).version,
    }
    response = client.post(url, data)
    assert response.status_code == 400
    assert "必须说明理由" in response.content.decode()
    assert "方案撤回。" in response.content.decode()  # the form keeps what was typed
    assert Case.objects.get(pk=case.pk).is_open

    response = client.post(url, {**data, "reason": "村民代表大会已否决，不再召集两委会议。"})
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == Case.CaseStatus.CLOSED
    assert case.closing_reason == "村民代表大会已否决，不再召集两委会议。"
    latest = case.history.first()
    assert "村民代表大会已否决" in latest.history_change_reason
    assert latest.history_user == demo.clerk
    # The breach stays on the closed case.
    assert case.breaches.filter(resolved_at__isnull=True).exists()


def test_a_case_without_breach_closes_without_a_reason(demo):
    case = open_case(demo, "XK-01")
    # Withdrawn before any step: ending it early is no breach (approving it would be).
    services.close_case(
        case,
        user=demo.clerk,
        outcome="terminated",
        result="申请人撤回。",
        closed_on=timezone.localdate(),
    )
    assert Case.objects.get(pk=case.pk).status == Case.CaseStatus.CLOSED


def test_a_stale_close_is_refused(client, demo):
    case = open_case(demo, "XK-01")
    client.force_login(demo.clerk)
    data = {
        "outcome": "approved",
        "result": "已办结。",
        "closed_on": timezone.localdate().isoformat(),
        "version": case.version,
    }
    services.set_public(case, user=demo.clerk, public=True)
    response = client.post(reverse("cases:case_close", args=[case.pk]), data)
    assert response.status_code == 400
    assert "已修改了这条记录" in response.content.decode()


def test_the_result_becomes_a_draft_disclosure_in_one_action(client, demo):
    case = Case.objects.get(unit=demo.unit, reference="2026-001")
    client.force_login(demo.clerk)
    response = client.post(reverse("cases:case_disclose", args=[case.pk]))
    disclosure = Disclosure.objects.get(pk=Case.objects.get(pk=case.pk).disclosure_id)
    assert response["Location"] == reverse("disclosures:official_detail", args=[disclosure.pk])
    assert disclosure.status == "draft" and disclosure.unit == demo.unit
    assert disclosure.category == Disclosure.Category.EXECUTION
    assert list(disclosure.related_items.all()) == [case.item]
    assert "村道硬化" in disclosure.body and "31/35" in disclosure.body
    # Once per case: the second click leads to the same disclosure.
    client.post(reverse("cases:case_disclose", args=[case.pk]))
    assert Disclosure.objects.filter(title=disclosure.title).count() == 1


def test_an_open_case_cannot_be_disclosed_yet(demo):
    case = Case.objects.get(unit=demo.unit, reference="2026-002")
    with pytest.raises(ValidationError):
        services.disclose_result(case, user=demo.clerk)


def test_a_record_form_with_errors_is_shown_again(client, demo):
    case = open_case(demo, "JC-01")
    client.force_login(demo.clerk)
    response = client.post(
        reverse("cases:record_create", args=[case.pk]),
        {
            "step_id": step_id(case, "两委联席会议商议"),
            "started_on": case.opened_on.isoformat(),
            "should_attend": 5,
            "attended": 9,
            "supervision_opinion": "保留这段意见",
        },
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "实到人数不能多于应到人数" in page and "保留这段意见" in page
    assert not case.records.exists()


def test_the_demo_has_cases_open_closed_and_breaching(demo):
    from cases.demo import load_demo_cases

    assert load_demo_cases in DEMO_EXTENSIONS
    cases = Case.objects.filter(unit=demo.unit)
    assert cases.values("item").distinct().count() >= 3
    assert cases.filter(status="closed").exists() and cases.filter(status="open").exists()
    kinds = set(Breach.objects.filter(case__in=cases).values_list("kind", flat=True))
    assert {Breach.Kind.QUORUM, Breach.Kind.POSTING} <= kinds


def test_the_clerk_opens_a_case_of_a_published_item_with_a_unique_reference(client, demo):
    client.force_login(demo.clerk)
    item = demo.unit.power_items.get(code="XK-01")
    url = reverse("cases:case_open", args=[demo.unit.pk])
    data = {
        "item": item.pk,
        "reference": "2026-001",  # the demo's first case
        "title": "宅基地申请初审",
        "applicant": "孙某某",
        "opened_on": timezone.localdate().isoformat(),
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert "本单位已有相同编号的办理事项" in response.content.decode()
    response = client.post(url, {**data, "reference": "2026-099"})
    case = Case.objects.get(unit=demo.unit, reference="2026-099")
    assert response["Location"] == case.get_absolute_url()
    assert case.snapshot["flowchart"]["id"] == item.flowchart.pk
    assert case.opened_by == demo.clerk and case.history.first().history_user == demo.clerk
