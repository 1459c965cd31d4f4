"""Livelihood projects (民生工程): the officials' pages, progress updates and the public page."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from disclosures.models import Disclosure
from powers.lifecycle import Status, apply_transition, save_edit
from powers.permissions import unit_perms
from projects.models import Project, ProjectMilestone
from projects.views import record_progress
from tests.disclosures.test_disclosure_editor import pdf_bytes, png_bytes, publish
from tests.disclosures.test_obligations import SEES_UNIT, USERS, expected


def review_project(project: Project, demo, steps=("submit", "confirm", "approve")) -> None:
    """Submit, confirm and approve, as the demo's clerk, head and reviewer would."""
    people = {"submit": demo.clerk, "confirm": demo.head, "approve": demo.reviewer}
    for name in steps:
        user = people[name]
        apply_transition(project, name, user=user, perms=unit_perms(user, project.unit))
    project.refresh_from_db()


def make_project(demo, *, public: bool = True, **fields) -> Project:
    """A project of the demo village written by its clerk and, if ``public``, approved."""
    values = {
        "code": "road-2026",
        "name": "村道硬化工程",
        "budget": Decimal("380000.00"),
        "fund_source": "财政一事一议奖补资金",
        "contractor": "某某建设有限公司",
        "progress_status": Project.ProjectStatus.BUILDING,
        "percent_done": 40,
    }
    values.update(fields)

    def milestones(saved: Project) -> None:
        ProjectMilestone.objects.create(project=saved, name="开工", note="已进场", order=1)
        ProjectMilestone.objects.create(project=saved, name="路基完成", order=2)

    project = Project(unit=demo.unit, **values)
    save_edit(project, user=demo.clerk, expected_version=None, children=[milestones])
    if public:
        review_project(project, demo)
    return project


def public_url(project: Project) -> str:
    unit = project.unit
    return reverse("projects:page", args=[unit.township.code, unit.code, project.code])


PAGES = {
    "list": (SEES_UNIT, lambda d, p: reverse("projects:list", args=[d.unit.pk])),
    "detail": (SEES_UNIT, lambda d, p: reverse("projects:detail", args=[p.pk])),
    "history": (SEES_UNIT, lambda d, p: reverse("projects:history", args=[p.pk])),
    "create": ({"clerk"}, lambda d, p: reverse("projects:create", args=[d.unit.pk])),
    "edit": ({"clerk"}, lambda d, p: reverse("projects:edit", args=[p.pk])),
}


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
@pytest.mark.parametrize("page", list(PAGES))
def test_project_pages(client, demo, user, page):
    project = make_project(demo)
    allowed, url = PAGES[page]
    client.force_login(getattr(demo, user))
    assert client.get(url(demo, project)).status_code == expected(user, allowed)


def progress_data(**changes) -> dict:
    data = {"status": Project.ProjectStatus.BUILDING, "percent_done": 60, "note": "路基已完成"}
    data.update(changes)
    return data


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
def test_publishing_progress(client, demo, user):
    project = make_project(demo)
    client.force_login(getattr(demo, user))
    response = client.post(reverse("projects:progress", args=[project.pk]), progress_data())
    project.refresh_from_db()
    if user == "clerk":
        assert response.status_code == 302
        assert project.percent_done == 60
    else:
        assert response.status_code == expected(user, {"clerk"})
        assert project.percent_done == 40
        assert not project.disclosures.exists()


@pytest.mark.django_db
def test_a_progress_update_is_a_draft_disclosure_of_the_project(client, demo):
    project = make_project(demo)
    milestone = project.milestones.get(name="路基完成")
    client.force_login(demo.clerk)
    response = client.post(
        reverse("projects:progress", args=[project.pk]),
        progress_data(milestone=milestone.pk, done_date="2026-04-02"),
    )
    disclosure = project.disclosures.get()
    assert response["Location"] == reverse("disclosures:official_detail", args=[disclosure.pk])
    assert disclosure.title == "村道硬化工程进展：在建 60%"
    assert disclosure.status == Status.DRAFT
    assert not disclosure.is_public
    assert disclosure.category == Disclosure.Category.PROJECT
    assert disclosure.audience == "society"
    assert "40% → 60%" in disclosure.body
    assert "路基完成（2026-04-02）" in disclosure.body
    assert disclosure.history.get().history_user == demo.clerk
    milestone.refresh_from_db()
    assert milestone.done_date.isoformat() == "2026-04-02"
    assert project.history.first().history_change_reason == "发布进展：路基已完成"
    # The draft goes through the normal review before the public reads it.
    publish(disclosure, demo)
    disclosure.refresh_from_db()
    assert disclosure.is_public


@pytest.mark.django_db
def test_an_unchanged_progress_update_is_refused(client, demo):
    project = make_project(demo)
    client.force_login(demo.clerk)
    client.post(
        reverse("projects:progress", args=[project.pk]),
        progress_data(percent_done=40),
    )
    assert not project.disclosures.exists()


def project_form(project: Project | None = None, **changes) -> dict:
    data = {
        "code": "well-2026",
        "name": "安全饮水工程",
        "description": "新打机井一眼",
        "budget": "120000",
        "fund_source": "省级财政",
        "contractor": "水利工程队",
        "progress_status": Project.ProjectStatus.PLANNED,
        "percent_done": 0,
        "milestones-TOTAL_FORMS": 2,
        "milestones-INITIAL_FORMS": 0,
        "milestones-MIN_NUM_FORMS": 0,
        "milestones-MAX_NUM_FORMS": 1000,
        "milestones-0-name": "招标",
        "milestones-0-planned_date": "2026-05-01",
        "milestones-0-order": 1,
        "milestones-1-name": "",  # the empty extra form, as the browser sends it
        "milestones-1-order": 0,
    }
    data.update(changes)
    return data


@pytest.mark.django_db
def test_creating_a_project_with_a_milestone_photo(client, demo):
    client.force_login(demo.clerk)
    photo = SimpleUploadedFile("site.png", png_bytes(), content_type="image/png")
    response = client.post(
        reverse("projects:create", args=[demo.unit.pk]),
        project_form(**{"milestones-0-photo": photo}),
    )
    project = Project.objects.get(unit=demo.unit, code="well-2026")
    assert response.status_code == 302
    milestone = project.milestones.get()
    assert milestone.photo.name.endswith(".png")
    assert "site" not in milestone.photo.name  # kept under its hash
    assert milestone.history.get().history_user == demo.clerk

    photo_url = reverse(
        "projects:photo",
        args=[demo.unit.township.code, demo.unit.code, project.code, milestone.pk],
    )
    client.logout()
    assert client.get(photo_url).status_code == 404  # a draft: not public yet
    review_project(project, demo)
    image = client.get(photo_url)
    assert image.status_code == 200
    assert image["Content-Type"] == "image/png"


@pytest.mark.django_db
def test_a_photo_is_checked_by_its_content(client, demo):
    client.force_login(demo.clerk)
    fake = SimpleUploadedFile("site.png", pdf_bytes(), content_type="image/png")
    response = client.post(
        reverse("projects:create", args=[demo.unit.pk]),
        project_form(**{"milestones-0-photo": fake}),
    )
    assert response.status_code == 200
    assert not Project.objects.filter(code="well-2026").exists()


@pytest.mark.django_db
def test_editing_a_project_needs_a_reason_and_a_percentage_up_to_100(client, demo):
    project = make_project(demo)
    client.force_login(demo.clerk)
    url = reverse("projects:edit", args=[project.pk])
    data = project_form(code=project.code, percent_done=120, change_reason="")
    data["milestones-TOTAL_FORMS"] = 0
    response = client.post(url, data)
    errors = response.context["form"].errors
    assert "percent_done" in errors
    assert "change_reason" in errors
    project.refresh_from_db()
    assert project.percent_done == 40


@pytest.mark.django_db
def test_the_public_page_shows_progress_milestones_and_published_updates(client, demo):
    project = make_project(demo)
    published = record_progress(
        project, user=demo.clerk, status=Project.ProjectStatus.BUILDING, percent_done=65
    )
    publish(published, demo)
    record_progress(project, user=demo.clerk, status=Project.ProjectStatus.DONE, percent_done=100)
    page = client.get(public_url(project))
    html = page.content.decode()
    assert page.status_code == 200
    # The project's own progress waits for review like its disclosures.
    assert '<progress id="project-progress" value="40" max="100"' in html
    assert "开工" in html and "已进场" in html and "路基完成" in html
    assert "财政一事一议奖补资金" in html and "某某建设有限公司" in html
    page_of = reverse(
        "public:disclosure_page", args=[demo.unit.township.code, demo.unit.code, published.pk]
    )
    assert page_of in html
    assert "已完工 100%" not in html  # the latest update is still a draft
    assert 'style="' not in html


@pytest.mark.django_db
def test_a_project_not_public_is_not_on_the_public_site(client, demo):
    project = make_project(demo, public=False)
    assert client.get(public_url(project)).status_code == 404
    milestone = project.milestones.first()
    milestone.photo = SimpleUploadedFile("a.png", png_bytes(), content_type="image/png")
    milestone.save()
    photo_url = reverse(
        "projects:photo",
        args=[demo.unit.township.code, demo.unit.code, project.code, milestone.pk],
    )
    assert client.get(photo_url).status_code == 404
    client.force_login(demo.other_clerk)
    assert client.get(photo_url).status_code == 404
    client.force_login(demo.head)
    assert client.get(photo_url).status_code == 200


@pytest.mark.django_db
def test_an_approval_refreshes_the_cached_public_page(
    client, demo, django_capture_on_commit_callbacks
):
    project = make_project(demo)
    assert 'value="40"' in client.get(public_url(project)).content.decode()  # now cached
    client.force_login(demo.clerk)
    data = project_form(code=project.code, name=project.name, percent_done=70, change_reason="更正")
    data["milestones-TOTAL_FORMS"] = 0
    data["version"] = project.version
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("projects:edit", args=[project.pk]), data)
    client.logout()
    assert 'value="40"' in client.get(public_url(project)).content.decode()  # not approved yet
    with django_capture_on_commit_callbacks(execute=True):
        review_project(project, demo)
    assert 'value="70"' in client.get(public_url(project)).content.decode()


@pytest.mark.django_db
def test_the_project_list_runs_a_fixed_number_of_queries(client, demo, django_assert_num_queries):
    client.force_login(demo.clerk)
    url = reverse("projects:list", args=[demo.unit.pk])
    make_project(demo)
    client.get(url)  # warm up the session
    # session, user, the user's unit and township grants, the unit, the projects with their
    # milestone counts
    with django_assert_num_queries(6):
        client.get(url)
    for n in range(4):
        make_project(demo, code=f"p-{n}")
    with django_assert_num_queries(6):
        client.get(url)
