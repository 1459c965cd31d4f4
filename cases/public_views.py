"""The public's pages of cases (四公开: the year's handled matters, the process, the result).

Only cases the unit publishes, of items the public can see. No personal data: the applicant or
counterparty and their contact, the handlers, the township witness's name, the officials'
internal opinions and the attachments (minutes and sign-in sheets carry signatures) stay with
the officials. What is shown of each step is listed in :func:`public_record`, of the case in
:func:`public_case_data`; the handling post (from the snapshot) stands for who did it. The item
is named by its approved snapshot (:func:`powers.lifecycle.approved_snapshot`), never by its
working fields.
"""

from __future__ import annotations

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from disclosures.public_cache import cached_public_page
from powers.lifecycle import approved_snapshot
from powers.models import PowerItem, Unit

from .models import Case, StepRecord
from .views import step_rows

# The only fields of a step record the public reads.
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
PUBLIC_CASE_FIELDS = (
    "pk",
    "unit_id",
    "item_id",
    "reference",
    "title",
    "amount",
    "opened_on",
    "closed_on",
    "status",
    "outcome",
    "result",
    "snapshot",
    "is_public",
)


def public_record(record: StepRecord) -> dict:
    """A step record as the public sees it."""
    return {
        "pk": record.pk,
        "step_id": record.step_id,
        "step_name": record.step_name,
        "started_on": record.started_on,
        "completed_on": record.completed_on,
        "branch": record.branch,
        "result": record.get_result_display() if record.result else "",
        "attendance": record.attendance_ratio,
        "votes_for": record.votes_for,
        "votes_against": record.votes_against,
        # Whether the township witnessed it, not who.
        "witnessed": bool(record.township_witness),
        "supervision_opinion": record.supervision_opinion,
        "posting_start": record.posting_start,
        "posting_end": record.posting_end,
    }


def public_case_data(case: Case, item: dict) -> dict:
    """A case as the public sees it, with its item's approved snapshot (``item``)."""
    return {
        "pk": case.pk,
        "reference": case.reference,
        "title": case.title,
        "amount": case.amount,
        "opened_on": case.opened_on,
        "closed_on": case.closed_on,
        "status": case.status,
        "status_label": case.get_status_display(),
        "is_open": case.is_open,
        "outcome_label": case.get_outcome_display(),
        "result": case.result,
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


def _current_step(case: Case, records: list[StepRecord]) -> str:
    if not case.is_open or not records:
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
        .prefetch_related(
            Prefetch(
                "records",
                queryset=StepRecord.objects.only("pk", "case_id", "step_name", "started_on"),
            )
        )
        .order_by("opened_on", "pk")
    )
    by_case_item: dict[int, list[tuple[Case, str]]] = {}
    for case in cases:
        records = sorted(case.records.all(), key=lambda r: (r.started_on, r.pk))
        by_case_item.setdefault(case.item_id, []).append((case, _current_step(case, records)))
    items = PowerItem.objects.public().filter(pk__in=by_case_item).only("pk", "published_data")
    groups = []
    for item in items:
        data = approved_snapshot(item)
        entries = [
            {"case": public_case_data(case, data), "current_step": current_step}
            for case, current_step in by_case_item[item.pk]
        ]
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
    records = list(
        StepRecord.objects.filter(case=case)
        .only(*PUBLIC_RECORD_FIELDS)
        .order_by("started_on", "pk")
    )
    rows = step_rows(case, records)
    for row in rows:
        row.records = [public_record(record) for record in row.records]
    return render(
        request,
        "cases/public_case.html",
        {
            "unit": unit,
            "township": unit.township,
            "case": public_case_data(case, approved_snapshot(case.item)),
            "chart_title": case.snapshot["flowchart"]["title"],
            "rows": rows,
            "records": [public_record(record) for record in records],
        },
    )
