"""The public reads approved snapshots only: an official's edit of a published record, saved
but not yet approved again, shows on no public page, feed, API response, search result, kiosk
slide, printed sheet or sheet-check page, and the approved text still does.

Edited here: a power item (name, legal basis), an item's flowchart and a unit chart (title,
step name), a risk point and its measure, a disclosure (title, body) and a livelihood project
(name, contractor, a milestone's note), each saved through :func:`powers.lifecycle.save_edit`
as the officials' pages save them. And a public case, whose title is fixed when it opens:
one of its step records is edited and it is closed with a result, through
:mod:`cases.services`, which the public reads only once the unit head publishes the update.
"""

from __future__ import annotations

import json
from dataclasses import is_dataclass
from urllib.parse import urlencode

import pytest
from django.test.utils import ContextList
from django.urls import reverse

from cases import services as case_services
from cases.models import Case, StepRecord
from disclosures.models import Disclosure
from powers.flowcharts import request_render
from powers.lifecycle import LifecycleRecord, Status, apply_transition, save_edit
from powers.models import Flowchart, FlowEdge, FlowStep, LegalBasis, PowerItem
from printing.jobs import request_print
from printing.models import PrintJob
from risks.models import PreventionMeasure, RiskPoint

from .test_url_walk import (
    PUBLIC,
    named_patterns,
    public_project,
    published_disclosure,
    sample_kwargs,
)

pytestmark = pytest.mark.django_db

MARK = "未审改动XYZ"
# Pages that only redirect or take a form post: nothing of a record to read there.
# Pages that show no record: sign-in, the language switch, the form's post, and the readiness
# check (which answers 503 while no periodic job has run; tests/operations/test_readyz.py).
NOT_READ = {"login", "public:switch_language", "feedback:submit", "operations:readyz"}


def edit(record, user, change, *children) -> None:
    """Change the record and its children as an official's form would, saved without review."""
    change(record)
    save_edit(
        record,
        user=user,
        expected_version=record.version,
        reason="待审修改",
        children=[lambda _saved, child=child: child.save() for child in children],
    )
    record.refresh_from_db()
    assert record.status == Status.DRAFT and record.is_public


@pytest.fixture
def edited(demo, django_capture_on_commit_callbacks):
    """The demo village with one unapproved edit of each reviewed kind; returns the approved
    words that must still show."""
    published_disclosure(demo)  # for the walk's sample of an attachment
    project, milestone = public_project(demo)
    disclosure = (
        Disclosure.objects.public()
        .filter(unit=demo.unit)
        .exclude(title="村级财务收支公开")
        .order_by("-published_at")
        .first()
    )
    case = Case.objects.public().filter(unit=demo.unit).select_related("item").first()
    item = case.item
    item_chart = Flowchart.objects.get(item=item)
    unit_chart = Flowchart.objects.filter(unit=demo.unit, kind="decision", is_public=True).first()
    point = (
        RiskPoint.objects.public()
        .filter(unit=demo.unit, item__is_public=True, measures__isnull=False)
        .select_related("item")
        .first()
    )
    with django_capture_on_commit_callbacks(execute=True):
        for chart in (item_chart, unit_chart):
            request_render(chart, user=demo.clerk)  # the approved image, as the public sees it
    approved = {
        "item": item.published_data["name"],
        "item_step": item_chart.published_data["steps"][1]["name"],
        "unit_chart": unit_chart.published_data["title"],
        "risk": point.published_data["description"],
        "disclosure": disclosure.published_data["title"],
        "project": project.published_data["name"],
    }

    basis = item.legal_bases.first()
    basis.document = f"{MARK}依据"
    edit(item, demo.clerk, lambda i: setattr(i, "name", f"{MARK}事项名称"), basis)
    for chart in (item_chart, unit_chart):
        step = chart.steps.get(pk=chart.published_data["steps"][1]["id"])
        step.name = f"{MARK}环节"
        edit(chart, demo.clerk, lambda c: setattr(c, "title", f"{MARK}流程图"), step)
    measure = point.measures.first()
    measure.measure = f"{MARK}防控措施"
    edit(point, demo.clerk, lambda p: setattr(p, "description", f"{MARK}风险点"), measure)

    def change_disclosure(d: Disclosure) -> None:
        d.title, d.body = f"{MARK}标题", f"<p>{MARK}正文</p>"

    edit(disclosure, demo.clerk, change_disclosure)

    def change_project(p) -> None:
        p.name, p.contractor = f"{MARK}工程", f"{MARK}施工单位"

    milestone.note = f"{MARK}节点说明"
    edit(project, demo.clerk, change_project, milestone)

    running = Case.objects.public().filter(unit=demo.unit, status=Case.CaseStatus.OPEN).first()
    step = StepRecord.objects.filter(case=running).order_by("pk").first()
    step.supervision_opinion = f"{MARK}监委会意见"
    case_services.save_record(step, user=demo.clerk, expected_version=step.version)
    running.refresh_from_db()
    case_services.close_case(
        running,
        user=demo.clerk,
        outcome=Case.Outcome.APPROVED,
        result=f"{MARK}办理结果",
        closed_on=running.opened_on,
        reason=f"{MARK}办结理由",
    )
    running.refresh_from_db()
    assert running.is_public and running.has_unpublished_changes
    # Sheets printed now, of records whose edit waits for review.
    jobs = [
        request_print("notice", disclosure, user=demo.clerk),
        request_print("catalog_board", demo.unit, user=demo.clerk),
        request_print("flowchart_sheet", item_chart, user=demo.clerk),
        request_print("flowchart_sheet", unit_chart, user=demo.clerk),
        request_print("risk_ledger", demo.unit, user=demo.clerk),
    ]
    return {
        "approved": approved,
        "item": item,
        "charts": (item_chart, unit_chart),
        "point": point,
        "disclosure": disclosure,
        "project": project,
        "case": case,
        "running": running,
        "jobs": jobs,
    }


def public_urls(demo, edited) -> list[str]:
    """Every public URL pattern and open-data endpoint, and every page, feed entry, endpoint,
    search and sheet check of the edited records."""
    unit, township = demo.unit, demo.township
    urls = []
    for name, params in named_patterns():
        if (name in PUBLIC or name.startswith("api:")) and name not in NOT_READ:
            urls.append(reverse(name, kwargs=sample_kwargs(demo, params)))
    # The samples' ids may name nothing at an API detail endpoint; the edited records' below do.
    urls = [url for url in urls if not (url.startswith("/api/") and url.rstrip("/")[-1].isdigit())]
    t, u = township.code, unit.code
    item, disclosure, case = edited["item"], edited["disclosure"], edited["case"]
    urls += [reverse("public:unit_page", args=[t, u]) + f"?tab={tab}" for tab in TABS]
    urls += [
        reverse("public:item_page", args=[t, u, code])
        for code in PowerItem.objects.public().filter(unit=unit).values_list("code", flat=True)
    ]
    urls += [
        reverse("public:chart_page", args=[t, u, pk])
        for pk in Flowchart.objects.filter(unit=unit, is_public=True).values_list("pk", flat=True)
    ]
    urls += [reverse("public:disclosure_page", args=[t, u, disclosure.pk])]
    urls += [
        reverse("cases:public_case", args=[t, u, pk])
        for pk in Case.objects.public().filter(unit=unit).values_list("pk", flat=True)
    ]
    urls += [
        reverse("cases:public_cases", args=[t, u]) + f"?year={case.opened_on.year}",
        reverse("cases:public_cases", args=[t, u]) + f"?year={edited['running'].opened_on.year}",
        reverse("public:kiosk", args=[t, u]),
        reverse("feedback:new") + f"?unit={unit.pk}&item={item.code}&disclosure={disclosure.pk}",
    ]
    for kind in ("power-items", "flowcharts", "risk-points", "disclosures", "projects"):
        urls += [
            reverse(f"api:{kind}-list") + f"?unit={u}",
            reverse(f"api:{kind}-list") + f"?unit={u}&format=csv",
        ]
    urls += [
        reverse("api:power-items-detail", args=[item.pk]),
        reverse("api:risk-points-detail", args=[edited["point"].pk]),
        reverse("api:disclosures-detail", args=[disclosure.pk]),
        reverse("api:projects-detail", args=[edited["project"].pk]),
        reverse("projects:page", args=[t, u, edited["project"].code]),
        *[reverse("api:flowcharts-detail", args=[chart.pk]) for chart in edited["charts"]],
    ]
    search = reverse("public:search", args=[t])
    # The first words of each approved text, as someone would type them.
    urls += [search + "?" + urlencode({"q": words[:8]}) for words in edited["approved"].values()]
    urls += [
        search + f"?unit={u}&kind={kind}" for kind in ("item", "risk", "disclosure", "project")
    ]
    urls += [
        reverse("printing:sheet_check", args=[job.content_hash[:16]]) for job in edited["jobs"]
    ]
    return urls


TABS = ("catalog", "charts", "risks", "disclosures", "projects", "contacts")


# What a public template must never be handed: a reviewed record (or a case, which reaches
# its item) as a model, whose working fields a template would read.
REVIEWED = (LifecycleRecord, FlowStep, FlowEdge, LegalBasis, PreventionMeasure, Case)
# Not yet: the feedback form's page hands its template the item and disclosure it is about, and
# the template reads their ``published_data`` (checked for the marker like every page).
MODELS_STILL_HANDED = {"/feedback/new/"}


def models_in(context) -> set[str]:
    """The reviewed models anywhere in a template context (dicts, lists and rows within)."""
    found: set[str] = set()
    seen: set[int] = set()

    def visit(value) -> None:
        if id(value) in seen:
            return
        seen.add(id(value))
        if isinstance(value, REVIEWED):
            found.add(type(value).__name__)
        elif isinstance(value, dict):
            for inner in value.values():
                visit(inner)
        elif isinstance(value, list | tuple):
            for inner in value:
                visit(inner)
        elif is_dataclass(value):
            visit(vars(value))

    for layer in context if isinstance(context, ContextList) else [context]:
        visit(layer.flatten())
    return found


def read(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code in {200, 302}, (url, response.status_code)
    if response.context is not None and url.split("?")[0] not in MODELS_STILL_HANDED:
        assert not models_in(response.context), (url, models_in(response.context))
    content = getattr(response, "streaming_content", None)
    body = b"".join(content) if content is not None else response.content
    text = body.decode("utf-8", errors="replace")
    if response.get("Content-Type", "").startswith("application/json"):
        text += json.dumps(json.loads(body), ensure_ascii=False)  # \u escapes, if any
    return text


def test_no_public_page_shows_an_edit_waiting_for_review(client, demo, edited):
    shown = {url: read(client, url) for url in public_urls(demo, edited)}
    leaks = [url for url, text in shown.items() if MARK in text]
    assert not leaks, "\n".join(leaks)
    everything = "\n".join(shown.values())
    for what, words in edited["approved"].items():
        assert words in everything, what
    t, u = demo.township.code, demo.unit.code
    item, case = edited["item"], edited["case"]
    # The known leak: the case pages named the item by its working name.
    for url in (
        reverse("cases:public_case", args=[t, u, case.pk]),
        reverse("cases:public_cases", args=[t, u]) + f"?year={case.opened_on.year}",
    ):
        assert edited["approved"]["item"] in shown[url], url
    item_page = shown[reverse("public:item_page", args=[t, u, item.code])]
    assert edited["approved"]["item_step"] in item_page
    point_item = edited["point"].item
    item_of_point = shown[reverse("public:item_page", args=[t, u, point_item.code])]
    assert edited["approved"]["risk"] in item_of_point


def test_a_search_for_the_unapproved_words_finds_nothing(client, demo, edited):
    url = reverse("public:search", args=[demo.township.code])
    for words in (MARK, f"{MARK}事项名称", f"{MARK}风险点", f"{MARK}标题", f"{MARK}施工单位"):
        response = client.get(url, {"q": words})
        assert response.status_code == 200
        assert response.context["results"] == [], words


def test_sheets_printed_during_the_edit_print_the_approved_text(demo, edited):
    for job in edited["jobs"]:
        html = PrintJob.objects.get(pk=job.pk).html
        assert MARK not in html, job.kind
    notice = PrintJob.objects.get(pk=edited["jobs"][0].pk)
    assert edited["approved"]["disclosure"] in notice.html


def test_the_sheet_check_page_names_a_draft_sheet_by_the_approved_title(client, demo):
    disclosure = Disclosure(
        unit=demo.unit, title=f"{MARK}初稿", category="finance", body="<p>收支</p>"
    )
    save_edit(disclosure, user=demo.clerk, expected_version=None)
    draft_sheet = request_print("notice", disclosure, user=demo.clerk)  # a 样稿 for the official
    disclosure.title = "村级财务收支公开（定稿）"
    save_edit(disclosure, user=demo.clerk, expected_version=disclosure.version)
    for name, perm in (
        ("submit", "submit_records"),
        ("confirm", "confirm_records"),
        ("approve", "review_records"),
    ):
        apply_transition(disclosure, name, user=demo.reviewer, perms={perm})

    page = client.get(reverse("printing:sheet_check", args=[draft_sheet.content_hash[:16]]))
    text = page.content.decode()
    assert "已过时" in text
    assert MARK not in text
    assert "村级财务收支公开（定稿）" in text
