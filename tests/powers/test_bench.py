"""`make bench`: the seeded data set and the query-count rows of its table.

The requests-per-second rows need gunicorn, which would read the settings' database, not the
test database; the test runs the command with --no-server and checks the rest.
"""

from __future__ import annotations

import re
from io import StringIO

import pytest
from django.core.management import call_command

from powers.bench import CLERK_USERNAME, SCALES
from powers.models import PowerItem, RoleAssignment, Unit

SMALL = SCALES["small"]


def run_bench() -> str:
    out = StringIO()
    call_command("bench", scale="small", seconds=0.3, rounds=1, no_server=True, stdout=out)
    return out.getvalue()


def queries(table: str, page: str, items: int) -> int:
    match = re.search(rf"^{re.escape(page)} queries, {items} items\s+(\d+) queries", table, re.M)
    assert match, f"no row for the {page} with {items} items in:\n{table}"
    return int(match.group(1))


@pytest.mark.django_db(transaction=True)
def test_it_seeds_once_and_prints_query_counts_that_do_not_grow_with_items():
    table = run_bench()

    bench_items = PowerItem.objects.filter(unit__township__code__startswith=SMALL.code_prefix)
    units = {u.code: u for u in Unit.objects.filter(township__code=SMALL.first_township)}
    assert units[SMALL.small_unit].power_items.count() == 10
    assert units[SMALL.large_unit].power_items.count() == 200
    typical = units[SMALL.typical_unit].power_items.all()
    assert len(typical) == SMALL.items_per_unit
    # What the public reads: every bench item is published, with its approved snapshot.
    assert all(i.is_public and i.published_data["code"] == i.code for i in typical)
    clerk_units = RoleAssignment.objects.filter(user__username=CLERK_USERNAME, is_active=True)
    assert {a.unit.code for a in clerk_units} == {SMALL.small_unit, SMALL.large_unit}

    public = queries(table, "public unit page", 10), queries(table, "public unit page", 200)
    assert public[0] == public[1]
    catalog = (
        queries(table, "officials' catalog page", 10),
        queries(table, "officials' catalog page", 200),
    )
    assert catalog[0] == catalog[1] <= 15
    # Timings are reported, never asserted here (a shared machine); counts are.
    counted = [line for line in table.splitlines() if "queries" in line or "dot runs" in line]
    # the public unit page at two sizes, the officials' catalog at two, the flowchart's dot
    # runs, and the public case page of the cases app
    assert len(counted) == 6
    assert any(line.startswith("public case page, 50 steps: queries") for line in counted)
    assert not any("MISSED" in line for line in counted), counted
    assert "render task ÷ plain dot, 100 steps" in table
    assert "rps" not in table  # no server, no requests-per-second rows

    count = bench_items.count()
    again = run_bench()
    assert "already present" in again
    assert bench_items.count() == count
