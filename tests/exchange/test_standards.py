"""Standard lists (标准清单): a township issues one, a village adopts it through the import's
preview, changes an item and adds its own, sees where it deviates; a new version is offered as
the rows that changed, and taking it keeps the village's own changes."""

from __future__ import annotations

from io import BytesIO

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from exchange.models import Adoption, ImportJob, StandardList
from powers.lifecycle import save_edit
from powers.models import PowerCategory, PowerItem
from tests.factories import TownshipFactory, UnitFactory

from .conftest import example

FILE = "village-small-powers.xlsx"


def second_version() -> bytes:
    """The example list re-issued: 14 (村级印章使用) gets a new time limit, and 19 gives its
    place to a new item 20."""
    book = load_workbook(BytesIO(example(FILE)))
    sheet = book.active
    rows = {str(row[0].value).strip(): row for row in sheet.iter_rows() if row[0].value}
    rows["14"][4].value = "即办；用印后登记备查"
    new = ["20", "村级档案查阅", "村民委员会", "《村民委员会组织法》第三十条", "3个工作日内"]
    for cell, value in zip(rows["19"], new + [None] * 10, strict=False):
        cell.value = value
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def issue(client, demo, name: str = "清溪乡村级小微权力清单（试行）"):
    client.force_login(demo.administrator)
    response = client.post(
        reverse("exchange:standard_new"),
        {
            "scope": f"township-{demo.township.pk}",
            "kind": "catalog",
            "name": name,
            "issuer": "清溪乡人民政府",
            "unit_kinds": ["village"],
            "file": SimpleUploadedFile(FILE, example(FILE)),
            "note": "首次发布",
        },
    )
    standard = StandardList.objects.get(name=name)
    assert response.status_code == 302 and response.url == standard.get_absolute_url()
    return standard


def adopt(client, standard, unit, user, capture) -> ImportJob:
    client.force_login(user)
    with capture(execute=True):
        response = client.post(reverse("exchange:standard_adopt", args=[standard.pk, unit.pk]))
    job = ImportJob.objects.filter(unit=unit, standard_version__standard=standard).latest("pk")
    assert response.url == reverse("exchange:job", args=[job.pk])
    assert job.status == "previewed"
    with capture(execute=True):
        client.post(reverse("exchange:job_confirm", args=[job.pk]))
    job.refresh_from_db()
    assert job.status == "done", job.message
    return job


def test_adopt_deviate_and_take_a_new_version(
    client, demo, village, village_clerk, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    standard = issue(client, demo)
    version = standard.latest
    assert (version.number, version.rows, version.file_name) == (1, 29, FILE)

    # The clerk sees the list and adopts it in one step, through the import's preview.
    client.force_login(village_clerk)
    index = client.get(reverse("exchange:standards"))
    assert "清溪乡村级小微权力清单（试行）" in index.text and "未采用" in index.text
    job = adopt(client, standard, village, village_clerk, capture)
    assert job.counts["added"] == 29 and job.counts["errors"] == 0
    assert Adoption.objects.get(unit=village, standard=standard).version == version
    items = PowerItem.objects.filter(unit=village)
    assert items.count() == 29 and set(items.values_list("status", flat=True)) == {"draft"}
    seal = items.get(name="村级印章使用")
    assert (
        seal.history.first().history_change_reason
        == "导入：清溪乡村级小微权力清单（试行）（第1版）.xlsx"
    )

    # As adopted, every row is the standard's, a record under review included.
    PowerItem.objects.filter(pk=seal.pk).update(status="submitted")
    page = client.get(reverse("exchange:standard_unit", args=[standard.pk, village.pk]))
    assert page.context["comparison"].columns == ["序号", "事项名称"]  # as the file heads them
    seal_row = next(r for r in page.context["comparison"].rows if r["record"] == seal.pk)
    assert seal_row["label_values"] == ["14", "村级印章使用"]
    assert seal_row["standing"] == "as_issued"
    PowerItem.objects.filter(pk=seal.pk).update(status="draft")
    counts = page.context["counts"]
    assert (counts["as_issued"], counts["deviates"], counts["missing"], counts["local"]) == (
        29,
        0,
        0,
        0,
    )

    # The village changes one item and adds one of its own.
    mediation = items.get(name="村民矛盾纠纷调解")
    mediation.time_limit_text = "一般纠纷即时调解；复杂纠纷10日内调结"
    save_edit(mediation, user=village_clerk, expected_version=mediation.version)
    PowerItem.objects.create(
        unit=village,
        code="LOCAL-1",
        name="村红白理事会事项",
        category=PowerCategory.objects.filter(township=demo.township).first(),
    )
    page = client.get(reverse("exchange:standard_unit", args=[standard.pk, village.pk]))
    counts = page.context["counts"]
    assert (counts["as_issued"], counts["deviates"], counts["local"]) == (28, 1, 1)
    deviating = next(
        row for row in page.context["comparison"].rows if row["standing"] == "deviates"
    )
    assert deviating["record"] == mediation.pk
    assert [change["column"] for change in deviating["changes"]] == ["办理时限"]
    assert "村红白理事会事项" in page.text

    # The township issues a second version: nothing changes in the village until it takes it.
    client.force_login(demo.administrator)
    response = client.post(
        standard.get_absolute_url(),
        {"file": SimpleUploadedFile(FILE, second_version()), "note": "第14项时限调整"},
    )
    assert response.status_code == 302
    assert standard.latest.number == 2
    assert Adoption.objects.get(unit=village, standard=standard).version.number == 1
    assert items.get(pk=seal.pk).time_limit_text == "即办"

    client.force_login(village_clerk)
    page = client.get(reverse("exchange:standard_unit", args=[standard.pk, village.pk]))
    changes = page.context["changes"]
    assert [row.values["position"] for row in changes.added] == ["20"]
    assert [new.values["position"] for _old, new in changes.changed] == ["14"]
    assert [row.values["name"] for row in changes.removed] == ["村干部述职述廉和民主评议"]
    assert "预览并采用第2版" in page.text

    job = adopt(client, standard, village, village_clerk, capture)
    assert job.only_rows is not None and len(job.only_rows) == 2
    assert (job.counts["rows"], job.counts["added"], job.counts["updated"]) == (2, 1, 1)
    assert Adoption.objects.get(unit=village, standard=standard).version.number == 2
    assert PowerItem.objects.get(pk=seal.pk).time_limit_text == "即办；用印后登记备查"
    # The village's own change to an item the standard left alone is kept; so is the dropped
    # item (the import never deletes).
    kept = PowerItem.objects.get(pk=mediation.pk).time_limit_text
    assert kept == "一般纠纷即时调解；复杂纠纷10日内调结"
    assert PowerItem.objects.filter(unit=village, name="村干部述职述廉和民主评议").exists()
    assert PowerItem.objects.filter(unit=village, name="村级档案查阅").exists()
    adoption_history = Adoption.objects.get(unit=village, standard=standard).history.all()
    assert [row.version.number for row in adoption_history] == [2, 1]


def test_issuing_refuses_the_same_file_and_non_administrators(client, demo, village, village_clerk):
    standard = issue(client, demo)
    response = client.post(
        standard.get_absolute_url(), {"file": SimpleUploadedFile(FILE, example(FILE))}
    )
    assert response.status_code == 200
    assert "这个文件与第1版相同，未发布新版本。" in response.text
    assert standard.versions.count() == 1

    client.force_login(village_clerk)
    assert client.get(reverse("exchange:standard_new")).status_code == 403
    response = client.post(
        standard.get_absolute_url(), {"file": SimpleUploadedFile(FILE, second_version())}
    )
    assert response.status_code == 403
    assert standard.versions.count() == 1


@pytest.mark.parametrize("who", ["foreign_clerk", "other_clerk"])
def test_who_may_see_and_adopt(client, demo, village, who):
    standard = issue(client, demo)
    client.force_login(getattr(demo, who))
    page = client.get(standard.get_absolute_url())
    unit_page = client.post(reverse("exchange:standard_adopt", args=[standard.pk, village.pk]))
    # Another township's clerk does not see the list; the same township's other village's
    # clerk reads it, and neither can adopt it for a village they cannot see.
    assert page.status_code == (404 if who == "foreign_clerk" else 200)
    assert unit_page.status_code == 404
    assert not ImportJob.objects.filter(unit=village).exists()


def test_a_list_for_villages_is_not_offered_to_a_school(client, demo):
    standard = issue(client, demo)
    school = demo.township.units.filter(kind="school").first()
    assert school is not None
    client.force_login(demo.admin)
    response = client.get(reverse("exchange:standard_unit", args=[standard.pk, school.pk]))
    assert response.status_code == 404


def test_the_demo_village_deviates_once_and_is_offered_the_second_version(client, demo):
    standard = StandardList.objects.get(township=demo.township, name="清溪乡村级小微权力清单")
    assert standard.latest.number == 2
    adoption = Adoption.objects.get(standard=standard, unit=demo.unit)
    assert adoption.version.number == 1
    client.force_login(demo.clerk)
    page = client.get(reverse("exchange:standard_unit", args=[standard.pk, demo.unit.pk]))
    counts = page.context["counts"]
    assert counts["deviates"] == 1 and counts["missing"] == 0 and counts["error"] == 0
    assert counts["as_issued"] == PowerItem.objects.filter(unit=demo.unit).count() - 1
    assert "预览并采用第2版" in page.text
    changes = page.context["changes"]
    assert len(changes.changed) == 1 and not changes.added and not changes.removed
    # Every officials' page of the unit says which list it follows and that a version waits.
    catalog = client.get(reverse("powers:unit_catalog", args=[demo.unit.pk]))
    assert "清溪乡村级小微权力清单" in catalog.text and "已采用第1版，第2版待采用" in catalog.text


def test_a_county_issues_a_list_for_the_units_of_all_its_townships(client, demo, village):
    county = demo.township.county
    neighbour = TownshipFactory(code="qs-t2", name="青山县另一乡", county=county)
    far_village = UnitFactory(
        township=neighbour, code="qs-t2-v1", name="另一乡某村", kind="village"
    )
    county_admin = User.objects.get(username="qs-county-admin")

    # A township's administrator may issue for the township, not for the county.
    client.force_login(demo.administrator)
    form = client.get(reverse("exchange:standard_new")).context["form"]
    assert [key for key, _label in form.fields["scope"].choices] == [f"township-{demo.township.pk}"]

    client.force_login(county_admin)
    response = client.post(
        reverse("exchange:standard_new"),
        {
            "scope": f"county-{county.pk}",
            "kind": "catalog",
            "name": "青山县村级小微权力清单",
            "unit_kinds": ["village"],
            "file": SimpleUploadedFile(FILE, example(FILE)),
        },
    )
    standard = StandardList.objects.get(name="青山县村级小微权力清单")
    assert response.url == standard.get_absolute_url()
    assert (standard.county, standard.township) == (county, None)
    assert standard.applies_to(village) and standard.applies_to(far_village)
    assert not standard.applies_to(demo.other_township_unit)  # a township of no county

    # Every village of the county sees it; a clerk of a township outside it does not.
    page = client.get(standard.get_absolute_url())
    listed = [entry["unit"] for entry in page.context["units"]]
    assert village in listed and far_village in listed
    client.force_login(demo.clerk)
    assert "青山县村级小微权力清单" in client.get(reverse("exchange:standards")).text
    client.force_login(demo.foreign_clerk)
    assert client.get(standard.get_absolute_url()).status_code == 404


@pytest.mark.parametrize(
    ("kind", "name", "rows"),
    [
        ("disclosure-catalog", "village-disclosure-catalog.xlsx", None),
        ("risks", "risk-ledger-graded.xlsx", None),
    ],
)
def test_a_disclosure_catalog_and_a_risk_checklist_are_adopted_the_same_way(
    client,
    demo,
    village,
    village_clerk,
    graded_villages,
    django_capture_on_commit_callbacks,
    kind,
    name,
    rows,
):
    client.force_login(demo.administrator)
    client.post(
        reverse("exchange:standard_new"),
        {
            "scope": f"township-{demo.township.pk}",
            "kind": kind,
            "name": f"标准{name}",
            "file": SimpleUploadedFile(name, example(name)),
        },
    )
    standard = StandardList.objects.get(name=f"标准{name}")
    job = adopt(client, standard, village, village_clerk, django_capture_on_commit_callbacks)
    assert job.counts["added"] == standard.latest.rows and job.counts["errors"] == 0
    page = client.get(reverse("exchange:standard_unit", args=[standard.pk, village.pk]))
    counts = page.context["counts"]
    assert counts["as_issued"] == standard.latest.rows
    assert counts["deviates"] == counts["missing"] == counts["local"] == 0


def test_the_list_of_standards_costs_the_same_queries_for_one_list_as_for_four(client, demo):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from exchange.standards import issue_version

    client.force_login(demo.clerk)
    counts = []
    for number in range(4):
        standard = StandardList.objects.create(
            township=demo.township, kind="catalog", name=f"查询测试清单{number}"
        )
        issue_version(standard, user=demo.administrator, name=FILE, data=example(FILE))
        if number in (0, 3):
            with CaptureQueriesContext(connection) as queries:
                page = client.get(reverse("exchange:standards"))
            assert "查询测试清单0" in page.text
            counts.append(len(queries))
    assert counts[0] == counts[1]
