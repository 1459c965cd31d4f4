"""When each matter of a disclosure catalog (公开目录) is due, and whether it is overdue.

The rules (GB/T 40088-2021; 村民委员会组织法 art. 30), with D the obligation's ``deadline_day``:

==============  ===========================================================  ==========
frequency       a publication made in period P covers the period before it;  default D
                the next one is due by …
==============  ===========================================================  ==========
monthly         day D of the month after the last publication's month         10
quarterly       day D of the first month of the quarter after the last one's  10
yearly          day D of January of the year after the last one's year        31
on_event        D days after the event, unless published since the event     10
immediately     never: shown as 随时                                           –
==============  ===========================================================  ==========

Without any publication a periodic matter owes the period its catalog took effect in
(``effective_from``: a monthly matter in force since 15 August owes August's accounts by day D of
September); without that date it owes the current period's deadline (a monthly one by day D of
this month, for last month). A day past the month's end means its last day (D = 31 in
February → the 28th or 29th). A matter disclosed on request (依申请公开) has no deadline of its
own. An obligation is overdue when its due date has passed: a publication within the period
would already have moved the due date on to the next period.

A deadline in days (``deadline_days``, 工作日 or 自然日, as "信息形成或变更之日起20个工作日内")
counts from the event for an on_event matter, and from the end of the period for a periodic
one, in place of D. Working days are Monday to Friday: public holidays and the weekends worked
in their place are not known here (as in ``cases.checks``). A matter without a structured
period (及时公开, 按上级要求, a frequency with a condition in words) has no due date.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import Prefetch
from django.utils import timezone

from powers.lifecycle import Status
from powers.time_limits import add_days

from .models import Disclosure, DisclosureObligation

Frequency = DisclosureObligation.Frequency

DEFAULT_DAY = {
    Frequency.MONTHLY: 10,
    Frequency.QUARTERLY: 10,
    Frequency.YEARLY: 31,
    Frequency.ON_EVENT: 10,
}
# A deadline this close (or closer) is shown as 即将到期.
DUE_SOON_DAYS = 7


def _day_of(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def deadline_day(obligation: DisclosureObligation) -> int | None:
    return obligation.deadline_day or DEFAULT_DAY.get(obligation.frequency)


def days_after(obligation: DisclosureObligation, start: date) -> date | None:
    """``start`` plus the obligation's deadline in days, of its type; None without one."""
    days = obligation.deadline_days
    if days is None:
        return None
    return add_days(start, days, obligation.deadline_day_type)


def _period_start(frequency: str, year: int, month: int) -> date:
    """The first day of the period (month, quarter or year) the given month lies in."""
    if frequency == Frequency.MONTHLY:
        return date(year, month, 1)
    if frequency == Frequency.QUARTERLY:
        return date(year, (month - 1) // 3 * 3 + 1, 1)
    return date(year, 1, 1)


def _following_period_start(frequency: str, day: date) -> date:
    start = _period_start(frequency, day.year, day.month)
    months = {Frequency.MONTHLY: 1, Frequency.QUARTERLY: 3}.get(frequency, 12)
    month = start.month - 1 + months
    return date(start.year + month // 12, month % 12 + 1, 1)


def next_due(
    obligation: DisclosureObligation,
    last_published: date | None,
    today: date,
    event: date | None = None,
) -> date | None:
    """The date by which the obligation must next be published, or None for no deadline.

    ``last_published`` is the day its latest public disclosure went out; ``event`` (on_event
    matters only) the day the latest matter happened, i.e. the publicity start of its latest
    disclosure not yet public.
    """
    if obligation.mode == DisclosureObligation.Mode.ON_REQUEST:
        return None
    frequency = obligation.frequency
    if frequency == Frequency.ON_EVENT:
        if event is None or (last_published is not None and last_published >= event):
            return None
        return days_after(obligation, event) or event + timedelta(days=deadline_day(obligation))
    if frequency not in (Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.YEARLY):
        return None  # immediately (随时), or no structured period (及时公开, 按上级要求 ...)
    if last_published is None and obligation.effective_from is not None:
        # Nothing yet since the catalog took effect: its first period is owed, and the rule for
        # a publication made in that period gives that period's deadline.
        last_published = obligation.effective_from
    if last_published is None:
        # Nothing yet: the current period's deadline, for the period before it.
        due_period = _period_start(frequency, today.year, today.month)
    else:
        due_period = _following_period_start(frequency, last_published)
    # The deadline of the period that ends the day before ``due_period`` starts.
    in_days = days_after(obligation, due_period - timedelta(days=1))
    if in_days is not None:
        return in_days
    return _day_of(due_period.year, due_period.month, deadline_day(obligation))


@dataclass(frozen=True)
class DueState:
    due: date | None
    overdue: bool
    due_soon: bool


def due_state(
    obligation: DisclosureObligation,
    last_published: date | None,
    today: date,
    event: date | None = None,
) -> DueState:
    """The next due date and the badge it earns: 已逾期 or 即将到期 (within seven days)."""
    due = None
    if obligation.is_active:
        due = next_due(obligation, last_published, today, event)
    overdue = due is not None and due < today
    soon = due is not None and today <= due <= today + timedelta(days=DUE_SOON_DAYS)
    return DueState(due, overdue, soon)


# A catalog's rows -----------------------------------------------------------------------------


@dataclass
class CatalogRow:
    """One obligation as the catalog shows it, with its latest publication and due date."""

    obligation: DisclosureObligation
    last_published: Disclosure | None
    state: DueState

    @property
    def due(self) -> date | None:
        return self.state.due


def _local_day(moment: datetime | None) -> date | None:
    return timezone.localdate(moment) if moment else None


def grouped_rows(rows: list[CatalogRow]) -> list[CatalogRow]:
    """The rows in published order, each domain's and each matter's rows brought together
    where they first appear, so a page that heads each domain heads it once: a catalog whose
    order puts a row of one domain among another's keeps its order inside every group."""
    first_domain: dict[str, int] = {}
    first_matter: dict[tuple[str, str], int] = {}
    for index, row in enumerate(rows):
        domain = row.obligation.domain_name
        first_domain.setdefault(domain, index)
        first_matter.setdefault((domain, row.obligation.matter), index)
    return sorted(
        rows,
        key=lambda row: (
            first_domain[row.obligation.domain_name],
            first_matter[(row.obligation.domain_name, row.obligation.matter)],
        ),
    )


def catalog_rows(obligations, today: date, *, public: bool = False) -> list[CatalogRow]:
    """The obligations with their channels, post and disclosures loaded up front (four
    queries whatever their number), each with its due state.

    ``public`` counts only what the public may read (disclosures to society) and ignores
    drafts, so an unpublished matter's event date never shows on the public site.
    """
    published = Disclosure.objects.public() if public else Disclosure.objects.filter(is_public=True)
    prefetches = [
        "channels",
        Prefetch(
            "disclosures",
            queryset=published.defer("body").order_by("-published_at", "-pk"),
            to_attr="published_disclosures",
        ),
    ]
    if not public:
        # An event awaiting disclosure: a disclosure of the matter written but not yet public.
        pending = (
            Disclosure.objects.filter(is_public=False, publicity_start__isnull=False)
            .exclude(status=Status.WITHDRAWN)
            .only("pk", "obligation_id", "publicity_start")
            .order_by("-publicity_start")
        )
        prefetches.append(Prefetch("disclosures", queryset=pending, to_attr="pending_events"))
    rows = []
    related = ("responsible_post", "catalog_domain", "unit__township")
    for obligation in obligations.select_related(*related).prefetch_related(*prefetches):
        latest = next(iter(obligation.published_disclosures), None)
        events = getattr(obligation, "pending_events", [])
        state = due_state(
            obligation,
            _local_day(latest.published_at) if latest else None,
            today,
            events[0].publicity_start if events else None,
        )
        rows.append(CatalogRow(obligation, latest, state))
    return rows
