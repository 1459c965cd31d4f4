"""Each role × own unit, another unit, another township × every disclosure page and action.

The disclosure under test belongs to the demo's first village and has one attachment. Users who
cannot see the unit get a 404 (no hint that the record exists); users who see it but lack the
right get a 403.
"""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from disclosures.models import Disclosure, DisclosureAttachment
from disclosures.views import store_attachment
from powers.lifecycle import Status
from risks.uploads import check_upload
from tests.disclosures.test_disclosure_editor import form_data, make_disclosure, png_bytes

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


def expected(user: str, allowed: set[str]) -> int:
    if user in allowed:
        return 200
    return 403 if user in SEES_UNIT else 404


@pytest.fixture
def disclosure(demo) -> Disclosure:
    disclosure = make_disclosure(demo.unit, demo.clerk, title="矩阵测试公开事项")
    upload = SimpleUploadedFile("现场照片.png", png_bytes(), content_type="image/png")
    store_attachment(disclosure, check_upload(upload), user=demo.clerk, reason="")
    disclosure.refresh_from_db()
    return disclosure


PAGES = {
    # page name → (roles allowed, how to build the url)
    "list": (SEES_UNIT, lambda d, x: reverse("disclosures:official_list", args=[d.unit.pk])),
    "detail": (SEES_UNIT, lambda d, x: reverse("disclosures:official_detail", args=[x.pk])),
    "history": (SEES_UNIT, lambda d, x: reverse("disclosures:official_history", args=[x.pk])),
    "download": (
        SEES_UNIT,
        lambda d, x: reverse("disclosures:attachment_download", args=[x.attachments.get().pk]),
    ),
    "create": ({"clerk"}, lambda d, x: reverse("disclosures:official_create", args=[d.unit.pk])),
    "edit": ({"clerk"}, lambda d, x: reverse("disclosures:official_edit", args=[x.pk])),
}


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
@pytest.mark.parametrize("page", list(PAGES))
def test_pages(client, demo, disclosure, user, page):
    allowed, url = PAGES[page]
    client.force_login(getattr(demo, user))
    assert client.get(url(demo, disclosure)).status_code == expected(user, allowed)


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
def test_creating_a_disclosure(client, demo, user):
    client.force_login(getattr(demo, user))
    template = Disclosure(unit=demo.unit, title="新建的公开事项", category="other", body="<p>x</p>")
    response = client.post(
        reverse("disclosures:official_create", args=[demo.unit.pk]), form_data(template)
    )
    created = Disclosure.objects.filter(unit=demo.unit, title="新建的公开事项").exists()
    assert created == (user == "clerk")
    if user != "clerk":
        assert response.status_code == expected(user, set())


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
def test_editing_a_disclosure(client, demo, disclosure, user):
    client.force_login(getattr(demo, user))
    url = reverse("disclosures:official_edit", args=[disclosure.pk])
    response = client.post(url, form_data(disclosure, title="被改过的标题"))
    disclosure.refresh_from_db()
    if user == "clerk":
        assert response.status_code == 302
        assert disclosure.title == "被改过的标题"
    else:
        assert response.status_code == expected(user, set())
        assert disclosure.title == "矩阵测试公开事项"


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
def test_uploading_an_attachment(client, demo, disclosure, user):
    client.force_login(getattr(demo, user))
    upload = SimpleUploadedFile("公示表.png", png_bytes(colour="#1565c0"), content_type="image/png")
    response = client.post(
        reverse("disclosures:attachment_upload", args=[disclosure.pk]), {"file": upload}
    )
    count = DisclosureAttachment.objects.filter(disclosure=disclosure).count()
    if user == "clerk":
        assert response.status_code == 302
        assert count == 2
    else:
        assert response.status_code == expected(user, set())
        assert count == 1


# transition → (starting status, is it public first, who may, status after)
TRANSITIONS = {
    "submit": (Status.DRAFT, False, {"clerk"}, Status.SUBMITTED),
    "confirm": (Status.SUBMITTED, False, {"head"}, Status.CONFIRMED),
    "return_to_clerk": (Status.SUBMITTED, False, {"head"}, Status.RETURNED),
    "approve": (Status.CONFIRMED, False, {"reviewer"}, Status.PUBLISHED),
    "return": (Status.CONFIRMED, False, {"reviewer"}, Status.RETURNED),
    "withdraw": (Status.PUBLISHED, True, {"reviewer"}, Status.WITHDRAWN),
    "cancel_schedule": (Status.APPROVED, False, {"reviewer"}, Status.WITHDRAWN),
}


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
@pytest.mark.parametrize("transition", list(TRANSITIONS))
def test_transitions(client, demo, disclosure, user, transition):
    start, public, allowed, after = TRANSITIONS[transition]
    disclosure.status = start
    disclosure.is_public = public
    disclosure.published_data = (
        disclosure.public_snapshot() if public or start == "approved" else None
    )
    if start == Status.APPROVED:
        disclosure.publish_at = timezone.now() + timezone.timedelta(days=1)
    disclosure.save()
    client.force_login(getattr(demo, user))
    url = reverse("disclosures:official_transition", args=[disclosure.pk, transition])
    response = client.post(url, {"reason": "测试原因"})
    disclosure.refresh_from_db()
    if user in allowed:
        assert response.status_code == 302
        assert disclosure.status == after
    else:
        assert response.status_code == expected(user, set())
        assert disclosure.status == start


@pytest.mark.django_db
def test_an_unknown_action_is_not_found(client, demo, disclosure):
    client.force_login(demo.reviewer)
    url = reverse("disclosures:official_transition", args=[disclosure.pk, "publish_everything"])
    assert client.post(url).status_code == 404


@pytest.mark.django_db
def test_the_discipline_committee_changes_nothing(client, demo, disclosure):
    client.force_login(demo.discipline)
    before = Disclosure.history.count()
    for transition in TRANSITIONS:
        url = reverse("disclosures:official_transition", args=[disclosure.pk, transition])
        client.post(url, {"reason": "x"})
    client.post(
        reverse("disclosures:official_edit", args=[disclosure.pk]),
        form_data(disclosure, title="改"),
    )
    assert Disclosure.history.count() == before
