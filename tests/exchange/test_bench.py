"""The import's bench row runs the job's code path and reports its time and memory."""

from __future__ import annotations

from exchange import bench
from exchange.models import ImportJob
from powers.bench import SCALES, BenchContext
from risks.models import RiskPoint


def test_the_bench_row_previews_and_imports_a_generated_ledger(monkeypatch, village, village_clerk):
    monkeypatch.setattr(bench, "ROWS", 30)
    monkeypatch.setattr(bench, "_unit", lambda ctx: village)
    ctx = BenchContext(scale=SCALES["small"], official=village_clerk)
    rows = {row.name: row for row in bench.import_rows(ctx)}
    assert rows["import 30 risk rows: result"].value == "已导入 (30 added, 0 changed, 0 errors)"
    assert rows["import: preview + commit"].goal == "≤ 20 s"
    assert RiskPoint.objects.filter(unit=village).count() == 30
    assert ImportJob.objects.get(unit=village).status == "done"
    # A second run changes every row (a new stamp), so it measures 30 imported rows again.
    again = {row.name: row for row in bench.import_rows(ctx)}
    assert again["import 30 risk rows: result"].value == "已导入 (0 added, 30 changed, 0 errors)"
