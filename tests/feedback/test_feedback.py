"""Public feedback (监督评议) from the public's side: the form behind the buttons of a cached
page, the spam checks, the rate limit, the receipt and the tracking page."""

from __future__ import annotations

import re
import time
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from feedback.antispam import issue_form_token
from feedback.models import Feedback
from feedback.views import REPLY_DAYS
from powers.models import PowerItem
from tests.disclosures.test_disclosure_editor import make_disclosure, publish

CONTACT = "13800001234"


def form_data(unit, **fields) -> dict:
    """What the form posts, as if shown ten seconds ago."""
    data = {
        "unit": unit.pk,
        "item": "",
        "disclosure": "",
        "project": "",
        "kind": "question",
        "rating": "",
        "body": "村里今年的低保名单什么时候公示？",
        "contact": CONTACT,
        "website": "",
        "shown_at": issue_form_token(time.time() - 10),
    }
    data.update(fields)
    return data


def submit(client, unit, **fields):
    return client.post(reverse("feedback:submit"), form_data(unit, **fields))


def track(client, code: str):
    return client.get(reverse("feedback:track"), {"code": code})


@pytest.fixture
def public_disclosure(demo, django_capture_on_commit_callbacks):
    disclosure = make_disclosure(demo.unit, demo.clerk, title="2026年低保对象公示")
    with django_capture_on_commit_callbacks(execute=True):
        publish(disclosure, demo)
    return disclosure


def disclosure_url(disclosure) -> str:
    unit = disclosure.unit
    return reverse("public:disclosure_page", args=[unit.township.code, unit.code, disclosure.pk])


@pytest.mark.django_db
def test_the_cached_pages_carry_buttons_without_a_csrf_token(client, demo, public_disclosure):
    item = PowerItem.objects.public().filter(unit=demo.unit).first()
    pages = [
        disclosure_url(public_disclosure),
        reverse("public:item_page", args=[demo.township.code, demo.unit.code, item.code]),
    ]
    for url in pages:
        html = client.get(url).content.decode()
        assert "评议满意度" in html
        assert reverse("feedback:new") in html
        assert "csrfmiddlewaretoken" not in html
    # The button leads to the real form, never cached, with its token.
    response = client.get(
        reverse("feedback:new"),
        {"unit": demo.unit.pk, "disclosure": public_disclosure.pk, "kind": "question"},
    )
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    html = response.content.decode()
    assert "csrfmiddlewaretoken" in html
    assert "2026年低保对象公示" in html
    assert re.search(r'value="question"[^>]*checked', html)


@pytest.mark.django_db
def test_a_target_of_another_unit_or_not_public_is_refused(client, demo, public_disclosure):
    before = Feedback.objects.count()
    new = reverse("feedback:new")
    # The disclosure belongs to the first village, not the second.
    assert (
        client.get(
            new, {"unit": demo.other_unit.pk, "disclosure": public_disclosure.pk}
        ).status_code
        == 404
    )
    draft = PowerItem.objects.filter(unit=demo.unit, is_public=False).first()
    assert client.get(new, {"unit": demo.unit.pk, "item": draft.code}).status_code == 404
    assert client.get(new, {"unit": "x"}).status_code == 404
    response = submit(client, demo.other_unit, disclosure=public_disclosure.pk)
    assert response.status_code == 404
    assert Feedback.objects.count() == before


@pytest.mark.django_db
def test_a_question_gets_a_tracking_code_and_later_the_public_reply(
    client, demo, public_disclosure
):
    existing = list(Feedback.objects.values_list("pk", flat=True))
    response = submit(client, demo.unit, disclosure=public_disclosure.pk)
    assert response.status_code == 302
    feedback = Feedback.objects.exclude(pk__in=existing).get()
    assert feedback.disclosure == public_disclosure
    assert feedback.kind == "question"
    assert feedback.reply_deadline == timezone.localdate() + timedelta(days=REPLY_DAYS)
    # The public submission is in the history, with its reason and request.
    row = feedback.history.get()
    assert row.history_user is None
    assert row.history_request == "POST " + reverse("feedback:submit")
    assert row.history_change_reason == "群众通过公开网站提交"

    thanks = client.get(response["Location"])
    html = thanks.content.decode()
    assert feedback.tracking_code in html
    assert "查看办理进度" in html
    assert CONTACT not in html

    html = track(client, feedback.tracking_code).content.decode()
    assert "已受理" in html
    assert "2026年低保对象公示" in html
    assert "尚未答复" in html
    assert CONTACT not in html

    feedback.reply = "低保名单将于下月5日在村公开栏公示7天。"
    feedback.status = Feedback.FeedbackStatus.REPLIED
    feedback.replied_by = demo.clerk
    feedback.replied_at = timezone.now()
    feedback.save()
    # Codes are read out over the phone: lower case and spaces are forgiven.
    html = track(client, f" {feedback.tracking_code.lower()} ").content.decode()
    assert "已答复" in html
    assert "低保名单将于下月5日在村公开栏公示7天。" in html
    assert CONTACT not in html
    # Nor anywhere else on the public site.
    assert CONTACT not in client.get(disclosure_url(public_disclosure)).content.decode()


@pytest.mark.django_db
def test_an_unknown_code_says_so(client, demo):
    response = track(client, "ZZZZZZZZZZ")
    assert response.status_code == 404
    assert "没有找到这个查询码" in response.content.decode()
    assert client.get(reverse("feedback:track")).status_code == 200


@pytest.mark.django_db
def test_a_rating_needs_no_text_but_needs_a_rating(client, demo):
    existing = list(Feedback.objects.values_list("pk", flat=True))
    response = submit(client, demo.unit, kind="rating", body="")
    assert response.status_code == 400
    assert "请选择满意度" in response.content.decode()
    assert submit(client, demo.unit, kind="rating", body="", rating="fairly").status_code == 302
    feedback = Feedback.objects.exclude(pk__in=existing).get()
    assert feedback.get_rating_display() == "基本满意"


@pytest.mark.django_db
def test_a_question_needs_text(client, demo):
    before = Feedback.objects.count()
    response = submit(client, demo.unit, body="   ")
    assert response.status_code == 400
    assert "请填写内容" in response.content.decode()
    assert Feedback.objects.count() == before


@pytest.mark.django_db
def test_a_body_over_2000_characters_is_refused_in_chinese(client, demo):
    before = Feedback.objects.count()
    response = submit(client, demo.unit, body="字" * 2001)
    assert response.status_code == 400
    assert "内容最多 2000 字，现在有 2001 字" in response.content.decode()
    response = submit(client, demo.unit, contact="1" * 101)
    assert "联系方式最多 100 字" in response.content.decode()
    assert Feedback.objects.count() == before
    assert submit(client, demo.unit, body="字" * 2000).status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (lambda: {"website": "http://spam.example"}, "提交未通过校验"),
        (lambda: {"shown_at": issue_form_token(time.time() - 1)}, "提交太快了"),
        (
            lambda: {"shown_at": issue_form_token(time.time() - 2 * 3600 - 60)},
            "页面打开已超过 2 小时",
        ),
        (lambda: {"shown_at": "forged"}, "提交未通过校验"),
        (
            lambda: {"body": "看 http://a.example 和 https://b.example 还有 www.c.example"},
            "链接不能超过 2 个",
        ),
    ],
    ids=["honeypot", "too-fast", "stale", "forged-stamp", "too-many-links"],
)
def test_spam_is_refused(client, demo, fields, message):
    # The stamps are made when the test runs, not when it is collected.
    before = Feedback.objects.count()
    response = submit(client, demo.unit, **fields())
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert Feedback.objects.count() == before
    # The form comes back with a fresh stamp, so a person can simply send it again.
    assert 'name="shown_at"' in html


@pytest.mark.django_db
def test_the_rate_limit_answers_429_with_a_clear_message(client, demo):
    before = Feedback.objects.count()
    for _ in range(5):
        assert submit(client, demo.unit).status_code == 302
    response = submit(client, demo.unit)
    assert response.status_code == 429
    assert "提交过于频繁，请 10 分钟后再试。" in response.content.decode()
    assert response["Retry-After"] == "600"
    assert Feedback.objects.count() == before + 5
    # Another address is not held back.
    other = client.post(reverse("feedback:submit"), form_data(demo.unit), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


@pytest.mark.django_db
def test_guessing_tracking_codes_is_rate_limited(client, demo):
    for number in range(30):
        track(client, f"GUESS{number:05d}")
    response = track(client, "GUESS99999")
    assert response.status_code == 429
    assert "查询过于频繁，请 10 分钟后再试。" in response.content.decode()
