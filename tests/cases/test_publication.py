"""Switching a case public is the unit head's or the township reviewer's decision; the clerk
may only ask for it. And the demo's breaches span more than one unit."""

from __future__ import annotations

import pytest
from django.urls import reverse

from cases.models import Case

pytestmark = pytest.mark.django_db

ASK, DECIDE, READ, HIDDEN, SIGN_IN = "ask", "decide", "read", "hidden", "sign_in"

# role → what they may do about publishing the first village's cases.
MATRIX = {
    "clerk": ASK,
    "head": DECIDE,
    "reviewer": DECIDE,
    "discipline": READ,
    "other_clerk": HIDDEN,  # a clerk of another village
    "foreign_clerk": HIDDEN,  # a clerk of another township
    "anonymous": SIGN_IN,
}


def _published(demo) -> Case:
    return Case.objects.get(unit=demo.unit, reference="2026-002", is_public=True)


def _post(client, name: str, case: Case, **data):
    return client.post(reverse(name, args=[case.pk]), {"version": case.version, **data})


def _expect(response, allowed: bool, expected: str) -> None:
    if expected == SIGN_IN:
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    elif expected == HIDDEN:
        assert response.status_code == 404
    elif allowed:
        assert response.status_code == 302
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("role", list(MATRIX))
def test_who_may_switch_a_case_public_or_stop_it(client, demo, role):
    case = _published(demo)
    if role != "anonymous":
        client.force_login(getattr(demo, role))
    expected = MATRIX[role]
    decides = expected == DECIDE

    _expect(_post(client, "cases:case_publish", case, public="0"), decides, expected)
    case.refresh_from_db()
    assert case.is_public is not decides
    _expect(_post(client, "cases:case_publish", case, public="1"), decides, expected)
    case.refresh_from_db()
    assert case.is_public
    if decides:
        assert case.history.first().history_user == getattr(demo, role)


@pytest.mark.parametrize("role", list(MATRIX))
def test_who_may_ask_for_a_case_to_be_published(client, demo, role):
    case = Case.objects.get(unit=demo.unit, reference="2026-002")
    case.is_public = False
    case.save()
    if role != "anonymous":
        client.force_login(getattr(demo, role))
    expected = MATRIX[role]
    asks = expected == ASK

    _expect(_post(client, "cases:case_request_publication", case), asks, expected)
    case.refresh_from_db()
    assert case.publish_requested is asks and not case.is_public


def test_the_clerk_asks_and_the_head_publishes(client, demo):
    case = Case.objects.get(unit=demo.unit, reference="2026-002")
    case.is_public = False
    case.save()
    client.force_login(demo.clerk)
    page = client.get(case.get_absolute_url()).content.decode()
    assert "申请对外公开" in page and "对外公开办理过程" not in page
    client.post(
        reverse("cases:case_request_publication", args=[case.pk]), {"version": case.version}
    )
    case.refresh_from_db()
    assert case.publish_requested and not case.is_public
    assert case.history.first().history_change_reason == "申请对外公开"
    assert (
        "申请公开" in client.get(reverse("cases:unit_cases", args=[demo.unit.pk])).content.decode()
    )

    client.force_login(demo.head)
    page = client.get(case.get_absolute_url()).content.decode()
    assert "同意公开办理过程" in page and "申请对外公开" not in page
    client.post(
        reverse("cases:case_publish", args=[case.pk]), {"version": case.version, "public": "1"}
    )
    case.refresh_from_db()
    assert case.is_public and not case.publish_requested
    entry = case.history.first()
    assert (entry.history_user, entry.history_change_reason) == (demo.head, "对外公开")
    public_url = reverse("cases:public_case", args=[demo.township.code, demo.unit.code, case.pk])
    assert client.get(public_url).status_code == 200


def test_the_demo_breaches_span_villages_and_township_offices(client, demo):
    client.force_login(demo.discipline)
    page = client.get(reverse("cases:breach_list")).content.decode()
    units = set(Case.objects.filter(breaches__isnull=False).values_list("unit__code", flat=True))
    assert {"qx-v01", "qx-v02", "qx-f01"} <= units
    for title in ["村集体山塘承包方案", "村委会会议室桌椅采购", "乡政府办公电脑采购"]:
        assert title in page
    furniture = Case.objects.get(unit__code="qx-v02", reference="2026-001")
    assert furniture.awaits_publication  # asked by the clerk, not yet decided
    office = Case.objects.get(unit__code="qx-f01", reference="2026-CG-003")
    assert office.is_public and not office.is_open and office.closing_reason
    assert office.breaches.get().kind == "posting"
