"""The demo keeps its promises whatever the day it is loaded on.

Its disclosures, catalogs, projects and feedback are laid out from the day of loading
(``disclosures.demo.DemoCalendar``): on any day a visitor finds a matter overdue, one due soon,
a disclosure in its publicity period and one scheduled, and texts that name the right month.
Each day below reloads that part of the demo, inside the test's transaction, at 09:30 Beijing
time on that day.
"""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from disclosures.demo import DemoCalendar, load_demo_disclosures
from disclosures.models import Disclosure, DisclosureObligation
from disclosures.obligations import catalog_rows
from disclosures.publishing import is_scheduled
from feedback.demo import load_demo_feedback
from feedback.models import Feedback
from powers.lifecycle import Status
from powers.models import Unit
from projects.demo import load_demo_projects
from projects.models import Project, ProjectMilestone
from tests.conftest import beijing

pytestmark = [pytest.mark.django_db, pytest.mark.dates]

DAYS = [
    "2027-01-01",  # the first of a month and of a year
    "2026-12-07",  # the day this was first noticed: November's accounts not yet due
    "2027-02-28",  # February's last day
    "2028-02-29",  # a leap day
    "2027-03-10",  # a monthly deadline day itself
    "2027-04-30",
    "2027-05-31",
    "2027-06-28",
    "2026-12-31",  # the year's last day
]


def reload_disclosures_at(township, day: str) -> None:
    """The disclosures part of the demo (with the projects and feedback loaded after it),
    deleted and loaded again on ``day``."""
    units = Unit.objects.filter(township=township)
    Feedback.objects.filter(unit__in=units).delete()
    ProjectMilestone.objects.filter(project__unit__in=units).delete()
    Disclosure.objects.filter(unit__in=units).delete()
    Project.objects.filter(unit__in=units).delete()
    DisclosureObligation.objects.filter(unit__in=units).delete()
    with time_machine.travel(beijing(day), tick=False):
        load_demo_disclosures(township)
        load_demo_projects(township)
        load_demo_feedback(township)


@pytest.mark.parametrize("day", DAYS)
def test_the_demo_keeps_its_promises_on(demo, day):
    reload_disclosures_at(demo.township, day)
    today = dt.date.fromisoformat(day)
    with time_machine.travel(beijing(day, 15), tick=False):
        assert timezone.localdate() == today
        rows = catalog_rows(
            DisclosureObligation.objects.filter(unit__township=demo.township), today
        )
        disclosures = Disclosure.objects.filter(unit__township=demo.township)
        published = disclosures.filter(is_public=True)

        state = {(row.obligation.unit.code, row.obligation.matter): row.state for row in rows}
        # A village that published no accounts since its catalog took effect is overdue;
        # so is a resolution written but not posted within its five days.
        assert state["qx-v03", "财务收支"].overdue
        assert state["qx-v02", "重大事项决策"].overdue
        assert not state["qx-v01", "财务收支"].overdue
        # Something falls due within the week, and nothing is due soon and overdue at once.
        assert any(s.due_soon for s in state.values())
        assert not any(s.due_soon and s.overdue for s in state.values())

        assert any(d.in_publicity for d in published)
        assert published.filter(publicity_end__lt=today).exists()
        (scheduled,) = [d for d in disclosures.filter(status=Status.APPROVED) if is_scheduled(d)]
        assert scheduled.publish_at.date() == today + dt.timedelta(days=2)

        # The texts name the month and quarter of the day, not of the day the demo was written.
        words = DemoCalendar(today)
        last_month = today.replace(day=1) - dt.timedelta(days=1)
        assert words["last_month"] == f"{last_month.year}年{last_month.month}月"
        accounts = published.get(
            unit__code="qx-v01", category=Disclosure.Category.FINANCE, obligation__matter="财务收支"
        )
        assert accounts.title == f"清溪村{last_month.year}年{last_month.month}月财务收支公开"
        assert not disclosures.filter(title__contains="{").exists()
        assert not disclosures.filter(body__contains="{").exists()

        # Exactly one question waits past its reply deadline.
        feedback = Feedback.objects.filter(unit__township=demo.township)
        assert [f.item.code for f in feedback if f.is_overdue] == ["XK-01"]


@pytest.mark.parametrize(
    ("day", "words"),
    [
        (
            "2027-01-01",
            {
                "year": "2027",
                "last_month": "2026年12月",
                "prev_month": "12月",
                "quarter": "2027年第一季度",
                "last_quarter": "2026年第四季度",
                "school_year": "2026—2027",
            },
        ),
        (
            "2027-09-01",
            {
                "last_month": "2027年8月",
                "quarter": "2027年第三季度",
                "last_quarter": "2027年第二季度",
                "school_year": "2027—2028",
            },
        ),
        ("2027-08-31", {"school_year": "2026—2027"}),
    ],
)
def test_the_demo_calendar_names_periods_from_the_day(day, words):
    calendar = DemoCalendar(dt.date.fromisoformat(day))
    for key, value in words.items():
        assert calendar[key] == value


def test_the_demo_calendar_counts_days_across_a_year_end():
    calendar = DemoCalendar(dt.date(2027, 1, 3))
    assert calendar.fill("{day-4}至{day+2}") == "12月30日至1月5日"
    assert calendar.fill("{date-4}") == "2026年12月30日"
    # Catalogs took effect on the first of the month before last.
    assert calendar.catalogs_effective == dt.date(2026, 11, 1)
    assert DemoCalendar(dt.date(2027, 3, 31)).catalogs_effective == dt.date(2027, 1, 1)
