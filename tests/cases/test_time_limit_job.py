"""The daily job re-checks open cases as days pass (cases.tasks.check_open_cases): a step left
pending past its time limit gets one breach and its unit one warning, however often it runs."""

from __future__ import annotations

from datetime import date, timedelta
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone

from cases import services
from cases.models import Breach, Case, StepRecord
from cases.tasks import check_open_cases
from powers.time_limits import working_days_between
from risks.models import Warning

from .helpers import open_case, step_id

pytestmark = [pytest.mark.django_db, pytest.mark.dates]

PENDING = "审查核实"  # the homestead chart's check, with a time limit in working days


def _started(working_days: int) -> date:
    """The latest day from which ``working_days`` working days have passed by today."""
    today = timezone.localdate()
    day = today
    while working_days_between(day, today) < working_days:
        day -= timedelta(days=1)
    return day


def _case_pending_since(demo, reference: str, working_days: int) -> tuple[Case, StepRecord]:
    """A homestead case recorded, on the day it happened, up to the check, which has been
    pending since ``working_days`` working days before today."""
    since = _started(working_days)
    with mock.patch.object(timezone, "localdate", return_value=since):
        case = open_case(demo, "XK-01", reference=reference, days_ago=0)
        for name, branch in [("提出申请", ""), ("窗口受理", ""), ("材料是否齐全", "齐全")]:
            services.save_record(
                StepRecord(
                    case=case,
                    step_id=step_id(case, name),
                    started_on=since,
                    completed_on=since,
                    branch=branch,
                ),
                user=demo.clerk,
            )
        pending = services.save_record(
            StepRecord(case=case, step_id=step_id(case, PENDING), started_on=since),
            user=demo.clerk,
        )
    return case, pending


def _limit(case: Case) -> int:
    step = case.snapshot_step(step_id(case, PENDING))
    assert step["time_limit_type"] == "working"
    return step["time_limit_days"]


def _warnings(case: Case):
    return Warning.objects.filter(unit=case.unit, cause_key=services.warning_cause_key(case))


def test_a_step_pending_past_its_limit_gets_one_breach_and_one_warning(demo):
    probe, _record = _case_pending_since(demo, "T-probe", 0)
    limit = _limit(probe)
    case, pending = _case_pending_since(demo, "T-late", limit + 1)
    assert not case.breaches.exists()  # nothing was late on the day it was recorded
    assert not _warnings(case).exists()

    result = check_open_cases.delay().get()

    assert result["checked"] >= 2
    breaches = list(case.breaches.all())
    assert [(b.kind, b.record_id, b.is_open) for b in breaches] == [
        (Breach.Kind.OVERDUE, pending.pk, True)
    ]
    assert f"时限 {limit}个工作日" in breaches[0].message
    assert f"用了 {limit + 1}个工作日（仍在办理）" in breaches[0].message
    assert _warnings(case).count() == 1
    # Made by the system job, as the other daily jobs' changes are.
    entry = breaches[0].history.get()
    assert entry.history_user is None and entry.history_request == "job:check_open_cases"
    assert _warnings(case).get().history.get().history_request == "job:check_open_cases"

    before = (Breach.objects.count(), Breach.history.count(), Warning.objects.count())
    check_open_cases.delay().get()
    assert (Breach.objects.count(), Breach.history.count(), Warning.objects.count()) == before


def test_a_step_within_its_limit_gets_nothing(demo):
    probe, _record = _case_pending_since(demo, "T-probe", 0)
    case, _pending = _case_pending_since(demo, "T-on-time", _limit(probe))

    check_open_cases.delay().get()

    assert not case.breaches.exists()
    assert not _warnings(case).exists()


def test_a_closed_case_is_left_alone(demo):
    probe, _record = _case_pending_since(demo, "T-probe", 0)
    case, _pending = _case_pending_since(demo, "T-closed", _limit(probe) + 3)
    services.close_case(
        case,
        user=demo.clerk,
        outcome="terminated",
        result="申请人撤回申请。",
        closed_on=timezone.localdate(),
        reason="申请人撤回，核查中止。",
    )
    history = case.breaches.get().history.count()

    check_open_cases.delay().get()

    assert case.breaches.get().history.count() == history


# A next step nobody has started (环节逾期未办理) ---------------------------------------------


def _case_waiting_since(demo, reference: str, working_days: int, branch: str = "齐全"):
    """A homestead case whose materials were judged (``branch``) ``working_days`` working days
    before today, recorded that day; nothing was started since."""
    since = _started(working_days)
    with mock.patch.object(timezone, "localdate", return_value=since):
        case = open_case(demo, "XK-01", reference=reference, days_ago=0)
        for name, taken in [("提出申请", ""), ("窗口受理", ""), ("材料是否齐全", branch)]:
            last = services.save_record(
                StepRecord(
                    case=case,
                    step_id=step_id(case, name),
                    started_on=since,
                    completed_on=since,
                    branch=taken,
                ),
                user=demo.clerk,
            )
    return case, last


def test_the_job_raises_a_next_step_not_started_the_working_day_after_its_limit(demo):
    probe, _record = _case_pending_since(demo, "T-probe", 0)
    limit = _limit(probe)
    on_time, _judged = _case_waiting_since(demo, "T-wait-ok", limit)
    late, judged = _case_waiting_since(demo, "T-wait-late", limit + 1)
    # Materials incomplete: the way leads back to the application, which has no time limit.
    back, _judged = _case_waiting_since(demo, "T-wait-back", limit + 1, "不齐全，一次性告知补正")
    assert not Breach.objects.filter(case__in=[on_time, late, back]).exists()

    check_open_cases.delay().get()

    assert not on_time.breaches.exists() and not _warnings(on_time).exists()
    assert not back.breaches.exists() and not _warnings(back).exists()
    breach = late.breaches.get()
    assert (breach.kind, breach.record_id, breach.is_open) == (
        Breach.Kind.NOT_STARTED,
        judged.pk,
        True,
    )
    assert f"“材料是否齐全”于 {judged.completed_on.isoformat()} 办完后" in breach.message
    assert f"“审查核实”（时限 {limit}个工作日" in breach.message
    assert breach.message.endswith("逾期未办理。")
    assert breach.history.get().history_request == "job:check_open_cases"
    assert _warnings(late).count() == 1
    assert "逾期未办理" in _warnings(late).get().cause

    before = (Breach.objects.count(), Breach.history.count(), Warning.objects.count())
    check_open_cases.delay().get()
    assert (Breach.objects.count(), Breach.history.count(), Warning.objects.count()) == before


def test_saving_records_late_raises_no_waiting_breach_but_starting_the_step_resolves_it(demo):
    probe, _record = _case_pending_since(demo, "T-probe", 0)
    limit = _limit(probe)
    # Entered today, long after the fact: each save alone would look like a wait.
    quiet, _judged = _case_waiting_since(demo, "T-entered-late", 0)
    assert not quiet.breaches.exists()

    late, _judged = _case_waiting_since(demo, "T-started-late", limit + 1)
    check_open_cases.delay().get()
    waiting = late.breaches.get()
    started = services.save_record(
        StepRecord(case=late, step_id=step_id(late, PENDING), started_on=timezone.localdate()),
        user=demo.clerk,
    )
    waiting.refresh_from_db()
    assert not waiting.is_open
    assert (
        waiting.history.first().history_change_reason
        == "环节已开始办理，超时情况转由该环节记录检查"
    )
    overdue = late.breaches.get(resolved_at__isnull=True)
    assert (overdue.kind, overdue.record_id) == (Breach.Kind.OVERDUE, started.pk)


def test_officials_and_the_discipline_committee_see_the_waiting_breach_and_closing_reason(
    client, demo
):
    probe, _record = _case_pending_since(demo, "T-probe", 0)
    case, _judged = _case_waiting_since(demo, "T-wait-seen", _limit(probe) + 1)
    check_open_cases.delay().get()
    breach = case.breaches.get()

    client.force_login(demo.clerk)
    page = client.get(case.get_absolute_url()).content.decode()
    assert "环节逾期未办理" in page and breach.message in page

    reason = "申请人外出务工，约定返乡后再行核查。"
    services.close_case(
        case,
        user=demo.clerk,
        outcome="terminated",
        result="暂缓办理。",
        closed_on=timezone.localdate(),
        reason=reason,
    )
    client.force_login(demo.discipline)
    page = client.get(reverse("cases:breach_list")).content.decode()
    row = page[page.index("T-wait-seen") :].split("</tr>", 1)[0]
    assert "环节逾期未办理" in row and breach.message in row
    assert "带违规办结：" + reason in row
    assert Case.objects.get(pk=case.pk).breaches.get().is_open  # kept on the closed case
