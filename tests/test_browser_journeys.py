"""Journeys through the portal in headless Chromium, as a villager and an official."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from powers.models import PowerItem

from .browser import chromium_page

SCREENSHOTS = Path(os.environ.get("SCREENSHOT_DIR", "/tmp/portal-screenshots"))
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True}


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_villager_reads_a_published_item_on_a_phone(live_server, demo):
    item = PowerItem.objects.filter(unit=demo.unit, is_public=True, parent__isnull=True).first()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with chromium_page(**PHONE) as page:
        page.goto(f"{live_server.url}/")
        page.get_by_role("link", name=demo.township.name).click()
        villages = page.get_by_role(
            "region", name="村（居）"
        )  # the villages listed on the home page
        villages.get_by_role("link", name=demo.unit.name).click()
        assert page.get_by_role("heading", level=1).inner_text() == demo.unit.name
        page.screenshot(path=SCREENSHOTS / "unit-page-phone.png", full_page=True)
        page.get_by_role("link", name=f"{item.code} {item.name}").click()
        assert item.name in page.get_by_role("heading", level=1).inner_text()
        assert page.get_by_text("行使依据").first.is_visible()
        # The page fits the phone: nothing forces a sideways scroll.
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0
        page.screenshot(path=SCREENSHOTS / "item-page-phone.png", full_page=True)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_an_official_signs_in_and_submits_a_draft(live_server, demo):
    draft = PowerItem.objects.filter(unit=demo.unit, status="draft").first()
    with chromium_page(viewport={"width": 1280, "height": 900}) as page:
        page.goto(f"{live_server.url}/work/")
        page.get_by_label("用户名").fill(demo.clerk.username)
        page.get_by_label("密码").fill(demo.password)
        page.get_by_role("button", name="登录").click()
        page.get_by_role("heading", name="我的工作").wait_for()
        page.get_by_role("link", name="权力目录").first.click()
        page.get_by_role("link", name=draft.name, exact=True).click()
        page.get_by_role("button", name="提交审核").click()
        page.get_by_text("已提交").first.wait_for()
        page.screenshot(path=SCREENSHOTS / "item-submitted.png", full_page=True)
    draft.refresh_from_db()
    assert draft.status == "submitted"
    assert draft.history.first().history_user == demo.clerk
