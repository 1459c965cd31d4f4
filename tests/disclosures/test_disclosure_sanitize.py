"""A disclosure's body is cleaned: scripts, styles, handlers and javascript: links never run,
neither when stored nor when a villager opens the public page in a browser; tables survive."""

from __future__ import annotations

import importlib
import os
from datetime import timedelta
from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from disclosures.models import Channel, Disclosure
from disclosures.views import store_attachment
from powers.models import PowerItem
from powers.sanitize import clean_body, clean_html, html_to_text
from risks.uploads import check_upload
from tests.browser import chromium_page
from tests.disclosures.test_disclosure_editor import (
    TABLE,
    form_data,
    make_disclosure,
    pdf_bytes,
    png_bytes,
    publish,
)

SCREENSHOTS = Path(os.environ.get("SCREENSHOT_DIR", "/tmp/portal-screenshots"))

# Each payload tries to set window.__xss (or to open a dialog) if anything of it runs.
PAYLOADS = """
<p>村民代表会议决议如下。</p>
<script>window.__xss = "script"; alert(1)</script>
<img src=x onerror="window.__xss = 'img'; alert(2)">
<style>body { display: none !important }</style>
<p onclick="window.__xss = 'click'" onmouseover="window.__xss = 'hover'">移过来点一下</p>
<a href="javascript:window.__xss='link';alert(3)">查看详情</a>
<a href=" JaVaScRiPt:window.__xss='mixed'">大小写混写</a>
<svg onload="window.__xss = 'svg'"><circle r="5"></circle></svg>
<iframe srcdoc="&lt;script&gt;parent.__xss='iframe'&lt;/script&gt;"></iframe>
<details open ontoggle="window.__xss = 'toggle'"><summary>s</summary></details>
<a href="https://www.gov.cn/" target="_blank" style="color:red">中国政府网</a>
"""


def test_clean_html_keeps_the_allowed_markup_and_drops_the_rest():
    cleaned = clean_html(PAYLOADS + TABLE)
    for gone in ("<script", "alert", "<style", "display", "<img", "onerror", "onclick",
                 "onmouseover", "javascript", "JaVaScRiPt", "<svg", "<iframe", "ontoggle",
                 "style=", "target="):  # fmt: skip
        assert gone not in cleaned, gone
    assert "<p>村民代表会议决议如下。</p>" in cleaned
    assert '<a href="https://www.gov.cn/" rel="noopener noreferrer nofollow">' in cleaned
    assert clean_html(cleaned) == cleaned  # idempotent


def test_tables_survive_cleaning_with_their_spans():
    cleaned = clean_html(TABLE.replace("<td colspan", '<td onclick="x()" colspan'))
    assert (
        '<table class="table"><thead><tr><th>项目</th><th>金额（元）</th></tr></thead>' in cleaned
    )
    assert '<td colspan="2">合计：85,000</td>' in cleaned
    assert 'rowspan="3"' in clean_html('<table><tr><td rowspan="3">x</td></tr></table>')
    assert "colspan" not in clean_html('<table><tr><td colspan="999999">x</td></tr></table>')


def test_only_http_https_and_mailto_links_are_kept():
    for kept in ("https://example.cn/a", "http://example.cn/", "mailto:cunwei@example.cn"):
        assert f'href="{kept}"' in clean_html(f'<a href="{kept}">x</a>')
    for dropped in ("javascript:alert(1)", "data:text/html,x", "/relative", "//evil.example/",
                    "vbscript:x", "ftp://example.cn/"):  # fmt: skip
        assert "href" not in clean_html(f'<a href="{dropped}">x</a>'), dropped


def test_the_text_of_a_body_reads_as_words():
    assert html_to_text("<p>重<strong>要</strong>通知</p>" + TABLE) == (
        "重要通知 项目 金额（元） 道路硬化 85,000 合计：85,000"
    )


@pytest.mark.django_db
def test_the_form_stores_the_body_cleaned(client, demo):
    client.force_login(demo.clerk)
    template = Disclosure(unit=demo.unit, title="带脚本的正文", category="decision")
    client.post(
        reverse("disclosures:official_create", args=[demo.unit.pk]),
        form_data(template, body=PAYLOADS + TABLE),
    )
    body = Disclosure.objects.get(title="带脚本的正文").body
    assert body == clean_html(PAYLOADS + TABLE)
    assert "<script" not in body
    assert "<td>道路硬化</td>" in body


def test_typed_plain_text_keeps_its_paragraphs_and_its_angle_brackets():
    typed = "本季度收支如下：\n收入 1<2 万元\n\n详见 <附件> & 公开栏"
    assert clean_body(typed) == (
        "<p>本季度收支如下：<br>收入 1&lt;2 万元</p><p>详见 &lt;附件&gt; &amp; 公开栏</p>"
    )
    assert clean_body("<p>已有标记</p><script>x</script>") == "<p>已有标记</p>"


@pytest.mark.django_db
def test_a_body_of_nothing_but_scripts_is_refused(client, demo):
    client.force_login(demo.clerk)
    template = Disclosure(unit=demo.unit, title="只有脚本", category="other")
    page = client.post(
        reverse("disclosures:official_create", args=[demo.unit.pk]),
        form_data(template, body="<script>alert(1)</script><style>p{}</style>"),
    ).content.decode()
    assert "请填写正文" in page
    assert not Disclosure.objects.filter(title="只有脚本").exists()


@pytest.mark.django_db
def test_a_body_written_around_the_form_is_cleaned_in_the_snapshot(demo):
    # The admin or an import saves the model directly: approval still cleans what goes out.
    disclosure = make_disclosure(demo.unit, demo.clerk, body=PAYLOADS)
    publish(disclosure, demo)
    disclosure.refresh_from_db()
    assert "<script" in disclosure.body
    assert "<script" not in disclosure.published_data["body"]
    assert disclosure.published_data["body"] == clean_html(PAYLOADS)
    assert "不安全标记已清除" in disclosure.history.first().history_change_reason


@pytest.fixture
def channels(demo) -> list[Channel]:
    # An earlier transactional test flushes the rows migration 0002 seeds: seed them again.
    seed = importlib.import_module("disclosures.migrations.0002_channels")
    seed.add_channels(django_apps, None)
    return list(Channel.objects.all())


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_nothing_in_a_published_body_runs_in_a_browser(live_server, client, demo, channels):
    client.force_login(demo.clerk)
    item = PowerItem.objects.public().filter(unit=demo.unit).order_by("code").first()
    today = timezone.localdate()
    template = Disclosure(unit=demo.unit, title="关于村道硬化工程的决议公开", category="decision")
    client.post(
        reverse("disclosures:official_create", args=[demo.unit.pk]),
        form_data(
            template,
            body=PAYLOADS + TABLE,
            channels=[c.pk for c in channels[:3]],
            related_items=[item.pk],
            publicity_start=today - timedelta(days=1),
            publicity_end=today + timedelta(days=6),
            objection_contact="村务监督委员会 0571-8888 0000",
        ),
    )
    disclosure = Disclosure.objects.get(title=template.title)
    photo = ("现场照片.png", png_bytes((480, 270), "#2e7d32"))
    for name, content in (photo, ("会议记录.pdf", pdf_bytes())):
        checked = check_upload(SimpleUploadedFile(name, content))
        store_attachment(disclosure, checked, user=demo.clerk, reason="")
    disclosure.refresh_from_db()
    publish(disclosure, demo)
    # And a snapshot that never passed the form or the approval (a loader writing it
    # directly): the page cleans what it renders.
    disclosure.refresh_from_db()
    disclosure.published_data = {**disclosure.published_data, "body": PAYLOADS + TABLE}
    disclosure.save()
    url = live_server.url + reverse(
        "public:disclosure_page", args=[demo.township.code, demo.unit.code, disclosure.pk]
    )
    dialogs = []
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with chromium_page(viewport={"width": 1024, "height": 900}) as page:
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        response = page.goto(url)
        assert response.status == 200
        body = page.locator(".rich-text")
        body.get_by_text("移过来点一下").hover()
        body.get_by_text("移过来点一下").click()
        # Without their javascript: addresses they are links no more, only text.
        body.get_by_text("查看详情").click()
        body.get_by_text("大小写混写").click()
        page.wait_for_timeout(300)
        assert page.url == url  # the neutralised links lead nowhere
        assert page.evaluate("window.__xss") is None
        assert dialogs == []
        dangerous = page.evaluate(
            """() => [...document.querySelectorAll('.rich-text *')].filter(el =>
                ['SCRIPT', 'STYLE', 'IMG', 'SVG', 'IFRAME'].includes(el.tagName.toUpperCase())
                || [...el.attributes].some(a => a.name.startsWith('on') || a.name === 'style')
                || (el.getAttribute('href') || '').trim().toLowerCase().startsWith('javascript')
            ).map(el => el.outerHTML)"""
        )
        assert dangerous == []
        assert page.locator("body").is_visible()  # the <style> did not hide the page
        assert page.locator(".rich-text table td", has_text="道路硬化").is_visible()
        image = page.get_by_role("img", name="现场照片.png")
        assert image.evaluate("img => img.complete && img.naturalWidth") == 480
        assert page.get_by_role("link", name="会议记录.pdf").is_visible()
        assert page.get_by_text("公示中").is_visible()
        assert page.get_by_role("link", name=f"{item.code} {item.name}").is_visible()
        page.screenshot(path=SCREENSHOTS / "disclosure-page.png", full_page=True)
