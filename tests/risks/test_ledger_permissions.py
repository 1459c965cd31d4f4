"""Each role × own unit, another unit, another township × every risk ledger page and action.

The point under test belongs to the demo's first village, with one measure and one evidence
file. Users who cannot see the unit get a 404 (no hint that the record exists); users who see
it but lack the right get a 403.
"""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from powers.lifecycle import Status
from risks.models import EvidenceFile, PreventionMeasure, RiskPoint
from risks.uploads import check_upload, store_evidence
from tests.risks.test_ledger import make_point

USERS = [
    "clerk",
    "head",
    "reviewer",
    "discipline",
    "administrator",
    "other_clerk",
    "foreign_clerk",
    "foreign_reviewer",
]
SEES_UNIT = {"clerk", "head", "reviewer", "discipline", "administrator"}
# Officials of the demo township who see some of its units, but not the township as a whole.
SEES_A_UNIT_OF_THE_TOWNSHIP = {"clerk", "head", "other_clerk"}
TOWNSHIP_WIDE = {"reviewer", "discipline", "administrator"}


def expected(user: str, allowed: set[str]) -> int:
    if user in allowed:
        return 200
    return 403 if user in SEES_UNIT else 404


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "#c62828").save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def point(demo) -> RiskPoint:
    point = make_point(
        demo.unit,
        "TST-M-1",
        user=demo.clerk,
        identified_at=timezone.now(),
        measures=[PreventionMeasure.Phase.DURING],
    )
    point.identified_by = demo.clerk
    point.save()
    upload = SimpleUploadedFile("签到表.png", png_bytes(), content_type="image/png")
    store_evidence(point.measures.get(), check_upload(upload), user=demo.clerk)
    return point


def point_form_data(point: RiskPoint, **changes) -> dict:
    measures = list(point.measures.all()) if point.pk else []
    data = {
        "code": point.code,
        "description": point.description,
        "risk_type": point.risk_type,
        "post_risk": point.post_risk,
        "likelihood": point.likelihood,
        "impact": point.impact,
        "version": point.version,
        "measures-TOTAL_FORMS": len(measures),
        "measures-INITIAL_FORMS": len(measures),
        "measures-MIN_NUM_FORMS": 0,
        "measures-MAX_NUM_FORMS": 1000,
    }
    for n, measure in enumerate(measures):
        data.update(
            {
                f"measures-{n}-id": measure.pk,
                f"measures-{n}-phase": measure.phase,
                f"measures-{n}-measure": measure.measure,
                f"measures-{n}-status": measure.status,
            }
        )
    data.update(changes)
    return data


PAGES = {
    # page name → (roles allowed, how to build the url)
    "ledger": (SEES_UNIT, lambda d, p: reverse("risks:unit_ledger", args=[d.unit.pk])),
    "detail": (SEES_UNIT, lambda d, p: reverse("risks:point_detail", args=[p.pk])),
    "history": (SEES_UNIT, lambda d, p: reverse("risks:point_history", args=[p.pk])),
    "create": ({"clerk"}, lambda d, p: reverse("risks:point_create", args=[d.unit.pk])),
    "edit": ({"clerk"}, lambda d, p: reverse("risks:point_edit", args=[p.pk])),
    "review": ({"clerk"}, lambda d, p: reverse("risks:risk_review", args=[p.pk])),
    "evidence": (
        SEES_UNIT,
        lambda d, p: reverse("risks:evidence_download", args=[EvidenceFile.objects.get().pk]),
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
@pytest.mark.parametrize("page", list(PAGES))
def test_pages(client, demo, point, user, page):
    allowed, url = PAGES[page]
    client.force_login(getattr(demo, user))
    assert client.get(url(demo, point)).status_code == expected(user, allowed)


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
def test_the_township_ledger(client, demo, user):
    client.force_login(getattr(demo, user))
    response = client.get(reverse("risks:township_ledger", args=[demo.township.pk]))
    if user in TOWNSHIP_WIDE:
        assert response.status_code == 200
    else:
        assert response.status_code == (403 if user in SEES_A_UNIT_OF_THE_TOWNSHIP else 404)


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
def test_the_level_colours(client, demo, user):
    client.force_login(getattr(demo, user))
    response = client.get(reverse("risks:level_styles", args=[demo.township.pk]))
    sees = TOWNSHIP_WIDE | SEES_A_UNIT_OF_THE_TOWNSHIP
    assert response.status_code == (200 if user in sees else 404)


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
def test_editing_a_point_and_its_measure(client, demo, point, user):
    measure = point.measures.get()
    client.force_login(getattr(demo, user))
    data = point_form_data(
        point,
        description="被改过的描述",
        **{"measures-0-status": PreventionMeasure.MeasureStatus.IN_EFFECT},
    )
    response = client.post(reverse("risks:point_edit", args=[point.pk]), data)
    point.refresh_from_db()
    measure.refresh_from_db()
    if user == "clerk":
        assert response.status_code == 302
        assert point.description == "被改过的描述"
        assert measure.status == PreventionMeasure.MeasureStatus.IN_EFFECT
    else:
        assert response.status_code == expected(user, set())
        assert point.description == "测试风险点 TST-M-1"
        assert measure.status == PreventionMeasure.MeasureStatus.PLANNED


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
def test_creating_a_point(client, demo, user):
    client.force_login(getattr(demo, user))
    template = RiskPoint(
        unit=demo.unit, code="TST-NEW", description="新风险点", risk_type="process"
    )
    template.likelihood, template.impact = 2, 3
    url = reverse("risks:point_create", args=[demo.unit.pk])
    response = client.post(url, point_form_data(template, version=""))
    created = RiskPoint.objects.filter(unit=demo.unit, code="TST-NEW").exists()
    assert created == (user == "clerk")
    if user != "clerk":
        assert response.status_code == expected(user, set())


REVIEW = {
    "review_date": "2026-03-02",
    "review_meeting": "村民代表会议",
    "review_participants": 23,
    "review_outcome": "同意列为风险点",
}


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
def test_recording_the_democratic_review(client, demo, point, user):
    client.force_login(getattr(demo, user))
    url = reverse("risks:risk_review", args=[point.pk])
    response = client.post(url, {**REVIEW, "version": point.version})
    point.refresh_from_db()
    if user == "clerk":
        assert response.status_code == 302
        assert point.review_participants == 23
    else:
        assert response.status_code == expected(user, set())
        assert point.reviewed_at is None


# transition → (starting status, is the point public first, who may, status after)
TRANSITIONS = {
    "submit": (Status.DRAFT, False, {"clerk"}, Status.SUBMITTED),
    "confirm": (Status.SUBMITTED, False, {"head"}, Status.CONFIRMED),
    "return_to_clerk": (Status.SUBMITTED, False, {"head"}, Status.RETURNED),
    "approve": (Status.CONFIRMED, False, {"reviewer"}, Status.PUBLISHED),
    "return": (Status.CONFIRMED, False, {"reviewer"}, Status.RETURNED),
    "withdraw": (Status.PUBLISHED, True, {"reviewer"}, Status.WITHDRAWN),
}


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
@pytest.mark.parametrize("transition", list(TRANSITIONS))
def test_transitions(client, demo, point, user, transition):
    start, public, allowed, after = TRANSITIONS[transition]
    point.status = start
    point.reviewed_at = timezone.now()  # the order of 民主评 and 乡镇审 has its own tests
    point.is_public = public
    point.published_data = point.public_snapshot() if public else None
    point.save()
    client.force_login(getattr(demo, user))
    url = reverse("risks:point_transition", args=[point.pk, transition])
    response = client.post(url, {"reason": "测试原因"})
    point.refresh_from_db()
    if user in allowed:
        assert response.status_code == 302
        assert point.status == after
    else:
        assert response.status_code == expected(user, set())
        assert point.status == start


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
def test_uploading_evidence(client, demo, point, user):
    measure = point.measures.get()
    client.force_login(getattr(demo, user))
    upload = SimpleUploadedFile(
        "会议记录.pdf", b"%PDF-1.4\n%test\n", content_type="application/pdf"
    )
    response = client.post(reverse("risks:evidence_upload", args=[measure.pk]), {"file": upload})
    stored = measure.evidence.filter(original_name="会议记录.pdf").exists()
    assert stored == (user == "clerk")
    assert response.status_code == (302 if user == "clerk" else expected(user, set()))


@pytest.mark.django_db
def test_the_discipline_committee_changes_nothing(client, demo, point):
    client.force_login(demo.discipline)
    before = (
        RiskPoint.history.count(),
        PreventionMeasure.history.count(),
        EvidenceFile.history.count(),
    )
    for transition in TRANSITIONS:
        url = reverse("risks:point_transition", args=[point.pk, transition])
        client.post(url, {"reason": "x"})
    client.post(reverse("risks:point_edit", args=[point.pk]), point_form_data(point))
    client.post(reverse("risks:risk_review", args=[point.pk]), REVIEW)
    upload = SimpleUploadedFile("x.png", png_bytes(), content_type="image/png")
    client.post(reverse("risks:evidence_upload", args=[point.measures.get().pk]), {"file": upload})
    after = (
        RiskPoint.history.count(),
        PreventionMeasure.history.count(),
        EvidenceFile.history.count(),
    )
    assert after == before


@pytest.mark.django_db
def test_other_units_points_never_show_in_a_ledger(client, demo, point):
    make_point(demo.other_unit, "TST-OTHER-1")
    client.force_login(demo.other_clerk)
    page = client.get(reverse("risks:unit_ledger", args=[demo.other_unit.pk])).content.decode()
    assert "TST-OTHER-1" in page
    assert "TST-M-1" not in page
    client.force_login(demo.clerk)
    page = client.get(reverse("risks:unit_ledger", args=[demo.unit.pk])).content.decode()
    assert "TST-M-1" in page
    assert "TST-OTHER-1" not in page
