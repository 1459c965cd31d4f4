"""Importing a power catalog (权力清单 / 权责清单 / 小微权力清单 / 负面清单) as units publish it:
every stored field is the file's, sub-items and legal bases included, and the loop closes."""

from __future__ import annotations

import csv
import io
import json
import re
from io import StringIO

import docx
from django.core.management import call_command
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from exchange.export import export_workbook
from exchange.kinds import get_kind
from exchange.services import run
from powers.models import LegalBasis, PowerItem, Unit
from powers.time_limits import parse_time_limit

from .conftest import EXAMPLES, example

KIND = "catalog"
STAGE_LABELS = {
    "受理责任": "accept",
    "审查责任": "review",
    "决定责任": "decide",
    "送达责任": "deliver",
    "事后监管责任": "supervise",
}


def import_file(unit, user, name: str, data: bytes, dry_run: bool = False):
    return run(get_kind(KIND), unit, user=user, name=name, data=data, dry_run=dry_run)


def history_rows(unit) -> int:
    return (
        PowerItem.history.filter(unit_id=unit.pk).count()
        + LegalBasis.history.filter(item__unit=unit).count()
    )


def sheet_rows(name: str, first: int) -> list[tuple[int, list]]:
    """The rows of the file's sheet from ``first`` on, a merged cell's value in every cell."""
    sheet = load_workbook(EXAMPLES / name).active
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    for merged in sheet.merged_cells.ranges:
        top = values[merged.min_row - 1][merged.min_col - 1]
        for r in range(merged.min_row - 1, merged.max_row):
            for c in range(merged.min_col - 1, merged.max_col):
                values[r][c] = top
    return [(number, row) for number, row in enumerate(values, start=1) if number >= first]


def unnumbered(cell: str) -> list[str]:
    return [re.sub(r"^\d+\.", "", line) for line in cell.split("\n")]


def bases_as_written(item: PowerItem) -> list[str]:
    return [
        f"{b.document}{b.version}{b.article}" + (f"：{b.text}" if b.text else "")
        for b in item.legal_bases.order_by("order")
    ]


def test_it_imports_the_township_list_with_sub_items_merged_under_their_item(
    village, village_clerk
):
    report = import_file(
        village, village_clerk, "权责清单.xlsx", example("township-power-list.xlsx")
    )
    # 18 rows of the file: 12 items, 11 sub-items; an item's first row is also its first
    # sub-item's, so it is two records.
    assert report.counts() == {"rows": 23, "added": 23, "updated": 0, "unchanged": 0, "errors": 0}
    assert report.header_rows == [2, 3]
    mapping = {column["header"]: column["key"] for column in report.mapping}
    assert mapping["实施主体/实施机关"] == "responsible_body"
    assert mapping["实施主体/承办机构"] == "responsible_office"
    for _number, row in sheet_rows("township-power-list.xlsx", 4)[:-1]:
        position, kind, name, sub, basis, duties, account, body, office, remark = row
        item = PowerItem.objects.get(unit=village, parent=None, position=str(position))
        records = [item]
        if sub:
            sub_number, sub_name = sub.split(".", 1)
            records.append(item.sub_items.get(position=sub_number, name=sub_name))
        assert item.name == name
        for record in records:
            assert record.category.name == kind
            assert record.responsible_body == body
            assert record.responsible_office == office
            assert record.list_type is None
            assert record.power_kind == ""  # the list states none
            assert bases_as_written(record) == unnumbered(basis)
            assert all(b.rank == "" for b in record.legal_bases.all())
            lines = unnumbered(duties)
            others = record.responsibilities.get("other", "").split("\n")
            placed = set()
            for line in lines:
                label, _colon, text = line.partition("：")
                key = STAGE_LABELS.get(label)
                if key and key not in placed:
                    assert record.responsibilities[key] == text
                    placed.add(key)
                else:  # another stage's word (审核责任) keeps its label; the rest is 其他
                    assert line in others or line in record.responsibilities.values()
            intro, *cases = account.split("\n")
            assert record.accountability == intro
            assert record.accountability_cases == [
                re.sub(r"^\d+\.", "", case).rstrip("；") for case in cases
            ]
            # Time limits stand in 备注: kept as written when they are one, else not imported.
            limit = parse_time_limit(remark or "")
            readable = limit.immediate or limit.days or limit.statutory_days
            assert record.time_limit_text == (remark if readable else "")
            if readable:
                assert record.time_limit_days == limit.days
                assert record.time_limit_statutory_days == limit.statutory_days
            assert record.status == "draft"
            assert record.history.first().history_change_reason == "导入：权责清单.xlsx"
    assert PowerItem.objects.filter(unit=village, parent=None).count() == 12
    assert PowerItem.objects.filter(unit=village, parent__isnull=False).count() == 11
    # 备注 that is not a time limit is said, not stored somewhere it does not belong.
    assert (
        "备注",
        "备注“赋权事项（县农业农村局下放）”不是办理时限，未导入（权力事项没有备注栏）。",
    ) in [tuple(w) for row in report.rows for w in row["warnings"]]


def test_it_imports_the_village_list_with_category_rows_and_numbered_sub_items(
    village, village_clerk
):
    report = import_file(
        village, village_clerk, "小微权力.xlsx", example("village-small-powers.xlsx")
    )
    assert report.counts() == {"rows": 29, "added": 29, "updated": 0, "unchanged": 0, "errors": 0}
    mapping = {column["header"]: column["key"] for column in report.mapping}
    # No field of a power item holds a flow or a supervising body: shown as not imported.
    assert mapping["运行流程及责任环节"] == "" and mapping["监督主体"] == ""
    section = ""
    for _number, row in sheet_rows("village-small-powers.xlsx", 4):
        if len({cell for cell in row if cell}) == 1:
            section = re.sub(r"^[一二三四五六七八九十]+、", "", row[0])
            continue
        position, name, body, bases, limit, _flow, _supervisor = row
        position = str(position)
        item = PowerItem.objects.get(unit=village, position=position)
        assert item.name == name
        assert item.category.name == section
        assert item.responsible_body == body
        assert bases_as_written(item) == bases.split("\n")
        assert item.time_limit_text == limit
        assert item.time_limit_days == parse_time_limit(limit).days
        if "." in position:
            assert item.parent.position == position.split(".")[0]
        else:
            assert item.parent is None
    assert PowerItem.objects.get(unit=village, position="1").sub_items.count() == 6
    # A time limit that names no days is kept as written, with a warning and no days.
    row = next(row for row in report.rows if row["number"] == 6)
    assert row["warnings"] == [
        ("办理时限", "办理时限“随年度预算一并决策”中读不出即办或天数：按原文保存，天数留空。")
    ]
    item = PowerItem.objects.get(unit=village, position="1.1")
    assert (item.time_limit_text, item.time_limit_days, item.time_limit_immediate) == (
        "随年度预算一并决策",
        None,
        False,
    )
    # Categories the township does not have are created as written, once, and said.
    created = [w for row in report.rows for w in row["warnings"] if w[0] == "权力类型"]
    assert len(created) == 6
    assert created[0] == ("权力类型", "本乡镇还没有“村级重大事项决策类”权力类型，导入时将新建。")
    assert village.township.categories.get(name="村级重大事项决策类").group == "local"


def test_it_reads_the_gb18030_csv(village, village_clerk):
    report = import_file(
        village, village_clerk, "小微权力.csv", example("village-small-powers-gb18030.csv")
    )
    assert report.counts()["added"] == 12
    text = (EXAMPLES / "village-small-powers-gb18030.csv").read_bytes().decode("gb18030")
    for position, category, name, body, basis, limit in list(csv.reader(io.StringIO(text)))[1:]:
        item = PowerItem.objects.get(unit=village, position=position)
        assert (item.category.name, item.name, item.responsible_body) == (category, name, body)
        assert bases_as_written(item) == [basis]
        assert item.time_limit_text == limit
    immediate = PowerItem.objects.get(unit=village, position="8")
    assert immediate.time_limit_text == "即办,材料不全的一次性告知"  # the quoted comma
    assert immediate.time_limit_immediate is True


def test_it_reads_the_negative_list_from_word_into_the_townships_negative_list(
    village, village_clerk
):
    report = import_file(
        village, village_clerk, "负面清单.docx", example("certificate-negative-list.docx")
    )
    assert report.counts() == {"rows": 20, "added": 20, "updated": 0, "unchanged": 0, "errors": 0}
    negative = village.township.list_types.get(kind="negative")
    table = docx.Document(EXAMPLES / "certificate-negative-list.docx").tables[0]
    for row in table.rows[1:]:
        position, name, _use, instead, office = (cell.text for cell in row.cells)
        item = PowerItem.objects.get(unit=village, list_type=negative, position=position)
        assert (item.name, item.conditions, item.responsible_office) == (name, instead, office)
        assert item.power_kind == "" and item.responsible_body == ""
        assert item.category is None  # the list states no power type: none is made up
        assert not item.legal_bases.exists()
    assert not PowerItem.objects.filter(unit=village, list_type=None).exists()
    assert not village.township.categories.filter(name="其他", items__unit=village).exists()
    assert [row["warnings"] for row in report.rows] == [[]] * 20
    assert {column["header"]: column["key"] for column in report.mapping}["常见用途"] == ""


# P-1 of examples/SOURCES.md (明光市明南街道, 2019), character for character.
P1_HEADER = ["序号", "权力类型", "项目编码", "项目名称", "子项", "实施依据", "责任事项", "追责情形"]
P1_BASIS = (
    "《安徽省人口与计划生育条例》第三十九条 在国家提倡一对夫妻生育一个子女期间,自愿终身只生育"
    "一个子女的夫妻,可以向户籍所在地的乡(镇)人民政府或者街道办事处申请,免费领取独生子女父母光荣证"
    " 第四十九条已经领取独生子女父母光荣证的夫妻,依法生育第二个子女的,注销其独生子女父母光荣证,"
    "停止其享受本条例规定的相关奖励优待。"
)
P1_DUTIES = (
    "1、受理阶段责任:公示依法应当提交的材料;一次性告知补正材料;依法决定是否受理(不予受理的应当"
    "告知理由); 2、审查和决定阶段责任:按照即办件程序,对依法应当提交的材料进行审核;提出审核意见,"
    "直接作出行政确认或者不予确认决定(不予认定的应当告知理由); 3、送达阶段责任:发放独生子女父母"
    "光荣证,信息公开; 4、事后监管责任:加强监管、防止弄虚作假; 5、其他法律法规政策规定应履行的责任。"
)
P1_ACCOUNT = (
    "因不履行或不正确履行行政职责,有下列情形的,行政机关及相关工作人员应承担相应责任: 1、对符合条件"
    "不予受理或不应该受理而受理造成不良后果的; 2、没有严格按照工作规程组织鉴定,违反公开、透明、公正"
    "的原则,未能真实反映情况的; 3、收受贿赂或向当事人索取财物的; 4、办理人员弄虚作假、徇私舞弊、"
    "提供不实材料,导致不正确鉴定结论的; 5、其他违反法律法规规章文件规定的行为。"
)
P1_ROW = ["1", "行政确认", "", "独生子女父母光荣证核发与注销", "", P1_BASIS, P1_DUTIES, P1_ACCOUNT]


def test_the_verbatim_row_p1_is_stored_with_nothing_changed_or_invented(
    village, village_clerk, tmp_path
):
    book = Workbook()
    book.active.append(P1_HEADER)
    book.active.append(P1_ROW)
    path = tmp_path / "明南街道权力清单.xlsx"
    book.save(path)
    report = import_file(village, village_clerk, path.name, path.read_bytes())
    assert report.counts()["added"] == 1 and report.rows[0]["warnings"] == []
    item = PowerItem.objects.get(unit=village)
    assert (item.position, item.name, item.category.name) == ("1", P1_ROW[3], "行政确认")
    assert item.parent is None and item.list_type is None
    # Nothing the row does not say: no power kind, body, office, time limit or rank.
    assert (item.power_kind, item.responsible_body, item.responsible_office) == ("", "", "")
    assert (item.time_limit_text, item.time_limit_days, item.time_limit_immediate) == (
        "",
        None,
        False,
    )
    # The row has no 项目编码: the portal's key is its 序号.
    assert item.code == "1"
    basis = item.legal_bases.get()
    assert (basis.document, basis.version, basis.article, basis.rank) == (
        "《安徽省人口与计划生育条例》",
        "",
        "第三十九条",
        "",
    )
    assert f"{basis.document}{basis.article} {basis.text}" == P1_BASIS
    assert item.responsibilities == {
        "accept": "公示依法应当提交的材料;一次性告知补正材料;"
        "依法决定是否受理(不予受理的应当告知理由)",
        # A label that says more than the stage's own name is kept with its duty.
        "review": "审查和决定阶段责任:按照即办件程序,对依法应当提交的材料进行审核;提出审核意见,"
        "直接作出行政确认或者不予确认决定(不予认定的应当告知理由)",
        "deliver": "发放独生子女父母光荣证,信息公开",
        "supervise": "加强监管、防止弄虚作假",
        "other": "其他法律法规政策规定应履行的责任。",
    }
    assert item.accountability == P1_ACCOUNT.split(" 1、")[0]
    assert item.accountability_cases == [
        "对符合条件不予受理或不应该受理而受理造成不良后果的",
        "没有严格按照工作规程组织鉴定,违反公开、透明、公正的原则,未能真实反映情况的",
        "收受贿赂或向当事人索取财物的",
        "办理人员弄虚作假、徇私舞弊、提供不实材料,导致不正确鉴定结论的",
        "其他违反法律法规规章文件规定的行为。",
    ]


def test_the_preview_names_the_row_and_column_of_each_problem(village, village_clerk, tmp_path):
    book = load_workbook(EXAMPLES / "village-small-powers.xlsx")
    sheet = book.active
    sheet["B8"] = None  # 1.3 has no name
    sheet["E10"] = "视情况而定"  # a time limit naming no days
    path = tmp_path / "broken.xlsx"
    book.save(path)
    report = import_file(village, village_clerk, path.name, path.read_bytes(), dry_run=True)
    assert [(e["row"], e["column"]) for e in report.row_errors()] == [(8, "事项名称")]
    warnings = {(row["number"], column) for row in report.rows for column, _m in row["warnings"]}
    assert (10, "办理时限") in warnings
    row = next(row for row in report.rows if row["number"] == 10)
    assert ("办理时限", "视情况而定") in row["values"]  # as written, nothing invented
    assert not PowerItem.objects.filter(unit=village).exists()
    report = import_file(village, village_clerk, path.name, path.read_bytes())
    assert report.counts()["added"] == 28  # the bad row is left out, the others kept
    assert not PowerItem.objects.filter(unit=village, position="1.3").exists()
    assert PowerItem.objects.get(unit=village, position="1.5").time_limit_text == "视情况而定"
    assert PowerItem.objects.get(unit=village, position="1.5").time_limit_days is None


def test_importing_the_same_files_again_and_their_export_changes_nothing(village, village_clerk):
    # The township's power list and, beside it, its negative list.
    for name in ("township-power-list.xlsx", "certificate-negative-list.docx"):
        import_file(village, village_clerk, name, example(name))
    before = history_rows(village)
    report = import_file(village, village_clerk, "again.xlsx", example("township-power-list.xlsx"))
    assert report.counts() == {"rows": 23, "added": 0, "updated": 0, "unchanged": 23, "errors": 0}
    report = import_file(
        village, village_clerk, "导出.xlsx", export_workbook(get_kind(KIND), village)
    )
    assert report.counts() == {"rows": 43, "added": 0, "updated": 0, "unchanged": 43, "errors": 0}
    assert history_rows(village) == before


def test_a_row_stating_no_type_has_none_and_a_file_stating_none_keeps_the_units(
    village, village_clerk, tmp_path
):
    """An empty 权力类型 cell with no category row above it is stored as no category, said
    nowhere; a file with no 权力类型 at all says nothing of types, so an item's stays."""
    book = Workbook()
    book.active.append(["序号", "权力类型", "项目名称"])
    book.active.append(["1", "行政确认", "甲事项"])
    book.active.append(["2", "", "乙事项"])
    path = tmp_path / "有类型栏.xlsx"
    book.save(path)
    report = import_file(village, village_clerk, path.name, path.read_bytes())
    assert report.counts()["added"] == 2
    assert [row["warnings"] for row in report.rows] == [[], []]
    first, second = (PowerItem.objects.get(unit=village, position=p) for p in ("1", "2"))
    assert (first.category.name, second.category) == ("行政确认", None)

    book = Workbook()
    book.active.append(["序号", "项目名称", "实施主体"])
    book.active.append(["1", "甲事项", "村民委员会"])
    book.active.append(["2", "乙事项", "村民委员会"])
    path = tmp_path / "无类型栏.xlsx"
    book.save(path)
    report = import_file(village, village_clerk, path.name, path.read_bytes())
    assert report.counts()["updated"] == 2
    assert [[c["column"] for c in row["changes"]] for row in report.rows] == [["实施主体"]] * 2
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.category.name, second.category) == ("行政确认", None)
    # Exported, the item of no category has an empty 权力类型 cell, and the loop closes.
    exported = load_workbook(io.BytesIO(export_workbook(get_kind(KIND), village))).active
    rows = [list(row) for row in exported.iter_rows(min_row=3, values_only=True)]
    assert [(row[2] or "", row[4]) for row in rows] == [("行政确认", "甲事项"), ("", "乙事项")]
    report = import_file(
        village, village_clerk, "导出.xlsx", export_workbook(get_kind(KIND), village)
    )
    assert report.counts()["unchanged"] == 2


def test_a_changed_cell_updates_the_item_found_by_its_number(village, village_clerk, tmp_path):
    import_file(village, village_clerk, "小微权力.xlsx", example("village-small-powers.xlsx"))
    book = load_workbook(EXAMPLES / "village-small-powers.xlsx")
    book.active["E5"] = "决议公开不少于7个工作日"
    path = tmp_path / "小微权力（修订）.xlsx"
    book.save(path)
    report = import_file(village, village_clerk, path.name, path.read_bytes())
    assert report.counts()["updated"] == 1 and report.counts()["unchanged"] == 28
    changed = next(row for row in report.rows if row["status"] == "changed")
    assert (changed["number"], [c["column"] for c in changed["changes"]]) == (5, ["办理时限"])
    item = PowerItem.objects.get(unit=village, position="1")
    assert (item.time_limit_text, item.time_limit_days) == ("决议公开不少于7个工作日", 7)
    assert item.history.first().history_change_reason == "导入：小微权力（修订）.xlsx"


def test_a_row_finds_its_item_by_name_before_its_number_and_says_when_it_renames(
    village, village_clerk, tmp_path
):
    """An item moved to another 序号 keeps its identity by name; a row whose 序号 is an item of
    another name renames it only with a warning in the preview that names both."""
    import_file(village, village_clerk, "小微权力.xlsx", example("village-small-powers.xlsx"))
    first = PowerItem.objects.get(unit=village, position="1")
    second = PowerItem.objects.get(unit=village, position="2")
    count = PowerItem.objects.filter(unit=village).count()
    book = Workbook()
    sheet = book.active
    sheet.append(["序号", "权力类型", "事项名称"])
    sheet.append(["1", first.category.name, "村级集体经济项目立项"])  # a new name at 1
    sheet.append(["9", second.category.name, second.name])  # the 2nd item, now 9th
    path = tmp_path / "另一份清单.xlsx"
    book.save(path)
    report = import_file(village, village_clerk, path.name, path.read_bytes(), dry_run=True)
    warned = {row["number"]: row["warnings"] for row in report.rows}
    assert (
        "序号",
        f"按序号“1”对应本单位的“{first.name}”，名称不同，将改名为“村级集体经济项目立项”；"
        "如不是同一事项，请在文件中写明编码后再导入。",
    ) in warned[2]
    name = second.name
    import_file(village, village_clerk, path.name, path.read_bytes())
    second.refresh_from_db()
    assert (second.name, second.position) == (name, "9")  # found by name, not renamed
    assert PowerItem.objects.filter(unit=village).count() == count  # nothing added


def test_every_demo_units_catalog_goes_round_the_loop(demo):
    units = Unit.objects.filter(township=demo.township).order_by("code")
    exported = 0
    for unit in units:
        before = history_rows(unit)
        report = import_file(unit, demo.admin, "导出.xlsx", export_workbook(get_kind(KIND), unit))
        counts = report.counts()
        assert counts["rows"] == unit.power_items.count(), unit.code
        assert counts == {**counts, "added": 0, "updated": 0, "errors": 0}, (unit.code, report.rows)
        assert history_rows(unit) == before
        exported += counts["rows"]
    # The demo's sub-items, legal bases and negative list were among them.
    assert exported > 0
    assert PowerItem.objects.filter(unit__in=units, parent__isnull=False).exists()
    assert PowerItem.objects.filter(unit__in=units, list_type__kind="negative").exists()
    assert LegalBasis.objects.filter(item__unit__in=units).exists()


def test_the_commands_print_the_counts_last_and_export_the_import_layout(village, tmp_path):
    path = EXAMPLES / "village-small-powers.xlsx"
    out = StringIO()
    call_command("import_records", KIND, str(path), "--unit", village.code, "--dry-run", stdout=out)
    assert json.loads(out.getvalue().splitlines()[-1]) == {
        "rows": 29,
        "added": 29,
        "updated": 0,
        "unchanged": 0,
        "errors": 0,
    }
    assert not PowerItem.objects.filter(unit=village).exists()
    call_command("import_records", KIND, str(path), "--unit", village.code, stdout=StringIO())
    target = tmp_path / "out.xlsx"
    call_command("export_records", KIND, "--unit", village.code, "-o", str(target), stdout=out)
    headers = [cell.value for cell in load_workbook(target).active[2]]
    assert headers[:6] == ["序号", "所属清单", "权力类型", "项目编码", "项目名称", "子项"]
    out = StringIO()
    call_command("import_records", KIND, str(target), "--unit", village.code, stdout=out)
    assert json.loads(out.getvalue().splitlines()[-1])["unchanged"] == 29


def test_the_catalog_page_offers_import_and_export(client, demo):
    upload = reverse("exchange:upload", args=[demo.unit.pk, KIND])
    export = reverse("exchange:export", args=[demo.unit.pk, KIND])
    client.force_login(demo.clerk)
    page = client.get(reverse("powers:unit_catalog", args=[demo.unit.pk]))
    assert upload in page.text and export in page.text
    assert "权力清单" in client.get(upload).text
    client.force_login(demo.discipline)
    page = client.get(reverse("powers:unit_catalog", args=[demo.unit.pk]))
    assert upload not in page.text and export in page.text
    assert client.get(upload).status_code == 403


def test_a_record_under_review_is_not_changed_and_the_preview_names_it(
    village, village_clerk, tmp_path
):
    import_file(village, village_clerk, "小微权力.xlsx", example("village-small-powers.xlsx"))
    item = PowerItem.objects.get(unit=village, position="1")
    PowerItem.objects.filter(pk=item.pk).update(status="submitted")  # sent to the head
    book = load_workbook(EXAMPLES / "village-small-powers.xlsx")
    book.active["E5"] = "决议公开不少于7个工作日"
    path = tmp_path / "修订.xlsx"
    book.save(path)
    preview = import_file(village, village_clerk, path.name, path.read_bytes(), dry_run=True)
    (error,) = preview.row_errors()
    assert error["row"] == 5
    assert f"本单位的“{item}”正在审核中（已提交），不能修改" in error["message"]
    report = import_file(village, village_clerk, path.name, path.read_bytes())
    assert report.counts()["errors"] == 1 and report.counts()["unchanged"] == 28
    item.refresh_from_db()
    assert item.time_limit_text != "决议公开不少于7个工作日" and item.status == "submitted"
