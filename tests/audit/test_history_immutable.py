"""No page, form, API call or admin view can change or delete history, whoever asks.

Every URL pattern of the site is sent writes (POST; PUT, PATCH and DELETE for the API) as each
role of the demo, with a payload a form or a tamperer might send; afterwards every history row
that existed before reads byte for byte as it did, none is gone, and the chain still holds.
New rows are fine: an edit that a role may make is recorded, which is the point.
"""

from __future__ import annotations

import json

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.test import Client
from django.urls import reverse
from simple_history.admin import SimpleHistoryAdmin

from audit.chain import canonical_json, verify
from powers.flowcharts import request_render
from powers.models import Flowchart
from tests.test_url_walk import named_patterns, public_project, published_disclosure, sample_kwargs

ROLES = (
    "clerk",
    "head",
    "reviewer",
    "discipline",
    "administrator",
    "admin",
    "other_clerk",
    "anonymous",
)
# What a form, or someone trying to rewrite the record, might send.
PAYLOAD = {
    "name": "篡改后的名称",
    "title": "篡改后的标题",
    "reason": "核查",
    "status_reason": "核查",
    "body": "篡改",
    "measure": "篡改",
    "conditions": "篡改",
    "expected_version": "1",
    "version": "1",
    "history_id": "1",
    "history_date": "2000-01-01 00:00",
    "history_type": "-",
    "history_user_name": "冒名顶替",
    "history_change_reason": "篡改历史",
    "_change_history": "1",
}
API_WRITES = ("put", "patch", "delete")


def history_models():
    """Every historical model, many-to-many history included."""
    return [m for m in apps.get_models() if hasattr(m, "instance_type")]


def snapshot() -> dict[str, dict[int, str]]:
    """Every history row as the bytes the chain hashes, by table and row."""
    rows = {}
    for model in history_models():
        label = model._meta.label_lower
        columns = [f.attname for f in model._meta.concrete_fields]
        pk = model._meta.pk.attname
        rows[label] = {
            row[pk]: canonical_json(label, row)
            for row in model._default_manager.values(*columns).iterator()
        }
    return rows


def url_values(demo) -> dict[str, object]:
    """A value for every URL parameter: the demo's records of the clerk's unit where they
    exist (so writes reach real records), else what the URL walk uses, else a plausible id."""
    from disclosures.models import Disclosure, DisclosureObligation
    from feedback.models import Feedback
    from risks.models import EvidenceFile, PreventionMeasure, RiskPoint, Warning

    values: dict[str, object] = {}
    for _name, params in named_patterns():
        for param in params:
            if param in values:
                continue
            try:
                values[param] = sample_kwargs(demo, [param])[param]
            except KeyError:
                values[param] = 1 if param.endswith("_id") else "x"
    mine = {
        "point_id": RiskPoint.objects.filter(unit=demo.unit),
        "measure_id": PreventionMeasure.objects.filter(risk_point__unit=demo.unit),
        "evidence_id": EvidenceFile.objects.filter(measure__risk_point__unit=demo.unit),
        "warning_id": Warning.objects.filter(unit=demo.unit),
        "disclosure_id": Disclosure.objects.filter(unit=demo.unit),
        "obligation_id": DisclosureObligation.objects.filter(unit=demo.unit),
        "feedback_id": Feedback.objects.filter(unit=demo.unit),
    }
    for param, queryset in mine.items():
        first = queryset.order_by("pk").first()
        if first is not None:
            values[param] = first.pk
    return values


def admin_urls() -> list[str]:
    """The admin's change, delete, history and history-version (revert) pages of one record of
    each model with history, newest version."""
    urls = []
    for model, model_admin in admin.site._registry.items():
        if not isinstance(model_admin, SimpleHistoryAdmin):
            continue
        record = model._default_manager.order_by("pk").first()
        if record is None:
            continue
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        version = record.history.order_by("-history_id").first()
        urls += [
            reverse(f"{prefix}_change", args=[record.pk]),
            reverse(f"{prefix}_delete", args=[record.pk]),
            reverse(f"{prefix}_history", args=[record.pk]),
        ]
        if version is not None:
            urls.append(reverse(f"{prefix}_simple_history", args=[record.pk, version.pk]))
    return urls


def test_revert_is_disabled_and_no_history_model_is_in_the_admin():
    assert settings.SIMPLE_HISTORY_REVERT_DISABLED is True
    historical = set(history_models())
    assert not historical & set(admin.site._registry)
    for model_admin in admin.site._registry.values():
        if isinstance(model_admin, SimpleHistoryAdmin):
            assert model_admin.revert_disabled(request=None)


@pytest.mark.django_db
def test_no_write_by_any_role_changes_or_deletes_a_history_row(
    demo, django_capture_on_commit_callbacks
):
    chart = Flowchart.objects.filter(unit=demo.unit, kind="decision", is_public=True).first()
    with django_capture_on_commit_callbacks(execute=True):
        request_render(chart, user=demo.clerk)
    published_disclosure(demo)
    public_project(demo)
    values = url_values(demo)
    targets = []
    for name, params in named_patterns():
        url = reverse(name, kwargs={param: values[param] for param in params})
        targets.append((name, url, API_WRITES if name.startswith("api:") else ("post",)))
    targets += [(f"admin {url}", url, ("post",)) for url in admin_urls()]
    before = snapshot()
    assert sum(len(rows) for rows in before.values()) > 1000

    answered = 0
    for role in ROLES:
        client = Client(raise_request_exception=False)
        user = None if role == "anonymous" else getattr(demo, role)
        for _name, url, methods in targets:
            for method in methods:
                if user is not None:
                    client.force_login(user)  # again: the walk signs out at the logout URL
                else:
                    client.logout()  # and signs in at the login URL
                if method == "post":
                    response = client.post(url, PAYLOAD)
                else:
                    response = getattr(client, method)(
                        url, json.dumps(PAYLOAD), content_type="application/json"
                    )
                answered += response.status_code > 0

    assert answered >= len(targets) * len(ROLES)
    after = snapshot()
    # The walk did write: the roles' permitted edits left new, chained rows.
    added = sum(len(after[label].keys() - rows.keys()) for label, rows in before.items())
    assert added > 0
    for label, rows in before.items():
        gone = rows.keys() - after[label].keys()
        assert not gone, f"{label}: rows {sorted(gone)[:10]} deleted"
        changed = [pk for pk, data in rows.items() if after[label][pk] != data]
        assert not changed, f"{label}: rows {changed[:10]} changed"
    assert verify().first_break is None
