"""Livelihood projects (民生工程): the officials' pages and the public project page.

Officials who see a unit read its projects; clerks (change_records) write them, with their
milestones and site photos, and publish progress (发布进展). A project goes through the shared
review (powers.lifecycle): the clerk submits it, the unit head confirms, the township reviewer
approves, and only then does the public see it, from the approved snapshot with its milestones
inside it; an edit of a published project changes nothing public until it is approved again.
A progress update is such an edit of the project (its status, percentage and milestone) and
writes a draft disclosure of category "project"; both go through review before the public
reads them. The public project page shows the approved snapshot and the progress disclosures
already published.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import reverse
from django.utils.dateparse import parse_date
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from disclosures.models import Audience, Disclosure
from powers.forms import TransitionForm
from powers.history import stamp
from powers.lifecycle import (
    TRANSITIONS,
    ConcurrentEditError,
    apply_transition,
    approved_snapshot,
    save_edit,
)
from powers.models import Unit
from powers.permissions import (
    get_unit_for_user,
    get_unit_record_for_user,
    has_unit_perm,
    unit_perms,
)
from powers.public_cache import cached_public_page
from powers.sanitize import clean_body
from powers.timeline import record_timeline

from .forms import MilestoneFormSet, ProgressForm, ProjectForm
from .models import Project, ProjectMilestone

FEEDBACK_TEMPLATE = "feedback/includes/form.html"
PHOTO_CSP = "default-src 'none'; img-src 'self'; sandbox"


def get_project_for_user(
    request: HttpRequest, project_id: int, perm: str = "view_records"
) -> Project:
    """A project with its unit; 404 when not visible, 403 without ``perm``."""
    return get_unit_record_for_user(request, Project, project_id, perm)


def _still_allowed(user, project: Project) -> None:
    # The saved project must still be in one of the user's units (NetBox's ObjectEditView).
    if not has_unit_perm(user, Unit.objects.get(pk=project.unit_id), "change_records"):
        raise PermissionDenied


# The list ----------------------------------------------------------------------------------


@login_required
@require_GET
def project_list(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = get_unit_for_user(request, unit_id)
    projects = (
        unit.projects.defer("published_data")
        .annotate(
            milestone_count=Count("milestones"),
            milestones_done=Count("milestones", filter=Q(milestones__done_date__isnull=False)),
        )
        .order_by("code")
    )
    return render(
        request,
        "projects/list.html",
        {
            "unit": unit,
            "projects": projects,
            "can_edit": has_unit_perm(request.user, unit, "change_records"),
        },
    )


# The editor --------------------------------------------------------------------------------


def _save_milestones(formset, user, reason: str) -> None:
    for milestone in formset.save(commit=False):
        upload = (
            milestone.photo.file if milestone.photo and not milestone.photo._committed else None
        )
        checked = getattr(upload, "checked", None)
        if checked is not None:
            # Kept under its hash, never under the name the uploader chose.
            suffix = "png" if checked.content_type == "image/png" else "jpg"
            milestone.photo.name = f"{checked.sha256}.{suffix}"
        stamp(milestone, user, reason)
        milestone.save()
    for milestone in formset.deleted_objects:
        stamp(milestone, user, reason)
        milestone.delete()


def _edit_project(request: HttpRequest, unit: Unit, project: Project) -> HttpResponse:
    creating = project.pk is None
    if request.method == "POST":
        form = ProjectForm(request.POST, instance=project, unit=unit)
        formset = MilestoneFormSet(request.POST, request.FILES, instance=project)
        if form.is_valid() and formset.is_valid():
            reason = form.cleaned_data["change_reason"]
            project = form.save(commit=False)

            def save_milestones(saved: Project) -> None:
                formset.instance = saved
                _save_milestones(formset, request.user, reason)

            try:
                with transaction.atomic():
                    # A published project goes back to draft; the public keeps the approved
                    # snapshot until this edit is approved.
                    save_edit(
                        project,
                        user=request.user,
                        expected_version=None if creating else form.cleaned_data["version"],
                        reason=reason,
                        children=[save_milestones],
                    )
                    _still_allowed(request.user, project)
            except ConcurrentEditError as error:
                last = error.current.history.first()
                form.add_error(
                    None,
                    _(
                        "保存未成功：在您编辑期间，%(user)s 已修改了这项民生工程。"
                        "请重新打开后再修改。"
                    )
                    % {"user": last.history_user_name if last else _("其他人")},
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("已保存民生工程“%(name)s”。") % {"name": project.name})
                return redirect("projects:detail", project.pk)
    else:
        form = ProjectForm(instance=project, unit=unit)
        formset = MilestoneFormSet(instance=project)
    return render(
        request,
        "projects/form.html",
        {
            "unit": unit,
            "project": project,
            "form": form,
            "formset": formset,
            "creating": creating,
        },
    )


@login_required
def project_create(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = get_unit_for_user(request, unit_id, "change_records")
    return _edit_project(request, unit, Project(unit=unit))


@login_required
def project_edit(request: HttpRequest, project_id: int) -> HttpResponse:
    project = get_project_for_user(request, project_id, "change_records")
    if not project.is_editable:
        messages.error(
            request,
            _("“%(name)s”正在审核中（%(status)s），不能修改；如需修改请先退回。")
            % {"name": project.name, "status": project.get_status_display()},
        )
        return redirect("projects:detail", project.pk)
    return _edit_project(request, project.unit, project)


# The detail page and progress updates ------------------------------------------------------


def _public_url(project: Project) -> str:
    """The public page of the approved version (whose code may differ from the working one)."""
    unit = project.unit
    code = project.published_data["code"]
    return reverse("projects:page", args=[unit.township.code, unit.code, code])


@login_required
@require_GET
def project_detail(request: HttpRequest, project_id: int) -> HttpResponse:
    project = get_project_for_user(request, project_id)
    perms = unit_perms(request.user, project.unit)
    can_edit = "change_records" in perms and project.is_editable
    return render(
        request,
        "projects/detail.html",
        {
            "unit": project.unit,
            "project": project,
            "milestones": project.milestones.all(),
            "disclosures": project.disclosures.defer("body", "published_data").order_by(
                "-updated_at", "-pk"
            ),
            "progress_form": ProgressForm(project=project) if can_edit else None,
            "can_edit": can_edit,
            "can_view_history": "view_history" in perms,
            "public_url": _public_url(project) if project.is_public else "",
            "transitions": project.available_transitions(perms),
            "transition_form": TransitionForm(),
        },
    )


@login_required
@require_POST
def project_transition(request: HttpRequest, project_id: int, name: str) -> HttpResponse:
    """Submit (clerk), confirm or return (unit head), approve, return or withdraw (reviewer)."""
    project = get_project_for_user(request, project_id)
    if name not in TRANSITIONS:
        raise Http404
    form = TransitionForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    perms = unit_perms(request.user, project.unit)
    try:
        apply_transition(project, name, user=request.user, perms=perms, reason=reason)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("民生工程“%(name)s”现在的状态：%(status)s。")
            % {"name": project.name, "status": project.get_status_display()},
        )
    return redirect("projects:detail", project.pk)


def _progress_body(
    project: Project, before: tuple[str, int], milestone: ProjectMilestone | None, note: str
) -> str:
    lines = [
        (_("工程名称"), project.name),
        (_("进展状态"), f"{before[0]} → {project.get_progress_status_display()}"),
        (_("完成进度"), f"{before[1]}% → {project.percent_done}%"),
        (_("预算（元）"), f"{project.budget}"),
        (_("资金来源"), project.fund_source),
        (_("施工单位"), project.contractor or "—"),
    ]
    if milestone is not None:
        lines.append((_("完成节点"), f"{milestone.name}（{milestone.done_date.isoformat()}）"))
    body = format_html(
        "<ul>{}</ul>", format_html_join("", "<li>{}：{}</li>", ((k, v) for k, v in lines))
    )
    if note:
        body += format_html("<p>{}</p>", note)
    return clean_body(body)


def record_progress(
    project: Project,
    *,
    user,
    status: str,
    percent_done: int,
    milestone: ProjectMilestone | None = None,
    done_date=None,
    note: str = "",
) -> Disclosure:
    """Apply a progress update to the project and write its draft disclosure, in one
    transaction. Both go through review before the public reads them: the project's change is
    an edit (:func:`save_edit`: a published project goes back to draft and the public keeps its
    approved progress), refused while the project waits for review."""
    reason = _("发布进展") + (f"：{note}" if note else "")
    with transaction.atomic():
        project = Project.objects.select_related("unit__township").get(pk=project.pk)
        before = (project.get_progress_status_display(), project.percent_done)
        project.progress_status = status
        project.percent_done = percent_done

        def save_milestone(saved: Project) -> None:
            if milestone is not None:
                milestone.done_date = done_date
                stamp(milestone, user, reason)
                milestone.save()

        save_edit(
            project,
            user=user,
            expected_version=project.version,
            reason=reason,
            children=[save_milestone],
        )
        # The catalog matter this update fulfils, when the unit has exactly one for projects.
        obligations = list(
            project.unit.disclosure_obligations.filter(
                is_active=True, category=Disclosure.Category.PROJECT
            )[:2]
        )
        disclosure = Disclosure(
            unit=project.unit,
            project=project,
            obligation=obligations[0] if len(obligations) == 1 else None,
            category=Disclosure.Category.PROJECT,
            audience=Audience.SOCIETY,
            title=_("%(name)s进展：%(status)s %(percent)s%%")
            % {
                "name": project.name,
                "status": project.get_progress_status_display(),
                "percent": project.percent_done,
            },
            body=_progress_body(project, before, milestone, note),
        )
        save_edit(disclosure, user=user, expected_version=None, reason=reason)
    return disclosure


@login_required
@require_POST
def project_progress(request: HttpRequest, project_id: int) -> HttpResponse:
    project = get_project_for_user(request, project_id, "change_records")
    form = ProgressForm(request.POST, project=project)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, _("进展未发布：%(error)s") % {"error": error})
        return redirect("projects:detail", project.pk)
    try:
        disclosure = record_progress(
            project,
            user=request.user,
            status=form.cleaned_data["status"],
            percent_done=form.cleaned_data["percent_done"],
            milestone=form.cleaned_data["milestone"],
            done_date=form.cleaned_data["done_date"],
            note=form.cleaned_data["note"],
        )
    except (ValidationError, ConcurrentEditError) as error:
        problem = (
            " ".join(error.messages)
            if isinstance(error, ValidationError)
            else _("这项民生工程刚被他人修改，请重新填写。")
        )
        messages.error(request, _("进展未发布：%(error)s") % {"error": problem})
        return redirect("projects:detail", project.pk)
    messages.success(
        request,
        _(
            "已记录进展，并生成进展公告草稿“%(title)s”：请核对后提交审核；"
            "工程本身的进度也须提交审核，审核通过后才对外公开。"
        )
        % {"title": disclosure.title},
    )
    return redirect("disclosures:official_detail", disclosure.pk)


@login_required
@require_GET
def project_history(request: HttpRequest, project_id: int) -> HttpResponse:
    project = get_project_for_user(request, project_id, "view_history")
    return render(
        request,
        "projects/history.html",
        {"unit": project.unit, "project": project, "entries": record_timeline(project)},
    )


# The public project page -------------------------------------------------------------------


def public_project(project: Project) -> dict:
    """A public project as the public pages show it: its approved snapshot, with dates as
    dates, never the working record (which may hold an edit waiting for review)."""
    data = approved_snapshot(project)
    return {
        **data,
        "pk": project.pk,
        "id": project.pk,
        "start_date": parse_date(data["start_date"] or ""),
        "planned_end": parse_date(data["planned_end"] or ""),
        "milestones": [
            {
                **milestone,
                "pk": milestone["id"],
                "planned_date": parse_date(milestone["planned_date"] or ""),
                "done_date": parse_date(milestone["done_date"] or ""),
            }
            for milestone in data["milestones"]
        ],
    }


def _public_project(township_code: str, unit_code: str, project_code: str) -> Project:
    # Found by its approved code: an unapproved change of the code moves no public page. Two
    # public projects can share an approved code for a while (one's new code waits for
    # review while another is approved under its old one): the latest approval wins.
    project = (
        Project.objects.public()
        .select_related("unit__township")
        .filter(
            unit__township__code=township_code,
            unit__code=unit_code,
            published_data__code=project_code,
        )
        .order_by("-published_at", "-pk")
        .first()
    )
    if project is None:
        raise Http404
    return project


def _feedback_form_ready() -> bool:
    try:
        get_template(FEEDBACK_TEMPLATE)
    except TemplateDoesNotExist:
        return False
    return True


@cached_public_page
def project_page(
    request: HttpRequest, township_code: str, unit_code: str, project_code: str
) -> HttpResponse:
    """A public project: its money, contractor and progress, its milestones with their
    photos, and the progress disclosures already published."""
    record = _public_project(township_code, unit_code, project_code)
    unit = record.unit
    project = public_project(record)
    disclosures = (
        Disclosure.objects.public()
        .filter(project=record)
        .only("pk", "published_at", "published_data")
        .order_by("-published_at", "-pk")
    )
    return render(
        request,
        "projects/page.html",
        {
            "township": unit.township,
            "unit": unit,
            "project": project,
            "milestones": project["milestones"],
            "disclosures": [
                {"pk": d.pk, "title": d.published_data["title"], "published_at": d.published_at}
                for d in disclosures
            ],
            "feedback_form_ready": _feedback_form_ready(),
        },
    )


def project_photo(
    request: HttpRequest, township_code: str, unit_code: str, project_code: str, milestone_id: int
) -> FileResponse:
    """A milestone's site photo: to officials who see the unit, the current one of the project
    under its working code; to anyone else, the one its approval saw, of the public project
    under its approved code."""
    projects = Project.objects.select_related("unit__township").filter(
        unit__township__code=township_code, unit__code=unit_code
    )
    working = projects.filter(code=project_code).first()
    if working is not None and has_unit_perm(request.user, working.unit, "view_records"):
        milestone = get_object_or_404(ProjectMilestone, pk=milestone_id, project=working)
        name, public = milestone.photo.name, False
    else:
        data = approved_snapshot(_public_project(township_code, unit_code, project_code))
        photos = {m["id"]: m["photo"] for m in data["milestones"]} if data else {}
        name, public = photos.get(milestone_id, ""), True
    if not name:
        raise Http404
    try:
        # Stored under its hash and never overwritten: a later upload leaves this file as it is.
        handle = ProjectMilestone._meta.get_field("photo").storage.open(name, "rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    content_type = "image/png" if name.endswith(".png") else "image/jpeg"
    response = FileResponse(handle, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = PHOTO_CSP
    # Revalidated every time, so a project taken off the public site takes its photos along.
    response["Cache-Control"] = "public, no-cache" if public else "private, no-store"
    return response
