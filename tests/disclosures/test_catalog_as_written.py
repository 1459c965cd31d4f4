"""The disclosure catalog (公开目录) as published catalogs write it (issue #15).

A row of 沂水县许家湖镇's 村(居)务公开事项目录清单 (examples/SOURCES.md, D-1) goes in through the
officials' form and comes out as written; domains and channels are each township's own; a
frequency in words without a structured period, or 及时公开, gets no due date; deadlines count
working days; every list keeps the published order.
"""

from __future__ import annotations

import importlib
from datetime import date, timedelta

import pytest
from django.apps import apps
from django.core.management.sql import emit_post_migrate_signal
from django.urls import reverse
from django.utils import timezone

from disclosures.catalog_forms import ObligationForm
from disclosures.catalog_tasks import warn_overdue
from disclosures.catalog_views import public_catalog
from disclosures.demo_data import VILLAGE_CATALOG
from disclosures.models import Audience, Channel, DisclosureDomain, DisclosureObligation
from disclosures.obligations import catalog_rows, next_due
from disclosures.sheets import disclosure_catalog_sheet
from powers.time_limits import add_days
from risks.models import Warning
from tests.disclosures.test_disclosure_editor import make_disclosure

Frequency = DisclosureObligation.Frequency
WORKING = DisclosureObligation.DayType.WORKING
CALENDAR = DisclosureObligation.DayType.CALENDAR

# D-1, as SOURCES.md quotes it (row 3; 领域 and 公开依据 merged down from above). The spaces
# inside "救灾救济款物分配 和物资管理" and "政务 公开" are the cells' line wraps, not the words.
D1_BASIS = (
    "1.《中华人民共和国村民委员会组织法》(中华人民共和国主席令第三十七号); "
    "2.安徽省民政厅《关于进一步深化村务公开民主管理工作的意见》(皖民基字〔2014〕169号)"
)
D1_CHANNELS = ["便民服务站", "入户/现场", "组员微信群", "村应急广播", "村/社区公开栏(电子屏)"]
D1_CONTENT = "政府拨付和接受社会捐赠的救灾救助资金、物资管理使用情况(可与财务公开类合并公开)"


def add_vocabulary(client, township, kind: str, name: str, order: int):
    url = reverse("disclosures:vocabulary_add", args=[township.pk, kind])
    return client.post(url, {f"{kind}-name": name, f"{kind}-order": order})


@pytest.mark.django_db
def test_a_row_of_a_published_catalog_is_stored_as_written(client, demo):
    township = demo.township
    # The township's administrator adds the channels its catalog names (政务公开 is one of the
    # domains every township starts with).
    client.force_login(demo.administrator)
    for order, name in enumerate(D1_CHANNELS, start=200):
        if not Channel.objects.filter(township=township, name=name).exists():
            assert add_vocabulary(client, township, "channel", name, order).status_code == 302
    domain = DisclosureDomain.objects.get(township=township, name="政务公开")
    channels = Channel.objects.filter(township=township, name__in=D1_CHANNELS)
    assert channels.count() == 5

    client.force_login(demo.clerk)
    response = client.post(
        reverse("disclosures:obligation_create", args=[demo.unit.pk]),
        {
            "position": "3",
            "sort_order": "30",
            "catalog_domain": domain.pk,
            "matter": "救灾救济款物分配和物资管理",
            "content_elements": D1_CONTENT,
            "basis": D1_BASIS,
            "frequency_text": "每季度",
            "frequency": Frequency.QUARTERLY,
            "discloser": "村/社区",
            "channels": [c.pk for c in channels],
            "audience": Audience.SOCIETY,
            "mode": DisclosureObligation.Mode.PROACTIVE,
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    row = DisclosureObligation.objects.get(unit=demo.unit, matter="救灾救济款物分配和物资管理")
    assert (row.position, row.domain_name, row.content_elements, row.basis) == (
        "3",
        "政务公开",
        D1_CONTENT,
        D1_BASIS,
    )
    assert (row.frequency_text, row.frequency, row.discloser) == ("每季度", "quarterly", "村/社区")
    assert sorted(c.name for c in row.channels.all()) == sorted(D1_CHANNELS)
    # What the row does not say stays empty: no level, deadline, post, category or date.
    assert row.levels == [] and row.level == ""
    assert (row.deadline_day, row.deadline_days, row.deadline_day_type) == (None, None, "")
    assert (row.sub_matter, row.deadline_rule, row.category) == ("", "", "")
    assert row.responsible_post is None and row.effective_from is None

    page = client.get(reverse("disclosures:catalog", args=[demo.unit.pk])).content.decode()
    shown = page[page.index(f'id="obligation-{row.pk}"') :]
    shown = shown[: shown.index("</tr>")]
    for text in ("<td>3</td>", "每季度", "村/社区", "组员微信群", "村/社区公开栏(电子屏)"):
        assert text in shown
    assert "村级" not in shown and "乡级" not in shown


@pytest.mark.django_db
def test_several_levels_show_as_the_townships_catalogs_write_them(client, demo):
    row = DisclosureObligation.objects.create(
        unit=demo.unit,
        matter="低保",
        content_elements="评议结果",
        levels=["township", "village"],
    )
    assert row.level == "township"  # the first column keeps the first level
    client.force_login(demo.clerk)
    url = reverse("disclosures:catalog", args=[demo.unit.pk])
    assert "乡级、村级" in client.get(url).content.decode()  # 清溪乡 is a 乡
    demo.township.name = "许家湖镇"
    demo.township.save()
    assert "镇级、村级" in client.get(url).content.decode()


@pytest.mark.django_db
def test_levels_are_chosen_on_the_form(client, demo):
    client.force_login(demo.clerk)
    response = client.post(
        reverse("disclosures:obligation_create", args=[demo.unit.pk]),
        {
            "matter": "困难群众救助",
            "content_elements": "救助对象、金额",
            "levels": ["township", "village"],
            "audience": Audience.SOCIETY,
            "mode": DisclosureObligation.Mode.PROACTIVE,
        },
    )
    assert response.status_code == 302
    row = DisclosureObligation.objects.get(unit=demo.unit, matter="困难群众救助")
    assert row.levels == ["township", "village"]


# Each township's domains and channels ----------------------------------------------------------


@pytest.mark.django_db
def test_a_new_township_starts_with_its_own_domains_and_channels(demo):
    other = demo.other_township_unit.township
    assert list(other.disclosure_domains.values_list("name", flat=True)) == [
        "党务公开",
        "政务公开",
        "村务公开",
        "财务公开",
    ]
    assert "村民微信群" in Channel.objects.filter(township=other).values_list("name", flat=True)


@pytest.mark.django_db
def test_another_townships_domains_and_channels_are_not_offered(client, demo):
    other = demo.other_township_unit.township
    foreign_domain = DisclosureDomain.objects.create(township=other, name="邻乡专有领域")
    foreign_channel = Channel.objects.create(township=other, name="邻乡专有载体")
    own_channel = Channel.objects.create(township=demo.township, name="清溪广播站")
    client.force_login(demo.clerk)
    url = reverse("disclosures:obligation_create", args=[demo.unit.pk])
    page = client.get(url).content.decode()
    assert "邻乡专有领域" not in page and "邻乡专有载体" not in page
    assert "清溪广播站" in page and "公开栏" in page  # its own and the shared ones
    response = client.post(
        url,
        {
            "catalog_domain": foreign_domain.pk,
            "channels": [foreign_channel.pk, own_channel.pk],
            "matter": "外乡领域",
            "content_elements": "—",
            "audience": Audience.SOCIETY,
            "mode": DisclosureObligation.Mode.PROACTIVE,
        },
    )
    assert set(response.context["form"].errors) == {"catalog_domain", "channels"}
    assert not DisclosureObligation.objects.filter(matter="外乡领域").exists()


@pytest.mark.django_db
def test_the_vocabulary_page_is_the_townships(client, demo):
    url = reverse("disclosures:vocabulary", args=[demo.township.pk])
    client.force_login(demo.foreign_clerk)
    assert client.get(url).status_code == 404
    client.force_login(demo.clerk)
    page = client.get(url)
    assert page.status_code == 200 and "村民微信群" in page.content.decode()
    assert not page.context["can_edit"]
    assert add_vocabulary(client, demo.township, "domain", "计划生育", 50).status_code == 403

    client.force_login(demo.administrator)
    assert add_vocabulary(client, demo.township, "domain", "计划生育", 50).status_code == 302
    domain = DisclosureDomain.objects.get(township=demo.township, name="计划生育")
    assert domain.history.get().history_user == demo.administrator
    twice = add_vocabulary(client, demo.township, "domain", "计划生育", 60)
    assert "本乡镇已有同名公开领域。" in twice.content.decode()
    edit = reverse("disclosures:vocabulary_edit", args=[demo.township.pk, "domain", domain.pk])
    client.post(
        edit, {"domain-name": "卫生健康", "domain-order": 50, "domain-change_reason": "更名"}
    )
    domain.refresh_from_db()
    assert domain.name == "卫生健康"
    assert domain.history.first().history_change_reason == "更名"
    # Another township's administrator reaches none of it.
    foreign = DisclosureDomain.objects.filter(township=demo.other_township_unit.township).first()
    other_edit = reverse(
        "disclosures:vocabulary_edit", args=[demo.township.pk, "domain", foreign.pk]
    )
    assert client.get(other_edit).status_code == 404


@pytest.mark.django_db
def test_the_admin_lists_only_the_administrators_township(client, demo):
    client.force_login(demo.administrator)
    other = demo.other_township_unit.township
    page = client.get(reverse("admin:disclosures_disclosuredomain_changelist"))
    assert page.status_code == 200
    shown = {domain.township_id for domain in page.context["cl"].result_list}
    assert shown == {demo.township.pk}
    channels = client.get(reverse("admin:disclosures_channel_changelist")).context["cl"]
    assert {channel.township_id for channel in channels.result_list} == {demo.township.pk}
    assert other.disclosure_domains.exists()


# Due dates -------------------------------------------------------------------------------------


def test_a_frequency_in_words_without_a_period_has_no_due_date():
    for text in (
        "及时公开",
        "按上级要求",
        "每季度的首个月20日（集体财务往来较多的，应每月公布一次）",
    ):
        row = DisclosureObligation(frequency_text=text, frequency="", deadline_day=20)
        assert next_due(row, None, date(2026, 12, 7)) is None
        assert next_due(row, date(2026, 1, 1), date(2026, 12, 7), event=date(2026, 12, 1)) is None


@pytest.mark.django_db
def test_no_due_date_and_no_warning_for_a_matter_disclosed_in_time(client, demo):
    today = timezone.localdate()
    warn_overdue(today)  # the demo's own overdue matters
    row = DisclosureObligation.objects.create(
        unit=demo.unit,
        matter="突发事件处置",
        content_elements="事件经过、处置结果",
        frequency_text="及时公开",
        effective_from=today - timedelta(days=400),
    )
    make_disclosure(demo.unit, demo.clerk, obligation=row, publicity_start=today - timedelta(30))
    [shown] = catalog_rows(DisclosureObligation.objects.filter(pk=row.pk), today)
    assert shown.due is None and not shown.state.overdue
    assert warn_overdue(today) == 0
    assert not Warning.objects.filter(cause_key__startswith=f"obligation-overdue:{row.pk}:")
    client.force_login(demo.clerk)
    page = client.get(reverse("disclosures:catalog", args=[demo.unit.pk])).content.decode()
    assert "及时公开" in page


FRIDAY = date(2026, 12, 4)


def test_working_days_skip_the_weekend():
    assert add_days(FRIDAY, 1, WORKING) == date(2026, 12, 7)  # Monday
    assert add_days(FRIDAY, 3, WORKING) == date(2026, 12, 9)
    assert add_days(FRIDAY, 20, WORKING) == date(2027, 1, 1)  # four weeks on (holidays unknown)


@pytest.mark.parametrize(
    ("day_type", "due"), [(WORKING, date(2026, 12, 9)), (CALENDAR, date(2026, 12, 7))]
)
def test_an_event_deadline_counts_its_kind_of_days(day_type, due):
    row = DisclosureObligation(
        frequency=Frequency.ON_EVENT, deadline_days=3, deadline_day_type=day_type
    )
    assert next_due(row, None, FRIDAY, event=FRIDAY) == due


def test_a_periodic_deadline_in_working_days_counts_from_the_periods_end():
    # "每季度结束后10个工作日内": the third quarter ends on Wednesday 30 September.
    row = DisclosureObligation(
        frequency=Frequency.QUARTERLY, deadline_days=10, deadline_day_type=WORKING
    )
    assert next_due(row, date(2026, 8, 3), date(2026, 9, 1)) == date(2026, 10, 14)
    monthly = DisclosureObligation(
        frequency=Frequency.MONTHLY, deadline_days=5, deadline_day_type=WORKING
    )
    assert next_due(monthly, None, date(2027, 1, 4)) == date(2027, 1, 7)


@pytest.mark.django_db
def test_a_working_day_deadline_makes_a_matter_overdue_on_the_catalog(demo):
    today = timezone.localdate()
    row = DisclosureObligation.objects.create(
        unit=demo.unit,
        matter="临时救助",
        content_elements="救助对象、金额",
        frequency=Frequency.ON_EVENT,
        frequency_text="信息形成或变更之日起20个工作日内",
        deadline_days=20,
        deadline_day_type=WORKING,
    )
    event = today - timedelta(days=40)
    make_disclosure(demo.unit, demo.clerk, obligation=row, publicity_start=event)
    [shown] = catalog_rows(DisclosureObligation.objects.filter(pk=row.pk), today)
    assert shown.due == add_days(event, 20, WORKING)
    assert shown.state.overdue


# The published order ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_every_list_keeps_the_published_order(client, demo):
    DisclosureObligation.objects.filter(unit=demo.unit).delete()
    values = {"unit": demo.unit, "content_elements": "—", "audience": Audience.SOCIETY}
    second = DisclosureObligation.objects.create(
        **values, position="2", sort_order=20, domain="党务公开", matter="乙事项"
    )
    first = DisclosureObligation.objects.create(
        **values, position="1", sort_order=10, domain="村务公开", matter="甲事项"
    )
    third = DisclosureObligation.objects.create(
        **values, position="3", sort_order=30, domain="村务公开", matter="丙事项"
    )
    order = [first.pk, second.pk, third.pk]
    today = timezone.localdate()
    assert [r.obligation.pk for r in catalog_rows(demo.unit.disclosure_obligations, today)] == order
    assert [r.obligation.pk for r in public_catalog(demo.unit)] == order
    sheet = disclosure_catalog_sheet(demo.unit)
    assert [o.pk for o in sheet.context["obligations"]] == order

    # The officials' page heads each domain once, where it first appears, in published order
    # within it: a row of another domain put among a domain's rows does not split it in two.
    client.force_login(demo.clerk)
    page = client.get(reverse("disclosures:catalog", args=[demo.unit.pk])).content.decode()
    assert page.count(">村务公开</h2>") == 1 and page.count(">党务公开</h2>") == 1
    assert page.index("甲事项") < page.index("丙事项") < page.index("乙事项")


@pytest.mark.django_db
def test_a_new_row_goes_after_the_last(client, demo):
    last = max(demo.unit.disclosure_obligations.values_list("sort_order", flat=True))
    client.force_login(demo.clerk)
    form = client.get(reverse("disclosures:obligation_create", args=[demo.unit.pk]))
    assert form.context["form"].initial["sort_order"] == last + 10


# The migration of the first catalogs -------------------------------------------------------


@pytest.mark.django_db
def test_the_migration_makes_each_townships_domains_from_its_rows(demo):
    row = DisclosureObligation.objects.create(
        unit=demo.unit, domain="老目录领域", matter="旧事项", content_elements="—"
    )
    # A row as the earlier release wrote it: one level, no list.
    DisclosureObligation.objects.filter(pk=row.pk).update(level="village", levels=[])
    migration = importlib.import_module("disclosures.migrations.0014_catalog_rows_as_written")
    migration.forward(apps, None)
    row.refresh_from_db()
    assert row.catalog_domain.township == demo.township
    assert row.catalog_domain.name == "老目录领域"
    assert row.levels == ["village"]
    other = demo.other_township_unit.township
    assert not other.disclosure_domains.filter(name="老目录领域").exists()


# The demo --------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_demo_catalog_has_domains_levels_words_and_working_days(demo):
    rows = {row.matter: row for row in demo.unit.disclosure_obligations.all()}
    assert len(rows) == len(VILLAGE_CATALOG)
    assert [row.position for row in demo.unit.disclosure_obligations.all()] == [
        str(n) for n in range(1, len(VILLAGE_CATALOG) + 1)
    ]
    assert rows["低保评议"].levels_display == "乡级、村级"
    assets = rows["集体资产资源"]
    assert assets.frequency == "" and "应每月公布一次" in assets.frequency_text
    relief = rows["临时救助"]
    assert (relief.deadline_days, relief.deadline_day_type) == (20, WORKING)
    assert relief.catalog_domain.township == demo.township
    assert "村民微信群" in [channel.name for channel in relief.channels.all()]
    today = timezone.localdate()
    due = {
        r.obligation.matter: r.due for r in catalog_rows(demo.unit.disclosure_obligations, today)
    }
    assert due["集体资产资源"] is None


@pytest.mark.django_db
def test_a_disclosure_offers_its_townships_channels_only(client, demo):
    Channel.objects.create(township=demo.other_township_unit.township, name="邻乡专有载体")
    client.force_login(demo.clerk)
    page = client.get(reverse("disclosures:official_create", args=[demo.unit.pk]))
    choices = [channel.name for channel in page.context["form"].fields["channels"].queryset]
    assert "邻乡专有载体" not in choices
    assert {"公开栏", "村民微信群"} <= set(choices)


@pytest.mark.django_db
def test_the_printed_catalog_shows_the_rows_as_written(demo):
    from printing import sheets as printing

    sheet = printing.build_sheet(printing.Kind.DISCLOSURE_CATALOG, demo.unit)
    html = printing.compose(sheet)[0]
    assert sheet.template == "disclosures/catalog_sheet.html"
    written = ("村民委员会", "乡级、村级", "信息形成或变更之日起20个工作日内", "应每月公布一次")
    for text in ("公开主体", *written):
        assert text in html


@pytest.mark.django_db
def test_a_township_administrator_adds_channels_to_their_township_only(client, demo):
    client.force_login(demo.administrator)
    url = reverse("admin:disclosures_channel_add")
    shared = client.post(url, {"name": "全县通用载体", "order": 1})
    assert shared.status_code == 200 and "township" in shared.context["adminform"].form.errors
    other = demo.other_township_unit.township
    foreign = client.post(url, {"name": "邻乡载体", "order": 1, "township": other.pk})
    assert "township" in foreign.context["adminform"].form.errors
    own = client.post(url, {"name": "清溪村村民微信群", "order": 1, "township": demo.township.pk})
    assert own.status_code == 302
    assert Channel.objects.get(name="清溪村村民微信群").township == demo.township
    assert not Channel.objects.filter(name__in=["全县通用载体", "邻乡载体"]).exists()


@pytest.mark.django_db
def test_a_row_keeps_to_known_levels_and_its_townships_domains(demo):
    from django.core.exceptions import ValidationError

    foreign = DisclosureDomain.objects.filter(township=demo.other_township_unit.township).first()
    row = DisclosureObligation(
        unit=demo.unit,
        matter="某事项",
        content_elements="—",
        levels=["省级"],
        catalog_domain=foreign,
    )
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert set(error.value.message_dict) == {"levels", "catalog_domain"}


@pytest.mark.django_db
def test_levels_cleared_outside_the_form_stay_cleared(demo):
    """An import or a script that clears a row's levels is not undone by the first level kept
    for older readers."""
    row = next(r for r in DisclosureObligation.objects.filter(unit=demo.unit) if r.levels)
    row.levels = []
    row.save()
    row.refresh_from_db()
    assert row.levels == [] and row.level == ""


@pytest.mark.django_db
def test_administrators_get_the_vocabulary_pages_with_the_upgrade(client, demo):
    """An administrator whose role was given before the domains existed (the group as the
    earlier release left it) has their admin pages once the upgrade's migrate has run."""
    group = demo.administrator.groups.get()
    group.permissions.remove(*group.permissions.filter(content_type__app_label="disclosures"))
    client.force_login(demo.administrator)
    changelist = reverse("admin:disclosures_disclosuredomain_changelist")
    assert client.get(changelist).status_code == 403
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")  # as migrate ends
    assert client.get(changelist).status_code == 200


@pytest.mark.django_db
def test_a_domain_taken_off_on_the_form_is_gone_from_the_row(demo):
    row = DisclosureObligation.objects.filter(unit=demo.unit, catalog_domain__isnull=False)[0]
    old_name = row.domain_name
    data = dict(ObligationForm(instance=row, unit=demo.unit).initial)
    data |= {"catalog_domain": "", "change_reason": "领域待定"}
    data["channels"] = [channel.pk for channel in row.channels.all()]
    form = ObligationForm(
        data={k: v for k, v in data.items() if v is not None}, instance=row, unit=demo.unit
    )
    assert form.is_valid(), form.errors
    form.save()
    row.refresh_from_db()
    assert row.catalog_domain is None and row.domain_name == "" and old_name
