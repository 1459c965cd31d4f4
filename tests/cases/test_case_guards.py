"""Guards found missing in review: one result disclosure per case, no evidence or records
added to a closed case, approving a case part-way through its chart is a breach, a stale or
duplicate save shown to the clerk instead of a server error, and a public year out of range."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from cases import services, views
from cases.forms import CaseOpenForm
from cases.models import Breach, Case, StepRecord
from disclosures.models import Disclosure
from risks.uploads import check_upload

from .helpers import open_case, record, step_id
from .test_public_case import PNG

pytestmark = pytest.mark.django_db

MEETING = {"should_attend": 9, "attended": 9, "votes_for": 9, "votes_against": 0}


def close(case: Case, outcome: str = "approved", reason: str = "") -> Case:
    return services.close_case(
        case,
        user=case.opened_by,
        outcome=outcome,
        result="结果说明。",
        closed_on=timezone.localdate(),
        reason=reason,
    )


def test_a_second_click_on_a_stale_page_makes_no_second_result_disclosure(demo):
    closed = Case.objects.get(unit=demo.unit, reference="2026-001")
    stale = Case.objects.get(pk=closed.pk)  # read before the first click saved its draft
    first = services.disclose_result(closed, user=demo.clerk)
    second = services.disclose_result(stale, user=demo.clerk)
    assert second == first
    assert Disclosure.objects.filter(title=first.title).count() == 1
    assert stale.disclosure_id == first.pk


@pytest.mark.parametrize("year", ["10000", "0", "-3"])
def test_the_public_case_list_shows_this_year_for_a_year_out_of_range(client, demo, year):
    url = reverse("cases:public_cases", args=[demo.township.code, demo.unit.code])
    response = client.get(url, {"year": year})
    assert response.status_code == 200
    assert str(timezone.localdate().year) in response.content.decode()


def test_no_attachment_is_added_to_a_closed_case(client, demo):
    case = Case.objects.get(unit=demo.unit, reference="2026-001")
    assert not case.is_open
    step = case.records.first()
    before = step.attachments.count()
    with pytest.raises(ValidationError):
        services.attach(
            step, check_upload(SimpleUploadedFile("签到表.png", PNG, "image/png")), user=demo.clerk
        )
    client.force_login(demo.clerk)
    response = client.post(
        reverse("cases:attachment_upload", args=[step.pk]),
        {"file": SimpleUploadedFile("签到表.png", PNG, "image/png")},
        follow=True,
    )
    assert "该事项已办结，不能再上传附件。" in response.content.decode()
    assert step.attachments.count() == before


def test_approving_a_case_part_way_through_its_chart_is_a_skipped_step_breach(demo):
    case = open_case(demo, "JC-01")
    record(case, "党支部提议", 0)
    meeting = record(case, "两委联席会议商议", 1, **MEETING)
    assert not case.breaches.exists()

    with pytest.raises(ValidationError, match="必须说明理由"):
        close(case)
    assert Case.objects.get(pk=case.pk).is_open and not case.breaches.exists()

    close(case, reason="工程已由乡镇统一实施。")
    breach = case.breaches.get()
    assert (breach.kind, breach.record_id, breach.is_open) == (
        Breach.Kind.SKIPPED,
        meeting.pk,
        True,
    )
    assert "党员大会审议" in breach.message and "实施结果公开" in breach.message
    assert "终止并说明理由" not in breach.message
    assert Case.objects.get(pk=case.pk).closing_reason == "工程已由乡镇统一实施。"


def test_ending_a_case_early_without_approving_it_is_no_breach(demo):
    case = open_case(demo, "JC-01")
    record(case, "党支部提议", 0)
    close(case, outcome="terminated")
    assert not case.breaches.exists()


def test_a_reference_taken_meanwhile_is_shown_on_the_field(client, demo, monkeypatch):
    # The other request saves the same reference after this form checked it.
    monkeypatch.setattr(
        CaseOpenForm, "clean_reference", lambda form: form.cleaned_data["reference"].strip()
    )
    client.force_login(demo.clerk)
    item = open_case(demo, "XK-01", reference="T-DUP").item
    response = client.post(
        reverse("cases:case_open", args=[demo.unit.pk]),
        {
            "item": item.pk,
            "reference": "T-DUP",
            "title": "第二个同编号事项",
            "opened_on": timezone.localdate().isoformat(),
        },
    )
    assert response.status_code == 200
    assert "本单位已有相同编号的办理事项。" in response.content.decode()
    assert Case.objects.filter(unit=demo.unit, reference="T-DUP").count() == 1


def test_editing_a_record_without_its_version_is_refused(client, demo):
    case = open_case(demo, "JC-01")
    first = record(case, "党支部提议", 0, decision="原意见")
    client.force_login(demo.clerk)
    response = client.post(
        reverse("cases:record_edit", args=[first.pk]),
        {
            "step_id": first.step_id,
            "started_on": first.started_on.isoformat(),
            "completed_on": first.completed_on.isoformat(),
            "decision": "覆盖他人修改的意见",
        },
    )
    assert response.status_code == 200  # the form again, not a save
    saved = StepRecord.objects.get(pk=first.pk)
    assert (saved.decision, saved.version) == ("原意见", first.version)


def test_a_record_for_a_case_closed_meanwhile_is_refused_on_the_case_page(
    client, demo, monkeypatch
):
    case = open_case(demo, "JC-01")
    stale = Case.objects.get(pk=case.pk)  # the page the clerk loaded, still open
    close(case, outcome="terminated")
    monkeypatch.setattr(views, "get_case_for_user", lambda *args: stale)
    client.force_login(demo.clerk)
    response = client.post(
        reverse("cases:record_create", args=[case.pk]),
        {"step_id": step_id(case, "党支部提议"), "started_on": case.opened_on.isoformat()},
        follow=True,
    )
    assert response.redirect_chain == [(case.get_absolute_url(), 302)]
    assert "该事项已办结，不能再录入环节记录。" in response.content.decode()
    assert not case.records.exists()
