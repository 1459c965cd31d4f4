"""The personal-data guard on the way to the public: a disclosure (body, tables, attachments)
or a case result holding an ID-card or phone number is flagged on its page and cannot go to
review or public until it is masked, or the township reviewer confirms that exact text."""

from __future__ import annotations

import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from docx import Document as WordDocument

from cases import services as case_services
from cases.models import Case
from disclosures.models import Disclosure
from powers.lifecycle import Status, apply_transition
from powers.models import PersonalDataWaiver
from powers.permissions import unit_perms
from tests.cases.helpers import open_case
from tests.disclosures.test_disclosure_editor import make_disclosure

pytestmark = pytest.mark.django_db

ID_NUMBER = "11010519491231002X"
MOBILE = "13812345678"
LEAKY_BODY = (
    f"<p>经村民代表会议评议，张三（身份证号 {ID_NUMBER}）列为低保对象。</p>"
    f"<table><tr><td>联系人</td><td>{MOBILE}</td></tr></table>"
)


def detail_url(disclosure: Disclosure) -> str:
    return reverse("disclosures:official_detail", args=[disclosure.pk])


def submit(client, disclosure: Disclosure):
    url = reverse("disclosures:official_transition", args=[disclosure.pk, "submit"])
    return client.post(url, follow=True)


def page_text(response) -> str:
    return response.content.decode()


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def mask_url(record) -> str:
    content_type = ContentType.objects.get_for_model(record)
    return reverse("powers:personal_data_mask", args=[content_type.pk, record.pk])


def confirm_url(record) -> str:
    content_type = ContentType.objects.get_for_model(record)
    return reverse("powers:personal_data_confirm", args=[content_type.pk, record.pk])


def docx_bytes(*paragraphs: str, cells: tuple[str, ...] = ()) -> bytes:
    document = WordDocument()
    for text in paragraphs:
        document.add_paragraph(text)
    if cells:
        table = document.add_table(rows=1, cols=len(cells))
        for cell, text in zip(table.rows[0].cells, cells, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# A disclosure -------------------------------------------------------------------------------


def test_the_clerk_sees_both_findings_and_cannot_submit(client, demo):
    disclosure = make_disclosure(demo.unit, demo.clerk, body=LEAKY_BODY)
    client.force_login(demo.clerk)

    page = page_text(client.get(detail_url(disclosure)))
    assert "可能含有个人信息" in page
    assert "身份证号" in page and "1101**********002X" in page
    assert "手机号" in page and "138****5678" in page
    assert "一键遮盖" in page
    assert "确认可以公开" not in page  # the clerk cannot waive it

    response = submit(client, disclosure)
    [message] = messages_of(response)
    assert "不能提交审核" in message
    assert "1101**********002X" in message and "138****5678" in message
    assert ID_NUMBER not in message  # the refusal repeats no personal data
    disclosure.refresh_from_db()
    assert disclosure.status == Status.DRAFT


def test_the_edit_form_shows_the_warning_too(client, demo):
    disclosure = make_disclosure(demo.unit, demo.clerk, body=LEAKY_BODY)
    client.force_login(demo.clerk)
    page = page_text(client.get(reverse("disclosures:official_edit", args=[disclosure.pk])))
    assert "1101**********002X" in page and "138****5678" in page


def test_masking_fixes_it_with_history_and_submission_then_succeeds(client, demo):
    disclosure = make_disclosure(demo.unit, demo.clerk, body=LEAKY_BODY)
    client.force_login(demo.clerk)

    response = client.post(
        mask_url(disclosure),
        {"version": disclosure.version, "next": detail_url(disclosure)},
        follow=True,
    )
    assert "已遮盖 2 处个人信息" in " ".join(messages_of(response))
    disclosure.refresh_from_db()
    assert ID_NUMBER not in disclosure.body and MOBILE not in disclosure.body
    assert "1101**********002X" in disclosure.body
    assert "<td>138****5678</td>" in disclosure.body  # the table is kept
    latest = disclosure.history.first()
    assert latest.history_change_reason == "遮盖个人信息"
    assert latest.history_user == demo.clerk
    assert "可能含有个人信息" not in page_text(response)

    submit(client, disclosure)
    disclosure.refresh_from_db()
    assert disclosure.status == Status.SUBMITTED


def test_a_stale_mask_is_refused(client, demo):
    disclosure = make_disclosure(demo.unit, demo.clerk, body=LEAKY_BODY)
    client.force_login(demo.clerk)
    response = client.post(mask_url(disclosure), {"version": disclosure.version - 1}, follow=True)
    assert "他人修改" in " ".join(messages_of(response))
    disclosure.refresh_from_db()
    assert ID_NUMBER in disclosure.body


def test_only_officials_of_the_unit_may_mask(client, demo):
    disclosure = make_disclosure(demo.unit, demo.clerk, body=LEAKY_BODY)
    client.force_login(demo.other_clerk)
    assert client.post(mask_url(disclosure), {"version": disclosure.version}).status_code == 404
    client.force_login(demo.discipline)  # reads everything, edits nothing
    assert client.post(mask_url(disclosure), {"version": disclosure.version}).status_code == 403
    disclosure.refresh_from_db()
    assert ID_NUMBER in disclosure.body


def test_the_reviewers_confirmation_lets_that_exact_text_through(client, demo):
    disclosure = make_disclosure(demo.unit, demo.clerk, body=LEAKY_BODY)
    client.force_login(demo.reviewer)
    page = page_text(client.get(detail_url(disclosure)))
    assert "确认可以公开" in page
    fingerprint = page.split('name="fingerprint" value="')[1].split('"')[0]

    # A confirmation needs a reason.
    client.post(confirm_url(disclosure), {"fingerprint": fingerprint, "reason": " "})
    assert not PersonalDataWaiver.objects.exists()
    client.post(
        confirm_url(disclosure),
        {"fingerprint": fingerprint, "reason": "本人书面同意公开，见会议记录"},
    )
    waiver = PersonalDataWaiver.objects.get()
    assert waiver.confirmed_by == demo.reviewer and waiver.unit == demo.unit
    assert waiver.history.first().history_user == demo.reviewer
    assert "本人书面同意公开" in page_text(client.get(detail_url(disclosure)))

    client.force_login(demo.clerk)
    submit(client, disclosure)
    disclosure.refresh_from_db()
    assert disclosure.status == Status.SUBMITTED


def test_a_later_edit_needs_a_new_confirmation(client, demo):
    disclosure = make_disclosure(demo.unit, demo.clerk, body=LEAKY_BODY)
    client.force_login(demo.reviewer)
    page = page_text(client.get(detail_url(disclosure)))
    fingerprint = page.split('name="fingerprint" value="')[1].split('"')[0]
    client.post(confirm_url(disclosure), {"fingerprint": fingerprint, "reason": "本人同意"})

    disclosure.body = LEAKY_BODY + "<p>补充说明。</p>"
    disclosure.save()
    perms = unit_perms(demo.clerk, demo.unit)
    with pytest.raises(ValidationError, match="1101"):
        apply_transition(disclosure, "submit", user=demo.clerk, perms=perms)


def test_a_confirmation_of_text_changed_meanwhile_is_refused(client, demo):
    disclosure = make_disclosure(demo.unit, demo.clerk, body=LEAKY_BODY)
    client.force_login(demo.reviewer)
    page = page_text(client.get(detail_url(disclosure)))
    fingerprint = page.split('name="fingerprint" value="')[1].split('"')[0]
    disclosure.title = f"{disclosure.title}（更正）"
    disclosure.save()
    response = client.post(
        confirm_url(disclosure), {"fingerprint": fingerprint, "reason": "同意"}, follow=True
    )
    assert "已被修改" in " ".join(messages_of(response))
    assert not PersonalDataWaiver.objects.exists()


def test_a_record_already_in_review_is_stopped_at_approval(demo):
    disclosure = make_disclosure(demo.unit, demo.clerk, body=LEAKY_BODY)
    # As if submitted and confirmed before the guard existed.
    Disclosure.objects.filter(pk=disclosure.pk).update(status=Status.CONFIRMED)
    disclosure.refresh_from_db()
    perms = unit_perms(demo.reviewer, demo.unit)
    with pytest.raises(ValidationError, match="不能审核通过"):
        apply_transition(disclosure, "approve", user=demo.reviewer, perms=perms)


def test_a_docx_attachment_with_an_id_number_blocks_submission(client, demo):
    disclosure = make_disclosure(demo.unit, demo.clerk)
    client.force_login(demo.clerk)
    content = docx_bytes("低保对象名单", cells=("李四", f"身份证 {ID_NUMBER}"))
    response = client.post(
        reverse("disclosures:attachment_upload", args=[disclosure.pk]),
        {"file": SimpleUploadedFile("名单.docx", content)},
        follow=True,
    )
    assert disclosure.attachments.count() == 1, messages_of(response)
    page = page_text(client.get(detail_url(disclosure)))
    assert "附件“名单.docx”" in page and "1101**********002X" in page

    [message] = messages_of(submit(client, disclosure))
    assert "附件“名单.docx”有身份证号" in message
    disclosure.refresh_from_db()
    assert disclosure.status == Status.DRAFT


def test_an_xlsx_attachment_with_a_phone_number_typed_as_a_number_is_found(demo):
    from openpyxl import Workbook

    from disclosures.views import store_attachment
    from powers.personal_data_guard import check_record
    from risks.uploads import check_upload

    workbook = Workbook()
    workbook.active.append(["姓名", "电话"])
    workbook.active.append(["王五", int(MOBILE)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    disclosure = make_disclosure(demo.unit, demo.clerk)
    upload = SimpleUploadedFile("名单.xlsx", buffer.getvalue())
    store_attachment(disclosure, check_upload(upload), user=demo.clerk, reason="")
    check = check_record(Disclosure.objects.get(pk=disclosure.pk))
    assert [(f.label, f.finding.masked) for f in check.findings] == [
        ("附件“名单.xlsx”", "138****5678")
    ]


# A case ---------------------------------------------------------------------------------------


def closed_case(demo, result: str) -> Case:
    case = open_case(demo, "XK-01", reference="PD-001")
    return case_services.close_case(
        case,
        user=demo.clerk,
        outcome="terminated",
        result=result,
        closed_on=timezone.localdate(),
    )


def test_a_case_result_with_a_phone_number_is_flagged_and_not_published(client, demo):
    case = closed_case(demo, f"申请人撤回，联系电话 {MOBILE}。")
    client.force_login(demo.clerk)
    page = page_text(client.get(case.get_absolute_url()))
    assert "可能含有个人信息" in page and "结果说明" in page and "138****5678" in page

    with pytest.raises(ValidationError, match="138"):
        case_services.request_publication(case, user=demo.clerk)
    client.force_login(demo.head)
    response = client.post(
        reverse("cases:case_publish", args=[case.pk]),
        {"public": "1", "version": case.version},
        follow=True,
    )
    assert "含有个人信息" in " ".join(messages_of(response))
    assert not Case.objects.get(pk=case.pk).is_public


def test_masking_a_case_result_keeps_its_history_and_lets_it_be_published(client, demo):
    case = closed_case(demo, f"申请人撤回，联系电话 {MOBILE}。")
    client.force_login(demo.clerk)
    client.post(mask_url(case), {"version": case.version})
    case.refresh_from_db()
    assert case.result == "申请人撤回，联系电话 138****5678。"
    assert case.history.first().history_change_reason == "遮盖个人信息"
    case_services.request_publication(case, user=demo.clerk)
    case_services.set_public(case, user=demo.head, public=True)
    assert Case.objects.get(pk=case.pk).is_public


def test_masked_demo_text_is_not_flagged(demo):
    disclosure = make_disclosure(demo.unit, demo.clerk, body="<p>联系人 138****2261</p>")
    perms = unit_perms(demo.clerk, demo.unit)
    apply_transition(disclosure, "submit", user=demo.clerk, perms=perms)
    disclosure.refresh_from_db()
    assert disclosure.status == Status.SUBMITTED


def test_the_text_of_a_pdf_attachment_is_read():
    from weasyprint import HTML

    from powers.file_text import PDF, document_text

    pdf = HTML(string=f"<p>申请人身份证 {ID_NUMBER}</p>").write_pdf()
    assert ID_NUMBER in document_text(io.BytesIO(pdf), PDF)
    assert document_text(io.BytesIO(b"%PDF-1.4 broken"), PDF) in (None, "")


def test_a_project_with_a_phone_number_cannot_go_to_review_until_masked(client, demo):
    from tests.factories import reviewed_project

    project = reviewed_project(
        demo.unit,
        public=False,
        code="pd-road",
        name="村道修缮工程",
        budget=50000,
        fund_source="村集体自筹",
        contractor=f"青山县某建设公司（联系人 {MOBILE}）",
        milestones=["开工"],
    )
    perms = unit_perms(demo.clerk, demo.unit)
    with pytest.raises(ValidationError, match="138\\*\\*\\*\\*5678"):
        apply_transition(project, "submit", user=demo.clerk, perms=perms)
    project.refresh_from_db()
    assert project.status == Status.DRAFT

    client.force_login(demo.clerk)
    detail = reverse("projects:detail", args=[project.pk])
    assert "138****5678" in page_text(client.get(detail))
    client.post(mask_url(project), follow=True)
    project.refresh_from_db()
    assert project.contractor == "青山县某建设公司（联系人 138****5678）"
    assert project.history.first().history_change_reason == "遮盖个人信息"
    apply_transition(project, "submit", user=demo.clerk, perms=perms)
    assert project.status == Status.SUBMITTED


def test_masking_a_public_disclosure_masks_what_the_public_reads_at_once(
    client, demo, django_capture_on_commit_callbacks
):
    """A disclosure published before the guard existed, with a mobile number: the clerk's
    one-click mask hides it on the public page at once, not only in the next version."""
    from tests.disclosures.test_disclosure_editor import publish

    disclosure = make_disclosure(demo.unit, demo.clerk, title="旧公告")
    assert publish(disclosure, demo) is False
    leaky = f"<p>联系人电话 {MOBILE}</p>"
    Disclosure.objects.filter(pk=disclosure.pk).update(body=leaky)  # as the old data has it
    disclosure.refresh_from_db()
    disclosure.published_data = {**disclosure.published_data, "body": leaky}
    Disclosure.objects.filter(pk=disclosure.pk).update(published_data=disclosure.published_data)
    public = reverse(
        "public:disclosure_page",
        args=[demo.township.code, demo.unit.code, disclosure.pk],
    )
    assert MOBILE in page_text(client.get(public))

    client.force_login(demo.clerk)
    with django_capture_on_commit_callbacks(execute=True):  # the cached pages expire
        client.post(mask_url(disclosure), follow=True)
    client.logout()
    page = page_text(client.get(public))
    assert MOBILE not in page and "138****5678" in page
    disclosure.refresh_from_db()
    assert disclosure.history.first().history_change_reason == "遮盖已公开内容中的个人信息"
    assert disclosure.history.first().history_user == demo.clerk
