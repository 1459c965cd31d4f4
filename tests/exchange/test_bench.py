"""The import's bench row runs the job's code path and reports its time and memory."""

from __future__ import annotations

from dataclasses import replace

from exchange import bench
from exchange.models import ImportJob
from powers.bench import SCALES, BenchContext
from powers.models import PowerItem
from risks.models import RiskPoint


def test_the_bench_row_previews_and_imports_a_generated_ledger(monkeypatch, village, village_clerk):
    monkeypatch.setattr(bench, "_unit", lambda ctx: village)
    ctx = BenchContext(scale=replace(SCALES["small"], import_rows=30), official=village_clerk)
    rows = {row.name: row for row in bench.import_rows(ctx)}
    assert rows["import 30 risk rows: result"].value == "已导入 (30 added, 0 changed, 0 errors)"
    assert rows["import: preview + commit"].goal == "≤ 20 s"
    assert RiskPoint.objects.filter(unit=village).count() == 30
    assert ImportJob.objects.get(unit=village).status == "done"
    # A second run changes every row (a new stamp), so it measures 30 imported rows again.
    again = {row.name: row for row in bench.import_rows(ctx)}
    assert again["import 30 risk rows: result"].value == "已导入 (0 added, 30 changed, 0 errors)"


def test_the_catalog_bench_row_previews_and_imports_a_generated_list(
    monkeypatch, village, village_clerk
):
    monkeypatch.setattr(bench, "_unit", lambda ctx: village)
    ctx = BenchContext(scale=replace(SCALES["small"], import_rows=30), official=village_clerk)
    rows = {row.name: row for row in bench.import_catalog_rows(ctx)}
    assert rows["import 30 catalog rows: result"].value == "已导入 (30 added, 0 changed, 0 errors)"
    assert rows["catalog import: preview + commit"].goal == "≤ 20 s"
    assert PowerItem.objects.filter(unit=village).count() == 30
    # Two sub-items after every third item, as numbered in the file.
    assert PowerItem.objects.get(unit=village, position="3.2").parent.position == "3"
    again = {row.name: row for row in bench.import_catalog_rows(ctx)}
    assert again["import 30 catalog rows: result"].value == "已导入 (0 added, 30 changed, 0 errors)"
