"""A case follows its item's flowchart as approved and published, never an edit still in
review; an item whose chart was never approved cannot open a case."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from cases.models import Case
from powers.models import Flowchart, FlowStep

from .helpers import open_case

pytestmark = pytest.mark.django_db


def test_a_case_opened_during_an_unapproved_edit_takes_the_approved_chart(demo):
    chart = Flowchart.objects.get(item__unit=demo.unit, item__code="JC-01")
    approved = [step["name"] for step in chart.published_data["steps"]]
    meeting = chart.steps.get(name="党员大会审议")
    rules_before = (meeting.quorum_fraction, meeting.vote_rule, meeting.time_limit_days)
    announce = chart.steps.get(name="决议公开")
    # The clerk edits the chart; the edit waits for review.
    meeting.name, meeting.quorum_fraction, meeting.time_limit_days = "党员大会（修改中）", "half", 1
    meeting.save()
    announce.posting_days = 1
    announce.save()
    added = FlowStep.objects.create(flowchart=chart, order=99, name="新增环节")
    chart.edges.create(source=announce, target=added, label="")

    case = open_case(demo, "JC-01", reference="T-approved")

    assert [step["name"] for step in case.snapshot["steps"]] == approved
    step = case.snapshot_step(meeting.pk)
    assert step["name"] == "党员大会审议"
    assert (step["quorum"], step["vote_rule"], step["time_limit_days"]) == rules_before
    assert case.snapshot_step(announce.pk)["posting_days"] == 5
    assert case.snapshot_step(added.pk) is None
    assert all(added.pk not in (e["source"], e["target"]) for e in case.snapshot["edges"])
    assert case.snapshot["flowchart"]["version"] == chart.published_version


def test_an_item_whose_chart_was_never_approved_cannot_open_a_case(client, demo):
    chart = Flowchart.objects.get(item__unit=demo.unit, item__code="XK-01")
    Flowchart.objects.filter(pk=chart.pk).update(
        is_public=False, published_data=None, published_at=None, status="draft"
    )
    client.force_login(demo.clerk)
    response = client.post(
        reverse("cases:case_open", args=[demo.unit.pk]),
        {
            "item": chart.item_id,
            "reference": "2026-090",
            "title": "宅基地申请初审",
            "opened_on": timezone.localdate().isoformat(),
        },
    )
    assert response.status_code == 200  # the form again, with what was typed
    page = response.content.decode()
    assert "流程图还没有经乡镇审核发布，不能登记办理" in page
    assert 'value="2026-090"' in page
    assert "（流程图未审核发布）" in page  # the item list says so before one tries
    assert not Case.objects.filter(unit=demo.unit, reference="2026-090").exists()
