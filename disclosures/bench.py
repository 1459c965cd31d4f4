"""Benchmark rows of the printed sheets (issue 6), for ``make bench``.

It sits in the disclosures app because its notice is a disclosure's (:mod:`disclosures.sheets`),
and printing sits below the apps whose sheets it prints. The sheets are
rendered in the bench process itself, warmed up first, as a worker renders them: the same
:func:`printing.render.render_pdf` with the process's one shared font configuration.
Goals are shown, never asserted. Times are taken twice: CPU time of the process, which the goal
is set against because this may be a shared two-core machine where a render waits for a core,
and wall time beside it for information.
"""

from __future__ import annotations

import itertools
import os
import statistics
import time

from django.utils import timezone

from powers.bench import BenchContext, Row, register
from powers.models import Unit
from printing import sheets
from printing.render import render_pdf

from .models import Disclosure
from .sheets import notice_sheet

NOTICE_SAMPLES = 20
BOARD_SAMPLES = 5
MEMORY_RENDERS = 100
WARM_UP = 5
NOTICE_SECONDS_GOAL = 0.3
NOTICE_KB_GOAL = 300
BOARD_PAGES = 10
BOARD_SECONDS_GOAL = 1.5
MEMORY_CHANGE_GOAL = 10  # percent, either way

NOTICE_BODY = (
    "<p>经村民代表会议评议，拟将下列农户列为2026年度低保对象，现予公示。</p>"
    "<table><thead><tr><th>户主</th><th>家庭人口</th><th>保障类别</th></tr></thead><tbody>"
    + "".join(f"<tr><td>村民{n}</td><td>{n % 4 + 1}</td><td>A类</td></tr>" for n in range(1, 9))
    + "</tbody></table><p>公示期内如有异议，请向村务监督委员会反映。</p>"
)


def _rss_kb() -> int:
    """The process's resident memory now (not its peak), from /proc."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


def _notice_html(unit: Unit) -> str:
    # Never saved: the bench leaves no disclosure behind.
    disclosure = Disclosure(
        unit=unit,
        title="关于2026年度低保对象评议结果的公示",
        category=Disclosure.Category.OTHER,
        body=NOTICE_BODY,
        objection_contact="村务监督委员会 电话 0571-12345678",
        version=3,
    )
    sheet = notice_sheet(disclosure)
    html, content_hash = sheets.compose(sheet)
    return sheets.stamped(html, sheet, content_hash, timezone.localdate())


def _board_html(unit: Unit, rows: int) -> str:
    """The unit's catalog board with ``rows`` rows (its items, repeated if it has fewer)."""
    sheet = sheets.catalog_board_sheet(unit)
    sheet.context["items"] = list(itertools.islice(itertools.cycle(sheet.context["items"]), rows))
    html, content_hash = sheets.compose(sheet)
    return sheets.stamped(html, sheet, content_hash, timezone.localdate())


def board_items(unit: Unit, pages: int) -> int:
    """The fewest catalog rows whose board runs to ``pages`` A3 pages: a binary search over
    what the sheet allows (a page more per row at most, so the board has exactly that many)."""
    low, high = 1, sheets.MAX_ROWS
    while low < high:
        middle = (low + high) // 2
        if render_pdf(_board_html(unit, middle)).pages >= pages:
            high = middle
        else:
            low = middle + 1
    return low


@register
def print_rows(ctx: BenchContext) -> list[Row]:
    """One-page notice, a ten-page catalog board, and memory over a hundred renders."""
    scale = ctx.scale
    unit = Unit.objects.select_related("township").get(
        township__code=scale.first_township, code=scale.large_unit
    )
    # The small scale (the test of the bench command) shows the rows without waiting on them.
    return rows_for(unit, quick=scale.name == "small")


def _timed(html: str) -> tuple:
    """One render, its wall time and the CPU time the process spent on it."""
    cpu = time.process_time()
    result = render_pdf(html)
    return result, result.seconds, time.process_time() - cpu


def rows_for(unit: Unit, quick: bool = False) -> list[Row]:
    warm_up, notice_samples, board_samples, memory_renders = (
        (1, 1, 1, 10) if quick else (WARM_UP, NOTICE_SAMPLES, BOARD_SAMPLES, MEMORY_RENDERS)
    )
    notice = _notice_html(unit)
    for _ in range(warm_up):
        render_pdf(notice)
    notices = [_timed(notice) for _ in range(notice_samples)]
    notice_seconds = statistics.median(cpu for _r, _wall, cpu in notices)
    notice_wall = statistics.median(wall for _r, wall, _cpu in notices)
    notice_kb = len(notices[0][0].pdf) / 1024

    # The small scale (the bench command's test) searches for a two-page board: quicker.
    items = board_items(unit, 2 if quick else BOARD_PAGES)
    board_html = _board_html(unit, items)
    boards = [_timed(board_html) for _ in range(board_samples)]
    board_seconds = statistics.median(cpu for _r, _wall, cpu in boards)
    board_wall = statistics.median(wall for _r, wall, _cpu in boards)
    board_pages = boards[0][0].pages

    before = _rss_kb()
    for n in range(memory_renders):
        render_pdf(board_html if n % 10 == 0 else notice)
    after = _rss_kb()
    change = (after - before) / before * 100
    return [
        Row(
            "one-page notice p50, CPU time (warm process)",
            notice_seconds,
            "s",
            f"≤ {NOTICE_SECONDS_GOAL} s",
            notice_seconds <= NOTICE_SECONDS_GOAL,
        ),
        Row("one-page notice p50, wall time", notice_wall, "s"),
        Row(
            "one-page notice size",
            notice_kb,
            "KB",
            f"≤ {NOTICE_KB_GOAL} KB",
            notice_kb <= NOTICE_KB_GOAL,
        ),
        Row(
            f"catalog board, {board_pages} A3 pages ({items} items) p50, CPU time",
            board_seconds,
            "s",
            f"≤ {BOARD_SECONDS_GOAL} s",
            board_seconds <= BOARD_SECONDS_GOAL and board_pages >= BOARD_PAGES,
        ),
        Row(f"catalog board, {board_pages} A3 pages p50, wall time", board_wall, "s"),
        Row("worker RSS after warm-up", before / 1024, "MB"),
        Row(
            f"worker RSS change over {memory_renders} renders",
            change,
            "%",
            f"within ±{MEMORY_CHANGE_GOAL} %",
            abs(change) <= MEMORY_CHANGE_GOAL,
        ),
    ]
