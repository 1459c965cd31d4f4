"""Who may read and write which cases and step records: the permission matrix."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from cases.models import Case

pytestmark = pytest.mark.django_db

READ, WRITE, HIDDEN, SIGN_IN = "read", "write", "hidden", "sign_in"

# role → what they may do with the first village's cases.
MATRIX = {
    "clerk": WRITE,
    "head": READ,
    "reviewer": READ,
    "discipline": READ,
    "other_clerk": HIDDEN,  # a clerk of another village
    "foreign_clerk": HIDDEN,  # a clerk of another township
    "anonymous": SIGN_IN,
}


def _login(client, demo, role: str) -> None:
    if role != "anonymous":
        client.force_login(getattr(demo, role))


def _pages(demo, case: Case) -> list[str]:
    record = case.records.first()
    return [
        reverse("cases:unit_cases", args=[demo.unit.pk]),
        reverse("cases:case_detail", args=[case.pk]),
        reverse("cases:case_history", args=[case.pk]),
    ] + ([reverse("cases:record_edit", args=[record.pk])] if record else [])


def _writes(demo, case: Case) -> list[tuple[str, dict]]:
    record = case.records.first()
    step = case.snapshot["steps"][0]
    return [
        (reverse("cases:case_open", args=[demo.unit.pk]), {}),
        (
            reverse("cases:record_create", args=[case.pk]),
            {"step_id": step["id"], "started_on": timezone.localdate().isoformat()},
        ),
        (reverse("cases:record_edit", args=[record.pk]), {"version": record.version}),
        (reverse("cases:case_request_publication", args=[case.pk]), {"version": case.version}),
        (
            reverse("cases:case_close", args=[case.pk]),
            {"version": case.version, "outcome": "approved", "result": "x"},
        ),
    ]


@pytest.mark.parametrize("role", list(MATRIX))
def test_reading_a_units_cases(client, demo, role):
    case = Case.objects.get(unit=demo.unit, reference="2026-002")
    _login(client, demo, role)
    expected = MATRIX[role]
    for url in _pages(demo, case):
        response = client.get(url)
        if expected == SIGN_IN:
            assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        elif expected == HIDDEN:
            assert response.status_code == 404, url
        elif expected == READ and "/records/" in url:
            assert response.status_code == 403, url  # the record editor is the clerk's
        else:
            assert response.status_code == 200, url


@pytest.mark.parametrize("role", list(MATRIX))
def test_writing_cases_and_step_records(client, demo, role):
    case = Case.objects.get(unit=demo.unit, reference="2026-002")
    before = (case.version, case.records.count(), case.records.first().version)
    _login(client, demo, role)
    expected = MATRIX[role]
    for url, data in _writes(demo, case):
        response = client.post(url, data)
        if expected == SIGN_IN:
            assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        elif expected == HIDDEN:
            assert response.status_code == 404, url
        elif expected == READ:
            assert response.status_code == 403, url
        else:
            assert response.status_code in {200, 302, 400}, url
    case.refresh_from_db()
    after = (case.version, case.records.count(), case.records.first().version)
    if expected == WRITE:
        assert after != before
    else:
        assert after == before


def test_the_clerk_records_a_step_and_it_is_checked(client, demo):
    case = Case.objects.get(unit=demo.unit, reference="2026-002")
    client.force_login(demo.clerk)
    step = next(s for s in case.snapshot["steps"] if s["name"] == "党员大会审议")
    response = client.post(
        reverse("cases:record_create", args=[case.pk]),
        {
            "step_id": step["id"],
            "started_on": timezone.localdate().isoformat(),
            "completed_on": timezone.localdate().isoformat(),
            "should_attend": 30,
            "attended": 12,
            "votes_for": 12,
            "votes_against": 0,
        },
    )
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "应到 30 人、实到 12 人" in page
    assert case.breaches.filter(record__step_id=step["id"], kind="quorum").exists()


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("clerk", 403),
        ("head", 403),
        ("reviewer", 200),
        ("discipline", 200),
        ("foreign_reviewer", 200),
    ],
)
def test_the_township_breach_list_is_for_township_roles(client, demo, role, status):
    client.force_login(getattr(demo, role))
    response = client.get(reverse("cases:breach_list"))
    assert response.status_code == status
    if role == "foreign_reviewer":
        assert "山塘承包" not in response.content.decode()  # another township's cases


def test_an_attachment_is_only_for_the_units_officials(client, demo):
    from django.core.files.uploadedfile import SimpleUploadedFile

    case = Case.objects.get(unit=demo.unit, reference="2026-002")
    record = case.records.first()
    client.force_login(demo.clerk)
    bad = SimpleUploadedFile("minutes.pdf", b"not a pdf at all", "application/pdf")
    client.post(reverse("cases:attachment_upload", args=[record.pk]), {"file": bad})
    assert not record.attachments.exists()  # refused by its content


@pytest.mark.parametrize("extra_cases", [0, 6])
def test_the_units_case_list_queries_do_not_grow_with_its_cases(
    client, demo, django_assert_num_queries, extra_cases
):
    from .helpers import open_case, record

    for number in range(extra_cases):
        case = open_case(demo, "XK-01", reference=f"T-{number}")
        record(case, "提出申请", 0)
    client.force_login(demo.clerk)
    url = reverse("cases:unit_cases", args=[demo.unit.pk])
    # 1 session, 2 user, 3-4 the user's unit and township grants, 5 the unit, 6 the cases with
    # their items and open breach counts, 7 their step records.
    with django_assert_num_queries(7):
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count("cases/") >= 5 + extra_cases
