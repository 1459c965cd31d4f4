"""Bench rows of the import (``manage.py bench``): a generated risk ledger and a generated
power list of the scale's ``import_rows`` each (2,000 at the full scale the goals are set for;
a few dozen at the small scale the tests run), previewed and imported through the background
job's code path, timed, with the process's peak memory growth. Goals are shown, never asserted.

Both go to a unit of their own in the bench's first township. Each run writes a new stamp into
every row (the ledger's 表现形式, the list's 实施主体), so every run imports all its rows (added
the first time, changed after) rather than finding them unchanged.
"""

from __future__ import annotations

import resource
import time
import uuid
from io import BytesIO

from django.core.files.base import ContentFile
from openpyxl import Workbook

from powers.bench import BenchContext, Row, register
from powers.models import Township, Unit

from .models import ImportJob
from .tasks import run_import_job

SECONDS_GOAL = 20.0
MEGABYTES_GOAL = 300.0
HEADERS = ["序号", "岗位", "主要职责", "风险点", "表现形式", "风险等级", "防控措施", "责任人"]


def ledger_file(rows: int, stamp: str) -> bytes:
    """A ledger shaped like the examples: title row, posts merged down over three risks."""
    book = Workbook()
    sheet = book.active
    sheet.append(["基准测试村廉政风险防控台账"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    sheet.append(HEADERS)
    for number in range(1, rows + 1):
        first_of_post = (number - 1) % 3 == 0
        post = f"基准岗位{(number - 1) // 3 + 1:04d}"
        sheet.append(
            [
                number,
                post if first_of_post else None,
                f"{post}的主要职责" if first_of_post else None,
                f"基准测试风险点{number:04d}",
                f"表现形式（{stamp}）",
                "一级二级三级"[(number % 3) * 2 : (number % 3) * 2 + 2],
                "1.严格执行集体决策制度；\n2.全程记录备查；\n3.结果公开",
                "村党组织书记、村委会主任",
            ]
        )
        if first_of_post and number + 2 <= rows:
            row = number + 2
            for column in (2, 3):
                sheet.merge_cells(
                    start_row=row, start_column=column, end_row=row + 2, end_column=column
                )
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


CATALOG_HEADERS = ["序号", "权力类型", "项目名称", "实施主体", "实施依据", "办理时限"]


def catalog_file(rows: int, stamp: str) -> bytes:
    """A power list shaped like the village example: category rows merged across the table,
    items numbered 1, 2, … with two sub-items (n.1, n.2) after every third item."""
    book = Workbook()
    sheet = book.active
    sheet.append(["基准测试村小微权力清单"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(CATALOG_HEADERS))
    sheet.append(CATALOG_HEADERS)
    item = written = 0
    while written < rows:
        if item % 50 == 0:
            sheet.append([f"第{item // 50 + 1}类事项"])
            row = sheet.max_row
            sheet.merge_cells(
                start_row=row, start_column=1, end_row=row, end_column=len(CATALOG_HEADERS)
            )
        item += 1
        numbers = [str(item)]
        if item % 3 == 0:
            numbers += [f"{item}.1", f"{item}.2"]
        for number in numbers[: rows - written]:
            sheet.append(
                [
                    number,
                    "行政许可",
                    f"基准测试事项{number}",
                    f"基准测试村民委员会（{stamp}）",
                    "1.《中华人民共和国村民委员会组织法》第二十四条\n2.县《村级事务管理办法》",
                    "法定20个工作日，承诺10个工作日",
                ]
            )
            written += 1
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _unit(ctx: BenchContext) -> Unit:
    township = Township.objects.get(code=ctx.scale.first_township)
    unit, _created = Unit.objects.get_or_create(
        township=township,
        code=f"{ctx.scale.first_township}-import",
        defaults={"name": "基准测试导入村", "kind": Unit.Kind.VILLAGE},
    )
    return unit


def _max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _run_job(ctx: BenchContext, kind: str, label: str, data: bytes) -> list[Row]:
    rows = ctx.scale.import_rows
    unit = _unit(ctx)
    job = ImportJob(
        unit=unit,
        kind=kind,
        file_name=f"bench-{kind}.xlsx",
        requested_by=ctx.official,
        token=f"bench-{uuid.uuid4().hex}",
    )
    job.file.save(job.token, ContentFile(data), save=False)
    job.save()
    rss_before = _max_rss_mb()
    started = time.perf_counter()
    run_import_job(job.pk, commit=False)
    previewed = time.perf_counter()
    ImportJob.objects.filter(pk=job.pk).update(
        status=ImportJob.Status.IMPORTING, started_at=None, processed_rows=0
    )
    run_import_job(job.pk, commit=True)
    finished = time.perf_counter()
    growth = _max_rss_mb() - rss_before
    job.refresh_from_db()
    total = finished - started
    counts = job.counts or {}
    prefix = "import" if kind == "risks" else f"{kind} import"
    return [
        Row(
            f"import {rows} {label} rows: result",
            f"{job.get_status_display()} ({counts.get('added', 0)} added, "
            f"{counts.get('updated', 0)} changed, {counts.get('errors', 0)} errors)",
        ),
        Row(f"{prefix}: preview (dry run)", previewed - started, "s"),
        Row(f"{prefix}: commit", finished - previewed, "s"),
        Row(
            f"{prefix}: preview + commit",
            total,
            "s",
            f"≤ {SECONDS_GOAL:g} s",
            total <= SECONDS_GOAL,
        ),
        Row(
            f"{prefix}: peak memory growth (maxrss)",
            growth,
            "MB",
            f"≤ {MEGABYTES_GOAL:g} MB",
            growth <= MEGABYTES_GOAL,
        ),
    ]


@register
def import_rows(ctx: BenchContext) -> list[Row]:
    """Preview and import a 2,000-row risk ledger through the import job's code path."""
    rows = ctx.scale.import_rows
    return _run_job(ctx, "risks", "risk", ledger_file(rows, uuid.uuid4().hex[:8]))


@register
def import_catalog_rows(ctx: BenchContext) -> list[Row]:
    """Preview and import a 2,000-row power list through the import job's code path."""
    rows = ctx.scale.import_rows
    return _run_job(ctx, "catalog", "catalog", catalog_file(rows, uuid.uuid4().hex[:8]))
