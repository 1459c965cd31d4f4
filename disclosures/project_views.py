"""Livelihood projects (民生工程): the officials' pages and the public project page.

Officials who see a unit read its projects; clerks (change_records) write them, with their
milestones and site photos, and publish progress (发布进展). Each progress update is a disclosure
event: it changes the project and writes a draft disclosure of category "project" through
:func:`powers.lifecycle.save_edit`, which then goes through the normal review before the
public reads it. The public project page shows a project marked public, with its progress,
its milestones and the progress disclosures already published.
"""

from __future__ import annotations

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from powers.lifecycle import public_content_changed, save_edit
from powers.models import Unit
from powers.permissions import get_unit_for_user, get_unit_record_for_user, has_unit_perm
from powers.timeline import record_timeline

from .models import Audience, Disclosure, Project, ProjectMilestone
from .project_forms import MilestoneFormSet, ProgressForm, ProjectForm
from .public_cache import cached_public_page
from .sanitize import clean_body

FEEDBACK_TEMPLATE = "disclosures/includes/feedback_form.html"
PHOTO_CSP = "default-src 'none'; img-src 'self'; sandbox"


def get_project_for_user(
    request: HttpRequest, project_id: int, perm: str = "view_records"
) -> Project:
    """A project with its unit; 404 when not visible, 403 without ``perm``."""
    return get_unit_record_for_user(request, Project, project_id, perm)


def _stamp(record, user, reason: str) -> None:
    record._history_user = user
    record._change_reason = reason or None


def _public_page_changed(project: Project) -> None:
    # The public project page (and the unit page listing it) are cached per township.
    transaction.on_commit(partial(public_content_changed.send, sender=Project, record=project))


# The list ----------------------------------------------------------------------------------


@login_required
@require_GET
def project_list(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = get_unit_for_user(request, unit_id)
    projects = unit.projects.annotate(
        milestone_count=Count("milestones"),
        milestones_done=Count("milestones", filter=Q(milestones__done_date__isnull=False)),
    ).order_by("code")
    return render(
        request,
        "disclosures/project_list.html",
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
        _stamp(milestone, user, reason)
        milestone.save()
    for milestone in formset.deleted_objects:
        _stamp(milestone, user, reason)
        milestone.delete()


def _edit_project(request: HttpRequest, unit: Unit, project: Project) -> HttpResponse:
    creating = project.pk is None
    was_public = project.is_public
    if request.method == "POST":
        form = ProjectForm(request.POST, instance=project, unit=unit)
        formset = MilestoneFormSet(request.POST, request.FILES, instance=project)
        if form.is_valid() and formset.is_valid():
            reason = form.cleaned_data["change_reason"]
            project = form.save(commit=False)
            _stamp(project, request.user, reason)
            with transaction.atomic():
                project.save()
                formset.instance = project
                _save_milestones(formset, request.user, reason)
                if not has_unit_perm(
                    request.user, Unit.objects.get(pk=project.unit_id), "change_records"
                ):
                    raise PermissionDenied
                if project.is_public or was_public:
                    _public_page_changed(project)
            messages.success(request, _("已保存民生工程“%(name)s”。") % {"name": project.name})
            return redirect("disclosures:project_detail", project.pk)
    else:
        form = ProjectForm(instance=project, unit=unit)
        formset = MilestoneFormSet(instance=project)
    return render(
        request,
        "disclosures/project_form.html",
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
    return _edit_project(request, project.unit, project)


# The detail page and progress updates ------------------------------------------------------


def _public_url(project: Project) -> str:
    unit = project.unit
    return reverse("disclosures:project_page", args=[unit.township.code, unit.code, project.code])


@login_required
@require_GET
def project_detail(request: HttpRequest, project_id: int) -> HttpResponse:
    project = get_project_for_user(request, project_id)
    can_edit = has_unit_perm(request.user, project.unit, "change_records")
    return render(
        request,
        "disclosures/project_detail.html",
        {
            "unit": project.unit,
            "project": project,
            "milestones": project.milestones.all(),
            "disclosures": project.disclosures.defer("body", "published_data").order_by(
                "-updated_at", "-pk"
            ),
            "progress_form": ProgressForm(project=project) if can_edit else None,
            "can_edit": can_edit,
            "can_view_history": has_unit_perm(request.user, project.unit, "view_history"),
            "public_url": _public_url(project) if project.is_public else "",
        },
    )


def _progress_body(
    project: Project, before: tuple[str, int], milestone: ProjectMilestone | None, note: str
) -> str:
    lines = [
        (_("工程名称"), project.name),
        (_("进展状态"), f"{before[0]} → {project.get_status_display()}"),
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
    transaction: the disclosure goes through review like any other before it is public."""
    reason = _("发布进展") + (f"：{note}" if note else "")
    with transaction.atomic():
        project = (
            Project.objects.select_for_update().select_related("unit__township").get(pk=project.pk)
        )
        before = (project.get_status_display(), project.percent_done)
        project.status = status
        project.percent_done = percent_done
        _stamp(project, user, reason)
        project.save()
        if milestone is not None:
            milestone.done_date = done_date
            _stamp(milestone, user, reason)
            milestone.save()
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
                "status": project.get_status_display(),
                "percent": project.percent_done,
            },
            body=_progress_body(project, before, milestone, note),
        )
        save_edit(disclosure, user=user, expected_version=None, reason=reason)
        if project.is_public:
            _public_page_changed(project)
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
        return redirect("disclosures:project_detail", project.pk)
    disclosure = record_progress(
        project,
        user=request.user,
        status=form.cleaned_data["status"],
        percent_done=form.cleaned_data["percent_done"],
        milestone=form.cleaned_data["milestone"],
        done_date=form.cleaned_data["done_date"],
        note=form.cleaned_data["note"],
    )
    messages.success(
        request,
        _("已记录进展，并生成进展公告草稿“%(title)s”：请核对后提交审核。")
        % {"title": disclosure.title},
    )
    return redirect("disclosures:official_detail", disclosure.pk)


@login_required
@require_GET
def project_history(request: HttpRequest, project_id: int) -> HttpResponse:
    project = get_project_for_user(request, project_id, "view_history")
    return render(
        request,
        "disclosures/project_history.html",
        {"unit": project.unit, "project": project, "entries": record_timeline(project)},
    )


# The public project page -------------------------------------------------------------------


def _public_project(township_code: str, unit_code: str, project_code: str) -> Project:
    return get_object_or_404(
        Project.objects.select_related("unit__township"),
        unit__township__code=township_code,
        unit__code=unit_code,
        unit__is_active=True,
        code=project_code,
        is_public=True,
    )


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
    project = _public_project(township_code, unit_code, project_code)
    unit = project.unit
    disclosures = (
        Disclosure.objects.public()
        .filter(project=project)
        .only("pk", "published_at", "published_data")
        .order_by("-published_at", "-pk")
    )
    return render(
        request,
        "disclosures/project_page.html",
        {
            "township": unit.township,
            "unit": unit,
            "project": project,
            "milestones": project.milestones.all(),
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
    """A milestone's site photo: to anyone when its project is public, otherwise only to
    officials who see the unit."""
    project = get_object_or_404(
        Project.objects.select_related("unit__township"),
        unit__township__code=township_code,
        unit__code=unit_code,
        code=project_code,
    )
    public = project.is_public and project.unit.is_active
    if not public and not has_unit_perm(request.user, project.unit, "view_records"):
        raise Http404
    milestone = get_object_or_404(ProjectMilestone, pk=milestone_id, project=project)
    if not milestone.photo:
        raise Http404
    try:
        handle = milestone.photo.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    content_type = "image/png" if milestone.photo.name.endswith(".png") else "image/jpeg"
    response = FileResponse(handle, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = PHOTO_CSP
    # Revalidated every time, so a project taken off the public site takes its photos along.
    response["Cache-Control"] = "public, no-cache" if public else "private, no-store"
    return response
