"""Every URL pattern of the site, fetched without signing in: which ones require it."""

from __future__ import annotations

import base64
import hashlib
from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from cases.models import Case
from disclosures.models import Disclosure, DisclosureAttachment
from exchange.models import StandardList
from powers.flowcharts import request_render
from powers.lifecycle import apply_transition, save_edit
from powers.models import Flowchart, Post, PowerItem
from powers.permissions import unit_perms
from printing.jobs import request_print
from projects.models import Project, ProjectMilestone

# Pages the public reaches without an account.
PUBLIC = {
    "public:home",
    "public:healthz",
    "public:switch_language",
    "public:township_home",
    "public:unit_page",
    "public:item_page",
    "public:chart_page",
    "public:flowchart_image",
    "public:disclosure_page",
    "public:disclosure_attachment",
    "public:search",
    "public:township_rss",
    "public:township_atom",
    "public:unit_rss",
    "public:unit_atom",
    "public:kiosk",
    "projects:page",
    "projects:photo",
    "feedback:new",
    "feedback:submit",
    "feedback:thanks",
    "feedback:track",
    "printing:sheet_check",
    "cases:public_cases",
    "cases:public_case",
    "audit_public:chain_head",
    "operations:readyz",
    "login",
}


def named_patterns(resolver: URLResolver | None = None, namespace: str = ""):
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace == "admin":
                continue  # the admin has its own sign-in, checked below
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from named_patterns(pattern, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}", list(pattern.pattern.converters)


def published_disclosure(demo) -> tuple[Disclosure, DisclosureAttachment]:
    """A disclosure published to society, with an attachment (the demo has none yet)."""
    disclosure = Disclosure.objects.create(
        unit=demo.unit, title="村级财务收支公开", category="finance", body="<p>十月收支</p>"
    )
    attachment = DisclosureAttachment(
        disclosure=disclosure,
        original_name="收支表.png",
        content_type="image/png",
        size=len(PNG),
        sha256=hashlib.sha256(PNG).hexdigest(),
        uploaded_by=demo.clerk,
    )
    attachment.file.save("table.png", ContentFile(PNG))
    disclosure.status, disclosure.is_public = "published", True
    disclosure.published_data = disclosure.public_snapshot()
    disclosure.save()
    return disclosure, attachment


def public_project(demo) -> tuple[Project, ProjectMilestone]:
    """A public livelihood project with a milestone photo, approved as its people would."""
    project = Project(
        unit=demo.unit,
        code="road-2026",
        name="村道硬化工程",
        budget=Decimal("280000"),
        fund_source="县级财政补助",
    )
    milestone = ProjectMilestone(name="开工")

    def save_milestone(saved: Project) -> None:
        milestone.project = saved
        milestone.photo.save("site.png", ContentFile(PNG))

    save_edit(project, user=demo.clerk, expected_version=None, children=[save_milestone])
    for name, user in (("submit", demo.clerk), ("confirm", demo.head), ("approve", demo.reviewer)):
        apply_transition(project, name, user=user, perms=unit_perms(user, demo.unit))
    return project, milestone


# The smallest valid PNG: one transparent pixel.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


def sample_kwargs(demo, params: list[str]) -> dict:
    item = PowerItem.objects.public().filter(unit=demo.unit).first()
    disclosure = Disclosure.objects.public().get(unit=demo.unit, title="村级财务收支公开")
    project = Project.objects.get(unit=demo.unit, code="road-2026")
    chart = Flowchart.objects.filter(unit=demo.unit, kind="decision", is_public=True).first()
    public_case = Case.objects.public().filter(unit=demo.unit).first()
    values = {
        "chart_id": chart.pk,
        # Officials' pages redirect to sign-in before looking anything up: any id will do.
        "township_id": demo.township.pk,
        "point_id": 1,
        "measure_id": 1,
        "evidence_id": 1,
        "warning_id": 1,
        "disclosure_id": 1,
        "obligation_id": 1,
        "feedback_id": 1,
        "project_id": project.pk,
        "project_code": project.code,
        "milestone_id": project.milestones.first().pk,
        "pk": disclosure.pk,
        "attachment_id": disclosure.attachments.first().pk,
        "step_id": chart.steps.first().pk,
        "direction": "up",
        "source_hash": chart.published_data["source_hash"],
        "fmt": "svg",
        "unit_id": demo.unit.pk,
        "item_id": item.pk,
        "post_id": Post.objects.filter(unit=demo.unit).first().pk,
        "name": "submit",
        "township_code": demo.township.code,
        "unit_code": demo.unit.code,
        "item_code": item.code,
        "code": "en",
        "case_id": public_case.pk,
        "record_label": "powers.poweritem",
        "kind": "notice",
        "record_id": disclosure.pk,
        "job_id": 1,
        "standard_id": StandardList.objects.get(township=demo.township).pk,
        "number": 1,
        "content_type_id": 1,
        "object_id": 1,
        # A printed sheet's check code (the job is queued, never rendered here).
        "check_code": request_print("notice", disclosure, user=demo.clerk).content_hash[:16],
    }
    return {param: values[param] for param in params}


@pytest.mark.django_db
def test_it_knows_every_url_pattern(demo):
    names = {name for name, _params in named_patterns()}
    assert names >= PUBLIC
    assert "powers:item_edit" in names


@pytest.mark.django_db
def test_it_requires_sign_in_everywhere_but_the_public_site(
    client, demo, django_capture_on_commit_callbacks
):
    chart = Flowchart.objects.filter(unit=demo.unit, kind="decision", is_public=True).first()
    with django_capture_on_commit_callbacks(execute=True):
        request_render(chart, user=demo.clerk)  # so that its public image exists
    published_disclosure(demo)
    public_project(demo)
    for name, params in named_patterns():
        url = reverse(name, kwargs=sample_kwargs(demo, params))
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            if name.startswith("api:"):
                # The open data API is public and read-only (tests/disclosures/test_api*.py):
                # never a sign-in redirect, never a server error; writes are refused.
                assert response.status_code in {200, 404, 405}, (name, method, response)
            elif name == "operations:readyz":
                # Readiness answers 503 while a dependency is not ready (no periodic job has
                # run in the tests); never a sign-in redirect.
                assert response.status_code in {200, 405, 503}, (name, method, response)
            elif name in PUBLIC:
                assert response.status_code in {200, 302, 405}, (name, method, response)
                if response.status_code == 302:
                    assert "/accounts/login/" not in response["Location"], (name, method)
            elif name == "logout":
                # Signing out of no session is harmless and lands on the public home page.
                assert response.status_code in {302, 405}, (name, method)
            else:
                assert response.status_code == 302, (name, method, response.status_code)
                assert response["Location"].startswith("/accounts/login/"), (name, method)


@pytest.mark.django_db
def test_it_sends_the_admin_to_its_own_sign_in(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.django_db
def test_public_pages_render_for_anonymous_visitors(client, demo):
    for name in ("public:home",):
        assert client.get(reverse(name)).status_code == 200
    unit_url = reverse("public:unit_page", args=[demo.township.code, demo.unit.code])
    response = client.get(unit_url)
    assert response.status_code == 200
    assert demo.unit.name in response.content.decode()
