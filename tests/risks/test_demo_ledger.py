"""The demo township's risk ledger and warnings (risks.demo), loaded with the rest of the demo."""

from __future__ import annotations

import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from powers.demo import DEMO_EXTENSIONS, load_demo
from powers.lifecycle import TRANSITIONS, Status, apply_transition
from powers.models import RoleAssignment, Unit
from powers.permissions import ROLE_PERMISSIONS
from risks.demo import load_demo_ledger
from risks.models import PreventionMeasure, RiskMatrix, RiskPoint, Warning

pytestmark = [pytest.mark.django_db, pytest.mark.dates]

SYSTEM_JOB = "job:issue_system_warnings"


def units(demo):
    return list(Unit.objects.filter(township=demo.township).order_by("code"))


def points_of(demo):
    return RiskPoint.objects.filter(unit__township=demo.township).select_related(
        "unit", "post", "item", "step__flowchart"
    )


def test_the_ledger_is_part_of_the_demo(demo):
    assert load_demo_ledger in DEMO_EXTENSIONS
    matrix = RiskMatrix.objects.get(township=demo.township)
    assert matrix.history.get().history_user.username == "admin"


def test_the_school_grades_in_its_own_names_and_the_health_centre_directly(demo):
    by_kind = {unit.kind: unit for unit in units(demo)}
    school = list(points_of(demo).filter(unit=by_kind[Unit.Kind.SCHOOL]))
    assert {p.grade_label for p in school} == {"Ⅰ级", "Ⅱ级", "Ⅲ级"}
    assert all(p.likelihood and p.impact and not p.grade for p in school)  # from the matrix
    village = list(points_of(demo).filter(unit=demo.unit))
    assert {p.grade_label for p in village} == {"一级", "二级", "三级"}
    health = list(points_of(demo).filter(unit=by_kind[Unit.Kind.HEALTH]))
    assert all(p.grade and p.likelihood is None for p in health)


def test_every_unit_has_a_ledger_of_every_level_and_phase(demo):
    today = timezone.localdate()
    for unit in units(demo):
        points = list(points_of(demo).filter(unit=unit))
        assert 6 <= len(points) <= 10, unit.name
        assert [p.code for p in points] == [f"FX-{n:02d}" for n in range(1, len(points) + 1)]
        assert [p.sequence for p in points] == list(range(1, len(points) + 1))
        assert {p.inherent_level for p in points} == {"1", "2", "3"}, unit.name
        measures = list(PreventionMeasure.objects.filter(risk_point__unit=unit))
        if unit.kind == Unit.Kind.HEALTH:
            # The health centre's table lists its measures without phases, numbered.
            assert {m.phase for m in measures} == {""}
            assert all(
                [m.sequence for m in p.measures.all()] == list(range(1, p.measures.count() + 1))
                for p in points
            )
        else:
            assert {m.phase for m in measures} == set(PreventionMeasure.Phase.values), unit.name
        assert all(2 <= p.measures.count() <= 4 for p in points), unit.name
        overdue = [m for m in measures if m.is_overdue]
        assert overdue, unit.name
        assert all(m.status == "planned" and m.due_date < today for m in overdue)
        assert any(p.is_public for p in points), unit.name
        for point in points:
            if point.likelihood is None:
                # Graded directly, as the table writes it: no likelihood × impact invented.
                assert unit.kind == Unit.Kind.HEALTH
                assert point.grade == point.grade_label in {"一级", "二级", "三级"}
                assert point.impact is None and point.residual_level == ""
                assert point.manifestation and point.responsible_posts and point.supervisors
                continue
            # Levels come from the matrix: likelihood × impact, ≥6 一级, 3–4 二级, 1–2 三级.
            score = point.likelihood * point.impact
            assert point.inherent_level == ("1" if score >= 6 else "2" if score >= 3 else "3")
            assert point.residual_level
    statuses = set(
        PreventionMeasure.objects.filter(risk_point__unit__township=demo.township).values_list(
            "status", flat=True
        )
    )
    assert statuses == set(PreventionMeasure.MeasureStatus.values)


def test_points_belong_to_their_units_posts_items_and_steps(demo):
    points = list(points_of(demo))
    with_steps = [p for p in points if p.step_id]
    assert len(with_steps) >= len(points) // 2
    for point in points:
        assert point.post.unit_id == point.unit_id
        assert point.item.unit_id == point.unit_id
        assert point.responsible_person.startswith(point.post.name)
        if point.step_id:
            assert point.step.flowchart.item_id == point.item_id
    community = [p for p in points if p.unit.kind == Unit.Kind.COMMUNITY]
    assert community
    for point in community:
        texts = [point.description, *point.measures.values_list("measure", flat=True)]
        assert not any(re.search("村民|村务|村级", text) for text in texts), point.code


def test_points_are_found_reviewed_and_approved_by_their_people(demo):
    for unit in units(demo):
        clerk = f"{unit.code}-clerk"
        head = f"{unit.code}-head"
        for point in points_of(demo).filter(unit=unit):
            assert point.identified_by.username == clerk
            assert point.identified_at is not None
            assert point.history.earliest().history_user.username == clerk
            if point.reviewed_at:
                assert point.reviewed_by.username == head
                assert point.review_date < timezone.localdate()
                assert point.review_meeting and point.review_participants and point.review_outcome
            if point.is_public:
                assert point.reviewed_at is not None
                assert point.approved_by.username == "reviewer"
                assert point.first_approved_at is not None
    states = set(points_of(demo).values_list("status", flat=True))
    assert {"draft", "submitted", "confirmed", "returned", "published"} <= states
    published = points_of(demo).filter(status=Status.PUBLISHED).count()
    assert published > points_of(demo).count() / 2


def test_every_village_has_a_point_found_but_not_yet_reviewed(demo):
    villages = [unit for unit in units(demo) if unit.is_village]
    approve = TRANSITIONS["approve"]
    for village in villages:
        unreviewed = list(points_of(demo).filter(unit=village, reviewed_at__isnull=True))
        assert len(unreviewed) == 1, village.name
        assert not unreviewed[0].is_public
        assert not unreviewed[0].can_apply(approve)
    waiting = points_of(demo).filter(reviewed_at__isnull=True, status=Status.CONFIRMED).first()
    assert waiting is not None
    # Confirmed by the unit, but the township cannot approve it before the democratic review.
    with pytest.raises(ValidationError):
        apply_transition(
            waiting,
            "approve",
            user=demo.reviewer,
            perms=ROLE_PERMISSIONS[RoleAssignment.Role.REVIEWER],
        )


def test_internal_points_stay_off_the_public_ledger(demo):
    internal = list(points_of(demo).filter(is_internal=True))
    assert len(internal) >= 2
    assert all(point.internal_reason for point in internal)
    assert any(point.is_public for point in internal)  # approved, still not shown
    public = RiskPoint.objects.public().filter(unit__township=demo.township)
    assert not public.filter(pk__in=[point.pk for point in internal]).exists()


def test_the_demo_has_warnings_of_every_state(demo):
    warnings = list(Warning.objects.filter(unit__township=demo.township))
    assert len(warnings) >= 4
    assert {w.status for w in warnings} == set(Warning.Status.values)
    today = timezone.localdate()
    notice = next(
        w for w in warnings if w.tier == Warning.Tier.PREVENTION_NOTICE and w.issued_by is not None
    )
    assert notice.issued_by == demo.reviewer
    assert notice.post.name == "报账员" and notice.unit.is_village
    assert notice.status == Warning.Status.OPEN and notice.deadline > today
    answered = [w for w in warnings if w.status != Warning.Status.OPEN]
    assert all(w.response and w.responded_by and w.responded_at for w in answered)
    closed = [w for w in warnings if w.status == Warning.Status.CLOSED]
    assert all(w.closed_by == demo.reviewer and w.closing_note for w in closed)
    # The ledger's own system warning (the cases app's checks warn of breaching cases too).
    system = [w for w in warnings if w.issued_by is None and w.risk_point_id is not None]
    assert len(system) == 1
    warning = system[0]
    assert warning.is_overdue
    measure_id = int(warning.cause_key.removeprefix("measure-overdue:"))
    measure = PreventionMeasure.objects.get(pk=measure_id)
    assert measure.is_overdue
    assert measure.risk_point_id == warning.risk_point_id
    assert measure.risk_point.code in warning.cause


def test_every_ledger_row_has_history_with_its_author(demo):
    township = demo.township
    rows = {
        RiskMatrix: RiskMatrix.history.filter(township=township),
        RiskPoint: RiskPoint.history.filter(unit__township=township),
        PreventionMeasure: PreventionMeasure.history.filter(risk_point__unit__township=township),
        Warning: Warning.history.filter(unit__township=township),
    }
    system_warnings = dict(
        Warning.objects.filter(unit__township=township, issued_by=None).values_list(
            "pk", "risk_point_id"
        )
    )
    live = {
        RiskMatrix: RiskMatrix.objects.filter(township=township),
        RiskPoint: RiskPoint.objects.filter(unit__township=township),
        PreventionMeasure: PreventionMeasure.objects.filter(risk_point__unit__township=township),
        Warning: Warning.objects.filter(unit__township=township),
    }
    for model, history in rows.items():
        assert live[model].exists(), model.__name__
        # Every row has history, and every historical row names its author.
        assert set(live[model].values_list("pk", flat=True)) <= set(
            history.values_list("id", flat=True)
        )
        for row in history:
            if model is Warning and row.id in system_warnings:
                assert row.history_user_id is None
                assert row.history_user_name
                if system_warnings[row.id] is not None:  # the ledger's daily job
                    assert row.history_request == SYSTEM_JOB
            else:
                assert row.history_user_id is not None, (model.__name__, row.id)
                assert row.history_user_name
    # A warning is answered by the unit and closed by the township, each in its own row.
    closed = Warning.objects.get(unit__township=township, status=Warning.Status.CLOSED)
    authors = list(closed.history.order_by("history_date").values_list("history_user", flat=True))
    assert authors == [demo.reviewer.pk, closed.responded_by_id, demo.reviewer.pk]


def test_loading_twice_adds_nothing_to_the_ledger(demo):
    counts = (
        RiskPoint.objects.count(),
        PreventionMeasure.history.count(),
        Warning.objects.count(),
        RiskPoint.history.count(),
    )
    loaded, _accounts = load_demo()
    assert not loaded
    load_demo_ledger(demo.township)
    assert (
        RiskPoint.objects.count(),
        PreventionMeasure.history.count(),
        Warning.objects.count(),
        RiskPoint.history.count(),
    ) == counts
