"""Officials' import and export: upload → preview (with the column mapping) → confirm → the
job's progress and result; and the export of a unit's records in the import's own layout.
Scoped like every officials' page: ``change_records`` on the unit to import, ``view_records``
to export; 404 for a unit the user cannot see at all."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from powers.models import Unit
from powers.permissions import get_unit_for_user, get_unit_record_for_user

from .export import export_workbook
from .forms import MappingForm, UploadForm
from .jobs import confirm_import, preview_again, start_import
from .kinds import Kind, get_kind
from .models import ImportJob
from .services import save_mapping

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ROWS_SHOWN = 500  # a preview longer than this shows its problems and the first rows


def _kind(key: str) -> Kind:
    kind = get_kind(key)
    if kind is None:
        raise Http404
    return kind


def get_job_for_user(request: HttpRequest, job_id: int) -> tuple[ImportJob, Unit, Kind]:
    """A job of a unit where the user may change records (404 / 403 otherwise)."""
    job = get_unit_record_for_user(
        request, ImportJob, job_id, "change_records", related=("requested_by",)
    )
    return job, job.unit, _kind(job.kind)


@login_required
def upload(request: HttpRequest, unit_id: int, kind: str) -> HttpResponse:
    unit = get_unit_for_user(request, unit_id, "change_records")
    table_kind = _kind(kind)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload_file = form.cleaned_data["file"]
        job = start_import(
            table_kind, unit, user=request.user, name=upload_file.name, data=upload_file.read()
        )
        return redirect("exchange:job", job_id=job.pk)
    recent = ImportJob.objects.filter(unit=unit, kind=table_kind.key).select_related(
        "requested_by"
    )[:10]
    return render(
        request,
        "exchange/upload.html",
        {
            "unit": unit,
            "kind": table_kind,
            "form": form,
            "recent": recent,
            "list_url": table_kind.list_url(unit),
        },
    )


@login_required
@require_GET
def export(request: HttpRequest, unit_id: int, kind: str) -> HttpResponse:
    unit = get_unit_for_user(request, unit_id, "view_records")
    table_kind = _kind(kind)
    content = export_workbook(table_kind, unit)
    name = f"{unit.code}-{table_kind.key}-{timezone.localdate():%Y%m%d}.xlsx"
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
@require_GET
def job(request: HttpRequest, job_id: int) -> HttpResponse:
    import_job, unit, kind = get_job_for_user(request, job_id)
    preview = import_job.preview or {}
    result = preview.get("result")
    shown = (result or preview).get("rows", [])
    problems = [row for row in shown if row["status"] in ("error", "changed") or row["warnings"]]
    mapping_form = None
    if import_job.status == ImportJob.Status.PREVIEWED and preview.get("mapping"):
        mapping_form = MappingForm(kind=kind, mapping=preview["mapping"])
    return render(
        request,
        "exchange/job.html",
        {
            "job": import_job,
            "unit": unit,
            "kind": kind,
            "preview": preview,
            "result": result,
            "rows": shown[:ROWS_SHOWN] if len(shown) <= ROWS_SHOWN else problems[:ROWS_SHOWN],
            "rows_cut": len(shown) > ROWS_SHOWN,
            "columns": next(
                ([header for header, _value in row["values"]] for row in shown if row["values"]),
                [],
            ),
            "mapping_form": mapping_form,
            "list_url": kind.list_url(unit),
        },
    )


@login_required
@require_GET
def job_status(request: HttpRequest, job_id: int) -> JsonResponse:
    import_job = get_job_for_user(request, job_id)[0]
    return JsonResponse(
        {
            "status": import_job.status,
            "status_label": import_job.get_status_display(),
            "running": import_job.is_running,
            "processed": import_job.processed_rows,
            "total": import_job.total_rows,
            "percent": import_job.percent,
            "counts": import_job.counts,
        }
    )


@login_required
@require_POST
def job_mapping(request: HttpRequest, job_id: int) -> HttpResponse:
    import_job, unit, kind = get_job_for_user(request, job_id)
    form = MappingForm(request.POST, kind=kind, mapping=import_job.preview.get("mapping", []))
    if not form.is_valid():
        for error in form.non_field_errors():
            messages.error(request, error)
        return redirect("exchange:job", job_id=import_job.pk)
    save_mapping(unit, kind, form.headers_to_keys())
    preview_again(import_job)
    messages.success(request, _("已保存表头对应关系，并按新的对应关系重新预览。"))
    return redirect("exchange:job", job_id=import_job.pk)


@login_required
@require_POST
def job_confirm(request: HttpRequest, job_id: int) -> HttpResponse:
    import_job = get_job_for_user(request, job_id)[0]
    if confirm_import(import_job):
        import_job.refresh_from_db(fields=["status"])
        if import_job.status == ImportJob.Status.IMPORTING:  # a worker has it: the page follows
            messages.success(request, _("已开始导入，完成后本页显示结果。"))
    else:
        messages.error(request, _("这个文件已导入或尚未预览完成。"))
    return redirect("exchange:job", job_id=import_job.pk)
