"""The chain page shows each township its own verification runs, and a full-chain
verification cannot be queued over and over: asking while one runs joins it, and each person
and township may start only a few an hour."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from audit.models import ChainVerification
from audit.views import VERIFICATIONS_PER_TOWNSHIP_HOUR, VERIFICATIONS_PER_USER_HOUR
from powers.models import Township

URL = reverse("audit:chain_status")
Result = ChainVerification.Result


def finished_run(user, township, reason: str) -> ChainVerification:
    return ChainVerification.objects.create(
        requested_by=user, township=township, result=Result.BROKEN, broken_reason=reason
    )


@pytest.mark.django_db
def test_each_township_sees_only_its_own_runs(client, demo):
    foreign_committee = User.objects.get(username="other-jiwei")
    other_township = Township.objects.get(code="other")
    finished_run(demo.discipline, demo.township, "本乡的核验记录")
    finished_run(foreign_committee, other_township, "邻乡的核验记录")
    finished_run(demo.admin, None, "超级管理员的核验记录")

    client.force_login(demo.discipline)
    page = client.get(URL).content.decode()
    assert "本乡的核验记录" in page
    assert "邻乡的核验记录" not in page and "超级管理员的核验记录" not in page

    client.force_login(foreign_committee)
    page = client.get(URL).content.decode()
    assert "邻乡的核验记录" in page and "本乡的核验记录" not in page

    client.force_login(demo.admin)
    page = client.get(URL).content.decode()
    assert all(
        reason in page for reason in ("本乡的核验记录", "邻乡的核验记录", "超级管理员的核验记录")
    )


@pytest.mark.django_db
def test_asking_while_a_run_is_queued_joins_it(client, demo, django_capture_on_commit_callbacks):
    client.force_login(demo.discipline)
    # The worker has not started it yet: the run stays queued (running) meanwhile.
    with django_capture_on_commit_callbacks(execute=False) as sent:
        client.post(URL)
        client.post(URL)
        client.force_login(demo.reviewer)  # another person of the same township
        page = client.post(URL, follow=True).content.decode()
    assert len(sent) == 1  # one verification sent to the workers
    run = ChainVerification.objects.get()
    assert (run.township, run.requested_by, run.result) == (
        demo.township,
        demo.discipline,
        Result.RUNNING,
    )
    assert "本次请求已并入" in page

    # Another township's request is not joined to it: each township sees its own runs.
    client.force_login(User.objects.get(username="other-jiwei"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL)
    assert ChainVerification.objects.count() == 2
    assert ChainVerification.objects.get(township__code="other").result == Result.INTACT


@pytest.mark.django_db
def test_starting_runs_is_limited_per_person_and_per_township(
    client, demo, django_capture_on_commit_callbacks
):
    for n in range(VERIFICATIONS_PER_USER_HOUR):
        finished_run(demo.discipline, demo.township, f"第{n}次")
    client.force_login(demo.discipline)
    with django_capture_on_commit_callbacks(execute=True) as sent:
        page = client.post(URL, follow=True).content.decode()
    assert not sent
    assert "核验请求过于频繁" in page
    assert ChainVerification.objects.count() == VERIFICATIONS_PER_USER_HOUR

    # The reviewer has started none, but the township has reached its own limit.
    for n in range(VERIFICATIONS_PER_TOWNSHIP_HOUR - VERIFICATIONS_PER_USER_HOUR):
        finished_run(demo.administrator, demo.township, f"管理员第{n}次")
    client.force_login(demo.reviewer)
    with django_capture_on_commit_callbacks(execute=True) as sent:
        page = client.post(URL, follow=True).content.decode()
    assert not sent and "核验请求过于频繁" in page

    # Another township is not held back by this one's requests.
    client.force_login(User.objects.get(username="other-jiwei"))
    with django_capture_on_commit_callbacks(execute=True) as sent:
        client.post(URL)
    assert len(sent) == 1
