"""Officials' pages for a unit's disclosures (党务公开 / 村务公开), under /work/disclosures/.

The list, the editor, the detail page with the review actions and the attachments, and the
history, with the same permissions and guarantees as the catalog editor (powers/views.py): 404
for a unit the user cannot see, 403 for an action the role does not allow, refused stale saves,
a reason for every change after the first approval. Approval goes through
:func:`disclosures.publishing.approve`, which holds a disclosure until its publication time.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from powers.forms import TransitionForm
from powers.lifecycle import (
    TRANSITIONS,
    ConcurrentEditError,
    Status,
    Transition,
    apply_transition,
    save_edit,
)
from powers.models import Unit
from powers.permissions import (
    get_unit_for_user,
    get_unit_record_for_user,
    has_unit_perm,
    unit_perms,
)
from powers.sanitize import clean_html
from powers.timeline import describe_changes, record_timeline
from risks.uploads import ALLOWED_TYPES, CheckedUpload

from . import publishing
from .forms import AttachmentUploadForm, DisclosureForm, DisclosureListFilter
from .models import Disclosure, DisclosureAttachment

# Not a lifecycle transition: a held disclosure is neither public (so "withdraw" does not
# apply) nor waiting for review; the reviewer may still stop it before it goes out.
CANCEL_SCHEDULE = Transition(
    "cancel_schedule",
    gettext_lazy("取消定时发布"),
    frozenset({Status.APPROVED}),
    Status.WITHDRAWN,
    "review_records",
    needs_reason=True,
)
PREVIEWED_TYPES = {"application/pdf", "image/jpeg", "image/png"}
# A file opened on its own runs nothing and loads nothing, whatever it holds.
FILE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"


def get_disclosure_for_user(
    request: HttpRequest, disclosure_id: int, perm: str = "view_records", related=()
) -> Disclosure:
    """A disclosure with its unit; 404 when not visible, 403 without ``perm``."""
    return get_unit_record_for_user(request, Disclosure, disclosure_id, perm, related=related)


def get_attachment_for_user(request: HttpRequest, attachment_id: int) -> DisclosureAttachment:
    attachment = get_object_or_404(
        DisclosureAttachment.objects.select_related("disclosure__unit__township"),
        pk=attachment_id,
    )
    if not has_unit_perm(request.user, attachment.disclosure.unit, "view_records"):
        raise Http404
    return attachment


def _still_allowed(user, disclosure: Disclosure) -> None:
    # NetBox's ObjectEditView check: the saved record must still be in the user's units.
    if not has_unit_perm(user, Unit.objects.get(pk=disclosure.unit_id), "change_records"):
        raise PermissionDenied


def _conflict_message(error: ConcurrentEditError) -> str:
    last = error.current.history.first()
    return _(
        "保存未成功：在您编辑期间，%(user)s 已修改了这条公开事项。"
        "您填写的内容仍在下面，请对照对方的修改后再保存。"
    ) % {"user": last.history_user_name if last else _("其他人")}


# The list ----------------------------------------------------------------------------------


@login_required
@require_GET
def official_list(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = get_unit_for_user(request, unit_id)
    disclosures = (
        unit.disclosures.defer("body", "published_data", "objection_contact")
        .prefetch_related("channels")
        .annotate(attachment_count=Count("attachments"))
        .order_by("-updated_at", "-pk")
    )
    list_filter = DisclosureListFilter(request.GET or None)
    return render(
        request,
        "disclosures/official_list.html",
        {
            "unit": unit,
            "filter": list_filter,
            "disclosures": list_filter.filter(disclosures),
            "can_edit": has_unit_perm(request.user, unit, "change_records"),
        },
    )


# The editor --------------------------------------------------------------------------------


def _save_relations(form: DisclosureForm):
    def save(disclosure: Disclosure) -> None:
        # Channels and related items are many-to-many: they need the saved row. History
        # records their change with the same user and reason (simple-history's m2m_changed).
        form.save_m2m()

    return save


def _edit_disclosure(request: HttpRequest, unit: Unit, disclosure: Disclosure) -> HttpResponse:
    creating = disclosure.pk is None
    conflict = None
    if request.method == "POST":
        form = DisclosureForm(request.POST, instance=disclosure, unit=unit)
        if form.is_valid():
            reason = form.cleaned_data["change_reason"]
            disclosure = form.save(commit=False)
            try:
                with transaction.atomic():
                    save_edit(
                        disclosure,
                        user=request.user,
                        expected_version=None if creating else form.cleaned_data["version"],
                        reason=reason,
                        children=[_save_relations(form)],
                    )
                    _still_allowed(request.user, disclosure)
            except ConcurrentEditError as error:
                conflict = describe_changes(error.base, error.current) if error.base else []
                form.add_error(None, _conflict_message(error))
                form.data = form.data.copy()
                form.data["version"] = error.current.version
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("已保存“%(title)s”。") % {"title": disclosure.title})
                return redirect("disclosures:official_detail", disclosure.pk)
    else:
        form = DisclosureForm(instance=disclosure, unit=unit)
    return render(
        request,
        "disclosures/official_form.html",
        {
            "unit": unit,
            "disclosure": disclosure,
            "form": form,
            "creating": creating,
            "conflict": conflict,
        },
    )


@login_required
def official_create(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = get_unit_for_user(request, unit_id, "change_records")
    return _edit_disclosure(request, unit, Disclosure(unit=unit))


@login_required
def official_edit(request: HttpRequest, disclosure_id: int) -> HttpResponse:
    disclosure = get_disclosure_for_user(request, disclosure_id, "change_records")
    if not disclosure.is_editable:
        messages.error(
            request,
            _("“%(title)s”正在审核中（%(status)s），不能修改；如需修改请先退回。")
            % {"title": disclosure.title, "status": disclosure.get_status_display()},
        )
        return redirect("disclosures:official_detail", disclosure.pk)
    return _edit_disclosure(request, disclosure.unit, disclosure)


# The detail page and the review actions ----------------------------------------------------


def _transitions(disclosure: Disclosure, perms: set[str]) -> list[Transition]:
    transitions = disclosure.available_transitions(perms)
    if publishing.is_scheduled(disclosure) and CANCEL_SCHEDULE.permission in perms:
        transitions.append(CANCEL_SCHEDULE)
    return transitions


@login_required
@require_GET
def official_detail(request: HttpRequest, disclosure_id: int) -> HttpResponse:
    disclosure = get_disclosure_for_user(request, disclosure_id, related=("obligation", "project"))
    perms = unit_perms(request.user, disclosure.unit)
    unit = disclosure.unit
    return render(
        request,
        "disclosures/official_detail.html",
        {
            "disclosure": disclosure,
            "unit": unit,
            "body": clean_html(disclosure.body),
            "channels": disclosure.channels.all(),
            "related_items": disclosure.related_items.order_by("code"),
            "attachments": disclosure.attachments.select_related("uploaded_by"),
            "transitions": _transitions(disclosure, perms),
            "transition_form": TransitionForm(),
            "scheduled": publishing.is_scheduled(disclosure),
            "publish_later": disclosure.publish_at is not None
            and disclosure.publish_at > timezone.now()
            and not publishing.is_scheduled(disclosure),
            "public_url": publishing.public_url(disclosure) if disclosure.is_public else "",
            "can_edit": "change_records" in perms and disclosure.is_editable,
            "can_upload": "change_records" in perms and disclosure.is_editable,
            "upload_form": AttachmentUploadForm(instance=disclosure),
            "upload_accept": ",".join(ALLOWED_TYPES),
            "can_view_history": "view_history" in perms,
        },
    )


@login_required
@require_POST
def official_transition(request: HttpRequest, disclosure_id: int, name: str) -> HttpResponse:
    disclosure = get_disclosure_for_user(request, disclosure_id)
    form = TransitionForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    perms = unit_perms(request.user, disclosure.unit)
    held = False
    try:
        if name == "approve":
            held = publishing.approve(disclosure, user=request.user, perms=perms, reason=reason)
        elif name == CANCEL_SCHEDULE.name:
            if CANCEL_SCHEDULE.permission not in perms:
                raise PermissionDenied
            if not reason.strip():
                raise ValidationError(_("请填写原因。"))
            publishing.cancel_schedule(disclosure, user=request.user, reason=reason)
        elif name in TRANSITIONS:
            apply_transition(disclosure, name, user=request.user, perms=perms, reason=reason)
        else:
            raise Http404
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if held:
            messages.success(
                request,
                _("“%(title)s”已审核通过，将于 %(time)s 定时发布。")
                % {
                    "title": disclosure.title,
                    "time": publishing.when_label(disclosure.publish_at),
                },
            )
        else:
            messages.success(
                request,
                _("“%(title)s”现在的状态：%(status)s。")
                % {"title": disclosure.title, "status": disclosure.get_status_display()},
            )
    return redirect("disclosures:official_detail", disclosure.pk)


@login_required
@require_GET
def official_history(request: HttpRequest, disclosure_id: int) -> HttpResponse:
    disclosure = get_disclosure_for_user(request, disclosure_id, "view_history")
    return render(
        request,
        "disclosures/official_history.html",
        {
            "disclosure": disclosure,
            "unit": disclosure.unit,
            "entries": record_timeline(disclosure),
        },
    )


# Attachments -------------------------------------------------------------------------------


def store_attachment(disclosure: Disclosure, checked: CheckedUpload, *, user, reason: str):
    """Keep the file under its hash and record it, as an edit of the disclosure: the version
    moves on, a published disclosure goes back to draft (the public keeps the approved files
    until it is approved again) and, after the first approval, the reason is required."""
    suffix = checked.original_name.rsplit(".", 1)[-1].lower()
    attachment = DisclosureAttachment(
        disclosure=disclosure, uploaded_by=user, **checked.record_fields()
    )

    def save(record: Disclosure) -> None:
        attachment.disclosure = record
        # Stored under its hash, never under the name the uploader chose.
        attachment.file.save(f"{checked.sha256}.{suffix}", checked.upload, save=False)
        attachment._history_user = user
        attachment._change_reason = reason or None
        attachment.save()

    history_reason = _("上传附件“%(name)s”") % {"name": checked.original_name}
    if reason:
        history_reason += f"：{reason}"
    save_edit(
        disclosure,
        user=user,
        expected_version=disclosure.version,
        reason=history_reason,
        children=[save],
    )
    return attachment


@login_required
@require_POST
def attachment_upload(request: HttpRequest, disclosure_id: int) -> HttpResponse:
    disclosure = get_disclosure_for_user(request, disclosure_id, "change_records")
    form = AttachmentUploadForm(request.POST, request.FILES, instance=disclosure)
    if not disclosure.is_editable:
        messages.error(
            request,
            _("“%(title)s”正在审核中（%(status)s），不能上传附件；如需修改请先退回。")
            % {"title": disclosure.title, "status": disclosure.get_status_display()},
        )
    elif form.is_valid():
        try:
            with transaction.atomic():
                attachment = store_attachment(
                    disclosure,
                    form.checked,
                    user=request.user,
                    reason=form.cleaned_data["change_reason"],
                )
                _still_allowed(request.user, disclosure)
        except ConcurrentEditError:
            messages.error(request, _("上传未成功：这条公开事项刚被他人修改，请重新上传。"))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("已上传附件“%(name)s”。") % {"name": attachment.original_name}
            )
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, _("上传未成功：%(error)s") % {"error": error})
    return redirect(f"{disclosure.get_absolute_url()}#attachments")


def file_response(request: HttpRequest, attachment: DisclosureAttachment) -> FileResponse:
    """The attachment's bytes: images and PDFs open in the browser (``?download`` saves
    them), Office files download; none may run anything or be read as another type."""
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    inline = attachment.content_type in PREVIEWED_TYPES and "download" not in request.GET
    response = FileResponse(
        handle,
        as_attachment=not inline,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = FILE_CSP
    response["ETag"] = f'"{attachment.sha256}"'
    return response


@login_required
@require_GET
def attachment_download(request: HttpRequest, attachment_id: int) -> FileResponse:
    attachment = get_attachment_for_user(request, attachment_id)
    response = file_response(request, attachment)
    response["Cache-Control"] = "private, no-store"
    return response
