"""Published integrity-risk tables (廉政风险防控台账, 风险点排查表) kept as written.

A real row: its grade written directly in the unit's own names (no likelihood × impact), the
risk (风险点) and how it shows (表现形式) apart, several responsible posts, measures numbered
without a phase, and the table's own order. Nothing the table leaves out is made up.
"""

from __future__ import annotations

import importlib
import json
import re
from io import BytesIO

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from powers.lifecycle import apply_transition
from powers.models import Post, Unit
from risks.models import PreventionMeasure, RiskMatrix, RiskPoint
from risks.services import quality_check, save_matrix
from tests.risks.test_export import COLUMN, data_rows
from tests.risks.test_ledger import ledger, make_point, table_codes, unit  # noqa: F401

Phase = PreventionMeasure.Phase

# The row as the village's table prints it (column → cell).
ROW = {
    "岗位": "村报账员",
    "风险点": "村级财务报账",
    "表现形式": "虚列支出、白条入账、套取集体资金",
    "风险等级": "高",
    "防控措施": "1. 严格执行村级财务审批制度；2. 每月公开财务收支；3. 镇农经站定期审计",
    "责任人": "村党组织书记、村委会主任、村报账员",
}
VILLAGE_GRADES = ["高", "中", "低"]
SCHOOL_GRADES = ["Ⅰ级", "Ⅱ级", "Ⅲ级"]


def grade_villages_high_medium_low(demo) -> None:
    """The township's villages write 高/中/低; its school (in the demo) Ⅰ级/Ⅱ级/Ⅲ级."""
    matrix = RiskMatrix.objects.get(township=demo.township)
    matrix.kind_grades = {"village": VILLAGE_GRADES, "school": SCHOOL_GRADES}
    save_matrix(matrix, user=demo.administrator, reason="村按高、中、低评定")


FORM_FIELDS = (
    "code",
    "sequence",
    "description",
    "manifestation",
    "risk_type",
    "post_risk",
    "post",
    "item",
    "step",
    "grade",
    "likelihood",
    "impact",
    "residual_likelihood",
    "residual_impact",
    "responsible_posts",
    "responsible_person",
    "leader_in_charge",
    "principal_leader",
    "supervisors",
    "owner",
    "internal_reason",
    "version",
    "change_reason",
)


def form_data(**fields) -> dict:
    """The officials' risk point form with only ``fields`` filled in, and no measure."""
    data = dict.fromkeys(FORM_FIELDS, "")
    data.update(
        {
            "measures-TOTAL_FORMS": 0,
            "measures-INITIAL_FORMS": 0,
            "measures-MIN_NUM_FORMS": 0,
            "measures-MAX_NUM_FORMS": 1000,
        }
    )
    data.update(fields)
    return data


def with_measures(data: dict, *measures: dict) -> dict:
    data = dict(data, **{"measures-TOTAL_FORMS": len(measures)})
    for n, measure in enumerate(measures):
        data[f"measures-{n}-status"] = PreventionMeasure.MeasureStatus.PLANNED
        for name, value in measure.items():
            data[f"measures-{n}-{name}"] = value
    return data


def publish(point: RiskPoint) -> RiskPoint:
    """自己找 → 民主评 → 乡镇审, as the unit and the township take the steps."""
    apply_transition(point, "submit", user=None, perms={"submit_records"})
    apply_transition(point, "confirm", user=None, perms={"confirm_records"})
    point.reviewed_at = timezone.now()
    point.save(update_fields=["reviewed_at"])
    apply_transition(point, "approve", user=None, perms={"review_records"})
    point.refresh_from_db()
    return point


def detail(client, point: RiskPoint) -> str:
    response = client.get(reverse("risks:point_detail", args=[point.pk]))
    assert response.status_code == 200
    return response.content.decode()


def badge(page: str) -> str:
    """The level badge in the page's heading."""
    heading = re.search(r"<h1>.*?</h1>", page, re.S).group(0)
    return re.search(r'class="risk-badge[^"]*"[^>]*>([^<]*)</span>', heading).group(1)


@pytest.mark.django_db
def test_a_real_row_is_stored_and_shown_as_written(client, demo, unit):  # noqa: F811
    grade_villages_high_medium_low(demo)
    post = Post.objects.create(unit=unit, name=ROW["岗位"], order=3)
    client.force_login(demo.clerk)
    data = with_measures(
        form_data(
            code="1",
            description=ROW["风险点"],
            manifestation=ROW["表现形式"],
            post=post.pk,
            grade=ROW["风险等级"],
            responsible_posts=ROW["责任人"],
        ),
        {"measure": ROW["防控措施"]},
    )
    response = client.post(reverse("risks:point_create", args=[unit.pk]), data)
    assert response.status_code == 302, response.content.decode()[-3000:]

    point = RiskPoint.objects.get(unit=unit, code="1")
    assert point.description == ROW["风险点"]
    assert point.manifestation == ROW["表现形式"]
    assert point.grade == point.grade_label == "高"
    assert point.grade_rank == 1 and point.inherent_level == "1"  # the township's 一级
    assert point.likelihood is None and point.impact is None  # nothing made up
    assert point.risk_type == point.post_risk == ""
    assert point.responsible_posts == ROW["责任人"]
    measure = point.measures.get()
    assert (measure.measure, measure.phase, measure.sequence) == (ROW["防控措施"], "", 1)

    page = detail(client, point)
    assert badge(page) == "高"
    assert ROW["表现形式"] in page and ROW["责任人"] in page
    assert "按原表直接评定" in page and "可能性 " not in page  # no invented likelihood
    measure_heading = re.search(r'<h3 id="measure-\d+-h">(.*?)</h3>', page, re.S).group(1)
    assert 'class="tag"' not in measure_heading  # no phase shown

    ledger_page = ledger(client, unit)
    row = ledger_page.split('">1</a>', 1)[1].split("</tr>", 1)[0]
    assert ">高</span>" in row and ROW["表现形式"] in row
    assert "另 1 条未分阶段" in row
    assert "另有 1 个风险点按原表直接评定等级，未列入矩阵。" in ledger_page

    # The public reads the row as written: its grade, forms and posts, no phase, no class.
    data = publish(point).published_data
    assert data["level"]["name"] == data["grade"] == "高"
    assert data["level"]["colour"] == "#c62828"  # the township's 一级 colour
    assert data["manifestation"] == ROW["表现形式"]
    assert data["responsible_posts"] == ROW["责任人"]
    assert data["risk_type"] == data["post_risk"] == ""
    assert [(m["phase"], m["measure"]) for m in data["measures"]] == [("", ROW["防控措施"])]

    # The spreadsheet gives the row back in the table's columns.
    response = client.get(reverse("risks:ledger_xlsx", args=[unit.pk]))
    (sheet_row,) = data_rows(load_workbook(BytesIO(response.content)).active)
    assert sheet_row[COLUMN["序号"]] == "1"
    assert sheet_row[COLUMN["岗位"]] == ROW["岗位"]
    assert sheet_row[COLUMN["风险点描述"]] == ROW["风险点"]
    assert sheet_row[COLUMN["表现形式"]] == ROW["表现形式"]
    assert sheet_row[COLUMN["风险等级"]] == "高"
    assert sheet_row[COLUMN["防控措施"]] == ROW["防控措施"]
    assert sheet_row[COLUMN["事前防控措施"]] is None  # an empty cell, not a made-up phase
    assert sheet_row[COLUMN["责任岗位"]] == ROW["责任人"]
    assert sheet_row[COLUMN["风险类型"]] is None and sheet_row[COLUMN["剩余风险等级"]] is None
    assert sheet_row[COLUMN["落实情况"]] == "计划中"


@pytest.mark.django_db
def test_a_school_grade_is_not_renamed_by_the_village_names(client, demo):
    grade_villages_high_medium_low(demo)
    school = Unit.objects.get(township=demo.township, kind=Unit.Kind.SCHOOL)
    school_point = make_point(school, "XX-1", grade="Ⅰ级", likelihood=None, impact=None)
    village_point = make_point(demo.unit, "XX-1", likelihood=3, impact=3)
    assert school_point.inherent_level == village_point.inherent_level == "1"

    client.force_login(demo.reviewer)
    assert badge(detail(client, school_point)) == "Ⅰ级"
    assert badge(detail(client, village_point)) == "高"
    school_ledger = client.get(reverse("risks:unit_ledger", args=[school.pk])).content.decode()
    row = school_ledger.split(">XX-1</a>", 1)[1].split("</tr>", 1)[0]
    assert ">Ⅰ级</span>" in row and "高" not in row and "一级" not in row
    # The school's own points derived from the matrix are named in its words too.
    derived = make_point(school, "XX-2", likelihood=1, impact=1)
    assert derived.grade_label == "Ⅲ级" and derived.grade == ""

    # The school's clerk is offered the school's names, and the villages' are refused.
    client.force_login(User.objects.get(username=f"{school.code}-clerk"))
    form = client.get(reverse("risks:point_create", args=[school.pk])).content.decode()
    grade_select = re.search(r'<select name="grade".*?</select>', form, re.S).group(0)
    assert re.findall(r'<option value="([^"]+)"', grade_select) == SCHOOL_GRADES
    response = client.post(
        reverse("risks:point_create", args=[school.pk]),
        form_data(code="XX-3", description="食堂采购", grade="高"),
    )
    assert "“高”不是本单位的风险等级；可填：Ⅰ级、Ⅱ级、Ⅲ级。" in response.content.decode()
    assert not RiskPoint.objects.filter(unit=school, code="XX-3").exists()

    # The township's overview counts both as its 一级 and says which name is which.
    client.force_login(demo.reviewer)
    overview = client.get(
        reverse("risks:township_ledger", args=[demo.township.pk])
    ).content.decode()
    assert "学校：Ⅰ级、Ⅱ级、Ⅲ级" in overview and "村：高、中、低" in overview


@pytest.mark.django_db
def test_a_grade_the_matrix_contradicts_is_refused(client, demo, unit):  # noqa: F811
    client.force_login(demo.clerk)
    url = reverse("risks:point_create", args=[unit.pk])
    # 1 低 × 1 小 is 三级 in the township's matrix; the clerk writes 一级.
    response = client.post(
        url, form_data(code="C-1", description="虚报冒领", grade="一级", likelihood=1, impact=1)
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "填写的等级“一级”与可能性和影响程度不符" in page
    assert "可能性“低”、影响程度“小”的等级是“三级”" in page
    assert not RiskPoint.objects.filter(unit=unit, code="C-1").exists()

    # Half of likelihood × impact cannot grade anything: said, not guessed.
    response = client.post(url, form_data(code="C-1", description="虚报冒领", likelihood=3))
    assert "可能性和影响程度须同时填写才能确定等级" in response.content.decode()
    assert not RiskPoint.objects.filter(unit=unit, code="C-1").exists()

    # A grade that agrees is taken; the matrix keeps deciding it from then on.
    response = client.post(
        url, form_data(code="C-1", description="虚报冒领", grade="三级", likelihood=1, impact=1)
    )
    assert response.status_code == 302
    point = RiskPoint.objects.get(unit=unit, code="C-1")
    assert (point.grade_label, point.inherent_level) == ("三级", "3")


@pytest.mark.django_db
def test_a_measure_without_a_phase_is_shown_without_one(client, demo, unit):  # noqa: F811
    point = make_point(
        unit,
        "M-1",
        likelihood=3,
        impact=3,
        measures=[{"phase": "", "measure": "1. 严格执行村级财务审批制度；2. 每月公开财务收支"}],
    )
    client.force_login(demo.clerk)
    page = detail(client, point)
    heading = re.search(r'<h3 id="measure-\d+-h">(.*?)</h3>', page, re.S).group(1)
    assert heading.startswith("1. 1. 严格执行")  # its number, then its text: no phase tag
    assert "事前" not in heading and 'class="tag"' not in heading
    # The form offers "no phase" and keeps it so.
    form = client.get(reverse("risks:point_edit", args=[point.pk])).content.decode()
    assert '<option value="" selected>（未分阶段）</option>' in form
    # A 一级 point whose table does not phase its measures is not flagged for lacking a
    # 事中 or 事后 one: the table does not say when they act.
    kinds = {problem.kind for problem in quality_check(RiskPoint.objects.filter(pk=point.pk))}
    assert "top_level_without_control" not in kinds
    assert publish(point).published_data["measures"][0]["phase"] == ""


@pytest.mark.django_db
def test_lists_follow_the_tables_order(client, demo, unit):  # noqa: F811
    # Entered in another order than the table's, and numbered as the table numbers them.
    third = make_point(unit, "（三）", sequence=3, likelihood=1, impact=1)
    make_point(unit, "（一）", sequence=1, likelihood=1, impact=1)
    make_point(unit, "（二）", sequence=2, likelihood=1, impact=1)
    client.force_login(demo.clerk)
    assert table_codes(ledger(client, unit)) == ["（一）", "（二）", "（三）"]
    response = client.get(reverse("risks:ledger_xlsx", args=[unit.pk]))
    rows = data_rows(load_workbook(BytesIO(response.content)).active)
    assert [row[COLUMN["序号"]] for row in rows] == ["（一）", "（二）", "（三）"]

    # A point added without a place goes last; an edit that leaves the place empty keeps it.
    response = client.post(
        reverse("risks:point_create", args=[unit.pk]),
        with_measures(
            form_data(code="（四）", description="新增", grade="三级"),
            {"measure": "第二条", "sequence": 2},
            {"measure": "第一条", "sequence": 1, "phase": Phase.AFTER},
        ),
    )
    assert response.status_code == 302
    added = RiskPoint.objects.get(unit=unit, code="（四）")
    assert added.sequence == 4
    assert table_codes(ledger(client, unit))[-1] == "（四）"
    page = detail(client, added)
    assert page.index("第一条") < page.index("第二条")  # the measures' own order
    response = client.post(
        reverse("risks:point_edit", args=[third.pk]),
        form_data(
            code="（三）", description="改了描述", likelihood=1, impact=1, version=third.version
        ),
    )
    assert response.status_code == 302
    assert table_codes(ledger(client, unit)) == ["（一）", "（二）", "（三）", "（四）"]


@pytest.mark.django_db
def test_kind_names_must_match_the_levels(client, demo):
    matrix = RiskMatrix.objects.get(township=demo.township)
    before = matrix.kind_grades
    client.force_login(demo.administrator)
    response = client.post(
        reverse("admin:risks_riskmatrix_change", args=[matrix.pk]),
        {
            "township": demo.township.pk,
            "likelihood_labels": json.dumps(matrix.likelihood_labels),
            "impact_labels": json.dumps(matrix.impact_labels),
            "levels": json.dumps(matrix.levels),
            "cells": json.dumps(matrix.cells),
            "kind_grades": json.dumps({"school": ["Ⅰ级", "Ⅱ级"]}, ensure_ascii=False),
        },
    )
    assert response.status_code == 200
    assert "“学校”的等级名称须与风险等级一样多（3 个）" in response.content.decode()
    matrix.refresh_from_db()
    assert matrix.kind_grades == before


@pytest.mark.django_db
def test_existing_rows_are_numbered_in_their_codes_order(demo, unit):  # noqa: F811
    migration = importlib.import_module("risks.migrations.0002_real_tables")
    points = [make_point(unit, code, likelihood=2, impact=3) for code in ("2", "10", "1")]
    measures = [
        PreventionMeasure.objects.create(risk_point=points[0], phase=phase, measure=phase)
        for phase in (Phase.AFTER, Phase.BEFORE)
    ]
    RiskPoint.objects.filter(unit=unit).update(sequence=None)  # as before the migration
    PreventionMeasure.objects.filter(pk__in=[m.pk for m in measures]).update(sequence=None)
    migration.number_rows(apps, None)
    numbered = dict(RiskPoint.objects.filter(unit=unit).values_list("code", "sequence"))
    assert numbered == {"1": 1, "2": 2, "10": 3}
    assert [m.phase for m in points[0].measures.all()] == [Phase.BEFORE, Phase.AFTER]
    # Their likelihood, impact and levels are untouched.
    assert set(
        RiskPoint.objects.filter(unit=unit).values_list("likelihood", "impact", "inherent_level")
    ) == {(2, 3, "1")}
