"""The risk ledger as a spreadsheet, in the table layout units keep on paper (风险防控台账).

One row per risk point, in the table's order: its number as written, its post, power and
step, the risk (风险点) and how it shows (表现形式), its grade in the unit's own names, the
measures (those the table lists without a phase in a column of their own, the others by
phase), the posts and people who answer for it and how it was reviewed. What the table left
out stays an empty cell. Text that a spreadsheet would run as a formula is written as text.
"""

from __future__ import annotations

from io import BytesIO

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from powers.models import Unit
from powers.spreadsheets import (  # 宋体, as the paper ledgers are typed
    BODY_FONT,
    BORDER,
    HEADER_FILL,
    HEADER_FONT,
    TITLE_FONT,
    WRAP_CENTRED,
    WRAP_TOP,
    escape_formula,
)

from .models import PreventionMeasure, RiskPoint, matrix_for

Phase = PreventionMeasure.Phase
PHASE_ORDER = {phase: position for position, phase in enumerate(Phase.values)}

# (header, column width in characters), in the order of the paper ledger.
COLUMNS = [
    (gettext_lazy("序号"), 8),
    (gettext_lazy("岗位"), 12),
    (gettext_lazy("权力事项"), 18),
    (gettext_lazy("流程环节"), 14),
    (gettext_lazy("风险点描述"), 36),
    (gettext_lazy("表现形式"), 30),
    (gettext_lazy("风险类型"), 10),
    (gettext_lazy("岗位风险类别"), 14),
    (gettext_lazy("风险等级"), 9),
    (gettext_lazy("剩余风险等级"), 9),
    (gettext_lazy("防控措施"), 36),
    (gettext_lazy("事前防控措施"), 30),
    (gettext_lazy("事中防控措施"), 30),
    (gettext_lazy("事后防控措施"), 30),
    (gettext_lazy("责任岗位"), 16),
    (gettext_lazy("责任人"), 10),
    (gettext_lazy("分管领导"), 10),
    (gettext_lazy("主管领导"), 10),
    (gettext_lazy("监督人"), 16),
    (gettext_lazy("完成期限"), 12),
    (gettext_lazy("落实情况"), 16),
    (gettext_lazy("评议情况"), 24),
]
TITLE_ROW, HEADER_ROW, FIRST_DATA_ROW = 1, 2, 3


def ledger_points(unit: Unit):
    """The unit's ledger as its page lists it: every point, in the table's order."""
    return (
        unit.risk_points.select_related("post", "item", "step")
        .prefetch_related("measures")
        .order_by("sequence", "code", "pk")
    )


def _review_text(point: RiskPoint) -> str:
    if not point.reviewed_at:
        return point.review_stage
    parts = [point.review_date.isoformat() if point.review_date else "", point.review_meeting]
    if point.review_participants:
        parts.append(_("%(count)s人参加") % {"count": point.review_participants})
    held = " ".join(part for part in parts if part)
    outcome = point.review_outcome.strip()
    text = f"{held}：{outcome}" if held and outcome else held or outcome
    return f"{text}\n{point.review_stage}" if text else point.review_stage


def _progress(measure: PreventionMeasure) -> str:
    if not measure.phase:
        return measure.get_status_display()
    return f"{measure.get_phase_display()}：{measure.get_status_display()}"


def ledger_row(point: RiskPoint, matrix) -> list[str]:
    """One risk point as a row of the paper ledger, column by column. Its 序号 is the
    point's code: the number the unit gave it in the ledger it keeps (and imports)."""
    # In the table's order; measures of the same place read 事前, 事中, 事后.
    measures = sorted(
        point.measures.all(),
        key=lambda m: (m.sequence or 0, PHASE_ORDER.get(m.phase, -1), m.pk),
    )
    by_phase = {
        phase: "\n".join(m.measure for m in measures if m.phase == phase)
        for phase in ["", *Phase.values]
    }
    due_dates = [m.due_date for m in measures if m.due_date]
    progress = "\n".join(_progress(m) for m in measures)
    grades = matrix.grades_for(point.unit.kind)
    return [
        point.code,
        point.post.name if point.post_id else "",
        str(point.item) if point.item_id else "",
        point.step.name if point.step_id else "",
        point.description,
        point.manifestation,
        point.get_risk_type_display(),
        point.get_post_risk_display(),
        point.grade or grades.label(point.inherent_level),
        grades.label(point.residual_level),
        by_phase[""],
        by_phase[Phase.BEFORE],
        by_phase[Phase.DURING],
        by_phase[Phase.AFTER],
        point.responsible_posts,
        point.responsible_person,
        point.leader_in_charge,
        point.principal_leader,
        point.supervisors,
        max(due_dates).isoformat() if due_dates else "",
        progress,
        _review_text(point),
    ]


def ledger_title(unit: Unit) -> str:
    return _("%(unit)s廉政风险防控台账") % {"unit": unit.name}


def _write(sheet, row: int, column: int, value: str, *, font, alignment, fill=None) -> None:
    cell = sheet.cell(row=row, column=column)
    cell.value = escape_formula(value)
    cell.data_type = "s"  # never "f", whatever openpyxl guesses
    cell.font = font
    cell.alignment = alignment
    cell.border = BORDER
    if fill is not None:
        cell.fill = fill


def ledger_workbook(unit: Unit) -> bytes:
    """The unit's ledger as an .xlsx file. Three queries: the matrix, the points (with their
    post, item and step), their measures."""
    matrix = matrix_for(unit.township)
    title = ledger_title(unit)
    book = Workbook()
    sheet = book.active
    sheet.title = _("风险防控台账")
    book.properties.title = title
    book.properties.creator = _("权力公开透明运行平台")

    width = len(COLUMNS)
    sheet.merge_cells(start_row=TITLE_ROW, start_column=1, end_row=TITLE_ROW, end_column=width)
    title_cell = sheet.cell(row=TITLE_ROW, column=1, value=escape_formula(title))
    title_cell.font = TITLE_FONT
    title_cell.alignment = WRAP_CENTRED
    sheet.row_dimensions[TITLE_ROW].height = 30

    for column, (header, chars) in enumerate(COLUMNS, start=1):
        _write(
            sheet,
            HEADER_ROW,
            column,
            str(header),
            font=HEADER_FONT,
            alignment=WRAP_CENTRED,
            fill=HEADER_FILL,
        )
        sheet.column_dimensions[get_column_letter(column)].width = chars + 2

    for row, point in enumerate(ledger_points(unit), start=FIRST_DATA_ROW):
        for column, value in enumerate(ledger_row(point, matrix), start=1):
            alignment = WRAP_CENTRED if column == 1 else WRAP_TOP
            _write(sheet, row, column, value, font=BODY_FONT, alignment=alignment)

    # Frozen and repeated on every printed page: the title and the header.
    sheet.freeze_panes = sheet.cell(row=FIRST_DATA_ROW, column=1)
    sheet.print_title_rows = f"{TITLE_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddFooter.center.text = _("第 &P 页，共 &N 页")

    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
