"""A case's records checked against the flowchart snapshot it follows.

Plain functions over the snapshot (a dict) and the records (anything with StepRecord's
attributes), so they run without queries and are tested on the exact record that breaks a
rule. The rules, each firing on one record (or, for the amount, on the case):

- skipped step: between two consecutive records (ordered by start date) the chart's path
  passes a step that was not recorded. Judgement steps (判断) may be passed without a record:
  the next record shows which way the case went. The first record must be the start step.
- out of order: the next record's step cannot be reached from the previous one at all.
- quorum: a meeting step attended by fewer than its rule (过半数 / 三分之二以上) of those who
  should attend, or a completed meeting without its attendance recorded.
- vote: a meeting whose votes in favour miss its rule (到会过半数, 全体过半数, 到会三分之二),
  unless the record says the motion did not pass; or a completed vote without its votes.
- posting: a posting step shown for fewer days than required (start and end days inclusive),
  or completed without its dates.
- time limit: a step finished (a posting: started) later than its limit after the previous
  step finished (a posting: its last day; the first step: after the case opened); a step still
  running past its limit counts from today. Working days skip Saturdays and Sundays (public
  holidays are not known).
- not started: the case waits after a finished step (or, with no record yet, after opening),
  and a step that comes next on the chart (the branch recorded at a judgement step picks the
  way) has not been started within its limit. Where the chart leaves more than one way open,
  one finding covers every next step past its limit. Once the step starts, the time-limit
  rule above takes over on its record.
- amount: the case's amount reaches a township threshold whose procedure needs more voting
  meetings than the chart holds, or than the case recorded once it reached its end.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.utils.translation import gettext as _

from powers.time_limits import add_days, days_between

from .models import Breach

Kind = Breach.Kind


@dataclass(frozen=True)
class Finding:
    kind: str
    key: str
    message: str
    record_id: int | None = None


class Chart:
    """The snapshot's steps and edges, for walking."""

    def __init__(self, snapshot: dict):
        self.steps = {step["id"]: step for step in snapshot["steps"]}
        self.order = [step["id"] for step in snapshot["steps"]]
        self.edges: dict[int, list[dict]] = {step_id: [] for step_id in self.steps}
        for edge in snapshot["edges"]:
            self.edges.setdefault(edge["source"], []).append(edge)
        self.start = next(
            (s["id"] for s in snapshot["steps"] if s["kind"] == "start"),
            self.order[0] if self.order else None,
        )

    def name(self, step_id: int) -> str:
        return self.steps[step_id]["name"] if step_id in self.steps else f"#{step_id}"

    def is_decision(self, step_id: int) -> bool:
        return self.steps.get(step_id, {}).get("kind") == "decision"

    def successors(self, step_id: int, branch: str = "") -> list[int]:
        edges = self.edges.get(step_id, [])
        if branch and any(edge["label"] == branch for edge in edges):
            edges = [edge for edge in edges if edge["label"] == branch]
        return [edge["target"] for edge in edges]

    def path(self, source: int, target: int, branch: str = "") -> list[int] | None:
        """The shortest path from ``source`` to ``target`` (both included), or None."""
        previous: dict[int, int | None] = {source: None}
        queue = deque([source])
        while queue:
            current = queue.popleft()
            for following in self.successors(current, branch if current == source else ""):
                if following == target:  # also a loop back to the source (再议)
                    path = [current]
                    while previous[path[-1]] is not None:
                        path.append(previous[path[-1]])
                    return [*path[::-1], target]
                if following in previous:
                    continue
                previous[following] = current
                queue.append(following)
        return None

    def next_steps(self, step_id: int, branch: str = "") -> list[int]:
        """The steps that may come after ``step_id``, looking through judgement steps."""
        found, seen = [], set()
        queue = deque(self.successors(step_id, branch))
        while queue:
            current = queue.popleft()
            if current in seen:
                continue
            seen.add(current)
            if self.is_decision(current):
                queue.extend(self.successors(current))
            else:
                found.append(current)
        return found


def ordered(records) -> list:
    return sorted(records, key=lambda r: (r.started_on, r.pk or 0))


@dataclass
class Progress:
    """Where a case stands on its chart."""

    done: set[int]
    current: set[int]
    passed: set[int]  # judgement steps the case went through without a record of their own
    next_steps: list[int]
    skipped: set[int]
    reached_end: bool


def _walk(chart: Chart, records: list) -> tuple[list[Finding], Progress]:
    findings: list[Finding] = []
    done: set[int] = set()
    current: set[int] = set()
    passed: set[int] = set()
    skipped: set[int] = set()
    previous = None
    for record in records:
        source = chart.start if previous is None else previous.step_id
        branch = "" if previous is None else previous.branch
        if previous is None and record.step_id == chart.start:
            path = [record.step_id]
        elif previous is not None and record.step_id in chart.successors(source, branch):
            path = [source, record.step_id]
        else:
            path = chart.path(source, record.step_id, branch)
        if path is None:
            findings.append(
                Finding(
                    Kind.OUT_OF_ORDER,
                    f"order:{record.pk}",
                    _("“%(step)s”不能接在“%(previous)s”之后办理。")
                    % {"step": chart.name(record.step_id), "previous": chart.name(source)},
                    record.pk,
                )
            )
        else:
            between = path[1:-1] if previous is not None else path[:-1]
            missing = [s for s in between if not chart.is_decision(s)]
            passed.update(s for s in between if chart.is_decision(s))
            if missing:
                skipped.update(missing)
                findings.append(
                    Finding(
                        Kind.SKIPPED,
                        f"skipped:{record.pk}",
                        _("办理“%(step)s”之前跳过了：%(missing)s。")
                        % {
                            "step": chart.name(record.step_id),
                            "missing": "、".join(chart.name(s) for s in missing),
                        },
                        record.pk,
                    )
                )
        if record.completed_on:
            done.add(record.step_id)
            current.discard(record.step_id)
        else:
            current.add(record.step_id)
        previous = record
    next_steps: list[int] = []
    reached_end = False
    if previous is None:
        next_steps = [chart.start] if chart.start is not None else []
    elif previous.completed_on:
        if chart.steps.get(previous.step_id, {}).get("kind") == "end":
            reached_end = True
        else:
            next_steps = chart.next_steps(previous.step_id, previous.branch)
    skipped -= done | current
    return findings, Progress(done, current, passed, next_steps, skipped, reached_end)


def progress(snapshot: dict, records) -> Progress:
    return _walk(Chart(snapshot), ordered(records))[1]


def _meeting_findings(step: dict, record) -> list[Finding]:
    findings = []
    name = step["name"]
    should, attended = record.should_attend, record.attended
    if step.get("quorum"):
        if should is None or attended is None:
            if record.completed_on:
                findings.append(
                    Finding(
                        Kind.QUORUM,
                        f"quorum:{record.pk}",
                        _("“%(step)s”未记录应到、实到人数。") % {"step": name},
                        record.pk,
                    )
                )
        else:
            required = {"half": (1, 2, False), "two_thirds": (2, 3, True)}[step["quorum"]]
            numerator, denominator, inclusive = required
            enough = (
                attended * denominator >= should * numerator
                if inclusive
                else attended * denominator > should * numerator
            )
            if not enough:
                findings.append(
                    Finding(
                        Kind.QUORUM,
                        f"quorum:{record.pk}",
                        _("“%(step)s”应到 %(should)s 人、实到 %(attended)s 人，未达到“%(rule)s”。")
                        % {
                            "step": name,
                            "should": should,
                            "attended": attended,
                            "rule": step["quorum_label"],
                        },
                        record.pk,
                    )
                )
    rule = step.get("vote_rule")
    if rule and record.result != "rejected":
        votes = record.votes_for
        base = should if rule == "majority_all" else attended
        if votes is None or base is None:
            if record.completed_on:
                findings.append(
                    Finding(
                        Kind.VOTE,
                        f"vote:{record.pk}",
                        _("“%(step)s”未记录表决票数。") % {"step": name},
                        record.pk,
                    )
                )
        else:
            enough = votes * 3 >= base * 2 if rule == "two_thirds_present" else votes * 2 > base
            if not enough:
                findings.append(
                    Finding(
                        Kind.VOTE,
                        f"vote:{record.pk}",
                        _(
                            "“%(step)s”同意 %(votes)s 票，未达到“%(rule)s”"
                            "（按 %(base)s 人计），却未记为未通过。"
                        )
                        % {
                            "step": name,
                            "votes": votes,
                            "rule": step["vote_rule_label"],
                            "base": base,
                        },
                        record.pk,
                    )
                )
    return findings


def _posting_finding(step: dict, record) -> Finding | None:
    required = step.get("posting_days")
    if not required:
        return None
    start, end = record.posting_start, record.posting_end
    if start is None or end is None:
        if not record.completed_on:
            return None
        message = _("“%(step)s”未记录公示起止日期。") % {"step": step["name"]}
    else:
        shown = (end - start).days + 1
        if shown >= required:
            return None
        message = _(
            "“%(step)s”公示 %(shown)s 天（%(start)s 至 %(end)s），少于规定的 %(required)s 天。"
        ) % {
            "step": step["name"],
            "shown": shown,
            "start": start.isoformat(),
            "end": end.isoformat(),
            "required": required,
        }
    return Finding(Kind.POSTING, f"posting:{record.pk}", message, record.pk)


def _time_finding(step: dict, record, since: date, today: date) -> Finding | None:
    limit = step.get("time_limit_days")
    if not limit:
        return None
    finished = record.completed_on
    if step.get("posting_days") and record.posting_start:
        finished = record.posting_start
    until = finished or today
    day_type = step.get("time_limit_type") or "working"
    taken = days_between(since, until, day_type)
    if taken <= limit:
        return None
    unit = _("个工作日") if day_type == "working" else _("天")
    return Finding(
        Kind.OVERDUE,
        f"overdue:{record.pk}",
        _("“%(step)s”时限 %(limit)s%(unit)s，自 %(since)s 起用了 %(taken)s%(unit)s%(running)s。")
        % {
            "step": step["name"],
            "limit": limit,
            "unit": unit,
            "since": since.isoformat(),
            "taken": taken,
            "running": "" if finished else _("（仍在办理）"),
        },
        record.pk,
    )


def finished_on(step: dict | None, record) -> date | None:
    """When a step's record lets the next step's clock start: a posting's last day (the
    next step counts from the end of the posting period, e.g. 低保 confirmation within 10
    working days of an objection-free posting), else the day it was completed."""
    if step and step.get("posting_days") and record.posting_end:
        return record.posting_end
    return record.completed_on


def _not_started_finding(
    chart: Chart, state: Progress, last, since: date, today: date
) -> Finding | None:
    """The steps due next that nobody has started although their limit has passed."""
    if state.current or state.reached_end:
        return None
    late = []
    for step_id in state.next_steps:
        step = chart.steps.get(step_id, {})
        limit = step.get("time_limit_days")
        if not limit:
            continue
        day_type = step.get("time_limit_type") or "working"
        if days_between(since, today, day_type) > limit:
            late.append((step, limit, day_type))
    if not late:
        return None
    steps = "、".join(
        _("“%(step)s”（时限 %(limit)s%(unit)s，最迟 %(due)s 开始）")
        % {
            "step": step["name"],
            "limit": limit,
            "unit": _("个工作日") if day_type == "working" else _("天"),
            "due": add_days(since, limit, day_type).isoformat(),
        }
        for step, limit, day_type in late
    )
    if last is None:
        message = _("启动办理（%(since)s）后，%(steps)s逾期未办理。")
        values = {"since": since.isoformat(), "steps": steps}
    else:
        message = _("“%(previous)s”于 %(since)s 办完后，%(steps)s逾期未办理。")
        values = {"previous": chart.name(last.step_id), "since": since.isoformat(), "steps": steps}
    return Finding(
        Kind.NOT_STARTED,
        f"not_started:{last.pk if last is not None else 'opened'}",
        message % values,
        None if last is None else last.pk,
    )


def _amount_findings(snapshot: dict, chart: Chart, records, amount, reached_end: bool):
    if amount is None:
        return []
    voting = {
        s for s, step in chart.steps.items() if step.get("is_meeting") and step.get("vote_rule")
    }
    recorded = {r.step_id for r in records if r.step_id in voting}
    findings = []
    for rule in snapshot.get("amount_rules", []):
        if Decimal(str(amount)) < Decimal(rule["min_amount"]):
            continue
        needed = rule["meetings"]
        if len(voting) >= needed and (not reached_end or len(recorded) >= needed):
            continue
        findings.append(
            Finding(
                Kind.AMOUNT,
                f"amount:{rule['procedure']}:{rule['min_amount']}",
                _(
                    "涉及金额 %(amount)s 元，达到 %(min)s 元须经%(procedure)s"
                    "（至少 %(needed)s 次会议表决），本次办理%(had)s。"
                )
                % {
                    "amount": amount,
                    "min": rule["min_amount"],
                    "procedure": rule["procedure_label"],
                    "needed": needed,
                    "had": _("只有 %(n)s 次会议表决")
                    % {"n": len(recorded) if reached_end else len(voting)},
                },
            )
        )
    return findings


def check_case(snapshot: dict, records, *, amount, opened_on: date, today: date) -> list[Finding]:
    """Every breach the records show against the snapshot, in record order."""
    chart = Chart(snapshot)
    records = ordered(records)
    findings, state = _walk(chart, records)
    since = opened_on
    for record in records:
        step = chart.steps.get(record.step_id)
        if step is None:
            continue
        if step.get("is_meeting"):
            findings += _meeting_findings(step, record)
        if posting := _posting_finding(step, record):
            findings.append(posting)
        if overdue := _time_finding(step, record, since, today):
            findings.append(overdue)
        since = finished_on(step, record) or since
    last = records[-1] if records else None
    if not_started := _not_started_finding(chart, state, last, since, today):
        findings.append(not_started)
    findings += _amount_findings(snapshot, chart, records, amount, state.reached_end)
    return findings


def unfinished_finding(snapshot: dict, records) -> Finding | None:
    """Closing as approved before the chart's end skips the steps still ahead: those on the
    way from the last record (or the start) to the first end step of the chart it can reach
    (the regular end, drawn before the end of a refusal), judgement steps left out."""
    chart = Chart(snapshot)
    records = ordered(records)
    state = _walk(chart, records)[1]
    if state.reached_end:
        return None
    last = records[-1] if records else None
    ends = [s for s in chart.order if chart.steps[s]["kind"] == "end"]
    if last is None:
        source, branch, ahead = chart.start, "", [chart.start]
    else:
        source, branch = last.step_id, last.branch
        ahead = [] if last.completed_on else [last.step_id]
    paths = (chart.path(source, end, branch) for end in ends if end != source)
    path = next((path for path in paths if path), None)
    ahead += path[1:] if path else state.next_steps
    remaining = list(dict.fromkeys(s for s in ahead if s is not None and not chart.is_decision(s)))
    if not remaining:
        return None
    return Finding(
        Kind.SKIPPED,
        "skipped:unfinished",
        _("按“通过”办结时流程尚未走完，跳过了：%(missing)s。")
        % {"missing": "、".join(chart.name(s) for s in remaining)},
        last.pk if last else None,
    )


def due_date(snapshot: dict, records, opened_on: date) -> tuple[list[int], date | None]:
    """The steps due next and the date by which the first of them must be done (None when
    they have no time limit)."""
    chart = Chart(snapshot)
    records = ordered(records)
    state = _walk(chart, records)[1]
    finished = [finished_on(chart.steps.get(r.step_id), r) for r in records if r.completed_on]
    since = finished[-1] if finished else opened_on
    step_ids = sorted(state.current, key=chart.order.index) if state.current else state.next_steps
    dues = []
    for step_id in step_ids:
        step = chart.steps[step_id]
        if step.get("time_limit_days"):
            dues.append(add_days(since, step["time_limit_days"], step.get("time_limit_type")))
    return step_ids, min(dues) if dues else None
