"""The officials' pages of standard lists (标准清单): the lists of their townships, issuing a
list and its versions (a township's administrators), and a unit's page against a list, where
its clerk adopts it or takes a newer version (through the import's preview) and sees where the
unit's records deviate from it.

Scoped like every officials' page: a list is seen by whoever may view records in its township
(on the township or on one of its units); issuing needs ``manage_unit`` on the township;
adopting needs ``change_records`` on the unit; 404 for what the user cannot see at all."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from powers.history import stamp
from powers.models import County, RoleAssignment, Township, Unit
from powers.permissions import get_unit_for_user, grants_for, townships_with_perm

from .forms import StandardListForm, StandardVersionForm
from .kinds import get_kind
from .models import Adoption, StandardList
from .readers import UnreadableFile
from .standards import adoption_of, compare, issue_version, start_adoption, version_changes


def _visible_township_ids(user) -> set[int] | None:
    """Townships whose standard lists ``user`` may read; None for all (a superuser)."""
    grants = grants_for(user)
    if grants.everything:
        return None
    ids = {pk for pk, perms in grants.townships.items() if "view_records" in perms}
    unit_ids = [pk for pk, perms in grants.units.items() if "view_records" in perms]
    ids |= set(Unit.objects.filter(pk__in=unit_ids).values_list("township_id", flat=True))
    return ids


def visible_standards(user):
    """The standard lists of the townships ``user`` reads in, and of their counties."""
    standards = StandardList.objects.select_related("township", "county")
    visible = _visible_township_ids(user)
    if visible is None:
        return standards
    counties = Township.objects.filter(pk__in=visible, county__isnull=False).values("county_id")
    return standards.filter(Q(township_id__in=visible) | Q(county_id__in=counties))


def issuing_scopes(user) -> list[Township | County]:
    """Where ``user`` may issue standard lists: the townships they administer, and the counties
    where they hold the county's administrator role."""
    if grants_for(user).everything:
        return [*County.objects.all(), *Township.objects.all()]
    counties = County.objects.filter(
        role_assignments__user=user,
        role_assignments__role=RoleAssignment.Role.ADMINISTRATOR,
        role_assignments__is_active=True,
    ).distinct()
    return [*counties, *townships_with_perm(user, "manage_unit")]


def _may_issue(user, standard: StandardList) -> bool:
    return standard.issuer_scope in issuing_scopes(user)


def get_standard_for_user(request: HttpRequest, standard_id: int) -> StandardList:
    return get_object_or_404(visible_standards(request.user), pk=standard_id)


def _units_of(standard: StandardList):
    units = Unit.objects.filter(is_active=True).select_related("township")
    if standard.township_id:
        units = units.filter(township_id=standard.township_id)
    else:
        units = units.filter(township__county_id=standard.county_id)
    return [unit for unit in units.order_by("township__code", "code") if standard.applies_to(unit)]


@login_required
@require_GET
def standard_index(request: HttpRequest) -> HttpResponse:
    standards = (
        visible_standards(request.user)
        .filter(is_active=True)
        .annotate(latest_number=Max("versions__number"), latest_at=Max("versions__issued_at"))
    )
    grants = grants_for(request.user)
    units = Unit.objects.filter(is_active=True).select_related("township")
    if not grants.everything:
        unit_ids = [pk for pk, perms in grants.units.items() if "change_records" in perms]
        township_ids = [pk for pk, perms in grants.townships.items() if "change_records" in perms]
        units = units.filter(Q(pk__in=unit_ids) | Q(township_id__in=township_ids))
    units = list(units)
    adoptions = {
        (adoption.standard_id, adoption.unit_id): adoption
        for adoption in Adoption.objects.filter(unit__in=units).select_related("version")
    }
    rows = []
    for standard in standards:
        mine = []
        for unit in units:
            if not standard.applies_to(unit):
                continue
            adoption = adoptions.get((standard.pk, unit.pk))
            mine.append(
                {
                    "unit": unit,
                    "adoption": adoption,
                    "behind": bool(adoption and adoption.version.number < standard.latest_number),
                }
            )
        rows.append({"standard": standard, "units": mine})
    return render(
        request,
        "exchange/standard_index.html",
        {
            "rows": rows,
            "may_create": bool(issuing_scopes(request.user)),
        },
    )


@login_required
def standard_new(request: HttpRequest) -> HttpResponse:
    scopes = issuing_scopes(request.user)
    if not scopes:
        raise PermissionDenied
    form = StandardListForm(request.POST or None, request.FILES or None, scopes=scopes)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        scope = data["scope"]
        standard = StandardList(
            township=scope if isinstance(scope, Township) else None,
            county=scope if isinstance(scope, County) else None,
            kind=data["kind"],
            name=data["name"],
            issuer=data["issuer"],
            unit_kinds=list(data["unit_kinds"]),
            description=data["description"],
        )
        upload = data["file"]
        try:
            with transaction.atomic():
                stamp(standard, request.user, _("新建标准清单"))
                standard.save()
                version = issue_version(
                    standard,
                    user=request.user,
                    name=upload.name,
                    data=upload.read(),
                    note=data["note"],
                )
        except UnreadableFile as error:
            form.add_error("file", str(error))
        else:
            messages.success(
                request,
                _("已发布%(version)s，共 %(rows)s 行。")
                % {"version": version, "rows": version.rows},
            )
            return redirect(standard)
    return render(request, "exchange/standard_new.html", {"form": form})


@login_required
def standard_detail(request: HttpRequest, standard_id: int) -> HttpResponse:
    standard = get_standard_for_user(request, standard_id)
    may_issue = _may_issue(request.user, standard)
    form = None
    if may_issue:
        form = StandardVersionForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                version = issue_version(
                    standard,
                    user=request.user,
                    name=upload.name,
                    data=upload.read(),
                    note=form.cleaned_data["note"],
                )
            except UnreadableFile as error:
                form.add_error("file", str(error))
            else:
                messages.success(
                    request,
                    _("已发布%(version)s。已采用的单位将看到新版本，由各单位预览确认后采用。")
                    % {"version": version},
                )
                return redirect(standard)
    elif request.method == "POST":
        raise PermissionDenied
    versions = list(standard.versions.select_related("issued_by").defer("content"))
    grants = grants_for(request.user)
    units = _units_of(standard)
    adoptions = {
        adoption.unit_id: adoption
        for adoption in standard.adoptions.select_related("version", "adopted_by")
    }
    return render(
        request,
        "exchange/standard_detail.html",
        {
            "standard": standard,
            "kind": get_kind(standard.kind),
            "versions": versions,
            "latest": versions[0] if versions else None,
            "form": form,
            "units": [
                {
                    "unit": unit,
                    "adoption": adoptions.get(unit.pk),
                    "visible": "view_records" in grants.on_unit(unit),
                }
                for unit in units
            ],
        },
    )


@login_required
@require_GET
def standard_version_file(request: HttpRequest, standard_id: int, number: int) -> HttpResponse:
    standard = get_standard_for_user(request, standard_id)
    version = get_object_or_404(standard.versions, number=number)
    response = HttpResponse(version.read(), content_type="application/octet-stream")
    response["Content-Disposition"] = content_disposition_header(True, version.file_name)
    return response


def _unit_and_standard(request, standard_id: int, unit_id: int, perm: str):
    unit = get_unit_for_user(request, unit_id, perm)
    standard = get_object_or_404(StandardList.objects.select_related("township"), pk=standard_id)
    if not standard.applies_to(unit):
        raise Http404
    return standard, unit


@login_required
@require_GET
def standard_unit(request: HttpRequest, standard_id: int, unit_id: int) -> HttpResponse:
    standard, unit = _unit_and_standard(request, standard_id, unit_id, "view_records")
    adoption = adoption_of(standard, unit)
    latest = standard.latest
    comparison = compare(adoption, user=request.user) if adoption else None
    changes = None
    if adoption and latest and adoption.version.number < latest.number:
        changes = version_changes(adoption.version, latest)
    return render(
        request,
        "exchange/standard_unit.html",
        {
            "standard": standard,
            "unit": unit,
            "kind": get_kind(standard.kind),
            "list_url": get_kind(standard.kind).list_url(unit),
            "adoption": adoption,
            "latest": latest,
            "comparison": comparison,
            "counts": comparison.counts() if comparison else None,
            "changes": changes,
            "can_edit": "change_records" in grants_for(request.user).on_unit(unit),
            "pending": standard.versions.filter(
                import_jobs__unit=unit,
                import_jobs__status__in=["queued", "previewing", "previewed", "importing"],
            ).exists(),
        },
    )


@login_required
@require_POST
def standard_adopt(request: HttpRequest, standard_id: int, unit_id: int) -> HttpResponse:
    standard, unit = _unit_and_standard(request, standard_id, unit_id, "change_records")
    latest = standard.latest
    adoption = adoption_of(standard, unit)
    if latest is None or (adoption and adoption.version.number >= latest.number):
        messages.info(request, _("本单位已采用最新版本。"))
        return redirect("exchange:standard_unit", standard_id=standard.pk, unit_id=unit.pk)
    job = start_adoption(standard, unit, user=request.user, version=latest)
    messages.success(
        request,
        _("请在预览中核对每一行，确认后导入为草稿，按正常流程提交审核。"),
    )
    return redirect("exchange:job", job_id=job.pk)
