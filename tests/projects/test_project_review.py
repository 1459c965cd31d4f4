"""Livelihood projects (民生工程) go through the shared review (issue #14, item 3): a clerk's
change of a published project's budget, contractor or progress shows nowhere public (project
page, unit tab, open data API, search) until the unit head confirms it and the township
reviewer approves it."""

from __future__ import annotations

import importlib
from decimal import Decimal

import pytest
from django.apps import apps
from django.urls import reverse

from powers.lifecycle import Status
from projects.models import Project
from tests.projects.test_projects import make_project, project_form, public_url

pytestmark = pytest.mark.django_db

NEW_CONTRACTOR = "另一家建设有限公司"


def edit_budget_and_contractor(client, demo, project: Project):
    client.force_login(demo.clerk)
    data = project_form(
        code=project.code,
        name=project.name,
        budget="990000",
        contractor=NEW_CONTRACTOR,
        progress_status=project.progress_status,
        percent_done=project.percent_done,
        change_reason="施工单位变更，追加预算",
        version=project.version,
    )
    data["milestones-TOTAL_FORMS"] = 0
    response = client.post(reverse("projects:edit", args=[project.pk]), data)
    assert response.status_code == 302, response.context["form"].errors
    client.logout()


def take(client, user, project: Project, name: str, **data):
    client.force_login(user)
    response = client.post(reverse("projects:transition", args=[project.pk, name]), data)
    client.logout()
    return response


def public_views(client, demo, project: Project) -> dict[str, str]:
    t, u = demo.township.code, demo.unit.code
    urls = {
        "page": public_url(project),
        "tab": reverse("public:unit_page", args=[t, u]) + "?tab=projects",
        "api_list": f"/api/projects/?unit={u}",
        "api_detail": f"/api/projects/{project.pk}/",
        "api_csv": f"/api/projects/?unit={u}&format=csv",
    }
    shown = {}
    for what, url in urls.items():
        response = client.get(url)
        assert response.status_code == 200, (what, url)
        shown[what] = response.content.decode()
    return shown


def search_results(client, demo, words: str) -> list:
    response = client.get(reverse("public:search", args=[demo.township.code]), {"q": words})
    assert response.status_code == 200
    return response.context["results"]


def test_a_clerks_change_of_a_published_project_waits_for_approval(
    client, demo, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        project = make_project(demo)
    assert search_results(client, demo, "某某建设")
    public_views(client, demo, project)  # cached now, as the public saw them

    edit_budget_and_contractor(client, demo, project)
    project.refresh_from_db()
    assert (project.budget, project.contractor) == (Decimal("990000"), NEW_CONTRACTOR)
    assert project.status == Status.DRAFT and project.is_public

    for what, text in public_views(client, demo, project).items():
        assert "某某建设有限公司" in text, what
        assert NEW_CONTRACTOR not in text, what
        assert "990000" not in text, what
    assert "380000.00" in public_views(client, demo, project)["api_detail"]
    assert not search_results(client, demo, "另一家建设")

    with django_capture_on_commit_callbacks(execute=True):
        assert take(client, demo.clerk, project, "submit").status_code == 302
        # Confirmed by the unit head, still nothing public changes.
        assert take(client, demo.head, project, "confirm").status_code == 302
    assert NEW_CONTRACTOR not in public_views(client, demo, project)["page"]
    with django_capture_on_commit_callbacks(execute=True):
        assert take(client, demo.reviewer, project, "approve").status_code == 302
    project.refresh_from_db()
    assert project.status == Status.PUBLISHED

    for what, text in public_views(client, demo, project).items():
        assert NEW_CONTRACTOR in text, what
        assert "某某建设有限公司" not in text, what
    assert '"budget":"990000.00"' in public_views(client, demo, project)["api_detail"]
    assert search_results(client, demo, "另一家建设")
    assert not search_results(client, demo, "某某建设")


def test_only_the_clerk_edits_and_submits_the_head_confirms_the_reviewer_approves(client, demo):
    project = make_project(demo)
    edit_url = reverse("projects:edit", args=[project.pk])
    for user, code in ((demo.head, 403), (demo.reviewer, 403), (demo.other_clerk, 404)):
        client.force_login(user)
        assert client.get(edit_url).status_code == code
    edit_budget_and_contractor(client, demo, project)

    def status() -> str:
        project.refresh_from_db()
        return project.status

    assert take(client, demo.other_clerk, project, "submit").status_code == 404
    assert take(client, demo.head, project, "submit").status_code == 403
    assert take(client, demo.reviewer, project, "submit").status_code == 403
    assert status() == Status.DRAFT
    assert take(client, demo.clerk, project, "submit").status_code == 302
    assert status() == Status.SUBMITTED
    # Under review: the clerk can no longer change it.
    client.force_login(demo.clerk)
    assert client.get(edit_url).status_code == 302
    for user, code in ((demo.clerk, 403), (demo.reviewer, 403), (demo.other_clerk, 404)):
        assert take(client, user, project, "confirm").status_code == code
    assert take(client, demo.head, project, "approve").status_code == 403
    assert status() == Status.SUBMITTED
    assert take(client, demo.head, project, "confirm").status_code == 302
    assert status() == Status.CONFIRMED
    for user in (demo.clerk, demo.head):
        assert take(client, user, project, "approve").status_code == 403
    # The reviewer returns it with a reason; the clerk sees it and may change it again.
    take(client, demo.reviewer, project, "return", reason="预算变更请附村民代表会议决议")
    assert status() == Status.RETURNED
    assert project.status_reason == "预算变更请附村民代表会议决议"
    client.force_login(demo.clerk)
    detail = client.get(reverse("projects:detail", args=[project.pk]))
    assert "预算变更请附村民代表会议决议" in detail.content.decode()
    assert client.get(edit_url).status_code == 200
    # Withdrawn by the reviewer: off the public site.
    assert take(client, demo.reviewer, project, "withdraw", reason="暂停公开").status_code == 302
    assert status() == Status.WITHDRAWN and not project.is_public
    assert client.get(public_url(project)).status_code == 404


def test_a_progress_update_of_the_project_waits_for_approval(
    client, demo, django_capture_on_commit_callbacks
):
    project = make_project(demo)
    milestone = project.milestones.get(name="路基完成")
    client.force_login(demo.clerk)
    client.post(
        reverse("projects:progress", args=[project.pk]),
        {
            "status": "done",
            "percent_done": 100,
            "milestone": milestone.pk,
            "done_date": "2026-04-02",
        },
    )
    project.refresh_from_db()
    assert project.percent_done == 100 and project.status == Status.DRAFT
    client.logout()
    page = client.get(public_url(project)).content.decode()
    assert 'value="40"' in page and "已完工" not in page
    assert "2026-04-02" not in page  # the milestone reached waits too

    # While the project waits for review, no further progress can be recorded.
    take(client, demo.clerk, project, "submit")
    client.force_login(demo.clerk)
    client.post(
        reverse("projects:progress", args=[project.pk]),
        {"status": "accepting", "percent_done": 95, "note": "再次"},
    )
    assert project.disclosures.count() == 1
    project.refresh_from_db()
    assert project.percent_done == 100
    take(client, demo.head, project, "confirm")
    with django_capture_on_commit_callbacks(execute=True):
        take(client, demo.reviewer, project, "approve")
    page = client.get(public_url(project)).content.decode()
    assert 'value="100"' in page and "已完工" in page and "2026-04-02" in page


class _WhenProjectsWereDisclosures:
    """The registry migration 0011 ran with, before projects had an app of their own."""

    def get_model(self, app_label: str, model_name: str):
        if app_label == "disclosures" and model_name.lower() in {"project", "projectmilestone"}:
            app_label = "projects"
        return apps.get_model(app_label, model_name)


def test_the_migration_gives_public_projects_an_approved_snapshot(demo):
    legacy = Project.objects.create(
        unit=demo.unit,
        code="old-2025",
        name="文化广场",
        budget="50000.00",
        fund_source="自筹",
        is_public=True,  # public before projects were reviewed
    )
    hidden = Project.objects.create(
        unit=demo.unit, code="plan-x", name="未公开", budget="1.00", fund_source="自筹"
    )
    migration = importlib.import_module("disclosures.migrations.0011_approve_public_projects")
    migration.approve_public_projects(_WhenProjectsWereDisclosures(), None)
    legacy.refresh_from_db()
    hidden.refresh_from_db()
    assert legacy.status == Status.PUBLISHED
    assert legacy.published_data == legacy.public_snapshot()
    assert hidden.status == Status.DRAFT and hidden.published_data is None


@pytest.mark.django_db
def test_two_public_projects_sharing_an_approved_code_show_the_latest_approval(client, demo):
    """A's new code waits for review while B is approved under A's old one: the public page of
    that code shows B, the later approval, and never fails."""
    from powers.lifecycle import save_edit
    from tests.factories import reviewed_project

    fields = {"budget": 100000, "fund_source": "村集体自筹"}
    first = reviewed_project(demo.unit, code="road-1", name="甲工程", **fields)
    url = public_url(first)
    first.code = "road-9"
    save_edit(first, user=demo.clerk, expected_version=first.version, reason="更正编号")
    reviewed_project(demo.unit, code="road-1", name="乙工程", **fields)

    page = client.get(url)
    assert page.status_code == 200
    assert "乙工程" in page.content.decode()
