"""A published power list's row kept as written (examples/SOURCES.md, row P-1 of 明光市明南街道):
entered through the officials' form, shown on the public item page with every value as the
list wrote it and nothing the list does not say; the catalog in the list's own order; named
lists such as a 负面清单 shown under their names."""

from __future__ import annotations

import importlib
import io
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.urls import reverse
from openpyxl import Workbook

from powers.models import LegalBasis, ListType, PowerItem, RoleAssignment, Unit
from tests.factories import PowerItemFactory, UnitFactory, grant

from .test_lifecycle import act, public_url

# Row P-1 of examples/SOURCES.md, cell by cell (序号 | 权力类型 | 项目编码 | 项目名称 | 子项 |
# 实施依据 | 责任事项 | 追责情形); 项目编码 and 子项 are empty in the source.
P1_POSITION = "1"
P1_TYPE = "行政确认"
P1_NAME = "独生子女父母光荣证核发与注销"
P1_DOCUMENT = "《安徽省人口与计划生育条例》"
P1_ARTICLE = "第三十九条"
P1_ARTICLE_TEXT = (
    "在国家提倡一对夫妻生育一个子女期间,自愿终身只生育一个子女的夫妻,"
    "可以向户籍所在地的乡(镇)人民政府或者街道办事处申请,免费领取独生子女父母光荣证 "
    "第四十九条已经领取独生子女父母光荣证的夫妻,依法生育第二个子女的,注销其独生子女父母光荣证,停止其享受本条例规定的相关奖励优待。"
)
P1_DUTIES = {
    "accept": (
        "1、受理阶段责任:公示依法应当提交的材料;一次性告知补正材料;"
        "依法决定是否受理(不予受理的应当告知理由);"
    ),
    "review": (
        "2、审查和决定阶段责任:按照即办件程序,对依法应当提交的材料进行审核;提出审核意见,"
        "直接作出行政确认或者不予确认决定(不予认定的应当告知理由);"
    ),
    "deliver": "3、送达阶段责任:发放独生子女父母光荣证,信息公开;",
    "supervise": "4、事后监管责任:加强监管、防止弄虚作假;",
    "other": "5、其他法律法规政策规定应履行的责任。",
}
P1_ACCOUNTABILITY = (
    "因不履行或不正确履行行政职责,有下列情形的,行政机关及相关工作人员应承担相应责任:"
)
P1_CASES = [
    "1、对符合条件不予受理或不应该受理而受理造成不良后果的;",
    "2、没有严格按照工作规程组织鉴定,违反公开、透明、公正的原则,未能真实反映情况的;",
    "3、收受贿赂或向当事人索取财物的;",
    "4、办理人员弄虚作假、徇私舞弊、提供不实材料,导致不正确鉴定结论的;",
    "5、其他违反法律法规规章文件规定的行为。",
]
# The row has no 项目编码: the portal's own code names the page, and is the one value the
# official adds.
P1_CODE = "MN-001"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def item_form(unit: Unit, **fields) -> dict:
    """What the officials' item form posts: every field empty but the ones given."""
    data = {
        "code": "",
        "name": "",
        "category": "",
        "origin": "statutory",
        "version": "",
        "bases-TOTAL_FORMS": 0,
        "bases-INITIAL_FORMS": 0,
        "bases-MIN_NUM_FORMS": 0,
        "bases-MAX_NUM_FORMS": 1000,
    }
    data.update(fields)
    return data


def publish(client, demo, item: PowerItem) -> None:
    act(client, demo.clerk, item, "submit")
    act(client, demo.head, item, "confirm")
    act(client, demo.reviewer, item, "approve")
    client.logout()
    item.refresh_from_db()
    assert item.is_public


def text_of(html: str) -> str:
    return re.sub(r"\s+", "", re.sub(r"<[^>]+>", "", html))


@pytest.mark.django_db
def test_a_published_row_is_kept_and_shown_as_written(client, demo):
    category = demo.township.categories.get(name=P1_TYPE)
    client.force_login(demo.clerk)
    data = item_form(
        demo.unit,
        position=P1_POSITION,
        code=P1_CODE,
        name=P1_NAME,
        category=category.pk,
        accountability=P1_ACCOUNTABILITY,
        accountability_cases_text="\n".join(P1_CASES),
        **{f"responsibility_{stage}": text for stage, text in P1_DUTIES.items()},
        **{
            "bases-TOTAL_FORMS": 1,
            "bases-0-document": P1_DOCUMENT,
            "bases-0-article": P1_ARTICLE,
            "bases-0-text": P1_ARTICLE_TEXT,
        },
    )
    response = client.post(reverse("powers:item_create", args=[demo.unit.pk]), data)
    assert response.status_code == 302, response.content.decode()
    item = PowerItem.objects.get(unit=demo.unit, code=P1_CODE)
    assert (item.position, item.name, item.power_kind, item.responsible_body) == (
        P1_POSITION,
        P1_NAME,
        "",
        "",
    )
    assert (item.time_limit_text, item.time_limit_days, item.time_limit_immediate) == (
        "",
        None,
        False,
    )
    basis = LegalBasis.objects.get(item=item)
    assert (basis.document, basis.version, basis.article, basis.text, basis.rank) == (
        P1_DOCUMENT,
        "",
        P1_ARTICLE,
        P1_ARTICLE_TEXT,
        "",
    )

    official = client.get(reverse("powers:item_detail", args=[item.pk])).content.decode()
    assert "权力性质" not in official and "实施主体" not in official

    publish(client, demo, item)
    page = client.get(public_url(item)).content.decode()
    text = text_of(page)
    for value in (
        P1_POSITION,
        P1_TYPE,
        P1_NAME,
        P1_DOCUMENT + P1_ARTICLE,
        P1_ARTICLE_TEXT,
        P1_ACCOUNTABILITY,
        *P1_DUTIES.values(),
        *P1_CASES,
    ):
        assert "".join(value.split()) in text, value
    # Nothing the row does not say: no kind of power, body, time limit, rank or placeholder.
    for label in ("决策权", "执行权", "监督权", "实施主体", "办理时限", "—", "法律</span>"):
        assert label not in page, label
    assert 'class="tag"' not in page.split("行使依据")[1].split("</ol>")[0]  # no rank tag


@pytest.mark.django_db
def test_a_responsible_body_and_a_written_time_limit_show_on_both_item_pages(client, demo):
    item = PowerItemFactory(
        unit=demo.unit,
        responsible_body="村民委员会",
        time_limit_text="法定20个工作日，承诺10个工作日",
    )
    client.force_login(demo.clerk)
    official = client.get(reverse("powers:item_detail", args=[item.pk])).content.decode()
    assert "实施主体" in official and "村民委员会" in official
    assert "法定20个工作日，承诺10个工作日" in official
    assert "法定 20 天" in official  # what the portal read from it, for the official to check
    publish(client, demo, item)
    page = client.get(public_url(item)).content.decode()
    assert "<dt>实施主体</dt><dd>村民委员会</dd>" in page
    assert "法定20个工作日，承诺10个工作日" in page
    assert "法定 20 天" not in page  # the public reads the text as written
    api = client.get(reverse("api:power-items-detail", args=[item.pk])).json()
    assert api["time_limit"] == "法定20个工作日，承诺10个工作日"
    assert api["time_limit_detail"]["statutory_days"] == 20
    assert api["time_limit_detail"]["days"] == 10
    assert api["responsible_body"] == "村民委员会"


@pytest.mark.django_db
def test_an_item_without_a_power_kind_shows_none(client, demo):
    item = PowerItemFactory(unit=demo.unit, power_kind="", name="无性质事项")
    client.force_login(demo.clerk)
    catalog = client.get(reverse("powers:unit_catalog", args=[demo.unit.pk])).content.decode()
    row = catalog.split("无性质事项")[1].split("</tr>")[0]
    assert not any(kind in row for kind in ("决策权", "执行权", "监督权", "—"))
    publish(client, demo, item)
    page = client.get(public_url(item)).content.decode()
    assert "权力性质" not in page and " ·  · " not in text_of(page)
    muted = page.split('<p class="muted">')[1].split("</p>")[0]
    assert "· ·" not in " ".join(muted.split())
    api = client.get(reverse("api:power-items-detail", args=[item.pk])).json()
    assert api["power_kind"] == ""


@pytest.mark.django_db
def test_the_form_accepts_an_item_without_a_power_kind(client, demo):
    category = demo.township.categories.get(name="便民服务")
    client.force_login(demo.clerk)
    data = item_form(demo.unit, code="NK-1", name="无性质", category=category.pk)
    response = client.post(reverse("powers:item_create", args=[demo.unit.pk]), data)
    assert response.status_code == 302
    assert PowerItem.objects.get(unit=demo.unit, code="NK-1").power_kind == ""


@pytest.mark.django_db
def test_new_items_go_last_and_editing_keeps_their_place(client, demo):
    last = max(demo.unit.power_items.values_list("sort_order", flat=True))
    category = demo.township.categories.get(name="便民服务")
    client.force_login(demo.clerk)
    url = reverse("powers:item_create", args=[demo.unit.pk])
    for code in ("AA-2", "AA-1"):
        data = item_form(demo.unit, code=code, name=f"事项{code}", category=category.pk)
        assert client.post(url, data).status_code == 302
    second, first = (PowerItem.objects.get(unit=demo.unit, code=c) for c in ("AA-2", "AA-1"))
    assert (second.sort_order, first.sort_order) == (last + 1, last + 2)

    edit = item_form(
        demo.unit,
        code="AA-2",
        name="事项AA-2（改）",
        category=category.pk,
        version=second.version,
    )
    assert client.post(reverse("powers:item_edit", args=[second.pk]), edit).status_code == 302
    second.refresh_from_db()
    assert (second.name, second.sort_order) == ("事项AA-2（改）", last + 1)

    # The officials' catalog follows the list's order, not the codes'.
    catalog = client.get(reverse("powers:unit_catalog", args=[demo.unit.pk])).content.decode()
    body = catalog.split("<tbody>")[1]
    assert body.index("事项AA-2（改）") < body.index("事项AA-1")
    # A place written in the form moves the item.
    edit.update(name="事项AA-2", sort_order=1, version=second.version)
    assert client.post(reverse("powers:item_edit", args=[second.pk]), edit).status_code == 302
    catalog = client.get(reverse("powers:unit_catalog", args=[demo.unit.pk])).content.decode()
    body = catalog.split("<tbody>")[1]
    assert (
        body.index("村级重大事项决策") < body.index("事项AA-2") < body.index("村级工程项目招投标")
    )


@pytest.mark.django_db
def test_the_catalog_lists_sub_items_under_their_parent_in_the_lists_order(client, demo):
    items = list(demo.unit.power_items.in_catalog_order())
    parents = {item.pk: item for item in items if item.parent_id is None}
    current_parent = None
    for item in items:
        if item.parent_id is None:
            current_parent = item.pk
        else:
            assert item.parent_id == current_parent, item.code
    power_list = [item for item in items if item.list_type_id is None and item.pk in parents]
    assert [i.sort_order for i in power_list] == sorted(i.sort_order for i in power_list)
    # The demo village numbers its list as written: 1, 2, … with sub-items 5.1, 5.2.
    positions = [item.position for item in items if item.list_type_id is None]
    assert positions[:7] == ["1", "2", "3", "4", "5", "5.1", "5.2"]


@pytest.mark.django_db
def test_a_negative_lists_items_show_under_its_name(client, demo):
    negative = ListType.objects.get(township=demo.township, name="村级证明事项负面清单")
    assert negative.kind == ListType.Kind.NEGATIVE
    item = PowerItem.objects.get(unit=demo.unit, list_type=negative)
    assert (item.name, item.power_kind, item.is_public) == ("亲属关系证明", "", True)

    client.force_login(demo.clerk)
    catalog = client.get(reverse("powers:unit_catalog", args=[demo.unit.pk])).content.decode()
    body = catalog.split("<tbody>")[1]
    heading = body.index("村级证明事项负面清单")
    assert heading < body.index("亲属关系证明")
    assert body.index("村级重大事项决策") < heading  # the power list comes first
    detail = client.get(reverse("powers:item_detail", args=[item.pk])).content.decode()
    assert "<dt>所属清单</dt><dd>村级证明事项负面清单</dd>" in detail
    # The filter picks one list.
    only = client.get(
        reverse("powers:unit_catalog", args=[demo.unit.pk]), {"list_type": negative.pk}
    ).content.decode()
    assert "亲属关系证明" in only and "村级重大事项决策" not in only


@pytest.mark.django_db
def test_a_sub_item_stays_in_its_parents_list(demo):
    negative = ListType.objects.get(township=demo.township, name="村级证明事项负面清单")
    parent = PowerItem.objects.get(unit=demo.unit, list_type=negative)
    sub = PowerItem(
        unit=demo.unit,
        parent=parent,
        code="FM-01-1",
        name="亲属关系证明（子项）",
        category=parent.category,
        list_type=None,
    )
    with pytest.raises(ValidationError) as refused:
        sub.full_clean()
    assert refused.value.message_dict["list_type"] == [
        "子项与上级事项在同一清单中：上级事项“亲属关系证明”在“村级证明事项负面清单”。"
    ]
    sub.list_type = negative
    sub.full_clean()
    sub.save()
    # Nor does the parent move to another list without its sub-items.
    parent.list_type = None
    with pytest.raises(ValidationError) as refused:
        parent.full_clean()
    assert "子项“亲属关系证明（子项）”在“村级证明事项负面清单”中" in str(refused.value)


@pytest.mark.django_db
def test_the_demo_shows_the_real_lists_shapes(demo):
    items = PowerItem.objects.filter(unit__township=demo.township)
    assert items.filter(time_limit_text="即办", time_limit_immediate=True).exists()
    written = items.filter(time_limit_text="法定20个工作日，承诺10个工作日", is_public=True).get()
    assert (written.time_limit_statutory_days, written.time_limit_days) == (20, 10)
    assert items.exclude(responsible_body="").filter(is_public=True).exists()
    assert items.filter(power_kind="", list_type__isnull=True, is_public=True).exists()


def test_units_can_be_the_township_government_and_its_offices():
    assert Unit.Kind.TOWNSHIP_GOVERNMENT.label == "乡镇人民政府"
    assert Unit.Kind.OFFICE.label == "乡镇内设机构"
    assert Unit(kind=Unit.Kind.TOWNSHIP_GOVERNMENT).is_village is False


@pytest.mark.django_db
def test_the_migration_numbers_existing_items_in_their_codes_order(demo):
    migration = importlib.import_module("powers.migrations.0006_real_power_lists")
    PowerItem.objects.filter(unit=demo.unit).update(sort_order=None)
    # Items approved by the earlier release: their snapshots carry no order.
    published = [item for item in PowerItem.objects.filter(unit=demo.unit) if item.published_data]
    assert published
    for item in published:
        snapshot = {k: v for k, v in item.published_data.items() if k != "sort_order"}
        PowerItem.objects.filter(pk=item.pk).update(published_data=snapshot)
    migration.number_items(apps, None)
    codes = list(
        PowerItem.objects.filter(unit=demo.unit)
        .order_by("sort_order")
        .values_list("code", flat=True)
    )
    assert codes == sorted(codes)
    assert list(
        PowerItem.objects.filter(unit=demo.unit)
        .order_by("sort_order")
        .values_list("sort_order", flat=True)
    ) == list(range(1, len(codes) + 1))
    # The approved snapshots got the same number: the public order is the catalog's.
    for item in published:
        item.refresh_from_db()
        assert item.published_data["sort_order"] == item.sort_order


def import_catalog(unit: Unit, user, name: str, data: bytes):
    from exchange.kinds import get_kind
    from exchange.services import run

    return run(get_kind("catalog"), unit, user=user, name=name, data=data, dry_run=False)


def untyped_village(demo) -> Unit:
    """A fresh village of the demo township, its lists imported from files that state no
    power type for some rows: the 负面清单 of examples/ (no 权力类型 at all) and a small power
    list whose second row leaves its 权力类型 empty."""
    village = UnitFactory(township=demo.township, code="wlx", name="无类型村", kind="village")
    grant(demo.clerk, RoleAssignment.Role.CLERK, village)
    grant(demo.head, RoleAssignment.Role.UNIT_HEAD, village)
    negative = (EXAMPLES / "certificate-negative-list.docx").read_bytes()
    report = import_catalog(village, demo.clerk, "负面清单.docx", negative)
    assert report.counts()["added"] == 20
    book = Workbook()
    book.active.append(["序号", "权力类型", "项目名称", "实施主体"])
    book.active.append(["1", P1_TYPE, "村级集体经济项目立项", "村民委员会"])
    book.active.append(["2", "", "村民建房申请初审", "村民委员会"])
    buffer = io.BytesIO()
    book.save(buffer)
    report = import_catalog(village, demo.clerk, "小微权力清单.xlsx", buffer.getvalue())
    assert report.counts()["added"] == 2
    assert all(not row["warnings"] for row in report.rows)  # nothing to say of a type unstated
    return village


@pytest.mark.django_db
def test_a_list_that_states_no_type_is_shown_without_one(client, demo):
    village = untyped_village(demo)
    typed = PowerItem.objects.get(unit=village, name="村级集体经济项目立项")
    untyped = PowerItem.objects.get(unit=village, name="村民建房申请初审")
    negative = PowerItem.objects.get(unit=village, name="亲属关系证明")
    assert typed.category.name == P1_TYPE
    assert untyped.category is None
    assert list(PowerItem.objects.filter(unit=village, category__isnull=False)) == [typed]
    # The officials read no category where none was stated.
    client.force_login(demo.clerk)
    detail = client.get(reverse("powers:item_detail", args=[negative.pk])).content.decode()
    assert "<dt>所属清单</dt>" in detail and "<dt>权力类别</dt>" not in detail
    catalog = client.get(reverse("powers:unit_catalog", args=[village.pk])).content.decode()
    row = catalog.split("村民建房申请初审")[1].split("</tr>")[0]
    assert "None" not in row and "其他" not in row
    for item in (typed, untyped, negative):
        publish(client, demo, item)

    unit_page = client.get(
        reverse("public:unit_page", args=[demo.township.code, village.code])
    ).content.decode()
    catalog = unit_page.split('id="tab-panel"')[1].split("</section>\n</section>")[0]
    headings = [text_of(h) for h in re.findall(r"<h3[^>]*>(.*?)</h3>", catalog)]
    # The stated category first, the power list's item of none after it under the list's own
    # name, then the negative list under its name: no category is made up.
    assert headings == [f"{P1_TYPE}（1）", "权力清单（1）", "村级证明事项负面清单（1）"]
    assert catalog.index("村级集体经济项目立项") < catalog.index("村民建房申请初审")
    assert "其他" not in catalog and "None" not in catalog

    for item, line in (
        (untyped, "发布于"),
        (negative, "村级证明事项负面清单·发布于"),
        (typed, f"{P1_TYPE}·发布于"),
    ):
        page = client.get(public_url(item)).content.decode()
        muted = text_of(page.split('<p class="muted">')[1].split("</p>")[0])
        assert muted.startswith(line), (item.name, muted)
        assert "None" not in page

    kiosk = client.get(
        reverse("public:kiosk", args=[demo.township.code, village.code])
    ).content.decode()
    lines = re.findall(r'<span class="kiosk-meta">(.*?)</span>', kiosk)
    assert lines == [P1_TYPE, "", "村级证明事项负面清单"]


@pytest.mark.django_db
def test_the_form_saves_an_item_without_a_category(client, demo):
    client.force_login(demo.clerk)
    data = item_form(demo.unit, code="NC-1", name="无类别事项")
    response = client.post(reverse("powers:item_create", args=[demo.unit.pk]), data)
    assert response.status_code == 302, response.content.decode()
    item = PowerItem.objects.get(unit=demo.unit, code="NC-1")
    assert item.category is None
    detail = client.get(response.url).content.decode()
    assert "无类别事项" in detail and "权力类别" not in detail
    # The catalog's filter picks the items of no category.
    catalog = reverse("powers:unit_catalog", args=[demo.unit.pk])
    page = client.get(catalog, {"category": "null"}).content.decode()
    assert "未写明类别" in page
    body = page.split("<tbody>")[1]
    assert "无类别事项" in body and "村级重大事项决策" not in body
    # Choosing one later files it there.
    category = demo.township.categories.get(name="便民服务")
    edit = item_form(
        demo.unit, code="NC-1", name="无类别事项", category=category.pk, version=item.version
    )
    assert client.post(reverse("powers:item_edit", args=[item.pk]), edit).status_code == 302
    item.refresh_from_db()
    assert item.category == category
