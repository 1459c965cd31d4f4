"""The open data API's formats and surroundings: the OpenAPI schema, the docs page, the
browsable API under the site's Content-Security-Policy, CSV export and throttling."""

from __future__ import annotations

import csv
import io
import json

import pytest
import yaml
from django.conf import settings
from drf_spectacular.validation import validate_schema
from rest_framework.throttling import AnonRateThrottle

from opendata.api import csv_cell
from powers.models import PowerItem
from projects.models import Project
from tests.factories import reviewed_project

LISTS = [
    "/api/townships/",
    "/api/units/",
    "/api/power-items/",
    "/api/flowcharts/",
    "/api/risk-points/",
    "/api/disclosures/",
    "/api/projects/",
]


def read_csv(response) -> list[dict]:
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.mark.django_db
def test_the_schema_is_a_valid_openapi_document_listing_every_endpoint(client, demo):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    schema = yaml.safe_load(response.content)
    validate_schema(schema)  # against the OpenAPI 3.0 JSON schema drf-spectacular ships
    assert schema["info"]["title"] == "权力公开透明运行平台 开放数据接口"
    assert schema["info"]["version"] == "1"
    for path in LISTS:
        assert path in schema["paths"]
        assert set(schema["paths"][path]) == {"get"}  # read-only
        assert f"{path}{{id}}/" in schema["paths"]
    names = {p["name"] for p in schema["paths"]["/api/disclosures/"]["get"]["parameters"]}
    assert {"unit", "township", "published_from", "published_to", "page"} <= names
    as_json = client.get("/api/schema/", {"format": "json"})
    assert as_json.status_code == 200
    assert json.loads(as_json.content)["paths"].keys() == schema["paths"].keys()


@pytest.mark.django_db
def test_the_docs_page_lists_the_endpoints_without_inline_code(client, demo):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "开放数据接口" in html
    for path in LISTS:
        assert f"GET {path}</code>" in html
        assert f'href="{path}?format=csv"' in html
    assert "published_from" in html
    assert "<style" not in html and "style=" not in html
    assert "<script" not in html
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


@pytest.mark.django_db
def test_the_browsable_api_works_under_the_sites_policy(client, demo):
    response = client.get("/api/power-items/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    item = PowerItem.objects.public().order_by("unit__township__code", "unit__code", "code")[0]
    assert item.published_data["name"] in html
    # Its scripts are files of our own origin; its one inline <script> is JSON data, which
    # the browser does not run. Only cosmetic inline styles are refused by the policy.
    policy = response["Content-Security-Policy"]
    assert "unsafe-inline" not in policy
    assert '<script src="/static/rest_framework/js/jquery' in html
    assert client.get("/static/rest_framework/js/default.js").status_code == 200
    root = client.get("/api/", HTTP_ACCEPT="text/html")
    assert root.status_code == 200
    assert "/api/disclosures/" in root.content.decode()


@pytest.mark.django_db
def test_csv_export_opens_with_the_csv_module_and_defuses_formulas(client, demo):
    project = reviewed_project(
        demo.unit,
        code="road",
        name="=1+1",
        budget="100.00",
        fund_source="@SUM(A1:A9)",
        contractor="-2+3",
    )
    response = client.get("/api/projects/", {"format": "csv"})
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="projects.csv"'
    rows = read_csv(response)
    assert len(rows) == Project.objects.filter(is_public=True).count()
    assert sorted(int(row["id"]) for row in rows) == sorted(
        Project.objects.filter(is_public=True).values_list("pk", flat=True)
    )
    [row] = [row for row in rows if row["id"] == str(project.pk)]
    assert row["id"] == str(project.pk)
    assert row["name"] == "'=1+1"
    assert row["fund_source"] == "'@SUM(A1:A9)"
    assert row["contractor"] == "'-2+3"
    assert row["budget"] == "100.00"

    items = read_csv(client.get("/api/power-items/", {"format": "csv"}))
    # The whole list, not a page of it.
    assert len(items) == PowerItem.objects.public().count() > 50
    assert {"code", "name", "published_at", "url", "legal_bases"} <= set(items[0])


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("村道 = 路", "村道 = 路"),
        (["公开栏", "网站"], "公开栏；网站"),
        ([{"a": "=x"}], '[{"a": "=x"}]'),
        (True, "是"),
        (None, ""),
    ],
)
def test_a_csv_cell(value, cell):
    assert csv_cell(value) == cell


def test_throttling_is_configured_for_everyone_at_120_a_minute():
    rest = settings.REST_FRAMEWORK
    assert rest["DEFAULT_THROTTLE_CLASSES"] == ["rest_framework.throttling.AnonRateThrottle"]
    assert rest["DEFAULT_THROTTLE_RATES"]["anon"] == "120/min"
    assert rest["DEFAULT_AUTHENTICATION_CLASSES"] == []  # so every caller is anonymous


@pytest.mark.django_db
def test_a_caller_over_the_rate_is_told_to_wait(client, demo, monkeypatch):
    # DRF reads the rates once, when it is imported: a settings override would not reach them.
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "2/min"})
    assert client.get("/api/townships/").status_code == 200
    assert client.get("/api/townships/").status_code == 200
    response = client.get("/api/townships/")
    assert response.status_code == 429
    assert "Retry-After" in response
    other = client.get("/api/townships/", REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 200


@pytest.mark.django_db
def test_errors_speak_chinese(client, demo):
    response = client.get("/api/disclosures/999999/")
    assert response.status_code == 404
    assert response.json()["detail"] == "未找到。"
