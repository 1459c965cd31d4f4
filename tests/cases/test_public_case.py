"""The public's case pages: only published cases of public items, no personal data, and a
number of queries that does not grow with the steps."""

from __future__ import annotations

import hashlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from cases import services
from cases.models import Case, StepRecord
from cases.public_views import PUBLIC_RECORD_FIELDS
from risks.uploads import check_upload

from .helpers import open_case, record

pytestmark = pytest.mark.django_db

# One transparent pixel, as Pillow writes it: an upload is re-encoded, and this comes back the
# same bytes (a picture Pillow cannot decode is refused).
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63"
    "f8ffff3f030008fc02fea79aa0a00000000049454e44ae426082"
)


def public_url(case: Case) -> str:
    return reverse("cases:public_case", args=[case.unit.township.code, case.unit.code, case.pk])


def published_case(demo) -> tuple[Case, StepRecord]:
    case = open_case(
        demo,
        "JC-01",
        reference="T-PUB",
        title="文化广场修缮方案",
        amount="88000",
        applicant="赵某某",
        applicant_contact="13912345678",
    )
    record(case, "党支部提议", 0, user=demo.clerk, handler=demo.clerk, decision="内部意见甲乙丙")
    meeting = record(
        case,
        "两委联席会议商议",
        1,
        handler=demo.clerk,
        should_attend=8,
        attended=7,
        votes_for=6,
        votes_against=1,
        result="passed",
        township_witness="联村干部钱某某",
        decision="书记末位表态同意",
        supervision_opinion="监委会认为程序合规",
    )
    services.attach(
        meeting,
        check_upload(SimpleUploadedFile("签到表-钱某某.png", PNG, "image/png")),
        user=demo.clerk,
    )
    services.set_public(case, user=demo.clerk, public=True)
    return case, meeting


def test_the_public_case_page_shows_no_personal_data(client, demo):
    case, meeting = published_case(demo)
    page = client.get(public_url(case)).content.decode()
    # What the model holds for the officials only, field by field.
    internal = {
        "Case.applicant": case.applicant,
        "Case.applicant_contact": case.applicant_contact,
        "StepRecord.handler": demo.clerk.get_full_name(),
        "StepRecord.handler (username)": demo.clerk.username,
        "StepRecord.recorded_by": demo.clerk.first_name,
        "StepRecord.decision": meeting.decision,
        "StepRecord.decision (first step)": "内部意见甲乙丙",
        "StepRecord.township_witness": meeting.township_witness,
        "StepAttachment.original_name": "签到表-钱某某",
        "StepAttachment.sha256": hashlib.sha256(PNG).hexdigest(),
    }
    for field, value in internal.items():
        assert value and value not in page, field
    # What the public is told, from the same records.
    public = {
        "Case.reference": case.reference,
        "Case.title": case.title,
        "Case.amount": "88000",
        "StepRecord.step_name": meeting.step_name,
        "StepRecord.attendance": "7/8",
        "StepRecord.votes_for": "同意 6 票",
        "StepRecord.votes_against": "反对 1 票",
        "StepRecord.township_witness (whether)": "乡镇干部到会见证",
        "StepRecord.supervision_opinion": meeting.supervision_opinion,
        "StepRecord.started_on": meeting.started_on.isoformat(),
    }
    for field, value in public.items():
        assert value in page, field
    # Every field of a step record is either listed for the public or kept internal.
    kept_internal = {"id", "case", "handler", "decision", "recorded_by", "version"}
    fields = {f.name for f in StepRecord._meta.concrete_fields}
    assert fields - kept_internal <= set(PUBLIC_RECORD_FIELDS) | {"step_id"}


def test_the_page_marks_the_steps_done_current_and_ahead(client, demo):
    case, _meeting = published_case(demo)
    record(case, "党员大会审议", 2, end=None, should_attend=30, attended=25, votes_for=20)
    StepRecord.objects.filter(case=case, step_name="党员大会审议").update(completed_on=None)
    services.set_public(case, user=demo.head, public=True)  # the head publishes the update
    page = client.get(public_url(case)).content.decode()
    assert page.count('class="step-done flow-kind') == 2
    assert page.count('class="step-current flow-kind') == 1
    assert 'class="step-ahead flow-kind' in page


def test_unpublished_cases_and_cases_of_hidden_items_are_not_public(client, demo):
    case, _meeting = published_case(demo)
    services.set_public(case, user=demo.clerk, public=False)
    assert client.get(public_url(case)).status_code == 404
    hidden = Case.objects.get(unit=demo.unit, reference="2026-005")
    hidden.item.is_public = False
    hidden.item.save()
    assert client.get(public_url(hidden)).status_code == 404


def test_the_years_cases_are_listed_by_item_with_their_status(client, demo):
    case, _meeting = published_case(demo)
    url = reverse("cases:public_cases", args=[demo.township.code, demo.unit.code])
    page = client.get(url, {"year": case.opened_on.year}).content.decode()
    assert "文化广场修缮方案" in page and "村道硬化工程立项" in page
    assert "JC-01" in page and "办理中" in page and "已办结" in page
    assert "赵某某" not in page


def _grow(case: Case, steps: int) -> None:
    for day in range(steps):
        record(case, "组织实施", 10 + day)


@pytest.mark.parametrize("extra_steps", [2, 12])
def test_the_public_case_page_queries_do_not_grow_with_its_steps(
    client, demo, django_assert_num_queries, extra_steps
):
    case, _meeting = published_case(demo)
    _grow(case, extra_steps)
    services.set_public(case, user=demo.head, public=True)  # the head publishes the update
    url = public_url(case)
    # 1 the unit with its township, 2 the case with its item and its published records.
    with django_assert_num_queries(2):
        response = client.get(url)
    assert response.status_code == 200
    assert len(Case.objects.get(pk=case.pk).published_data["records"]) == 2 + extra_steps


@pytest.mark.parametrize("extra_steps", [2, 12])
def test_the_official_case_page_queries_do_not_grow_with_its_steps(
    client, demo, django_assert_num_queries, extra_steps
):
    case, _meeting = published_case(demo)
    _grow(case, extra_steps)
    client.force_login(demo.clerk)
    # 1 session, 2 user, 3-4 the user's unit and township grants, 5 the case with unit, township
    # and item, 6 the records with handler and recorder, 7 their attachments, 8 the breaches.
    with django_assert_num_queries(8):
        response = client.get(reverse("cases:case_detail", args=[case.pk]))
    assert response.status_code == 200
