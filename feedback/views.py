"""Public feedback (监督评议): the public's form, receipt and tracking page, and the officials'
pages to read, assign, reply to and close it.

The public pages that carry the feedback buttons are cached for everyone, so the buttons there
are a plain GET form (feedback/includes/form.html) leading to :func:`feedback_new`,
which is never cached and holds the real form with its CSRF token. The contact a villager
leaves is shown to officials only, never on a public page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Case, IntegerField, Value, When
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from disclosures.models import Disclosure
from powers.models import PowerItem, Unit
from powers.permissions import (
    get_unit_for_user,
    get_unit_record_for_user,
    townships_with_perm,
    unit_perms,
)
from powers.timeline import record_timeline
from projects.models import Project

from .antispam import rate_limit
from .forms import AssignForm, CloseForm, FeedbackFilter, PublicFeedbackForm, ReplyForm
from .models import Feedback

FeedbackStatus = Feedback.FeedbackStatus
# Villagers' objections are answered within 10 days (the design brief's village practice).
REPLY_DAYS = 10
SUBMIT_RATE = "5/10m"  # per client address: a person rarely sends more
TRACK_RATE = "30/10m"  # per client address: enough to check, too few to guess codes
# Who handles feedback: the unit's clerk and the township reviewer assign and reply; the
# unit head and the reviewer close. The discipline committee reads and changes nothing.
HANDLE_PERMS = {"change_records", "review_records"}
CLOSE_PERMS = {"review_records", "confirm_records"}
# The contact is for those who read the unit's history too: its officials, the township
# reviewer, the discipline committee and the township administrator.
CONTACT_PERM = "view_history"
OPEN_STATUSES = [FeedbackStatus.RECEIVED, FeedbackStatus.ASSIGNED]
LIST_RELATED = ("unit__township", "item", "disclosure", "project", "assigned_to")

# Unanswered first (received, then assigned), then replied, then closed.
STATUS_RANK = Case(
    When(status=FeedbackStatus.RECEIVED, then=Value(0)),
    When(status=FeedbackStatus.ASSIGNED, then=Value(1)),
    When(status=FeedbackStatus.REPLIED, then=Value(2)),
    default=Value(3),
    output_field=IntegerField(),
)


def rate_limited(request: HttpRequest, exception: Exception) -> HttpResponse:
    """settings.RATELIMIT_VIEW: too many submissions or look-ups from one address."""
    if request.method == "POST":
        message = _("提交过于频繁，请 10 分钟后再试。")
    else:
        message = _("查询过于频繁，请 10 分钟后再试。")
    response = render(request, "feedback/limited.html", {"message": message}, status=429)
    response["Retry-After"] = "600"
    return response


# The target: what the feedback is about ------------------------------------------------------


@dataclass
class Target:
    unit: Unit
    item: PowerItem | None = None
    disclosure: Disclosure | None = None
    project: Project | None = None

    @property
    def hidden_values(self) -> dict:
        return {
            "unit": self.unit.pk,
            "item": self.item.code if self.item else "",
            "disclosure": self.disclosure.pk if self.disclosure else "",
            "project": self.project.pk if self.project else "",
        }


def _int_or_404(value: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise Http404 from None


def resolve_target(params: QueryDict) -> Target:
    """The public unit and its public item, disclosure or project named by ``params``; 404
    for anything not public or not of that unit."""
    unit = get_object_or_404(
        Unit.objects.select_related("township"),
        pk=_int_or_404(params.get("unit")),
        is_active=True,
    )
    target = Target(unit)
    if params.get("item"):
        target.item = get_object_or_404(
            PowerItem.objects.public().only("pk", "code", "unit_id", "published_data"),
            unit=unit,
            code=params["item"],
        )
    if params.get("disclosure"):
        target.disclosure = get_object_or_404(
            Disclosure.objects.public().only("pk", "unit_id", "published_data"),
            unit=unit,
            pk=_int_or_404(params["disclosure"]),
        )
    if params.get("project"):
        target.project = get_object_or_404(
            Project.objects.public().only("pk", "unit_id", "published_data"),
            unit=unit,
            pk=_int_or_404(params["project"]),
        )
    return target


def public_target_labels(feedback: Feedback) -> list[str]:
    """What the feedback is about, in the words of the approved, public versions."""
    labels = [feedback.unit.name]
    if feedback.item_id and feedback.item.published_data:
        data = feedback.item.published_data
        labels.append(f"{data.get('code', '')} {data.get('name', '')}".strip())
    if feedback.disclosure_id and feedback.disclosure.published_data:
        labels.append(feedback.disclosure.published_data.get("title", ""))
    if feedback.project_id and feedback.project.is_public and feedback.project.published_data:
        labels.append(feedback.project.published_data.get("name", ""))
    return [label for label in labels if label]


# The public's pages ---------------------------------------------------------------------------


def _form_page(request: HttpRequest, form: PublicFeedbackForm, target: Target, status=200):
    return render(
        request,
        "feedback/new.html",
        {
            "form": form,
            "target": target,
            "unit": target.unit,
            "township": target.unit.township,
        },
        status=status,
    )


@never_cache
@require_GET
def feedback_new(request: HttpRequest) -> HttpResponse:
    """The real form, reached from the buttons on a cached public page."""
    if not request.GET.get("unit"):
        return redirect("public:home")  # reached without a page to comment on
    target = resolve_target(request.GET)
    kind = request.GET.get("kind")
    form = PublicFeedbackForm(
        initial={
            **target.hidden_values,
            "kind": kind if kind in Feedback.Kind.values else Feedback.Kind.COMMENT,
        }
    )
    return _form_page(request, form, target)


@never_cache
@require_POST
@rate_limit(group="feedback-submit", rate=SUBMIT_RATE, method="POST")
def feedback_submit(request: HttpRequest) -> HttpResponse:
    if not request.POST.get("unit"):
        return redirect("public:home")
    target = resolve_target(request.POST)
    form = PublicFeedbackForm(request.POST)
    if not form.is_valid():
        form.refresh_stamp()
        return _form_page(request, form, target, status=400)
    data = form.cleaned_data
    feedback = Feedback(
        unit=target.unit,
        item=target.item,
        disclosure=target.disclosure,
        project=target.project,
        kind=data["kind"],
        rating=data["rating"],
        body=data["body"],
        contact=data["contact"].strip(),
        reply_deadline=timezone.localdate() + timedelta(days=REPLY_DAYS),
    )
    feedback._change_reason = _("群众通过公开网站提交")
    feedback.save()
    return redirect(f"{reverse('feedback:thanks')}?{urlencode({'code': feedback.tracking_code})}")


def track_url(code: str) -> str:
    return f"{reverse('feedback:track')}?{urlencode({'code': code})}"


def _feedback_by_code(request: HttpRequest) -> Feedback | None:
    code = request.GET.get("code", "").strip().upper()
    if not code:
        return None
    return (
        Feedback.objects.select_related("unit__township", "item", "disclosure", "project")
        .filter(tracking_code=code)
        .first()
    )


@never_cache
@require_GET
@rate_limit(group="feedback-track", rate=TRACK_RATE, method="GET")
def feedback_thanks(request: HttpRequest) -> HttpResponse:
    """The receipt: the tracking code, large, and the way to the tracking page."""
    feedback = _feedback_by_code(request)
    if feedback is None:
        return redirect("feedback:track")
    return render(
        request,
        "feedback/thanks.html",
        {
            "feedback": feedback,
            "township": feedback.unit.township,
            "track_url": track_url(feedback.tracking_code),
        },
    )


@never_cache
@require_GET
@rate_limit(group="feedback-track", rate=TRACK_RATE, method="GET")
def feedback_track(request: HttpRequest) -> HttpResponse:
    """Status and public reply by tracking code; never the contact."""
    code = request.GET.get("code", "").strip()
    feedback = _feedback_by_code(request)
    return render(
        request,
        "feedback/track.html",
        {
            "code": code,
            "feedback": feedback,
            "labels": public_target_labels(feedback) if feedback else [],
            "not_found": bool(code) and feedback is None,
        },
        status=404 if code and feedback is None else 200,
    )


# The officials' pages ---------------------------------------------------------------------------


def ordered_feedback(queryset):
    return queryset.select_related(*LIST_RELATED).order_by(
        STATUS_RANK, "reply_deadline", "-created_at"
    )


def get_feedback_for_user(request: HttpRequest, feedback_id: int, perm: str = "view_records"):
    return get_unit_record_for_user(
        request,
        Feedback,
        feedback_id,
        perm,
        related=("item", "disclosure", "project", "assigned_to", "replied_by"),
    )


def _require_any(perms: set[str], wanted: set[str]) -> None:
    if not perms & wanted:
        raise PermissionDenied


def _stamp(feedback: Feedback, user, reason: str) -> None:
    feedback._history_user = user
    feedback._change_reason = reason


@login_required
@require_GET
def unit_feedback(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = get_unit_for_user(request, unit_id)
    feedback_filter = FeedbackFilter(request.GET)
    rows = feedback_filter.filter(ordered_feedback(unit.feedback.all()))
    page = Paginator(rows, 100).get_page(request.GET.get("page"))
    return render(
        request,
        "feedback/list.html",
        {
            "unit": unit,
            "filter": feedback_filter,
            "page": page,
            "feedback_list": page.object_list,
            "show_unit": False,
            "clear_url": reverse("feedback:unit_list", args=[unit.pk]),
        },
    )


@login_required
@require_GET
def township_feedback(request: HttpRequest) -> HttpResponse:
    """Feedback of every unit of the user's townships: for the township reviewer, the
    administrator and the discipline committee, who follow complaints and reports."""
    township_ids = list(
        townships_with_perm(request.user, "view_records").values_list("pk", flat=True)
    )
    if not township_ids:
        raise PermissionDenied
    units = Unit.objects.filter(township_id__in=township_ids).select_related("township")
    feedback_filter = FeedbackFilter(request.GET, units=units)
    rows = feedback_filter.filter(
        ordered_feedback(Feedback.objects.filter(unit__township_id__in=township_ids))
    )
    page = Paginator(rows, 100).get_page(request.GET.get("page"))
    return render(
        request,
        "feedback/list.html",
        {
            "unit": None,
            "filter": feedback_filter,
            "page": page,
            "feedback_list": page.object_list,
            "show_unit": True,
            "clear_url": reverse("feedback:township_list"),
        },
    )


def _detail_page(request: HttpRequest, feedback: Feedback, forms: dict | None = None, status=200):
    perms = unit_perms(request.user, feedback.unit)
    unclosed = feedback.status != FeedbackStatus.CLOSED
    can_handle = unclosed and bool(perms & HANDLE_PERMS)
    can_close = unclosed and bool(perms & CLOSE_PERMS)
    forms = forms or {}
    context = {
        "feedback": feedback,
        "unit": feedback.unit,
        "show_contact": CONTACT_PERM in perms,
        "can_history": "view_history" in perms,
        "can_handle": can_handle,
        "can_close": can_close,
        "assign_form": forms.get("assign")
        or (
            AssignForm(unit=feedback.unit, initial={"assigned_to": feedback.assigned_to_id})
            if can_handle
            else None
        ),
        "reply_form": forms.get("reply")
        or (ReplyForm(initial={"reply": feedback.reply}) if can_handle else None),
        "close_form": forms.get("close") or (CloseForm() if can_close else None),
    }
    return render(request, "feedback/detail.html", context, status=status)


@login_required
@require_GET
def feedback_detail(request: HttpRequest, feedback_id: int) -> HttpResponse:
    return _detail_page(request, get_feedback_for_user(request, feedback_id))


def _change_unclosed(feedback: Feedback, change) -> bool:
    """Apply ``change`` to the feedback as it is now, unless someone closed it meanwhile."""
    with transaction.atomic():
        current = Feedback.objects.select_for_update().get(pk=feedback.pk)
        if current.status == FeedbackStatus.CLOSED:
            return False
        change(current)
        current.save()
    return True


def _closed_meanwhile(request: HttpRequest, feedback: Feedback) -> HttpResponse:
    messages.error(request, _("该事项已办结，不能再修改。"))
    return redirect("feedback:detail", feedback_id=feedback.pk)


@login_required
@require_POST
def feedback_assign(request: HttpRequest, feedback_id: int) -> HttpResponse:
    feedback = get_feedback_for_user(request, feedback_id)
    _require_any(unit_perms(request.user, feedback.unit), HANDLE_PERMS)
    form = AssignForm(request.POST, unit=feedback.unit)
    if not form.is_valid():
        return _detail_page(request, feedback, {"assign": form}, status=400)
    assignee = form.cleaned_data["assigned_to"]
    note = form.cleaned_data["note"].strip()

    def assign(current: Feedback) -> None:
        current.assigned_to = assignee
        if current.status == FeedbackStatus.RECEIVED:
            current.status = FeedbackStatus.ASSIGNED
        name = assignee.get_full_name() or assignee.get_username()
        reason = _("交办给 %(name)s") % {"name": name}
        _stamp(current, request.user, f"{reason}：{note}" if note else reason)

    if not _change_unclosed(feedback, assign):
        return _closed_meanwhile(request, feedback)
    messages.success(request, _("已交办。"))
    return redirect("feedback:detail", feedback_id=feedback.pk)


@login_required
@require_POST
def feedback_reply(request: HttpRequest, feedback_id: int) -> HttpResponse:
    feedback = get_feedback_for_user(request, feedback_id)
    _require_any(unit_perms(request.user, feedback.unit), HANDLE_PERMS)
    form = ReplyForm(request.POST)
    if not form.is_valid():
        return _detail_page(request, feedback, {"reply": form}, status=400)

    def reply(current: Feedback) -> None:
        first = not current.reply
        current.reply = form.cleaned_data["reply"].strip()
        current.replied_by = request.user
        current.replied_at = timezone.now()
        current.status = FeedbackStatus.REPLIED
        _stamp(current, request.user, _("公开答复") if first else _("修改公开答复"))

    if not _change_unclosed(feedback, reply):
        return _closed_meanwhile(request, feedback)
    messages.success(request, _("答复已公开，来信人可凭查询码查看。"))
    return redirect("feedback:detail", feedback_id=feedback.pk)


@login_required
@require_POST
def feedback_close(request: HttpRequest, feedback_id: int) -> HttpResponse:
    feedback = get_feedback_for_user(request, feedback_id)
    _require_any(unit_perms(request.user, feedback.unit), CLOSE_PERMS)
    form = CloseForm(request.POST)
    if not form.is_valid():
        return _detail_page(request, feedback, {"close": form}, status=400)
    note = form.cleaned_data["note"].strip()

    def close(current: Feedback) -> None:
        current.status = FeedbackStatus.CLOSED
        _stamp(current, request.user, _("办结：%(note)s") % {"note": note} if note else _("办结"))

    if not _change_unclosed(feedback, close):
        return _closed_meanwhile(request, feedback)
    messages.success(request, _("已办结。"))
    return redirect("feedback:detail", feedback_id=feedback.pk)


@login_required
@require_GET
def feedback_history(request: HttpRequest, feedback_id: int) -> HttpResponse:
    feedback = get_feedback_for_user(request, feedback_id, "view_history")
    return render(
        request,
        "feedback/history.html",
        {"feedback": feedback, "unit": feedback.unit, "entries": record_timeline(feedback)},
    )
