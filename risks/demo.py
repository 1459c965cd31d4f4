"""The demo township's risk ledger (风险台账) and early warnings, added to ``powers.demo``.

Registered in ``powers.demo.DEMO_EXTENSIONS`` by the app config, so it runs inside the demo's
loading transaction, once the units, posts, items and their flowcharts exist. Like the rest of
the demo, every row is written the way its people would write it: the clerk finds the points
(自己找) and their measures, the unit head records the democratic review (民主评), the township
reviewer approves (乡镇审) and issues warnings, the daily job issues its own; each save goes
through the model's ``save()`` (or the lifecycle) so that every row has its history.
"""

from __future__ import annotations

import datetime as dt
from datetime import timedelta

from django.contrib.auth.models import User
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from powers.demo import _walk
from powers.history import job_context
from powers.lifecycle import save_edit
from powers.models import FlowStep, PowerItem, Township, Unit

from . import demo_data
from .models import PreventionMeasure, RiskMatrix, RiskPoint, Warning

UNREVIEWED_STAGES = {"identified", "identified_confirmed"}
# The lifecycle status each stage of the demo data ends in (see ``demo_data``).
WALK_TO = {
    "published": "published",
    "confirmed": "confirmed",
    "submitted": "submitted",
    "draft": "draft",
    "returned": "returned",
    "identified": "draft",
    "identified_confirmed": "confirmed",
}


def _community_text(text: str) -> str:
    for village_word, community_word in demo_data.COMMUNITY_WORDS:
        text = text.replace(village_word, community_word)
    return text


def _community_template(template: dict) -> dict:
    """A village template in the community's words and post names."""
    posts = demo_data.COMMUNITY_POSTS

    def text(value):
        return _community_text(value) if isinstance(value, str) else value

    result = {key: text(value) for key, value in template.items() if key != "measures"}
    result["post"] = posts.get(template["post"], template["post"])
    result["measures"] = [
        {
            **{key: text(value) for key, value in measure.items()},
            "post": posts.get(measure["post"], measure["post"]),
        }
        for measure in template["measures"]
    ]
    return result


def unit_templates(unit: Unit) -> list[tuple[dict, str, str]]:
    """(template, stage, internal reason) of each point the unit's ledger holds, in order."""
    code = unit.code.upper()
    if code in demo_data.PILOT_POINTS:
        return [
            (template, template["stage"], template.get("internal", ""))
            for template in demo_data.PILOT_POINTS[code]
        ]
    entries = []
    for key, stage, *internal in demo_data.LEDGERS.get(code, []):
        template = demo_data.VILLAGE_POINTS[key]
        if unit.kind == Unit.Kind.COMMUNITY:
            template = _community_template(template)
        entries.append(({**template, "key": key}, stage, internal[0] if internal else ""))
    return entries


class _UnitLedger:
    """What loading one unit's ledger needs at hand: its people, posts, items and steps."""

    def __init__(self, unit: Unit, reviewer: User):
        prefix = unit.code
        self.unit = unit
        self.clerk = User.objects.get(username=f"{prefix}-clerk")
        self.head = User.objects.get(username=f"{prefix}-head")
        self.people = {"clerk": self.clerk, "head": self.head, "reviewer": reviewer}
        self.posts = {post.name: post for post in unit.posts.all()}
        self.items = {item.code: item for item in PowerItem.objects.filter(unit=unit)}
        self.steps: dict[int, list[FlowStep]] = {}
        for step in FlowStep.objects.filter(
            flowchart__unit=unit, flowchart__item__isnull=False
        ).select_related("flowchart"):
            self.steps.setdefault(step.flowchart.item_id, []).append(step)

    def post(self, name: str):
        if name not in self.posts:
            raise ImproperlyConfigured(f"risks.demo_data: {self.unit.code} has no post {name}")
        return self.posts[name]

    def person(self, role: str) -> str:
        """A role, with the name of the post's holder where the unit has that post."""
        post = self.posts.get(role)
        return f"{role} {post.holder}".strip() if post and post.holder else role

    def item(self, template: dict) -> PowerItem:
        item = self.items.get(template["item"])
        if item is None or template["item_name"] not in item.name:
            raise ImproperlyConfigured(
                f"risks.demo_data: {self.unit.code} has no item {template['item']} "
                f"about {template['item_name']}"
            )
        return item

    def step(self, item: PowerItem, part: str) -> FlowStep | None:
        """The first step of the item's chart whose name contains ``part``, if any."""
        if not part:
            return None
        steps = sorted(self.steps.get(item.pk, []), key=lambda step: (step.order, step.pk))
        return next((step for step in steps if part in step.name), None)


def _at(day: dt.date, hour: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))


def _create_point(
    ledger: _UnitLedger,
    number: int,
    template: dict,
    stage: str,
    internal_reason: str,
    review: dict,
    today: dt.date,
) -> RiskPoint:
    """The clerk's entry of a point with its measures, then the review and the lifecycle."""
    item = ledger.item(template)
    post = ledger.post(template["post"])
    review_day = today - timedelta(days=review["days_ago"])
    # A table graded directly gives neither likelihood × impact nor a residual grade.
    residual_likelihood, residual_impact = template.get("residual", (None, None))
    point = RiskPoint(
        unit=ledger.unit,
        code=f"FX-{number:02d}",
        sequence=number,
        post=post,
        item=item,
        step=ledger.step(item, template["step"]),
        description=template["description"],
        manifestation=template.get("manifestation", ""),
        risk_type=template["risk_type"],
        post_risk=template["post_risk"],
        responsible_posts=template.get("responsible_posts", ""),
        responsible_person=ledger.person(template["post"]),
        leader_in_charge=ledger.person(template["leader"]),
        principal_leader=ledger.person(template["principal"]),
        supervisors=template.get("supervisors", ""),
        grade=template.get("grade", ""),
        likelihood=template.get("likelihood"),
        impact=template.get("impact"),
        residual_likelihood=residual_likelihood,
        residual_impact=residual_impact,
        identified_by=ledger.clerk,
        identified_at=_at(review_day - timedelta(days=12 - number % 4), 9 + number % 6),
        owner=ledger.head,
        is_internal=bool(internal_reason),
        internal_reason=internal_reason,
    )
    point.full_clean()

    def add_measures(saved: RiskPoint) -> None:
        for place, spec in enumerate(template["measures"], start=1):
            measure = PreventionMeasure(
                risk_point=saved,
                sequence=place,
                phase=spec.get("phase", ""),
                measure=spec["measure"],
                responsible_post=ledger.post(spec["post"]),
                responsible_person=ledger.posts[spec["post"]].holder,
                due_date=today + timedelta(days=spec["due"]),
                status=spec["status"],
            )
            measure.full_clean()
            measure._history_user = ledger.clerk
            measure.save()

    save_edit(point, user=ledger.clerk, expected_version=None, children=[add_measures])

    if stage not in UNREVIEWED_STAGES:
        # 民主评: the head records the meeting's verdict on the point.
        outcomes = demo_data.REVIEW_OUTCOMES
        point.review_date = review_day
        point.review_meeting = review["meeting"]
        point.review_participants = review["participants"]
        point.review_outcome = outcomes[number % len(outcomes)]
        point.reviewed_by = ledger.head
        point.reviewed_at = _at(review_day, 16)
        save_edit(point, user=ledger.head, expected_version=point.version)

    _walk(point, WALK_TO[stage], demo_data.RETURN_REASON, ledger.people)
    if stage == "published":
        # The reviewer who approved signs the ledger entry (乡镇审核人).
        point.refresh_from_db()
        point.approved_by = ledger.people["reviewer"]
        point._history_user = ledger.people["reviewer"]
        point._change_reason = "记录乡镇审核人"
        point.save(update_fields=["approved_by", "updated_at"])
    return point


def _warn(warning: Warning, user, reason: str) -> None:
    warning._history_user = user
    warning._change_reason = reason
    warning.full_clean()
    warning.save()


def _issue_warnings(
    points: dict[str, list[tuple[dict, RiskPoint]]], reviewer: User, today: dt.date
) -> None:
    now = timezone.now()
    specs = demo_data.WARNINGS

    def point_for(unit_code: str, *, key: str = "", post: str = "") -> RiskPoint:
        return next(
            point
            for template, point in points[unit_code]
            if (key and template.get("key") == key) or (post and template["post"] == post)
        )

    def responder(unit: Unit) -> User:
        return User.objects.get(username=f"{unit.code}-head")

    # 防控通知书 from the reviewer to a village's 报账员, open, due in ten days.
    spec = specs["prevention_notice"]
    point = point_for(spec["unit"], key=spec["point"])
    issued = now - timedelta(days=spec["days_ago"])
    _warn(
        Warning(
            unit=point.unit,
            post=point.post,
            risk_point=point,
            tier=Warning.Tier.PREVENTION_NOTICE,
            cause=spec["cause"],
            issued_by=reviewer,
            issued_at=issued,
            deadline=today + timedelta(days=spec["deadline_days"]),
        ),
        reviewer,
        f"发出预警：{spec['reason']}",
    )

    # 提醒 answered by the unit, waiting for the township to close it; then one closed.
    for name, tier in (("reminder", Warning.Tier.REMINDER), ("closed", None)):
        spec = specs[name]
        point = point_for(spec["unit"], post=spec["post"])
        issued = now - timedelta(days=spec["days_ago"])
        warning = Warning(
            unit=point.unit,
            post=point.post,
            risk_point=point,
            tier=tier or spec["tier"],
            cause=spec["cause"],
            issued_by=reviewer,
            issued_at=issued,
            deadline=timezone.localdate(issued) + timedelta(days=spec["deadline_days"]),
        )
        _warn(warning, reviewer, f"发出预警：{spec['reason']}")
        warning.response = spec["response"]
        warning.responded_by = responder(point.unit)
        warning.responded_at = now - timedelta(days=spec["response_days_ago"])
        warning.status = Warning.Status.RESPONDED
        _warn(warning, warning.responded_by, "单位回复预警")
        if "closing_note" in spec:
            warning.closing_note = spec["closing_note"]
            warning.closed_by = reviewer
            warning.closed_at = now - timedelta(days=spec["closed_days_ago"])
            warning.status = Warning.Status.CLOSED
            _warn(warning, reviewer, f"关闭预警：{spec['closing_note']}")

    # The daily check's warning for an overdue measure, in a unit no one else warned, now
    # itself past its deadline: what the next run of the job escalates.
    spec = specs["system"]
    warned = {specs[name]["unit"] for name in ("prevention_notice", "reminder", "closed")}
    issued = now - timedelta(days=spec["days_ago"])
    latest_due = today - timedelta(days=spec["min_overdue_days"])
    measure = (
        PreventionMeasure.objects.filter(
            risk_point__in=[
                point
                for unit_code, unit_points in points.items()
                if unit_code not in warned
                for _template, point in unit_points
                if point.is_public
            ],
            status=PreventionMeasure.MeasureStatus.PLANNED,
            due_date__lte=latest_due,
        )
        .select_related("risk_point__unit")
        .order_by("risk_point__unit__code", "risk_point__code", "pk")
        .first()
    )
    if measure is None:
        raise ImproperlyConfigured("risks.demo_data: no measure overdue long enough to warn of")
    point = measure.risk_point
    with job_context("issue_system_warnings"):
        _warn(
            Warning(
                unit=point.unit,
                post=point.post,
                risk_point=point,
                tier=Warning.Tier.PREVENTION_NOTICE,
                cause=(
                    f"风险点 {point.code} 的{measure.get_phase_display()}措施已超过完成期限"
                    f"（{measure.due_date.isoformat()}）。"
                ),
                cause_key=f"measure-overdue:{measure.pk}",
                issued_by=None,
                issued_at=issued,
                deadline=timezone.localdate(issued) + timedelta(days=spec["deadline_days"]),
            ),
            None,
            "系统每日检查发出预警",
        )


def load_demo_ledger(township: Township) -> None:
    """Create the township's matrix, every unit's ledger and a few warnings (once)."""
    if RiskMatrix.objects.filter(township=township).exists():
        return
    admin = User.objects.get(username="admin")
    reviewer = User.objects.get(username="reviewer")
    today = timezone.localdate()

    matrix = RiskMatrix.default_for(township)
    matrix.kind_grades = {kind: list(names) for kind, names in demo_data.KIND_GRADES.items()}
    matrix.full_clean()
    matrix._history_user = admin
    matrix._change_reason = "采用默认风险矩阵（3×3），学校按Ⅰ级、Ⅱ级、Ⅲ级评定"
    matrix.save()
    township._risk_matrix_cache = matrix

    points: dict[str, list[tuple[dict, RiskPoint]]] = {}
    for unit in Unit.objects.filter(township=township).order_by("code"):
        unit.township = township  # the matrix cached on it serves every point
        entries = unit_templates(unit)
        if not entries:
            continue
        ledger = _UnitLedger(unit, reviewer)
        review = demo_data.REVIEWS[unit.code.upper()]
        points[unit.code.upper()] = [
            (template, _create_point(ledger, number, template, stage, reason, review, today))
            for number, (template, stage, reason) in enumerate(entries, start=1)
        ]
    _issue_warnings(points, reviewer, today)
