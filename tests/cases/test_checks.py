"""Each check fires on the exact record that breaks its rule, and not on the record that keeps
it (cases/checks.py), over a small 四议两公开-like chart."""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

import pytest

from cases.checks import check_case
from cases.models import Breach
from powers.time_limits import working_days_between

Kind = Breach.Kind
MONDAY = date(2026, 3, 2)

pytestmark = pytest.mark.dates

PROPOSE, CONSULT, PASSED, RESOLVE, ANNOUNCE, ARCHIVE, STOP = 1, 2, 3, 4, 5, 6, 7


def _step(step_id, name, kind="step", **rules) -> dict:
    step = {
        "id": step_id,
        "name": name,
        "kind": kind,
        "order": step_id,
        "handling_post": "",
        "responsible_party": "",
        "time_limit_days": None,
        "time_limit_type": "working",
        "posting_days": None,
        "is_meeting": False,
        "quorum": "",
        "quorum_label": "",
        "vote_rule": "",
        "vote_rule_label": "",
    }
    step.update(rules)
    return step


def snapshot(amount_rules=()) -> dict:
    meeting = {"is_meeting": True, "quorum": "two_thirds", "quorum_label": "三分之二以上到会"}
    return {
        "steps": [
            _step(PROPOSE, "党支部提议", "start"),
            _step(
                CONSULT,
                "两委商议",
                vote_rule="majority_all",
                vote_rule_label="全体过半数",
                **meeting,
            ),
            _step(PASSED, "是否通过", "decision"),
            _step(
                RESOLVE,
                "村民代表会议决议",
                vote_rule="majority_present",
                vote_rule_label="到会过半数",
                **meeting,
            ),
            _step(ANNOUNCE, "决议公开", posting_days=5, time_limit_days=2),
            _step(ARCHIVE, "归档", "end"),
            _step(STOP, "终止", "end"),
        ],
        "edges": [
            {"source": PROPOSE, "target": CONSULT, "label": ""},
            {"source": CONSULT, "target": PASSED, "label": ""},
            {"source": PASSED, "target": RESOLVE, "label": "同意"},
            {"source": PASSED, "target": STOP, "label": "不同意"},
            {"source": RESOLVE, "target": ANNOUNCE, "label": ""},
            {"source": ANNOUNCE, "target": ARCHIVE, "label": ""},
        ],
        "amount_rules": list(amount_rules),
    }


def record(pk, step_id, day, **fields):
    values = {
        "pk": pk,
        "step_id": step_id,
        "started_on": MONDAY + timedelta(days=day),
        "completed_on": MONDAY + timedelta(days=day),
        "branch": "",
        "result": "",
        "should_attend": None,
        "attended": None,
        "votes_for": None,
        "votes_against": None,
        "posting_start": None,
        "posting_end": None,
    }
    values.update(fields)
    return SimpleNamespace(**values)


def meeting(pk, step_id, day, should, attended, votes_for, **fields):
    return record(
        pk,
        step_id,
        day,
        should_attend=should,
        attended=attended,
        votes_for=votes_for,
        votes_against=0,
        **fields,
    )


def posting(pk, day, first, last):
    return record(
        pk,
        ANNOUNCE,
        day,
        posting_start=MONDAY + timedelta(days=first),
        posting_end=MONDAY + timedelta(days=last),
        completed_on=MONDAY + timedelta(days=last),
    )


def clean_records():
    return [
        record(1, PROPOSE, 0),
        meeting(2, CONSULT, 1, 9, 9, 9),
        meeting(3, RESOLVE, 2, 30, 25, 20),
        posting(4, 3, 3, 7),
        record(5, ARCHIVE, 8),
    ]


def findings(records, amount=None, rules=(), today=None):
    return check_case(
        snapshot(rules),
        records,
        amount=amount,
        opened_on=MONDAY,
        today=today or MONDAY + timedelta(days=30),
    )


def kinds(found) -> list[tuple[str, int | None]]:
    return [(f.kind, f.record_id) for f in found]


def replace(records, new):
    return [new if r.pk == new.pk else r for r in records]


def test_a_case_done_by_the_book_has_no_breach():
    assert findings(clean_records()) == []


def test_quorum_fires_on_the_meeting_below_two_thirds_only():
    short = replace(clean_records(), meeting(2, CONSULT, 1, 9, 5, 5))
    assert kinds(findings(short)) == [(Kind.QUORUM, 2)]
    assert "应到 9 人、实到 5 人" in findings(short)[0].message
    # Six of nine is two thirds exactly: enough.
    assert findings(replace(clean_records(), meeting(2, CONSULT, 1, 9, 6, 6))) == []


def test_a_completed_meeting_without_attendance_is_a_quorum_breach():
    missing = replace(clean_records(), record(2, CONSULT, 1, votes_for=9, should_attend=9))
    assert (Kind.QUORUM, 2) in kinds(findings(missing))


def test_vote_over_all_members_fires_below_more_than_half_of_all():
    # Seven of nine attend and four vote for: a majority of those present, not of all nine.
    low = replace(clean_records(), meeting(2, CONSULT, 1, 9, 7, 4))
    assert kinds(findings(low)) == [(Kind.VOTE, 2)]
    assert findings(replace(clean_records(), meeting(2, CONSULT, 1, 9, 7, 5))) == []


def test_vote_over_those_present_fires_at_exactly_half():
    half = replace(clean_records(), meeting(3, RESOLVE, 2, 30, 24, 12))
    assert kinds(findings(half)) == [(Kind.VOTE, 3)]
    assert findings(replace(clean_records(), meeting(3, RESOLVE, 2, 30, 24, 13))) == []


def test_a_vote_recorded_as_not_passed_is_no_breach():
    rejected = replace(clean_records(), meeting(3, RESOLVE, 2, 30, 24, 12, result="rejected"))
    assert findings(rejected) == []


def test_posting_fires_when_shown_for_fewer_days_than_required():
    short = replace(clean_records(), posting(4, 3, 3, 6))  # Thursday to Sunday: 4 days
    assert kinds(findings(short)) == [(Kind.POSTING, 4)]
    assert "公示 4 天" in findings(short)[0].message
    assert findings(replace(clean_records(), posting(4, 3, 3, 7))) == []


def test_time_limit_counts_working_days_after_the_previous_step():
    # The resolution is taken on Friday; posting it on Wednesday takes Mon, Tue, Wed: 3 > 2.
    records = clean_records()
    records = replace(records, meeting(3, RESOLVE, 4, 30, 25, 20))
    records = replace(records, record(5, ARCHIVE, 20))
    late = replace(records, posting(4, 9, 9, 13))
    assert kinds(findings(late)) == [(Kind.OVERDUE, 4)]
    in_time = replace(records, posting(4, 8, 8, 12))  # Tuesday: 2 working days
    assert findings(in_time) == []


def test_a_step_still_running_past_its_limit_is_overdue_from_today():
    records = [*clean_records()[:3], record(4, ANNOUNCE, 3, completed_on=None)]
    assert kinds(findings(records, today=MONDAY + timedelta(days=4))) == []
    assert kinds(findings(records, today=MONDAY + timedelta(days=7))) == [(Kind.OVERDUE, 4)]


def test_skipping_a_meeting_fires_on_the_record_after_the_gap():
    records = [r for r in clean_records() if r.pk != 2]
    found = findings(records)
    assert kinds(found) == [(Kind.SKIPPED, 3)]
    # The judgement step between may be passed without a record; the meeting may not.
    assert "两委商议" in found[0].message and "是否通过" not in found[0].message


def test_a_step_that_cannot_follow_the_previous_one_is_out_of_order():
    records = [*clean_records()[:4], meeting(6, CONSULT, 8, 9, 9, 9)]
    assert kinds(findings(records)) == [(Kind.OUT_OF_ORDER, 6)]


def test_the_branch_taken_is_followed():
    # "不同意" at the judgement leads to the end that stops the matter: no breach there.
    stopped = [
        record(1, PROPOSE, 0),
        meeting(2, CONSULT, 1, 9, 9, 3, result="rejected"),
        record(3, PASSED, 1, branch="不同意"),
        record(4, STOP, 2),
    ]
    assert findings(stopped) == []
    # Going on to the resolution after "不同意" skips nothing but is out of order.
    wrong = [*stopped[:3], meeting(4, RESOLVE, 2, 30, 25, 20)]
    assert kinds(findings(wrong, today=MONDAY + timedelta(days=2))) == [(Kind.OUT_OF_ORDER, 4)]


FOUR = {
    "name": "五万元以上四议两公开",
    "min_amount": "50000",
    "procedure": "four_deliberations",
    "procedure_label": "四议两公开",
    "meetings": 3,
}
COLLECTIVE_TWO = dict(FOUR, min_amount="1000", meetings=2, procedure="collective")


def test_amount_above_a_threshold_needs_a_procedure_the_chart_lacks():
    # The chart has two voting meetings; 四议两公开 needs three.
    assert kinds(findings(clean_records(), amount="50000", rules=[FOUR])) == [(Kind.AMOUNT, None)]
    assert findings(clean_records(), amount="49999.99", rules=[FOUR]) == []
    assert findings(clean_records(), amount=None, rules=[FOUR]) == []


def test_amount_rule_counts_the_meetings_held_once_the_case_ends():
    stopped = [
        record(1, PROPOSE, 0),
        meeting(2, CONSULT, 1, 9, 9, 3, result="rejected"),
        record(3, PASSED, 1, branch="不同意"),
        record(4, STOP, 2),
    ]
    assert kinds(findings(stopped, amount="5000", rules=[COLLECTIVE_TWO])) == [(Kind.AMOUNT, None)]
    # Still running: the second meeting may yet come.
    assert findings(stopped[:2], amount="5000", rules=[COLLECTIVE_TWO]) == []
    assert findings(clean_records(), amount="5000", rules=[COLLECTIVE_TWO]) == []


def test_working_days_skip_weekends():
    friday = MONDAY + timedelta(days=4)
    assert working_days_between(friday, friday + timedelta(days=3)) == 1  # to Monday
    assert working_days_between(MONDAY, MONDAY + timedelta(days=14)) == 10


# A step nobody has started (环节逾期未办理) --------------------------------------------------


def waiting_after_resolution(day_resolved: int = 4):
    """Resolved on Friday (day 4); the posting, due within 2 working days, not started."""
    return [
        record(1, PROPOSE, 0),
        meeting(2, CONSULT, 1, 9, 9, 9),
        meeting(3, RESOLVE, 4, 30, 25, 20),
    ]


def test_a_next_step_not_started_is_late_the_working_day_after_its_limit():
    records = waiting_after_resolution()
    friday = MONDAY + timedelta(days=4)
    # Saturday, Sunday, Monday, Tuesday (the 2nd working day): still within the limit.
    for day in range(5, 9):
        assert findings(records, today=MONDAY + timedelta(days=day)) == [], day
    found = findings(records, today=MONDAY + timedelta(days=9))  # Wednesday
    assert kinds(found) == [(Kind.NOT_STARTED, 3)]
    assert found[0].key == "not_started:3"
    assert found[0].message == (
        f"“村民代表会议决议”于 {friday.isoformat()} 办完后，“决议公开”（时限 2个工作日，"
        f"最迟 {(friday + timedelta(days=4)).isoformat()} 开始）逾期未办理。"
    )
    # The message does not change as days pass, so a daily re-check keeps one breach.
    assert findings(records, today=MONDAY + timedelta(days=20)) == found


def test_a_calendar_day_limit_counts_weekends():
    chart = snapshot()
    chart["steps"][ANNOUNCE - 1].update(time_limit_days=2, time_limit_type="calendar")
    records = waiting_after_resolution()
    sunday, monday = MONDAY + timedelta(days=6), MONDAY + timedelta(days=7)
    assert check_case(chart, records, amount=None, opened_on=MONDAY, today=sunday) == []
    found = check_case(chart, records, amount=None, opened_on=MONDAY, today=monday)
    assert kinds(found) == [(Kind.NOT_STARTED, 3)] and "时限 2天" in found[0].message


def test_once_started_the_late_step_is_checked_on_its_own_record():
    records = [*waiting_after_resolution(), record(4, ANNOUNCE, 9, completed_on=None)]
    assert kinds(findings(records, today=MONDAY + timedelta(days=9))) == [(Kind.OVERDUE, 4)]


def test_a_step_not_started_after_the_case_opened_counts_from_the_opening():
    chart = snapshot()
    chart["steps"][PROPOSE - 1].update(time_limit_days=5)
    assert check_case(chart, [], amount=None, opened_on=MONDAY, today=MONDAY + timedelta(7)) == []
    found = check_case(chart, [], amount=None, opened_on=MONDAY, today=MONDAY + timedelta(8))
    assert [(f.kind, f.key, f.record_id) for f in found] == [
        (Kind.NOT_STARTED, "not_started:opened", None)
    ]
    assert found[0].message.startswith(f"启动办理（{MONDAY.isoformat()}）后，“党支部提议”")


def test_a_finished_case_waits_for_nothing():
    assert findings(clean_records(), today=MONDAY + timedelta(days=400)) == []


REFUSE = 8


def branching_snapshot() -> dict:
    """ "不同意" leads to a written refusal due within 1 working day; "同意" to the resolution,
    due within 5."""
    chart = snapshot()
    chart["steps"][RESOLVE - 1].update(time_limit_days=5)
    chart["steps"].append(_step(REFUSE, "书面告知理由", time_limit_days=1))
    chart["edges"] = [e for e in chart["edges"] if e["target"] != STOP]
    chart["edges"] += [
        {"source": PASSED, "target": REFUSE, "label": "不同意"},
        {"source": REFUSE, "target": STOP, "label": ""},
    ]
    return chart


def branch_findings(records, day):
    return check_case(
        branching_snapshot(),
        records,
        amount=None,
        opened_on=MONDAY,
        today=MONDAY + timedelta(days=day),
    )


def test_the_branch_not_taken_does_not_count():
    agreed = [
        record(1, PROPOSE, 0),
        meeting(2, CONSULT, 0, 9, 9, 9),
        record(3, PASSED, 0, branch="同意"),
    ]
    # Wednesday: the refusal's 1 day has passed, but the case went to the resolution (5 days).
    assert branch_findings(agreed, 2) == []
    assert branch_findings(agreed, 5) == []  # Saturday: 4 working days
    assert kinds(branch_findings(agreed, 8)) == [(Kind.NOT_STARTED, 3)]  # Thursday: 6
    assert "书面告知理由" not in branch_findings(agreed, 8)[0].message

    refused = [*agreed[:2], record(3, PASSED, 0, branch="不同意")]
    assert branch_findings(refused, 1) == []
    found = branch_findings(refused, 2)
    assert kinds(found) == [(Kind.NOT_STARTED, 3)]
    assert "书面告知理由" in found[0].message and "村民代表会议决议" not in found[0].message


def test_where_the_chart_leaves_the_way_open_the_late_next_steps_count_once():
    # The judgement was not recorded: either step may come next.
    unsure = [record(1, PROPOSE, 0), meeting(2, CONSULT, 0, 9, 9, 9)]
    found = branch_findings(unsure, 2)
    assert kinds(found) == [(Kind.NOT_STARTED, 2)]
    assert "书面告知理由" in found[0].message and "村民代表会议决议" not in found[0].message
    found = branch_findings(unsure, 8)
    assert kinds(found) == [(Kind.NOT_STARTED, 2)]  # one finding naming both
    assert "“书面告知理由”" in found[0].message and "“村民代表会议决议”" in found[0].message


# The rules as practice publishes them (DESIGN.md) -----------------------------------------


def test_resolution_quorum_is_two_thirds_of_representatives_counting_two_thirds_itself():
    # 村民委员会组织法 art. 26: the representatives' meeting sits with 三分之二以上 of its
    # members; "以上" includes the number itself (民法典 art. 1259), so 20 of 30 is enough.
    assert findings(replace(clean_records(), meeting(3, RESOLVE, 2, 30, 20, 11))) == []
    short = replace(clean_records(), meeting(3, RESOLVE, 2, 30, 19, 19))
    assert kinds(findings(short)) == [(Kind.QUORUM, 3)]


def test_review_needs_more_than_half_of_all_members_even_when_most_present_agree():
    # 审议: at least two thirds of the party members present, more than half of ALL in favour.
    # 20 of 30 present, 15 in favour: three quarters of those present, but only half of all.
    chart = snapshot()
    chart["steps"][CONSULT - 1]["name"] = "党员大会审议"
    half = replace(clean_records(), meeting(2, CONSULT, 1, 30, 20, 15))
    found = check_case(chart, half, amount=None, opened_on=MONDAY, today=MONDAY + timedelta(30))
    assert kinds(found) == [(Kind.VOTE, 2)] and "按 30 人计" in found[0].message
    more = replace(clean_records(), meeting(2, CONSULT, 1, 30, 20, 16))
    assert check_case(chart, more, amount=None, opened_on=MONDAY, today=MONDAY) == []


def subsistence_snapshot() -> dict:
    """低保: the village posting (7 calendar days) → county confirmation within 10 working days
    of an objection-free posting."""
    review, post, confirm, done = 1, 2, 3, 4
    return {
        "steps": [
            _step(review, "乡镇审核", "start"),
            _step(post, "村内公示7天", posting_days=7, time_limit_type="calendar"),
            _step(confirm, "县级确认", time_limit_days=10),
            _step(done, "办结归档", "end"),
        ],
        "edges": [
            {"source": review, "target": post, "label": ""},
            {"source": post, "target": confirm, "label": ""},
            {"source": confirm, "target": done, "label": ""},
        ],
        "amount_rules": [],
    }


def test_subsistence_confirmation_counts_from_the_end_of_the_posting():
    # Posted Monday to Sunday; the clerk marked the posting done the day it went up. The 10
    # working days of 县级确认 run from the posting's last day (公示期满), not from that mark.
    sunday = MONDAY + timedelta(days=6)
    posted = record(2, 2, 0, completed_on=MONDAY, posting_start=MONDAY, posting_end=sunday)
    on_time = record(3, 3, 20, completed_on=sunday + timedelta(days=14))  # 10th working day
    late = record(3, 3, 20, completed_on=sunday + timedelta(days=15))
    chart = subsistence_snapshot()

    def check(records, today):
        return check_case(chart, records, amount=None, opened_on=MONDAY, today=today)

    start = record(1, 1, 0)
    assert check([start, posted, on_time], on_time.completed_on) == []
    assert kinds(check([start, posted, late], late.completed_on)) == [(Kind.OVERDUE, 3)]
    # Waiting for the confirmation is counted from the same day.
    assert check([start, posted], on_time.completed_on) == []
    assert kinds(check([start, posted], late.completed_on)) == [(Kind.NOT_STARTED, 2)]
