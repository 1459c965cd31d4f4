"""The demo township that `make run` loads."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from powers.demo import load_demo
from powers.lifecycle import Status
from powers.models import PowerItem, RoleAssignment, Unit


@pytest.mark.django_db
def test_loading_twice_changes_nothing(demo):
    counts = (User.objects.count(), PowerItem.objects.count(), PowerItem.history.count())
    loaded, accounts = load_demo()
    assert not loaded
    assert (User.objects.count(), PowerItem.objects.count(), PowerItem.history.count()) == counts
    assert {a.username for a in accounts} >= {"admin", "reviewer", "jiwei", "qx-v01-clerk"}


@pytest.mark.django_db
def test_the_demo_has_what_the_issue_asks_for(demo):
    units = Unit.objects.filter(township=demo.township)
    villages = units.filter(kind__in=[Unit.Kind.VILLAGE, Unit.Kind.COMMUNITY])
    assert villages.count() >= 5
    assert {"finance", "health", "school"} <= set(units.values_list("kind", flat=True))
    for unit in units:
        minimum = 15 if unit.is_village else 8
        assert unit.power_items.filter(parent__isnull=True).count() >= minimum, unit.name
        assert unit.posts.exists()
    states = set(
        PowerItem.objects.filter(unit__township=demo.township).values_list("status", flat=True)
    )
    assert {s.value for s in Status if s != Status.APPROVED} <= states
    edited_after_publishing = PowerItem.objects.filter(is_public=True, status=Status.DRAFT)
    assert edited_after_publishing.exists()
    roles = set(RoleAssignment.objects.filter(is_active=True).values_list("role", flat=True))
    assert roles == set(RoleAssignment.Role.values)
