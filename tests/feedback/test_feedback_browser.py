"""A villager's feedback journey in headless Chromium: find the village, read a disclosure,
ask, and read the official's reply by the tracking code; script and style stay text."""

from __future__ import annotations

import time

import pytest
from django.utils import timezone

from feedback.models import Feedback
from tests.browser import chromium_page
from tests.disclosures.test_disclosure_editor import make_disclosure, publish

PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True}
PAYLOAD = (
    "<script>window.__xss=1</script>"
    '<img src=x onerror="window.__xss=1">'
    "<style>body{display:none}</style>"
)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_villager_asks_about_a_disclosure_and_reads_the_reply(live_server, demo):
    disclosure = make_disclosure(demo.unit, demo.clerk, title="2026年村级道路硬化工程公示")
    publish(disclosure, demo)
    with chromium_page(**PHONE) as page:
        page.goto(f"{live_server.url}/")
        page.get_by_role("link", name=demo.township.name).click()
        villages = page.get_by_role(
            "region", name="村（居）"
        )  # the villages listed on the home page
        villages.get_by_role("link", name=demo.unit.name).click()
        link = page.get_by_role("link", name="2026年村级道路硬化工程公示")
        if link.count():
            link.first.click()
        else:  # the unit page lists recent disclosures only; the URL is printed on notices
            page.goto(
                f"{live_server.url}/t/{demo.township.code}/u/{demo.unit.code}/disclosures/"
                f"{disclosure.pk}/"
            )
        page.get_by_role("heading", name="2026年村级道路硬化工程公示").wait_for()
        page.get_by_role("button", name="咨询").click()
        page.get_by_role("heading", name="监督评议").wait_for()
        assert page.get_by_label("咨询").is_checked()
        page.get_by_label("内容").fill("道路硬化工程什么时候开工？经过我家门口吗？")
        page.get_by_label("联系方式（选填，不公开）").fill("13700001111")
        time.sleep(3.2)  # a person takes a moment to write; faster is refused as a robot
        page.get_by_role("button", name="提交").click()
        page.get_by_role("heading", name="提交成功").wait_for()
        code = page.locator("#tracking-code").inner_text().strip()

        feedback = Feedback.objects.get(tracking_code=code)
        assert feedback.disclosure == disclosure
        assert feedback.contact == "13700001111"
        # The official replies (through the ORM, as the officials' page would).
        feedback.reply = "计划下月开工，线路经过村东组。"
        feedback.status = Feedback.FeedbackStatus.REPLIED
        feedback.replied_by = demo.clerk
        feedback.replied_at = timezone.now()
        feedback._history_user = demo.clerk
        feedback._change_reason = "公开答复"
        feedback.save()

        page.goto(f"{live_server.url}/feedback/track/")
        page.get_by_role("textbox", name="查询码").fill(code)
        page.get_by_role("button", name="查询").click()
        assert page.locator("#feedback-reply").inner_text() == "计划下月开工，线路经过村东组。"
        assert page.get_by_text("已答复").first.is_visible()
        assert "13700001111" not in page.content()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_script_and_style_in_feedback_stay_inert_text(live_server, demo):
    feedback = Feedback.objects.create(
        unit=demo.unit,
        kind=Feedback.Kind.COMMENT,
        body=PAYLOAD,
        reply=PAYLOAD,
        status=Feedback.FeedbackStatus.REPLIED,
        replied_at=timezone.now(),
        reply_deadline=timezone.localdate(),
    )
    with chromium_page(viewport={"width": 1280, "height": 900}) as page:
        page.goto(f"{live_server.url}/feedback/track/?code={feedback.tracking_code}")
        body = page.locator("#feedback-body")
        assert body.inner_text() == PAYLOAD
        assert page.locator("#feedback-reply").inner_text() == PAYLOAD
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert page.locator("body").is_visible()
        assert page.get_by_role("heading", name="办理进度查询").is_visible()
