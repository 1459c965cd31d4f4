"""Shared fixtures: the demo township, loaded once, and its users named by role.

Like healthchecks' hc/test.py: tests speak of the clerk, the unit head, the reviewer, the
discipline committee and outsiders (a clerk of another village, and the staff of another
township), never of user ids.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.conf import settings
from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections

from powers.demo import DEMO_PASSWORD, load_demo
from powers.models import RoleAssignment, Township, Unit

from . import db_snapshot
from .factories import UnitFactory, UserFactory, grant

Role = RoleAssignment.Role
OTHER_TOWNSHIP_CODE = "other"
BEIJING = ZoneInfo("Asia/Shanghai")
_TRAVELLER = pytest.StashKey[time_machine.travel]()


def beijing(day: dt.date | str, hour: int = 9, minute: int = 30) -> dt.datetime:
    """A moment of a Beijing day, for ``time_machine.travel`` and ``move_to``."""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=BEIJING)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--today",
        metavar="YYYY-MM-DD",
        help="run the tests as if they started at 09:30 Beijing time on this day (the demo is "
        "loaded on it too); CI runs the tests marked 'dates' so at several days of the year",
    )


def pytest_configure(config: pytest.Config) -> None:
    day = config.getoption("--today")
    if day:
        # Before Django loads the demo: the whole session, demo included, lives on that day.
        traveller = time_machine.travel(beijing(day), tick=True)
        traveller.start()
        config.stash[_TRAVELLER] = traveller


def pytest_unconfigure(config: pytest.Config) -> None:
    traveller = config.stash.get(_TRAVELLER, None)
    if traveller is not None:
        traveller.stop()


def pytest_report_header(config: pytest.Config) -> str | None:
    day = config.getoption("--today")
    return f"today: {day} (Beijing time, by --today)" if day else None


def _load_everything() -> None:
    load_demo(render=False)  # tests that need drawn charts draw their own
    if not Township.objects.filter(code=OTHER_TOWNSHIP_CODE).exists():
        township = Township.objects.create(name="邻乡", code=OTHER_TOWNSHIP_CODE)
        unit = UnitFactory(township=township, code="other-v1", name="邻乡某村")
        grant(UserFactory(username="other-clerk"), Role.CLERK, unit)
        grant(UserFactory(username="other-head"), Role.UNIT_HEAD, unit)
        grant(UserFactory(username="other-reviewer"), Role.REVIEWER, township)
        grant(UserFactory(username="other-jiwei"), Role.DISCIPLINE, township)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix) -> None:
    """An SQLite test database of this run's own (test-db-<pid>.sqlite3), so a second pytest
    in the same checkout (one test run while the suite runs) does not overwrite it. Workers
    the tests start are handed its name (tests/workers.py)."""
    test = settings.DATABASES[DEFAULT_DB_ALIAS].setdefault("TEST", {})
    if settings.DATABASES[DEFAULT_DB_ALIAS]["ENGINE"].endswith("sqlite3") and test.get("NAME"):
        name = test["NAME"]
        stem, dot, suffix = name.rpartition(".")
        test["NAME"] = f"{stem}-{os.getpid()}{dot}{suffix}" if dot else f"{name}-{os.getpid()}"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        _load_everything()
        snapshot = db_snapshot.take(connections[DEFAULT_DB_ALIAS])
    # Transactional tests put this back after themselves instead of emptying the database, so
    # the next test need not load the demo again.
    with db_snapshot.restored_after_transactional_tests(snapshot):
        yield


@dataclass
class Demo:
    township: Township
    unit: Unit  # the first village, where the demo clerk and head work
    other_unit: Unit  # a second village of the same township
    other_township_unit: Unit
    clerk: User
    head: User
    reviewer: User
    discipline: User
    administrator: User  # the township's administrator (管理员 role, Django admin scoped)
    admin: User  # the superuser
    other_clerk: User  # clerk of the second village
    foreign_clerk: User  # clerk in the other township
    foreign_reviewer: User
    password: str = DEMO_PASSWORD


@pytest.fixture
def demo(db) -> Demo:
    # A no-op: the demo is there, and transactional tests restore it after themselves.
    _load_everything()
    users = {u.username: u for u in User.objects.all()}
    units = {u.code: u for u in Unit.objects.select_related("township")}
    return Demo(
        township=Township.objects.get(code="qx"),
        unit=units["qx-v01"],
        other_unit=units["qx-v02"],
        other_township_unit=units["other-v1"],
        clerk=users["qx-v01-clerk"],
        head=users["qx-v01-head"],
        reviewer=users["reviewer"],
        discipline=users["jiwei"],
        administrator=users["township-admin"],
        admin=users["admin"],
        other_clerk=users["qx-v02-clerk"],
        foreign_clerk=users["other-clerk"],
        foreign_reviewer=users["other-reviewer"],
    )


@pytest.fixture(autouse=True)
def _tasks_in_process(settings, tmp_path):
    """Tasks run in-process and write into a folder of the test's own, unless a test starts
    a real worker (tests/workers.py), whatever REDIS_URL says."""
    from township_portal.celery import app

    settings.MEDIA_ROOT = tmp_path / "media"
    eager = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = eager


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Redis persists between tests; pages cached by one must not leak into another.
    cache.clear()
    yield
