"""The public's pages of cases (四公开: the year's handled matters, the process, the result).

Only cases the unit publishes, of items the public can see. No personal data: the applicant or
counterparty and their contact, the handlers, the township witness's name, the officials'
internal opinions and the attachments (minutes and sign-in sheets carry signatures) stay with
the officials. What is shown of each step is listed in :func:`public_record`, of the case in
:func:`public_case_data`; the handling post (from the snapshot) stands for who did it. The item
is named by its approved snapshot (:func:`powers.lifecycle.approved_snapshot`), never by its
working fields; the case and its records by the content the unit head published
(``Case.published_data``, taken by :func:`cases.services.set_public`), never by what the clerk
recorded since.
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from powers.lifecycle import approved_snapshot
from powers.models import PowerItem, Unit
from powers.public_cache import cached_public_page

from .models import Case, StepRecord
from .views import step_rows

# The only fields of a step record the public reads (kept in the published snapshot by
# cases.models.public_content).
PUBLIC_RECORD_FIELDS = (
    "pk",
    "case_id",
    "step_id",
    "step_name",
    "started_on",
    "completed_on",
    "branch",
    "result",
    "should_attend",
    "attended",
    "votes_for",
    "votes_against",
    "township_witness",
    "supervision_opinion",
    "posting_start",
    "posting_end",
)
# The fields of a case the public pages load: the published snapshot, and what finds it.
PUBLIC_CASE_FIELDS = (
    "pk",
    "unit_id",
    "item_id",
    "opened_on",
    "snapshot",
    "is_public",
    "published_data",
)
RECORD_DATES = ("started_on", "completed_on", "posting_start", "posting_end")


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def published_records(case: Case) -> list[SimpleNamespace]:
    """The step records as published, in order, with their dates as dates (what
    :func:`cases.views.step_rows` and the checks read)."""
    records = []
    for stored in case.published_data["records"]:
        fields = dict(stored)
        for name in RECORD_DATES:
            fields[name] = _day(fields.get(name))
        records.append(SimpleNamespace(**fields))
    return sorted(records, key=lambda r: (r.started_on, r.pk))


def public_record(record: SimpleNamespace) -> dict:
    """A published step record as the public sees it."""
    should, attended = record.should_attend, record.attended
    attendance = ""
    if should and attended is not None:  # as StepRecord.attendance_ratio
        attendance = f"{attended}/{should}（{attended / should:.0%}）"
    return {
        "pk": record.pk,
        "step_id": record.step_id,
        "step_name": record.step_name,
        "started_on": record.started_on,
        "completed_on": record.completed_on,
        "branch": record.branch,
        "result": str(StepRecord.Result(record.result).label) if record.result else "",
        "attendance": attendance,
        "votes_for": record.votes_for,
        "votes_against": record.votes_against,
        # Whether the township witnessed it, not who.
        "witnessed": record.witnessed,
        "supervision_opinion": record.supervision_opinion,
        "posting_start": record.posting_start,
        "posting_end": record.posting_end,
    }


def public_case_data(case: Case, item: dict) -> dict:
    """A case as the unit head published it, with its item's approved snapshot (``item``)."""
    shown = case.published_data["case"]
    status = shown["status"]
    return {
        "pk": case.pk,
        "reference": shown["reference"],
        "title": shown["title"],
        "amount": shown["amount"],
        "opened_on": _day(shown["opened_on"]),
        "closed_on": _day(shown["closed_on"]),
        "status": status,
        "status_label": str(Case.CaseStatus(status).label),
        "is_open": status == Case.CaseStatus.OPEN,
        "outcome_label": str(Case.Outcome(shown["outcome"]).label),
        "result": shown["result"],
        "item": item,
    }


# The earliest year the public list of cases offers (?year= below it shows the current year).
FIRST_YEAR = 2000


def _public_unit(township_code: str, unit_code: str) -> Unit:
    return get_object_or_404(
        Unit.objects.select_related("township"),
        township__code=township_code,
        code=unit_code,
        is_active=True,
    )


def _current_step(data: dict, records: list[SimpleNamespace]) -> str:
    if not data["is_open"] or not records:
        return ""
    return records[-1].step_name


@cached_public_page
def public_cases(request: HttpRequest, township_code: str, unit_code: str) -> HttpResponse:
    """The year's handled matters of each public item (?year=), with their status."""
    unit = _public_unit(township_code, unit_code)
    today = timezone.localdate()
    try:
        year = int(request.GET.get("year", today.year))
    except ValueError:
        year = today.year
    if not FIRST_YEAR <= year <= today.year + 1:
        year = today.year  # the database cannot filter on a year out of its range
    cases = (
        Case.objects.public()
        .filter(unit=unit, opened_on__year=year)
        .only(*[f for f in PUBLIC_CASE_FIELDS if f != "snapshot"])
        .order_by("opened_on", "pk")
    )
    by_case_item: dict[int, list[Case]] = {}
    for case in cases:
        by_case_item.setdefault(case.item_id, []).append(case)
    items = PowerItem.objects.public().filter(pk__in=by_case_item).only("pk", "published_data")
    groups = []
    for item in items:
        data = approved_snapshot(item)
        entries = []
        for case in by_case_item[item.pk]:
            shown = public_case_data(case, data)
            current_step = _current_step(shown, published_records(case))
            entries.append({"case": shown, "current_step": current_step})
        groups.append((data, entries))
    groups.sort(key=lambda group: group[0]["code"])
    return render(
        request,
        "cases/public_cases.html",
        {
            "unit": unit,
            "township": unit.township,
            "year": year,
            "years": [today.year - offset for offset in range(3)],
            "groups": groups,
        },
    )


@cached_public_page
def public_case(
    request: HttpRequest, township_code: str, unit_code: str, case_id: int
) -> HttpResponse:
    """A case's chart with its steps done, current and ahead, each step's public record and
    the result."""
    unit = _public_unit(township_code, unit_code)
    case = get_object_or_404(
        Case.objects.public()
        .select_related("item")
        .only(*PUBLIC_CASE_FIELDS, "item__published_data", "item__is_public"),
        pk=case_id,
        unit=unit,
    )
    shown = public_case_data(case, approved_snapshot(case.item))
    records = published_records(case)
    # The chart the case follows is fixed when it opens; where it stands, as published.
    rows = step_rows(SimpleNamespace(snapshot=case.snapshot, is_open=shown["is_open"]), records)
    for row in rows:
        row.records = [public_record(record) for record in row.records]
    return render(
        request,
        "cases/public_case.html",
        {
            "unit": unit,
            "township": unit.township,
            "case": shown,
            "chart_title": case.snapshot["flowchart"]["title"],
            "rows": rows,
            "records": [public_record(record) for record in records],
        },
    )
