"""Importing a disclosure catalog (公开目录) as villages publish it."""

from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from disclosures.models import DisclosureObligation
from exchange.export import export_workbook
from exchange.kinds import get_kind
from exchange.services import run

from .conftest import EXAMPLES, example

KIND = "disclosure-catalog"


def import_file(unit, user, name: str, data: bytes, dry_run: bool = False):
    return run(get_kind(KIND), unit, user=user, name=name, data=data, dry_run=dry_run)


def history_rows(unit) -> int:
    return DisclosureObligation.history.filter(unit_id=unit.pk).count()


def test_it_imports_the_village_catalog_with_merged_domains(village, village_clerk):
    report = import_file(
        village, village_clerk, "目录.xlsx", example("village-disclosure-catalog.xlsx")
    )
    assert report.counts() == {"rows": 18, "added": 18, "updated": 0, "unchanged": 0, "errors": 0}
    rows = list(
        load_workbook(EXAMPLES / "village-disclosure-catalog.xlsx").active.iter_rows(
            min_row=3, max_row=20, values_only=True
        )
    )
    domain = basis = None
    words = {"村级": "village", "镇级": "township"}
    for number, row_domain, matter, content, row_basis, timing, body, _channels, levels in rows:
        domain = row_domain or domain  # merged down: the top cell holds the value
        if row_domain:
            basis = row_basis
        basis = row_basis or basis
        obligation = DisclosureObligation.objects.get(unit=village, position=str(number))
        assert obligation.domain == domain
        assert obligation.matter == matter
        assert obligation.content_elements == content
        assert obligation.basis == (basis or "")
        assert obligation.frequency_text == timing
        assert obligation.discloser == body
        assert obligation.levels == [words[word] for word in levels.split("、")]
        assert obligation.history.first().history_change_reason == "导入：目录.xlsx"
    again = import_file(
        village, village_clerk, "目录.xlsx", example("village-disclosure-catalog.xlsx")
    )
    assert again.counts()["unchanged"] == 18


def test_it_reads_the_gb18030_csv_and_goes_round_the_loop(village, village_clerk):
    report = import_file(
        village, village_clerk, "目录.csv", example("disclosure-catalog-gb18030.csv")
    )
    assert report.counts()["added"] == 12
    text = (EXAMPLES / "disclosure-catalog-gb18030.csv").read_bytes().decode("gb18030")
    for number, kind, matter, content, timing, _form, _person in list(
        csv.reader(io.StringIO(text))
    )[1:]:
        obligation = DisclosureObligation.objects.get(unit=village, position=number)
        assert (obligation.domain, obligation.matter) == (kind, matter)
        assert (obligation.content_elements, obligation.frequency_text) == (content, timing)
    # 公开时间 gives the period due dates count from where the words say one, none elsewhere.
    by_text = {o.frequency_text: o for o in DisclosureObligation.objects.filter(unit=village)}
    assert by_text["每季度"].frequency == DisclosureObligation.Frequency.QUARTERLY
    assert by_text["每年1次"].frequency == DisclosureObligation.Frequency.YEARLY
    assert by_text["随时公开"].frequency == DisclosureObligation.Frequency.IMMEDIATELY
    for words in ("及时公开", "按上级要求", "每半年", "每年6月、12月", "申请公示5个工作日"):
        assert by_text[words].frequency == "", words
    # The unit has no post named in 责任人: said, not invented.
    assert "本单位没有“村党组织书记”岗位" in report.rows[0]["warnings"][0][1]
    before = history_rows(village)
    exported = export_workbook(get_kind(KIND), village)
    again = import_file(village, village_clerk, "导出.xlsx", exported)
    assert again.counts() == {"rows": 12, "added": 0, "updated": 0, "unchanged": 12, "errors": 0}
    assert history_rows(village) == before
