"""Benchmark rows of the audit app: how fast the history chain verifies."""

from __future__ import annotations

import time

from powers.bench import BenchContext, Row, register

from .chain import verify

VERIFY_GOAL_ROWS_PER_SECOND = 1_000_000 / 60  # the issue: a million rows within 60 s


@register
def chain_verification_rows(ctx: BenchContext) -> list[Row]:
    """Verifying the whole chain as it stands (the demo's and the seed data's history)."""
    started = time.perf_counter()
    outcome = verify()
    seconds = time.perf_counter() - started
    rate = outcome.links_checked / seconds if seconds else 0.0
    return [
        Row("history chain links verified", outcome.links_checked, "links"),
        Row(
            "chain verification speed",
            rate,
            "rows/s",
            f"≥ {VERIFY_GOAL_ROWS_PER_SECOND:,.0f} rows/s",
            rate >= VERIFY_GOAL_ROWS_PER_SECOND,
        ),
        Row(
            "chain intact",
            "yes" if outcome.first_break is None else "NO",
            "",
            "yes",
            outcome.first_break is None,
        ),
    ]
