"""The officials' disclosure editor: the list, the form, the lifecycle and the history.

Also the helpers the other disclosure tests build their records with.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from django.urls import reverse
from PIL import Image

from disclosures.models import Audience, Channel, Disclosure, DisclosureObligation
from disclosures.publishing import approve
from powers.lifecycle import Status, apply_transition, save_edit
from powers.models import PowerItem, RoleAssignment
from powers.permissions import unit_perms
from tests.factories import PowerItemFactory, UnitFactory, grant

TABLE = (
    "<table><thead><tr><th>项目</th><th>金额（元）</th></tr></thead>"
    "<tbody><tr><td>道路硬化</td><td>85,000</td></tr>"
    '<tr><td colspan="2">合计：85,000</td></tr></tbody></table>'
)


def make_disclosure(unit, user, **fields) -> Disclosure:
    """A draft disclosure saved as a clerk saves one."""
    values = {
        "title": "2026年第一季度村级财务收支公开",
        "category": Disclosure.Category.FINANCE,
        "body": f"<p>本季度收支情况如下。</p>{TABLE}",
        "audience": Audience.SOCIETY,
    }
    values.update(fields)
    disclosure = Disclosure(unit=unit, **values)
    save_edit(disclosure, user=user, expected_version=None)
    return disclosure


def publish(disclosure: Disclosure, demo) -> bool:
    """Submit, confirm and approve, as the demo's clerk, head and reviewer would."""
    unit = disclosure.unit
    apply_transition(disclosure, "submit", user=demo.clerk, perms=unit_perms(demo.clerk, unit))
    apply_transition(disclosure, "confirm", user=demo.head, perms=unit_perms(demo.head, unit))
    return approve(disclosure, user=demo.reviewer, perms=unit_perms(demo.reviewer, unit))


def png_bytes(size: tuple[int, int] = (8, 8), colour: str = "#c62828") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


def pdf_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), "white").save(buffer, format="PDF")
    return buffer.getvalue()


def form_data(disclosure: Disclosure, **changes) -> dict:
    data = {
        "title": disclosure.title,
        "category": disclosure.category,
        "audience": disclosure.audience,
        "body": disclosure.body,
        "objection_contact": disclosure.objection_contact,
        "version": disclosure.version,
    }
    if disclosure.pk:
        data["channels"] = list(disclosure.channels.values_list("pk", flat=True))
        data["related_items"] = list(disclosure.related_items.values_list("pk", flat=True))
    data.update(changes)
    return data


@pytest.mark.django_db
def test_a_clerk_writes_a_disclosure_with_channels_items_and_a_publicity_period(client, demo):
    client.force_login(demo.clerk)
    item = PowerItem.objects.filter(unit=demo.unit).first()
    channels = list(Channel.objects.filter(code__in=["bulletin_board", "website"]))
    template = Disclosure(unit=demo.unit, title="关于道路硬化项目的公示", category="project")
    response = client.post(
        reverse("disclosures:official_create", args=[demo.unit.pk]),
        form_data(
            template,
            body=f"<h2>项目概况</h2><p>全长 1.2 公里。</p>{TABLE}",
            channels=[c.pk for c in channels],
            related_items=[item.pk],
            publicity_start="2026-03-01",
            publicity_end="2026-03-07",
            objection_contact="村监委会 0571-1234567",
        ),
    )
    disclosure = Disclosure.objects.get(unit=demo.unit, title="关于道路硬化项目的公示")
    assert response.status_code == 302
    assert response["Location"] == disclosure.get_absolute_url()
    assert set(disclosure.channels.all()) == set(channels)
    assert list(disclosure.related_items.all()) == [item]
    assert disclosure.publicity_start == date(2026, 3, 1)
    assert disclosure.status == Status.DRAFT
    assert disclosure.history.first().history_user == demo.clerk
    page = client.get(disclosure.get_absolute_url()).content.decode()
    assert "<td>道路硬化</td>" in page
    assert "提交审核" in page


@pytest.mark.django_db
def test_a_publicity_period_needs_both_dates_an_order_and_an_objection_contact(client, demo):
    client.force_login(demo.clerk)
    url = reverse("disclosures:official_create", args=[demo.unit.pk])
    template = Disclosure(unit=demo.unit, title="任前公示", category="appointment", body="<p>x</p>")
    page = client.post(url, form_data(template, publicity_start="2026-03-01")).content.decode()
    assert "公示期须同时填写开始和结束日期。" in page
    page = client.post(
        url, form_data(template, publicity_start="2026-03-07", publicity_end="2026-03-01")
    ).content.decode()
    assert "公示结束日期不能早于开始日期。" in page
    assert "设公示期的，请填写异议受理方式。" in page
    assert not Disclosure.objects.filter(title="任前公示").exists()


def obligation(unit, matter: str) -> DisclosureObligation:
    return DisclosureObligation.objects.create(
        unit=unit,
        domain="村务公开",
        matter=matter,
        content_elements="收入、支出、结余",
        frequency=DisclosureObligation.Frequency.QUARTERLY,
        level=DisclosureObligation.Level.VILLAGE,
        category=Disclosure.Category.FINANCE,
    )


@pytest.mark.django_db
def test_only_the_units_own_items_and_catalog_entries_can_be_linked(client, demo):
    client.force_login(demo.clerk)
    url = reverse("disclosures:official_create", args=[demo.unit.pk])
    foreign_item = PowerItemFactory(unit=demo.other_unit, code="OTHER-1", name="邻村的事项")
    foreign_entry = obligation(demo.other_unit, "邻村的财务公开")
    own_entry = obligation(demo.unit, "本村财务公开")
    template = Disclosure(unit=demo.unit, title="越权关联", category="other", body="<p>x</p>")
    response = client.post(
        url, form_data(template, related_items=[foreign_item.pk], obligation=foreign_entry.pk)
    )
    assert response.status_code == 200
    assert response.context["form"].has_error("related_items", code="invalid_choice")
    assert response.context["form"].has_error("obligation", code="invalid_choice")
    assert not Disclosure.objects.filter(title="越权关联").exists()
    form_page = client.get(url).content.decode()
    assert "邻村的事项" not in form_page
    assert "邻村的财务公开" not in form_page
    assert "本村财务公开" in form_page
    client.post(url, form_data(template, obligation=own_entry.pk))
    assert Disclosure.objects.get(title="越权关联").obligation == own_entry


@pytest.mark.django_db
def test_an_edit_after_approval_needs_a_reason_and_keeps_the_public_version(
    client, demo, django_capture_on_commit_callbacks
):
    disclosure = make_disclosure(demo.unit, demo.clerk)
    with django_capture_on_commit_callbacks(execute=True):
        publish(disclosure, demo)
    client.force_login(demo.clerk)
    url = reverse("disclosures:official_edit", args=[disclosure.pk])
    page = client.post(url, form_data(disclosure, title="改过的标题")).content.decode()
    assert "该记录已审核通过，修改时必须填写修改原因。" in page
    response = client.post(
        url, form_data(disclosure, title="改过的标题", change_reason="更正标题中的季度")
    )
    assert response.status_code == 302
    disclosure.refresh_from_db()
    assert disclosure.status == Status.DRAFT
    assert disclosure.is_public
    assert disclosure.published_data["title"] == "2026年第一季度村级财务收支公开"
    assert disclosure.history.first().history_change_reason == "更正标题中的季度"
    public = client.get(
        reverse(
            "public:disclosure_page",
            args=[demo.township.code, demo.unit.code, disclosure.pk],
        )
    ).content.decode()
    assert "2026年第一季度村级财务收支公开" in public
    assert "改过的标题" not in public


@pytest.mark.django_db
def test_a_stale_edit_is_refused_and_keeps_what_was_typed(client, demo):
    disclosure = make_disclosure(demo.unit, demo.clerk)
    stale = form_data(disclosure, title="我的修改")
    disclosure.title = "别人先改了"
    save_edit(disclosure, user=demo.clerk, expected_version=disclosure.version)
    client.force_login(demo.clerk)
    page = client.post(reverse("disclosures:official_edit", args=[disclosure.pk]), stale)
    text = page.content.decode()
    assert "保存未成功：在您编辑期间" in text
    assert 'value="我的修改"' in text
    disclosure.refresh_from_db()
    assert disclosure.title == "别人先改了"


@pytest.mark.django_db
def test_a_disclosure_in_review_cannot_be_edited(client, demo):
    disclosure = make_disclosure(demo.unit, demo.clerk)
    apply_transition(disclosure, "submit", user=demo.clerk, perms=unit_perms(demo.clerk, demo.unit))
    client.force_login(demo.clerk)
    response = client.post(
        reverse("disclosures:official_edit", args=[disclosure.pk]),
        form_data(disclosure, title="审核中偷改"),
        follow=True,
    )
    assert "正在审核中" in response.content.decode()
    disclosure.refresh_from_db()
    assert disclosure.title != "审核中偷改"


@pytest.mark.django_db
def test_the_history_page_shows_who_changed_what_and_why(client, demo):
    disclosure = make_disclosure(demo.unit, demo.clerk)
    publish(disclosure, demo)
    client.force_login(demo.discipline)
    page = client.get(reverse("disclosures:official_history", args=[disclosure.pk]))
    text = page.content.decode()
    assert page.status_code == 200
    assert "审核通过并发布" in text
    assert demo.reviewer.first_name in text or demo.reviewer.username in text


@pytest.mark.django_db
def test_the_list_filters_and_its_query_count_does_not_grow(
    client, demo, django_assert_num_queries
):
    # A fresh village of the township, with none of the demo's disclosures, kept by the clerk.
    unit = UnitFactory(township=demo.township)
    grant(demo.clerk, RoleAssignment.Role.CLERK, unit)
    client.force_login(demo.clerk)
    url = reverse("disclosures:official_list", args=[unit.pk])
    make_disclosure(unit, demo.clerk, title="人事任免公示", category="appointment")
    make_disclosure(unit, demo.clerk, title="党内表彰决定", audience=Audience.PARTY)
    client.get(url)  # warm the session and the user's grants
    with django_assert_num_queries(7) as few:
        client.get(url)
    for n in range(8):
        disclosure = make_disclosure(unit, demo.clerk, title=f"财务公开 {n}")
        disclosure.channels.set(Channel.objects.all()[:2])
    # session, user, the user's unit grants, township grants, the unit, the disclosures,
    # their channels (one prefetch)
    with django_assert_num_queries(len(few.captured_queries)):
        page = client.get(url).content.decode()
    assert "财务公开 7" in page
    filtered = client.get(url, {"category": "appointment"}).content.decode()
    assert "人事任免公示" in filtered
    assert "财务公开 7" not in filtered
    by_audience = client.get(url, {"audience": "party"}).content.decode()
    assert "党内表彰决定" in by_audience
    assert "人事任免公示" not in by_audience
    by_status = client.get(url, {"status": "published"}).content.decode()
    assert "没有符合条件的公开事项。" in by_status


@pytest.mark.django_db
def test_the_catalog_page_links_to_the_units_disclosures(client, demo):
    client.force_login(demo.clerk)
    page = client.get(reverse("powers:unit_catalog", args=[demo.unit.pk])).content.decode()
    assert reverse("disclosures:official_list", args=[demo.unit.pk]) in page
    assert "公开事项" in page
