"""The review lifecycle shared by catalog entries, flowcharts, risk points and disclosures.

draft → submitted (clerk) → confirmed (unit head) → approved (township reviewer) → published,
with returns that carry the reason and withdrawal. The public reads ``published_data``, a
snapshot taken at approval (through :func:`approved_snapshot`), so editing a published record
changes nothing public until it is approved again. Every change goes through :func:`save_edit`
or :func:`apply_transition`, which set the history user and reason and refuse a save based on
a stale version.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.dispatch import Signal
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from .history import stamp

# Sent after commit when a record appears on, changes on or leaves the public site.
public_content_changed = Signal()  # sender=model class, record=instance


class Status(models.TextChoices):
    DRAFT = "draft", _("草稿")
    SUBMITTED = "submitted", _("已提交")
    CONFIRMED = "confirmed", _("单位已确认")
    APPROVED = "approved", _("乡镇已审核")
    PUBLISHED = "published", _("已发布")
    RETURNED = "returned", _("已退回")
    WITHDRAWN = "withdrawn", _("已撤回")


EDITABLE_STATUSES = {Status.DRAFT, Status.RETURNED, Status.WITHDRAWN, Status.PUBLISHED}


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: frozenset[str]
    target: str
    permission: str
    needs_reason: bool = False


TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in (
        Transition(
            "submit",
            _("提交审核"),
            frozenset({Status.DRAFT, Status.RETURNED, Status.WITHDRAWN}),
            Status.SUBMITTED,
            "submit_records",
        ),
        Transition(
            "confirm",
            _("确认上报"),
            frozenset({Status.SUBMITTED}),
            Status.CONFIRMED,
            "confirm_records",
        ),
        Transition(
            "return_to_clerk",
            _("退回录入员"),
            frozenset({Status.SUBMITTED}),
            Status.RETURNED,
            "confirm_records",
            needs_reason=True,
        ),
        Transition(
            "approve",
            _("审核通过并发布"),
            frozenset({Status.CONFIRMED}),
            Status.PUBLISHED,
            "review_records",
        ),
        Transition(
            "return",
            _("退回修改"),
            frozenset({Status.CONFIRMED}),
            Status.RETURNED,
            "review_records",
            needs_reason=True,
        ),
        Transition(
            "withdraw",
            _("撤回公开"),
            frozenset(),  # allowed whenever the record is public, whatever its working state
            Status.WITHDRAWN,
            "review_records",
            needs_reason=True,
        ),
    )
}


# Models whose records wait in the officials' queues ("my work", the review queue). Each has a
# ``unit`` and ``get_absolute_url()``; apps register theirs (powers cannot import them).
QUEUED_MODELS: list[tuple[type, dict]] = []


def queue_in_my_work(model: type, **filters) -> type:
    """Register ``model`` for the queues; ``filters`` narrow it (an item's chart moves with its
    item, so only the unit's own charts queue on their own)."""
    if all(queued is not model for queued, _filters in QUEUED_MODELS):
        QUEUED_MODELS.append((model, filters))
    return model


class ConcurrentEditError(Exception):
    """Someone else saved the record after this editor loaded it."""

    def __init__(self, current, base):
        self.current = current  # the record as it is now
        self.base = base  # the version the editor loaded (a historical row), if known
        super().__init__("record changed meanwhile")


class LifecycleRecord(models.Model):
    """Fields of a record that goes through review before the public sees it."""

    status = models.CharField(
        _("状态"), max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    version = models.PositiveIntegerField(_("版本"), default=1)
    is_public = models.BooleanField(_("公开中"), default=False, db_index=True)
    published_data = models.JSONField(_("已发布内容"), null=True, blank=True, editable=False)
    published_version = models.PositiveIntegerField(_("已发布版本"), default=0)
    published_at = models.DateTimeField(_("发布时间"), null=True, blank=True)
    first_approved_at = models.DateTimeField(_("首次审核通过时间"), null=True, blank=True)
    status_reason = models.TextField(_("退回或撤回原因"), blank=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    # The snapshot is what the public reads; history keeps the record's own fields.
    history_excluded_fields = ["published_data", "updated_at"]

    class Meta:
        abstract = True

    @property
    def needs_change_reason(self) -> bool:
        """After its first approval, every change of a record must say why."""
        return self.first_approved_at is not None

    @property
    def is_editable(self) -> bool:
        return self.status in EDITABLE_STATUSES

    @property
    def has_unpublished_changes(self) -> bool:
        return self.is_public and self.status != Status.PUBLISHED

    def public_snapshot(self) -> dict:
        """What the public site shows of this record. Subclasses say which fields."""
        raise NotImplementedError

    def lifecycle_companions(self) -> list[LifecycleRecord]:
        """Records that move through review together with this one (an item's flowchart)."""
        return []

    def submission_problems(self) -> list[str]:
        """What must be fixed before the record may go to review (a chart's broken shape)."""
        problems = []
        for companion in self.lifecycle_companions():
            problems += companion.submission_problems()
        return problems

    def get_unit(self):
        return self.unit

    def available_transitions(self, perms: set[str]) -> list[Transition]:
        return [t for t in TRANSITIONS.values() if t.permission in perms and self.can_apply(t)]

    def can_apply(self, transition: Transition) -> bool:
        if transition.name == "withdraw":
            return self.is_public
        return self.status in transition.sources


def approved_snapshot(record: LifecycleRecord | None) -> dict | None:
    """What the public may read of a reviewed record: the snapshot its last approval took, or
    None while it has none the public may read (never approved, or withdrawn).

    The public site (pages, feeds, search, the kiosk, printed sheets and their check page)
    reads reviewed records through this and hands templates the snapshot, never the model: a
    template given the model, or a record related to it (a case's item), reads its working
    fields, which may hold an edit not yet approved.
    """
    if record is None or not record.published_data:
        return None
    # Lists of public records load the snapshot alone: their query has filtered on is_public.
    if "is_public" not in record.get_deferred_fields() and not record.is_public:
        return None
    return record.published_data


def save_edit(record, *, user, expected_version: int | None, reason: str = "", children=()):
    """Save an official's edit: refuse a stale version, demand a reason after approval.

    ``children`` are callables run inside the same transaction after the record is saved
    (formsets of legal bases, flowchart steps), so a refused save loses nothing and writes nothing.
    """
    model = type(record)
    with transaction.atomic():
        if record.pk:
            current = model.objects.select_for_update().get(pk=record.pk)
            if expected_version is not None and current.version != expected_version:
                base = current.history.filter(version=expected_version).first()
                raise ConcurrentEditError(current, base)
            if not current.is_editable:
                raise ValidationError(
                    _("该记录正在审核中（%(status)s），不能修改；如需修改请先退回。")
                    % {"status": current.get_status_display()}
                )
            if current.needs_change_reason and not reason.strip():
                raise ValidationError(_("该记录已审核通过，修改时必须填写修改原因。"))
            record.version = current.version + 1
            if current.status == Status.PUBLISHED:
                # The public keeps the approved snapshot until the edit is approved again.
                record.status = Status.DRAFT
        stamp(record, user, reason)
        record.save()
        for save_child in children:
            save_child(record)
    return record


# Checks that stop a submission and an approval whatever the record's own problems (the
# personal-data guard): modules above this one register them, so it imports none of them.
_guards: list[Callable[[models.Model], list[str]]] = []


def guard_submissions(check: Callable[[models.Model], list[str]]) -> Callable:
    """Register ``check(record) -> problems``: any problem refuses submitting and approving."""
    _guards.append(check)
    return check


def guard_problems(record) -> list[str]:
    return [problem for check in _guards for problem in check(record)]


def _move(record, transition: Transition, *, user, reason: str, history_reason: str) -> None:
    now = timezone.now()
    record.status = transition.target
    record.status_reason = reason if transition.needs_reason else ""
    record.version += 1
    if transition.name == "approve":
        record.first_approved_at = record.first_approved_at or now
        # In the site's language, whatever the reviewer reads: the snapshot's labels (a power's
        # kind, a measure's phase) are what the Chinese public pages and sheets print.
        with translation.override(settings.LANGUAGE_CODE):
            record.published_data = record.public_snapshot()
        record.published_version = record.version
        record.published_at = now
        record.is_public = True
    elif transition.name == "withdraw":
        record.is_public = False
    stamp(record, user, history_reason)
    record.save()


def apply_transition(record, name: str, *, user, perms: set[str], reason: str = "") -> None:
    """Move a record along the lifecycle, if the user's role allows it."""
    transition = TRANSITIONS.get(name)
    if transition is None or transition.permission not in perms:
        raise PermissionDenied
    if transition.needs_reason and not reason.strip():
        raise ValidationError(_("请填写原因。"))
    model = type(record)
    with transaction.atomic():
        current = model.objects.select_for_update().get(pk=record.pk)
        if not current.can_apply(transition):
            raise ValidationError(
                _("当前状态（%(status)s）不能执行“%(action)s”。")
                % {"status": current.get_status_display(), "action": transition.label}
            )
        if transition.name == "submit" and (
            problems := current.submission_problems() + guard_problems(current)
        ):
            raise ValidationError(
                _("还有问题，不能提交审核：%(problems)s。")
                % {"problems": "；".join(problem.rstrip("。") for problem in problems)}
            )
        # A record sent to review before the guard existed is stopped at approval too.
        if transition.name == "approve" and (problems := guard_problems(current)):
            raise ValidationError(
                _("含有个人信息，不能审核通过：%(problems)s。")
                % {"problems": "；".join(problem.rstrip("。") for problem in problems)}
            )
        history_reason = str(transition.label) + (f"：{reason}" if reason else "")
        _move(current, transition, user=user, reason=reason, history_reason=history_reason)
        for companion in current.lifecycle_companions():
            _move(
                companion,
                transition,
                user=user,
                reason=reason,
                history_reason=_("随所属事项：%(action)s") % {"action": history_reason},
            )
        if transition.name in {"approve", "withdraw"}:
            transaction.on_commit(lambda: public_content_changed.send(sender=model, record=current))
    record.refresh_from_db()
