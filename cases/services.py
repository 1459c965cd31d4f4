"""Opening, recording, checking, closing and publishing cases.

Every write goes through these functions, which set the history user and reason, refuse a
save based on a stale version, re-run the checks and keep the breaches, and the warning to the
unit, in step with the records.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from disclosures.models import Audience, Disclosure
from powers.history import stamp
from powers.lifecycle import ConcurrentEditError, save_edit
from powers.models import Flowchart, FlowStep, PowerItem
from powers.personal_data_guard import MASK_REASON, refuse_if_blocked
from powers.public_cache import bump
from powers.sanitize import clean_html
from risks.models import Warning
from risks.uploads import CheckedUpload

from . import checks
from .models import (
    Breach,
    Case,
    ProcedureRule,
    StepAttachment,
    StepRecord,
    attachment_path,
    public_content,
)

# How long the unit has to answer a breach warning before the township follows it up.
WARNING_DEADLINE_DAYS = 5


def step_snapshot(step: dict, rules) -> dict:
    """One step of the approved chart (its public snapshot) with the rule codes the checks
    need, from ``rules``: the step's row as it stood at approval."""
    quorum = getattr(rules, "quorum_fraction", "") or ""
    vote_rule = getattr(rules, "vote_rule", "") or ""
    return {
        "id": step["id"],
        "name": step["name"],
        "kind": step["kind"],
        "order": getattr(rules, "order", 0),
        "handling_post": step["handling_post"],
        "responsible_party": step["responsible_party"],
        "time_limit_days": getattr(rules, "time_limit_days", None),
        "time_limit_type": getattr(rules, "time_limit_type", "") or "working",
        "posting_days": step["posting_days"],
        "is_meeting": step["is_meeting"],
        "quorum": quorum,
        "quorum_label": str(FlowStep.Quorum(quorum).label) if quorum else "",
        "vote_rule": vote_rule,
        "vote_rule_label": str(FlowStep.VoteRule(vote_rule).label) if vote_rule else "",
    }


def approved_chart(item: PowerItem) -> Flowchart:
    """The item's flowchart if it has an approved (published) version, else a refusal."""
    chart = getattr(item, "flowchart", None)
    if chart is None:
        raise ValidationError(_("该事项还没有流程图，不能登记办理。"))
    if not (chart.is_public and chart.published_data and chart.published_at):
        raise ValidationError(
            _("该事项的流程图还没有经乡镇审核发布，不能登记办理；请先将流程图提交审核。")
        )
    if not chart.published_data.get("steps"):
        raise ValidationError(_("该事项的流程图还没有环节，不能登记办理。"))
    return chart


def _rules_at(step_ids: list[int], moment) -> dict[int, object]:
    """Each step's row as it stood at ``moment`` (its last history entry before it), falling
    back to the live row for a step saved without history."""
    rows: dict[int, object] = {}
    history = FlowStep.history.filter(id__in=step_ids, history_date__lte=moment).order_by(
        "id", "-history_date", "-history_id"
    )
    for row in history:
        rows.setdefault(row.id, row)
    missing = [step_id for step_id in step_ids if step_id not in rows]
    if missing:
        rows.update(FlowStep.objects.in_bulk(missing))
    return rows


def snapshot_for(item: PowerItem) -> dict:
    """The item's flowchart as approved and published (the public snapshot taken at approval,
    not an edit still in review), with the step rules and the township's amount rules that
    apply to the unit: what the case will be checked against for its whole life."""
    chart = approved_chart(item)
    published = chart.published_data
    rules = _rules_at([step["id"] for step in published["steps"]], chart.published_at)
    amount_rules = ProcedureRule.objects.filter(township_id=item.unit.township_id, is_active=True)
    if not item.unit.is_village:
        amount_rules = amount_rules.filter(villages_only=False)
    return {
        "flowchart": {
            "id": chart.pk,
            "title": published["title"],
            "version": chart.published_version,
        },
        "steps": [step_snapshot(step, rules.get(step["id"])) for step in published["steps"]],
        "edges": [dict(edge) for edge in published["edges"]],
        "amount_rules": [rule.snapshot() for rule in amount_rules.order_by("min_amount")],
        "taken_at": timezone.now().isoformat(),
    }


def _public_changed(case: Case, was_public: bool = False) -> None:
    if case.is_public or was_public:
        code = case.unit.township.code
        transaction.on_commit(lambda: bump(code))


def _mark_unpublished(case: Case, user) -> None:
    """A public case's records or result changed: the public keeps reading what was published
    until the unit head or the township reviewer publishes the update (:func:`set_public`).
    The case's version moves, so a decision taken on a page showing less is refused."""
    if not case.is_public:
        return
    case.has_unpublished_changes = True
    case.version += 1
    stamp(case, user, _("有尚未公开的更新"))
    case.save(update_fields=["has_unpublished_changes", "version", "updated_at"])


def _locked(case: Case, expected_version: int | None) -> Case:
    current = Case.objects.select_for_update().get(pk=case.pk)
    if expected_version is not None and current.version != expected_version:
        raise ConcurrentEditError(current, current.history.filter(version=expected_version).first())
    return current


def open_case(case: Case, *, user) -> Case:
    """Register a new case of a published item, with the snapshot of its flowchart."""
    if not case.item.is_public:
        raise ValidationError(_("只能登记已公开的权力事项的办理。"))
    if case.item.unit_id != case.unit_id:
        raise ValidationError(_("该事项不属于本单位。"))
    case.snapshot = snapshot_for(case.item)
    case.opened_by = user
    with transaction.atomic():
        stamp(case, user, _("登记办理"))
        case.save()
        refresh_breaches(case, user=user)
    return case


def save_record(record: StepRecord, *, user, expected_version: int | None = None) -> StepRecord:
    """Save a step record (new or edited) and re-check its case."""
    step = record.case.snapshot_step(record.step_id)
    if step is None:
        raise ValidationError(_("该环节不在本事项的流程中。"))
    record.step_name = step["name"]
    with transaction.atomic():
        case = _locked(record.case, None)
        if not case.is_open:
            raise ValidationError(_("该事项已办结，不能再录入环节记录。"))
        if record.pk:
            current = StepRecord.objects.select_for_update().get(pk=record.pk)
            if expected_version is not None and current.version != expected_version:
                raise ConcurrentEditError(
                    current, current.history.filter(version=expected_version).first()
                )
            record.version = current.version + 1
        else:
            record.recorded_by = user
        stamp(record, user)
        record.save()
        refresh_breaches(case, user=user)
        _mark_unpublished(case, user)
    return record


def attach(record: StepRecord, checked: CheckedUpload, *, user) -> StepAttachment:
    """Keep a checked upload under its hash (once, however often it comes) with the record."""
    attachment = StepAttachment(record=record, uploaded_by=user, **checked.record_fields())
    with transaction.atomic():
        # Locked like a record's save, so a case closing meanwhile takes no more evidence.
        if not _locked(record.case, None).is_open:
            raise ValidationError(_("该事项已办结，不能再上传附件。"))
        checked.keep_at(attachment.file, attachment_path(attachment, checked.original_name))
        stamp(attachment, user)
        attachment.save()
    return attachment


def refresh_breaches(
    case: Case,
    *,
    user=None,
    today: date | None = None,
    raise_not_started: bool = False,
    closing_approved: bool = False,
) -> list[Breach]:
    """Bring the case's stored breaches in line with what the checks find now, and warn the
    unit while any is open. Returns the open breaches.

    A step nobody has started in time (环节逾期未办理) is raised only with
    ``raise_not_started`` (the daily job): a clerk entering a case's past steps one by one
    would otherwise raise one at each save, resolved by the next. A save keeps such a breach
    open while it holds and resolves it once the step is started.

    With ``closing_approved`` (the case is being closed as approved) the steps it has not
    reached yet count as skipped."""
    today = today or timezone.localdate()
    records = list(StepRecord.objects.filter(case=case))
    findings = checks.check_case(
        case.snapshot, records, amount=case.amount, opened_on=case.opened_on, today=today
    )
    if closing_approved and (unfinished := checks.unfinished_finding(case.snapshot, records)):
        findings.append(unfinished)
    open_breaches = {b.key: b for b in Breach.objects.filter(case=case, resolved_at__isnull=True)}
    found = {
        finding.key: finding
        for finding in findings
        if raise_not_started
        or finding.kind != Breach.Kind.NOT_STARTED
        or finding.key in open_breaches
    }
    now = timezone.now()
    with transaction.atomic():
        for key, breach in open_breaches.items():
            finding = found.get(key)
            if finding is None:
                breach.resolved_at = now
                if breach.kind == Breach.Kind.NOT_STARTED:
                    # The late step was started: its own record now carries the time limit.
                    stamp(breach, user, _("环节已开始办理，超时情况转由该环节记录检查"))
                else:
                    stamp(breach, user, _("记录已更正，不再违规"))
                breach.save()
            elif breach.message != finding.message:
                breach.message = finding.message
                stamp(breach, user, _("违规情况有变化"))
                breach.save()
        for key, finding in found.items():
            if key in open_breaches:
                continue
            breach = Breach(
                case=case,
                record_id=finding.record_id,
                kind=finding.kind,
                key=key,
                message=finding.message,
            )
            stamp(breach, user, _("系统检查发现"))
            breach.save()
        if found:
            _warn(case, list(found.values()), today)
    return list(Breach.objects.filter(case=case, resolved_at__isnull=True))


def warning_cause_key(case: Case) -> str:
    return f"case-breach:{case.pk}"


def _warn(case: Case, findings: list[checks.Finding], today: date) -> None:
    """One open warning per breaching case (a prevention notice to the unit), like the
    warnings of overdue disclosures and unanswered feedback."""
    key = warning_cause_key(case)
    if Warning.objects.open().filter(unit_id=case.unit_id, cause_key=key).exists():
        return
    warning = Warning(
        unit_id=case.unit_id,
        tier=Warning.Tier.PREVENTION_NOTICE,
        cause=_("权力运行记录 %(ref)s“%(title)s”不符合流程：%(what)s")
        % {
            "ref": case.reference,
            "title": case.title,
            "what": "；".join(f.message.rstrip("。") for f in findings),
        },
        cause_key=key,
        issued_by=None,
        deadline=today + timedelta(days=WARNING_DEADLINE_DAYS),
    )
    # False: another request warned about the same case at the same moment.
    warning.issue_by_system(_("系统检查权力运行记录发出预警"))


def close_case(
    case: Case,
    *,
    user,
    outcome: str,
    result: str,
    closed_on: date,
    reason: str = "",
    expected_version: int | None = None,
) -> Case:
    """Close the case with its outcome; over an open breach only with a stated reason, which
    stays on the case and in its history."""
    with transaction.atomic():
        current = _locked(case, expected_version)
        if not current.is_open:
            raise ValidationError(_("该事项已办结。"))
        breaches = refresh_breaches(
            current, user=user, closing_approved=outcome == Case.Outcome.APPROVED
        )
        if breaches and not reason.strip():
            raise ValidationError(
                _("该事项还有 %(n)s 项未纠正的违规，办结时必须说明理由。") % {"n": len(breaches)}
            )
        if closed_on < current.opened_on:
            raise ValidationError(_("办结日期不能早于启动日期。"))
        current.status = Case.CaseStatus.CLOSED
        current.outcome = outcome
        current.result = result
        current.closed_on = closed_on
        current.closing_reason = reason.strip() if breaches else ""
        current.has_unpublished_changes = current.is_public
        current.version += 1
        history_reason = _("办结")
        if breaches:
            history_reason = _("带 %(n)s 项违规办结：%(reason)s") % {
                "n": len(breaches),
                "reason": reason.strip(),
            }
        stamp(current, user, history_reason)
        current.save()
    case.refresh_from_db()
    return case


def request_publication(
    case: Case, *, user, requested: bool = True, expected_version: int | None = None
) -> Case:
    """The clerk asks the unit head or the township reviewer to publish the case (or takes
    the request back); the request and who made it stay in the case's history. For a public
    case with changes the public does not see yet, the request is to publish the update."""
    with transaction.atomic():
        current = _locked(case, expected_version)
        update = current.is_public
        if update and not current.has_unpublished_changes:
            raise ValidationError(_("该事项已经对外公开。"))
        if requested:
            refuse_if_blocked(current)
        if current.publish_requested != requested:
            current.publish_requested = requested
            current.version += 1
            if update:
                reason = _("申请公开更新") if requested else _("撤回公开更新的申请")
            else:
                reason = _("申请对外公开") if requested else _("撤回公开申请")
            stamp(current, user, reason)
            current.save()
    case.refresh_from_db()
    return case


def set_public(case: Case, *, user, public: bool, expected_version: int | None = None) -> Case:
    """Publish the case on the unit's public pages (its item must be public too), or stop:
    the unit head's or the township reviewer's decision (the views check the role).

    Publishing takes the snapshot the public reads (:func:`cases.models.public_content`):
    the case's public fields and step records as they are now. Publishing a case already
    public publishes its update; stopping keeps the last snapshot in the history."""
    with transaction.atomic():
        current = _locked(case, expected_version)
        if public:
            refuse_if_blocked(current)
        was_public = current.is_public
        current.is_public = public
        current.publish_requested = False
        if public:
            records = StepRecord.objects.filter(case=current)
            current.published_data = public_content(current, records)
            current.published_at = timezone.now()
            current.has_unpublished_changes = False
        current.version += 1
        if public and was_public:
            reason = _("公开更新")
        else:
            reason = _("对外公开") if public else _("停止公开")
        stamp(current, user, reason)
        current.save()
        _public_changed(current, was_public)
    case.refresh_from_db()
    return case


def save_masked(case: Case, children=(), *, user, expected_version: int | None = None) -> Case:
    """Save the case's title and result as the personal-data guard masked them, with the
    reason 遮盖个人信息 in its history. A public case's page changes at once where it showed
    the text now masked (the published snapshot is masked too); nothing else is published."""
    with transaction.atomic():
        current = _locked(case, expected_version)
        published = current.published_data
        if published:
            shown = published["case"]
            for field in ("title", "result"):
                if shown.get(field) == getattr(current, field):
                    shown[field] = getattr(case, field)
            current.published_data = published
        current.title = case.title
        current.result = case.result
        current.version += 1
        stamp(current, user, str(MASK_REASON))
        current.save()
        _public_changed(current)
    case.refresh_from_db()
    return case


def disclosure_category(case: Case) -> str:
    """决议执行 for a case decided in meetings, 权力目录和流程 for the rest."""
    if any(step.get("vote_rule") for step in case.snapshot["steps"]):
        return Disclosure.Category.EXECUTION
    return Disclosure.Category.POWERS


def disclose_result(case: Case, *, user) -> Disclosure:
    """Write the case's process and result as a draft disclosure of the unit, which then goes
    through the disclosures' own review like any other. Once per case: the case is locked
    before it is looked at, so two clicks at once make one draft."""
    with transaction.atomic():
        current = _locked(case, None)
        if current.disclosure_id:
            case.refresh_from_db()
            return current.disclosure
        if current.is_open:
            raise ValidationError(_("办结后才能公开办理结果。"))
        records = list(current.records.order_by("started_on", "pk"))
        body = render_to_string("cases/disclosure_body.html", {"case": current, "records": records})
        disclosure = Disclosure(
            unit=current.unit,
            title=(_("%(title)s办理结果公开") % {"title": current.title})[:200],
            category=disclosure_category(current),
            body=clean_html(body),
            audience=Audience.SOCIETY,
        )
        save_edit(
            disclosure,
            user=user,
            expected_version=None,
            children=[lambda saved: saved.related_items.add(current.item)],
        )
        current.disclosure = disclosure
        current.version += 1
        stamp(current, user, _("生成结果公开草稿"))
        current.save()
    case.refresh_from_db()
    return disclosure
