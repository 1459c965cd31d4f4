"""The disclosure catalog (公开目录): due dates, overdue rows, the daily warning and the pages."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from disclosures.catalog_tasks import warn_overdue, warn_overdue_obligations
from disclosures.catalog_views import public_catalog
from disclosures.models import Audience, Channel, Disclosure, DisclosureObligation
from disclosures.obligations import catalog_rows, due_state, next_due
from powers.lifecycle import Status
from risks.models import Warning
from tests.disclosures.test_disclosure_editor import make_disclosure

pytestmark = pytest.mark.dates

Frequency = DisclosureObligation.Frequency
D = date


def obligation(frequency: str, day: int | None = None, **fields) -> DisclosureObligation:
    return DisclosureObligation(frequency=frequency, deadline_day=day, **fields)


# frequency, deadline day, last published, today → next due
NEXT_DUE = [
    # Monthly: each month by day D (default 10) of the following month.
    (Frequency.MONTHLY, None, D(2026, 3, 5), D(2026, 3, 20), D(2026, 4, 10)),
    (Frequency.MONTHLY, 15, D(2026, 3, 31), D(2026, 4, 1), D(2026, 4, 15)),
    (Frequency.MONTHLY, None, D(2025, 12, 8), D(2025, 12, 20), D(2026, 1, 10)),  # year boundary
    (Frequency.MONTHLY, 31, D(2026, 1, 10), D(2026, 1, 20), D(2026, 2, 28)),  # short month
    (Frequency.MONTHLY, None, None, D(2026, 4, 3), D(2026, 4, 10)),  # never: this month's
    (Frequency.MONTHLY, None, None, D(2026, 4, 15), D(2026, 4, 10)),  # … already past
    # Quarterly: by day D of the first month of the next quarter (e.g. the 20th).
    (Frequency.QUARTERLY, 20, D(2026, 2, 3), D(2026, 3, 1), D(2026, 4, 20)),
    (Frequency.QUARTERLY, 20, D(2026, 4, 18), D(2026, 5, 1), D(2026, 7, 20)),
    (Frequency.QUARTERLY, 20, D(2025, 11, 30), D(2025, 12, 1), D(2026, 1, 20)),  # year boundary
    (Frequency.QUARTERLY, 20, D(2025, 12, 31), D(2026, 1, 2), D(2026, 1, 20)),
    (Frequency.QUARTERLY, None, D(2026, 7, 1), D(2026, 7, 2), D(2026, 10, 10)),
    (Frequency.QUARTERLY, 20, None, D(2026, 8, 15), D(2026, 7, 20)),  # never: this quarter's
    # Yearly: by the end of January (or day D of January) of the next year.
    (Frequency.YEARLY, None, D(2025, 1, 20), D(2025, 6, 1), D(2026, 1, 31)),
    (Frequency.YEARLY, 15, D(2025, 12, 31), D(2026, 1, 1), D(2026, 1, 15)),
    (Frequency.YEARLY, None, None, D(2026, 3, 1), D(2026, 1, 31)),
    # At once: no deadline of its own (随时).
    (Frequency.IMMEDIATELY, None, None, D(2026, 3, 1), None),
    (Frequency.IMMEDIATELY, 5, D(2026, 2, 1), D(2026, 3, 1), None),
]


@pytest.mark.parametrize(("frequency", "day", "last", "today", "due"), NEXT_DUE)
def test_next_due(frequency, day, last, today, due):
    assert next_due(obligation(frequency, day), last, today) == due


# frequency, deadline day, effective from, today → the first due date of a matter never published
FROM_EFFECTIVE_DAY = [
    # August's accounts by 10 September, whatever day of August the catalog took effect.
    (Frequency.MONTHLY, None, D(2026, 8, 15), D(2026, 12, 7), D(2026, 9, 10)),
    (Frequency.MONTHLY, None, D(2026, 8, 31), D(2026, 9, 1), D(2026, 9, 10)),
    (Frequency.MONTHLY, 31, D(2027, 1, 1), D(2027, 1, 5), D(2027, 2, 28)),  # short month
    (Frequency.MONTHLY, None, D(2026, 12, 1), D(2027, 2, 1), D(2027, 1, 10)),  # year's end
    (Frequency.QUARTERLY, 20, D(2026, 11, 1), D(2026, 12, 7), D(2027, 1, 20)),
    (Frequency.YEARLY, None, D(2026, 10, 1), D(2026, 12, 7), D(2027, 1, 31)),
    (Frequency.MONTHLY, None, D(2027, 3, 1), D(2026, 12, 7), D(2027, 4, 10)),  # not yet in force
]


@pytest.mark.parametrize(("frequency", "day", "effective", "today", "due"), FROM_EFFECTIVE_DAY)
def test_a_matter_never_published_owes_the_period_its_catalog_took_effect_in(
    frequency, day, effective, today, due
):
    matter = obligation(frequency, day, effective_from=effective)
    assert next_due(matter, None, today) == due


def test_a_publication_counts_from_itself_not_from_the_effective_day():
    matter = obligation(Frequency.MONTHLY, effective_from=D(2026, 8, 15))
    assert next_due(matter, D(2026, 11, 5), D(2026, 11, 20)) == D(2026, 12, 10)


@pytest.mark.parametrize(
    ("today", "overdue", "due_soon"),
    [
        (D(2026, 9, 2), False, False),
        (D(2026, 9, 9), False, True),  # the day before
        (D(2026, 9, 10), False, True),  # the day itself
        (D(2026, 9, 11), True, False),  # the day after
        (D(2026, 12, 31), True, False),  # still overdue at the year's end
    ],
)
def test_a_silent_unit_falls_overdue_the_day_after_its_first_deadline(today, overdue, due_soon):
    matter = obligation(Frequency.MONTHLY, effective_from=D(2026, 8, 1))
    state = due_state(matter, None, today)
    assert (state.due, state.overdue, state.due_soon) == (D(2026, 9, 10), overdue, due_soon)


# deadline day, last published, event → next due
ON_EVENT = [
    (None, None, None, None),  # no event: nothing is due
    (None, None, D(2026, 3, 25), D(2026, 4, 4)),  # 10 days after the event
    (7, D(2026, 3, 1), D(2026, 3, 25), D(2026, 4, 1)),  # published before the event
    (7, D(2026, 3, 26), D(2026, 3, 25), None),  # published since the event
]


@pytest.mark.parametrize(("day", "last", "event", "due"), ON_EVENT)
def test_next_due_on_event(day, last, event, due):
    matter = obligation(Frequency.ON_EVENT, day)
    assert next_due(matter, last, D(2026, 4, 1), event=event) == due


def test_a_matter_disclosed_on_request_has_no_deadline():
    matter = obligation(Frequency.MONTHLY, mode=DisclosureObligation.Mode.ON_REQUEST)
    assert next_due(matter, None, D(2026, 4, 15)) is None


@pytest.mark.parametrize(
    ("today", "overdue", "due_soon"),
    [
        (D(2026, 4, 2), False, False),
        (D(2026, 4, 3), False, True),  # seven days ahead
        (D(2026, 4, 10), False, True),  # the day itself
        (D(2026, 4, 11), True, False),
    ],
)
def test_due_state_badges(today, overdue, due_soon):
    state = due_state(obligation(Frequency.MONTHLY), D(2026, 3, 5), today)
    assert (state.due, state.overdue, state.due_soon) == (D(2026, 4, 10), overdue, due_soon)


def test_an_inactive_matter_is_never_due():
    matter = obligation(Frequency.MONTHLY, is_active=False)
    assert due_state(matter, None, D(2026, 4, 15)).due is None


# In the database ------------------------------------------------------------------------------


def make_obligation(unit, **fields) -> DisclosureObligation:
    values = {
        "domain": "村务公开",
        "matter": "财务公开",
        "sub_matter": "月度收支",
        "content_elements": "收入、支出明细，债权债务",
        "basis": "村民委员会组织法第三十条",
        "frequency": Frequency.MONTHLY,
        "deadline_day": 10,
        "deadline_rule": "每月10日前公开上月收支",
        "audience": Audience.SOCIETY,
        "level": DisclosureObligation.Level.VILLAGE,
        "category": Disclosure.Category.FINANCE,
    }
    values.update(fields)
    matter = DisclosureObligation.objects.create(unit=unit, **values)
    matter.channels.set(Channel.objects.all()[:2])
    return matter


def published_on(unit, user, matter, day: date, **fields) -> Disclosure:
    """A disclosure of the matter, public since ``day``."""
    disclosure = make_disclosure(unit, user, obligation=matter, **fields)
    moment = timezone.make_aware(datetime.combine(day, datetime.min.time().replace(hour=9)))
    Disclosure.objects.filter(pk=disclosure.pk).update(
        is_public=True,
        status=Status.PUBLISHED,
        published_at=moment,
        published_data={"title": disclosure.title, "audience": disclosure.audience},
    )
    return disclosure


@pytest.mark.django_db
def test_catalog_rows_mark_overdue_and_on_time_matters(demo):
    today = timezone.localdate()
    late = make_obligation(demo.unit, sub_matter="逾期事项")
    on_time = make_obligation(demo.unit, sub_matter="按时事项")
    published_on(demo.unit, demo.clerk, on_time, today)
    published_on(demo.unit, demo.clerk, late, today - timedelta(days=70))
    rows = {row.obligation.pk: row for row in catalog_rows(demo.unit.disclosure_obligations, today)}
    assert rows[late.pk].state.overdue
    assert not rows[on_time.pk].state.overdue
    assert rows[on_time.pk].last_published.title == "2026年第一季度村级财务收支公开"
    assert rows[on_time.pk].due > today


@pytest.mark.django_db
def test_an_event_waiting_for_its_disclosure_is_due_ten_days_later(demo):
    matter = make_obligation(
        demo.unit, frequency=Frequency.ON_EVENT, deadline_day=None, sub_matter="重大事项"
    )
    event = timezone.localdate() - timedelta(days=12)
    make_disclosure(demo.unit, demo.clerk, obligation=matter, publicity_start=event)
    [row] = catalog_rows(DisclosureObligation.objects.filter(pk=matter.pk), timezone.localdate())
    assert row.due == event + timedelta(days=10)
    assert row.state.overdue


@pytest.mark.django_db
def test_public_catalog_shows_active_matters_to_society_only(demo):
    shown = make_obligation(demo.unit, sub_matter="对社会公开")
    party = make_obligation(demo.unit, sub_matter="党内公开", audience=Audience.PARTY)
    inactive = make_obligation(demo.unit, sub_matter="已停用", is_active=False)
    draft = make_disclosure(demo.unit, demo.clerk, obligation=shown)
    mine = {shown.pk, party.pk, inactive.pk}
    rows = [row for row in public_catalog(demo.unit) if row.obligation.pk in mine]
    assert [row.obligation.pk for row in rows] == [shown.pk]
    assert rows[0].last_published is None  # a draft is nobody's business yet
    assert draft.pk


# The daily warning ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_overdue_matter_is_warned_once(demo):
    warn_overdue_obligations.delay().get()  # the demo's own overdue matters, warned beforehand
    matter = make_obligation(demo.unit, responsible_post=demo.unit.posts.first())
    published_on(demo.unit, demo.clerk, matter, timezone.localdate() - timedelta(days=70))
    assert warn_overdue_obligations.delay().get() == {"issued": 1}
    assert warn_overdue_obligations.delay().get() == {"issued": 0}

    warning = Warning.objects.get(cause_key__startswith=f"obligation-overdue:{matter.pk}:")
    [row] = catalog_rows(DisclosureObligation.objects.filter(pk=matter.pk), timezone.localdate())
    assert warning.cause_key == f"obligation-overdue:{matter.pk}:{row.due.isoformat()}"
    assert warning.cause == (
        f"公开目录事项“财务公开 / 月度收支”已超过公开期限（应于 {row.due.isoformat()} 前公开）"
    )
    assert warning.tier == Warning.Tier.REMINDER
    assert warning.issued_by is None
    assert warning.post == matter.responsible_post
    assert warning.deadline == timezone.localdate() + timedelta(days=5)
    assert warning.history.get().history_request == "job:warn_overdue_obligations"


@pytest.mark.django_db
def test_no_warning_for_a_matter_published_in_time_or_inactive(demo):
    today = timezone.localdate()
    warn_overdue(today)  # the demo's own overdue matters, warned beforehand
    before = set(Warning.objects.values_list("pk", flat=True))
    in_time = make_obligation(demo.unit)
    published_on(demo.unit, demo.clerk, in_time, today)
    inactive = make_obligation(demo.unit, is_active=False, sub_matter="停用")
    at_once = make_obligation(demo.unit, frequency=Frequency.IMMEDIATELY, sub_matter="即时")
    assert warn_overdue(today) == 0
    assert not Warning.objects.exclude(pk__in=before).exists()
    for matter in (in_time, inactive, at_once):
        assert not Warning.objects.filter(
            cause_key__startswith=f"obligation-overdue:{matter.pk}:"
        ).exists()


# The officials' pages ------------------------------------------------------------------------

USERS = [
    "clerk",
    "head",
    "reviewer",
    "discipline",
    "administrator",
    "other_clerk",
    "foreign_clerk",
    "foreign_reviewer",
]
SEES_UNIT = {"clerk", "head", "reviewer", "discipline", "administrator"}


def expected(user: str, allowed: set[str]) -> int:
    if user in allowed:
        return 200
    return 403 if user in SEES_UNIT else 404


PAGES = {
    "catalog": (SEES_UNIT, lambda d, o: reverse("disclosures:catalog", args=[d.unit.pk])),
    "history": (SEES_UNIT, lambda d, o: reverse("disclosures:obligation_history", args=[o.pk])),
    "create": ({"clerk"}, lambda d, o: reverse("disclosures:obligation_create", args=[d.unit.pk])),
    "edit": ({"clerk"}, lambda d, o: reverse("disclosures:obligation_edit", args=[o.pk])),
}


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
@pytest.mark.parametrize("page", list(PAGES))
def test_catalog_pages(client, demo, user, page):
    matter = make_obligation(demo.unit)
    allowed, url = PAGES[page]
    client.force_login(getattr(demo, user))
    assert client.get(url(demo, matter)).status_code == expected(user, allowed)


def form_data(matter: DisclosureObligation | None = None, **changes) -> dict:
    data = {
        "domain": "村务公开",
        "matter": "财务公开",
        "sub_matter": "季度收支",
        "content_elements": "收支明细",
        "basis": "GB/T 40088-2021",
        "category": Disclosure.Category.FINANCE,
        "frequency": Frequency.QUARTERLY,
        "deadline_day": 20,
        "deadline_rule": "每季度第一个月20日前",
        "audience": Audience.SOCIETY,
        "mode": DisclosureObligation.Mode.PROACTIVE,
        "level": DisclosureObligation.Level.VILLAGE,
        "is_active": "on",
        "channels": list(Channel.objects.values_list("pk", flat=True)[:2]),
    }
    data.update(changes)
    return data


@pytest.mark.django_db
@pytest.mark.parametrize("user", USERS)
def test_creating_a_catalog_matter(client, demo, user):
    client.force_login(getattr(demo, user))
    response = client.post(
        reverse("disclosures:obligation_create", args=[demo.unit.pk]), form_data()
    )
    created = DisclosureObligation.objects.filter(unit=demo.unit, sub_matter="季度收支")
    if user == "clerk":
        assert response.status_code == 302
        assert created.get().channels.count() == 2
    else:
        assert response.status_code == expected(user, {"clerk"})
        assert not created.exists()


@pytest.mark.django_db
def test_editing_a_matter_keeps_the_user_and_reason(client, demo):
    matter = make_obligation(demo.unit)
    client.force_login(demo.clerk)
    url = reverse("disclosures:obligation_edit", args=[matter.pk])
    refused = client.post(url, form_data(matter))
    assert "请填写修改原因" in refused.content.decode()

    client.post(url, form_data(matter, change_reason="按季度公开"))
    matter.refresh_from_db()
    assert matter.frequency == Frequency.QUARTERLY
    latest = matter.history.first()
    assert latest.history_user == demo.clerk
    assert latest.history_change_reason == "按季度公开"
    page = client.get(reverse("disclosures:obligation_history", args=[matter.pk]))
    assert "按季度公开" in page.content.decode()


@pytest.mark.django_db
def test_the_responsible_post_is_one_of_the_units(client, demo):
    client.force_login(demo.clerk)
    foreign_post = demo.other_unit.posts.first()
    response = client.post(
        reverse("disclosures:obligation_create", args=[demo.unit.pk]),
        form_data(responsible_post=foreign_post.pk),
    )
    assert response.status_code == 200
    assert "responsible_post" in response.context["form"].errors
    assert not DisclosureObligation.objects.filter(sub_matter="季度收支").exists()


@pytest.mark.django_db
def test_the_catalog_page_groups_matters_and_shows_badges(client, demo):
    today = timezone.localdate()
    late = make_obligation(demo.unit, sub_matter="逾期事项")
    published_on(demo.unit, demo.clerk, late, today - timedelta(days=70))
    make_obligation(demo.unit, domain="党务公开", matter="组织建设", sub_matter="党费收缴")
    make_obligation(demo.unit, frequency=Frequency.IMMEDIATELY, sub_matter="即时事项")
    client.force_login(demo.head)
    page = client.get(reverse("disclosures:catalog", args=[demo.unit.pk])).content.decode()
    assert page.index("党务公开") < page.index("村务公开")  # domains in order
    assert "已逾期" in page
    assert "随时" in page
    assert "每月10日前公开上月收支" in page


@pytest.mark.django_db
def test_the_catalog_page_runs_a_fixed_number_of_queries(client, demo, django_assert_num_queries):
    client.force_login(demo.clerk)
    url = reverse("disclosures:catalog", args=[demo.unit.pk])

    def fill(count: int) -> None:
        for n in range(count):
            matter = make_obligation(demo.unit, sub_matter=f"事项{n}")
            published_on(demo.unit, demo.clerk, matter, timezone.localdate())

    fill(2)
    client.get(url)  # warm up the session
    # session, user, the user's unit and township grants, the unit, the obligations with their
    # posts, their channels, their public disclosures and their pending events
    with django_assert_num_queries(9):
        client.get(url)
    fill(5)
    with django_assert_num_queries(9):
        client.get(url)
