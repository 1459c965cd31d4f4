"""Every write path of the product leaves a chained history row that names who did it.

The periodic jobs of CELERY_BEAT_SCHEDULE run against the demo with something to do each; then
one representative write goes through each kind of official form (catalog, flowchart, ledger,
disclosures, obligations, projects, feedback, cases, summary report, and the admin's role grants,
risk matrix and work plan). Afterwards every history row written has its link in the chain and
names its author: the acting user, by id and by name, or, for a job acting on its own, the
system and the job (powers.history.job_context).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.module_loading import import_string

from audit.chain import unchained_rows
from audit.models import ChainLink
from audit.scope import chain_label
from powers.history import SYSTEM_NAME, user_display_name

pytestmark = pytest.mark.django_db


# Finding what a step wrote ------------------------------------------------------------------


def history_models() -> list[type[models.Model]]:
    """Every historical model, many-to-many history included (as audit.chain counts them)."""
    return [m for m in apps.get_models() if hasattr(m, "instance_type")]


def high_water() -> dict[type[models.Model], int]:
    """The last history row of each table, to tell the rows a step writes from the demo's."""
    marks = {}
    for model in history_models():
        pk = model._meta.pk.attname
        marks[model] = model._default_manager.aggregate(top=models.Max(pk))["top"] or 0
    return marks


@dataclass
class Written:
    label: str  # the history table as the chain names it, e.g. "risks.historicalwarning"
    row: models.Model
    author_row: models.Model  # the row naming the author: itself, or a m2m row's parent row


def written_since(marks: dict[type[models.Model], int]) -> list[Written]:
    rows = []
    for model, top in marks.items():
        pk = model._meta.pk.attname
        for row in model._default_manager.filter(**{f"{pk}__gt": top}).order_by(pk):
            # A many-to-many field's rows (a disclosure's channels) hang under their record's
            # history row, which names the author for them.
            author_row = row if hasattr(row, "history_user_name") else row.history
            rows.append(Written(chain_label(model), row, author_row))
    return rows


def assert_chained(written: list[Written]) -> None:
    assert unchained_rows() == {}
    linked = set(
        ChainLink.objects.filter(
            history_model__in={w.label for w in written},
            history_id__in=[w.row.pk for w in written],
        ).values_list("history_model", "history_id")
    )
    missing = [(w.label, w.row.pk) for w in written if (w.label, w.row.pk) not in linked]
    assert missing == []


def tables(written: list[Written]) -> set[str]:
    return {w.label for w in written}


# The periodic jobs --------------------------------------------------------------------------


def arrange_work_for_every_job(demo, monkeypatch, django_capture_on_commit_callbacks) -> None:
    """Something for each periodic job to do, besides what the demo leaves overdue itself
    (its feedback, catalog matters and work-plan items past their deadlines)."""
    from disclosures.publishing import approve
    from powers.flowcharts import request_render
    from powers.lifecycle import apply_transition
    from powers.models import Flowchart
    from powers.permissions import unit_perms
    from risks.models import PreventionMeasure, Warning
    from tests.cases.test_time_limit_job import _case_pending_since
    from tests.disclosures.test_disclosure_editor import make_disclosure
    from tests.disclosures.test_obligations import make_obligation, published_on
    from tests.feedback.test_feedback_officials import make_feedback
    from tests.risks.test_warnings_job import make_point

    yesterday = timezone.localdate() - timedelta(days=1)
    # A risk measure past its due date, and a warning left unanswered past its deadline.
    make_point(demo.unit, "WP-001", measures=[(PreventionMeasure.Phase.BEFORE, yesterday)])
    unanswered = Warning(
        unit=demo.unit, tier=Warning.Tier.REMINDER, cause="逾期未回复的预警", deadline=yesterday
    )
    unanswered._history_user = demo.reviewer
    unanswered.save()
    # A villager's question past its reply deadline; a catalog matter last disclosed long ago.
    make_feedback(demo.unit, days_left=-1)
    matter = make_obligation(demo.unit, responsible_post=demo.unit.posts.first())
    published_on(demo.unit, demo.clerk, matter, timezone.localdate() - timedelta(days=70))
    # An open case whose check has waited past its time limit.
    _case_pending_since(demo, "WP-CASE-1", 60)
    # A disclosure approved for publication in an hour.
    disclosure = make_disclosure(
        demo.unit, demo.clerk, title="定时公开", publish_at=timezone.now() + timedelta(hours=1)
    )
    unit = demo.unit
    apply_transition(disclosure, "submit", user=demo.clerk, perms=unit_perms(demo.clerk, unit))
    apply_transition(disclosure, "confirm", user=demo.head, perms=unit_perms(demo.head, unit))
    assert approve(disclosure, user=demo.reviewer, perms=unit_perms(demo.reviewer, unit))
    # A flowchart render queued while the broker was away: the sweep sends it.
    chart = Flowchart.objects.filter(unit=demo.unit).exclude(steps=None).first()
    with django_capture_on_commit_callbacks(execute=False):
        render = request_render(chart, user=demo.clerk)
    assert render is not None and render.enqueued_at is None
    # Jobs run two hours on, when the held disclosure is due.
    later = timezone.now() + timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)


def test_every_periodic_job_chains_its_history_and_names_who_did_it(
    demo, monkeypatch, django_capture_on_commit_callbacks
):
    arrange_work_for_every_job(demo, monkeypatch, django_capture_on_commit_callbacks)
    assert unchained_rows() == {}
    marks = high_water()
    results = {}
    with django_capture_on_commit_callbacks(execute=True):
        for entry in settings.CELERY_BEAT_SCHEDULE.values():
            results[entry["task"]] = import_string(entry["task"])()
    written = written_since(marks)

    # Each job had something to do, and did it.
    assert results["powers.tasks.sweep_flowchart_renders"] == 1
    assert results["risks.tasks.issue_system_warnings"]["issued"] >= 1
    assert results["risks.tasks.issue_system_warnings"]["escalated"] >= 1
    assert len(results["disclosures.tasks.publish_due_disclosures"]) == 1
    assert results["disclosures.catalog_tasks.warn_overdue_obligations"]["issued"] >= 1
    assert results["feedback.tasks.warn_unanswered_feedback"]["issued"] >= 1
    assert results["audit.tasks.warn_overdue_workplan_items"]["issued"] >= 1
    assert results["cases.tasks.check_open_cases"]["breaching"] >= 1
    assert {
        "powers.historicalflowchart",
        "risks.historicalwarning",
        "disclosures.historicaldisclosure",
        "cases.historicalbreach",
    } <= tables(written)

    assert_chained(written)
    # Every row says which job wrote it, and who: the person the job acts for (the reviewer
    # who approved a held disclosure, the clerk who asked for a drawing), else the system.
    jobs = {
        "job:render_flowchart",
        "job:issue_system_warnings",
        "job:publish_due_disclosures",
        "job:warn_overdue_obligations",
        "job:warn_unanswered_feedback",
        "job:warn_overdue_workplan_items",
        "job:check_open_cases",
    }
    authors = {
        (w.label, w.author_row.history_request, w.author_row.history_user_name)
        for w in written
        if w.author_row is w.row
    }
    for w in written:
        row = w.author_row
        assert row.history_request in jobs, (w.label, row.history_request)
        assert row.history_user_name == user_display_name(row.history_user), w.label
    assert (
        "powers.historicalflowchart",
        "job:render_flowchart",
        user_display_name(demo.clerk),
    ) in authors
    assert (
        "disclosures.historicaldisclosure",
        "job:publish_due_disclosures",
        user_display_name(demo.reviewer),
    ) in authors
    assert ("risks.historicalwarning", "job:issue_system_warnings", SYSTEM_NAME) in authors
    assert ("cases.historicalbreach", "job:check_open_cases", SYSTEM_NAME) in authors


# The official pages' forms ------------------------------------------------------------------


def assert_written_by(user, marks, expected: set[str]) -> None:
    """What was written since ``marks`` covers ``expected``, is chained, and names ``user``."""
    written = written_since(marks)
    assert expected <= tables(written)
    assert_chained(written)
    authors = {(w.author_row.history_user_id, w.author_row.history_user_name) for w in written}
    assert authors == {(user.pk, user_display_name(user))}


def post(client, user, url: str, data: dict | None = None, expected: set[str] = frozenset()):
    client.force_login(user)
    marks = high_water()
    response = client.post(url, data or {})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert_written_by(user, marks, set(expected))


def test_catalog_flowchart_and_ledger_forms_chain_the_officials_changes(client, demo):
    from risks.models import PreventionMeasure
    from tests.factories import PowerItemFactory
    from tests.powers.test_flowchart_editor import chain, make_chart, step_data
    from tests.powers.test_permission_matrix import item_form_data
    from tests.risks.test_ledger import make_point
    from tests.risks.test_ledger_permissions import point_form_data

    item = PowerItemFactory(unit=demo.unit)
    post(
        client,
        demo.clerk,
        reverse("powers:item_edit", args=[item.pk]),
        item_form_data(item, name="村级工程项目招投标管理"),
        {"powers.historicalpoweritem"},
    )

    chart = make_chart(demo.unit, demo.clerk, chain(3))
    first = chart.steps.get(name="环节1")
    post(
        client,
        demo.clerk,
        reverse("powers:step_edit", args=[first.pk]),
        step_data(chart, first, name="提出申请"),
        {"powers.historicalflowstep"},
    )

    point = make_point(
        demo.unit, "WP-F-1", user=demo.clerk, measures=[PreventionMeasure.Phase.BEFORE]
    )
    data = point_form_data(point, description="工程款支付未经两委审核")
    data |= {
        "measures-TOTAL_FORMS": 2,
        "measures-1-phase": PreventionMeasure.Phase.DURING,
        "measures-1-measure": "资金支出双签",
        "measures-1-status": PreventionMeasure.MeasureStatus.PLANNED,
    }
    post(
        client,
        demo.clerk,
        reverse("risks:point_edit", args=[point.pk]),
        data,
        {"risks.historicalriskpoint", "risks.historicalpreventionmeasure"},
    )


def test_disclosure_catalog_project_and_feedback_forms_chain_the_officials_changes(client, demo):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.disclosures.test_disclosure_editor import make_disclosure, png_bytes
    from tests.disclosures.test_obligations import form_data as obligation_form
    from tests.feedback.test_feedback_officials import make_feedback
    from tests.projects.test_projects import project_form

    disclosure = make_disclosure(demo.unit, demo.clerk)
    post(
        client,
        demo.clerk,
        reverse("disclosures:attachment_upload", args=[disclosure.pk]),
        {"file": SimpleUploadedFile("现场照片.png", png_bytes())},
        {"disclosures.historicaldisclosure", "disclosures.historicaldisclosureattachment"},
    )
    post(
        client,
        demo.clerk,
        reverse("disclosures:obligation_create", args=[demo.unit.pk]),
        obligation_form(matter="工程项目公开"),
        {"disclosures.historicaldisclosureobligation"},
    )
    post(
        client,
        demo.clerk,
        reverse("projects:create", args=[demo.unit.pk]),
        project_form(),
        {"disclosures.historicalproject", "disclosures.historicalprojectmilestone"},
    )
    feedback = make_feedback(demo.unit)
    post(
        client,
        demo.clerk,
        reverse("feedback:reply", args=[feedback.pk]),
        {"reply": "已安排电工本周维修。"},
        {"disclosures.historicalfeedback"},
    )


def test_case_record_and_summary_report_forms_chain_the_officials_changes(client, demo):
    from tests.cases.helpers import open_case

    case = open_case(demo, "JC-01", reference="WP-CASE-2")
    first = case.snapshot["steps"][0]
    post(
        client,
        demo.clerk,
        reverse("cases:record_create", args=[case.pk]),
        {
            "step_id": first["id"],
            "started_on": case.opened_on.isoformat(),
            "completed_on": case.opened_on.isoformat(),
        },
        {"cases.historicalsteprecord"},
    )
    post(
        client,
        demo.clerk,
        reverse("workplan:report", args=[demo.unit.pk]),
        {"shortcomings": "部分流程图未及时更新。", "improvements": "每季度复核一次。", "save": "1"},
        {"audit.historicalsummaryreport"},
    )


def test_admin_role_grant_risk_matrix_and_work_plan_chain_the_administrators_changes(client, demo):
    import json

    from audit.models import WorkPlan
    from powers.models import RoleAssignment
    from risks.models import RiskMatrix
    from tests.factories import UserFactory

    newcomer = UserFactory(username="wp-newcomer")
    post(
        client,
        demo.administrator,
        reverse("admin:powers_roleassignment_add"),
        {
            "user": newcomer.pk,
            "role": RoleAssignment.Role.CLERK,
            "unit": demo.unit.pk,
            "is_active": "on",
        },
        {"powers.historicalroleassignment"},
    )

    matrix = RiskMatrix.objects.get(township=demo.township)
    post(
        client,
        demo.administrator,
        reverse("admin:risks_riskmatrix_change", args=[matrix.pk]),
        {
            "township": demo.township.pk,
            "likelihood_labels": json.dumps(matrix.likelihood_labels),
            "impact_labels": json.dumps(matrix.impact_labels),
            "levels": json.dumps(matrix.levels),
            "cells": json.dumps([["1"] * 3] * 3),  # every open point re-levelled, with history
        },
        {"risks.historicalriskmatrix", "risks.historicalriskpoint"},
    )

    plan = WorkPlan.objects.get(township=demo.township)
    phases = list(plan.phases.order_by("order"))
    form = {
        "township": demo.township.pk,
        "title": plan.title,
        "start": plan.start.isoformat(),
        "report_due": plan.report_due.isoformat(),
        "phases-TOTAL_FORMS": len(phases),
        "phases-INITIAL_FORMS": len(phases),
        "phases-MIN_NUM_FORMS": 0,
        "phases-MAX_NUM_FORMS": 1000,
    }
    for n, phase in enumerate(phases):
        form |= {
            f"phases-{n}-id": phase.pk,
            f"phases-{n}-plan": plan.pk,
            f"phases-{n}-order": phase.order,
            f"phases-{n}-stage": phase.stage,
            f"phases-{n}-name": phase.name,
            f"phases-{n}-start": phase.start.isoformat(),
            f"phases-{n}-deadline": phase.deadline.isoformat(),
            f"phases-{n}-description": phase.description,
        }
    form[f"phases-{len(phases) - 1}-deadline"] = (
        phases[-1].deadline + timedelta(days=3)
    ).isoformat()
    post(
        client,
        demo.administrator,
        reverse("admin:audit_workplan_change", args=[plan.pk]),
        form,
        {"audit.historicalphase"},
    )
