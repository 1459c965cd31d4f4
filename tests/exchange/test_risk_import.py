"""Importing a risk ledger as units keep it: every stored field is the file's."""

from __future__ import annotations

import csv
import io
import re

import docx
from django.contrib.auth.models import User
from openpyxl import load_workbook

from exchange.export import export_workbook
from exchange.kinds import get_kind
from exchange.services import run
from powers.models import Post, Unit
from risks.models import PreventionMeasure, RiskMatrix, RiskPoint
from risks.services import save_matrix

from .conftest import EXAMPLES, example


def file_rows(name: str) -> list[tuple]:
    sheet = load_workbook(EXAMPLES / name).active
    return list(sheet.iter_rows(min_row=4, max_row=15, values_only=True))


def test_it_imports_the_graded_ledger_with_merged_posts(village, village_clerk, graded_villages):
    report = run(
        get_kind("risks"),
        village,
        user=village_clerk,
        name="risk-ledger-graded.xlsx",
        data=example("risk-ledger-graded.xlsx"),
        dry_run=False,
    )
    assert report.counts() == {"rows": 12, "added": 12, "updated": 0, "unchanged": 0, "errors": 0}
    assert report.header_rows == [3]
    points = {p.code: p for p in RiskPoint.objects.filter(unit=village).select_related("post")}
    assert len(points) == 12
    post = duties = None
    for row in file_rows("risk-ledger-graded.xlsx"):
        code, post_cell, duties_cell, risk, shows, grade, measures, people, supervisors = row
        post = post_cell or post  # merged down: the top cell holds the value
        duties = duties_cell or duties
        point = points[str(code)]
        assert point.post.name == post
        assert point.post.duties == duties
        assert point.description == risk
        assert point.manifestation == shows
        assert point.grade == grade
        assert point.responsible_posts == people
        assert point.supervisors == supervisors
        assert point.status == "draft"
        stored = [m.measure for m in point.measures.order_by("sequence")]
        assert stored == [line.split(".", 1)[1].rstrip("；") for line in measures.split("\n")]
        assert all(m.phase == "" for m in point.measures.all())
        assert point.history.first().history_change_reason == "导入：risk-ledger-graded.xlsx"


def import_file(unit, user, name: str, data: bytes, dry_run: bool = False):
    return run(get_kind("risks"), unit, user=user, name=name, data=data, dry_run=dry_run)


def history_rows(unit) -> int:
    return (
        RiskPoint.history.filter(unit_id=unit.pk).count()
        + PreventionMeasure.history.filter(risk_point__unit=unit).count()
        + Post.history.filter(unit_id=unit.pk).count()
    )


def test_a_dry_run_writes_nothing_and_says_what_would_be_added(
    village, village_clerk, graded_villages
):
    report = import_file(
        village, village_clerk, "台账.xlsx", example("risk-ledger-graded.xlsx"), dry_run=True
    )
    assert report.counts()["added"] == 12
    assert not RiskPoint.objects.filter(unit=village).exists()
    assert not Post.objects.filter(unit=village).exists()
    first = report.rows[0]
    assert first["number"] == 4  # as the spreadsheet numbers it
    assert ("岗位", "村党组织书记、村委会主任（“一肩挑”）") in first["values"]
    # Each post the unit does not have yet is announced on the first row that names it.
    assert [row["number"] for row in report.rows if row["warnings"]] == [4, 7, 9, 11, 13, 14]


def test_importing_the_same_file_again_changes_nothing(village, village_clerk, graded_villages):
    data = example("risk-ledger-graded.xlsx")
    import_file(village, village_clerk, "台账.xlsx", data)
    before = history_rows(village)
    report = import_file(village, village_clerk, "台账.xlsx", data)
    assert report.counts() == {"rows": 12, "added": 0, "updated": 0, "unchanged": 12, "errors": 0}
    assert history_rows(village) == before


def test_a_changed_file_updates_by_number_with_a_diff(
    village, village_clerk, graded_villages, tmp_path
):
    import_file(village, village_clerk, "台账.xlsx", example("risk-ledger-graded.xlsx"))
    book = load_workbook(EXAMPLES / "risk-ledger-graded.xlsx")
    sheet = book.active
    sheet["E6"] = "为不符合条件的人员出具证明、加盖公章；用印不登记"
    sheet["F6"] = "高"
    path = tmp_path / "台账（修订）.xlsx"
    book.save(path)
    report = import_file(village, village_clerk, path.name, path.read_bytes())
    assert report.counts() == {"rows": 12, "added": 0, "updated": 1, "unchanged": 11, "errors": 0}
    changed = next(row for row in report.rows if row["status"] == "changed")
    assert changed["number"] == 6
    assert {change["column"] for change in changed["changes"]} == {"表现形式", "风险等级"}
    point = RiskPoint.objects.get(unit=village, code="3")
    assert point.grade == "高"
    assert point.history.first().history_change_reason == "导入：台账（修订）.xlsx"


def test_the_preview_names_the_row_and_the_column_of_each_error(
    village, village_clerk, graded_villages, tmp_path
):
    book = load_workbook(EXAMPLES / "risk-ledger-graded.xlsx")
    sheet = book.active
    sheet["F7"] = "特高"  # not one of the village's grades
    sheet["D9"] = None  # no risk
    path = tmp_path / "broken.xlsx"
    book.save(path)
    report = import_file(village, village_clerk, path.name, path.read_bytes())
    errors = {(e["row"], e["column"]) for e in report.row_errors()}
    assert errors == {(7, "风险等级"), (9, "风险点")}
    assert "“特高”不是本单位的风险等级" in next(
        e["message"] for e in report.row_errors() if e["row"] == 7
    )
    # The other rows are kept.
    assert report.counts()["added"] == 10
    assert set(RiskPoint.objects.filter(unit=village).values_list("code", flat=True)) == {
        str(n) for n in range(1, 13)
    } - {"4", "6"}


def test_export_then_import_changes_nothing(village, village_clerk, graded_villages):
    import_file(village, village_clerk, "台账.xlsx", example("risk-ledger-graded.xlsx"))
    before = history_rows(village)
    exported = export_workbook(get_kind("risks"), village)
    report = import_file(village, village_clerk, "导出.xlsx", exported)
    assert report.counts() == {"rows": 12, "added": 0, "updated": 0, "unchanged": 12, "errors": 0}
    assert history_rows(village) == before


def test_the_demo_ledger_goes_round_the_loop(demo):
    before = history_rows(demo.unit)
    exported = export_workbook(get_kind("risks"), demo.unit)
    report = import_file(demo.unit, demo.clerk, "导出.xlsx", exported)
    counts = report.counts()
    assert counts["rows"] == demo.unit.risk_points.count() > 0
    assert counts == {**counts, "added": 0, "updated": 0, "errors": 0}
    assert history_rows(demo.unit) == before


def test_it_reads_the_school_table_from_word(demo, graded_villages):
    school = Unit.objects.get(township=demo.township, kind="school")
    clerk = User.objects.filter(
        role_assignments__unit=school, role_assignments__role="clerk"
    ).first()
    report = import_file(school, clerk, "一览表.docx", example("school-risk-table.docx"), True)
    assert report.counts()["errors"] == 0
    assert report.counts()["rows"] == 14
    document = docx.Document(EXAMPLES / "school-risk-table.docx")
    table = document.tables[0]
    first = report.rows[0]
    values = dict(first["values"])
    cells = [cell.text for cell in table.rows[1].cells]
    assert values["风险点"] == cells[3]
    assert values["风险等级"] == cells[4] == "Ⅰ级"
    assert values["岗位"] == cells[1]


def test_it_reads_the_abc_csv_with_bom_and_a_line_break(village, village_clerk, demo):
    matrix = RiskMatrix.objects.get(township=demo.township)
    matrix.kind_grades = {"village": ["A", "B", "C"]}
    save_matrix(matrix, user=demo.administrator, reason="按 A/B/C 评定")
    demo.township.__dict__.pop("_risk_matrix_cache", None)
    village.township.__dict__.pop("_risk_matrix_cache", None)
    report = import_file(village, village_clerk, "abc.csv", example("risk-points-abc.csv"))
    assert report.counts()["added"] == 10
    text = (EXAMPLES / "risk-points-abc.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))[1:]
    for code, risk, grade, measures, people in rows:
        point = RiskPoint.objects.get(unit=village, code=code)
        assert (point.description, point.grade, point.responsible_posts) == (risk, grade, people)
        stored = [m.measure for m in point.measures.order_by("sequence")]
        assert stored == [
            re.sub(r"^\d\.", "", part).strip().rstrip("；")
            for part in re.split(r"；(?=\d\.)|\n", measures)
        ]


def test_a_grade_in_another_notation_is_read_as_the_units_own_with_a_warning(
    village, village_clerk
):
    # The township's default names are 一级/二级/三级: the file's 高/中/低 are read by rank.
    report = import_file(village, village_clerk, "台账.xlsx", example("risk-ledger-graded.xlsx"))
    assert report.counts()["errors"] == 0
    assert RiskPoint.objects.get(unit=village, code="1").grade == "一级"
    assert RiskPoint.objects.get(unit=village, code="7").grade == "三级"
    warnings = [message for column, message in report.rows[0]["warnings"] if column == "风险等级"]
    assert warnings == ["等级“高”按本单位的等级名称记为“一级”。"]
