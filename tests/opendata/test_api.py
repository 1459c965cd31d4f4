"""The open data API: exactly what is published, in its approved version, and nothing else.

Counts and ids are compared with the database's own idea of "public" (``public()`` and the
like); drafts, withdrawn and scheduled records, disclosures within the party or the unit,
internal risk points and projects not marked public never appear, in any list, detail or CSV.
"""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from disclosures.models import Audience, Channel, Disclosure
from disclosures.publishing import approve
from powers.lifecycle import apply_transition, save_edit
from powers.models import Flowchart, PowerItem, Township, Unit
from powers.permissions import unit_perms
from projects.models import Project
from risks.models import RiskPoint
from tests.disclosures.test_disclosure_editor import make_disclosure, publish
from tests.factories import PowerItemFactory, reviewed_project


def public_flowcharts():
    return Flowchart.objects.filter(is_public=True).exclude(item__is_public=False)


# endpoint → the rows it must return, exactly
EXPECTED = {
    "townships": lambda: Township.objects.all(),
    "units": lambda: Unit.objects.filter(is_active=True),
    "power-items": lambda: PowerItem.objects.public(),
    "flowcharts": public_flowcharts,
    "risk-points": lambda: RiskPoint.objects.public(),
    "disclosures": lambda: Disclosure.objects.public(),
    "projects": lambda: Project.objects.filter(is_public=True),
}


def fetch_all(client, endpoint: str, **params) -> list[dict]:
    """Every row of a list, page by page, as an anonymous visitor gets them."""
    rows: list[dict] = []
    url = f"/api/{endpoint}/"
    while url:
        response = client.get(url, params)
        assert response.status_code == 200, response.content
        body = response.json()
        rows += body["results"]
        url, params = body["next"], {}
    return rows


def publish_in_second_village(disclosure: Disclosure, demo) -> None:
    unit = disclosure.unit
    head = User.objects.get(username=f"{unit.code}-head")
    for name, user in (("submit", demo.other_clerk), ("confirm", head)):
        apply_transition(disclosure, name, user=user, perms=unit_perms(user, unit))
    approve(disclosure, user=demo.reviewer, perms=unit_perms(demo.reviewer, unit))


def withdraw(record, demo) -> None:
    perms = unit_perms(demo.reviewer, record.unit)
    apply_transition(record, "withdraw", user=demo.reviewer, perms=perms, reason="内容有误")


@pytest.fixture
def records(demo, django_capture_on_commit_callbacks):
    """Disclosures in every state and audience, projects public and not, an internal risk."""
    made: dict[str, object] = {}
    with django_capture_on_commit_callbacks(execute=True):
        society = make_disclosure(demo.unit, demo.clerk, title="=1+1 村级财务收支公开")
        society.channels.set(Channel.objects.filter(code__in=["bulletin_board", "website"]))
        publish(society, demo)
        made["society"] = society
        made["other_unit"] = make_disclosure(demo.other_unit, demo.other_clerk, title="二村公开")
        publish_in_second_village(made["other_unit"], demo)
        made["draft"] = make_disclosure(demo.unit, demo.clerk, title="草稿不公开")
        made["withdrawn"] = make_disclosure(demo.unit, demo.clerk, title="已撤回")
        publish(made["withdrawn"], demo)
        withdraw(made["withdrawn"], demo)
        for audience in (Audience.PARTY, Audience.UNIT):
            made[audience] = make_disclosure(
                demo.unit, demo.clerk, title=f"{audience} 内部公开", audience=audience
            )
            publish(made[audience], demo)
        # A party disclosure whose working copy says "society", not approved again.
        widened = make_disclosure(demo.unit, demo.clerk, title="党内改社会未审", audience="party")
        publish(widened, demo)
        widened.refresh_from_db()
        widened.audience = Audience.SOCIETY
        save_edit(widened, user=demo.clerk, expected_version=widened.version, reason="改为社会")
        made["widened"] = widened
        # A society disclosure narrowed to the party: gone at once, before approval.
        narrowed = make_disclosure(demo.unit, demo.clerk, title="社会改党内")
        publish(narrowed, demo)
        narrowed.refresh_from_db()
        narrowed.audience = Audience.PARTY
        save_edit(narrowed, user=demo.clerk, expected_version=narrowed.version, reason="改党内")
        made["narrowed"] = narrowed
        scheduled = make_disclosure(
            demo.unit,
            demo.clerk,
            title="定时发布",
            publish_at=timezone.now() + timedelta(days=3),
        )
        publish(scheduled, demo)
        made["scheduled"] = scheduled
    made["project"] = reviewed_project(
        demo.unit,
        milestones=["开工", "路基完成"],
        code="road-2026",
        name="村道硬化工程",
        budget="850000.00",
        fund_source="财政一事一议奖补",
        contractor='=HYPERLINK("http://evil")',
        progress_status=Project.ProjectStatus.BUILDING,
        percent_done=40,
        start_date=date(2026, 3, 1),
    )
    made["hidden_project"] = Project.objects.create(
        unit=demo.unit, code="plan-x", name="未公开工程", budget="1.00", fund_source="自筹"
    )
    point = RiskPoint.objects.public().filter(unit=demo.unit).first()
    point.is_internal = True
    point.internal_reason = "涉及举报人信息"
    point._history_user = demo.reviewer
    point.save()
    made["internal_risk"] = point
    return made


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", list(EXPECTED))
def test_every_list_returns_exactly_the_public_rows(client, records, endpoint):
    expected = EXPECTED[endpoint]()
    assert expected.exists()
    rows = fetch_all(client, endpoint)
    response = client.get(f"/api/{endpoint}/")
    assert response.json()["count"] == expected.count() == len(rows)
    assert sorted(row["id"] for row in rows) == sorted(expected.values_list("pk", flat=True))


@pytest.mark.django_db
def test_nothing_unpublished_or_internal_appears_anywhere(client, demo, records):
    ids = {row["id"] for row in fetch_all(client, "disclosures")}
    assert ids == set(Disclosure.objects.public().values_list("pk", flat=True))
    made = {record.pk for record in records.values() if isinstance(record, Disclosure)}
    assert ids & made == {records["society"].pk, records["other_unit"].pk}
    hidden = ["draft", "withdrawn", "party", "unit", "widened", "narrowed", "scheduled"]
    for name in hidden:
        disclosure = records[name]
        assert disclosure.pk not in ids, name
        assert client.get(f"/api/disclosures/{disclosure.pk}/").status_code == 404, name
    csv_text = client.get("/api/disclosures/", {"format": "csv"}).content.decode("utf-8-sig")
    for name in hidden:
        assert records[name].title not in csv_text, name

    risk_ids = {row["id"] for row in fetch_all(client, "risk-points")}
    assert records["internal_risk"].pk not in risk_ids
    assert client.get(f"/api/risk-points/{records['internal_risk'].pk}/").status_code == 404
    assert not RiskPoint.objects.filter(pk__in=risk_ids, is_internal=True).exists()
    assert not RiskPoint.objects.filter(pk__in=risk_ids, is_public=False).exists()

    project_ids = {row["id"] for row in fetch_all(client, "projects")}
    assert project_ids == set(Project.objects.filter(is_public=True).values_list("pk", flat=True))
    assert records["project"].pk in project_ids
    assert records["hidden_project"].pk not in project_ids
    assert client.get(f"/api/projects/{records['hidden_project'].pk}/").status_code == 404

    item_ids = {row["id"] for row in fetch_all(client, "power-items")}
    draft_items = PowerItem.objects.filter(is_public=False)
    assert draft_items.exists()
    assert not item_ids & set(draft_items.values_list("pk", flat=True))
    draft_item = draft_items.first()
    assert client.get(f"/api/power-items/{draft_item.pk}/").status_code == 404


@pytest.mark.django_db
def test_a_disclosure_gives_its_approved_version_with_a_link_to_its_page(client, demo, records):
    society = records["society"]
    row = client.get(f"/api/disclosures/{society.pk}/").json()
    assert row["title"] == "=1+1 村级财务收支公开"
    assert row["category"] == "财务收支"
    assert row["category_code"] == "finance"
    assert "<table" in row["body"]
    assert sorted(row["channels"]) == sorted(
        Channel.objects.filter(code__in=["bulletin_board", "website"]).values_list(
            "name", flat=True
        )
    )
    assert row["unit"] == {"township": "qx", "code": demo.unit.code, "name": demo.unit.name}
    assert row["url"].endswith(f"/t/qx/u/{demo.unit.code}/disclosures/{society.pk}/")
    assert client.get(row["url"]).status_code == 200


@pytest.mark.django_db
def test_an_unapproved_edit_changes_nothing_in_the_api(client, demo, records):
    society = records["society"]
    society.refresh_from_db()
    society.title = "尚未审核的新标题"
    society.body = "<p>尚未审核的正文</p>"
    save_edit(society, user=demo.clerk, expected_version=society.version, reason="更正")
    row = client.get(f"/api/disclosures/{society.pk}/").json()
    assert row["title"] == "=1+1 村级财务收支公开"
    assert "尚未审核" not in row["body"]

    item = PowerItem.objects.public().filter(unit=demo.unit).first()
    published_name = item.published_data["name"]
    item.name = "尚未审核的事项名称"
    save_edit(item, user=demo.clerk, expected_version=item.version, reason="更正名称")
    row = client.get(f"/api/power-items/{item.pk}/").json()
    assert row["name"] == published_name
    assert row["legal_bases"] == item.published_data["legal_bases"]


@pytest.mark.django_db
def test_units_give_their_public_contact_details_only(client, demo):
    row = client.get(f"/api/units/{demo.unit.pk}/").json()
    assert set(row) == {
        "id",
        "township",
        "code",
        "name",
        "kind",
        "kind_label",
        "address",
        "phone",
        "first_responsible",
        "first_responsible_title",
        "url",
    }
    assert row["first_responsible"] == demo.unit.first_responsible
    demo.other_unit.is_active = False
    demo.other_unit.save()
    assert client.get(f"/api/units/{demo.other_unit.pk}/").status_code == 404
    units = {row["code"] for row in fetch_all(client, "units")}
    assert demo.other_unit.code not in units
    # Nor anything of a unit that is switched off, as on the public site.
    items = {row["unit"]["code"] for row in fetch_all(client, "power-items")}
    assert demo.other_unit.code not in items


@pytest.mark.django_db
def test_a_risk_point_and_a_flowchart_come_from_their_snapshots(client, demo):
    point = RiskPoint.objects.public().first()
    row = client.get(f"/api/risk-points/{point.pk}/").json()
    for key in ("code", "description", "risk_type", "item_code", "step"):
        assert row[key] == point.published_data[key]
    assert row["level"]["name"] == point.published_data["level"]["name"]
    assert len(row["measures"]) == len(point.published_data["measures"])

    chart = public_flowcharts().filter(kind="item").first()
    row = client.get(f"/api/flowcharts/{chart.pk}/").json()
    assert row["title"] == chart.published_data["title"]
    assert [step["name"] for step in row["steps"]] == [
        step["name"] for step in chart.published_data["steps"]
    ]
    assert row["item_code"] == chart.item.published_data["code"]
    assert row["image_svg"] == ""  # not drawn in the tests' demo


@pytest.mark.django_db
def test_lists_filter_by_unit_township_and_publication_date(client, demo, records):
    made = {record.pk for record in records.values() if isinstance(record, Disclosure)}
    rows = fetch_all(client, "disclosures", unit=demo.other_unit.code)
    ids = {row["id"] for row in rows}
    assert len(rows) == len(ids)
    assert ids == set(
        Disclosure.objects.public().filter(unit=demo.other_unit).values_list("pk", flat=True)
    )
    assert ids & made == {records["other_unit"].pk}
    expected = PowerItem.objects.public().filter(unit=demo.unit)
    rows = fetch_all(client, "power-items", unit=demo.unit.code, township="qx")
    assert sorted(row["id"] for row in rows) == sorted(expected.values_list("pk", flat=True))
    assert fetch_all(client, "power-items", township="nowhere") == []

    today = timezone.localdate()
    public = Disclosure.objects.public()
    rows = fetch_all(client, "disclosures", published_from=today, published_to=today)
    ids = {row["id"] for row in rows}
    assert len(rows) == len(ids)
    assert ids == set(public.filter(published_at__date=today).values_list("pk", flat=True))
    assert ids & made == {records["society"].pk, records["other_unit"].pk}
    yesterday = today - timedelta(days=1)
    rows = fetch_all(client, "disclosures", published_to=yesterday)
    ids = {row["id"] for row in rows}
    assert len(rows) == len(ids)
    assert ids == set(public.filter(published_at__date__lte=yesterday).values_list("pk", flat=True))
    assert not ids & made
    assert fetch_all(client, "disclosures", published_from=today + timedelta(days=1)) == []
    # A published date range on items, against the database
    item = expected.first()
    PowerItem.objects.filter(pk=item.pk).update(published_at=timezone.now() - timedelta(days=400))
    old = fetch_all(client, "power-items", published_to=today - timedelta(days=300))
    assert [row["id"] for row in old] == [item.pk]

    projects = Project.objects.filter(is_public=True)
    rows = fetch_all(client, "projects", unit=demo.unit.code, start_from="2026-01-01")
    ids = [row["id"] for row in rows]
    assert sorted(ids) == sorted(
        projects.filter(unit=demo.unit, start_date__gte=date(2026, 1, 1)).values_list(
            "pk", flat=True
        )
    )
    assert records["project"].pk in ids
    assert records["hidden_project"].pk not in ids
    [row] = [row for row in rows if row["id"] == records["project"].pk]
    assert [m["name"] for m in row["milestones"]] == ["开工", "路基完成"]
    rows = fetch_all(client, "projects", start_to="2025-12-31")
    ids = [row["id"] for row in rows]
    assert sorted(ids) == sorted(
        projects.filter(start_date__lte=date(2025, 12, 31)).values_list("pk", flat=True)
    )
    assert records["project"].pk not in ids

    response = client.get("/api/disclosures/", {"published_from": "not-a-date"})
    assert response.status_code == 400


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_are_refused_and_change_nothing(client, demo, records, method):
    society = records["society"]
    before = (Disclosure.objects.count(), Project.objects.count(), society.published_data)
    payload = {"title": "改", "name": "改"}
    for url in (
        "/api/disclosures/",
        f"/api/disclosures/{society.pk}/",
        f"/api/projects/{records['project'].pk}/",
        f"/api/units/{demo.unit.pk}/",
    ):
        response = getattr(client, method)(url, payload, content_type="application/json")
        assert response.status_code in {403, 405}, (url, response.status_code)
    society.refresh_from_db()
    after = (Disclosure.objects.count(), Project.objects.count(), society.published_data)
    assert after == before
    demo.unit.refresh_from_db()
    assert demo.unit.name != "改"


@pytest.mark.django_db
def test_a_page_of_any_list_costs_the_same_queries_however_many_rows(
    client, demo, records, django_assert_num_queries, settings
):
    # The throttle counts in the "limits" cache, in the database when there is no Redis: in
    # memory here, so the counts below are the list's own, with or without Redis.
    settings.CACHES = {
        **settings.CACHES,
        "limits": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    # 1. count, 2. the page of rows with unit and township joined
    with django_assert_num_queries(2):
        assert client.get("/api/power-items/").status_code == 200
    with django_assert_num_queries(2):
        client.get("/api/power-items/", {"unit": demo.unit.code})
    # 1. count, 2. rows (with whether each chart's image is drawn, as a subquery)
    with django_assert_num_queries(2):
        client.get("/api/flowcharts/")
    with django_assert_num_queries(2):
        client.get("/api/risk-points/")
    with django_assert_num_queries(2):
        client.get("/api/disclosures/")
    # 1. count, 2. rows (their milestones are in the approved snapshot)
    for _ in range(3):
        reviewed_project(
            demo.other_unit,
            milestones=["开工"],
            code=f"p{_}",
            name="工程",
            budget="1.00",
            fund_source="自筹",
        )
    with django_assert_num_queries(2):
        client.get("/api/projects/")
    # A CSV export is the whole list, still in a fixed number: the rows.
    with django_assert_num_queries(1):
        client.get("/api/projects/", {"format": "csv"})
    with django_assert_num_queries(1):
        client.get("/api/power-items/", {"format": "csv"})


@pytest.mark.django_db
def test_an_item_of_no_category_gives_null_and_an_empty_csv_cell(client, demo):
    """A list that states no power type: the API says so with null, never a made-up one."""
    item = PowerItemFactory(unit=demo.unit, code="NC-API", name="无类别开放事项", category=None)
    for name, user in (("submit", demo.clerk), ("confirm", demo.head), ("approve", demo.reviewer)):
        apply_transition(item, name, user=user, perms=unit_perms(user, demo.unit))
    row = client.get(f"/api/power-items/{item.pk}/").json()
    assert row["name"] == "无类别开放事项"
    assert "category" in row and row["category"] is None
    csv_text = client.get("/api/power-items/", {"format": "csv", "unit": demo.unit.code})
    lines = list(csv.DictReader(io.StringIO(csv_text.content.decode("utf-8-sig"))))
    (line,) = [line for line in lines if line["code"] == "NC-API"]
    assert line["category"] == ""
